"""One row per call, for a spreadsheet or a BI tool."""

from __future__ import annotations

import csv
import io

from reviewer.report.aggregate import TeamReport

COLUMNS = (
    "date", "rep", "source", "engine", "model", "prompt_version", "turns", "missed_resets",
    "handled_resets", "stance", "score", "secured", "when", "fallback_offered",
)
# A cell starting with one of these is run as a formula by spreadsheet programs; text from a
# transcript must not be able to do that.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(report: TeamReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in report.calls:
        critique = row.critique
        moments = critique.reset_moments
        commitment = critique.next_commitment
        writer.writerow([
            row.call_date.isoformat(),
            _text(critique.transcript.rep),
            _text(critique.transcript.source),
            critique.engine.name,
            _text(critique.engine.model or ""),
            _text(critique.engine.prompt_version or ""),
            critique.transcript.turns,
            sum(m.status == "missed" for m in moments),
            sum(m.status == "handled" for m in moments),
            critique.pressure_vs_curiosity.stance,
            f"{critique.pressure_vs_curiosity.score:.2f}",
            _flag(commitment.secured),
            _text(commitment.when or ""),
            _flag(commitment.fallback_offered),
        ])
    return buffer.getvalue()


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _flag(value: bool) -> str:
    return "true" if value else "false"
