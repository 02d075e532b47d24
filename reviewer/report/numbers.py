"""How the report's figures read, shared by its Markdown and HTML forms."""

from __future__ import annotations

import datetime as dt


def percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate:.0%}"


def points(change: float | None) -> str:
    """A change in percentage points; "new" when there is nothing to compare with."""
    if change is None:
        return "new"
    return "±0 pts" if round(change) == 0 else f"{change:+.0f} pts"


def signed(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    text = f"{value:+.{digits}f}"
    return "±" + text[1:] if float(text) == 0 else text


def change_direction(change: float | None, *, higher_is_better: bool = True) -> str:
    """"better", "worse" or "flat", for colouring and arrows."""
    if change is None or abs(change) < 1e-9:
        return "flat"
    better = (change > 0) == higher_is_better
    return "better" if better else "worse"


def short_day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"
