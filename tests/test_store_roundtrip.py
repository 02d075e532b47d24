"""The critique store as `critique`, `batch` and `report` use it: save, rerun, read back."""

import datetime as dt
import sqlite3

import pytest

from reviewer.errors import InputError
from reviewer.store import default_store_path, open_store
from team_calls import make_critique

MONDAY = dt.date(2026, 3, 2)


def test_a_saved_critique_reads_back_whole_with_its_date(tmp_path):
    critique = make_critique("Dana", "calls/acme.txt", secured=True, when="Tuesday at two",
                             missed=((12, "stall", "Send me something."),))
    with open_store(tmp_path / "store.sqlite3") as store:
        row_id = store.save(critique, call_date=MONDAY, source_sha256="a" * 64)
        [stored] = store.critiques(MONDAY, MONDAY)
    assert stored.id == row_id
    assert stored.call_date == MONDAY
    assert stored.source_sha256 == "a" * 64
    assert stored.critique == critique


def test_rerunning_the_same_call_replaces_it_and_another_engine_adds_one(tmp_path):
    first = make_critique("Dana", "calls/acme.txt", score=-0.5)
    rerun = make_critique("Dana", "calls/acme.txt", score=0.4)
    by_model = make_critique("Dana", "calls/acme.txt", engine="openai", model="gpt-4o-mini")
    with open_store(tmp_path / "store.sqlite3") as store:
        first_id = store.save(first, call_date=MONDAY, source_sha256="a" * 64)
        assert store.save(rerun, call_date=MONDAY, source_sha256="a" * 64) == first_id
        store.save(by_model, call_date=MONDAY, source_sha256="a" * 64)
        rows = list(store.critiques(MONDAY, MONDAY))
    assert [(row.critique.engine.name, row.critique.pressure_vs_curiosity.score) for row in rows] == [
        ("offline", 0.4), ("openai", 0.0),
    ]


def test_the_period_is_inclusive_and_the_rep_matches_in_any_case(tmp_path):
    with open_store(tmp_path / "store.sqlite3") as store:
        for offset, rep in enumerate(["Dana", "Lee", "dana", "Dana"]):
            critique = make_critique(rep, f"calls/{offset}.txt")
            store.save(critique, call_date=MONDAY + dt.timedelta(days=offset), source_sha256=str(offset))
        in_range = [row.critique.transcript.source for row in store.critiques(MONDAY, MONDAY + dt.timedelta(days=2))]
        danas = [row.call_date.day for row in store.critiques(MONDAY, MONDAY + dt.timedelta(days=9), rep="DANA")]
    assert in_range == ["calls/0.txt", "calls/1.txt", "calls/2.txt"]
    assert danas == [2, 4, 5]


def test_the_path_comes_from_the_environment_and_missing_folders_are_created(tmp_path, monkeypatch):
    target = tmp_path / "nested" / "team.sqlite3"
    monkeypatch.setenv("REVIEWER_DB", str(target))
    assert default_store_path() == target
    with open_store() as store:
        store.save(make_critique("Dana", "a.txt"), call_date=MONDAY, source_sha256="a")
    assert target.is_file()


def test_without_the_environment_the_store_lives_in_the_user_data_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("REVIEWER_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    with open_store() as store:
        assert store.path == tmp_path / "config" / "reviewer" / "critiques.sqlite3"
    assert store.path.is_file()


def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(InputError, match=r"cannot use .*notes.txt as the critique store.*--db PATH") as raised:
        open_store(notes)
    assert "\n" not in str(raised.value)
    assert notes.read_text().startswith("these are my notes")


def test_a_store_from_a_newer_reviewer_is_refused_not_misread(tmp_path):
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 99")
    with pytest.raises(InputError, match="newer reviewer"):
        open_store(path)
