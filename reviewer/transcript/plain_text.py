"""Plain text transcripts: `Speaker: text` lines, optionally timestamped, after an optional
export header (contract section 1).

The header is told apart from speech by shape, not by position alone: when most speaker
lines carry a timestamp, untimed lines before the first utterance are metadata (this is how
`Date: 2026-10-01 · Duration: 46 min` stays out of the speaker list); otherwise well-known
header keys (`Meeting`, `Date`, `Organizer`, ...) and lines without a speaker are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.transcript.model import Utterance
from reviewer.transcript.speaker_prefix import split_speaker_prefix

HEADER_KEYS = frozenset({
    "attendees", "date", "duration", "host", "location", "meeting", "organiser", "organizer",
    "participants", "recorded", "subject", "time", "title", "topic",
})

# Every quantifier is bounded, so no line, however long, can make these backtrack.
_TIME = r"\d{1,3}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?"
_RANGE = rf"{_TIME}(?:\s{{0,3}}[-–—]\s{{0,3}}{_TIME})?"
_BRACKETED_STAMP = re.compile(rf"(?:\[\s{{0,3}}{_RANGE}\s{{0,3}}\]|\(\s{{0,3}}{_RANGE}\s{{0,3}}\))\s{{0,20}}")
_BARE_STAMP = re.compile(rf"{_RANGE}\s{{1,20}}")
_FIRST_TIME = re.compile(_TIME)
# Fields of one header line, as in `Organizer: a@b.co · Participants: a@b.co, c@d.com`.
_HEADER_FIELD_SEPARATOR = re.compile(r"\s[·•]\s")


@dataclass
class _Line:
    text: str  # the line without its timestamp
    start: float | None
    speaker: str | None
    speech: str  # the text after the speaker prefix, or the whole text


def parse_plain_text(text: str) -> tuple[list[Utterance], dict[str, str]]:
    """Return the utterances and the export's header fields."""
    lines = [_parse_line(raw.strip()) for raw in text.splitlines() if raw.strip()]
    timed = _mostly_timed([line for line in lines if line.speaker])

    metadata: dict[str, str] = {}
    utterances: list[Utterance] = []
    for line in lines:
        if _opens_utterance(line, timed=timed, in_header=not utterances):
            utterances.append(Utterance(speaker=line.speaker, text=line.speech, start=line.start))
        elif utterances:
            last = utterances[-1]
            last.text = f"{last.text} {line.text}".strip()
        else:
            _read_header_line(line.text, metadata)
    return [u for u in utterances if u.text], metadata


def _mostly_timed(speaker_lines: list[_Line]) -> bool:
    """Counted from the first timed line on, so a long header cannot outvote the call."""
    first_timed = next((i for i, line in enumerate(speaker_lines) if line.start is not None), None)
    if first_timed is None:
        return False
    call = speaker_lines[first_timed:]
    return sum(line.start is not None for line in call) * 2 > len(call)


def _parse_line(line: str) -> _Line:
    start = None
    stamp = _BRACKETED_STAMP.match(line)
    if stamp is None:
        bare = _BARE_STAMP.match(line)
        # A bare time only counts before a speaker: "10:30 works for me" is speech.
        if bare is not None and split_speaker_prefix(line[bare.end():]):
            stamp = bare
    if stamp is not None:
        start = _seconds(_FIRST_TIME.search(stamp.group(0)).group(0))
        line = line[stamp.end():]
    prefix = split_speaker_prefix(line)
    if prefix is None:
        return _Line(text=line, start=start, speaker=None, speech=line)
    speaker, speech = prefix
    return _Line(text=line, start=start, speaker=speaker, speech=speech)


def _opens_utterance(line: _Line, *, timed: bool, in_header: bool) -> bool:
    if line.speaker is None:
        return False
    if timed:
        return line.start is not None
    return not (in_header and _is_header_line(line))


def _is_header_line(line: _Line) -> bool:
    return line.speaker.lower() in HEADER_KEYS or bool(_HEADER_FIELD_SEPARATOR.search(line.text))


def _read_header_line(line: str, metadata: dict[str, str]) -> None:
    for field in _HEADER_FIELD_SEPARATOR.split(line):
        key, colon, value = field.partition(":")
        key = key.strip()
        if colon and value.strip() and 0 < len(key.split()) <= 4:
            metadata.setdefault(key.lower(), value.strip())
        else:
            metadata.setdefault("title", field.strip())


def _seconds(stamp: str) -> float:
    clock, _, fraction = stamp.replace(",", ".").partition(".")
    seconds = 0
    for part in clock.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds + (float(f"0.{fraction}") if fraction else 0.0)
