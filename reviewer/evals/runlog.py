"""The run log: everything a run saw, so it can be re-scored later without any model.

It keeps each case's labels, the transcript as read, the critique (or why there is none),
and where the answer came from (engine, requested model, prompt version, synthetic or not).
The `results` written alongside are for readers; loading a run recomputes them.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reviewer.errors import InputError
from reviewer.evals.cases import Case
from reviewer.schema import Critique
from reviewer.transcript.model import Transcript

RUN_FORMAT = "reviewer-eval-run"


class CaseRun(BaseModel):
    case: Case
    transcript: Transcript
    outcome: Literal["scored", "error", "stale"]
    critique: Critique | None = None
    error: str | None = Field(None, description="Why there is no critique (engine error or stale cassette).")
    synthetic: bool = Field(False, description="The response replayed was written by hand, not by a model.")
    seconds: float = 0.0


class RunLog(BaseModel):
    model_config = ConfigDict(extra="ignore")

    format: Literal["reviewer-eval-run"] = RUN_FORMAT
    version: Literal[1] = 1
    created: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    suite: str
    cassettes: str | None = Field(None, description="Where the openai engine's cassettes were read or written.")
    engine: str
    model: str | None = Field(None, description="The model requested; each critique names the one that answered.")
    prompt_version: str | None = None
    mode: Literal["offline", "replay", "record"] = "offline"
    cases: list[CaseRun]

    @property
    def synthetic_cases(self) -> list[str]:
        return [run.case.id for run in self.cases if run.synthetic]

    @property
    def stale_cases(self) -> list[str]:
        return [run.case.id for run in self.cases if run.outcome == "stale"]

    @property
    def response_models(self) -> list[str]:
        """Model names as the recorded or live responses give them."""
        names = (run.critique.engine.model for run in self.cases if run.critique)
        return sorted({name for name in names if name})


def save_run(run: RunLog, results: dict, path: str | Path) -> None:
    data = {**run.model_dump(mode="json"), "results": results}
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load_run(path: str | Path) -> RunLog:
    path = Path(path)
    try:
        return RunLog.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read run {path}: {error.strerror or error}") from error
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise InputError(
            f"{path} is not a run saved by `reviewer eval --json` ({where}: {problem['msg']})"
        ) from error
