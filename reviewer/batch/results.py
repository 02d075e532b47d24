"""The output folder: one `<call>.json` per critique, `failures.jsonl` for the calls that broke.

Every file is written to a temporary name and renamed into place, so a stopped run leaves either
the whole file or none of it. Each result carries the key it was made for; a rerun compares keys
instead of timestamps, so a changed transcript, model or prompt is redone and nothing else is.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from reviewer.errors import InputError

FAILURES_FILE = "failures.jsonl"


def write_atomically(path: Path, text: str) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


class ResultDir:
    def __init__(self, path: Path):
        self.path = path
        try:
            path.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise InputError(f"--out {path} is a file: choose a folder for the results") from None
        except OSError as error:
            raise InputError(f"cannot create --out {path}: {error.strerror}; choose another folder") from None
        self.failures_path = path / FAILURES_FILE
        self._failures = self._read_failures()

    def result_path(self, name: str) -> Path:
        return self.path / f"{name}.json"

    def finished_key(self, name: str) -> str | None:
        """The key a call's existing result was made for; None when there is no usable result."""
        try:
            result = json.loads(self.result_path(name).read_text(encoding="utf-8"))
            return result["batch"]["key"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write_result(self, name: str, result: dict) -> None:
        write_atomically(self.result_path(name), json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        self.clear_failure(name)

    def clear_failure(self, name: str) -> None:
        if self._failures.pop(name, None) is not None:
            self._write_failures()

    def record_failure(self, name: str, source: str, stage: str, reason: str) -> None:
        """Keeps one line per call that is failed now: a later success removes it."""
        self._failures[name] = {
            "call": name,
            "file": source,
            "stage": stage,
            "reason": reason,
            "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
        self._write_failures()

    def _read_failures(self) -> dict[str, dict]:
        try:
            lines = self.failures_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return {}
        failures = {}
        for line in lines:
            try:
                entry = json.loads(line)
                failures[entry["call"]] = entry
            except (ValueError, KeyError, TypeError):
                continue  # a line edited by hand; the call is retried anyway
        return failures

    def _write_failures(self) -> None:
        if not self._failures:
            self.failures_path.unlink(missing_ok=True)
            return
        lines = (json.dumps(entry, ensure_ascii=False) + "\n" for entry in self._failures.values())
        write_atomically(self.failures_path, "".join(lines))
