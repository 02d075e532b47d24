"""The quick-to-run form of the cues must find exactly what the plain form finds: a critique may
not change once a process has judged enough calls to speed its cues up."""

from pathlib import Path

import pytest

from reviewer.engines.offline import cues
from reviewer.engines.offline.phrases import Phrases, phrases
from reviewer.transcript import read_transcript

ROOT = Path(__file__).resolve().parent.parent
CALLS = sorted((ROOT / "fixtures" / "calls").iterdir()) + [ROOT / "benchmarks" / "data" / "call-150-turns.txt"]
CUES = {name: value for name, value in vars(cues).items() if isinstance(value, Phrases)}


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Every turn of the fixture calls, and each of its sentences, as the detectors see them."""
    found = set()
    for path in CALLS:
        for turn in read_transcript(str(path)).turns:
            text = cues.plain(turn.text)
            found.add(text)
            found.update(text[start:end] for start, end in cues.sentences(text))
    return sorted(found)


def _matches(pattern: Phrases, text: str) -> tuple:
    first, at_start = pattern.search(text), pattern.match(text)
    return (
        first and first.span(),
        at_start and at_start.span(),
        [match.span() for match in pattern.finditer(text)],
    )


@pytest.mark.parametrize("name", sorted(CUES))
def test_quick_cue_matches_what_the_plain_one_does(name, texts):
    plain = Phrases(CUES[name].alternatives)
    quick = Phrases(CUES[name].alternatives, quick=True)
    assert [_matches(quick, text) for text in texts] == [_matches(plain, text) for text in texts]


def test_grouping_keeps_the_first_alternative_that_matches():
    # "(?:a|ab)c" tries "ac" before "abc"; the first listed phrase that fits must still win.
    pattern = phrases(r"(?:next|this) week", r"(?:next|this)? (?:week|weekend)", r"this (?:weekend|week)", r"(?:n|t)\w+")
    for quick in (False, True):
        candidate = Phrases(pattern.alternatives, quick)
        assert candidate.search("maybe this weekend").group(0) == "this weekend"
        assert candidate.search("so next week then").span() == (3, 12)


def test_screen_passes_what_only_a_lookaround_rules_out_and_python_rejects_it():
    # RE2 has no lookarounds: "no problem" gets past the screen, and Python's search then rejects it.
    refusal = Phrases(cues.REFUSAL.alternatives, quick=True)
    assert refusal._could_match("no problem at all") is not None
    assert refusal.search("no problem at all") is None
    assert refusal._could_match("we talked about the weather") is None
    assert refusal.search("well, no.").span() == (6, 8)


def test_screened_search_finds_a_match_right_at_its_start_position():
    # The screen starts one character early, on the break before the phrase, which it must see.
    refusal = Phrases(cues.REFUSAL.alternatives, quick=True)
    assert refusal.search("well, no.", 6).span() == (6, 8)
    assert refusal.search("well, no.", 7) is None
    assert refusal.search("no. no.", 1).span() == (4, 6)
    assert refusal.search("well, no. ok", 0, 8).span() == (6, 8)


def test_text_outside_ascii_is_searched_without_a_screen():
    # Python and RE2 disagree on which letters outside ASCII make words.
    refusal = Phrases(cues.REFUSAL.alternatives, quick=True)
    for text in ["well—no", "café no", "«no» thanks", "no—problem"]:
        assert refusal.search(text).span() == cues.REFUSAL.pattern.search(text).span(), text


def test_every_screen_stays_within_its_memory(texts, capfd):
    # RE2 prints to stderr, mid-report, when an automaton outgrows its memory.
    every_turn = " ".join(text for text in texts if text.isascii())
    for cue in CUES.values():
        Phrases(cue.alternatives, quick=True).search(every_turn + " zzz")
    assert "out of memory" not in capfd.readouterr().err


def test_phrases_that_open_with_a_lookbehind_match_the_same_once_grouped():
    # The grouped form moves a leading lookbehind past the first character it guards.
    pattern = phrases(
        r"(?<!n't )(?<!not )need", r"nice", r"(?:(?<=^)|(?<=[.!?,] ))(?:signed|paid)(?= *[.!]|$)", r"(?<=, )right\?",
    )
    texts = [
        "we need it", "we don't need it", "we do not need it", "nice, we need it", "signed.", "ok. paid!",
        "it gets paid.", "so signed", "fine, right?", "right? fine", "need", "n't need", "not needy",
    ]
    quick = Phrases(pattern.alternatives, quick=True)
    assert [_matches(quick, text) for text in texts] == [_matches(pattern, text) for text in texts]


@pytest.mark.parametrize(
    "cue, typed, written",
    [
        (cues.REFUSAL, "i dont think so", "i don't think so"),
        (cues.CONFUSION, "sorry whats that actually for", "sorry what's that actually for"),
        (cues.DECISION, "ok lets do it", "ok let's do it"),
        (cues.SCEPTICAL, "weve heard that before", "we've heard that before"),
        (cues.NO_PROBLEM_STATED, "nobodys on fire", "nobody's on fire"),
    ],
)
def test_a_contraction_typed_without_its_apostrophe_still_matches(cue, typed, written):
    assert cue.search(typed) is not None
    assert cue.search(written) is not None


@pytest.mark.parametrize(
    "pattern, other_word",
    [
        (r"we'll (?:see|think)", "well see, we think so"),
        (r"we're not sure", "we were not sure"),
        (r"i'll think", "ill think"),
        (r"(?:mon|tues)day(?:'s)? (?:fine|good)", "tuesdays good for bins"),
        (r"(?:she|he)'d like", "shed like"),
    ],
)
def test_a_contraction_keeps_its_apostrophe_where_dropping_it_makes_another_word(pattern, other_word):
    assert phrases(pattern).search(other_word) is None


def test_a_contraction_inside_a_lookbehind_keeps_its_width():
    pattern = phrases(r"(?<!don't )need")
    assert pattern.search("we don't need it") is None
    assert pattern.search("we need it") is not None
