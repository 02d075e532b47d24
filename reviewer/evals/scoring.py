"""Scorers: pure functions from (critique, gold case, transcript) to a case's scores.

Nothing here calls an engine, so a saved run can be re-scored after a scorer changes.
Matching follows the contract: reset moments pair one-to-one, nearest turn first, when the
turns differ by at most 1 and the status agrees; a commitment turn may be off by 2.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from reviewer.evals.cases import Case
from reviewer.grounding import quote_in_turn
from reviewer.schema import Critique
from reviewer.transcript.model import Transcript

RESET_TOLERANCE = 1
COMMITMENT_TOLERANCE = 2

class MomentMatch(BaseModel):
    """How one status's predicted reset turns lined up with the gold ones."""

    matched: list[tuple[int, int]] = Field(default_factory=list, description="(predicted, gold) pairs.")
    false_positives: list[int] = Field(default_factory=list)
    false_negatives: list[int] = Field(default_factory=list)
    ignored: list[int] = Field(default_factory=list, description="Predictions next to an ignore_turn.")

    @property
    def right(self) -> bool:
        return not self.false_positives and not self.false_negatives


class Check(BaseModel):
    expected: str
    predicted: str | None
    correct: bool


class CaseScore(BaseModel):
    case_id: str
    tags: list[str]
    outcome: Literal["scored", "error"] = Field(description="error: the engine gave no usable critique.")
    missed: MomentMatch
    handled: MomentMatch
    stance: Check
    commitment: Check
    fallback: Check | None = Field(None, description="Only when the case labels fallback_offered.")
    quotes: int = 0
    verbatim_quotes: int = 0
    dropped_findings: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    response_model: str | None = None

    def checks(self) -> dict[str, bool]:
        """Each check that applies to this case and whether it came out right."""
        results = {
            "missed resets": self.missed.right,
            "handled resets": self.handled.right,
            "stance": self.stance.correct,
            "commitment": self.commitment.correct,
        }
        if self.fallback is not None:
            results["fallback"] = self.fallback.correct
        return results

    def wrong_checks(self) -> list[str]:
        return [name for name, right in self.checks().items() if not right]


def match_moments(predicted: list[int], gold: list[int], ignore_turns: list[int]) -> MomentMatch:
    """One-to-one, nearest first; a leftover prediction within 1 of an ignored turn counts neither way."""
    pairs = sorted(
        (abs(p - g), p, g, i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if abs(p - g) <= RESET_TOLERANCE
    )
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    result = MomentMatch()
    for _, p, g, i, j in pairs:
        if i not in used_predicted and j not in used_gold:
            used_predicted.add(i)
            used_gold.add(j)
            result.matched.append((p, g))
    for i, p in enumerate(predicted):
        if i in used_predicted:
            continue
        if any(abs(p - t) <= RESET_TOLERANCE for t in ignore_turns):
            result.ignored.append(p)
        else:
            result.false_positives.append(p)
    result.false_negatives = [g for j, g in enumerate(gold) if j not in used_gold]
    result.matched.sort()
    return result


def _commitment_text(secured: bool, turn: int | None) -> str:
    return f"secured at turn {turn}" if secured and turn is not None else "secured" if secured else "not secured"


def _quotes(critique: Critique) -> list[tuple[str, int | None]]:
    quoted = [(m.quote, m.turn) for m in critique.reset_moments]
    quoted += [(e.quote, e.turn) for e in critique.pressure_vs_curiosity.evidence]
    if critique.next_commitment.quote is not None:
        quoted.append((critique.next_commitment.quote, critique.next_commitment.turn))
    return quoted


def score_case(case: Case, critique: Critique | None, transcript: Transcript) -> CaseScore:
    """Score one case; `critique=None` (the engine gave nothing usable) scores as finding nothing."""
    gold = case.expect
    found = critique.reset_moments if critique else []
    missed = match_moments(
        [m.turn for m in found if m.status == "missed"], gold.missed_resets, case.ignore_turns
    )
    handled = match_moments(
        [m.turn for m in found if m.status == "handled"], gold.handled_resets, case.ignore_turns
    )

    stance = Check(
        expected=gold.stance,
        predicted=critique.pressure_vs_curiosity.stance if critique else None,
        correct=critique is not None and critique.pressure_vs_curiosity.stance == gold.stance,
    )

    label = gold.commitment
    predicted = critique.next_commitment if critique else None
    commitment_correct = (
        predicted is not None
        and predicted.secured == label.secured
        and (
            not label.secured
            or label.turn is None
            or (predicted.turn is not None and abs(predicted.turn - label.turn) <= COMMITMENT_TOLERANCE)
        )
    )
    commitment = Check(
        expected=_commitment_text(label.secured, label.turn),
        predicted=_commitment_text(predicted.secured, predicted.turn) if predicted else None,
        correct=commitment_correct,
    )
    fallback = None
    if label.fallback_offered is not None:
        fallback = Check(
            expected=str(label.fallback_offered).lower(),
            predicted=str(predicted.fallback_offered).lower() if predicted else None,
            correct=predicted is not None and predicted.fallback_offered == label.fallback_offered,
        )

    quoted = _quotes(critique) if critique else []
    usage = critique.usage if critique else None
    return CaseScore(
        case_id=case.id,
        tags=case.tags,
        outcome="scored" if critique else "error",
        missed=missed,
        handled=handled,
        stance=stance,
        commitment=commitment,
        fallback=fallback,
        quotes=len(quoted),
        verbatim_quotes=sum(quote_in_turn(q, transcript, t) for q, t in quoted),
        dropped_findings=critique.dropped_findings if critique else 0,
        prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0,
        response_model=critique.engine.model if critique else None,
    )
