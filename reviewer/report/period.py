"""The period a report covers and the one it is compared with."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reviewer.errors import UsageError

DEFAULT_DAYS = 7
_SPAN = re.compile(r"^\s*(\d+)\s*([dw])\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def before(self) -> "Period":
        """The period of the same length that ends the day before this one starts."""
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end)

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def label(self) -> str:
        if self.start == self.end:
            return _day(self.start)
        return f"{_day(self.start)} – {_day(self.end)}"


def _day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def parse_period(
    since: str | None, date_from: str | None, date_to: str | None, *, today: dt.date | None = None
) -> Period:
    """`--since 7d|2w|DATE`, or `--from`/`--to` (either may be left out); default the last 7
    days including today."""
    today = today or dt.date.today()
    if since and (date_from or date_to):
        raise UsageError("use either --since or --from/--to, not both")
    if since:
        if match := _SPAN.match(since):
            days = int(match[1]) * (7 if match[2].lower() == "w" else 1)
            if days < 1:
                raise UsageError(f"--since {since} covers no days: use at least 1d")
            return Period(today - dt.timedelta(days=days - 1), today)
        return _ordered(_parse_date(since, "--since", spans=True), today)
    end = _parse_date(date_to, "--to") if date_to else today
    start = _parse_date(date_from, "--from") if date_from else end - dt.timedelta(days=DEFAULT_DAYS - 1)
    return _ordered(start, end)


def _parse_date(text: str, option: str, *, spans: bool = False) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        accepted = "a span such as 7d or 2w, or a date such as 2026-03-01" if spans else "a date such as 2026-03-01"
        raise UsageError(f"{option} {text!r} is not {accepted}") from None


def _ordered(start: dt.date, end: dt.date) -> Period:
    if start > end:
        raise UsageError(f"the period starts ({start}) after it ends ({end}): check --since/--from/--to")
    return Period(start, end)
