"""`reviewer report` as a coach runs it: the three formats, filters, and every way it can say no."""

import csv
import datetime as dt
import io

from click.testing import CliRunner

from reviewer.cli import cli
from reviewer.store import open_store
from team_calls import WEEK_END, WEEK_START, digest, make_critique

THIS_WEEK = ["--from", WEEK_START.isoformat(), "--to", WEEK_END.isoformat()]


def run(*args, env=None):
    return CliRunner().invoke(cli, ["report", *args], env={"REVIEWER_DB": "", **(env or {})})


def test_markdown_shows_each_rep_the_team_and_quoted_moments(team_db):
    result = run("--db", team_db, *THIS_WEEK)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("# Team call review: Mon 2 Mar 2026 – Sun 8 Mar 2026")
    assert "| Dana | 3 | 33% | +33 pts | 4 | 20% | 2 / 1 / 0 | -0.33 |" in text
    assert "| Priya | 1 | 0% | new |" in text
    assert "| **Team** | 6 | 50% | +10 pts |" in text
    assert "No calls this period from Sam (1 call the period before)." in text
    assert "   > “Let's hold off for now.”" in text
    assert "<script>" not in text, "a quote must not become live HTML where the Markdown is pasted"


def test_rep_filter_keeps_only_that_rep(team_db):
    result = run("--db", team_db, *THIS_WEEK, "--rep", "lee")
    assert result.exit_code == 0, result.output
    assert "| Lee | 2 | 100% | +50 pts |" in result.stdout
    assert "Dana" not in result.stdout


def test_csv_has_one_row_per_call_and_defuses_spreadsheet_formulas(tmp_path, team_db):
    with open_store(team_db) as store:
        store.save(make_critique("=HYPERLINK(\"http://x\")", "calls/evil.txt", secured=True, when="+1 day"),
                   call_date=WEEK_START, source_sha256=digest("evil"))
    result = run("--db", team_db, *THIS_WEEK, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 7
    assert list(rows[0]) == ["date", "rep", "source", "engine", "model", "prompt_version", "turns", "missed_resets",
                             "handled_resets", "stance", "score", "secured", "when", "fallback_offered"]
    lee = next(row for row in rows if row["source"] == "calls/delta-foods.txt")
    assert (lee["date"], lee["rep"], lee["secured"], lee["when"], lee["score"]) == (
        "2026-03-03", "Lee", "true", "Thursday 10am", "0.80")
    evil = next(row for row in rows if row["source"] == "calls/evil.txt")
    assert evil["rep"].startswith("'=") and evil["when"] == "'+1 day"


def test_html_is_one_self_contained_escaped_file_chosen_by_the_output_suffix(tmp_path, team_db):
    output = tmp_path / "week.html"
    result = run("--db", team_db, *THIS_WEEK, "--output", str(output))
    assert result.exit_code == 0, result.output
    assert f"to {output}" in result.stderr
    page = output.read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<svg") == 3
    assert "<script" not in page and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", ""), "nothing may be fetched at view time"
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_since_counts_back_from_today(tmp_path):
    db = tmp_path / "store.sqlite3"
    today = dt.date.today()
    with open_store(db) as store:
        store.save(make_critique("Dana", "recent.txt"), call_date=today - dt.timedelta(days=2), source_sha256="r")
        store.save(make_critique("Dana", "older.txt"), call_date=today - dt.timedelta(days=10), source_sha256="o")
    result = run("--db", str(db), "--since", "7d", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "recent.txt" in result.stdout and "older.txt" not in result.stdout


def test_an_empty_period_says_so_in_one_line_and_succeeds(team_db):
    result = run("--db", team_db, "--from", "2025-01-01", "--to", "2025-01-07")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    assert "no calls from 2025-01-01 to 2025-01-07" in result.stderr


def test_an_unknown_rep_is_told_which_reps_exist(team_db):
    result = run("--db", team_db, *THIS_WEEK, "--rep", "Dnaa")
    assert result.exit_code == 0
    assert "no calls for rep 'Dnaa'" in result.stderr and result.stderr.endswith("nothing to report (stored reps: Dana, Lee, Priya, Sam)\n")


def test_a_bad_since_exits_2_with_one_line(team_db):
    result = run("--db", team_db, "--since", "yesterday")
    assert result.exit_code == 2
    assert result.stderr == (
        "reviewer: error: --since 'yesterday' is not a span such as 7d or 2w, or a date such as 2026-03-01\n"
    )


def test_a_missing_store_exits_2_and_says_how_one_is_filled(tmp_path):
    result = run("--db", str(tmp_path / "nope.sqlite3"))
    assert result.exit_code == 2
    assert "no critique store at" in result.stderr and "reviewer critique" in result.stderr
    assert not (tmp_path / "nope.sqlite3").exists()
