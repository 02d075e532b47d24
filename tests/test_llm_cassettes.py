"""The LLM engine replayed from vcrpy cassettes, matched on the request body.

Every response in `tests/cassettes/` was written by hand (see `cassettes/SYNTHETIC.md`); no
model produced them. To regenerate after a prompt or schema change:

    .venv/bin/pytest tests/test_llm_cassettes.py --record-mode=rewrite

which records the hand-written answers below through the loopback fake server.
"""

import contextlib
import shutil
from pathlib import Path

import pytest
import yaml
from fake_openai_server import SYNTHETIC_MODEL, FakeOpenAIServer, chat_completion
from vcr.errors import CannotOverwriteExistingCassetteException

from reviewer.engines.openai_engine import OpenAIEngine
from reviewer.prompting import SYSTEM, Prompts
from reviewer.stats import call_stats

CASSETTES = Path(__file__).parent / "cassettes"
RECORDING_KEY = "sk-synthetic-recording-key-never-valid"
NOWHERE = "http://127.0.0.1:9/v1"  # replays never connect: the cassette answers


@pytest.fixture
def model_url(record_mode):
    """`model_url(*responses)`: where the engine sends; a fake server only while recording."""
    with contextlib.ExitStack() as servers:
        def start(*responses):
            if record_mode == "none":
                return NOWHERE
            queue = list(responses)
            return servers.enter_context(FakeOpenAIServer(lambda request: queue.pop(0))).url

        yield start


def judge(url, transcript, **engine_options):
    engine = OpenAIEngine("gpt-4.1-mini", base_url=url, api_key=RECORDING_KEY, max_retries=0, **engine_options)
    return engine.judge(transcript, call_stats(transcript))


@pytest.mark.vcr
def test_grounded_answer(model_url, sales_call, grounded_judgement):
    result = judge(model_url(chat_completion(grounded_judgement)), sales_call)
    assert result.judgement.model_dump() == grounded_judgement
    assert result.model == SYNTHETIC_MODEL
    assert result.dropped_findings == 0


@pytest.mark.vcr
def test_quote_dropped_after_repair(model_url, sales_call, ungrounded_judgement):
    wrong = chat_completion(ungrounded_judgement)
    result = judge(model_url(wrong, wrong), sales_call)
    assert result.dropped_findings == 1
    assert result.usage.prompt_tokens == 2000


# Skipped before setup while recording: a rewrite would first delete the cassette it borrows.
@pytest.mark.skipif("config.getoption('--record-mode') not in (None, 'none')", reason="replay only")
@pytest.mark.vcr
@pytest.mark.default_cassette("test_grounded_answer.yaml")
def test_a_changed_prompt_no_longer_replays(tmp_path, sales_call):
    changed = shutil.copytree(Prompts().directory, tmp_path / "prompts")
    (changed / SYSTEM).write_text((changed / SYSTEM).read_text() + "\nAnswer in French.\n")
    with pytest.raises(CannotOverwriteExistingCassetteException, match="differ in body"):
        judge(NOWHERE, sales_call, prompts=Prompts(changed))


def test_cassettes_are_marked_synthetic_and_hold_no_credentials():
    recorded = sorted(CASSETTES.rglob("*.yaml"))
    assert recorded, "run with --record-mode=rewrite to record the cassettes"
    assert "written by hand" in (CASSETTES / "SYNTHETIC.md").read_text()
    for cassette in recorded:
        text = cassette.read_text()
        assert "authorization" not in text.lower() and RECORDING_KEY not in text, cassette
        for interaction in yaml.safe_load(text)["interactions"]:
            assert f'"model": "{SYNTHETIC_MODEL}"' in interaction["response"]["body"]["string"], cassette
