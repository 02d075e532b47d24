"""Every supported format reads as the same call, numbered into the same turns."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from reviewer.transcript import parse_transcript, read_transcript

FORMATS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
REFERENCE = FORMATS_DIR / "call.txt"
FIXTURES = {
    "call.txt": "text",
    "call-fireflies.txt": "text",
    "call-utf16.txt": "text",
    "call-latin1.txt": "text",
    "call-teams.vtt": "webvtt",
    "call-zoom.vtt": "webvtt",
    "call.srt": "srt",
    "call-assemblyai.json": "json",
    "call-fireflies.json": "json",
    "call-plain.json": "json",
}
DANA, JOSE = "Dana Whitfield", "José Ortega"


def turn_outline(transcript):
    return [(turn.number, turn.speaker, turn.role, turn.text) for turn in transcript.turns]


def test_every_fixture_in_the_folder_is_covered():
    assert sorted(path.name for path in FORMATS_DIR.iterdir()) == sorted(FIXTURES)


def test_reference_call_turns():
    transcript = read_transcript(str(REFERENCE))
    assert transcript.speakers == [DANA, JOSE]
    assert len(transcript.turns) == 15
    assert [turn.speaker for turn in transcript.turns] == [DANA, JOSE] * 7 + [DANA]
    # The untimed line after turn 5 continues Dana's utterance instead of starting a turn.
    assert transcript.turn(5).text.endswith("plus the angry calls. Routewise re-plans the day on its own "
                                            "when a job runs long and texts each customer a new arrival window.")
    assert transcript.turn(10).text.startswith("Honestly, I need to think about it.")
    assert transcript.turn(14).text == "Thursday at ten works. I'll bring Carla."


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_each_format_gives_the_same_turns(name):
    transcript = read_transcript(str(FORMATS_DIR / name))
    assert transcript.format == FIXTURES[name]
    assert transcript.source == str(FORMATS_DIR / name)
    assert turn_outline(transcript) == turn_outline(read_transcript(str(REFERENCE)))
    assert (transcript.rep, transcript.prospects, transcript.rep_inferred) == (DANA, [JOSE], True)


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_format_is_recognised_from_content_alone(name):
    transcript = parse_transcript((FORMATS_DIR / name).read_bytes(), source="<stdin>")
    assert transcript.format == FIXTURES[name]
    assert turn_outline(transcript) == turn_outline(read_transcript(str(REFERENCE)))


def test_stdin_is_read_with_a_dash(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO((FORMATS_DIR / "call-teams.vtt").read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    transcript = read_transcript("-", rep="dana")
    assert transcript.source == "<stdin>"
    assert transcript.format == "webvtt"
    assert (transcript.rep, transcript.rep_inferred) == (DANA, False)
    assert len(transcript.turns) == 15


def test_teams_cue_with_two_voices_gives_two_turns_at_the_cue_time():
    transcript = read_transcript(str(FORMATS_DIR / "call-teams.vtt"))
    question, answer = transcript.turn(8), transcript.turn(9)
    assert (question.speaker, question.text) == (JOSE, "Is that billed annually?")
    assert (answer.speaker, answer.text) == (DANA, "Monthly or annual, your choice.")
    assert question.start == answer.start == 68.0


def test_voice_tags_with_classes_entities_and_inline_markup():
    vtt = (
        "WEBVTT\n\n00:00:01.500 --> 00:00:04.000\n<v.loud Dana Whitfield>Hi &amp; <i>welcome</i></v>\n\n"
        "00:00:04.000 --> 00:00:06.000\n<v Lee Park>Thanks, <c.yellow>Dana</c>.</v> <v Dana Whitfield>Great.</v>\n"
    )
    transcript = parse_transcript(vtt, source="teams.vtt", format="webvtt")
    assert turn_outline(transcript) == [
        (1, "Dana Whitfield", "rep", "Hi & welcome"),
        (2, "Lee Park", "prospect", "Thanks, Dana."),
        (3, "Dana Whitfield", "rep", "Great."),
    ]
    assert transcript.turn(1).start == 1.5


def test_zoom_cue_without_prefix_continues_the_previous_speaker():
    transcript = read_transcript(str(FORMATS_DIR / "call-zoom.vtt"))
    fifth = transcript.turn(5)
    assert fifth.speaker == DANA
    assert [u.start for u in fifth.utterances] == [35.0, 44.0]


def test_fireflies_header_block_becomes_metadata():
    transcript = read_transcript(str(FORMATS_DIR / "call-fireflies.txt"))
    assert transcript.metadata == {
        "meeting": "Routewise intro — José Ortega <> Dana Whitfield",
        "date": "2026-03-12",
        "duration": "2 min",
        "organizer": "dana@routewise.io",
        "participants": "dana@routewise.io, jose@ortegaheating.com",
    }
    assert transcript.turn(1).speaker == DANA


def test_fireflies_json_metadata_and_times():
    transcript = read_transcript(str(FORMATS_DIR / "call-fireflies.json"))
    assert transcript.metadata["organizer"] == "dana@routewise.io"
    assert transcript.metadata["title"].startswith("Routewise intro")
    assert [turn.start for turn in transcript.turns][:3] == [0.0, 9.0, 17.0]


def test_assemblyai_milliseconds_become_seconds():
    transcript = read_transcript(str(FORMATS_DIR / "call-assemblyai.json"))
    assert transcript.turn(15).start == 117.0


def test_plain_json_list():
    data = '[{"speaker": "Ann", "text": "Hello", "start": 1.5}, {"speaker": "Bo", "text": "Hi"}]'
    transcript = parse_transcript(data, source="call.json")
    assert [(t.speaker, t.text, t.start) for t in transcript.turns] == [("Ann", "Hello", 1.5), ("Bo", "Hi", None)]


def test_a_vtt_export_saved_as_txt_is_still_read_as_webvtt(tmp_path):
    path = tmp_path / "call.txt"
    path.write_bytes((FORMATS_DIR / "call-zoom.vtt").read_bytes())
    transcript = read_transcript(str(path))
    assert transcript.format == "webvtt"
    assert turn_outline(transcript) == turn_outline(read_transcript(str(REFERENCE)))
