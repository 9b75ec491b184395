#!/usr/bin/env python3
"""Generate quotes.jsonl for the second development set (annotations-dev2).

Every document and label was written for this project (CC0); all people,
organisations, places and events are invented. Offsets are computed from exact
substrings; the script refuses to write anything if a check fails.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "quotes.jsonl"
SOURCE = "written for archiver annotations-dev2 (invented, CC0)"

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
    return dict(text=text, speaker=speaker, speaker_raw=raw, speaker_type=stype,
                speaker_resolved=res, kind=kind, occ=occ)


def I(text, speaker):
    return q(text, speaker, None, "inh")


DOCS = []


def doc(id_, notes, text, quotes, negs=()):
    DOCS.append(dict(id=id_, notes=notes, text=text.strip("\n"), quotes=quotes, negs=list(negs)))


# ---------------------------------------------------------------- 001
doc("dev2:001-courts-new-trial-motion",
    "wrote in a filing with possessive appositive; defense lawyer re-cued by surname; mixed quote from spokeswoman; pronoun he (judge); pronoun she in interview; report title and scare term as negatives",
    '''
Defense Seeks New Trial for Former Port Official in Bid-Rigging Case

Lawyers for a former Port of Callender procurement chief asked a federal judge on Monday to throw out his conviction, arguing that prosecutors withheld emails that could have helped his defense.

Owen Strack, 58, was convicted in March of steering $14 million in dredging contracts to a company run by his brother-in-law. He has been free on bond while awaiting sentencing.

"The government sat on evidence that went to the heart of this case," Strack's attorney, Lorena Vasquez-Tull, wrote in a filing in U.S. District Court. "Had the jury seen those messages, it would have reached a different verdict."

The emails, which the defense says surfaced only after trial, show other port staff discussing the dredging bids weeks before Strack saw them, according to the motion.

The U.S. Attorney's Office declined to comment on the filing itself. In a brief statement, a spokeswoman, Danielle Pruitt, said prosecutors "turned over every document we were required to turn over, and then some."

Speaking outside the courthouse, the defense lawyer was blunter. "My client has been convicted on half a story," Vasquez-Tull said. "We want the jury to hear the other half."

Judge Ambrose Teller, who presided over the two-week trial, gave prosecutors until June 2 to respond. At a hearing last week he cautioned both sides against trying the case in the press. "I read the newspapers too," he said. "I would prefer to read your arguments in your briefs."

Former port commissioner Gail Novak, who testified for the prosecution, said in an interview that she was surprised by the motion. "Nobody at the port thought those contracts were handled cleanly," she said. "Not then, and not now."

The case, United States v. Strack, drew attention last year when a local watchdog group published a report titled "Dredged Up: Inside the Port's Contracting Machine." The port has since adopted what officials call a "two-key" rule requiring two signatures on any contract above $250,000.

Sentencing, originally set for July, has been postponed until the judge rules on the motion.
''',
    [
        q('"The government sat on evidence that went to the heart of this case,"', "Lorena Vasquez-Tull", "Strack's attorney, Lorena Vasquez-Tull", "name"),
        I('"Had the jury seen those messages, it would have reached a different verdict."', "Lorena Vasquez-Tull"),
        q('"turned over every document we were required to turn over, and then some."', "Danielle Pruitt", "a spokeswoman, Danielle Pruitt", "name", "mixed"),
        q('"My client has been convicted on half a story,"', "Lorena Vasquez-Tull", "Vasquez-Tull", "name~"),
        I('"We want the jury to hear the other half."', "Lorena Vasquez-Tull"),
        q('"I read the newspapers too,"', "Ambrose Teller", "he", "pron"),
        I('"I would prefer to read your arguments in your briefs."', "Ambrose Teller"),
        q('"Nobody at the port thought those contracts were handled cleanly,"', "Gail Novak", "she", "pron"),
        I('"Not then, and not now."', "Gail Novak"),
    ],
    ['"Dredged Up: Inside the Port\'s Contracting Machine."', '"two-key"'])

# ---------------------------------------------------------------- 002
doc("dev2:002-cityhall-parking-meters",
    "said Tuesday; pronoun he whose referent was introduced two sentences earlier with a woman in between; mixed quotes; the mayor (nominal); sign slogan and programme name as negatives",
    '''
Council Delays Vote on Downtown Parking Meters After Heated Hearing

Elmhurst Falls council members on Tuesday postponed a vote on extending parking meter hours downtown until 10 p.m., after more than three hours of public comment that was mostly hostile to the plan.

The proposal, backed by Mayor Corinne Adeyemi, would raise an estimated $1.1 million a year for street repairs. "We have potholes that are older than some of our interns," Adeyemi said Tuesday. "That money has to come from somewhere."

Council member Theo Lindqvist, who represents the downtown ward, said he had heard from dozens of restaurant owners worried about losing dinner customers. Deputy City Manager Ruth Okafor then presented figures showing that evening occupancy downtown routinely tops 90 percent. "Full spaces are a sign of a healthy downtown, not a problem to be taxed," he said.

Okafor, for her part, said the city's own surveys found that "most evening visitors circle the block at least twice."

Residents who spoke were less restrained. Hal Brennan, 71, who has run a shoe repair shop on Canal Street since 1989, held up a hand-lettered sign reading "Meters Kill Main Street." "You charge people to park at night, they go to the mall," Brennan said. "The mall has free parking and no meters."

Another speaker, a nurse named Isabel Fontaine who said she parks downtown for late shifts at St. Brigid's Hospital, asked the council for an exemption for health workers. "I'm not going to pay to go to work at midnight," she said.

The council voted 5-2 to send the proposal back to its transportation committee. Adeyemi said afterward that she was "not discouraged" and expected a revised plan by September.

"Democracy is loud," the mayor told reporters as she left the chamber. "That's how it's supposed to be."

The meter plan is one piece of what city staff describe in budget documents as the "Curb Value" initiative. Lindqvist, who voted with the majority, wants that piece scrapped entirely.
''',
    [
        q('"We have potholes that are older than some of our interns,"', "Corinne Adeyemi", "Adeyemi", "name~"),
        I('"That money has to come from somewhere."', "Corinne Adeyemi"),
        q('"Full spaces are a sign of a healthy downtown, not a problem to be taxed,"', "Theo Lindqvist", "he", "pron"),
        q('"most evening visitors circle the block at least twice."', "Ruth Okafor", "Okafor", "name~", "mixed"),
        q('"You charge people to park at night, they go to the mall,"', "Hal Brennan", "Brennan", "name~"),
        I('"The mall has free parking and no meters."', "Hal Brennan"),
        q('"I\'m not going to pay to go to work at midnight,"', "Isabel Fontaine", "she", "pron"),
        q('"not discouraged"', "Corinne Adeyemi", "Adeyemi", "name~", "mixed"),
        q('"Democracy is loud,"', "Corinne Adeyemi", "the mayor", "nom"),
        I('"That\'s how it\'s supposed to be."', "Corinne Adeyemi"),
    ],
    ['"Meters Kill Main Street."', '"Curb Value"'])

# ---------------------------------------------------------------- 003
doc("dev2:003-business-store-closures",
    "curly quotes; on a call with analysts; long appositive with relative clause; pronoun It for the retailer in a mixed quote; pronoun he and she; brand and programme names as negatives",
    '''
Harrow & Lyle to Close 40 Stores as Online Sales Climb

Harrow & Lyle, the 112-year-old department store chain, said Wednesday it would close 40 of its 210 stores by the end of the year and cut about 1,800 jobs, as shoppers continue to move online.

\u201cThis was not a decision we made lightly,\u201d Chief Executive Miriam Castellanos said on a call with analysts. \u201cBut the stores we are closing have been losing money for years, and we owe it to the rest of the company to act.\u201d

The retailer said the closures would save about $95 million a year. It did not name the stores, but said in a statement that employees would be offered \u201ctransfer opportunities wherever possible.\u201d

Analysts were not surprised. \u201cHarrow & Lyle has too many stores in too many malls that nobody visits anymore,\u201d said Kendra Obi, a retail analyst at Fairmount Securities who has covered the company for a decade. \u201cForty is probably not the last number we\u2019ll hear.\u201d

Obi added that the chain\u2019s private-label clothing brand, sold under the name \u201cLyle & Co.,\u201d remained a bright spot.

Workers at the company\u2019s store in Bramford learned of the closures from the news. Dennis Whitcombe, a shoe salesman who has worked there for 26 years, said he found out from his daughter. \u201cShe texted me a link and asked if I still had a job,\u201d he said. \u201cI had to tell her I didn\u2019t know.\u201d

The retailer\u2019s shares rose 4 percent in afternoon trading. The company said it would invest the savings in its website and in a loyalty program it calls \u201cLyle Rewards.\u201d

In an interview, Castellanos said the chain\u2019s remaining stores would be remodeled over three years. \u201cThe department store is not dead,\u201d she said. \u201cThe tired department store is.\u201d
''',
    [
        q('\u201cThis was not a decision we made lightly,\u201d', "Miriam Castellanos", "Chief Executive Miriam Castellanos", "name"),
        I('\u201cBut the stores we are closing have been losing money for years, and we owe it to the rest of the company to act.\u201d', "Miriam Castellanos"),
        q('\u201ctransfer opportunities wherever possible.\u201d', "Harrow & Lyle", "It", "pron", "mixed"),
        q('\u201cHarrow & Lyle has too many stores in too many malls that nobody visits anymore,\u201d', "Kendra Obi", "Kendra Obi", "name"),
        I('\u201cForty is probably not the last number we\u2019ll hear.\u201d', "Kendra Obi"),
        q('\u201cShe texted me a link and asked if I still had a job,\u201d', "Dennis Whitcombe", "he", "pron"),
        I('\u201cI had to tell her I didn\u2019t know.\u201d', "Dennis Whitcombe"),
        q('\u201cThe department store is not dead,\u201d', "Miriam Castellanos", "she", "pron"),
        I('\u201cThe tired department store is.\u201d', "Miriam Castellanos"),
    ],
    ['\u201cLyle & Co.,\u201d', '\u201cLyle Rewards.\u201d'])

# ---------------------------------------------------------------- 004
doc("dev2:004-sports-coach-retires",
    "public-radio feature style; told The Wexford Courier; nested single quote; the coach (nominal); pronoun she in mixed quote; T-shirt slogan and song title as negatives",
    '''
After 19 Seasons, Wexford High's Coach Calls It a Career

For 19 seasons, Marcus Dunleavy has paced the same stretch of sideline at Wexford High School, clipboard in one hand, whistle in the other. On Friday night, after the Wolves lost a state semifinal to Carver Prep, he told his players it was his last game.

"I looked at those kids and I thought, 'They deserve somebody with more gas in the tank,'" Dunleavy told The Wexford Courier after the game. "I've been running on fumes since October."

Dunleavy, 63, won three state titles and more than 170 games at Wexford. Former players describe him as demanding but fair. One of them, Jalen Royce, now a linebacker at Midland State, said the coach once made him run laps for skipping a chemistry quiz.

"He cared more about my grades than my tackles," Royce said in a phone interview. "At 16, I hated that. At 21, I get it."

Athletic director Simone Baptiste said the school would begin a search for a replacement in January. She called Dunleavy "the soul of this program" and said the school planned to name the field after him.

The coach, for his part, said he has no plans beyond fishing and sleeping in. "My wife has a list of projects," he said, laughing. "It's a long list."

Asked about Friday's loss, which ended on a missed field goal as time expired, he did not dwell on it. "We lost to a better team tonight," the coach said. "That happens. You shake hands, you get on the bus."

Carver Prep coach Ted Halvorsen, who played against Dunleavy's teams for a decade before taking the job, was among the first to find him on the field afterward. "There's no coach in this state I respect more," Halvorsen said.

Students at Wexford have already printed T-shirts reading "Thanks, Coach D," and the school band closed its postgame set with a slow rendition of "Auld Lang Syne."
''',
    [
        q('"I looked at those kids and I thought, \'They deserve somebody with more gas in the tank,\'"', "Marcus Dunleavy", "Dunleavy", "name~"),
        I('"I\'ve been running on fumes since October."', "Marcus Dunleavy"),
        q('"He cared more about my grades than my tackles,"', "Jalen Royce", "Royce", "name~"),
        I('"At 16, I hated that. At 21, I get it."', "Jalen Royce"),
        q('"the soul of this program"', "Simone Baptiste", "She", "pron", "mixed"),
        q('"My wife has a list of projects,"', "Marcus Dunleavy", "he", "pron"),
        I('"It\'s a long list."', "Marcus Dunleavy"),
        q('"We lost to a better team tonight,"', "Marcus Dunleavy", "the coach", "nom"),
        I('"That happens. You shake hands, you get on the bus."', "Marcus Dunleavy"),
        q('"There\'s no coach in this state I respect more,"', "Ted Halvorsen", "Halvorsen", "name~"),
    ],
    ['"Thanks, Coach D,"', '"Auld Lang Syne."'])

# ---------------------------------------------------------------- 005
doc("dev2:005-health-measles-exposure",
    "according to a statement from the department; two-paragraph quote after a colon lead-in (all segments inherited); pronoun he; mixed quote; the agency (nominal); campaign name as negative",
    '''
State Health Agency Warns of Measles Exposure at Two Clinics

The Coastal State Department of Public Health said Thursday that as many as 300 people may have been exposed to measles at two outpatient clinics in Port Adair last week, and urged anyone who is not vaccinated to contact a doctor.

"Measles is one of the most contagious diseases we know of," according to a statement from the department. "A single case in a crowded waiting room can lead to dozens more."

The agency said the infected patient, an adult who had recently returned from overseas travel, visited the Harborview Family Clinic on May 6 and the Eastside Urgent Care on May 8. Both clinics have notified patients who were there at the same times.

Dr. Nadia Fairbanks, the state epidemiologist, said at a news briefing that vaccination rates in Port Adair's schools have fallen for five straight years. She described the trend in detail:

"When I started this job, almost every kindergarten in the county was above 95 percent. Today, a third of them are below 90. That is the range where outbreaks become likely rather than possible.

"We are not trying to scare anyone. We are trying to get people to check their records before it's too late."

Eastside Urgent Care's medical director, Dr. Paul Imrie, said staff had followed infection-control protocols. "We isolated the patient as soon as the rash was recognized," he said. "Unfortunately, by then the patient had been in the lobby for almost an hour."

The department has set up a hotline and posted a list of exposure times on its website. It also plans to run free vaccination clinics this weekend under a campaign called "Check Your Shots."

Some parents remain unconvinced. Laurel Dixon, whose two children attend school in Port Adair, said vaccines were "a personal choice, not a government one." She said she would not take her children to the clinics.

"We expect to see more cases in the next two weeks," the agency said in a follow-up post on Friday, adding that it would update its count of confirmed cases each weekday.
''',
    [
        q('"Measles is one of the most contagious diseases we know of,"', "Coastal State Department of Public Health", "a statement from the department", "nom"),
        I('"A single case in a crowded waiting room can lead to dozens more."', "Coastal State Department of Public Health"),
        I('"When I started this job, almost every kindergarten in the county was above 95 percent. Today, a third of them are below 90. That is the range where outbreaks become likely rather than possible.', "Nadia Fairbanks"),
        I('"We are not trying to scare anyone. We are trying to get people to check their records before it\'s too late."', "Nadia Fairbanks"),
        q('"We isolated the patient as soon as the rash was recognized,"', "Paul Imrie", "he", "pron"),
        I('"Unfortunately, by then the patient had been in the lobby for almost an hour."', "Paul Imrie"),
        q('"a personal choice, not a government one."', "Laurel Dixon", "Laurel Dixon", "name", "mixed"),
        q('"We expect to see more cases in the next two weeks,"', "Coastal State Department of Public Health", "the agency", "nom"),
    ],
    ['"Check Your Shots."'])

# ---------------------------------------------------------------- 006
doc("dev2:006-tech-doorbell-recall",
    "wrote in a post on the company's blog; told The Front Range Ledger; the company told him (mixed, nominal); said in an interview; pronoun she and he in mixed quotes; headline as negative",
    '''
Startup's Smart Doorbell Recall Leaves Customers in the Dark

Brightlatch, a Denver-based maker of connected home devices, recalled about 220,000 video doorbells on Monday after reports that the devices could overheat and, in a handful of cases, melt their mounting plates.

The U.S. Consumer Product Safety Commission said it had received 31 reports of overheating, including two that caused minor burns. Owners were told to stop using the doorbells immediately and disconnect them from power.

"We are deeply sorry to the customers who trusted us to protect their homes," Brightlatch co-founder and chief executive Aaron Pell wrote in a post on the company's blog. "We fell short, and we are going to make it right."

The company is offering full refunds or a replacement model, which it says uses a redesigned battery. But customers who contacted Brightlatch on Monday reported hours-long waits and a website that repeatedly crashed.

"I spent 90 minutes on hold and then the call dropped," Sunita Raghavan, a software tester in Aurora, told The Front Range Ledger. "For a company that sells you peace of mind, that's pretty ironic."

Security researcher Colm Farragher, who first flagged the overheating problem last fall, said Brightlatch had been slow to act. He posted photos of a scorched unit in November under the headline "Why is my doorbell hot?" and said the company had initially told him the issue was "cosmetic."

"They knew about this for at least six months," Farragher said in an interview. "Every week they waited was another week of people mounting these things next to wooden door frames."

A Brightlatch spokeswoman, Gwen Aldana, disputed that account. The company began its own investigation in December, she said, and "moved as quickly as the evidence allowed."

Pell, 34, founded the company in 2018 with a college roommate. In an interview last year with a trade magazine, he described Brightlatch's approach as "move fast, but never break the customer's trust."

The recall covers the Brightlatch Halo and Halo Plus models sold between March 2022 and January 2024.
''',
    [
        q('"We are deeply sorry to the customers who trusted us to protect their homes,"', "Aaron Pell", "Brightlatch co-founder and chief executive Aaron Pell", "name"),
        I('"We fell short, and we are going to make it right."', "Aaron Pell"),
        q('"I spent 90 minutes on hold and then the call dropped,"', "Sunita Raghavan", "Sunita Raghavan", "name"),
        I('"For a company that sells you peace of mind, that\'s pretty ironic."', "Sunita Raghavan"),
        q('"cosmetic."', "Brightlatch", "the company", "nom", "mixed"),
        q('"They knew about this for at least six months,"', "Colm Farragher", "Farragher", "name~"),
        I('"Every week they waited was another week of people mounting these things next to wooden door frames."', "Colm Farragher"),
        q('"moved as quickly as the evidence allowed."', "Gwen Aldana", "she", "pron", "mixed"),
        q('"move fast, but never break the customer\'s trust."', "Aaron Pell", "he", "pron", "mixed"),
    ],
    ['"Why is my doorbell hot?"'])

# ---------------------------------------------------------------- 007
doc("dev2:007-science-fog-beetle",
    "curly quotes; Dr. NAME with long appositive; the team wrote in the paper (generic nominal); pronoun he after a name-only lead-in; mixed quote by surname; report title as negative",
    '''
Tiny Beetle Found to Survive Months Without Water, Study Says

A beetle no bigger than a grain of rice can survive for up to eight months without drinking, by pulling moisture out of the air through grooves on its back, according to a study published Wednesday in the Journal of Arid Ecology.

The insect, Stenocara minuta, lives in the gravel plains of a coastal desert where it almost never rains. Researchers had long suspected it drew water from fog, but no one had measured how much.

\u201cWe were stunned by the numbers,\u201d said Dr. Ingrid Solheim, an entomologist at the University of Tromsvik and the study\u2019s lead author. \u201cOn a foggy night, one beetle can collect nearly a fifth of its body weight in water.\u201d

Solheim and her colleagues filmed the beetles in a climate chamber over 14 months. In the paper, the team wrote that the grooves act like \u201ctiny gutters, channeling droplets straight to the mouth.\u201d

Not all scientists are convinced the finding will be useful outside the lab. Professor Luis Arteaga, a materials engineer at Coastal Polytechnic who was not involved in the research, said engineers have been trying to copy beetle shells for two decades.

\u201cEvery few years someone announces a beetle-inspired fog net,\u201d he said. \u201cThen you try to build one the size of a football field, and it clogs with dust in a week.\u201d

Still, Arteaga called the new measurements \u201cgenuinely useful\u201d for anyone designing such systems, and said he planned to use them in his own lab.

Solheim said she hoped the work would draw attention to the beetle\u2019s habitat, which is threatened by gravel mining. She noted that a government report, \u201cMinerals for the Future,\u201d proposes expanding quarries into the plains.

\u201cIf we lose these plains, we lose the beetle,\u201d she said. \u201cAnd we lose whatever else it could have taught us.\u201d

The mining ministry did not respond to a request for comment on Wednesday.
''',
    [
        q('\u201cWe were stunned by the numbers,\u201d', "Ingrid Solheim", "Dr. Ingrid Solheim", "name"),
        I('\u201cOn a foggy night, one beetle can collect nearly a fifth of its body weight in water.\u201d', "Ingrid Solheim"),
        q('\u201ctiny gutters, channeling droplets straight to the mouth.\u201d', "the team", "the team", "nom=", "mixed"),
        q('\u201cEvery few years someone announces a beetle-inspired fog net,\u201d', "Luis Arteaga", "he", "pron"),
        I('\u201cThen you try to build one the size of a football field, and it clogs with dust in a week.\u201d', "Luis Arteaga"),
        q('\u201cgenuinely useful\u201d', "Luis Arteaga", "Arteaga", "name~", "mixed"),
        q('\u201cIf we lose these plains, we lose the beetle,\u201d', "Ingrid Solheim", "she", "pron"),
        I('\u201cAnd we lose whatever else it could have taught us.\u201d', "Ingrid Solheim"),
    ],
    ['\u201cMinerals for the Future,\u201d'])

# ---------------------------------------------------------------- 008
doc("dev2:008-weather-flash-floods",
    "title+name literal at a briefing; nested slogan in single quotes; neighbour relations (Marchetti's neighbor, Joe Tanaka); pronoun she in mixed quote; the utility (nominal); alert service name as negative",
    '''
Flash Floods Cut Off Mountain Towns; Two Missing

Rescue crews used helicopters and inflatable boats on Sunday to reach residents stranded in three mountain towns after a night of torrential rain sent rivers surging over their banks. Two people were missing.

The National Weather Service said more than seven inches of rain fell in six hours over parts of Keel County, a rate its forecasters described as a once-in-500-years event.

"This is the worst flooding I have seen in 30 years of doing this job," Keel County Sheriff Dale Harkness said at a briefing Sunday morning. "Roads we use every day are simply gone."

The sheriff said the two missing people, a man and a woman in their 70s, were last seen trying to drive across a low-water bridge near the town of Ashgrove. He asked residents to stay off the roads. "'Turn around, don't drown' is not just a slogan," Harkness said. "It's the difference between going home and not."

In Ashgrove, Ellie Marchetti and her husband spent the night on the second floor of their home as water rose through the kitchen. Marchetti's neighbor, Joe Tanaka, paddled over in a kayak at dawn. "I just kept yelling her name until she came to the window," Tanaka said.

"He's the reason we're dry right now," Marchetti said, standing in a Red Cross shelter at the county fairgrounds. "Well, drier."

Gov. Patricia Linwood declared a state of emergency for Keel and two neighboring counties and said the state would ask for federal aid. In a statement, she said the damage was "going to be measured in the hundreds of millions."

Keel Valley Electric said about 12,000 customers were without power on Sunday evening. "Crews cannot safely reach many of the damaged lines until the water recedes," the utility said in an update on its website.

Forecasters expect drier weather through midweek. Local officials have urged residents to sign up for the county's text alert service, known as "KeelAlert."
''',
    [
        q('"This is the worst flooding I have seen in 30 years of doing this job,"', "Dale Harkness", "Keel County Sheriff Dale Harkness", "name"),
        I('"Roads we use every day are simply gone."', "Dale Harkness"),
        q('"\'Turn around, don\'t drown\' is not just a slogan,"', "Dale Harkness", "Harkness", "name~"),
        I('"It\'s the difference between going home and not."', "Dale Harkness"),
        q('"I just kept yelling her name until she came to the window,"', "Joe Tanaka", "Tanaka", "name~"),
        q('"He\'s the reason we\'re dry right now,"', "Ellie Marchetti", "Marchetti", "name~"),
        I('"Well, drier."', "Ellie Marchetti"),
        q('"going to be measured in the hundreds of millions."', "Patricia Linwood", "she", "pron", "mixed"),
        q('"Crews cannot safely reach many of the damaged lines until the water recedes,"', "Keel Valley Electric", "the utility", "nom"),
    ],
    ['"KeelAlert."'])

# ---------------------------------------------------------------- 009
doc("dev2:009-elections-primary-rally",
    "told the crowd with a quote running over three paragraphs (cue in the first); split quote with said between segments; long appositive after said; mixed quotes; nickname, button slogan and chant as negatives",
    '''
Challenger Rallies Supporters on Eve of Tight Senate Primary

State Rep. Yolanda Brightwater closed out her campaign for the 14th District state Senate seat on Monday night with a rally in a packed union hall, telling supporters that Tuesday's primary would come down to turnout.

"Polls don't vote," Brightwater told the crowd. "People vote. And I need every one of you to bring two friends.

"If you've got a neighbor who hasn't voted since 2016, knock on their door. If you've got a cousin who says it doesn't matter, tell them it does."

Her opponent, two-term incumbent Sen. Garrett Olmstead, spent the evening knocking on doors in the suburbs of Fenwick. In a brief interview, he said he was confident but "not taking a single vote for granted."

"I've delivered for this district," Olmstead said, "and people know it."

The race has turned unusually bitter. Olmstead's campaign has run ads calling Brightwater "Taxing Yolanda," a nickname she has since printed on her own T-shirts. Brightwater, for her part, has accused Olmstead of "hiding from voters" by skipping two scheduled debates.

"A few thousand votes either way decides it," said Howard Gaines, a political scientist at Fenwick State University who has studied legislative primaries for two decades. "Weather matters. A rainy Tuesday can swing the whole thing."

The 14th District stretches from the river towns in the south to the farm country north of Fenwick, and turnout in past primaries has rarely topped 20 percent.

Polls open at 7 a.m. Tuesday. Volunteers at the rally wore buttons reading "Bring Two," and the crowd chanted "Yo-lan-da!" as she left the stage.
''',
    [
        q('"Polls don\'t vote,"', "Yolanda Brightwater", "Brightwater", "name~"),
        I('"People vote. And I need every one of you to bring two friends.', "Yolanda Brightwater"),
        I('"If you\'ve got a neighbor who hasn\'t voted since 2016, knock on their door. If you\'ve got a cousin who says it doesn\'t matter, tell them it does."', "Yolanda Brightwater"),
        q('"not taking a single vote for granted."', "Garrett Olmstead", "he", "pron", "mixed"),
        q('"I\'ve delivered for this district,"', "Garrett Olmstead", "Olmstead", "name~"),
        I('"and people know it."', "Garrett Olmstead"),
        q('"hiding from voters"', "Yolanda Brightwater", "Brightwater", "name~", "mixed"),
        q('"A few thousand votes either way decides it,"', "Howard Gaines", "Howard Gaines", "name"),
        I('"Weather matters. A rainy Tuesday can swing the whole thing."', "Howard Gaines"),
    ],
    ['"Taxing Yolanda,"', '"Bring Two,"', '"Yo-lan-da!"'])

# ---------------------------------------------------------------- 010
doc("dev2:010-labour-nurses-strike-vote",
    "appositive with relative clause; pronoun she; the hospital said in a statement and It called (two mixed quotes, nominal then pronoun for an organisation); nested quoted phrase; banner slogan as negative",
    '''
Nurses at St. Columba Medical Center Vote to Authorize Strike

Nurses at St. Columba Medical Center voted overwhelmingly this week to authorize a strike, setting up a possible walkout at the city's largest hospital as early as next month.

The Registered Nurses Alliance, which represents about 1,400 nurses at the hospital, said 94 percent of those voting supported the authorization. The union's main demand is a contract that sets minimum nurse-to-patient ratios.

"We are not asking for anything exotic," said Bridget Conneely, an intensive care nurse who sits on the union's bargaining team. "We are asking for enough people on the floor to keep patients safe."

Conneely said she had worked shifts in the past year where she was responsible for three ICU patients at once, double the ratio the union is seeking. "One of them codes, and the other two are on their own," she said.

The hospital said in a statement that it had offered a 14 percent raise over three years and was "committed to reaching a fair agreement at the bargaining table." It called ratios "a blunt instrument" that would force it to close beds.

A strike vote does not mean a strike will happen. Under state law, the union must give 10 days' notice before walking off the job.

Dr. Samuel Achterberg, the hospital's chief medical officer, said in an interview that he understood the nurses' frustration. "Nobody went into this field to be short-staffed," Achterberg said. "But the answer has to be hiring, and hiring takes time."

Union leaders were skeptical. "They've been saying 'hiring takes time' for five years," said Rafael Dominguez, the alliance's president. "At some point time runs out."

The two sides are scheduled to return to the table on Thursday. Nurses plan to picket outside the hospital on Saturday under the banner "Safe Staffing Saves Lives."
''',
    [
        q('"We are not asking for anything exotic,"', "Bridget Conneely", "Bridget Conneely", "name"),
        I('"We are asking for enough people on the floor to keep patients safe."', "Bridget Conneely"),
        q('"One of them codes, and the other two are on their own,"', "Bridget Conneely", "she", "pron"),
        q('"committed to reaching a fair agreement at the bargaining table."', "St. Columba Medical Center", "The hospital", "nom", "mixed"),
        q('"a blunt instrument"', "St. Columba Medical Center", "It", "pron", "mixed"),
        q('"Nobody went into this field to be short-staffed,"', "Samuel Achterberg", "Achterberg", "name~"),
        I('"But the answer has to be hiring, and hiring takes time."', "Samuel Achterberg"),
        q('"They\'ve been saying \'hiring takes time\' for five years,"', "Rafael Dominguez", "Rafael Dominguez", "name"),
        I('"At some point time runs out."', "Rafael Dominguez"),
    ],
    ['"Safe Staffing Saves Lives."'])

# ---------------------------------------------------------------- 011
doc("dev2:011-education-four-day-week",
    "pronoun she resolved to a woman named in the previous sentence, with another woman mentioned just before; said in an interview; long appositive; the district (nominal, mixed); adjacent mixed and direct quotes; study title as negative",
    '''
School Board Approves Four-Day Week for Rural District

Trustees of the Pine Hollow Unified School District voted 4-3 on Wednesday to move to a four-day school week starting in August, making it the third district in the state to adopt the schedule.

Superintendent Carla Whitfield had pitched the change as a way to recruit teachers to a district that has struggled to fill jobs. Board president Annette Mbeki, who voted no, said she worried about families who cannot afford child care on Fridays. Whitfield had anticipated the objection in her presentation. "We will run free Friday programs at every elementary school," she said. "No child will be home alone because of this decision."

Mbeki was not persuaded. "Free programs depend on volunteers, and volunteers burn out," she said in an interview after the meeting.

Teachers packed the meeting in support of the change. "I drive 55 minutes each way," said Devon Akers, who teaches eighth-grade science at Pine Hollow Middle School and has been looking for jobs closer to home. "A fourth day off is worth more to me than a raise."

Students will attend longer days, from 7:45 a.m. to 4:10 p.m., to meet state requirements for instructional minutes. The district said the schedule would be "reviewed annually, with parent surveys each spring," and estimated that it would save about $380,000 a year in transportation and utility costs.

Research on four-day weeks is mixed. A study by researchers at Western Plains University, titled "Shorter Weeks, Longer Days," found small declines in math scores in some districts that adopted the schedule and no change in others.

Parent Olivia Grant, who has three children in the district, said she was "cautiously optimistic." "My kids are excited," she said. "Ask me again in January."
''',
    [
        q('"We will run free Friday programs at every elementary school,"', "Carla Whitfield", "she", "pron"),
        I('"No child will be home alone because of this decision."', "Carla Whitfield"),
        q('"Free programs depend on volunteers, and volunteers burn out,"', "Annette Mbeki", "she", "pron"),
        q('"I drive 55 minutes each way,"', "Devon Akers", "Devon Akers", "name"),
        I('"A fourth day off is worth more to me than a raise."', "Devon Akers"),
        q('"reviewed annually, with parent surveys each spring,"', "Pine Hollow Unified School District", "The district", "nom", "mixed"),
        q('"cautiously optimistic."', "Olivia Grant", "Parent Olivia Grant", "name", "mixed"),
        q('"My kids are excited,"', "Olivia Grant", "she", "pron"),
        I('"Ask me again in January."', "Olivia Grant"),
    ],
    ['"Shorter Weeks, Longer Days,"'])

# ---------------------------------------------------------------- 012
doc("dev2:012-housing-rent-freeze-settlement",
    "curly quotes; the landlord's lawyer (nominal) after the name appears in indirect speech; two mixed quotes sharing He; according to court papers without marks; pronouns he and she; committee nickname as negative",
    '''
Tenants Win Rent Freeze in Settlement With Westbrook Landlord

Tenants of a 300-unit apartment complex in Westbrook will see their rents frozen for two years under a settlement announced Friday with the property\u2019s owner, Calloway Residential, ending a lawsuit over broken elevators and months without heat.

\u201cFor two winters, people in this building wore coats to bed,\u201d said Tamsin Oyelaran, an attorney with the Westbrook Tenant Law Project who represented the residents. \u201cThis settlement does not undo that, but it makes sure it never happens again.\u201d

Under the agreement, Calloway will spend at least $6 million on repairs and pay $1.2 million into a fund for tenants, according to court papers.

Calloway\u2019s attorney, Bernard Quist, said the company had inherited many of the building\u2019s problems when it bought the property in 2021. \u201cMy client has spent more on this building in three years than the previous owner did in fifteen,\u201d the landlord\u2019s lawyer said.

Quist said Calloway admitted no wrongdoing. He called the lawsuit \u201can expensive detour\u201d but said the company was \u201cglad to put it behind us.\u201d

Residents gathered in the lobby Friday evening. Gloria Ferreira, 68, who has lived in the complex since 1994, said the building was once \u201cthe nicest address on the east side.\u201d Her neighbor, Kwame Adjei, was more guarded. \u201cI\u2019ll believe it when the elevator works on a Monday,\u201d he said.

City council member Naomi Restrepo, who pushed for an inspection of the property last year, said the case showed the need for a rental registry. \u201cRight now, the city finds out about a building like this when a tenant calls the news,\u201d she said.

Tenants, who called themselves the \u201cCold Floors Committee\u201d during the dispute, plan to celebrate with a potluck in the courtyard on Sunday, weather permitting.
''',
    [
        q('\u201cFor two winters, people in this building wore coats to bed,\u201d', "Tamsin Oyelaran", "Tamsin Oyelaran", "name"),
        I('\u201cThis settlement does not undo that, but it makes sure it never happens again.\u201d', "Tamsin Oyelaran"),
        q('\u201cMy client has spent more on this building in three years than the previous owner did in fifteen,\u201d', "Bernard Quist", "the landlord\u2019s lawyer", "nom"),
        q('\u201can expensive detour\u201d', "Bernard Quist", "He", "pron", "mixed"),
        q('\u201cglad to put it behind us.\u201d', "Bernard Quist", "He", "pron", "mixed"),
        q('\u201cthe nicest address on the east side.\u201d', "Gloria Ferreira", "Gloria Ferreira", "name", "mixed"),
        q('\u201cI\u2019ll believe it when the elevator works on a Monday,\u201d', "Kwame Adjei", "he", "pron"),
        q('\u201cRight now, the city finds out about a building like this when a tenant calls the news,\u201d', "Naomi Restrepo", "she", "pron"),
    ],
    ['\u201cCold Floors Committee\u201d'])

# ---------------------------------------------------------------- 013
doc("dev2:013-transport-late-night-buses",
    "the agency said in a statement; long appositive with relative clause; told The Valley Sentinel; said Tuesday at a board meeting; union named literally in a mixed quote; proposal name as negative",
    '''
Transit Agency Cuts Late-Night Bus Service, Citing Driver Shortage

The Metro Valley Transit Authority will eliminate 11 late-night bus routes starting June 1, the agency said Tuesday, blaming a shortage of drivers that has left it unable to fill nearly one in five scheduled shifts.

"We would rather run a smaller system reliably than a larger system that leaves people stranded at 2 a.m.," the agency said in a statement. "These are temporary reductions."

Riders and advocates questioned how temporary they would be. "Every cut in this city has been called temporary," said Priyanka Salgado, director of the Valley Riders Union, a group that has pressed the authority for more frequent service since 2019. "None of them have come back."

The routes being eliminated mostly serve hospital workers, janitors and restaurant staff heading home after late shifts. "That's $28 a night," Marcus Fell, a line cook at a downtown diner, told The Valley Sentinel, describing what a ride-hailing trip home would cost him. "That's my whole tip jar."

General manager Elena Sokolova said the authority had hired 140 drivers in the past year but lost nearly as many to retirements and better-paying jobs. It is now offering $5,000 signing bonuses. "Drivers are the whole system," Sokolova said Tuesday at a board meeting. "You can buy all the buses you want."

The union representing drivers, Amalgamated Transit Workers Local 902, said in a statement that the shortage was "entirely predictable" after years of stagnant wages.

Board member Felix Arnaud has proposed a plan he calls "Night Owl Lite," using vans instead of buses on some routes. The board will consider it next month.
''',
    [
        q('"We would rather run a smaller system reliably than a larger system that leaves people stranded at 2 a.m.,"', "Metro Valley Transit Authority", "the agency", "nom"),
        I('"These are temporary reductions."', "Metro Valley Transit Authority"),
        q('"Every cut in this city has been called temporary,"', "Priyanka Salgado", "Priyanka Salgado", "name"),
        I('"None of them have come back."', "Priyanka Salgado"),
        q('"That\'s $28 a night,"', "Marcus Fell", "Marcus Fell", "name"),
        I('"That\'s my whole tip jar."', "Marcus Fell"),
        q('"Drivers are the whole system,"', "Elena Sokolova", "Sokolova", "name~"),
        I('"You can buy all the buses you want."', "Elena Sokolova"),
        q('"entirely predictable"', "Amalgamated Transit Workers Local 902", "The union representing drivers, Amalgamated Transit Workers Local 902", "name", "mixed"),
    ],
    ['"Night Owl Lite,"'])

# ---------------------------------------------------------------- 014
doc("dev2:014-culture-mask-repatriation",
    "curly quotes; said through an interpreter; pronoun she in mixed quote; three-paragraph quote after a pronoun lead-in (all inherited) with a nested quote ending a paragraph; the museum (nominal, mixed); warned (mixed); exhibition title as negative",
    '''
Museum Returns Carved Mask to Village After 90 Years

The Halbrook Museum of Art on Saturday returned a carved wooden mask to the village in the Aranu highlands where it was made, nearly a century after a collector bought it from a trader and shipped it abroad.

The handover ceremony took place in the museum\u2019s atrium, before an audience of about 200 people. Village elder Tomas Ikaweni received the mask from the museum\u2019s director, Henrietta Vossberg, and held it up to the room.

\u201cThis mask has been away longer than any of us have been alive,\u201d Ikaweni said through an interpreter. \u201cToday it goes home to people who know its name.\u201d

Vossberg, who has led the museum since 2019, said in an interview that the decision came after two years of research into the mask\u2019s history. She said the museum\u2019s records showed that the trader had \u201cno right to sell what he sold.\u201d

She described the moment the research team understood what it had found:

\u201cWe found a letter from the collector\u2019s own son, written in 1951, saying the family had always been uneasy about the mask. He wrote that his father had bought it \u2018from a man who did not own it.\u2019

\u201cOnce you read that sentence, there is no going back. You cannot unread it.

\u201cWe did what we should have done decades ago.\u201d

The museum said in a statement that it was reviewing \u201cabout 40 other objects\u201d whose paperwork raised similar questions.

Not everyone in the museum world welcomed the move. Gerald Pinchbeck, a trustee of a private collectors\u2019 association, warned that returns could \u201cempty museums one object at a time.\u201d

The museum will host an exhibition, \u201cHomecomings,\u201d about the mask\u2019s journey through the end of the year.
''',
    [
        q('\u201cThis mask has been away longer than any of us have been alive,\u201d', "Tomas Ikaweni", "Ikaweni", "name~"),
        I('\u201cToday it goes home to people who know its name.\u201d', "Tomas Ikaweni"),
        q('\u201cno right to sell what he sold.\u201d', "Henrietta Vossberg", "She", "pron", "mixed"),
        I('\u201cWe found a letter from the collector\u2019s own son, written in 1951, saying the family had always been uneasy about the mask. He wrote that his father had bought it \u2018from a man who did not own it.\u2019', "Henrietta Vossberg"),
        I('\u201cOnce you read that sentence, there is no going back. You cannot unread it.', "Henrietta Vossberg"),
        I('\u201cWe did what we should have done decades ago.\u201d', "Henrietta Vossberg"),
        q('\u201cabout 40 other objects\u201d', "Halbrook Museum of Art", "The museum", "nom", "mixed"),
        q('\u201cempty museums one object at a time.\u201d', "Gerald Pinchbeck", "Gerald Pinchbeck", "name", "mixed"),
    ],
    ['\u201cHomecomings,\u201d'])

# ---------------------------------------------------------------- 015
doc("dev2:015-agriculture-drought-rice",
    "wire dateline; said NAME, chairman of ORG, which ...; the district's general manager, NAME, said Tuesday; pronoun she; the cooperative (nominal); mixed quote by a lawyer; quoted term as negative",
    '''
Drought Forces Growers to Leave Thousands of Acres of Rice Unplanted

LINDEN FLATS \u2014 Rice farmers in the northern Linden Valley will leave about 60,000 acres unplanted this year, the most in a decade, after water officials cut irrigation deliveries to a fifth of normal, a growers' cooperative said Tuesday.

"We are watching a whole season disappear before it starts," said Grant Holloway, chairman of the Linden Valley Rice Cooperative, which markets rice for about 400 farms. "Some of these families have grown rice here since the 1920s."

The cutbacks were ordered in March by the Linden Valley Water District, which said reservoir levels had fallen to 31 percent of capacity. "We have to hold water back for drinking supplies and for fish," the district's general manager, Oscar Teixeira, said Tuesday. "Nobody likes these numbers, least of all us."

Farmers say the losses will ripple through the valley. Mill workers, crop dusters and equipment dealers all depend on the harvest. "When the fields sit empty, so does the hardware store," said Rosalind Creel, who runs a farm supply business in the town of Ives. Creel said her sales were down 40 percent since March. "I've laid off two people already," she said. "I don't want to lay off a third."

The cooperative said it would ask state lawmakers for emergency aid and was seeking a federal disaster declaration. It estimated losses at $210 million. "Without help, some of these farms will not plant again," the cooperative said.

Environmental groups have defended the cuts. Winona Blackfeather, a lawyer for the River Trust, said the river's salmon runs were "one bad year away from collapse."

Forecasters at the state climate office describe the winter as the driest in 40 years. The term "dust year" now appears in at least three bills introduced in the legislature this session.
''',
    [
        q('"We are watching a whole season disappear before it starts,"', "Grant Holloway", "Grant Holloway", "name"),
        I('"Some of these families have grown rice here since the 1920s."', "Grant Holloway"),
        q('"We have to hold water back for drinking supplies and for fish,"', "Oscar Teixeira", "the district's general manager, Oscar Teixeira", "name"),
        I('"Nobody likes these numbers, least of all us."', "Oscar Teixeira"),
        q('"When the fields sit empty, so does the hardware store,"', "Rosalind Creel", "Rosalind Creel", "name"),
        q('"I\'ve laid off two people already,"', "Rosalind Creel", "she", "pron"),
        I('"I don\'t want to lay off a third."', "Rosalind Creel"),
        q('"Without help, some of these farms will not plant again,"', "Linden Valley Rice Cooperative", "the cooperative", "nom"),
        q('"one bad year away from collapse."', "Winona Blackfeather", "Winona Blackfeather", "name", "mixed"),
    ],
    ['"dust year"'])

# ---------------------------------------------------------------- 016
doc("dev2:016-health-radio-opioid-settlement",
    "public-radio feature; said in an interview with WKRV; surname cues after full mention; pronoun he after a different speaker's paragraph; pronoun She in a mixed quote; pronoun she resolving past another woman; programme name as negative",
    '''
For a Small-Town Pharmacist, the Opioid Settlement Money Is Personal

When Darnell Fitch opened his pharmacy in Cobb's Ferry in 1998, he filled maybe a dozen prescriptions for painkillers a week. By 2010, he says, it was hundreds.

"I remember the day I realized what was happening," Fitch said in an interview with WKRV, the public radio station in nearby Marlow. "A grandmother came in with a prescription for her grandson, and I knew the doctor who wrote it had never met him."

Now Fitch sits on the county panel deciding how to spend $4.3 million from a national opioid settlement. The money will arrive over 18 years, in uneven installments.

The panel's chair, County Commissioner Beverly Osei, says the priority is treatment. "We have one treatment bed for every 9,000 residents," Osei said. "We need ten times that."

Fitch agrees, but he also wants money for something less tangible. "People here are ashamed," he said. "They don't come in for help because they think everyone at church will find out."

Not everyone thinks the panel is moving quickly enough. Leah Comstock, whose son died of an overdose in 2019, has attended every meeting. She has called the panel's pace "unforgivable."

"Every month they spend talking, somebody else's kid is in the ground," Comstock said.

Osei said she understands the frustration, but state law requires the panel to hold public hearings before it spends any money. "We are not going to spend this money badly just to spend it fast," she said.

The panel's first grants, under a program it calls "Second Chances," are expected in the fall.
''',
    [
        q('"I remember the day I realized what was happening,"', "Darnell Fitch", "Fitch", "name~"),
        I('"A grandmother came in with a prescription for her grandson, and I knew the doctor who wrote it had never met him."', "Darnell Fitch"),
        q('"We have one treatment bed for every 9,000 residents,"', "Beverly Osei", "Osei", "name~"),
        I('"We need ten times that."', "Beverly Osei"),
        q('"People here are ashamed,"', "Darnell Fitch", "he", "pron"),
        I('"They don\'t come in for help because they think everyone at church will find out."', "Darnell Fitch"),
        q('"unforgivable."', "Leah Comstock", "She", "pron", "mixed"),
        q('"Every month they spend talking, somebody else\'s kid is in the ground,"', "Leah Comstock", "Comstock", "name~"),
        q('"We are not going to spend this money badly just to spend it fast,"', "Beverly Osei", "she", "pron"),
    ],
    ['"Second Chances,"'])

# ---------------------------------------------------------------- 017
doc("dev2:017-business-automaker-forecast",
    "told analysts on a conference call; he replied (with analysts in between); the automaker said in its earnings release (mixed, nominal); wrote in a post on LinkedIn with pronoun she; mixed quote with long title; code name as negative",
    '''
Valdane Motors Cuts Profit Forecast as Battery Costs Bite

Valdane Motors on Thursday lowered its full-year profit forecast for the second time in three months, saying higher battery costs and a price war in the electric-vehicle market had squeezed its margins.

The automaker now expects operating profit of $2.1 billion to $2.4 billion, down from $3 billion previously. Its shares fell 7 percent in early trading.

"The EV market is going through a painful adjustment, and we are not immune to it," Chief Financial Officer Rajiv Menon told analysts on a conference call. "We expect the pressure to ease in the second half of next year."

Menon said the company would delay the launch of a mid-sized electric pickup by about nine months. Analysts pressed him on whether it might be canceled outright. "Delayed is not canceled," he replied.

"Valdane bet early and bet big on batteries, and right now that bet is costing it," said Corinne Dufresne, an auto analyst at Pellham Research.

The automaker said in its earnings release that it remained "fully committed" to selling only electric vehicles in Europe by 2030. It did not repeat that pledge for North America.

Chief Executive Sigrid Aalto, who has led Valdane since 2020, struck a defiant tone in a post on LinkedIn. "Every transition has a valley," she wrote. "We intend to be the company that climbs out of it first."

Union officials were less sanguine. Lonnie Gaskins, president of the union local at Valdane's assembly plant in Kettering, said the delay was "a gut punch for a plant that was counting on that truck."

The company will report fourth-quarter results in February. Its pickup, known internally as "Project Granite," was originally due next spring.
''',
    [
        q('"The EV market is going through a painful adjustment, and we are not immune to it,"', "Rajiv Menon", "Chief Financial Officer Rajiv Menon", "name"),
        I('"We expect the pressure to ease in the second half of next year."', "Rajiv Menon"),
        q('"Delayed is not canceled,"', "Rajiv Menon", "he", "pron"),
        q('"Valdane bet early and bet big on batteries, and right now that bet is costing it,"', "Corinne Dufresne", "Corinne Dufresne", "name"),
        q('"fully committed"', "Valdane Motors", "The automaker", "nom", "mixed"),
        q('"Every transition has a valley,"', "Sigrid Aalto", "she", "pron"),
        I('"We intend to be the company that climbs out of it first."', "Sigrid Aalto"),
        q('"a gut punch for a plant that was counting on that truck."', "Lonnie Gaskins", "Lonnie Gaskins", "name", "mixed"),
    ],
    ['"Project Granite,"'])

# ---------------------------------------------------------------- 018
doc("dev2:018-courts-pension-appeal",
    "writing for the majority (mixed); She added (mixed); dissent with he wrote; spokesman appositive in a mixed quote; plaintiff appositive; lawyer mixed then pronoun she; unquoted case name",
    '''
Appeals Court Revives Lawsuit Over Shuttered Steel Plant's Pensions

A federal appeals court on Friday revived a lawsuit by former workers at the shuttered Ironbridge steel plant who say the company drained their pension fund before declaring bankruptcy.

Writing for the majority in a 2-1 decision, Judge Cecilia Norgaard said the lower court had "read the pension agreement as if half its pages were missing." She added that the workers deserved "a chance to prove what they allege."

Judge Leonard Whitby dissented. "The majority rewrites a contract that the parties negotiated at arm's length," he wrote. "Sympathy for the plaintiffs, however deep, is not a rule of decision."

The former owner, Ironbridge Holdings, argued in its brief that the pension transfers were approved by an independent trustee. In a statement Friday, a spokesman for the company, Neil Carraway, said it was "reviewing the decision and considering its options."

About 2,300 retirees are covered by the plan. Many saw their monthly checks cut by a third after the fund was taken over by a federal insurer in 2017.

"I gave that mill 34 years and it gave me back two-thirds of what it promised," said Walt Dombrowski, 77, one of the named plaintiffs. "I'd like to see them explain that to a jury."

Dombrowski's lawyer, Theresa Lang, of the firm Lang & Ochoa, said in an interview that the ruling was "the first real win these workers have had in seven years." Her clients, she noted, are not young. "We intend to move quickly," she said. "Some of our clients are in their 80s."

The case, Dombrowski v. Ironbridge Holdings, now returns to the district court, where a trial date has not been set.
''',
    [
        q('"read the pension agreement as if half its pages were missing."', "Cecilia Norgaard", "Judge Cecilia Norgaard", "name", "mixed"),
        q('"a chance to prove what they allege."', "Cecilia Norgaard", "She", "pron", "mixed"),
        q('"The majority rewrites a contract that the parties negotiated at arm\'s length,"', "Leonard Whitby", "he", "pron"),
        I('"Sympathy for the plaintiffs, however deep, is not a rule of decision."', "Leonard Whitby"),
        q('"reviewing the decision and considering its options."', "Neil Carraway", "a spokesman for the company, Neil Carraway", "name", "mixed"),
        q('"I gave that mill 34 years and it gave me back two-thirds of what it promised,"', "Walt Dombrowski", "Walt Dombrowski", "name"),
        I('"I\'d like to see them explain that to a jury."', "Walt Dombrowski"),
        q('"the first real win these workers have had in seven years."', "Theresa Lang", "Dombrowski's lawyer, Theresa Lang", "name", "mixed"),
        q('"We intend to move quickly,"', "Theresa Lang", "she", "pron"),
        I('"Some of our clients are in their 80s."', "Theresa Lang"),
    ],
    [])

# ---------------------------------------------------------------- 019
doc("dev2:019-sports-manager-fired",
    "the club said in a statement; he wrote on Instagram; told reporters after training; pronoun she; surname cue; crowd chant and fan magazine title as negatives",
    '''
Harbor City FC Fires Manager After Winless Run

Harbor City FC fired manager Anders Holmgren on Monday after a run of nine league matches without a win left the club one point above the relegation zone.

"This was an extremely difficult decision," the club said in a statement. "Anders has given everything to Harbor City, and we thank him for his dedication."

Sporting director Paola Renzi will lead the search for a replacement. Assistant coach Mikey Adebayo will take charge of the team for Saturday's match against Port Ellis.

Holmgren, who was hired 18 months ago on a three-year contract, thanked the players in a message posted on Instagram. "I believed in this group from the first day, and I still do," he wrote.

His dismissal came two days after a 3-0 home loss in which fans chanted "We want Anders out!" for much of the second half.

Captain Rory Galbraith said the players shared the blame. "We're the ones on the pitch," Galbraith told reporters after training on Monday. "No manager can score goals for you."

Renzi said the club would not rush its search. "We want the right person, not the fastest person," she said. "But I would like someone in place within two weeks."

Adebayo, 38, a former Harbor City midfielder, said he had spoken to Holmgren on Monday morning. "He told me to enjoy it," Adebayo said. "That's what I'm going to try to do."

The club's supporters' trust, which publishes a fan magazine called "The Harbor Wall," had called for a change after the team's last home defeat. Harbor City has won only two of its 24 league matches this season.
''',
    [
        q('"This was an extremely difficult decision,"', "Harbor City FC", "the club", "nom"),
        I('"Anders has given everything to Harbor City, and we thank him for his dedication."', "Harbor City FC"),
        q('"I believed in this group from the first day, and I still do,"', "Anders Holmgren", "he", "pron"),
        q('"We\'re the ones on the pitch,"', "Rory Galbraith", "Galbraith", "name~"),
        I('"No manager can score goals for you."', "Rory Galbraith"),
        q('"We want the right person, not the fastest person,"', "Paola Renzi", "she", "pron"),
        I('"But I would like someone in place within two weeks."', "Paola Renzi"),
        q('"He told me to enjoy it,"', "Mikey Adebayo", "Adebayo", "name~"),
        I('"That\'s what I\'m going to try to do."', "Mikey Adebayo"),
    ],
    ['"We want Anders out!"', '"The Harbor Wall,"'])

# ---------------------------------------------------------------- 020
doc("dev2:020-tech-lab-data-breach",
    "according to a statement from ORG (literal); said at a news conference Wednesday; spokeswoman mixed quote; very long appositive after said; pronoun she with nested quote; group name as negative",
    '''
Hackers Stole Patient Records From Regional Lab Chain, Company Says

Cresthaven Diagnostics, which runs 85 blood-testing labs across four states, said Wednesday that hackers had stolen names, birth dates and test results belonging to as many as 1.9 million patients.

The company said it discovered the intrusion on April 14 and shut down affected systems within hours. "We have no evidence that any of the stolen information has been misused," according to a statement from Cresthaven Diagnostics. "Out of an abundance of caution, we are offering two years of free credit monitoring."

A ransomware group calling itself "BlackTarn" claimed responsibility on its website over the weekend.

State Attorney General Miguel Santangelo said his office had opened an investigation into whether the company waited too long to notify patients. "Patients deserved to know weeks ago," Santangelo said at a news conference Wednesday. "Every day of delay is a day someone could be opening credit cards in their name."

The company defended its timeline. A spokeswoman, Rachel Ostrowski, said federal rules give companies up to 60 days to notify patients, and that Cresthaven had needed time "to understand exactly whose data was taken."

Cybersecurity experts said medical data is especially valuable to criminals. "A credit card number can be canceled in a day," said Benedikt Haas, a former federal cybercrime investigator who now runs a consulting firm in Alexandria, Virginia, and teaches a course on incident response at a local university. "Your blood type and your HIV status are yours forever."

Patient Dolores Kemp, 64, received a notification letter on Tuesday. "The letter said 'your information may have been involved,'" she said. "May have been? Either it was or it wasn't."
''',
    [
        q('"We have no evidence that any of the stolen information has been misused,"', "Cresthaven Diagnostics", "a statement from Cresthaven Diagnostics", "name"),
        I('"Out of an abundance of caution, we are offering two years of free credit monitoring."', "Cresthaven Diagnostics"),
        q('"Patients deserved to know weeks ago,"', "Miguel Santangelo", "Santangelo", "name~"),
        I('"Every day of delay is a day someone could be opening credit cards in their name."', "Miguel Santangelo"),
        q('"to understand exactly whose data was taken."', "Rachel Ostrowski", "A spokeswoman, Rachel Ostrowski", "name", "mixed"),
        q('"A credit card number can be canceled in a day,"', "Benedikt Haas", "Benedikt Haas", "name"),
        I('"Your blood type and your HIV status are yours forever."', "Benedikt Haas"),
        q('"The letter said \'your information may have been involved,\'"', "Dolores Kemp", "she", "pron"),
        I('"May have been? Either it was or it wasn\'t."', "Dolores Kemp"),
    ],
    ['"BlackTarn"'])


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
        if len(blocks) < 3 or any("\n" in b for b in blocks) or any(b != b.strip() or not b for b in blocks):
            fail(f"{did}: layout must be title, blank line, single-line paragraphs")
        words = len(text.split())
        if not 250 <= words <= 900:
            fail(f"{did}: {words} words, outside 250-900")
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
                fail(f"{did}: stray quotation mark at {k}: {text[max(0,k-30):k+30]!r}")
        quotes = [dict(start=s, end=e, text=text[s:e], speaker=g["speaker"],
                       speaker_raw=g["speaker_raw"], speaker_type=g["speaker_type"],
                       speaker_resolved=g["speaker_resolved"], kind=g["kind"])
                  for s, e, g in spans]
        out.append(dict(id=did, text=text, quotes=quotes,
                        meta=dict(source=SOURCE, notes=d["notes"],
                                  hard_negatives=d["negs"], words=words)))
    return out


def main():
    docs = build()
    n_q = sum(len(d["quotes"]) for d in docs)
    if len(docs) < 20 or n_q < 120:
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
    print("speaker_type", dict(st)); print("kind", dict(kd)); print("resolved", dict(rs))
    print("hard negatives", sum(len(d["meta"]["hard_negatives"]) for d in docs))


if __name__ == "__main__":
    main()
