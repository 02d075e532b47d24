"""Errors a user can hit, each mapped to the exit code the CLI returns.

The CLI catches `ReviewerError` in one place and prints its message as one line, so every
message here should say what went wrong and what to do next.
"""


class ReviewerError(Exception):
    exit_code = 1


class InputError(ReviewerError):
    """The transcript or another input file cannot be used as given."""

    exit_code = 2


class UsageError(ReviewerError):
    """Options that contradict each other or name something that does not exist."""

    exit_code = 2


class EngineError(ReviewerError):
    """The engine could not produce a critique (model unreachable, refused, unparseable)."""

    exit_code = 1
