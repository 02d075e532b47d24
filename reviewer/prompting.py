"""The LLM prompts: Jinja templates in `prompts/`, rendered in a sandbox.

The transcript only ever enters as variable values, never as template source, so a call that
contains `{{ ... }}` or "ignore your instructions" is shown to the model as quoted data.
`version` hashes everything that shapes the request, so a changed prompt shows in every critique.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cached_property
from importlib import resources
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from reviewer.principles import catalogue
from reviewer.schema import CallStats, Judgement
from reviewer.transcript.model import Transcript

SYSTEM, USER, REPAIR = "system.j2", "user.j2", "repair.j2"
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def default_directory() -> Path:
    """Installed wheels carry `reviewer/prompts/`; a source checkout uses the top-level `prompts/`."""
    packaged = Path(str(resources.files("reviewer"))) / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "prompts"


def one_line(text: str) -> str:
    """Keeps each turn on its own line, so no text inside a turn can fake the fence's end."""
    return _LINE_BREAKS.sub(" ", text).strip()


class Prompts:
    """One directory of templates: what the engine sends, and the version that identifies it."""

    def __init__(self, directory: Path | str | None = None):
        self.directory = Path(directory) if directory else default_directory()
        self.environment = SandboxedEnvironment(
            loader=FileSystemLoader(self.directory),
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.environment.filters["one_line"] = one_line

    def render(self, name: str, **context) -> str:
        return self.environment.get_template(name).render(**context).strip() + "\n"

    @cached_property
    def version(self) -> str:
        digest = hashlib.sha256()
        for path in sorted(self.directory.glob("*.j2")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        digest.update(json.dumps(Judgement.model_json_schema(), sort_keys=True).encode())
        for principle in catalogue().values():
            digest.update(repr(principle).encode())
        return digest.hexdigest()[:12]

    def judge_messages(self, transcript: Transcript, stats: CallStats) -> list[dict]:
        """The first request: the task and catalogue as system, the call as fenced data."""
        fence = hashlib.sha256(transcript.model_dump_json().encode()).hexdigest()[:8]
        system = self.render(SYSTEM, principles=list(catalogue().values()))
        user = self.render(
            USER,
            transcript=transcript,
            turn_count=len(transcript.turns),
            stats=stats,
            fence=fence,
        )
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def repair_message(self, problems: list[str]) -> dict:
        return {"role": "user", "content": self.render(REPAIR, problems=problems)}
