"""`reviewer eval`: score an engine against a folder of gold-labelled calls."""

from __future__ import annotations

import os
from pathlib import Path

import click

EPILOG = """\b
Exit codes:
  0  every metric meets its threshold
  1  a metric is below its threshold (named, with its value and
     threshold), or the model could not be reached while recording
  2  bad input or options: a case file, a run file, the configuration
  3  stale cassettes: a case's request (prompt, schema, model name or
     transcript) changed since it was recorded; the message names the
     cases and the command that re-records them

\b
Examples:
  reviewer eval                           offline engine on evals/cases
  reviewer eval --engine openai           replay recordings, no key needed
  reviewer eval --engine openai --record  re-record (OPENAI_API_KEY or --base-url)
  reviewer eval --suite my/cases --json run.json --junit eval.xml
  reviewer eval --rescore run.json --baseline main.json
"""

_RUN_OPTIONS = ("suite", "engine", "model", "record", "base_url", "cassettes", "case_ids", "jobs")


@click.command("eval", epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--suite", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of case files (*.yaml). Default: `suite` in [tool.reviewer.eval], else evals/cases.")
@click.option("--engine", type=click.Choice(["offline", "openai"]), default="offline", show_default=True,
              help="offline scores the heuristic engine; openai replays each case's cassette.")
@click.option("--model", help="Model for --engine openai. Default: $REVIEWER_MODEL, else gpt-4.1-mini.")
@click.option("--record", is_flag=True,
              help="Call the live endpoint and rewrite the cassettes (openai only; key or base URL needed).")
@click.option("--base-url", help="OpenAI-compatible endpoint to record from. Default: $OPENAI_BASE_URL.")
@click.option("--cassettes", type=click.Path(file_okay=False, path_type=Path),
              help="Cassette folder. Default: `cassettes` next to the suite folder "
                   "(evals/cassettes for evals/cases).")
@click.option("--case", "case_ids", multiple=True, metavar="ID", help="Run only this case (repeatable).")
@click.option("--jobs", type=click.IntRange(min=1),
              help="Processes that judge or replay the cases. Default: one per CPU core; --record uses one.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="TOML with the thresholds. Default: [tool.reviewer.eval] in the nearest pyproject.toml.")
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the full run (every critique, the labels, scores) here; --rescore reads it back.")
@click.option("--junit", "junit_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write JUnit XML here, one test case per eval case.")
@click.option("--baseline", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="An earlier run's JSON: show each metric's change and every case that went right to wrong.")
@click.option("--rescore", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Score a saved run again without calling any engine.")
@click.pass_context
def eval_command(ctx, suite, engine, model, record, base_url, cassettes, case_ids, jobs, config_file,
                 json_file, junit_file, baseline, rescore):
    """Score an engine against gold-labelled calls and fail when quality drops.

    Each case file names a transcript and its labels (see evals/README.md). Without a key or
    network, --engine openai replays recorded responses; a case whose request changed has a
    stale cassette and must be re-recorded.
    """
    from rich.console import Console

    from reviewer.errors import UsageError
    from reviewer.evals.baseline import compare
    from reviewer.evals.evaluate import evaluate
    from reviewer.evals.junit import junit_xml
    from reviewer.evals.report import print_report, verdict_lines
    from reviewer.evals.runlog import load_run, save_run
    from reviewer.evals.thresholds import load_config

    config = load_config(config_file)
    if rescore:
        given = [name for name in _RUN_OPTIONS
                 if ctx.get_parameter_source(name) != click.core.ParameterSource.DEFAULT]
        if given:
            flags = ", ".join("--" + ("case" if n == "case_ids" else n.replace("_", "-")) for n in given)
            raise UsageError(f"--rescore scores a saved run as it is; drop {flags}")
        run = load_run(rescore)
    else:
        run = _run(suite, engine, model, record, base_url, cassettes, case_ids, jobs, config)

    results = evaluate(run, config)
    diff = compare(evaluate(load_run(baseline), config), results) if baseline else None
    if json_file:
        extra = {"baseline": diff.to_json()} if diff else {}
        save_run(run, {**results.to_json(), **extra}, json_file)
    if junit_file:
        junit_file.write_text(junit_xml(run, results), encoding="utf-8")
    print_report(Console(highlight=False), run, results, diff)
    for line in verdict_lines(run, results):
        click.echo(f"reviewer: eval: {line}", err=True)
    ctx.exit(results.exit_code)


def _run(suite, engine, model, record, base_url, cassettes, case_ids, jobs, config):
    from reviewer.errors import UsageError
    from reviewer.evals.cases import load_suite
    from reviewer.evals.solver import SolverSettings, run_suite

    if engine == "offline" and (record or model or base_url):
        raise UsageError("--record, --model and --base-url apply to --engine openai only")
    if base_url and not record:
        raise UsageError("--base-url is where --record calls; without --record the recorded responses are replayed")
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    api_key = os.environ.get("OPENAI_API_KEY") or None
    if record and not (api_key or base_url):
        raise UsageError("--record calls a live model: set OPENAI_API_KEY or pass --base-url")
    suite = suite or config.suite or Path("evals/cases")
    cassettes = cassettes or suite.parent / "cassettes"
    cases = load_suite(suite, only=case_ids)
    settings = SolverSettings(
        engine=engine,
        model=model or os.environ.get("REVIEWER_MODEL") or None,
        cassettes=cassettes,
        record=record,
        base_url=base_url if record else None,
        api_key=api_key if record else None,
    )
    # A live model takes seconds per call: say how far the recording got.
    progress = _report_recorded if record else None
    return run_suite(
        cases, settings, suite=_shown(suite), cassettes_label=_shown(cassettes), on_case=progress,
        jobs=jobs or os.cpu_count() or 1,
    )


def _report_recorded(case_run):
    outcome = "" if case_run.outcome == "scored" else f": {case_run.error}"
    click.echo(f"recorded {case_run.case.id} ({case_run.seconds:.1f} s){outcome}", err=True)


def _shown(path: Path) -> str:
    """Paths in messages and commands as short as the user would type them from here."""
    relative = os.path.relpath(path.resolve())
    return str(path) if relative.startswith("..") else relative
