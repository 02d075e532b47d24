"""The quick-to-run form of the cues must find exactly what the plain form finds: a critique may
not change once a process has judged enough calls to speed its cues up."""

from pathlib import Path

import pytest

from reviewer.engines.offline import cues
from reviewer.engines.offline.phrases import Phrases, Screen, phrases
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
def test_grouped_cue_matches_what_the_plain_one_does(name, texts):
    plain = Phrases(CUES[name].alternatives)
    grouped = Phrases(CUES[name].alternatives, grouped=True)
    assert [_matches(grouped, text) for text in texts] == [_matches(plain, text) for text in texts]


def test_grouping_keeps_the_first_alternative_that_matches():
    # "(?:a|ab)c" tries "ac" before "abc"; the first listed phrase that fits must still win.
    pattern = phrases(r"(?:next|this) week", r"(?:next|this)? (?:week|weekend)", r"this (?:weekend|week)", r"(?:n|t)\w+")
    for grouped in (False, True):
        candidate = Phrases(pattern.alternatives, grouped)
        assert candidate.search("maybe this weekend").group(0) == "this weekend"
        assert candidate.search("so next week then").span() == (3, 12)


@pytest.mark.parametrize("members", cues.SCREENS, ids=["prospect", "rep"])
def test_screen_never_passes_over_a_match_of_its_cues(members, texts):
    screen = Screen(members)
    for text in texts + ["no.", "(no) thanks", "-no", "well—no", "well—no, no", "café no", "«no» thanks. no", "so…maybe later"]:
        starts = [match.start() for match in (cue.search(text) for cue in members) if match]
        if starts:
            assert screen.first(text) is not None and screen.first(text) <= min(starts), text


@pytest.mark.parametrize("members", cues.SCREENS, ids=["prospect", "rep"])
def test_screen_rules_out_most_turns_its_cues_do_not_match(members, texts):
    screen = Screen(members)
    unmatched = [text for text in texts if text.isascii() and not any(cue.search(text) for cue in members)]
    passed = [text for text in unmatched if screen.first(text) is not None]
    assert len(unmatched) > 500 and len(passed) < 0.2 * len(unmatched)


def test_screen_lets_through_what_only_a_lookaround_rules_out():
    # RE2 has no lookarounds: "no problem" passes the screen, and the refusal cue itself then rejects it.
    screen = Screen((cues.REFUSAL,))
    assert cues.REFUSAL.search("no problem at all") is None
    assert screen.first("no problem at all") == 0
    assert screen.first("we talked about the weather") is None
    assert screen.first("well, no.") in (5, 6)  # at the break before the phrase, or at the phrase


def test_screen_does_not_screen_text_outside_ascii():
    # Python and RE2 disagree on which letters outside ASCII make words, so such turns are searched whole.
    assert Screen((cues.REFUSAL,)).first("café au lait") == 0


def test_phrases_that_open_with_a_lookbehind_match_the_same_once_grouped():
    # The grouped form moves a leading lookbehind past the first character it guards.
    pattern = phrases(
        r"(?<!n't )(?<!not )need", r"nice", r"(?:(?<=^)|(?<=[.!?,] ))(?:signed|paid)(?= *[.!]|$)", r"(?<=, )right\?",
    )
    texts = [
        "we need it", "we don't need it", "we do not need it", "nice, we need it", "signed.", "ok. paid!",
        "it gets paid.", "so signed", "fine, right?", "right? fine", "need", "n't need", "not needy",
    ]
    grouped = Phrases(pattern.alternatives, grouped=True)
    assert [_matches(grouped, text) for text in texts] == [_matches(pattern, text) for text in texts]


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
