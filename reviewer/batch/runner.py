"""One batch run: read every call, skip the ones already done, judge the rest, write each result
as it completes, and record every call that breaks without stopping the others.

Everything runs on one event loop. The offline engine judges in turn (it is fast enough); an
engine with `ajudge` has `concurrency` workers, each with one call in flight. Ctrl-C cancels at
the next await, so a call is either written whole or not at all, and a rerun resumes.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timezone

from reviewer.api import assemble_critique
from reviewer.batch.calls import PreparedCall, prepare_call
from reviewer.batch.inputs import CallFile
from reviewer.batch.progress import BatchProgress, Tally
from reviewer.batch.reps import RepMap
from reviewer.batch.results import ResultDir
from reviewer.engines import Engine, EngineResult
from reviewer.errors import InputError, ReviewerError


@dataclass
class BatchOptions:
    rep: str | None = None
    reps: RepMap | None = None
    force: bool = False
    concurrency: int = 8
    quiet: bool = True


class BatchRun:
    def __init__(self, files: list[CallFile], out: ResultDir, engine: Engine, options: BatchOptions, *, store=None):
        self.files = files
        self.out = out
        self.engine = engine
        self.options = options
        self.store = store
        self.tally = Tally(total=len(files))
        self.unmatched_by_reps: list[str] = []  # calls where --reps named nobody, so the rep was inferred
        self._progress = BatchProgress(self.tally, quiet=options.quiet)

    def run(self, batch_api=None) -> Tally:
        """Raises KeyboardInterrupt on Ctrl-C, after which every written result is complete.
        `batch_api` (a `BatchAPI`) sends the calls through OpenAI's Batch API instead."""
        with self._progress:
            asyncio.run(self._run(batch_api))
        return self.tally

    async def _run(self, batch_api) -> None:
        try:
            await self._judge_all(batch_api)
        finally:
            close = getattr(self.engine, "aclose", None)
            if close is not None:  # its connections belong to this event loop
                await close()

    async def _judge_all(self, batch_api) -> None:
        if batch_api is not None:
            pending = []
            for file in self.files:
                pending.extend(filter(None, [self._prepare(file)]))
                await asyncio.sleep(0)
            await batch_api.run(pending, self)
        elif getattr(self.engine, "ajudge", None) is None:
            for file in self.files:
                call = self._prepare(file)
                result = call and self._judge_now(call)
                if result is not None:
                    self.judged(call, result)
                await asyncio.sleep(0)  # where Ctrl-C lands: between calls, never inside a write
        else:
            await self._judge_concurrently(self.options.concurrency)

    async def _judge_concurrently(self, workers: int) -> None:
        """`workers` calls in flight at most. Calls are read ahead while the requests are out,
        so a free worker sends its next request at once instead of reading a file first."""
        ready: asyncio.Queue[PreparedCall | None] = asyncio.Queue(maxsize=workers)

        async def read_ahead() -> None:
            for file in self.files:
                call = self._prepare(file)
                if call is not None:
                    await ready.put(call)
                await asyncio.sleep(0)  # let a worker send it before the next file is read
            for _ in range(workers):
                await ready.put(None)

        async def work() -> None:
            while (call := await ready.get()) is not None:
                result = await self._ajudge(call)
                if result is not None:
                    self.judged(call, result)

        await asyncio.gather(read_ahead(), *(work() for _ in range(workers)))

    def _prepare(self, file: CallFile) -> PreparedCall | None:
        """The call ready to judge; None when it failed to read or is already done."""
        try:
            call = prepare_call(file, self.engine, rep=self.options.rep, reps=self.options.reps)
        except Exception as error:
            self.failed(file, "read", error)
            return None
        if self.options.reps and not call.rep_from_map:
            self.unmatched_by_reps.append(file.name)
        if not self.options.force and self.out.finished_key(file.name) == call.key:
            self.out.clear_failure(file.name)
            self.tally.skipped += 1
            self._progress.refresh()
            return None
        return call

    def _judge_now(self, call: PreparedCall) -> EngineResult | None:
        try:
            return self.engine.judge(call.transcript, call.stats)
        except Exception as error:
            self.failed(call.file, "engine", error)
            return None

    async def judge(self, call: PreparedCall, limit: asyncio.Semaphore, first_answer: dict) -> None:
        """Validate an answer the Batch API fetched, as `ajudge` validates its own; only a repair
        request can still be sent, within the same limit."""
        async with limit:
            result = await self._ajudge(call, first_answer)
        if result is not None:
            self.judged(call, result)

    async def _ajudge(self, call: PreparedCall, first_answer: dict | None = None) -> EngineResult | None:
        try:
            options = {} if first_answer is None else {"first_answer": first_answer}
            return await self.engine.ajudge(call.transcript, call.stats, **options)
        except Exception as error:
            self.failed(call.file, "engine", error)
            return None

    def judged(self, call: PreparedCall, result: EngineResult) -> None:
        """Store and write one finished critique."""
        critique = assemble_critique(call.transcript, self.engine, call.stats, result)
        if self.store is not None:
            # The store groups calls by rep, so it gets the team's name for them from --reps.
            stored = critique.model_copy(update={"transcript": critique.transcript.model_copy(update={"rep": call.rep})})
            self.store.save(stored, call_date=call.call_date, source_sha256=call.source_sha256)
        document = critique.model_dump(mode="json")
        document["batch"] = {
            "key": call.key,
            "file": call.source,
            "source_sha256": call.source_sha256,
            "rep": call.rep,
            "call_date": call.call_date.isoformat(),
            "critiqued_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        try:
            self.out.write_result(call.file.name, document)
        except OSError as error:
            raise InputError(
                f"cannot write {self.out.result_path(call.file.name)}: {error.strerror}; check the --out folder"
            ) from None
        self.tally.critiqued += 1
        self._progress.refresh()

    def failed(self, file: CallFile, stage: str, error: Exception) -> None:
        reason = str(error) if isinstance(error, ReviewerError) else f"unexpected {type(error).__name__}: {error}"
        self.out.record_failure(file.name, str(file.path), stage, reason)
        self.tally.failed += 1
        self._progress.refresh()

    def show_status(self, description: str) -> None:
        self._progress.refresh(description)
