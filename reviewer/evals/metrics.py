"""Aggregate case scores into the suite's metrics, overall and per tag (contract section 6).

Counts are pooled across cases (micro-averaged), so a case with many reset moments weighs
more than one with none. A metric with nothing to measure is None and shown as "n/a",
never 0 or 1 by convention.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pydantic import BaseModel

from reviewer.evals.scoring import CaseScore, MomentMatch

# Threshold key -> label, in the order the report lists them. All are "higher is better".
RATE_METRICS: dict[str, str] = {
    "missed_reset_precision": "missed resets: precision",
    "missed_reset_recall": "missed resets: recall",
    "missed_reset_f1": "missed resets: F1",
    "handled_reset_precision": "handled resets: precision",
    "handled_reset_recall": "handled resets: recall",
    "handled_reset_f1": "handled resets: F1",
    "stance_accuracy": "stance accuracy",
    "commitment_accuracy": "commitment accuracy",
    "fallback_accuracy": "fallback accuracy (labelled cases)",
    "verbatim_quote_share": "verbatim quote share",
    "parse_rate": "responses parsed into the schema",
}

# USD per million tokens (input, output), list prices; extend or override in
# [tool.reviewer.eval.prices]. A model not listed gets no cost rather than a guess.
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
}

_SNAPSHOT_DATE = re.compile(r"-\d{4}-\d{2}-\d{2}$")


class Metrics(BaseModel):
    cases: int
    missed_reset_precision: float | None
    missed_reset_recall: float | None
    missed_reset_f1: float | None
    handled_reset_precision: float | None
    handled_reset_recall: float | None
    handled_reset_f1: float | None
    stance_accuracy: float | None
    commitment_accuracy: float | None
    fallback_accuracy: float | None
    verbatim_quote_share: float | None
    parse_rate: float | None
    dropped_findings: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None

    def rate(self, key: str) -> float | None:
        return getattr(self, key)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _detection(matches: list[MomentMatch]) -> tuple[float | None, float | None, float | None]:
    tp = sum(len(m.matched) for m in matches)
    fp = sum(len(m.false_positives) for m in matches)
    fn = sum(len(m.false_negatives) for m in matches)
    return _ratio(tp, tp + fp), _ratio(tp, tp + fn), _ratio(2 * tp, 2 * tp + fp + fn)


def price_of(model: str | None, prices: dict[str, tuple[float, float]]) -> tuple[float, float] | None:
    """Exact name first, then without a dated snapshot suffix (gpt-4.1-mini-2025-04-14)."""
    if model is None:
        return None
    return prices.get(model) or prices.get(_SNAPSHOT_DATE.sub("", model))


def cost_of(scores: list[CaseScore], prices: dict[str, tuple[float, float]]) -> float | None:
    total = 0.0
    for score in scores:
        if not (score.prompt_tokens or score.completion_tokens):
            continue
        price = price_of(score.response_model, prices)
        if price is None:
            return None
        total += (score.prompt_tokens * price[0] + score.completion_tokens * price[1]) / 1_000_000
    return round(total, 6)


def aggregate(scores: list[CaseScore], prices: dict[str, tuple[float, float]]) -> Metrics:
    missed_p, missed_r, missed_f1 = _detection([s.missed for s in scores])
    handled_p, handled_r, handled_f1 = _detection([s.handled for s in scores])
    fallbacks = [s.fallback for s in scores if s.fallback is not None]
    return Metrics(
        cases=len(scores),
        missed_reset_precision=missed_p,
        missed_reset_recall=missed_r,
        missed_reset_f1=missed_f1,
        handled_reset_precision=handled_p,
        handled_reset_recall=handled_r,
        handled_reset_f1=handled_f1,
        stance_accuracy=_ratio(sum(s.stance.correct for s in scores), len(scores)),
        commitment_accuracy=_ratio(sum(s.commitment.correct for s in scores), len(scores)),
        fallback_accuracy=_ratio(sum(f.correct for f in fallbacks), len(fallbacks)),
        verbatim_quote_share=_ratio(sum(s.verbatim_quotes for s in scores), sum(s.quotes for s in scores)),
        parse_rate=_ratio(sum(s.outcome == "scored" for s in scores), len(scores)),
        dropped_findings=sum(s.dropped_findings for s in scores),
        prompt_tokens=sum(s.prompt_tokens for s in scores),
        completion_tokens=sum(s.completion_tokens for s in scores),
        cost_usd=cost_of(scores, prices),
    )


def by_tag(scores: list[CaseScore], prices: dict[str, tuple[float, float]]) -> dict[str, Metrics]:
    tagged: dict[str, list[CaseScore]] = defaultdict(list)
    for score in scores:
        for tag in dict.fromkeys(score.tags):
            tagged[tag].append(score)
    return {tag: aggregate(tagged[tag], prices) for tag in sorted(tagged)}
