"""The figures a coach reads: per rep, against the week before, and the moments worth coaching."""

import datetime as dt

import pytest

from reviewer.errors import UsageError
from reviewer.report import Period, build_team_report, parse_period
from reviewer.store import open_store
from team_calls import WEEK_END, WEEK_START, digest, make_critique

WEEK = Period(WEEK_START, WEEK_END)


def _report(db, period=WEEK, **options):
    with open_store(db) as store:
        return build_team_report(list(store.critiques(period.before().start, period.end)), period, **options)


def test_each_rep_gets_this_weeks_figures_and_the_change_since_last_week(team_db):
    report = _report(team_db)
    dana, lee, priya = report.reps
    assert [rep.name for rep in report.reps] == ["Dana", "Lee", "Priya"]
    assert (dana.current.calls, dana.current.secured, dana.previous.calls) == (3, 1, 2)
    assert dana.secured_change_points == pytest.approx(100 / 3)
    assert dana.current.missed_by_signal == {"failed_close": 1, "stall": 1, "disengagement": 2}
    assert dana.current.handled_share == pytest.approx(1 / 5)
    assert dana.current.stances == {"pressure": 2, "balanced": 1}
    assert lee.secured_change_points == pytest.approx(50)
    assert priya.secured_change_points is None, "no calls the week before: nothing to compare"
    assert report.team.current.calls == 6 and report.team.previous.calls == 5
    assert report.quiet_reps == {"Sam": 1}


def test_calls_outside_both_periods_are_left_out(team_db):
    report = _report(team_db)
    assert "calls/ancient.txt" not in {row.critique.transcript.source for row in report.calls}
    assert report.team.previous.calls == 5


def test_the_costliest_missed_moments_lead_and_every_struggling_rep_appears(team_db):
    moments = _report(team_db).moments
    assert (moments[0].rep, moments[0].what, moments[0].turn) == ("Dana", "Missed reset: failed close", 12)
    assert moments[0].quote == "Let's hold off for now."
    assert any(m.what == "Pressure" and m.quote == "This price is only good until Friday." for m in moments)
    assert "Lee" not in {m.rep for m in moments}


def test_one_reps_many_moments_do_not_crowd_out_another_rep(team_db):
    moments = _report(team_db, top=3).moments
    assert [(m.rep, m.source) for m in moments] == [
        ("Dana", "calls/acme-renewal.txt"), ("Dana", "calls/brightline.txt"), ("Priya", "calls/fjord.txt"),
    ]


def test_a_call_critiqued_by_two_engines_counts_once_by_its_latest_critique(tmp_path):
    db = tmp_path / "store.sqlite3"
    with open_store(db) as store:
        store.save(make_critique("Dana", "a.txt", secured=False), call_date=WEEK_START, source_sha256=digest("a"))
        store.save(make_critique("Dana", "a.txt", secured=True, engine="openai", model="m"),
                   call_date=WEEK_START, source_sha256=digest("a"))
    report = _report(db)
    assert (report.team.current.calls, report.team.current.secured) == (1, 1)


@pytest.mark.parametrize("since, date_from, date_to, expected", [
    (None, None, None, (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
    ("7d", None, None, (dt.date(2026, 3, 2), dt.date(2026, 3, 8))),
    ("2w", None, None, (dt.date(2026, 2, 23), dt.date(2026, 3, 8))),
    ("2026-03-01", None, None, (dt.date(2026, 3, 1), dt.date(2026, 3, 8))),
    (None, "2026-02-01", "2026-02-28", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    (None, "2026-03-05", None, (dt.date(2026, 3, 5), dt.date(2026, 3, 8))),
])
def test_the_period_options(since, date_from, date_to, expected):
    period = parse_period(since, date_from, date_to, today=dt.date(2026, 3, 8))
    assert (period.start, period.end) == expected


def test_the_previous_period_is_as_long_and_ends_the_day_before():
    assert Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31)).before() == Period(dt.date(2026, 1, 29), dt.date(2026, 2, 28))


@pytest.mark.parametrize("since, date_from, date_to, message", [
    ("last week", None, None, "--since 'last week' is not a span such as 7d"),
    ("0d", None, None, "covers no days"),
    ("7d", "2026-03-01", None, "either --since or --from/--to"),
    (None, "2026-03-09", "2026-03-01", "starts (2026-03-09) after it ends"),
    (None, "March", None, "--from 'March' is not a date"),
])
def test_bad_period_options_say_what_to_type(since, date_from, date_to, message):
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_period(since, date_from, date_to, today=dt.date(2026, 3, 8))
