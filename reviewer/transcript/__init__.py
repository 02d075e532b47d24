"""Read a call transcript in any supported format into one `Transcript`.

Formats: plain text, WebVTT, SRT and JSON exports (AssemblyAI, Fireflies, a plain list).
The format comes from the file extension (.vtt, .srt, .json), otherwise from the content,
so a WebVTT export saved as .txt still reads as WebVTT. Every problem with the input
surfaces as a one-line `InputError`.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from reviewer.errors import InputError, UsageError
from reviewer.transcript.decoding import decode_transcript
from reviewer.transcript.json_export import load_json, parse_json_export
from reviewer.transcript.model import Transcript, Utterance
from reviewer.transcript.plain_text import parse_plain_text
from reviewer.transcript.speakers import infer_rep, match_speaker
from reviewer.transcript.srt import parse_srt
from reviewer.transcript.webvtt_format import parse_webvtt

__all__ = ["FORMATS", "Transcript", "parse_transcript", "read_transcript"]

FORMATS = ("text", "webvtt", "srt", "json")
_FORMAT_BY_EXTENSION = {".vtt": "webvtt", ".webvtt": "webvtt", ".srt": "srt", ".json": "json"}
STDIN_SOURCE = "<stdin>"


def read_transcript(path: str, *, rep: str | None = None, prospects: list[str] | None = None) -> Transcript:
    """Read `path` ("-" for stdin) and number its turns."""
    if path == "-":
        return parse_transcript(sys.stdin.buffer.read(), source=STDIN_SOURCE, rep=rep, prospects=prospects)
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(
            f"no such file: {path}. Check the path, or pass - to read the transcript from stdin."
        ) from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory: pass one transcript file (.txt, .vtt, .srt or .json).") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied. Check the file's permissions.") from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}. Pass a readable transcript file.") from None
    return parse_transcript(
        data, source=path, rep=rep, prospects=prospects, format=_FORMAT_BY_EXTENSION.get(file.suffix.lower())
    )


def parse_transcript(
    data: bytes | str,
    *,
    source: str,
    rep: str | None = None,
    prospects: list[str] | None = None,
    format: str | None = None,
) -> Transcript:
    """Parse transcript content; without `format` it is recognised from the content."""
    if format is not None and format not in FORMATS:
        raise UsageError(f"unknown transcript format {format!r}: use one of {', '.join(FORMATS)}.")
    text = decode_transcript(data, source) if isinstance(data, bytes) else data.lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{source} is empty: pass a transcript with at least two speakers.")
    format = format or _detect_format(text)
    utterances, metadata = _parse(text, format, source)
    speakers = list(dict.fromkeys(u.speaker for u in utterances))
    if not speakers:
        raise InputError(
            f"{source} has no speaker labels: expected lines like 'Dana: Hello' (a timestamp before "
            "the name is fine), or a VTT, SRT or JSON export with speaker names."
        )
    if len(speakers) == 1:
        raise InputError(
            f"{source} has only one speaker ({speakers[0]}): a sales call needs the rep and at least "
            "one prospect; check the speaker labels."
        )
    chosen_rep = match_speaker(rep, speakers) if rep else infer_rep(utterances, metadata)
    return Transcript.build(
        utterances,
        source=source,
        format=format,
        rep=chosen_rep,
        prospects=_prospects(prospects, chosen_rep, speakers),
        rep_inferred=not rep,
        metadata=metadata,
        content_sha256=hashlib.sha256(data if isinstance(data, bytes) else data.encode("utf-8")).hexdigest(),
    )


def _parse(text: str, format: str, source: str) -> tuple[list[Utterance], dict[str, str]]:
    if format == "webvtt":
        return parse_webvtt(text, source), {}
    if format == "srt":
        return parse_srt(text, source), {}
    if format == "json":
        return parse_json_export(load_json(text, source), source)
    return parse_plain_text(text)


def _detect_format(text: str) -> str:
    """Look only at the opening, so a huge input costs nothing extra; `[00:01] Dana:` is
    text, while JSON opens with an object or a list of objects."""
    opening = text.lstrip()
    if opening.startswith("WEBVTT"):
        return "webvtt"
    first_lines = opening[:400].splitlines()[:2]
    if len(first_lines) == 2 and first_lines[0].strip().isdigit() and "-->" in first_lines[1]:
        return "srt"
    if opening.startswith("{") or (opening.startswith("[") and opening[1:].lstrip()[:1] in ("{", "]")):
        return "json"
    return "text"


def _prospects(names: list[str] | None, rep: str, speakers: list[str]) -> list[str] | None:
    if names is None:
        return None
    chosen = [match_speaker(name, speakers, option="--prospect") for name in names]
    if rep in chosen:
        raise InputError(f"{rep} is the rep and cannot also be a prospect: leave them out of the prospects.")
    return list(dict.fromkeys(chosen))

