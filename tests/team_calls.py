"""A small team's two weeks of stored critiques, built directly (no engine), shared by the
store and report tests. Holds no tests itself."""

from __future__ import annotations

import datetime as dt
import hashlib


from reviewer.schema import (
    CallStats, Critique, EngineInfo, Evidence, NextCommitment, PressureVsCuriosity, ResetMoment, TranscriptInfo,
)

WEEK_START = dt.date(2026, 3, 2)  # a Monday; the report period is this week
WEEK_END = dt.date(2026, 3, 8)
HOSTILE_QUOTE = '<script>alert("x")</script> Just send me the info & I\'ll look'


def make_critique(
    rep: str,
    source: str,
    *,
    secured: bool = False,
    when: str | None = None,
    stance: str = "balanced",
    score: float = 0.0,
    missed: tuple[tuple[int, str, str], ...] = (),
    handled: tuple[tuple[int, str, str], ...] = (),
    pressure: tuple[tuple[int, str], ...] = (),
    fallback: bool = False,
    engine: str = "offline",
    model: str | None = None,
) -> Critique:
    """`missed`/`handled` are (turn, signal, quote); `pressure` is (turn, quote)."""
    moments = [
        ResetMoment(turn=turn, signal=signal, status=status, quote=quote, principle="reset-button",
                    suggestion=f"Pause at turn {turn} and ask what is behind it.")
        for status, entries in (("missed", missed), ("handled", handled))
        for turn, signal, quote in entries
    ]
    return Critique(
        transcript=TranscriptInfo(source=source, format="text", turns=30, rep=rep, rep_inferred=False,
                                  prospects=["Prospect"]),
        engine=EngineInfo(name=engine, model=model),
        summary=f"{rep} on {source}.",
        reset_moments=sorted(moments, key=lambda m: m.turn),
        pressure_vs_curiosity=PressureVsCuriosity(
            stance=stance, score=score,
            evidence=[Evidence(turn=turn, kind="pressure", quote=quote, principle="curiosity-over-pressure")
                      for turn, quote in pressure],
        ),
        next_commitment=NextCommitment(
            secured=secured, turn=20 if secured else None, when=when, level="time" if secured else None,
            fallback_offered=fallback, agenda=secured, quote=None, suggestion="Book the next call.",
        ),
        coaching_points=[],
        stats=CallStats(turns=30, rep_turns=15, rep_talk_share=0.6, rep_questions=5, prospect_questions=2,
                        longest_rep_monologue_words=80, longest_rep_monologue_turn=3, duration_seconds=900.0),
    )


def digest(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()


def team_calls() -> list[tuple[dt.date, Critique]]:
    """Dana struggles this week, Lee is steady, Priya is new, Sam only called the week before."""
    this, before = WEEK_START, WEEK_START - dt.timedelta(days=7)
    day = dt.timedelta(days=1)
    return [
        (this, make_critique(
            "Dana", "calls/acme-renewal.txt", stance="pressure", score=-0.7,
            missed=((12, "failed_close", "Let's hold off for now."), (6, "disengagement", "Okay, cool.")),
            pressure=((13, "This price is only good until Friday."),))),
        (this + day, make_critique(
            "Dana", "calls/brightline.txt", stance="pressure", score=-0.4,
            missed=((9, "stall", HOSTILE_QUOTE), (4, "disengagement", "Sure.")))),
        (this + 2 * day, make_critique(
            "Dana", "calls/corvid.txt", secured=True, when="Tuesday at two", score=0.1,
            handled=((7, "confusion", "How is this different from what we have?"),))),
        (this + day, make_critique(
            "Lee", "calls/delta-foods.txt", secured=True, when="Thursday 10am", stance="curiosity", score=0.8,
            handled=((5, "stall", "I need to talk to my team."),), fallback=True)),
        (this + 3 * day, make_critique(
            "Lee", "calls/emberly.txt", secured=True, when="tomorrow morning", stance="curiosity", score=0.6)),
        (this + 4 * day, make_critique(
            "Priya", "calls/fjord.txt", score=0.0,
            missed=((8, "unimpressed", "That seems like a lot of work for us."),),
            handled=((14, "confusion", "Why does that matter?"),))),
        (before, make_critique(
            "Dana", "calls/old-1.txt", stance="pressure", score=-0.5, missed=((3, "stall", "Call me next quarter."),))),
        (before + day, make_critique("dana", "calls/old-2.txt", score=0.0)),  # same rep, another export's case
        (before + 2 * day, make_critique("Lee", "calls/old-3.txt", secured=True, when="Monday", stance="curiosity", score=0.5)),
        (before + 3 * day, make_critique("Lee", "calls/old-4.txt", score=0.2)),
        (before + 4 * day, make_critique("Sam", "calls/old-5.txt", secured=True, when="Friday 3pm", score=0.3)),
        (WEEK_START - dt.timedelta(days=30), make_critique("Dana", "calls/ancient.txt", secured=True, score=0.9)),
    ]
