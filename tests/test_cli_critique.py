"""`reviewer critique` as a rep uses it: formats, output, stdin, and every error path's exit code."""

import datetime as dt
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reviewer.cli import cli
from reviewer.grounding import quote_in_turn
from reviewer.transcript import read_transcript

ROOT = Path(__file__).resolve().parent.parent
CALL = ROOT / "fixtures" / "formats" / "call.txt"
OFFLINE_ENV = {"OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "REVIEWER_MODEL": ""}


def run(*args, input=None, env=None):
    return CliRunner().invoke(cli, list(args), input=input, env={**OFFLINE_ENV, **(env or {})})


def test_json_follows_the_contract_and_every_quote_is_verbatim():
    result = run("critique", str(CALL), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1"
    assert data["engine"] == {"name": "offline", "model": None, "prompt_version": None}
    assert data["transcript"]["turns"] == data["stats"]["turns"] > 0
    transcript = read_transcript(str(CALL), rep=data["transcript"]["rep"])
    quoted = [(m["quote"], m["turn"]) for m in data["reset_moments"]]
    quoted += [(e["quote"], e["turn"]) for e in data["pressure_vs_curiosity"]["evidence"]]
    assert quoted, "the fixture call should produce findings"
    for quote, turn in quoted:
        assert quote_in_turn(quote, transcript, turn), (quote, turn)
    for key in ("secured", "turn", "when", "level", "fallback_offered", "agenda", "quote", "suggestion"):
        assert key in data["next_commitment"]


def test_text_report_shows_sections_turns_and_the_inferred_rep():
    result = run("critique", str(CALL))
    assert result.exit_code == 0, result.output
    for heading in ("Reset moments", "Pressure vs curiosity", "Next commitment", "Call statistics"):
        assert heading in result.stdout
    assert "inferred" in result.stderr and "--rep" in result.stderr


def test_given_rep_is_not_announced_as_inferred():
    rep = read_transcript(str(CALL)).rep
    result = run("critique", str(CALL), "--rep", rep)
    assert result.exit_code == 0
    assert "inferred" not in result.stderr


def test_markdown_to_a_file(tmp_path):
    target = tmp_path / "note.md"
    result = run("critique", str(CALL), "--format", "markdown", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = target.read_text()
    assert text.startswith("## Call review") and "### Next commitment" in text


def test_reads_stdin():
    result = run("critique", "-", "--format", "json", input=CALL.read_bytes())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["transcript"]["turns"] == len(read_transcript(str(CALL)).turns)


@pytest.mark.parametrize(
    "args, expected",
    [
        (["critique", "no-such-call.txt"], "no-such-call.txt"),
        (["critique", "fixtures"], "directory"),
        (["critique", str(CALL), "--rep", "Nobody"], "speakers found"),
        (["critique", str(CALL), "--format", "pdf"], "pdf"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, expected):
    result = run(*args)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_openai_engine_without_key_or_url_is_a_usage_error():
    result = run("critique", str(CALL), "--engine", "openai")
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.stderr


def test_unreachable_server_is_an_engine_failure_exit_1():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = run("critique", str(CALL), "--rep", "Dana", "--base-url", f"http://127.0.0.1:{port}/v1")
    assert result.exit_code == 1
    assert result.stderr.startswith("reviewer: error:")
    assert "Traceback" not in result.output


def test_output_to_an_unwritable_path_is_exit_2(tmp_path):
    result = run("critique", str(CALL), "--output", str(tmp_path / "missing-dir" / "out.txt"))
    assert result.exit_code == 2
    assert "--output" in result.stderr


def test_help_does_not_import_heavy_modules():
    code = "import sys; from reviewer.cli import main; sys.argv=['reviewer','--help']\n" \
           "try: main()\nexcept SystemExit: pass\n" \
           "print(sorted(m for m in ('openai', 'pydantic', 'rich') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_python_dash_m_works():
    out = subprocess.run([sys.executable, "-m", "reviewer", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "reviewer" in out.stdout


def test_principles_lists_every_catalogue_entry_with_its_source():
    result = run("principles", "--format", "json")
    entries = json.loads(result.stdout)
    assert {e["id"] for e in entries} >= {"reset-button", "preferred-outcomes", "curiosity-over-pressure"}
    assert all(e["source"].endswith(".txt") for e in entries)


def test_each_critique_is_saved_in_the_store_unless_told_not_to(isolated_store, tmp_path):
    from reviewer.store import open_store

    assert run("critique", str(CALL), "--no-store").exit_code == 0
    assert not isolated_store.exists()
    other_db = tmp_path / "team.sqlite3"
    assert run("critique", str(CALL), "--db", str(other_db)).exit_code == 0
    assert run("critique", str(CALL), "--db", str(other_db)).exit_code == 0  # a rerun replaces, not adds
    with open_store(other_db) as store:
        rows = list(store.critiques(dt.date(2000, 1, 1), dt.date(2100, 1, 1)))
    assert len(rows) == 1 and rows[0].critique.transcript.source == str(CALL)
