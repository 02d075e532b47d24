"""Bad input gives one `InputError` line that says what to do next, never a traceback."""

from __future__ import annotations

import pytest

from reviewer.errors import InputError, UsageError
from reviewer.transcript import parse_transcript, read_transcript

TWO_SPEAKERS = "Dana: Hi.\nLee: Hello.\n"


def read_error(path) -> str:
    with pytest.raises(InputError) as error:
        read_transcript(str(path))
    message = str(error.value)
    assert "\n" not in message
    return message


def parse_error(data, **options) -> str:
    with pytest.raises(InputError) as error:
        parse_transcript(data, **options)
    message = str(error.value)
    assert "\n" not in message
    return message


def test_missing_file(tmp_path):
    message = read_error(tmp_path / "nope.txt")
    assert message == (
        f"no such file: {tmp_path / 'nope.txt'}. Check the path, or pass - to read the transcript from stdin."
    )


def test_directory(tmp_path):
    assert read_error(tmp_path) == f"{tmp_path} is a directory: pass one transcript file (.txt, .vtt, .srt or .json)."


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n", "\ufeff\n".encode("utf-8"), "\n".encode("utf-16")])
def test_empty_file(tmp_path, content):
    path = tmp_path / "call.txt"
    path.write_bytes(content)
    assert read_error(path) == f"{path} is empty: pass a transcript with at least two speakers."


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64],
    ids=["png", "docx"],
)
def test_binary_file(tmp_path, content):
    path = tmp_path / "call.txt"
    path.write_bytes(content)
    assert "looks like a binary file, not a transcript: export the call as text" in read_error(path)


def test_text_without_speakers():
    message = parse_error("We talked about pricing.\nThen we hung up.\n", source="notes.txt")
    assert message.startswith("notes.txt has no speaker labels: expected lines like 'Dana: Hello'")


def test_single_speaker():
    message = parse_error("Dana: Hi.\nDana: Anyone there?\n", source="call.txt")
    assert message == (
        "call.txt has only one speaker (Dana): a sales call needs the rep and at least one "
        "prospect; check the speaker labels."
    )


@pytest.mark.parametrize(
    ("vtt", "expected"),
    [
        ("Dana: Hi.\nLee: Hello.\n", "is not valid WebVTT (Invalid format): it must start with 'WEBVTT'"),
        ("WEBVTT\n\njust some words\n", "has no cues with a 'start --> end' timing line"),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: Hi.\n\n00:00:0x.000 --> 00:00:03.000\nLee: Hello.\n",
            "1 of 2 cues could not be read; fix their 'start --> end' timing lines",
        ),
    ],
    ids=["no-header", "no-cues", "bad-timing"],
)
def test_broken_vtt(tmp_path, vtt, expected):
    path = tmp_path / "call.vtt"
    path.write_text(vtt, encoding="utf-8")
    assert expected in read_error(path)


def test_broken_srt(tmp_path):
    path = tmp_path / "call.srt"
    path.write_text("Dana: Hi.\nLee: Hello.\n", encoding="utf-8")
    assert "is not valid SRT (Invalid format): each cue needs a number" in read_error(path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"utterances": [', "is not valid JSON (Expecting value: line 1 column 17 (char 16)): fix the file"),
        ('{"words": []}', 'is JSON but not a transcript export: expected AssemblyAI {"utterances": [...]}'),
        ('"Dana: Hi"', "is JSON but not a transcript export"),
        ('{"utterances": [{"speaker": "A"}]}', "entry 0 has no 'speaker' and 'text'"),
        ('{"sentences": [{"text": "Hi", "start_time": 1}]}', "entry 0 has no 'speaker_name' and 'text'"),
        ('["Dana: Hi", "Lee: Hello"]', "entry 0 has no 'speaker' and 'text'"),
    ],
    ids=["invalid", "wrong-keys", "string", "no-text", "no-speaker-name", "list-of-strings"],
)
def test_json_of_the_wrong_shape(tmp_path, content, expected):
    path = tmp_path / "call.json"
    path.write_text(content, encoding="utf-8")
    assert expected in read_error(path)


def test_deeply_nested_json_is_an_input_error_not_a_crash():
    assert "is not valid JSON" in parse_error("[" * 100_000, source="call.json", format="json")


def test_unknown_format_name_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown transcript format 'docx': use one of text, webvtt, srt, json."):
        parse_transcript(TWO_SPEAKERS, source="call.txt", format="docx")
