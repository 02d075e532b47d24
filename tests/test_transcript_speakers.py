"""Choosing the rep: by name from --rep, or inferred from the call."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.errors import InputError
from reviewer.transcript import parse_transcript, read_transcript

EXTERNAL_CALLS = Path("/work/shared/external-calls")  # real Fireflies exports, kept outside the repo
needs_external_calls = pytest.mark.skipif(not EXTERNAL_CALLS.is_dir(), reason="external calls not present")
FORMATS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
EXTERNAL_REPS = {
    "ff-101.txt": "Marcus Lee", "ff-102.txt": "Marcus Lee", "ff-103.txt": "Dev Patel",
    "ff-104.txt": "Dev Patel", "ff-105.txt": "Ana Ruiz", "ff-106.txt": "Ana Ruiz",
}


@pytest.mark.parametrize("name", sorted(EXTERNAL_REPS))
@needs_external_calls
def test_rep_is_inferred_on_the_external_calls(name):
    transcript = read_transcript(str(EXTERNAL_CALLS / name))
    assert (transcript.rep, transcript.rep_inferred) == (EXTERNAL_REPS[name], True)


@pytest.mark.parametrize("name", sorted(EXTERNAL_REPS))
@needs_external_calls
def test_rep_is_inferred_from_the_conversation_when_there_is_no_header(name):
    lines = (EXTERNAL_CALLS / name).read_text(encoding="utf-8").splitlines()
    without_header = "\n".join(line for line in lines if line.startswith("["))
    assert parse_transcript(without_header, source=name).rep == EXTERNAL_REPS[name]


@needs_external_calls
def test_external_call_with_two_prospects():
    transcript = read_transcript(str(EXTERNAL_CALLS / "ff-106.txt"))
    assert transcript.prospects == ["Olivia Brooks", "Mark Brooks"]
    assert {turn.role for turn in transcript.turns if turn.speaker == "Mark Brooks"} == {"prospect"}


@pytest.mark.parametrize("given", ["Dana Whitfield", "dana whitfield", "dana", "DANA", "Dana W", "dana whit"])
def test_rep_matches_by_case_first_name_or_prefix(given):
    transcript = read_transcript(str(FORMATS_DIR / "call.txt"), rep=given)
    assert (transcript.rep, transcript.rep_inferred) == ("Dana Whitfield", False)
    assert transcript.prospects == ["José Ortega"]


def test_rep_matching_ignores_accents():
    transcript = read_transcript(str(FORMATS_DIR / "call.txt"), rep="jose")
    assert transcript.rep == "José Ortega"
    assert transcript.turn(1).role == "prospect"


@needs_external_calls
def test_unknown_rep_lists_the_speakers():
    with pytest.raises(InputError) as error:
        read_transcript(str(EXTERNAL_CALLS / "ff-106.txt"), rep="Sam")
    assert str(error.value) == (
        "no speaker named 'Sam'; speakers found: Ana Ruiz, Olivia Brooks, Mark Brooks. "
        "Pass --rep with one of them."
    )


def test_ambiguous_rep_asks_for_the_full_name():
    text = "Mark Lee: Hi.\nMark Brooks: Hello.\nAnn: Hey.\n"
    with pytest.raises(InputError, match="matches several speakers: Mark Lee, Mark Brooks. Pass the full name."):
        parse_transcript(text, source="call.txt", rep="mark")
    assert parse_transcript(text, source="call.txt", rep="mark b").rep == "Mark Brooks"


@needs_external_calls
def test_given_prospects_make_everyone_else_other():
    transcript = read_transcript(str(EXTERNAL_CALLS / "ff-106.txt"), rep="ana", prospects=["olivia"])
    assert transcript.prospects == ["Olivia Brooks"]
    assert transcript.role_of("Mark Brooks") == "other"


@needs_external_calls
def test_unknown_prospect_and_rep_as_prospect_are_refused():
    path = str(EXTERNAL_CALLS / "ff-106.txt")
    with pytest.raises(InputError, match="no speaker named 'Zed'.*Pass --prospect"):
        read_transcript(path, rep="Ana Ruiz", prospects=["Zed"])
    with pytest.raises(InputError, match="Ana Ruiz is the rep"):
        read_transcript(path, rep="Ana Ruiz", prospects=["Ana"])


def test_organizer_email_decides_even_when_the_prospect_opens():
    text = (
        "Organizer: lee.park@vendor.io\n"
        "[00:00] Dana: What are we paying for, and why our team?\n"
        "[00:05] Lee Park: Good question.\n"
    )
    assert parse_transcript(text, source="call.txt").rep == "Lee Park"


def test_without_cues_the_choice_is_deterministic():
    text = "Ann: Hello.\nBo: Hello.\nAnn: Right.\nBo: Right.\n"
    assert {parse_transcript(text, source="call.txt").rep for _ in range(3)} == {"Ann"}


@pytest.mark.parametrize(
    ("opening", "rep"),
    [
        ("Halima, good morning! Kevin from SwiftLink Business. I'm calling about the fibre offer.", "Kevin"),
        ("Halima, good morning! About the fibre offer.", "Halima"),
    ],
)
def test_a_caller_who_opens_by_saying_who_they_are_is_the_rep(opening, rep):
    # Halima asks more of the questions and says "we"; only Kevin's introduction tells him apart.
    transcript = parse_transcript(
        f"Kevin: {opening}\n"
        "Halima: Which offer? We already have internet.\n"
        "Kevin: You are on the old wireless link, and it is slow.\n"
        "Halima: Which competitors? And what do we do about the old link?\n",
        source="call.txt",
    )
    assert transcript.rep == rep


def test_an_inbound_prospect_introducing_themselves_second_does_not_become_the_rep():
    transcript = parse_transcript(
        "Kevin: Medline West, this is Kevin.\n"
        "Lorraine: Hi Kevin, it's Lorraine from Harbour Physio. Do you have the tables in stock?\n"
        "Kevin: We've got the three-section model in stock.\n"
        "Lorraine: Lovely. And do you deliver?\n",
        source="call.txt",
    )
    assert transcript.rep == "Kevin"
