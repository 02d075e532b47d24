"""Which calls a batch covers: files, folders and globs, each under a stable, unique name.

The name is the call's path relative to the common folder of the arguments, so `calls/a/call.txt`
and `calls/b/call.txt` become `a__call` and `b__call`, and a rerun of the same command finds
the same names and therefore the results it already wrote.
"""

from __future__ import annotations

import glob
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import UsageError

TRANSCRIPT_SUFFIXES = frozenset({".txt", ".vtt", ".webvtt", ".srt", ".json"})
# Files the batch keeps next to the results; no call may take their names.
RESERVED_NAMES = frozenset({"failures", "batch-api"})
_UNSAFE = re.compile(r"[^\w .@+-]")
_GLOB_MAGIC = re.compile(r"[*?[]")


@dataclass(frozen=True)
class CallFile:
    path: Path  # as the user can find it again: relative when they passed a relative path
    name: str  # unique in the batch; the result is `<out>/<name>.json`


def collect_calls(arguments: list[str], out_dir: Path) -> list[CallFile]:
    """Every transcript the arguments name, in name order. Folders are searched recursively for
    transcript files, skipping hidden entries and the output folder itself."""
    found: dict[Path, Path] = {}  # resolved path -> path as given
    roots: list[Path] = []
    out_resolved = out_dir.resolve()
    for argument in arguments:
        for path, root in _expand(argument, out_resolved):
            found.setdefault(path.resolve(), path)
            roots.append(root)
    if not found:
        raise UsageError(
            f"no transcripts found in {', '.join(arguments)}: pass .txt, .vtt, .srt or .json files, or folders holding them"
        )
    base = Path(os.path.commonpath([root.resolve() for root in roots]))
    return _named(found, base)


def _expand(argument: str, out_dir: Path) -> list[tuple[Path, Path]]:
    """(file, the folder its name is taken relative to) for one argument."""
    path = Path(argument)
    if path.is_file():
        return [(path, path.parent)]
    if path.is_dir():
        return [(file, path) for file in _transcripts_in(path, out_dir)]
    if not _GLOB_MAGIC.search(argument):
        raise UsageError(f"no such file or folder: {argument}; check the path")
    matches = sorted(glob.glob(argument, recursive=True))
    if not matches:
        raise UsageError(f"no files match {argument}; check the pattern")
    root = _literal_prefix(argument)
    files = []
    for match in map(Path, matches):
        if match.is_dir():
            files.extend(_transcripts_in(match, out_dir))
        elif match.is_file() and not _inside(match, out_dir):
            files.append(match)
    return [(file, root) for file in files]


def _transcripts_in(folder: Path, out_dir: Path) -> list[Path]:
    files = []
    for directory, subdirectories, names in os.walk(folder):
        here = Path(directory)
        subdirectories[:] = sorted(
            d for d in subdirectories if not d.startswith(".") and (here / d).resolve() != out_dir
        )
        files.extend(
            here / name for name in sorted(names)
            if not name.startswith(".") and Path(name).suffix.lower() in TRANSCRIPT_SUFFIXES
        )
    return files


def _literal_prefix(pattern: str) -> Path:
    """The folder a glob starts from: `calls/**/*.vtt` -> `calls`."""
    parts = []
    for part in Path(pattern).parts:
        if _GLOB_MAGIC.search(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder)


def _named(found: dict[Path, Path], base: Path) -> list[CallFile]:
    """Names from relative paths; a suffix is kept only to tell `acme.txt` from `acme.vtt`,
    and a counter settles whatever still collides after unsafe characters are replaced."""
    relative = {resolved: resolved.relative_to(base) for resolved in found}
    stems = Counter(_slug(rel.with_suffix("")) for rel in relative.values())
    taken: set[str] = set(RESERVED_NAMES)
    calls = []
    for resolved, rel in sorted(relative.items(), key=lambda item: str(item[1])):
        name = _slug(rel.with_suffix(""))
        if stems[name] > 1:
            name = _slug(rel)
        unique, counter = name, 2
        while unique.casefold() in taken:
            unique, counter = f"{name}-{counter}", counter + 1
        taken.add(unique.casefold())
        calls.append(CallFile(path=found[resolved], name=unique))
    return calls


def _slug(relative: Path) -> str:
    return "__".join(_UNSAFE.sub("-", part) for part in relative.parts).lstrip(".") or "call"
