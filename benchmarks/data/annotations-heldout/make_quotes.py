#!/usr/bin/env python3
# ruff: noqa: E501  (documents are data; one paragraph per line)
"""Build quotes.jsonl: the HELD-OUT quote-attribution test set.

HELD OUT: do not read these documents while developing the quote detectors.

Every document below is an invented news article written for this project
(people, companies, outlets, places and events are made up; CC0). Each gold
quote is given as an exact substring of its document, plus an occurrence index
when the substring repeats; the script computes `start`/`end` itself, checks
every span, and writes one JSON object per document in the quotes-dev format:

    {"id", "text", "quotes": [{"start", "end", "text", "speaker", "speaker_raw",
     "speaker_type", "speaker_resolved", "kind"}], "meta": {...}}

Documents marked style="curly" are written here with straight quotes and are
converted (text, gold strings, raw speaker phrases and hard negatives alike) to
curly quotes and apostrophes before any check runs, so the output text is curly.

Run from anywhere:  python benchmarks/data/annotations-heldout/make_quotes.py
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "quotes.jsonl")
SOURCE = "hand-written for archiver, held-out test set (all names and events invented; CC0)"
MIN_WORDS, MAX_WORDS = 250, 800

SPEAKER_TYPES = {"name", "nominal", "pronoun", "inherited", "none"}
RESOLVED = {"literal", "manual", "inherited"}
KINDS = {"direct", "mixed"}
OPEN_MARKS = ('"', "\u201c", "''")
CLOSE_MARKS = ('"', "\u201d", "''")
MARK_RE = re.compile(r"\"|\u201c|\u201d|''")

DOCS: list[dict] = []


# --- gold-quote helpers ------------------------------------------------------
# `n` is the 0-based occurrence of `text` in the document (None = exactly once).


def Q(text, speaker, raw, stype, resolved, kind="direct", n=None, open_end=False, lead_in=False):
    return {
        "lead_in": lead_in,
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
    """The name is in the source phrase itself (name, literal)."""
    return Q(text, speaker, raw if raw is not None else speaker, "name", "literal", kind, n, open_end)


def M(text, speaker, raw, kind="direct", n=None, open_end=False):
    """Surname / short name after an earlier full mention (name, manual)."""
    return Q(text, speaker, raw, "name", "manual", kind, n, open_end)


def P(text, speaker, raw, kind="direct", n=None, open_end=False):
    """Pronoun speaker resolved by hand (pronoun, manual)."""
    return Q(text, speaker, raw, "pronoun", "manual", kind, n, open_end)


def O(text, speaker, raw, kind="direct", n=None, resolved="manual", open_end=False):  # noqa: E743
    """Nominal speaker ("the retailer", "the coach"); literal when nothing named it."""
    return Q(text, speaker, raw, "nominal", resolved, kind, n, open_end)


def I(text, speaker, kind="direct", n=None, open_end=False, lead_in=False):  # noqa: E743
    """Segment with no cue of its own, continuing the previous quote's speaker.
    lead_in=True: the speaker was named only in an indirect-speech lead-in paragraph
    just before the quote (every paragraph segment of such a quote is inherited)."""
    return Q(text, speaker, None, "inherited", "inherited", kind, n, open_end, lead_in)


def doc(id_, text, quotes, notes, negatives=(), style="straight"):
    DOCS.append(
        {
            "id": id_,
            "text": text.strip("\n"),
            "quotes": quotes,
            "notes": notes,
            "negatives": list(negatives),
            "style": style,
        }
    )


# --- curly conversion ----------------------------------------------------------


def curl(s):
    """Straight -> curly. Double marks alternate open/close within a paragraph
    (a paragraph that opens a multi-paragraph quote simply ends while open);
    apostrophes become right single quotes, or left ones after space/open mark."""
    if s is None:
        return None
    paras = []
    for para in s.split("\n"):
        out, is_open = [], True
        for ch in para:
            if ch == '"':
                out.append("\u201c" if is_open else "\u201d")
                is_open = not is_open
            else:
                out.append(ch)
        paras.append("".join(out))
    s = "\n".join(paras)
    s = re.sub(r"(^|(?<=[\s\u201c(\u2014]))'", "\u2018", s)
    return s.replace("'", "\u2019")


def apply_style(d):
    if d["style"] == "straight" or d["style"] == "archive":
        return d
    assert d["style"] == "curly", d["style"]
    d = dict(d)
    d["text"] = curl(d["text"])
    d["quotes"] = [dict(g, text=curl(g["text"]), speaker_raw=curl(g["speaker_raw"]), speaker=curl(g["speaker"])) for g in d["quotes"]]
    d["negatives"] = [curl(x) for x in d["negatives"]]
    return d


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
    d = apply_style(d)
    text = d["text"]
    errs = []
    lines = text.split("\n")
    if len(lines) < 3 or lines[1] != "" or not lines[0].strip():
        errs.append("text must be: title line, blank line, paragraphs")
    if "\n\n\n" in text or re.search(r"[ \t]\n|\n[ \t]", text):
        errs.append("paragraphs must be separated by exactly one blank line, no stray spaces")
    if d["style"] == "curly" and '"' in text:
        errs.append("straight double quote left in a curly document")
    if d["style"] != "archive" and "''" in text:
        errs.append("double apostrophe in a non-archive document")
    words = len(re.findall(r"\S+", text))
    if not MIN_WORDS <= words <= MAX_WORDS:
        errs.append(f"word count {words} outside {MIN_WORDS}-{MAX_WORDS}")
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
                errs.append(f"open-ended span must run to the end of its paragraph without a closing mark: {span[-40:]!r}")
        elif not span.endswith(CLOSE_MARKS):
            errs.append(f"span does not end with a closing mark: {span[-40:]!r}")
        if "\n" in span:
            errs.append(f"span crosses a paragraph break: {span[:40]!r}")
        if len(MARK_RE.findall(span)) != (1 if g["open_end"] else 2):
            errs.append(f"span must contain exactly its own quotation marks: {span[:40]!r}")
        if g["speaker_type"] not in SPEAKER_TYPES or g["speaker_resolved"] not in RESOLVED or g["kind"] not in KINDS:
            errs.append(f"bad label on {span[:40]!r}")
        if (g["speaker_type"] == "inherited") != (g["speaker_resolved"] == "inherited"):
            errs.append(f"inherited type/resolution mismatch on {span[:40]!r}")
        if (g["speaker_raw"] is None) != (g["speaker_type"] in ("inherited", "none")):
            errs.append(f"speaker_raw must be null exactly for inherited/none: {span[:40]!r}")
        if (g["speaker"] is None) != (g["speaker_type"] == "none"):
            errs.append(f"speaker must be null exactly for type none: {span[:40]!r}")
        literal = g["speaker_type"] == "name" and g["speaker_resolved"] == "literal"
        if literal and g["speaker"].split()[-1].rstrip(".") not in g["speaker_raw"]:
            errs.append(f"literal speaker {g['speaker']!r} not in raw {g['speaker_raw']!r}")
        if g["speaker_raw"] is not None and g["speaker_raw"] not in text:
            errs.append(f"speaker_raw not found in text: {g['speaker_raw']!r}")
        if g["speaker"] is not None and g["speaker_type"] != "inherited" and g["speaker_resolved"] == "manual":  # noqa: SIM102
            # the resolved name (or its last word) must occur somewhere in the document
            if g["speaker"].split()[-1] not in text:
                errs.append(f"resolved speaker {g['speaker']!r} never named in the document")
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
                "_lead_in": g["lead_in"],
            }
        )
    out.sort(key=lambda q: q["start"])
    for a, b in itertools.pairwise(out):
        if b["start"] < a["end"]:
            errs.append(f"overlapping gold spans: {a['text'][:30]!r} / {b['text'][:30]!r}")
    # an inherited segment must follow a gold quote of the same speaker
    for a, b in itertools.pairwise(out):
        if b["speaker_type"] == "inherited" and b["speaker"] != a["speaker"] and not b["_lead_in"]:
            errs.append(f"inherited segment does not continue the previous speaker: {b['text'][:30]!r}")
    if out and out[0]["speaker_type"] == "inherited" and not out[0]["_lead_in"]:
        errs.append("first gold quote cannot be inherited")
    for q in out:
        del q["_lead_in"]
    for neg in d["negatives"]:
        hits = [m.start() for m in re.finditer(re.escape(neg), text)]
        if not hits:
            errs.append(f"hard negative not in text: {neg!r}")
        for h in hits:
            if any(q["start"] <= h < q["end"] or h <= q["start"] < h + len(neg) for q in out):
                errs.append(f"hard negative overlaps a gold quote: {neg!r}")
    # every quotation mark must belong to a gold span or to a listed hard negative
    neg_spans = [(m.start(), m.end()) for neg in d["negatives"] for m in re.finditer(re.escape(neg), text)]
    for m in MARK_RE.finditer(text):
        p = m.start()
        if not any(q["start"] <= p < q["end"] for q in out) and not any(a <= p < b for a, b in neg_spans):
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
    DOCS.sort(key=lambda d: d["id"])
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
    styles = {}
    for d in DOCS:
        styles[d["style"]] = styles.get(d["style"], 0) + 1
    print("  quote styles: " + ", ".join(f"{a}={b}" for a, b in sorted(styles.items())))
    return 0


# =============================================================================
# Documents (HELD OUT)
# =============================================================================

doc(
    "ho:001-courts-charity-fraud-sentencing",
    """
Former Relief Charity Director Gets Six Years for Diverting Flood Donations

A federal judge in Port Adley on Tuesday sentenced Warrick Osei-Mensah, the former executive director of a regional flood-relief charity, to six years in prison for diverting nearly $2.3 million in donations to cover personal debts and a failing restaurant he co-owned.

"You took money that strangers gave to families who had lost everything, and you spent it on yourself," U.S. District Judge Rosamund Abernathy-Vale told Osei-Mensah before announcing the sentence. "That is not a lapse in judgment. It is a choice you made hundreds of times."

Osei-Mensah, 52, pleaded guilty in March to wire fraud and filing a false tax return. Prosecutors had asked for eight years, arguing in a sentencing memo that he had treated the charity, Tidemark Relief Network, as "a personal line of credit."

The defense lawyer, Tobias Renquist, asked the court for leniency, describing his client as a man who had "lost his way" after his marriage collapsed. "He is not the villain the government has drawn," Renquist said. "He is a man who is ashamed, who has repaid what he could, and who will spend the rest of his life making amends."

Osei-Mensah spoke briefly. "I am sorry," he said, his voice breaking. "I have no excuse."

Assistant U.S. Attorney Mirela Szabo said outside the courthouse that the sentence should send a message to anyone who handles donated money. "Charities run on trust," she said. "When someone breaks that trust, every honest organization pays the price."

The charity's new board chair, Lucinda Farrow-Bright, a retired accountant who took over the organization in the weeks after the scheme came to light, said donations had fallen by more than half since the arrest. "People ask us whether the money is safe now. It is. But we understand why they ask," Farrow-Bright said.

The case drew wide attention in the region after a newspaper series, "Where the Water Money Went," traced the transfers through a set of shell accounts registered to relatives. Osei-Mensah, known to friends and to regulars at the restaurant as "the Commodore," must report to prison by Sept. 1. He was also ordered to pay $1.9 million in restitution.
""",
    [
        N('"You took money that strangers gave to families who had lost everything, and you spent it on yourself,"', "Rosamund Abernathy-Vale", "U.S. District Judge Rosamund Abernathy-Vale"),
        I('"That is not a lapse in judgment. It is a choice you made hundreds of times."', "Rosamund Abernathy-Vale"),
        O('"a personal line of credit."', "Prosecutors", "Prosecutors", kind="mixed", resolved="literal"),
        N('"lost his way"', "Tobias Renquist", "The defense lawyer, Tobias Renquist", kind="mixed"),
        M('"He is not the villain the government has drawn,"', "Tobias Renquist", "Renquist"),
        I('"He is a man who is ashamed, who has repaid what he could, and who will spend the rest of his life making amends."', "Tobias Renquist"),
        P('"I am sorry,"', "Warrick Osei-Mensah", "he"),
        I('"I have no excuse."', "Warrick Osei-Mensah"),
        P('"Charities run on trust,"', "Mirela Szabo", "she"),
        I('"When someone breaks that trust, every honest organization pays the price."', "Mirela Szabo"),
        M('"People ask us whether the money is safe now. It is. But we understand why they ask,"', "Lucinda Farrow-Bright", "Farrow-Bright"),
    ],
    "told + object with a judge; generic group source (Prosecutors) in a mixed quote; 'the defense lawyer, NAME' appositive with a mixed quote; long appositive lead-in then surname cue; newspaper-series title and nickname are not quotes",
    negatives=['"Where the Water Money Went,"', '"the Commodore,"'],
)

doc(
    "ho:002-city-hall-parking-meters",
    """
Kilbride Council Delays Vote on Downtown Parking Meter Expansion

The Kilbride City Council on Monday postponed a vote on adding 600 parking meters downtown after more than two hours of public comment from shop owners, commuters and residents of the Tannery Row neighborhood.

"We heard you," Council President Aurelio Banfield told the packed chamber shortly before 11 p.m. "We are not going to rush something that touches every block of this city."

The proposal, drafted by the Kilbride Department of Transportation, would charge $1.50 an hour on streets that are now free and use the money to repave sidewalks and add bike racks. Department staff have projected about $1.1 million a year in revenue.

Hester Quayle, who has run a hardware store on Lyle Street for 31 years, said customers already struggle to find spaces. "You put a meter in front of my door and the guy who needs one box of screws drives to the big store on the highway instead," she said.

Council member Crispin Pettifer, who represents Tannery Row, defended the plan. He said free parking was "not actually free" because the city pays to maintain the spaces, and he called the current system "a subsidy for whoever gets there first."

Pettifer's colleague, Council member Ottoline Vennegoor, was less sure. "I like the sidewalks. I like the bike racks," Vennegoor said. "What I don't like is finding out how this affects small businesses after the meters are already in the ground."

The transportation department said in a written statement that it would return with a revised plan. "The department will study a smaller pilot zone and a two-hour free period on weekends," the statement said.

A handful of speakers wore buttons reading "Meter the Mayor," a jab at Mayor Colette Brandish, who did not attend the meeting. Her chief of staff, Ian Marchbanks-Cole, said later that the mayor supported the "general direction" of the proposal but had not taken a position on the details.

"She wants to see the numbers," Marchbanks-Cole said.

The council is expected to take up the revised plan in June, before its summer recess.
""",
    [
        N('"We heard you,"', "Aurelio Banfield", "Council President Aurelio Banfield"),
        I('"We are not going to rush something that touches every block of this city."', "Aurelio Banfield"),
        P('"You put a meter in front of my door and the guy who needs one box of screws drives to the big store on the highway instead,"', "Hester Quayle", "she"),
        P('"not actually free"', "Crispin Pettifer", "He", kind="mixed"),
        P('"a subsidy for whoever gets there first."', "Crispin Pettifer", "he", kind="mixed"),
        M('"I like the sidewalks. I like the bike racks,"', "Ottoline Vennegoor", "Vennegoor"),
        I('''"What I don't like is finding out how this affects small businesses after the meters are already in the ground."''', "Ottoline Vennegoor"),
        O('"The department will study a smaller pilot zone and a two-hour free period on weekends,"', "Kilbride Department of Transportation", "the statement"),
        N('"general direction"', "Ian Marchbanks-Cole", "Her chief of staff, Ian Marchbanks-Cole", kind="mixed"),
        M('"She wants to see the numbers,"', "Ian Marchbanks-Cole", "Marchbanks-Cole"),
    ],
    "curly quotes; told + object ('told the packed chamber'); two mixed quotes with a pronoun subject in one sentence; 'the statement said' resolved to a department; button slogan is not a quote; quote opening a one-sentence paragraph",
    negatives=['"Meter the Mayor,"'],
    style="curly",
)

doc(
    "ho:003-business-retailer-store-closures",
    """
Pellham's to Close 40 Department Stores as Online Sales Stall

Pellham's, the 94-year-old department store chain based in Tamsworth Falls, said Wednesday that it would close 40 of its 112 stores by the end of January and cut about 1,900 jobs.

"This is the hardest decision this company has made in my lifetime," Margit Ellery-Hume, the chain's chief executive and a great-granddaughter of its founder, said in a letter to employees. "But the stores we are closing lost money in each of the last three years, and we cannot ask the rest of the company to carry them any longer."

The retailer said the closures would save about $85 million a year. "We expect the remaining stores to be profitable on a cash basis by the second half of next year," the retailer said in a filing with securities regulators.

Analysts were skeptical. "They're closing the stores that are losing money, sure, but the ones that remain are not exactly thriving," said Cyprian Kalu, who follows the retail sector for the research firm Sextant Equity. Kalu said Pellham's had been "too slow by about a decade" to build an online business.

Shares of Pellham's fell 11 percent in morning trading.

The chain's "Pellham's Promise" return policy, which lets shoppers return anything for any reason, will stay in place, the company said. So will its annual holiday catalog, which collectors call "the Wishbook."

At the Pellham's store in the Greystone Mall, which is on the closure list, employees learned the news in a 7 a.m. meeting. Yvette Ouellet, who has worked in the shoe department for 22 years, told The Tamsworth Falls Courier that she was not surprised. "You could see it coming. Half the escalators have been broken since spring," she said.

The Retail and Distribution Workers Local 41, which represents about 600 employees at the chain's distribution center, said it would seek severance talks. "Our members built this company," the union said in a statement. "They deserve more than two weeks' notice and a handshake."
""",
    [
        N('"This is the hardest decision this company has made in my lifetime,"', "Margit Ellery-Hume", "Margit Ellery-Hume, the chain's chief executive and a great-granddaughter of its founder"),
        I('"But the stores we are closing lost money in each of the last three years, and we cannot ask the rest of the company to carry them any longer."', "Margit Ellery-Hume"),
        O('"We expect the remaining stores to be profitable on a cash basis by the second half of next year,"', "Pellham's", "the retailer"),
        N('''"They're closing the stores that are losing money, sure, but the ones that remain are not exactly thriving,"''', "Cyprian Kalu", "Cyprian Kalu, who follows the retail sector for the research firm Sextant Equity"),
        M('"too slow by about a decade"', "Cyprian Kalu", "Kalu", kind="mixed"),
        P('"You could see it coming. Half the escalators have been broken since spring,"', "Yvette Ouellet", "she"),
        O('"Our members built this company,"', "Retail and Distribution Workers Local 41", "the union"),
        I('''"They deserve more than two weeks' notice and a handshake."''', "Retail and Distribution Workers Local 41"),
    ],
    "'the retailer said in a filing'; title after name with a long appositive; 'told The Tamsworth Falls Courier that' then pronoun cue; 'the union' resolved to a local; loyalty-policy name and catalog nickname are not quotes",
    negatives=['''"Pellham's Promise"''', '"the Wishbook."'],
)

doc(
    "ho:005-health-rural-maternity-closure",
    """
Hospital Serving Hollins Gap Will Stop Delivering Babies

The only hospital within 60 miles of Hollins Gap will stop delivering babies on Oct. 1, forcing expectant mothers in three counties to drive more than an hour to give birth.

Saint Brendan Regional Medical Center said it could no longer staff its labor and delivery unit around the clock. The hospital has lost four of its six obstetric nurses since January, and its only full-time obstetrician, Dr. Femi Adeyemi-Lowe, is retiring.

"No one here wanted this outcome," Carol Wexley-Dunn, the hospital's president, said at a community meeting Thursday night. "We spent a year trying to recruit nurses and doctors. We offered signing bonuses. We offered housing. We could not find enough people willing to come.

"I know what this means for a young mother in Tolland County at two in the morning. I have thought about little else for months.

"We will keep our emergency department open, and our staff will be trained to handle deliveries that can't wait."

State Rep. Gideon Marlowe-Tate, a Republican whose district includes Hollins Gap, said he would push for a state grant program for rural maternity units. He called the closure "a slow-motion emergency."

Amara Boone, a certified nurse-midwife who worked at the hospital until last year, said the staffing problem had been predictable. "We were telling them in 2021 that people were burning out," Boone said. "Nobody wanted to hear it."

Adeyemi-Lowe, who trained under the late Dr. Edda Kessling at the state medical school and has delivered an estimated 4,000 babies in Hollins Gap since 1989, said he was sad to leave without a successor. "I always imagined I would hand this off to someone," he said. "Maybe that was naive."

The Hollins Gap Herald has tracked the closing of maternity wards across the region in a series called "Miles to Delivery." Parents in the county already have a name for the trip to the nearest remaining unit, in Cantrell City: "the long drive."
""",
    [
        N('"No one here wanted this outcome,"', "Carol Wexley-Dunn", "Carol Wexley-Dunn, the hospital's president"),
        I('"We spent a year trying to recruit nurses and doctors. We offered signing bonuses. We offered housing. We could not find enough people willing to come.', "Carol Wexley-Dunn", open_end=True),
        I('"I know what this means for a young mother in Tolland County at two in the morning. I have thought about little else for months.', "Carol Wexley-Dunn", open_end=True),
        I('''"We will keep our emergency department open, and our staff will be trained to handle deliveries that can't wait."''', "Carol Wexley-Dunn"),
        P('"a slow-motion emergency."', "Gideon Marlowe-Tate", "He", kind="mixed"),
        M('"We were telling them in 2021 that people were burning out,"', "Amara Boone", "Boone"),
        I('"Nobody wanted to hear it."', "Amara Boone"),
        P('"I always imagined I would hand this off to someone,"', "Femi Adeyemi-Lowe", "he"),
        I('"Maybe that was naive."', "Femi Adeyemi-Lowe"),
    ],
    "curly quotes; three-paragraph quote whose first paragraph has its own cue and no closing mark; pronoun 'he' after a competing (female) name in the lead-in; series title and coined phrase are not quotes",
    negatives=['"Miles to Delivery."', '"the long drive."'],
    style="curly",
)

doc(
    "ho:006-sports-soccer-coach-fired",
    """
Corrib United Fires Coach After Seventh Straight Loss

Corrib United fired head coach Bartholomew "Bart" Engstrand on Sunday, a day after a 3-0 home loss to Kellerton extended the club's losing streak to seven games, its worst run in 19 years.

"Results have not matched the ambitions of this club or the expectations of our supporters," the club said in a statement, thanking Engstrand for "three seasons of hard work and professionalism."

Engstrand, 47, was hired in 2022 after leading the second-division side Port Haskell to promotion. He had one year left on his contract, and the club did not say whether it would pay it out.

The coach did not hide his frustration after Saturday's defeat, in which United were booed off the field and fans chanted "Bart out! Bart out!" for much of the second half. "I understand the anger. I feel it too," the coach said. "But I am not going to stand here and blame the players. That's on me."

Assistant coach Ottavia Ferrante-Rowe will take charge on an interim basis. Ferrante-Rowe, a former United captain known to supporters as "the Fortress" for her defending, said she was "honored and a little terrified."

Club president Osvaldo Quinteros told reporters at the training ground that the search for a permanent replacement would begin immediately. "We want someone who will play the way this city expects, with courage," Quinteros said. "We are not looking for a caretaker. We are looking for a builder."

Midfielder Joaquim Ribas-Lund, the team's captain, said the players felt responsible for the slide. "When a coach loses his job, the players should look in the mirror first," he said.

United, who finished third last season, now sit 14th in the 18-team table. They visit league leaders Saltmarsh Athletic next Saturday.
""",
    [
        O('"Results have not matched the ambitions of this club or the expectations of our supporters,"', "Corrib United", "the club"),
        O('"three seasons of hard work and professionalism."', "Corrib United", "the club", kind="mixed"),
        O('"I understand the anger. I feel it too,"', "Bartholomew Engstrand", "the coach"),
        I('''"But I am not going to stand here and blame the players. That's on me."''', "Bartholomew Engstrand"),
        M('"honored and a little terrified."', "Ottavia Ferrante-Rowe", "Ferrante-Rowe", kind="mixed"),
        M('"We want someone who will play the way this city expects, with courage,"', "Osvaldo Quinteros", "Quinteros"),
        I('"We are not looking for a caretaker. We are looking for a builder."', "Osvaldo Quinteros"),
        P('"When a coach loses his job, the players should look in the mirror first,"', "Joaquim Ribas-Lund", "he"),
    ],
    "club as nominal speaker (direct and mixed in one sentence); 'the coach said' resolved to the fired coach; nickname inside a name, crowd chant and a player nickname are not quotes; title after name (', the team's captain,')",
    negatives=['"Bart"', '"Bart out! Bart out!"', '"the Fortress"'],
)

doc(
    "ho:012-housing-rent-board-cap",
    """
Rent Board Caps Increases on Stabilized Apartments at 3.2 Percent

The Bellmore Rent Stabilization Board voted 6-3 on Wednesday to cap annual rent increases on about 48,000 stabilized apartments at 3.2 percent, the lowest ceiling in four years.

The decision disappointed landlords, who had pushed for 6 percent, and tenant groups, who wanted a freeze.

"Property taxes went up 9 percent. Insurance went up 22 percent. Boiler parts went up I don't know how much," said Lionel Grasso-Whitby, who owns 11 small buildings in the Oriel Heights neighborhood. "And they give me 3.2. I'm not a bank. I'm a guy with a wrench."

Tenant organizer Soledad Ibarra-Kent, of the group Bellmore Tenants United, said the vote was still a loss for renters. She pointed to the board's own data showing that median rent in stabilized units had risen faster than wages for a decade. "Every year they split the difference, and every year we fall further behind," she said.

Darnell Fitch-Oyama, 71, who has lived in the same Oriel Heights apartment since 1984, told the board that his rent now eats nearly half his pension. "Three point two percent of a lot is still a lot," Fitch-Oyama said.

The board's chair, Lucius Merriweather, a retired housing court judge, said the panel had tried to balance both sides. He noted that the board's staff had recommended a range of 2.5 to 4 percent, while board member Consuelo Salcedo, who voted no, had argued for 2 percent. "I would rather be criticized by everyone than be right for only one side," he said.

Salcedo, for her part, called the decision "a quiet rent increase dressed up as relief."

Landlord groups said they would consider a lawsuit. "The board is required by law to consider operating costs, and it didn't," said a statement from the Bellmore Property Owners Council. "We will explore every option available to us."

The new cap applies to leases signed or renewed on or after Oct. 1. Tenants can check whether their apartment is covered using the city's online lookup tool, known as "RentCheck," which the board said would be updated within a week.
""",
    [
        N('''"Property taxes went up 9 percent. Insurance went up 22 percent. Boiler parts went up I don't know how much,"''', "Lionel Grasso-Whitby", "Lionel Grasso-Whitby, who owns 11 small buildings in the Oriel Heights neighborhood"),
        I('''"And they give me 3.2. I'm not a bank. I'm a guy with a wrench."''', "Lionel Grasso-Whitby"),
        P('"Every year they split the difference, and every year we fall further behind,"', "Soledad Ibarra-Kent", "she"),
        M('"Three point two percent of a lot is still a lot,"', "Darnell Fitch-Oyama", "Fitch-Oyama"),
        P('"I would rather be criticized by everyone than be right for only one side,"', "Lucius Merriweather", "he"),
        M('"a quiet rent increase dressed up as relief."', "Consuelo Salcedo", "Salcedo", kind="mixed"),
        N('''"The board is required by law to consider operating costs, and it didn't,"''', "Bellmore Property Owners Council", "a statement from the Bellmore Property Owners Council"),
        I('"We will explore every option available to us."', "Bellmore Property Owners Council"),
    ],
    "pronoun 'he' with a competing (female) board member named in between; organisation via 'said a statement from'; told + object then surname cue; tool name is not a quote",
    negatives=['"RentCheck,"'],
)

doc(
    "ho:013-culture-film-festival-documentary",
    """
Documentary About Lighthouse Keepers Wins Top Prize at Coldwater Film Festival

"Keepers of the Long Night," a 74-minute documentary about the last three people to staff lighthouses on the Aldmoor coast, won the top prize at the Coldwater Film Festival on Saturday.

The film's director, Sunniva Haugland-Price, 29, made it for about $40,000, much of it raised from friends and a crowdfunding campaign. "I had one camera, one microphone and a very patient boat captain," Haugland-Price said as she accepted the festival's Golden Lantern award. "Everything else these three people gave me."

"It is a film about solitude that never once feels lonely," the jury wrote in its citation, which was read aloud by the festival's founder.

One of the keepers featured in the film, Agnes McCrory, 81, traveled from the coast for the screening. "I kept asking her why anyone would want to watch an old woman polishing brass," McCrory said in an interview with the festival's daily newsletter. "Now I know. She made the brass look good."

The runner-up prize went to "Small Hours," a Brazilian drama about a night-shift taxi driver, and the audience award to "Concrete Saints," a comedy about a group of retired bricklayers who restore a church. Several critics had tipped "Small Hours" to win after its premiere earlier in the week.

Festival director Mehmet Aksoy-Lund said this year's festival sold a record 61,000 tickets. "The audience is younger than it has ever been, and they are not afraid of slow films," he said. "That gives me hope."

Haugland-Price said her next project would follow a family of beekeepers in the Aldmoor hills over four seasons. "I'm told it's a terrible idea," she said, laughing. "Which is usually a good sign."

"Keepers of the Long Night" will be shown in cinemas across the region next month and will stream on the public broadcaster's website from December.
""",
    [
        M('"I had one camera, one microphone and a very patient boat captain,"', "Sunniva Haugland-Price", "Haugland-Price"),
        I('"Everything else these three people gave me."', "Sunniva Haugland-Price"),
        O('"It is a film about solitude that never once feels lonely,"', "the jury", "the jury", resolved="literal"),
        M('"I kept asking her why anyone would want to watch an old woman polishing brass,"', "Agnes McCrory", "McCrory"),
        I('"Now I know. She made the brass look good."', "Agnes McCrory"),
        P('"The audience is younger than it has ever been, and they are not afraid of slow films,"', "Mehmet Aksoy-Lund", "he"),
        I('"That gives me hope."', "Mehmet Aksoy-Lund"),
        P('''"I'm told it's a terrible idea,"''', "Sunniva Haugland-Price", "she"),
        I('"Which is usually a good sign."', "Sunniva Haugland-Price"),
    ],
    "film titles opening the story and a paragraph (not quotes); quote opening a paragraph with 'the jury wrote'; 'said in an interview with' a newsletter; pronoun 'she' after a competing male speaker's paragraph",
    negatives=['"Keepers of the Long Night,"', '"Small Hours,"', '"Concrete Saints,"', '"Small Hours"', '"Keepers of the Long Night"'],
)

doc(
    "ho:015-transport-lakeside-rail-delay",
    """
Transit Authority Pushes Back Opening of Quarry Hill Rail Line to 2028

The Northern Corridor Transit Authority said Thursday that the Quarry Hill commuter rail extension would not open until 2028, two years later than promised, and that its cost had grown by $310 million.

The agency blamed soft soil discovered under a 2-mile stretch near the Cobbler Marshes and delays in delivering the line's new electric trains. "We found conditions underground that no survey predicted, and we are not going to cut corners on a structure that has to last a century," the agency said in a report to its board.

The authority's chief executive, Magdalena Vrettos, who took the job in January after six years running the port system in Halvard, told board members that she had inherited "a schedule built on hope." "I will not give this board a date I do not believe in," Vrettos said. "2028 is a date I believe in."

Critics were unimpressed. State Sen. Ambrose Leclair-Whitfield, who chairs the Senate transportation committee, said the authority had "lost the public's trust" and called for an independent audit. "Every six months we get a new number and a new excuse," he said.

Commuters in Quarry Hill, who have endured years of construction detours, reacted with weary humor. Many have taken to calling the project "the Never Line."

"My daughter was in kindergarten when they broke ground. She'll be driving by the time it opens," said Felicity Dromgoole, who commutes to Halvard by bus.

The authority said it would hold public meetings in Quarry Hill and Cobbler next month to explain the delay. "We owe riders an honest explanation, and we intend to give one in person," a spokeswoman for the authority, Renata Sykes-Omondi, said.

The extension, first proposed in 2009, would add five stations and is projected to carry 22,000 riders a day once it opens.
""",
    [
        O('"We found conditions underground that no survey predicted, and we are not going to cut corners on a structure that has to last a century,"', "Northern Corridor Transit Authority", "the agency"),
        N('"a schedule built on hope."', "Magdalena Vrettos", "The authority's chief executive, Magdalena Vrettos, who took the job in January after six years running the port system in Halvard", kind="mixed"),
        M('"I will not give this board a date I do not believe in,"', "Magdalena Vrettos", "Vrettos"),
        I('"2028 is a date I believe in."', "Magdalena Vrettos"),
        N('''"lost the public's trust"''', "Ambrose Leclair-Whitfield", "State Sen. Ambrose Leclair-Whitfield, who chairs the Senate transportation committee", kind="mixed"),
        P('"Every six months we get a new number and a new excuse,"', "Ambrose Leclair-Whitfield", "he"),
        N('''"My daughter was in kindergarten when they broke ground. She'll be driving by the time it opens,"''', "Felicity Dromgoole", "Felicity Dromgoole, who commutes to Halvard by bus"),
        N('"We owe riders an honest explanation, and we intend to give one in person,"', "Renata Sykes-Omondi", "a spokeswoman for the authority, Renata Sykes-Omondi"),
    ],
    "curly quotes; 'the agency said in a report'; very long appositive before a mixed quote that is directly followed by a direct quote; cue after a spokeswoman appositive; project nickname is not a quote",
    negatives=['"the Never Line."'],
    style="curly",
)

doc(
    "ho:016-environment-river-cleanup-settlement",
    """
Chemical Maker Agrees to $62 Million Cleanup of Orwell River

Dorrance Chemical Co. has agreed to pay $62 million to clean up decades of solvent contamination in the Orwell River, state environmental regulators announced Tuesday, ending a six-year legal fight.

The settlement with the state Department of Environmental Quality requires the company to dredge about 4 miles of riverbed downstream of its former plant in Quenby and to monitor groundwater for 30 years.

"This settlement puts the cost of the cleanup where it belongs: on the company that caused the pollution, not on the taxpayers of this state," Environmental Quality Director Sabine Achterhof said at a news conference on the riverbank.

The company did not admit wrongdoing. "Dorrance has been a responsible member of the Quenby community for more than 80 years, and we are pleased to have resolved this matter," the company said.

A 2019 state report, "Legacy Solvents in the Orwell Basin," found levels of trichloroethylene in river sediment up to 400 times the state's screening limit. The stretch below the plant has been classified as a "priority site" under state law ever since.

Achterhof said the dredging would take at least three years. "The river did not get dirty overnight, and it will not get clean overnight," she said.

"For years we were told the river would heal itself," said Odile Farquharson, president of the Orwell Riverkeepers, a volunteer group that sued Dorrance in 2018. "It did not. The fish told us that, and the sediment samples told us that.

"We will be watching every truckload of dredged mud, and we will be back in court if the work falls short."

Everett Hollingsworth-Bae, a fishing guide who has worked the Orwell since he was a teenager, told the Quenby Sentinel that he stopped eating what he catches years ago. "I tell my clients it's catch and release, and I mean it," he said.

Dredging is expected to begin next spring. The former plant site is now a solar farm, which Dorrance has promoted in advertisements with the tagline "Cleaner Energy, Cleaner Future."
""",
    [
        N('"This settlement puts the cost of the cleanup where it belongs: on the company that caused the pollution, not on the taxpayers of this state,"', "Sabine Achterhof", "Environmental Quality Director Sabine Achterhof"),
        O('"Dorrance has been a responsible member of the Quenby community for more than 80 years, and we are pleased to have resolved this matter,"', "Dorrance Chemical Co.", "the company"),
        P('"The river did not get dirty overnight, and it will not get clean overnight,"', "Sabine Achterhof", "she"),
        N('"For years we were told the river would heal itself,"', "Odile Farquharson", "Odile Farquharson, president of the Orwell Riverkeepers, a volunteer group that sued Dorrance in 2018"),
        I('"It did not. The fish told us that, and the sediment samples told us that.', "Odile Farquharson", open_end=True),
        I('"We will be watching every truckload of dredged mud, and we will be back in court if the work falls short."', "Odile Farquharson"),
        P('''"I tell my clients it's catch and release, and I mean it,"''', "Everett Hollingsworth-Bae", "he"),
    ],
    "colon inside a quote; 'the company said' resolved to the defendant; report title and legal designation are not quotes; split quote whose second segment runs into a second paragraph; advertising tagline is not a quote",
    negatives=['"Legacy Solvents in the Orwell Basin,"', '"priority site"', '"Cleaner Energy, Cleaner Future."'],
)

doc(
    "ho:018-crime-police-body-camera-policy",
    """
Ormsby Police Will Release Body Camera Footage Within 30 Days

The Ormsby Police Department will release body camera footage of serious incidents within 30 days under a policy announced Monday, a change civil liberties advocates called a significant step but not enough.

Police Chief Chiamaka Holloway-Brandt said the policy would apply to shootings by officers, deaths in custody and any use of force that causes serious injury. "The public has a right to see what happened, and they shouldn't have to wait a year and file a lawsuit to see it," the chief said.

Under the old practice, the department often withheld footage until internal and criminal investigations were complete, a process that could take 18 months or longer.

The Ormsby Police Benevolent Association said it had not been consulted. "Releasing video before an investigation is finished can turn an officer into a defendant in the court of public opinion," the association said in a statement.

The Ormsby Civil Liberties Coalition welcomed the change but said it did not go far enough. Its director, Ignatius Thornbury, said 30 days was "better than 18 months, but still too long" and urged a 10-day deadline. "Memories fade, rumors spread, and trust erodes in 30 days," he said. "Other cities release in 10. So can we."

Mayor Giselle Thistlewood said the city would pay for a new records unit to process the footage. The policy, which the department has branded "Open Lens," takes effect July 1.

City Council member Evaristo Ocampo-Vries, a frequent critic of the department, was cautiously supportive. "I've been asking for this for four years. I'll believe it when I see the first video," he told the Ormsby Daily Record.

The chief acknowledged that some footage would be blurred to protect bystanders and victims. "We will redact what the law requires us to redact and nothing more," Holloway-Brandt said.

The department recorded 41 uses of force that caused serious injury last year, and officers fired their weapons in four incidents, according to its annual report.
""",
    [
        O('''"The public has a right to see what happened, and they shouldn't have to wait a year and file a lawsuit to see it,"''', "Chiamaka Holloway-Brandt", "the chief"),
        O('"Releasing video before an investigation is finished can turn an officer into a defendant in the court of public opinion,"', "Ormsby Police Benevolent Association", "the association"),
        N('"better than 18 months, but still too long"', "Ignatius Thornbury", "Its director, Ignatius Thornbury", kind="mixed"),
        P('"Memories fade, rumors spread, and trust erodes in 30 days,"', "Ignatius Thornbury", "he"),
        I('"Other cities release in 10. So can we."', "Ignatius Thornbury"),
        P('''"I've been asking for this for four years. I'll believe it when I see the first video,"''', "Evaristo Ocampo-Vries", "he"),
        M('"We will redact what the law requires us to redact and nothing more,"', "Chiamaka Holloway-Brandt", "Holloway-Brandt"),
    ],
    "'the chief said' and 'the association said' nominals; 'Its director, NAME' with a mixed quote containing a comma; 'he told the Ormsby Daily Record' after the quote; program brand name is not a quote",
    negatives=['"Open Lens,"'],
)

doc(
    "ho:019-business-airline-merger",
    """
Skyward Airways to Acquire Pelican Coast Airlines in $3.4 Billion Deal

Skyward Airways agreed Monday to buy its smaller rival Pelican Coast Airlines for $3.4 billion, a deal that would create the fifth-largest airline in the country and give Skyward a foothold on the southern coast.

"Together we will offer more destinations, more flights and a stronger network than either airline could build alone," Skyward's chief executive, Anders Holmqvist-Reyes, said on a call with analysts.

Pelican's chief executive, Bettina Lowenthal, who will join Skyward's board, said her airline's employees would keep their seniority. "Nobody who flies for Pelican today will be starting over tomorrow," she said.

The deal still needs approval from federal regulators, who blocked a similar tie-up between two other carriers last year. Consumer advocates quickly objected. "Every merger in this industry has been sold with promises of more choice, and every one of them has ended with fewer flights and higher fares," said Sipho Mbatha, director of the Passenger Rights Project, a consumer group.

"Fares are set by the market," Holmqvist-Reyes said when asked whether prices would rise, "and the market is going to have one more strong competitor, not one fewer."

Skyward said it would keep Pelican's hub in Port Solano, where the smaller airline employs about 3,000 people. "Port Solano is not going anywhere," the airline said in a news release.

Pelican's "Sunny Seats" loyalty program, a favorite of vacationers, will be folded into Skyward's program, the companies said.

Rhiannon Castellanos, an airline analyst at Lodestar Securities, said the price was rich but the logic was sound. "Skyward is paying for gates and landing slots it could never get any other way," Castellanos said.

The Coastal Pilots Association, which represents Pelican's 1,100 pilots, said it was "cautiously optimistic" but wanted job guarantees in writing before the deal closes, which the airlines expect to happen late next year.
""",
    [
        N('"Together we will offer more destinations, more flights and a stronger network than either airline could build alone,"', "Anders Holmqvist-Reyes", "Skyward's chief executive, Anders Holmqvist-Reyes"),
        P('"Nobody who flies for Pelican today will be starting over tomorrow,"', "Bettina Lowenthal", "she"),
        N('"Every merger in this industry has been sold with promises of more choice, and every one of them has ended with fewer flights and higher fares,"', "Sipho Mbatha", "Sipho Mbatha, director of the Passenger Rights Project, a consumer group"),
        M('"Fares are set by the market,"', "Anders Holmqvist-Reyes", "Holmqvist-Reyes"),
        I('"and the market is going to have one more strong competitor, not one fewer."', "Anders Holmqvist-Reyes"),
        O('"Port Solano is not going anywhere,"', "Skyward Airways", "the airline"),
        M('"Skyward is paying for gates and landing slots it could never get any other way,"', "Rhiannon Castellanos", "Castellanos"),
        N('"cautiously optimistic"', "Coastal Pilots Association", "The Coastal Pilots Association, which represents Pelican's 1,100 pilots", kind="mixed"),
    ],
    "curly quotes; possessive title before the name; split quote with a 'when asked' clause between segments; 'the airline' resolved to the buyer when two airlines are in play; organisation with an appositive as the source of a mixed quote; loyalty program name is not a quote",
    negatives=['"Sunny Seats"'],
    style="curly",
)

doc(
    "ho:020-courts-podcast-defamation-appeal",
    """
Appeals Court Revives Restaurant Owner's Defamation Suit Against Podcast Host

A state appeals court on Friday revived a defamation lawsuit brought by a Brantford restaurant owner against a podcast host who accused him on air of poisoning customers, ruling that a lower court had dismissed the case too quickly.

The lawsuit, Kostopoulos v. Tarrasch, centers on a 2022 episode of the podcast "Plate Crimes," in which host Vincent Tarrasch said that Yannis Kostopoulos had "knowingly served spoiled seafood" at his restaurant, the Blue Anchor.

A trial judge dismissed the suit last year, finding that Tarrasch's statements were opinion. The appeals court disagreed. "Whether a restaurant served spoiled food is a question of fact, capable of being proved true or false," Judge Winsome Penhaligon wrote for the 2-1 majority. "Dressing an accusation in the language of comedy does not turn it into opinion."

In a dissent, Judge Clement Abiodun-Hart wrote that listeners would understand the podcast as "exaggerated entertainment" rather than news.

The defense lawyer, Saoirse Langtry, said Tarrasch would ask the state Supreme Court to hear the case. "This ruling will chill satire across the state," the defense lawyer said in an email. "Comedians should not have to hire fact-checkers."

Kostopoulos, 58, said the episode had nearly destroyed his business. "We lost 40 percent of our customers in two months. People called my daughter at school and asked if she was a poisoner too," he said.

His lawyer, Bertrand Fulbright, said the case would now proceed to discovery, in which both sides exchange evidence. "Mr. Tarrasch will have to show us his evidence," Fulbright said. "We don't think he has any."

County health inspectors visited the Blue Anchor twice after the episode aired and found no violations, according to records filed in the case. The restaurant, which opened in 1994, is still operating but has cut its hours.
""",
    [
        N('"knowingly served spoiled seafood"', "Vincent Tarrasch", "host Vincent Tarrasch", kind="mixed"),
        N('"Whether a restaurant served spoiled food is a question of fact, capable of being proved true or false,"', "Winsome Penhaligon", "Judge Winsome Penhaligon"),
        I('"Dressing an accusation in the language of comedy does not turn it into opinion."', "Winsome Penhaligon"),
        N('"exaggerated entertainment"', "Clement Abiodun-Hart", "Judge Clement Abiodun-Hart", kind="mixed"),
        O('"This ruling will chill satire across the state,"', "Saoirse Langtry", "the defense lawyer"),
        I('"Comedians should not have to hire fact-checkers."', "Saoirse Langtry"),
        P('"We lost 40 percent of our customers in two months. People called my daughter at school and asked if she was a poisoner too,"', "Yannis Kostopoulos", "he"),
        M('"Mr. Tarrasch will have to show us his evidence,"', "Bertrand Fulbright", "Fulbright"),
        I('''"We don't think he has any."''', "Bertrand Fulbright"),
    ],
    "'wrote for the 2-1 majority' and 'In a dissent ... wrote'; 'the defense lawyer said in an email'; mixed quote attributed to the podcast host inside a description of the suit; case name without quotation marks; podcast title is not a quote",
    negatives=['"Plate Crimes,"'],
)

doc(
    "ho:021-health-early-flu-season",
    """
Health Officials Urge Flu Shots as Hospitalizations Climb Early

Flu hospitalizations in Valdora County have more than doubled in the past two weeks, and health officials are urging residents to get vaccinated before the holidays.

"We are seeing the kind of numbers we normally see in late January, and it is not even Thanksgiving," said Dr. Osric Whitlock-Amadi, the county's health officer. "This is a season to take seriously."

Vaccination rates among children under 5 have fallen to "the lowest level we have recorded," according to the Valdora County Health Department. The department said in a bulletin to doctors that about 38 percent of young children had been vaccinated, compared with 52 percent five years ago. "Pediatric providers should offer vaccine at every visit, including sick visits when appropriate," the bulletin said.

At Saint Agnes Children's Hospital, pediatrician Dr. Leticia Moy-Castro said most of the children admitted with flu this month had not been vaccinated. "The parents are not anti-vaccine, most of them," she said. "They're busy, or they thought flu was a mild illness. For a 2-year-old, it often isn't."

The state health agency, the Office of Public Health, issued a similar warning on Wednesday and said pharmacies across the state had plenty of vaccine. "There is no shortage. There is no reason to wait," the agency said.

Some residents said they were weary of health messages after years of pandemic campaigns. "Every winter it's something," said Gus Papadakis-Rowe, 66, a retired bus driver, outside a pharmacy in Elmhurst. "But my wife made me an appointment, so here I am."

The county's campaign, built around the slogan "One Shot, Whole Season," runs on buses and billboards through December. Free shots are available at county clinics on weekday afternoons and Saturday mornings.
""",
    [
        N('"We are seeing the kind of numbers we normally see in late January, and it is not even Thanksgiving,"', "Osric Whitlock-Amadi", "Dr. Osric Whitlock-Amadi, the county's health officer"),
        I('"This is a season to take seriously."', "Osric Whitlock-Amadi"),
        N('"the lowest level we have recorded,"', "Valdora County Health Department", "the Valdora County Health Department", kind="mixed"),
        O('"Pediatric providers should offer vaccine at every visit, including sick visits when appropriate,"', "Valdora County Health Department", "the bulletin"),
        P('"The parents are not anti-vaccine, most of them,"', "Leticia Moy-Castro", "she"),
        I('''"They're busy, or they thought flu was a mild illness. For a 2-year-old, it often isn't."''', "Leticia Moy-Castro"),
        O('"There is no shortage. There is no reason to wait,"', "Office of Public Health", "the agency"),
        N('''"Every winter it's something,"''', "Gus Papadakis-Rowe", "Gus Papadakis-Rowe, 66, a retired bus driver"),
        I('"But my wife made me an appointment, so here I am."', "Gus Papadakis-Rowe"),
    ],
    "'according to' WITH quotation marks (gold, organisation as literal speaker); 'the bulletin said' resolved to the department; 'the agency' resolved to a state office; age-and-job appositive; campaign slogan is not a quote",
    negatives=['"One Shot, Whole Season,"'],
)

doc(
    "ho:022-tech-translation-startup-funding",
    """
Translation Start-Up Lexaro Raises $48 Million and Plans to Double Its Staff

Lexaro, a four-year-old start-up whose software translates legal and medical documents, said Tuesday that it had raised $48 million from investors led by the venture firm Ferrule Partners.

The company, based in Ashcombe, plans to double its staff of 120 over the next 18 months. "Hospitals and law firms are drowning in documents in languages their staff can't read," chief executive Noor Al-Rashidi told The Ashcombe Business Journal. "We want to be the lifeguard."

Lexaro pairs machine translation with human reviewers for high-stakes documents, an approach known in the industry as "human in the loop."

Gerrit van Aalst, a partner at Ferrule who will join Lexaro's board, posted on LinkedIn that the company had "the rare combination of technical depth and actual paying customers."

Not everyone is convinced that machine translation is ready for medicine. "A mistranslated dosage instruction is not a typo. It can kill someone," said Dr. Felicia Amankwah-Ross, who studies language access at Wycliffe University School of Medicine. She said she had tested Lexaro's system and found it "better than most, but not yet good enough to trust without a human check."

Al-Rashidi said she agreed. "Dr. Amankwah-Ross is right, and that's exactly why every medical document we deliver is checked by a certified human translator," she said.

Lexaro's chief technology officer, Radoslaw Piekarski, said most of the new money would go toward hiring reviewers rather than engineers. "The machines are the cheap part," he said. "People are the expensive part, and people are what our customers are paying for."

The round values Lexaro at about $310 million, according to two people familiar with the deal. The company declined to comment on its valuation.
""",
    [
        N('''"Hospitals and law firms are drowning in documents in languages their staff can't read,"''', "Noor Al-Rashidi", "chief executive Noor Al-Rashidi"),
        I('"We want to be the lifeguard."', "Noor Al-Rashidi"),
        N('"the rare combination of technical depth and actual paying customers."', "Gerrit van Aalst", "Gerrit van Aalst, a partner at Ferrule who will join Lexaro's board", kind="mixed"),
        N('"A mistranslated dosage instruction is not a typo. It can kill someone,"', "Felicia Amankwah-Ross", "Dr. Felicia Amankwah-Ross, who studies language access at Wycliffe University School of Medicine"),
        P('"better than most, but not yet good enough to trust without a human check."', "Felicia Amankwah-Ross", "She", kind="mixed"),
        P('''"Dr. Amankwah-Ross is right, and that's exactly why every medical document we deliver is checked by a certified human translator,"''', "Noor Al-Rashidi", "she"),
        P('"The machines are the cheap part,"', "Radoslaw Piekarski", "he"),
        I('"People are the expensive part, and people are what our customers are paying for."', "Radoslaw Piekarski"),
    ],
    "curly quotes; title-before-name with told + outlet; 'posted on LinkedIn that' mixed quote; pronoun 'she' whose referent (Al-Rashidi) differs from the woman named inside the quote and in the previous paragraph; industry term is not a quote",
    negatives=['"human in the loop."'],
    style="curly",
)

doc(
    "ho:025-sports-college-basketball-suspension",
    """
Brennock State Suspends Star Guard Pending Investigation

Brennock State University suspended its leading scorer, junior guard Malik Thornton-Ayres, indefinitely on Tuesday while it investigates what it called "potential violations of team rules."

Thornton-Ayres, known to fans as "Showtime," is averaging 21.4 points a game for the Lancers, who are 17-3 and ranked 14th in the country.

Coach Delphine Arbuthnot declined to describe the violations. "Malik is a good young man who made a mistake, and there are consequences for mistakes in this program," the coach said after practice. "That's all I'm going to say about it."

The university said in a statement that it was "cooperating fully" with the athletic conference. Athletic director Tariq Hashemi-Price said the review would be finished "within days, not weeks."

Teammates rallied around him. Forward Isaiah Coulthard-Mbeki said the players had spoken to Thornton-Ayres by phone on Tuesday night. "He's our brother. We're going to hold it down until he gets back," Coulthard-Mbeki said.

Thornton-Ayres's father, Reginald Ayres, told the Brennock Herald-Star that his son had been suspended for missing a mandatory study hall. "He missed two study halls. Two," he said. "They're making it sound like he robbed a bank."

Arbuthnot, in her fourth season at Brennock State, has suspended two other players for violating team rules, both for a single game. Neither was a starter.

The Lancers play at Dunmere on Saturday. Dunmere's coach, Rollo Phelps-Vance, said he expected to see Thornton-Ayres again before the season ends. "Malik will be back, and when he is, he'll be a problem for everybody," Phelps-Vance said.

During Tuesday night's women's game at the Brennock Fieldhouse, a section of students chanted "Free Malik! Free Malik!" until ushers asked them to stop.
""",
    [
        P('"potential violations of team rules."', "Brennock State University", "it", kind="mixed"),
        O('"Malik is a good young man who made a mistake, and there are consequences for mistakes in this program,"', "Delphine Arbuthnot", "the coach"),
        I('''"That's all I'm going to say about it."''', "Delphine Arbuthnot"),
        O('"cooperating fully"', "Brennock State University", "The university", kind="mixed"),
        N('"within days, not weeks."', "Tariq Hashemi-Price", "Athletic director Tariq Hashemi-Price", kind="mixed"),
        M('''"He's our brother. We're going to hold it down until he gets back,"''', "Isaiah Coulthard-Mbeki", "Coulthard-Mbeki"),
        P('"He missed two study halls. Two,"', "Reginald Ayres", "he"),
        I('"They\'re making it sound like he robbed a bank."', "Reginald Ayres"),        M('''"Malik will be back, and when he is, he'll be a problem for everybody,"''', "Rollo Phelps-Vance", "Phelps-Vance"),
    ],
    "organisation referred to by 'it' in 'what it called'; 'the coach said' resolved to a named coach; 'The university said in a statement that it was' mixed; pronoun 'he' for a father while 'he' in the quotes is the son; nickname and chant are not quotes",
    negatives=['"Showtime,"', '"Free Malik! Free Malik!"'],
)

doc(
    "ho:026-energy-offshore-wind-approval",
    """
Regulators Approve Offshore Wind Farm Despite Fishermen's Objections

State utility regulators on Thursday approved a 1,200-megawatt wind farm off the Cape Harrow coast, clearing the way for construction of 84 turbines about 20 miles offshore.

The Public Utilities Commission voted 4-1 to approve a 25-year contract between the developer, Tidewind Renewables, and the state's two largest utilities. "This project will power roughly 500,000 homes with no fuel costs, and it will do so for a generation," Commission Chair Lavinia Eskildsen said before the vote.

The lone dissenting commissioner, Horace Blaylock-Nunes, said the contract price was too high. "We are locking ratepayers into a price for 25 years based on cost estimates that have been wrong before," he said.

Commercial fishermen, who have fought the project for three years, say it will close off some of the richest scallop grounds on the coast. "My grandfather fished that ground. My father fished it. I won't be able to," Dorian Sayles-Amaral, a scallop boat captain from Harrow Port, told the commission.

The developer said it had moved the turbine array twice to reduce conflicts with fishing and would pay $42 million into a compensation fund. "We have listened, and we have changed the project because of what we heard," the developer said in a statement.

Tidewind's project director, Ingeborg Vasquez-Tollefsen, said in an interview with the Cape Harrow Gazette that construction could begin in 2027. She called the approval "the most important day in this company's history."

A coalition of environmental groups, the Clean Harrow Alliance, praised the decision. "Every turbine in the water is a smokestack we don't have to build," said the alliance's director, Obadiah Trent.

Opponents have nicknamed the project "Harrow's Picket Fence," for the row of turbines they say will be visible from shore on clear days. Tidewind says the turbines will look "about the size of a thumbnail at arm's length" from the beach.
""",
    [
        N('"This project will power roughly 500,000 homes with no fuel costs, and it will do so for a generation,"', "Lavinia Eskildsen", "Commission Chair Lavinia Eskildsen"),
        P('"We are locking ratepayers into a price for 25 years based on cost estimates that have been wrong before,"', "Horace Blaylock-Nunes", "he"),
        N('''"My grandfather fished that ground. My father fished it. I won't be able to,"''', "Dorian Sayles-Amaral", "Dorian Sayles-Amaral, a scallop boat captain from Harrow Port"),
        O('"We have listened, and we have changed the project because of what we heard,"', "Tidewind Renewables", "the developer"),
        P('''"the most important day in this company's history."''', "Ingeborg Vasquez-Tollefsen", "She", kind="mixed"),
        N('''"Every turbine in the water is a smokestack we don't have to build,"''', "Obadiah Trent", "the alliance's director, Obadiah Trent"),
        M('''"about the size of a thumbnail at arm's length"''', "Tidewind Renewables", "Tidewind", kind="mixed"),
    ],
    "'told the commission' after a long appositive; 'the developer' nominal; short company name as speaker of a mixed quote; 'said the alliance's director, NAME'; project nickname is not a quote",
    negatives=['''"Harrow's Picket Fence,"'''],
)

doc(
    "ho:027-courts-warehouse-fire-trial",
    """
Security Guard Testifies She Saw Defendant Near Warehouse Hours Before Fatal Fire

A security guard testified Wednesday that she saw the man accused of setting a fatal warehouse fire in Kessington standing near the building's loading dock about three hours before the blaze broke out.

The guard, Philippa Ndiaye-Barrow, 44, told jurors she recognized the defendant, Lucas Herrgard, because he had worked at the warehouse until he was fired two weeks earlier. "He was smoking by the dock doors. I said hello, and he didn't say anything back," the witness said.

Herrgard, 31, has pleaded not guilty to murder and arson in the death of Torben Grieve, a night-shift forklift operator who was trapped inside the burning building. Prosecutors say Herrgard set the fire to get back at the company for firing him.

In her opening statement last week, the prosecutor, Assistant District Attorney Genevieve Holm-Sadler, told jurors that Herrgard had posted online that the company would "get what it deserves." The defense attorney, Yusuf Castellano-Brink, has described the post as "an angry young man blowing off steam," not a confession.

Under cross-examination on Wednesday, Castellano-Brink pressed Ndiaye-Barrow on how well she could have seen in the dark. "The lot lights were broken that night, weren't they?" he asked.

"Two of them were," she replied. "The one over the dock was working."

"And you were how far away? Fifty yards? Sixty?" the lawyer asked.

"Closer to forty," the guard said. "I've walked that lot every night for nine years. I know how far it is."

Later in the day, fire investigator Lorcan Deasy-Whitmore testified that the fire began in a trash bin beside the dock doors and that an accelerant had been poured on cardboard stacked nearby. "This was not an electrical fire, and it was not an accident," he told jurors.

Grieve's sister, Annika Grieve-Lowry, has attended every day of the trial wearing a button with her brother's photograph and the words "Justice for Torben." Outside the courthouse, she said the testimony had been hard to hear. "I keep thinking about him in there, waiting for someone to come," she said.

The trial, which local media have dubbed the "Dockside Fire" case, is expected to last three more weeks. Herrgard faces life in prison if he is convicted of murder.
""",
    [
        O('''"He was smoking by the dock doors. I said hello, and he didn't say anything back,"''', "Philippa Ndiaye-Barrow", "the witness"),
        M('"get what it deserves."', "Lucas Herrgard", "Herrgard", kind="mixed"),
        N('"an angry young man blowing off steam,"', "Yusuf Castellano-Brink", "The defense attorney, Yusuf Castellano-Brink", kind="mixed"),
        P('''"The lot lights were broken that night, weren't they?"''', "Yusuf Castellano-Brink", "he"),
        P('"Two of them were,"', "Philippa Ndiaye-Barrow", "she"),
        I('"The one over the dock was working."', "Philippa Ndiaye-Barrow"),
        O('"And you were how far away? Fifty yards? Sixty?"', "Yusuf Castellano-Brink", "the lawyer"),
        O('"Closer to forty,"', "Philippa Ndiaye-Barrow", "the guard"),
        I('''"I've walked that lot every night for nine years. I know how far it is."''', "Philippa Ndiaye-Barrow"),
        P('"This was not an electrical fire, and it was not an accident,"', "Lorcan Deasy-Whitmore", "he"),
        P('"I keep thinking about him in there, waiting for someone to come,"', "Annika Grieve-Lowry", "she"),
    ],
    "curly quotes; 'the witness', 'the lawyer', 'the guard' nominals in a cross-examination exchange; question marks ending quotes; mixed quote of the defendant's post reported by the prosecutor; 'he told jurors'; button slogan and case nickname are not quotes",
    negatives=['"Justice for Torben."', '"Dockside Fire"'],
    style="curly",
)

doc(
    "ho:029-transport-airport-noise-routes",
    """
Airport Authority Will Test New Flight Paths After Surge in Noise Complaints

The Greyhaven Airport Authority will test new departure routes this summer in an effort to reduce jet noise over several neighborhoods that have seen a sharp increase in overflights since 2022.

Residents of Laurel Park and Saxonbury have filed more than 12,000 noise complaints this year, according to the authority's figures. Many say planes now pass overhead every two minutes during peak hours.

"I have lived here for 26 years, and I never used to notice the airport," said Ottilie Braganza-Hearn, who leads a neighborhood group called Quiet Skies Laurel Park. "Now I notice it when I'm asleep."

The authority's executive director, Lachlan Mbeki-Forsythe, said: "We changed our routes three years ago for safety and efficiency, and we underestimated the impact on the ground. We owe these neighborhoods a better answer."

The test routes, which must be approved by federal aviation regulators, would send departing planes over an industrial area and a stretch of the Greyhaven River before they turn north. Authority officials said the routes could add one to two minutes to some flights. "Airlines have told us they can live with that," officials wrote in an email to residents.

"It's a start," Braganza-Hearn said of the plan. "A test is not a promise, though."

Not every neighborhood would benefit. Residents of Sedgefield, which sits under one of the proposed routes, said they had not been consulted. "They're just moving the noise from one set of houses to another," said Ferdinand Ochoa-Lisle, a Sedgefield resident.

City Council member Hyacinth Draper said she had asked the authority to hold a meeting in Sedgefield before the test begins. "People there deserve the same hearing Laurel Park got," Draper said.

A study commissioned by the authority last year, "Noise and Neighborhoods 2024," found that complaints were concentrated among a few hundred households, some of which filed dozens a day. Mbeki-Forsythe said that finding did not make the complaints less valid. "One person calling 50 times is still one person who can't sleep," he said.
""",
    [
        N('"I have lived here for 26 years, and I never used to notice the airport,"', "Ottilie Braganza-Hearn", "Ottilie Braganza-Hearn, who leads a neighborhood group called Quiet Skies Laurel Park"),
        I('''"Now I notice it when I'm asleep."''', "Ottilie Braganza-Hearn"),
        N('"We changed our routes three years ago for safety and efficiency, and we underestimated the impact on the ground. We owe these neighborhoods a better answer."', "Lachlan Mbeki-Forsythe", "The authority's executive director, Lachlan Mbeki-Forsythe"),
        O('"Airlines have told us they can live with that,"', "Greyhaven Airport Authority", "officials"),
        M('''"It's a start,"''', "Ottilie Braganza-Hearn", "Braganza-Hearn"),
        I('"A test is not a promise, though."', "Ottilie Braganza-Hearn"),
        N('''"They're just moving the noise from one set of houses to another,"''', "Ferdinand Ochoa-Lisle", "Ferdinand Ochoa-Lisle, a Sedgefield resident"),
        M('"People there deserve the same hearing Laurel Park got,"', "Hyacinth Draper", "Draper"),
        P('''"One person calling 50 times is still one person who can't sleep,"''', "Lachlan Mbeki-Forsythe", "he"),
    ],
    "colon quote after a possessive title and name; 'officials wrote in an email' resolved to the authority; paragraph opening with a split quote with 'said of the plan'; study title is not a quote",
    negatives=['"Noise and Neighborhoods 2024,"'],
)

doc(
    "ho:031-elections-plastic-bag-ballot-measure",
    """
Voters Will Decide on a Statewide Plastic Bag Ban in November

A proposal to ban single-use plastic bags statewide qualified for the November ballot on Monday after supporters submitted more than 410,000 valid signatures, the secretary of state's office said.

The measure, formally titled the "Clean Streets and Waterways Act," would bar grocery and retail stores from handing out plastic bags and require them to charge at least 10 cents for each paper bag.

"People are tired of seeing bags in the trees and in the rivers," said Winifred Castellucci, chair of the Yes on 4 campaign. "This is the most popular thing nobody in the legislature was willing to do."

A coalition of retailers and plastics manufacturers has formed a committee, Shoppers for Choice, to oppose the measure. Its spokesman, Declan Ferraby, called the measure a "bag tax" that would fall hardest on low-income shoppers. "Ten cents a bag adds up when you're buying groceries for a family of six," Ferraby said.

The committee has already begun running television ads with the tagline "Don't Bag Our Budgets."

Environmental groups dismissed the opposition's arguments. "Every state that has done this has seen shoppers switch to reusable bags within a year," said Bernadette Quinlivan, policy director at the Coastal Waters Fund.

Castellucci said the campaign expected to spend about $6 million. "We will be outspent," she said. "We won't be outworked."

Gov. Evander Hathersage has not taken a position. His spokeswoman, Marisa Tenbrook, said the governor would "review the measure carefully, like every measure on the ballot."

The so-called "bag wars" have played out in city councils for more than a decade, and 41 cities in the state already have local bans.
""",
    [
        N('"People are tired of seeing bags in the trees and in the rivers,"', "Winifred Castellucci", "Winifred Castellucci, chair of the Yes on 4 campaign"),
        I('"This is the most popular thing nobody in the legislature was willing to do."', "Winifred Castellucci"),
        N('"bag tax"', "Declan Ferraby", "Its spokesman, Declan Ferraby", kind="mixed"),
        M('''"Ten cents a bag adds up when you're buying groceries for a family of six,"''', "Declan Ferraby", "Ferraby"),
        N('"Every state that has done this has seen shoppers switch to reusable bags within a year,"', "Bernadette Quinlivan", "Bernadette Quinlivan, policy director at the Coastal Waters Fund"),
        P('"We will be outspent,"', "Winifred Castellucci", "she"),
        I('''"We won't be outworked."''', "Winifred Castellucci"),
        N('"review the measure carefully, like every measure on the ballot."', "Marisa Tenbrook", "His spokeswoman, Marisa Tenbrook", kind="mixed"),
    ],
    "law title, ad tagline and a so-called term are not quotes; a two-word mixed quote ('called the measure a ...'); title after name without article ('chair of', 'policy director at'); mixed quote from a spokeswoman speaking for the governor",
    negatives=['"Clean Streets and Waterways Act,"', '''"Don't Bag Our Budgets."''', '"bag wars"'],
)

doc(
    "ho:033-veterans-cemetery-expansion",
    """
Veterans Cemetery Expansion Approved After Years of Delays

Families of veterans in the Kerrigan Valley will no longer have to travel 200 miles to bury their relatives in a veterans cemetery after the state Department of Veterans Services approved a 40-acre expansion of the Kerrigan Valley Veterans Cemetery on Monday.

The cemetery has been nearly full since 2021. Department Secretary Leopold Vandermeer said the expansion would add room for about 18,000 burials. "Our veterans earned the right to rest close to home, and their families earned the right to visit them without a day's drive," he said.

Josephine Abeyta-Royce, 74, who served two tours in Vietnam as an Army nurse, has spent six years lobbying for the expansion. Her husband, a Marine veteran, died in 2020 and is buried 190 miles away. "I visit him four times a year. That's all I can manage," Abeyta-Royce said in an interview with the Kerrigan Valley Courier. "When my time comes, I want to be with him. Now maybe I can bring him home first."

The department said families could apply to move remains from other veterans cemeteries at no cost. "We will handle the paperwork and the transfer with the care these families deserve," the department said.

State Rep. Calvin Ostergaard, who sponsored the funding bill, credited Abeyta-Royce with keeping the issue alive. "She called my office every month for six years," he said, laughing. "Every month. I'm not exaggerating."

The bill, known around the statehouse as "Josie's Law," passed unanimously last year.

The cemetery's director, Raimundo Escobedo-Hart, said the first new burial sections would open by 2027, with a new committal shelter and a columbarium wall to follow. "We're going to build this carefully," Escobedo-Hart said. "It's sacred ground."
""",
    [
        P('''"Our veterans earned the right to rest close to home, and their families earned the right to visit them without a day's drive,"''', "Leopold Vandermeer", "he"),
        M('''"I visit him four times a year. That's all I can manage,"''', "Josephine Abeyta-Royce", "Abeyta-Royce"),
        I('"When my time comes, I want to be with him. Now maybe I can bring him home first."', "Josephine Abeyta-Royce"),
        O('"We will handle the paperwork and the transfer with the care these families deserve,"', "Department of Veterans Services", "the department"),
        P('"She called my office every month for six years,"', "Calvin Ostergaard", "he"),
        I('''"Every month. I'm not exaggerating."''', "Calvin Ostergaard"),
        M('''"We're going to build this carefully,"''', "Raimundo Escobedo-Hart", "Escobedo-Hart"),
        I('''"It's sacred ground."''', "Raimundo Escobedo-Hart"),
    ],
    "'said in an interview with' a newspaper after a surname; pronoun 'he' while 'She' inside the quote refers to another person; 'the department' nominal; bill nickname is not a quote",
    negatives=['''"Josie's Law,"'''],
)

doc(
    "ho:035-religion-parish-merger",
    """
Three Catholic Parishes in Pellworth Will Merge as Congregations Shrink

Three Catholic parishes on Pellworth's north side will merge into one next summer, and two of their church buildings will close, the Diocese of Marrowfield announced Sunday in letters read aloud at every Mass.

The parishes, St. Columba, Holy Redeemer and Our Lady of the Harbor, together draw about 900 people on a typical weekend, down from more than 4,000 in the early 1990s. All three share a single pastor, the Rev. Anselm Okonkwo-Derry, who has been celebrating seven Masses a weekend since the last of his associate priests retired in 2022.

"I love these three communities, and I have tried to be a full-time pastor to each of them," Father Okonkwo-Derry said after the 10:30 Mass at Holy Redeemer. "The truth is that I have been a part-time pastor to all three, and they deserve better than that."

The merged parish will worship at St. Columba, the largest of the three buildings and the only one with an elevator. The diocese said it had not decided what would happen to the other two churches. "No decision has been made about the future of the Holy Redeemer and Our Lady of the Harbor properties, and any decision will involve the parish community," the diocese said in a statement.

Bishop Clemente Rasmussen-Obi wrote in the letter that the decision was "painful but necessary" and asked parishioners to "grieve what we are losing without losing sight of what we are keeping."

For many parishioners the news was hard to hear. At Our Lady of the Harbor, a small brick church built by Portuguese fishing families in 1911, several people wept during the reading of the letter. Fatima Rebelo-Sousa, 79, was baptized there, married there and buried her husband there in 2019.

"My whole life is in that building," she said after Mass, standing on the front steps beside her granddaughter, Leonor Rebelo. "I know the numbers. I can count. But you don't close a family's house because the family got smaller."

Her granddaughter, who is 17, said she understood the decision but worried about the older parishioners it would leave behind. "My grandmother can walk here. She can't walk to St. Columba," the teenager said.

The diocese said it would run a shuttle van from the Harbor neighborhood to St. Columba on Sunday mornings.

Parish leaders at St. Columba have been planning for months. Bao Trinh-Mercer, who chairs its parish council, said the merged parish would keep traditions from all three churches, including Our Lady of the Harbor's annual blessing of the fishing fleet, and that he hoped the newcomers would feel like hosts rather than guests.

"We are not absorbing anybody. Nobody is coming to our church. We are all going to a new parish that happens to meet in our building.

"If that means we sing some hymns in Portuguese, we will learn them. We have a year to practice."

The parishes' Christmas food drive, known on the north side simply as "the Big Basket," will continue under the new parish's name.

Father Okonkwo-Derry said he expected some families to leave for other parishes or to stop attending altogether, and that he would not blame them. "Grief takes people in different directions," he said. "My job is to leave the door open, whichever door it is."

The merger takes effect July 1. The diocese, which has closed or merged 31 parishes since 2010 under a plan it calls "Renewal in Faith," said further mergers were likely in Pellworth's southern neighborhoods.
""",
    [
        M('"I love these three communities, and I have tried to be a full-time pastor to each of them,"', "Anselm Okonkwo-Derry", "Father Okonkwo-Derry"),
        I('"The truth is that I have been a part-time pastor to all three, and they deserve better than that."', "Anselm Okonkwo-Derry"),
        O('"No decision has been made about the future of the Holy Redeemer and Our Lady of the Harbor properties, and any decision will involve the parish community,"', "Diocese of Marrowfield", "the diocese"),
        N('"painful but necessary"', "Clemente Rasmussen-Obi", "Bishop Clemente Rasmussen-Obi", kind="mixed"),
        N('"grieve what we are losing without losing sight of what we are keeping."', "Clemente Rasmussen-Obi", "Bishop Clemente Rasmussen-Obi", kind="mixed"),
        P('"My whole life is in that building,"', "Fatima Rebelo-Sousa", "she"),
        I('''"I know the numbers. I can count. But you don't close a family's house because the family got smaller."''', "Fatima Rebelo-Sousa"),
        O('''"My grandmother can walk here. She can't walk to St. Columba,"''', "Leonor Rebelo", "the teenager"),
        I('"We are not absorbing anybody. Nobody is coming to our church. We are all going to a new parish that happens to meet in our building.', "Bao Trinh-Mercer", open_end=True, lead_in=True),
        I('"If that means we sing some hymns in Portuguese, we will learn them. We have a year to practice."', "Bao Trinh-Mercer"),
        P('"Grief takes people in different directions,"', "Anselm Okonkwo-Derry", "he"),
        I('"My job is to leave the door open, whichever door it is."', "Anselm Okonkwo-Derry"),
    ],
    "honorific + surname ('Father X') after 'the Rev.' full mention; two mixed quotes from one speaker in one sentence; pronoun 'she' at the start of a paragraph with a competing woman named later in the same sentence; 'the teenager' nominal; two-paragraph quote introduced only by an indirect-speech lead-in (all segments inherited); food-drive nickname and plan name are not quotes",
    negatives=['"the Big Basket,"', '"Renewal in Faith,"'],
)

doc(
    "ho:036-fisheries-cod-quota-cut",
    """
Ministry Cuts Northern Cod Quota by 40 Percent, Angering Fishing Towns

The Ministry of Fisheries and Coastal Affairs on Friday cut next year's catch limit for northern cod by 40 percent, the steepest reduction in more than two decades, citing new surveys that show the stock near historic lows.

"The science is clear, and it is not good news," Fisheries Minister Agnetha Lindahl-Sims said at a news conference in the capital. "If we do not act now, there will be no quota left to argue about in 10 years."

The Coastal Fishermen's Federation, which represents about 3,200 boat owners, called the decision "a death sentence for the small harbors." Its president, Magnus Thorvaldsen-Kerr, told the Skerrow Tribune that many of his members would not survive the year. "These are not big trawler companies with shareholders. These are families with one boat and a mortgage on it," he said. "You cut their catch by 40 percent, you cut their income by more than that, because the costs don't go down."

The Institute for Marine Research, which conducts the annual survey, said the spawning stock had fallen by more than half since 2019. "We measured the lowest number of young cod in the 34 years we have been surveying," the institute said in its advice to the ministry.

Dr. Pernille Aasgaard, who led this year's survey, said warming water was part of the explanation. "Cod are moving north and east, following the cold water," Aasgaard said. "Some of the fish the fishermen say are missing are not missing at all. They are simply in another country's waters now."

In Skerrow, a harbor town of 1,800 people where nearly every family has someone working on the water, the mood was grim. At the harbor cafe, skipper Jonas Eliassen-Moe, 58, and his son, Rune, were doing the math on a napkin. "I fished with my father, and Rune fishes with me," the skipper said. "I don't know if Rune's son will have anything to fish."

Opposition lawmaker Sigurd Hallvik, whose district includes Skerrow, accused the minister of "hiding behind the scientists" and said the government should compensate boat owners directly.

The minister said a support package would be announced next month. "We are asking the coastal communities to carry a heavy load, and we will not ask them to carry it alone," Lindahl-Sims said. "There will be support for boat owners and for crew, and it will be enough to keep people in their harbors.

"I grew up in a fishing town. I know what an empty harbor looks like. I do not intend to see one on my watch."

The new quota takes effect Jan. 1. The ministry's plan, called the "Northern Cod Recovery Strategy," aims to rebuild the stock within eight years, and it includes seasonal closures of two spawning grounds off the northern cape.
""",
    [
        N('"The science is clear, and it is not good news,"', "Agnetha Lindahl-Sims", "Fisheries Minister Agnetha Lindahl-Sims"),
        I('"If we do not act now, there will be no quota left to argue about in 10 years."', "Agnetha Lindahl-Sims"),
        N('"a death sentence for the small harbors."', "Coastal Fishermen's Federation", "The Coastal Fishermen's Federation, which represents about 3,200 boat owners", kind="mixed"),
        P('"These are not big trawler companies with shareholders. These are families with one boat and a mortgage on it,"', "Magnus Thorvaldsen-Kerr", "he"),
        I('''"You cut their catch by 40 percent, you cut their income by more than that, because the costs don't go down."''', "Magnus Thorvaldsen-Kerr"),
        O('"We measured the lowest number of young cod in the 34 years we have been surveying,"', "Institute for Marine Research", "the institute"),
        M('"Cod are moving north and east, following the cold water,"', "Pernille Aasgaard", "Aasgaard"),
        I('''"Some of the fish the fishermen say are missing are not missing at all. They are simply in another country's waters now."''', "Pernille Aasgaard"),
        O('"I fished with my father, and Rune fishes with me,"', "Jonas Eliassen-Moe", "the skipper"),
        I('''"I don't know if Rune's son will have anything to fish."''', "Jonas Eliassen-Moe"),
        N('"hiding behind the scientists"', "Sigurd Hallvik", "Opposition lawmaker Sigurd Hallvik, whose district includes Skerrow", kind="mixed"),
        M('"We are asking the coastal communities to carry a heavy load, and we will not ask them to carry it alone,"', "Agnetha Lindahl-Sims", "Lindahl-Sims"),
        I('"There will be support for boat owners and for crew, and it will be enough to keep people in their harbors.', "Agnetha Lindahl-Sims", open_end=True),
        I('"I grew up in a fishing town. I know what an empty harbor looks like. I do not intend to see one on my watch."', "Agnetha Lindahl-Sims"),
    ],
    "curly quotes; organisation as the literal source of a mixed quote; 'Its president, NAME, told the Skerrow Tribune' then pronoun; 'the institute' and 'the skipper' nominals (skipper with a competing male name, his son, in between); split quote whose second segment runs over two paragraphs; strategy name is not a quote",
    negatives=['"Northern Cod Recovery Strategy,"'],
    style="curly",
)


# --- replacement documents (topics chosen to differ from the development set) ---

doc(
    "ho:004-transport-scooter-operator-exits",
    """
Scootly Pulls Its Scooters Out of Vantry After Council Triples Permit Fees

Scootly, the electric scooter company whose lime-green vehicles have been a fixture on Vantry's sidewalks since 2019, said Tuesday that it would remove all 2,400 of its scooters from the city by the end of the month.

The decision came two weeks after the City Council tripled the annual permit fee for scooter operators and capped the number of vehicles each company can deploy. "We have loved operating in Vantry, but the new rules make it impossible to run a sustainable business here," co-founder and chief executive Arjun Dasgupta-Lowell wrote in a blog post. "We hope the council will reconsider, and we would come back tomorrow if it did."

Dasgupta-Lowell said in an interview with the public radio program "City Desk Live" that the company had offered to pay half of the increase. He described the council's response as "a closed door with a fee attached."

The city's transportation director, Henrietta Solano-Birch, said the fees reflect what the city spends clearing scooters from sidewalks, ramps and bus stops. "Our crews moved more than 11,000 scooters last year. That work is not free," she told the Vantry Lantern.

Council member Hamish Oduro-Platt, who wrote the new rules, said the company had "treated our sidewalks as free parking for six years." "I'm not going to apologize for asking a company to pay its share," Oduro-Platt said.

Another operator, Whirlwheel, which runs about 900 scooters in the city, said it would stay. "We think Vantry's rules are tough but workable," the company said in a statement.

Riders who depend on the scooters, which many of them call "limes" for their color, were dismayed. Kofi Ansah, 24, a line cook, rides one to work at 5 a.m., before the first buses run. "Without it I'm walking 40 minutes in the dark," Ansah said. "Nobody on the council is walking with me."

The city's parking program for scooters, "Dock Smart," which requires riders to leave vehicles in painted boxes, will remain in effect for the operators that stay.
""",
    [
        N('"We have loved operating in Vantry, but the new rules make it impossible to run a sustainable business here,"', "Arjun Dasgupta-Lowell", "co-founder and chief executive Arjun Dasgupta-Lowell"),
        I('"We hope the council will reconsider, and we would come back tomorrow if it did."', "Arjun Dasgupta-Lowell"),
        P('"a closed door with a fee attached."', "Arjun Dasgupta-Lowell", "He", kind="mixed"),
        P('"Our crews moved more than 11,000 scooters last year. That work is not free,"', "Henrietta Solano-Birch", "she"),
        N('"treated our sidewalks as free parking for six years."', "Hamish Oduro-Platt", "Council member Hamish Oduro-Platt, who wrote the new rules", kind="mixed"),
        M('''"I'm not going to apologize for asking a company to pay its share,"''', "Hamish Oduro-Platt", "Oduro-Platt"),
        O('''"We think Vantry's rules are tough but workable,"''', "Whirlwheel", "the company"),
        M('''"Without it I'm walking 40 minutes in the dark,"''', "Kofi Ansah", "Ansah"),
        I('"Nobody on the council is walking with me."', "Kofi Ansah"),
    ],
    "'wrote in a blog post' with title before name; 'said in an interview with' a radio program whose title is not a quote; 'she told the Vantry Lantern' after the quote; mixed quote directly followed by a direct quote; 'the company' resolved to the second operator; nickname and program name are not quotes",
    negatives=['"City Desk Live"', '"limes"', '"Dock Smart,"'],
)

doc(
    "ho:007-science-parrot-chicks-hatch",
    """
Endangered Ember Parrots Hatch First Wild Chicks in Three Decades

The first chicks hatched in the wild in 31 years to a critically endangered parrot have been confirmed on Sorrel Island, conservationists said Monday, a milestone for a breeding program that many biologists had written off as too late.

Two pairs of ember parrots, released on the island in 2022 after being raised at the Wyndham Zoological Park, produced five chicks between them this spring. Fewer than 200 of the birds are believed to survive, almost all of them in captivity.

"For years we were keeping a species alive in cages and calling it conservation," said Dr. Babatunde Adebanjo-Crewe, the zoo's curator of birds. "Five chicks in a nest hole on Sorrel Island is the first time it has felt like the real thing."

Field biologist Mette Kjaergaard, who has lived in a research hut on the island for two seasons, said in an interview with the regional broadcaster Coastline Radio that she had watched the nest through a camera for 41 days before she saw the first chick. "I cried, and then I checked the footage six more times to make sure I wasn't imagining it," she said.

On the program's blog, Kjaergaard wrote on Sunday: "People ask me what it is like to be alone on an island with the parrots. I am never alone. There are rats to trap, fences to fix, and a hundred small decisions every day about whether to step in or leave the birds be.

"This spring, for the first time, the birds made most of those decisions for me. That is what success looks like."

The program, known as "Project Ember," has cost about $6 million since 2015, most of it from private donors.

Not everyone is convinced the birds can make it without help. "Five chicks is wonderful news and a very small number," said Prof. Cordell Ibsen, an ornithologist at Harwood University who is not involved in the program. "The island still has rats, and one bad storm could wipe out a whole breeding season."

The zoo said it would release eight more birds next year. "We are not going to stop now, and we are not going to stop at one island," the zoo said in a statement.
""",
    [
        N('"For years we were keeping a species alive in cages and calling it conservation,"', "Babatunde Adebanjo-Crewe", "Dr. Babatunde Adebanjo-Crewe, the zoo's curator of birds"),
        I('"Five chicks in a nest hole on Sorrel Island is the first time it has felt like the real thing."', "Babatunde Adebanjo-Crewe"),
        P('''"I cried, and then I checked the footage six more times to make sure I wasn't imagining it,"''', "Mette Kjaergaard", "she"),
        M('"People ask me what it is like to be alone on an island with the parrots. I am never alone. There are rats to trap, fences to fix, and a hundred small decisions every day about whether to step in or leave the birds be.', "Mette Kjaergaard", "Kjaergaard", open_end=True),
        I('"This spring, for the first time, the birds made most of those decisions for me. That is what success looks like."', "Mette Kjaergaard"),
        N('"Five chicks is wonderful news and a very small number,"', "Cordell Ibsen", "Prof. Cordell Ibsen, an ornithologist at Harwood University who is not involved in the program"),
        I('"The island still has rats, and one bad storm could wipe out a whole breeding season."', "Cordell Ibsen"),
        O('"We are not going to stop now, and we are not going to stop at one island,"', "Wyndham Zoological Park", "the zoo"),
    ],
    "'said Dr. NAME, title' split quote; 'said in an interview with' a broadcaster then pronoun; 'wrote on Sunday:' colon quote running over two paragraphs; program name is not a quote; 'the zoo' nominal",
    negatives=['"Project Ember,"'],
)

doc(
    "ho:008-weather-dust-storm-pileup",
    """
Dust Storm Triggers 30-Vehicle Pileup on Interstate 61

A sudden dust storm cut visibility to near zero on Interstate 61 north of Calvert Flats on Sunday afternoon, causing a chain-reaction crash involving at least 30 vehicles that killed two people and injured 24, the State Highway Patrol said.

"It went from a sunny afternoon to midnight in about ten seconds," said Ezekiel Tovar, a long-haul trucker from Dellwood who was among the first drivers to stop. "I could hear the cars hitting each other behind me, and I couldn't see any of them."

The patrol said winds gusting to 60 mph had lifted soil from freshly plowed fields on both sides of the highway. "Conditions deteriorated faster than any warning system could respond," the patrol posted on social media Sunday evening.

The National Weather Service had issued a blowing dust advisory for the area about an hour earlier. Meteorologist Priyanka Hale-Sorensen, at the service's office in Dellwood, said the storm formed along a "very sharp" gust front pushed out by collapsing thunderstorms to the south. "Dust is not like snow or fog. It arrives like a wall, and drivers have seconds, not minutes," Hale-Sorensen said.

Georgina Lindell was driving a van carrying six members of a church youth group home from a summer camp when the dust hit. Her husband, Anders, was following in a separate car. "I told the kids to get their heads down and hold on to each other," she said from a hospital bed in Calvert Flats. "Then I just prayed that whoever was behind us could see my hazard lights."

The patrol's district commander, Capt. Wendell Amadi-Rhys, said troopers had to walk along the highway to find the wrecks. "We had people trapped in cars, we had a fuel spill, and we had zero visibility, all at once," the captain said. "Our troopers walked into that not knowing what they would find."

State transportation officials have been studying a dust-warning system for the stretch, known to truckers as "Blind Mile," since 2019. Gov. Hamilton Reyes-Tuck ordered flags lowered on Monday. He called the crash "a heartbreaking reminder of how fast conditions can change."
""",
    [
        N('"It went from a sunny afternoon to midnight in about ten seconds,"', "Ezekiel Tovar", "Ezekiel Tovar, a long-haul trucker from Dellwood who was among the first drivers to stop"),
        I('''"I could hear the cars hitting each other behind me, and I couldn't see any of them."''', "Ezekiel Tovar"),
        O('"Conditions deteriorated faster than any warning system could respond,"', "State Highway Patrol", "the patrol"),
        N('"very sharp"', "Priyanka Hale-Sorensen", "Meteorologist Priyanka Hale-Sorensen, at the service's office in Dellwood", kind="mixed"),
        M('"Dust is not like snow or fog. It arrives like a wall, and drivers have seconds, not minutes,"', "Priyanka Hale-Sorensen", "Hale-Sorensen"),
        P('"I told the kids to get their heads down and hold on to each other,"', "Georgina Lindell", "she"),
        I('"Then I just prayed that whoever was behind us could see my hazard lights."', "Georgina Lindell"),
        O('"We had people trapped in cars, we had a fuel spill, and we had zero visibility, all at once,"', "Wendell Amadi-Rhys", "the captain"),
        I('"Our troopers walked into that not knowing what they would find."', "Wendell Amadi-Rhys"),
        P('"a heartbreaking reminder of how fast conditions can change."', "Hamilton Reyes-Tuck", "He", kind="mixed"),
    ],
    "curly quotes; 'the patrol posted on social media'; two-word mixed quote; pronoun 'she' with a competing male name (her husband) in between; 'the captain' resolved to a named commander; stretch-of-road nickname is not a quote",
    negatives=['"Blind Mile,"'],
    style="curly",
)

doc(
    "ho:009-elections-redistricting-map",
    """
Redistricting Commission Adopts New Legislative Map by One Vote

The state's independent redistricting commission on Wednesday adopted new legislative district lines by a 7-6 vote, ending eight months of hearings and setting up a possible court fight over the division of the city of Pallister.

Commission Chair Beatrix Quennell, a retired geography professor and one of the panel's five unaffiliated members, cast the deciding vote. "No map is going to make everyone happy, and this one certainly doesn't," she said. "But it keeps more communities whole than any other map we considered."

Commissioner Lyle Danforth-Oyo, a Republican, called the map "a gerrymander with better manners," while Commissioner Renee Castille, a Democrat, described the objections as "sour grapes from people who liked the old lines."

The most contentious change splits Pallister, a city of 90,000, among three state House districts. Residents packed the final hearing, many of them holding signs that read "One City, One District."

"You have taken a city of 90,000 people and cut it into three pieces so that nobody here will ever have a representative who lives here," Pallister Mayor Odalys Fennimore told the commission.

Asked about Pallister during the meeting, the chair said the city had been divided to keep a string of rural farming towns in a single district. "We had to choose which community to divide, and every choice hurt someone," the chair said. "I would make the same choice again."

Danforth-Oyo replied: "Then the commission should have to explain that choice to Pallister, not just vote on it."

The map now goes to the secretary of state for certification. A coalition of advocacy groups, Fair Lines Now, said it would decide within a month whether to challenge the map in court. "We will read every line of it before we decide anything," the coalition said.

Voters can look up their new districts on the commission's "Find My District" website, which the commission said would go live on Friday.
""",
    [
        P('''"No map is going to make everyone happy, and this one certainly doesn't,"''', "Beatrix Quennell", "she"),
        I('"But it keeps more communities whole than any other map we considered."', "Beatrix Quennell"),
        N('"a gerrymander with better manners,"', "Lyle Danforth-Oyo", "Commissioner Lyle Danforth-Oyo, a Republican", kind="mixed"),
        N('"sour grapes from people who liked the old lines."', "Renee Castille", "Commissioner Renee Castille, a Democrat", kind="mixed"),
        N('"You have taken a city of 90,000 people and cut it into three pieces so that nobody here will ever have a representative who lives here,"', "Odalys Fennimore", "Pallister Mayor Odalys Fennimore"),
        O('"We had to choose which community to divide, and every choice hurt someone,"', "Beatrix Quennell", "the chair"),
        I('"I would make the same choice again."', "Beatrix Quennell"),
        M('"Then the commission should have to explain that choice to Pallister, not just vote on it."', "Lyle Danforth-Oyo", "Danforth-Oyo"),
        O('"We will read every line of it before we decide anything,"', "Fair Lines Now", "the coalition"),
    ],
    "two mixed quotes with different speakers in one sentence; told + object ('told the commission') after a paragraph-opening quote; 'the chair' resolved to the commission chair; colon quote after 'replied'; protest sign and website name are not quotes",
    negatives=['"One City, One District."', '"Find My District"'],
)

doc(
    "ho:010-labor-port-slowdown-deal",
    """
Dockworkers and Terminal Operators Reach Tentative Deal, Ending Port Slowdown

Dockworkers at the Port of Tregarth reached a tentative contract agreement with terminal operators early Saturday, ending a three-week slowdown that had left dozens of container ships anchored offshore.

The Tregarth Longshore Union said the six-year deal included raises of 22 percent and limits on automated cranes at two of the port's five terminals. "This contract protects the jobs of the people who built this port," the union's president, Duarte Falconer, said at a news conference at the union hall. "It proves that machines and workers can share a waterfront, as long as the workers have a seat at the table."

The Tregarth Terminal Operators Association, which bargains for the companies, said it was "pleased" with the agreement. "The slowdown hurt everyone, and we are glad to get the cargo moving again," the employers' group said in a statement.

Port Director Ebenezer Laszlo said it would take about two weeks to clear the backlog of 38 ships. "Every crane we have is running around the clock," he said.

At the union hall, crane operator Bernadine Kinsella, 61, read aloud a letter she had written to her granddaughter during the slowdown. "You asked me why Grandma was standing outside the gate instead of going to work," she read. "It is because somebody stood at that gate for me, forty years ago.

"One day somebody will ask you to stand somewhere. I hope you do."

Members will vote on the agreement next month. Retailers had warned that the slowdown threatened holiday inventories, and a trade group, the Westward Retail Federation, had called the dispute "the last thing shoppers need."

Picket signs reading "No Robots on Our Docks" were still leaning against the union hall's fence on Saturday afternoon.
""",
    [
        N('"This contract protects the jobs of the people who built this port,"', "Duarte Falconer", "the union's president, Duarte Falconer"),
        I('"It proves that machines and workers can share a waterfront, as long as the workers have a seat at the table."', "Duarte Falconer"),
        N('"pleased"', "Tregarth Terminal Operators Association", "The Tregarth Terminal Operators Association, which bargains for the companies", kind="mixed"),
        O('"The slowdown hurt everyone, and we are glad to get the cargo moving again,"', "Tregarth Terminal Operators Association", "the employers' group"),
        P('"Every crane we have is running around the clock,"', "Ebenezer Laszlo", "he"),
        P('"You asked me why Grandma was standing outside the gate instead of going to work,"', "Bernadine Kinsella", "she"),
        I('"It is because somebody stood at that gate for me, forty years ago.', "Bernadine Kinsella", open_end=True),
        I('"One day somebody will ask you to stand somewhere. I hope you do."', "Bernadine Kinsella"),
        N('"the last thing shoppers need."', "Westward Retail Federation", "a trade group, the Westward Retail Federation", kind="mixed"),
    ],
    "organisation with an appositive as the source of a one-word mixed quote; 'the employers' group' nominal; 'she read' split quote continuing over two paragraphs; trade group named in an appositive as the source of a mixed quote; picket-sign slogan is not a quote",
    negatives=['"No Robots on Our Docks"'],
)

doc(
    "ho:011-education-legacy-admissions",
    """
Alderbrook University Ends Admissions Preference for Children of Alumni

Alderbrook University will stop giving an admissions advantage to the children of its graduates, its president announced Thursday, joining a growing number of private colleges that have dropped so-called legacy preferences.

"A student's chances of getting into Alderbrook should not depend on where her parents went to college," President Imogen Taskerville wrote in a letter to the campus community. "Starting with next fall's applicants, they won't."

The decision follows a faculty report, "Who Gets In: Admissions and Opportunity at Alderbrook," which found that legacy applicants were admitted at nearly three times the overall rate.

The report's lead author, economics professor Sebastian Mwale-Hart, said the gap could not be explained by grades or test scores. He called the policy "an inheritance that shows up on a transcript."

Mwale-Hart, whose 2019 book "The Velvet Ladder" examined how selective colleges choose their students, added: "Legacy preference is the one affirmative action program that helps people who already have every advantage."

Some alumni objected. "My family has given to this university for three generations, and now we're being told that connection is worth nothing," said Archibald Penrose-Yates, a 1984 graduate and former trustee.

The university's vice president for advancement, Noelle Brandauer, said she did not expect a significant drop in donations. In an interview, she said that alumni surveys showed most graduates supported the change "by a wide margin." She added: "Our alumni are prouder of who we admit than of who we used to admit."

Students celebrated on the main quadrangle, where members of the group First Gen Alderbrook had chalked the words "Merit, Not Lineage" along the paths.

"I'm the first person in my family to go to college," said Yesenia Marroquin, a sophomore studying chemistry. "It's nice to know the door is the same size for everybody now."
""",
    [
        N('''"A student's chances of getting into Alderbrook should not depend on where her parents went to college,"''', "Imogen Taskerville", "President Imogen Taskerville"),
        I('''"Starting with next fall's applicants, they won't."''', "Imogen Taskerville"),
        P('"an inheritance that shows up on a transcript."', "Sebastian Mwale-Hart", "He", kind="mixed"),
        M('"Legacy preference is the one affirmative action program that helps people who already have every advantage."', "Sebastian Mwale-Hart", "Mwale-Hart"),
        N('''"My family has given to this university for three generations, and now we're being told that connection is worth nothing,"''', "Archibald Penrose-Yates", "Archibald Penrose-Yates, a 1984 graduate and former trustee"),
        P('"by a wide margin."', "Noelle Brandauer", "she", kind="mixed"),
        P('"Our alumni are prouder of who we admit than of who we used to admit."', "Noelle Brandauer", "She"),
        N('''"I'm the first person in my family to go to college,"''', "Yesenia Marroquin", "Yesenia Marroquin, a sophomore studying chemistry"),
        I('''"It's nice to know the door is the same size for everybody now."''', "Yesenia Marroquin"),
    ],
    "curly quotes; 'wrote in a letter to the campus community'; report title and a book title inside an appositive are not quotes; 'added:' colon quote after a surname with a long appositive; 'She added:' colon quote; chalked slogan is not a quote; 'so-called' term left unquoted",
    negatives=['"Who Gets In: Admissions and Opportunity at Alderbrook,"', '"The Velvet Ladder"', '"Merit, Not Lineage"'],
    style="curly",
)

doc(
    "ho:014-agriculture-late-frost-orchards",
    """
Late Freeze Wipes Out Much of Cellan Valley's Apple and Cherry Crop

A hard freeze in the last week of April killed blossoms across the Cellan Valley's orchards, and growers now say they expect to harvest less than a third of a normal apple crop and almost no cherries this year.

''I have been growing apples for 42 years, and I have never walked through my trees in June and seen so little fruit,'' said Agatha Ruddock-Vane, whose family owns 300 acres of orchards outside Pendle Cross. ''You could count the apples on some trees with one hand.''

Temperatures fell to 24 degrees on the night of April 27, just as most varieties were in full bloom. The Cellan Valley Fruit Growers Cooperative said losses could exceed $80 million. ''This is the worst freeze damage our members have reported since the cooperative was founded in 1958,'' the cooperative said in a report to the state agriculture department.

Some growers ran wind machines and lit orchard heaters through the night. Orrin Pakulski, who farms 90 acres near the river, said he had run his two wind machines until 5 a.m. ''They saved maybe a quarter of the bloom,'' he said. ''That quarter is the difference between losing money and going broke.''

Packing houses in the valley employ about 2,000 seasonal workers in a normal year. The state agriculture commissioner, Fenella Crosthwaite, called the freeze ''a disaster in slow motion for the packing houses and the crews who depend on them.''

Federal crop insurance will cover part of the losses for growers who bought policies. Extension agent Marisela Quaid said about two-thirds of the valley's growers had coverage. ''The ones without it are mostly the smallest farms, and those are the ones I worry about,'' Quaid said.

Much of the fruit that did survive is scarred by frost and will not make the ''Extra Fancy'' grade that fetches the highest prices.

Ruddock-Vane said her granddaughter, Pippa, had asked her whether the farm would be all right. ''I told her farms have bad years,'' she said. ''I didn't tell her how many bad years a farm can have.''
""",
    [
        N("''I have been growing apples for 42 years, and I have never walked through my trees in June and seen so little fruit,''", "Agatha Ruddock-Vane", "Agatha Ruddock-Vane, whose family owns 300 acres of orchards outside Pendle Cross"),
        I("''You could count the apples on some trees with one hand.''", "Agatha Ruddock-Vane"),
        O("''This is the worst freeze damage our members have reported since the cooperative was founded in 1958,''", "Cellan Valley Fruit Growers Cooperative", "the cooperative"),
        P("''They saved maybe a quarter of the bloom,''", "Orrin Pakulski", "he"),
        I("''That quarter is the difference between losing money and going broke.''", "Orrin Pakulski"),
        N("''a disaster in slow motion for the packing houses and the crews who depend on them.''", "Fenella Crosthwaite", "The state agriculture commissioner, Fenella Crosthwaite", kind="mixed"),
        M("''The ones without it are mostly the smallest farms, and those are the ones I worry about,''", "Marisela Quaid", "Quaid"),
        P("''I told her farms have bad years,''", "Agatha Ruddock-Vane", "she"),
        I("''I didn't tell her how many bad years a farm can have.''", "Agatha Ruddock-Vane"),
    ],
    "archive-style ''double apostrophe'' quotes; 'the cooperative said in a report'; pronoun 'she' with a competing girl named in between (and 'her' inside the quote); produce grade is not a quote",
    negatives=["''Extra Fancy''"],
    style="archive",
)

doc(
    "ho:017-sports-womens-rugby-qualifies",
    """
Women's Rugby Team Qualifies for First World Cup With Last-Minute Try

The national women's rugby team, known to its supporters as "the Thistledown," qualified for its first World Cup on Saturday with a 22-19 victory over the Ardenne Islands, sealed by a try in the final minute.

"We did it for every girl who was ever told rugby wasn't for her." Captain Maeve Corcoran posted those words on Instagram minutes after the final whistle, beneath a photograph of the team piled on top of one another in the mud.

The winning try was scored by winger Saskia Thorne, 19, who had come on as a substitute 10 minutes earlier. "I just ran. I didn't look at the clock, I didn't look at the score, I just ran," Thorne told reporters.

Head coach Callum Prendergast took over the team in 2021, when it had no full-time players and trained two evenings a week. "Four years ago we were training on a school field with borrowed balls," he said. "Now we're going to a World Cup."

The Ardenne Islands' coach, Ximena Ferrier, called the result "cruel but fair." "They wanted it more in the last five minutes, and that's the whole game," Ferrier added.

The sport's governing body, the Rugby Football Council, said it would pay each player a bonus of $5,000 and offer 10 full-time contracts next season. "These women have earned it many times over," the council said.

A documentary that followed the team through the qualifying campaign, "Mud and Glory," will be broadcast next month.

Asked how she planned to celebrate, Corcoran laughed. "First, a very long shower," she said. "Then a very long sleep."
""",
    [
        N('''"We did it for every girl who was ever told rugby wasn't for her."''', "Maeve Corcoran", "Captain Maeve Corcoran"),
        M('''"I just ran. I didn't look at the clock, I didn't look at the score, I just ran,"''', "Saskia Thorne", "Thorne"),
        P('"Four years ago we were training on a school field with borrowed balls,"', "Callum Prendergast", "he"),
        I('''"Now we're going to a World Cup."''', "Callum Prendergast"),
        N('"cruel but fair."', "Ximena Ferrier", "The Ardenne Islands' coach, Ximena Ferrier", kind="mixed"),
        M('''"They wanted it more in the last five minutes, and that's the whole game,"''', "Ximena Ferrier", "Ferrier"),
        O('"These women have earned it many times over,"', "Rugby Football Council", "the council"),
        P('"First, a very long shower,"', "Maeve Corcoran", "she"),
        I('"Then a very long sleep."', "Maeve Corcoran"),
    ],
    "curly quotes; a quote opening a paragraph whose cue comes in the next sentence ('NAME posted those words on Instagram'); told + reporters after a surname; mixed quote directly followed by a direct quote with 'added'; 'the council' nominal; pronoun 'she' after another woman is quoted; team nickname and documentary title are not quotes",
    negatives=['"the Thistledown,"', '"Mud and Glory,"'],
    style="curly",
)

doc(
    "ho:023-city-hall-leaf-blower-ban",
    """
Ellsmere Council Votes to Phase Out Gas-Powered Leaf Blowers

The Ellsmere City Council voted 6-3 late Monday to ban gas-powered leaf blowers within city limits starting in 2027, after a two-hour debate that pitted noise-weary residents against landscaping crews who said the change would cost them thousands of dollars each.

"I have heard from more constituents about leaf blowers than about potholes, crime and taxes combined," said Council member Aurora Vidal-Quist, who wrote the ordinance. "That tells you something about what people live with every Saturday morning."

The mayor, Lysander Oakes, said he would sign the measure. "This is a quality-of-life issue, and it's a health issue for the workers who run these machines eight hours a day," the mayor said. "We can help them make the switch."

Landscapers objected. "A commercial battery blower and enough batteries to get through a day cost me about $2,500 per crew," said Hector Villalobos-Quinn, who owns a landscaping company with 14 employees. He called the city's rebate, capped at $500, "a drop in the bucket."

Under the ordinance, rebates will be handled through a city program called "Quiet Yards Ellsmere."

Council member Dermot Fairweather, who voted no, said the city was "picking on small businesses" to please homeowners in its wealthier neighborhoods. "My neighbors say 'just rake,'" he said. "Tell that to a crew with forty yards to finish before dark."

Enforcement will begin with warnings. After a one-year grace period, landscaping companies could be fined $100 for a first violation and $500 for repeat violations, while homeowners would face fines of $50.

Several residents who spoke in favor of the ban wore green stickers that read "Hear the Birds Again." Among them was Adela Fontaine-Whitcombe, a retired nurse who said she had started wearing earplugs in her own garden. "I shouldn't need hearing protection to drink my coffee," Fontaine-Whitcombe said.
""",
    [
        N('"I have heard from more constituents about leaf blowers than about potholes, crime and taxes combined,"', "Aurora Vidal-Quist", "Council member Aurora Vidal-Quist, who wrote the ordinance"),
        I('"That tells you something about what people live with every Saturday morning."', "Aurora Vidal-Quist"),
        O('''"This is a quality-of-life issue, and it's a health issue for the workers who run these machines eight hours a day,"''', "Lysander Oakes", "the mayor"),
        I('"We can help them make the switch."', "Lysander Oakes"),
        N('"A commercial battery blower and enough batteries to get through a day cost me about $2,500 per crew,"', "Hector Villalobos-Quinn", "Hector Villalobos-Quinn, who owns a landscaping company with 14 employees"),
        P('"a drop in the bucket."', "Hector Villalobos-Quinn", "He", kind="mixed"),
        N('"picking on small businesses"', "Dermot Fairweather", "Council member Dermot Fairweather, who voted no", kind="mixed"),
        P('''"My neighbors say 'just rake,'"''', "Dermot Fairweather", "he"),
        I('"Tell that to a crew with forty yards to finish before dark."', "Dermot Fairweather"),
        M('''"I shouldn't need hearing protection to drink my coffee,"''', "Adela Fontaine-Whitcombe", "Fontaine-Whitcombe"),
    ],
    "'the mayor said' nominal after an appositive introduction; mixed quotes with pronoun and with a 'who voted no' appositive; nested single quotes inside a quote; program name and sticker slogan are not quotes",
    negatives=['"Quiet Yards Ellsmere."', '"Hear the Birds Again."'],
)

doc(
    "ho:024-science-fusion-experiment-record",
    """
Fusion Experiment Sets Record at Kelsall National Laboratory

Researchers at Kelsall National Laboratory said Wednesday that their experimental fusion reactor had held a plasma hot enough for fusion for 96 seconds, more than doubling the previous record for a machine of its type.

The results, described in a paper titled "Long-Pulse Operation of a High-Field Tokamak," were published in the journal Plasma Frontiers.

"For a long time the question was whether we could make a plasma this hot at all. Now the question is how long we can hold it," said Dr. Anneliese Okwu-Branford, the laboratory's head of fusion science and the paper's lead author. "Ninety-six seconds is a very good answer to that question."

The authors wrote that the result was "an important step, but not a demonstration of net energy gain" and cautioned that commercial fusion power remained many years away.

Independent experts were impressed but cautious. Prof. Hyun-woo Rask, a physicist at the Technical University of Soren who was not involved in the work, said the achievement was real. "Holding the plasma that long without damaging the walls is genuinely hard," he said. "The energy they got out is still far less than what they put in."

Okwu-Branford said in an interview that the team had spent two years redesigning the reactor's inner walls after a 2021 test cracked several of them.

"We learned more from that failure than from any success," she said. "We took the machine apart, tile by tile, and asked what every piece was doing.

"This record belongs to the engineers who did that work. Most of them will never have their names on a paper."

The laboratory, which is funded mostly by the national energy department, plans to attempt a 300-second pulse next year.
""",
    [
        N('"For a long time the question was whether we could make a plasma this hot at all. Now the question is how long we can hold it,"', "Anneliese Okwu-Branford", "Dr. Anneliese Okwu-Branford, the laboratory's head of fusion science and the paper's lead author"),
        I('"Ninety-six seconds is a very good answer to that question."', "Anneliese Okwu-Branford"),
        O('"an important step, but not a demonstration of net energy gain"', "the authors", "The authors", kind="mixed", resolved="literal"),
        P('"Holding the plasma that long without damaging the walls is genuinely hard,"', "Hyun-woo Rask", "he"),
        I('"The energy they got out is still far less than what they put in."', "Hyun-woo Rask"),
        P('"We learned more from that failure than from any success,"', "Anneliese Okwu-Branford", "she"),
        I('"We took the machine apart, tile by tile, and asked what every piece was doing.', "Anneliese Okwu-Branford", open_end=True),
        I('"This record belongs to the engineers who did that work. Most of them will never have their names on a paper."', "Anneliese Okwu-Branford"),
    ],
    "curly quotes; paper title is not a quote; 'The authors wrote' generic nominal with a mixed quote containing a comma; pronoun 'she' opening a paragraph after a competing male speaker, then a split quote running over two paragraphs",
    negatives=['"Long-Pulse Operation of a High-Field Tokamak,"'],
    style="curly",
)

doc(
    "ho:028-labor-heat-safety-rules",
    """
State Adopts Heat Safety Rules for Farm and Construction Workers

State workplace regulators on Thursday adopted rules requiring employers to give outdoor workers shade, water and rest breaks when temperatures climb above 85 degrees, making the state one of a handful with enforceable heat standards.

The rules, approved unanimously by the Occupational Safety Board, follow the deaths of three farmworkers during a heat wave two summers ago. Board chair Rogelio Ibarrola told lawmakers at a hearing last month that the state could no longer rely on voluntary guidelines. "We wrote suggestions, and people died anyway," he said.

"Every worker deserves to go home at the end of the day," said Catalina Urrutia-Moss, an organizer with the Farmworker Justice Alliance, whose cousin collapsed in a strawberry field in 2023. "These rules are written in the names of the people we lost."

The Valley Growers League said in a statement that it supported "the goal of protecting workers" but that the rules' record-keeping requirements would burden small farms. "A 20-acre family farm does not have a safety department," the league said.

Plough & Furrow Farms, one of the state's largest vegetable growers, said it had adopted similar rules on its own in 2022. "Our injury claims went down, and our productivity did not," the company's operations director, Bettany Kirkwall, said in an interview with the Harvest Journal.

Construction companies will have to follow the same rules. The Associated Builders of the Interior, a trade group, said its members were "largely prepared" because many already had heat plans for large projects.

The rules, which the board has formally titled the "Outdoor Heat Illness Prevention Standard," take effect May 1. Employers that violate them could face fines of up to $25,000 per violation.

Urrutia-Moss said workers would also need protection from retaliation if they reported violations. "A rule only works if a worker can use it without losing her job," she said.
""",
    [
        P('"We wrote suggestions, and people died anyway,"', "Rogelio Ibarrola", "he"),
        N('"Every worker deserves to go home at the end of the day,"', "Catalina Urrutia-Moss", "Catalina Urrutia-Moss, an organizer with the Farmworker Justice Alliance, whose cousin collapsed in a strawberry field in 2023"),
        I('"These rules are written in the names of the people we lost."', "Catalina Urrutia-Moss"),
        N('"the goal of protecting workers"', "Valley Growers League", "The Valley Growers League", kind="mixed"),
        O('"A 20-acre family farm does not have a safety department,"', "Valley Growers League", "the league"),
        N('"Our injury claims went down, and our productivity did not,"', "Bettany Kirkwall", "the company's operations director, Bettany Kirkwall"),
        N('"largely prepared"', "Associated Builders of the Interior", "The Associated Builders of the Interior, a trade group", kind="mixed"),
        P('"A rule only works if a worker can use it without losing her job,"', "Catalina Urrutia-Moss", "she"),
    ],
    "told + object ('told lawmakers') then pronoun; double appositive with a relative clause; organisations as literal sources of mixed quotes; 'the league' nominal; 'said in an interview with' after a possessive title; company name with an ampersand; rule title is not a quote",
    negatives=['"Outdoor Heat Illness Prevention Standard,"'],
)

doc(
    "ho:030-culture-bookstore-closing",
    """
Marrick's Books, Kettlewell Square's Oldest Bookstore, Will Close After 71 Years

Marrick's Books, the independent bookstore that has occupied the same corner of Kettlewell Square since 1954, will close at the end of March, its owner said Sunday, blaming a rent increase and a decade of falling sales.

"I kept thinking that if I just held on one more year, things would turn around," said Hannelore Marrick, 68, whose father, Isidore, founded the store. "They didn't. The shelves are full, and the register is empty."

The building's owner, Castleford Property Group, said it had offered the store a five-year lease at a rate "well below market." "We have great affection for Marrick's and wish the family well," the landlord said.

The store became a neighborhood landmark in the 1970s, when it hosted a weekly poetry night in its basement. Its staff-picks table, known to regulars as "the Verdict Shelf," has launched several local authors, and its best-selling title of all time is a local history, "Kettlewell Square: A Century."

Ezra Vandevelde, a retired schoolteacher who has shopped at Marrick's almost every Saturday since 1979, stood outside on Sunday afternoon with a bag of books. "My whole reading life came off those shelves," he said.

A member of the City Council, Priscilla Drummond-Ade, wrote in a letter to the editor of the Kettlewell Chronicle that the city should have done more to protect "the businesses that make a neighborhood worth living in."

Marrick said she had turned down offers from two regional chains to buy the store's name. "A bookstore isn't a logo. It's the people behind the counter," she said.

The Kettlewell Arts Foundation said it would try to find a nonprofit group to open a new bookstore in the neighborhood. "Losing Marrick's would leave a hole in this neighborhood that no chain could fill," the foundation said.
""",
    [
        N('"I kept thinking that if I just held on one more year, things would turn around,"', "Hannelore Marrick", "Hannelore Marrick, 68, whose father, Isidore, founded the store"),
        I('''"They didn't. The shelves are full, and the register is empty."''', "Hannelore Marrick"),
        N('"well below market."', "Castleford Property Group", "The building's owner, Castleford Property Group", kind="mixed"),
        O('''"We have great affection for Marrick's and wish the family well,"''', "Castleford Property Group", "the landlord"),
        P('"My whole reading life came off those shelves,"', "Ezra Vandevelde", "he"),
        N('"the businesses that make a neighborhood worth living in."', "Priscilla Drummond-Ade", "A member of the City Council, Priscilla Drummond-Ade", kind="mixed"),
        P('''"A bookstore isn't a logo. It's the people behind the counter,"''', "Hannelore Marrick", "she"),
        O('"Losing Marrick\'s would leave a hole in this neighborhood that no chain could fill,"', "Kettlewell Arts Foundation", "the foundation"),
    ],
    "curly quotes; appositive containing another name (her father) between the quote and the cue; company as the source of a mixed quote directly followed by 'the landlord' direct quote; 'wrote in a letter to the editor' with a mixed quote; shelf nickname and book title are not quotes; store and owner share a name",
    negatives=['"the Verdict Shelf,"', '"Kettlewell Square: A Century."'],
    style="curly",
)

doc(
    "ho:032-food-bakery-trademark-ruling",
    """
Bakery Wins Court Fight Over the Name of Its Signature Pastry

A small bakery in Fernhill can keep selling its best-known pastry under the name it has used for 12 years, a federal judge ruled Thursday, rejecting a trademark lawsuit brought by a national snack company.

"Golden Sheaf has invested more than $40 million in building the Honey Knots brand over three decades," the complaint said. The suit, filed last year by Golden Sheaf Foods, argued that the bakery's "Honeyknot," a braided pastry glazed with wildflower honey, infringed the trademark for the company's packaged snack cakes, sold as "Honey Knots."

"The plaintiff has not shown that a single customer has ever confused a warm pastry sold across a bakery counter with a shrink-wrapped snack cake sold at a gas station," U.S. District Judge Percival Amsel wrote in his ruling.

The bakery's owner, Concetta Villeneuve, who opened the shop, Comb & Crumb, in a former laundromat in 2013 and still starts baking at 3 a.m. most days, said in a statement that she was "overjoyed and very, very tired."

"We are a bakery with nine employees and one oven. We should not have had to spend two years and $180,000 defending a pastry," the bakery said on Instagram. "Thank you to everyone who bought a Honeyknot to keep us going."

Golden Sheaf said it would consider an appeal. "We respect the court's decision but continue to believe our brand deserves protection," a company spokesman, Roderick Tamm, said.

"Cases like this are common, and most small businesses settle because they can't afford to fight," said Imani Oduwole-Pratt, who teaches intellectual property law at Fernhill Law School. "This bakery didn't settle, and it won."

On Saturday morning, the line outside Comb & Crumb stretched around the block. "I'd have bought them under any name," said Lars Eriksen-Mora, who had driven 40 minutes for a box of six.
""",
    [
        O('"Golden Sheaf has invested more than $40 million in building the Honey Knots brand over three decades,"', "Golden Sheaf Foods", "the complaint"),
        N('"The plaintiff has not shown that a single customer has ever confused a warm pastry sold across a bakery counter with a shrink-wrapped snack cake sold at a gas station,"', "Percival Amsel", "U.S. District Judge Percival Amsel"),
        N('"overjoyed and very, very tired."', "Concetta Villeneuve", "The bakery's owner, Concetta Villeneuve, who opened the shop, Comb & Crumb, in a former laundromat in 2013 and still starts baking at 3 a.m. most days", kind="mixed"),
        O('"We are a bakery with nine employees and one oven. We should not have had to spend two years and $180,000 defending a pastry,"', "Comb & Crumb", "the bakery"),
        I('"Thank you to everyone who bought a Honeyknot to keep us going."', "Comb & Crumb"),
        N('''"We respect the court's decision but continue to believe our brand deserves protection,"''', "Roderick Tamm", "a company spokesman, Roderick Tamm"),
        N('''"Cases like this are common, and most small businesses settle because they can't afford to fight,"''', "Imani Oduwole-Pratt", "Imani Oduwole-Pratt, who teaches intellectual property law at Fernhill Law School"),
        I('''"This bakery didn't settle, and it won."''', "Imani Oduwole-Pratt"),
        N('''"I'd have bought them under any name,"''', "Lars Eriksen-Mora", "Lars Eriksen-Mora, who had driven 40 minutes for a box of six"),
    ],
    "curly quotes; quote opening a paragraph attributed to 'the complaint' (resolved to the company named in the next sentence); product names in quotes are not quotes; very long appositive with a nested business name before a mixed quote; 'the bakery said on Instagram'",
    negatives=['"Honeyknot,"', '"Honey Knots."'],
    style="curly",
)

doc(
    "ho:034-tech-satellite-internet-islands",
    """
Satellite Internet Reaches the Corran Islands, Ending Decades of Dial-Up

Residents of the Corran Islands, a chain of seven inhabited islands about 40 miles off the coast, got high-speed internet for the first time this week through a satellite service that the provincial government helped pay for.

The service is run by Farsight Networks, which is owned by the satellite operator Orbitel Holdings. The parent company announced the launch on Monday. "Connecting these islands has been one of the hardest and most rewarding projects in our history," the company wrote on its website. "We are proud to have finally done it."

"Until this week, we loaded one email at a time and went to make tea while it opened," said Morag Cairnie, who runs the only shop on Inchkeel, the largest island.

The islands' school principal, Fergus Lennie, wrote on Bluesky that students would now be able to join online classes taught on the mainland. "Our students have been doing homework on a connection slower than their grandparents' fax machines. That ends today," Lennie wrote.

The service's delay, known to engineers as "latency," is about 40 milliseconds, low enough for video calls. But some residents worry about the price, with plans starting at $95 a month. Community council chair Effie Gillanders said the cost was "steep for a pensioner on the islands," where many households live on fixed incomes. "We're grateful, but grateful doesn't pay the bill," she said.

The Provincial Communications Commission, which regulates the service, said it would monitor prices. "Access that people cannot afford is not really access," the commission said.

The province paid about $14 million of the project's $22 million cost, including ground stations on three of the islands.
""",
    [
        O('"Connecting these islands has been one of the hardest and most rewarding projects in our history,"', "Orbitel Holdings", "the company"),
        I('"We are proud to have finally done it."', "Orbitel Holdings"),
        N('"Until this week, we loaded one email at a time and went to make tea while it opened,"', "Morag Cairnie", "Morag Cairnie, who runs the only shop on Inchkeel, the largest island"),
        M('''"Our students have been doing homework on a connection slower than their grandparents' fax machines. That ends today,"''', "Fergus Lennie", "Lennie"),
        N('"steep for a pensioner on the islands,"', "Effie Gillanders", "Community council chair Effie Gillanders", kind="mixed"),
        P('''"We're grateful, but grateful doesn't pay the bill,"''', "Effie Gillanders", "she"),
        O('"Access that people cannot afford is not really access,"', "Provincial Communications Commission", "the commission"),
    ],
    "'the company wrote on its website' resolved to the parent company, not the subsidiary named first; 'wrote on Bluesky that' then 'Lennie wrote'; technical term is not a quote; mixed quote with a trailing relative clause; 'the commission' nominal",
    negatives=['"latency,"'],
)


if __name__ == "__main__":
    sys.exit(main())
