"""Speed of the critique path: `reviewer --help`, a whole offline critique process, and the
offline engine in-process. Run: `.venv/bin/python benchmarks/bench_critique.py`.

Targets (issue 2): --help under 0.15 s; an offline critique of a 150-turn call, whole
process, under 0.3 s; the offline engine at 200 calls per second or more.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from timing import REVIEWER, ROOT, median_seconds

LONG_CALL = ROOT / "benchmarks" / "data" / "call-150-turns.txt"


def offline_calls_per_second(path: Path, seconds: float) -> tuple[float, float, float]:
    """Calls per second once warm (the median and the best of one-second windows: on a shared
    machine the best is the least disturbed), and the one-off cost of the second call, on which
    the engine switches its phrase lists to their quick form."""
    from reviewer.api import critique
    from reviewer.engines.offline import OfflineEngine
    from reviewer.transcript import read_transcript

    transcript = read_transcript(str(path))
    engine = OfflineEngine()
    critique(transcript, engine=engine)
    started = time.perf_counter()
    critique(transcript, engine=engine)
    second_call = time.perf_counter() - started
    rates = []
    for _ in range(max(1, round(seconds))):
        done, started = 0, time.perf_counter()
        while time.perf_counter() - started < 1.0:
            critique(transcript, engine=engine)
            done += 1
        rates.append(done / (time.perf_counter() - started))
    return statistics.median(rates), max(rates), second_call


def cold_start_seconds(command: list[str], runs: int) -> float:
    """Median of `command` with an empty pattern cache each run, as on the first run after an
    install or an upgrade of Python (see `reviewer/engines/offline/pattern_cache.py`)."""
    timings = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            timings.append(median_seconds(command, 1, env={**os.environ, "REVIEWER_CACHE_DIR": cache}))
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="process runs per timing (median)")
    parser.add_argument("--call", type=Path, default=LONG_CALL)
    args = parser.parse_args()

    from reviewer.transcript import read_transcript

    turns = len(read_transcript(str(args.call)).turns)
    help_s = median_seconds(REVIEWER + ["--help"], args.runs)
    critique_command = REVIEWER + ["critique", str(args.call), "--engine", "offline", "--format", "json"]
    cold_s = cold_start_seconds(critique_command, args.runs)
    critique_s = median_seconds(critique_command, args.runs)
    rate, best_rate, second_call = offline_calls_per_second(args.call, seconds=5.0)
    print(f"reviewer --help                          {help_s * 1000:7.0f} ms  (target < 150 ms)")
    print(f"offline critique, {turns}-turn call, process {critique_s * 1000:5.0f} ms  (target < 300 ms)")
    print(f"  the same with an empty pattern cache       {cold_s * 1000:5.0f} ms")
    print(f"offline engine in-process               {rate:7.0f} calls/s median, {best_rate:.0f} best  (target >= 200)")
    print(f"  one-off switch to quick patterns on the second call {second_call * 1000:4.0f} ms")


if __name__ == "__main__":
    main()
