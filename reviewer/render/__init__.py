"""Turn a Critique into what a person reads: a terminal report, JSON (the contract) or Markdown."""

from __future__ import annotations

from reviewer.schema import Critique

FORMATS = ("text", "json", "markdown")

SIGNAL_LABELS = {
    "disengagement": "disengaged",
    "no_problem": "no problem named",
    "unimpressed": "unimpressed",
    "stall": "stall / brush-off",
    "failed_close": "failed close",
    "confusion": "confused",
}


def render(critique: Critique, fmt: str, *, color: bool = False, width: int = 100) -> str:
    if fmt == "json":
        return critique.model_dump_json(indent=2) + "\n"
    if fmt == "markdown":
        from reviewer.render.markdown import render_markdown

        return render_markdown(critique)
    from reviewer.render.text import render_text

    return render_text(critique, color=color, width=width)


def commitment_line(critique: Critique) -> str:
    """One sentence on the next step, shared by the text and Markdown reports."""
    c = critique.next_commitment
    if c.secured:
        when = f" for {c.when}" if c.when else ""
        level = f" ({c.level.replace('_', ' ')})" if c.level else ""
        return f"Secured{when}{level}, agreed in turn {c.turn}." if c.turn else f"Secured{when}{level}."
    fallback = "a fallback was offered" if c.fallback_offered else "no fallback was offered"
    return f"Not secured; {fallback}."


def stance_line(critique: Critique) -> str:
    p = critique.pressure_vs_curiosity
    return f"{p.stance} (score {p.score:+.2f}, from -1 all pressure to +1 all curiosity)"


def rep_line(critique: Critique) -> str:
    t = critique.transcript
    how = "inferred" if t.rep_inferred else "given"
    prospects = ", ".join(t.prospects) or "none"
    return f"rep {t.rep} ({how}); prospects {prospects}; {t.turns} turns"


def engine_line(critique: Critique) -> str:
    e = critique.engine
    parts = [e.name] + ([e.model] if e.model else []) + ([f"prompt {e.prompt_version}"] if e.prompt_version else [])
    return " · ".join(parts)
