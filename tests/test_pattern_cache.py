"""The on-disk cache of compiled phrase patterns: a later process loads what an earlier one
compiled, and a cache it cannot use only costs time, never a different match."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.engines.offline import pattern_cache
from reviewer.engines.offline.pattern_cache import KEPT_FOR_SAVES, PatternCache

ROOT = Path(__file__).resolve().parent.parent
# A lookbehind, a named group, a possessive repeat and non-ASCII text: what the phrase lists use.
SOURCE = r"(?<![\w'])(?:can't (?P<when>today|tomorrow)|café|no++ thanks)(?![\w'])"
TEXTS = ["sorry, can't today", "cant tomorrow", "the café's shut", "noooo thanks", "scan't today", ""]


def matches(pattern: re.Pattern) -> list:
    return [(m.span(), m.groupdict()) if (m := pattern.search(text)) else None for text in TEXTS]


def no_compiling(monkeypatch) -> None:
    def refuse(source):
        raise AssertionError(f"compiled {source!r} again")

    monkeypatch.setattr(pattern_cache, "_program", refuse)


def test_a_later_process_loads_the_pattern_instead_of_compiling_it(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    first = PatternCache(path)
    compiled = first.compile(SOURCE)
    first.save()

    no_compiling(monkeypatch)
    loaded = PatternCache(path).compile(SOURCE)
    reference = re.compile(SOURCE)
    assert (loaded.pattern, loaded.flags, loaded.groups, loaded.groupindex) == (
        reference.pattern, reference.flags, reference.groups, reference.groupindex)
    assert matches(loaded) == matches(compiled) == matches(reference)
    assert matches(reference)[0] == ((7, 18), {"when": "today"})


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", "marshal of the wrong shape", "a program that is not"])
def test_a_damaged_cache_is_compiled_again(tmp_path, damage):
    import marshal

    path = tmp_path / "patterns.marshal"
    if damage == "marshal of the wrong shape":
        damage = marshal.dumps(["a", "list"])
    elif damage == "a program that is not":
        damage = marshal.dumps((pattern_cache.FORMAT, 1, {SOURCE: ((32, b"\x01\x02\x03\x04", 0, {}, (None,)), 1)}))
    path.write_bytes(damage)
    cache = PatternCache(path)
    assert matches(cache.compile(SOURCE)) == matches(re.compile(SOURCE))
    cache.save()
    assert matches(PatternCache(path).compile(SOURCE)) == matches(re.compile(SOURCE))


def test_an_unwritable_cache_is_no_error(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    cache = PatternCache(blocker / "patterns.marshal")
    assert matches(cache.compile(SOURCE)) == matches(re.compile(SOURCE))
    cache.save()
    assert list(tmp_path.iterdir()) == [blocker]


def test_patterns_left_unused_for_several_saves_are_dropped(tmp_path):
    path = tmp_path / "patterns.marshal"
    edited = PatternCache(path)
    edited.compile("(?:an old version)")
    edited.save()
    for number in range(KEPT_FOR_SAVES):
        cache = PatternCache(path)
        cache.compile(f"(?:edit {number})")
        cache.save()
    kept = PatternCache(path)._programs
    assert "(?:an old version)" not in kept
    assert {f"(?:edit {number})" for number in range(KEPT_FOR_SAVES)} <= kept.keys()


def test_critiques_are_the_same_with_an_empty_and_a_filled_cache(tmp_path):
    command = [sys.executable, "-m", "reviewer", "critique", str(ROOT / "fixtures/formats/call.txt"), "--format", "json"]
    environment = {**os.environ, "REVIEWER_CACHE_DIR": str(tmp_path)}
    first = subprocess.run(command, capture_output=True, text=True, check=True, env=environment).stdout
    assert [path.name for path in tmp_path.glob("patterns-*")] == [f"patterns-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"]
    second = subprocess.run(command, capture_output=True, text=True, check=True, env=environment).stdout
    assert second == first
