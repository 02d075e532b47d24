"""Compiled phrase patterns kept on disk between runs, as Python keeps compiled bytecode.

CPython parses and compiles a regex in Python code, and the phrase lists took about 100 ms of
every process's start that way, a third of a whole critique. What that produces is a program of
integers for the C matcher, and `_sre.compile` takes such a program directly, so a process loads
the programs an earlier one built and compiles only what has changed.

The cache relies on CPython internals (`re._parser`, `re._compiler`, `_sre`), so it is used on
CPython only, its file is named after the exact interpreter version, and anything it cannot load
or rebuild is compiled the ordinary way: a stale or damaged cache costs time, never a match.
`REVIEWER_CACHE_DIR` moves it (by default `$XDG_CACHE_HOME/reviewer` or `~/.cache/reviewer`).
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

FORMAT = 1
# Saves an entry may go unused before it is dropped, so edits to the patterns do not pile up.
KEPT_FOR_SAVES = 8

# (flags, code, groups, groupindex, indexgroup): `_sre.compile`'s arguments after the source, with
# the code as the bytes of 32-bit words, which `marshal` stores and reads far faster than a list.
_Program = tuple
_WORD = "I" if array("I").itemsize == 4 else "L"


class PatternCache:
    """Programs by pattern source, loaded from `path` once and written back at exit when a pattern
    had to be compiled."""

    def __init__(self, path: Path | None):
        self.path = path
        self._programs: dict[str, tuple[_Program, int]] = {}
        self._generation = 0
        self._used: dict[str, _Program] = {}
        self._changed = False
        if path is not None:
            self._load()

    def compile(self, source: str) -> re.Pattern:
        if self.path is None:
            return re.compile(source)
        if source in self._programs:
            try:
                program = self._programs[source][0]
                pattern = _from_program(source, program)
            except (RuntimeError, TypeError, ValueError, IndexError, OverflowError):  # damaged, or not for this interpreter
                pass
            else:
                self._used[source] = program
                return pattern
        try:
            program = _program(source)
        except (ImportError, AttributeError, OverflowError):  # internals this cache does not know
            return re.compile(source)
        self._used[source] = program
        if not self._changed:
            self._changed = True
            atexit.register(self.save)
        return _from_program(source, program)

    def save(self) -> None:
        """Write the programs used in this process, and those used in the last few saves."""
        if self.path is None or not self._changed:
            return
        generation = self._generation + 1
        programs = {source: stored for source, stored in self._programs.items() if stored[1] > generation - KEPT_FOR_SAVES}
        programs.update((source, (program, generation)) for source, program in self._used.items())
        import tempfile  # only a process that compiled something writes

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=self.path.parent, prefix=".saving-", delete=False) as file:
                try:
                    marshal.dump((FORMAT, generation, programs), file)
                except OSError:
                    os.unlink(file.name)
                    raise
            os.replace(file.name, self.path)
        except OSError:
            return  # an unwritable cache only means compiling again next time
        self._programs, self._generation, self._changed = programs, generation, False

    def _load(self) -> None:
        try:
            kind, generation, programs = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if kind == FORMAT and isinstance(generation, int) and isinstance(programs, dict):
            self._programs, self._generation = programs, generation


def _program(source: str) -> _Program:
    """What `re.compile(source)` hands to `_sre.compile`, in types `marshal` can store."""
    from re import _compiler, _parser

    parsed = _parser.parse(source, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = array(_WORD, _compiler._code(parsed, 0)).tobytes()
    return (int(parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _from_program(source: str, program: _Program) -> re.Pattern:
    import _sre

    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(source, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)


def _default_path() -> Path | None:
    if sys.implementation.name != "cpython":
        return None
    folder = os.environ.get("REVIEWER_CACHE_DIR")
    if not folder:
        try:
            folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reviewer"
        except RuntimeError:  # no home directory to find
            return None
    return Path(folder) / f"patterns-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"


patterns = PatternCache(_default_path())
