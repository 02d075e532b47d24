"""`reviewer report`: the team's week from the critique store."""

from __future__ import annotations

from pathlib import Path

import click

from reviewer.report import REPORT_FORMATS

_FORMAT_BY_SUFFIX = {".html": "html", ".htm": "html", ".csv": "csv", ".md": "markdown", ".markdown": "markdown"}


@click.command("report")
@click.option("--since", metavar="SPAN", help="The last N days or weeks, e.g. 7d or 2w (default 7d), or a start date.")
@click.option("--from", "date_from", metavar="DATE", help="First day of the period (YYYY-MM-DD).")
@click.option("--to", "date_to", metavar="DATE", help="Last day of the period (YYYY-MM-DD; default today).")
@click.option("--rep", metavar="NAME", help="Only this rep (any case).")
@click.option(
    "--format", "fmt", type=click.Choice(REPORT_FORMATS),
    help="Default: from the --output extension (.html, .csv, .md), else markdown.",
)
@click.option("--output", "-o", metavar="PATH", help="Write the report here instead of stdout.")
@click.option("--db", metavar="PATH", help="The critique store [env: REVIEWER_DB; default: the user data directory].")
def report_command(since, date_from, date_to, rep, fmt, output, db):
    """A team report from stored critiques: per rep, secured next steps, missed reset moments
    by signal, pressure vs curiosity and the change against the period before, then the
    moments most worth coaching.

    The period before is the same length, just before. Exit codes: 0 success (also when the
    period has no calls), 2 bad usage or an unusable store.
    """
    from reviewer.errors import InputError
    from reviewer.report import build_team_report, parse_period, render_report
    from reviewer.store import default_store_path, open_store

    period = parse_period(since, date_from, date_to)
    fmt = fmt or _FORMAT_BY_SUFFIX.get(Path(output).suffix.lower() if output else "", "markdown")
    path = Path(db).expanduser() if db else default_store_path()
    if not path.exists():
        raise InputError(
            f"no critique store at {path}: critiques are saved there by `reviewer critique` and "
            "`reviewer batch`; run one first or pass --db PATH"
        )
    with open_store(path) as store:
        stored = list(store.critiques(period.before().start, period.end, rep=rep))
        known_reps = store.reps() if rep else []
    report = build_team_report(stored, period)
    if not report.calls:
        who = f" for rep {rep!r}" if rep else ""
        hint = ""
        if rep and not any(name.casefold() == rep.casefold() for name in known_reps):
            hint = f" (stored reps: {', '.join(known_reps) or 'none'})"
        click.echo(f"reviewer: no calls{who} from {period.start} to {period.end} in {path}; nothing to report{hint}", err=True)
        return
    text = render_report(report, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror}; choose another --output path") from error
    click.echo(f"reviewer: wrote the {fmt} report for {period.label()} to {output}", err=True)
