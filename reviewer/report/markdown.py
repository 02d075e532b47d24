"""The team report as Markdown: small tables and quoted moments that survive a paste into a
chat or a document."""

from __future__ import annotations

import re

from reviewer.render import SIGNAL_LABELS
from reviewer.report.aggregate import STANCES, RepSummary, TeamReport
from reviewer.report.numbers import percent, points, short_day, signed

# Characters that would turn an untrusted quote into a link, emphasis, HTML or a table cell.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def inline(text: str) -> str:
    """Untrusted text (quotes, names, file names) as one line of literal Markdown."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(report: TeamReport) -> str:
    team = report.team
    lines = [
        f"# Team call review: {report.period.label()}",
        "",
        f"*{_calls(team.current.calls)} from {_reps(len(report.reps))} · compared with "
        f"{report.previous_period.label()} ({_calls(team.previous.calls)})*",
        "",
        f"**Next step secured in {percent(team.current.secured_rate)} of calls** "
        f"({points(team.secured_change_points)}) · {team.current.missed} missed reset moments, "
        f"{percent(team.current.handled_share)} of reset moments handled · mean stance score "
        f"{signed(team.current.mean_score)} (-1 pressure … +1 curiosity)",
        "",
        "## By rep",
        "",
        "| Rep | Calls | Next step secured | vs before | Missed resets | Resets handled | "
        "Pressure / balanced / curiosity | Stance score |",
        "| --- | ---: | ---: | ---: | ---: | ---: | :---: | ---: |",
    ]
    lines += [_rep_row(summary) for summary in report.reps]
    lines.append(_rep_row(team, bold=True))
    signals = report.signals_seen
    if signals:
        lines += [
            "",
            "## Missed reset moments by signal",
            "",
            "Missed, with handled ones in brackets.",
            "",
            "| Rep | " + " | ".join(SIGNAL_LABELS[s] for s in signals) + " |",
            "| --- |" + " ---: |" * len(signals),
        ]
        for summary in [*report.reps, team]:
            figures = summary.current
            cells = [f"{figures.missed_by_signal[s]} ({figures.handled_by_signal[s]})" for s in signals]
            name = f"**{summary.name}**" if summary is team else inline(summary.name)
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    if report.quiet_reps:
        quiet = ", ".join(f"{inline(rep)} ({_calls(count)} the period before)" for rep, count in report.quiet_reps.items())
        lines += ["", f"No calls this period from {quiet}."]
    lines += ["", "## Moments worth coaching", ""]
    if not report.moments:
        lines.append("No missed reset moments or pressure this period.")
    for number, moment in enumerate(report.moments, start=1):
        lines += [
            f"{number}. **{inline(moment.rep)}: {moment.what}**, turn {moment.turn} of "
            f"{inline(moment.source)} ({short_day(moment.call_date)})",
            "",
            f"   > “{inline(moment.quote)}”",
            "",
            f"   {inline(moment.advice)} *({inline(moment.principle)})*",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def _rep_row(summary: RepSummary, *, bold: bool = False) -> str:
    figures = summary.current
    stances = " / ".join(str(figures.stances[s]) for s in STANCES)
    name = f"**{summary.name}**" if bold else inline(summary.name)
    cells = [
        name, str(figures.calls), percent(figures.secured_rate), points(summary.secured_change_points),
        str(figures.missed), percent(figures.handled_share), stances, signed(figures.mean_score),
    ]
    return "| " + " | ".join(cells) + " |"


def _calls(count: int) -> str:
    return f"{count} call" + ("" if count == 1 else "s")


def _reps(count: int) -> str:
    return f"{count} rep" + ("" if count == 1 else "s")
