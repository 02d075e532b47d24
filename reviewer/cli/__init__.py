"""The `reviewer` command: a thin Click layer over the importable core.

Subcommands live one per module and are imported only when invoked, so `reviewer --help`
never pays for pydantic or openai. Every `ReviewerError` becomes one line on stderr and its
exit code here, in one place.
"""

from __future__ import annotations

import importlib
import sys

import click

from reviewer import __version__

# command name -> (module, attribute, one-line help shown by `reviewer --help`)
COMMANDS = {
    "critique": ("reviewer.cli.critique_cmd", "critique_command", "Critique one sales call transcript."),
    "principles": ("reviewer.cli.principles_cmd", "principles_command", "List the principle catalogue."),
    "eval": ("reviewer.cli.eval_cmd", "eval_command", "Score the engines against gold-labelled calls."),
    "batch": ("reviewer.cli.batch_cmd", "batch_command", "Critique a folder of calls, resumably."),
    "report": ("reviewer.cli.report_cmd", "report_command", "A team report from stored critiques."),
}


class ReviewerFailure(click.ClickException):
    """Carries a ReviewerError's message and exit code through Click's own error handling."""

    def __init__(self, error):
        super().__init__(str(error))
        self.exit_code = error.exit_code

    def show(self, file=None):
        click.echo(f"reviewer: error: {self.message}", err=True)


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        module, attribute, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attribute)

    def format_commands(self, ctx, formatter):
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Print every error as one line (usage errors point at --help) with its exit code."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            # Non-standalone Click returns the code of a `ctx.exit(code)` instead of raising it.
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as error:
            where = error.ctx.command_path if error.ctx else "reviewer"
            click.echo(f"reviewer: error: {error.format_message()} (see '{where} --help')", err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        except click.exceptions.Abort:
            click.echo("reviewer: interrupted", err=True)
            sys.exit(130)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx):
        from reviewer.errors import ReviewerError

        try:
            return super().invoke(ctx)
        except ReviewerError as error:
            raise ReviewerFailure(error) from error


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reviewer")
def cli():
    """Coaching critiques of sales-call transcripts, grounded in turns and verbatim quotes."""


def main():
    cli(prog_name="reviewer")
