"""What a single turn is doing: which questions it asks and whether it is a pitch.

Each turn is read once per call (`read_turn`) and the result shared by every detector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from reviewer.engines.offline import cues
from reviewer.transcript.model import Turn

_CLAUSE_BREAK = re.compile(r"[,:;]")
QuestionKind = Literal["open", "factual", "closed", "check_in", "other"]

# A rep turn this long that asks at most one question is a pitch, not a conversation.
PITCH_WORDS = 35
# A prospect reply this short made only of filler words is a bare acknowledgement.
BARE_REPLY_WORDS = 6


@dataclass(frozen=True)
class Question:
    text: str
    kind: QuestionKind
    final: bool  # the turn ends on it, so the next speaker is answering it


def classify_question(sentence: str) -> QuestionKind:
    """By how the question starts; an open clause anywhere ("When you found them, what did they do?")
    makes it open."""
    body = cues.LEAD_IN.sub("", sentence)
    clauses = [cues.LEAD_IN.sub("", clause.lstrip()) for clause in _CLAUSE_BREAK.split(body)[1:]]
    if any(cues.OPEN_QUESTION_START.match(clause) for clause in clauses):
        return "open"
    if clauses and not cues.QUESTION_START.match(body):
        body = clauses[-1]
    if cues.FACTUAL_QUESTION_START.match(body):
        return "factual"
    if cues.OPEN_QUESTION_START.match(body):
        return "check_in" if cues.CHECK_IN.search(body) and len(body.split()) <= 6 else "open"
    if cues.CHECK_IN.search(body):
        return "check_in"
    if cues.CLOSED_QUESTION_START.match(body):
        return "closed"
    return "other"


class TurnReading:
    """Lazily computed facts about one turn; `text` is `cues.plain`, aligned with the original."""

    def __init__(self, turn: Turn):
        self.turn = turn
        self.text = cues.plain(turn.text)
        self._found: dict[int, Found | None] = {}
        self._derived: dict[str, object] = {}

    @property
    def number(self) -> int:
        return self.turn.number

    @property
    def role(self) -> str:
        return self.turn.role

    @cached_property
    def words(self) -> list[str]:
        return cues.WORD.findall(self.text)

    @cached_property
    def questions(self) -> list[Question]:
        found = []
        spans = cues.sentences(self.text)
        for index, (start, end) in enumerate(spans):
            sentence = self.text[start:end]
            final = index == len(spans) - 1
            if sentence.endswith("?"):
                found.append(Question(self.turn.text[start:end], classify_question(sentence), final))
            elif cues.OPEN_PROMPT.match(cues.LEAD_IN.sub("", sentence)):
                found.append(Question(self.turn.text[start:end], "open", final))
        return found

    @property
    def last_question(self) -> Question | None:
        return self.questions[-1] if self.questions else None

    @cached_property
    def is_pitch(self) -> bool:
        return len(self.words) >= PITCH_WORDS and len(self.questions) <= 1

    @cached_property
    def is_bare_reply(self) -> bool:
        return 0 < len(self.words) <= BARE_REPLY_WORDS and all(w in cues.FILLER_WORDS for w in self.words)

    @cached_property
    def asks_discovery(self) -> bool:
        """Ends on an open question about the prospect's world, so the reply is an answer."""
        last = self.last_question
        return last is not None and last.kind == "open" and last.final

    def search(self, pattern: re.Pattern[str]) -> "Found | None":
        """The first match of a cue; memoised, since several detectors ask about the same turn."""
        key = id(pattern)  # hashing a compiled pattern is slow; cues live for the process
        if key not in self._found:
            match = pattern.search(self.text)
            self._found[key] = Found(self, match.start(), match.group(0)) if match else None
        return self._found[key]

    def derived(self, key: str, compute):
        """A memoised fact computed from this turn by another module."""
        if key not in self._derived:
            self._derived[key] = compute(self)
        return self._derived[key]


@dataclass(frozen=True)
class Found:
    """A cue found in a turn, with the verbatim sentence around it."""

    reading: TurnReading
    position: int
    phrase: str

    @property
    def quote(self) -> str:
        return cues.sentence_at(self.reading.turn.text, self.position)


def read_turns(turns: list[Turn]) -> list[TurnReading]:
    return [TurnReading(turn) for turn in turns]
