"""What a coach wants from a team's week: per rep, the figures and how they moved, and the few
moments most worth a conversation.

Every figure is counted from stored critiques; nothing here judges a call again.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from reviewer.principles import catalogue
from reviewer.render import SIGNAL_LABELS
from reviewer.report.period import Period
from reviewer.schema import Critique
from reviewer.store import StoredCritique

STANCES = ("pressure", "balanced", "curiosity")
TOP_MOMENTS = 6

# Which missed moments cost the most: a refused close or a brush-off left unprobed ends the
# deal's momentum (articles 002 and 004), pressure burns the relationship (000 and 001), a
# flat or confused prospect can still be won back later in the call (003).
MISSED_SIGNAL_WEIGHT = {
    "failed_close": 5.0, "stall": 4.0, "unimpressed": 3.0,
    "no_problem": 3.0, "confusion": 2.0, "disengagement": 2.0,
}
PRESSURE_WEIGHT = 4.0
UNSECURED_CALL_BONUS = 1.0


@dataclass
class Figures:
    """One rep's (or the team's) calls in one period."""

    calls: int = 0
    secured: int = 0
    fallback_offered: int = 0
    missed_by_signal: Counter = field(default_factory=Counter)
    handled_by_signal: Counter = field(default_factory=Counter)
    stances: Counter = field(default_factory=Counter)
    score_total: float = 0.0

    def add(self, critique: Critique) -> None:
        self.calls += 1
        commitment = critique.next_commitment
        self.secured += commitment.secured
        self.fallback_offered += commitment.fallback_offered
        for moment in critique.reset_moments:
            counter = self.missed_by_signal if moment.status == "missed" else self.handled_by_signal
            counter[moment.signal] += 1
        self.stances[critique.pressure_vs_curiosity.stance] += 1
        self.score_total += critique.pressure_vs_curiosity.score

    @property
    def secured_rate(self) -> float | None:
        return self.secured / self.calls if self.calls else None

    @property
    def missed(self) -> int:
        return sum(self.missed_by_signal.values())

    @property
    def handled(self) -> int:
        return sum(self.handled_by_signal.values())

    @property
    def handled_share(self) -> float | None:
        moments = self.missed + self.handled
        return self.handled / moments if moments else None

    @property
    def missed_per_call(self) -> float | None:
        return self.missed / self.calls if self.calls else None

    @property
    def mean_score(self) -> float | None:
        return self.score_total / self.calls if self.calls else None


@dataclass
class RepSummary:
    name: str
    current: Figures = field(default_factory=Figures)
    previous: Figures = field(default_factory=Figures)

    @property
    def secured_change_points(self) -> float | None:
        """Change in secured-commitment rate, in percentage points, against the period before."""
        return _change(self.current.secured_rate, self.previous.secured_rate, scale=100)

    @property
    def missed_per_call_change(self) -> float | None:
        return _change(self.current.missed_per_call, self.previous.missed_per_call)

    @property
    def score_change(self) -> float | None:
        return _change(self.current.mean_score, self.previous.mean_score)


def _change(now: float | None, before: float | None, *, scale: float = 1.0) -> float | None:
    return None if now is None or before is None else (now - before) * scale


@dataclass(frozen=True)
class CoachingMoment:
    rep: str
    call_date: dt.date
    source: str
    turn: int
    signal: str | None
    """The missed reset's signal; None for pressure evidence."""
    what: str
    quote: str
    advice: str
    principle: str
    weight: float


@dataclass
class TeamReport:
    period: Period
    previous_period: Period
    reps: list[RepSummary]
    team: RepSummary
    moments: list[CoachingMoment]
    calls: list[StoredCritique]
    quiet_reps: dict[str, int]
    """Reps with calls only in the previous period, and how many they had."""

    @property
    def signals_seen(self) -> list[str]:
        """Signals with at least one missed or handled moment this period, costliest first."""
        figures = self.team.current
        return [s for s in MISSED_SIGNAL_WEIGHT if figures.missed_by_signal[s] or figures.handled_by_signal[s]]


def build_team_report(stored: list[StoredCritique], period: Period, *, top: int = TOP_MOMENTS) -> TeamReport:
    """Aggregate the critiques of `period` and the period before it (others are ignored)."""
    previous_period = period.before()
    unique = latest_per_call(stored)
    calls = [row for row in unique if row.call_date in period]
    earlier = [row for row in unique if row.call_date in previous_period]
    # Keyed by the name's case-folded form: "dana" in one export and "Dana" in another are one rep.
    by_rep: dict[str, RepSummary] = {}
    team = RepSummary("Team")
    for row in calls:
        rep = row.critique.transcript.rep
        by_rep.setdefault(rep.casefold(), RepSummary(rep)).current.add(row.critique)
        team.current.add(row.critique)
    quiet_reps: Counter = Counter()
    for row in earlier:
        rep = row.critique.transcript.rep
        team.previous.add(row.critique)
        if rep.casefold() in by_rep:
            by_rep[rep.casefold()].previous.add(row.critique)
        else:
            quiet_reps[rep] += 1
    return TeamReport(
        period=period,
        previous_period=previous_period,
        reps=sorted(by_rep.values(), key=lambda summary: summary.name.casefold()),
        team=team,
        moments=coaching_moments(calls, top=top),
        calls=calls,
        quiet_reps=dict(sorted(quiet_reps.items())),
    )


def latest_per_call(stored: list[StoredCritique]) -> list[StoredCritique]:
    """One critique per transcript: a call reviewed by two engines or prompt versions counts
    once, by its most recent critique."""
    latest: dict[str, StoredCritique] = {}
    for row in stored:
        kept = latest.get(row.source_sha256)
        if kept is None or (row.saved_at, row.id) > (kept.saved_at, kept.id):
            latest[row.source_sha256] = row
    return sorted(latest.values(), key=lambda row: (row.call_date, row.critique.transcript.rep, row.id))


def coaching_moments(calls: list[StoredCritique], *, top: int = TOP_MOMENTS) -> list[CoachingMoment]:
    """The `top` moments most worth coaching, spread across calls and reps before repeating one."""
    candidates = sorted(
        (moment for row in calls for moment in _moments_of(row)),
        key=lambda m: (-m.weight, -m.call_date.toordinal(), m.rep.casefold(), m.source, m.turn),
    )
    chosen: list[CoachingMoment] = []
    per_call: Counter = Counter()
    per_rep: Counter = Counter()
    for moment in candidates:
        if len(chosen) == top:
            break
        if per_call[(moment.rep, moment.source)] < 1 and per_rep[moment.rep] < 2:
            chosen.append(moment)
            per_call[(moment.rep, moment.source)] += 1
            per_rep[moment.rep] += 1
    for moment in candidates:
        if len(chosen) == top:
            break
        if moment not in chosen:
            chosen.append(moment)
    return sorted(chosen, key=lambda m: -m.weight)


def _moments_of(row: StoredCritique) -> list[CoachingMoment]:
    critique = row.critique
    principles = catalogue()
    bonus = 0.0 if critique.next_commitment.secured else UNSECURED_CALL_BONUS
    base = {"rep": critique.transcript.rep, "call_date": row.call_date, "source": critique.transcript.source}
    moments = [
        CoachingMoment(
            **base, turn=m.turn, signal=m.signal, what=f"Missed reset: {SIGNAL_LABELS[m.signal]}", quote=m.quote,
            advice=m.suggestion, principle=_title(principles, m.principle),
            weight=MISSED_SIGNAL_WEIGHT[m.signal] + bonus,
        )
        for m in critique.reset_moments
        if m.status == "missed"
    ]
    for evidence in critique.pressure_vs_curiosity.evidence:
        if evidence.kind == "pressure":
            principle = principles.get(evidence.principle)
            moments.append(
                CoachingMoment(
                    **base, turn=evidence.turn, signal=None, what="Pressure", quote=evidence.quote,
                    advice=f"Instead: {principle.done_well}" if principle else "",
                    principle=_title(principles, evidence.principle),
                    weight=PRESSURE_WEIGHT + bonus,
                )
            )
    return moments


def _title(principles, principle_id: str) -> str:
    principle = principles.get(principle_id)
    return principle.title if principle else principle_id
