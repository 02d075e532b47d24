"""Phrase lists as whole-word regexes, in a quick-to-compile form and a quick-to-run one.

Python's regex engine tries the alternatives of an alternation one by one at every word start,
and entering one that opens with a group ("(?:want|like) to ...") costs far more than rejecting
one that opens with a plain character; with hundreds of phrases per cue, that was most of the
time a critique took. `speed_up_all()` recompiles every phrase list as a shallow trie, its
alternatives grouped under their first characters (`(?:ab|c)d|ae` becomes `a(?:bd|e)|c(?:d)`),
so at each word start the engine rejects whole groups with one comparison. Most searches still
find nothing, so each phrase list also gets a screen in RE2, which rules a turn out far more
quickly (see `_screen`).

The quick form is several times larger and takes about 200 ms more to compile, far more than a
single critique takes, so patterns start in the plain form and a process speeds up once it
judges a second call (see `OfflineEngine`). Both forms match exactly the same text: unfolding a
leading group keeps the order in which a backtracking engine tries branches, and alternatives
that start with different characters can never match at the same place, so only their order
within a group matters, and that is kept. An alternative whose first character cannot be read
off its text (a class, an escape, a repeated group) stays in place and keeps its neighbours on
either side apart.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from reviewer.engines.offline.pattern_cache import patterns

WORD_START = r"(?<![\w'])"
WORD_END = r"(?![\w'])"
# A character that does not simply match itself when it starts an alternative.
_NOT_LITERAL = frozenset("\\[().^$*+?{|")
_REPEATS = frozenset("?*+{")
_LOOKBEHINDS = ("(?<=", "(?<!")
_LOOKAROUNDS = ("(?=", "(?!", *_LOOKBEHINDS)
# What Python's `\s` matches in ASCII.
_PYTHON_SPACE = r"\t-\r\x1c-\x1f "
# Levels of the trie: a third level is 15% more to compile for no measurable speed.
GROUPING_DEPTH = 2
# The most memory RE2 may take for a screen's automaton; with too little, it falls back to a
# slower way and says so on stderr.
SCREEN_MEMORY = 64 << 20
# The longest screen one automaton takes (see `_parts`).
SCREEN_CHARS = 9000
# RE2 reads positions as C ints: the end of any text.
_RE2_END = 2**31 - 1

# The apostrophe of a contraction ("don't", "i'm", "that's"), which typed chats and auto-captions
# often leave out.
_CONTRACTION_APOSTROPHE = re.compile(r"(?<=[a-z)|:])'(?=(t|m|s|re|ve|ll|d)(?![a-z]))")
# Endings that make no other word when the apostrophe goes, whatever comes before them.
_ALWAYS_CONTRACTED = frozenset({"t", "m", "ve"})
# Contractions that are another word without their apostrophe ("we'll" and "well").
_KEEPS_APOSTROPHE = frozenset({"we'll", "i'll", "he'll", "she'll", "we're", "i'd", "we'd", "he'd", "she'd"})
# Words whose "'s" is "is" or "us"; after a noun, "'s" without its apostrophe is a plural
# ("Tuesday's fine" against "Tuesdays are busy").
_IS_BEFORE = frozenset(
    "it that what there here let he she who where how when why everyone everybody nobody somebody "
    "someone nothing something anything everything".split()
)
_LETTERS_BEFORE = re.compile(r"[a-z]*$")

_ALL: list[Phrases] = []


class Phrases:
    """Whole-word alternatives: a phrase never matches inside a longer word. Patterns are lower
    case and run on `cues.plain` text: case-sensitive matching is several times faster. A contraction
    also matches its spelling without the apostrophe ("dont"), as chats and captions write it.
    `search`, `match` and `finditer` are those of the compiled pattern in use."""

    def __init__(self, alternatives: list[str], quick: bool = False):
        self.alternatives = list(map(_apostrophe_optional, alternatives))
        self._compile(quick)
        _ALL.append(self)

    def _compile(self, quick: bool) -> None:
        body = "|".join(self.alternatives)
        if quick:
            body = _grouped_by_first_character(_split_alternatives(body), GROUPING_DEPTH)
            self._could_match = _screen(self.alternatives)
        self.pattern = patterns.compile(WORD_START + "(?:" + body + ")" + WORD_END)
        self.quick = quick
        self.search = self._screened_search if quick else self.pattern.search
        self.match = self.pattern.match
        self.finditer = self.pattern.finditer

    def speed_up(self) -> None:
        if not self.quick:
            self._compile(quick=True)

    def _screened_search(self, text: str, pos: int = 0, endpos: int = _RE2_END) -> re.Match | None:
        """`pattern.search`, after RE2 has said where a match could start (see `_screen`)."""
        if text.isascii():
            could = self._could_match(text, pos - 1 if pos > 0 else 0, endpos)
            if could is None:
                return None
            pos = max(pos, could.start())
        return self.pattern.search(text, pos, endpos)


def _screen(alternatives: list[str]):
    """An RE2 search for where any of `alternatives` could start a match, or None where none can.

    Most searches find nothing, and RE2's automaton rules a turn out, reading it once however many
    phrases there are, in a fraction of the time Python's engine takes. RE2 has no lookarounds,
    so the screen leaves them out (see `_widened`): it matches all the phrases match and
    sometimes more, which costs only Python's search. It starts one character early, on the
    character before the phrase. Outside ASCII, RE2's word characters are not Python's, so text
    with any such character is not screened.
    """
    import re2  # only a process that judges several calls builds screens

    screens = []
    for part in _parts(list(map(_widened, alternatives))):
        screen = re2.compile(r"(?:^|[^\w'])(?:" + "|".join(part) + ")", max_mem=SCREEN_MEMORY)
        if not isinstance(screen, re2.Pattern):  # pyre2 quietly hands what RE2 cannot read to `re`
            raise ValueError(f"RE2 cannot screen {part[0]!r}...")
        screens.append(screen.search)
    if len(screens) == 1:
        return screens[0]

    def earliest(text: str, pos: int, endpos: int):
        first = None
        for search in screens:
            match = search(text, pos, endpos)
            if match is not None and (first is None or match.start() < first.start()):
                first = match
        return first

    return earliest


def _parts(alternatives: list[str]) -> list[list[str]]:
    """The alternatives in as few runs of even length as keep each under SCREEN_CHARS: past about
    that, one automaton outgrows SCREEN_MEMORY on some texts, and RE2 falls back to its slow way
    and says so on stderr."""
    total = sum(len(alternative) + 1 for alternative in alternatives)
    share = total / max(1, math.ceil(total / SCREEN_CHARS))
    parts: list[list[str]] = [[]]
    size = 0
    for alternative in alternatives:
        if size >= share:
            parts.append([])
            size = 0
        parts[-1].append(alternative)
        size += len(alternative) + 1
    return parts


def _widened(alternative: str) -> str:
    """`alternative` in RE2's syntax, matching in ASCII text all it matches and perhaps more: without
    its lookarounds and anchors, and with `\\s` taking what Python's does (RE2's leaves out \\v)."""
    kept: list[str] = []
    index = 0
    while index < len(alternative):
        char = alternative[index]
        if alternative.startswith(_LOOKAROUNDS, index):
            index += _group_end(alternative[index:]) + 1
        elif char == "[":
            end = _class_end(alternative, index)
            members = alternative[index:end]
            kept.append(members if members.startswith("[^") else members.replace(r"\s", _PYTHON_SPACE))
            index = end
        elif char == "\\":
            escape = alternative[index:index + 2]
            kept.append(f"[{_PYTHON_SPACE}]" if escape == r"\s" else escape)
            index += 2
        else:
            if char not in "^$":
                kept.append(char)
            index += 1
    return "".join(kept)


def _apostrophe_optional(alternative: str) -> str:
    """`alternative` also matching its contractions written without the apostrophe ("dont")."""
    if "'" not in alternative:
        return alternative

    looks_behind = "(?<" in alternative

    def optional(apostrophe: re.Match) -> str:
        ending, at = apostrophe.group(1), apostrophe.start()
        if looks_behind and _in_look_behind(alternative, at):
            return "'"  # a look-behind must keep a fixed width
        if ending in _ALWAYS_CONTRACTED:
            return "'?"
        words = _words_before(alternative, at)
        if words is None:
            return "'"
        if ending == "s":
            return "'?" if words <= _IS_BEFORE else "'"
        return "'" if any(f"{word}'{ending}" in _KEEPS_APOSTROPHE for word in words) else "'?"

    return _CONTRACTION_APOSTROPHE.sub(optional, alternative)


def _open_groups(source: str, at: int) -> tuple[list[int], dict[int, int]]:
    """The groups open at `at` (where each starts, innermost last), and where each group closed
    before `at` starts, by the index of its `)`."""
    open_at: list[int] = []
    starts: dict[int, int] = {}
    for index, char in _structure(source[:at]):
        if char == "(":
            open_at.append(index)
        elif char == ")":
            starts[index] = open_at.pop()
    return open_at, starts


def _in_look_behind(source: str, at: int) -> bool:
    return any(source.startswith(_LOOKBEHINDS, start) for start in _open_groups(source, at)[0])


def _words_before(source: str, at: int) -> set[str] | None:
    """The words that can end right before position `at` of `source`, or None when the pattern
    does not spell them out: `what(?:'s` and `(?:it|that)'s` give {what} and {it, that}."""
    letters = _LETTERS_BEFORE.search(source, 0, at).group()
    before = source[at - len(letters) - 1] if at > len(letters) else ""
    if letters:
        return None if before == ")" else {letters}
    open_at, starts = _open_groups(source, at)
    if before == ")":
        start = starts[at - 1]
        if not source.startswith("(?:", start):
            return None
        branches = _split_alternatives(source[start + 3:at - 1])
        return set(branches) if all(branch.isalpha() for branch in branches) else None
    if before in ":|" and open_at and source.startswith("(?:", open_at[-1]):
        return _words_before(source, open_at[-1])  # the apostrophe opens a branch of this group
    return None


def phrases(*alternatives: str) -> Phrases:
    return Phrases(list(alternatives))


def any_of(*cues: Phrases) -> Phrases:
    """One pattern that finds the first place where any of these cues matches."""
    return Phrases([alternative for cue in cues for alternative in cue.alternatives])


def speed_up_all() -> None:
    """Switch every phrase list to its quick-to-run form."""
    for cue in _ALL:
        cue.speed_up()


def _grouped_by_first_character(alternatives: list[str], depth: int = GROUPING_DEPTH) -> str:
    """The alternatives as a trie `depth` characters deep: `ab|ac|d` becomes `a(?:b|c)|d`."""
    pieces: list[str] = []
    group: dict[str, list[str]] = {}

    def close_group() -> None:
        for first, rests in group.items():
            inner = _grouped_by_first_character(rests, depth - 1) if depth > 1 else "|".join(rests)
            pieces.append(re.escape(first) + _either([inner]))
        group.clear()

    for alternative in alternatives:
        for first, rest in _by_first_character(alternative):
            if first is None:
                close_group()
                pieces.append(rest)
            else:
                group.setdefault(first, []).append(rest)
    close_group()
    return "|".join(pieces)


def _by_first_character(alternative: str) -> list[tuple[str | None, str]]:
    """`alternative` as (first character, what follows it) pairs, one per character a match can
    start with; the character is None for a part whose start cannot be read off the pattern's
    text, which then stays whole. A leading group is split by its branches' first characters:
    `(?:ab|ac|d)e` gives `a` + `(?:b|c)e` and `d` + `e`; a greedy optional one is tried first,
    then skipped: `(?:a)?b` gives `a` + `b`, then `b` + ``."""
    unknown = [(None, alternative)]
    if alternative.startswith(_LOOKBEHINDS):
        return _after_lookbehind(alternative) or unknown
    if not alternative.startswith("(?:"):
        if not alternative or alternative[0] in _NOT_LITERAL or alternative[1:2] in _REPEATS:
            return unknown
        return [(alternative[0], alternative[1:])]
    end = _group_end(alternative)
    body, rest = alternative[3:end], alternative[end + 1:]
    optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
    if optional:
        rest = rest[1:]
    elif rest[:1] in _REPEATS:
        return unknown
    branches = _split_alternatives(body)
    if not optional and any(branch.startswith(_LOOKBEHINDS) for branch in branches):
        # `(?:(?<=^)|(?<=, ))yes` is `(?<=^)yes|(?<=, )yes`, each of which can be split.
        pairs = [pair for branch in branches for pair in _by_first_character(branch + rest)]
        return unknown if any(first is None for first, _ in pairs) else pairs
    inside: dict[str, list[str]] = {}
    for branch in branches:
        for first, remainder in _by_first_character(branch):
            if first is None:
                return unknown
            inside.setdefault(first, []).append(remainder)
    pairs: list[tuple[str | None, str]] = [(first, _either(remainders) + rest) for first, remainders in inside.items()]
    return pairs + _by_first_character(rest) if optional else pairs


def _after_lookbehind(alternative: str) -> list[tuple[str | None, str]] | None:
    """A leading lookbehind moved past the first character, which it then also looks back on:
    `(?<!not )need` becomes `n` + `(?<!(?:not )n)eed`, so the phrase joins the `n` group instead
    of being tried on its own at every word start."""
    end = _group_end(alternative)
    kind, body, rest = alternative[:4], alternative[4:end], alternative[end + 1:]
    pairs = _by_first_character(rest)
    if any(first is None for first, _ in pairs):
        return None
    return [(first, f"{kind}(?:{body}){re.escape(first)})" + remainder) for first, remainder in pairs]


def _either(alternatives: list[str]) -> str:
    if len(alternatives) == 1 and "|" not in alternatives[0]:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _split_alternatives(source: str) -> list[str]:
    """`source` cut at the `|`s that are outside every group."""
    parts, depth, start = [], 0, 0
    for index, char in _structure(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            parts.append(source[start:index])
            start = index + 1
    parts.append(source[start:])
    return parts


def _group_end(source: str) -> int:
    """The index of the `)` that closes the group opening `source`."""
    depth = 0
    for index, char in _structure(source):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError(f"unbalanced group in {source!r}")


def _structure(source: str) -> Iterator[tuple[int, str]]:
    """The `(`, `)` and `|` of `source` that are neither escaped nor inside a character class."""
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(source, index)
            continue
        if char in "()|":
            yield index, char
        index += 1


def _class_end(source: str, start: int) -> int:
    """The index just past the character class that opens at `start`."""
    index = start + 1
    if source[index:index + 1] == "^":
        index += 1
    if source[index:index + 1] == "]":
        index += 1  # a `]` first in a class is a member, not its end
    while source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index + 1
