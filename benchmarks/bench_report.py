"""Speed of the critique store and `reviewer report` on a team's quarter of calls.
Run: `.venv/bin/python benchmarks/bench_report.py`.

Critiques come from the offline engine over the fixture calls, spread over reps and days, so
the store holds realistic JSON. Measures saves per second, and the whole `reviewer report`
process for the last 7 days in each format.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import tempfile
import time
from pathlib import Path

from timing import REVIEWER, ROOT, median_seconds

REPS = ["Dana", "Lee", "Priya", "Sam", "Noor", "Alex", "Jordan", "Kim"]


def fill_store(path: Path, calls: int, days: int) -> float:
    """Save `calls` critiques spread over the last `days` days; returns saves per second."""
    from reviewer.api import critique
    from reviewer.engines.offline import OfflineEngine
    from reviewer.store import open_store

    engine = OfflineEngine()
    critiques = [critique(str(call), engine=engine) for call in sorted((ROOT / "fixtures" / "calls").glob("*.txt"))]
    today = dt.date.today()
    with open_store(path) as store:
        started = time.perf_counter()
        for number in range(calls):
            template = critiques[number % len(critiques)]
            rep = REPS[number % len(REPS)]
            copy = template.model_copy(update={"transcript": template.transcript.model_copy(update={"rep": rep})})
            store.save(copy, call_date=today - dt.timedelta(days=number % days),
                       source_sha256=hashlib.sha256(str(number).encode()).hexdigest())
        return calls / (time.perf_counter() - started)



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="critiques stored")
    parser.add_argument("--days", type=int, default=90, help="days they are spread over")
    parser.add_argument("--runs", type=int, default=5, help="process runs per timing (median)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        rate = fill_store(db, options.calls, options.days)
        print(f"store: {options.calls} critiques saved at {rate:,.0f} per second")
        for fmt in ("markdown", "html", "csv"):
            command = [*REVIEWER, "report", "--db", str(db), "--since", "7d", "--format", fmt]
            print(f"reviewer report --since 7d --format {fmt}: {median_seconds(command, options.runs):.3f} s (whole process)")


if __name__ == "__main__":
    main()
