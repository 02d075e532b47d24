"""Solvers: run an engine over every case and keep what it said, right or wrong.

Offline runs the heuristic engine; openai either replays each case's cassette (the default,
no key, no network) or, with `record=True`, calls the live endpoint and rewrites the cassette.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache, partial
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

# Fewer cases than this per worker, and starting the workers costs more than they save.
MIN_CASES_PER_JOB = 32
# Cases handed to each worker at a time, per worker: small enough to even out long and short calls.
CHUNKS_PER_JOB = 8


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
    jobs: int = 1,
) -> RunLog:
    """`jobs` processes share the cases when replaying or judging offline; recording stays in one,
    so progress and the live endpoint's rate limits stay simple."""
    model = None if settings.engine == "offline" else settings.model or DEFAULT_MODEL
    if settings.mode == "record":
        settings.cassettes.mkdir(parents=True, exist_ok=True)
    prompt_version = _offline_engine().prompt_version if settings.engine == "offline" else None
    runs = []
    for run in _solve_all(cases, settings, model, 1 if settings.record else jobs):
        if run.critique is not None:
            prompt_version = run.critique.engine.prompt_version
        runs.append(run)
        if on_case:
            on_case(run)
    return RunLog(
        suite=suite, engine=settings.engine, model=model, prompt_version=prompt_version,
        mode=settings.mode, cases=runs,
        cassettes=None if settings.engine == "offline" else cassettes_label or str(settings.cassettes),
    )


def _solve_all(cases: list[Case], settings: SolverSettings, model: str | None, jobs: int) -> Iterator[CaseRun]:
    """The runs in the order of the cases."""
    solve = partial(_solve, settings=settings, model=model)
    jobs = min(jobs, len(cases) // MIN_CASES_PER_JOB)
    if jobs <= 1:
        yield from map(solve, cases)
        return
    if settings.engine == "offline":
        _offline_engine().expect_many_calls()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(solve, cases, chunksize=max(1, len(cases) // (jobs * CHUNKS_PER_JOB)))


@cache
def _offline_engine():
    return create_engine(EngineSettings(engine="offline"))


def _solve(case: Case, settings: SolverSettings, model: str | None) -> CaseRun:
    transcript = read_case_transcript(case)
    cassette = replay.cassette_path(settings.cassettes, case.id)
    started = time.perf_counter()
    outcome, result, error = "scored", None, None
    try:
        if settings.engine == "offline":
            result = critique(transcript, engine=_offline_engine())
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
    return CaseRun(
        case=case,
        transcript=transcript,
        outcome=outcome,
        critique=result,
        error=error,
        synthetic=outcome != "stale" and settings.engine == "openai"
        and replay.synthetic_marker(settings.cassettes, case.id).is_file(),
        seconds=round(time.perf_counter() - started, 4),
    )
