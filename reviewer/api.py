"""The importable core: `critique()` turns a transcript into a grounded `Critique`."""

from __future__ import annotations

import os
from pathlib import Path

from reviewer.engines import Engine, EngineResult, EngineSettings, create_engine
from reviewer.schema import CallStats, Critique, EngineInfo, TranscriptInfo
from reviewer.stats import call_stats
from reviewer.transcript import read_transcript
from reviewer.transcript.model import Transcript


def critique(
    source: str | Path | Transcript,
    *,
    rep: str | None = None,
    prospects: list[str] | None = None,
    engine: str | Engine = "auto",
    model: str | None = None,
    base_url: str | None = None,
) -> Critique:
    """Critique one call. `source` is a path, "-" for stdin, or an already read Transcript."""
    transcript = (
        source if isinstance(source, Transcript)
        else read_transcript(str(source), rep=rep, prospects=prospects)
    )
    if isinstance(engine, str):
        settings = EngineSettings.from_env(os.environ, engine=engine, model=model, base_url=base_url)
        engine = create_engine(settings)
    stats = call_stats(transcript)
    return assemble_critique(transcript, engine, stats, engine.judge(transcript, stats))


def assemble_critique(transcript: Transcript, engine: Engine, stats: CallStats, result: EngineResult) -> Critique:
    """The engine's judgement wrapped with what code knows for certain; shared with `batch`,
    which gets its results from `ajudge` or the Batch API."""
    judgement = result.judgement
    return Critique(
        transcript=TranscriptInfo(
            source=transcript.source,
            format=transcript.format,
            turns=len(transcript.turns),
            rep=transcript.rep,
            rep_inferred=transcript.rep_inferred,
            prospects=transcript.prospects,
        ),
        engine=EngineInfo(
            name=engine.name,
            model=result.model or engine.model,
            prompt_version=engine.prompt_version,
        ),
        summary=judgement.summary,
        reset_moments=judgement.reset_moments,
        pressure_vs_curiosity=judgement.pressure_vs_curiosity,
        next_commitment=judgement.next_commitment,
        coaching_points=judgement.coaching_points,
        stats=stats,
        dropped_findings=result.dropped_findings,
        usage=result.usage,
    )
