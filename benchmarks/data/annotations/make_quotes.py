#!/usr/bin/env python3
# ruff: noqa: E501  (documents and sentences are data; one paragraph per line)
"""Build quotes.jsonl: a hand-written, labelled quote-attribution evaluation set.

Every document below is an invented news article (people, companies, outlets,
places and events are made up for this project; CC0). Each gold quote is given
as an exact substring of its document, plus an occurrence index when the
substring repeats; the script computes `start`/`end` itself, checks every span,
and writes one JSON object per document in the quotes-dev format:

    {"id", "text", "quotes": [{"start", "end", "text", "speaker", "speaker_raw",
     "speaker_type", "speaker_resolved", "kind"}], "meta": {...}}

Run from anywhere:  python benchmarks/data/annotations/make_quotes.py
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "quotes.jsonl")
SOURCE = "hand-written for archiver (all names and events invented; CC0)"

SPEAKER_TYPES = {"name", "nominal", "pronoun", "inherited", "none"}
RESOLVED = {"literal", "manual", "inherited"}
KINDS = {"direct", "mixed"}
OPEN_MARKS = ('"', "\u201c", "''")
CLOSE_MARKS = ('"', "\u201d", "''")

DOCS: list[dict] = []


# --- gold-quote helpers ------------------------------------------------------
# Each returns a dict; `n` is the 0-based occurrence of `text` in the document
# (None = the substring must occur exactly once).


def Q(text, speaker, raw, stype, resolved, kind="direct", n=None, open_end=False):
    return {
        "text": text,
        "speaker": speaker,
        "speaker_raw": raw,
        "speaker_type": stype,
        "speaker_resolved": resolved,
        "kind": kind,
        "n": n,
        "open_end": open_end,
    }


def N(text, speaker, raw=None, kind="direct", n=None, open_end=False):
    """The name is in the source phrase itself (literal)."""
    return Q(
        text, speaker, raw if raw is not None else speaker, "name", "literal", kind, n, open_end
    )


def M(text, speaker, raw, kind="direct", n=None, open_end=False):
    """Surname / honorific + surname after an earlier full mention (name, manual)."""
    return Q(text, speaker, raw, "name", "manual", kind, n, open_end)


def P(text, speaker, raw, kind="direct", n=None, open_end=False):
    """Pronoun speaker resolved by hand to the name."""
    return Q(text, speaker, raw, "pronoun", "manual", kind, n, open_end)


def O(text, speaker, raw, kind="direct", n=None, resolved="manual", open_end=False):  # noqa: E743
    """Nominal speaker ("the company", "officials"), resolved to the named referent."""
    return Q(text, speaker, raw, "nominal", resolved, kind, n, open_end)


def I(text, speaker, kind="direct", n=None, open_end=False):  # noqa: E743
    """Segment with no cue of its own, continuing the previous quote's speaker."""
    return Q(text, speaker, None, "inherited", "inherited", kind, n, open_end)


def doc(id_, text, quotes, notes, negatives=()):
    DOCS.append(
        {
            "id": id_,
            "text": text.strip("\n"),
            "quotes": quotes,
            "notes": notes,
            "negatives": list(negatives),
        }
    )


# --- build / check -----------------------------------------------------------


def _find(text, sub, n):
    hits = [m.start() for m in re.finditer(re.escape(sub), text)]
    if n is None:
        if len(hits) != 1:
            raise AssertionError(f"expected exactly one occurrence, found {len(hits)}: {sub!r}")
        return hits[0]
    if len(hits) <= n:
        raise AssertionError(f"occurrence {n} not found ({len(hits)} hits): {sub!r}")
    return hits[n]


def build(d):
    text = d["text"]
    errs = []
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "" or not lines[0].strip():
        errs.append("text must be: title line, blank line, paragraphs")
    if "\n\n\n" in text or re.search(r"[ \t]\n|\n[ \t]", text):
        errs.append("paragraphs must be separated by exactly one blank line, no stray spaces")
    words = len(re.findall(r"\S+", text))
    if not 250 <= words <= 900:
        errs.append(f"word count {words} outside 250-900")
    out = []
    for g in d["quotes"]:
        try:
            start = _find(text, g["text"], g["n"])
        except AssertionError as e:
            errs.append(str(e))
            continue
        end = start + len(g["text"])
        span = text[start:end]
        if not span.startswith(OPEN_MARKS):
            errs.append(f"span does not start with an opening mark: {span[:40]!r}")
        if g["open_end"]:
            if text[end : end + 2] != "\n\n" or span.endswith(CLOSE_MARKS):
                errs.append(
                    f"open-ended span must run to the end of its paragraph without a closing mark: {span[-40:]!r}"
                )
        elif not span.endswith(CLOSE_MARKS):
            errs.append(f"span does not end with a closing mark: {span[-40:]!r}")
        if "\n" in span:
            errs.append(f"span crosses a paragraph break: {span[:40]!r}")
        if (
            g["speaker_type"] not in SPEAKER_TYPES
            or g["speaker_resolved"] not in RESOLVED
            or g["kind"] not in KINDS
        ):
            errs.append(f"bad label on {span[:40]!r}")
        if (g["speaker_type"] == "inherited") != (g["speaker_resolved"] == "inherited"):
            errs.append(f"inherited type/resolution mismatch on {span[:40]!r}")
        if (g["speaker_raw"] is None) != (g["speaker_type"] in ("inherited", "none")):
            errs.append(f"speaker_raw must be null exactly for inherited/none: {span[:40]!r}")
        if (g["speaker"] is None) != (g["speaker_type"] == "none"):
            errs.append(f"speaker must be null exactly for type none: {span[:40]!r}")
        # a literal name (at least its last word) must appear in the raw phrase
        literal = g["speaker_type"] == "name" and g["speaker_resolved"] == "literal"
        if literal and g["speaker"].split()[-1].rstrip(".") not in g["speaker_raw"]:
            errs.append(f"literal speaker {g['speaker']!r} not in raw {g['speaker_raw']!r}")
        if g["speaker_raw"] is not None and g["speaker_raw"] not in text:
            errs.append(f"speaker_raw not found in text: {g['speaker_raw']!r}")
        out.append(
            {
                "start": start,
                "end": end,
                "text": span,
                "speaker": g["speaker"],
                "speaker_raw": g["speaker_raw"],
                "speaker_type": g["speaker_type"],
                "speaker_resolved": g["speaker_resolved"],
                "kind": g["kind"],
            }
        )
    out.sort(key=lambda q: q["start"])
    for a, b in itertools.pairwise(out):
        if b["start"] < a["end"]:
            errs.append(f"overlapping gold spans: {a['text'][:30]!r} / {b['text'][:30]!r}")
    for neg in d["negatives"]:
        hits = [m.start() for m in re.finditer(re.escape(neg), text)]
        if not hits:
            errs.append(f"hard negative not in text: {neg!r}")
        for h in hits:
            if any(q["start"] <= h < q["end"] or h <= q["start"] < h + len(neg) for q in out):
                errs.append(f"hard negative overlaps a gold quote: {neg!r}")
    # every quotation mark must belong to a gold span or to a listed hard negative
    neg_spans = [
        (m.start(), m.end()) for neg in d["negatives"] for m in re.finditer(re.escape(neg), text)
    ]
    for m in re.finditer(r"\"|\u201c|\u201d|''", text):
        p = m.start()
        if not any(q["start"] <= p < q["end"] for q in out) and not any(
            a <= p < b for a, b in neg_spans
        ):
            errs.append(f"unlabelled quotation mark: {text[max(0, p - 30) : p + 30]!r}")
    if errs:
        raise SystemExit(f"{d['id']}:\n  " + "\n  ".join(errs))
    return {
        "id": d["id"],
        "text": text,
        "quotes": out,
        "meta": {
            "source": SOURCE,
            "notes": d["notes"],
            "hard_negatives": d["negatives"],
            "words": words,
        },
    }


def main():
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    rows = [build(d) for d in DOCS]
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nq = sum(len(r["quotes"]) for r in rows)
    by = {}
    for r in rows:
        for q in r["quotes"]:
            for k in ("speaker_type", "kind", "speaker_resolved"):
                by.setdefault(k, {}).setdefault(q[k], 0)
                by[k][q[k]] += 1
    print(
        f"wrote {OUT}: {len(rows)} documents, {nq} quotes, "
        f"{sum(len(r['meta']['hard_negatives']) for r in rows)} listed hard negatives"
    )
    for k, v in by.items():
        print(f"  {k}: " + ", ".join(f"{a}={b}" for a, b in sorted(v.items())))
    w = [r["meta"]["words"] for r in rows]
    print(f"  words per document: min {min(w)}, max {max(w)}, total {sum(w)}")
    return 0


# =============================================================================
# Documents
# =============================================================================

doc(
    "ann:001-court-ruling",
    """
Judge Strikes Down Riverside Rezoning, Sends Plan Back to Council

A Calder County judge on Thursday threw out the city of Riverside's plan to rezone 40 acres along the Mill Creek waterfront for high-rise apartments, ruling that the council had skipped a required environmental review.

In a 31-page opinion, Superior Court Judge Helena Marsh wrote that the city "treated the review as a formality to be completed after the vote rather than before it." The case, Friends of Mill Creek v. City of Riverside, was filed last spring by a coalition of neighbors and two fishing clubs.

"The law does not allow a city to decide first and study later," the judge wrote. "That is precisely what happened here."

Attorneys for the coalition celebrated on the courthouse steps. "This is a good day for anyone who fishes, swims or simply walks along that creek," said Daniel Okonkwo, who argued the case for Friends of Mill Creek. "We never opposed housing. We opposed shortcuts."

City Attorney Priya Raman called the ruling "deeply flawed" and said the city was weighing an appeal. She noted that the council had commissioned a study, titled "Mill Creek Waterfront: Growth and Habitat," months before the final vote.

"The judge simply read the timeline differently than we do," Raman told reporters at City Hall. "We believe the record shows a careful, deliberate process, and we expect an appellate court to agree."

The developer, Lakeline Partners, said in a statement that it was "disappointed but not discouraged." A spokesman for the firm said the company still hoped to break ground in 2026, although he declined to say how a new review would affect its financing.

Not everyone at the hearing was pleased with the outcome. Marta Geller, who has rented an apartment near the creek for 11 years, said the city badly needs new homes. "Rents went up 30 percent on my block in two years," she said. "Every delay makes that worse."

Neighbors opposed to the project had packed earlier council meetings with signs reading "Save Our Creek," and some had taken to calling the proposed towers "the Glass Wall." Several of them hugged in the hallway after the ruling was posted online.

Under the ruling, the council must complete the environmental review and hold a new vote. According to city planning staff, that process could take at least nine months, and the study alone is expected to cost the city about $400,000.
""",
    [
        N(
            '"treated the review as a formality to be completed after the vote rather than before it."',
            "Helena Marsh",
            "Superior Court Judge Helena Marsh",
            kind="mixed",
        ),
        O(
            '"The law does not allow a city to decide first and study later,"',
            "Helena Marsh",
            "the judge",
        ),
        I('"That is precisely what happened here."', "Helena Marsh"),
        N(
            '"This is a good day for anyone who fishes, swims or simply walks along that creek,"',
            "Daniel Okonkwo",
            "Daniel Okonkwo, who argued the case for Friends of Mill Creek",
        ),
        I('"We never opposed housing. We opposed shortcuts."', "Daniel Okonkwo"),
        N('"deeply flawed"', "Priya Raman", "City Attorney Priya Raman", kind="mixed"),
        M('"The judge simply read the timeline differently than we do,"', "Priya Raman", "Raman"),
        I(
            '"We believe the record shows a careful, deliberate process, and we expect an appellate court to agree."',
            "Priya Raman",
        ),
        N(
            '"disappointed but not discouraged."',
            "Lakeline Partners",
            "The developer, Lakeline Partners",
            kind="mixed",
        ),
        P('"Rents went up 30 percent on my block in two years,"', "Marta Geller", "she"),
        I('"Every delay makes that worse."', "Marta Geller"),
    ],
    "judge's mixed quote then 'the judge wrote'; long appositive after 'said NAME'; mixed 'called the ruling'; case name without quotes; report title, sign slogan and nickname are not quotes; 'according to' without quotation marks",
    negatives=[
        '"Mill Creek Waterfront: Growth and Habitat,"',
        '"Save Our Creek,"',
        '"the Glass Wall."',
    ],
)

doc(
    "ann:002-city-budget",
    """
Council Passes $412 Million Budget After All-Night Session

Port Alder's city council approved a $412 million budget early Wednesday after a 14-hour meeting that ended with a 5-4 vote and a good deal of frustration on both sides of the dais.

The spending plan raises property taxes by 2.5 percent, adds 18 firefighters and trims the parks department by nearly $3 million. It also draws $6 million from what council members call the city's "rainy day" fund.

Mayor Lorraine Whitcomb, who has spent most of her first term warning about the city's reliance on one-time money, said: "This budget keeps the lights on, but it does not fix the roof. Next year we will have to make choices that nobody in this room wants to make."

Council member Andre Fontaine, a former firefighter who chairs the public safety committee and cast the deciding vote, said the new positions were overdue. "We have engines sitting in the station because we do not have the crews to staff them," Fontaine said. "That is not a budget problem. That is a safety problem."

The four members who voted no objected mostly to the parks cuts. "You are closing pools in the neighborhoods that have the fewest places for kids to go," council member Sunita Bhatt told the Gazette after the vote. She said she would push to restore the money in a midyear adjustment.

"Honestly," Bhatt added, "I thought we had the votes until about three in the morning."

Parks Director Omar Villanueva said the department would shorten pool hours rather than close any sites outright this summer. "We'll get creative," he said. "We always do."

Residents who waited hours to speak were less patient. One of them, retired schoolteacher Gloria Nakamura, held up a hand-lettered sign that read "Parks Are Not Extras" during the public comment period. "I have been coming to these meetings for 30 years," Nakamura said, "and I have never seen the public pushed this far to the back of the line."

The budget takes effect July 1. The city's finance office has scheduled a presentation on the long-term forecast, which it has titled "Bridging the Gap," for the council's first meeting in September.
""",
    [
        N(
            '"This budget keeps the lights on, but it does not fix the roof. Next year we will have to make choices that nobody in this room wants to make."',
            "Lorraine Whitcomb",
            "Mayor Lorraine Whitcomb, who has spent most of her first term warning about the city's reliance on one-time money",
        ),
        M(
            '"We have engines sitting in the station because we do not have the crews to staff them,"',
            "Andre Fontaine",
            "Fontaine",
        ),
        I('"That is not a budget problem. That is a safety problem."', "Andre Fontaine"),
        N(
            '"You are closing pools in the neighborhoods that have the fewest places for kids to go,"',
            "Sunita Bhatt",
            "council member Sunita Bhatt",
        ),
        M('"Honestly,"', "Sunita Bhatt", "Bhatt"),
        I('"I thought we had the votes until about three in the morning."', "Sunita Bhatt"),
        P('"We\'ll get creative,"', "Omar Villanueva", "he"),
        I('"We always do."', "Omar Villanueva"),
        M('"I have been coming to these meetings for 30 years,"', "Gloria Nakamura", "Nakamura"),
        I(
            '"and I have never seen the public pushed this far to the back of the line."',
            "Gloria Nakamura",
        ),
    ],
    "NAME, long appositive, said: colon quote; 'told the Gazette'; split quote around 'Bhatt added'; scare quotes, sign and presentation title are not quotes",
    negatives=['"rainy day"', '"Parks Are Not Extras"', '"Bridging the Gap,"'],
)

doc(
    "ann:003-airline-outage",
    """
Harbor Air Grounds Flights for Six Hours After Crew-Scheduling Glitch

Harbor Air canceled more than 300 flights on Sunday after a failure in the software it uses to assign pilots and flight attendants left the carrier unable to staff its morning departures.

“We are deeply sorry for the disruption to our customers’ travel plans,” the airline said in a statement posted shortly after noon. “Our teams are working to restore normal operations as quickly as possible.”

The outage began around 5 a.m. Eastern time, according to the company, and was not the result of a cyberattack.

Harbor Air spokeswoman Camille Ortiz told reporters at the airline’s hub in Baltimore that about 40,000 passengers had been affected. “Nobody here is pretending this was a good day,” the spokeswoman said. She said the airline would cover hotel rooms for travelers stranded overnight.

Passengers vented online. “Four hours in line at gate B12 and the only update came from another passenger’s phone,” tweeted Ravi Chandran, a software consultant who was trying to get to a conference in Chicago.

Another traveler, Beatrice Llewellyn, said she had been rebooked twice. “First they put me on a flight to Boston — I live in Denver,” she said. “Then they told me to come back Tuesday.”

The disruption is the second major meltdown this year for the airline, which travelers on social media have nicknamed “Harbor Err.” In March, a winter storm and a shortage of de-icing fluid forced the carrier to scrub nearly 1,000 flights over three days.

Industry analysts said the incident underscored how dependent airlines have become on a handful of scheduling systems. “When the crew system goes down, the planes are fine and the people are fine, but the airline cannot legally put them together,” said Hannah Greaves, a senior analyst at Northgate Aviation Advisors.

The Department of Transportation said it was “reviewing the carrier’s response” and reminded airlines that passengers are entitled to a refund for canceled flights.

By evening, the airline said it had restored the system. “Operations are stabilizing, and we expect to run a nearly full schedule on Monday,” according to an update on Harbor Air’s website.
""",
    [
        O(
            "“We are deeply sorry for the disruption to our customers’ travel plans,”",
            "Harbor Air",
            "the airline",
        ),
        I(
            "“Our teams are working to restore normal operations as quickly as possible.”",
            "Harbor Air",
        ),
        O("“Nobody here is pretending this was a good day,”", "Camille Ortiz", "the spokeswoman"),
        N(
            "“Four hours in line at gate B12 and the only update came from another passenger’s phone,”",
            "Ravi Chandran",
            "Ravi Chandran, a software consultant who was trying to get to a conference in Chicago",
        ),
        P(
            "“First they put me on a flight to Boston — I live in Denver,”",
            "Beatrice Llewellyn",
            "she",
        ),
        I("“Then they told me to come back Tuesday.”", "Beatrice Llewellyn"),
        N(
            "“When the crew system goes down, the planes are fine and the people are fine, but the airline cannot legally put them together,”",
            "Hannah Greaves",
            "Hannah Greaves, a senior analyst at Northgate Aviation Advisors",
        ),
        N(
            "“reviewing the carrier’s response”",
            "Department of Transportation",
            "The Department of Transportation",
            kind="mixed",
        ),
        N(
            "“Operations are stabilizing, and we expect to run a nearly full schedule on Monday,”",
            "Harbor Air",
            "an update on Harbor Air’s website",
        ),
    ],
    "curly quotes; 'the airline' and 'the spokeswoman' resolved; tweeted; em dash inside a quote; 'according to' with and without quotation marks; nickname is not a quote",
    negatives=["“Harbor Err.”"],
)

doc(
    "ann:004-cloud-outage",
    """
Cumulo Cloud Outage Knocks Thousands of Websites Offline

A five-hour outage at Cumulo Web Services, one of the largest cloud providers in Europe, took down thousands of websites and apps on Tuesday, from online banks to a popular food-delivery service.

Cumulo Web Services told customers in an email that a faulty configuration change in its Frankfurt data center had cascaded into other regions. "We rolled out a change that should have been limited to a single zone, and it was not," the company wrote.

"We understand how disruptive this was, and we will publish a full account of what went wrong," Cumulo Web Services told the Tribune on Tuesday evening.

The web hosting service said in a post on its status page that all systems had recovered by 4:10 p.m. Central European Time. "Customers may still see elevated error rates while caches refill," the web hosting service said.

The outage hit hardest at companies that have moved nearly all of their operations into the so-called "cloud-native" model, in which software is designed from the start to run on rented servers.

Lena Hoffmann, who runs a small online bookshop in Leipzig, said her site was down for most of the afternoon. "We lost what is usually our best day of the week," she said. "I had no idea how much of my business sat on somebody else's computer."

Security researcher Tomasz Wierzbicki wrote in a post on Mastodon that the incident was "a reminder that redundancy is not the same as resilience." He added: "If all your backups live with the same provider, you do not have backups. You have copies."

Asked whether customers would be compensated, Cumulo's chief technology officer, Ingrid Solberg, said the company would honor the credits promised in its service agreements. "We will go beyond what the contracts require," Solberg wrote in an email to the Tribune. "Our customers trusted us, and today we let them down."

Jakob Brandt, an analyst at Meridian Tech Research, said outages of this scale have become more frequent as more services depend on a handful of providers. "It's a concentration problem," Brandt explained. "Five years ago an outage like this would have taken down a few hundred sites. Now it takes down a slice of the economy."

Cumulo said a detailed report would be posted within two weeks on the company's "Trust Center" page.
""",
    [
        O(
            '"We rolled out a change that should have been limited to a single zone, and it was not,"',
            "Cumulo Web Services",
            "the company",
        ),
        N(
            '"We understand how disruptive this was, and we will publish a full account of what went wrong,"',
            "Cumulo Web Services",
        ),
        O(
            '"Customers may still see elevated error rates while caches refill,"',
            "Cumulo Web Services",
            "the web hosting service",
        ),
        P('"We lost what is usually our best day of the week,"', "Lena Hoffmann", "she"),
        I(
            '"I had no idea how much of my business sat on somebody else\'s computer."',
            "Lena Hoffmann",
        ),
        N(
            '"a reminder that redundancy is not the same as resilience."',
            "Tomasz Wierzbicki",
            "Security researcher Tomasz Wierzbicki",
            kind="mixed",
        ),
        P(
            '"If all your backups live with the same provider, you do not have backups. You have copies."',
            "Tomasz Wierzbicki",
            "He",
        ),
        M('"We will go beyond what the contracts require,"', "Ingrid Solberg", "Solberg"),
        I('"Our customers trusted us, and today we let them down."', "Ingrid Solberg"),
        M('"It\'s a concentration problem,"', "Jakob Brandt", "Brandt"),
        I(
            '"Five years ago an outage like this would have taken down a few hundred sites. Now it takes down a slice of the economy."',
            "Jakob Brandt",
        ),
    ],
    "organisation as literal speaker ('Cumulo Web Services told the Tribune'); 'the company' and 'the web hosting service' resolved; wrote in a post / in an email; 'He added:'; explained; so-called term and page name are not quotes",
    negatives=['"cloud-native"', '"Trust Center"'],
)

doc(
    "ann:005-hospital-strike",
    """
Nurses Walk Out at St. Brigid’s as Talks Stall

More than 900 nurses at St. Brigid’s Medical Center walked off the job at 7 a.m. Monday, beginning a three-day strike over staffing levels that their union says have left patients waiting hours for basic care.

Picket lines formed at both entrances to the hospital, where nurses carried signs reading “Safe Staffing Saves Lives” and “Patients Before Profits.”

Corinne Abara, a cardiac nurse and president of the Lakeshore Nurses Association, addressed the crowd from the back of a pickup truck. “We did not want to be out here,” she said. “We want to be inside, with our patients, with enough hands to take care of them.

“Every one of us has gone home after a twelve-hour shift knowing that somebody waited too long for pain medication, or for help to the bathroom, because there were not enough of us on the floor. That is not a staffing model. That is a gamble.”

The hospital has said that its staffing ratios meet or exceed state requirements. “St. Brigid’s has hired 140 nurses in the last year, and we continue to recruit aggressively,” the hospital said in a statement.

Hospital officials said they had brought in about 600 replacement nurses through a staffing agency and that all departments would remain open during the strike.

Dr. Samuel Achterberg, the hospital’s chief medical officer, told reporters that the replacement staff were fully licensed and had been trained on the hospital’s systems over the weekend. “Nobody should put off coming to the emergency room because of this strike,” Achterberg insisted. “Our doors are open.”

The two sides last met on Friday with a federal mediator. According to the union, the hospital’s latest offer would add 35 nurses over three years, far short of the 150 the union has demanded.

Some patients’ families said they supported the nurses. Elena Voss, whose father has been in the cardiac unit for a week, brought coffee to the picket line. “They have been wonderful to him,” Voss said. “If they say they need help, I believe them.”

The strike is set to end Thursday morning. Abara said the union would return to the bargaining table “the minute the hospital is ready to talk seriously.”
""",
    [
        P("“We did not want to be out here,”", "Corinne Abara", "she"),
        I(
            "“We want to be inside, with our patients, with enough hands to take care of them.",
            "Corinne Abara",
            open_end=True,
        ),
        I(
            "“Every one of us has gone home after a twelve-hour shift knowing that somebody waited too long for pain medication, or for help to the bathroom, because there were not enough of us on the floor. That is not a staffing model. That is a gamble.”",
            "Corinne Abara",
        ),
        O(
            "“St. Brigid’s has hired 140 nurses in the last year, and we continue to recruit aggressively,”",
            "St. Brigid’s Medical Center",
            "the hospital",
        ),
        M(
            "“Nobody should put off coming to the emergency room because of this strike,”",
            "Samuel Achterberg",
            "Achterberg",
        ),
        I("“Our doors are open.”", "Samuel Achterberg"),
        M("“They have been wonderful to him,”", "Elena Voss", "Voss"),
        I("“If they say they need help, I believe them.”", "Elena Voss"),
        M(
            "“the minute the hospital is ready to talk seriously.”",
            "Corinne Abara",
            "Abara",
            kind="mixed",
        ),
    ],
    "curly quotes; a quote that continues past its cue into a second paragraph (open first paragraph); 'the hospital said'; insisted; picket-sign slogans are not quotes; 'according to the union' without quotation marks",
    negatives=["“Safe Staffing Saves Lives”", "“Patients Before Profits.”"],
)

doc(
    "ann:006-marathon",
    """
Letter Carrier Wins Lakeshore Marathon in Course-Record Time

Tomas Ekwueme spent most of the last decade delivering mail on a route that climbs some of the steepest streets in Port Alder. On Sunday, the 34-year-old letter carrier, known to running fans as "the Flying Postman," won the Lakeshore Marathon in 2 hours, 9 minutes and 41 seconds, breaking a course record that had stood since 2011.

"I kept waiting for somebody to come past me... and nobody did," Ekwueme said at the finish line, still wrapped in a foil blanket. "At 35 kilometers I started to think, maybe today is the day."

Ekwueme nearly quit the sport in 2019 after a stress fracture in his left foot kept him off the roads for seven months. "My doctor told me, 'You can run again, but you have to stop running like you are being chased,'" he recalled. "So I learned to be patient."

His coach, Adaeze Morrison, who has trained him since high school, was waiting near the finish. "He runs the last ten kilometers like they are the first ten," said Morrison, a former Olympic steeplechaser who now coaches at Port Alder Community College. "That is not something you can teach."

The women's race was won by Ruth Wanjiru-Haas in 2:27:03. She said the wind off the lake had been punishing over the final miles. "Every time we turned north it felt like running into a wall," she said.

Race director Phil Cardenas said a record 14,200 runners had started the race, which organizers have promoted for years under the slogan "Run the Shore." "We had perfect weather until about eleven o'clock, and then the lake reminded everybody who is in charge," Cardenas said.

Medical tents treated about 300 runners, most of them for cramps and mild dehydration, and two were taken to a hospital as a precaution, race officials said.

Ekwueme said he would be back on his mail route Tuesday. His supervisor at the post office, Denise Kowalczyk, told the Gazette the whole station planned to greet him with a banner. "We're very proud of him," she said, "but the mail still has to go out."
""",
    [
        M(
            '"I kept waiting for somebody to come past me... and nobody did,"',
            "Tomas Ekwueme",
            "Ekwueme",
        ),
        I('"At 35 kilometers I started to think, maybe today is the day."', "Tomas Ekwueme"),
        P(
            "\"My doctor told me, 'You can run again, but you have to stop running like you are being chased,'\"",
            "Tomas Ekwueme",
            "he",
        ),
        I('"So I learned to be patient."', "Tomas Ekwueme"),
        M(
            '"He runs the last ten kilometers like they are the first ten,"',
            "Adaeze Morrison",
            "Morrison, a former Olympic steeplechaser who now coaches at Port Alder Community College",
        ),
        I('"That is not something you can teach."', "Adaeze Morrison"),
        P(
            '"Every time we turned north it felt like running into a wall,"',
            "Ruth Wanjiru-Haas",
            "she",
        ),
        M(
            '"We had perfect weather until about eleven o\'clock, and then the lake reminded everybody who is in charge,"',
            "Phil Cardenas",
            "Cardenas",
        ),
        P('"We\'re very proud of him,"', "Denise Kowalczyk", "she"),
        I('"but the mail still has to go out."', "Denise Kowalczyk"),
    ],
    "ellipsis inside a quote; single quotes nested in double quotes (one span); recalled; appositive after 'said Morrison'; split quote 'she said, \"but...\"'; nickname and slogan are not quotes",
    negatives=['"the Flying Postman,"', '"Run the Shore."'],
)

doc(
    "ann:007-comet-discovery",
    """
Retired Dentist's Backyard Photo Leads to Discovery of New Comet

A comet spotted last month by a retired dentist using a backyard telescope is an icy visitor from the far edge of the solar system that will not return for at least 40,000 years, astronomers said Monday.

Gerald Fenwick, 71, photographed the faint smudge of light on the night of March 3 from his farm outside Willow Bend. He said he almost deleted the image. "I thought it was a smear on the lens — I'd been out there for six hours and my hands were frozen," Fenwick said.

The object, now officially designated C/2025 F4 (Fenwick), was confirmed by observatories in Chile and Hawaii within 48 hours.

Dr. Nadia Rahimi, a planetary scientist at the Halvorsen Institute who led the follow-up observations, said the comet's orbit is tilted steeply relative to the planets. "It's coming in almost from above the solar system," she explained. "That tells us it has probably spent most of its life in the Oort cloud, far from the sun's influence."

The team described the orbit in a paper titled "A Long-Period Comet on a Steep Retrograde Path," posted Friday to a preprint server. The paper has not yet been peer reviewed.

Rahimi's colleague, Dr. Kwame Asante, was more cautious about one of the paper's claims, that the comet could become visible to the naked eye in early 2026. "Comets are notoriously hard to predict," Asante wrote in an email. "Some brighten dramatically. Others fall apart when they get close to the sun. I would not buy binoculars just yet."

Asked whether amateurs still play a meaningful role in finding comets, Rahimi pointed to a framed print of Fenwick's photograph on her office wall. "Absolutely," she said. "Professional surveys catch most of them now, but people like Gerald are still finding things we miss."

Fenwick said he has been invited to speak at the institute's public lecture series, which this year carries the theme "Look Up." He admitted the prospect worried him. "I've never given a lecture in my life," he said. "I'm more nervous about that than I ever was about a root canal."

The comet will make its closest approach to the sun in February, when it will pass just inside the orbit of Mars.
""",
    [
        M(
            '"I thought it was a smear on the lens — I\'d been out there for six hours and my hands were frozen,"',
            "Gerald Fenwick",
            "Fenwick",
        ),
        P('"It\'s coming in almost from above the solar system,"', "Nadia Rahimi", "she"),
        I(
            '"That tells us it has probably spent most of its life in the Oort cloud, far from the sun\'s influence."',
            "Nadia Rahimi",
        ),
        M('"Comets are notoriously hard to predict,"', "Kwame Asante", "Asante"),
        I(
            '"Some brighten dramatically. Others fall apart when they get close to the sun. I would not buy binoculars just yet."',
            "Kwame Asante",
        ),
        P('"Absolutely,"', "Nadia Rahimi", "she"),
        I(
            '"Professional surveys catch most of them now, but people like Gerald are still finding things we miss."',
            "Nadia Rahimi",
        ),
        P('"I\'ve never given a lecture in my life,"', "Gerald Fenwick", "he"),
        I('"I\'m more nervous about that than I ever was about a root canal."', "Gerald Fenwick"),
    ],
    "explained; wrote in an email; pronoun 'she' whose nearest preceding name is Fenwick (male) but refers to Rahimi; em dash in quote; paper title and lecture theme are not quotes",
    negatives=['"A Long-Period Comet on a Steep Retrograde Path,"', '"Look Up."'],
)

doc(
    "ann:008-flood-warning",
    """
Flood Warning Issued as Tarrow River Nears Record Crest

The Tarrow River is expected to crest nearly four feet above flood stage on Thursday, forecasters said, prompting evacuation orders for about 2,300 homes in low-lying parts of Eastbrook and Millford.

The Regional Weather Bureau issued a flood warning Tuesday evening after two days of heavy rain dumped more than six inches on the upper watershed. "This is a dangerous, fast-moving situation," the agency warned in a bulletin. "Residents in the warning area should not wait for water to reach their street before leaving."

According to the bureau, the last time the river rose this high was in 1996, when floodwaters closed the Main Street bridge for a week.

Eastbrook officials said the city had opened two shelters, at the high school and at the community center on Fulton Avenue. "We have cots for about 600 people, and we can add more if we need to," city officials said in a post on Facebook.

Emergency management director Carla Reyes-Bennett warned that the river could rise faster than expected if the rain continues. "People remember 1996 and think they know where the water will stop," she said. "That's the kind of thinking that gets people hurt."

At a sandbagging station outside the Millford library, volunteers worked in a steady drizzle. Dale Pruitt, who has lived two blocks from the river for 40 years, filled bags alongside his grandsons. "My basement took on water in '96 and again in 2011," Pruitt said. "I'm not waiting around to see if the third time is the charm."

Hydrologist Mei-Lin Zhou of Tarrow State University said saturated ground was the main concern. "The soil is like a sponge that's already full," Zhou explained. "Whatever falls from here runs straight into the river."

The governor's office said National Guard trucks were on standby in both counties. Governor Raymond Castellano, speaking at a briefing in the capital, urged residents to heed the orders: "Your house can be repaired. You cannot be replaced."
""",
    [
        O('"This is a dangerous, fast-moving situation,"', "Regional Weather Bureau", "the agency"),
        I(
            '"Residents in the warning area should not wait for water to reach their street before leaving."',
            "Regional Weather Bureau",
        ),
        O(
            '"We have cots for about 600 people, and we can add more if we need to,"',
            "Eastbrook",
            "city officials",
        ),
        P(
            '"People remember 1996 and think they know where the water will stop,"',
            "Carla Reyes-Bennett",
            "she",
        ),
        I('"That\'s the kind of thinking that gets people hurt."', "Carla Reyes-Bennett"),
        M('"My basement took on water in \'96 and again in 2011,"', "Dale Pruitt", "Pruitt"),
        I('"I\'m not waiting around to see if the third time is the charm."', "Dale Pruitt"),
        M('"The soil is like a sponge that\'s already full,"', "Mei-Lin Zhou", "Zhou"),
        I('"Whatever falls from here runs straight into the river."', "Mei-Lin Zhou"),
        N(
            '"Your house can be repaired. You cannot be replaced."',
            "Raymond Castellano",
            "Governor Raymond Castellano",
        ),
    ],
    "'the agency warned'; 'city officials' resolved to the city; apostrophe inside a quote ('96); explained; colon-introduced quote after a long subject; 'according to the bureau' without quotation marks",
)

doc(
    "ann:009-mayoral-debate",
    """
Mayoral Rivals Clash Over Housing and Police in Final Debate

The two candidates for mayor of Granger met for their final debate Tuesday night, trading sharp words over housing costs, police staffing and a stalled plan to redevelop the old rail yards.

Incumbent Mayor Denise Albright argued that her administration had approved more new housing than any in the city's history. "We have permitted 4,100 homes in four years," Albright said. "My opponent talks about housing. I have built it."

Her challenger, former school board president Marcus Ilunga, said most of those homes were out of reach for working families. "Permits are not homes, and luxury homes are not affordable homes," Ilunga argued.

Moderator Janet Solis of KGRN pressed both candidates on police staffing. "Yes or no: will your budget add officers next year?" Solis asked.

Albright, who has been endorsed by the police union, said she would add 30 officers. Ilunga said he would hold staffing flat and put the money into mental-health response teams, a position Albright called "reckless." "Sending an armed officer to every mental health call is expensive, and it is dangerous," he said.

The rail yard project drew the sharpest exchange of the night. Albright accused Ilunga of "rooting for failure" after he described the redevelopment as "a decade of renderings and not a single shovel."

"I'm not rooting for anything except the people of this city," Ilunga shot back.

Outside the theater, supporters of both candidates waved signs reading "Albright Delivers" and "Time for Ilunga." A small group of protesters opposed to the rail yard plan stood across the street.

Political scientist Rosa Ferreira of Granger State University said the race remained close. "Albright has the money and the endorsements, but Ilunga has the energy," she said, "and in a low-turnout election, energy can matter more."

Early voting begins Saturday at six sites across the city. Election Day is Nov. 4.
""",
    [
        M('"We have permitted 4,100 homes in four years,"', "Denise Albright", "Albright"),
        I('"My opponent talks about housing. I have built it."', "Denise Albright"),
        M(
            '"Permits are not homes, and luxury homes are not affordable homes,"',
            "Marcus Ilunga",
            "Ilunga",
        ),
        M('"Yes or no: will your budget add officers next year?"', "Janet Solis", "Solis"),
        M('"reckless."', "Denise Albright", "Albright", kind="mixed"),
        P(
            '"Sending an armed officer to every mental health call is expensive, and it is dangerous,"',
            "Marcus Ilunga",
            "he",
        ),
        M('"rooting for failure"', "Denise Albright", "Albright", kind="mixed"),
        P('"a decade of renderings and not a single shovel."', "Marcus Ilunga", "he", kind="mixed"),
        M(
            '"I\'m not rooting for anything except the people of this city,"',
            "Marcus Ilunga",
            "Ilunga",
        ),
        P(
            '"Albright has the money and the endorsements, but Ilunga has the energy,"',
            "Rosa Ferreira",
            "she",
        ),
        I('"and in a low-turnout election, energy can matter more."', "Rosa Ferreira"),
    ],
    "argued; asked; pronoun 'he' right after a mixed quote from Albright (nearest name is the wrong one); two mixed quotes with different speakers in one sentence; quoted names inside a quote; campaign signs are not quotes",
    negatives=['"Albright Delivers"', '"Time for Ilunga."'],
)

doc(
    "ann:010-warehouse-union-vote",
    """
Warehouse Workers in Dunmore Vote to Unionize

Workers at ParcelPoint's distribution center in Dunmore voted 612 to 498 to join the Warehouse and Logistics Workers Union, according to results released Friday by the National Labor Relations Board, making it the company's first unionized site in the United States.

ParcelPoint said in a statement that it was considering whether to challenge the result. "We are disappointed that our employees did not choose a direct relationship with the company," the statement reads. "We will review the conduct of the election and consider all of our options."

Organizer Keisha Morrow, a forklift operator who has worked at the site for six years, shared a video of the vote count within minutes of the result. "Six years of being told it couldn't happen here. WE DID IT," Morrow posted on X.

Speaking to reporters outside the warehouse, Morrow said safety had been the main issue in the campaign. "People were getting hurt on the night shift and nobody listened," she said. "Now they'll have to."

Workers had organized for two years under the banner "Dunmore Strong," and many of them wore matching green shirts to the count.

Labor economist Priya Deshmukh of the Carver Institute said the vote was significant beyond Dunmore. "ParcelPoint has spent heavily to keep unions out," Deshmukh said. "When a site this size votes yes, other sites notice."

Not all workers supported the union. Greg Halvorsen, a picker who voted against it, said he worried about dues and about losing flexible scheduling. "I make $19 an hour. I don't need somebody else taking a cut," Halvorsen said.

The company has 10 business days to file objections with the labor board. Asked whether the company would bargain in good faith if the result stands, ParcelPoint spokesman Luis Carrera told the Herald: "We will follow the law."

The union said it would ask the company to begin negotiations within 30 days, and that its first priorities would be heat protections in the summer months and limits on mandatory overtime.
""",
    [
        O(
            '"We are disappointed that our employees did not choose a direct relationship with the company,"',
            "ParcelPoint",
            "the statement",
        ),
        I(
            '"We will review the conduct of the election and consider all of our options."',
            "ParcelPoint",
        ),
        M(
            '"Six years of being told it couldn\'t happen here. WE DID IT,"',
            "Keisha Morrow",
            "Morrow",
        ),
        P(
            '"People were getting hurt on the night shift and nobody listened,"',
            "Keisha Morrow",
            "she",
        ),
        I('"Now they\'ll have to."', "Keisha Morrow"),
        M('"ParcelPoint has spent heavily to keep unions out,"', "Priya Deshmukh", "Deshmukh"),
        I('"When a site this size votes yes, other sites notice."', "Priya Deshmukh"),
        M(
            '"I make $19 an hour. I don\'t need somebody else taking a cut,"',
            "Greg Halvorsen",
            "Halvorsen",
        ),
        N('"We will follow the law."', "Luis Carrera", "ParcelPoint spokesman Luis Carrera"),
    ],
    "split quote around 'the statement reads'; posted on X; 'told the Herald:' colon quote; banner name is not a quote",
    negatives=['"Dunmore Strong,"'],
)

doc(
    "ann:011-drug-recall",
    """
Drugmaker Recalls Blood Pressure Pills After Impurity Found

Valeron Pharmaceuticals is recalling more than 2 million bottles of a widely prescribed blood pressure medication after testing found trace amounts of a potentially cancer-causing impurity, the Medicines Safety Agency said Wednesday.

The recall covers 40-milligram tablets of lorvastan sold under Valeron’s own label and by two pharmacy chains.

“Patients should not stop taking their medication without talking to their doctor,” the Medicines Safety Agency said in an advisory. “The risk of stopping suddenly is greater than the risk posed by the impurity.”

The agency said the impurity had been found at levels “above the acceptable daily intake” in 14 lots made between January and May.

Valeron said it had traced the problem to a change in one supplier’s manufacturing process. “Patient safety is our highest priority, and we acted as soon as the test results came in,” the company said.

Dr. Aisha Lindqvist, a cardiologist at Northfield General Hospital, said her office had fielded dozens of calls since the news broke. “People are scared, and I understand that,” Dr. Lindqvist said. “But the amounts we are talking about are very small, and there are good alternatives.”

“We’ve already switched most of our patients to another manufacturer’s version,” said Ben Adeyinka, a pharmacist who owns two drugstores in Northfield.

Consumer advocates said the recall was the latest sign of weak oversight of overseas suppliers. Marguerite Dubois, director of the Patient Safety Coalition, called the agency’s inspection regime “an honor system with paperwork.”

The recall notice, titled “Urgent: Voluntary Recall of Lorvastan 40 mg Tablets,” was posted on the agency’s website on Wednesday afternoon, along with a list of affected lot numbers.

Valeron’s shares fell 6 percent. In a note to investors, analyst Howard Tsai of Brightwater Securities wrote that the financial impact would be “manageable, but the reputational damage is harder to price.”
""",
    [
        N(
            "“Patients should not stop taking their medication without talking to their doctor,”",
            "Medicines Safety Agency",
            "the Medicines Safety Agency",
        ),
        I(
            "“The risk of stopping suddenly is greater than the risk posed by the impurity.”",
            "Medicines Safety Agency",
        ),
        O(
            "“above the acceptable daily intake”",
            "Medicines Safety Agency",
            "The agency",
            kind="mixed",
        ),
        O(
            "“Patient safety is our highest priority, and we acted as soon as the test results came in,”",
            "Valeron Pharmaceuticals",
            "the company",
        ),
        M("“People are scared, and I understand that,”", "Aisha Lindqvist", "Dr. Lindqvist"),
        I(
            "“But the amounts we are talking about are very small, and there are good alternatives.”",
            "Aisha Lindqvist",
        ),
        N(
            "“We’ve already switched most of our patients to another manufacturer’s version,”",
            "Ben Adeyinka",
            "Ben Adeyinka, a pharmacist who owns two drugstores in Northfield",
        ),
        N(
            "“an honor system with paperwork.”",
            "Marguerite Dubois",
            "Marguerite Dubois, director of the Patient Safety Coalition",
            kind="mixed",
        ),
        N(
            "“manageable, but the reputational damage is harder to price.”",
            "Howard Tsai",
            "analyst Howard Tsai of Brightwater Securities",
            kind="mixed",
        ),
    ],
    "curly quotes; agency as literal speaker then 'The agency' nominal; 'the company said'; Dr. + surname; mixed quotes after 'called' and 'wrote that'; recall-notice title is not a quote",
    negatives=["“Urgent: Voluntary Recall of Lorvastan 40 mg Tablets,”"],
)

doc(
    "ann:012-fraud-trial",
    """
Former Finance Chief Testifies He Warned Founder About Inflated Sales

The former chief financial officer of Brennan Solar testified Monday that he warned the company's founder repeatedly that its sales figures were inflated, months before the company collapsed and left investors with more than $300 million in losses.

Martin Kessler, who has pleaded guilty to conspiracy and is cooperating with prosecutors, is the government's central witness in the fraud trial of Brennan Solar founder Colin Brennan.

"I told him the numbers were fiction," Kessler testified. "I said, 'Colin, we cannot book sales for panels that have not been installed.' He told me to stop being dramatic."

Prosecutor Alicia Moreno then walked Kessler through a series of emails from the spring of 2022. "Did you stop raising the issue?" she asked.

"No. I put it in writing," Kessler replied. "Twice."

Brennan, 46, has pleaded not guilty. His lawyer, Theodore Vance, spent much of the afternoon suggesting that Kessler had every reason to shade the truth. "You are hoping this testimony will keep you out of prison, aren't you?" Vance asked.

Kessler acknowledged that he hoped for leniency but said his account was accurate. "I have nothing left to protect," he said.

Outside the courtroom, Vance told reporters that the defense would show that Brennan had relied on Kessler's own reports. "My client trusted his finance team," he said. "That is not a crime. It is how every company in America works."

At one point, U.S. District Judge Harriet Lowell cut off a line of questioning as "argumentative" and warned both sides to keep the trial "about the evidence, not the theatrics." Jurors were sent home early after a juror reported feeling ill.

The trial, which is expected to last about four weeks, resumes Tuesday with testimony from the company's former auditor. The case is United States v. Brennan.
""",
    [
        M('"I told him the numbers were fiction,"', "Martin Kessler", "Kessler"),
        I(
            "\"I said, 'Colin, we cannot book sales for panels that have not been installed.' He told me to stop being dramatic.\"",
            "Martin Kessler",
        ),
        P('"Did you stop raising the issue?"', "Alicia Moreno", "she"),
        M('"No. I put it in writing,"', "Martin Kessler", "Kessler"),
        I('"Twice."', "Martin Kessler"),
        M(
            '"You are hoping this testimony will keep you out of prison, aren\'t you?"',
            "Theodore Vance",
            "Vance",
        ),
        P('"I have nothing left to protect,"', "Martin Kessler", "he"),
        P('"My client trusted his finance team,"', "Theodore Vance", "he"),
        I('"That is not a crime. It is how every company in America works."', "Theodore Vance"),
        N('"argumentative"', "Harriet Lowell", "U.S. District Judge Harriet Lowell", kind="mixed"),
        N(
            '"about the evidence, not the theatrics."',
            "Harriet Lowell",
            "U.S. District Judge Harriet Lowell",
            kind="mixed",
        ),
    ],
    "testified; asked; replied; nested single quotes; 'he' after three male names (Vance, Brennan, Kessler) resolves to Vance; 'she asked' with Kessler as nearest name; two mixed fragments from the judge; case name without quotes",
)

doc(
    "ann:013-startup-layoffs",
    """
Scheduling Startup Lumora Cuts a Third of Its Staff

Lumora, a San Francisco startup that makes scheduling software for clinics, laid off 140 employees on Thursday, about a third of its workforce, as it struggles to raise new money.

Chief executive Yasmin Farouk announced the cuts in a memo to staff, which was reviewed by the Chronicle. "This is the hardest message I have ever had to write," Farouk wrote. "We grew faster than our revenue could support, and that is a mistake I own.

"To everyone leaving: you built something real here. We will pay four months of salary, extend health coverage through the end of the year, and help you find your next role."

Lumora said in a separate statement that its product would not be affected and that all customer contracts would be honored. "Our customers will see no change in service," the company said.

Several laid-off employees described the process as abrupt. Daniel Cho, a software engineer who joined Lumora in 2021, said he learned of his layoff when his laptop locked him out. "Found out I was laid off when Slack logged me out at 9:02 a.m.," Cho posted on LinkedIn. "Loved this team. Open to work."

Lumora raised $85 million in 2022, at the height of the so-called "growth at all costs" era, when investors rewarded startups for adding customers quickly rather than for making money.

Venture capitalist Leah Whitford, a partner at Cobalt Ventures, which did not invest in Lumora, said the cuts were typical of companies that raised money in 2021 and 2022. "A lot of those valuations were built on assumptions that just didn't survive higher interest rates," Whitford told the Chronicle.

The company still has about 280 employees, most of them in engineering and customer support, and offices in San Francisco and Austin.

Asked about the company's prospects, Farouk said in an interview on Thursday afternoon: "We have about 20 months of cash. That's enough time to prove this business works."
""",
    [
        M('"This is the hardest message I have ever had to write,"', "Yasmin Farouk", "Farouk"),
        I(
            '"We grew faster than our revenue could support, and that is a mistake I own.',
            "Yasmin Farouk",
            open_end=True,
        ),
        I(
            '"To everyone leaving: you built something real here. We will pay four months of salary, extend health coverage through the end of the year, and help you find your next role."',
            "Yasmin Farouk",
        ),
        O('"Our customers will see no change in service,"', "Lumora", "the company"),
        M('"Found out I was laid off when Slack logged me out at 9:02 a.m.,"', "Daniel Cho", "Cho"),
        I('"Loved this team. Open to work."', "Daniel Cho"),
        M(
            '"A lot of those valuations were built on assumptions that just didn\'t survive higher interest rates,"',
            "Leah Whitford",
            "Whitford",
        ),
        M(
            '"We have about 20 months of cash. That\'s enough time to prove this business works."',
            "Yasmin Farouk",
            "Farouk",
        ),
    ],
    "written memo quote that continues into a second paragraph (open first paragraph, colon inside the quote); posted on LinkedIn; so-called term is not a quote; colon quote after a long adverbial",
    negatives=['"growth at all costs"'],
)

doc(
    "ann:014-school-board",
    """
School Board Votes to Keep Novel on Ninth-Grade Reading List

The Fairhaven school board voted 4-3 on Monday to keep the novel "The Lanternmaker's Daughter" on the ninth-grade reading list, rejecting a parent's request to remove it over scenes depicting violence.

More than 200 people packed the district's administration building for the meeting, which stretched past midnight. Dozens signed up to speak, and the board extended public comment twice.

Board President Harold Ng said the district's review committee had read the book and recommended keeping it. "Our job is not to decide what every family is comfortable with," Ng said. "Our job is to follow the process we adopted, and the process worked."

The district's policy, known around the administration building as "the two-committee rule," requires any challenged book to be read by both a teacher panel and a parent panel before the board votes.

The parent who filed the challenge, Sandra Pike, told reporters after the vote that she was disappointed but would keep pushing. "I'm not trying to ban anything," she said. "I'm asking that parents be told what's in these books and given a real alternative."

Superintendent Felipe Arroyo noted that families can already request an alternative assignment for any book on the list. "We have honored every one of those requests," he said, "and we will continue to."

Teacher Mariah Quinlan, who has taught the novel for eight years, said it is often the first book her students finish without being reminded. "Kids tell me it's the first book they ever read all the way through on their own," Quinlan said.

Board member Theresa Gault, who voted to remove the book, said the board had "brushed aside" parents' concerns and suggested the district revisit its policy in the fall.

A group of students who attended the meeting held a banner reading "Let Us Read." One of them, 15-year-old Owen Batista, said he had not expected the meeting to run so late. "I have a chemistry test tomorrow," he said.

The board is expected to take up a separate proposal next month that would post every assigned book's title and summary on the district's website at the start of each semester.
""",
    [
        M('"Our job is not to decide what every family is comfortable with,"', "Harold Ng", "Ng"),
        I('"Our job is to follow the process we adopted, and the process worked."', "Harold Ng"),
        P('"I\'m not trying to ban anything,"', "Sandra Pike", "she"),
        I(
            "\"I'm asking that parents be told what's in these books and given a real alternative.\"",
            "Sandra Pike",
        ),
        P('"We have honored every one of those requests,"', "Felipe Arroyo", "he"),
        I('"and we will continue to."', "Felipe Arroyo"),
        M(
            '"Kids tell me it\'s the first book they ever read all the way through on their own,"',
            "Mariah Quinlan",
            "Quinlan",
        ),
        N(
            '"brushed aside"',
            "Theresa Gault",
            "Board member Theresa Gault, who voted to remove the book",
            kind="mixed",
        ),
        P('"I have a chemistry test tomorrow,"', "Owen Batista", "he"),
    ],
    "book title, informal policy nickname and banner are not quotes; told reporters + pronoun; split quote 'he said, \"and...\"'; short mixed quote",
    negatives=['"The Lanternmaker\'s Daughter"', '"the two-committee rule,"', '"Let Us Read."'],
)

doc(
    "ann:015-heat-wave",
    """
Heat Wave Pushes Temperatures Past 110 Degrees in Marlow Valley

Temperatures climbed above 110 degrees for a fifth straight day across the Marlow Valley on Saturday, straining the power grid and sending dozens of people to emergency rooms with heat-related illness.

The Marlow County Department of Health said it had recorded 63 heat-related emergency visits since Tuesday, nearly triple the usual number for early July. “Heat is the deadliest weather we deal with, and it is also the most preventable,” the Department of Health said in a statement.

County officials opened 22 cooling centers in libraries and community centers and extended their hours through Monday. “If you don’t have air conditioning, please don’t tough it out at home,” officials said in a post on the county’s website.

At the Palo Verde library, one of the busiest centers, librarian Joanne Kittredge said visitors had started lining up before the doors opened. “A man told me this morning, ‘This is the only cold room I’ve been in since Wednesday,’” she said. “That stayed with me.”

The regional grid operator, Southwest Power Exchange, asked customers to set thermostats to 78 degrees between 4 p.m. and 9 p.m. “We have enough supply today, but the margins are thin,” said Ramon Delacroix, the operator’s vice president for system operations, who warned that rolling outages were possible if a large power plant failed.

Forecasters at the Regional Weather Bureau said relief was not expected until midweek. “We’re looking at overnight lows in the 90s, which means the body never gets a chance to recover,” meteorologist Sofia Brandt said.

Outdoor workers have been especially hard hit, and construction crews in Palo Verde moved their start times to 4 a.m. “By noon it’s like working inside an oven,” said Luis Ocampo, a roofer. His foreman, Tony Marchetti, said the company had added extra water breaks. “Nobody on my crew works past eleven,” he said.

Doctors urged residents to check on elderly neighbors. Dr. Kenji Watanabe, an emergency physician at Palo Verde Regional Medical Center, said most of the patients he had seen were older adults living alone. “They often don’t feel thirsty until it’s too late,” Watanabe said. “By the time they call for help, they’re confused, and that’s dangerous.”

The county’s heat-safety campaign, “Beat the Heat, Check Your Neighbor,” runs through September.
""",
    [
        N(
            "“Heat is the deadliest weather we deal with, and it is also the most preventable,”",
            "Marlow County Department of Health",
            "the Department of Health",
        ),
        O(
            "“If you don’t have air conditioning, please don’t tough it out at home,”",
            "Marlow County",
            "officials",
        ),
        P(
            "“A man told me this morning, ‘This is the only cold room I’ve been in since Wednesday,’”",
            "Joanne Kittredge",
            "she",
        ),
        I("“That stayed with me.”", "Joanne Kittredge"),
        N(
            "“We have enough supply today, but the margins are thin,”",
            "Ramon Delacroix",
            "Ramon Delacroix, the operator’s vice president for system operations, who warned that rolling outages were possible if a large power plant failed",
        ),
        N(
            "“We’re looking at overnight lows in the 90s, which means the body never gets a chance to recover,”",
            "Sofia Brandt",
            "meteorologist Sofia Brandt",
        ),
        N("“By noon it’s like working inside an oven,”", "Luis Ocampo", "Luis Ocampo, a roofer"),
        P("“Nobody on my crew works past eleven,”", "Tony Marchetti", "he"),
        M("“They often don’t feel thirsty until it’s too late,”", "Kenji Watanabe", "Watanabe"),
        I(
            "“By the time they call for help, they’re confused, and that’s dangerous.”",
            "Kenji Watanabe",
        ),
    ],
    "curly quotes with curly single quotes nested inside; 'the Department of Health said' (organisation); 'officials' resolved to the county; long appositive with relative clause after 'said NAME'; two male names before 'he'; campaign name is not a quote",
    negatives=["“Beat the Heat, Check Your Neighbor,”"],
)

doc(
    "ann:016-stadium-deal",
    """
Council Approves Public Money for New Ironmen Stadium

The Calder City Council voted 6-3 on Thursday to contribute $275 million in public money toward a new stadium for the Calder Ironmen, ending two years of negotiations that had threatened to send the football team to another city.

Team owner Russell Gaines, who bought the franchise in 2016 and has threatened more than once to move it, thanked the council in brief remarks from the chamber floor. "Calder is where this team belongs, and today the city said so," Gaines said.

Council member Yolanda Price, who led negotiations for the city, said the deal includes protections for taxpayers. "If the team leaves before 2055, it pays back every dollar, with interest," Price said. "That is in writing, and it is enforceable."

Council member Jerome Whitaker, one of the three no votes, called the deal "the most expensive gift this city has ever given to one man."

Outside City Hall, a few dozen protesters chanted "Schools, not stadiums" as council members arrived for the vote.

Economist Leonard Haas of Calder University, who has studied stadium subsidies for 20 years, said the evidence is clear. "Stadiums move spending around. They rarely create new spending," Haas said. "The people who benefit most are the owners."

The stadium, which fans have already nicknamed "the Foundry," is scheduled to open in 2029 on the site of a former steel mill along the river. The team will contribute $325 million and cover any cost overruns.

Fans in Ironmen jerseys filled the back rows of the chamber. "My grandfather had season tickets, my father had season tickets, and now I do," said Kevin O'Rourke, 52. "I'd have been heartbroken if they left."

Mayor Theresa Colburn is expected to sign the agreement next week. Her spokesman, Samir Haddad, said she had "no reservations" about signing it.
""",
    [
        M(
            '"Calder is where this team belongs, and today the city said so,"',
            "Russell Gaines",
            "Gaines",
        ),
        M(
            '"If the team leaves before 2055, it pays back every dollar, with interest,"',
            "Yolanda Price",
            "Price",
        ),
        I('"That is in writing, and it is enforceable."', "Yolanda Price"),
        N(
            '"the most expensive gift this city has ever given to one man."',
            "Jerome Whitaker",
            "Council member Jerome Whitaker, one of the three no votes",
            kind="mixed",
        ),
        M(
            '"Stadiums move spending around. They rarely create new spending,"',
            "Leonard Haas",
            "Haas",
        ),
        I('"The people who benefit most are the owners."', "Leonard Haas"),
        N(
            '"My grandfather had season tickets, my father had season tickets, and now I do,"',
            "Kevin O'Rourke",
            "Kevin O'Rourke, 52",
        ),
        I('"I\'d have been heartbroken if they left."', "Kevin O'Rourke"),
        N('"no reservations"', "Samir Haddad", "Her spokesman, Samir Haddad", kind="mixed"),
    ],
    "surname speakers; mixed after 'called the deal'; crowd chant with no named speaker and stadium nickname are not quotes; apostrophe in speaker name",
    negatives=['"Schools, not stadiums"', '"the Foundry,"'],
)

doc(
    "ann:017-vaccine-trial",
    """
Experimental RSV Vaccine for Infants Shows Strong Results in Trial

An experimental vaccine given to pregnant women cut the risk of severe respiratory syncytial virus infection in their newborns by 78 percent, according to results of a large trial published Wednesday.

The trial, which enrolled 9,400 women in 11 countries, was run by the biotech company Halcyon Biologics and published in the journal "Clinical Immunology Reports."

Dr. Miriam Osterhout, a pediatric infectious disease specialist at Westbrook Children's Hospital and the study's lead author, said the results had exceeded her expectations.

"RSV fills our intensive care units every winter. We see babies who are a few weeks old struggling to breathe, and until recently there has been very little we could do to prevent it.

"If these results hold up in the real world, we could keep thousands of infants out of the hospital every year."

Osterhout cautioned that the study was not large enough to detect rare side effects. "We need to keep watching," she said.

The vaccine was generally well tolerated, the researchers reported, although slightly more women in the vaccine group gave birth prematurely than in the placebo group, a difference the authors called "not statistically significant but worth monitoring."

The Health Products Review Board, which must approve the vaccine before it can be sold, said it would review the data "as quickly as the evidence allows."

Halcyon's chief executive, Robert Tan, said the company would file for approval by the end of the year. "We've built the manufacturing capacity already," he told investors on a conference call. "If we get the green light, we can ship."

Independent experts were encouraged but cautious. "The efficacy numbers are impressive," said Dr. Ines Carvalho, a vaccine researcher at Harlow University who was not involved in the study. "The preterm birth signal is small, and it may be nothing, but regulators will look at it very carefully, and they should."

RSV hospitalizes tens of thousands of infants each year, most of them in their first six months of life.
""",
    [
        I(
            '"RSV fills our intensive care units every winter. We see babies who are a few weeks old struggling to breathe, and until recently there has been very little we could do to prevent it.',
            "Miriam Osterhout",
            open_end=True,
        ),
        I(
            '"If these results hold up in the real world, we could keep thousands of infants out of the hospital every year."',
            "Miriam Osterhout",
        ),
        P('"We need to keep watching,"', "Miriam Osterhout", "she"),
        O(
            '"not statistically significant but worth monitoring."',
            "the authors",
            "the authors",
            kind="mixed",
            resolved="literal",
        ),
        N(
            '"as quickly as the evidence allows."',
            "Health Products Review Board",
            "The Health Products Review Board, which must approve the vaccine before it can be sold",
            kind="mixed",
        ),
        P('"We\'ve built the manufacturing capacity already,"', "Robert Tan", "he"),
        I('"If we get the green light, we can ship."', "Robert Tan"),
        N(
            '"The efficacy numbers are impressive,"',
            "Ines Carvalho",
            "Dr. Ines Carvalho, a vaccine researcher at Harlow University who was not involved in the study",
        ),
        I(
            '"The preterm birth signal is small, and it may be nothing, but regulators will look at it very carefully, and they should."',
            "Ines Carvalho",
        ),
    ],
    "two-paragraph quote introduced by an indirect-speech lead-in paragraph (both segments inherited, as in quotes-dev 004); generic nominal 'the authors' kept literally; organisation mixed quote; journal title is not a quote",
    negatives=['"Clinical Immunology Reports."'],
)

doc(
    "ann:018-recount",
    """
Recount Confirms Ruiz Won County Commission Seat by 37 Votes

A hand recount completed Friday confirmed that Democrat Elena Ruiz won the District 3 seat on the Brookfield County Commission by 37 votes, ending a three-week dispute over a race that initially showed her ahead by just 41.

County Clerk Walter Benning, who oversaw the recount, said the small change in the margin was "well within what we'd expect" for a race with more than 28,000 ballots. "Every one of these ballots was looked at by two people, one from each party," Benning said. "I'm confident in this count."

Ruiz celebrated online minutes after the results were announced. "The voters have spoken - twice. I'm ready to get to work," she tweeted.

Her opponent, Republican Jack Sorensen, conceded in a written statement. "I called Elena this afternoon to congratulate her," the statement said. "I hope she'll fight for every part of this district, including the parts that didn't vote for her."

Sorensen had requested the recount after 112 mail ballots were set aside because of signature problems. Election officials said 19 of those ballots were eventually counted after voters fixed their signatures.

"The process did exactly what it's supposed to do," according to Lydia Park-Moreno, the county's elections director. "Voters who had a problem with their ballot got a chance to fix it."

Sorensen's campaign had raised questions about the count under the slogan "Count Every Legal Vote," which appeared on yard signs across the district in the weeks after the election.

The county's Republican Party chair, Dwayne Hollis, said the party would not pursue a legal challenge. "We don't see anything that would change the outcome," Hollis said.

Ruiz will be sworn in on Jan. 6. She said her first priority would be repairing roads in the district's rural northern end, which she called "the forgotten half of the county."
""",
    [
        N(
            '"well within what we\'d expect"',
            "Walter Benning",
            "County Clerk Walter Benning, who oversaw the recount",
            kind="mixed",
        ),
        M(
            '"Every one of these ballots was looked at by two people, one from each party,"',
            "Walter Benning",
            "Benning",
        ),
        I('"I\'m confident in this count."', "Walter Benning"),
        P('"The voters have spoken - twice. I\'m ready to get to work,"', "Elena Ruiz", "she"),
        O('"I called Elena this afternoon to congratulate her,"', "Jack Sorensen", "the statement"),
        I(
            "\"I hope she'll fight for every part of this district, including the parts that didn't vote for her.\"",
            "Jack Sorensen",
        ),
        N(
            '"The process did exactly what it\'s supposed to do,"',
            "Lydia Park-Moreno",
            "Lydia Park-Moreno, the county's elections director",
        ),
        I(
            '"Voters who had a problem with their ballot got a chance to fix it."',
            "Lydia Park-Moreno",
        ),
        M('"We don\'t see anything that would change the outcome,"', "Dwayne Hollis", "Hollis"),
        P('"the forgotten half of the county."', "Elena Ruiz", "she", kind="mixed"),
    ],
    "tweeted; 'the statement said' resolved to the person who issued it; 'according to NAME' with quotation marks; hyphen used as a dash inside a quote; campaign slogan is not a quote",
    negatives=['"Count Every Legal Vote,"'],
)

doc(
    "ann:019-bridge-closure",
    """
Crack in Steel Beam Forces Indefinite Closure of Halsey Street Bridge

The Halsey Street Bridge, which carries about 45,000 vehicles a day across the Ashwater River, was closed indefinitely on Monday after inspectors found a crack in one of its main steel beams.

The state Department of Transportation said the crack was discovered during a routine inspection on Sunday afternoon. “Out of an abundance of caution, we are closing the bridge to all traffic, including pedestrians,” the department said. “We will not reopen it until we are certain it is safe.”

Chief bridge engineer Anjali Mehta, who has led the agency’s inspection program since 2019, said the crack was about 14 inches long. “It is not the kind of thing you can patch over a weekend,” Mehta said. “We need to understand why it formed before we decide how to fix it.”

Asked whether the bridge had been in danger of collapse, Mehta paused. “I wouldn’t use that word,” she said, “but I wouldn’t have wanted to be on it in a month.”

Detours sent traffic onto the Carver Avenue Bridge, a mile to the north, where backups stretched for more than two miles during the evening rush. “What’s normally a ten-minute drive took me an hour and five minutes,” said Patrice Okonjo, who commutes from Eastside to a job at the hospital downtown.

The bridge, which opened in 1962, was listed among the state’s 40 most worrisome spans in last year’s report “Bridges at Risk,” which rated its superstructure as “poor.”

Mayor Gordon Ashby said the city would add bus service and ask large employers to allow remote work. “This is going to be painful for a while. I’m not going to sugarcoat it,” Ashby told the Ledger. He called on state lawmakers to speed up a $90 million replacement project that has been stalled for years.

State Sen. Carla Westbrook, whose district includes the bridge, said she had been warning about its condition for years. “I have a folder three inches thick of letters about this bridge,” Westbrook said. “Nobody should be surprised.”

The department said engineers would install sensors on the damaged beam this week to measure whether the crack is growing.
""",
    [
        O(
            "“Out of an abundance of caution, we are closing the bridge to all traffic, including pedestrians,”",
            "Department of Transportation",
            "the department",
        ),
        I(
            "“We will not reopen it until we are certain it is safe.”",
            "Department of Transportation",
        ),
        M("“It is not the kind of thing you can patch over a weekend,”", "Anjali Mehta", "Mehta"),
        I("“We need to understand why it formed before we decide how to fix it.”", "Anjali Mehta"),
        P("“I wouldn’t use that word,”", "Anjali Mehta", "she"),
        I("“but I wouldn’t have wanted to be on it in a month.”", "Anjali Mehta"),
        N(
            "“What’s normally a ten-minute drive took me an hour and five minutes,”",
            "Patrice Okonjo",
            "Patrice Okonjo, who commutes from Eastside to a job at the hospital downtown",
        ),
        M(
            "“This is going to be painful for a while. I’m not going to sugarcoat it,”",
            "Gordon Ashby",
            "Ashby",
        ),
        M(
            "“I have a folder three inches thick of letters about this bridge,”",
            "Carla Westbrook",
            "Westbrook",
        ),
        I("“Nobody should be surprised.”", "Carla Westbrook"),
    ],
    "curly quotes; 'the department said' resolved to the state DOT; split quote around 'she said,'; told the Ledger; report title and a rating word in quotes are not quotes",
    negatives=["“Bridges at Risk,”", "“poor.”"],
)

doc(
    "ann:020-restaurant-inspection",
    """
Popular Diner Closed After Failing Health Inspection

The Blue Kettle Diner, a downtown breakfast spot that has drawn lines around the block since it opened in 2018, was ordered closed Tuesday after city health inspectors found mouse droppings in its kitchen and food stored at unsafe temperatures.

The Hollisport Department of Public Health said in its report that inspectors had cited the diner for 11 violations, four of them classified as "critical."

"These are serious problems that put diners at real risk of foodborne illness," said inspector Mark Delaney. "The owner has been cooperative, and we expect the issues can be fixed."

The diner's owner, Rosalind Baptiste, said she was "embarrassed and heartbroken." She said the problems began when a building next door was gutted for renovation in the spring.

"We had a pest problem in the building next door, and it spread to us," Baptiste said. "That's not an excuse. It's my kitchen and my responsibility."

The restaurant said in a statement posted on Instagram that it had hired a pest control company and would reopen "as soon as the city gives us the green light."

Regular customers were sympathetic. "I've eaten here every Saturday for five years and never got sick once," said Harold Tibbs, a retired bus driver, who stopped by Tuesday morning to find a handwritten "Closed Until Further Notice" sign taped to the door.

The diner was named one of the city's "best breakfasts" by a local magazine last year, and its blueberry pancakes have a devoted following on social media.

Dr. Lena Moskowitz, who teaches food safety in the culinary program at Hollisport Community College, said critical violations are the ones most likely to make people sick. "Temperature control is the big one," she explained. "Bacteria double every twenty minutes in the danger zone."

The department said the diner could request a re-inspection as early as Friday. In the past year, city inspectors have closed 14 restaurants, most of them for a few days.
""",
    [
        N(
            '"These are serious problems that put diners at real risk of foodborne illness,"',
            "Mark Delaney",
            "inspector Mark Delaney",
        ),
        I(
            '"The owner has been cooperative, and we expect the issues can be fixed."',
            "Mark Delaney",
        ),
        N(
            '"embarrassed and heartbroken."',
            "Rosalind Baptiste",
            "The diner's owner, Rosalind Baptiste",
            kind="mixed",
        ),
        M(
            '"We had a pest problem in the building next door, and it spread to us,"',
            "Rosalind Baptiste",
            "Baptiste",
        ),
        I("\"That's not an excuse. It's my kitchen and my responsibility.\"", "Rosalind Baptiste"),
        O(
            '"as soon as the city gives us the green light."',
            "Blue Kettle Diner",
            "The restaurant",
            kind="mixed",
        ),
        N(
            '"I\'ve eaten here every Saturday for five years and never got sick once,"',
            "Harold Tibbs",
            "Harold Tibbs, a retired bus driver",
        ),
        P('"Temperature control is the big one,"', "Lena Moskowitz", "she"),
        I('"Bacteria double every twenty minutes in the danger zone."', "Lena Moskowitz"),
    ],
    "quote before 'said inspector NAME'; mixed quotes from a person and from 'The restaurant'; a sign's text, a classification word and an award name are not quotes",
    negatives=['"critical."', '"Closed Until Further Notice"', '"best breakfasts"'],
)

doc(
    "ann:021-bankruptcy",
    """
Home Goods Chain Hearth & Hollow Files for Bankruptcy

Hearth & Hollow, the home furnishings retailer known for its candle-scented stores and its annual "Cozy Days" sale, filed for Chapter 11 bankruptcy protection on Sunday and said it would close 80 of its 212 locations.

The retailer said it had secured $150 million in financing to keep operating while it restructures. "This process gives us the time and flexibility to build a smaller, stronger company," the retailer said in a court filing.

Chief executive Vanessa Drummond wrote in a letter to employees that the company had been hurt by high rents and a slowdown in home sales. "We signed leases for a world that no longer exists," Drummond wrote. "Some of those stores will never be profitable again, no matter how hard our teams work."

At a hearing Monday in federal bankruptcy court in Delmar, Judge Arthur Pennington approved the company's request to keep paying employees and honoring gift cards. "Nobody who works in these stores should miss a paycheck because of this case," the judge said from the bench.

A lawyer representing several landlords, Naomi Fairbanks, called the company's plan to break dozens of leases "aggressive and premature" and said her clients would object at a later hearing.

Retail analyst Curtis Obi of Langford Partners said the chain's troubles had been building for years. "They expanded into malls just as people stopped going to malls," he said. "By the time they noticed, they were locked into ten-year leases."

Shoppers at the chain's store in Riverton said they would miss it. "It's the only place around here where you can buy a decent lamp," said Marjorie Ellison, 68, who was browsing the clearance aisle with her sister.

The company has not said which stores will close. Liquidation sales, advertised with banners reading "Everything Must Go," are expected to begin at the first group of stores next week, and the company said the remaining stores would operate normally.

Hearth & Hollow was founded in 1994 as a single shop selling candles and quilts. It went public in 2011 and was taken private by a group of investors in 2019.
""",
    [
        O(
            '"This process gives us the time and flexibility to build a smaller, stronger company,"',
            "Hearth & Hollow",
            "the retailer",
        ),
        M('"We signed leases for a world that no longer exists,"', "Vanessa Drummond", "Drummond"),
        I(
            '"Some of those stores will never be profitable again, no matter how hard our teams work."',
            "Vanessa Drummond",
        ),
        O(
            '"Nobody who works in these stores should miss a paycheck because of this case,"',
            "Arthur Pennington",
            "the judge",
        ),
        N(
            '"aggressive and premature"',
            "Naomi Fairbanks",
            "A lawyer representing several landlords, Naomi Fairbanks",
            kind="mixed",
        ),
        P('"They expanded into malls just as people stopped going to malls,"', "Curtis Obi", "he"),
        I('"By the time they noticed, they were locked into ten-year leases."', "Curtis Obi"),
        N(
            '"It\'s the only place around here where you can buy a decent lamp,"',
            "Marjorie Ellison",
            "Marjorie Ellison, 68, who was browsing the clearance aisle with her sister",
        ),
    ],
    "'the retailer' and 'the judge' resolved; wrote in a letter; mixed quote with the name after an appositive; sale name and banner text are not quotes",
    negatives=['"Cozy Days"', '"Everything Must Go,"'],
)

doc(
    "ann:022-data-breach",
    """
Fitness App Pulsefit Says Hackers Stole Data on 8 Million Users

Pulsefit, a popular app for tracking workouts and heart rates, said Wednesday that hackers had stolen names, email addresses and workout location histories belonging to about 8 million users.

In an email sent to customers on Wednesday morning, the company said the attackers had gained access through an employee's account. "We sincerely apologize. We have reset passwords for all affected accounts and brought in outside experts to investigate," the company wrote.

The stolen location data is what worries security researchers most. "Workout maps show where people live, when they leave home and when they come back," tweeted Farida Nasser, a researcher at the digital-rights group OpenSignal. "That's a stalker's dream."

The breach began with a so-called "phishing" email that tricked the employee into typing a password into a fake login page, according to the company's account.

Pulsefit's chief security officer, Marcus Oyelaran, told the Ledger that the company had no evidence that payment information had been taken. "Credit card numbers are stored with a separate processor, and we've seen no sign that system was touched," Oyelaran said.

The state's privacy regulator, the Office of the Data Protection Commissioner, said it had opened an inquiry. "Companies that collect sensitive location data have a heightened duty to protect it," Commissioner Helen Strand said in a statement. "We will be asking Pulsefit some hard questions."

Users reacted with frustration. "I found out from a news alert, not from Pulsefit," said Caleb Yun, a marathon runner in Ashford who has used the app for six years. "That tells you something."

Pulsefit said users should change their passwords on any other site where they used the same one, and should be wary of emails claiming to come from the company. It said it would offer affected users two years of free identity monitoring.

The company, which is privately held, says it has about 30 million registered users worldwide.
""",
    [
        O(
            '"We sincerely apologize. We have reset passwords for all affected accounts and brought in outside experts to investigate,"',
            "Pulsefit",
            "the company",
        ),
        N(
            '"Workout maps show where people live, when they leave home and when they come back,"',
            "Farida Nasser",
            "Farida Nasser, a researcher at the digital-rights group OpenSignal",
        ),
        I("\"That's a stalker's dream.\"", "Farida Nasser"),
        M(
            '"Credit card numbers are stored with a separate processor, and we\'ve seen no sign that system was touched,"',
            "Marcus Oyelaran",
            "Oyelaran",
        ),
        N(
            '"Companies that collect sensitive location data have a heightened duty to protect it,"',
            "Helen Strand",
            "Commissioner Helen Strand",
        ),
        I('"We will be asking Pulsefit some hard questions."', "Helen Strand"),
        N(
            '"I found out from a news alert, not from Pulsefit,"',
            "Caleb Yun",
            "Caleb Yun, a marathon runner in Ashford who has used the app for six years",
        ),
        I('"That tells you something."', "Caleb Yun"),
    ],
    "'the company wrote' in an email; tweeted NAME, appositive; title + name as speaker; so-called term is not a quote; 'according to' without quotation marks",
    negatives=['"phishing"'],
)

doc(
    "ann:023-wildfire",
    """
Wind-Driven Fire Destroys 40 Homes in Cedar Hollow

A fast-moving wildfire pushed by gusts of up to 60 mph destroyed at least 40 homes in the foothill community of Cedar Hollow overnight, forcing about 3,000 people to flee in the dark, fire officials said Saturday.

The Pine Ridge Fire had burned about 6,200 acres by Saturday evening and was 10 percent contained, according to the Cascade County Fire District.

“This fire did in six hours what most fires do in six days,” Fire Chief Roberto Salas said at a morning briefing. “The wind was the whole story.”

Salas said no deaths had been reported, but that crews had not yet been able to search every neighborhood. He warned residents not to return until the evacuation order was lifted. “There are power lines down, there are trees still burning, and there are roads we haven’t cleared,” he warned.

Linda Achebe, 58, recalled waking to the sound of her neighbor pounding on the door a little after 1 a.m.

“He was yelling that the ridge was on fire. I grabbed my dog, my mother’s photographs and my car keys, and that was it — that was all the time we had.

“When we got to the bottom of the hill, I looked back and the whole sky was orange.”

Cascade County officials said a shelter at the Cedar Hollow fairgrounds was housing about 400 people. “We have food, water, cots and veterinarians for pets,” officials said in a statement.

Fire behavior analyst Tamsin Wheeler said the region had received less than half its normal rainfall since January. “The fuels are as dry as we’d normally see in late August,” Wheeler explained. “It’s only June.”

Investigators have not determined the cause of the fire. Utility crews were inspecting power lines in the area where it is believed to have started, near a trailhead on Pine Ridge Road.
""",
    [
        N(
            "“This fire did in six hours what most fires do in six days,”",
            "Roberto Salas",
            "Fire Chief Roberto Salas",
        ),
        I("“The wind was the whole story.”", "Roberto Salas"),
        P(
            "“There are power lines down, there are trees still burning, and there are roads we haven’t cleared,”",
            "Roberto Salas",
            "he",
        ),
        I(
            "“He was yelling that the ridge was on fire. I grabbed my dog, my mother’s photographs and my car keys, and that was it — that was all the time we had.",
            "Linda Achebe",
            open_end=True,
        ),
        I(
            "“When we got to the bottom of the hill, I looked back and the whole sky was orange.”",
            "Linda Achebe",
        ),
        O("“We have food, water, cots and veterinarians for pets,”", "Cascade County", "officials"),
        M(
            "“The fuels are as dry as we’d normally see in late August,”",
            "Tamsin Wheeler",
            "Wheeler",
        ),
        I("“It’s only June.”", "Tamsin Wheeler"),
    ],
    "curly quotes; warned; two-paragraph quote after a 'recalled' lead-in paragraph (inherited); em dash inside the quote; 'officials' resolved to the county; explained; 'according to' without quotation marks",
)

doc(
    "ann:024-minimum-wage",
    """
Westmoor Council Hears Testimony on $20 Minimum Wage

Restaurant owners, fast-food workers and union organizers filled the Westmoor City Council chamber Tuesday night for the first public hearing on a proposal to raise the city's minimum wage to $20 an hour by 2028.

The proposal, formally titled the "Fair Pay for a Fair City Act," would raise the current $15.50 wage in three annual steps, with smaller businesses given an extra year to comply.

Councilwoman Dolores Vega, the measure's lead sponsor, argued that wages had not kept up with housing costs. "A full-time worker at $15.50 an hour cannot afford a one-bedroom apartment anywhere in this city," Vega argued. "Not one neighborhood."

Business groups pushed back. The Westmoor Restaurant Association warned that the increase would force some restaurants to close. "Our members operate on margins of 3 to 5 percent," the association said in written testimony. "There is no room left."

Gustavo Reyes, who owns two taquerias in the city's east end, said he supported higher wages in principle but worried about the pace. "I pay above minimum already. But going to twenty in three years, with rent going up too?" he asked. "Something has to give."

Keandra Wills, a cashier at a fast-food restaurant downtown, told the council she works 50 hours a week at two jobs. "I'm not asking for a handout," Wills said. "I'm asking to be able to see my kids."

Supporters wore red T-shirts reading "$20 Now" and cheered when Wills finished speaking. Several restaurant owners left before the hearing ended.

A study commissioned by the city estimated that the increase would raise pay for about 38,000 workers. The study's authors also projected a small decline in hours at restaurants and retail stores.

Council President Arthur Kline said a vote was unlikely before September. He described the proposal as "a serious idea that deserves a serious process" and said the council would hold two more hearings.
""",
    [
        M(
            '"A full-time worker at $15.50 an hour cannot afford a one-bedroom apartment anywhere in this city,"',
            "Dolores Vega",
            "Vega",
        ),
        I('"Not one neighborhood."', "Dolores Vega"),
        O(
            '"Our members operate on margins of 3 to 5 percent,"',
            "Westmoor Restaurant Association",
            "the association",
        ),
        I('"There is no room left."', "Westmoor Restaurant Association"),
        P(
            '"I pay above minimum already. But going to twenty in three years, with rent going up too?"',
            "Gustavo Reyes",
            "he",
        ),
        I('"Something has to give."', "Gustavo Reyes"),
        M('"I\'m not asking for a handout,"', "Keandra Wills", "Wills"),
        I('"I\'m asking to be able to see my kids."', "Keandra Wills"),
        P('"a serious idea that deserves a serious process"', "Arthur Kline", "He", kind="mixed"),
    ],
    "argued; 'the association said in written testimony'; a quote ending in a question mark before 'he asked'; bill title and T-shirt slogan are not quotes",
    negatives=['"Fair Pay for a Fair City Act,"', '"$20 Now"'],
)

doc(
    "ann:025-soccer-transfer",
    """
Rovers Sign Teenage Striker in Club-Record Deal

Harbourside Rovers have signed 19-year-old striker Mateo Ferraz from Atletico Lindo for a club-record fee reported to be about 38 million pounds, the club said Tuesday.

"Mateo is one of the most exciting young players in Europe, and we are delighted that he has chosen to continue his development here," the club said in a statement.

Ferraz, who scored 21 goals last season and is known to supporters back home as "the Rocket," signed a five-year contract after passing a medical on Monday.

"I've watched Rovers on television since I was a kid," Ferraz told the club's website. "Playing at the Dockyard was a dream. Now it's real."

Manager Siobhan Keane said she had been tracking the striker for two years, since she saw him score twice in a youth tournament. "He's quick, he's brave, and he finishes with both feet," Keane said. "What I like most is that he hates losing, even in training."

Not everyone was convinced the fee was justified. Former Rovers captain Dean Ashcroft, now a television pundit, called the price "madness for a player who has never played a minute in this league."

Ferraz's agent, Paulo Meireles, dismissed the criticism. "People said the same thing about every great striker when they were nineteen," he said. "Ask them again in two years."

Hundreds of supporters gathered outside the stadium when the signing was announced, chanting "Ferraz, Ferraz" and waving scarves. Club officials said replica shirts bearing his name sold out online within an hour.

Ferraz is expected to make his debut on Saturday, when Rovers host Kingsmere at the Dockyard. Keane said he would probably start on the bench. The club has struggled for goals this season, scoring just 11 times in its first nine matches.
""",
    [
        O(
            '"Mateo is one of the most exciting young players in Europe, and we are delighted that he has chosen to continue his development here,"',
            "Harbourside Rovers",
            "the club",
        ),
        M('"I\'ve watched Rovers on television since I was a kid,"', "Mateo Ferraz", "Ferraz"),
        I('"Playing at the Dockyard was a dream. Now it\'s real."', "Mateo Ferraz"),
        M("\"He's quick, he's brave, and he finishes with both feet,\"", "Siobhan Keane", "Keane"),
        I('"What I like most is that he hates losing, even in training."', "Siobhan Keane"),
        N(
            '"madness for a player who has never played a minute in this league."',
            "Dean Ashcroft",
            "Former Rovers captain Dean Ashcroft, now a television pundit",
            kind="mixed",
        ),
        P(
            '"People said the same thing about every great striker when they were nineteen,"',
            "Paulo Meireles",
            "he",
        ),
        I('"Ask them again in two years."', "Paulo Meireles"),
    ],
    "'the club said' in the paragraph after the club is named; told the club's website; mixed after 'called the price'; nickname and crowd chant are not quotes",
    negatives=['"the Rocket,"', '"Ferraz, Ferraz"'],
)

doc(
    "ann:026-shipwreck",
    """
Divers Find 2,000-Year-Old Shipwreck Loaded With Wine Jars

Divers surveying the seabed off Merrow Point have found the wreck of a Roman merchant ship still carrying hundreds of clay wine jars, archaeologists from the Institute for Maritime Heritage announced Thursday.

The ship, which sank in about 60 meters of water sometime in the first century B.C., is among the best-preserved wrecks of its kind ever found, according to the institute.

''When the lights hit the cargo, nobody on the dive said a word for a full minute,'' said Dr. Helena Vasquez-Ruiz, the marine archaeologist who led the expedition. ''You could still see the stoppers in some of the jars.''

The team used remotely operated vehicles to map the site over three weeks in September. ''We counted at least 340 amphorae, and there are almost certainly more under the sediment,'' Vasquez-Ruiz said.

In a preliminary report, the team wrote that the jars appeared to come from workshops on the Italian coast, suggesting the ship was on a ''regular trade run rather than a one-off voyage.''

Nikos Andreadis, a diver with the local coast guard, first noticed an unusual mound on a sonar scan two years ago. ''I thought it was a rock formation,'' Andreadis recalled. ''Then one of the rocks turned out to have a handle.''

The Merrow Islands Ministry of Culture has declared the site a protected zone and will post patrol boats nearby. ''The site will not become a souvenir shop for treasure hunters,'' the ministry said in a statement.

Archaeologists plan to raise a small number of jars next summer for laboratory study. Residue inside them could show whether the ship was carrying wine, olive oil or fish sauce, a common trade good at the time. The rest of the cargo will remain on the seabed, where the cold, dark water has protected it for two millennia.
""",
    [
        N(
            "''When the lights hit the cargo, nobody on the dive said a word for a full minute,''",
            "Helena Vasquez-Ruiz",
            "Dr. Helena Vasquez-Ruiz, the marine archaeologist who led the expedition",
        ),
        I("''You could still see the stoppers in some of the jars.''", "Helena Vasquez-Ruiz"),
        M(
            "''We counted at least 340 amphorae, and there are almost certainly more under the sediment,''",
            "Helena Vasquez-Ruiz",
            "Vasquez-Ruiz",
        ),
        O(
            "''regular trade run rather than a one-off voyage.''",
            "Institute for Maritime Heritage",
            "the team",
            kind="mixed",
        ),
        M("''I thought it was a rock formation,''", "Nikos Andreadis", "Andreadis"),
        I("''Then one of the rocks turned out to have a handle.''", "Nikos Andreadis"),
        O(
            "''The site will not become a souvenir shop for treasure hunters,''",
            "Merrow Islands Ministry of Culture",
            "the ministry",
        ),
    ],
    "two apostrophes used as double quotation marks (archive style); 'the team wrote' resolved to the institute; recalled; 'the ministry said'; 'according to' without quotation marks",
)

doc(
    "ann:027-museum-exhibit",
    """
Calder Museum Opens First Major Show of Weaver Alma Rennick

The Calder Museum of Art on Saturday opened "Threads of the River," a retrospective of the textile artist Alma Rennick that brings together 90 works made over five decades, many of them borrowed from private collections and shown publicly for the first time.

"Alma has been making some of the most inventive work in American textiles for 40 years, and most people have never heard of her," said curator Desmond Hartley, who spent three years tracking down the pieces. "We wanted to fix that."

Rennick, 74, walked through the galleries with a cane on Friday evening, a day before the public opening. "Some of these I haven't seen since the 1980s," she said, stopping in front of a large indigo tapestry. "It's like running into old friends. Some of them I'm glad to see, and some of them owe me money."

The exhibition includes a small theater showing "The Loom House," a documentary about Rennick's studio directed by her daughter, Clara Rennick. "My mother never saw a line between art and work," Clara Rennick said. "She wove in the mornings and fixed the roof in the afternoons."

Critic Anton Lisle of the Calder Review called the show "overdue and overwhelming, in the best way."

The museum's director, Farah Lindgren, said the opening had drawn the largest crowd since the building reopened after renovations in 2021. "We had a line out the door before ten," she said.

Rennick grew up on a farm outside Calder and learned to weave from a neighbor. She worked for years as a high school art teacher and sold most of her early pieces at county fairs for less than $100. Several of those pieces are now in the show.

The exhibition runs through January. Admission is free on the first Sunday of each month.
""",
    [
        N(
            '"Alma has been making some of the most inventive work in American textiles for 40 years, and most people have never heard of her,"',
            "Desmond Hartley",
            "curator Desmond Hartley, who spent three years tracking down the pieces",
        ),
        I('"We wanted to fix that."', "Desmond Hartley"),
        P('"Some of these I haven\'t seen since the 1980s,"', "Alma Rennick", "she"),
        I(
            "\"It's like running into old friends. Some of them I'm glad to see, and some of them owe me money.\"",
            "Alma Rennick",
        ),
        N('"My mother never saw a line between art and work,"', "Clara Rennick"),
        I('"She wove in the mornings and fixed the roof in the afternoons."', "Clara Rennick"),
        N(
            '"overdue and overwhelming, in the best way."',
            "Anton Lisle",
            "Critic Anton Lisle of the Calder Review",
            kind="mixed",
        ),
        P('"We had a line out the door before ten,"', "Farah Lindgren", "she"),
    ],
    "exhibition and film titles are not quotes; two speakers sharing a surname (Alma and Clara Rennick) - speaker must be the full name; participle clause after the cue",
    negatives=['"Threads of the River,"', '"The Loom House,"'],
)

doc(
    "ann:028-police-review",
    """
Review Finds Slower Police Response Times Across Eastbrook

An independent review of the Eastbrook Police Department found that average response times for the most urgent 911 calls rose by nearly four minutes over the last five years, a trend the report blamed on staffing shortages and outdated dispatch software.

The 86-page report, titled "Answering the Call: A Review of Emergency Response in Eastbrook," was commissioned by the city council and prepared by the Harmon Public Safety Group.

Police Chief Carolyn Whitlock said she accepted the findings. "The numbers are the numbers. Residents deserve faster help, and right now we are not delivering it," Whitlock said at a news conference.

The department said in a statement that it had hired 22 new dispatchers since January and was testing new software. "We expect to see measurable improvement by the end of the year," the department said.

The report's lead author, retired police commander Samuel Ortega, said the dispatch system was the biggest problem. "Dispatchers are toggling between four screens to send one car," Ortega said. "It's a system built in 2004 and patched ever since."

Community activist Jalen Brooks has pushed for the review since a 2022 home invasion in which police took 31 minutes to arrive. He called the findings "vindication, but not the kind anyone wanted."

"Somebody in my neighborhood died waiting for help," Brooks said. "A report doesn't bring him back."

The report makes 27 recommendations, including replacing the dispatch system, hiring civilian staff to take non-emergency calls and publishing response times by neighborhood every month.

The council will hold a hearing on the findings next month. Several council members said they wanted to see a cost estimate for the new dispatch system before committing to it.
""",
    [
        M(
            '"The numbers are the numbers. Residents deserve faster help, and right now we are not delivering it,"',
            "Carolyn Whitlock",
            "Whitlock",
        ),
        O(
            '"We expect to see measurable improvement by the end of the year,"',
            "Eastbrook Police Department",
            "the department",
        ),
        M(
            '"Dispatchers are toggling between four screens to send one car,"',
            "Samuel Ortega",
            "Ortega",
        ),
        I('"It\'s a system built in 2004 and patched ever since."', "Samuel Ortega"),
        P('"vindication, but not the kind anyone wanted."', "Jalen Brooks", "He", kind="mixed"),
        M('"Somebody in my neighborhood died waiting for help,"', "Jalen Brooks", "Brooks"),
        I('"A report doesn\'t bring him back."', "Jalen Brooks"),
    ],
    "report title is not a quote; 'the department said'; mixed with a pronoun subject; surname speakers",
    negatives=['"Answering the Call: A Review of Emergency Response in Eastbrook,"'],
)

doc(
    "ann:029-farm-drought",
    """
Third Year of Drought Forces Plains Ranchers to Sell Cattle

Walt Hennessy has farmed 2,400 acres outside Dry Fork for 37 years. This summer, for the first time, he sold half his cattle herd because he could not find enough hay to get them through the winter.

"I sold cows my father bought," Hennessy said, standing in a pasture that has turned the color of cardboard. "You don't forget a day like that."

Rainfall across the Brannock Plains has been 40 percent below normal since January, according to the State Climate Office, and this is the third dry year in a row.

"Farmers are making decisions this year that will affect them for a decade," said Cheryl Banda, an extension agent with Brannock State University who works with growers in six counties. The wheat crop, Banda said, will probably be "the smallest since the 1950s."

Feed prices have nearly doubled since 2022, leaving many ranchers "with no good options," according to the Brannock Cattlemen's Association, which estimates that the state's herd has shrunk by a fifth.

Hennessy's neighbor, Ruth Amundsen, has started hauling water to her cattle in a tank on the back of her pickup. Hennessy has helped her fix her well pump twice this summer. "My grandmother homesteaded this place during the Dust Bowl," she said. "If she could hang on, I can hang on."

Gov. Patricia Lund declared a drought emergency in 31 counties last week, freeing up state money for hay transport and well repairs. "We're asking Washington for help, and we are not going to stop asking," Gov. Patricia Lund said at a stop in Dry Fork on Friday.

Forecasters say a wetter pattern could arrive in the fall, but they have said that before. Hennessy said he would believe it when he saw it.
""",
    [
        M('"I sold cows my father bought,"', "Walt Hennessy", "Hennessy"),
        I('"You don\'t forget a day like that."', "Walt Hennessy"),
        N(
            '"Farmers are making decisions this year that will affect them for a decade,"',
            "Cheryl Banda",
            "Cheryl Banda, an extension agent with Brannock State University who works with growers in six counties",
        ),
        M('"the smallest since the 1950s."', "Cheryl Banda", "Banda", kind="mixed"),
        N(
            '"with no good options,"',
            "Brannock Cattlemen's Association",
            "the Brannock Cattlemen's Association, which estimates that the state's herd has shrunk by a fifth",
            kind="mixed",
        ),
        P('"My grandmother homesteaded this place during the Dust Bowl,"', "Ruth Amundsen", "she"),
        I('"If she could hang on, I can hang on."', "Ruth Amundsen"),
        N(
            '"We\'re asking Washington for help, and we are not going to stop asking,"',
            "Patricia Lund",
            "Gov. Patricia Lund",
            n=None,
        ),
    ],
    "mixed quote with a parenthetical cue ('The wheat crop, Banda said, will...'); mixed quote credited with 'according to' an organisation; 'she' whose nearest preceding name is Hennessy (male); 'according to' without quotation marks",
)

doc(
    "ann:030-rent-strike",
    """
Tenants at Riverside Towers Launch Rent Strike

About 120 households at Riverside Towers, a 300-unit apartment complex on the city's north side, stopped paying rent on Monday to protest what they describe as months of broken elevators, leaking ceilings and unanswered repair requests.

The tenants' association, which organized the strike, said rent would be paid into an escrow account until repairs are made. "We are not refusing to pay. We are refusing to pay for apartments that aren't being maintained," said Maribel Acosta, the association's president, who has lived in the building for 14 years.

The complex is owned by Stonegate Residential, which bought it in 2021. "Stonegate takes its obligations to residents seriously," the company said in a statement emailed to the Courier. "Repairs to both elevators are scheduled to be completed this month."

Stonegate called the rent strike "unlawful" and warned that tenants who withhold rent could face eviction proceedings.

Rebecca Lanford, a lawyer with the Northside Legal Aid Clinic who is advising the tenants, disagreed. "State law allows tenants to withhold rent when a landlord fails to make essential repairs, as long as they follow the procedure," Lanford said. "These tenants have followed it to the letter."

On the ninth floor, 81-year-old Harold Kowalski said he has not left his apartment in three weeks because he cannot manage the stairs. "I used to go to the senior center every day," he said. "Now I sit here and look out the window."

City Council member Tomas Rivera, who represents the district, called the conditions "unacceptable in any building, let alone one with this many seniors" and said he had asked the city's building department to inspect the complex.

The building department said inspectors would visit on Thursday. Tenants said they planned to hold a meeting in the lobby that evening to decide their next steps.
""",
    [
        N(
            '"We are not refusing to pay. We are refusing to pay for apartments that aren\'t being maintained,"',
            "Maribel Acosta",
            "Maribel Acosta, the association's president, who has lived in the building for 14 years",
        ),
        O(
            '"Stonegate takes its obligations to residents seriously,"',
            "Stonegate Residential",
            "the company",
        ),
        I(
            '"Repairs to both elevators are scheduled to be completed this month."',
            "Stonegate Residential",
        ),
        M('"unlawful"', "Stonegate Residential", "Stonegate", kind="mixed"),
        M(
            '"State law allows tenants to withhold rent when a landlord fails to make essential repairs, as long as they follow the procedure,"',
            "Rebecca Lanford",
            "Lanford",
        ),
        I('"These tenants have followed it to the letter."', "Rebecca Lanford"),
        P('"I used to go to the senior center every day,"', "Harold Kowalski", "he"),
        I('"Now I sit here and look out the window."', "Harold Kowalski"),
        N(
            '"unacceptable in any building, let alone one with this many seniors"',
            "Tomas Rivera",
            "City Council member Tomas Rivera, who represents the district",
            kind="mixed",
        ),
    ],
    "quote whose speaker's name is the company it quotes ('Stonegate takes...'); one-word mixed quote; multi-sentence quote before 'said NAME, appositive, relative clause'",
)

doc(
    "ann:031-ai-copyright-suit",
    """
Novelists Sue AI Company Over Use of Their Books

A group of 14 novelists sued the artificial intelligence company Parallax Labs in federal court on Wednesday, accusing it of copying their books without permission to train its chatbot, Quill.

The lawsuit, Whitmore v. Parallax Labs Inc., was filed in the U.S. District Court in San Francisco. It asks for damages and an order requiring the company to stop using the books.

"Parallax built a billion-dollar product on the backs of writers it never asked and never paid," said Adrian Kell, a lawyer for the authors.

Joan Whitmore, whose 11 mystery novels are among the works named in the suit, said she discovered the problem when the chatbot produced a passage from one of her books. "It recited a page of my third book back to me, word for word," Whitmore said. "That's not learning. That's copying."

Parallax said the lawsuit "misunderstands how the technology works" and that it would defend itself vigorously.

In a post on the company blog, Parallax's general counsel, Simone Dufresne, wrote that training AI models on publicly available text is fair use. "Reading is not infringement, whether a person does it or a machine does," Dufresne wrote.

The case has been assigned to U.S. District Judge Ramona Ellis, who is also presiding over a similar lawsuit brought by a group of photographers. At a hearing in that case last month, the judge put a pointed question to both sides: "If the output never reproduces the work, where exactly is the harm?"

Legal scholar Peter Nwosu of Harlow Law School said the cases could take years to resolve. "These are the copyright fights of the decade," he said.

At least nine similar lawsuits have been filed against AI companies in the past two years by authors, artists, news organizations and music publishers. None has yet gone to trial.
""",
    [
        N(
            '"Parallax built a billion-dollar product on the backs of writers it never asked and never paid,"',
            "Adrian Kell",
            "Adrian Kell, a lawyer for the authors",
        ),
        M(
            '"It recited a page of my third book back to me, word for word,"',
            "Joan Whitmore",
            "Whitmore",
        ),
        I("\"That's not learning. That's copying.\"", "Joan Whitmore"),
        M('"misunderstands how the technology works"', "Parallax Labs", "Parallax", kind="mixed"),
        M(
            '"Reading is not infringement, whether a person does it or a machine does,"',
            "Simone Dufresne",
            "Dufresne",
        ),
        O(
            '"If the output never reproduces the work, where exactly is the harm?"',
            "Ramona Ellis",
            "the judge",
        ),
        P('"These are the copyright fights of the decade,"', "Peter Nwosu", "he"),
    ],
    "case name without quotes; wrote in a blog post; 'the judge' with a colon-introduced question; company as mixed-quote speaker",
)

doc(
    "ann:032-transit-strike",
    """
Bus Drivers Strike, Leaving 200,000 Riders Scrambling

Bus drivers and mechanics for the Metro Valley Transit Authority walked off the job at 3 a.m. Wednesday after contract talks broke down, halting service on all 64 bus routes in the region.

Amalgamated Transit Workers Local 912 president Gloria Fenn said at a dawn rally outside the main garage: “Nobody in this union wanted to strike. We have been working without a contract for 14 months, and the authority has not moved an inch on safety.

“Our drivers are being assaulted, spat on and threatened, and the authority’s answer is a poster campaign. We need barriers on every bus and a real plan.”

The authority’s campaign, “Respect the Ride,” launched last year with posters on buses and at stations reminding riders that assaulting a transit worker is a felony.

The Metro Valley Transit Authority said it had offered raises of 14 percent over three years and $6 million for safety improvements. “We made a fair offer, and we remain at the table,” the authority said. “We urge the union to end this strike and let us get riders moving again.”

Transit authority general manager Richard Lamb said he was “deeply disappointed” by the walkout and that a mediator had been asked to join talks on Thursday.

Riders scrambled to find other ways to get to work. “I walked 40 minutes to get here, and I’m going to be late anyway,” said Nadia Farooqi, a nursing assistant waiting for a ride-share outside the downtown transit center.

Some riders sided with the drivers. “I’ve seen what they put up with,” said Curtis Bell, 63, who rides the No. 9 bus to his job at a hardware store. “Somebody threw a drink at my driver last week. He didn’t even get mad.”

Light rail and paratransit service, which are run by a separate contractor, were not affected. The authority said it would post updates on its website each morning until the strike ends.
""",
    [
        N(
            "“Nobody in this union wanted to strike. We have been working without a contract for 14 months, and the authority has not moved an inch on safety.",
            "Gloria Fenn",
            "Amalgamated Transit Workers Local 912 president Gloria Fenn",
            open_end=True,
        ),
        I(
            "“Our drivers are being assaulted, spat on and threatened, and the authority’s answer is a poster campaign. We need barriers on every bus and a real plan.”",
            "Gloria Fenn",
        ),
        O(
            "“We made a fair offer, and we remain at the table,”",
            "Metro Valley Transit Authority",
            "the authority",
        ),
        I(
            "“We urge the union to end this strike and let us get riders moving again.”",
            "Metro Valley Transit Authority",
        ),
        N(
            "“deeply disappointed”",
            "Richard Lamb",
            "Transit authority general manager Richard Lamb",
            kind="mixed",
        ),
        N(
            "“I walked 40 minutes to get here, and I’m going to be late anyway,”",
            "Nadia Farooqi",
            "Nadia Farooqi, a nursing assistant waiting for a ride-share outside the downtown transit center",
        ),
        N(
            "“I’ve seen what they put up with,”",
            "Curtis Bell",
            "Curtis Bell, 63, who rides the No. 9 bus to his job at a hardware store",
        ),
        I(
            "“Somebody threw a drink at my driver last week. He didn’t even get mad.”",
            "Curtis Bell",
        ),
    ],
    "curly quotes; colon-introduced quote that runs into a second paragraph (first segment carries the cue, second inherited); 'the authority said'; campaign name is not a quote",
    negatives=["“Respect the Ride,”"],
)

doc(
    "ann:033-primary-night",
    """
Kestrel Wins Democratic Primary for Governor in Upset

State Treasurer Naomi Kestrel won the Democratic nomination for governor on Tuesday, defeating former Lieutenant Governor Paul Dempsey by 8 points in a race that polls had shown as a dead heat a week earlier.

Supporters at Kestrel's election-night party in the ballroom of the Ashford Grand Hotel chanted "Nao-mi! Nao-mi!" as she took the stage shortly after 11 p.m.

"Six months ago, the experts told us this campaign was over before it started," Kestrel told the crowd. "They said we didn't have the money, we didn't have the endorsements, and we didn't have a chance.

"Tonight, the voters of this state told the experts something different."

Dempsey conceded about an hour later in a brief speech to supporters in Millbrook. "The voters have chosen, and I respect that choice," he said. "Naomi has my congratulations and my support."

Kestrel will face Republican state Sen. Bryce Holt in November. Holt wrote on social media that the result proved the Democratic Party had moved "too far from the kitchen tables of this state."

Pollster Andrea Lin of the Ashford Polling Institute said late-deciding voters had broken heavily for Kestrel. "Our final poll had 18 percent undecided," Lin said. "It looks like most of them went one way."

Kestrel ran under the slogan "A State That Works," and her campaign spent most of its money on digital ads and field organizers rather than television. Turnout was the highest for a gubernatorial primary in 20 years, according to the secretary of state's office.

She is expected to begin a bus tour of the state's rural counties next week, starting in the northern district where Dempsey won by the widest margin.
""",
    [
        M(
            '"Six months ago, the experts told us this campaign was over before it started,"',
            "Naomi Kestrel",
            "Kestrel",
        ),
        I(
            "\"They said we didn't have the money, we didn't have the endorsements, and we didn't have a chance.",
            "Naomi Kestrel",
            open_end=True,
        ),
        I(
            '"Tonight, the voters of this state told the experts something different."',
            "Naomi Kestrel",
        ),
        P('"The voters have chosen, and I respect that choice,"', "Paul Dempsey", "he"),
        I('"Naomi has my congratulations and my support."', "Paul Dempsey"),
        M('"too far from the kitchen tables of this state."', "Bryce Holt", "Holt", kind="mixed"),
        M('"Our final poll had 18 percent undecided,"', "Andrea Lin", "Lin"),
        I('"It looks like most of them went one way."', "Andrea Lin"),
    ],
    "speech quote split around 'Kestrel told the crowd' that continues into a second paragraph; crowd chant and campaign slogan are not quotes; mixed quote from a social-media post",
    negatives=['"Nao-mi! Nao-mi!"', '"A State That Works,"'],
)

doc(
    "ann:034-measles-outbreak",
    """
Measles Cases Climb to 23 in Linden County Outbreak

The Linden County Department of Health said Friday that the number of measles cases linked to an outbreak that began at a children's day-care center last month had risen to 23, and warned that more cases were likely.

"Measles is one of the most contagious diseases we know of," the Department of Health said in a statement. "Nine out of ten unvaccinated people who are exposed will get sick."

Of the 23 people infected, 21 were unvaccinated, health officials said. Four children have been hospitalized, and one remained in intensive care on Friday.

Officials urged anyone who visited the Linden Public Library on March 2 or the Elmwood Urgent Care center on March 4 to check their vaccination status. "If you were in either place and you're not immune, please call your doctor before you show up at the office," officials said.

Dr. Rajesh Pillai, the county's health officer, explained why officials were so focused on the clinic visits. "A person with measles can infect others four days before the rash appears," he explained. "By the time someone knows they have it, they may have exposed dozens of people."

Sarah Dunleavy, whose 4-year-old son attends the day-care center, said she had vaccinated him on schedule. "I'm not worried about him. I'm worried about the babies who are too young to get the shot," Dunleavy said.

Vaccination rates among kindergartners in Linden County have fallen to 88 percent, below the 95 percent needed to prevent outbreaks, according to state data.

Pillai said the department was holding free vaccination clinics this weekend at three schools. "We've got plenty of vaccine," Dr. Pillai said. "What we need is people."
""",
    [
        N(
            '"Measles is one of the most contagious diseases we know of,"',
            "Linden County Department of Health",
            "the Department of Health",
        ),
        I(
            '"Nine out of ten unvaccinated people who are exposed will get sick."',
            "Linden County Department of Health",
        ),
        O(
            '"If you were in either place and you\'re not immune, please call your doctor before you show up at the office,"',
            "Linden County Department of Health",
            "officials",
        ),
        P(
            '"A person with measles can infect others four days before the rash appears,"',
            "Rajesh Pillai",
            "he",
        ),
        I(
            '"By the time someone knows they have it, they may have exposed dozens of people."',
            "Rajesh Pillai",
        ),
        M(
            "\"I'm not worried about him. I'm worried about the babies who are too young to get the shot,\"",
            "Sarah Dunleavy",
            "Dunleavy",
        ),
        M('"We\'ve got plenty of vaccine,"', "Rajesh Pillai", "Dr. Pillai"),
        I('"What we need is people."', "Rajesh Pillai"),
    ],
    "'the Department of Health said' (organisation); 'officials said' resolved to the department; explained; 'according to state data' without quotation marks",
)

doc(
    "ann:035-grocery-merger",
    """
Grocers Fairway Market and Greenleaf Agree to $9 Billion Merger

The supermarket chains Fairway Market and Greenleaf Foods agreed Monday to merge in a $9 billion deal that would create the third-largest grocery company in the country, with more than 1,400 stores in 22 states.

"Together we will be able to offer lower prices, more fresh food and a better experience for our customers," the companies said in a joint statement.

Fairway chief executive Douglas Reinholt, who will lead the combined company, said the deal would allow the chains to compete with warehouse clubs and online retailers. "The grocery business has changed more in the last five years than in the previous fifty," Reinholt said on a call with analysts. "Scale matters now in a way it didn't before."

Greenleaf's chief executive, Aiko Tanabe, will become chair of the board. "Our customers will still see the Greenleaf name on their neighborhood store," she said.

The deal is likely to face close scrutiny from antitrust regulators. "In about 300 towns, these two chains are each other's main competitor," said Evelyn Marchand, a professor of economics at Brookline University who studies food retail. "Regulators are going to want to know what happens to prices in those towns."

The unions representing workers at both chains said they were concerned about store closures. United Food Workers president Leon Abernathy called the merger "a bad deal for workers and a worse deal for shoppers" and said the union would lobby against it.

The companies said they expect the deal to close in the first half of next year, pending approval by regulators and shareholders. They said they would sell some stores in overlapping markets if regulators required it, but did not say how many.

Shares of Greenleaf rose 18 percent on the news. Fairway's shares fell 3 percent.
""",
    [
        O(
            '"Together we will be able to offer lower prices, more fresh food and a better experience for our customers,"',
            "Fairway Market and Greenleaf Foods",
            "the companies",
        ),
        M(
            '"The grocery business has changed more in the last five years than in the previous fifty,"',
            "Douglas Reinholt",
            "Reinholt",
        ),
        I('"Scale matters now in a way it didn\'t before."', "Douglas Reinholt"),
        P(
            '"Our customers will still see the Greenleaf name on their neighborhood store,"',
            "Aiko Tanabe",
            "she",
        ),
        N(
            '"In about 300 towns, these two chains are each other\'s main competitor,"',
            "Evelyn Marchand",
            "Evelyn Marchand, a professor of economics at Brookline University who studies food retail",
        ),
        I(
            '"Regulators are going to want to know what happens to prices in those towns."',
            "Evelyn Marchand",
        ),
        N(
            '"a bad deal for workers and a worse deal for shoppers"',
            "Leon Abernathy",
            "United Food Workers president Leon Abernathy",
            kind="mixed",
        ),
    ],
    "'the companies said in a joint statement' resolved to both companies; company names inside quotes; mixed quote after 'called the merger'",
)

doc(
    "ann:036-tennis-final",
    """
Brandvold Beats Top Seed Aubert for First Major Title

Ilse Brandvold won her first major title on Saturday, beating top-seeded Camille Aubert 6-4, 3-6, 7-5 in a final at the Meridian Open that lasted nearly three hours.

Brandvold, 22, fell to her knees when Aubert's backhand sailed long on match point. "I don't think it has hit me yet," she said on court, her voice breaking. "Ask me tomorrow."

Aubert, the world No. 1 and known on tour as "the Wall" for her relentless defense, had won 19 straight matches coming into the final. She struggled with her serve in the third set, double-faulting twice at 5-5. "I had chances, and I didn't take them," Aubert said. "She played the big points better. That's the whole story."

Brandvold recalled that she had almost stopped playing as a teenager. "When I was 16, I lost in the first round of a junior tournament 6-0, 6-0, and I cried the whole train ride home," she recalled. "My father said, 'You can quit if you want, but not today.'"

Her coach, former player Henrik Solvang, watched from the players' box with her parents. "She's been ready for a year," Solvang told reporters. "She just needed to believe it."

The victory will lift Brandvold from 14th to sixth in the world rankings when the new list is published on Monday. She is the first player from her country to win a major singles title.

Aubert will remain No. 1. Asked whether the loss would change her plans for the grass-court season, she shook her head and said she would be back on the practice court by Tuesday.

Attendance for the two-week tournament set a record for the third straight year, organizers said, with more than 720,000 spectators passing through the gates.
""",
    [
        P('"I don\'t think it has hit me yet,"', "Ilse Brandvold", "she"),
        I('"Ask me tomorrow."', "Ilse Brandvold"),
        M('"I had chances, and I didn\'t take them,"', "Camille Aubert", "Aubert"),
        I('"She played the big points better. That\'s the whole story."', "Camille Aubert"),
        P(
            '"When I was 16, I lost in the first round of a junior tournament 6-0, 6-0, and I cried the whole train ride home,"',
            "Ilse Brandvold",
            "she",
        ),
        I("\"My father said, 'You can quit if you want, but not today.'\"", "Ilse Brandvold"),
        M('"She\'s been ready for a year,"', "Henrik Solvang", "Solvang"),
        I('"She just needed to believe it."', "Henrik Solvang"),
    ],
    "two women: 'she' right after Aubert's name refers to Brandvold; recalled; nested single quotes ending in '\\'\"'; nickname is not a quote",
    negatives=['"the Wall"'],
)

doc(
    "ann:037-ocean-study",
    """
Study Finds Deep-Sea Fish Populations Falling Faster Than Expected

Populations of fish living in the ocean's "twilight zone," between 200 and 1,000 meters deep, have fallen by about a quarter over the past two decades in the North Atlantic, according to a study published Thursday.

"These are fish most people will never see, but they are at the heart of the ocean's food web," said Dr. Oluwaseun Bakare, a marine ecologist at the Coastal Research Institute and the study's lead author. "Tuna, dolphins, seabirds — they all depend on them."

The researchers analyzed 22 years of acoustic survey data collected by research ships. The study, titled "Decadal Decline of Mesopelagic Biomass in the North Atlantic," appeared in the journal Marine Systems.

Bakare said warming water was the most likely cause. "The fish are following colder water deeper and farther north," he said.

Co-author Dr. Ingrid Falk, of the University of Tromsholm, said the team had been surprised by how consistent the decline was. "We expected a noisy signal. Instead, year after year, the line went down," Falk wrote in an email.

Some scientists urged caution. "Acoustic surveys are a powerful tool, but they can't always tell one kind of fish from another," said Dr. Marcus Webb, a fisheries scientist at Eastbay University who was not involved in the research. He said the findings should be confirmed with net sampling.

Fishing companies have shown growing interest in harvesting twilight-zone fish to make fishmeal for salmon farms. Bakare called that idea "a terrible gamble with a system we barely understand."

The twilight zone holds more fish by weight than the rest of the ocean combined, by some estimates, and the animals play a major role in moving carbon from the surface into the deep sea when they migrate up to feed at night and back down at dawn. Scientists are only beginning to measure how much carbon that nightly migration removes from the atmosphere.
""",
    [
        N(
            '"These are fish most people will never see, but they are at the heart of the ocean\'s food web,"',
            "Oluwaseun Bakare",
            "Dr. Oluwaseun Bakare, a marine ecologist at the Coastal Research Institute and the study's lead author",
        ),
        I('"Tuna, dolphins, seabirds — they all depend on them."', "Oluwaseun Bakare"),
        P(
            '"The fish are following colder water deeper and farther north,"',
            "Oluwaseun Bakare",
            "he",
        ),
        M(
            '"We expected a noisy signal. Instead, year after year, the line went down,"',
            "Ingrid Falk",
            "Falk",
        ),
        N(
            '"Acoustic surveys are a powerful tool, but they can\'t always tell one kind of fish from another,"',
            "Marcus Webb",
            "Dr. Marcus Webb, a fisheries scientist at Eastbay University who was not involved in the research",
        ),
        M(
            '"a terrible gamble with a system we barely understand."',
            "Oluwaseun Bakare",
            "Bakare",
            kind="mixed",
        ),
    ],
    "scientific term in quotation marks and paper title are not quotes; em dash inside a quote; wrote in an email; 'Dr. NAME, long appositive'",
    negatives=[
        '"twilight zone,"',
        '"Decadal Decline of Mesopelagic Biomass in the North Atlantic,"',
    ],
)

doc(
    "ann:038-blizzard",
    """
Blizzard Buries Northern Counties Under Three Feet of Snow

A slow-moving blizzard dumped up to three feet of snow across the state's northern counties Sunday and Monday, closing highways, knocking out power to 90,000 customers and stranding hundreds of drivers on Interstate 41.

Gov. Eleanor Hayward declared a state of emergency and activated 400 members of the National Guard. "Stay off the roads. I cannot say it more plainly than that," Hayward said at a briefing Monday morning. "If you don't have to be out, don't be out."

State transportation officials said more than 600 plows were working around the clock. "Visibility on parts of I-41 is near zero, and drifts are refilling lanes as fast as we can clear them," officials with the Department of Transportation said in an update shortly after 8 a.m.

Plow driver Ricky Lavigne has been on the road since Saturday night. "I've slept maybe five hours since Saturday," he told the Herald by phone from his truck. "It's snowing harder than we can plow."

The Regional Weather Bureau said winds gusting to 50 mph would continue to cause whiteout conditions through Tuesday afternoon. "This is not a storm you want to test," the bureau warned.

At a truck stop outside Halvern, about 200 stranded travelers spent the night in booths and on the floor. "We had people sleeping on the floor by the coffee machines," said manager Teresa Oyelowo. "Nobody complained. Everyone just shared what they had."

The storm, which social media users quickly dubbed "the Big Dig," is the largest to hit the region since 2011. Schools in 14 counties will be closed Tuesday, and several universities have canceled classes for the rest of the week.

Utility crews from three neighboring states arrived Monday to help restore power. The state's largest utility said most customers should have electricity back by Wednesday night, though some rural areas could wait longer.
""",
    [
        M(
            '"Stay off the roads. I cannot say it more plainly than that,"',
            "Eleanor Hayward",
            "Hayward",
        ),
        I("\"If you don't have to be out, don't be out.\"", "Eleanor Hayward"),
        N(
            '"Visibility on parts of I-41 is near zero, and drifts are refilling lanes as fast as we can clear them,"',
            "Department of Transportation",
            "officials with the Department of Transportation",
        ),
        P('"I\'ve slept maybe five hours since Saturday,"', "Ricky Lavigne", "he"),
        I('"It\'s snowing harder than we can plow."', "Ricky Lavigne"),
        O('"This is not a storm you want to test,"', "Regional Weather Bureau", "the bureau"),
        N(
            '"We had people sleeping on the floor by the coffee machines,"',
            "Teresa Oyelowo",
            "manager Teresa Oyelowo",
        ),
        I('"Nobody complained. Everyone just shared what they had."', "Teresa Oyelowo"),
    ],
    "'officials with the Department of Transportation' (name inside the source phrase); told the Herald by phone; 'the bureau warned'; storm nickname is not a quote",
    negatives=['"the Big Dig,"'],
)

doc(
    "ann:039-appeals-court",
    """
Appeals Court Upholds Marlow City Ban on Police Facial Recognition

A federal appeals court on Friday upheld Marlow City's ban on police use of facial recognition software, rejecting a challenge brought by a police officers' union that argued the ban put officers at risk.

In a 2-1 decision, a panel of the Fourteenth Circuit ruled that the city council had acted within its authority when it passed the ban in 2023. "A city may decide which tools its own police department will use," Judge Evelyn Carrow wrote for the majority. "That is not a close question."

Judge Martin Saltz dissented. He wrote that the ban was "a policy choice dressed up as a civil-rights protection" and that the union had raised legitimate safety concerns.

"Officers will be sent into dangerous situations with less information than a teenager with a smartphone," Saltz wrote.

The case is Marlow City Police Benevolent Association v. City of Marlow. It was the first challenge to a local facial recognition ban to reach a federal appeals court.

Representing the union, attorney Douglas Feng said his clients were reviewing the decision and might ask the full court to rehear the case. "We respect the court, but we think the dissent got it right," Feng said.

Civil liberties groups celebrated the ruling. "This means people in Marlow can walk down the street without being identified and logged by a computer," said Anika Varga, a staff attorney with the Marlow Civil Liberties Project.

City Attorney Grace Omondi said the city was "grateful" for the ruling and would continue to defend the ordinance.

At least 20 cities have adopted similar bans or moratoriums since 2019, though several have since loosened them. Police departments in other cities have argued that the software helps them identify suspects in violent crimes more quickly.
""",
    [
        N(
            '"A city may decide which tools its own police department will use,"',
            "Evelyn Carrow",
            "Judge Evelyn Carrow",
        ),
        I('"That is not a close question."', "Evelyn Carrow"),
        P(
            '"a policy choice dressed up as a civil-rights protection"',
            "Martin Saltz",
            "He",
            kind="mixed",
        ),
        M(
            '"Officers will be sent into dangerous situations with less information than a teenager with a smartphone,"',
            "Martin Saltz",
            "Saltz",
        ),
        M('"We respect the court, but we think the dissent got it right,"', "Douglas Feng", "Feng"),
        N(
            '"This means people in Marlow can walk down the street without being identified and logged by a computer,"',
            "Anika Varga",
            "Anika Varga, a staff attorney with the Marlow Civil Liberties Project",
        ),
        N('"grateful"', "Grace Omondi", "City Attorney Grace Omondi", kind="mixed"),
    ],
    "judges 'wrote for the majority' and dissent; mixed after 'wrote that'; one-word mixed quote; case name without quotes",
)

doc(
    "ann:040-library-funding",
    """
Branch Libraries Spared as Millbrook Council Restores $1.2 Million

Millbrook's three branch libraries will stay open six days a week after the city council voted Tuesday to restore $1.2 million that had been cut from the library budget in the spring.

Library Director Abigail Stroud told the council that without the money the branches would have had to close on Saturdays and Mondays. "Saturdays are when working families come in," Stroud said. "Closing then would have meant closing on exactly the people who need us most."

Several children spoke during public comment. Ten-year-old Priya Venkataraman read from a letter she had written: "The library is where I learned that I like reading about volcanoes. Please don't take it away."

Council member Franklin Obuya, who proposed restoring the money, said the vote was "the easiest decision I've made this year."

Council member Dana Larkin voted against the restoration. She said she supported libraries but questioned taking the money from the road repair fund. "Every dollar we move here is a pothole we don't fix," Larkin said.

The Eastgate branch recently hosted a reading of "The Girl Who Counted Stars," a picture book by local author Hazel Quist, who grew up a few blocks away. Quist attended Tuesday's meeting and said libraries had shaped her career. "I wrote my first story on a library computer because we didn't have one at home," she said.

The restored money will also pay for a summer reading program and two part-time staff members at the Eastgate branch. Stroud said the library would start hiring next month.

The council approved the measure 6-1. The road repair fund will be reduced by the same amount, and the public works department said it would delay repaving on four streets until next year.
""",
    [
        M('"Saturdays are when working families come in,"', "Abigail Stroud", "Stroud"),
        I(
            '"Closing then would have meant closing on exactly the people who need us most."',
            "Abigail Stroud",
        ),
        N(
            '"The library is where I learned that I like reading about volcanoes. Please don\'t take it away."',
            "Priya Venkataraman",
            "Ten-year-old Priya Venkataraman",
        ),
        N(
            '"the easiest decision I\'ve made this year."',
            "Franklin Obuya",
            "Council member Franklin Obuya, who proposed restoring the money",
            kind="mixed",
        ),
        M('"Every dollar we move here is a pothole we don\'t fix,"', "Dana Larkin", "Larkin"),
        P(
            '"I wrote my first story on a library computer because we didn\'t have one at home,"',
            "Hazel Quist",
            "she",
        ),
    ],
    "colon quote read from a letter by its author; book title is not a quote; mixed quote after 'said the vote was'",
    negatives=['"The Girl Who Counted Stars,"'],
)

doc(
    "ann:041-app-store-fine",
    """
Regulator Fines Tessellate 480 Million Euros Over App Store Rules

The Competition and Markets Board on Tuesday fined the smartphone maker Tessellate 480 million euros, saying the company had illegally blocked app developers from telling customers about cheaper ways to pay for subscriptions.

"For years, Tessellate has forced developers to keep their customers in the dark," Commissioner Lotte Vermeer said at a news conference. "That ends today."

Tessellate said it would appeal. "We disagree with the decision," the company said in a statement. "It ignores the security and privacy protections our customers value. We will appeal."

Developers welcomed the ruling. Felix Ostrowski, whose company makes a popular meditation app, posted on X that the fine was "about five years overdue."

"We've paid Tessellate tens of millions in fees for the privilege of not being allowed to mention our own website," Ostrowski told the Tribune.

The fine follows a three-year investigation, known inside the board as "Project Tollgate," that began after a complaint from a music streaming service. Under the decision, Tessellate must change its rules within 60 days or face additional daily penalties.

Analyst Ruth Kimani of Salter & Finch said the fine itself was small compared with Tessellate's annual revenue. "The money isn't the story. The rule changes are," Kimani said. "If developers can steer customers to cheaper payment options, that hits Tessellate's services business right where it hurts."

Tessellate's shares fell about 2 percent in morning trading. The company is facing similar investigations in at least four other countries, and a separate case brought by a group of game developers is scheduled for trial next year.
""",
    [
        N(
            '"For years, Tessellate has forced developers to keep their customers in the dark,"',
            "Lotte Vermeer",
            "Commissioner Lotte Vermeer",
        ),
        I('"That ends today."', "Lotte Vermeer"),
        O('"We disagree with the decision,"', "Tessellate", "the company"),
        I(
            '"It ignores the security and privacy protections our customers value. We will appeal."',
            "Tessellate",
        ),
        N(
            '"about five years overdue."',
            "Felix Ostrowski",
            "Felix Ostrowski, whose company makes a popular meditation app",
            kind="mixed",
        ),
        M(
            '"We\'ve paid Tessellate tens of millions in fees for the privilege of not being allowed to mention our own website,"',
            "Felix Ostrowski",
            "Ostrowski",
        ),
        M('"The money isn\'t the story. The rule changes are,"', "Ruth Kimani", "Kimani"),
        I(
            '"If developers can steer customers to cheaper payment options, that hits Tessellate\'s services business right where it hurts."',
            "Ruth Kimani",
        ),
    ],
    "posted on X with a mixed quote; told the Tribune; 'the company said in a statement' split quote; investigation code name is not a quote",
    negatives=['"Project Tollgate,"'],
)

doc(
    "ann:042-teachers-contract",
    """
Ridgeview Teachers Approve Contract, Ending Threat of Strike

Teachers in the Ridgeview Unified School District voted overwhelmingly Thursday to approve a three-year contract that raises salaries by 15 percent and caps class sizes, ending months of tense negotiations that had brought the district to the brink of its first strike in 30 years.

The Ridgeview Education Association said 91 percent of members who voted supported the agreement. “This contract is proof that when teachers stand together, we win,” union president Harriet Sandoval said.

Superintendent Kevin Tramell said the district was “relieved and grateful” that the talks had ended. “Our teachers earned this,” he said. “Now we have to figure out how to pay for it.”

The raises will cost about $42 million over three years. According to the district’s chief financial officer, the district will draw on reserves in the first year and seek savings in transportation and administration after that.

For many teachers, the class-size cap was the bigger victory. Maya Quintero, who teaches fourth grade at Sycamore Elementary, recalled a year when she had 36 students in a classroom built for 25. “I had kids sitting on the floor during reading time because there weren’t enough desks,” Quintero recalled. “You can’t teach like that. You can only manage.”

During the negotiations, union members wore buttons reading “Fund Our Future” to school every Friday, and hundreds of parents joined a march to the district office in February.

The contract caps kindergarten through third-grade classes at 24 students and upper-grade classes at 28. It also adds 30 counselors over three years and gives special-education teachers an extra planning period each week.

The school board is expected to ratify the agreement at its meeting next Tuesday. Board members have said they will approve it.
""",
    [
        N(
            "“This contract is proof that when teachers stand together, we win,”",
            "Harriet Sandoval",
            "union president Harriet Sandoval",
        ),
        N("“relieved and grateful”", "Kevin Tramell", "Superintendent Kevin Tramell", kind="mixed"),
        P("“Our teachers earned this,”", "Kevin Tramell", "he"),
        I("“Now we have to figure out how to pay for it.”", "Kevin Tramell"),
        M(
            "“I had kids sitting on the floor during reading time because there weren’t enough desks,”",
            "Maya Quintero",
            "Quintero",
        ),
        I("“You can’t teach like that. You can only manage.”", "Maya Quintero"),
    ],
    "curly quotes; recalled; mixed then pronoun direct quote; button slogan is not a quote; 'according to' without quotation marks",
    negatives=["“Fund Our Future”"],
)

doc(
    "ann:043-attack-ads",
    """
Fact-Checkers Challenge Claims in Senate Race Attack Ads

A new television ad from Republican Senate candidate Grant Whitley accuses his Democratic opponent, Rep. Marisol Ibarra, of voting to "raise taxes on every family in the state," a claim that independent fact-checkers call misleading.

The 30-second spot, titled "Her Record," began airing Monday in the state's three largest media markets, according to ad-tracking data.

"The ad takes one vote on a budget bill and pretends it was a tax vote. It wasn't," said Lorraine Adu, the editor of the nonpartisan fact-checking site CheckPoint State.

Whitley's campaign stood by the ad. "Marisol Ibarra voted for a budget that raised the gas tax. That's a tax on every family that drives a car," campaign spokesman Tyler Ashe said in an email.

Ibarra's campaign is running its own attack ad, which ends with the tagline "Marisol Ibarra: Fighting for You." That ad claims Whitley "shipped jobs overseas" as chief executive of a manufacturing company.

That claim is "mostly false," according to CheckPoint State, which found that the company moved about 200 jobs to Mexico two years after Whitley left.

Ibarra's spokeswoman, Jenna Cardwell, defended the ad. "Grant Whitley built the strategy that sent those jobs away," she said. "He can't take credit for the company's profits and duck responsibility for its layoffs."

The two candidates and outside groups have spent more than $40 million on television advertising so far, making it one of the most expensive Senate races in the country. The candidates will meet for their first debate next Thursday.
""",
    [
        N(
            '"raise taxes on every family in the state,"',
            "Grant Whitley",
            "A new television ad from Republican Senate candidate Grant Whitley",
            kind="mixed",
        ),
        N(
            '"The ad takes one vote on a budget bill and pretends it was a tax vote. It wasn\'t,"',
            "Lorraine Adu",
            "Lorraine Adu, the editor of the nonpartisan fact-checking site CheckPoint State",
        ),
        N(
            '"Marisol Ibarra voted for a budget that raised the gas tax. That\'s a tax on every family that drives a car,"',
            "Tyler Ashe",
            "campaign spokesman Tyler Ashe",
        ),
        O('"shipped jobs overseas"', "Marisol Ibarra", "That ad", kind="mixed"),
        N(
            '"mostly false,"',
            "CheckPoint State",
            "CheckPoint State, which found that the company moved about 200 jobs to Mexico two years after Whitley left",
            kind="mixed",
        ),
        P('"Grant Whitley built the strategy that sent those jobs away,"', "Jenna Cardwell", "she"),
        I(
            "\"He can't take credit for the company's profits and duck responsibility for its layoffs.\"",
            "Jenna Cardwell",
        ),
    ],
    "quoted ad claims credited to the candidate whose ad it is; mixed quote with 'according to' an organisation; ad title and tagline are not quotes; said in an email",
    negatives=['"Her Record,"', '"Marisol Ibarra: Fighting for You."'],
)

doc(
    "ann:044-rural-hospital",
    """
Rural Hospital to Join Regional System to Avoid Closure

Pine County Memorial Hospital, the only hospital within 50 miles for about 30,000 residents, will become part of the Northstar Health system under an agreement announced Monday, ending months of uncertainty about whether the 42-bed hospital could stay open.

"Without this partnership, we were looking at closing our doors within two years," said Pine County Memorial's chief executive, Roberta Haldane. "Now we have a future."

Northstar, which operates 14 hospitals in three states, agreed to invest $35 million in the hospital over five years, including a new emergency department and upgraded imaging equipment. "Rural communities deserve the same quality of care as anyone else," Northstar said in a statement. "This investment is about keeping care close to home."

According to the agreement, the hospital's labor and delivery unit will remain open for at least three years. After that, its future will depend on patient volume, which has fallen to about 200 births a year.

That worries some residents. "My three kids were born in that hospital," said Jolene Harker, a hairdresser in the county seat of Bayard. "If they close labor and delivery, women here will be driving an hour while they're in labor."

Dr. Amos Lindahl, a family physician who has practiced in Pine County for 30 years, said he was cautiously optimistic. "A year ago I was telling patients to start looking for doctors in the city," Dr. Lindahl said. "This is better than what we were facing."

State health officials must approve the deal. A spokesperson for the state Department of Health said the review would take about 90 days and would include a public hearing in Bayard.

More than 100 rural hospitals have closed nationwide since 2010, and hundreds more are at risk, according to a recent analysis by a health policy research group.
""",
    [
        N(
            '"Without this partnership, we were looking at closing our doors within two years,"',
            "Roberta Haldane",
            "Pine County Memorial's chief executive, Roberta Haldane",
        ),
        I('"Now we have a future."', "Roberta Haldane"),
        M(
            '"Rural communities deserve the same quality of care as anyone else,"',
            "Northstar Health",
            "Northstar",
        ),
        I('"This investment is about keeping care close to home."', "Northstar Health"),
        N(
            '"My three kids were born in that hospital,"',
            "Jolene Harker",
            "Jolene Harker, a hairdresser in the county seat of Bayard",
        ),
        I(
            '"If they close labor and delivery, women here will be driving an hour while they\'re in labor."',
            "Jolene Harker",
        ),
        M(
            '"A year ago I was telling patients to start looking for doctors in the city,"',
            "Amos Lindahl",
            "Dr. Lindahl",
        ),
        I('"This is better than what we were facing."', "Amos Lindahl"),
    ],
    "said + possessive title + name; organisation as speaker by its short name (name, manual); Dr. + surname; 'according to' without quotation marks (twice)",
)

doc(
    "ann:045-catcher-retires",
    """
Catcher Mike DeLuca Retires After 17 Seasons With the Gulls

Mike DeLuca, the catcher who spent all 17 of his major league seasons with the Harbor City Gulls and became known to fans as "Iron Mike" for his streak of 1,100 consecutive starts behind the plate, announced his retirement Wednesday.

DeLuca, 38, fought back tears at a news conference at Lakefront Park. "I told myself I wasn't going to cry, and I made it about four seconds," he said.

He thanked his parents, his wife and the team's longtime equipment manager, whom he described as "the real iron man in this building."

Then DeLuca said: "When I got called up in 2008, I figured I'd be lucky to last two years. I was a backup catcher who couldn't hit a curveball.

"I still can't hit a curveball. But this city let me stick around long enough to figure out everything else."

Gulls manager Ron Petrakis said DeLuca's value went far beyond his statistics. "He caught four no-hitters. He taught every young pitcher we had how to pitch in this league," Petrakis said. "You can't replace that with a trade."

Pitcher Jonah Ellery, who threw one of those no-hitters, shared a photo of the two of them celebrating on the mound. "Best teammate I ever had. Best friend too," Ellery posted on Instagram.

The team will retire DeLuca's No. 12 in a ceremony this summer. Fans have already started an online petition titled "Statue for Iron Mike," which had more than 30,000 signatures by Wednesday night.

DeLuca finishes his career with a .261 batting average, 187 home runs and three All-Star selections. He said he planned to spend next season at home with his children before deciding whether to try coaching.
""",
    [
        P(
            '"I told myself I wasn\'t going to cry, and I made it about four seconds,"',
            "Mike DeLuca",
            "he",
        ),
        P('"the real iron man in this building."', "Mike DeLuca", "he", kind="mixed"),
        M(
            "\"When I got called up in 2008, I figured I'd be lucky to last two years. I was a backup catcher who couldn't hit a curveball.",
            "Mike DeLuca",
            "DeLuca",
            open_end=True,
        ),
        I(
            '"I still can\'t hit a curveball. But this city let me stick around long enough to figure out everything else."',
            "Mike DeLuca",
        ),
        M(
            '"He caught four no-hitters. He taught every young pitcher we had how to pitch in this league,"',
            "Ron Petrakis",
            "Petrakis",
        ),
        I('"You can\'t replace that with a trade."', "Ron Petrakis"),
        M('"Best teammate I ever had. Best friend too,"', "Jonah Ellery", "Ellery"),
    ],
    "'NAME said:' colon quote running into a second paragraph; mixed quote inside a relative clause ('whom he described as'); posted on Instagram; nickname and petition title are not quotes",
    negatives=['"Iron Mike"', '"Statue for Iron Mike,"'],
)

doc(
    "ann:046-earthquake",
    """
Magnitude 5.1 Earthquake Rattles Coastal Towns, Minor Damage Reported

A magnitude 5.1 earthquake shook the coast north of Port Alder early Saturday, rattling windows and knocking goods off store shelves but causing no serious injuries, according to the Coastal Seismic Network.

The quake struck at 4:17 a.m. about 12 kilometers beneath the seafloor and was felt as far inland as Granger. "This was a moderate earthquake on a fault system we know well," said seismologist Dr. Haruto Ishikawa of the Coastal Seismic Network. "It's a good reminder, not a reason to panic."

Ishikawa said there was about a 5 percent chance of a larger earthquake in the next week. "Most of the time, the biggest quake in a sequence is the first one," he said. "But most of the time is not all of the time."

In the fishing town of Garnet Bay, shop owner Lucia Ferrante said bottles of olive oil and jars of pickles had fallen from her shelves. "It sounded like a truck hit the building," Ferrante said.

The Port Alder Office of Emergency Management said it had received 140 calls in the first hour, most of them from people asking whether a tsunami was coming. "There is no tsunami threat from this event," the office posted on social media at 4:31 a.m.

Several residents said their phones buzzed with an earthquake warning a few seconds before the shaking began. The state launched its alert system two years ago and has been urging residents to sign up for it.

Structural engineers inspected two schools and the Garnet Bay harbor wall on Saturday morning and found only cosmetic cracks, county officials said. A water main broke in one neighborhood of Port Alder, leaving about 60 homes without water for several hours.

More than 30 aftershocks had been recorded by Saturday afternoon, the largest of them a magnitude 3.4.
""",
    [
        N(
            '"This was a moderate earthquake on a fault system we know well,"',
            "Haruto Ishikawa",
            "seismologist Dr. Haruto Ishikawa of the Coastal Seismic Network",
        ),
        I('"It\'s a good reminder, not a reason to panic."', "Haruto Ishikawa"),
        P(
            '"Most of the time, the biggest quake in a sequence is the first one,"',
            "Haruto Ishikawa",
            "he",
        ),
        I('"But most of the time is not all of the time."', "Haruto Ishikawa"),
        M('"It sounded like a truck hit the building,"', "Lucia Ferrante", "Ferrante"),
        O(
            '"There is no tsunami threat from this event,"',
            "Port Alder Office of Emergency Management",
            "the office",
        ),
    ],
    "'the office posted on social media' resolved to the named office; 'according to' an organisation without quotation marks",
)

doc(
    "ann:047-plant-closure",
    """
Kellerman to Close Dunmore Appliance Plant, Cutting 900 Jobs

Kellerman Appliance Co. said Thursday it will close its washing-machine plant in Dunmore by next summer, eliminating about 900 jobs and moving production to a newer factory in Mexico.

"This was a difficult decision, made after a thorough review of our manufacturing network," the company said in a statement. "We will support affected employees through this transition."

The plant has operated since 1961 and is the largest private employer in Dunmore. Workers learned of the closure at a meeting at the start of the first shift. "They read us a statement and told us to go back to work," said Roy Gaskins, a machine operator who has worked at the plant for 26 years. "Back to work! Like nothing happened."

Darlene Ruppert, president of United Steel and Assembly Workers Local 44, said the union would fight the closure. She called the decision "corporate greed, plain and simple" and said the plant had been profitable.

"This plant made money last year. It made money the year before that," Ruppert said. "They're not closing it because it's failing. They're closing it because labor is cheaper somewhere else."

Dunmore Mayor Kenneth Albers said the city would lose about $2 million a year in tax revenue. "We'll get through this," Albers told the Herald. "But I won't pretend it isn't a gut punch."

Kellerman spokeswoman Andrea Voigt declined to say how much the company expected to save by moving production. Asked whether the company had considered selling the plant to another manufacturer, she said: "All options were evaluated."

State economic development officials said they would meet with Kellerman next week to discuss retraining programs for the workers and whether any incentives could keep part of the operation in Dunmore.
""",
    [
        O(
            '"This was a difficult decision, made after a thorough review of our manufacturing network,"',
            "Kellerman Appliance Co.",
            "the company",
        ),
        I(
            '"We will support affected employees through this transition."',
            "Kellerman Appliance Co.",
        ),
        N(
            '"They read us a statement and told us to go back to work,"',
            "Roy Gaskins",
            "Roy Gaskins, a machine operator who has worked at the plant for 26 years",
        ),
        I('"Back to work! Like nothing happened."', "Roy Gaskins"),
        P('"corporate greed, plain and simple"', "Darlene Ruppert", "She", kind="mixed"),
        M(
            '"This plant made money last year. It made money the year before that,"',
            "Darlene Ruppert",
            "Ruppert",
        ),
        I(
            "\"They're not closing it because it's failing. They're closing it because labor is cheaper somewhere else.\"",
            "Darlene Ruppert",
        ),
        M('"We\'ll get through this,"', "Kenneth Albers", "Albers"),
        I("\"But I won't pretend it isn't a gut punch.\"", "Kenneth Albers"),
        P('"All options were evaluated."', "Andrea Voigt", "she"),
    ],
    "'the company said in a statement'; exclamation inside an inherited segment; mixed quote with pronoun subject; told the Herald; 'she said:' colon quote",
)

doc(
    "ann:048-jury-verdict",
    """
Jury Awards $14 Million to Family of Cyclist Killed by Delivery Truck

A Calder County jury on Friday awarded $14 million to the family of a cyclist who was struck and killed by a delivery truck in 2022, finding that the trucking company had failed to properly train and supervise its driver.

The verdict came after three days of deliberations in the lawsuit brought by the family of Daniel Ferris, a 34-year-old middle school teacher, against Swiftline Freight.

"No amount of money brings Danny back," his widow, Carla Ferris, said outside the courthouse, holding the couple's 5-year-old daughter. "But maybe this makes a company think twice before it puts an untrained driver on the road."

The family's lawyer, Bernard Ashworth, told jurors in closing arguments that the company had ignored repeated warnings about the driver's record. "They knew. They had three complaints in his file, and they gave him the keys anyway," Ashworth argued.

Swiftline's lawyers argued at trial that Ferris had entered the intersection against a red light. "The evidence showed a tragic accident, not corporate negligence," the company said in a statement after the verdict, adding that it would appeal.

The jury foreperson, who asked not to be named, told reporters that the company's training records had been decisive. "When we saw that he'd had two hours of training before driving a 26-foot truck in the city, that was it for most of us," the foreperson said.

"Danny's death should never have happened," said Monique Tran, director of the Calder Bike Coalition, whose members have placed white-painted "ghost bike" memorials at the sites of 11 cyclist deaths in the county since 2020.

The driver, who was not a defendant in the civil case, pleaded guilty last year to a misdemeanor traffic charge and was sentenced to probation. The city has since added a protected bike lane on the street where Ferris was killed.
""",
    [
        N('"No amount of money brings Danny back,"', "Carla Ferris", "his widow, Carla Ferris"),
        I(
            '"But maybe this makes a company think twice before it puts an untrained driver on the road."',
            "Carla Ferris",
        ),
        M(
            '"They knew. They had three complaints in his file, and they gave him the keys anyway,"',
            "Bernard Ashworth",
            "Ashworth",
        ),
        O(
            '"The evidence showed a tragic accident, not corporate negligence,"',
            "Swiftline Freight",
            "the company",
        ),
        O(
            '"When we saw that he\'d had two hours of training before driving a 26-foot truck in the city, that was it for most of us,"',
            "jury foreperson",
            "the foreperson",
            resolved="literal",
        ),
        N(
            '"Danny\'s death should never have happened,"',
            "Monique Tran",
            'Monique Tran, director of the Calder Bike Coalition, whose members have placed white-painted "ghost bike" memorials at the sites of 11 cyclist deaths in the county since 2020',
        ),
    ],
    "argued; 'the company said' resolved to the defendant; unnamed source ('the foreperson') kept as a nominal with no name; quoted term inside an appositive is not a quote; two people named Ferris",
    negatives=['"ghost bike"'],
)


if __name__ == "__main__":
    sys.exit(main())
