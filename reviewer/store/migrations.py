"""The store's schema, one migration per version, applied in order and never edited once shipped.

`PRAGMA user_version` holds the number of migrations a database has had, so opening an older
database upgrades it in place and a newer one is refused instead of misread.
"""

from __future__ import annotations

import sqlite3

# Version 1: the full critique JSON plus the columns a report filters or groups on. Key columns
# hold '' rather than NULL because SQLite treats NULLs as distinct in a unique index, which
# would let a rerun with no model or prompt version duplicate the call.
_V1 = """
CREATE TABLE critiques (
    id INTEGER PRIMARY KEY,
    call_date TEXT NOT NULL,
    rep TEXT NOT NULL,
    engine TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    prompt_version TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    secured INTEGER NOT NULL,
    stance TEXT NOT NULL,
    missed_resets INTEGER NOT NULL,
    critique_json TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE UNIQUE INDEX critiques_identity ON critiques (source_sha256, engine, model, prompt_version);
CREATE INDEX critiques_by_date ON critiques (call_date, rep);
"""

# Version 2: the stance score, handled resets and turn count as columns (back-filled from the
# JSON) so ad hoc SQL over the store can compare reps without parsing JSON, and a
# case-insensitive rep index because `--rep dana` should find "Dana".
_V2 = """
ALTER TABLE critiques ADD COLUMN score REAL NOT NULL DEFAULT 0;
ALTER TABLE critiques ADD COLUMN handled_resets INTEGER NOT NULL DEFAULT 0;
ALTER TABLE critiques ADD COLUMN turns INTEGER NOT NULL DEFAULT 0;
UPDATE critiques SET
    score = json_extract(critique_json, '$.pressure_vs_curiosity.score'),
    turns = json_extract(critique_json, '$.transcript.turns'),
    handled_resets = (
        SELECT count(*) FROM json_each(critique_json, '$.reset_moments')
        WHERE json_extract(json_each.value, '$.status') = 'handled'
    );
CREATE INDEX critiques_by_rep ON critiques (rep COLLATE NOCASE, call_date);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection, *, target: int = LATEST_VERSION) -> None:
    """Apply every migration after the database's version up to `target`, each atomically."""
    for version in range(schema_version(connection) + 1, target + 1):
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            # A concurrent process may have migrated while this one waited for the lock.
            if schema_version(connection) >= version:
                continue
            for statement in MIGRATIONS[version - 1].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")
