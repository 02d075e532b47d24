"""SubRip (.srt) exports, where the speaker is a `Name:` prefix in the cue text."""

from __future__ import annotations

import io

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

from reviewer.errors import InputError
from reviewer.transcript.model import Utterance
from reviewer.transcript.webvtt_format import check_every_cue_read, one_line, utterances_from_captions


def parse_srt(text: str, source: str) -> list[Utterance]:
    try:
        captions = webvtt.from_buffer(io.StringIO(text), format="srt").captions
    except (MalformedFileError, MalformedCaptionError) as error:
        raise InputError(
            f"{source} is not valid SRT ({one_line(error)}): each cue needs a number, a "
            "'00:00:01,000 --> 00:00:04,000' line and its text; export the call again or save it as .txt."
        ) from error
    check_every_cue_read(captions, text, source)
    return utterances_from_captions(captions)
