"""Call statistics, counted in code so no model can get them wrong."""

from __future__ import annotations

import re

from reviewer.schema import CallStats
from reviewer.transcript.model import Transcript

_QUESTION = re.compile(r"\?+")


def question_count(text: str) -> int:
    """Runs of question marks: "Really??" asks one question."""
    if "??" in text:
        return len(_QUESTION.findall(text))
    return text.count("?")


def call_stats(transcript: Transcript) -> CallStats:
    turns = transcript.turns
    words = {t.number: t.words for t in turns}
    rep_turns = [t for t in turns if t.role == "rep"]
    total_words = sum(words.values()) or 1
    longest = max(rep_turns, key=lambda t: words[t.number], default=None)
    starts = [u.start for u in transcript.utterances if u.start is not None]
    return CallStats(
        turns=len(turns),
        rep_turns=len(rep_turns),
        rep_talk_share=round(sum(words[t.number] for t in rep_turns) / total_words, 3),
        rep_questions=sum(question_count(t.text) for t in rep_turns),
        prospect_questions=sum(question_count(t.text) for t in turns if t.role == "prospect"),
        longest_rep_monologue_words=words[longest.number] if longest else 0,
        longest_rep_monologue_turn=longest.number if longest else None,
        duration_seconds=(max(starts) - min(starts)) if len(starts) > 1 else None,
    )
