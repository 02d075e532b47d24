"""The critique's shape (contract section 5).

`Judgement` is what an engine decides about a call; it is also the structured-output schema
the LLM fills. `Critique` wraps it with what code knows for certain: the transcript, the
engine, the call statistics and how many findings failed validation.
"""

from __future__ import annotations

import functools
import json
from typing import Any, Literal

from pydantic import BaseModel, Field

SCHEMA_VERSION = "1"

Signal = Literal["disengagement", "no_problem", "unimpressed", "stall", "failed_close", "confusion"]
SIGNALS: tuple[str, ...] = Signal.__args__
Status = Literal["handled", "missed"]
Stance = Literal["pressure", "balanced", "curiosity"]
EvidenceKind = Literal["pressure", "curiosity"]
CommitmentLevel = Literal[
    "time", "explore", "change", "collaborate", "consensus",
    "invest", "review", "resolve_concerns", "decide", "execute",
]


class ResetMoment(BaseModel):
    turn: int = Field(description="Number of the prospect turn that shows the signal.")
    signal: Signal
    status: Status
    quote: str = Field(description="Verbatim words from that prospect turn.")
    principle: str = Field(description="Id from the principle catalogue.")
    suggestion: str = Field(description="What the rep could have said instead, or why it worked.")


class Evidence(BaseModel):
    turn: int = Field(description="Number of the rep turn.")
    kind: EvidenceKind
    quote: str = Field(description="Verbatim words from that rep turn.")
    principle: str


class PressureVsCuriosity(BaseModel):
    stance: Stance
    score: float = Field(ge=-1.0, le=1.0, description="-1 all pressure, +1 all curiosity.")
    evidence: list[Evidence]


class NextCommitment(BaseModel):
    secured: bool
    turn: int | None = Field(description="Prospect turn where the agreement becomes explicit.")
    when: str | None = Field(description="The agreed time as said, or null.")
    level: CommitmentLevel | None
    fallback_offered: bool
    agenda: bool
    quote: str | None = Field(description="Verbatim words from the commitment turn, or null.")
    suggestion: str


class CoachingPoint(BaseModel):
    principle: str
    advice: str
    turns: list[int]


class Judgement(BaseModel):
    """Everything an engine judges about one call."""

    summary: str
    reset_moments: list[ResetMoment]
    pressure_vs_curiosity: PressureVsCuriosity
    next_commitment: NextCommitment
    coaching_points: list[CoachingPoint]

    @classmethod
    def model_json_schema(cls, *args, **options) -> dict[str, Any]:
        """Built once: the openai SDK asks for the schema on every `parse()` and pydantic would
        rebuild it each time, a fifth of a replayed eval. A fresh copy each time, because the SDK
        edits it; parsing the kept JSON copies it ten times faster than `copy.deepcopy`."""
        return json.loads(_built_schema(cls, args, tuple(sorted(options.items()))))


@functools.cache
def _built_schema(model: type[Judgement], args: tuple, options: tuple) -> str:
    return json.dumps(super(Judgement, model).model_json_schema(*args, **dict(options)))


class TranscriptInfo(BaseModel):
    source: str
    format: str
    turns: int
    rep: str
    rep_inferred: bool
    prospects: list[str]


class EngineInfo(BaseModel):
    name: str
    model: str | None = None
    prompt_version: str | None = None


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0


class CallStats(BaseModel):
    """Computed from the transcript in code, never by a model."""

    turns: int
    rep_turns: int
    rep_talk_share: float = Field(description="Share of all words spoken by the rep, 0..1.")
    rep_questions: int
    prospect_questions: int
    longest_rep_monologue_words: int
    longest_rep_monologue_turn: int | None
    duration_seconds: float | None


class Critique(BaseModel):
    schema_version: str = SCHEMA_VERSION
    transcript: TranscriptInfo
    engine: EngineInfo
    summary: str
    reset_moments: list[ResetMoment]
    pressure_vs_curiosity: PressureVsCuriosity
    next_commitment: NextCommitment
    coaching_points: list[CoachingPoint]
    stats: CallStats
    dropped_findings: int = Field(0, description="Findings removed because they failed validation.")
    usage: Usage | None = None
