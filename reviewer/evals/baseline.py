"""Compare a run with an earlier one: what moved per metric, and which cases broke."""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.evals.evaluate import Results
from reviewer.evals.metrics import RATE_METRICS

COMPARED = (*RATE_METRICS, "dropped_findings", "prompt_tokens", "completion_tokens", "cost_usd")


@dataclass(frozen=True)
class MetricChange:
    metric: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass(frozen=True)
class CaseChange:
    case_id: str
    checks: tuple[str, ...]


@dataclass
class BaselineDiff:
    changes: list[MetricChange]
    regressions: list[CaseChange]  # a check that was right and is now wrong
    fixes: list[CaseChange]  # a check that was wrong and is now right
    new_cases: list[str]
    dropped_cases: list[str]

    def to_json(self) -> dict:
        return {
            "metrics": {c.metric: {"before": c.before, "after": c.after, "delta": c.delta} for c in self.changes},
            "regressions": {c.case_id: list(c.checks) for c in self.regressions},
            "fixes": {c.case_id: list(c.checks) for c in self.fixes},
            "new_cases": self.new_cases,
            "dropped_cases": self.dropped_cases,
        }


def compare(before: Results, after: Results) -> BaselineDiff:
    """Cases are paired by id; stale cases have no verdict and pair with nothing."""
    old = {score.case_id: score.checks() for score in before.scores}
    new = {score.case_id: score.checks() for score in after.scores}
    regressions, fixes = [], []
    for case_id in sorted(old.keys() & new.keys()):
        shared = old[case_id].keys() & new[case_id].keys()
        broke = tuple(name for name in new[case_id] if name in shared and old[case_id][name] and not new[case_id][name])
        fixed = tuple(name for name in new[case_id] if name in shared and not old[case_id][name] and new[case_id][name])
        if broke:
            regressions.append(CaseChange(case_id, broke))
        if fixed:
            fixes.append(CaseChange(case_id, fixed))
    return BaselineDiff(
        changes=[MetricChange(m, getattr(before.metrics, m), getattr(after.metrics, m)) for m in COMPARED],
        regressions=regressions,
        fixes=fixes,
        new_cases=sorted(new.keys() - old.keys()),
        dropped_cases=sorted(old.keys() - new.keys()),
    )
