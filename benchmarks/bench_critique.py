"""Speed of the critique path: `reviewer --help`, a whole offline critique process, and the
offline engine in-process. Run: `.venv/bin/python benchmarks/bench_critique.py`.

Targets (issue 2): --help under 0.15 s; an offline critique of a 150-turn call, whole
process, under 0.3 s; the offline engine at 200 calls per second or more.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from timing import REVIEWER, ROOT, median_seconds

LONG_CALL = ROOT / "benchmarks" / "data" / "call-150-turns.txt"



def offline_calls_per_second(path: Path, seconds: float) -> float:
    from reviewer.api import critique
    from reviewer.engines.offline import OfflineEngine
    from reviewer.transcript import read_transcript

    transcript = read_transcript(str(path))
    engine = OfflineEngine()
    critique(transcript, engine=engine)  # warm up
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        critique(transcript, engine=engine)
        done += 1
    return done / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="process runs per timing (median)")
    parser.add_argument("--call", type=Path, default=LONG_CALL)
    args = parser.parse_args()

    from reviewer.transcript import read_transcript

    turns = len(read_transcript(str(args.call)).turns)
    help_s = median_seconds(REVIEWER + ["--help"], args.runs)
    critique_s = median_seconds(REVIEWER + ["critique", str(args.call), "--engine", "offline", "--format", "json"], args.runs)
    rate = offline_calls_per_second(args.call, seconds=3.0)
    print(f"reviewer --help                          {help_s * 1000:7.0f} ms  (target < 150 ms)")
    print(f"offline critique, {turns}-turn call, process {critique_s * 1000:5.0f} ms  (target < 300 ms)")
    print(f"offline engine in-process               {rate:7.0f} calls/s  (target >= 200)")


if __name__ == "__main__":
    main()
