"""Regenerate the synthetic cassettes in evals/cassettes/ (no model needed, no network).

No language model is reachable where this project is built, so the cassettes it ships are
written by a stand-in: a loopback fake OpenAI server (tests/fake_openai_server.py) whose
"model", named `synthetic-offline-echo`, answers each call with the offline engine's own
judgement of that call. The requests are real: `reviewer eval --engine openai --record` builds
them from the current prompts, schema, model name and transcript, so replay goes stale exactly
when a real recording would. Each cassette gets a `<case id>.synthetic` marker, and the report
labels those scores "synthetic responses": they test the harness, not any model.

Run it after changing a prompt, the schema or a gold case, when no key is at hand:

    .venv/bin/python evals/synthesize_cassettes.py [--suite evals/cases] [--cassettes evals/cassettes]

With a key, record real responses instead (this also removes the synthetic markers):

    reviewer eval --engine openai --record --suite evals/cases
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fake_openai_server import FakeOpenAIServer, chat_completion  # noqa: E402

from reviewer.cli import cli  # noqa: E402
from reviewer.engines.offline import OfflineEngine  # noqa: E402
from reviewer.evals.cases import load_suite  # noqa: E402
from reviewer.evals.replay import cassette_path, synthetic_marker  # noqa: E402
from reviewer.evals.solver import read_case_transcript  # noqa: E402
from reviewer.stats import call_stats  # noqa: E402

SYNTHETIC_MODEL = "synthetic-offline-echo"
MARKER_TEXT = (
    "Synthetic: the response in this cassette was written by evals/synthesize_cassettes.py, "
    f"which served the offline engine's judgement as model {SYNTHETIC_MODEL!r}. "
    "It is not a language model's answer.\n"
)


def synthesize(suite: Path, cassettes: Path) -> list[str]:
    # The cassettes must match what CI replays: the default model, and never a real key.
    for name in ("REVIEWER_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        os.environ.pop(name, None)
    engine = OfflineEngine()
    answer: dict = {}
    written = []
    with FakeOpenAIServer(lambda request: answer["body"]) as server:
        for case in load_suite(suite):
            transcript = read_case_transcript(case)
            judgement = engine.judge(transcript, call_stats(transcript)).judgement
            # No tokens were spent, so none are claimed.
            answer["body"] = chat_completion(
                judgement.model_dump_json(), model=SYNTHETIC_MODEL, prompt_tokens=0, completion_tokens=0
            )
            cassette_path(cassettes, case.id).unlink(missing_ok=True)
            args = ["eval", "--engine", "openai", "--record", "--suite", str(suite), "--cassettes", str(cassettes),
                    "--case", case.id, "--base-url", server.url, "--config", str(ROOT / "pyproject.toml")]
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                exit_code = cli.main(args=args, prog_name="reviewer", standalone_mode=False)
            if not cassette_path(cassettes, case.id).is_file():
                raise SystemExit(f"recording {case.id} failed (exit {exit_code}); run the command by hand to see why")
            synthetic_marker(cassettes, case.id).write_text(MARKER_TEXT, encoding="utf-8")
            written.append(case.id)
    for marker in cassettes.glob("*.synthetic"):
        if marker.stem not in written:  # a synthetic cassette whose case is gone
            marker.unlink()
            cassette_path(cassettes, marker.stem).unlink(missing_ok=True)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=ROOT / "evals" / "cases")
    parser.add_argument("--cassettes", type=Path, default=ROOT / "evals" / "cassettes")
    options = parser.parse_args()
    written = synthesize(options.suite, options.cassettes)
    print(f"wrote {len(written)} synthetic cassettes to {options.cassettes}")


if __name__ == "__main__":
    main()
