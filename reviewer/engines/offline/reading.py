"""What a single turn is doing: which questions it asks and whether it is a pitch.

Each turn is read once per call (`read_turn`) and the result shared by every detector.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from reviewer.engines.offline import cues
from reviewer.engines.offline.phrases import Phrases
from reviewer.transcript.model import Turn

_CLAUSE_END = re.compile(r"[,:;.!?]|\b(?:but|and|so)\b")
_UNSEEN = object()
QuestionKind = Literal["open", "factual", "closed", "check_in", "other"]

# A rep turn this long that asks at most one question is a pitch, not a conversation.
PITCH_WORDS = 35
# A prospect reply this short made only of filler words is a bare acknowledgement.
BARE_REPLY_WORDS = 6
# Six filler words with their punctuation never run this long, so longer replies skip the count.
BARE_REPLY_CHARS = 120
# How far back (characters) a negation can reach to turn a cue round.
NEGATION_REACH = 30
# A condition can open a longer clause ("if we're happy with the answers I'll sign it today").
CONDITION_REACH = 60


class once:
    """A property computed on first read and then stored on the instance, like
    `functools.cached_property` but without the lock that takes on every first read in Python
    3.11: a call reads every one of its turns."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


class Question(NamedTuple):  # a tuple: made by the hundred per call, twice as quick as a frozen dataclass
    text: str
    kind: QuestionKind
    final: bool  # the turn ends on it, so the next speaker is answering it
    plain: str  # `cues.plain(text)`, which several detectors search
    opening: str  # `plain` without its lead-in ("So, ..."), for cues that must start it


def without_lead_in(sentence: str) -> str:
    """The sentence after its lead-in ("So, okay, ..."); the lead-in can only open it, so one
    match at the start does what a substitution would, without trying every position."""
    lead_in = cues.LEAD_IN.match(sentence)
    return sentence[lead_in.end():] if lead_in else sentence


def classify_question(body: str) -> QuestionKind:
    """By how the question starts, once its lead-in ("So, ...") is cut; an open clause anywhere
    ("When you found them, what did they do?") makes it open, and so does a choice left open ("Is it
    owning it outright, or the monthly, or something else?"), and so do reasons named to pick from
    ("is it that the contract's doing the job, or is it more that now's not the time?")."""
    parts = cues.CLAUSE_BREAK.split(body) if cues.CLAUSE_BREAK.search(body) else ()
    clauses = [without_lead_in(clause.lstrip()) for clause in parts[1:]]
    if any(cues.OPEN_QUESTION_START.match(clause) for clause in clauses) or cues.LEAVES_IT_OPEN.search(body) or cues.NAMES_REASONS.search(body):
        return "open"
    if clauses and not cues.QUESTION_START.match(body):
        body = clauses[-1]
    if cues.FACTUAL_QUESTION_START.match(body):
        return "factual"
    if cues.OPEN_QUESTION_START.match(body):
        return "check_in" if len(body.split()) <= 6 and cues.CHECK_IN.search(body) else "open"
    if cues.CHECK_IN.search(body):
        return "check_in"
    if cues.CLOSED_QUESTION_START.match(body):
        return "closed"
    return "other"


def _unpunctuated_question(sentence: str, opening: str) -> bool:
    """A question typed in a chat or heard by auto-captions, which leave off its question mark
    ("hows the current vendor been for you"): a turn's last sentence, with no stop at all, whose
    start or last clause starts like a question ("what we do is..." does not, nor "you'd be on Pro,
    which is seventy-nine a seat")."""
    if sentence[-1] in ".!":
        return False
    last_clause = without_lead_in(cues.CLAUSE_BREAK.split(opening)[-1].lstrip())
    if cues.RELATIVE_CLAUSE.match(last_clause):
        last_clause = opening
    return any(
        cues.QUESTION_START.match(part) is not None and cues.STATEMENT_AFTER_QUESTION_WORD.match(part) is None
        for part in (opening, last_clause)
    )


class TurnReading:
    """Lazily computed facts about one turn; `text` is `cues.plain`, aligned with the original."""

    def __init__(self, turn: Turn):
        self.turn = turn
        self.number = turn.number
        self.role = turn.role
        self.text = cues.plain(turn.text)
        self._found: dict[Phrases, Found | None] = {}
        self._derived: dict[str, object] = {}

    @once
    def words(self) -> list[str]:
        return cues.WORD.findall(self.text)

    def words_in(self, span: tuple[int, int]) -> list[str]:
        return cues.WORD.findall(self.text, *span)

    @once
    def sentences(self) -> list[tuple[int, int]]:
        """Spans of the turn's sentences, valid in both `text` and the original."""
        return cues.sentences(self.turn.text)

    @once
    def questions(self) -> list[Question]:
        found = []
        spans = self.sentences
        for index, (start, end) in enumerate(spans):
            sentence = self.text[start:end]
            opening = without_lead_in(sentence)
            if sentence.endswith("?") or index == len(spans) - 1 and _unpunctuated_question(sentence, opening):
                kind = classify_question(opening)
            elif cues.OPEN_PROMPT.match(opening):
                kind = "open"
            else:
                continue
            found.append(Question(self.turn.text[start:end], kind, index == len(spans) - 1, sentence, opening))
        return found

    @once
    def last_question(self) -> Question | None:
        return self.questions[-1] if self.questions else None

    @once
    def is_pitch(self) -> bool:
        # Counting words is the slow part; a turn too short to hold that many is settled without it.
        long_enough = len(self.text) >= 2 * PITCH_WORDS - 1
        return long_enough and len(self.words) >= PITCH_WORDS and len(self.questions) <= 1

    @once
    def starts_conversation(self) -> bool:
        """Anything but a greeting ("thanks for booking", "is now okay?", "can you hear me?"); one
        that says what the call is about ("I'm calling about your renewal") starts it."""
        if self.is_pitch or self.search(cues.GREETING) is None or self.search(cues.STATES_PURPOSE):
            return True
        return any(q.kind != "other" and not cues.GREETING.search(q.plain) for q in self.questions)

    @once
    def is_bare_reply(self) -> bool:
        if len(self.text) > BARE_REPLY_CHARS:
            return False
        return 0 < len(self.words) <= BARE_REPLY_WORDS and all(w in cues.FILLER_WORDS for w in self.words)

    @property
    def has_words(self) -> bool:
        return cues.WORD.search(self.text) is not None

    @once
    def asks_discovery(self) -> bool:
        """Ends on an open question about the prospect's world, so the reply is an answer."""
        last = self.last_question
        return last is not None and last.kind == "open" and last.final

    def search(self, pattern: Phrases) -> "Found | None":
        """The first match of a cue; memoised, since several detectors ask about the same turn."""
        found = self._found.get(pattern, _UNSEEN)
        if found is not _UNSEEN:
            return found
        match = pattern.search(self.text)
        found = self._found[pattern] = Found(self, match.start(), match.group(0)) if match else None
        return found

    def derived(self, key: str, compute):
        """A memoised fact computed from this turn by another module."""
        if key not in self._derived:
            self._derived[key] = compute(self)
        return self._derived[key]


class Found(NamedTuple):
    """A cue found in a turn, with the verbatim sentence around it."""

    reading: TurnReading
    position: int
    phrase: str

    @property
    def end(self) -> int:
        return self.position + len(self.phrase)

    @property
    def quote(self) -> str:
        """The verbatim sentence the cue is in (the whole turn, trimmed, if it is in none)."""
        span = self._own_sentence()
        text = self.reading.turn.text
        return text[span[0] : span[1]] if span else text.strip()

    @property
    def negated(self) -> bool:
        """A negation just before the cue in its clause ("I don't think I'm ready to sign") turns it round."""
        return cues.NEGATION.search(self._clause_before(NEGATION_REACH)) is not None

    @property
    def conditional(self) -> bool:
        """Said as a condition ("I'll call you if I want to go ahead", "She said if the price is
        right, I can go ahead", "If I can't tell which is which, I'm in"), or to wait on a check
        ("I'll sign it once I've checked with my accountant"), so nothing is settled yet."""
        if cues.CONDITION.search(self._clause_before(CONDITION_REACH)) is not None:
            return True
        sentence = self._own_sentence()
        if sentence is None:
            return False
        text, start = self.reading.text, sentence[0]
        if cues.REPORTED_CONDITION.match(text, start, self.position) and not cues.CONCLUDES.search(text, start, self.position):
            return True
        if cues.TEST_TO_PASS.match(text, start, self.position) or cues.ANOTHERS_SAY_SO.search(text, start, self.position):
            return True
        return cues.AFTER_A_CHECK.search(text, self.end, sentence[1]) is not None

    @property
    def sentence_span(self) -> tuple[int, int]:
        """Where the cue's own sentence starts and ends in the turn."""
        return self._own_sentence() or (0, len(self.reading.text))

    def _own_sentence(self) -> tuple[int, int] | None:
        return next(((start, end) for start, end in self.reading.sentences if start <= self.position < end), None)

    def followed_in_sentence_by(self, pattern: Phrases) -> bool:
        """Whether `pattern` matches after the cue, within the cue's own sentence. Auto-captions
        leave out every stop ("ugh ok fine lets do it write up both but i want the bed liners in
        writing"), so in a turn without one the sentence is taken to end a few words on."""
        end = self.sentence_span[1]
        if not cues.SENTENCE_STOP.search(self.reading.text):
            end = min(end, cues.A_FEW_WORDS.match(self.reading.text, self.end).end())
        return pattern.search(self.reading.text, self.position, end) is not None

    def _clause_before(self, reach: int) -> str:
        before = self.reading.text[max(0, self.position - reach) : self.position]
        return _CLAUSE_END.split(before)[-1]


def read_turns(turns: list[Turn]) -> list[TurnReading]:
    return [TurnReading(turn) for turn in turns]


def forget(readings: list[TurnReading]) -> None:
    """Drop what the readings memoised. A found cue points back at its reading, so otherwise a
    call's readings are freed only by the cycle collector, which then runs on nearly every call."""
    for reading in readings:
        reading._found.clear()
        reading._derived.clear()
