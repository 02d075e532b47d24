"""`--via batch-api`: the week's calls as one OpenAI Batch API job, at half the price.

The requests are the ones the direct path sends (`OpenAIEngine.request_body`), and every answer
goes through the same validation (`ajudge(first_answer=...)`), including its one repair request,
which is sent directly. The batch id is kept in `<out>/batch-api.json` until the answers are
written, so a run stopped while waiting resumes polling the same batch instead of paying twice.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timezone
from pathlib import Path

from reviewer.batch.calls import PreparedCall
from reviewer.batch.results import write_atomically
from reviewer.errors import EngineError

STATE_FILE = "batch-api.json"
ENDPOINT = "/v1/chat/completions"
FINISHED = frozenset({"completed", "failed", "expired", "cancelled"})


class BatchAPI:
    def __init__(self, client, out_dir: Path, *, poll_interval: float = 30.0):
        """`client` is an `openai.AsyncOpenAI` for the server the engine talks to."""
        self.client = client
        self.state_path = out_dir / STATE_FILE
        self.poll_interval = poll_interval

    @property
    def running_batch(self) -> str | None:
        """The id of a batch submitted by an earlier run and not yet collected."""
        state = self._state()
        return state["batch_id"] if state else None

    async def run(self, pending: list[PreparedCall], batch) -> None:
        """Resume the batch a stopped run left, then submit whatever is still to do. `batch` is the
        `BatchRun` that validates, writes and records each answer."""
        limit = asyncio.Semaphore(batch.options.concurrency)
        handled: set[str] = set()
        try:
            state = self._state()
            if state is not None:
                handled = await self._collect(state, pending, batch, limit)
            remaining = [call for call in pending if call.file.name not in handled]
            if remaining:
                state = await self._submit(remaining, batch.engine)
                await self._collect(state, remaining, batch, limit)
        finally:
            await self.client.close()

    async def _submit(self, calls: list[PreparedCall], engine) -> dict:
        lines = [
            json.dumps({
                "custom_id": call.file.name,
                "method": "POST",
                "url": ENDPOINT,
                "body": engine.request_body(call.transcript, call.stats),
            })
            for call in calls
        ]
        upload = await self._api(
            self.client.files.create(file=("reviewer-batch.jsonl", "\n".join(lines).encode()), purpose="batch")
        )
        created = await self._api(
            self.client.batches.create(
                input_file_id=upload.id,
                endpoint=ENDPOINT,
                completion_window="24h",
                metadata={"source": "reviewer batch"},
            )
        )
        state = {
            "batch_id": created.id,
            "input_file_id": upload.id,
            "submitted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "calls": {call.file.name: call.key for call in calls},
        }
        write_atomically(self.state_path, json.dumps(state, indent=2) + "\n")
        return state

    async def _collect(self, state: dict, pending: list[PreparedCall], batch, limit) -> set[str]:
        """Wait for the batch, then judge every answer that is still wanted: a call whose file,
        model or prompt changed since submission is left for a new batch. Returns the calls handled."""
        wanted = {call.file.name: call for call in pending if state["calls"].get(call.file.name) == call.key}
        if not wanted:  # everything it holds is done or has changed since: no reason to wait for it
            self.state_path.unlink(missing_ok=True)
            return set()
        finished = await self._wait(state["batch_id"], batch)
        if finished.status == "failed":
            errors = (finished.errors.data if finished.errors else None) or []
            reason = f"the Batch API rejected batch {finished.id}: {errors[0].message if errors else 'no reason given'}"
            for call in wanted.values():
                batch.failed(call.file, "batch-api", EngineError(reason))
        else:
            answers = await self._answers(finished)
            judging = []
            for name, call in wanted.items():
                line = answers.get(name)
                response = (line or {}).get("response") or {}
                if response.get("status_code") == 200 and response.get("body"):
                    judging.append(batch.judge(call, limit, first_answer=response["body"]))
                else:
                    batch.failed(call.file, "batch-api", EngineError(_failure_reason(line, finished)))
            await asyncio.gather(*judging)
        self.state_path.unlink(missing_ok=True)
        return set(wanted)

    async def _wait(self, batch_id: str, batch):
        while True:
            current = await self._api(self.client.batches.retrieve(batch_id))
            counts = current.request_counts
            progress = f" {counts.completed + counts.failed}/{counts.total}" if counts else ""
            batch.show_status(f"batch {batch_id} {current.status}{progress}")
            if current.status in FINISHED:
                return current
            await asyncio.sleep(self.poll_interval)

    async def _answers(self, finished) -> dict[str, dict]:
        """custom_id -> output line, from the output file and the error file."""
        answers = {}
        for file_id in (finished.output_file_id, finished.error_file_id):
            if not file_id:
                continue
            content = await self._api(self.client.files.content(file_id))
            for line in content.text.splitlines():
                if line.strip():
                    answer = json.loads(line)
                    answers[answer["custom_id"]] = answer
        return answers

    async def _api(self, request):
        import openai

        try:
            return await request
        except openai.OpenAIError as error:
            raise EngineError(
                f"the Batch API request failed ({' '.join(str(error).split())[:200]}); "
                "rerun the same command to resume"
            ) from error

    def _state(self) -> dict | None:
        try:
            return json.loads(self.state_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except ValueError:
            raise EngineError(
                f"{self.state_path} is damaged; delete it to submit the remaining calls as a new batch"
            ) from None


def _failure_reason(line: dict | None, finished) -> str:
    if line is None:
        return f"the Batch API returned no answer for this call (batch {finished.id} {finished.status}); a rerun submits it again"
    response = line.get("response") or {}
    error = line.get("error") or ((response.get("body") or {}).get("error")) or {}
    message = " ".join(str(error.get("message") or "no message").split())[:200]
    status = response.get("status_code")
    return f"the Batch API request failed ({status}: {message})" if status else f"the Batch API request failed ({message})"
