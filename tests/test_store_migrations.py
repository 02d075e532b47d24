"""An existing v1 store is upgraded in place and keeps every critique."""

import datetime as dt
import sqlite3

from reviewer.store import open_store
from reviewer.store.migrations import LATEST_VERSION, migrate
from team_calls import make_critique


def _v1_store(path, critique):
    """A database exactly as the first release of the store left it."""
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=1)
    connection.execute(
        "INSERT INTO critiques (call_date, rep, engine, model, prompt_version, source, source_sha256, "
        "secured, stance, missed_resets, critique_json, saved_at) VALUES (?, ?, ?, '', '', ?, ?, ?, ?, ?, ?, ?)",
        ("2026-03-02", "Dana", "offline", "calls/acme.txt", "abc", 0, "pressure", 1,
         critique.model_dump_json(), "2026-03-02T10:00:00+00:00"),
    )
    connection.close()


def test_a_v1_store_is_upgraded_and_its_critiques_keep_reading(tmp_path):
    path = tmp_path / "old.sqlite3"
    critique = make_critique("Dana", "calls/acme.txt", stance="pressure", score=-0.6, missed=((4, "stall", "Later."),),
                             handled=((9, "confusion", "Why?"), (12, "stall", "Maybe.")))
    _v1_store(path, critique)

    with open_store(path) as store:
        assert store.schema_version == LATEST_VERSION > 1
        [stored] = store.critiques(dt.date(2026, 3, 1), dt.date(2026, 3, 31), rep="dana")
        assert stored.critique == critique
        assert store.save(critique, call_date=dt.date(2026, 3, 2), source_sha256="abc") == stored.id

    with sqlite3.connect(path) as connection:
        columns = connection.execute("SELECT score, handled_resets, turns FROM critiques").fetchall()
    assert columns == [(-0.6, 2, 30)]


def test_opening_an_up_to_date_store_changes_nothing(tmp_path):
    path = tmp_path / "store.sqlite3"
    with open_store(path) as store:
        store.save(make_critique("Lee", "a.txt"), call_date=dt.date(2026, 3, 2), source_sha256="a")
    with open_store(path) as store:
        assert store.schema_version == LATEST_VERSION
        assert len(list(store.critiques(dt.date(2026, 3, 2), dt.date(2026, 3, 2)))) == 1
