"""The ``jdgen`` command line: parses arguments and calls the commands.

Exit status: 0 all good, 1 problems in the user's files, 2 usage errors.
Heavy modules (docx rendering) are imported only by the commands that render.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from jdgen import __version__
from jdgen.diagnostics import Diagnostic, count_errors, print_diagnostics
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


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jdgen")
def main() -> None:
    """Job descriptions as YAML specs, built into Chinese and English Word documents."""


@main.command()
@paths_argument
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default="output",
              show_default=True, help="Folder for the generated documents.")
@language_option
@click.option("--template", default="default", show_default=True,
              help="Template folder name under templates/ (or a built-in one).")
def build(paths: tuple[Path, ...], output: Path, languages: list[str], template: str) -> None:
    """Build the documents of the specs in PATHS (files or folders; default specs/).

    Writes OUTPUT/<lang>/<id>.docx for each spec and language.
    """
    from jdgen.build import build as run_build

    try:
        report = run_build(_project(), list(paths), output, languages, template)
    except UsageError as error:
        raise click.UsageError(str(error)) from None
    errors = count_errors(dict.fromkeys(report.diagnostics))
    summary = (
        f"built {_plural(len(report.written), 'document')} from {_plural(report.specs, 'spec')}"
        f" into {output}; {_plural(report.failed, 'document')} not built, {_plural(errors, 'error')}"
    )
    _finish(report.diagnostics, summary)


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
    _finish(diagnostics, f"checked {_plural(specs, 'spec')}: {_plural(errors, 'error')}")


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
    _finish(diagnostics, f"updated {_plural(sum(u.written for u in updates), 'catalog')}; {_plural(errors, 'error')}")
