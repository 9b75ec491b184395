#!/usr/bin/env python3
"""Generate quotes.jsonl for the third development set (annotations-dev3).

Every document and label was written for this project (CC0); all people,
organisations, places and events are invented. Offsets are computed from exact
substrings; the script refuses to write anything if a check fails.
"""

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "quotes.jsonl"
SOURCE = "written for archiver annotations-dev3 (invented, CC0)"
MIN_WORDS, MAX_WORDS = 500, 900
MIN_DOCS, MIN_QUOTES = 24, 220

OPEN = ('"', "\u201c")
CLOSE = ('"', "\u201d")
MARKS = set('"\u201c\u201d')

TYPES = {
    "name": ("name", "literal"),
    "name~": ("name", "manual"),
    "pron": ("pronoun", "manual"),
    "nom": ("nominal", "manual"),
    "nom=": ("nominal", "literal"),
    "inh": ("inherited", "inherited"),
}


def q(text, speaker, raw, t, kind="direct", occ=None):
    stype, res = TYPES[t]
    return dict(
        text=text,
        speaker=speaker,
        speaker_raw=raw,
        speaker_type=stype,
        speaker_resolved=res,
        kind=kind,
        occ=occ,
    )


def I(text, speaker):
    return q(text, speaker, None, "inh")


DOCS = []


def doc(id_, notes, text, quotes, negs=()):
    DOCS.append(dict(id=id_, notes=notes, text=text.strip("\n"), quotes=quotes, negs=list(negs)))


# ---------------------------------------------------------------- 001
doc(
    "dev3:001-wire-court-drop-boxes",
    "wire story with dateline; title-before-name judge with mixed quote, then the judge wrote (nominal) with inherited second segment; the statement said (nominal, governor's office); three women in play (plaintiff, lawyer, second plaintiff) with she resolving past a nearer woman; told reporters mixed; the clerk (nominal); wrote on X; bill nickname as negative",
    """
Federal Judge Blocks Calder Law Cutting Ballot Drop Boxes

RIVERTON, Calder (Wire) - A federal judge on Thursday temporarily blocked a new Calder law that would have cut the number of ballot drop boxes in the state's largest counties by more than half, saying the voters who challenged it were likely to win their case.

U.S. District Judge Harriet Okonkwo-Bell wrote in a 41-page order that the state had offered "no evidence, none at all," that drop boxes had ever been used to commit fraud in Calder. She ordered election officials to leave existing boxes in place until the lawsuit is resolved.

"The right to vote is not a privilege the legislature may ration by geography," the judge wrote. "Nor is convenience a luxury when, for many voters, it is the difference between casting a ballot and not casting one."

The law, passed in March along party lines and signed by Gov. Warren Pike, a Republican, limited each county to one drop box per 100,000 residents and required that every box be staffed by two election workers during all hours it was open. Critics said the staffing rule alone would have forced rural counties to close their boxes.

Pike's office said the state would appeal immediately. "Today's ruling substitutes one judge's policy preferences for the judgment of the people's elected representatives," the statement said. "We are confident it will not stand."

The lawsuit was brought by the Calder Voter Access Project and three voters, including Delphine Marsh, an 82-year-old retired postal clerk in Hollins County who said she had used a drop box in every election since 2016.

"I don't drive at night anymore, and I don't trust my mailbox," Marsh said in a phone interview Thursday. "That box outside the library is how I vote."

Marsh's lawyer, Teodora Vance, said the ruling would let counties keep their boxes through the November election. Another plaintiff, Ruth Anselm, a nurse who works overnight shifts, testified at a hearing last month that she could not reach her county clerk's office during business hours.

"This is about people like Ruth," Vance said. "People who work nights, who care for their parents, who cannot take half a day off to vote."

She said the group would ask the court to make the order permanent and was "ready to go all the way to the Supreme Court if that's what it takes."

State Attorney General Colin Draper, whose office defended the law, told reporters outside the Capitol that he was "disappointed but not surprised." He predicted that the appeals court would reverse the decision before the fall.

"We have seen this movie before," Draper said. "The ending is always the same."

Election officials in the affected counties had been preparing to remove boxes as early as next month. Hollins County Clerk Benita Farraday said her staff had already ordered signs announcing the removals and had drafted letters to voters.

"We'll put the signs in a closet," the clerk said. "Maybe we'll need them next year, maybe we won't. I've stopped guessing."

Republican legislators who wrote the measure have promoted it as the "Secure Ballot Act," though that name appears nowhere in the bill itself. Its chief sponsor, state Sen. Ogden Pruitt, wrote on X that the ruling was "judicial activism, plain and simple."

The state's appeal will go to a three-judge panel of the federal appeals court in Marlow. A date for arguments has not been set.
""",
    [
        q(
            '"no evidence, none at all,"',
            "Harriet Okonkwo-Bell",
            "U.S. District Judge Harriet Okonkwo-Bell",
            "name",
            "mixed",
        ),
        q(
            '"The right to vote is not a privilege the legislature may ration by geography,"',
            "Harriet Okonkwo-Bell",
            "the judge",
            "nom",
        ),
        I(
            '"Nor is convenience a luxury when, for many voters, it is the difference between casting a ballot and not casting one."',
            "Harriet Okonkwo-Bell",
        ),
        q(
            "\"Today's ruling substitutes one judge's policy preferences for the judgment of the people's elected representatives,\"",
            "Warren Pike",
            "the statement",
            "nom",
        ),
        I('"We are confident it will not stand."', "Warren Pike"),
        q(
            "\"I don't drive at night anymore, and I don't trust my mailbox,\"",
            "Delphine Marsh",
            "Marsh",
            "name~",
        ),
        I('"That box outside the library is how I vote."', "Delphine Marsh"),
        q('"This is about people like Ruth,"', "Teodora Vance", "Vance", "name~"),
        I(
            '"People who work nights, who care for their parents, who cannot take half a day off to vote."',
            "Teodora Vance",
        ),
        q(
            '"ready to go all the way to the Supreme Court if that\'s what it takes."',
            "Teodora Vance",
            "She",
            "pron",
            "mixed",
        ),
        q(
            '"disappointed but not surprised."',
            "Colin Draper",
            "State Attorney General Colin Draper",
            "name",
            "mixed",
        ),
        q('"We have seen this movie before,"', "Colin Draper", "Draper", "name~"),
        I('"The ending is always the same."', "Colin Draper"),
        q('"We\'ll put the signs in a closet,"', "Benita Farraday", "the clerk", "nom"),
        I(
            "\"Maybe we'll need them next year, maybe we won't. I've stopped guessing.\"",
            "Benita Farraday",
        ),
        q(
            '"judicial activism, plain and simple."',
            "Ogden Pruitt",
            "state Sen. Ogden Pruitt",
            "name",
            "mixed",
        ),
    ],
    ['"Secure Ballot Act,"'],
)

# ---------------------------------------------------------------- 002
doc(
    "dev3:002-local-teacher-turnover",
    "local news; title-before-name superintendent; what she described as (mixed, pronoun); the first-year teacher and the 26-year-old (nominal); three women (superintendent, teacher, union president) with she after an intervening woman; standalone quote with the speaker named in the next sentence; in an email with two mixed fragments; sticker slogan as negative",
    """
First-Year Teachers Leaving Marlow Schools at Record Pace

MARLOW - Nearly one in four teachers hired by the Marlow Unified School District last year had left by June, the highest share in at least a decade, according to district figures presented to the school board Tuesday night.

The numbers, compiled by the district's human resources office, show that 61 of 254 first-year teachers resigned or did not return for a second year. Five years ago, the figure was 31.

"We are hiring people faster than ever, and we are losing them faster than ever," Superintendent Gloria Hatch told board members. "That is not a pipeline. That is a leak."

Hatch proposed a mentoring program that would pair each new teacher with a veteran colleague for the full school year, at a cost of about $1.2 million. The board is expected to vote on it next month.

For Priya Castellano, who taught seventh-grade science at Dunmore Middle School last year, that help would have come too late. She left in April, two months before the end of the school year, after what she described as a semester of "running on empty."

"Nobody told me where the copier was. Nobody told me how to write an education plan. I had 34 kids in a room built for 24," the first-year teacher said in an interview at a coffee shop near the school. "I loved the kids. I could not survive the job."

She now works at a biotech company in the next county, where she said she earns about $9,000 more than she did in the classroom.

Dana Whitfield, president of the Marlow Education Association, said the union supported the mentoring idea but that money was the larger problem. Starting pay in Marlow is $46,500, below that of three neighboring districts.

"You can mentor somebody all day long," Whitfield said. "If the district across the river pays them five thousand dollars more, they're going across the river."

Hatch said salaries were set through bargaining with the union, and that she could not discuss them while talks were under way. Whitfield, sitting in the front row, shook her head.

"I'm not going to pretend pay isn't part of it," the superintendent said. "Of course it is. But it is not the only part."

Board member Luis Ortega, who has pushed the district to track departures more closely, asked why the data had taken so long to surface. "We found out about this from a spreadsheet in June," he said. "We should have known in November."

Board President Ellen Sato promised a special session on retention in the fall.

"This is the number one issue in this district right now."

Sato said it twice, for emphasis, as the meeting ended, and several teachers in the audience applauded. Many of them wore stickers reading "Pay Us Like You Need Us."

The district declined to make other new teachers available for interviews. In an email, district spokeswoman Maren Oyelaran said the district was "proud of the educators who choose Marlow" and was "working hard to make sure they stay."

Castellano said she had not ruled out returning to teaching someday, perhaps at a smaller school.

"Maybe when I'm 40," the 26-year-old said. "Maybe when they figure it out."
""",
    [
        q(
            '"We are hiring people faster than ever, and we are losing them faster than ever,"',
            "Gloria Hatch",
            "Superintendent Gloria Hatch",
            "name",
        ),
        I('"That is not a pipeline. That is a leak."', "Gloria Hatch"),
        q('"running on empty."', "Priya Castellano", "she", "pron", "mixed"),
        q(
            '"Nobody told me where the copier was. Nobody told me how to write an education plan. I had 34 kids in a room built for 24,"',
            "Priya Castellano",
            "the first-year teacher",
            "nom",
        ),
        I('"I loved the kids. I could not survive the job."', "Priya Castellano"),
        q('"You can mentor somebody all day long,"', "Dana Whitfield", "Whitfield", "name~"),
        I(
            '"If the district across the river pays them five thousand dollars more, they\'re going across the river."',
            "Dana Whitfield",
        ),
        q(
            "\"I'm not going to pretend pay isn't part of it,\"",
            "Gloria Hatch",
            "the superintendent",
            "nom",
        ),
        I('"Of course it is. But it is not the only part."', "Gloria Hatch"),
        q('"We found out about this from a spreadsheet in June,"', "Luis Ortega", "he", "pron"),
        I('"We should have known in November."', "Luis Ortega"),
        q(
            '"This is the number one issue in this district right now."',
            "Ellen Sato",
            "Sato",
            "name~",
        ),
        q(
            '"proud of the educators who choose Marlow"',
            "Maren Oyelaran",
            "district spokeswoman Maren Oyelaran",
            "name",
            "mixed",
        ),
        q(
            '"working hard to make sure they stay."',
            "Maren Oyelaran",
            "district spokeswoman Maren Oyelaran",
            "name",
            "mixed",
        ),
        q('"Maybe when I\'m 40,"', "Priya Castellano", "the 26-year-old", "nom"),
        I('"Maybe when they figure it out."', "Priya Castellano"),
    ],
    ['"Pay Us Like You Need Us."'],
)

# ---------------------------------------------------------------- 003
doc(
    "dev3:003-court-murder-trial-witness",
    "courtroom testimony; testified and asked; a bare Yes as a quote; three women (witness, prosecutor, defense lawyer) with she resolving to the witness and later to the lawyer; mixed quote whose speaker is not the nearest named woman; the defense lawyer and the judge (nominal); nested single quote; speaker-before-cue-before-quote with a colon; the 47-year-old",
    """
Witness Says She Saw Defendant Pacing Outside Store Before Shooting

A woman who lives across the street from a Pell Street convenience store testified Wednesday that she saw Tobias Wren pacing outside the store minutes before its owner was shot to death last October.

Carla Jessup, 47, was the prosecution's first eyewitness in Wren's murder trial in Harlan County Superior Court. Wren, 29, is charged with first-degree murder in the death of Amir Haddad, 61, who had owned the Pell Street Market for two decades.

Earlier in the day, jurors heard from Officer Glenn Ashby, the first officer to reach the store. He testified that Haddad was still conscious when he arrived and kept repeating one sentence. "He said, 'I didn't give him anything,'" Ashby testified. "He said it maybe five or six times."

Assistant District Attorney Naomi Kerr then called Jessup, who told the jury she had stepped onto her porch to smoke shortly after 9 p.m. on Oct. 12.

"I saw a man in a gray hoodie walking back and forth in front of the store," Jessup testified. "Back and forth, back and forth, like he was waiting for something."

"Do you see that man in the courtroom today?" Kerr asked.

"Yes," Jessup said, and pointed at the defense table, where Wren sat in a blue sweater, his hands folded.

On cross-examination, defense attorney Beatrix Lowe pressed the witness on the lighting. The streetlight in front of the market had been broken for weeks, Lowe noted, and Jessup had told a detective on the night of the shooting that she "couldn't really see faces."

"So which is it?" the defense lawyer asked. "Could you see his face, or couldn't you?"

The 47-year-old paused for several seconds before answering. "I knew his walk," she said. "I've watched him walk past my house a hundred times."

Lowe has argued that detectives settled on Wren within hours and ignored other leads, including a second man seen on a neighbor's camera. In her opening statement Monday, she told jurors the investigation had been "a case of tunnel vision from the first hour."

Kerr, in her own opening, said the evidence would show that Wren owed Haddad money and had argued with him the week before. She returned to that point in a brief exchange with Jessup near the end of the day.

"Had you ever seen the defendant argue with Mr. Haddad?" the prosecutor asked.

"Once," the witness said. "Out on the sidewalk. He was yelling about a tab."

Judge Raymond Esposito twice warned spectators to stay quiet during the testimony, after members of Haddad's family reacted audibly. "I understand this is painful," the judge said. "But I will clear this courtroom if I have to."

Outside the courthouse, the victim's daughter, Leila Haddad, stopped briefly to speak with reporters. She said: "My father gave credit to half this street. He knew everybody's name, and he knew everybody's kids."

She said the family had attended every day of the trial and would continue to. "We'll be here until the end," she said. "Whatever the end is."

Lowe declined to comment as she left the building. Wren's mother, who has also attended every day, did not respond to a reporter's questions.

Testimony resumes Thursday with a detective who led the investigation. The trial is expected to last three weeks.
""",
    [
        q("\"He said, 'I didn't give him anything,'\"", "Glenn Ashby", "Ashby", "name~"),
        I('"He said it maybe five or six times."', "Glenn Ashby"),
        q(
            '"I saw a man in a gray hoodie walking back and forth in front of the store,"',
            "Carla Jessup",
            "Jessup",
            "name~",
        ),
        I('"Back and forth, back and forth, like he was waiting for something."', "Carla Jessup"),
        q('"Do you see that man in the courtroom today?"', "Naomi Kerr", "Kerr", "name~"),
        q('"Yes,"', "Carla Jessup", "Jessup", "name~"),
        q('"couldn\'t really see faces."', "Carla Jessup", "Jessup", "name~", "mixed"),
        q('"So which is it?"', "Beatrix Lowe", "the defense lawyer", "nom"),
        I('"Could you see his face, or couldn\'t you?"', "Beatrix Lowe"),
        q('"I knew his walk,"', "Carla Jessup", "she", "pron"),
        I('"I\'ve watched him walk past my house a hundred times."', "Carla Jessup"),
        q('"a case of tunnel vision from the first hour."', "Beatrix Lowe", "she", "pron", "mixed"),
        q(
            '"Had you ever seen the defendant argue with Mr. Haddad?"',
            "Naomi Kerr",
            "the prosecutor",
            "nom",
        ),
        q('"Once,"', "Carla Jessup", "the witness", "nom"),
        I('"Out on the sidewalk. He was yelling about a tab."', "Carla Jessup"),
        q('"I understand this is painful,"', "Raymond Esposito", "the judge", "nom"),
        I('"But I will clear this courtroom if I have to."', "Raymond Esposito"),
        q(
            "\"My father gave credit to half this street. He knew everybody's name, and he knew everybody's kids.\"",
            "Leila Haddad",
            "She",
            "pron",
        ),
        q('"We\'ll be here until the end,"', "Leila Haddad", "she", "pron"),
        I('"Whatever the end is."', "Leila Haddad"),
    ],
)
# ---------------------------------------------------------------- 004
doc(
    "dev3:004-politics-senate-debate",
    "politics; the former mayor, the Republican and the senator (nominal); moderator asked; two mixed fragments in one sentence pair by different speakers; she for the senator after the moderator (another woman) is named in between; third-party candidate told supporters (pronoun); according to with quotation marks; nickname and yard-sign slogan as negatives",
    """
Holloway and Ocampo Clash Over Water and Taxes in Only Debate

The two leading candidates for U.S. Senate in Westmarch traded sharp attacks over water rights, taxes and each other's records Tuesday night in what is expected to be their only televised debate before the Nov. 5 election.

Sen. Margaret Holloway, the two-term Republican incumbent, spent much of the hour portraying her challenger as a city politician out of touch with farm country. Former Port Lisle Mayor Daniel Ocampo, the Democrat, cast the senator as a creature of Washington who had "forgotten where the rivers run."

The sharpest exchange came over the Tessaly River compact, a decades-old agreement that sets how much water the state must send downstream to its neighbor.

"My opponent wants to reopen a deal that has kept our farms alive for sixty years," Holloway said. "I'd call that reckless, but reckless is too kind."

"The compact was written for a state with half our population and twice our rain," the former mayor shot back. "Pretending nothing has changed is not leadership."

Holloway, 64, grew up on a sugar-beet farm near Alder Creek and has made water the centerpiece of her campaign. Her supporters call her "Iron Maggie," a nickname she has embraced. When moderator Janice Teel of public station KWMR asked about a federal study warning that the river could fall short of its obligations within a decade, the incumbent did not dispute the findings.

"The science is the science," she said. "What I dispute is that the answer is to give away our share."

Teel also pressed both candidates on whether they would accept the results of the election. "Yes or no, senator," Teel asked. "Will you accept the outcome?"

The senator said she would, "as I always have." Ocampo said the same, then added that he hoped his opponent's supporters "will hear her say it."

On taxes, the senator defended the 2021 tax law she helped write, which cut rates for most households but also ended a deduction used by many retirees.

"Every family in this state got to keep more of its own money," the Republican said. "I'm proud of that vote, and I'd cast it again tomorrow."

Ocampo, who raised property taxes twice as mayor, was asked to defend his own record. He did not back away from it. "I raised taxes to fix roads that were falling apart," he said. "I told voters that before they re-elected me, and they re-elected me anyway."

A third candidate, Libertarian Roy Kessler, was not invited to the debate because he did not reach the 10 percent polling threshold set by the station. Kessler, a software engineer from Dorrance, held his own event in a parking lot across the street, where about 40 supporters watched the debate on a projector.

"They're afraid of a third chair on that stage," he told the crowd. "If they weren't afraid, they'd let me in."

Both major campaigns claimed victory within minutes. "Margaret won this debate on substance, and voters saw it," according to Holloway campaign manager Trish Delacroix. Ocampo's campaign sent supporters an email within minutes of the closing statements, asking for $25 donations and declaring that the former mayor had "won the night."

Outside the studio, dozens of Ocampo supporters held yard signs reading "Rivers Run Through Us," while Holloway backers chanted her name.

A poll released last week by Westmarch State University showed Holloway leading by three points, within the poll's margin of error. Early voting begins Monday.
""",
    [
        q(
            '"forgotten where the rivers run."',
            "Daniel Ocampo",
            "Former Port Lisle Mayor Daniel Ocampo",
            "name",
            "mixed",
        ),
        q(
            '"My opponent wants to reopen a deal that has kept our farms alive for sixty years,"',
            "Margaret Holloway",
            "Holloway",
            "name~",
        ),
        I('"I\'d call that reckless, but reckless is too kind."', "Margaret Holloway"),
        q(
            '"The compact was written for a state with half our population and twice our rain,"',
            "Daniel Ocampo",
            "the former mayor",
            "nom",
        ),
        I('"Pretending nothing has changed is not leadership."', "Daniel Ocampo"),
        q('"The science is the science,"', "Margaret Holloway", "she", "pron"),
        I('"What I dispute is that the answer is to give away our share."', "Margaret Holloway"),
        q('"Yes or no, senator,"', "Janice Teel", "Teel", "name~"),
        I('"Will you accept the outcome?"', "Janice Teel"),
        q('"as I always have."', "Margaret Holloway", "The senator", "nom", "mixed"),
        q('"will hear her say it."', "Daniel Ocampo", "he", "pron", "mixed"),
        q(
            '"Every family in this state got to keep more of its own money,"',
            "Margaret Holloway",
            "the Republican",
            "nom",
        ),
        I("\"I'm proud of that vote, and I'd cast it again tomorrow.\"", "Margaret Holloway"),
        q('"I raised taxes to fix roads that were falling apart,"', "Daniel Ocampo", "he", "pron"),
        I(
            '"I told voters that before they re-elected me, and they re-elected me anyway."',
            "Daniel Ocampo",
        ),
        q('"They\'re afraid of a third chair on that stage,"', "Roy Kessler", "he", "pron"),
        I("\"If they weren't afraid, they'd let me in.\"", "Roy Kessler"),
        q(
            '"Margaret won this debate on substance, and voters saw it,"',
            "Trish Delacroix",
            "Holloway campaign manager Trish Delacroix",
            "name",
        ),
        q('"won the night."', "Daniel Ocampo", "Ocampo's campaign", "name", "mixed"),
    ],
    ['"Iron Maggie,"', '"Rivers Run Through Us,"'],
)

# ---------------------------------------------------------------- 005
doc(
    "dev3:005-sports-veteran-guard-feature",
    "sports feature with a coach and three male players; the 34-year-old, the rookie, the coach (nominal); he resolving to the guard after the agent (another man) is named in between; asked; colon lead-in with a three-paragraph quote (all inherited); nested single quotes; nickname and sign as negatives",
    """
At 34, Marcus Ellery Is the Old Man of the Gulls. He Isn't Done Yet.

HARBOR CITY - Marcus Ellery arrives at the Gulls' practice facility at 6:15 every morning, 45 minutes before anyone else, and spends the first half-hour in a cold tub he calls "the penalty box."

"At my age, recovery is the job," the 34-year-old said after a recent practice. "The basketball is the fun part."

Ellery is in his 13th professional season and his first with the Gulls, who signed him last summer to a one-year deal that many around the league saw as a favor to an aging guard. Instead, he has started 31 of the team's 40 games and leads the Gulls in assists.

Coach Leon Abernathy admits he did not see that coming. "I'll be honest with you, I thought we were getting a locker-room guy," Abernathy said. "Somebody to teach the young kids how to be professionals. I didn't think he'd be closing games for us."

One of those young players is Tyrese Kemp, a 20-year-old rookie who plays the same position as Ellery and might, in another locker room, see him as a rival. Instead, Kemp said, Ellery has become something closer to an older brother.

"He texts me film at midnight," the rookie said. "Clips of my mistakes. At midnight. Who does that?"

Ellery laughed when told of the complaint. "Somebody who cares," he said.

Abernathy, 58, was himself a backup point guard for nine seasons, and he said Ellery reminds him of the veterans who kept him in the league. Asked what he sees in the older player, the coach talked for several minutes without stopping:

"When I was 22, there was a guy named Percy Dale on my team who was 35 and couldn't jump over a phone book. He sat next to me on every flight and told me what I did wrong that night.

"I hated it. I thought he was jealous. It took me about three years to figure out he was the reason I still had a job.

"Marcus is that guy for Tyrese. Tyrese doesn't know it yet. He'll know it in three years."

Center Oskar Lind, a 7-footer from Sweden and the team's other veteran, said Ellery's influence extends beyond the guards. "He yells at me too," Lind said, grinning. "In a nice way. Mostly."

Ellery grew up in Dorrance, a mill town two hours north, the youngest of five children. He went undrafted out of college in 2011 and spent two seasons in the minor league before a tryout with Cedar Point earned him a contract. He has played for seven teams since.

His agent, Rick Solano, said Ellery turned down a larger offer from a contender last summer because the Gulls promised him minutes. That gamble has paid off, though Ellery insists he has never counted on anything.

"I've been cut four times," he said. "Every time, I told myself, 'One more year.' I guess I'm still saying it."

Not everyone is convinced the old man can hold up. Ellery has missed six games with a sore knee, and the Gulls play 14 games in the next 25 days. Abernathy said the team would rest him on the second night of back-to-backs.

"We'll be smart with him," the coach said. "He won't like it. He never likes it."

Kemp, for his part, has started keeping his own late-night film file. He said he planned to send Ellery clips of the veteran's turnovers.

"Fair is fair," Kemp said. "He's got to learn too."

At home games, a group of fans near the Gulls bench has taken to holding up a sign that reads "Old Man Game." Ellery said he loves it.
""",
    [
        q('"At my age, recovery is the job,"', "Marcus Ellery", "the 34-year-old", "nom"),
        I('"The basketball is the fun part."', "Marcus Ellery"),
        q(
            '"I\'ll be honest with you, I thought we were getting a locker-room guy,"',
            "Leon Abernathy",
            "Abernathy",
            "name~",
        ),
        I(
            "\"Somebody to teach the young kids how to be professionals. I didn't think he'd be closing games for us.\"",
            "Leon Abernathy",
        ),
        q('"He texts me film at midnight,"', "Tyrese Kemp", "the rookie", "nom"),
        I('"Clips of my mistakes. At midnight. Who does that?"', "Tyrese Kemp"),
        q('"Somebody who cares,"', "Marcus Ellery", "he", "pron"),
        I(
            "\"When I was 22, there was a guy named Percy Dale on my team who was 35 and couldn't jump over a phone book. He sat next to me on every flight and told me what I did wrong that night.",
            "Leon Abernathy",
        ),
        I(
            '"I hated it. I thought he was jealous. It took me about three years to figure out he was the reason I still had a job.',
            "Leon Abernathy",
        ),
        I(
            "\"Marcus is that guy for Tyrese. Tyrese doesn't know it yet. He'll know it in three years.\"",
            "Leon Abernathy",
        ),
        q('"He yells at me too,"', "Oskar Lind", "Lind", "name~"),
        I('"In a nice way. Mostly."', "Oskar Lind"),
        q('"I\'ve been cut four times,"', "Marcus Ellery", "he", "pron"),
        I(
            "\"Every time, I told myself, 'One more year.' I guess I'm still saying it.\"",
            "Marcus Ellery",
        ),
        q('"We\'ll be smart with him,"', "Leon Abernathy", "the coach", "nom"),
        I('"He won\'t like it. He never likes it."', "Leon Abernathy"),
        q('"Fair is fair,"', "Tyrese Kemp", "Kemp", "name~"),
        I('"He\'s got to learn too."', "Tyrese Kemp"),
    ],
    ['"the penalty box."', '"Old Man Game."'],
)

# ---------------------------------------------------------------- 006
doc(
    "dev3:006-business-earnings-snacks",
    "earnings story; title-before-name CEO and CFO on a call with analysts; the company said in its earnings release (nominal, mixed); analyst asked; the chief executive replied (nominal); she for the CEO with an analyst (another woman) named closer; union as literal organisation speaker then the union (nominal); long appositive after said NAME; brand slogan as negative",
    """
Solvane Foods Profit Falls as Shoppers Trade Down to Store Brands

Solvane Foods, the maker of Crispwell crackers and Dunmore soups, said Thursday that its quarterly profit fell 22 percent as shoppers squeezed by higher prices switched to cheaper store brands.

The company earned $181 million, or 94 cents a share, in the three months that ended Sept. 30, down from $232 million a year earlier. Revenue slipped 3 percent, to $2.4 billion. Analysts surveyed by Tallis Research had expected earnings of 99 cents a share.

"Our consumers are under real pressure, and they are telling us so every time they walk down the aisle," Chief Executive Renata Kowalczyk said on a call with analysts. "We have to earn our place in their carts again."

The snack and soup maker said it would cut prices on about 150 products by an average of 6 percent beginning in January, and would spend an additional $80 million on advertising.

It also lowered its forecast for the full year. The company now expects earnings of $3.55 to $3.65 a share, down from earlier guidance of $3.90 to $4. The reduction "reflects a more cautious view of consumer demand through the holiday season," the company said in its earnings release.

Chief Financial Officer Abel Moritz told analysts that the price cuts would weigh on profit margins for at least two quarters. "We are making a deliberate investment in volume," he said. "We would rather sell more boxes at a lower price than fewer boxes at a price nobody wants to pay."

Mariah Dunn, an analyst at Kestrel Capital, wanted to know how long that investment would last. "Is this the bottom, or are we going to be having this conversation again in April?" Dunn asked.

"I'm not going to promise you a date," the chief executive replied. "What I will promise you is that we are not going to sit still."

Shares of Solvane fell 7 percent, to $48.12, in afternoon trading, their lowest level since 2019.

The shift to store brands has been building for two years, and some analysts think it is permanent. "Private label is not a recession trade anymore," said Jonah Feld, who covers packaged food at Corliss & Yates and worked for a decade in grocery purchasing before that. "Shoppers tried it, found out it was fine, and they're not going back."

Feld said Crispwell, which Solvane markets with the slogan "Crunch You Can Trust," had lost about two points of market share this year, according to retail scanner data.

Kowalczyk took over as chief executive 18 months ago after two decades at a European dairy company. She has sold two underperforming brands and closed a cracker plant in Greer County that employed 340 people.

Dunn, who has covered the company for a decade, pressed on the closure later in the call, asking whether more plants were at risk. The chief executive would not rule it out.

She did acknowledge that the Greer County decision had been painful. "Those were good people doing good work," she said. "The plant was simply in the wrong place for the business we need to be."

The Food Processors Union Local 88, which represented workers at the plant, said in a statement that Solvane had "chosen Wall Street over Greer County." Many of its members have not found new jobs, it said.

"This company made $900 million last year," the union said. "It could have kept this plant open with pocket change."

Solvane said it would report fourth-quarter results in February.
""",
    [
        q(
            '"Our consumers are under real pressure, and they are telling us so every time they walk down the aisle,"',
            "Renata Kowalczyk",
            "Chief Executive Renata Kowalczyk",
            "name",
        ),
        I('"We have to earn our place in their carts again."', "Renata Kowalczyk"),
        q(
            '"reflects a more cautious view of consumer demand through the holiday season,"',
            "Solvane Foods",
            "the company",
            "nom",
            "mixed",
        ),
        q('"We are making a deliberate investment in volume,"', "Abel Moritz", "he", "pron"),
        I(
            '"We would rather sell more boxes at a lower price than fewer boxes at a price nobody wants to pay."',
            "Abel Moritz",
        ),
        q(
            '"Is this the bottom, or are we going to be having this conversation again in April?"',
            "Mariah Dunn",
            "Dunn",
            "name~",
        ),
        q(
            '"I\'m not going to promise you a date,"',
            "Renata Kowalczyk",
            "the chief executive",
            "nom",
        ),
        I('"What I will promise you is that we are not going to sit still."', "Renata Kowalczyk"),
        q('"Private label is not a recession trade anymore,"', "Jonah Feld", "Jonah Feld", "name"),
        I('"Shoppers tried it, found out it was fine, and they\'re not going back."', "Jonah Feld"),
        q('"Those were good people doing good work,"', "Renata Kowalczyk", "she", "pron"),
        I(
            '"The plant was simply in the wrong place for the business we need to be."',
            "Renata Kowalczyk",
        ),
        q(
            '"chosen Wall Street over Greer County."',
            "Food Processors Union Local 88",
            "The Food Processors Union Local 88",
            "name",
            "mixed",
        ),
        q(
            '"This company made $900 million last year,"',
            "Food Processors Union Local 88",
            "the union",
            "nom",
        ),
        I(
            '"It could have kept this plant open with pocket change."',
            "Food Processors Union Local 88",
        ),
    ],
    ['"Crunch You Can Trust,"'],
)
# ---------------------------------------------------------------- 007
doc(
    "dev3:007-profile-violin-maker",
    "curly quotes; profile with long quoted passages; quotes running over two and three paragraphs with the cue in the first paragraph (later paragraphs inherited); the 71-year-old (nominal); she for the maker after a cellist (another woman) is named; apprentice quoted by surname then he; customer quoted with nested single quotes; workshop sign and instrument nickname as negatives",
    """
In a Barn Outside Wren Hollow, a Violin Maker Works Against the Clock

WREN HOLLOW - The workshop is a converted dairy barn at the end of a gravel lane, and on most mornings the only sound inside is the scrape of a gouge against spruce. Ilse Marrow has made violins here for 43 years. She has finished 212 of them. She does not expect to finish many more.

\u201cMy hands are slower than they were, and my eyes are worse,\u201d Marrow said on a gray afternoon in March, turning a half-carved top toward the window. \u201cI used to finish eight a year. Now I\u2019m happy with four. At some point the number will be zero, and I try to be honest with myself about that.

\u201cWhat I don\u2019t want is for the knowledge to leave with me. That\u2019s the part that keeps me up at night.\u201d

That is why, three years ago, the 71-year-old took on her first apprentice in two decades. Tomas Reyna, 29, had been repairing guitars in a shop in Harbor City when he wrote her a letter, by hand, asking to learn.

\u201cI figured she\u2019d never answer,\u201d Reyna said. \u201cShe called me four days later and asked if I could start Monday.\u201d

The work is slow, and Marrow is exacting. Reyna estimates that he carved and threw away eleven scrolls, the spiral at the top of the neck, before she accepted one. \u201cShe doesn\u2019t say it\u2019s bad,\u201d he said. \u201cShe just hands it back and waits.\u201d

Marrow\u2019s instruments are played by musicians in orchestras on three continents. One of them, the cellist Anneliese Kohl, bought a Marrow violin for her daughter when the girl was 12 and later commissioned a cello for herself.

\u201cI walked into that barn expecting a sales pitch,\u201d Kohl said by phone from Vienna. \u201cInstead she made me play scales for an hour. At the end she said, \u2018Your left hand is lazy, but the instrument will forgive you.\u2019 I bought the cello that day.\u201d

Marrow does not remember saying it, but she does not deny it either. She grew up on a farm two miles from the barn, and she learned the trade in her 20s from a German maker who had settled in the valley after the war.

Asked what separates a good instrument from a great one, she was quiet for a long moment.

\u201cPeople want it to be the wood, or the varnish, or some secret recipe,\u201d she said. \u201cThere are no secrets. There are ten thousand small decisions, and you have to make each of them as if it were the only one.

\u201cThe thickness of the top, a tenth of a millimeter here or there. The angle of the neck. Where you put the sound post. None of it matters by itself.

\u201cAll of it matters together. That\u2019s the whole trick, and it takes about thirty years to learn it.\u201d

Reyna has about twenty-seven years to go, by that measure. He lives in a trailer behind the barn and works six days a week. He said he had no plans to leave.

\u201cPeople ask me what happens when she stops,\u201d he said. \u201cI tell them I\u2019ll still be here, making mistakes, slower than she did.\u201d

Above the workbench hangs a hand-painted sign that reads \u201cMeasure Twice, Carve Once.\u201d Marrow said it was a gift from a student in the 1990s, and that she has never once followed its advice. Her favorite instrument, a dark violin she has refused to sell for thirty years, she calls \u201cthe Crow.\u201d
""",
    [
        q(
            "\u201cMy hands are slower than they were, and my eyes are worse,\u201d",
            "Ilse Marrow",
            "Marrow",
            "name~",
        ),
        I(
            "\u201cI used to finish eight a year. Now I\u2019m happy with four. At some point the number will be zero, and I try to be honest with myself about that.",
            "Ilse Marrow",
        ),
        I(
            "\u201cWhat I don\u2019t want is for the knowledge to leave with me. That\u2019s the part that keeps me up at night.\u201d",
            "Ilse Marrow",
        ),
        q("\u201cI figured she\u2019d never answer,\u201d", "Tomas Reyna", "Reyna", "name~"),
        I(
            "\u201cShe called me four days later and asked if I could start Monday.\u201d",
            "Tomas Reyna",
        ),
        q("\u201cShe doesn\u2019t say it\u2019s bad,\u201d", "Tomas Reyna", "he", "pron"),
        I("\u201cShe just hands it back and waits.\u201d", "Tomas Reyna"),
        q(
            "\u201cI walked into that barn expecting a sales pitch,\u201d",
            "Anneliese Kohl",
            "Kohl",
            "name~",
        ),
        I(
            "\u201cInstead she made me play scales for an hour. At the end she said, \u2018Your left hand is lazy, but the instrument will forgive you.\u2019 I bought the cello that day.\u201d",
            "Anneliese Kohl",
        ),
        q(
            "\u201cPeople want it to be the wood, or the varnish, or some secret recipe,\u201d",
            "Ilse Marrow",
            "she",
            "pron",
        ),
        I(
            "\u201cThere are no secrets. There are ten thousand small decisions, and you have to make each of them as if it were the only one.",
            "Ilse Marrow",
        ),
        I(
            "\u201cThe thickness of the top, a tenth of a millimeter here or there. The angle of the neck. Where you put the sound post. None of it matters by itself.",
            "Ilse Marrow",
        ),
        I(
            "\u201cAll of it matters together. That\u2019s the whole trick, and it takes about thirty years to learn it.\u201d",
            "Ilse Marrow",
        ),
        q("\u201cPeople ask me what happens when she stops,\u201d", "Tomas Reyna", "he", "pron"),
        I(
            "\u201cI tell them I\u2019ll still be here, making mistakes, slower than she did.\u201d",
            "Tomas Reyna",
        ),
    ],
    ["\u201cMeasure Twice, Carve Once.\u201d", "\u201cthe Crow.\u201d"],
)

# ---------------------------------------------------------------- 008
doc(
    "dev3:008-obituary-former-mayor",
    "obituary; the former mayor quoted from a past interview (nominal) and by pronoun; daughter quoted; successor mayor with title-before-name; former rival and the city said in a statement (organisation, literal then nominal); a man quoted by he after another man is named; quotes inside indirect speech; book title and campaign slogan as negatives",
    """
Harold Quist, Who Led Alder Creek Through the Mill Closings, Dies at 88

Harold Quist, who served five terms as mayor of Alder Creek and steered the town through the closing of its two paper mills in the 1980s, died on Saturday at his home there. He was 88.

His daughter, Ingrid Quist-Moreno, said the cause was complications of heart failure.

Mr. Quist was first elected in 1979, running on the slogan "A Mayor Who Answers the Phone," and he meant it literally: for 20 years his home number was printed in the town directory. Residents called him about potholes, stray dogs and, once, a bear in a garage.

"He picked up every time," his daughter said. "Dinner, Christmas morning, three in the morning. My mother used to unplug it, and he'd plug it back in."

When the Hollis Paper mill closed in 1983, followed two years later by the larger Brant Brothers mill, nearly 1,900 jobs disappeared in a town of 11,000. Mr. Quist lobbied the state for retraining money, persuaded a medical supply company to build a plant on the old Hollis site and, by his own account, "begged, borrowed and pleaded" for everything else.

In a 1998 interview with the Alder Creek Gazette, the former mayor described those years as the hardest of his life. "There were weeks I didn't think the town would make it," he said then. "I would drive past the mill gates at night and just sit in the car."

He was not universally admired. Vic Tamura, a city councilman who ran against him twice and lost both times, recalled him as stubborn and, at times, thin-skinned. The two men clashed for years over a downtown parking garage that Mr. Quist championed and Mr. Tamura called "a concrete monument to one man's ego."

"We fought like cats and dogs for ten years," Mr. Tamura, now 80, said on Sunday. "And when my wife was sick, he was the first person at the hospital. That was Harold. You could not stay mad at him."

Harold Eugene Quist was born on May 2, 1936, in Alder Creek, the son of a mill foreman and a schoolteacher. He served in the Army in Germany, then returned home to run his father-in-law's hardware store, which he owned until 2004.

After leaving office in 1999, he wrote a short memoir, "Small Town, Big Phone Bill," which the local historical society still sells. He also coached Little League for three decades. Among his players was Owen Bright, now the town's fire chief, who said Mr. Quist taught him to bunt and to shake hands properly.

"He'd make you look him in the eye," he said. "I do the same thing with my own kids now, and they hate it just as much."

Mayor Rosalind Baird, who worked as a clerk in Mr. Quist's office in the 1990s, ordered flags at City Hall lowered to half-staff. She called him "the reason there is still an Alder Creek to be mayor of."

The city said in a statement that a public memorial would be held at the high school gymnasium on Friday. "Mayor Quist gave this town his whole life," the statement said, "and this town will not forget it."

In addition to his daughter, Mr. Quist is survived by a son, Martin; five grandchildren; and a sister, Dorothy Lund. His wife of 58 years, Margaret, died in 2019.

Asked once by a reporter how he wanted to be remembered, he had a short answer. "As the guy who answered the phone," Mr. Quist said.
""",
    [
        q('"He picked up every time,"', "Ingrid Quist-Moreno", "his daughter", "nom"),
        I(
            '"Dinner, Christmas morning, three in the morning. My mother used to unplug it, and he\'d plug it back in."',
            "Ingrid Quist-Moreno",
        ),
        q('"begged, borrowed and pleaded"', "Harold Quist", "his own account", "nom", "mixed"),
        q(
            '"There were weeks I didn\'t think the town would make it,"',
            "Harold Quist",
            "he",
            "pron",
        ),
        I('"I would drive past the mill gates at night and just sit in the car."', "Harold Quist"),
        q('"a concrete monument to one man\'s ego."', "Vic Tamura", "Mr. Tamura", "name~", "mixed"),
        q('"We fought like cats and dogs for ten years,"', "Vic Tamura", "Mr. Tamura", "name~"),
        I(
            '"And when my wife was sick, he was the first person at the hospital. That was Harold. You could not stay mad at him."',
            "Vic Tamura",
        ),
        q('"He\'d make you look him in the eye,"', "Owen Bright", "he", "pron"),
        I(
            '"I do the same thing with my own kids now, and they hate it just as much."',
            "Owen Bright",
        ),
        q(
            '"the reason there is still an Alder Creek to be mayor of."',
            "Rosalind Baird",
            "She",
            "pron",
            "mixed",
        ),
        q('"Mayor Quist gave this town his whole life,"', "Alder Creek", "the statement", "nom"),
        I('"and this town will not forget it."', "Alder Creek"),
        q('"As the guy who answered the phone,"', "Harold Quist", "Mr. Quist", "name~"),
    ],
    ['"A Mayor Who Answers the Phone,"', '"Small Town, Big Phone Bill,"'],
)
# ---------------------------------------------------------------- 009
doc(
    "dev3:009-investigative-nursing-home-staffing",
    "investigative piece; inspectors wrote (generic nominal, literal) quoted from records; the agency said in an email (nominal) and a spokeswoman with title-before-name; the company (nominal) and It (pronoun) for an organisation; former aide quoted by surname, then she after another woman is named; daughter of a resident with a nested quote; expert with long appositive; report title and programme name as negatives",
    """
Records Show Chronic Understaffing at Evergreen Crest Homes as State Looked Away

For three years, state inspectors visiting the Evergreen Crest nursing home in Dunmore found the same problem again and again: not enough aides to get residents out of bed, fed and bathed.

They wrote it up at least 14 times, according to inspection records obtained by the Ledger through a public records request. In one 2022 report, inspectors wrote that a resident had been left in a soiled bed "for a period of at least nine hours" because only two aides were on duty for 58 residents.

Yet in that time, the Westmarch Department of Health Services fined Evergreen Crest Senior Living, which owns the Dunmore home and five others in the state, a total of $21,400. It never used its power to freeze new admissions, a penalty the records show its own staff recommended twice.

The agency defended its handling of the company's homes. "Enforcement decisions weigh many factors, including whether a facility has submitted an acceptable plan of correction," the agency said in an email. It did not answer questions about the two recommendations.

Department spokeswoman Carol Lindgren later added that the state had "significantly expanded" its inspection staff since 2023. "We have hired 40 inspectors in two years, and we are not done," the spokeswoman said.

Evergreen Crest, based in Harbor City, said its homes meet or exceed state staffing minimums "on the vast majority of shifts." The company blamed a shortage of aides that has hit nursing homes across the country. "We compete for every caregiver in a brutal labor market," it said in a written response to questions. "We have raised wages three times in two years."

Former employees describe something different. Janelle Ostrow worked as an aide at the Dunmore home from 2020 to 2023. She said she routinely cared for 20 or more residents on the overnight shift.

"You'd go room to room and just triage," Ostrow said. "Who's on the floor? Who's crying? Who's not breathing right? Everything else waits."

Another former aide, who asked not to be named because she now works for a different Evergreen Crest home, described the same pattern. So did a former nurse, Ruth Kazmi, who said she complained to managers in writing at least four times.

Ostrow said the worst nights came when the home was filling beds under a program the company called "Open Doors," an effort to raise occupancy. "They'd admit three new people on a Friday and give us nobody extra," she said. "I started bringing granola bars because I never got a break to eat."

Denise Abara's mother, Lorraine, lived at the Dunmore home for 19 months before her death in 2023. Abara said she visited almost every day and often found her mother's call light blinking with no one responding.

"One night I timed it. Fifty-one minutes," Abara said. "When the aide finally came, she said, 'I'm so sorry, I'm alone on this hall.' I wasn't even angry at her. How could I be?"

Experts who reviewed the records for the Ledger said the pattern was alarming. "Fourteen citations for the same deficiency is not a nursing home having a bad year," said Paul Herrera, a former federal nursing home inspector who now teaches health policy at Westmarch State University. "That is a business model."

Herrera said the state's reliance on correction plans was common but rarely effective. "A plan of correction is a promise," he said. "Inspectors keep accepting the promise, and the residents keep paying for it."

A 2021 audit by the state's inspector general, titled "Paper Compliance," reached a similar conclusion about the agency's enforcement. Lawmakers have scheduled a hearing on nursing home oversight for next month.

Abara said she planned to testify. "My mother can't," she said.
""",
    [
        q('"for a period of at least nine hours"', "inspectors", "inspectors", "nom=", "mixed"),
        q(
            '"Enforcement decisions weigh many factors, including whether a facility has submitted an acceptable plan of correction,"',
            "Westmarch Department of Health Services",
            "the agency",
            "nom",
        ),
        q(
            '"significantly expanded"',
            "Carol Lindgren",
            "Department spokeswoman Carol Lindgren",
            "name",
            "mixed",
        ),
        q(
            '"We have hired 40 inspectors in two years, and we are not done,"',
            "Carol Lindgren",
            "the spokeswoman",
            "nom",
        ),
        q(
            '"on the vast majority of shifts."',
            "Evergreen Crest Senior Living",
            "Evergreen Crest",
            "name~",
            "mixed",
        ),
        q(
            '"We compete for every caregiver in a brutal labor market,"',
            "Evergreen Crest Senior Living",
            "it",
            "pron",
        ),
        I('"We have raised wages three times in two years."', "Evergreen Crest Senior Living"),
        q('"You\'d go room to room and just triage,"', "Janelle Ostrow", "Ostrow", "name~"),
        I(
            "\"Who's on the floor? Who's crying? Who's not breathing right? Everything else waits.\"",
            "Janelle Ostrow",
        ),
        q(
            '"They\'d admit three new people on a Friday and give us nobody extra,"',
            "Janelle Ostrow",
            "she",
            "pron",
        ),
        I(
            '"I started bringing granola bars because I never got a break to eat."',
            "Janelle Ostrow",
        ),
        q('"One night I timed it. Fifty-one minutes,"', "Denise Abara", "Abara", "name~"),
        I(
            "\"When the aide finally came, she said, 'I'm so sorry, I'm alone on this hall.' I wasn't even angry at her. How could I be?\"",
            "Denise Abara",
        ),
        q(
            '"Fourteen citations for the same deficiency is not a nursing home having a bad year,"',
            "Paul Herrera",
            "Paul Herrera",
            "name",
        ),
        I('"That is a business model."', "Paul Herrera"),
        q('"A plan of correction is a promise,"', "Paul Herrera", "he", "pron"),
        I(
            '"Inspectors keep accepting the promise, and the residents keep paying for it."',
            "Paul Herrera",
        ),
        q('"My mother can\'t,"', "Denise Abara", "she", "pron"),
    ],
    ['"Open Doors,"', '"Paper Compliance,"'],
)

# ---------------------------------------------------------------- 010
doc(
    "dev3:010-science-deep-sea-microbes",
    "science; Dr. NAME with long appositive; the researchers wrote (generic nominal) in the paper; three scientists, two women, with she resolving to the lead author after the co-author is named; the geochemist (nominal); agency said in a statement (literal) then the agency (nominal); split quote with an added cue; paper title, vessel name and nickname as negatives",
    """
Microbes Found Living Two Kilometers Beneath the Seafloor, Feeding on Rock

Researchers drilling into the floor of the Tessaly Trench say they have found living microbes more than two kilometers below the seabed, deeper than life has been found beneath the ocean before, and apparently surviving on chemical energy released as seawater reacts with rock.

The findings, published Thursday in the journal Deep Earth Biology under the title "A Subseafloor Biosphere at the Edge of Habitability," come from cores collected in 2022 by the drilling ship Meridian Star.

"We kept expecting to hit a floor, a depth where the counts just went to zero," said Dr. Amara Nwosu, a microbiologist at the Coastal Institute of Oceanography and the study's lead author. "It never happened. Every time we drilled deeper, there was still something there."

The cells are sparse, about a hundred per cubic centimeter of rock, compared with billions in a similar volume of surface seawater. In the paper, the researchers wrote that the microbes appear to divide "perhaps once every several centuries," an almost unimaginably slow pace.

Nwosu's co-author, Dr. Helga Sorvik, a geochemist at Nordvik University, led the analysis of the water trapped in the rock. She found hydrogen at concentrations high enough to feed the microbes, produced by a reaction between seawater and iron-rich minerals.

"The rock is essentially a battery," the geochemist said. "It is discharging very, very slowly, and these organisms are living off that trickle."

The team took elaborate steps to rule out contamination from the drilling fluid, which is pumped down the borehole and could carry surface microbes with it. Nwosu said they added a fluorescent tracer to the fluid and discarded any sample in which it appeared.

"Contamination is the first thing any reviewer will ask about, and they should," she said. "We spent more time on that question than on anything else in the project."

Not everyone is persuaded. Dr. Rachel Imbert, a microbiologist at Harbor City University who was not involved in the work, said the tracer method was sound but that she wanted to see the cells grown in a laboratory before calling the case closed.

"Showing they're alive is harder than showing they're there," Imbert said. "Counting cells is not the same as watching them eat."

Nwosu acknowledged that the microbes had so far refused to grow in culture. She said the team was building a pressurized chamber to imitate conditions two kilometers down.

Still, outside researchers said the depth alone was striking. The previous record, set in 2019 off the coast of Calder, was about 1.6 kilometers. If microbes can live that deep under the ocean, several scientists said, the total mass of life hidden beneath the seafloor may be far larger than estimated.

"It changes the arithmetic," said Imbert, who has spent much of her career studying the nickname-prone microbes that researchers call "rock eaters." "Even a few cells per gram adds up to an enormous amount of life when you multiply it by the whole crust."

The expedition was funded by the National Ocean Drilling Agency. The National Ocean Drilling Agency said in a statement that it would return the Meridian Star to the trench next year. "Discoveries like this are why we drill," the agency said.

Asked where the search should go next, Sorvik did not hesitate. "Deeper," the geochemist said, "and hotter. We haven't found the limit yet."
""",
    [
        q(
            '"We kept expecting to hit a floor, a depth where the counts just went to zero,"',
            "Amara Nwosu",
            "Dr. Amara Nwosu",
            "name",
        ),
        I(
            '"It never happened. Every time we drilled deeper, there was still something there."',
            "Amara Nwosu",
        ),
        q(
            '"perhaps once every several centuries,"',
            "the researchers",
            "the researchers",
            "nom=",
            "mixed",
        ),
        q('"The rock is essentially a battery,"', "Helga Sorvik", "the geochemist", "nom"),
        I(
            '"It is discharging very, very slowly, and these organisms are living off that trickle."',
            "Helga Sorvik",
        ),
        q(
            '"Contamination is the first thing any reviewer will ask about, and they should,"',
            "Amara Nwosu",
            "she",
            "pron",
        ),
        I(
            '"We spent more time on that question than on anything else in the project."',
            "Amara Nwosu",
        ),
        q(
            "\"Showing they're alive is harder than showing they're there,\"",
            "Rachel Imbert",
            "Imbert",
            "name~",
        ),
        I('"Counting cells is not the same as watching them eat."', "Rachel Imbert"),
        q('"It changes the arithmetic,"', "Rachel Imbert", "Imbert", "name~"),
        I(
            '"Even a few cells per gram adds up to an enormous amount of life when you multiply it by the whole crust."',
            "Rachel Imbert",
        ),
        q(
            '"Discoveries like this are why we drill,"',
            "National Ocean Drilling Agency",
            "the agency",
            "nom",
        ),
        q('"Deeper,"', "Helga Sorvik", "the geochemist", "nom"),
        I('"and hotter. We haven\'t found the limit yet."', "Helga Sorvik"),
    ],
    ['"A Subseafloor Biosphere at the Edge of Habitability,"', '"rock eaters."'],
)
# ---------------------------------------------------------------- 011
doc(
    "dev3:011-crime-police-park-shooting",
    "crime/police; title-before-name police chief at a news conference; police said in a statement (literal organisation) then the department (nominal); according to a police report (mixed, literal); witness with speaker named in the next sentence after a standalone quote; two women in play (chief and council member) with she resolving to the chief; the chief asked a question; inherited standalone paragraph; T-shirt slogan and a nickname as negatives",
    """
Two Teenagers Wounded in Shooting at Crowded Riverside Park

Two teenagers were wounded Saturday evening when gunfire broke out near the basketball courts at Riverside Park in Harbor City, sending hundreds of people who had gathered for a neighborhood festival running for cover, police said.

The victims, a 16-year-old boy and a 17-year-old girl, were taken to St. Brendan's Hospital. The girl was in critical condition on Sunday; the boy was treated for a wound to his leg and released.

The Harbor City Police Department said in a statement that officers assigned to the festival heard "six to eight shots" shortly after 7:40 p.m. and found the two victims near the courts. No arrests had been made by Sunday afternoon.

At a news conference on Sunday, Police Chief Marisol Ybarra said detectives believed the shooting stemmed from an argument between two groups of young men that began earlier in the day on social media.

"This was not random," Ybarra said. "Somebody brought a gun to a family festival because of something somebody else posted on a phone. Two kids who had nothing to do with it are in the hospital."

She asked anyone with video of the shooting to send it to investigators, and said the department had already received more than 40 clips.

"Look at your phones," the chief said. "You may have recorded something and not even know it."

Witnesses described a chaotic scene. Andre Whitlock, 38, was standing in line for a food truck with his two young sons when he heard the shots.

"I thought it was fireworks at first. Then everybody started running, and I just grabbed my boys and got down behind the truck."

That was how Whitlock, a bus driver who lives two blocks from the park, described the moment on Sunday. He said he had brought his sons to the festival every year since they were born.

"Not next year," he said. "I'm sorry. Not next year."

According to a police report released Sunday, one witness told officers that a man in a red jacket had fired "into the crowd like he didn't care who he hit." Police have not said whether they have identified that man.

Council member Deborah Kline, whose district includes the park, said she had asked the department last year to add officers to the festival after a fight broke out near the courts. The chief, appearing beside her at the news conference, said the number of officers had been doubled this year, to 12.

"Twelve officers cannot stop one person who is determined to pull a trigger," she said. "What stops that person is somebody who knows about it and picks up the phone first."

Kline said she was not satisfied with that answer. "Twelve officers for three thousand people is not enough," she told reporters after the news conference. "We'll be talking about that at budget time."

The department said the festival, known in the neighborhood as "Riverfest," would not be canceled next year. "Shutting down a community event punishes the community, not the shooter," it said.

Volunteers wore T-shirts reading "One Park, One Family" on Sunday as they cleaned up the grounds. Among them was Teresa Obi, who has organized the festival for 11 years.

"We'll come back," she said. "We always come back."

Anyone with information is asked to call the department's tip line.
""",
    [
        q(
            '"six to eight shots"',
            "Harbor City Police Department",
            "The Harbor City Police Department",
            "name",
            "mixed",
        ),
        q('"This was not random,"', "Marisol Ybarra", "Ybarra", "name~"),
        I(
            '"Somebody brought a gun to a family festival because of something somebody else posted on a phone. Two kids who had nothing to do with it are in the hospital."',
            "Marisol Ybarra",
        ),
        q('"Look at your phones,"', "Marisol Ybarra", "the chief", "nom"),
        I('"You may have recorded something and not even know it."', "Marisol Ybarra"),
        q(
            '"I thought it was fireworks at first. Then everybody started running, and I just grabbed my boys and got down behind the truck."',
            "Andre Whitlock",
            "Whitlock",
            "name~",
        ),
        q('"Not next year,"', "Andre Whitlock", "he", "pron"),
        I('"I\'m sorry. Not next year."', "Andre Whitlock"),
        q(
            '"into the crowd like he didn\'t care who he hit."',
            "one witness",
            "one witness",
            "nom=",
            "mixed",
        ),
        q(
            '"Twelve officers cannot stop one person who is determined to pull a trigger,"',
            "Marisol Ybarra",
            "she",
            "pron",
        ),
        I(
            '"What stops that person is somebody who knows about it and picks up the phone first."',
            "Marisol Ybarra",
        ),
        q(
            '"Twelve officers for three thousand people is not enough,"',
            "Deborah Kline",
            "Kline",
            "name~",
        ),
        I('"We\'ll be talking about that at budget time."', "Deborah Kline"),
        q(
            '"Shutting down a community event punishes the community, not the shooter,"',
            "Harbor City Police Department",
            "it",
            "pron",
        ),
        q('"We\'ll come back,"', "Teresa Obi", "she", "pron"),
        I('"We always come back."', "Teresa Obi"),
    ],
    ['"Riverfest,"', '"One Park, One Family"'],
)

# ---------------------------------------------------------------- 012
doc(
    "dev3:012-public-radio-drought-ranchers",
    "public-radio style: short paragraphs, present-tense says; says NAME inverted; she says and he says across paragraphs with two women and two men; standalone quote paragraphs continuing the previous speaker (inherited); speaker changing between consecutive quote paragraphs; the rancher and the 68-year-old (nominal); told (station) mixed; ranch brand nickname as negative",
    """
As the Wells Run Dry, Ranchers in the Kessel Basin Weigh Selling Their Herds

It's just after sunrise, and Ramona Alvarez is already out checking water tanks.

She drives a dented pickup along a fence line on her family's ranch in the Kessel Basin. The first tank is half full. The second is dry.

"This one's been dry since June," she says. "We haul water to it now. Twice a day."

Alvarez runs about 300 head of cattle here with her husband, Eli. The ranch has been in her family for four generations.

The basin has had below-average rain for five straight years. The state's drought monitor lists most of it as "exceptional," the highest category.

"My grandfather lived through the fifties drought. He used to tell us about it like a ghost story."

"Now we're living in the ghost story."

She laughs, but not much.

Down the road, Walt Brenner is making a different calculation. He's 68 and has run cattle in the basin for more than 40 years.

"I sold half my herd in August," says Brenner. "Prices were good. I figured I'd rather sell them fat than watch them get thin."

The rancher says hay costs have nearly tripled since 2021. Some of his neighbors are buying it from three states away.

"You can't feed cattle on a credit card forever," he says. "Somebody's going to run out of credit, and it might be me."

His son, Caleb, wants to take over the ranch someday. The 68-year-old isn't sure there will be anything to take over.

"I tell him, learn to weld," Brenner says. "Learn something they can't take from you in a dry year."

Caleb, who is 31, sees it differently. "Dad's been saying that since I was ten," he says. "We're still here."

State officials say emergency help is coming. Agriculture Commissioner Linda Torvald told KSWR that the state would offer low-interest loans for hay and water hauling, and called the situation "the most serious threat to ranching in the basin in living memory."

But the loans won't be ready until spring. For some ranchers, that's too late.

Back at the Alvarez place, Ramona shows me a spreadsheet on her phone. It's the math of the next six months: hay, fuel, water, feed supplements.

"If it rains in March, we make it," she says. "If it doesn't, we sell."

Her husband is more blunt. He has been doing the same math, on the back of a feed-store receipt he keeps in his shirt pocket.

"We've already decided which cows go first," Eli Alvarez says. "We gave them names. That was a mistake."

Torvald says her office is also studying longer-term fixes, including paying ranchers to rest overgrazed land. She admits those are years away.

"We didn't get here in one season," she says, "and we're not getting out in one season."

Ramona Alvarez says she'll keep hauling water for now. Her family calls the ranch's oldest cow, a 14-year-old Hereford, "Grandma."

"She's the last one I'd sell," she says. "She's been through worse than this."
""",
    [
        q('"This one\'s been dry since June,"', "Ramona Alvarez", "she", "pron"),
        I('"We haul water to it now. Twice a day."', "Ramona Alvarez"),
        I(
            '"My grandfather lived through the fifties drought. He used to tell us about it like a ghost story."',
            "Ramona Alvarez",
        ),
        I('"Now we\'re living in the ghost story."', "Ramona Alvarez"),
        q('"I sold half my herd in August,"', "Walt Brenner", "Brenner", "name~"),
        I(
            '"Prices were good. I figured I\'d rather sell them fat than watch them get thin."',
            "Walt Brenner",
        ),
        q('"You can\'t feed cattle on a credit card forever,"', "Walt Brenner", "he", "pron"),
        I('"Somebody\'s going to run out of credit, and it might be me."', "Walt Brenner"),
        q('"I tell him, learn to weld,"', "Walt Brenner", "Brenner", "name~"),
        I('"Learn something they can\'t take from you in a dry year."', "Walt Brenner"),
        q('"Dad\'s been saying that since I was ten,"', "Caleb Brenner", "he", "pron"),
        I('"We\'re still here."', "Caleb Brenner"),
        q(
            '"the most serious threat to ranching in the basin in living memory."',
            "Linda Torvald",
            "Agriculture Commissioner Linda Torvald",
            "name",
            "mixed",
        ),
        q('"If it rains in March, we make it,"', "Ramona Alvarez", "she", "pron"),
        I('"If it doesn\'t, we sell."', "Ramona Alvarez"),
        q('"We\'ve already decided which cows go first,"', "Eli Alvarez", "Eli Alvarez", "name"),
        I('"We gave them names. That was a mistake."', "Eli Alvarez"),
        q('"We didn\'t get here in one season,"', "Linda Torvald", "she", "pron"),
        I('"and we\'re not getting out in one season."', "Linda Torvald"),
        q("\"She's the last one I'd sell,\"", "Ramona Alvarez", "she", "pron"),
        I('"She\'s been through worse than this."', "Ramona Alvarez"),
    ],
    ['"exceptional,"', '"Grandma."'],
)
# ---------------------------------------------------------------- 013
doc(
    "dev3:013-interview-novelist-writeup",
    "interview write-up; interviewer's questions quoted with asked; the author and the novelist (nominal); she across several paragraphs; multi-paragraph answer with cue in the first paragraph; her editor and her sister quoted (three women); mixed quote from a reviewer; book titles and a nickname as negatives",
    """
Nadia Pellegrini on Writing the Book She Was Afraid to Write

Nadia Pellegrini's new novel, "The Salt Year," follows a family of fishermen on a small island over the twelve months after the youngest son drowns. It is her fourth book and, by her own description, the hardest. Her brother died in a boating accident when she was 19.

We spoke in the back room of a bookstore in Harbor City, a few hours before a reading. The conversation has been condensed.

I asked first why she had waited more than twenty years to write about her brother.

"I didn't wait. I tried, over and over, and every draft was terrible," Pellegrini said. "They were all about my grief, and my grief is not interesting to anybody but me. It took me a long time to figure out that the book had to be about the people around the grief."

The family in the novel is not her own, she stressed. The father is a fisherman; hers was an accountant. The island is invented. But the mother, she admitted, "has my mother's hands and my mother's silences."

When I asked whether her mother had read it, the author laughed for the first time.

"She read it in one night and called me at six in the morning," she said. "She said, 'You made me too nice.' That's all. Then she asked what I was making for Easter.

"I think that's the best review I'll ever get."

Her editor, Joanna Feld, said the manuscript arrived two years late and about 300 pages too long. "Nadia writes long and cuts hard," Feld said. "The first draft of this book had a whole second family in it. They're gone now, and nobody misses them."

Pellegrini does not dispute that. She described her process as "writing a forest and then cutting it down to one tree."

"Was it hard to cut that family?" I asked.

"Brutal," the novelist said. "I loved them. But they were there to protect me from the real story, and once I saw that, they had to go."

Critics have been enthusiastic. A review in the Westmarch Review of Books called the novel "a quiet devastation," and it has been longlisted for the Tessaly Prize. Her earlier novels, including "North of the Weather," were admired but sold modestly.

Pellegrini's sister, Carla, who lives in the family's old house, was the first person to read a finished draft. Reached by phone, she said she had cried through most of it.

"It's not our story, but it's our weather," Carla Pellegrini said. "She got the weather exactly right."

I asked the author what she was working on next. She said she had started a comic novel about a wedding caterer and had no intention of writing about grief again for a long time.

"I've earned a few jokes," she said.

Was her family worried, I wondered, about becoming material again?

"My sister already made me promise," she said. "No more drownings, no more funerals. She calls the new one 'the happy book.' I'm trying to live up to the name."

Pellegrini reads at the Dunmore Public Library on Thursday. Friends from her high school days, who still call her "Nadge," have promised to sit in the front row.
""",
    [
        q(
            '"I didn\'t wait. I tried, over and over, and every draft was terrible,"',
            "Nadia Pellegrini",
            "Pellegrini",
            "name~",
        ),
        I(
            '"They were all about my grief, and my grief is not interesting to anybody but me. It took me a long time to figure out that the book had to be about the people around the grief."',
            "Nadia Pellegrini",
        ),
        q(
            "\"has my mother's hands and my mother's silences.\"",
            "Nadia Pellegrini",
            "she",
            "pron",
            "mixed",
        ),
        q(
            '"She read it in one night and called me at six in the morning,"',
            "Nadia Pellegrini",
            "she",
            "pron",
        ),
        I(
            "\"She said, 'You made me too nice.' That's all. Then she asked what I was making for Easter.",
            "Nadia Pellegrini",
        ),
        I("\"I think that's the best review I'll ever get.\"", "Nadia Pellegrini"),
        q('"Nadia writes long and cuts hard,"', "Joanna Feld", "Feld", "name~"),
        I(
            '"The first draft of this book had a whole second family in it. They\'re gone now, and nobody misses them."',
            "Joanna Feld",
        ),
        q(
            '"writing a forest and then cutting it down to one tree."',
            "Nadia Pellegrini",
            "She",
            "pron",
            "mixed",
        ),
        q('"Was it hard to cut that family?"', "the interviewer", "I", "pron"),
        q('"Brutal,"', "Nadia Pellegrini", "the novelist", "nom"),
        I(
            '"I loved them. But they were there to protect me from the real story, and once I saw that, they had to go."',
            "Nadia Pellegrini",
        ),
        q(
            '"a quiet devastation,"',
            "Westmarch Review of Books",
            "A review in the Westmarch Review of Books",
            "name",
            "mixed",
        ),
        q(
            "\"It's not our story, but it's our weather,\"",
            "Carla Pellegrini",
            "Carla Pellegrini",
            "name",
        ),
        I('"She got the weather exactly right."', "Carla Pellegrini"),
        q('"I\'ve earned a few jokes,"', "Nadia Pellegrini", "she", "pron"),
        q('"My sister already made me promise,"', "Nadia Pellegrini", "she", "pron"),
        I(
            "\"No more drownings, no more funerals. She calls the new one 'the happy book.' I'm trying to live up to the name.\"",
            "Nadia Pellegrini",
        ),
    ],
    ['"The Salt Year,"', '"North of the Weather,"', '"Nadge,"'],
)

# ---------------------------------------------------------------- 014
doc(
    "dev3:014-wire-earthquake-coastal-towns",
    "wire story with dateline; title-before-name officials at briefings; the agency said (nominal) after a literal organisation cue; said through an interpreter; two men of the same role with he resolving past a nearer man; speaker-before-cue-before-quote colon (Name said:); according to with quotation marks from an organisation; aid group wrote on X; operation name as negative",
    """
Strong Earthquake Strikes Coastal Vellmark, Killing at Least 27

PORT AVEN, Vellmark (Wire) - A magnitude 7.1 earthquake struck off the northern coast of Vellmark early Tuesday, collapsing buildings in at least four fishing towns, killing at least 27 people and leaving hundreds homeless as aftershocks rattled the region through the day.

The quake hit at 4:12 a.m. about 30 kilometers offshore, at a depth of 18 kilometers, according to the Vellmark Geological Service. A tsunami warning was issued and lifted about two hours later after waves of less than half a meter reached the shore.

"The shaking lasted almost a minute. For an earthquake, that is a very long time," the Vellmark Geological Service said in a bulletin. "Residents should expect strong aftershocks for several weeks."

The agency said it had recorded more than 60 aftershocks by Tuesday evening, the largest of magnitude 5.6.

Interior Minister Tomas Halvard, speaking at a briefing in the capital, said rescue teams were still searching for people trapped in the rubble of two apartment buildings in Port Aven. "We will not stop while there is any chance of finding someone alive," Halvard said. "Not tonight, not tomorrow."

In Skerra, a town of about 4,000 people north of Port Aven, the mayor, Jens Ovland, said nearly every house in the old harbor district had been damaged. He estimated that a third of the town's residents would sleep outdoors or in their cars on Tuesday night.

The town's fire chief, Anders Moe, said his crews had pulled nine people from collapsed houses, seven of them alive. The mayor, who was touring the harbor when reporters reached him, said the town's only school had been turned into a shelter.

"We have blankets for two hundred people and we have six hundred people," he said. "We need tents, we need water, and we need them today."

Ingrid Sollie, 52, a fish processor, spent the morning sitting on a seawall with her two daughters, watching rescue workers dig through what had been her neighbor's house.

Sollie said: "I heard the walls before I felt anything. A sound like a train. Then the window came in."

Her neighbor, an elderly man who lived alone, had not been found, she said.

The government said it would release emergency funds and had asked neighboring countries for search-and-rescue teams with dogs. Farid Mansour, a coordinator for an international rescue team that arrived Tuesday afternoon, said through an interpreter that the first 72 hours were critical.

"After three days, the chances become much smaller," Mansour said. "So we work now, and we sleep later."

Relief agencies warned of a longer crisis. The Red Harbor Relief Fund wrote on X that it was sending "water purification units, tents and medical staff" from its warehouse in the capital. "Many of these families have lost both their homes and their boats," according to the group's regional director, Lisbeth Aro. "That is their whole livelihood."

The government has named the response effort "Operation Safe Harbor." Prime Minister Ella Brandvik was expected to visit the region on Wednesday.

Vellmark's northern coast last suffered a major earthquake in 1954, when a magnitude 6.8 quake killed 41 people. Many of the older stone buildings that collapsed Tuesday were built before the country adopted modern building codes in 1978.

"Those are the buildings we worried about," said Halvard, the interior minister. "And those are the buildings that fell."
""",
    [
        q(
            '"The shaking lasted almost a minute. For an earthquake, that is a very long time,"',
            "Vellmark Geological Service",
            "the Vellmark Geological Service",
            "name",
        ),
        I(
            '"Residents should expect strong aftershocks for several weeks."',
            "Vellmark Geological Service",
        ),
        q(
            '"We will not stop while there is any chance of finding someone alive,"',
            "Tomas Halvard",
            "Halvard",
            "name~",
        ),
        I('"Not tonight, not tomorrow."', "Tomas Halvard"),
        q(
            '"We have blankets for two hundred people and we have six hundred people,"',
            "Jens Ovland",
            "he",
            "pron",
        ),
        I('"We need tents, we need water, and we need them today."', "Jens Ovland"),
        q(
            '"I heard the walls before I felt anything. A sound like a train. Then the window came in."',
            "Ingrid Sollie",
            "Sollie",
            "name~",
        ),
        q(
            '"After three days, the chances become much smaller,"',
            "Farid Mansour",
            "Mansour",
            "name~",
        ),
        I('"So we work now, and we sleep later."', "Farid Mansour"),
        q(
            '"water purification units, tents and medical staff"',
            "Red Harbor Relief Fund",
            "The Red Harbor Relief Fund",
            "name",
            "mixed",
        ),
        q(
            '"Many of these families have lost both their homes and their boats,"',
            "Lisbeth Aro",
            "the group's regional director, Lisbeth Aro",
            "name",
        ),
        I('"That is their whole livelihood."', "Lisbeth Aro"),
        q(
            '"Those are the buildings we worried about,"',
            "Tomas Halvard",
            "Halvard, the interior minister",
            "name~",
        ),
        I('"And those are the buildings that fell."', "Tomas Halvard"),
    ],
    ['"Operation Safe Harbor."'],
)

# ---------------------------------------------------------------- 015
doc(
    "dev3:015-local-housing-rezoning",
    "local news; the former mayor (nominal) and the developer (nominal); two men of the same age group with he resolving to the earlier-named man; a resident asked; speaker named in the next sentence after a standalone quote; colon after a full name; planning staff report quoted (literal organisation); council member title-before-name; sign slogan and project nickname as negatives",
    """
Dunmore Council Approves 240-Unit Apartment Plan Over Neighbors' Objections

DUNMORE - After a five-hour hearing that stretched past midnight, the Dunmore City Council voted 4-3 early Wednesday to rezone a former lumberyard on Cutler Road for a 240-unit apartment complex, the largest housing project in the city in three decades.

The project, proposed by Harbor City developer Grant Velasquez, would include 48 apartments set aside for households earning less than 60 percent of the area's median income. Opponents packed the council chamber, many carrying signs reading "Keep Dunmore Dunmore."

The most prominent of them was former Mayor Everett Sloane, who led the city from 2006 to 2014 and now lives two blocks from the lumberyard. Speaking during public comment, the former mayor warned that the complex would overwhelm Cutler Road and the elementary school nearby.

"I am not against housing. I built housing when I was in that chair," Sloane said, pointing at the dais. "I am against putting 240 families at the end of a two-lane road with one traffic light."

Velasquez, who grew up in Dunmore, sat in the second row during Sloane's remarks. When his turn came, the developer said he had agreed to pay for a new turn lane and a crosswalk.

"I went to that elementary school," he said. "I'm not going to build something that hurts it."

The city's planning staff had recommended approval. The Dunmore Planning Department wrote in its report that the site was "one of the few parcels in the city where density of this kind is appropriate," citing its distance from the highway and existing sewer capacity.

Several residents questioned that conclusion. Marjorie Tell, a retired nurse, asked the council directly: "Has anyone on this council driven Cutler Road at 8 a.m. on a school day?"

Council member Hector Ruiz, who voted for the project, said he had, that morning. "It was slow," he said. "It was not a catastrophe."

Supporters were fewer but persistent. A young couple who said they had been priced out of the city spoke near the end of the night.

"We both grew up here. We both work here. We can't afford to live here."

Danielle Okafor said those words quietly into the microphone, holding her husband's hand, and the room fell silent for a moment. The couple now rents in Marlow, 40 minutes away.

Council member Priscilla Haney, who voted no, said she supported more housing in principle but not on that site. She called the project "the right idea in the wrong place."

Sloane, who had left the chamber shortly before the vote, said in a phone interview Wednesday that he and other neighbors were considering a lawsuit. He said the council had "ignored its own comprehensive plan," which designates the site for light industry. A few hours earlier, Velasquez had told reporters he expected a legal challenge.

"I've been in politics long enough to know that a 4-3 vote isn't the end of anything," the former mayor said. "It's the beginning of the next fight."

The developer said construction could begin next spring if there is no lawsuit. In neighborhood chat groups, opponents have taken to calling the project "the Lumberyard Towers," though the tallest building would have four stories.

"They can call it whatever they want," Velasquez said. "I'd rather they call it home."
""",
    [
        q(
            '"I am not against housing. I built housing when I was in that chair,"',
            "Everett Sloane",
            "Sloane",
            "name~",
        ),
        I(
            '"I am against putting 240 families at the end of a two-lane road with one traffic light."',
            "Everett Sloane",
        ),
        q('"I went to that elementary school,"', "Grant Velasquez", "he", "pron"),
        I('"I\'m not going to build something that hurts it."', "Grant Velasquez"),
        q(
            '"one of the few parcels in the city where density of this kind is appropriate,"',
            "Dunmore Planning Department",
            "The Dunmore Planning Department",
            "name",
            "mixed",
        ),
        q(
            '"Has anyone on this council driven Cutler Road at 8 a.m. on a school day?"',
            "Marjorie Tell",
            "Marjorie Tell",
            "name",
        ),
        q('"It was slow,"', "Hector Ruiz", "he", "pron"),
        I('"It was not a catastrophe."', "Hector Ruiz"),
        q(
            '"We both grew up here. We both work here. We can\'t afford to live here."',
            "Danielle Okafor",
            "Danielle Okafor",
            "name",
        ),
        q('"the right idea in the wrong place."', "Priscilla Haney", "She", "pron", "mixed"),
        q('"ignored its own comprehensive plan,"', "Everett Sloane", "He", "pron", "mixed"),
        q(
            "\"I've been in politics long enough to know that a 4-3 vote isn't the end of anything,\"",
            "Everett Sloane",
            "the former mayor",
            "nom",
        ),
        I('"It\'s the beginning of the next fight."', "Everett Sloane"),
        q('"They can call it whatever they want,"', "Grant Velasquez", "Velasquez", "name~"),
        I('"I\'d rather they call it home."', "Grant Velasquez"),
    ],
    ['"Keep Dunmore Dunmore."', '"the Lumberyard Towers,"'],
)
# ---------------------------------------------------------------- 016
doc(
    "dev3:016-politics-governor-veto",
    "state politics; the governor and the Democrat (nominal); wrote on X and posted; in a statement; two men (governor and senate leader) and two women (bill sponsor and house speaker) with pronouns resolving past nearer same-gender names; split quote; quote standing alone after a full-name paragraph (inherited); told reporters; bill nickname, hashtag-like slogan and a chant as negatives",
    """
Governor Vetoes Bill to Cap Insulin Costs, Setting Up Override Fight

Gov. Raymond Castile vetoed a bill on Friday that would have capped the monthly cost of insulin at $35 for Calder residents with private insurance, calling it a well-meant measure that would drive up premiums for everyone else.

"Nobody in this state should have to ration insulin. I agree with the sponsors about that," the governor said in a statement. "But this bill hides the cost instead of lowering it, and families will pay for it in their premiums next year."

The measure passed both chambers of the legislature with bipartisan support in May. Its chief sponsor, state Rep. Alicia Moreau, a Democrat from Riverton whose son has Type 1 diabetes, said she was "stunned but not surprised" by the veto.

"I have watched my son's insulin go from twenty dollars to three hundred dollars a month," the Democrat told reporters outside the House chamber. "The governor has never had to stand at a pharmacy counter and make that choice."

Castile, a Republican in his second term, had signaled for weeks that he might reject the bill. His office circulated an analysis by the state's insurance commissioner estimating that premiums could rise by 1 to 2 percent. Supporters dispute those figures.

The bill's backers need a two-thirds majority in each chamber to override the veto. In the Senate, Majority Leader Dennis Albright, a Republican who voted for the bill, said he would schedule an override vote "as soon as the calendar allows."

"This is not a partisan issue for the families I represent," Albright said. "It should not be a partisan issue in this building."

House Speaker Joan Whitlow, whose caucus includes several members who voted for the bill in May but have since wavered, was more cautious. Moreau has said she believes she has the votes. Her colleague did not sound so sure.

"We'll count heads on Monday," she said. "I don't count votes I don't have."

The governor's veto drew a swift response online. Moreau wrote on X that Castile had "chosen insurance companies over insulin users," and posted a photo of her son's pump. Within hours, the post had been shared more than 20,000 times, many with the phrase "Thirty-Five Is Alive."

Castile responded with a post of his own. "I respect Rep. Moreau and her family," he wrote. "We disagree about the bill, not about the problem."

The senate leader, asked about that exchange on Friday afternoon, was blunt about what comes next.

"Twitter fights don't pass bills," he said. "Votes do."

Patients' groups have promised to fill the Capitol on Monday. The Calder Diabetes Alliance said it had chartered four buses. "We will be in every hallway and every gallery," the group said in a statement. "Legislators should look up and see us."

At a rally outside the Capitol on Friday evening, about 200 people chanted "Override! Override!" as Moreau spoke.

"I'm not going anywhere," she told them. "Neither is my son's diabetes. So let's finish this."

If the override fails, Moreau said, she would reintroduce the bill next session, which supporters have nicknamed "Marco's Law" after her son.
""",
    [
        q(
            '"Nobody in this state should have to ration insulin. I agree with the sponsors about that,"',
            "Raymond Castile",
            "the governor",
            "nom",
        ),
        I(
            '"But this bill hides the cost instead of lowering it, and families will pay for it in their premiums next year."',
            "Raymond Castile",
        ),
        q('"stunned but not surprised"', "Alicia Moreau", "she", "pron", "mixed"),
        q(
            '"I have watched my son\'s insulin go from twenty dollars to three hundred dollars a month,"',
            "Alicia Moreau",
            "the Democrat",
            "nom",
        ),
        I(
            '"The governor has never had to stand at a pharmacy counter and make that choice."',
            "Alicia Moreau",
        ),
        q('"as soon as the calendar allows."', "Dennis Albright", "he", "pron", "mixed"),
        q(
            '"This is not a partisan issue for the families I represent,"',
            "Dennis Albright",
            "Albright",
            "name~",
        ),
        I('"It should not be a partisan issue in this building."', "Dennis Albright"),
        q('"We\'ll count heads on Monday,"', "Joan Whitlow", "she", "pron"),
        I("\"I don't count votes I don't have.\"", "Joan Whitlow"),
        q(
            '"chosen insurance companies over insulin users,"',
            "Alicia Moreau",
            "Moreau",
            "name~",
            "mixed",
        ),
        q('"I respect Rep. Moreau and her family,"', "Raymond Castile", "he", "pron"),
        I('"We disagree about the bill, not about the problem."', "Raymond Castile"),
        q('"Twitter fights don\'t pass bills,"', "Dennis Albright", "he", "pron"),
        I('"Votes do."', "Dennis Albright"),
        q(
            '"We will be in every hallway and every gallery,"',
            "Calder Diabetes Alliance",
            "the group",
            "nom",
        ),
        I('"Legislators should look up and see us."', "Calder Diabetes Alliance"),
        q('"I\'m not going anywhere,"', "Alicia Moreau", "she", "pron"),
        I("\"Neither is my son's diabetes. So let's finish this.\"", "Alicia Moreau"),
    ],
    ['"Thirty-Five Is Alive."', '"Override! Override!"', '"Marco\'s Law"'],
)

# ---------------------------------------------------------------- 017
doc(
    "dev3:017-sports-womens-soccer-final",
    "sports with a coach and two female players plus a female opposing coach; the captain, the 19-year-old and the coach (nominal); she resolving past nearer women; inverted said NAME with appositive; a quote paragraph continuing the previous speaker (inherited) followed by a paragraph where the speaker changes; told the Gazette; chant and nickname as negatives",
    """
Harbor City FC Wins First League Title on Late Header

HARBOR CITY - For 88 minutes on Sunday, it looked as if Harbor City FC would again finish second. Then Sofia Brandt rose above two defenders at the back post and headed in a corner kick, and the club that had lost three straight championship games finally had a trophy.

The 1-0 win over the Riverton Rapids before a sellout crowd of 14,200 at Pier Stadium gave Harbor City its first title in the club's nine-year history.

"I've been on the wrong side of this game three times," said Brandt, the club's captain and only remaining original player. "I was not going to let it happen a fourth time. Not in front of these people."

The 31-year-old defender had not scored all season. Her coach, Helen Marsh, said she had moved Brandt forward for set pieces only in the final 15 minutes, after noticing that the Rapids were marking her with a smaller midfielder.

"Sofia told me at halftime, 'Put me up there, they can't handle me in the air,'" Marsh said. "I didn't listen until the 75th minute. I should have listened at halftime."

The corner was taken by Maya Okonjo, the 19-year-old winger who was named the league's rookie of the year last week. It was her 11th assist of the season.

"I just tried to put it where Sofia would be," the 19-year-old said. "She always finds it. Always."

Riverton, which had won two of the previous three titles, dominated possession in the first half but managed only two shots on target. Its best chance came in the 34th minute, when forward Alana Reyes hit the crossbar from 12 yards.

The Rapids' coach, Gretchen Lowry, praised Harbor City's defense but said her players had made too many mistakes on set pieces all season. Asked about the winning goal, she did not hide her frustration.

"We talked about Brandt on corners all week. All week," Lowry said. "And then we let her stand there unmarked like she was waiting for a bus."

"That's on me, not on the players."

"It's never one person," Reyes said later, sitting on a bench outside the locker room with ice on her ankle. "We had ninety minutes to score. We didn't."

Marsh, in her second season in charge, inherited a team that had lost the final the year before she arrived. She changed the club's training schedule, added a sports psychologist and made Brandt captain. She told the Harbor City Gazette last spring that her goal was to build "a team that doesn't flinch in big moments."

On Sunday, the captain said that was exactly what had changed. "We used to get tight in finals," she said. "Today nobody got tight. We just played."

The crowd, which had chanted "One more year!" during last season's loss, stayed in the stands for nearly an hour after the final whistle. Many fans wore scarves with Brandt's nickname, "The Wall."

Okonjo said she had called her mother in Dorrance from the field. "She was screaming so loud I had to hold the phone away from my ear," she said.

Marsh was doused with water by her players during the postgame news conference and conducted the rest of it soaking wet.

"Worth it," the coach said, wiping her face with a towel. "Completely worth it."
""",
    [
        q(
            '"I\'ve been on the wrong side of this game three times,"',
            "Sofia Brandt",
            "Brandt, the club's captain and only remaining original player",
            "name~",
        ),
        I(
            '"I was not going to let it happen a fourth time. Not in front of these people."',
            "Sofia Brandt",
        ),
        q(
            "\"Sofia told me at halftime, 'Put me up there, they can't handle me in the air,'\"",
            "Helen Marsh",
            "Marsh",
            "name~",
        ),
        I(
            '"I didn\'t listen until the 75th minute. I should have listened at halftime."',
            "Helen Marsh",
        ),
        q(
            '"I just tried to put it where Sofia would be,"',
            "Maya Okonjo",
            "the 19-year-old",
            "nom",
        ),
        I('"She always finds it. Always."', "Maya Okonjo"),
        q(
            '"We talked about Brandt on corners all week. All week,"',
            "Gretchen Lowry",
            "Lowry",
            "name~",
        ),
        I(
            '"And then we let her stand there unmarked like she was waiting for a bus."',
            "Gretchen Lowry",
        ),
        I('"That\'s on me, not on the players."', "Gretchen Lowry"),
        q('"It\'s never one person,"', "Alana Reyes", "Reyes", "name~"),
        I('"We had ninety minutes to score. We didn\'t."', "Alana Reyes"),
        q('"a team that doesn\'t flinch in big moments."', "Helen Marsh", "She", "pron", "mixed"),
        q('"We used to get tight in finals,"', "Sofia Brandt", "she", "pron"),
        I('"Today nobody got tight. We just played."', "Sofia Brandt"),
        q(
            '"She was screaming so loud I had to hold the phone away from my ear,"',
            "Maya Okonjo",
            "she",
            "pron",
        ),
        q('"Worth it,"', "Helen Marsh", "the coach", "nom"),
        I('"Completely worth it."', "Helen Marsh"),
    ],
    ['"One more year!"', '"The Wall."'],
)

# ---------------------------------------------------------------- 018
doc(
    "dev3:018-business-airline-merger",
    "business; the airline and the carrier (nominal) for two different organisations; the company said in a filing (mixed); CEO quoted by surname then he with the other CEO named in between; union said in a statement (literal) then it; analyst with long appositive and inverted said; according to a person familiar (generic, literal); in an email; code name and loyalty programme name as negatives",
    """
Gullwing and Northway Airlines Agree to Merge in $4.1 Billion Deal

Gullwing Airlines agreed on Monday to buy Northway Airlines for about $4.1 billion in cash and stock, a deal that would create the fourth-largest carrier in the country and, if regulators approve it, leave travelers in several mid-sized cities with fewer choices.

The combined airline would operate about 640 aircraft and fly to 190 destinations. It would keep the Gullwing name and its headquarters in Harbor City; Northway's hub in Riverton would remain open, the companies said.

"Together, we can finally compete with the big three on routes where they have had things their own way for twenty years," Gullwing's chief executive, Martin Oduya, said on a call with reporters. "That is good for us, and it is good for anyone who buys a ticket."

Northway's chief executive, Lars Pedersen, who will become vice chairman of the combined company, said the deal would give his airline's customers access to a larger network. Oduya, who took over at Gullwing in 2020, will run the combined carrier.

Asked whether fares would rise after the merger, he said they would not. "Fares are set by competition, and we intend to be more competitive, not less," he said.

Not everyone is convinced. The two airlines overlap on 41 routes, and on nine of them they are the only carriers offering nonstop service, according to an analysis by Corliss & Yates.

"When two airlines become one on a route, prices go up. That's not a theory, it's the history of this industry," said Greta Lindholm, an airline analyst at Corliss & Yates who spent a decade in revenue management at a major carrier. "The question for regulators is whether the promised benefits outweigh that."

Northway, which has struggled since a pilot shortage forced it to cancel thousands of flights last summer, said in a regulatory filing that it had considered "a range of strategic alternatives" before agreeing to the deal. One of those was a merger with a larger rival that fell apart in March over price, according to a person familiar with the talks, who said the earlier talks had been "very close to the finish line."

The carrier's shares jumped 38 percent on Monday. Gullwing's fell 4 percent.

The Air Crew Union, which represents flight attendants at both airlines, said in a statement that it would support the merger only if the companies guaranteed that no jobs would be cut. "We have heard promises before," it said. "This time we want them in writing."

In an email, a spokesman for the Department of Transportation, Kevin Abeyta, said the department would "review the proposed transaction carefully, with particular attention to its effects on consumers." The deal also requires approval from antitrust regulators at the Justice Department, which sued to block a different airline merger two years ago.

Inside both companies, the deal was planned under the code name "Project Kite," according to people briefed on the talks. The combined airline will keep Gullwing's frequent-flier program, "Gullwing Miles," and members of Northway's program will be able to transfer their points next year.

Pedersen, in a memo to Northway employees, acknowledged that the deal would bring "uncertainty and questions," and promised more details within weeks. "Northway has always been more than an airline to the people who work here," he wrote. "That will not change."

Oduya said he expected the deal to close in the first half of next year. Asked what he would say to a customer in Riverton worried about losing a nonstop flight, the airline's chief executive paused.

"I'd say, watch what we do," he said. "Don't listen to what anybody says, including me."
""",
    [
        q(
            '"Together, we can finally compete with the big three on routes where they have had things their own way for twenty years,"',
            "Martin Oduya",
            "Gullwing's chief executive, Martin Oduya",
            "name",
        ),
        I('"That is good for us, and it is good for anyone who buys a ticket."', "Martin Oduya"),
        q(
            '"Fares are set by competition, and we intend to be more competitive, not less,"',
            "Martin Oduya",
            "he",
            "pron",
        ),
        q(
            "\"When two airlines become one on a route, prices go up. That's not a theory, it's the history of this industry,\"",
            "Greta Lindholm",
            "Greta Lindholm",
            "name",
        ),
        I(
            '"The question for regulators is whether the promised benefits outweigh that."',
            "Greta Lindholm",
        ),
        q('"a range of strategic alternatives"', "Northway Airlines", "Northway", "name~", "mixed"),
        q(
            '"very close to the finish line."',
            "a person familiar with the talks",
            "a person familiar with the talks",
            "nom=",
            "mixed",
        ),
        q('"We have heard promises before,"', "Air Crew Union", "it", "pron"),
        I('"This time we want them in writing."', "Air Crew Union"),
        q(
            '"review the proposed transaction carefully, with particular attention to its effects on consumers."',
            "Kevin Abeyta",
            "a spokesman for the Department of Transportation, Kevin Abeyta",
            "name",
            "mixed",
        ),
        q('"uncertainty and questions,"', "Lars Pedersen", "Pedersen", "name~", "mixed"),
        q(
            '"Northway has always been more than an airline to the people who work here,"',
            "Lars Pedersen",
            "he",
            "pron",
        ),
        I('"That will not change."', "Lars Pedersen"),
        q('"I\'d say, watch what we do,"', "Martin Oduya", "he", "pron"),
        I('"Don\'t listen to what anybody says, including me."', "Martin Oduya"),
    ],
    ['"Project Kite,"', '"Gullwing Miles,"'],
)
# ---------------------------------------------------------------- 019
doc(
    "dev3:019-health-rural-hospital-closure",
    "health; the hospital said in a statement (nominal) and the health system (nominal) for a literal organisation named earlier; the agency (nominal) for a state department; title-before-name doctor; the 58-year-old (nominal); she resolving past a nearer woman; a two-paragraph quote with the cue in the first; in an email; according to with quotation marks; campaign slogan as negative",
    """
Last Hospital in Kessel County to Close Its Emergency Room

KESSEL - The only hospital in Kessel County will close its emergency room and stop admitting patients at the end of March, leaving the county's 19,000 residents more than an hour's drive from the nearest emergency care.

Kessel Valley Hospital, which has operated on the edge of town since 1952, will become an outpatient clinic with a walk-in urgent care center open 12 hours a day. About 110 of its 180 employees will lose their jobs.

"This was the most painful decision our board has ever made," Kessel Valley Hospital said in a statement. "We have lost money in eleven of the last twelve years. There is no version of the math that keeps the emergency room open."

The hospital is owned by Plains Health Partners, a nonprofit system based in Riverton that runs 14 hospitals in three states. The health system said it had subsidized Kessel Valley by about $6 million a year and could no longer do so. "We cannot ask our other communities to keep paying for a model that is not working," it said.

Dr. Miriam Castellano has worked in the Kessel Valley emergency room for 22 years, most of that time as its medical director. She said she learned of the closure at a staff meeting on Tuesday morning, about an hour before it was announced publicly.

"People here have heart attacks. They have strokes. They roll tractors," she said. "An hour in the back of an ambulance is the difference between going home and not going home.

"I want the people who made this decision to understand that. I don't think they do."

Castellano said she expected to leave the county once the emergency room closes. So do many of the hospital's nurses, according to Paula Weir, a nurse in the intensive care unit who has worked there for 30 years.

"We've got young nurses with houses and kids who are going to have to move to Riverton or Harbor City," Weir said. "And once they move, they don't come back."

The closure follows the loss of hospitals in two neighboring counties since 2018. Rural hospitals across the region have struggled with falling patient numbers, low payments from public insurance programs and a shortage of staff.

The state Department of Health said in an email that it had been in contact with the hospital for months and was working with ambulance services to add staff and vehicles. The agency said it would also fund a helicopter base in the county for at least two years, a step it called "a bridge, not a solution."

County Commissioner Frank Doyle, a retired farmer, said he had asked the hospital's owners to delay the closure for a year to give the county time to find a new operator. He said he got "a polite no."

"They were nice about it," the 58-year-old said. "They were nice about it the whole time they were shutting us down."

Residents have begun organizing. A group calling itself Save Kessel Valley has collected more than 4,000 signatures on a petition and printed yard signs reading "Our Lives Are Not a Line Item."

Its organizer, Jenna Sorensen, a teacher whose father was treated for a stroke at the hospital last year, said the group would push for a public hospital district, which would let residents vote to tax themselves to keep the emergency room open.

Weir said she had signed the petition but was not optimistic. Castellano, for her part, said she hoped the effort would work, even if she was no longer there to see it.

"Somebody has to try," she said. "I just don't think it'll be in time for me."
""",
    [
        q(
            '"This was the most painful decision our board has ever made,"',
            "Kessel Valley Hospital",
            "Kessel Valley Hospital",
            "name",
        ),
        I(
            '"We have lost money in eleven of the last twelve years. There is no version of the math that keeps the emergency room open."',
            "Kessel Valley Hospital",
        ),
        q(
            '"We cannot ask our other communities to keep paying for a model that is not working,"',
            "Plains Health Partners",
            "it",
            "pron",
        ),
        q(
            '"People here have heart attacks. They have strokes. They roll tractors,"',
            "Miriam Castellano",
            "she",
            "pron",
        ),
        I(
            '"An hour in the back of an ambulance is the difference between going home and not going home.',
            "Miriam Castellano",
        ),
        I(
            '"I want the people who made this decision to understand that. I don\'t think they do."',
            "Miriam Castellano",
        ),
        q(
            '"We\'ve got young nurses with houses and kids who are going to have to move to Riverton or Harbor City,"',
            "Paula Weir",
            "Weir",
            "name~",
        ),
        I('"And once they move, they don\'t come back."', "Paula Weir"),
        q('"a bridge, not a solution."', "state Department of Health", "it", "pron", "mixed"),
        q('"a polite no."', "Frank Doyle", "He", "pron", "mixed"),
        q('"They were nice about it,"', "Frank Doyle", "the 58-year-old", "nom"),
        I('"They were nice about it the whole time they were shutting us down."', "Frank Doyle"),
        q('"Somebody has to try,"', "Miriam Castellano", "she", "pron"),
        I("\"I just don't think it'll be in time for me.\"", "Miriam Castellano"),
    ],
    ['"Our Lives Are Not a Line Item."'],
)

# ---------------------------------------------------------------- 020
doc(
    "dev3:020-tech-startup-layoffs",
    "tech; founder wrote in an email to staff (long quote over two paragraphs) and wrote on X; the company (nominal) and It (pronoun); former employees quoted, one named, one in the next sentence after a standalone quote; two men (founder and investor) with he resolving to the founder past the investor; told in an interview; product name and internal motto as negatives",
    """
Loomwise Lays Off Half Its Staff as AI Tutoring Startup Runs Low on Cash

Loomwise, a Harbor City startup that raised $120 million to build an artificial intelligence tutor for high school students, laid off about half of its 340 employees on Wednesday, according to an internal email reviewed by the Ledger and three people who lost their jobs.

"This is the hardest email I have ever written," the company's co-founder and chief executive, Devin Achebe, wrote in the email to staff. "We grew faster than our revenue, and I did not slow us down soon enough. That is my mistake, and I own it.

"If you are affected, you will hear from your manager within the hour. You will receive twelve weeks of pay and your health coverage through the end of the year."

The company confirmed the cuts but declined to make Achebe available for an interview. "Loomwise remains committed to its mission of making great tutoring available to every student," the company said in a statement. It said that schools in 31 states were now using its product, Loomwise Tutor, and that revenue had tripled in a year.

Former employees described a company that had spent heavily on office space, marketing and hiring while schools were slower to sign contracts than executives had expected. An internal motto, "Ship It Before Lunch," was painted on a wall at its headquarters.

"Everybody knew the money was going out faster than it was coming in. We just didn't know how fast."

Those were the words of a former engineer who asked not to be named because she had signed a severance agreement. She said the layoffs were announced in a video call that lasted eleven minutes.

Another former employee, Rashida Pryor, who led a team of curriculum writers, said she had been told two weeks earlier that her team's budget was safe. "I believed them," she said. "I hired two people last month. Both of them were laid off today."

Loomwise's largest investor, the venture firm Tallow Street Capital, led a $70 million funding round in the company two years ago. One of its partners, Simon Greer, sits on the Loomwise board. In an interview, Greer said he still believed in the company's product.

"The technology is real. Teachers like it. Kids use it," he said. "What wasn't real was the idea that schools would buy it as fast as consumers buy an app."

Achebe, 29, founded Loomwise in his dorm room at Westmarch State University and became one of the city's most visible young founders. He appeared on magazine covers and often posted about the company's growth on social media.

On Wednesday evening, after news of the layoffs spread, he wrote on X: "Today I let down a lot of people who believed in me. I'll spend the next year earning that back." Greer reposted the message a few minutes later.

Last year, at a conference in Harbor City, the founder told an audience that Loomwise would reach 10 million students "by the end of next year, easily." The company now says it serves about 1.2 million.

Rachel Venn, an education technology analyst at the research firm Brightline Insights, said Loomwise was not the only company in the field running into trouble. "Schools buy slowly, and they buy in August," she said. "Startups that planned for consumer-speed growth are finding that out the hard way."

The company said it had about 18 months of cash remaining after the cuts. Pryor said she was not sure she would work at a startup again.

"I loved the work," she said. "I just don't want to love a company that much again."
""",
    [
        q(
            '"This is the hardest email I have ever written,"',
            "Devin Achebe",
            "the company's co-founder and chief executive, Devin Achebe",
            "name",
        ),
        I(
            '"We grew faster than our revenue, and I did not slow us down soon enough. That is my mistake, and I own it.',
            "Devin Achebe",
        ),
        I(
            '"If you are affected, you will hear from your manager within the hour. You will receive twelve weeks of pay and your health coverage through the end of the year."',
            "Devin Achebe",
        ),
        q(
            '"Loomwise remains committed to its mission of making great tutoring available to every student,"',
            "Loomwise",
            "the company",
            "nom",
        ),
        q(
            '"Everybody knew the money was going out faster than it was coming in. We just didn\'t know how fast."',
            "a former engineer",
            "a former engineer",
            "nom=",
        ),
        q('"I believed them,"', "Rashida Pryor", "she", "pron"),
        I('"I hired two people last month. Both of them were laid off today."', "Rashida Pryor"),
        q('"The technology is real. Teachers like it. Kids use it,"', "Simon Greer", "he", "pron"),
        I(
            '"What wasn\'t real was the idea that schools would buy it as fast as consumers buy an app."',
            "Simon Greer",
        ),
        q(
            '"Today I let down a lot of people who believed in me. I\'ll spend the next year earning that back."',
            "Devin Achebe",
            "he",
            "pron",
        ),
        q('"by the end of next year, easily."', "Devin Achebe", "the founder", "nom", "mixed"),
        q('"Schools buy slowly, and they buy in August,"', "Rachel Venn", "she", "pron"),
        I(
            '"Startups that planned for consumer-speed growth are finding that out the hard way."',
            "Rachel Venn",
        ),
        q('"I loved the work,"', "Rashida Pryor", "she", "pron"),
        I('"I just don\'t want to love a company that much again."', "Rashida Pryor"),
    ],
    ['"Ship It Before Lunch,"'],
)
# ---------------------------------------------------------------- 021
doc(
    "dev3:021-court-embezzlement-sentencing",
    "court sentencing; the judge (nominal) over several paragraphs with a long multi-paragraph quote from the bench; victim-impact statements read aloud by two women, one identified by title-before-name; the defendant (nominal) and his lawyer (two men); he resolving to the defendant after the lawyer is named; prosecutors wrote (generic nominal, mixed); scare quotes and a nickname as negatives",
    """
Former Church Treasurer Gets Six Years for Stealing $1.3 Million

RIVERTON - A former treasurer of the Riverton Community Church who stole more than $1.3 million from the congregation over nine years was sentenced Thursday to six years in prison by a judge who said he had "betrayed the trust of people who trusted him with everything."

Philip Anstey, 61, pleaded guilty in January to wire fraud and filing false tax returns. Prosecutors said he used church money to pay for a lake house, two cars and gambling trips, and hid the thefts by creating what he called "adjustment entries" in the church's books.

Before handing down the sentence, U.S. District Judge Lorraine Whitcomb spoke for several minutes from the bench.

"Mr. Anstey, you did not steal from a bank or an insurance company. You stole from a food pantry, a youth group and a fund for families who could not pay their heating bills," the judge said. "Every dollar you took was a dollar somebody gave because they believed it would help someone.

"I have read the letters from your friends, and I believe them when they say you have done good things in your life. But the good things do not cancel out what you did here.

"They make it harder to understand."

Prosecutors had asked for eight years. In a sentencing memo, they wrote that Anstey had shown "remorse only after he was caught, and only in proportion to his chances of a lighter sentence."

His lawyer, Jonathan Reyes, asked for three years, noting that Anstey had no prior record and had already repaid about $200,000 by selling the lake house. "He is not the same man who did these things," Reyes told the court. "He has spent the last two years facing what he did, every single day."

Anstey, wearing a gray suit, stood to address the court and the roughly 60 church members who filled the gallery. His voice broke several times.

"I was the person you trusted, and I lied to you for nine years," the defendant said. "I am ashamed. I will be ashamed for the rest of my life."

Two members of the congregation read victim-impact statements. Pastor Grace Ellison, who has led the church since 2011, said the thefts had forced the congregation to close its food pantry for eight months.

"We told families we didn't have the money," she said. "We did have the money. He had it."

The second, Marian Coles, 78, has volunteered at the church for four decades. She said she had considered Anstey a friend and had attended his daughter's wedding.

"I don't hate you, Phil," Coles said, turning toward the defense table. "But I don't know who you are."

The judge ordered Anstey to pay $1.1 million in restitution and to report to prison by April 15. She recommended that he serve his sentence at a minimum-security camp near Riverton so that his wife, who is ill, could visit.

Outside the courthouse, Reyes said his client accepted the sentence and would not appeal. Anstey left without speaking to reporters.

Asked whether the congregation could forgive him, the pastor paused. "Forgiveness is something we practice, not something we feel on command," she said. "Some days I practice better than others."

Church members have taken to calling the years of the thefts "the quiet years," because, Ellison said, nobody noticed anything was wrong. The food pantry reopened in September.
""",
    [
        q(
            '"betrayed the trust of people who trusted him with everything."',
            "Lorraine Whitcomb",
            "a judge",
            "nom",
            "mixed",
        ),
        q(
            '"Mr. Anstey, you did not steal from a bank or an insurance company. You stole from a food pantry, a youth group and a fund for families who could not pay their heating bills,"',
            "Lorraine Whitcomb",
            "the judge",
            "nom",
        ),
        I(
            '"Every dollar you took was a dollar somebody gave because they believed it would help someone.',
            "Lorraine Whitcomb",
        ),
        I(
            '"I have read the letters from your friends, and I believe them when they say you have done good things in your life. But the good things do not cancel out what you did here.',
            "Lorraine Whitcomb",
        ),
        I('"They make it harder to understand."', "Lorraine Whitcomb"),
        q(
            '"remorse only after he was caught, and only in proportion to his chances of a lighter sentence."',
            "Prosecutors",
            "they",
            "pron",
            "mixed",
        ),
        q('"He is not the same man who did these things,"', "Jonathan Reyes", "Reyes", "name~"),
        I(
            '"He has spent the last two years facing what he did, every single day."',
            "Jonathan Reyes",
        ),
        q(
            '"I was the person you trusted, and I lied to you for nine years,"',
            "Philip Anstey",
            "the defendant",
            "nom",
        ),
        I('"I am ashamed. I will be ashamed for the rest of my life."', "Philip Anstey"),
        q('"We told families we didn\'t have the money,"', "Grace Ellison", "she", "pron"),
        I('"We did have the money. He had it."', "Grace Ellison"),
        q('"I don\'t hate you, Phil,"', "Marian Coles", "Coles", "name~"),
        I('"But I don\'t know who you are."', "Marian Coles"),
        q(
            '"Forgiveness is something we practice, not something we feel on command,"',
            "Grace Ellison",
            "she",
            "pron",
        ),
        I('"Some days I practice better than others."', "Grace Ellison"),
    ],
    ['"adjustment entries"', '"the quiet years,"'],
)

# ---------------------------------------------------------------- 022
doc(
    "dev3:022-culture-museum-repatriation",
    "culture; curly quotes; museum as literal organisation speaker then the museum (nominal); director with title-before-name; tribal official quoted with a colon after the name (NAME said:) and as the 44-year-old; a former director wrote (generic nominal, mixed); a curator in an email with a mixed quote by She; a standalone quote whose speaker is named only in the following sentence; exhibition title and object nickname as negatives",
    """
Harbor City Museum Agrees to Return Sacred Objects to Tessaly Nation

HARBOR CITY - The Harbor City Museum of Natural History has agreed to return 214 ceremonial objects to the Tessaly Nation, ending a dispute that began more than thirty years ago when the tribe first asked for them back.

The objects, which include masks, rattles and a carved cedar box known among museum staff as \u201cthe Chief\u2019s Chest,\u201d were collected in the 1920s by a museum expedition. Most have not been displayed since the 1970s.

\u201cThese objects should never have left Tessaly land, and they will be going home,\u201d the Harbor City Museum of Natural History said in a statement on Tuesday. \u201cWe are sorry it took us so long to do what was right.\u201d

Museum Director Alan Whitford said in an interview that the decision followed a two-year review of the museum\u2019s records, which showed that several of the objects had been taken from a burial site without the tribe\u2019s consent.

\u201cWe had the documents in our own archive the whole time,\u201d Whitford said. \u201cNobody had looked at them carefully. That\u2019s on us.\u201d

The Tessaly Nation\u2019s cultural preservation officer, Joseph Redcloud, has led the tribe\u2019s effort to recover the objects since 2009. He is the grandson of one of the elders who first wrote to the museum in 1991.

Redcloud said: \u201cMy grandfather asked for these things back when I was a boy. He died before anyone answered him. I think about that every day.\u201d

The museum\u2019s earlier position was that the objects had been sold legally by tribal members. In a 1994 letter to the tribe, a former director wrote that the museum held them \u201cin trust for all humanity.\u201d Whitford, who became director in 2021, called that letter \u201can embarrassment.\u201d

\u201cIt was a way of saying no without saying no,\u201d he said. \u201cI don\u2019t want this museum to write letters like that anymore.\u201d

Redcloud, 44, said the tribe planned to hold a ceremony when the objects arrive this summer, and that some would eventually be shown in a new cultural center on the reservation.

\u201cSome will be seen by our children. Some will be put away and never seen again, because that is what they are for,\u201d the 44-year-old said. \u201cThat decision belongs to us now.\u201d

The return is one of the largest by an American museum in recent years. Federal rules adopted in 2024 require museums to get consent before displaying such objects.

In an email, the museum\u2019s curator of anthropology, Dana Oyelowo, said staff would spend several months preparing the objects for transport, including testing them for pesticides that museums once used to protect collections. She called the work \u201cslow, careful and overdue.\u201d

\u201cWe\u2019re treating every object as if it were going to a family,\u201d Oyelowo said. \u201cBecause it is.\u201d

The museum had planned to include a few of the masks in a coming exhibition, \u201cVoices of the Northwest Coast,\u201d which will now open without them. The museum said it would instead display photographs of the objects with text written by tribal members.

\u201cTheir absence will say more than their presence ever did.\u201d

Whitford offered that thought as he walked through the storage room where the objects have been kept for decades, most of them in gray cardboard boxes.
""",
    [
        q(
            "\u201cThese objects should never have left Tessaly land, and they will be going home,\u201d",
            "Harbor City Museum of Natural History",
            "the Harbor City Museum of Natural History",
            "name",
        ),
        I(
            "\u201cWe are sorry it took us so long to do what was right.\u201d",
            "Harbor City Museum of Natural History",
        ),
        q(
            "\u201cWe had the documents in our own archive the whole time,\u201d",
            "Alan Whitford",
            "Whitford",
            "name~",
        ),
        I("\u201cNobody had looked at them carefully. That\u2019s on us.\u201d", "Alan Whitford"),
        q(
            "\u201cMy grandfather asked for these things back when I was a boy. He died before anyone answered him. I think about that every day.\u201d",
            "Joseph Redcloud",
            "Redcloud",
            "name~",
        ),
        q(
            "\u201cin trust for all humanity.\u201d",
            "a former director",
            "a former director",
            "nom=",
            "mixed",
        ),
        q("\u201can embarrassment.\u201d", "Alan Whitford", "Whitford", "name~", "mixed"),
        q(
            "\u201cIt was a way of saying no without saying no,\u201d",
            "Alan Whitford",
            "he",
            "pron",
        ),
        I(
            "\u201cI don\u2019t want this museum to write letters like that anymore.\u201d",
            "Alan Whitford",
        ),
        q(
            "\u201cSome will be seen by our children. Some will be put away and never seen again, because that is what they are for,\u201d",
            "Joseph Redcloud",
            "the 44-year-old",
            "nom",
        ),
        I("\u201cThat decision belongs to us now.\u201d", "Joseph Redcloud"),
        q("\u201cslow, careful and overdue.\u201d", "Dana Oyelowo", "She", "pron", "mixed"),
        q(
            "\u201cWe\u2019re treating every object as if it were going to a family,\u201d",
            "Dana Oyelowo",
            "Oyelowo",
            "name~",
        ),
        I("\u201cBecause it is.\u201d", "Dana Oyelowo"),
        q(
            "\u201cTheir absence will say more than their presence ever did.\u201d",
            "Alan Whitford",
            "Whitford",
            "name~",
        ),
    ],
    ["\u201cthe Chief\u2019s Chest,\u201d", "\u201cVoices of the Northwest Coast,\u201d"],
)
# ---------------------------------------------------------------- 023
doc(
    "dev3:023-crime-investment-fraud-arrest",
    "crime; according to the complaint and the indictment (literal document sources, mixed); title-before-name prosecutor at a news conference; the agency said (nominal); defendant's lawyer in an email; victim quoted by the 72-year-old (nominal) and she past a nearer woman; text message quoted inside a mixed quote; two men (defendant and his partner) with he resolving to the partner; fund name and a nickname as negatives",
    """
Investment Adviser Charged With Running $40 Million Ponzi Scheme

An investment adviser from Marlow who promised retirees steady returns from what he called a "can't-miss" real estate fund was arrested on Tuesday and charged with running a Ponzi scheme that took in about $40 million from more than 300 investors, federal prosecutors said.

Curtis Vandermeer, 56, is charged with securities fraud, wire fraud and money laundering. According to the criminal complaint, Vandermeer told investors their money would buy apartment buildings in three states, when in fact most of it went to pay earlier investors and to cover his own expenses, including a yacht and a private-school tuition bill.

The complaint quotes a text message in which Vandermeer told an employee that the fund was "a house of cards, but a very nice house." He sent the message in 2021, prosecutors said, two years before new investments stopped coming in.

"Mr. Vandermeer sold safety to people who could least afford to lose it," U.S. Attorney Diane Kowalski said at a news conference on Tuesday. "He told them their retirement was in buildings. It was in his bank account."

The fund, Vandermeer Income Partners, marketed itself to retirees through free lunch seminars at restaurants and country clubs. Its brochures promised returns of 9 percent a year, "guaranteed by real, physical property," according to the complaint.

Vandermeer's business partner, Neil Haskins, has not been charged. Prosecutors said he was cooperating with the investigation. In a brief phone call, he said he had no knowledge of the fraud until late 2023.

"I found out the same way everyone else did, when the checks stopped," Haskins said. "I lost my own money too."

The Securities and Exchange Commission filed a separate civil lawsuit on Tuesday. The agency said it had frozen about $6 million in accounts controlled by Vandermeer. "Investors should be extremely cautious of any product that promises high returns with no risk," the agency said in a statement.

Vandermeer's lawyer, Allison Grant, said in an email that her client "intends to fight these charges" and had "always believed in the properties he invested in." She declined to answer further questions.

Among the investors was Evelyn Sato, a retired schoolteacher in Dunmore who put $310,000, nearly all of her savings, into the fund in 2019. Her daughter, Karen, said she had urged her mother to pull the money out two years ago.

"He was so charming. He remembered my late husband's name. He sent flowers when I had my knee surgery," the 72-year-old said in an interview at her kitchen table. "I thought he was my friend."

She said she had received quarterly checks for four years before they stopped without explanation last spring. Her daughter had called the fund's office dozens of times.

"They kept telling Mom the money was tied up in a sale," Karen Sato said. "There was no sale. There was no money."

The elder Sato said she had since sold her car and taken a part-time job at a library to cover her bills. "I'm 72 and I'm working again," she said. "I'm not angry. I'm just tired."

According to the indictment, Vandermeer referred to his seminar guests in internal emails as "the lunch crowd." If convicted, he faces up to 20 years in prison on the most serious charge.

He was released on a $2 million bond and ordered to surrender his passport. His next court date is in May.
""",
    [
        q(
            '"a house of cards, but a very nice house."',
            "Curtis Vandermeer",
            "Vandermeer",
            "name~",
            "mixed",
        ),
        q(
            '"Mr. Vandermeer sold safety to people who could least afford to lose it,"',
            "Diane Kowalski",
            "U.S. Attorney Diane Kowalski",
            "name",
        ),
        I(
            '"He told them their retirement was in buildings. It was in his bank account."',
            "Diane Kowalski",
        ),
        q(
            '"guaranteed by real, physical property,"',
            "Vandermeer Income Partners",
            "Its brochures",
            "nom",
            "mixed",
        ),
        q(
            '"I found out the same way everyone else did, when the checks stopped,"',
            "Neil Haskins",
            "Haskins",
            "name~",
        ),
        I('"I lost my own money too."', "Neil Haskins"),
        q(
            '"Investors should be extremely cautious of any product that promises high returns with no risk,"',
            "Securities and Exchange Commission",
            "the agency",
            "nom",
        ),
        q(
            '"intends to fight these charges"',
            "Allison Grant",
            "Vandermeer's lawyer, Allison Grant",
            "name",
            "mixed",
        ),
        q(
            '"always believed in the properties he invested in."',
            "Allison Grant",
            "Vandermeer's lawyer, Allison Grant",
            "name",
            "mixed",
        ),
        q(
            '"He was so charming. He remembered my late husband\'s name. He sent flowers when I had my knee surgery,"',
            "Evelyn Sato",
            "the 72-year-old",
            "nom",
        ),
        I('"I thought he was my friend."', "Evelyn Sato"),
        q(
            '"They kept telling Mom the money was tied up in a sale,"',
            "Karen Sato",
            "Karen Sato",
            "name",
        ),
        I('"There was no sale. There was no money."', "Karen Sato"),
        q("\"I'm 72 and I'm working again,\"", "Evelyn Sato", "she", "pron"),
        I("\"I'm not angry. I'm just tired.\"", "Evelyn Sato"),
    ],
    ['"can\'t-miss"', '"the lunch crowd."'],
)

# ---------------------------------------------------------------- 024
doc(
    "dev3:024-public-radio-wildfire-evacuation",
    "public-radio style: short paragraphs, present-tense says and says NAME; standalone quote paragraphs continuing the previous speaker (inherited) and then switching speaker; a husband and wife sharing a surname (bare Ortiz is the husband); a fire chief whose colon lead-in (He told the crowd:) stands in its own paragraph, so both quote paragraphs are inherited; he for the husband after the fire chief is named; the neighbour with she; title-before-name sheriff posted on Facebook (mixed); speaker named only in the sentence after a standalone quote (That's Marisol again); shelter nickname as negative",
    """
Evacuees From the Copper Ridge Fire Wait, and Watch the Hills

The parking lot of the Dorrance High School gym is full of cars packed to the roofs.

Pet carriers. Photo albums. A grandfather clock, wrapped in a moving blanket, strapped into the back of a pickup.

This is where people from Pine Flat came when the Copper Ridge Fire jumped the highway on Tuesday night.

Luis Ortiz and his wife, Marisol, left with about fifteen minutes' warning.

"The sheriff's deputy knocked and said, 'You have to go now. Not in an hour. Now,'" Ortiz says. "So we went."

"We took the dog and the pills. That's it. Everything else is still up there."

His wife shakes her head at that.

"He took the dog and the pills," Marisol Ortiz says. "I took the pictures of our kids. Somebody had to."

The fire has burned more than 31,000 acres since it started on Sunday. It's about 10 percent contained.

Fire Chief Roland Meeker, of the Kessel Basin Fire District, gave an update at the gym this morning. He stood on a folding chair so people in the back could see him.

He told the crowd:

"I'm not going to stand up here and tell you your houses are fine. I don't know that yet. Some of them aren't.

"What I can tell you is that every crew we have is on that ridge right now, and they will be there tonight."

People listened in silence. A few cried.

The state forestry agency says more than 900 firefighters are now assigned to the fire. The agency says winds are expected to ease by Friday, which could give crews a chance to build containment lines.

Sheriff Wanda Pruett posted on Facebook overnight that anyone who ignored the evacuation order was "putting their own life and the lives of my deputies at risk."

Not everyone left. Ortiz's neighbor, Helen Tsai, stayed behind for a day to water her roof with a garden hose.

"I know, I know," she says. "My son already yelled at me."

Tsai left on Wednesday morning when the smoke got too thick to see the end of her driveway. She's staying with her son in Riverton now, but she drove back to the gym today to find out about her street.

Nobody has been able to tell her.

Meeker, the fire chief, says residents of Pine Flat shouldn't expect to go home before the weekend.

Luis Ortiz says he'll wait as long as it takes. He's lived in Pine Flat for 34 years. He built the house himself.

"It's just a house," he says. "I keep telling myself that."

"It's not just a house."

That's Marisol again, from the passenger seat. She doesn't look at him when she says it.

Inside the gym, which volunteers have nicknamed "the Pine Flat Hotel," the Red Cross has set up about 200 cots. There's coffee, and a table of donated sandwiches, and a whiteboard where people write the names of streets they've heard news about.

Pine Flat Road isn't on it yet.
""",
    [
        q(
            "\"The sheriff's deputy knocked and said, 'You have to go now. Not in an hour. Now,'\"",
            "Luis Ortiz",
            "Ortiz",
            "name~",
        ),
        I('"So we went."', "Luis Ortiz"),
        I(
            '"We took the dog and the pills. That\'s it. Everything else is still up there."',
            "Luis Ortiz",
        ),
        q('"He took the dog and the pills,"', "Marisol Ortiz", "Marisol Ortiz", "name"),
        I('"I took the pictures of our kids. Somebody had to."', "Marisol Ortiz"),
        I(
            "\"I'm not going to stand up here and tell you your houses are fine. I don't know that yet. Some of them aren't.",
            "Roland Meeker",
        ),
        I(
            '"What I can tell you is that every crew we have is on that ridge right now, and they will be there tonight."',
            "Roland Meeker",
        ),
        q(
            '"putting their own life and the lives of my deputies at risk."',
            "Wanda Pruett",
            "Sheriff Wanda Pruett",
            "name",
            "mixed",
        ),
        q('"I know, I know,"', "Helen Tsai", "she", "pron"),
        I('"My son already yelled at me."', "Helen Tsai"),
        q('"It\'s just a house,"', "Luis Ortiz", "he", "pron"),
        I('"I keep telling myself that."', "Luis Ortiz"),
        q('"It\'s not just a house."', "Marisol Ortiz", "Marisol", "name~"),
    ],
    ['"the Pine Flat Hotel,"'],
)


# ---------------------------------------------------------------- checks
def fail(msg):
    sys.exit("make_quotes.py: " + msg)


def locate(text, sub, occ, where):
    idxs = [m.start() for m in re.finditer(re.escape(sub), text)]
    if not idxs:
        fail(f"{where}: substring not found: {sub[:60]!r}")
    if occ is None:
        if len(idxs) > 1:
            fail(f"{where}: ambiguous substring ({len(idxs)} hits): {sub[:60]!r}")
        return idxs[0]
    if occ >= len(idxs):
        fail(f"{where}: occurrence {occ} out of range for {sub[:60]!r}")
    return idxs[occ]


def build():
    out = []
    seen = set()
    for d in DOCS:
        did, text = d["id"], d["text"]
        if did in seen:
            fail(f"duplicate id {did}")
        seen.add(did)
        # layout: title line, blank line, paragraphs separated by single blank lines
        if text != text.strip() or "\n\n\n" in text or "\r" in text:
            fail(f"{did}: bad whitespace layout")
        blocks = text.split("\n\n")
        if (
            len(blocks) < 3
            or any("\n" in b for b in blocks)
            or any(b != b.strip() or not b for b in blocks)
        ):
            fail(f"{did}: layout must be title, blank line, single-line paragraphs")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            fail(f"{did}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        spans = []
        for i, g in enumerate(d["quotes"]):
            where = f"{did} quote {i}"
            s = locate(text, g["text"], g["occ"], where)
            e = s + len(g["text"])
            if text[s] not in OPEN:
                fail(f"{where}: does not start with an opening mark")
            if text[e - 1] not in CLOSE:
                # first (or middle) paragraph of a multi-paragraph quote
                if not (e == len(text) or text[e] == "\n"):
                    fail(f"{where}: no closing mark and does not run to end of paragraph")
                nxt = text.find("\n\n", e - 1)
                if nxt == -1 or text[nxt + 2] not in OPEN:
                    fail(f"{where}: open paragraph not followed by a continuing quote paragraph")
            inh = g["speaker_type"] == "inherited"
            if (g["speaker_raw"] is None) != inh or (g["speaker_resolved"] == "inherited") != inh:
                fail(f"{where}: label rule broken")
            if not g["speaker"]:
                fail(f"{where}: missing speaker")
            if g["kind"] not in ("direct", "mixed"):
                fail(f"{where}: bad kind")
            if g["speaker_raw"] is not None and g["speaker_raw"] not in text:
                fail(f"{where}: speaker_raw not in text: {g['speaker_raw']!r}")
            spans.append((s, e, g))
        spans.sort(key=lambda x: x[0])
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            if s2 < e1:
                fail(f"{did}: overlapping spans at {s1} and {s2}")
        covered = [False] * len(text)
        for s, e, _ in spans:
            for k in range(s, e):
                covered[k] = True
        for hn in d["negs"]:
            hits = [m.start() for m in re.finditer(re.escape(hn), text)]
            if not hits:
                fail(f"{did}: hard negative not found: {hn!r}")
            for h in hits:
                if any(covered[k] for k in range(h, h + len(hn))):
                    fail(f"{did}: hard negative overlaps gold: {hn!r}")
        neg_cov = [False] * len(text)
        for hn in d["negs"]:
            for m in re.finditer(re.escape(hn), text):
                for k in range(m.start(), m.end()):
                    neg_cov[k] = True
        for k, ch in enumerate(text):
            if ch in MARKS and not covered[k] and not neg_cov[k]:
                fail(f"{did}: stray quotation mark at {k}: {text[max(0, k - 30) : k + 30]!r}")
        quotes = [
            dict(
                start=s,
                end=e,
                text=text[s:e],
                speaker=g["speaker"],
                speaker_raw=g["speaker_raw"],
                speaker_type=g["speaker_type"],
                speaker_resolved=g["speaker_resolved"],
                kind=g["kind"],
            )
            for s, e, g in spans
        ]
        out.append(
            dict(
                id=did,
                text=text,
                quotes=quotes,
                meta=dict(source=SOURCE, notes=d["notes"], hard_negatives=d["negs"], words=words),
            )
        )
    return out


def main():
    docs = build()
    n_q = sum(len(d["quotes"]) for d in docs)
    if len(docs) < MIN_DOCS or n_q < MIN_QUOTES:
        fail(f"too small: {len(docs)} docs, {n_q} quotes")
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter

    st = Counter(q["speaker_type"] for d in docs for q in d["quotes"])
    kd = Counter(q["kind"] for d in docs for q in d["quotes"])
    rs = Counter(q["speaker_resolved"] for d in docs for q in d["quotes"])
    w = [d["meta"]["words"] for d in docs]
    print(f"{len(docs)} documents, {n_q} quotes, words {min(w)}-{max(w)} total {sum(w)}")
    print("speaker_type", dict(st))
    print("kind", dict(kd))
    print("resolved", dict(rs))
    print("hard negatives", sum(len(d["meta"]["hard_negatives"]) for d in docs))


if __name__ == "__main__":
    main()
