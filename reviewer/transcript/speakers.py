"""Who is the rep: matching `--rep NAME` to a speaker, or inferring it from the call."""

from __future__ import annotations

import re
import unicodedata

from reviewer.errors import InputError
from reviewer.transcript.model import Utterance

# Words a seller uses about the offer; prospects use them too, but far less often.
_SELLER_WORDS = frozenset({
    "our", "we", "we'll", "we're", "we've", "we'd", "us", "price", "pricing", "program",
    "investment", "cost", "discount", "package", "plan", "contract", "demo", "onboarding", "trial",
})
_OPENER_WEIGHT = 2.0
_SELLER_WORD_WEIGHT = 0.5
_WORD = re.compile(r"[a-z']+")
# The caller saying who they are and why they call ("Kevin from SwiftLink. I'm calling about...").
_INTRODUCTION = re.compile(r"\b[A-Z][\w'-]+ (?:here )?from (?:the )?[A-Z]|\b(?:I'm|I am) (?:calling|ringing|phoning) (?:about|because|from|regarding)")
_INTRODUCTION_WEIGHT = 3.0


def match_speaker(name: str, speakers: list[str], *, option: str = "--rep") -> str:
    """Case-insensitive; a first name or the start of a full name is enough when only one
    speaker fits, so "dana" finds "Dana Whitfield"."""
    wanted = _fold(name)
    for test in (
        lambda speaker: _fold(speaker) == wanted,
        lambda speaker: _fold(speaker).split()[: len(wanted.split())] == wanted.split(),
        lambda speaker: _fold(speaker).startswith(wanted),
    ):
        found = [speaker for speaker in speakers if test(speaker)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InputError(
                f"{option} {name!r} matches several speakers: {', '.join(found)}. Pass the full name."
            )
    raise InputError(
        f"no speaker named {name!r}; speakers found: {', '.join(speakers)}. Pass {option} with one of them."
    )


def infer_rep(utterances: list[Utterance], metadata: dict[str, str]) -> str:
    """The meeting organizer when the header names one; otherwise the speaker who opens
    the call (all the more if they open by saying who they are: "Kevin from SwiftLink"), asks
    the questions and talks about "our" offer and its price. Ties go to the first speaker, so
    the choice is deterministic."""
    speakers = list(dict.fromkeys(u.speaker for u in utterances))
    organizer = _organizer_speaker(metadata.get("organizer") or metadata.get("host") or "", speakers)
    if organizer:
        return organizer
    scores = dict.fromkeys(speakers, 0.0)
    scores[utterances[0].speaker] += _OPENER_WEIGHT
    if _INTRODUCTION.search(utterances[0].text):
        scores[utterances[0].speaker] += _INTRODUCTION_WEIGHT  # an inbound prospect introduces themselves second
    for utterance in utterances:
        words = _WORD.findall(utterance.text.lower().replace("’", "'"))
        scores[utterance.speaker] += utterance.text.count("?")
        scores[utterance.speaker] += _SELLER_WORD_WEIGHT * sum(word in _SELLER_WORDS for word in words)
    return max(speakers, key=scores.__getitem__)


def _organizer_speaker(organizer: str, speakers: list[str]) -> str | None:
    """Match `marcus@scaleacademy.co` or `Marcus Lee` to the one speaker it names."""
    handle = _fold(organizer.partition("@")[0])
    tokens = [token for token in re.split(r"[^a-z]+", handle) if token]
    if not tokens:
        return None
    found = [speaker for speaker in speakers if _name_matches_handle(speaker, tokens)]
    return found[0] if len(found) == 1 else None


def _name_matches_handle(speaker: str, handle_tokens: list[str]) -> bool:
    names = [name for name in re.split(r"[^a-z]+", _fold(speaker)) if name]
    return bool(names) and (handle_tokens[0] == names[0] or "".join(handle_tokens) == "".join(names))


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, so "jose" finds "José"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).split())
