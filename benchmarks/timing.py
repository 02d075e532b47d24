"""What every benchmark shares: the `reviewer` command as a user runs it, and a median timer."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSOLE_SCRIPT = Path(sys.executable).with_name("reviewer")
REVIEWER = [str(CONSOLE_SCRIPT)] if CONSOLE_SCRIPT.exists() else [sys.executable, "-m", "reviewer"]


def median_seconds(command: list[str], runs: int, **run_options) -> float:
    """Median wall time of a whole process, startup included, as a user experiences it."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, **run_options)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)
