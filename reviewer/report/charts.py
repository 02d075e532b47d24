"""Inline SVG charts for the HTML report, drawn in Python so the file needs nothing at view
time: no script, no font, no network.

Every piece of text placed in a chart goes through `html.escape`; rep names come from
transcripts and are untrusted.
"""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from reviewer.render import SIGNAL_LABELS
from reviewer.report.aggregate import STANCES, RepSummary
from reviewer.report.numbers import change_direction, percent, points, signed

SIGNAL_COLOURS = {
    "failed_close": "#c92a2a", "stall": "#e8590c", "unimpressed": "#f59f00",
    "no_problem": "#7048e8", "confusion": "#1c7ed6", "disengagement": "#868e96",
}
STANCE_COLOURS = {"pressure": "#e03131", "balanced": "#adb5bd", "curiosity": "#0c8599"}
TREND_COLOURS = {"better": "#2b8a3e", "worse": "#c92a2a", "flat": "#868e96"}

WIDTH = 860
LABEL_WIDTH = 150
VALUE_WIDTH = 190
ROW_HEIGHT = 30
BAR_HEIGHT = 16
PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH


def secured_chart(rows: list[RepSummary]) -> Markup:
    """Each rep's secured-commitment rate, with a tick at the previous period's rate."""
    parts = []
    for index, summary in enumerate(rows):
        y = _row_top(index, rows)
        rate = summary.current.secured_rate or 0.0
        parts.append(_label(summary, y))
        parts.append(_track(y))
        parts.append(_bar(LABEL_WIDTH, y, rate * PLOT_WIDTH, "#1971c2", f"{percent(summary.current.secured_rate)} secured"))
        before = summary.previous.secured_rate
        if before is not None:
            x = LABEL_WIDTH + before * PLOT_WIDTH
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y - 4}" y2="{y + BAR_HEIGHT + 4}" stroke="#212529" '
                f'stroke-width="2.5"><title>previous period: {percent(before)}</title></line>'
            )
        change = summary.secured_change_points
        detail = "new" if change is None else f"{points(change)} vs before"
        parts.append(_value(y, percent(summary.current.secured_rate), detail, change_direction(change)))
    legend = [("#1971c2", "this period"), ("#212529", "previous period (tick)")]
    return _svg(rows, parts, legend, axis=("0%", "50%", "100%"))


def signals_chart(rows: list[RepSummary], signals: list[str]) -> Markup:
    """Missed reset moments per rep, one stacked segment per signal."""
    most = max((summary.current.missed for summary in rows), default=0)
    scale = max(2, most + most % 2)  # even, so the middle tick is a whole number
    parts = []
    for index, summary in enumerate(rows):
        y = _row_top(index, rows)
        figures = summary.current
        parts.append(_label(summary, y))
        parts.append(_track(y))
        parts.extend(_stacked(y, scale, [
            (figures.missed_by_signal[signal], SIGNAL_COLOURS[signal], f"missed: {SIGNAL_LABELS[signal]}")
            for signal in signals
        ]))
        change = summary.missed_per_call_change
        detail = f"{figures.missed_per_call:.1f}/call, " + ("new" if change is None else signed(change, 1))
        parts.append(_value(y, str(figures.missed), detail, change_direction(change, higher_is_better=False)))
    legend = [(SIGNAL_COLOURS[s], SIGNAL_LABELS[s]) for s in signals]
    return _svg(rows, parts, legend, axis=("0", str(scale // 2), str(scale)))


def stance_chart(rows: list[RepSummary]) -> Markup:
    """Each rep's calls split by stance, as shares of their calls, with the mean score."""
    parts = []
    for index, summary in enumerate(rows):
        y = _row_top(index, rows)
        figures = summary.current
        parts.append(_label(summary, y))
        parts.append(_track(y))
        parts.extend(_stacked(y, figures.calls, [
            (figures.stances[stance], STANCE_COLOURS[stance], stance) for stance in STANCES
        ]))
        change = summary.score_change
        parts.append(_value(y, signed(figures.mean_score), _vs_before(change), change_direction(change)))
    legend = [(STANCE_COLOURS[s], s) for s in STANCES]
    return _svg(rows, parts, legend, axis=("0%", "50%", "100%"))


def _stacked(y: float, scale: float, segments: list[tuple[int, str, str]]) -> list[str]:
    """One bar per non-zero (count, colour, what) segment, laid end to end on a `scale` axis."""
    bars, x = [], float(LABEL_WIDTH)
    for count, colour, what in segments:
        if count:
            width = count / scale * PLOT_WIDTH
            bars.append(_bar(x, y, width, colour, f"{count} {what}", count))
            x += width
    return bars


def _vs_before(change: float | None, digits: int = 2) -> str:
    return "new" if change is None else f"{signed(change, digits)} vs before"


def _row_top(index: int, rows: list[RepSummary]) -> float:
    """The team's row, always last, sits a little apart from the reps'."""
    gap = 10 if index == len(rows) - 1 and len(rows) > 1 else 0
    return 12 + index * ROW_HEIGHT + gap


def _label(summary: RepSummary, y: float) -> str:
    name = summary.name if len(summary.name) <= 18 else summary.name[:17] + "…"
    weight = ' font-weight="700"' if summary.name == "Team" else ""
    return (
        f'<text x="{LABEL_WIDTH - 10}" y="{y + BAR_HEIGHT - 3}" text-anchor="end" class="label"{weight}>'
        f"<title>{escape(summary.name)} · {summary.current.calls} calls</title>{escape(name)}</text>"
    )


def _track(y: float) -> str:
    return f'<rect x="{LABEL_WIDTH}" y="{y}" width="{PLOT_WIDTH}" height="{BAR_HEIGHT}" rx="3" fill="#f1f3f5"/>'


def _bar(x: float, y: float, width: float, colour: str, title: str, count: int | None = None) -> str:
    text = ""
    if count is not None and width >= 16:
        text = (
            f'<text x="{x + width / 2:.1f}" y="{y + BAR_HEIGHT - 4}" text-anchor="middle" class="in-bar">'
            f"{count}</text>"
        )
    return (
        f'<rect x="{x:.1f}" y="{y}" width="{max(width, 0):.1f}" height="{BAR_HEIGHT}" rx="2" fill="{colour}">'
        f"<title>{escape(title)}</title></rect>{text}"
    )


def _value(y: float, main: str, detail: str, trend: str) -> str:
    x = LABEL_WIDTH + PLOT_WIDTH + 10
    return (
        f'<text x="{x}" y="{y + BAR_HEIGHT - 3}" class="value">{escape(main)}'
        f'<tspan dx="6" class="detail" fill="{TREND_COLOURS[trend]}">{escape(detail)}</tspan></text>'
    )


def _svg(rows: list[RepSummary], parts: list[str], legend: list[tuple[str, str]], axis: tuple[str, str, str]) -> Markup:
    plot_bottom = _row_top(len(rows) - 1, rows) + BAR_HEIGHT + 6
    ticks = []
    for fraction, text in zip((0, 0.5, 1), axis):
        x = LABEL_WIDTH + fraction * PLOT_WIDTH
        anchor = {0: "start", 0.5: "middle", 1: "end"}[fraction]
        ticks.append(f'<text x="{x:.1f}" y="{plot_bottom + 12}" text-anchor="{anchor}" class="axis">{escape(text)}</text>')
    legend_y = plot_bottom + 34
    items, x = [], float(LABEL_WIDTH)
    for colour, text in legend:
        width = 14 + 6.5 * len(text) + 14  # an estimate: SVG cannot measure text without a script
        if x + width > WIDTH and x > LABEL_WIDTH:
            x, legend_y = float(LABEL_WIDTH), legend_y + 18
        items.append(
            f'<rect x="{x:.1f}" y="{legend_y - 9}" width="10" height="10" rx="2" fill="{colour}"/>'
            f'<text x="{x + 14:.1f}" y="{legend_y}" class="legend">{escape(text)}</text>'
        )
        x += width
    height = legend_y + 10
    return Markup(
        f'<svg viewBox="0 0 {WIDTH} {height:.0f}" width="100%" role="img" xmlns="http://www.w3.org/2000/svg">'
        + "".join(parts + ticks + items)
        + "</svg>"
    )
