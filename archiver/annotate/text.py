"""Text helpers shared by the annotators: sentences, name candidates, normalisation.

Everything works on character offsets into the article's clean text, so every
annotation can point back at the exact words it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Abbreviations that end with a period but do not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "cllr",
        "ald",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        # clergy, police and military ranks before a name ("the Rev. Al Greene")
        "rev",
        "fr",
        "det",
        "cpl",
        "adm",
        "supt",
        "atty",
        "st",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "lp",
        "no",
        "vs",
        "v",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "ave",
        "blvd",
        "rd",
        "dept",
        "univ",
        "assn",
        "bros",
        "est",
        "e.g",
        "i.e",
        "etc",
        "approx",
        "fig",
        "calif",
        "conn",
        "fla",
        "ill",
        "mass",
        "mich",
        "minn",
        "penn",
        "tenn",
        "tex",
        "va",
        "wash",
        "wis",
        "ariz",
        "colo",
        "ore",
        "okla",
        "ky",
        "ga",
        "md",
        "nev",
        "n.y",
        "n.j",
        "d.c",
    ]
)
SENTENCE_END = re.compile(
    r"""[.!?…]+["”’')\]]*\s+(?=["“‘'(\[]?[A-Z0-9])|(?<=[^\s.!?…,;:—–-])\n(?=["“‘'(\[]?[A-Z0-9])"""
)
WORD = re.compile(r"[\w’'.-]+")

# A capitalised name: words starting upper-case, allowing inner particles and
# initials ("Barbara Rothstein", "Amazon Web Services", "Friends of Mill Creek",
# "U.S. District Judge Alan Moreau", "O'Neill", "Pemberton-Yu").
NAME = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'&.-]*|[A-Z]\.)"
    r"(?:(?:[ \t]+(?:of|for|de|van|von|der|la|le|del|da|the)(?:[ \t]+the)?(?=[ \t]+[A-Z]))?"
    r"[ \t]+(?:[A-Z][\w’'&.-]*|[A-Z]\.|&))*"
    r"(?:,[ \t]+(?:Inc|LLC|L\.L\.C|LLP|Ltd|Corp|Co|LP|PLC|N\.A)\b\.?)?"
)
# Where one capitalised run holds two names: a sentence end, or a possessive
# ("Apple's App Store" names Apple and the App Store).
NAME_BREAK = re.compile(r"(?:(?<=[a-z0-9])|(?<=[A-Z]{2}))\.[ \t]+(?=[A-Z])|[’']s[ \t]+(?=[A-Z])")
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "president",
        "vice",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "judge",
        "justice",
        "chief",
        "u.s",
        "us",
        "district",
        "circuit",
        "magistrate",
        "superior",
        "court",
        "attorney",
        "general",
        "secretary",
        "minister",
        "chancellor",
        "commissioner",
        "council",
        "councilman",
        "councillor",
        "cllr",
        "ald",
        "councilwoman",
        "member",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "executive",
        "ceo",
        "cfo",
        "coo",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "officer",
        "sheriff",
        "detective",
        "sergeant",
        "lt",
        "lieutenant",
        "captain",
        "capt",
        "col",
        "colonel",
        "gen",
        "general",
        "adm",
        "admiral",
        "coach",
        "rev",
        "reverend",
        "father",
        "sister",
        "pastor",
        "rabbi",
        "superintendent",
        "principal",
        "professor",
        "deputy",
        "assistant",
        "acting",
        "former",
        "state",
        "federal",
        "county",
        "city",
        "the",
        "a",
        "an",
        "prime",
        "king",
        "queen",
        "prince",
        "princess",
        "lord",
        "lady",
        "sir",
        "dame",
        "pope",
        "bishop",
        "meteorologist",
        "economist",
        "analyst",
        "researcher",
        "scientist",
        "lawyer",
        "attorney",
        "teacher",
        "fire",
        "police",
        "manager",
        "coach",
        "nurse",
        "dr.",
        "officer",
        "trooper",
        "agent",
        "ambassador",
        "envoy",
        "delegate",
        "councilmember",
        "councilmembers",
        "councilor",
        "alderman",
        "alderwoman",
    ]
)
CORPORATE = re.compile(
    r"\b(Inc|LLC|L\.L\.C|Corp|Corporation|Co|Company|Ltd|LP|L\.P|PLC|GmbH|AG|SA|N\.A|"
    r"Group|Holdings|Services|Systems|Technologies|Partners|Bank|Foundation|Fund|Trust|"
    r"University|College|Institute|Association|Society|Council|Department|Agency|Authority|"
    r"Commission|Committee|Board|Bureau|Office|Court|Union|Federation|Coalition|Alliance|"
    r"Network|Airlines?|Motors|Energy|Labs?|Media|News|Press|Times|Post|Journal|Tribune|"
    r"Gazette|Hospital|Clinic|Center|Centre|Church|School|Schools|District|Police|"
    r"Party|Club|Team|Records|Studios|Pictures|Store|Stores|Market|Markets|Exchange|"
    r"Administration|Service|Ministry|Congress|Senate|House|Assembly|Legislature|Agency|"
    r"Health|Healthcare|Pharmaceuticals|Therapeutics|Insurance|Industries|Foods|Logistics|"
    r"Solutions|Robotics|Software|Ventures|Capital|Brands|Reports|Review|Magazine|"
    r"Psychiatry|Medicine|Securities|Equities|Productions|Entertainment|Ministries|"
    r"Organization|Organisation|Enterprises|Associates|Communications|Hospitals|Trucks|"
    r"Trucking|Automotive|Manufacturing|Mining|Chemicals|Airways|Railways?|Shipping|"
    r"Properties|Realty|Hotels|Resorts|Brewing|Beverages|Apparel|Pharma|Telecom|"
    r"Wireless)\b\.?"
)
SPEECH_VERBS = (
    "said|says|say|told|tells|wrote|writes|added|adds|asked|asks|argued|argues|explained|"
    "explains|testified|testifies|recalled|recalls|warned|warns|insisted|insists|posted|"
    "posts|tweeted|tweets|noted|notes|stated|states|declared|declares|continued|continues|"
    "replied|replies|responded|responds|acknowledged|acknowledges|admitted|admits|"
    "conceded|concedes|countered|counters|claimed|claims|contended|contends|maintained|"
    "maintains|observed|observes|remarked|remarks|emphasized|emphasizes|stressed|stresses|"
    "predicted|predicts|cautioned|cautions|urged|urges|vowed|vows|promised|promises|"
    "announced|announces|reads|read|shouted|shouts|yelled|whispered|joked|jokes|"
    "concluded|concludes|agreed|agrees|complained|complains|pleaded|pleads|wondered|"
    "wonders|quipped|boasted|conceded|ruled|rules|wrote in|told reporters|"
    "said in a statement|chanted|sang|texted|emailed|messaged|mused|offered|put it|"
    "shot back|fired back|snapped|retorted|interjected|pointed out|went on|recounted|"
    "lamented|scoffed|exclaimed|demanded|objected|protested|grumbled|muttered|murmured|"
    "ordered|screamed|hollered|weighed in|chimed in|piped up|spoke up|summed it up|"
    "repeated|repeats|reiterated|reiterates|reiterating|reported|reports|assured|assures|"
    "ranted|raved|bragged|gushed|griped|fumed|thundered|teased|marveled|marvelled|sighed|"
    "answered|answers|began|interrupted|interrupts|bellowed|roared|cried|barked|boomed|"
    "deadpanned|needled|sniped|jabbed|commented|asserted|asserts|affirmed|affirms|"
    "surmised|reasoned|opined|ventured"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Span]:
    """Paragraphs (separated by blank lines) with their offsets."""
    spans = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        spans.append(Span(match.start(), match.end(), match.group(0)))
    return spans


# a line that links out to another story ("ALSO READ: Dabiri urges ...", "Related
# Articles"): a page's furniture left in the text, whose verbs cue nobody's quote
LINK_LINE = re.compile(
    r"^[ \t]*(?:(?:ALSO READ|READ ALSO|READ MORE|Also read|Read also|Read more|SEE ALSO|"
    r"See also|RELATED|Related|MORE|WATCH|LISTEN)[ \t]*[:|»][^\n]*|(?:Related (?:Articles|"
    r"Stories|Content|Coverage)|RELATED (?:ARTICLES|STORIES|CONTENT)|Read more|READ MORE|"
    # "Story continues below": an advert's place holder, whose verb cues nobody
    r"(?:Story|Article) continues below(?: advertisement)?|This advertisement has not loaded "
    r"yet, but your article continues below\.|Recommended Videos|Advertisement|ADVERTISEMENT|"
    r"Media playback is unsupported on your device|Advertisement - Continue Reading Below)"
    r"[ \t]*)$",
    re.MULTILINE,
)


# "Media captionLord Justice Leveson: ...": a caption's label run into its text
CAPTION_LABEL = re.compile(r"^[ \t]*(?:Media|Image|Video) caption(?=[A-Z])", re.MULTILINE)


def without_link_lines(text: str) -> str:
    """``text`` with its link-out lines and caption labels blanked, so every offset
    stays the same."""
    text = CAPTION_LABEL.sub(lambda label: " " * len(label.group(0)), text)
    return LINK_LINE.sub(lambda line: " " * len(line.group(0)), text)


INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def ends_sentence(word: str) -> bool:
    """Whether a period after ``word`` may end a sentence: not after a known
    abbreviation ("Gov.") or initials ("J.", "J.B.")."""
    word = word.lower()
    return word not in ABBREVIATIONS and INITIALS.fullmatch(word) is None


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]``, split at end punctuation followed by a capital,
    except after known abbreviations and single initials."""
    return list(_sentences(text, start, len(text) if end is None else end))


# Each annotator splits the whole article: split it once (str caches its own hash, so
# the key costs nothing after the first call).
@lru_cache(maxsize=4)
def _sentences(text: str, start: int, end: int) -> tuple[Span, ...]:
    found: list[Span] = []
    for para in paragraphs(text[start:end]):
        p_start, p_end = start + para.start, start + para.end
        begin = p_start
        for match in SENTENCE_END.finditer(text, p_start, p_end):
            # a line break after a line with no end punctuation (a heading, a dateline)
            # always ends the sentence; a period may follow an abbreviation
            at_period = match.group(0)[0] != "\n"
            if at_period and not ends_sentence(_word_before(text, begin, match.start() + 1)):
                continue
            stop = match.end()
            found.append(Span(begin, stop, text[begin:stop].rstrip()))
            begin = stop
        if begin < p_end:
            found.append(Span(begin, p_end, text[begin:p_end]))
    return tuple(found)


LAST_WORD = re.compile(r"\S*\Z")


def _word_before(text: str, begin: int, end: int) -> str:
    """The last word of ``text[begin:end]`` without its periods ("Gov" in "... Gov.")."""
    window = max(begin, end - 80)  # a word is shorter; the search runs to ``end``
    match = LAST_WORD.search(text, window, end)
    word = match.group(0) if match else ""
    if match and match.start() == window and window > begin:
        word = text[begin:end].rsplit(None, 1)[-1]  # longer than the window after all
    return word.rstrip(".")


PERSON_TITLES = frozenset(
    [
        "judge",
        "justice",
        "mayor",
        "senator",
        "sen",
        "governor",
        "gov",
        "president",
        "dr",
        "mr",
        "mrs",
        "ms",
        "rep",
        "representative",
        "secretary",
        "commissioner",
        "sheriff",
        "coach",
        "councilwoman",
        "councilman",
        "councillor",
        "cllr",
        "ald",
        "alderman",
        "alderwoman",
        "councilmember",
        "chancellor",
        "superintendent",
        "captain",
        "capt",
        "detective",
        "sergeant",
        "sgt",
        "lieutenant",
        "lt",
        "officer",
        "chief",
        "trooper",
        "ambassador",
        "rev",
        "reverend",
        "pastor",
        "rabbi",
        "father",
        "sister",
        "professor",
        "prof",
        # "Assistant District Attorney Naomi Kerr", "County Clerk Walter Benning"
        "attorney",
        "clerk",
        # "House Speaker Joan Whitlow", "Majority Leader Ruth Okafor"
        "speaker",
        "leader",
        # "Deputy Foreign Minister Sergey Ryabkov", "Prime Minister Ana Lund"
        "minister",
        # jobs written before a name: "Republican National Committee Chairman Reince
        # Priebus", "Campaign Manager Robby Mook", "CEO Tim Cook"
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "founder",
        "manager",
        "adviser",
        "advisor",
        "strategist",
        "economist",
    ]
)


# "Council Member Charles Allen", "Board Member Ann Fox": a member of a body
MEMBER_OF = frozenset("council board assembly committee commission".split())  # noqa: SIM905


def _title_word(words: list[str], i: int) -> bool:
    word = words[i].rstrip(".,").lower()
    if word == "member":
        return i > 0 and words[i - 1].lower() in MEMBER_OF
    return word in PERSON_TITLES


def person_title_split(name: str) -> tuple[str, str] | None:
    """'Superior Court Judge Helena Marsh' -> ('Superior Court Judge', 'Helena Marsh')."""
    words = name.split()
    for i in range(len(words) - 2, -1, -1):
        if _title_word(words, i) and words[i + 1] == "of":
            # "Secretary of State Mike Pompeo", "Secretary of Homeland Security Kirstjen
            # Nielsen": the office runs on to the first name
            first = next(
                (j for j in range(i + 2, len(words) - 1) if known_first_name(words[j])), None
            )
            if first is not None:
                return " ".join(words[:first]), " ".join(words[first:])
        if _title_word(words, i) and words[i + 1][:1].isupper():
            if looks_corporate(" ".join(words[i + 1 :])):
                return None  # "Justice Department", "Sheriff's Office": a body's name
            if words[i + 1].lower() == "general" and i + 2 < len(words):
                i += 1  # "Attorney General Monica Velez": "General" belongs to the title
            return " ".join(words[: i + 1]), " ".join(words[i + 1 :])
    return None


def strip_titles(name: str) -> str:
    """'U.S. District Judge Barbara Rothstein' -> 'Barbara Rothstein'. Organisation names
    ('U.S. District Court for the District of Oregon') are left alone."""
    split = person_title_split(name)
    if split:
        return split[1].strip(" ,")
    if looks_corporate(name):
        return name.strip(" ,")
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".,").lower() in TITLES:
        words = words[1:]
    if not words[0][:1].isupper():
        return name.strip(" ,")
    return " ".join(words).strip(" ,")


@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """Case-folded name without possessive, punctuation or leading article."""
    name = re.sub(r"[’']s$", "", name.strip())
    name = re.sub(r"[^\w\s&-]", "", name).lower()
    return re.sub(r"^(the|a|an)\s+", "", " ".join(name.split()))


@lru_cache(maxsize=4096)
def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def looks_corporate(name: str) -> bool:
    """Corporate words, or an ampersand ("Lang & Ochoa", "Harrow & Lyle")."""
    return bool(CORPORATE.search(name)) or " & " in name


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TRAILING_DAY = re.compile(rf"(?<=\w)\s+(?:{'|'.join(WEEKDAYS)})$")
# "R-Rockingham", "D-Calif.": a party and a place after a lawmaker's name, no name itself
PARTY_TAG_WORD = re.compile(r"[RDI]-[A-Z][\w.]*")


def names_in(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Capitalised name candidates in ``text[start:end]`` (sentence-initial words that
    are ordinary words are left for the caller to judge)."""
    end = len(text) if end is None else end
    found = []
    for match in NAME.finditer(text, start, end):
        for offset, piece in _pieces(match.group(0), match.start()):
            value = piece.rstrip(".,’'&").rstrip()
            if value.endswith((" Inc", " Co", " Corp", " Ltd")) and piece.rstrip().endswith("."):
                value += "."
            value = re.sub(r"[’']s$", "", value)
            value = TRAILING_DAY.sub("", value)  # "Chuck Schumer Tuesday night accused"
            if value and not PARTY_TAG_WORD.fullmatch(value):
                found.append(Span(offset, offset + len(value), value))
    return found


ACRONYM = re.compile(r"[A-Z]{2,5}")
CORPORATE_ENDS = frozenset("inc corp ltd llc".split())  # noqa: SIM905


def _pieces(run: str, offset: int) -> list[tuple[int, str]]:
    """Split a capitalised run at sentence ends (not after initials or abbreviations)
    and after possessives."""
    pieces = []
    begin = 0
    for brk in NAME_BREAK.finditer(run):
        word = (
            run[begin : brk.start()].rsplit(None, 1)[-1].lower() if run[begin : brk.start()] else ""
        )
        if brk.group(0).startswith(".") and not ends_sentence(word) and word not in CORPORATE_ENDS:
            continue  # "Gov. Ann Lee", "J. Smith" (but "Citigroup Inc. Rakoff criticized")
        if not brk.group(0).startswith(".") and _institution(run[brk.end() :]):
            continue  # "St. Luke's Hospital" is one name
        keep = 2 if brk.group(0)[0] != "." else 1 if word in CORPORATE_ENDS else 0
        pieces.append((offset + begin, run[begin : brk.start() + keep]))
        begin = brk.end()
    pieces.append((offset + begin, run[begin:]))
    return [
        part
        for o, p in pieces
        if p.strip()
        for piece in _person_of_org(o, p)
        for named in _acronym_before_person(*piece)
        for part in _person_after_body(*named)
    ]


def _acronym_before_person(offset: int, piece: str) -> list[tuple[int, str]]:
    """ "Ambassador to the UN Nikki Haley": an acronym run into a personal name is two
    names, the body and the person."""
    words = piece.split()
    if len(words) < 3 or not ACRONYM.fullmatch(words[0]) or not known_first_name(words[1]):
        return [(offset, piece)]
    rest = piece.index(words[1], len(words[0]))
    return [(offset, words[0]), (offset + rest, piece[rest:])]


# Words that end the name of a body, so a personal name run on after one is someone
# else's ("the Bo-Kaap Civic Organisation Osman Shaboodien", "Labour Party Jeremy Corbyn")
BODY_ENDS = frozenset(
    """Organisation Organization Association Union Council Party Foundation Society
    Federation Institute Commission Committee League Congress Movement Forum Alliance
    Coalition""".split()  # noqa: SIM905
)


def _person_after_body(offset: int, piece: str) -> list[tuple[int, str]]:
    """A body's name run into a personal name is two names, the body and the person."""
    words = piece.split()
    for i in range(1, len(words) - 1):
        person = words[i:]
        if words[i - 1] in BODY_ENDS and known_first_name(words[i]) and len(person) <= 3:
            rest = " ".join(person)
            if looks_corporate(rest) or not all(w[:1].isupper() for w in person):
                return [(offset, piece)]
            at = piece.rindex(rest)
            return [(offset, piece[:at].rstrip()), (offset + at, piece[at:])]
    return [(offset, piece)]


# Words that name an institution after a possessive ("St. Brigid's Medical Center",
# "the Jasper County Sheriff's Office").
INSTITUTION_WORDS = frozenset(
    """Hospital Medical Center Centre Church Cathedral School College University Academy
    Clinic Health Home Homes Office Department""".split()  # noqa: SIM905
)


def _institution(rest: str) -> bool:
    words = rest.split()
    return bool(words) and all(w.strip(".,") in INSTITUTION_WORDS for w in words)


PERSON_OF = re.compile(r"[ \t]+(?:of|for|at)(?:[ \t]+the)?[ \t]+(?=[A-Z])")


def _person_of_org(offset: int, piece: str) -> list[tuple[int, str]]:
    """'Dr. Haruto Ishikawa of the Coastal Seismic Network' and 'Curtis Obi of Langford
    Partners' name a person and an organisation; 'Friends of the Earth' stays one name."""
    match = PERSON_OF.search(piece)
    if match is None:
        return [(offset, piece)]
    left = piece[: match.start()]
    if not (person_title_split(left) or _personal_name_at(left.split()) is not None):
        return [(offset, piece)]
    if looks_corporate(left):
        return [(offset, piece)]  # "John Jay College of Criminal Justice"
    return [(offset, left), (offset + match.end(), piece[match.end() :])]


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """gender-guesser's first names (lower case), each with the answer its detector
    gives ("male", "mostly_female", "andy"...). The detector keeps every name's figures
    per country, about 20 MB that each crawl worker would share; only the overall answer
    is ever asked, so it is worked out once per name and the detector dropped."""
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    return {name: detector.get_gender(name) for name in detector.names}


def name_gender(word: str) -> str:
    """gender-guesser's answer for a first name: "unknown" when it is not one."""
    return first_names().get(word.lower(), "unknown")


@lru_cache(maxsize=8192)
def known_first_name(word: str) -> bool:
    return name_gender(word) != "unknown"


def _personal_name_at(words: list[str]) -> int | None:
    """Where a first name followed by a capitalised surname starts in ``words``
    ("County Clerk Walter Benning" -> 2), or None."""
    for i, word in enumerate(words[:-1]):
        if i and words[i - 1] in PLACE_PREFIXES:
            continue  # "New York City", "South Dakota Jones": "York" is no first name here
        if word[:1].isupper() and words[i + 1][:1].isupper() and known_first_name(word):
            if i == 1 and _part_of_name(words[0], word):
                return None
            return i
    return None


def _part_of_name(before: str, first: str) -> bool:
    """ "Zaw Min Tun", "Aung San Suu Kyi": a short word with no period before a name
    given to either sex is the name's own first part, not a descriptor ("Gov.", "Rep.")."""
    return name_gender(first) == "andy" and len(before) <= 4 and not before.endswith(".")


# words that open place names, so the next word is part of the place
PLACE_PREFIXES = frozenset(
    "New North South East West Fort Port San Santa Saint St. Mount Lake Los Las".split()  # noqa: SIM905
)


def personal_name(name: str) -> tuple[str, str]:
    """A person's name without the descriptors a capitalised run puts before it:
    'Republican Jack Sorensen' -> ('Republican', 'Jack Sorensen'). Names whose first word
    is itself a first name, and one-word names, are left whole."""
    words = name.split()
    at = _personal_name_at(words)
    if not at:
        return "", name
    return " ".join(words[:at]), " ".join(words[at:])
