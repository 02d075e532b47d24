"""Every critique, saved in an embedded SQLite database so that weeks can be compared.

`critique` and `batch` save into it; `reviewer report` reads it. Rows are keyed by the
transcript's digest and the engine, model and prompt version, so a rerun replaces a critique
instead of counting the call twice.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import InputError
from reviewer.schema import Critique
from reviewer.store.dates import call_date_for, parse_call_date
from reviewer.store.migrations import LATEST_VERSION, migrate, schema_version

__all__ = ["Store", "StoredCritique", "call_date_for", "default_store_path", "open_store", "parse_call_date"]

STORE_ENV = "REVIEWER_DB"
STORE_FILENAME = "critiques.sqlite3"


def default_store_path() -> Path:
    """`REVIEWER_DB` when set, else a file in the user's data directory for `reviewer`."""
    if os.environ.get(STORE_ENV):
        return Path(os.environ[STORE_ENV]).expanduser()
    import click

    return Path(click.get_app_dir("reviewer")) / STORE_FILENAME


def open_store(path: str | Path | None = None) -> "Store":
    """Open (creating it and its folders if needed) and upgrade the store at `path`."""
    return Store(Path(path).expanduser() if path else default_store_path())


@dataclass(frozen=True)
class StoredCritique:
    id: int
    call_date: dt.date
    critique: Critique
    source_sha256: str
    saved_at: dt.datetime


class Store:
    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # One connection may serve a batch's worker threads; the lock serialises its use.
            self._connection = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.DatabaseError) as error:
            raise InputError(
                f"cannot create the critique store {path}: {getattr(error, 'strerror', None) or error}; "
                "pass --db PATH to choose another file"
            ) from error
        try:
            self._upgrade()
        except BaseException:
            self._connection.close()
            raise

    def _upgrade(self) -> None:
        try:
            # WAL lets a report read while a batch is writing.
            self._connection.execute("PRAGMA journal_mode = WAL")
            version = schema_version(self._connection)
            if version > LATEST_VERSION:
                raise InputError(
                    f"the critique store {self.path} was written by a newer reviewer (schema v{version}); "
                    "upgrade reviewer or pass --db PATH to use another store"
                )
            migrate(self._connection)
        except sqlite3.DatabaseError as error:
            raise InputError(
                f"cannot use {self.path} as the critique store ({error}); pass --db PATH to choose another file"
            ) from error

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self._connection.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self._connection)

    def save(self, critique: Critique, *, call_date: dt.date, source_sha256: str) -> int:
        """Insert the critique, or replace the one for the same transcript, engine, model and
        prompt version; returns the row id."""
        moments = critique.reset_moments
        stance = critique.pressure_vs_curiosity
        row = {
            "call_date": call_date.isoformat(),
            "rep": critique.transcript.rep,
            "engine": critique.engine.name,
            "model": critique.engine.model or "",
            "prompt_version": critique.engine.prompt_version or "",
            "source": critique.transcript.source,
            "source_sha256": source_sha256,
            "secured": int(critique.next_commitment.secured),
            "stance": stance.stance,
            "score": stance.score,
            "missed_resets": sum(m.status == "missed" for m in moments),
            "handled_resets": sum(m.status == "handled" for m in moments),
            "turns": critique.transcript.turns,
            "critique_json": critique.model_dump_json(),
            "saved_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }
        columns = ", ".join(row)
        updates = ", ".join(f"{name} = excluded.{name}" for name in row)
        sql = (
            f"INSERT INTO critiques ({columns}) VALUES ({', '.join(':' + name for name in row)}) "
            "ON CONFLICT (source_sha256, engine, model, prompt_version) "
            f"DO UPDATE SET {updates} RETURNING id"
        )
        with self._lock:
            return self._connection.execute(sql, row).fetchone()[0]

    def critiques(self, date_from: dt.date, date_to: dt.date, rep: str | None = None) -> Iterator[StoredCritique]:
        """Critiques of calls from `date_from` to `date_to` inclusive, oldest first; `rep`
        matches regardless of case."""
        sql = (
            "SELECT id, call_date, critique_json, source_sha256, saved_at FROM critiques "
            "WHERE call_date BETWEEN ? AND ?"
        )
        parameters: list[str] = [date_from.isoformat(), date_to.isoformat()]
        if rep is not None:
            sql += " AND rep = ? COLLATE NOCASE"
            parameters.append(rep)
        sql += " ORDER BY call_date, rep, id"
        with self._lock:
            rows = self._connection.execute(sql, parameters).fetchall()
        for row_id, call_date, critique_json, digest, saved_at in rows:
            yield StoredCritique(
                id=row_id,
                call_date=dt.date.fromisoformat(call_date),
                critique=Critique.model_validate_json(critique_json),
                source_sha256=digest,
                saved_at=dt.datetime.fromisoformat(saved_at),
            )

    def reps(self) -> list[str]:
        """Every rep with a stored critique, so a report can say which names exist."""
        with self._lock:
            return [name for (name,) in self._connection.execute(
                "SELECT min(rep) FROM critiques GROUP BY rep COLLATE NOCASE ORDER BY rep COLLATE NOCASE"
            )]
