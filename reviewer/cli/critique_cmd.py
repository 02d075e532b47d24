"""`reviewer critique FILE`: the rep's after-call review."""

from __future__ import annotations

import sys

import click

from reviewer.render import FORMATS


@click.command("critique")
@click.argument("file", metavar="FILE|-")
@click.option("--rep", metavar="NAME", help="The seller being reviewed (default: inferred, and said on stderr).")
@click.option(
    "--prospect", "prospects", metavar="NAME", multiple=True,
    help="A buyer-side speaker (repeatable); others then count as 'other'. Default: everyone but the rep.",
)
@click.option(
    "--engine", type=click.Choice(["auto", "offline", "openai"]), default="auto", show_default=True,
    help="auto uses openai when OPENAI_API_KEY or a base URL is set, else offline.",
)
@click.option("--model", metavar="M", help="Model name for the openai engine [env: REVIEWER_MODEL].")
@click.option("--base-url", metavar="URL", help="OpenAI-compatible endpoint, e.g. Ollama's [env: OPENAI_BASE_URL].")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", metavar="PATH", help="Write the critique here instead of stdout.")
@click.option("--db", metavar="PATH", help="The critique store [env: REVIEWER_DB; default: the user data dir].")
@click.option("--no-store", is_flag=True, help="Do not save this critique in the store.")
def critique_command(file, rep, prospects, engine, model, base_url, fmt, output, db, no_store):
    """Critique one sales call: missed reset moments, pressure vs curiosity, next commitment.

    FILE is a transcript (.txt, .vtt, .srt or .json export), or - for stdin.
    Exit codes: 0 success, 2 bad input or usage, 1 the engine failed.
    """
    from reviewer.api import critique
    from reviewer.render import render
    from reviewer.transcript import read_transcript

    transcript = read_transcript(file, rep=rep, prospects=list(prospects) or None)
    if transcript.rep_inferred:
        click.echo(f"reviewer: reviewing {transcript.rep} as the rep (inferred; pass --rep NAME to choose)", err=True)
    result = critique(transcript, engine=engine, model=model, base_url=base_url)
    if not no_store:
        from reviewer.store import call_date_for, open_store

        with open_store(db) as store:
            store.save(result, call_date=call_date_for(transcript, file), source_sha256=transcript.content_sha256)
    color = output is None and fmt == "text" and sys.stdout.isatty()
    text = render(result, fmt, color=color)
    if output is None:
        click.echo(text, nl=False)
        return
    from reviewer.errors import InputError

    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror}; choose another --output path") from error
