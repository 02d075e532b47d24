"""Markdown that reads well pasted into a CRM note or a chat."""

from __future__ import annotations

from reviewer.principles import catalogue
from reviewer.render import SIGNAL_LABELS, commitment_line, engine_line, rep_line, stance_line
from reviewer.schema import Critique


def _quote(text: str) -> str:
    return "“" + " ".join(text.split()) + "”"


def render_markdown(critique: Critique) -> str:
    principles = catalogue()
    title = principles.get
    lines = [
        f"## Call review: {critique.transcript.source}",
        "",
        f"*{rep_line(critique)} · engine {engine_line(critique)}*",
        "",
        critique.summary,
        "",
        "### Reset moments",
        "",
    ]
    if not critique.reset_moments:
        lines.append("No moments where the call went off track were found.")
    for m in critique.reset_moments:
        mark = "✅ handled" if m.status == "handled" else "❌ missed"
        lines.append(f"- **Turn {m.turn}, {SIGNAL_LABELS[m.signal]}**: {mark}. {_quote(m.quote)}")
        lines.append(f"  - {m.suggestion} *({title(m.principle).title if title(m.principle) else m.principle})*")
    p = critique.pressure_vs_curiosity
    lines += ["", "### Pressure vs curiosity", "", f"Stance: **{stance_line(critique)}**", ""]
    for e in p.evidence:
        lines.append(f"- Turn {e.turn} ({e.kind}): {_quote(e.quote)}")
    c = critique.next_commitment
    lines += ["", "### Next commitment", "", f"**{commitment_line(critique)}**"]
    if c.quote:
        lines.append(f"Prospect: {_quote(c.quote)}")
    lines += ["", f"Agenda for the next conversation agreed: {'yes' if c.agenda else 'no'}.", "", c.suggestion]
    if critique.coaching_points:
        lines += ["", "### Coaching points", ""]
        for point in critique.coaching_points:
            turns = ", ".join(str(t) for t in point.turns)
            where = f" (turns {turns})" if turns else ""
            lines.append(f"1. {point.advice}{where}")
    s = critique.stats
    lines += [
        "",
        "### Call statistics",
        "",
        f"Rep talk share {s.rep_talk_share:.0%} · questions asked: rep {s.rep_questions}, "
        f"prospect {s.prospect_questions} · longest rep monologue {s.longest_rep_monologue_words} words"
        + (f" (turn {s.longest_rep_monologue_turn})" if s.longest_rep_monologue_turn else ""),
    ]
    if critique.dropped_findings:
        lines += ["", f"*{critique.dropped_findings} finding(s) were dropped because their quotes could not be verified.*"]
    return "\n".join(lines) + "\n"
