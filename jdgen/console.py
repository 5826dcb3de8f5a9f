"""How the command line shows what a command did: an ``Outcome`` printed in
the one order (notes, output, problems, summary) and turned into the exit
status. With the command line and the build's progress display, the only
modules that print."""

from __future__ import annotations

import json

import click

from jdgen.diagnostics import as_json, in_order
from jdgen.outcome import Outcome, exit_status
from jdgen.project import UsageError
from jdgen.settings import SETTINGS_FILE, SettingsError


def say(line: str) -> None:
    """Print one line of news while a command runs (``jdgen watch``)."""
    click.echo(line, err=True)


def show(outcome: Outcome) -> None:
    """Print an outcome: notes, output and problems in their one order, then the summary."""
    ordered = in_order(outcome.diagnostics) if outcome.diagnostics else []
    if outcome.report is not None:
        report = {**outcome.report, "diagnostics": [as_json(item) for item in ordered]}
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    if outcome.output:
        click.echo(outcome.output, nl=not outcome.output.endswith("\n"))
    if outcome.quiet and outcome.output:
        return
    for line in [] if outcome.quiet else outcome.notes:
        click.echo(line, err=True)
    for diagnostic in ordered:
        click.echo(diagnostic.format(), err=True)
    if outcome.summary and not outcome.quiet:
        click.echo(outcome.summary, err=True)


def conclude(outcome: Outcome) -> int:
    """Print an outcome and return its exit status: the one way a command ends."""
    show(outcome)
    return exit_status(outcome)


class ConcludingCommand(click.Command):
    """A command that returns an ``Outcome``, concluded here: the one way a
    command ends. A UsageError (the command line names something unusable)
    is click's usage error, exit status 2; so are jdgen.toml's problems."""

    def invoke(self, ctx: click.Context):
        try:
            try:
                outcome = super().invoke(ctx)
            except UsageError as error:
                raise click.UsageError(str(error), ctx) from None
            except SettingsError as error:
                outcome = Outcome(error.diagnostics, f"{SETTINGS_FILE} has errors; nothing was done", usage=True)
            status = conclude(outcome)
        except KeyboardInterrupt:  # wherever it lands, also while the outcome is printed, as a shell expects
            status = conclude(Outcome(summary="interrupted", interrupted=True))
        ctx.exit(status)


class ConcludingGroup(click.Group):
    """A group (``jdgen``, ``jdgen translate``) whose commands conclude as above."""

    command_class = ConcludingCommand
    group_class = type  # subgroups are ConcludingGroups too
