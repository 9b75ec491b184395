"""Annotators on the seed story, small written cases, and the quotes-dev conventions."""

import json
import re
import signal
import sys
from pathlib import Path

import pytest

from archiver import annotate, archive_file, extract
from archiver.annotate.disclosures import classify_sentence
from archiver.annotate.entities import build_index
from archiver.annotate.parties import sponsor_matches
from archiver.annotate.text import name_gender, names_in, sentences
from archiver.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
SEED_URL = "https://www.wunc.org/2021-01-11/parler-sues-amazon-seeking-to-restore-web-service"


@pytest.fixture(scope="module")
def seed():
    html = (FIXTURES / "station_seed.html").read_text(encoding="utf-8")
    article = extract(html, url=SEED_URL)
    return article, annotate(article)


def speakers_match(got: str | None, want: str) -> bool:
    got_words = set((got or "").lower().replace(",", "").replace(".", "").split())
    want_words = set(want.lower().split())
    return bool(got_words) and (got_words <= want_words or want_words <= got_words)


def test_seed_story_gives_all_eight_quotes_with_their_speakers(seed):
    article, ann = seed
    expected = [
        ("Over the past several weeks", "Amazon Web Services"),
        ("Violence works", "the photo's caption"),
        ("Make them afraid", "the photo's caption"),
        ("How bout make them hang", "the user"),
        ("conservative users began to flee", "Parler"),  # "the company" -> Parler
        ("The exodus was so large", "Parler"),
        ("This morning, you shared", "Amazon"),
        ("It's our view", "Amazon"),  # "the company" -> Amazon
    ]
    assert len(ann.quotes) == len(expected)
    for quote, (opening, speaker) in zip(ann.quotes, expected, strict=True):
        assert opening in quote.text
        assert speakers_match(quote.speaker, speaker), (quote.text, quote.speaker)
        assert article.text[quote.start : quote.end] == quote.text


def roles_of(ann, name_part: str) -> set[str]:
    return {r for p in ann.parties if name_part in p.name for r in p.roles}


def test_seed_story_parties_and_case(seed):
    _, ann = seed
    assert "plaintiff" in roles_of(ann, "Parler")
    assert "defendant" in roles_of(ann, "Amazon Web Services")
    assert "judge" in roles_of(ann, "Barbara Rothstein")
    assert "author" in roles_of(ann, "Bill Chappell")
    [case] = ann.cases
    assert case.caption == "Parler LLC v. Amazon Web Services, Inc."
    assert case.judge == "Barbara Rothstein"
    assert case.court == "Western District of Washington"
    peikoff = next(p for p in ann.parties if p.name == "Amy Peikoff")
    assert (peikoff.title, peikoff.affiliation) == ("chief policy officer", "Parler")


def test_seed_story_disclosure_and_conflicts(seed):
    _, ann = seed
    [disclosure] = ann.disclosures
    assert disclosure.outlet == "NPR"
    assert disclosure.relation == "financial supporter"
    assert disclosure.sponsors == ["Amazon", "Apple", "Google"]
    assert {c.sponsor for c in ann.conflicts} == {"Amazon", "Apple", "Google"}
    amazon = next(c for c in ann.conflicts if c.sponsor == "Amazon")
    assert "defendant" in amazon.roles


QUOTE_CASES = [
    (
        'Tenants met on Monday. "We will not back down," said the group\'s president, '
        "Janelle Ortiz.",
        "We will not",
        "Janelle Ortiz",
        False,
    ),
    (
        'Albright accused Ilunga of "rooting for failure" in the debate.',
        "rooting",
        "Albright",
        True,
    ),
    # (text, quote opening, speaker, partial)
    (
        'Council member Peter Okafor voted no. "We are writing a blank check," he said.',
        "We are writing",
        "Peter Okafor",
        False,
    ),
    (
        '"This ferry is not a luxury," said council member Rosa Delgado, who sponsored it.',
        "This ferry",
        "Rosa Delgado",
        False,
    ),
    (
        "The utility's operations chief, Marcus Lee, put it plainly: “Crews will work around "
        "the clock.”",
        "Crews will",
        "Marcus Lee",
        False,
    ),
    (
        'QuickCart called the suit "baseless" and said it would fight it.',
        "baseless",
        "QuickCart",
        True,
    ),
    (
        'Amazon said it would comply. "We take this seriously," according to Amazon.',
        "We take",
        "Amazon",
        False,
    ),
    # descriptors a capitalised run puts before a name are not part of it
    (
        'Republican Otto Brenneman conceded late Tuesday. "The count was fair," Brenneman said.',
        "The count",
        "Otto Brenneman",
        False,
    ),
    (
        'Retail analyst Dario Pell of Weyland Partners was blunt. "They grew too fast," he said.',
        "They grew",
        "Dario Pell",
        False,
    ),
    # a surname inside a slogan does not capture the person's later mentions
    (
        'Supporters held signs reading "Time for Vukovic" outside. Teodor Vukovic arrived '
        'late. "We will win this," Vukovic said.',
        "We will win",
        "Teodor Vukovic",
        False,
    ),
    # a clearly female first name outweighs a nearby "he" about someone else
    (
        "Councilman Peter Haldane opposed the plan. Planning director Ruth Abara presented "
        'figures that he questioned and he called rosy. "The numbers are solid," she said.',
        "The numbers",
        "Ruth Abara",
        False,
    ),
    # a pronoun continues the latest subject, even when an earlier person spoke
    (
        "Principal Dana Osei presented the plan. Board member Lena Marsh, who voted no, said "
        'she worried about costs. Osei had anticipated the objection. "We will run free '
        'programs," she said.',
        "We will run",
        "Dana Osei",
        False,
    ),
    (
        "Planning director Joan Pryor said the figures were sound. Tenant organizer Alice "
        "Mendez, who has lived on the block for 20 years, said rents had doubled. "
        '"We cannot keep up," she said.',
        "We cannot",
        "Alice Mendez",
        False,
    ),
    # descriptions resolve to the party the article described that way: a role before
    # the name, an appositive, an age, an abbreviated title
    (
        "Defense lawyer Hanna Brook questioned the witness, Oskar Pettersen, for an hour. "
        'Pettersen answered slowly. "So which is it, then?" the lawyer asked.',
        "So which is it",
        "Hanna Brook",
        False,
    ),
    (
        "Tova Green, 34, signed with the club in May. Coach Eli Marsh praised her. "
        '"Recovery is the job now," the 34-year-old said.',
        "Recovery is",
        "Tova Green",
        False,
    ),
    (
        "Rep. Lina Moreau, a Democrat from Riverton, sponsored the bill. Gov. Carl Dane "
        'vetoed it on Friday. "He never had to choose," the Democrat told reporters.',
        "He never",
        "Lina Moreau",
        False,
    ),
    (
        "Sen. Ruth Caldwell faced Mayor Ben Ortiz in the debate. Ortiz spoke first. "
        '"I would cast that vote again," the senator said.',
        "I would cast",
        "Ruth Caldwell",
        False,
    ),
    # the subject right before the verb, after an opening clause
    (
        "Chief Executive Nora Vale spoke to analysts on Tuesday. Analyst Tim Greer asked "
        "about jobs. Asked whether the company had considered selling the plant, she said: "
        '"All options were evaluated."',
        "All options",
        "Nora Vale",
        False,
    ),
    # a description as subject carries the chain to a later "she"
    (
        "Chief Executive Nora Vale spoke to analysts. Analyst Rita Greer asked whether more "
        "plants would close. The chief executive would not rule it out.\n\nShe did admit "
        'the decision hurt. "Those were good people," she said.',
        "Those were",
        "Nora Vale",
        False,
    ),
    # the person at the end of a descriptive phrase is the one quoted
    (
        'Both campaigns claimed victory. "She won on substance," according to Holloway '
        "campaign manager Trish Delamere.",
        "She won",
        "Trish Delamere",
        False,
    ),
    # the latest subject ("the chief") may have been named paragraphs earlier
    (
        "Police Chief Mara Ybanez spoke first at the meeting.\n\nThe council heard from "
        'several residents.\n\nResident Dora Klein asked about patrols. "We need more," '
        "Klein said.\n\nThe chief, standing beside the mayor, said the budget was set.\n\n"
        '"Twelve officers cannot stop everyone," she said.',
        "Twelve officers",
        "Mara Ybanez",
        False,
    ),
    # a quote alone in its paragraph, attributed by the next one looking back at it
    (
        'Opponents spoke for an hour. "It will ruin the block," said neighbor Ray Tull.\n\n'
        '"We both grew up here. We cannot afford to live here."\n\nNell Amari said those '
        "words quietly into the microphone.",
        "We both grew up",
        "Nell Amari",
        False,
    ),
    # "according to <description>, <Name>"
    (
        "The Harbor Relief Fund sent tents on Monday. Its president, Karl Moe, praised "
        'volunteers. "Many families lost everything," according to the group\'s regional '
        "director, Lise Arnesen.",
        "Many families",
        "Lise Arnesen",
        False,
    ),
    # "the Republican" describes a person; it does not name a party called "Republican"
    (
        "Sen. Margit Hale, the two-term Republican incumbent, faced Dan Ocana. Ocana spoke "
        'first.\n\n"I would cast that vote again tomorrow," the Republican said.',
        "I would cast",
        "Margit Hale",
        False,
    ),
    # less common speech verbs still name the speaker
    (
        'Former mayor Dan Ocana challenged Sen. Margit Hale. "The deal kept farms alive," '
        'Hale said.\n\n"The compact is out of date," the former mayor shot back.',
        "The compact",
        "Dan Ocana",
        False,
    ),
    # "the agency" answers to a commission, not to the company it is investigating
    (
        "The Marine Safety Commission opened an inquiry into Brandvik Shipping Inc. on "
        'Monday. Brandvik declined to comment. "Operators must report every spill," the '
        "agency said in a statement.",
        "Operators must",
        "Marine Safety Commission",
        False,
    ),
    # a lower-case description beside the name is not the subject
    (
        "Its chief sponsor, state Rep. Alma Ruiz, a Democrat from Ketter whose son has Type 1 "
        'diabetes, said she was "stunned but not surprised" by the veto.',
        "stunned",
        "Alma Ruiz",
        True,
    ),
    # a second fragment in the same sentence has the same speaker
    (
        'Spokeswoman Maren Holt said the district was "proud of its teachers" and was '
        '"working hard to keep them."',
        "working hard",
        "Maren Holt",
        True,
    ),
    # the rest of the cue's sentence ("who argued the case") names no new speaker
    (
        '"This is a good day," said Daniel Ekwe, who argued the case for the coalition. '
        '"We opposed shortcuts."',
        "We opposed",
        "Daniel Ekwe",
        False,
    ),
    # "That was how <Name> ..." attributes the quote standing alone before it
    (
        'The chief asked for videos. "Look at your phones," the chief said.\n\n'
        "Andre Whit, 38, was in line for a food truck when he heard the shots.\n\n"
        '"I thought it was fireworks at first."\n\nThat was how Whit remembered it.',
        "I thought it was",
        "Andre Whit",
        False,
    ),
    # "Among X was <Name>": the name after the verb is the subject
    (
        "Harold Voss coached the league for decades. Among his players was Owen Brite, now "
        "the fire chief, who said Voss taught him to bunt.\n\n"
        '"He made you look him in the eye," he said.',
        "He made you",
        "Owen Brite",
        False,
    ),
    # "His daughter, <Name>," makes her the one "his daughter" later means
    (
        "Harold Voss died Saturday. His daughter, Ingrid Voss-Lund, said he had been ill. "
        '"He was tireless," Mayor Tina Baird said.\n\n"He picked up every time," his '
        "daughter said.",
        "He picked up",
        "Ingrid Voss-Lund",
        False,
    ),
    # an attorney's title does not make a person an organisation
    (
        'Assistant District Attorney Nora Kell called the witness. "Do you see him here?" '
        "Kell asked.",
        "Do you see",
        "Nora Kell",
        False,
    ),
    # the doer in a passive ("won by <Name>") is what the next "she" continues
    (
        "Runner Ada Morris led early. The women's race was won by Ruth Wanjiku in 2:27. She "
        'said the wind had been punishing.\n\n"It felt like running into a wall," she said.',
        "It felt like",
        "Ruth Wanjiku",
        False,
    ),
    # a colon lead-in introduces the quote whatever its verb
    (
        "Judge Rhea Ellison heard a similar case last year. Scholar Piet Nowak of Harlow Law "
        "School said such cases take years.\n\nAt a hearing last month, the judge put a "
        'pointed question to both sides: "Where exactly is the harm?"',
        "Where exactly",
        "Rhea Ellison",
        False,
    ),
    (
        'Dr. Nadia Fenn, the state epidemiologist, said rates had fallen. "It is a trend," '
        "said Mayor Tom Ruck. Fenn described the trend in detail:\n\n"
        '"When I started, almost every school was above 95 percent."',
        "When I started",
        "Nadia Fenn",
        False,
    ),
    # the subject of a fragment's verb: a name ending a reduced clause, a pronoun before
    # an auxiliary, the main clause when an embedded verb ("offered") has no speaker
    (
        "Tova Lind said she would add officers. Rob Ekman said he would hold staffing "
        'flat, a position Lind called "reckless."',
        "reckless",
        "Tova Lind",
        True,
    ),
    (
        'Leah Combe has attended every meeting. She has called the pace "unforgivable."',
        "unforgivable",
        "Leah Combe",
        True,
    ),
    (
        "Judge Harriet Obell wrote in a 41-page order that the state had offered "
        '"no evidence, none at all," that fraud occurred.',
        "no evidence",
        "Harriet Obell",
        True,
    ),
    # "a former director" is someone the article does not name
    (
        "Director Alan Whitby took over in 2021. In a 1994 letter, a former director wrote "
        'that the museum held the objects "in trust for all humanity."',
        "in trust",
        "a former director",
        True,
    ),
    # a long description before the name in an appositive cue
    (
        '"This is the hardest email I have ever written," the company\'s co-founder and '
        "chief executive, Devon Achter, wrote to staff.",
        "This is the hardest",
        "Devon Achter",
        False,
    ),
    # a surname joins the person, not the company named after them
    (
        "Vandermark Income Partners collapsed in May. Its founder, Curtis Vandermark, was "
        'arrested. A text shows Vandermark told an employee the fund was "a house of cards."',
        "a house of cards",
        "Curtis Vandermark",
        True,
    ),
    # a bare surname is the titled first-introduced person, not a relative named later
    (
        "Author Lise Varga has a new novel out. Her sister, Mona Varga, is a doctor.\n\n"
        '"My sister reads everything first," Varga said.',
        "My sister reads",
        "Lise Varga",
        False,
    ),
    # an institution named with a possessive is one name
    (
        "St. Luke's Hospital will add 40 beds. The hospital said it would raise half from "
        'donors. "We are grateful for this community," it said.',
        "We are grateful",
        "St. Luke's Hospital",
        False,
    ),
    # a place name with initials after it is a club, so "the club" can mean it
    (
        "Harbor City FC fired manager Anders Holm on Monday after nine matches without a "
        'win.\n\n"This was an extremely difficult decision," the club said in a statement.',
        "This was an extremely",
        "Harbor City FC",
        False,
    ),
    # a role told by what someone does: "has coached the team" makes him "the coach"
    (
        "Jamal Wright has coached the team for 12 years.\n\nAssistant Kyle Dorn said the "
        'players love him. "He is a father figure," Dorn said.\n\n"I just want them to be '
        'good men," the coach said.',
        "I just want",
        "Jamal Wright",
        False,
    ),
    # "they" continues a plural subject, not the last person named
    (
        'Judge Lorna Whit sentenced Philip Ansel to six years. "You betrayed them," she '
        "said.\n\nProsecutors had asked for eight years. In a memo, they wrote that Ansel "
        'showed "remorse only after he was caught."',
        "remorse only",
        "Prosecutors",
        True,
    ),
    # a quote ending its sentence belongs to the lead-in, not to the next sentence
    (
        "Sen. Mara Holt and Dan Ocana debated on Tuesday. The senator said she would "
        'accept the result, "as I always have." Ocana said the same.',
        "as I always",
        "Mara Holt",
        False,
    ),
    # a relation makes a lone first name a person, and tells the gender
    (
        "Rosa Ibarra has run the bakery for 31 years.\n\nHer son, Tomas, tried to "
        'persuade her to sell. "She won\'t hear of it," he said.',
        "She won't",
        "Tomas",
        False,
    ),
    (
        "Ana Quintero and her sister, Lupe, opened the shop in 2019. "
        '"We had no idea," Ana said.\n\nLupe handles the books. "I\'m the boring one," she said.',
        "the boring",
        "Lupe",
        False,
    ),
    # a noun no list knows is a person's description if the article described one so
    (
        "Owen Reyes, the lifeguard on duty, pulled two children from the surf. Their "
        'mother, Dana Pike, thanked him. "I just did my job," the lifeguard said.',
        "I just did",
        "Owen Reyes",
        False,
    ),
    (
        'The point guard, Trey Mabry, scored 31. "That\'s my kind of basketball," the '
        "sophomore said.",
        "my kind",
        "Trey Mabry",
        False,
    ),
    # "the statement" speaks for whoever the article said issued it
    (
        "The Marlow Water Authority said in a statement that repairs would take a week. "
        "Gail Pruitt, who lives on Elm Street, has had no water since Friday.\n\n"
        '"We ask residents for their patience," the statement said.',
        "We ask",
        "Marlow Water Authority",
        False,
    ),
    # a quote with no cue belongs to the subject of the sentence before it in its
    # paragraph, over the previous speaker
    (
        "\"We're not done yet,\" said Helen Park, the league's commissioner.\n\n"
        'Gary Lutz, who owns the team, shook his head. "We are done. It\'s over."',
        "We are done",
        "Gary Lutz",
        False,
    ),
    (
        'Asked about regrets, Councilman Jim Ortega paused. "Only that I didn\'t do it sooner."',
        "Only that",
        "Jim Ortega",
        False,
    ),
    # the article's "she" outweighs a first name's usual gender when nobody else fits
    (
        "Patrice Oyelowo, who chairs the planning commission, said the project would go "
        'ahead. "The developer has met every condition," she said.',
        "The developer",
        "Patrice Oyelowo",
        False,
    ),
    # "General" after a title is part of it
    (
        "State Attorney General Monica Velez announced the settlement. "
        '"This company lied to consumers," Velez said.',
        "This company",
        "Monica Velez",
        False,
    ),
    # corporate words beyond "Inc." ("Health", "Therapeutics") make an organisation
    (
        "Regulators fined Orion Health on Thursday. Orion Health did not admit wrongdoing. "
        '"We are pleased to put this behind us," the company said.',
        "We are pleased",
        "Orion Health",
        False,
    ),
    # a short quote with a capitalised day is speech when someone is said to say it
    (
        'Majority Leader Ruth Okafor is less certain.\n\n"We\'ll know on Monday," the '
        "majority leader said.",
        "know on Monday",
        "Ruth Okafor",
        False,
    ),
    # "her colleague" is never whom "her" refers to, and "she" can continue it
    (
        "House Speaker Joan Whitfield, whose caucus is split, was more cautious. Rep. "
        "Alicia Brandt has said she is confident. Her colleague did not sound so sure.\n\n"
        '"We\'ll count heads on Monday," she said.',
        "count heads",
        "Joan Whitfield",
        False,
    ),
    (
        "Tom Briggs, 58, lost his job at the plant. Greta Lyle, his neighbor, lost hers. "
        'His wife, Colleen Briggs, works two jobs now. "We\'re getting by," his wife said.',
        "getting by",
        "Colleen Briggs",
        False,
    ),
    # a participle phrase set off by commas is an aside, not the subject; a title's
    # period does not end the lead-in
    (
        "Sen. Ray Holt, speaking to reporters outside the Capitol, called the bill "
        '"a disaster for working families."',
        "a disaster",
        "Ray Holt",
        True,
    ),
    (
        'Gov. Ann Lee, flanked by Lt. Gov. Paul Diaz, told the crowd: "Help is on the way."',
        "Help is",
        "Ann Lee",
        False,
    ),
    # a party label in parentheses, and a clergy title's period, sit inside the cue
    (
        '"This bill is dead on arrival," state Sen. Ann Holt (R-Milford) said.',
        "This bill",
        "Ann Holt",
        False,
    ),
    ('"It\'s a scam," the Rev. Al Greene said.', "a scam", "Al Greene", False),
    # what someone does, in a relative clause, tells their role ("who taught": teacher)
    (
        "Lena Ortiz, who taught history at Central High for a decade, quit in June. "
        "Principal Sam Kerr, who hired her, called it a loss.\n\n"
        '"I will miss the kids," the former teacher said.',
        "miss the kids",
        "Lena Ortiz",
        False,
    ),
    # when nobody was called "the coach", not someone the article gave another job
    (
        "Bill Marsh has paced the sideline at Westfield High for 30 years.\n\n"
        "One of his former players, Dion Hale, now a firefighter with the Riverton Fire "
        'Department, said Marsh changed his life. "He never gave up on me," Hale said.\n\n'
        '"I\'m going to miss Friday nights," the coach said.',
        "Friday nights",
        "Bill Marsh",
        False,
    ),
    # a name, then an appositive that names someone else or has commas of its own
    (
        "Harlan Media named Tessa Quill to run its streaming arm in May.\n\n"
        '"We had some issues on day one," Quill, Harlan\'s head of streaming and games, '
        "said Tuesday.",
        "some issues",
        "Tessa Quill",
        False,
    ),
    (
        "Astronomers mapped the gas around a young star.\n\n"
        '"This is the clearest view yet," Odile Brandt, a postdoctoral fellow at the '
        "Lindqvist Institute in Uppsala, Sweden, and co-author of the paper, said.",
        "clearest view",
        "Odile Brandt",
        False,
    ),
    (
        "Oren Falk, the older brother of the team's owner, Mara Falk, has told friends "
        'that the sale was a "great success" for the family.',
        "great success",
        "Oren Falk",
        True,
    ),
    # the subject of a closing clause ("after X explained") is who "she" continues
    (
        'Dana Roe edited his books for a decade. "He never wasted a word," Roe said.\n\n'
        "I came to call these gaps the quiet parts, after the novelist Ivy Marsh "
        'explained them to me. "You only see the top of the iceberg," she said.',
        "You only see the top",
        "Ivy Marsh",
        False,
    ),
    # words relayed by someone else are the first speaker's; "he" is who was named
    # before the pronoun, not someone named between it and the quote
    (
        "Patrick Verne pleaded guilty on Monday to threatening Rep. Ilsa Moreau.\n\n"
        'During the call, he asked about her votes, called Moreau a "traitor" and said, '
        '"somebody ought to stop her for good," the prosecutor\'s office said.',
        "somebody ought to stop",
        "Patrick Verne",
        False,
    ),
    # no pattern fits the cue, but the parse hangs the quote from "said"
    (
        "Harrow Hardware posted its results on Tuesday.\n\n"
        '"Our third quarter reflected broad growth across the business," chairman, CEO '
        "and president Dana Whitlock said in the earnings release.",
        "Our third quarter",
        "Dana Whitlock",
        False,
    ),
    # "according to" a description with the name in apposition
    (
        "Mike Ford grew up in Indiana.\n\n"
        'According to his aunt, Jane Starner, "He was reading at an adult level when he '
        'was in kindergarten."',
        "He was reading",
        "Jane Starner",
        False,
    ),
    # "as X told me" after a fragment is its cue
    (
        "Neo-banks are mobile alternatives to the big banks. They focus on their "
        'customers\' "financial health," as one neo-bank founder told me.',
        "financial health",
        "one neo-bank founder",
        True,
    ),
    # a speech word used as a noun ("in remarks") is not the cue
    (
        "Defense Secretary Mark Esper arrived in Hanoi on Tuesday.\n\n"
        "Later, in remarks at the party headquarters, Esper said, "
        '"We oppose the bullying of smaller nations."',
        "We oppose the bullying",
        "Mark Esper",
        False,
    ),
    # a place named like a person is never who "he" is
    (
        "Richard Locksley, an immunologist at the University of California, San Francisco, "
        'studies the cells. He describes the prospects as "exciting," but he is careful.',
        "exciting",
        "Richard Locksley",
        True,
    ),
    # a short fragment after a participle of speech is a quote, the main subject's
    (
        "Coach Rina Malik has won six straight.\n\n"
        "Malik gave her players a talk on Tuesday, telling them to "
        '"trust each other" before the final.',
        "trust each other",
        "Rina Malik",
        True,
    ),
    # a job in lower case, then a name, then an appositive with places in it
    (
        "Astronomers mapped the gas around a young star.\n\n"
        '"The water is there," study lead author Iver Holm, a planetary scientist at '
        "the Tallis Center in Greenbelt, Maryland, and Crane University in Washington, "
        "D.C., said in a statement.",
        "The water is there",
        "Iver Holm",
        False,
    ),
    # a job, then a name, introducing the quote with a colon
    (
        "The survey covered 4,000 households.\n\n"
        "Senior author Dr. Ines Varga, associate professor at Dunmore University, "
        'commented: "The rise is steady and it is not slowing."',
        "The rise is steady",
        "Ines Varga",
        False,
    ),
    # a document from its issuer
    (
        "Shares rose for a third day.\n\n"
        '"The market is pricing in a recovery," said a report from Pell Grant Securities.',
        "pricing in a recovery",
        "Pell Grant Securities",
        False,
    ),
    # what follows "and" is another clause's cue, not the fragment's
    (
        "The ministry accused the base of blocking aid convoys.\n\n"
        'The Pentagon rejected the accusations as "patently false," and two analysts '
        "told reporters the claims made no sense.",
        "patently false",
        "The Pentagon",
        True,
    ),
    # someone unnamed stays a description: never a party of another kind or name
    (
        "The case was written up in Lancet Case Notes last month.\n\n"
        '"I sleep well again," the man wrote in a note accompanying the report.',
        "I sleep well",
        "the man",
        False,
    ),
    (
        "Ana Ruiz of the Relief Desk interviewed refugees at the camp.\n\n"
        "Ruiz's source inside the camp, a farmer who asked not to be named, said the "
        'claim was "simply untrue."',
        "simply untrue",
        "Ruiz's source inside the camp",
        True,
    ),
    (
        "The sale closed on Friday.\n\n"
        '"He is not immune from the law," said one legal expert, as quoted by the Ledger.',
        "not immune",
        "one legal expert",
        False,
    ),
    (
        "The authors of the study published in the journal Pediatric Reports argued that "
        'the rules had brought "real benefits for families."',
        "real benefits",
        "authors of the study published in the journal Pediatric Reports",
        True,
    ),
    # a whole sentence quoted with no cue, soon after a quote, goes on in the same voice
    (
        "Coach Dana Pike met reporters after the loss.\n\n"
        '"We were not ready," Pike said.\n\n'
        "The team had lost four straight games at home and trails the leaders by nine "
        "points.\n\n"
        '"Nobody in that room is happy about any of it."',
        "Nobody in that room",
        "Dana Pike",
        False,
    ),
    # the article's own pronouns tell a person's gender better than a first-name list
    (
        "Rep. Ilhan Marsh said she had asked for mercy for the caller. Marsh said she "
        "hoped he would get help. A colleague, Rep. Daniel Ortiz, praised the letter.\n\n"
        'Marsh wrote to the court on Tuesday. "We must answer hate with care," she added.',
        "answer hate",
        "Ilhan Marsh",
        False,
    ),
    # a sentence after a quote that introduces the next quote is not its attribution
    (
        "Ada Kerr and Lena Voss wrote the score together. “It is a different craft,” "
        "Kerr said. “You step outside yourself a little.” Voss agreed: “It is "
        "another job entirely.”",
        "You step outside",
        "Ada Kerr",
        False,
    ),
    # nor is a new sentence of indirect speech
    (
        "Omar Haddad and Rita Haddad answered by email. “We visited him twice,” Omar "
        "wrote. “He kept every letter we sent.” Rita added that the last letter was "
        "warm.",
        "He kept every",
        "Omar Haddad",
        False,
    ),
    # a title inside the lead-in does not cut it short
    (
        "“It grabbed me,” Tom Reyes said. Nina Brandt, who phoned in from the set of “Harbor,” "
        "had the same feeling: “This was the song, right away.”",
        "This was the song",
        "Nina Brandt",
        False,
    ),
    # a speaker paragraphs back is not what "she" continues; the woman just named is
    (
        "“The plan works,” said Carla Mendes, the engineer.\n\n"
        "The bridge opened in May. Traffic doubled within a year.\n\n"
        "Officials counted the trucks twice. The toll stayed low.\n\n"
        "When Ortiz visited his editor Lena Marsh at her office, he left notes on her "
        "desk. “Those notes kept me going,” she recalled.",
        "Those notes",
        "Lena Marsh",
        False,
    ),
    # a name after a comma at a sentence's end is an appositive, not a subject
    (
        "Ruth Dale lives by the river. She gave me the number of her neighbor, Ann Cole. "
        "“Ann would never sell,” she said.",
        "Ann would never",
        "Ruth Dale",
        False,
    ),
    # "Although" opening a sentence is not part of a name
    (
        "Paul Ames edited the book. Although Bryce had outlined the novel, he struggled "
        "with it. He wrote to Ames about it. “Nothing moves,” he wrote.",
        "Nothing moves",
        "Bryce",
        False,
    ),
    # someone never named, introduced as "one legal expert", is "the expert" later
    (
        "Prince Edwin spoke to the BBC on Saturday.\n\n"
        "“He has no immunity at all,” said one legal expert, as reported by a "
        "newspaper.\n\n"
        "“His friendship with the banker is under investigation,” the expert warned.",
        "His friendship",
        "the expert",
        False,
    ),
    # a place run into a name: "ambassador to Britain Lin Mei"
    (
        "Protests went on for a fifth month.\n\n"
        "China’s ambassador to Britain Lin Mei has said that China has the "
        "“resolution and power” to end the unrest.",
        "resolution and power",
        "Lin Mei",
        True,
    ),
    # "dubbed" reports what someone called something
    (
        "Tim Morrow testified on Thursday. He said his predecessor, Fiona Hale, had dubbed "
        'the envoy\'s role "the Gordon problem."',
        "the Gordon problem",
        "Fiona Hale",
        True,
    ),
    # one subject for two verbs: "he asked about X, called Omar a ..."
    (
        "Dean Hollis was arrested in April.\n\nDuring the call, he asked about the Harbor "
        "Brotherhood, called Vance a “traitor” and hung up.",
        "traitor",
        "Dean Hollis",
        True,
    ),
    # "the company" is never a city, even one typed as a person
    (
        "Quillby Labs, a Harbor City startup, laid off half its staff, according to an email "
        'from Dana Roe.\n\nThe company confirmed the cuts. "Quillby remains committed to '
        'its students," the company said in a statement.',
        "remains committed",
        "Quillby Labs",
        False,
    ),
    # a quote attributed after it to someone unnamed
    (
        "Staff were told by email.\n\n"
        '"Everybody knew the money was going out faster than it was coming in."\n\n'
        "Those were the words of a former engineer who asked not to be named.",
        "Everybody knew",
        "a former engineer",
        False,
    ),
    # an acronym that spells a pronoun is still a name
    (
        'Cases rose this year.\n\nUntreated pneumonic plague is "always fatal", says WHO.',
        "always fatal",
        "WHO",
        True,
    ),
    # an infinitive's subject is the main clause's
    (
        "Smog covered the city again.\n\nChief Minister Arvind Kapoor turned to Twitter last "
        "month to describe his city as a “gas chamber.”",
        "gas chamber",
        "Arvind Kapoor",
        True,
    ),
    # a sentence opened by "according to" is its source's, fragments included
    (
        "Ford died in 2006. According to Paul Hayden, shortly before Ford’s death, his "
        "agent Vera Smith “was beginning the process of essentially vanishing” from "
        "the industry.",
        "was beginning",
        "Paul Hayden",
        True,
    ),
    # "says NAME" set off by commas makes NAME the one "he" continues
    (
        "Maya Lund studies the gut.\n\nThis system, says Richard Lock, an immunologist at "
        "the university, helps direct the response. He describes the results as "
        "“exciting” and says more is coming.",
        "exciting",
        "Richard Lock",
        True,
    ),
    # a quote after a sentence that reports someone's words indirectly is theirs
    (
        "“We saw it everywhere,” Dara Vance said.\n\nIt is not clear which function "
        "came first, Mila Howe says. Just because scientists found taste receptors on the "
        "tongue first, “that doesn’t mean that’s the order in which it evolved.”",
        "that doesn",
        "Mila Howe",
        False,
    ),
    # a list of jobs before the name that says it
    (
        "Sales rose 3 percent.\n\n“Our results reflected growth across the business, "
        'yet sales were below our expectations," chairman, CEO and president Dale Mercer '
        "said in the release.",
        "Our results",
        "Dale Mercer",
        False,
    ),
    # a straight opening mark closed by a curly one
    (
        "The video shows officers at the door.\n\n"
        '"Police! Open the door! We’re coming in!” Sgt. Alma Ruiz shouts.',
        "Open the door",
        "Alma Ruiz",
        False,
    ),
    # an epigraph credited after a dash
    (
        "Critics were kind to the novel.\n\n“Had he kept writing in that world, he would "
        "have been famous.” — Paul Lindqvist\n\nBut the novels were only the start.",
        "Had he kept",
        "Paul Lindqvist",
        False,
    ),
    # a name after ", who" is the subject its paragraph moves on to
    (
        'Mayor Tom Okonjo spoke first. "We cannot keep borrowing," Okonjo said.\n\n'
        "Those words did not please Councilor Dev Patel, who stood up at once.\n\n"
        '"We are not borrowing, we are investing," he said.',
        "We are not borrowing",
        "Dev Patel",
        False,
    ),
    # a fragment in a sentence that ends with someone's cue is that someone's
    (
        "The council met in March.\n\nAccording to Tessa Marr and Kate Lund, Mayor Ben "
        'Hale tried to silence them for "no reason at all but that we disagreed with him,"'
        " Marr said.",
        "no reason",
        "Tessa Marr",
        True,
    ),
    # an outlet that quotes someone only relays the words
    (
        "The talks stalled on Friday.\n\n"
        '"Let us take a vote," Channel 9 quoted Mayor Ida Brandt as saying.',
        "Let us take",
        "Ida Brandt",
        False,
    ),
    # a participle after a comma has the main clause's subject
    (
        "Senator Ray Collier says voters should know that rivals will meddle in the U.S. "
        'election process, saying every voter should take the hearing as a "warning."',
        "warning",
        "Ray Collier",
        True,
    ),
    # a company's CEO in the lead, named a few lines on
    (
        'On Monday, Ostrava Rail\'s CEO described the company as being at a "crossroads," '
        "after a year of losses.\n\nIn a letter to staff, President and Chief Executive "
        "Hana Novak said the railway would cut routes.",
        "crossroads",
        "Hana Novak",
        True,
    ),
    # a finished quote does not take the next line's subject as its speaker
    (
        "Gov. Nora Pike backed the bid.\n"
        '"He will fight for you," she said. "He is a problem-solver who listens."\n'
        "A spokesman said Pike plans to campaign with him on Monday.\n"
        '"We are thrilled," the campaign said.',
        "He is a problem-solver",
        "Nora Pike",
        False,
    ),
    # the main clause's subject after a name in an opening phrase is no appositive
    (
        "President Alan Reyes met with the senators on Monday.\n\nLater Monday, while "
        "speaking at NOAA, the president also repeated that he would not bargain, saying "
        '"we are not going to set that pattern."',
        "we are not going",
        "Alan Reyes",
        True,
    ),
    # an age set off by commas after a description of the speaker
    (
        "President Dan Moss posted about Sen. Ana Ruiz on Tuesday.\n\n"
        "\u201cAna Ruiz is a lightweight and a flunky,\u201d the former game-show host, 71, "
        "tweeted early Tuesday.",
        "Ana Ruiz is a lightweight",
        "Dan Moss",
        False,
    ),
    # a campaign named after its candidate speaks for itself
    (
        "Senator Jo Park leads the polls.\n\nPark's campaign pushed back, saying the "
        "report relied on \u201cutterly flawed data.\u201d",
        "utterly flawed",
        "Park campaign",
        True,
    ),
    # an adverb or two between the speaker and the verb
    (
        "The minister spoke in Ghotki.\n\n\u201cThis country will not forgive you,\u201d "
        "Prime Minister Omar Farid had reportedly said.",
        "This country",
        "Omar Farid",
        False,
    ),
    # "the former secretary of state" is a person, headed by "secretary"
    (
        "The State Department issued a note.\n\nHelen Marsh, a former secretary of state, "
        "spoke on Monday.\n\n\u201cWe did good work,\u201d the former secretary of state "
        "said.",
        "We did good work",
        "Helen Marsh",
        False,
    ),
    # a statement by several issuers: the first one named
    (
        "Ministers met on Monday.\n\nA statement by EU foreign policy chief Karin Holm and "
        "the foreign ministers of France, Germany and the United Kingdom insisted that the "
        "deal \u201cis working and delivering on its goal\u201d of limiting enrichment.",
        "is working",
        "Karin Holm",
        True,
    ),
    # a verb before "because" does not introduce the fragment after it
    (
        "Senator Mark Olsen says Governor Tate is dismissing the threat because he is "
        '"obsessed" with his own standing.',
        "obsessed",
        "Mark Olsen",
        True,
    ),
    # "he" with no man in the last paragraphs: the article's main man, further up
    (
        "Donald Vance spoke to a packed arena in Canton on Wednesday night.\n\n"
        "The crowd had waited for hours in the cold.\n\n"
        "Vendors sold hats and flags outside the doors.\n\n"
        "The speech ran for more than an hour.\n\n"
        "Mentioning Helen Marsh's name brought a torrent of boos.\n\n"
        '"Helen Marsh calls my supporters names. I call them Americans," he said.',
        "I call them",
        "Donald Vance",
        False,
    ),
    # a pronoun after a comma splice refers back from where it stands
    (
        "Researchers have shown that the animal used camouflage.\n\n"
        "Fiann Smithwick from the School of Earth Sciences led the work,  He said: "
        "\u201cFar from being grey beasts, some dinosaurs showed colour patterns.\u201d",
        "Far from",
        "Fiann Smithwick",
        False,
    ),
    # a sentence opened by a participle: the main clause's subject speaks
    (
        "The rally went on as planned.\n\nSaying that \u201cnobody is going to change\u201d "
        "the lives of voters, Governor Alan Pryce went ahead with the speech.",
        "nobody is going",
        "Alan Pryce",
        True,
    ),
    # "who said" after a name and its appositive: the name speaks
    (
        "Lowe highlighted comments from two advisers, including Gene Sperry, director of "
        'the Economic Council, who said on Monday that Vance "is not going to sanction '
        'talks."',
        "is not going",
        "Gene Sperry",
        True,
    ),
    (
        "Brussels issued France with advice, a move that fell foul with French President "
        "Paul Marchetti, who said the EU should not \u201cdictate\u201d reforms.",
        "dictate",
        "Paul Marchetti",
        True,
    ),
    # "She'd" is "she"; "an Asian-American Republican" is what she is, not a name
    (
        "Dan Ruiz held a press conference with Commissioner Alma Ting, an Asian-American "
        "Republican who switched her support over the ad. She'd previously blasted the "
        'ad as "offensive and racist."',
        "offensive",
        "Alma Ting",
        True,
    ),
    # a short cue after the sentence's last comma owns its fragments
    (
        "The supplier earned $55 million in the state last year, justifying the fine as "
        "\u201cappropriate given the volume of business\u201d and the \u201cduplicitous "
        "nature\u201d of its conduct, the Public Utilities Authority said.",
        "appropriate given",
        "Public Utilities Authority",
        True,
    ),
    # a verb that characterises words makes a word after "of" a fragment, not a term
    (
        'President Dan Moss accused Speaker Ana Ruiz of "rigid" opposition in an '
        "interview on Sunday.",
        "rigid",
        "Dan Moss",
        True,
    ),
    # "he ... by saying": the pronoun opening the clause, not a name inside it
    (
        "Donald Vance picked a fight with the family.\n\nIgnoring aides and prominent "
        "GOP members, he doubled down by saying he did not \u201cregret anything\u201d "
        "about it.",
        "regret anything",
        "Donald Vance",
        True,
    ),
    # "..., but wrote": the verb shares the sentence's subject
    (
        "James Colby sent the letter on Friday.\n\nHe acknowledged the risk, given the "
        "proximity to Election Day, but wrote that he felt an \u201cobligation\u201d to "
        "inform Congress.",
        "obligation",
        "James Colby",
        True,
    ),
    # a surname is not the tower named after it
    (
        "Ted Cruz spoke in Philadelphia.\n\nDuring a victory speech at Vance Tower, Vance "
        'declared Cruz "just about mathematically eliminated" from the race.',
        "just about",
        "Vance",
        True,
    ),
    # "The Texas senator" describes the senator; Texas is no speaker
    (
        "Sen. Ted Cruz spoke in Philadelphia on Wednesday.\n\nThe Texas senator pointed "
        'out that "nobody is getting to 1,237."',
        "nobody is getting",
        "Ted Cruz",
        True,
    ),
    # "Asked if ..." opens a sentence; it names nobody
    (
        "The briefing ran long.\n\nAsked if Americans can trust what the president says, "
        'Spokesman Sean Pryor shot back: "If he is not joking, of course."',
        "If he is not",
        "Sean Pryor",
        False,
    ),
    # "the South Carolina Republican" is what the senator is, not someone else
    (
        "Sen. Lindsey Gray, the South Carolina Republican who had pushed for a vote on the "
        "bill, was circumspect about its future.\n\n\u201cDon\u2019t know,\u201d he said.",
        "Don",
        "Lindsey Gray",
        False,
    ),
    # a person's social media account speaks for the person
    (
        "Senator Helen Marsh picked Tom Kane as her running mate on Friday.\n\n"
        'His guiding principle is "the belief that you can make a difference," Marsh\'s '
        "Twitter account said.",
        "the belief",
        "Helen Marsh",
        True,
    ),
    # a relative clause after an unnamed source only describes it
    (
        'The remarks were not slips of the tongue but signs of a "conflictual" new era, a '
        "Slovak politician who would lead Europe has said.",
        "conflictual",
        "a Slovak politician",
        True,
    ),
    # a participle with no reporting verb before it: the sentence's subject
    (
        "The bill passed on Wednesday.\n\nGovernor Alan Pryce marked the occasion on "
        'Twitter, calling the law "the biggest tax cut in history."',
        "the biggest",
        "Alan Pryce",
        True,
    ),
    # a line that opens with a name and a colon is that name's
    (
        "Sen. Warren reacts to the testimony\nWarren: Vance is dismissing the threat "
        'because he is "obsessed" with his own standing\n\nThe hearing ran for six hours.',
        "obsessed",
        "Warren",
        True,
    ),
    # "who came on stage to say": the relative's antecedent says it
    (
        "The rally went on.\n\nAfter a few minutes he received an endorsement from "
        "Alabama Senator Jeff Sessions, who came on to the stage to say he was "
        "\u201cimpressed\u201d with the plan.",
        "impressed",
        "Jeff Sessions",
        True,
    ),
    # ranting is speaking
    (
        'Donald Vance spoke in Canton.\n\n"The cars are made in Mexico now," he ranted.',
        "The cars",
        "Donald Vance",
        False,
    ),
    # assuring is reporting
    (
        "The meeting was tense.\n\nBefore the questions began, Dana Whitt assured investors "
        "that \u201cwe are disappointed with the stock.\u201d",
        "we are disappointed",
        "Dana Whitt",
        True,
    ),
    # a party and a place set off by commas between the name and its verb
    (
        "Democrats panned the plan on Thursday.\n\n"
        '"What we have seen falls very short," House Speaker Ana Reyes, D-Calif., said on '
        "Thursday.",
        "What we have seen",
        "Ana Reyes",
        False,
    ),
    (
        "The memo was released on Friday.\n\n"
        "\u201cThat assumption is false,\u201d Rep. Tom Hale, R-Corning, said in a call.",
        "That assumption",
        "Tom Hale",
        False,
    ),
    # an unnamed spokesperson is not the outlet the statement went to
    (
        "The Lund campaign has not withdrawn its endorsement.\n\nIn a statement provided "
        "to WXKR, a campaign spokesperson said: \u201cThe campaign is focused on winning.\u201d",
        "The campaign is focused",
        "a campaign spokesperson",
        False,
    ),
    # an outlet that reports words
    (
        "Speaker Lou Grant is not leaving, his office says.\n\n"
        'Newsline reported earlier, "Grant has told close friends this is his last term."',
        "Grant has told",
        "Newsline",
        False,
    ),
    # reiterating and referring to report words too
    (
        'The union met again.\n\nMayor Kim Lowe is again reiterating that there was "no deal" '
        'with the union, and analyst Rob Tan referred to the talks as "generally limp."',
        "generally limp",
        "Rob Tan",
        True,
    ),
    # a word after the infinitive's "to" is the speaker's verb, not a term
    (
        "Rival spokesman Omar Reyes said that the campaign tried to \u201cundermine\u201d "
        "the senator with an email to voters.",
        "undermine",
        "Omar Reyes",
        True,
    ),
    # a day, a label or a state in brackets before "Name, description, said"
    (
        "On Tuesday Rep. Ada Klein (Ore.), one of the panel\u2019s three Democrats, said "
        "the majority was \u201cstalling the inquiry\u201d again.",
        "stalling",
        "Ada Klein",
        True,
    ),
    (
        "Next steps: Mia Torres, a spokesperson for Ohio\u2019s attorney general, told "
        'reporters that the office will "seek a quick appeal of the ruling."',
        "seek a quick",
        "Mia Torres",
        True,
    ),
    # a participle after ", but Name has ...," belongs to that clause's subject
    (
        "The charges prompted calls for his resignation, but Mayor Tom Reyes has remained "
        'defiant, saying on Friday that he looks "forward to clearing my name."',
        "forward to",
        "Tom Reyes",
        True,
    ),
    # a press secretary is the spokesman a later cue describes
    (
        "Brian Cole, press secretary for the Ann Lee campaign, spoke with host Tom Hale "
        'on Monday.\n\n"When did the governor know?" Hale asked.\n\n'
        '"I don\'t know," the campaign spokesman said.',
        "I don't know",
        "Brian Cole",
        False,
    ),
    # a wire story's dateline is not part of the subject's clause
    (
        "WASHINGTON - In a rare breach of decorum, a Republican lawmaker shouted "
        '"you are wrong" at the speaker during the vote.',
        "you are wrong",
        "a Republican lawmaker",
        True,
    ),
    # "and Name calling": the name before the gerund is its subject
    (
        "Budget talks collapsed on Friday, with Democrats blaming the governor and Mayor "
        'Ruth Gant calling the meeting "a complete waste of time."',
        "a complete waste",
        "Ruth Gant",
        True,
    ),
    # ", and told" after a "who" clause goes back to the sentence's own subject
    (
        "Former Mayor Ray Kwan spoke for an hour. In that speech, he lashed out at Gov. "
        "Jane Moss, who was trying to remove him from office, and told the crowd, "
        "\u201cYou have not seen the last of me.\u201d",
        "You have not seen",
        "Ray Kwan",
        False,
    ),
    # a party letter in brackets and a home town after the name
    (
        "\u201cVoters want someone who is direct,\u201d said State Representative Dev Patel, "
        "(R) Miami Township.",
        "Voters want",
        "Dev Patel",
        False,
    ),
    # "X said that he has told ...": the pronoun is the reporting verb's subject
    (
        "Governor Sam Lee walked out of the talks on Friday. Lee said the offer was not "
        "serious.\n\nSpeaking soon after news of Lee's decision broke, a frustrated Tom Ward "
        "said that he has told the leaders to come back on Saturday to "
        '"explain to me how we avoid a shutdown."',
        "explain to me",
        "Tom Ward",
        True,
    ),
    # "answered" reports words like "replied"
    (
        "\u201cWill you run again?\u201d Wallace asked Rudy Giuliani.\n\n"
        "\u201cI don\u2019t think anyone is asking me to,\u201d the former mayor answered.",
        "I don\u2019t think",
        "Rudy Giuliani",
        False,
    ),
    # a party tag before ", who" is no name, and the name before it is still the subject
    (
        "Phil Berger spoke first.\n\nBerger, R-Rockingham, who sponsored the bill, said the "
        "plan \u201callows us to work.\u201d\n\n\u201cWe take the state back,\u201d he said.",
        "We take the state",
        "Phil Berger",
        False,
    ),
    # ", saying, " before a quote: the sentence's subject, not the name nearest the verb
    (
        "The moderator pressed on.\n\nHolt unsuccessfully tried to fact-check Trump in "
        "the moment, saying, \u201cThe quote was about the look.\u201d",
        "The quote was",
        "Holt",
        False,
    ),
    # "she spoke ... with Braley and called him": the verb after "and" is hers
    (
        "Joni Ernst won the seat.\n\nAt the party, Ernst said she spoke by telephone with "
        "Bruce Braley and called him \u201ca worthy opponent.\u201d",
        "a worthy opponent",
        "Joni Ernst",
        True,
    ),
    # a fragment that opens in lower case is no title, whatever its capitals
    (
        'Lopez also said that while a win seemed unlikely, he\u2019s "hoping for a Hail Mary."',
        "hoping for",
        "Lopez",
        True,
    ),
    # "began" credits a quote it follows, and a capitalised line after "X interrupted:"
    # is speech, not a title
    (
        "\u201cYou have called your rivals names,\u201d moderator Ana Kell began. Tom Trent "
        "interrupted: \u201cOnly Rosie O\u2019Donnell.\u201d",
        "You have called",
        "Ana Kell",
        False,
    ),
    (
        "\u201cYou have called your rivals names,\u201d moderator Ana Kell began. Tom Trent "
        "interrupted: \u201cOnly Rosie O\u2019Donnell.\u201d",
        "Only Rosie",
        "Tom Trent",
        False,
    ),
    # a closing curly mark typed as the opening one at a paragraph's start
    (
        'The debate turned sharp.\n\n\u201dWe have seen a collapse of our discourse," '
        "Mayor Andrew Gill said.",
        "We have seen",
        "Andrew Gill",
        False,
    ),
    # "said the Plano Republican": a party's member describes the person named before
    (
        "Former Speaker Dennis Hastert, 74, admitted the abuse.\n\n"
        '"I am sorry to those I hurt," said the Plano Republican.',
        "I am sorry",
        "Dennis Hastert",
        False,
    ),
    # an inverted "Said Jones:" credits Jones; "Said" is no part of the name
    (
        "Commissioner David Jones spoke next.\n\n"
        'Said Jones: "This takes out the balance of power."',
        "This takes out",
        "David Jones",
        False,
    ),
    # more verbs that credit words: "bellowed", "needled ... as"
    (
        "Ben Sand was beaming.\n\n\u201cThank you, New Hampshire!\u201d he bellowed.",
        "Thank you",
        "Ben Sand",
        False,
    ),
    (
        "And the chief strategist, John Weaver, needled Rubio as "
        "\u201cmore hyped than Crystal Pepsi.\u201d",
        "more hyped",
        "John Weaver",
        True,
    ),
    # "he told Coons": the pronoun is never the one it speaks to
    (
        "Senator Chris Coons was driving to work with aide Sam Ortiz. Coons asked for a calm "
        'day. Then he told Coons, "The governor just resigned."',
        "The governor just",
        "Sam Ortiz",
        False,
    ),
    # ... also when the first names gave no one of the pronoun's gender (Kim, Dana)
    (
        "Kim Lasker met Dana Whitfield at the county office on Monday.\n\n"
        '"We will fight this in court," he told Whitfield.',
        "We will fight",
        "Kim Lasker",
        False,
    ),
    # the verb before a one-word fragment is found across "U.S." (not a sentence end)
    (
        'Maria Lopez accused the U.S. of "rigid" opposition to the bill.',
        "rigid",
        "Maria Lopez",
        True,
    ),
    # "disagreed by saying," hangs on the clause: its subject speaks
    (
        "Mayor Scott Farnam abstained.\n\nThe Mayor disagreed by saying, "
        "\u201cBy districts, it is easier and cheaper.\u201d",
        "By districts",
        "Scott Farnam",
        False,
    ),
    # "voiced his concern over X's "..."": the subject's words
    (
        "Defense Secretary Ann Carter on Wednesday voiced her concern over the rebels\u2019 "
        "\u201ccontradictory position\u201d in the talks.",
        "contradictory",
        "Ann Carter",
        True,
    ),
    # "..., but wrote" after a quote: the subject is the sentence's, further back
    (
        "FBI Director Jim Conway sent the letter.\n\nHe acknowledged the risk of a "
        "\u201cmisleading impression,\u201d given the proximity to Election Day, but wrote "
        "that he felt an \u201cobligation\u201d to inform Congress.",
        "obligation",
        "Jim Conway",
        True,
    ),
    # '"..." and, citing the emails, said': another clause's cue, not this fragment's
    (
        "In a series of posts, Dan Trent said Lee did not choose Sen. Ann Warren because "
        '"she hates her," alleged Kaine is "owned by banks" and, citing the newly leaked '
        'DNC emails, said the party planned to "destroy Ben Sand."',
        "owned by banks",
        "Dan Trent",
        True,
    ),
    # an answer to a named party's question is not the asker's
    (
        "Brian Fallon, the campaign's press secretary, spoke to host Don Lemon.\n\n"
        '"It would have been malpractice not to," Fallon said.\n\n'
        '"Do you wish the campaign had been more open?" Lemon asked.\n\n'
        '"I am sure there were reasons for it," he said.',
        "I am sure",
        "Brian Fallon",
        False,
    ),
    # a party tag before ", who ..." keeps the relative clause's comma
    (
        "Senate leader Phil Berger, R-Rockingham, who sponsored the Republican repeal bill, "
        "said the moratorium \u201callows us to work on a solution.\u201d",
        "allows us",
        "Phil Berger",
        True,
    ),
    # initials with periods ("J.B.") do not end the cue's sentence
    (
        "\u201cI think some members are wavering,\u201d councilman J.B. Smiley said during "
        "the debate.",
        "I think some",
        "J.B. Smiley",
        False,
    ),
    # a place before the description's noun must be the party's: Ohio's governor is not
    # "the former Florida governor"
    (
        "Jed Barlow finished just ahead of Ohio Gov. Tom Kessler, who barely campaigned.\n\n"
        "Barlow took the stage and announced he is ending his campaign. \u201cI'm proud of "
        "the campaign we ran,\u201d the former Florida governor told his supporters.",
        "proud of",
        "Jed Barlow",
        False,
    ),
    # "the former New York City mayor himself": a description of the party named before
    # ("York" is no first name after "New"), not the city
    (
        'Rudy Giuliani defended Donald Trump on Sunday.\n\n"He\'s ashamed," Giuliani told '
        'ABC; the former New York City mayor himself called the tape "horrible."',
        "horrible",
        "Rudy Giuliani",
        True,
    ),
    # a place or party before a job is a description, not the speaker's name
    (
        'Roger Stone was in court. A former Trump adviser called the charges "a witch hunt."',
        "witch hunt",
        "A former Trump adviser",
        True,
    ),
    # "the country's top diplomat": an institution's role, someone the article named...
    (
        "Secretary of State Mike Pompeo met reporters on Thursday.\n\n\u201cIt is not about "
        "who has the upper hand,\u201d Pompeo insisted.\n\nThe country\u2019s top diplomat "
        "added that the talks were \u201cmoving forward.\u201d",
        "moving forward",
        "Mike Pompeo",
        True,
    ),
    # ... but "the victim's mother" is someone not named
    (
        "Michael Webb was sentenced on Friday.\n\nThe victim\u2019s mother testified, "
        'describing her daughter as "brave, strong, and smart."',
        "brave, strong",
        "The victim\u2019s mother",
        True,
    ),
    # a participle opening the sentence is not its subject
    (
        'Sentencing, judge Lady Morag Stacey told Dowson: "The behaviour was outrageous."',
        "The behaviour",
        "Morag Stacey",
        False,
    ),
    # a caption line left between the paragraphs of one quote does not end it
    (
        "Federation chair Alex Charge said: \u201cThis was a serious attack.\n\n"
        "Daily Echo:\n\n\u201cWhat we now need is the courts to take it seriously.\u201d",
        "What we now need",
        "Alex Charge",
        False,
    ),
    # a degree after a name is no party for "he" to refer to
    (
        "The gene switched off a receptor, said co-author Kelly Marsh, PhD, professor of "
        "genetics. \u201cWe found the cells that drive fibrosis,\u201d he said.",
        "We found the cells",
        "Kelly Marsh",
        False,
    ),
    # "the group" after "a group of parents" and no group named: the unnamed group
    (
        "Inspectors from Ofsted rated the school inadequate. Ofsted said the leadership had "
        "failed.\n\nA determined group of parents say they "
        'will fight the change.\n\nThe group told the paper: "We have absolute '
        'confidence in the head."',
        "We have absolute",
        "The group",
        False,
    ),
    # a participle after ", repeatedly" hangs on its clause's unnamed subject, past an
    # opening "As ..." clause, not on the street named before it
    (
        "As police arrived, a woman came running up Citico Avenue, repeatedly saying "
        '"No, no, no," as she got closer.',
        "No, no, no",
        "a woman",
        True,
    ),
    # ... and a description subject with capitals in it is resolved whole
    (
        "Sarah Huckabee Sanders returned to the podium on Monday.\n\nThe White House press "
        "secretary was the first to mention it, cheekily telling reporters, "
        "\u201cMissed you guys\u201d, as she took to the podium.",
        "Missed you guys",
        "Sarah Huckabee Sanders",
        True,
    ),
    # a dash after the name closes it, like a comma
    (
        "\u201cYou are pricing out our future leaders,\u201d said Lauren Buisson \u2014 vice "
        "president of the council.",
        "You are pricing",
        "Lauren Buisson",
        False,
    ),
    # "she" with nobody of hers named: the unnamed woman the story follows, not a street
    # that starts with a first name
    (
        "A woman came running up Willow Street.\n\nShe ducked under the police tape.\n\n"
        "An officer walked her back.\n\n\u201cAre you serious?\u201d she repeated.",
        "Are you serious",
        "A woman",
        False,
    ),
    # "X related that ... and noted,": the verb after "and" shares the named subject
    (
        "Jan Scepurek related that the library has surplus funds and noted, \u201cso far "
        "we have been able to keep things going with less money.\u201d It was indicated "
        "that the librarian is part time.",
        "so far we have",
        "Jan Scepurek",
        False,
    ),
    # an appositive whose closing comma is missing still describes the name before it
    (
        "It also comes just days after Kevin Fitzroy, Nissan\u2019s divisional vice-president "
        "for European manufacturing told The Northern Echo it was \u201cbusiness as "
        "usual\u201d after the company unveiled a new press.",
        "business as usual",
        "Kevin Fitzroy",
        True,
    ),
    # a surname cut short ("Chandrasekar" for N Chandrasekaran) is the same person
    (
        "Tata Sons chairman N Chandrasekaran spoke on Friday.\n\nChandrasekar told "
        "CNBC: \u201cWe are committed to Tata Motors.\u201d",
        "We are committed",
        "N Chandrasekaran",
        False,
    ),
    # dashes set off an aside as commas do; "the Tata group" speaks, not Ratan Tata
    (
        "Ratan N. Tata built the hotels.\n\nResponding to a letter by Paul White of Orient "
        "Express \u2013 which was dubbed racist in India \u2013 the Tata group pointed out "
        "that its hotels \u201care a proud Indian company.\u201d",
        "are a proud",
        "Tata group",
        True,
    ),
    # a job, then the name that holds it, then a long appositive: the name speaks
    (
        "Kevin Rudd spoke on television.\n\nThe Minister for Regional Australia, Simon "
        "Crean, one of Mr Rudd's strongest critics in the run-up to his February challenge, "
        "said: ''What he's demonstrated is that he's prepared to play in the team.''",
        "What he's demonstrated",
        "Simon Crean",
        False,
    ),
    # "he" after an unnamed spokesperson who was reported speaking, with no one named
    (
        "Cork University Hospital had 60 people on trolleys.\n\nA spokesperson for the "
        "nurses' union said the numbers were getting worse every day.\n\n\u201cThe "
        "private sector must step in now,\u201d he said.",
        "The private sector",
        "A spokesperson",
        False,
    ),
    # "the post continued": whoever the article said published the post
    (
        "The Bees Creek Fire District said two firefighters were hurt early Thursday.\n\n"
        "In a post on its Facebook page, the district said crews \u201cresponded to a call "
        "on Graham Road.\u201d\n\n\u201cUpon arrival, the roof collapsed,\u201d the post "
        "continued.",
        "Upon arrival",
        "Bees Creek Fire District",
        False,
    ),
    # a capitalised job "of" or "for" a body, set off by commas, describes the name
    (
        "Twelve diplomats were given 72 hours to leave.\n\nAnatoliy Glaz, Spokesperson for "
        "the Ministry of Foreign Affairs of Belarus, explains this decision by "
        "\u201cnumerous unfriendly actions of Ukraine\u201d and interference.",
        "numerous unfriendly",
        "Anatoliy Glaz",
        True,
    ),
    # "commented," is a speech verb
    (
        "Belarus closed the consulate.\n\nOleh Nikolenko, Spokesperson for the Ministry of "
        "Foreign Affairs of Ukraine, commented, \u201cToday the Belarusian side announced "
        "cuts.\u201d",
        "Today the Belarusian",
        "Oleh Nikolenko",
        False,
    ),
    # a body and a job before the name that opens a colon's lead-in
    (
        "The minister met farmers on Monday.\n\nIFA president Tim Cullinan agreed to the "
        "meeting but told the minister: \u201cWe are at a point of no more negotiations.\u201d",
        "We are at a point",
        "Tim Cullinan",
        False,
    ),
    # a surname misspelt once is the same person, under the spelling used most
    (
        "Council member Owen Hartwell voted no.\n\nAccording to Hartwel, \u201cthe money "
        "was the problem.\u201d Hartwell said the vote was close.",
        "the money",
        "Owen Hartwell",
        False,
    ),
    (
        "Coach Leroy Champan spoke after the game. Chapman praised the defense.\n\n"
        "\u201cThey never quit,\u201d Chapman said.",
        "They never quit",
        "Leroy Chapman",
        False,
    ),
    # a title's complement ("Ambassador to the United Nations") is not the holder's name
    (
        "U.S. Ambassador to the United Nations Dana Whitmore condemned the strike, calling "
        "it a \u201cdisgrace.\u201d\n\n\u201cHow many more have to die?\u201d Whitmore asked.",
        "How many more",
        "Dana Whitmore",
        False,
    ),
    # an unnamed speaker after the quote, with a relative clause that only describes him
    (
        "Retailers say sales are up over last year.\n\n\u201cThe tone is very good,\u201d "
        "one store chairman who requested anonymity told the paper.",
        "The tone is",
        "one store chairman",
        False,
    ),
    # a speech verb right after the quote cues it, though a noun like "remarks" follows
    (
        '"It cuts jobs," said Senate leader Walt Pruitt. "That speech was written by his '
        "donors,\" said Majority Leader Nora Decker in response to Pruitt's remarks.",
        "That speech",
        "Nora Decker",
        False,
    ),
    # "of" after a person's name: the person speaks, not the ministry named after it
    (
        "Pastor Daryl Hensley of New Hope Christian Ministries said he could "
        '"feel the panic" in his congregation.',
        "feel the panic",
        "Daryl Hensley",
        True,
    ),
    # "he added" goes on from the quote before it, though "Udaya" is usually a woman's name
    (
        "A statement posted on the website, Lankaweb, on Sunday claimed that the army "
        "attacked.\n\nThe reports have been denied.\n\n\u201cThis is not true,\u201d "
        "Brigadier Udaya Perera told RFI. \u201cAt the same time, they fired at them,"
        "\u201d he added.",
        "At the same time",
        "Udaya Perera",
        False,
    ),
    # a capitalised job after the name ("Logan High School Senior") is not the speaker
    (
        '"It has been very stressful," said Ignacio Ruiz, Logan High School Senior.',
        "very stressful",
        "Ignacio Ruiz",
        False,
    ),
    # "his campaign team" is the campaign of whom "his" refers to
    (
        "President Lucien Marchal faces a run-off on Sunday.\n\nHe will make his rally "
        "more personal, according to his campaign team, requiring an \u201cenergetic "
        "presence\u201d on stage.",
        "energetic presence",
        "Lucien Marchal campaign team",
        True,
    ),
    # a country's opposition speaks, not the country
    (
        "HARARE - Zimbabwe\u2019s opposition accused President Robert Mugabe on Saturday of "
        "waging a \u201cwar on the people\u201d to reverse the election.",
        "war on the people",
        "Zimbabwe opposition",
        True,
    ),
    # "the junta", with no organisation called that, is not the junta's spokesman
    (
        "\u201cShe is in good health,\u201d junta spokesman Zaw Min Tun told AFP.\n\n"
        "In April, the junta said she had been given \u201cnecessary care\u201d in the heat.",
        "necessary care",
        "the junta",
        True,
    ),
    # a word or two after "in" is a term, unless the speaker reports their own side...
    (
        "The Harbor Union said it had acted in \u201cself-defense\u201d during the strike.",
        "self-defense",
        "Harbor Union",
        True,
    ),
    # ...or a cue follows it
    (
        "Detained leader Mara Venn is in \u201cgood health\u201d, her lawyer Tomas Okafor "
        "told reporters on Monday.",
        "good health",
        "Tomas Okafor",
        True,
    ),
    # a capitalised word someone called someone else is their words, not a name
    (
        "Union chief Frank Stoll, without naming her, called the carmaker's chief executive "
        'Mary Barr a "Grinch" for the layoffs.',
        "Grinch",
        "Frank Stoll",
        True,
    ),
    # a British councillor's title is dropped like "Mr": Cllr Tett is Martin Tett
    (
        "Council leader Martin Tett announced the cuts on Monday.\n\n"
        '"We have no choice," Cllr Tett said.',
        "We have no choice",
        "Martin Tett",
        False,
    ),
    # the subject of a clause opened by "after" speaks, not an appositive before it
    (
        "Trade secretary Alan Pryce will meet the bloc's chief negotiator, Michel Bardot, "
        'in Brussels after Jean-Luc Varenne insisted "we can have a deal" before the deadline.',
        "we can have a deal",
        "Jean-Luc Varenne",
        True,
    ),
    # a participle after a dash hangs on the clause, as after a comma
    (
        "Council leader Ken Walford set out the budget.\n\nHe criticised the cuts, and "
        "singled out Communities Secretary Eric Pell - claiming the minister had made "
        'nothing but "shallow statements on executive pay" all year.',
        "shallow statements",
        "Ken Walford",
        True,
    ),
    # an acronym as the speaker is the name it abbreviates
    (
        "The World Health Organization (WHO) says the disease is rare.\n\n"
        'Untreated pneumonic plague is "always fatal", says WHO.',
        "always fatal",
        "World Health Organization",
        True,
    ),
    # a quote right after another quote's cue goes on in that voice, not an earlier one
    (
        '"Why are we doing it now?" asked Republican Senator Ted Kanos. But Democrat Jon '
        'Erpen argued that was the point. "Diners are hiring right now" said Erpen. '
        '"The point is, these are adults, with kids."',
        "The point is",
        "Jon Erpen",
        False,
    ),
    # a document with its issuer right after it speaks for the issuer
    (
        "READ MORE: What are the hospital's problems this winter?\n\nA report published by "
        "CQC on Friday (February 10) based on a visit in November, describes "
        "\u201cunacceptable\u201d waits in corridors.",
        "unacceptable",
        "CQC",
        True,
    ),
    # "When X was asked ..., he said": the opening clause's subject
    (
        "Foreign Minister Rob Carl, asked about Mr Budd's return, declared: ''Not remotely.''"
        "\n\nWhen Communications Minister Stephen Conway was asked if Mr Budd was making a "
        "move, he said: ''I think he is campaigning.''",
        "I think he is",
        "Stephen Conway",
        False,
    ),
    # a body's name run into a personal name: the person speaks, not the body
    (
        "Chairperson of the Hillside Ratepayers and Civic Organisation Osman Jacobs said: "
        "\u201cThe rates have gone up every year.\u201d",
        "The rates have gone up",
        "Osman Jacobs",
        False,
    ),
    # "Ms" tells a woman even when the mention leaves the honorific out
    (
        "Ms Trad defended the debt level. Mr Lander attacked it in question time.\n\n"
        '"It will pay for itself," she said.',
        "It will pay for itself",
        "Trad",
        False,
    ),
    # "the premier" is not the shadow treasurer who spoke last
    (
        '"Will the debt ever be paid off?" Shadow Treasurer Tim Lander asked.\n\n'
        "Ms Pallas accused the opposition of running out of questions.\n\n"
        '"You are a hopeless, lazy opposition," the premier said.',
        "You are a hopeless",
        "Pallas",
        False,
    ),
    # a dateline line without a period ends its sentence: the next line opens with the
    # subject that the verb after "and" shares
    (
        "PTI | Chandigarh | Updated: 26-09-2023 20:33 IST\n"
        "Chief Minister Bhagwant Mann Tuesday slammed opposition leader Partap Bajwa for "
        "claiming at least 32 MLAs were in touch with him, and said ''Bajwa is building "
        "castles in the air''.",
        "Bajwa is building",
        "Bhagwant Mann",
        True,
    ),
    # a relative clause after the subject describes it: its names are not the subject
    (
        "\"You are our light,\" Adele said.\n\nThe '25' songstress, who also won Record of "
        "the Year and Song of the Year, said backstage that when she heard her name "
        '"a piece of me died inside".',
        "a piece of me died",
        "Adele",
        True,
    ),
    # a place run into a name the article also uses alone is two names; a name whose
    # own speech verb is followed by "his" is a person's
    (
        "DA mayoral candidate for Cape Town Geordin Hill-Lewis said the ANC was desperate."
        "\n\nHill-Lewis took the campaign bus to Cape Town.\n\nOn Monday, Hill-Lewis "
        "declared that his party could stop EFF leader Julius Malema.\n\n"
        "\u201cWe cannot play with fire,\u201d he said.",
        "We cannot play with fire",
        "Geordin Hill-Lewis",
        False,
    ),
    # what someone once was, run into the surname of a person named in full, is no name
    (
        "The deputy leader Keith Brodie has claimed the party is toxic.\n\nSpeaking in "
        "parliament, former Royal Marine Brodie struck out against the leader, criticising "
        'what he called the "disingenuous conduct" of the group.',
        "disingenuous conduct",
        "Keith Brodie",
        True,
    ),
    # a lead that describes its speaker and names them as the next sentence's subject
    (
        "The leader of Hillshire Council has said he \u201ctakes no pride\u201d in announcing "
        "cuts to key services.\nCllr Martin Tedd defended the savings on Monday.",
        "takes no pride",
        "Martin Tedd",
        True,
    ),
    # ... but not someone the article gives another job
    (
        "The leader of the drivers' union has said the plan is \u201ca betrayal\u201d of "
        "its members.\nTransport Minister Ann Cole defended the plan on Monday.",
        "a betrayal",
        "The leader of the drivers' union",
        True,
    ),
    # "but the opposition": a body after a coordinator is the clause's subject
    (
        "NAIROBI - Kenya's president took an early lead as results came in on Wednesday, "
        'the election board said, but the opposition dismissed the numbers as "fake".',
        "fake",
        "the opposition",
        True,
    ),
    # "which X warned": the relative clause's own subject speaks; "Justice" before
    # "Department" is no judge's title
    (
        "Reed said he supports the release of the memo, which the Justice Department "
        "warned would be \u201cextraordinarily reckless,\u201d because the public can judge.",
        "extraordinarily reckless",
        "Justice Department",
        True,
    ),
    # "the truck maker" is the company whose name says trucks, not the union
    (
        "Thousands of union workers walked out after rejecting a pay deal from Mack Trucks."
        "\nThe UAW announced the strike in a statement.\nAt the time, the North "
        "Carolina-based truck maker, which is part of the Volvo Group, said the deal "
        "\u201cwould deliver significantly increased wages.\u201d",
        "would deliver",
        "Mack Trucks",
        True,
    ),
    # "Ald." is a title, so its period ends no sentence; "(2nd Ward)" is an aside
    (
        "\u201cWe would generate the most revenue downtown,\u201d Ald. Brian Hopkins "
        "(2nd Ward) said.",
        "We would generate",
        "Brian Hopkins",
        False,
    ),
    # "the city's police chief", with no chief yet: the chief the next lines name
    (
        'The shooting of Daunte Wright was the result of an "accidental discharge," the '
        "city's police chief said.\nBrooklyn Center Police Chief Tim Gannon said on Monday "
        "that the officer meant to grab her taser.",
        "accidental discharge",
        "Tim Gannon",
        True,
    ),
    # "asserted" reports speech; "to which Murphy replied" is Murphy
    (
        "\u201cAnybody who knows me knows I am not the governor,\u201d asserted Guadagno, to "
        "which Murphy replied, \u201cHer record is his record.\u201d",
        "Her record is",
        "Murphy",
        False,
    ),
    (
        "\u201cAnybody who knows me knows I am not the governor,\u201d asserted Guadagno.",
        "Anybody who knows",
        "Guadagno",
        False,
    ),
    # "Mr Barclay's department" speaks as the department, not as Barclay
    (
        "Mr Barclay\u2019s department said he will meet with Mr Barnier to \u201ctake "
        "stock\u201d after the talks.",
        "take stock",
        "Barclay department",
        True,
    ),
    # "The department" is a department the article named, not a group called "The"
    (
        "The Harbor City Police Department arrested two men on Sunday.\n\nThe department "
        'said the festival would go ahead. "Shutting it down punishes the community," it '
        "said.",
        "Shutting it down",
        "Harbor City Police Department",
        False,
    ),
    # a line linking out to another story cues nobody's quote: the paragraph before it
    # says who opens the quote
    (
        "The commissioner, Mr Gbenga Omo, argued that the state could not act.\n\n"
        "ALSO READ: Dabiri urges Nigerians abroad to report to the embassy\n\n"
        "\u201cIt is meant to assure residents that we have not stopped working.\n\n"
        "\u201cIt is also a chance to tell the public about our plans,\u201d he added.",
        "It is meant to assure",
        "Gbenga Omo",
        False,
    ),
    # "Kerry, he said, have ...": the name before the parenthetical cue is what the
    # speaker talks about, not the speaker
    (
        "Dublin beat Kerry by a point on Sunday.\nCaptain Tom Quinlan thanked the fans. "
        '"We have waited years for this," he said.\n'
        "Kerry, he said, have \u201cbeen the best side in the country for a decade\u201d.",
        "been the best side",
        "Tom Quinlan",
        True,
    ),
    # a person "of" a body, then the town the body is in: the person speaks
    (
        "Inspector Moira Kelt of the roads policing unit, Dunmore, said: \u201cWe are keen "
        "to hear from anyone who saw the crash.\u201d",
        "We are keen",
        "Moira Kelt",
        False,
    ),
    # an opening phrase run into the subject's name, then an aside on what they were doing
    (
        "In a rare moment of levity Judge Conor Brady, sitting at Tralee District Court, "
        "said: \u201cThe witness has a better excuse than most.\u201d",
        "The witness has",
        "Conor Brady",
        False,
    ),
    # ... but a name that is the object of the opening phrase is not the subject
    (
        "After receiving the trophy from league president Sean Daly, captain Mark Byrne "
        "praised a \u201cfabulous group of players\u201d.",
        "fabulous group",
        "Mark Byrne",
        True,
    ),
    # a party tag is blanked, but the comma before the aside after it stays
    (
        "Sen. Dale Morrow, R-Utah, a leading critic of President Barack Obama\u2019s "
        "budget, told reporters that any deal must \u201ccut the waste\u201d first.",
        "cut the waste",
        "Dale Morrow",
        True,
    ),
    # an object relative clause's own subject: "a district that Saccone referred to as"
    (
        "Lamb\u2019s win worried Republicans, coming in a district that Saccone often "
        "referred to as \u201cTrump country.\u201d",
        "Trump country",
        "Saccone",
        True,
    ),
    # "Romney supporters on the call who characterized": the group, not Ann Romney
    (
        "Ann Romney was praised on Wednesday. Three governors were among six Romney "
        "supporters on the call who characterized the remarks as \u201cinsulting.\u201d",
        "insulting",
        "Romney supporters",
        True,
    ),
    # a lead's "by a judge who said", and the judge named in the next paragraph
    (
        "A former church treasurer was sentenced Thursday to six years in prison by a "
        'judge who said he had "betrayed the trust of his friends."\n\n'
        "Paul Dorsey, 61, pleaded guilty in January. U.S. District Judge Lorna Quist "
        "said the theft went on for nine years.",
        "betrayed the trust",
        "Lorna Quist",
        True,
    ),
    # "quoted the president as saying": the president's words
    (
        "President Barack Obama met House Democrats on Saturday. A senior aide quoted the "
        'president as saying he was "absolutely confident that you will get this done."',
        "absolutely confident",
        "Barack Obama",
        True,
    ),
    # "an army spokesman told AFP" in the lead is the spokesman named a few lines on;
    # the headline's "says army spokesman" describes nobody on the line below it
    (
        "Leader in good health, says army spokesman\nSign up now for alerts\n"
        "YANGON - The detained leader is in \u201cgood health\u201d, an army spokesman told "
        "AFP on Thursday.\nShe has been held since the coup.\n"
        "\u201cShe is in good health as far as I know,\u201d army spokesman Min Lwin told AFP.",
        "good health\u201d",
        "Min Lwin",
        True,
    ),
    # "a Gallo foe" is a name modifying a noun: not the subject "he" continues
    (
        "Mayor Gallo said the vote would wait.\n\nAlderman Peter Vance (9th Ward), a Gallo "
        "foe, delayed approval of the appointee.\n\n\u201cThe committee was misled,\u201d he "
        "said.",
        "The committee was misled",
        "Peter Vance",
        False,
    ),
    # a judge is also called a justice: the lead's "A Supreme Court judge" is the
    # Justice named in the next paragraph
    (
        "A SUPREME Court judge has accused prosecutors of \u201cplaying a game\u201d with "
        "the courts.\n\nJustice Paul Corrigan said two cases had come before him in a week.",
        "playing a game",
        "Paul Corrigan",
        True,
    ),
    # whoever a question was put to answers it, however the answer describes them
    (
        "Fox host Chris Wallace interviewed Rudy Giuliani on Sunday.\n\n"
        "\u201cWas Conway unwilling to defend the remarks?\u201d he asked Giuliani.\n\n"
        "\u201cI don\u2019t think anyone is going to defend them,\u201d the former mayor "
        "answered.",
        "I don\u2019t think anyone",
        "Rudy Giuliani",
        False,
    ),
    # "A spokesman for ..." in the lead, and the spokesman named in the next sentence
    (
        "A spokesman for Sen. Ada Brent\u2019s campaign on Tuesday accused her rival of "
        "\u201cdirty tricks\u201d in the primary.\n\nBrent spokesman Alex Conroy said on "
        "MSNBC that the rival had misled voters.",
        "dirty tricks",
        "Alex Conroy",
        True,
    ),
    # "the company" leans away from a name the model typed a person ("Melrose")
    (
        "Shares in GKN have rocketed after the engineering firm revealed that it has "
        "rejected a takeover bid from Melrose.\nThe company said on Friday that it rebuffed "
        "an \u201copportunistic\u201d proposal from the turnaround specialist.",
        "opportunistic",
        "GKN",
        True,
    ),
    # "standing beside Ferguson": an object, not the subject "he" continues
    (
        '"It violates the rule of law," Attorney General Bob Ferguson said.\n\n'
        "Governor Jay Inslee, standing beside Ferguson, was also unequivocal.\n\n"
        '"Its clear purpose is an unconscionable religious test," he said.',
        "Its clear purpose",
        "Jay Inslee",
        False,
    ),
    # "It added" after ", the statement said.": the statement goes on, as its issuer
    (
        "U.S. and South Korean forces held drills, according to a statement issued by "
        "the U.S. Army.\n\nThe exercise deployed rockets from South Korean arsenals, the "
        'statement said.\n\nIt added: "The commitment to the defense of the ROK is '
        'ironclad."',
        "The commitment",
        "Army",
        False,
    ),
    # a paragraph that opens "According to X," goes on in X's words
    (
        '"This is not fair," Ms. Conway said.\n\nAccording to Sean Doyle, owner of Doyle '
        "Excavating, the land was protected by a site plan review. \u201cThe change affects "
        "how the land can be used.\u201d",
        "The change affects",
        "Sean Doyle",
        False,
    ),
    # "an independent voter approached Snowe and told her": the voter, not Snowe
    (
        "Sen. Olympia Snowe urged voters to back her colleague. After the rally, an "
        "independent voter approached Snowe and told her that \u201cto hear you say that\u201d "
        "had swayed her.",
        "to hear you say",
        "an independent voter",
        True,
    ),
    # "Rex Early, Trump's Indiana campaign chairman, said": a possessive description with
    # a capitalised word after the owner describes the name before it, not the owner
    (
        "Donald Trump spoke on Monday.\n\nRex Early, Trump's Indiana campaign chairman, said "
        'he was not sure, but that he believed "it came from people that are in the know."',
        "it came from",
        "Rex Early",
        True,
    ),
    # a name beside the subject of a relative clause ("the package that the chief
    # executive, Ian King, received") is not the sentence's subject "he" continues
    (
        "Shareholders met in London.\n\nAnother, Paul Bell, criticised the pay package that "
        "the chief executive, Ian King, received in 2011.\n\n"
        '"You are not performing," he said.',
        "You are not",
        "Paul Bell",
        False,
    ),
    # a relative nobody was named as ("Gough's father", "the victim's mother") stays
    # the description: never the relative it names, nor whoever was named last
    (
        "Jaime Gough was killed in 2004. Michael Hernandez was convicted.\n\n"
        '"I thank God for the strength," Gough\'s father said.',
        "I thank God",
        "Gough's father",
        False,
    ),
    (
        "Jaime Gough was killed in 2004. Michael Hernandez was convicted.\n\n"
        '"It is horrible what he did to my son," the victim\'s mother said.',
        "It is horrible",
        "the victim's mother",
        False,
    ),
    # "Outside court," opens the sentence: the name after it is the subject, not the
    # names in its appositive; a label before a colon is no part of the clause
    (
        "Amber Guyger shot Botham Jean.\n\nOutside court, S. Lee Merritt, an attorney for "
        'Jean\'s family, called the conviction a "huge victory" for the family.',
        "huge victory",
        "Lee Merritt",
        True,
    ),
    (
        "Amber Guyger shot Botham Jean.\n\nVerdict: Outside court, Lee Merritt, an attorney for "
        'Jean\'s family, called the conviction a "huge victory" for the family.',
        "huge victory",
        "Lee Merritt",
        True,
    ),
    # "by a judge who proudly told him": an adverb after "who" keeps the agent
    (
        "Larry Nassar was sentenced Wednesday to 175 years in prison by a judge who proudly "
        'told him, "I just signed your death warrant."\n\nCircuit Judge Rosemarie Aquilina '
        "listened to 150 women over seven days.",
        "I just signed",
        "Rosemarie Aquilina",
        False,
    ),
    # "The Scot": a nationality only ever after "the" describes the player named before
    (
        "Andy Murray produced a brilliant display to knock out Richard Gasquet. The Scot, "
        "who was cheered on by a packed Centre Court crowd, was delighted with his "
        'performance.\n\n"I thought it was good," he told BBC Sport.',
        "I thought it",
        "Andy Murray",
        False,
    ),
    (
        "Rafael Nadal won the French Open for a 14th time on Sunday.\n\n"
        '"It is very special," the Spaniard said.',
        "It is very",
        "Rafael Nadal",
        False,
    ),
    # "who identified himself only as Olayinka": a man who gave one name, whatever NER
    # made of it
    (
        "Residents said two police officers were wounded.\n\nA landlord in the area, who "
        "identified himself only as Olayinka, told Punch there were women among the "
        "militants.\n\nHe said, \u201cThe attacks started in Fatoki community on "
        "Saturday.\u201d",
        "The attacks started",
        "Olayinka",
        False,
    ),
    # "she" after "Jean's mother, who described ..." is the mother, unnamed, not the
    # woman named paragraphs before
    (
        "Amber Guyger, a former police officer, was convicted of murder.\n\nLee Merritt, "
        "an attorney for the family, called it a victory.\n\nThe jury heard from Jean's "
        "mother, who described the day she learned her son had been shot. "
        '"My life has not been the same," she said.',
        "My life",
        "Jean's mother",
        False,
    ),
    # "A prosecutor called ...", then "Prosecutor Angela Povilaitis also said": the
    # next sentence names the role, and "also" makes it the same person
    (
        "Larry Nassar was sentenced on Wednesday.\n\n"
        + "The hearing ran for seven days and heard from more than 150 women. " * 10
        + "\n\nA prosecutor called Nassar "
        '"possibly the most prolific serial child sex abuser in history." Prosecutor Angela '
        'Povilaitis also said Nassar "perfected a built-in excuse" as a doctor.',
        "possibly the most",
        "Angela Povilaitis",
        True,
    ),
    # "Police have said": the police speak, when no force was named as such
    (
        "Man in critical condition following stabbing in Chester\n\nA 38-year-old local "
        "man had been stabbed.\n\nPolice have said enquiries are \u201congoing and "
        "officers are keen to hear from anyone with information.\u201d",
        "ongoing",
        "Police",
        True,
    ),
    # "the Cincinnati native": a person known by where they come from
    (
        "Adrien Broner and Manny Pacquiao met the press on Wednesday. Broner himself "
        "claimed to be put off when it was his turn to speak.\n\n\u201cI really ain\u2019t "
        "up here to talk a lot,\u201d the Cincinnati native said.",
        "I really",
        "Adrien Broner",
        False,
    ),
    # "Singh did not say if ..., but said": an auxiliary and "not" before the first verb
    (
        "Jagmeet Singh leads the NDP.\n\nOn Thursday, Singh did not say if he will support "
        "any potential non-confidence motion against the minority Liberal government, but "
        "said that a federal election is now \u201cmore likely than before.\u201d",
        "more likely",
        "Jagmeet Singh",
        True,
    ),
    # "Asked if Mr Drakeford would comment, a spokesman for the first minister said:":
    # the unnamed spokesman, not the name in the opening clause
    (
        "Mark Drakeford is the first minister.\n\nAsked if Mr Drakeford would comment on "
        'the matter on Thursday, a spokesman for the first minister said: "I very much '
        'doubt it. He has been rather busy today."',
        "I very much",
        "a spokesman for the first minister",
        False,
    ),
    # a BBC caption label run into its text ("Media captionLord Justice Leveson:"), and
    # a line that is only a name and a colon, gives the speaker
    (
        "Leveson reveals inquiry concerns\n\nMedia playback is unsupported on your device"
        '\n\nMedia captionLord Justice Leveson: "No conclusions have yet been reached."\n\n'
        "Lord Justice Leveson said he contacted Number 10.",
        "No conclusions",
        "Leveson",
        False,
    ),
    # "with the striker describing it as": the participle's own subject
    (
        "Erling Haaland\u2019s transfer to Manchester City has been confirmed by the Premier "
        "League champions, with the striker describing it as \u201ca proud day for me and my "
        "family\u201d.",
        "a proud day",
        "Erling Haaland",
        True,
    ),
    # "Story continues below": an advert's place holder cues nobody's quote
    (
        "\u201cWe played hard tonight,\u201d head coach Travis Green said after the game."
        "\n\nStory continues below\n\n\u201cThese guys felt good about winning tonight."
        "\u201d",
        "These guys",
        "Travis Green",
        False,
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker", "partial"), QUOTE_CASES)
def test_quote_patterns(text, opening, speaker, partial):
    quotes = [q for q in annotate(text).quotes if opening in q.text]
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
    assert quotes[0].partial is partial


def test_a_nickname_in_quotation_marks_does_not_take_the_surname():
    text = (
        "Play Live Radio\nNext Up:\n\nGov. Lena Ward and Mark Toller Clash in Only "
        "Scheduled Debate\n\n"
        "Gov. Lena Ward and challenger Mark Toller met on Tuesday. Ward called her "
        "opponent \u201cPhony Toller\u201d throughout.\n\n"
        "Toller said Ward has sided with the party bosses.\n\n"
        '"We need leaders who listen," he said.'
    )
    index = build_index(text)
    assert index.find("Toller").name == "Mark Toller"
    quote = next(q for q in annotate(text).quotes if "We need leaders" in q.text)
    assert quote.speaker == "Mark Toller"


def test_the_main_clause_after_an_opening_phrase_is_not_an_appositive():
    text = (
        "President Alan Reyes met with the senators on Monday.\n\nLater Monday, while "
        "speaking at NOAA, the president also repeated that he would not bargain."
    )
    noaa = build_index(text).find("NOAA")
    assert noaa.kind != "person"
    assert "president" not in noaa.described


def test_a_lead_in_with_no_nearer_cue_ends_the_search_for_one():
    # "says notes,": a verb after the verb, but no cue nearer the quote; the search for
    # one looped forever here, and a crawl worker would have hung on the page
    def give_up(signum, frame):
        raise TimeoutError("cue search did not end")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(10)
    try:
        quotes = annotate('Then Mayor Dan Lee says notes, "We are here."').quotes
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [q.speaker for q in quotes] == ["Dan Lee"]


def test_an_acronym_joins_the_name_it_abbreviates():
    text = (
        "The Public Utilities Regulatory Authority fined the supplier on Friday.\n\n"
        "The fine was \u201cappropriate given the volume of business,\u201d PURA said."
    )
    assert build_index(text).find("PURA").name == "Public Utilities Regulatory Authority"
    quote = annotate(text).quotes[0]
    assert quote.speaker == "Public Utilities Regulatory Authority"


def test_an_acronym_in_brackets_joins_a_name_split_at_and():
    """ "Securities and Exchange Commission (SEC)": one body, whose acronym skips the
    country before it; "the company" is the company it sued, not the commission."""
    text = (
        "The U.S. Securities and Exchange Commission (SEC) sued Coinbase Inc. on Tuesday. "
        "The SEC alleged that Coinbase ran an unregistered exchange.\n\n"
        'The company has said the lawsuit was "unjustified by the facts."'
    )
    index = build_index(text)
    assert index.find("SEC").name == "U.S. Securities and Exchange Commission"
    assert [q.speaker for q in annotate(text).quotes] == ["Coinbase"]


def test_pronouns_after_an_unnamed_relative_do_not_vote_for_the_name_before():
    text = (
        "Lee Merritt, an attorney for the family, called it a victory. The jury heard from "
        "Jean's mother, who described the day she learned her son had been shot."
    )
    assert build_index(text).find("Lee Merritt").gender != "f"


def test_a_sentence_opening_adverb_is_not_part_of_a_name():
    text = (
        "The event ended Saturday. Individually Austintown-Fitch's Tony Jameson won his "
        "fourth state title."
    )
    assert [e.name for e in build_index(text).entities] == ["Austintown-Fitch", "Tony Jameson"]


def test_a_role_with_no_name_in_the_next_sentence_stays_unnamed():
    """ "A prosecutor called ...", then "On Monday Police also said": "also" follows no
    name the index knows, so the prosecutor stays unnamed (and nothing breaks)."""
    text = (
        "Larry Nassar was sentenced on Wednesday.\n\n"
        + "The hearing ran for seven days and heard from many women. " * 12
        + '\n\nA prosecutor called Nassar "a predator." On Monday Police also said it.'
    )
    assert [q.speaker for q in annotate(text).quotes] == ["A prosecutor"]


def test_a_first_name_ending_as_adverbs_do_is_still_a_name():
    """ "Previously," opening a sentence is an adverb; "Sally," is a person."""
    text = "The clinic reopened on Monday. Sally, a nurse at the clinic, said the wait was long."
    assert [e.name for e in build_index(text).entities] == ["Sally"]


def test_a_sentence_opening_gerund_is_not_part_of_a_name():
    text = "He spoke for an hour.\n\nMentioning Clinton's name brought a torrent of boos."
    assert build_index(text).find("Clinton").name == "Clinton"


def test_a_label_before_a_first_name_still_types_a_person():
    """Rules alone (no NER): "Democrat Ilsa Moreno" is the person Ilsa Moreno."""
    index = build_index(
        "A recount confirmed that Democrat Ilsa Moreno won the seat.", use_ner=False
    )
    entity = index.find("Moreno")
    assert entity is not None
    assert (entity.kind, entity.name, entity.title) == ("person", "Ilsa Moreno", "Democrat")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an acronym ends a sentence before the next one's name
        ("He spoke in an interview with CBS. Kerry said no.", ["CBS", "Kerry"]),
        # so does a company's "Inc."
        (
            "A judge rejected the deal with Citigroup Inc. Rakoff said no.",
            ["Citigroup Inc.", "Rakoff"],
        ),
        # a party tag is no name
        ("Berger, R-Rockingham, said no.", ["Berger"]),
        # a weekday after a name is when, not part of the name
        (
            "Senate leader Chuck Schumer Tuesday night accused the White House.",
            ["Senate", "Chuck Schumer", "White House"],
        ),
        # an acronym run into a personal name is the body and the person
        ("He met the Ambassador to the UN Nikki Haley.", ["Ambassador", "UN", "Nikki Haley"]),
        # a company's ", Co." is a whole word, not the start of "Councillor"
        (
            "Previously, Councillor Ryan told Acme, Co. the deal was off.",
            ["Previously", "Councillor Ryan", "Acme, Co."],
        ),
    ],
)
def test_names_split_at_sentence_ends_and_skip_party_tags(text, names):
    assert [n.text for n in names_in(text) if n.text not in ("He", "A")] == names


def test_a_relation_after_a_name_makes_a_person_of_that_gender():
    index = build_index("Police spoke to Mateo, her son, on Monday. Mateo was fine.", use_ner=False)
    entity = index.find("Mateo")
    assert (entity.kind, entity.gender) == ("person", "m")


def test_pronouns_after_a_name_in_a_comparison_do_not_tell_its_gender():
    # "unlike Trump surrogate Jordan Cohen": the "she" after it is Conway, the subject
    text = (
        "Conway acknowledged the polls, unlike Trump surrogate Jordan Cohen, who struggled "
        "with that fact.\n\nShe said she was glad. She added that the race was close."
    )
    entity = build_index(text, use_ner=False).find("Jordan Cohen")
    assert entity.gender != "f"


def test_an_adverb_opening_a_sentence_is_no_party():
    index = build_index(
        "Councillor Ann Ryan spoke first.\nPreviously, Councillor Ryan told the Chamber no.",
        use_ner=False,
    )
    assert index.find("Previously") is None
    assert index.find("Ryan") is not None


def test_an_office_after_a_possessive_is_part_of_the_name():
    text = (
        "The Jasper County Sheriff\u2019s Office said a deputy was shot on Thursday. The "
        "Harris County District Attorney\u2019s Department declined to comment."
    )
    names = {e.name for e in build_index(text).entities}
    assert "Jasper County Sheriff\u2019s Office" in names
    assert "Harris County District Attorney\u2019s Department" in names
    assert "Office" not in names


def test_a_minister_title_is_not_part_of_the_name():
    index = build_index(
        "Two Russian officials were named. That prompted Russian Deputy Foreign Minister "
        "Sergey Ryabkov to cancel a meeting. The State Department regretted Ryabkov's "
        "decision."
    )
    entity = index.find("Ryabkov")
    assert entity is not None and entity.name == "Sergey Ryabkov"
    assert [m.start for m in entity.mentions] == [
        m.start()
        for m in re.finditer("(?:Russian Deputy Foreign Minister Sergey )?Ryabkov", index.text)
    ]


def test_an_office_of_state_before_a_name_is_a_title():
    index = build_index(
        "Secretary of State Mike Pompeo met the envoy. Later, Pompeo told reporters it went well."
    )
    entity = index.find("Pompeo")
    assert entity is not None and entity.name == "Mike Pompeo"
    assert len(entity.mentions) == 2 and entity.title == "Secretary of State"


def test_a_job_written_before_a_name_is_a_title():
    index = build_index(
        "Republican National Committee Chairman Reince Priebus held a call. Later, Priebus "
        "said the party was united."
    )
    entity = index.find("Priebus")
    assert entity is not None
    assert (entity.kind, entity.name, len(entity.mentions)) == ("person", "Reince Priebus", 2)


def test_a_member_of_a_council_is_a_person_with_that_title():
    text = (
        "Council Member Ana Ruiz, who wrote the bill, said it was overdue.\n\n"
        '"We waited long enough," she said.'
    )
    ann = annotate(text)
    party = next(p for p in ann.parties if "Ruiz" in p.name)
    assert (party.kind, party.name, party.title) == ("person", "Ana Ruiz", "Council Member")
    assert [q.speaker for q in ann.quotes] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised name in quotes after an article or a preposition
        "Ben Hale announced the news on a previous episode of “DWTS.” The "
        '"Pose" actor said he was thrilled.',
        # a word quoted right after a preposition is a term
        "Eli Cole said scientists became aware of “taste” receptors early.",
        # a name something is known as
        'Police Chief Ana Ruiz said the festival, known in the neighborhood as "Riverfest," '
        "would go on next year.",
        # a passive "called" names a group, nobody says it
        'Lena Park said the board would protect the students, who are often called "Pathfinders."',
    ],
)
def test_names_in_quotation_marks_are_not_quotes(text):
    assert annotate(text).quotes == []


def test_a_quote_whose_pronoun_names_nobody_is_kept_without_a_speaker():
    quotes = annotate('The rain fell all day.\n\n"We will rebuild the bridge," he said.').quotes
    assert [(q.text, q.speaker, q.speaker_raw) for q in quotes] == [
        ('"We will rebuild the bridge,"', None, "he")
    ]


def test_pronouns_after_a_quote_that_ends_a_sentence_are_not_counted_for_the_name():
    """A sentence ends at the mark that closes its quote: the "he" of the next sentence
    is about someone else, not a vote for Nora Quill's gender."""
    index = build_index(
        "Nora Quill described the book as “a long ride. And a good one.” When he "
        "finished a chapter, he mailed it to Quill and Marcus Webb."
    )
    entity = index.find("Nora Quill")
    assert entity is not None
    assert entity.gender == "f"


def test_a_name_given_mid_sentence_is_not_the_subjects_quote():
    quotes = annotate(
        "Rita Vance keeps eight cows. Her family calls the oldest one, a Hereford, "
        '"Grandma."\n\nThe herd grazes on land her grandfather bought.'
    ).quotes
    assert quotes == []


@pytest.mark.parametrize(
    "text",
    [
        'Her new book, "Rivers of Iron," tells the story of three steelworkers.',
        '"Save Our Schools!" the signs read.',
        # right after the kind of work it names, even inside a speech clause
        "Fun as that sounds \u2014 the late neurologist wrote about similar symptoms in his "
        "book \u201cMusicophilia\u201d \u2014 Mary Steen was not thrilled.",
    ],
)
def test_titles_and_signs_followed_by_a_verb_are_not_quotes(text):
    assert annotate(text).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        'Judge Ann Kerr said the man had pleaded "not guilty" to both charges in March.',
        "Judge Ann Kerr said the case first came before the court in February, with a "
        "\u201cnot guilty\u201d plea entered in March.",
    ],
)
def test_a_plea_in_quotation_marks_is_not_a_quote(text):
    assert annotate(text).quotes == []


def test_a_sign_before_someone_else_speaking_is_not_a_quote():
    text = (
        'Supporters of Mayor Lena Ocampo held signs reading "Rivers Run Through Us," '
        "while her rival's backers chanted."
    )
    assert annotate(text).quotes == []


def test_scare_quotes_and_titles_are_not_quotes():
    text = (
        'Her memoir, "Salt and Silver," came out in May. Critics called the plan '
        '"temporary" at best, and the so-called "gig economy" keeps growing.'
    )
    texts = [q.text for q in annotate(text).quotes]
    assert '"Salt and Silver,"' not in texts
    assert '"gig economy"' not in texts
    sign = 'Nurse Ana Pell marched with a sign that said "Our Lives Are Not a Line Item."'
    assert annotate(sign).quotes == []


def test_a_quote_over_lines_set_off_by_single_breaks_is_one_span_per_line():
    text = (
        "Principal Ada Finch wrote to the staff on Monday.\n"
        "Finch continued, \u201cWhat do you do if students walk out of your class?\n"
        "\u201c1. You can keep teaching as planned.\n"
        "\u201c2. Please send me a list of any student who walks out.\u201d\n"
        "Two teachers answered her."
    )
    quotes = annotate(text).quotes
    assert [q.text[:4] for q in quotes] == ["\u201cWha", "\u201c1. ", "\u201c2. "]
    assert {q.speaker for q in quotes} == {"Ada Finch"}


def test_multi_paragraph_quote_is_one_span_per_paragraph():
    text = (
        'Coach Helen Brandt said the job had changed.\n\n"When I started, we sold car '
        'washes to pay for fuel.\n\n"Now the hardest thing is phones," Brandt said.'
    )
    quotes = annotate(text).quotes
    assert [q.speaker for q in quotes] == ["Helen Brandt", "Helen Brandt"]
    assert "\n" not in quotes[0].text


@pytest.mark.parametrize(
    "sentence",
    [
        "Editor's note: This story has been updated to include a response from Amazon.",
        "We may earn a commission when you buy products through links on our site.",
        "Supporters of the bill, including Amazon and Microsoft, say it would help.",
        '"Full disclosure: I love this team," he said.',
        "Bezos, who bought The Washington Post in 2013, has said he does not interfere.",
        "Apple is a sponsor of the national Olympic team.",
    ],
)
def test_disclosure_look_alikes_are_not_disclosures(sentence):
    assert classify_sentence(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "outlet", "relation", "sponsors"),
    [
        ("Tessellate is an NPR sponsor.", "NPR", "sponsor", ["Tessellate"]),
        (
            "Google and Meta pay NPR to license NPR content.",
            "NPR",
            "licensing partner",
            ["Google", "Meta"],
        ),
        (
            "Disclosure: Acme Holdings, Inc., Bright Path LLC, and the Okafor Family Trust are "
            "financial supporters of The Texas Tribune.",
            "The Texas Tribune",
            "financial supporter",
            ["Acme Holdings, Inc.", "Bright Path LLC", "Okafor Family Trust"],
        ),
        (
            "Amazon founder Jeff Bezos owns The Washington Post.",
            "The Washington Post",
            "owner",
            ["Jeff Bezos"],
        ),
    ],
)
def test_disclosure_forms(sentence, outlet, relation, sponsors):
    assert classify_sentence(sentence) == (outlet, relation, sponsors)


def test_sponsor_matching():
    assert sponsor_matches("Amazon", "Amazon Web Services")
    assert sponsor_matches("AWS", "Amazon Web Services")
    assert not sponsor_matches("Apple", "Applebee's")


def test_quotes_dev_conventions_are_respected():
    """The quotes-dev format: offsets into the text, marks included, speaker resolved."""
    text = (
        'Fresh Basket Inc. has sued QuickCart.\n\n"QuickCart quietly added charges," '
        "the company said in its complaint."
    )
    [quote] = annotate(text).quotes
    assert text[quote.start : quote.end] == '"QuickCart quietly added charges,"'
    assert quote.speaker.startswith("Fresh Basket")


def test_annotations_are_stored_and_recomputed(db, settings, tmp_path):
    from click.testing import CliRunner

    archive_file(FIXTURES / "station_seed.html", db, url=SEED_URL)
    assert db["quotes"].count == 8
    conflicts = list(db.query("select sponsor, party, role from sponsor_conflicts"))
    assert {row["sponsor"] for row in conflicts} == {"Amazon", "Apple", "Google"}
    assert (
        db.execute("select count(*) from quotes_fts where quotes_fts match 'afraid'").fetchone()[0]
        == 1
    )
    db.execute("update articles set annotator_version = 'old'")
    db.conn.commit()
    result = CliRunner().invoke(cli, ["annotate", "--db", str(settings.db_path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"] == 1
    assert db["quotes"].count == 8, "recomputed, not duplicated"
    again = CliRunner().invoke(cli, ["annotate", "--db", str(settings.db_path)])
    assert json.loads(again.output)["articles"] == 0, "nothing stale any more"


def test_the_annotator_version_changes_with_the_annotators_code(tmp_path):
    from archiver.annotate import RELEASE, VERSION, source_digest

    package = Path(sys.modules["archiver.annotate"].__file__).parent
    for path in package.glob("*.py"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    assert f"{RELEASE}+{source_digest(tmp_path)}" == VERSION
    quotes = tmp_path / "quotes.py"
    quotes.write_text(quotes.read_text() + "\n# a changed rule\n")
    assert source_digest(tmp_path) != source_digest(package)


def test_the_first_name_table_answers_as_gender_guessers_detector():
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    names = [*list(detector.names)[::50], "Maria", "JOHN", "Kim", "Zyxwv"]
    assert [name_gender(n) for n in names] == [detector.get_gender(n) for n in names]
    assert name_gender("Zyxwv") == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gov. Ann Holt spoke. Then Sen. Bo Li did.",
            ["Gov. Ann Holt spoke.", "Then Sen. Bo Li did."],
        ),
        ("He met J. B. Smith at noon. Smith left.", ["He met J. B. Smith at noon.", "Smith left."]),
        ("It is at nasa.gov. Then it ended.", ["It is at nasa.gov.", "Then it ended."]),
        # a word longer than the stretch looked back over is read whole: its last 80
        # characters alone ("c.c.c...") would pass for initials
        (f"See ab{'c.' * 45} Then it ended.", [f"See ab{'c.' * 45}", "Then it ended."]),
    ],
)
def test_sentences_split_after_words_that_end_them(text, expected):
    assert [s.text for s in sentences(text)] == expected


def test_a_short_first_part_of_a_name_is_kept():
    """'Zaw Min Tun': "Min" is a first name, but "Zaw" is no descriptor to strip off."""
    text = (
        "Detained leader Aung San Suu Kyi is in \u201cgood health,\u201d junta spokesman "
        "Zaw Min Tun told AFP on Thursday. Sen. Jordan Smith criticised the junta."
    )
    names = {p.name for p in annotate(text).parties}
    assert {"Aung San Suu Kyi", "Zaw Min Tun", "Jordan Smith"} <= names
