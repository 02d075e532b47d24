"""The team report as one self-contained HTML file: inline CSS and SVG, nothing fetched.

Jinja2 autoescapes every value; only the charts, which escape their own text, are marked safe.
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from reviewer import __version__
from reviewer.report.aggregate import STANCES, TeamReport
from reviewer.report.charts import SIGNAL_COLOURS, STANCE_COLOURS, secured_chart, signals_chart, stance_chart
from reviewer.report.numbers import change_direction, percent, points, short_day, signed


def render_html(report: TeamReport) -> str:
    environment = Environment(
        loader=PackageLoader("reviewer.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(percent=percent, points=points, signed=signed, short_day=short_day)
    rows = [*report.reps, report.team]
    missed_signals = [s for s in report.signals_seen if report.team.current.missed_by_signal[s]]
    return environment.get_template("report.html.j2").render(
        report=report,
        team=report.team,
        charts={
            "secured": secured_chart(rows),
            "signals": signals_chart(rows, missed_signals) if missed_signals else None,
            "stance": stance_chart(rows),
        },
        trend=change_direction,
        signal_colours=SIGNAL_COLOURS,
        stance_colours=STANCE_COLOURS,
        stances=STANCES,
        version=__version__,
    )
