"""From a run log to a verdict: score every case, aggregate, hold the metrics to the bar."""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.evals.metrics import Metrics, aggregate, by_tag
from reviewer.evals.runlog import RunLog
from reviewer.evals.scoring import CaseScore, score_case
from reviewer.evals.thresholds import EvalConfig, Failure, check

EXIT_PASS = 0
EXIT_BELOW_THRESHOLD = 1
EXIT_STALE = 3  # 2 is every ReviewerError about bad input or options


@dataclass
class Results:
    scores: list[CaseScore]
    metrics: Metrics
    tags: dict[str, Metrics]
    thresholds: dict[str, float]
    failures: list[Failure]
    stale: list[str]

    @property
    def exit_code(self) -> int:
        """Stale cassettes first: until they are re-recorded the scores describe an old prompt."""
        if self.stale:
            return EXIT_STALE
        return EXIT_BELOW_THRESHOLD if self.failures else EXIT_PASS

    def to_json(self) -> dict:
        return {
            "exit_code": self.exit_code,
            "metrics": self.metrics.model_dump(),
            "tags": {tag: metrics.model_dump() for tag, metrics in self.tags.items()},
            "thresholds": self.thresholds,
            "failures": [failure.message() for failure in self.failures],
            "stale": self.stale,
            "scores": [score.model_dump() for score in self.scores],
        }


def evaluate(run: RunLog, config: EvalConfig) -> Results:
    """Stale cases have no answer to score, so they are left out of every metric."""
    scores = [
        score_case(case_run.case, case_run.critique, case_run.transcript)
        for case_run in run.cases
        if case_run.outcome != "stale"
    ]
    metrics = aggregate(scores, config.prices)
    thresholds = config.thresholds_for(run.engine)
    return Results(
        scores=scores,
        metrics=metrics,
        tags=by_tag(scores, config.prices),
        thresholds=thresholds,
        failures=check(metrics, thresholds),
        stale=run.stale_cases,
    )
