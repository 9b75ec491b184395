"""Who says a quoted fragment, from a real parse of its sentence (the packaged model)."""

import pytest

from archiver.annotate.syntax import fragment_speaker, may_report


def speaker_of(sentence: str, fragment: str) -> str | None:
    start = sentence.index(fragment)
    found = fragment_speaker(sentence, start, start + len(fragment))
    return found[0] if found else None


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        # a participle hangs from the main verb, whose subject speaks
        (
            "Coach Rina Malik gave her players a talk on Tuesday, telling them to "
            '"trust each other" before the final.',
            '"trust each other"',
            "Coach Rina Malik",
        ),
        # the subject of the reporting verb, not of the clause it reports
        (
            'Ambassador Teo Lindqvist has said that Norland has the "will and the means" '
            "to end the dispute.",
            '"will and the means"',
            "Ambassador Teo Lindqvist",
        ),
        # an appositive is left out of the subject
        (
            "Mara Quell, the head of the growers' union, noted there should be "
            '"no shame" in asking for help.',
            '"no shame"',
            "Mara Quell",
        ),
        # inflected words, matched by their forms (no lemmatizer is loaded)
        (
            'Company spokesmen have repeatedly described the merger as "a gamble" for it.',
            '"a gamble"',
            "Company spokesmen",
        ),
        ('Agencies criticized the plan as "reckless" on Monday.', '"reckless"', "Agencies"),
        (
            'The witnesses testified that the car was "going too fast" when it hit a wall.',
            '"going too fast"',
            "The witnesses",
        ),
    ],
)
def test_the_reporting_verbs_subject_says_the_fragment(sentence, fragment, speaker):
    assert speaker_of(sentence, fragment) == speaker


def test_a_fragment_under_no_reporting_verb_has_no_speaker():
    sentence = (
        "The measured flow is far higher than what would come from "
        '"surface-driven" processes alone.'
    )
    assert speaker_of(sentence, '"surface-driven"') is None


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        # to speak about something is not to report words
        ('Parents spoke about the "terrible" food at the school.', '"terrible"'),
        # findings say nothing: not a noun for people or bodies
        ('The findings dubbed the policy "a failure" in every district.', '"a failure"'),
    ],
)
def test_no_speaker_without_a_reporting_verb_and_a_subject_that_can_speak(sentence, fragment):
    assert speaker_of(sentence, fragment) is None


def test_a_sentence_with_no_reporting_verb_is_not_worth_a_parse():
    assert may_report("The mayor quipped that the bridge was late")
    assert may_report("Officials have denied it")
    assert not may_report("The bridge opened in May and traffic doubled")
