"""`reviewer batch PATH... --out DIR`: a coach's week of calls, critiqued resumably."""

from __future__ import annotations

import click

_SHOWN_NAMES = 3


@click.command("batch")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--out", "-o", "out_dir", required=True, metavar="DIR", help="Folder for the results: DIR/<call>.json, DIR/failures.jsonl.")
@click.option("--rep", metavar="NAME", help="The rep in every call (default: inferred per call).")
@click.option("--reps", "reps_file", metavar="FILE", help="YAML mapping speaker names or e-mails to reps, e.g. 'dana@acme.com: Dana Whitfield'.")
@click.option(
    "--engine", type=click.Choice(["auto", "offline", "openai"]), default="auto", show_default=True,
    help="auto uses openai when OPENAI_API_KEY or a base URL is set, else offline.",
)
@click.option("--model", metavar="M", help="Model name for the openai engine [env: REVIEWER_MODEL].")
@click.option("--base-url", metavar="URL", help="OpenAI-compatible endpoint [env: OPENAI_BASE_URL].")
@click.option("--concurrency", type=click.IntRange(min=1), default=8, show_default=True, help="Calls sent to the model at once.")
@click.option("--force", is_flag=True, help="Redo calls that already have a result for the same content and settings.")
@click.option(
    "--via", type=click.Choice(["direct", "batch-api"]), default="direct", show_default=True,
    help="batch-api submits the calls through OpenAI's Batch API (half the price, answers within 24 h).",
)
@click.option("--poll-interval", type=click.FloatRange(min=0), default=30.0, show_default=True, metavar="SECONDS", help="How often --via batch-api checks on the batch.")
@click.option("--no-store", is_flag=True, help="Do not save the critiques in the database.")
@click.option("--db", metavar="PATH", help="The critique database [env: REVIEWER_DB; default: in the user data folder].")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; the summary line still prints.")
@click.pass_context
def batch_command(ctx, paths, out_dir, rep, reps_file, engine, model, base_url, concurrency, force, via, poll_interval, no_store, db, quiet):
    """Critique every call in PATH... (files, folders, globs) into DIR, one JSON per call.

    A rerun skips calls already critiqued from the same content with the same engine, model and
    prompt, so it costs nothing; --force redoes them. A call that cannot be read or judged is
    listed with its reason in DIR/failures.jsonl and the others go on. Ctrl-C keeps every
    finished result; the same command resumes.

    Exit codes: 0 all calls done, 1 some failed, 2 bad usage, 130 interrupted.
    """
    import os
    import time
    from pathlib import Path

    from reviewer.batch.inputs import collect_calls
    from reviewer.batch.reps import RepMap
    from reviewer.batch.results import ResultDir
    from reviewer.batch.runner import BatchOptions, BatchRun
    from reviewer.engines import EngineSettings, create_engine
    from reviewer.errors import UsageError

    if rep and reps_file:
        raise UsageError("pass --rep for one rep in every call, or --reps FILE for a team, not both")
    settings = EngineSettings.from_env(os.environ, engine=engine, model=model, base_url=base_url)
    chosen_engine = create_engine(settings)
    if via == "batch-api" and chosen_engine.name != "openai":
        raise UsageError("--via batch-api needs the openai engine: set OPENAI_API_KEY or pass --engine openai")
    files = collect_calls(list(paths), Path(out_dir))
    reps = RepMap.load(reps_file) if reps_file else None
    out = ResultDir(Path(out_dir))
    store = None
    if not no_store:
        from reviewer.store import open_store

        store = open_store(db)
    batch_api = _batch_api(settings, out.path, poll_interval) if via == "batch-api" else None

    options = BatchOptions(rep=rep, reps=reps, force=force, concurrency=concurrency, quiet=quiet)
    run = BatchRun(files, out, chosen_engine, options, store=store)
    started = time.perf_counter()
    try:
        tally = run.run(batch_api)
    except KeyboardInterrupt:
        click.echo(_interrupted(run, out_dir, batch_api), err=True)
        ctx.exit(130)
    finally:
        if store is not None:
            store.close()
    if run.unmatched_by_reps:
        click.echo(
            f"reviewer: {reps_file} names no speaker in {_some(run.unmatched_by_reps)}; "
            "their rep was inferred (add their names or e-mails to the file)",
            err=True,
        )
    seconds = time.perf_counter() - started
    summary = f"{tally.total} calls: {tally.critiqued} critiqued, {tally.skipped} already done, {tally.failed} failed"
    where = f"results in {out_dir}" + (f", failures listed in {out.failures_path}" if tally.failed else "")
    click.echo(f"{summary}; {where} ({seconds:.1f} s)")
    ctx.exit(1 if tally.failed else 0)


def _batch_api(settings, out_dir, poll_interval):
    import openai

    from reviewer.batch.batch_api import BatchAPI
    from reviewer.engines.openai_engine import LOCAL_SERVER_KEY

    client = openai.AsyncOpenAI(api_key=settings.api_key or LOCAL_SERVER_KEY, base_url=settings.base_url)
    return BatchAPI(client, out_dir, poll_interval=poll_interval)


def _interrupted(run, out_dir, batch_api) -> str:
    tally = run.tally
    waiting = batch_api.running_batch if batch_api else None
    if waiting:
        return (
            f"reviewer: interrupted while batch {waiting} runs at OpenAI; {tally.done} of {tally.total} calls done. "
            f"Rerun the same command to resume polling it (no new upload)."
        )
    return (
        f"reviewer: interrupted: {tally.done} of {tally.total} calls done, {tally.failed} failed, {tally.remaining} left; "
        f"finished results are in {out_dir}. Rerun the same command to resume."
    )


def _some(names: list[str]) -> str:
    shown = ", ".join(names[:_SHOWN_NAMES])
    more = f" and {len(names) - _SHOWN_NAMES} more" if len(names) > _SHOWN_NAMES else ""
    return f"{len(names)} call{'s' if len(names) != 1 else ''} ({shown}{more})"
