"""`reviewer report`: a team's stored critiques, aggregated per rep and rendered for a coach."""

from __future__ import annotations

from reviewer.report.aggregate import TeamReport, build_team_report
from reviewer.report.period import Period, parse_period

__all__ = ["REPORT_FORMATS", "Period", "TeamReport", "build_team_report", "parse_period", "render_report"]

REPORT_FORMATS = ("markdown", "html", "csv")


def render_report(report: TeamReport, fmt: str) -> str:
    if fmt == "html":
        from reviewer.report.html import render_html

        return render_html(report)
    if fmt == "csv":
        from reviewer.report.csv_format import render_csv

        return render_csv(report)
    from reviewer.report.markdown import render_markdown

    return render_markdown(report)
