"""The principle catalogue: the project's own statement of the source articles' ideas.

It is data (`principles.toml`) so the prompts and the offline detectors cite the same ids.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Principle:
    id: str
    title: str
    source: str
    dimensions: tuple[str, ...]
    statement: str
    done_well: str
    done_badly: str


@cache
def catalogue() -> dict[str, Principle]:
    data = tomllib.loads(resources.files("reviewer").joinpath("principles.toml").read_text("utf-8"))
    return {
        entry["id"]: Principle(**{**entry, "dimensions": tuple(entry["dimensions"])})
        for entry in data["principle"]
    }


def is_known(principle_id: str) -> bool:
    return principle_id in catalogue()
