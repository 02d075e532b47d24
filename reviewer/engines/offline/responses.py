"""How the rep's next turn answers a reset signal: handled or missed (contract section 2)."""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.engines.offline import cues
from reviewer.engines.offline.reading import Found, Question, TurnReading, once


@dataclass(frozen=True)
class Response:
    """The moves in one rep turn that matter for judging a reset."""

    reading: TurnReading

    @once
    def transparency(self) -> Found | None:
        return self.reading.search(cues.TRANSPARENCY)

    @once
    def owns_behaviour(self) -> bool:
        """A statement (not a question) about the rep's own conduct in this call."""
        text = self.reading.text
        return any(
            not text[start:end].endswith("?") and cues.OWNS_BEHAVIOUR.search(text, start, end)
            for start, end in self.reading.sentences
        )

    @once
    def view_question(self) -> Question | None:
        """An open question about the prospect's own view ("what did you hope it would fix?")."""
        return next((q for q in self.open_questions if cues.ABOUT_THEM.search(q.plain)), None)

    @once
    def acknowledges(self) -> bool:
        return self.reading.search(cues.ACKNOWLEDGE) is not None

    @once
    def open_questions(self) -> list[Question]:
        """Asking for an email or a number is arranging, not opening anything up."""
        arranging = self.reading.search(cues.CONTACT_DETAILS) is not None
        return [q for q in self.reading.questions if q.kind == "open" and not (arranging and cues.CONTACT_DETAILS.search(q.plain))]

    @once
    def concern_question(self) -> Question | None:
        """An open question into the prospect's view, goal, concern or direction."""
        for question in self.open_questions:
            if cues.CONCERN_WORDS.search(question.plain):
                return question
        return None

    @once
    def fallback_question(self) -> Found | None:
        """A smaller next step whose time the prospect names ("when should we go through it?", "is
        today or tomorrow easier?"); a time the rep has already fixed is the rep's agenda, not the
        prospect's."""
        for question in self.reading.questions:
            text = question.plain
            time_left_open = not cues.NAMED_TIME.search(text) or cues.times_as_options(text) or cues.DAYS_TO_CHOOSE.search(text)
            if (cues.FALLBACK_STEP.search(text) or cues.ASKS_WHEN.search(text)) and time_left_open:
                return Found(self.reading, self.reading.turn.text.find(question.text), question.text)
        return None

    @once
    def pushes(self) -> Found | None:
        """Pressure, a presumptive question or another close: the rep keeps its own agenda."""
        return (
            self.reading.search(cues.PRESSURE_PLOY)
            or self.reading.search(cues.LEADING_QUESTION)
            or self.reading.search(cues.CLOSE)
        )

    @once
    def wraps_up(self) -> bool:
        """Ends the call or sends what the prospect asked for instead of asking into it."""
        return self.reading.search(cues.WRAP_UP) is not None or self.reading.search(cues.PROMISES_TO_SEND) is not None


def picks_up(question: Question, signal: TurnReading) -> bool:
    """The question reuses a word the prospect just said ("what does 'fine' look like?"): it is
    about their reaction, not the rep's script."""
    said = {word for word in signal.words if len(word) >= 4 and word not in cues.COMMON_WORDS}
    return not said.isdisjoint(cues.WORD.findall(question.plain))


def is_handled(signal_kind: str, response: Response, signal: TurnReading) -> bool:
    if response.pushes:
        return False
    if signal_kind == "failed_close":
        # Acknowledge without pressure and ask into the hesitation; a fallback alone is not enough.
        return (response.acknowledges or response.transparency is not None) and response.concern_question is not None
    if signal_kind == "stall":
        return (
            response.concern_question is not None
            or response.fallback_question is not None
            or (response.transparency is not None and bool(response.open_questions))
        )
    if response.transparency is not None:
        return bool(response.open_questions)
    # Owning what the rep just did, then handing the call back with a question about their view.
    if response.owns_behaviour and response.view_question is not None:
        return True
    # Granting the point and setting the agenda aside, or asking about what they just said.
    view = response.view_question
    if response.acknowledges and view is not None and (
        response.reading.search(cues.DROPS_AGENDA) is not None or picks_up(view, signal)
    ):
        return True
    # Without naming what it sees, only a question aimed at the reaction itself resets the call.
    return response.acknowledges and response.concern_question is not None and bool(
        cues.REACTION_WORDS.search(response.concern_question.plain)
    )
