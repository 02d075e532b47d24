"""What the rep could have said: suggestions, the summary and the coaching points, in the
project's own words (ideas from the articles in shared/seeds, cited through principle ids)."""

from __future__ import annotations

from reviewer.engines.offline import cues
from reviewer.engines.offline.commitment import Agreement
from reviewer.engines.offline.responses import Response
from reviewer.schema import CoachingPoint, NextCommitment, PressureVsCuriosity, ResetMoment

PRINCIPLE_FOR_SIGNAL = {
    "disengagement": "reset-button",
    "no_problem": "find-the-problem",
    "unimpressed": "reset-button",
    "confusion": "take-the-blame",
    "stall": "expect-brush-offs",
    "failed_close": "ask-the-concern",
}

_BETTER_LINE = {
    "disengagement": "Stop the pitch, say what you notice and hand the call back: \"I've been doing most of the talking. "
    "What would be most worth our time from here?\"",
    "no_problem": "Own the questions and ask for the one thing that matters: \"I may not be asking the right questions. "
    "If you could change one thing about how this works today, what would it be?\"",
    "unimpressed": "Name the reaction instead of defending the pitch: \"I'm sensing this isn't quite what you expected. "
    "What were you hoping to see?\"",
    "confusion": "Take the blame for the explanation and let them steer: \"That's on me, I went too fast. "
    "Which part would be most useful to go through?\"",
    "failed_close": "Acknowledge the hesitation without pressing and ask into it: \"That's fair, and maybe I jumped ahead. "
    "Is there something I haven't addressed that's giving you pause?\"",
}
_BRUSH_OFF_LINE = {
    "consult": "Bring the other decision-maker in rather than waiting on a relay: \"Makes sense. What do you think they'll want to "
    "know? Could the three of us talk tomorrow evening?\"",
    "info": "Find out what the material must answer and tie it to a time: \"Happy to. So I send the right thing, what would it "
    "need to show you? And when shall we go through it together?\"",
    "incumbent": "Ask what the current arrangement does well before pitching against it: \"Good to hear. What do you like most "
    "about them, and is there anything you'd change?\"",
    "budget": "Explore the money question before moving on: \"Understood. Is it the total, the timing of the spend, or whether "
    "it will pay back?\"",
    "timing": "Ask what changes later that isn't true now: \"Sure. What needs to happen first, and what would make later better "
    "than now?\"",
    "think": "Ask what they will be weighing and offer a short follow-up: \"Of course. What's the part you most want to think "
    "through? Could I call you tomorrow at ten to talk it over?\"",
}
_MISS_REASON = {
    "pushes": "The rep pushed on toward the decision",
    "wraps_up": "The rep accepted it and wrapped up without probing",
    "pitch": "The rep carried on with the pitch",
    "script": "The rep moved on with its own questions",
}


def _miss_reason(response: Response) -> str:
    if response.pushes:
        return _MISS_REASON["pushes"]
    if response.wraps_up:
        return _MISS_REASON["wraps_up"]
    if response.reading.questions:
        return _MISS_REASON["script"]
    return _MISS_REASON["pitch"]


def reset_suggestion(signal_kind: str, quote: str, handled: bool, response: Response) -> str:
    if handled:
        if response.concern_question is not None:
            said = response.concern_question.text
        elif response.fallback_question is not None:
            said = response.fallback_question.phrase
        else:
            said = response.reading.turn.text
        return f"Good reset: the rep stopped its agenda and asked \"{said.strip()}\" instead of pressing on. Keep doing this."
    brush_off = cues.brush_off_kind(cues.plain(quote))
    better = _BRUSH_OFF_LINE[brush_off] if signal_kind == "stall" else _BETTER_LINE[signal_kind]
    if signal_kind == "failed_close" and brush_off == "consult":
        better += " Then offer a short call with whoever must weigh in, at a set time."
    return f"{_miss_reason(response)} after \"{quote}\". {better}"


def commitment_suggestion(
    agreement: Agreement | None, agenda: bool, stalled: bool, unaccepted_time: bool, stall_quote: str | None
) -> str:
    if agreement is not None and agreement.kind == "decision":
        if agenda:
            return "The prospect decided and the first step has a date and a purpose; confirm both in writing after the call."
        return "The prospect decided; before hanging up, put the first step on the calendar and agree what it will cover."
    if agreement is not None:
        if agenda:
            return "A time and a purpose were agreed; open that conversation by picking up exactly where this one stopped."
        return "A time was agreed but not what it is for; say what you will cover, e.g. \"Thursday we'll go through the numbers and decide on a pilot.\""
    if unaccepted_time:
        return "The time the rep proposed was never accepted; ask the prospect to confirm it or name one that suits them better."
    if stalled and stall_quote:
        return f"After \"{stall_quote}\", have a smaller step ready and ask for it: a call later today or tomorrow at a set time, or a meeting with whoever must weigh in."
    return "End by asking for the next conversation on a named day and time, and agree what it is for."


def summary(moments: list[ResetMoment], stance: PressureVsCuriosity, commitment: NextCommitment) -> str:
    missed = [m.turn for m in moments if m.status == "missed"]
    if not moments:
        first = "The prospect showed no clear sign of the call going off track."
    elif missed:
        turns = ", ".join(str(t) for t in missed[:5])
        first = f"The rep missed {len(missed)} of {len(moments)} moment{'s' if len(moments) > 1 else ''} where the call went off track (turn{'s' if len(missed) > 1 else ''} {turns})."
    else:
        where = "the one moment" if len(moments) == 1 else f"every one of the {len(moments)} moments"
        first = f"The rep reset the call well at {where} it went off track."
    lean = {"pressure": "leaned on pressure", "curiosity": "stayed curious", "balanced": "was neither pushy nor especially curious"}
    second = f"Overall the rep {lean[stance.stance]}."
    if commitment.secured:
        step = "a decision" if commitment.level == "decide" else f"a next step ({commitment.when})"
        third = f"The prospect agreed to {step} at turn {commitment.turn}."
    else:
        third = "No next step with a time was agreed."
    return f"{first} {second} {third}"


_ADVICE = {
    "reset-button": "When replies go flat or sceptical, stop presenting, say what you notice and ask where the prospect wants to go.",
    "find-the-problem": "If no problem has surfaced, own that your questions may not have helped and ask for the one goal that matters most.",
    "take-the-blame": "When the prospect is lost, take the blame for the explanation and ask which part would help them most.",
    "expect-brush-offs": "Treat a put-off as a question to explore: ask what lies behind it before agreeing to send, wait or call later.",
    "ask-the-concern": "After a no, pause, acknowledge it and ask what has not been addressed instead of asking again.",
    "curiosity-over-pressure": "Drop urgency and repeated closes once the prospect hesitates; explore the hesitation instead.",
    "dont-burn-bridges": "Never tell a hesitant prospect they are wrong or demand payment after a no; keep the door open.",
    "preferred-outcomes": "Go in with smaller next steps ready (a call back later today or tomorrow, a meeting with the other decision-maker) for when the answer is not yes.",
    "secure-next-conversation": "Do not leave without the prospect agreeing to the next conversation on a named day and time.",
    "set-next-agenda": "Agree what the next meeting is for so it continues this conversation instead of restarting it.",
}
# Put-offs and refused closes cost the most, so their advice comes first.
_SIGNAL_WEIGHT = {"failed_close": 3, "stall": 3, "unimpressed": 2, "no_problem": 2, "disengagement": 1, "confusion": 1}
COACHING_LIMIT = 4


def coaching_points(
    moments: list[ResetMoment], stance: PressureVsCuriosity, commitment: NextCommitment
) -> list[CoachingPoint]:
    weighted: dict[str, tuple[int, list[int]]] = {}
    for moment in moments:
        if moment.status != "missed":
            continue
        weight, turns = weighted.get(moment.principle, (0, []))
        weighted[moment.principle] = (weight + _SIGNAL_WEIGHT[moment.signal], turns + [moment.turn])
    ranked = sorted(weighted.items(), key=lambda item: -item[1][0])
    points = [CoachingPoint(principle=p, advice=_ADVICE[p], turns=turns) for p, (_, turns) in ranked]
    if stance.stance == "pressure":
        pushes = [e.turn for e in stance.evidence if e.kind == "pressure"]
        burning = any(e.principle == "dont-burn-bridges" for e in stance.evidence)
        principle = "dont-burn-bridges" if burning else "curiosity-over-pressure"
        points.insert(min(1, len(points)), CoachingPoint(principle=principle, advice=_ADVICE[principle], turns=pushes))
    if not commitment.secured:
        principle = "secure-next-conversation" if commitment.fallback_offered else "preferred-outcomes"
        stalls = [m.turn for m in moments if m.signal in ("stall", "failed_close")]
        points.insert(min(1, len(points)), CoachingPoint(principle=principle, advice=_ADVICE[principle], turns=stalls))
    elif not commitment.agenda:
        points.append(CoachingPoint(principle="set-next-agenda", advice=_ADVICE["set-next-agenda"], turns=[commitment.turn]))
    return points[:COACHING_LIMIT]
