"""The offline engine: heuristic detectors that follow the critique contract, no model needed."""

from __future__ import annotations

from reviewer.engines import EngineResult
from reviewer.engines.offline import coaching, commitment, cues
from reviewer.engines.offline.learned import reset_model
from reviewer.engines.offline.phrases import speed_up_all
from reviewer.engines.offline.reading import TurnReading, forget, read_turns
from reviewer.engines.offline.responses import Response, is_handled
from reviewer.engines.offline.signals import Signal, detect_signal, is_acceptance
from reviewer.engines.offline.stance import judge_stance
from reviewer.schema import CallStats, Judgement, NextCommitment, ResetMoment
from reviewer.transcript.model import Transcript

# Objections and questions that, once answered and accepted, are ordinary selling.
ANSWERABLE = frozenset({"unimpressed", "confusion", "stall"})
# A final rep turn this short is a goodbye, not a response.
SIGN_OFF_WORDS = 12


def find_signals(readings: list[TurnReading]) -> dict[int, Signal]:
    """Signals on prospect turns. Before the rep has started the conversation, replies to a
    greeting or "is now okay?" are small talk, unless they brush the call off or doubt the offer
    in so many words ("Look, I'll be upfront, we're pretty happy with who we use")."""
    signals: dict[int, Signal] = {}
    previous_rep: TurnReading | None = None
    previous: TurnReading | None = None
    started = False
    for reading in readings:
        if reading.role == "rep":
            previous_rep = reading
            started = started or reading.starts_conversation
        else:
            signal = detect_signal(reading, previous_rep, consult_model=started and reading is not readings[-1])
            if signal is not None and (started or _opens_with_a_brush_off(signal)) and not _nods_to_the_other_buyer(signal, previous):
                signals[reading.number] = signal
        previous = reading
    return signals


def _opens_with_a_brush_off(signal: Signal) -> bool:
    """A put-off or a doubt said to the greeting; being busy this minute only sets the pace."""
    if signal.kind == "stall":
        return cues.BUSY_NOW.match(signal.found.phrase) is None
    return signal.kind == "unimpressed"


def _nods_to_the_other_buyer(signal: Signal, previous: TurnReading | None) -> bool:
    """"Once a week we could probably do." "Yeah.": agreeing with the other buyer, not a nod at
    the rep's pitch ("Two grand. Okay." "Mm." is still flat)."""
    if signal.kind != "disengagement" or previous is None or previous.role != "prospect":
        return False
    return signal.reading.is_bare_reply and cues.opens_with_yes(signal.reading.text)


def _next(readings: list[TurnReading], after: int, role: str) -> TurnReading | None:
    """The first turn with `role` after turn number `after`."""
    return next((r for r in readings[after:] if r.role == role), None)


def _signs_off(rep_turn: TurnReading, readings: list[TurnReading]) -> bool:
    """The rep's reply is a short goodbye that ends the call."""
    return rep_turn.number == len(readings) and len(rep_turn.words) <= SIGN_OFF_WORDS


def _asks_a_detail(rep_turn: TurnReading) -> bool:
    """Ends on a factual or yes/no question ("Can I just confirm the address?"), so the yes that
    follows answers it rather than accepting anything."""
    last = rep_turn.last_question
    return last is not None and last.final and last.kind in ("factual", "closed")


def judge_resets(readings: list[TurnReading], signals: dict[int, Signal]) -> list[ResetMoment]:
    moments = []
    for signal in signals.values():
        rep_turn = _next(readings, signal.turn, "rep")
        if rep_turn is None or (signal.kind == "disengagement" and _signs_off(rep_turn, readings)):
            continue  # the prospect is leaving as the call ends; a put-off waved through is still missed
        response = Response(rep_turn)
        # The learned model recognises resets put in words no rule lists; pushing never resets, nor
        # does a goodbye that asks nothing ("That's all I ask! Talk soon, Yvonne.").
        handled = is_handled(signal.kind, response, signal.reading) or (
            response.pushes is None
            and not (response.wraps_up and not rep_turn.questions)
            and reset_model().says_yes(rep_turn.words)
        )
        # Answered and accepted is ordinary selling; a yes to the rep's own wrap-up, or one given in
        # to a push, is not.
        if not handled and signal.kind in ANSWERABLE and not response.wraps_up and response.pushes is None:
            reaction = _next(readings, rep_turn.number, "prospect")
            if reaction is not None and is_acceptance(reaction) and not _asks_a_detail(rep_turn):
                continue
        moments.append(
            ResetMoment(
                turn=signal.turn,
                signal=signal.kind,
                status="handled" if handled else "missed",
                quote=signal.quote,
                principle=coaching.PRINCIPLE_FOR_SIGNAL[signal.kind],
                suggestion=coaching.reset_suggestion(signal.kind, signal.quote, handled, response),
            )
        )
    return moments


def judge_commitment(readings: list[TurnReading], signals: dict[int, Signal]) -> NextCommitment:
    agreement = commitment.find_agreement(readings, signals)
    agenda = agreement is not None and commitment.has_agenda(agreement, readings)
    put_offs = [s for s in signals.values() if s.put_off]
    unaccepted = agreement is None and commitment.proposed_but_unaccepted(readings) is not None
    return NextCommitment(
        secured=agreement is not None,
        turn=agreement.reading.number if agreement else None,
        when=agreement.when if agreement else None,
        level=commitment.commitment_level(agreement) if agreement else None,
        fallback_offered=commitment.offered_fallback(readings, signals, agreement),
        agenda=agenda,
        quote=agreement.found.quote if agreement else None,
        suggestion=coaching.commitment_suggestion(
            agreement, agenda, bool(put_offs), unaccepted, put_offs[-1].quote if put_offs else None
        ),
    )


class OfflineEngine:
    name = "offline"
    model: str | None = None
    prompt_version: str | None = None
    # Calls judged in this process: from the second on, the cues are worth recompiling for speed.
    calls_judged = 0

    @staticmethod
    def expect_many_calls() -> None:
        """Switch to the quick patterns now: worker processes forked after this inherit them,
        instead of each compiling its own on its second call."""
        speed_up_all()

    def judge(self, transcript: Transcript, stats: CallStats) -> EngineResult:
        if OfflineEngine.calls_judged == 1:
            speed_up_all()
        OfflineEngine.calls_judged += 1
        readings = read_turns(transcript.turns)
        try:
            signals = find_signals(readings)
            moments = judge_resets(readings, signals)
            handled = [m.turn for m in moments if m.status == "handled"]
            missed = [m.turn for m in moments if m.status == "missed"]
            stance = judge_stance(readings, signals, handled, missed)
            next_commitment = judge_commitment(readings, signals)
        finally:
            forget(readings)
        return EngineResult(
            judgement=Judgement(
                summary=coaching.summary(moments, stance, next_commitment),
                reset_moments=moments,
                pressure_vs_curiosity=stance,
                next_commitment=next_commitment,
                coaching_points=coaching.coaching_points(moments, stance, next_commitment),
            )
        )
