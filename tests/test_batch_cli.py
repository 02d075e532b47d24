"""`reviewer batch` with the offline engine, as a coach runs it on a folder of last week's calls."""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from reviewer.cli import cli
from reviewer.engines.offline import OfflineEngine
from reviewer.store import open_store

ROOT = Path(__file__).resolve().parent.parent
CALLS = ROOT / "fixtures" / "calls"
FORMATS = ROOT / "fixtures" / "formats"
OFFLINE_ENV = {"OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "REVIEWER_MODEL": "", "TTY_COMPATIBLE": "0"}


def run(*args, env=None):
    return CliRunner().invoke(cli, ["batch", *map(str, args)], env={**OFFLINE_ENV, **(env or {})})


def results(out: Path) -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text()) for path in out.glob("*.json") if path.name != "batch-api.json"}


def failures(out: Path) -> dict[str, dict]:
    path = out / "failures.jsonl"
    lines = path.read_text().splitlines() if path.exists() else []
    return {entry["call"]: entry for entry in map(json.loads, lines)}


def leftovers(out: Path) -> list[str]:
    return [path.name for path in out.iterdir() if path.name.startswith(".") or path.suffix == ".tmp"]


@pytest.fixture
def week(tmp_path) -> Path:
    """A coach's folder: two reps' subfolders that both hold a `call.txt`, plus other formats."""
    folder = tmp_path / "calls"
    (folder / "dana").mkdir(parents=True)
    (folder / "sam").mkdir()
    shutil.copy(FORMATS / "call.txt", folder / "dana" / "call.txt")
    shutil.copy(CALLS / "exec-search-retainer.txt", folder / "sam" / "call.txt")
    shutil.copy(FORMATS / "call-teams.vtt", folder / "teams.vtt")
    shutil.copy(FORMATS / "call.srt", folder / "zoom.srt")
    shutil.copy(FORMATS / "call-assemblyai.json", folder / "assembly.json")
    (folder / "notes.md").write_text("not a transcript")
    return folder


def test_a_folder_is_critiqued_into_one_result_per_call_with_unique_names(week, tmp_path):
    out = tmp_path / "week-47"
    result = run(week, "--out", out, "--no-store")
    assert result.exit_code == 0, result.output
    found = results(out)
    assert set(found) == {"dana__call", "sam__call", "teams", "zoom", "assembly"}
    assert found["dana__call"]["batch"]["file"].endswith("dana/call.txt")
    assert found["sam__call"]["transcript"]["source"].endswith("sam/call.txt")
    assert {r["transcript"]["format"] for r in found.values()} == {"text", "webvtt", "srt", "json"}
    assert all(r["schema_version"] == "1" and r["engine"]["name"] == "offline" for r in found.values())
    assert "5 calls: 5 critiqued, 0 already done, 0 failed" in result.stdout
    assert leftovers(out) == []


def test_files_folders_and_quoted_globs_together(week, tmp_path):
    out = tmp_path / "out"
    result = run(week / "dana" / "call.txt", week / "sam", str(week / "**" / "*.vtt"), "--out", out, "--no-store")
    assert result.exit_code == 0, result.output
    assert set(results(out)) == {"dana__call", "sam__call", "teams"}


def test_a_rerun_skips_what_is_done_and_force_redoes_it(week, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run(week, "--out", out, "--no-store").exit_code == 0
    judged = []
    original = OfflineEngine.judge
    monkeypatch.setattr(OfflineEngine, "judge", lambda self, t, s: judged.append(t.source) or original(self, t, s))

    again = run(week, "--out", out, "--no-store")
    assert again.exit_code == 0 and judged == []
    assert "0 critiqued, 5 already done" in again.stdout

    edited = week / "dana" / "call.txt"
    edited.write_text(edited.read_text() + "[00:02:05] José Ortega: See you Thursday.\n")
    changed = run(week, "--out", out, "--no-store")
    assert judged == [str(edited)]
    assert "1 critiqued, 4 already done" in changed.stdout

    forced = run(week, "--out", out, "--no-store", "--force")
    assert forced.exit_code == 0 and "5 critiqued, 0 already done" in forced.stdout


def test_a_broken_call_is_listed_with_its_reason_and_the_rest_are_done(week, tmp_path):
    (week / "empty.txt").write_text("")
    (week / "monologue.txt").write_text("Dana: Hello?\nDana: Anyone there?\n")
    out = tmp_path / "out"
    result = run(week, "--out", out, "--no-store")
    assert result.exit_code == 1
    assert "5 critiqued, 0 already done, 2 failed" in result.stdout and "failures.jsonl" in result.stdout
    broken = failures(out)
    assert set(broken) == {"empty", "monologue"}
    assert "empty" in broken["empty"]["reason"] and broken["empty"]["file"].endswith("empty.txt")
    assert "only one speaker" in broken["monologue"]["reason"]
    assert set(results(out)) == {"dana__call", "sam__call", "teams", "zoom", "assembly"}

    (week / "empty.txt").write_text("Dana: Hi Lee, how are things?\nLee: Busy, but fine.\n")
    fixed = run(week, "--out", out, "--no-store")
    assert fixed.exit_code == 1 and set(failures(out)) == {"monologue"}
    assert "1 critiqued, 5 already done, 1 failed" in fixed.stdout


def test_an_engine_failure_is_recorded_and_the_batch_goes_on(week, tmp_path, monkeypatch):
    original = OfflineEngine.judge

    def judge(self, transcript, stats):
        if transcript.format == "webvtt":
            raise RuntimeError("detector crashed")
        return original(self, transcript, stats)

    monkeypatch.setattr(OfflineEngine, "judge", judge)
    out = tmp_path / "out"
    result = run(week, "--out", out, "--no-store")
    assert result.exit_code == 1
    assert failures(out)["teams"]["stage"] == "engine"
    assert "detector crashed" in failures(out)["teams"]["reason"]
    assert len(results(out)) == 4


def test_ctrl_c_keeps_whole_results_only_and_a_rerun_finishes(week, tmp_path, monkeypatch):
    original = OfflineEngine.judge
    calls = []

    def interrupted_on_the_third_call(self, transcript, stats):
        calls.append(transcript.source)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return original(self, transcript, stats)

    monkeypatch.setattr(OfflineEngine, "judge", interrupted_on_the_third_call)
    out = tmp_path / "out"
    stopped = run(week, "--out", out, "--no-store")
    assert stopped.exit_code == 130
    assert "2 of 5 calls done" in stopped.stderr and "Rerun the same command to resume" in stopped.stderr
    assert len(results(out)) == 2 and leftovers(out) == []

    monkeypatch.setattr(OfflineEngine, "judge", original)
    resumed = run(week, "--out", out, "--no-store")
    assert resumed.exit_code == 0
    assert "3 critiqued, 2 already done" in resumed.stdout
    assert len(results(out)) == 5


def test_reps_file_maps_speakers_and_header_emails_to_the_team_rep(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "by-name.txt").write_text(
        "Lee: Hi, thanks for calling.\nDana W: Thanks Lee. What made you look at scheduling tools?\n"
        "Lee: Our front desk is drowning.\nDana W: What does drowning look like on a Monday?\n"
    )
    (folder / "by-email.txt").write_text(
        "Meeting: Intro\nOrganizer: lee@buyer.com\nParticipants: lee@buyer.com, dana@acme.com\n\n"
        "[00:00] Lee: Hello, who is this?\n[00:03] Dana: Dana from Acme. Is now still a good time?\n"
        "[00:06] Lee: Sure.\n[00:08] Dana: What prompted the demo request?\n"
    )
    (folder / "stranger.txt").write_text("Pat: Hi, Pat from Acme. Is now a good time?\nRiley: Sure.\n")
    reps = tmp_path / "reps.yaml"
    reps.write_text("dana@acme.com: Dana Whitfield\nDana W: Dana Whitfield\n")
    out = tmp_path / "out"
    result = run(folder, "--out", out, "--reps", reps, "--no-store")
    assert result.exit_code == 0, result.output
    found = results(out)
    assert found["by-name"]["transcript"]["rep"] == "Dana W"
    assert found["by-email"]["transcript"]["rep"] == "Dana"  # not Lee, the organizer
    assert found["by-name"]["batch"]["rep"] == found["by-email"]["batch"]["rep"] == "Dana Whitfield"
    assert found["by-name"]["transcript"]["rep_inferred"] is False
    assert found["stranger"]["transcript"]["rep_inferred"] is True
    assert "names no speaker in 1 call (stranger)" in result.stderr


def test_progress_shows_on_a_terminal_unless_quiet_and_the_summary_always_prints(week, tmp_path):
    terminal = {"TTY_COMPATIBLE": "1"}
    shown = run(week, "--out", tmp_path / "a", "--no-store", env=terminal)
    assert "remaining" in shown.stderr and "5 critiqued" in shown.stdout
    quiet = run(week, "--out", tmp_path / "b", "--no-store", "--quiet", env=terminal)
    assert quiet.stderr == "" and "5 critiqued" in quiet.stdout


def test_results_never_include_the_output_folder_inside_the_input(week):
    assert run(week, "--out", week / "results", "--no-store").exit_code == 0
    again = run(week, "--out", week / "results", "--no-store")
    assert "5 calls: 0 critiqued, 5 already done" in again.stdout


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--rep", "Dana", "--reps", "reps.yaml"], "not both"),
        (["--engine", "offline", "--via", "batch-api"], "needs the openai engine"),
        (["--reps", "missing.yaml"], "cannot read --reps"),
    ],
)
def test_contradictory_options_are_usage_errors(week, tmp_path, arguments, message):
    result = run(week, "--out", tmp_path / "out", "--no-store", *arguments)
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path):
    result = run(tmp_path / "nowhere", "--out", tmp_path / "out", "--no-store")
    assert result.exit_code == 2 and "no such file or folder" in result.stderr
    empty_glob = run(str(tmp_path / "*.vtt"), "--out", tmp_path / "out", "--no-store")
    assert empty_glob.exit_code == 2 and "no files match" in empty_glob.stderr


def test_critiques_are_saved_in_the_store_once_under_the_team_rep(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    shutil.copy(FORMATS / "call.txt", folder / "routewise.txt")
    shutil.copy(CALLS / "coaching-founding-rate-pressure.txt", folder / "salon.txt")
    reps = tmp_path / "reps.yaml"
    reps.write_text("Dana Whitfield: [dana@routewise.io]\ntyler@elevate-salonpro.com: Tyler V.\n")
    database = tmp_path / "critiques.sqlite3"
    for _ in range(2):
        result = run(folder, "--out", tmp_path / "out", "--reps", reps, "--db", database, "--force")
        assert result.exit_code == 0, result.output
    with open_store(database) as store:
        stored = list(store.critiques(date(2000, 1, 1), date(2100, 1, 1)))
    assert sorted(s.critique.transcript.rep for s in stored) == ["Dana Whitfield", "Tyler V."]
    assert date(2026, 9, 14) in {s.call_date for s in stored}  # the salon export's Date: header


def test_names_stay_unique_when_only_the_extension_or_unsafe_characters_differ(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    for name in ("acme.txt", "acme.vtt", "a b?.txt", "a b*.txt", "batch-api.txt"):
        shutil.copy(FORMATS / ("call-teams.vtt" if name.endswith(".vtt") else "call.txt"), folder / name)
    out = tmp_path / "out"
    result = run(folder, "--out", out, "--no-store")
    assert result.exit_code == 0, result.output
    names = set(results(out))
    assert len(names) == 5 and {"acme.txt", "acme.vtt", "batch-api-2"} <= names
    assert {result["batch"]["file"] for result in results(out).values()} == {str(path) for path in folder.iterdir()}
