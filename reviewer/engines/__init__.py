"""Engines judge a transcript. `offline` needs nothing; `openai` talks to any compatible server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from reviewer.schema import CallStats, Judgement, Usage
from reviewer.transcript.model import Transcript


@dataclass
class EngineResult:
    judgement: Judgement
    dropped_findings: int = 0
    usage: Usage | None = None
    model: str | None = None  # the model that answered, as the response names it


class Engine(Protocol):
    name: str
    model: str | None
    prompt_version: str | None

    def judge(self, transcript: Transcript, stats: CallStats) -> EngineResult: ...


DEFAULT_MODEL = "gpt-4.1-mini"


@dataclass
class EngineSettings:
    """Which engine to use and how to reach a model; flags win over the environment."""

    engine: str = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None

    @classmethod
    def from_env(cls, environ, *, engine="auto", model=None, base_url=None, api_key=None):
        return cls(
            engine=engine,
            model=model or environ.get("REVIEWER_MODEL") or None,
            base_url=base_url or environ.get("OPENAI_BASE_URL") or None,
            api_key=api_key or environ.get("OPENAI_API_KEY") or None,
        )

    @property
    def resolved_engine(self) -> str:
        if self.engine != "auto":
            return self.engine
        return "openai" if (self.api_key or self.base_url) else "offline"


def create_engine(settings: EngineSettings) -> Engine:
    from reviewer.errors import UsageError

    name = settings.resolved_engine
    if name == "offline":
        from reviewer.engines.offline import OfflineEngine

        return OfflineEngine()
    if name == "openai":
        from reviewer.engines.openai_engine import OpenAIEngine

        return OpenAIEngine(
            model=settings.model or DEFAULT_MODEL,
            base_url=settings.base_url,
            api_key=settings.api_key,
        )
    raise UsageError(f"unknown engine {name!r}: choose auto, offline or openai")
