"""The learned models: scored in plain Python exactly as they were fitted, and used where no cue
names a signal or a reset."""

import json
from pathlib import Path

import pytest
from test_offline_calls import call, judge

from reviewer.engines.offline.cues import WORD, plain
from reviewer.engines.offline.learned import MODEL_PATH, agreement_model, reset_model, signal_model

LAND = "So that's the platform: dispatch, the dashboards and the coaching module. How does that land?"


def words(text: str) -> list[str]:
    return WORD.findall(plain(text))


@pytest.mark.parametrize("name", ["signal", "reset", "agreement"])
def test_plain_python_scoring_matches_the_fitted_model(name):
    model = {"signal": signal_model, "reset": reset_model, "agreement": agreement_model}[name]()
    checks = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["models"][name]["checks"]
    assert checks
    for check in checks:
        probability = model.probability(*map(words, check["texts"]))
        assert probability == pytest.approx(check["probability"], abs=1e-3)


@pytest.mark.parametrize(
    ("reply", "is_signal"),
    [
        ("I'm just not sure it's us.", True),
        ("Yeah, I don't know. Probably not for us right now.", True),
        ("We run twelve trucks out of Dayton, mostly HVAC and some plumbing.", False),
        ("Yeah, that makes sense. Let's do Tuesday.", False),
    ],
)
def test_the_signal_model_tells_a_lukewarm_reply_from_an_answer(reply, is_signal):
    assert signal_model().says_yes(words(reply), words(LAND)) is is_signal


@pytest.mark.parametrize(
    ("reply", "handled"),
    [
        ("That's fair, and I've been talking at you. What would make this worth your time?", True),
        ("Sure. And the reporting module exports to Excel and PDF, every Monday.", False),
    ],
)
def test_the_reset_model_tells_a_reset_from_carrying_on(reply, handled):
    assert reset_model().says_yes(words(reply)) is handled


def test_a_signal_no_cue_names_is_found_and_quoted_verbatim():
    transcript = call(f"""
        Dana: {LAND}
        Lee: Yeah, I don't know. Probably not for us right now.
        Dana: And the mobile app syncs every five minutes.
        Lee: Okay.
    """)
    moments = judge(transcript).reset_moments
    assert [(m.turn, m.status) for m in moments] == [(2, "missed")]
    assert moments[0].quote in transcript.turns[1].text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No such file"),
        ('{"format": 2, "models": {"signal": {"blocks": [{"terms": {"a": [1.0, 0.5]}}]}}}', "refit it with evals/train_signal_model.py"),
        ("not json", "unset REVIEWER_OFFLINE_MODELS"),
    ],
)
def test_models_that_cannot_be_read_are_one_clear_line(tmp_path, monkeypatch, content, message):
    from click.testing import CliRunner

    from reviewer.cli import cli
    from reviewer.engines.offline import learned

    call_file = Path(__file__).resolve().parent.parent / "fixtures" / "formats" / "call.txt"
    models = tmp_path / "models.json"
    if content is not None:
        models.write_text(content, encoding="utf-8")
    monkeypatch.setenv(learned.MODELS_ENV, str(models))
    learned._models.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["critique", str(call_file), "--engine", "offline"])
    finally:
        learned._models.cache_clear()
    assert result.exit_code == 2
    assert message in result.output and "unset REVIEWER_OFFLINE_MODELS" in result.output
    assert "Traceback" not in result.output
