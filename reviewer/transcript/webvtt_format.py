"""WebVTT exports: Teams-style `<v Name>` voice spans and Zoom-style `Name:` prefixes.

Voices are read from each cue's raw text rather than webvtt-py's `voice`, which only sees the
first span: Teams merges quick exchanges into one cue with a span per speaker.
"""

from __future__ import annotations

import html
import io
import re

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

from reviewer.errors import InputError
from reviewer.transcript.model import Utterance
from reviewer.transcript.speaker_prefix import normalize_name, split_speaker_prefix

_VOICE_TAG = re.compile(r"v(?:\.[\w-]+)*\s+(.+)", re.DOTALL)


def parse_webvtt(text: str, source: str) -> list[Utterance]:
    try:
        captions = webvtt.from_buffer(io.StringIO(text)).captions
    except (MalformedFileError, MalformedCaptionError) as error:
        raise InputError(
            f"{source} is not valid WebVTT ({one_line(error)}): it must start with 'WEBVTT' and each cue "
            "needs a 'start --> end' line; export the call again or save it as .txt."
        ) from error
    check_every_cue_read(captions, text, source)
    return utterances_from_captions(captions)


def check_every_cue_read(captions, text: str, source: str) -> None:
    """webvtt-py skips a cue whose timing it cannot read; a silently lost cue would shift
    every later turn number, so it is an error here."""
    if not captions:
        raise InputError(f"{source} has no cues with a 'start --> end' timing line: export the call again.")
    timing_lines = sum("-->" in line for line in text.splitlines())
    if len(captions) < timing_lines:
        raise InputError(
            f"{source}: {timing_lines - len(captions)} of {timing_lines} cues could not be read; "
            "fix their 'start --> end' timing lines or export the call again."
        )


def one_line(error: Exception) -> str:
    """webvtt-py's messages may span lines; ours are one line."""
    return " ".join(str(error).split())


def utterances_from_captions(captions) -> list[Utterance]:
    """Speakers come from voice spans, else from `Name:` prefixes; a cue or line with
    neither continues the speaker before it. Text before the first speaker is dropped."""
    utterances: list[Utterance] = []
    for caption in captions:
        start = caption.start_time.in_milliseconds() / 1000
        for speaker, text in _cue_segments(caption.raw_text):
            text = " ".join(html.unescape(text).split())
            if speaker is None and utterances:
                speaker = utterances[-1].speaker
            if speaker is None or not text:
                continue
            if utterances and utterances[-1].speaker == speaker and utterances[-1].start == start:
                utterances[-1].text = f"{utterances[-1].text} {text}"
            else:
                utterances.append(Utterance(speaker=speaker, text=text, start=start))
    return utterances


def _cue_segments(raw_text: str) -> list[tuple[str | None, str]]:
    """Split a cue into (speaker or None, text) pieces, by voice span or line prefix."""
    segments: list[tuple[str | None, list[str]]] = [(None, [])]
    has_voice = False
    for piece, is_tag in _cue_tokens(raw_text):
        voice = _VOICE_TAG.match(piece.strip()) if is_tag else None
        if voice:
            has_voice = True
            segments.append((normalize_name(voice.group(1)), []))
        elif not is_tag:
            segments[-1][1].append(piece)
    if has_voice:
        return [(speaker, "".join(parts)) for speaker, parts in segments]
    return _prefixed_lines("".join(segments[0][1]))


def _prefixed_lines(text: str) -> list[tuple[str | None, str]]:
    pieces: list[tuple[str | None, str]] = []
    for line in text.splitlines():
        prefix = split_speaker_prefix(line.strip())
        pieces.append(prefix if prefix else (None, line))
    return pieces


def _cue_tokens(raw_text: str):
    """Yield (text, False) and (tag content, True) in one linear scan; a `<` with no
    closing `>` is text."""
    position = 0
    while True:
        opening = raw_text.find("<", position)
        closing = raw_text.find(">", opening + 1) if opening >= 0 else -1
        if closing < 0:
            break
        yield raw_text[position:opening], False
        yield raw_text[opening + 1:closing], True
        position = closing + 1
    yield raw_text[position:], False
