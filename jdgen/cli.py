"""The ``jdgen`` command line: parses arguments and calls the commands.

Exit status: 0 all good, 1 problems in the user's files, 2 usage errors.
Heavy modules (docx rendering) are imported only by the commands that render.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from jdgen import __version__
from jdgen.diagnostics import Diagnostic, count_errors, plural, print_diagnostics
from jdgen.project import Project, UsageError

DEFAULT_LANGUAGES = "zh,en"


def _languages(_ctx, _param, value: str) -> list[str]:
    languages = [part.strip() for part in value.split(",") if part.strip()]
    for language in languages:
        if not language.isalpha() or not 2 <= len(language) <= 3 or not language.islower():
            raise click.BadParameter(f"{language!r} is not a language code such as zh or en")
    if not languages:
        raise click.BadParameter("name at least one language")
    return list(dict.fromkeys(languages))


language_option = click.option(
    "--lang", "languages", default=DEFAULT_LANGUAGES, show_default=True, callback=_languages,
    help="Comma-separated languages to produce.",
)
paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))


def _project() -> Project:
    return Project(Path.cwd())


def _finish(diagnostics: list[Diagnostic], summary: str) -> None:
    """Print diagnostics and the summary line; exit 1 if any error was found."""
    unique = list(dict.fromkeys(diagnostics))
    print_diagnostics(unique)
    click.echo(summary, err=True)
    sys.exit(1 if count_errors(unique) else 0)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jdgen")
def main() -> None:
    """Job descriptions as YAML specs, built into Chinese and English Word documents."""


def build_options(command):
    """The options of commands that build (build, watch)."""
    options = [
        paths_argument,
        click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default="output",
                     show_default=True, help="Folder for the generated documents."),
        language_option,
        click.option("--template", default="default", show_default=True,
                     help="Template folder name under templates/ (or a built-in one)."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
                     help="Processes to build with."),
        click.option("--force", is_flag=True, help="Rebuild every document, changed or not."),
        click.option("--clean", is_flag=True, help="Remove outputs whose spec no longer exists."),
        click.option("-q", "--quiet", is_flag=True, help="Print only problems."),
        click.option("-v", "--verbose", is_flag=True, help="Print every output, unchanged ones too."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@build_options
@click.option("--json", "as_json", is_flag=True, help="Print a JSON report of every output and problem.")
def build(paths: tuple[Path, ...], output: Path, languages: list[str], template: str, jobs: int,
          force: bool, clean: bool, quiet: bool, verbose: bool, as_json: bool) -> None:
    """Build the documents of the specs in PATHS (files or folders; default specs/).

    Writes OUTPUT/<lang>/<id>.docx for each spec and language, skipping those
    whose inputs did not change since the last build.
    """
    from jdgen.build import BuildOptions
    from jdgen.build_output import json_report

    options = BuildOptions(output, languages, template, jobs, force, clean)
    report = _run_build(list(paths), options, quiet, verbose, show_progress=not as_json)
    if as_json:
        click.echo(json_report(report))
    sys.exit(130 if report.interrupted else 1 if count_errors(report.diagnostics) else 0)


def _run_build(paths: list[Path], options, quiet: bool, verbose: bool, show_progress: bool = True):
    """Run one build, printing its progress, problems and summary; return its report."""
    from jdgen.build import build as run_build
    from jdgen.build_output import QUIET, VERBOSE, NORMAL, BuildProgress, notes, summary_line

    progress = BuildProgress(QUIET if quiet else VERBOSE if verbose else NORMAL, enabled=show_progress)
    try:
        report = run_build(_project(), paths, options, progress, progress.start)
    except UsageError as error:
        raise click.UsageError(str(error)) from None
    finally:
        progress.stop()
    if show_progress:
        print_diagnostics(dict.fromkeys(report.diagnostics))
        if not quiet:
            for line in notes(report):
                click.echo(line, err=True)
            click.echo(summary_line(report), err=True)
    return report


@main.command()
@paths_argument
@language_option
@click.option("--template", default="default", show_default=True, help="Template whose labels to check.")
def check(paths: tuple[Path, ...], languages: list[str], template: str) -> None:
    """Validate the specs in PATHS and their translations; write nothing."""
    from jdgen.check import check as run_check

    try:
        specs, diagnostics = run_check(_project(), list(paths), languages, template)
    except UsageError as error:
        raise click.UsageError(str(error)) from None
    errors = count_errors(dict.fromkeys(diagnostics))
    _finish(diagnostics, f"checked {plural(specs, 'spec')}: {plural(errors, 'error')}")


@main.command()
@click.option("--format", "output_format", type=click.Choice(["json", "markdown"]), default="json",
              show_default=True, help="JSON Schema for editors, or a Markdown field reference.")
def schema(output_format: str) -> None:
    """Print the spec format: a JSON Schema (for yaml-language-server) or a field reference."""
    if output_format == "markdown":
        from jdgen.spec.reference import spec_reference

        click.echo(spec_reference(), nl=False)
    else:
        from jdgen.spec.schema import spec_schema

        click.echo(json.dumps(spec_schema(), ensure_ascii=False, indent=2))


@main.group()
def translate() -> None:
    """Maintain the translation catalogs in translations/."""


@translate.command("update")
@paths_argument
@click.option("--lang", "languages", default="en", show_default=True, callback=_languages,
              help="Comma-separated target languages.")
@click.option("--template", default="default", show_default=True, help="Template whose labels to extract.")
def translate_update(paths: tuple[Path, ...], languages: list[str], template: str) -> None:
    """Extract every text of the specs and labels into translations/<lang>.po."""
    from jdgen.translate_command import update

    try:
        updates, diagnostics = update(_project(), list(paths), languages, template)
    except UsageError as error:
        raise click.UsageError(str(error)) from None
    for result in updates:
        click.echo(f"{result.path}: {'updated' if result.written else 'unchanged'}", err=True)
    errors = count_errors(dict.fromkeys(diagnostics))
    _finish(diagnostics, f"updated {plural(sum(u.written for u in updates), 'catalog')}; {plural(errors, 'error')}")
