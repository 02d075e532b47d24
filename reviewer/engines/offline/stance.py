"""Pressure versus curiosity over the whole call (contract section 3).

Pressure is pushing toward a decision against hesitation the prospect has expressed; curiosity is
exploring the prospect's view. Each rep turn gives at most one piece of evidence of each kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.engines.offline import cues
from reviewer.engines.offline.commitment import decision, proposed_time
from reviewer.engines.offline.reading import Found, Question, TurnReading
from reviewer.engines.offline.signals import Signal, is_acceptance
from reviewer.schema import Evidence, PressureVsCuriosity

# Signals after which the prospect has expressed hesitation the rep must not push past.
HESITATION = frozenset({"stall", "failed_close", "unimpressed"})
# Pressure turns (unrecovered) that make the whole call pressure.
PRESSURE_TURNS = 2
# Curiosity needs this many exploring turns, and enough of them among the rep's turns once each
# reset handled well adds and each one missed takes away RESET_WEIGHT.
CURIOUS_TURNS = 2
CURIOUS_SHARE = 0.25
RESET_WEIGHT = 0.1
BALANCED_LIMIT = 0.3
EVIDENCE_LIMIT = 8


@dataclass(frozen=True)
class Move:
    kind: str  # pressure | curiosity
    found: Found
    principle: str

    @property
    def turn(self) -> int:
        return self.found.reading.number


def _pressure_move(reading: TurnReading, hesitant: bool, prospect: TurnReading | None) -> Move | None:
    """`prospect`: the prospect's turn before this one."""
    ploy = reading.search(cues.PRESSURE_PLOY)
    if ploy and not _echoes_the_prospect(ploy, prospect):
        principle = "dont-burn-bridges" if cues.BRIDGE_BURNING.search(ploy.phrase) else "curiosity-over-pressure"
        return Move("pressure", ploy, principle)
    close = reading.search(cues.CLOSE)
    leading = reading.search(cues.LEADING_QUESTION)
    if hesitant and close and not _answers_a_question(reading, prospect) and not _rules_out(close):
        return Move("pressure", close, "ask-the-concern")
    if leading and (hesitant or close or reading.search(cues.PRESUMES_THE_YES)):
        return Move("pressure", leading, "curiosity-over-pressure")
    argued = reading.search(cues.ARGUES_DOWN) if hesitant else None
    if argued and not argued.quote.endswith("?"):  # "Which of those costs you more?" asks
        return Move("pressure", argued, "curiosity-over-pressure")
    booked = reading.search(cues.BOOKS_THEM_IN) if hesitant else None
    return Move("pressure", booked, "ask-the-concern") if booked else None


def _echoes_the_prospect(ploy: Found, prospect: TurnReading | None) -> bool:
    """"If not now, when." after the prospect said it: their own words said back, not a ploy."""
    return prospect is not None and ploy.phrase in prospect.text


def _rules_out(close: Found) -> bool:
    """"Then signing today would be the wrong thing for you": the rep stepping back from the close."""
    return not close.negated and close.followed_in_sentence_by(cues.RULED_OUT)


def _answers_a_question(reading: TurnReading, prospect: TurnReading | None) -> bool:
    """The prospect's turn ended on a question and this one asks nothing back: a way to pay named
    in it ("It's payable at the appointment, card or bank transfer") answers that question."""
    if prospect is None or reading.questions:
        return False
    asked = prospect.last_question
    return asked is not None and asked.final


def _curiosity_move(reading: TurnReading, hesitant: bool) -> Move | None:
    # "I'll be straight with you. I need a yes or a no today": candour that leads into a ploy is the ploy's.
    transparency = reading.search(cues.TRANSPARENCY) if not reading.search(cues.PRESSURE_PLOY) else None
    if transparency:
        blame = cues.BLAME.search(transparency.phrase)
        return Move("curiosity", transparency, "take-the-blame" if blame else "transparency")
    for question in reading.questions:
        if _explores(question, reading):
            found = Found(reading, reading.turn.text.find(question.text), question.text)
            return Move("curiosity", found, "ask-the-concern" if hesitant else "clear-intent")
    return None


def _explores(question: Question, reading: TurnReading) -> bool:
    """A question into the prospect's own situation, not a close, a check-in, a presumption or
    the rep's own time ("How's Wednesday?", "Thursday at one or Friday at ten?")."""
    text = question.plain
    if question.kind in ("check_in", "other") or cues.ASKS_PERMISSION.match(question.opening):
        return False
    # The turn's own (memoised) search rules a cue out for every question in it at once.
    if reading.search(cues.CLOSE) and cues.CLOSE.search(text):
        return False
    if reading.search(cues.LEADING_QUESTION) and cues.LEADING_QUESTION.search(text):
        return False
    if reading.search(cues.PRESSURE_PLOY) and cues.PRESSURE_PLOY.search(text):
        return False  # "what if something happens before you've had that chat?" is a ploy put as a question
    explores = question.kind == "open" or bool(cues.ABOUT_THEM.search(text)) and not cues.REQUEST.search(text)
    # Small talk, offering to answer more, or arranging how to stay in touch, how to pay or when to
    # meet, is not exploring; the time is looked for last, in the question alone, as it is the
    # dearest cue to search.
    return explores and not (
        reading.search(cues.GREETING) and cues.GREETING.search(text)
        or reading.search(cues.CONTACT_DETAILS) and cues.CONTACT_DETAILS.search(text)
        or reading.search(cues.PAYMENT_OPTION) and cues.PAYMENT_OPTION.search(text)
        or reading.search(cues.OFFERS_TO_ANSWER) and cues.OFFERS_TO_ANSWER.search(text)
        or reading.search(cues.ASKS_WHEN) and cues.ASKS_WHEN.search(text)
        or _puts_a_time(text)
    )


def _puts_a_time(question: str) -> bool:
    """Names a time to meet ("How's Wednesday?"), not a time in the prospect's routine ("What part
    of Friday night takes the longest?", "What would you do with your Friday nights?")."""
    return any(cues.ROUTINE_TIME.search(question, 0, time.start()) is None for time in cues.NAMED_TIME.finditer(question))


def _puts_the_time_again(reading: TurnReading, earlier_reps: list[TurnReading]) -> Move | None:
    """A time the rep already put, asked for again ("Thursday at two, yeah?"), or part of it ("I'll
    drop an invite in for Thursday")."""
    time = proposed_time(reading)
    if time is None:
        return None
    said = set(cues.time_words(time.phrase))
    for earlier in earlier_reps:
        put = proposed_time(earlier)
        if put is not None and said <= set(cues.time_words(put.phrase)):
            return Move("pressure", time, "ask-the-concern")
    return None


def _said_no(prospect: TurnReading | None, signals: dict[int, Signal]) -> bool:
    """The prospect's last turn held back."""
    signal = signals.get(prospect.number) if prospect is not None else None
    return signal is not None and signal.kind in HESITATION


def find_moves(readings: list[TurnReading], signals: dict[int, Signal]) -> list[Move]:
    """Each rep turn's moves, read against whether the prospect is still hesitating: a doubt or a
    put-off starts it, and agreeing or deciding ("Can I pay by card?") ends it. Putting the same
    time again just after they held back ("Thursday at two, yeah?") is closing again after a no."""
    moves: list[Move] = []
    hesitant = False
    prospect: TurnReading | None = None
    previous_rep: TurnReading | None = None
    earlier_reps: list[TurnReading] = []
    for reading in readings:
        if reading.role == "prospect":
            prospect = reading
            signal = signals.get(reading.number)
            if signal is not None and signal.kind in HESITATION:
                hesitant = True
            elif hesitant and (is_acceptance(reading) or decision(reading, previous_rep) is not None):
                hesitant = False
            continue
        if reading.role != "rep":
            continue
        previous_rep = reading
        pressure, curiosity = _pressure_move(reading, hesitant, prospect), _curiosity_move(reading, hesitant)
        if pressure is None and curiosity is None and _said_no(prospect, signals):
            pressure = _puts_the_time_again(reading, earlier_reps)
        earlier_reps.append(reading)
        moves.extend(move for move in (pressure, curiosity) if move is not None)
        if curiosity is not None and pressure is None and hesitant:
            hesitant = curiosity.principle == "clear-intent"  # explored: the rep has stopped pushing
    return moves


def judge_stance(
    readings: list[TurnReading], signals: dict[int, Signal], handled_turns: list[int], missed_turns: list[int]
) -> PressureVsCuriosity:
    moves = find_moves(readings, signals)
    pressure = [m for m in moves if m.kind == "pressure"]
    curiosity = [m for m in moves if m.kind == "curiosity"]
    rep_turns = sum(1 for r in readings if r.role == "rep") or 1
    # A genuine recovery: the rep resets well after its last push.
    recovered = bool(pressure) and any(turn > pressure[-1].turn for turn in handled_turns)
    # A push the cues saw, and noes the rep went past without once resetting, is pushing against
    # hesitation even when the other pushes were put in words no cue lists.
    noes_pushed_past = sum(1 for turn in missed_turns if signals[turn].kind in ("stall", "failed_close"))
    pushed_past_noes = bool(pressure) and noes_pushed_past >= PRESSURE_TURNS and not handled_turns
    if (len(pressure) >= PRESSURE_TURNS or pushed_past_noes) and not recovered:
        stance = "pressure"
    elif not pressure and len(curiosity) >= CURIOUS_TURNS and (
        len(curiosity) / rep_turns + RESET_WEIGHT * (len(handled_turns) - len(missed_turns)) >= CURIOUS_SHARE
    ):
        stance = "curiosity"
    else:
        stance = "balanced"
    weighted_pressure = 1.5 * len(pressure)
    raw = (len(curiosity) - weighted_pressure) / (len(curiosity) + weighted_pressure + 1)
    if stance == "pressure":
        score = min(raw, -BALANCED_LIMIT)
    elif stance == "curiosity":
        score = max(raw, BALANCED_LIMIT)
    else:
        score = max(-BALANCED_LIMIT, min(BALANCED_LIMIT, raw))
    shown = (pressure[:EVIDENCE_LIMIT // 2] + curiosity)[:EVIDENCE_LIMIT]
    evidence = [
        Evidence(turn=m.turn, kind=m.kind, quote=m.found.quote, principle=m.principle)
        for m in sorted(shown, key=lambda m: m.turn)
    ]
    return PressureVsCuriosity(stance=stance, score=round(score, 2), evidence=evidence)
