"""reviewer: grounded coaching critiques of sales-call transcripts.

Imports are lazy so `reviewer --help` stays fast.
"""

__version__ = "0.1.0"
__all__ = ["critique", "read_transcript", "Critique", "Transcript"]


def __getattr__(name):
    if name == "critique":
        from reviewer.api import critique

        return critique
    if name == "read_transcript":
        from reviewer.transcript import read_transcript

        return read_transcript
    if name == "Critique":
        from reviewer.schema import Critique

        return Critique
    if name == "Transcript":
        from reviewer.transcript.model import Transcript

        return Transcript
    raise AttributeError(f"module 'reviewer' has no attribute {name!r}")
