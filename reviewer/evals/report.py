"""What a person reads after a run: the metrics against the bar, per tag, the cases that went
wrong, stale cassettes with the command that fixes them, and the change from a baseline.

Scores replayed from hand-written cassettes are labelled "synthetic responses" wherever
they appear: they show the harness works, not how good any model is.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table

from reviewer.evals.baseline import BaselineDiff
from reviewer.evals.evaluate import Results
from reviewer.evals.metrics import RATE_METRICS, Metrics
from reviewer.evals.runlog import RunLog
from reviewer.evals.scoring import CaseScore, MomentMatch

SYNTHETIC_LABEL = "synthetic responses"
# Tags shown in the terminal; beyond these a rate covers too few cases to read.
MAX_TAG_ROWS = 25
TAG_COLUMNS = {
    "missed_reset_f1": "missed",
    "handled_reset_f1": "handled",
    "stance_accuracy": "stance",
    "commitment_accuracy": "commit",
    "fallback_accuracy": "fallback",
    "verbatim_quote_share": "quotes",
}


def rerecord_command(run: RunLog, case_ids: list[str]) -> str:
    """Names the cases only when not every case of the suite needs recording."""
    words = ["reviewer", "eval", "--engine", "openai", "--record", "--suite", run.suite]
    if run.cassettes and Path(run.cassettes) != Path(run.suite).parent / "cassettes":
        words += ["--cassettes", run.cassettes]
    if len(case_ids) < len(list(Path(run.suite).glob("*.yaml"))):
        for case_id in case_ids:
            words += ["--case", case_id]
    return shlex.join(words)


def fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _moments(label: str, match: MomentMatch) -> list[str]:
    parts = []
    if match.false_positives:
        parts.append(f"{label} flagged at turn {', '.join(map(str, match.false_positives))} but not labelled")
    if match.false_negatives:
        parts.append(f"{label} labelled at turn {', '.join(map(str, match.false_negatives))} not found")
    return parts


def describe_wrong(score: CaseScore) -> list[str]:
    """One phrase per wrong check, with what was expected and what came back."""
    parts = [*_moments("missed reset", score.missed), *_moments("handled reset", score.handled)]
    for name, check in (("stance", score.stance), ("commitment", score.commitment), ("fallback", score.fallback)):
        if check is not None and not check.correct:
            parts.append(f"{name}: expected {check.expected}, got {check.predicted or 'nothing'}")
    return parts


def provenance(run: RunLog) -> str:
    """Where the answers came from, including the model that answered, as its responses say."""
    parts = [{"offline": "engine offline", "replay": "engine openai, replaying cassettes",
              "record": "engine openai, recording live"}[run.mode]]
    if run.model:
        parts.append(f"requested model {run.model}")
    if run.response_models:
        parts.append(f"answered by {', '.join(run.response_models)}")
    if run.prompt_version:
        parts.append(f"prompt {run.prompt_version}")
    return " · ".join(parts)


def synthetic_notice(run: RunLog) -> str | None:
    synthetic = run.synthetic_cases
    if not synthetic:
        return None
    share = "every case" if len(synthetic) == len(run.cases) else f"{len(synthetic)} of {len(run.cases)} cases"
    return (
        f"{SYNTHETIC_LABEL.capitalize()} for {share}: the cassettes were written by hand, not recorded "
        "from a model, so these scores check the harness and the prompt plumbing, not a model's quality."
    )


def _metric_table(results: Results, synthetic: bool) -> Table:
    table = Table(title="Scores" + (f" ({SYNTHETIC_LABEL})" if synthetic else ""), title_justify="left")
    table.add_column("metric")
    table.add_column("value" + (f"\n{SYNTHETIC_LABEL}" if synthetic else ""), justify="right")
    table.add_column("threshold", justify="right")
    table.add_column("")
    failed = {failure.metric for failure in results.failures}
    for key, label in RATE_METRICS.items():
        minimum = results.thresholds.get(key)
        verdict = "" if minimum is None else "[red]BELOW[/red]" if key in failed else "ok"
        table.add_row(label, fmt(results.metrics.rate(key)), fmt(minimum) if minimum is not None else "", verdict)
    metrics = results.metrics
    table.add_row("findings dropped as ungrounded", str(metrics.dropped_findings), "", "")
    table.add_row("tokens (prompt / completion)", f"{metrics.prompt_tokens:,} / {metrics.completion_tokens:,}", "", "")
    table.add_row("cost (USD)", "n/a (no price for this model)" if metrics.cost_usd is None else f"{metrics.cost_usd:.4f}", "", "")
    return table


def _tag_table(tags: dict[str, Metrics]) -> Table:
    """The most used tags only: a suite gathered from many authors has hundreds, most on a case or
    two, where a rate says little; the run log keeps them all."""
    shown = sorted(tags.items(), key=lambda item: (-item[1].cases, item[0]))[:MAX_TAG_ROWS]
    caption = "missed, handled: reset F1 · quotes: verbatim share · others: accuracy"
    if len(tags) > len(shown):
        caption += f"\n{len(tags) - len(shown)} tags on fewer cases are left out here; --json FILE holds every tag"
    table = Table(
        title="Per tag, most used first", title_justify="left", caption_justify="left", box=box.SIMPLE_HEAD,
        pad_edge=False, caption=caption,
    )
    table.add_column("tag", no_wrap=True)
    table.add_column("cases", justify="right", no_wrap=True)
    for label in TAG_COLUMNS.values():
        table.add_column(label, justify="right", no_wrap=True, min_width=len(label))
    for tag, metrics in shown:
        table.add_row(tag, str(metrics.cases), *(fmt(metrics.rate(key), 2) for key in TAG_COLUMNS))
    return table


def _cases_table(run: RunLog, results: Results) -> Table | None:
    synthetic = set(run.synthetic_cases)
    rows = [(s.case_id, describe_wrong(s)) for s in results.scores if s.wrong_checks()]
    errors = {r.case.id: r.error for r in run.cases if r.outcome == "error"}
    if not rows:
        return None
    table = Table(title="Cases with a wrong answer", title_justify="left")
    table.add_column("case")
    table.add_column("what went wrong")
    for case_id, parts in rows:
        if case_id in errors:
            parts = [f"no usable critique: {errors[case_id]}"]
        name = case_id + (" (synthetic)" if case_id in synthetic else "")
        table.add_row(name, "; ".join(parts))
    return table


def _baseline_table(diff: BaselineDiff) -> Table:
    table = Table(title="Against the baseline", title_justify="left")
    table.add_column("metric")
    table.add_column("before", justify="right")
    table.add_column("now", justify="right")
    table.add_column("change", justify="right")
    for change in diff.changes:
        digits = 0 if change.metric.endswith("tokens") or change.metric == "dropped_findings" else 3
        delta = change.delta
        table.add_row(
            RATE_METRICS.get(change.metric, change.metric.replace("_", " ")),
            fmt(change.before, digits), fmt(change.after, digits),
            "" if delta is None or delta == 0 else f"{delta:+.{digits}f}",
        )
    return table


def print_report(console: Console, run: RunLog, results: Results, diff: BaselineDiff | None = None) -> None:
    console.print(f"[bold]reviewer eval[/bold]: {len(run.cases)} cases from {run.suite}")
    console.print(provenance(run))
    notice = synthetic_notice(run)
    if notice:
        console.print(f"[yellow]{notice}[/yellow]")
    console.print(_metric_table(results, synthetic=bool(notice)))
    if results.tags:
        console.print(_tag_table(results.tags))
    cases = _cases_table(run, results)
    if cases is not None:
        console.print(cases)
    if diff is not None:
        console.print(_baseline_table(diff))
        for change in diff.regressions:
            console.print(f"[red]right → wrong[/red] {change.case_id}: {', '.join(change.checks)}")
        for change in diff.fixes:
            console.print(f"[green]wrong → right[/green] {change.case_id}: {', '.join(change.checks)}")
        if not diff.regressions:
            console.print("No case went from right to wrong.")
        for label, ids in (("new since the baseline", diff.new_cases), ("not in this run", diff.dropped_cases)):
            if ids:
                console.print(f"Cases {label}: {', '.join(ids)}")


def verdict_lines(run: RunLog, results: Results) -> list[str]:
    """The one-line reasons a run fails, for stderr and CI logs."""
    lines = []
    if results.stale:
        which = "every case" if len(results.stale) == len(run.cases) else ", ".join(results.stale)
        lines.append(
            f"stale cassettes for {len(results.stale)} case(s), no recording matches their request "
            f"(the prompt, schema, model name or transcript changed, or the case is new): "
            f"{which}; re-record with OPENAI_API_KEY set: {rerecord_command(run, results.stale)}"
        )
    lines.extend(failure.message() for failure in results.failures)
    return lines
