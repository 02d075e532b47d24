"""Plain text rules from contract section 1, the encodings text files arrive in, and
inputs built to make a careless regex hang."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reviewer.errors import InputError
from reviewer.transcript import parse_transcript, read_transcript

EXTERNAL_CALLS = Path("/work/shared/external-calls")  # real Fireflies exports, kept outside the repo
needs_external_calls = pytest.mark.skipif(not EXTERNAL_CALLS.is_dir(), reason="external calls not present")
FORMATS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


def turns_of(text: str):
    transcript = parse_transcript(text, source="call.txt", format="text")
    return [(turn.speaker, turn.text, turn.start) for turn in transcript.turns]


@pytest.mark.parametrize(
    ("stamp", "seconds"),
    [("[00:01:23]", 83), ("00:01:23", 83), ("(1:23)", 83), ("[01:23 - 01:30]", 83), ("[1:02:03.5]", 3723.5)],
)
def test_timestamp_styles(stamp, seconds):
    assert turns_of(f"{stamp} Dana: Hi there.\n{stamp} Lee: Hello.\n") == [
        ("Dana", "Hi there.", seconds), ("Lee", "Hello.", seconds),
    ]


def test_continuation_lines_blank_lines_and_same_speaker_merge():
    text = "Dana: First line\nstill Dana here.\n\n\nDana: Another utterance.\nLee: Okay.\n"
    transcript = parse_transcript(text, source="call.txt")
    assert [(t.number, t.speaker, t.text) for t in transcript.turns] == [
        (1, "Dana", "First line still Dana here. Another utterance."),
        (2, "Lee", "Okay."),
    ]
    assert len(transcript.turns[0].utterances) == 2


def test_colon_inside_speech_is_not_a_speaker():
    text = (
        "Dana: Here is the plan.\n"
        "So here's the thing: it pays for itself.\n"
        "Okay. Based on what you told me, the price: six thousand.\n"
        "10:30 works for me as well.\n"
        "Lee: Fine. See https://example.com for details.\n"
    )
    assert [speaker for speaker, _, _ in turns_of(text)] == ["Dana", "Lee"]
    assert turns_of(text)[0][1].endswith("10:30 works for me as well.")


@pytest.mark.parametrize(
    "name", ["José Ortega", "Mary-Jane O'Neil", "Maria de la Cruz", "Speaker 1", "SPEAKER_00", "dana"]
)
def test_speaker_names(name):
    assert turns_of(f"{name}: Hello.\nLee: Hi.\n")[0][0] == name


def test_untimed_header_with_known_keys_and_a_title_line():
    text = "Quarterly check-in\nMeeting: Renewal\nDate: 2026-01-05\n\nDana: Hi Lee.\nLee: Hi.\n"
    transcript = parse_transcript(text, source="call.txt")
    assert transcript.speakers == ["Dana", "Lee"]
    assert transcript.metadata == {"title": "Quarterly check-in", "meeting": "Renewal", "date": "2026-01-05"}


def test_timed_transcript_keeps_untimed_header_lines_out_of_the_speakers():
    text = "Acme Sync: weekly\nHost Notes: none\n[00:00] Dana: Hi.\n[00:04] Lee: Hello.\n"
    transcript = parse_transcript(text, source="call.txt")
    assert transcript.speakers == ["Dana", "Lee"]
    assert transcript.metadata == {"acme sync": "weekly", "host notes": "none"}


@needs_external_calls
def test_fireflies_export_header_and_turns():
    transcript = read_transcript(str(EXTERNAL_CALLS / "ff-101.txt"))
    assert transcript.speakers == ["Marcus Lee", "Jordan Hayes"]
    assert transcript.metadata["date"] == "2026-10-01"
    assert transcript.metadata["duration"] == "46 min"
    assert transcript.metadata["organizer"] == "marcus@scaleacademy.co"
    assert len(transcript.turns) == 19
    based_on = next(t for t in transcript.turns if t.text.startswith("Okay. Based on"))
    assert (based_on.number, based_on.speaker, based_on.start) == (9, "Marcus Lee", 760.0)


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        lambda text: text.encode("utf-16-le"),
        lambda text: text.encode("utf-16-be"),
        lambda text: text.encode("latin-1"),
        lambda text: text.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-no-bom", "utf16be-no-bom", "latin1", "cp1252"],
)
def test_encodings(encode):
    text = "[00:00] José Ortega: Ça va? Très bien.\n[00:05] Dana Whitfield: Great to hear.\n"
    transcript = parse_transcript(encode(text), source="call.txt")
    assert transcript.speakers == ["José Ortega", "Dana Whitfield"]
    assert transcript.turn(1).text == "Ça va? Très bien."


def test_windows_smart_quotes_decode():
    data = "Dana: It\u2019s \u201cdone\u201d.\nLee: Good.\n".encode("cp1252")
    assert parse_transcript(data, source="call.txt").turn(1).text == "It\u2019s \u201cdone\u201d."


def test_encoded_fixtures_keep_the_accented_name():
    for name in ("call-utf16.txt", "call-latin1.txt"):
        assert "José Ortega" in read_transcript(str(FORMATS_DIR / name)).speakers


FIVE_MB = 5_000_000


@pytest.mark.parametrize(
    "line",
    ["a" * FIVE_MB, ":" * FIVE_MB, "[" * FIVE_MB, "(" * FIVE_MB, "1:" * (FIVE_MB // 2),
     "Dana " * (FIVE_MB // 5) + ": hi", "[00:01] " * (FIVE_MB // 8), "<" * FIVE_MB],
    ids=["letters", "colons", "brackets", "parens", "digit-colons", "long-name", "stamps", "angles"],
)
def test_a_five_megabyte_line_without_speakers_is_refused_not_hung(line):
    with pytest.raises(InputError, match="no speaker labels"):
        parse_transcript(line, source="big.txt")


def test_a_five_megabyte_utterance_is_read():
    transcript = parse_transcript("Dana: " + "word " * (FIVE_MB // 5) + "\nLee: Okay.", source="big.txt")
    assert transcript.turn(1).words == FIVE_MB // 5
    assert transcript.turn(2).text == "Okay."


def test_a_five_megabyte_vtt_cue_is_read():
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>" + "<" * FIVE_MB
        + "\n\n00:00:02.000 --> 00:00:03.000\n<v Lee>Hi\n"
    )
    assert parse_transcript(vtt, source="big.vtt").speakers == ["Dana", "Lee"]
