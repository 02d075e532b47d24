"""The date a call took place, worked out the same way by `critique` and `batch`.

The export's own header is the best witness (a call reviewed on Monday may have happened the
Thursday before); the file's modification time is the fallback, and today for stdin.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from reviewer.transcript.model import Transcript

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_EPOCH = re.compile(r"^\d{10}(\d{3})?$")


def call_date_for(transcript: Transcript, path: str | Path | None) -> dt.date:
    """The header's `Date:` when it can be read, else the file's modification date, else today."""
    header_date = parse_call_date(transcript.metadata.get("date", ""))
    if header_date:
        return header_date
    if path is not None and str(path) != "-":
        try:
            return dt.date.fromtimestamp(Path(path).stat().st_mtime)
        except OSError:
            pass
    return dt.date.today()


def parse_call_date(text: str) -> dt.date | None:
    """Read the date forms call exports use; None when absent or ambiguous (3/4/2026)."""
    text = text.strip()
    if _EPOCH.match(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
    if match := _ISO.search(text):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if (match := _MONTH_FIRST.search(text)) and match[1].lower() in _MONTHS:
        return _date(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    if (match := _DAY_FIRST.search(text)) and match[2].lower() in _MONTHS:
        return _date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    if match := _SLASHED.search(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if first > 12 >= second:
            return _date(year, second, first)
        if second > 12 >= first:
            return _date(year, first, second)
    return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
