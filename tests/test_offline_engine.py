"""The offline engine end to end: the Engine protocol, grounding on real calls, coaching output."""

import gc
from pathlib import Path

import pytest
import yaml

from test_offline_calls import CLOSE_REFUSED_PRESSED, call, judge
from reviewer.engines import EngineSettings, create_engine
from reviewer.engines.offline import OfflineEngine
from reviewer.engines.offline.reading import TurnReading
from reviewer.grounding import grounding_errors
from reviewer.principles import is_known
from reviewer.stats import call_stats
from reviewer.transcript import read_transcript

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "evals" / "cases").glob("*.yaml"))


def test_is_the_default_engine_without_a_model():
    engine = create_engine(EngineSettings(engine="auto"))
    assert isinstance(engine, OfflineEngine)
    assert (engine.name, engine.model, engine.prompt_version) == ("offline", None, None)


@pytest.mark.parametrize("case_file", CASES, ids=lambda p: p.stem)
def test_every_finding_on_the_labelled_calls_is_grounded(case_file):
    case = yaml.safe_load(case_file.read_text())
    transcript = read_transcript(str(case_file.parent / case["transcript"]), rep=case.get("rep"), prospects=case.get("prospects"))
    judgement = OfflineEngine().judge(transcript, call_stats(transcript)).judgement
    assert grounding_errors(judgement, transcript) == []


def test_a_pressure_call_gets_a_summary_and_ranked_coaching():
    judgement = judge(call(CLOSE_REFUSED_PRESSED))
    assert "missed 3 of 3" in judgement.summary  # the last brush-off, waved through with "Okay.", too
    assert 1 <= len(judgement.summary.split(". ")) <= 3
    principles = [p.principle for p in judgement.coaching_points]
    assert principles[0] == "ask-the-concern"
    assert "dont-burn-bridges" in principles
    assert all(is_known(p) for p in principles)


def test_a_clean_call_has_no_reset_moments_and_says_so():
    judgement = judge(call("""
        Dana: What made you take the call?
        Lee: Our win rate dropped.
        Dana: What do you think is behind it?
        Lee: New reps.
    """))
    assert judgement.reset_moments == []
    assert "no clear sign" in judgement.summary


def test_judging_a_call_leaves_no_reference_cycles_behind():
    """Batch runs judge thousands of calls: a call's readings must be freed as soon as it is judged,
    not left for the cycle collector."""
    transcript = read_transcript(str(ROOT / "benchmarks" / "data" / "call-150-turns.txt"))
    engine = OfflineEngine()
    for _ in range(2):  # past the one-off recompile on a process's second call
        engine.judge(transcript, call_stats(transcript))
    gc.collect()
    gc.disable()
    try:
        engine.judge(transcript, call_stats(transcript))
        assert not [o for o in gc.get_objects() if isinstance(o, TurnReading)]
    finally:
        gc.enable()


@pytest.mark.parametrize(
    ("rep_reply", "status"),
    [
        ("That's all I ask! Talk soon, Lee.", "missed"),
        ("Fair enough. What would make it worth a read for you?", "handled"),
    ],
)
def test_a_goodbye_that_asks_nothing_does_not_reset_a_brush_off(rep_reply, status):
    result = judge(call(f"""
        Dana: We do payroll for restaurant groups. Can I send you our one-pager and check back next Tuesday?
        Lee: Send it if you want. I can't promise I'll read it.
        Dana: {rep_reply}
        Lee: Bye.
    """))
    assert [(m.turn, m.status) for m in result.reset_moments] == [(2, status)]
