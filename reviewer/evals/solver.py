"""Solvers: run an engine over every case and keep what it said, right or wrong.

Offline runs the heuristic engine; openai either replays each case's cassette (the default,
no key, no network) or, with `record=True`, calls the live endpoint and rewrites the cassette.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reviewer.api import critique
from reviewer.engines import DEFAULT_MODEL, EngineSettings, create_engine
from reviewer.errors import EngineError, InputError
from reviewer.evals import replay
from reviewer.evals.cases import Case
from reviewer.evals.runlog import CaseRun, RunLog
from reviewer.transcript import read_transcript
from reviewer.transcript.model import Transcript


@dataclass
class SolverSettings:
    engine: str = "offline"
    model: str | None = None
    cassettes: Path = Path("evals/cassettes")
    record: bool = False
    base_url: str | None = None
    api_key: str | None = None

    @property
    def mode(self) -> str:
        if self.engine == "offline":
            return "offline"
        return "record" if self.record else "replay"


def read_case_transcript(case: Case) -> Transcript:
    """The source is named as the case file names it, so the request body (and with it the
    cassette match) does not depend on the folder the suite is run from."""
    try:
        transcript = read_transcript(str(case.transcript_path), rep=case.rep, prospects=case.prospects)
    except InputError as error:
        raise InputError(f"{case.file}: {error}") from error
    return transcript.model_copy(update={"source": case.transcript})


def run_suite(
    cases: list[Case],
    settings: SolverSettings,
    suite: str,
    cassettes_label: str | None = None,
    on_case: Callable[[CaseRun], None] | None = None,
) -> RunLog:
    model = None if settings.engine == "offline" else settings.model or DEFAULT_MODEL
    offline_engine = create_engine(EngineSettings(engine="offline")) if settings.engine == "offline" else None
    if settings.mode == "record":
        settings.cassettes.mkdir(parents=True, exist_ok=True)
    runs = []
    prompt_version = offline_engine.prompt_version if offline_engine else None
    for case in cases:
        transcript = read_case_transcript(case)
        cassette = replay.cassette_path(settings.cassettes, case.id)
        started = time.perf_counter()
        outcome, result, error = "scored", None, None
        try:
            if offline_engine is not None:
                result = critique(transcript, engine=offline_engine)
            elif settings.record:
                result = replay.record(transcript, cassette, model, settings.base_url, settings.api_key)
            else:
                result = replay.replay(transcript, cassette, model)
        except replay.StaleCassette as stale:
            outcome, error = "stale", str(stale)
        except replay.RecordingFailed:
            raise
        except EngineError as failure:
            outcome, error = "error", str(failure)
        if result is not None:
            prompt_version = result.engine.prompt_version
        run = CaseRun(
            case=case,
            transcript=transcript,
            outcome=outcome,
            critique=result,
            error=error,
            synthetic=outcome != "stale" and settings.engine == "openai"
            and replay.synthetic_marker(settings.cassettes, case.id).is_file(),
            seconds=round(time.perf_counter() - started, 4),
        )
        runs.append(run)
        if on_case:
            on_case(run)
    return RunLog(
        suite=suite, engine=settings.engine, model=model, prompt_version=prompt_version,
        mode=settings.mode, cases=runs,
        cassettes=None if settings.engine == "offline" else cassettes_label or str(settings.cassettes),
    )
