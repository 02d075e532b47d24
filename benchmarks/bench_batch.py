"""Speed of `reviewer batch`. Run: `.venv/bin/python benchmarks/bench_batch.py`.

Targets (issue 4): offline, 1,000 calls in under 20 s on two cores (the whole process, with and
without the critique store); the LLM engine against a loopback OpenAI-compatible server that
answers in 0.5 s, 64 calls at --concurrency 16 within 1.3 times the ideal 2 s, with never more
than 16 requests in flight.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import REVIEWER, ROOT

sys.path.insert(0, str(ROOT / "tests"))  # the loopback fake server lives with the tests

FIXTURES = sorted((ROOT / "fixtures" / "calls").iterdir())
OFFLINE_ENV = {"OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "REVIEWER_MODEL": "", "PATH": ""}

# A judgement with no quotes, so every call's answer is valid as it stands.
PLAIN_JUDGEMENT = {
    "summary": "A synthetic answer for timing; no model wrote it.",
    "reset_moments": [],
    "pressure_vs_curiosity": {"stance": "balanced", "score": 0.0, "evidence": []},
    "next_commitment": {
        "secured": False, "turn": None, "when": None, "level": None, "fallback_offered": False,
        "agenda": False, "quote": None, "suggestion": "Ask for a time.",
    },
    "coaching_points": [],
}


def copies_of_fixtures(folder: Path, count: int) -> Path:
    """`count` calls in rep subfolders, cycling through the shipped fixtures."""
    for number, fixture in zip(range(count), itertools.cycle(FIXTURES)):
        target = folder / f"rep-{number % 8}" / f"{number:04d}-{fixture.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(fixture, target)
    return folder


def offline_seconds(calls: Path, out: Path, *store_options: str) -> float:
    command = REVIEWER + ["batch", str(calls), "--out", str(out), "--engine", "offline", "--quiet", *store_options]
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=OFFLINE_ENV)
    return time.perf_counter() - started


def llm_run(calls: Path, out: Path, concurrency: int, delay: float) -> tuple[float, int, int]:
    """Seconds for the run itself (the SDK already imported, as it is after the first call),
    the server's most requests in flight, and the requests it served."""
    import openai  # noqa: F401  (0.7 s once per process; not what this measures)
    from fake_openai_server import FakeOpenAIServer, chat_completion

    from reviewer.batch.inputs import collect_calls
    from reviewer.batch.results import ResultDir
    from reviewer.batch.runner import BatchOptions, BatchRun
    from reviewer.engines.openai_engine import OpenAIEngine

    respond = lambda request: chat_completion(PLAIN_JUDGEMENT)  # noqa: E731
    with FakeOpenAIServer(respond, delay=delay) as server:
        engine = OpenAIEngine("bench-model", base_url=server.url)
        run = BatchRun(collect_calls([str(calls)], out), ResultDir(out), engine, BatchOptions(concurrency=concurrency))
        started = time.perf_counter()
        tally = run.run()
        seconds = time.perf_counter() - started
    assert tally.critiqued == tally.total, tally
    return seconds, server.max_in_flight, len(server.requests)


def llm_process_seconds(calls: Path, out: Path, concurrency: int, delay: float) -> float:
    """The same run as a user starts it: a whole `reviewer batch` process, SDK import included."""
    from fake_openai_server import FakeOpenAIServer, chat_completion

    respond = lambda request: chat_completion(PLAIN_JUDGEMENT)  # noqa: E731
    with FakeOpenAIServer(respond, delay=delay) as server:
        command = REVIEWER + [
            "batch", str(calls), "--out", str(out), "--base-url", server.url, "--model", "bench-model",
            "--concurrency", str(concurrency), "--quiet", "--no-store",
        ]
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=OFFLINE_ENV)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offline-calls", type=int, default=1000)
    parser.add_argument("--llm-calls", type=int, default=64)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--delay", type=float, default=0.5, help="seconds the fake server takes per answer")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        calls = copies_of_fixtures(work / "calls", args.offline_calls)
        no_store = offline_seconds(calls, work / "out-a", "--no-store")
        with_store = offline_seconds(calls, work / "out-b", "--db", str(work / "critiques.sqlite3"))
        rerun = offline_seconds(calls, work / "out-b", "--db", str(work / "critiques.sqlite3"))

        llm_calls = copies_of_fixtures(work / "llm-calls", args.llm_calls)
        seconds, in_flight, served = llm_run(llm_calls, work / "out-llm", args.concurrency, args.delay)
        process = llm_process_seconds(llm_calls, work / "out-llm-process", args.concurrency, args.delay)
        ideal = args.llm_calls / args.concurrency * args.delay

    n = args.offline_calls
    print(f"offline, {n} calls, whole process, --no-store   {no_store:6.1f} s  (target < 20 s)")
    print(f"offline, {n} calls, whole process, with store   {with_store:6.1f} s  (target < 20 s)")
    print(f"offline, rerun of the same {n} calls (all skipped) {rerun:5.1f} s")
    print(
        f"LLM, {args.llm_calls} calls at --concurrency {args.concurrency}, {args.delay} s answers  "
        f"{seconds:6.2f} s = {seconds / ideal:.2f} x ideal {ideal:.1f} s  (target <= 1.3 x)"
    )
    print(f"LLM, the same as a whole process (startup and SDK import included)  {process:6.2f} s")
    print(f"LLM, most requests in flight {in_flight} (limit {args.concurrency}); {served} requests for {args.llm_calls} calls")


if __name__ == "__main__":
    main()
