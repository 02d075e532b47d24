"""The terminal report: findings first, each with its turn number and the rep's own words."""

from __future__ import annotations

import io

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from reviewer.render import SIGNAL_LABELS, commitment_line, engine_line, rep_line, stance_line
from reviewer.schema import Critique


def _section(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))


def render_text(critique: Critique, *, color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=color, color_system="standard" if color else None,
        highlight=False, emoji=False,
    )
    console.print(Text(f"Call review: {critique.transcript.source}", style="bold"))
    console.print(Text(f"{rep_line(critique)} · engine {engine_line(critique)}", style="dim"))
    console.print()
    console.print(critique.summary)

    _section(console, "Reset moments")
    if not critique.reset_moments:
        console.print("No moments where the call went off track were found.")
    else:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=True)
        table.add_column("turn", justify="right", no_wrap=True)
        table.add_column("signal", no_wrap=True)
        table.add_column("status", no_wrap=True)
        table.add_column("what the prospect said, and what to do", ratio=1)
        for m in critique.reset_moments:
            status = Text("handled", style="green") if m.status == "handled" else Text("MISSED", style="bold red")
            detail = Text(f"“{m.quote}”", style="italic")
            detail.append(f"\n{m.suggestion}", style="none")
            table.add_row(str(m.turn), SIGNAL_LABELS[m.signal], status, detail)
        console.print(table)

    _section(console, "Pressure vs curiosity")
    console.print(f"Stance: {stance_line(critique)}")
    for e in critique.pressure_vs_curiosity.evidence:
        style = "red" if e.kind == "pressure" else "green"
        line = Text(f"turn {e.turn:>3} ", style="dim")
        line.append(f"{e.kind:<9} ", style=style)
        line.append(f"“{e.quote}”", style="italic")
        console.print(Padding(line, (0, 0, 0, 2)))

    _section(console, "Next commitment")
    c = critique.next_commitment
    console.print(Text(commitment_line(critique), style="green" if c.secured else "yellow"))
    if c.quote:
        console.print(Text(f"  “{c.quote}”", style="italic"))
    console.print(f"Agenda for the next conversation agreed: {'yes' if c.agenda else 'no'}")
    console.print(c.suggestion)

    if critique.coaching_points:
        _section(console, "Coaching points")
        for i, point in enumerate(critique.coaching_points, 1):
            turns = ", ".join(str(t) for t in point.turns)
            console.print(f"{i}. {point.advice}" + (f" (turns {turns})" if turns else ""))

    s = critique.stats
    _section(console, "Call statistics")
    console.print(
        f"rep talk share {s.rep_talk_share:.0%} · questions: rep {s.rep_questions}, prospect "
        f"{s.prospect_questions} · longest rep monologue {s.longest_rep_monologue_words} words"
        + (f" (turn {s.longest_rep_monologue_turn})" if s.longest_rep_monologue_turn else "")
    )
    if critique.dropped_findings:
        console.print(
            Text(f"{critique.dropped_findings} finding(s) dropped: their quotes or turns could not be verified.",
                 style="yellow")
        )
    return buffer.getvalue()
