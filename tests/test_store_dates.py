"""A call is dated by its export header when it has one, else by the file, so weeks line up."""

import datetime as dt
import os

import pytest

from reviewer.store import call_date_for, parse_call_date
from reviewer.transcript import parse_transcript, read_transcript

BODY = "[00:00:01] Dana: Hi Lee, thanks for joining.\n[00:00:05] Lee: Sure, go ahead.\n"


@pytest.mark.parametrize("header, expected", [
    ("Date: 2026-03-02 · Duration: 24 min", dt.date(2026, 3, 2)),
    ("Date: March 4, 2026 10:00 AM", dt.date(2026, 3, 4)),
    ("Date: Thu, 5 Mar 2026", dt.date(2026, 3, 5)),
    ("Date: 2026-03-06T09:30:00Z", dt.date(2026, 3, 6)),
    ("Date: 14/03/2026", dt.date(2026, 3, 14)),
    ("Date: 03/14/2026", dt.date(2026, 3, 14)),
])
def test_the_header_date_is_the_call_date(tmp_path, header, expected):
    path = tmp_path / "call.txt"
    path.write_text(f"Weekly sync\n{header}\n{BODY}")
    transcript = read_transcript(str(path), rep="Dana")
    assert call_date_for(transcript, path) == expected


def test_without_a_readable_header_date_the_file_modification_date_is_used(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text(f"Date: 03/04/2026\n{BODY}")  # day and month cannot be told apart
    modified = dt.datetime(2026, 2, 20, 12, 0).timestamp()
    os.utime(path, (modified, modified))
    assert call_date_for(read_transcript(str(path), rep="Dana"), str(path)) == dt.date(2026, 2, 20)


def test_a_call_from_stdin_without_a_date_is_dated_today():
    transcript = parse_transcript(BODY, source="<stdin>", rep="Dana")
    assert call_date_for(transcript, "-") == dt.date.today()


def test_an_epoch_timestamp_from_a_json_export_is_read():
    assert parse_call_date("1772445600000") == dt.date(2026, 3, 2)
    assert parse_call_date("sometime soon") is None
