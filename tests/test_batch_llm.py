"""`reviewer batch` with the LLM engine against loopback fakes: concurrency, resuming, failures,
and the Batch API path, which must validate answers exactly as the direct path does."""

import json
import signal
import threading

import pytest
from click.testing import CliRunner
from fake_batch_api import FakeBatchAPI
from fake_openai_server import FakeOpenAIServer, api_error, chat_completion

from reviewer.cli import cli
from reviewer.engines.openai_engine import OpenAIEngine
from reviewer.stats import call_stats
from reviewer.transcript import read_transcript

NO_ENV = {"OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "REVIEWER_MODEL": "", "TTY_COMPATIBLE": "0"}


def run(server, *args):
    command = ["batch", *map(str, args), "--base-url", server.url, "--model", "test-model", "--no-store"]
    return CliRunner().invoke(cli, command, env=NO_ENV)


def call_text(number: int) -> str:
    """The `sales_call` fixture's lines (so `grounded_judgement` fits), marked with its number."""
    return "\n".join([
        f"Dana: Thanks for making time, Lee. This is call {number}. I'd love to walk you through our scheduling platform.",
        "Lee: Sure, go ahead.",
        "Dana: It syncs every calendar, books rooms automatically and sends reminders. Teams love it.",
        "Lee: Okay, cool.",
        "Dana: And this month only we're offering forty percent off, so you really should sign today.",
        "Lee: Honestly, just send me some information and I'll think about it.",
        "Dana: Sure, I'll send it over.",
        "Lee: Thanks, bye.",
    ]) + "\n"


def call_number(request: dict) -> int:
    user = request["messages"][1]["content"]
    return int(user.split("This is call ")[1].split(".")[0])


@pytest.fixture
def calls(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    for number in range(1, 7):
        (folder / f"call-{number}.txt").write_text(call_text(number))
    return folder


def results(out):
    return {path.stem: json.loads(path.read_text()) for path in out.glob("*.json") if path.name != "batch-api.json"}


def failures(out):
    path = out / "failures.jsonl"
    return {entry["call"]: entry for entry in map(json.loads, path.read_text().splitlines())} if path.exists() else {}


def press_ctrl_c():
    """What the terminal does on Ctrl-C: SIGINT to the main thread, wherever it is waiting."""
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)


def test_calls_run_concurrently_within_the_bound(calls, tmp_path, grounded_judgement):
    for number in range(7, 13):
        (calls / f"call-{number}.txt").write_text(call_text(number))
    with FakeOpenAIServer(lambda request: chat_completion(grounded_judgement), delay=0.05) as server:
        result = run(server, calls, "--out", tmp_path / "out", "--concurrency", "3")
    assert result.exit_code == 0, result.output
    assert len(server.requests) == 12 and server.max_in_flight == 3
    found = results(tmp_path / "out")
    assert len(found) == 12
    assert all(r["reset_moments"] == grounded_judgement["reset_moments"] for r in found.values())
    assert {r["engine"]["model"] for r in found.values()} == {"synthetic-handwritten"}


def test_a_rerun_sends_no_request_for_done_calls_unless_forced_or_the_model_changes(calls, tmp_path, grounded_judgement):
    out = tmp_path / "out"
    with FakeOpenAIServer(lambda request: chat_completion(grounded_judgement)) as server:
        assert run(server, calls, "--out", out).exit_code == 0
        assert len(server.requests) == 6
        again = run(server, calls, "--out", out)
        assert again.exit_code == 0 and len(server.requests) == 6
        assert "0 critiqued, 6 already done" in again.stdout
        assert run(server, calls, "--out", out, "--force").exit_code == 0
        assert len(server.requests) == 12
        other_model = CliRunner().invoke(
            cli, ["batch", str(calls), "--out", str(out), "--base-url", server.url, "--model", "other", "--no-store"], env=NO_ENV
        )
        assert other_model.exit_code == 0 and len(server.requests) == 18


def test_a_model_failure_after_the_sdk_retries_is_recorded_and_the_rest_are_done(calls, tmp_path, grounded_judgement):
    def respond(request):
        if call_number(request) == 4:
            return (*api_error(503, "overloaded"), {"retry-after-ms": "1"})
        return chat_completion(grounded_judgement)

    out = tmp_path / "out"
    with FakeOpenAIServer(respond) as server:
        result = run(server, calls, "--out", out)
    assert result.exit_code == 1
    attempts = [request for request in server.requests if call_number(request) == 4]
    assert len(attempts) == 3  # the SDK's own two retries
    assert failures(out)["call-4"]["stage"] == "engine"
    assert "503" in failures(out)["call-4"]["reason"]
    assert len(results(out)) == 5


def test_output_that_never_fits_the_schema_is_a_failure_not_a_crash(calls, tmp_path, grounded_judgement):
    def respond(request):
        return chat_completion("no JSON here" if call_number(request) == 2 else grounded_judgement)

    out = tmp_path / "out"
    with FakeOpenAIServer(respond) as server:
        result = run(server, calls, "--out", out)
    assert result.exit_code == 1
    assert "does not fit the critique schema" in failures(out)["call-2"]["reason"]
    assert len(results(out)) == 5


def test_ctrl_c_mid_run_keeps_finished_results_and_a_rerun_sends_only_the_rest(calls, tmp_path, grounded_judgement):
    def respond(request):
        if len(server.requests) == 3:
            press_ctrl_c()
        return chat_completion(grounded_judgement)

    out = tmp_path / "out"
    with FakeOpenAIServer(respond) as server:
        stopped = run(server, calls, "--out", out, "--concurrency", "1")
        assert stopped.exit_code == 130, stopped.output
        assert "Rerun the same command to resume" in stopped.stderr
        assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
        done = len(results(out))
        assert 2 <= done < 6
        resumed = run(server, calls, "--out", out)
    assert resumed.exit_code == 0
    assert len(server.requests) == 3 + (6 - done)
    assert len(results(out)) == 6


def test_the_batch_request_is_the_one_the_direct_path_sends(sales_call, grounded_judgement):
    with FakeOpenAIServer(lambda request: chat_completion(grounded_judgement)) as server:
        engine = OpenAIEngine("test-model", base_url=server.url)
        stats = call_stats(sales_call)
        engine.judge(sales_call, stats)
    sent = {key: value for key, value in server.requests[0].items() if key != "stream"}
    assert engine.request_body(sales_call, stats) == sent


def test_batch_api_answers_are_validated_like_direct_ones(calls, tmp_path, grounded_judgement, ungrounded_judgement):
    def answer_batched(body):
        number = call_number(body)
        if number == 2:
            return chat_completion(ungrounded_judgement)
        if number == 5:
            return api_error(500, "batch worker failed")
        return chat_completion(grounded_judgement)

    out = tmp_path / "out"
    with FakeBatchAPI(lambda request: chat_completion(grounded_judgement), answer_batched=answer_batched) as server:
        result = run(server, calls, "--out", out, "--via", "batch-api", "--poll-interval", "0")
    assert result.exit_code == 1, result.output
    assert len(server.uploads) == 1 and len(server.batched_requests) == 6
    assert len(server.requests) == 1  # the one repair for call 2, sent directly
    repaired = results(out)["call-2"]
    assert repaired["reset_moments"] == grounded_judgement["reset_moments"]
    assert "500" in failures(out)["call-5"]["reason"] and "batch worker failed" in failures(out)["call-5"]["reason"]
    assert len(results(out)) == 5
    assert not (out / "batch-api.json").exists()


def test_batch_api_interrupted_while_polling_resumes_the_same_batch(calls, tmp_path, grounded_judgement):
    def interrupt_first_poll(batch):
        if batch["status"] == "validating":
            press_ctrl_c()

    out = tmp_path / "out"
    with FakeBatchAPI(answer_batched=lambda body: chat_completion(grounded_judgement), on_retrieve=interrupt_first_poll) as server:
        stopped = run(server, calls, "--out", out, "--via", "batch-api", "--poll-interval", "0")
        assert stopped.exit_code == 130, stopped.output
        state = json.loads((out / "batch-api.json").read_text())
        assert state["batch_id"] == "batch_1" and "batch_1" in stopped.stderr
        assert results(out) == {}

        server.on_retrieve = None
        resumed = run(server, calls, "--out", out, "--via", "batch-api", "--poll-interval", "0")
    assert resumed.exit_code == 0, resumed.output
    assert server.uploads == ["file-1"] and server.created == ["batch_1"]
    assert len(results(out)) == 6 and not (out / "batch-api.json").exists()
    assert "6 critiqued" in resumed.stdout


def test_a_rejected_batch_fails_its_calls_and_a_rerun_submits_them_again(calls, tmp_path, grounded_judgement):
    out = tmp_path / "out"
    with FakeBatchAPI(answer_batched=lambda body: chat_completion(grounded_judgement), final_status="failed") as server:
        rejected = run(server, calls, "--out", out, "--via", "batch-api", "--poll-interval", "0")
        assert rejected.exit_code == 1
        assert "not valid JSONL" in failures(out)["call-1"]["reason"] and len(failures(out)) == 6
        server.final_status = "completed"
        accepted = run(server, calls, "--out", out, "--via", "batch-api", "--poll-interval", "0")
    assert accepted.exit_code == 0 and server.created == ["batch_1", "batch_2"]
    assert failures(out) == {} and len(results(out)) == 6


def test_an_expired_batch_fails_the_unanswered_calls_only(calls, tmp_path, grounded_judgement):
    out = tmp_path / "out"
    with FakeBatchAPI(answer_batched=lambda body: chat_completion(grounded_judgement), final_status="expired") as server:
        result = run(server, calls, "--out", out, "--via", "batch-api", "--poll-interval", "0")
    assert result.exit_code == 1
    assert len(results(out)) == 3 and len(failures(out)) == 3
    assert all("expired" in entry["reason"] for entry in failures(out).values())


def test_the_batch_api_payload_holds_one_request_per_call(calls, tmp_path, grounded_judgement):
    out = tmp_path / "out"
    with FakeBatchAPI(answer_batched=lambda body: chat_completion(grounded_judgement)) as server:
        assert run(server, calls, "--out", out, "--via", "batch-api", "--poll-interval", "0").exit_code == 0
    lines = [json.loads(line) for line in server.files["file-1"].decode().splitlines()]
    assert sorted(line["custom_id"] for line in lines) == [f"call-{n}" for n in range(1, 7)]
    assert {line["url"] for line in lines} == {"/v1/chat/completions"}
    transcript = read_transcript(str(calls / "call-1.txt"))
    engine = OpenAIEngine("test-model", base_url="http://unused/v1")
    first = next(line for line in lines if line["custom_id"] == "call-1")
    assert first["body"] == engine.request_body(transcript, call_stats(transcript))
