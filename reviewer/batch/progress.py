"""What the coach watches: a progress bar on stderr while the batch runs, one summary line after."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn


@dataclass
class Tally:
    total: int
    critiqued: int = 0
    skipped: int = 0  # already done by an earlier run
    failed: int = 0

    @property
    def done(self) -> int:
        return self.critiqued + self.skipped

    @property
    def remaining(self) -> int:
        return self.total - self.done - self.failed


class BatchProgress:
    """Shown only on a terminal and without --quiet, so logs and pipes get the summary alone."""

    def __init__(self, tally: Tally, *, quiet: bool):
        self.tally = tally
        console = Console(stderr=True)
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("done {task.fields[done]}  failed {task.fields[failed]}  remaining {task.fields[remaining]}"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=quiet or not console.is_terminal,
        )
        self._task = self._progress.add_task("critiquing", total=tally.total, **self._fields())

    def __enter__(self) -> "BatchProgress":
        self._progress.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._progress.stop()

    def refresh(self, description: str | None = None) -> None:
        """Show the tally's counts; `description` replaces the label (e.g. the Batch API's status)."""
        extra = {"description": description} if description else {}
        self._progress.update(
            self._task, completed=self.tally.done + self.tally.failed, **self._fields(), **extra
        )

    def _fields(self) -> dict:
        return {"done": self.tally.done, "failed": self.tally.failed, "remaining": self.tally.remaining}
