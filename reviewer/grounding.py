"""Checks that every finding points at a real turn, quotes it verbatim and cites a known principle.

The LLM engine uses it to retry and then drop what is still ungrounded; the eval scorers use
it to measure the share of verbatim quotes. An ungrounded quote never reaches the user.
"""

from __future__ import annotations

import re

from reviewer.principles import is_known
from reviewer.schema import Judgement
from reviewer.transcript.model import Transcript

_SPACE = re.compile(r"\s+")
_EDGE = " \t\n\"'“”‘’«».…"


def normalise(text: str) -> str:
    """Contract: quotes are compared with whitespace and case aside."""
    return _SPACE.sub(" ", text).strip().casefold()


def quote_in_turn(quote: str | None, transcript: Transcript, turn: int | None) -> bool:
    if not quote or turn is None or not 1 <= turn <= len(transcript.turns):
        return False
    needle = normalise(quote).strip(_EDGE)
    return bool(needle) and needle in normalise(transcript.turn(turn).text)


def _turn_problem(transcript: Transcript, turn: int | None, role: str) -> str | None:
    if turn is None or not 1 <= turn <= len(transcript.turns):
        return f"turn {turn} does not exist (the call has turns 1-{len(transcript.turns)})"
    actual = transcript.turn(turn).role
    if role == "rep" and actual != "rep":
        return f"turn {turn} is not a rep turn"
    if role == "prospect" and actual == "rep":
        return f"turn {turn} is a rep turn, not the prospect's"
    return None


def _finding_problems(transcript, turn, quote, principle, role) -> list[str]:
    problems = []
    turn_problem = _turn_problem(transcript, turn, role)
    if turn_problem:
        problems.append(turn_problem)
    elif not quote_in_turn(quote, transcript, turn):
        problems.append(f"quote {quote!r} is not verbatim in turn {turn}")
    if principle is not None and not is_known(principle):
        problems.append(f"principle {principle!r} is not in the catalogue")
    return problems


def grounding_errors(judgement: Judgement, transcript: Transcript) -> list[str]:
    """Every problem, one line each, worded so a model can fix it on a retry."""
    errors = []
    for i, moment in enumerate(judgement.reset_moments):
        for problem in _finding_problems(transcript, moment.turn, moment.quote, moment.principle, "prospect"):
            errors.append(f"reset_moments[{i}]: {problem}")
    for i, item in enumerate(judgement.pressure_vs_curiosity.evidence):
        for problem in _finding_problems(transcript, item.turn, item.quote, item.principle, "rep"):
            errors.append(f"pressure_vs_curiosity.evidence[{i}]: {problem}")
    commitment = judgement.next_commitment
    if commitment.turn is not None or commitment.quote is not None:
        for problem in _finding_problems(transcript, commitment.turn, commitment.quote, None, "prospect"):
            errors.append(f"next_commitment: {problem}")
    for i, point in enumerate(judgement.coaching_points):
        if not is_known(point.principle):
            errors.append(f"coaching_points[{i}]: principle {point.principle!r} is not in the catalogue")
        for turn in point.turns:
            if not 1 <= turn <= len(transcript.turns):
                errors.append(f"coaching_points[{i}]: turn {turn} does not exist")
    return errors


def drop_ungrounded(judgement: Judgement, transcript: Transcript) -> tuple[Judgement, int]:
    """Remove what is still ungrounded; return the cleaned judgement and how much went."""
    dropped = 0
    moments = []
    for moment in judgement.reset_moments:
        if _finding_problems(transcript, moment.turn, moment.quote, moment.principle, "prospect"):
            dropped += 1
        else:
            moments.append(moment)
    evidence = []
    for item in judgement.pressure_vs_curiosity.evidence:
        if _finding_problems(transcript, item.turn, item.quote, item.principle, "rep"):
            dropped += 1
        else:
            evidence.append(item)
    commitment = judgement.next_commitment
    if (commitment.turn is not None or commitment.quote is not None) and _finding_problems(
        transcript, commitment.turn, commitment.quote, None, "prospect"
    ):
        dropped += 1
        commitment = commitment.model_copy(update={"turn": None, "quote": None})
    points = []
    for point in judgement.coaching_points:
        turns = [t for t in point.turns if 1 <= t <= len(transcript.turns)]
        if not is_known(point.principle):
            dropped += 1
        else:
            points.append(point.model_copy(update={"turns": turns}))
    cleaned = judgement.model_copy(
        update={
            "reset_moments": moments,
            "pressure_vs_curiosity": judgement.pressure_vs_curiosity.model_copy(update={"evidence": evidence}),
            "next_commitment": commitment,
            "coaching_points": points,
        }
    )
    return cleaned, dropped
