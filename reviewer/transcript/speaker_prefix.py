"""The `Name: text` convention shared by plain text, Zoom WebVTT and SRT.

A speaker prefix is a short name (at most four words) and a colon at the start of a line.
The name check rejects sentence openings such as "So here's the thing:" so that a colon
inside speech does not invent a speaker.
"""

from __future__ import annotations

import re

MAX_NAME_WORDS = 4

# Bounded, so a multi-megabyte line costs at most a few dozen steps here.
_PREFIX = re.compile(r"([^:\n]{1,60}):(?:\s|$)")

# Lower-case particles that belong inside names ("Maria de la Cruz", "Jan van Dijk").
_NAME_PARTICLES = frozenset({
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le", "van", "von", "y",
})

_NAME_PUNCTUATION = frozenset(" .'’-_()&@+")


def normalize_name(name: str) -> str:
    return " ".join(name.split())


def looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not name[0].isalnum():
        return False
    if any(not (char.isalnum() or char in _NAME_PUNCTUATION) for char in name):
        return False
    if len(words) == 1:
        return True
    return not any(word[0].islower() and word not in _NAME_PARTICLES for word in words)


def split_speaker_prefix(line: str) -> tuple[str, str] | None:
    """Return (speaker, text) when the line opens with a speaker prefix, else None."""
    match = _PREFIX.match(line)
    if match is None:
        return None
    name = normalize_name(match.group(1))
    if not name or not looks_like_name(name):
        return None
    return name, line[match.end():].strip()
