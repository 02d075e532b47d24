"""`reviewer principles`: the catalogue every finding cites."""

from __future__ import annotations

import json

import click


@click.command("principles")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def principles_command(fmt):
    """List the principles behind every finding, with the article each comes from."""
    from dataclasses import asdict

    from reviewer.principles import catalogue

    principles = list(catalogue().values())
    if fmt == "json":
        click.echo(json.dumps([asdict(p) for p in principles], indent=2))
        return
    for p in principles:
        click.echo(f"{p.id}  [{', '.join(p.dimensions)}]  source: {p.source}")
        click.echo(f"  {p.title}. {p.statement}")
        click.echo(f"  Done well: {p.done_well}")
        click.echo(f"  Done badly: {p.done_badly}")
        click.echo()
