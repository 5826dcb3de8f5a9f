"""The ``jdgen`` command line: parses arguments and calls the commands.

Exit status: 0 all good, 1 problems in the user's files, 2 usage errors.
Heavy modules (docx rendering) are imported only by the commands that render.
Longer than most modules because click declares each command's options and
help beside its function; the work, and the text each command prints, live
in the commands' own modules (jdgen.translate_output for ``translate``).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
from pathlib import Path

import click

# pydantic looks for plugins in every installed distribution when the first
# model is built; jdgen uses none, and the search costs start-up time.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from jdgen import __version__  # noqa: E402
from jdgen.diagnostics import (  # noqa: E402
    Diagnostic,
    JdgenError,
    as_json,
    count_errors,
    in_order,
    plural,
    print_diagnostics,
    problem_counts,
)
from jdgen.languages import parse_languages, parse_outputs  # noqa: E402
from jdgen.project import Project, UsageError  # noqa: E402
from jdgen.settings import SETTINGS_FILE, Settings, load_settings, option_defaults  # noqa: E402

DEFAULT_LANGUAGES = "zh,en"
DEFAULT_OUTPUTS = ",".join(Settings().languages)
WITHOUT_SETTINGS = ("init", "schema", "explain")
"""Commands that do not read the project's jdgen.toml."""


def _languages(_ctx, _param, value: str) -> list[str]:
    try:
        return parse_languages(value.split(","))
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _outputs(_ctx, _param, value: str) -> list[str]:
    """Languages and at most one bilingual pair (``zh+en``)."""
    try:
        return parse_outputs(value.split(","))
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


language_option = click.option(
    "--lang", "languages", default=DEFAULT_LANGUAGES, show_default=True, callback=_languages,
    help="Comma-separated languages to check.",
)
output_language_option = click.option(
    "--lang", "languages", default=DEFAULT_OUTPUTS, show_default=True, callback=_outputs,
    help="Comma-separated documents to produce: languages, and zh+en for the bilingual one.",
)
paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))


def _project() -> Project:
    settings = click.get_current_context().find_object(Settings) or Settings()
    return Project(Path.cwd(), settings.source_language, settings.languages)


def _finish(diagnostics: list[Diagnostic], summary: str, report: dict | None = None) -> None:
    """Print the diagnostics and the summary line, or, given the ``report`` of
    a ``--json`` run, print it with the diagnostics as JSON; exit 1 if any
    error was found."""
    ordered = in_order(diagnostics)
    if report is None:
        print_diagnostics(ordered)
        click.echo(summary, err=True)
    else:
        click.echo(json.dumps({**report, "diagnostics": [as_json(item) for item in ordered]},
                              ensure_ascii=False, indent=2))
    sys.exit(1 if count_errors(ordered) else 0)


json_option = click.option("--json", "as_json", is_flag=True, help="Print a JSON report instead of text.")


class _Command(click.Command):
    """A command whose UsageError (a mistake on the command line found by
    the command's logic) is click's usage error: exit status 2, with usage.
    The one way usage errors leave a command."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except UsageError as error:
            raise click.UsageError(str(error), ctx) from None


class _Group(click.Group):
    """Commands that exit 130 on Ctrl-C wherever it lands, also after the work
    is done (while the report is printed), as a shell expects; click alone
    would print 'Aborted!' and exit 1."""

    command_class = _Command
    group_class = type  # subgroups (translate) are _Groups too

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jdgen")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Job descriptions as YAML specs, built into Chinese and English Word documents.

    Options default to the settings of jdgen.toml, where the folder has one.
    """
    if ctx.invoked_subcommand in WITHOUT_SETTINGS:
        return
    try:
        ctx.obj = load_settings(Path.cwd())
    except JdgenError as error:
        _finish(error.diagnostics, f"{SETTINGS_FILE} has errors; nothing was done")
    ctx.default_map = option_defaults(ctx.obj)


def build_options(command):
    """The options of commands that build (build, watch)."""
    options = [
        paths_argument,
        click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default="output",
                     show_default=True, help="Folder for the generated documents."),
        output_language_option,
        click.option("--template", default="default", show_default=True,
                     help="Template folder name under templates/ (or a built-in one)."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
                     help="Processes to build with."),
        click.option("--force", is_flag=True, help="Rebuild every document, changed or not."),
        click.option("--pdf", is_flag=True, help="Also write a PDF of each document (needs LibreOffice)."),
        click.option("--draft", is_flag=True,
                     help="Build despite missing translations, highlighting each gap in the document."),
        click.option("-q", "--quiet", is_flag=True, help="Print only problems."),
        click.option("-v", "--verbose", is_flag=True, help="Print every output, unchanged ones too."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command()
@build_options
@json_option
def build(paths: tuple[Path, ...], output: Path, languages: list[str], template: str, jobs: int,
          force: bool, pdf: bool, draft: bool, quiet: bool, verbose: bool, as_json: bool) -> None:
    """Build the documents of the specs in PATHS (files or folders; default specs/).

    Writes OUTPUT/<lang>/<id>.docx for each spec and language, and
    OUTPUT/bilingual/<id>.docx with both languages, skipping the documents
    whose inputs did not change since the last build; and OUTPUT/positions.xlsx,
    the register of every position.
    """
    from jdgen.build import BuildOptions
    from jdgen.build.report import json_report

    options = BuildOptions(output, languages, template, jobs, force, draft, pdf)
    report = _run_build(list(paths), options, quiet, verbose, show_progress=not as_json)
    if as_json:
        click.echo(json_report(report))
    sys.exit(130 if report.interrupted else 1 if count_errors(report.diagnostics) else 0)


@main.command()
@build_options
def watch(paths: tuple[Path, ...], output: Path, languages: list[str], template: str, jobs: int,
          force: bool, pdf: bool, draft: bool, quiet: bool, verbose: bool) -> None:
    """Build, then rebuild what changed whenever a spec, catalog or template is saved.

    Problems are printed as they come; a bad spec never stops the watch.
    Stop it with Ctrl-C.
    """
    from jdgen.build import BuildOptions
    from jdgen.watch import watch as run_watch

    options = BuildOptions(output, languages, template, jobs, force, draft, pdf)

    def rebuild() -> bool:
        nonlocal options
        report = _run_build(list(paths), options, quiet, verbose)
        options = dataclasses.replace(options, force=False)  # --force applies to the first build
        return not report.interrupted

    run_watch(_project(), list(paths), output, rebuild, lambda line: click.echo(line, err=True))
    sys.exit(130)  # only Ctrl-C ends a watch


def _run_build(paths: list[Path], options, quiet: bool, verbose: bool, show_progress: bool = True):
    """Run one build, printing its progress, problems and summary; return its report."""
    from jdgen.build import build as run_build
    from jdgen.build.report import (
        NORMAL,
        QUIET,
        VERBOSE,
        BuildProgress,
        notes,
        summary_line,
    )

    progress = BuildProgress(QUIET if quiet else VERBOSE if verbose else NORMAL, enabled=show_progress)
    try:
        report = run_build(_project(), paths, options, progress, progress.start)
    finally:
        progress.stop()
    if show_progress:
        print_diagnostics(report.diagnostics)
        if not quiet:
            for line in notes(report, verbose):
                click.echo(line, err=True)
            click.echo(summary_line(report), err=True)
    return report


@main.command()
@paths_argument
@language_option
@click.option("--template", default="default", show_default=True, help="Template whose labels to check.")
@json_option
def check(paths: tuple[Path, ...], languages: list[str], template: str, as_json: bool) -> None:
    """Validate the specs in PATHS and their translations; write nothing."""
    from jdgen.check import check as run_check

    specs, diagnostics = run_check(_project(), list(paths), languages, template)
    problems = problem_counts(diagnostics)
    _finish(diagnostics, f"checked {plural(specs, 'spec')}: {plural(problems['errors'], 'error')}",
            {"summary": {"specs": specs, **problems}} if as_json else None)


@main.command()
@click.argument("folder", default=".", type=click.Path(path_type=Path))
def init(folder: Path) -> None:
    """Start a project in FOLDER (default: here): an example spec, its English
    catalog, the JSON Schema for editors, jdgen.toml, .gitignore and a
    pre-commit configuration. Writes over no existing file."""
    from jdgen.init import init_project

    try:
        written = init_project(folder, folder.as_posix())
    except JdgenError as error:
        return _finish(error.diagnostics, "created nothing")
    for name in written:
        click.echo(f"created {name}", err=True)
    where = "" if folder == Path(".") else f"cd {folder.as_posix()} && "
    click.echo(f"created a jdgen project; build its example with: {where}jdgen build", err=True)


@main.command()
@click.argument("code", required=False)
@click.option("--all", "every", is_flag=True, help="Print the whole list, as docs/diagnostics.md.")
def explain(code: str | None, every: bool) -> None:
    """Explain a diagnostic's CODE (the word in brackets at the end of its line)."""
    import difflib

    from jdgen.codes import CODES, reference

    if every or code is None:
        click.echo(reference(), nl=False)
    elif code.strip("[]") in CODES:
        click.echo(f"{code.strip('[]')}: {CODES[code.strip('[]')]}")
    else:
        hint = difflib.get_close_matches(code, CODES, n=1)
        raise click.BadParameter(f"no code {code!r}" + (f" (did you mean {hint[0]!r}?)" if hint else ""),
                                 param_hint="CODE")


def _moment(_ctx, _param, value: str | None):
    import datetime

    if value is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date such as 2026-01-31 or 2026-01-31T09:30:00+08:00") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


@main.command()
@click.argument("versions", nargs=-1, metavar="[OLD] [NEW]")
@click.option("--since", metavar="REV", help="Compare the project at git revision REV with the working tree.")
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default="redline",
              show_default=True, help="Folder for the redlines.")
@output_language_option
@click.option("--template", default="default", show_default=True, help="Template folder name to render with.")
@click.option("--format", "output_format", type=click.Choice(["docx", "text", "json"]), default="docx",
              show_default=True, help="Write redlines (docx), or print the changes and write nothing.")
@click.option("--json", "as_json", is_flag=True, help="The same as --format json.")
@click.option("--exit-code", is_flag=True, help="Exit with status 1 when the versions differ.")
@click.option("--author", help="Author of the changes (default: from git).")
@click.option("--date", callback=_moment, help="Date of the changes, ISO 8601 (default: from git, else now).")
@click.option("--draft", is_flag=True, help="Compare despite missing translations, highlighting each gap.")
def diff(versions: tuple[str, ...], since: str | None, output: Path, languages: list[str], template: str,
         output_format: str, as_json: bool, exit_code: bool, author: str | None, date, draft: bool) -> None:
    """Write Word redlines of what changed between two versions.

    OLD and NEW are spec files, folders or git revisions; REV alone (or
    --since REV) compares the project at that revision with the working
    tree. Writes OUTPUT/<lang>/<id>.docx for each position and language
    that changed, every change a tracked change.
    """
    from jdgen.redline.command import run_diff

    report = run_diff(_project(), list(versions), since, languages, output,
                      "json" if as_json else output_format, template, author, date, draft)
    sys.exit(1 if count_errors(report.diagnostics) or (exit_code and report.positions) else 0)


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


def _target_languages(_ctx, _param, value: str | None) -> list[str] | None:
    return None if value is None else _languages(_ctx, _param, value)


def _one_language(_ctx, _param, value: str | None) -> str | None:
    if value is None:
        return None
    languages = _languages(_ctx, _param, value)
    if len(languages) != 1:
        raise click.BadParameter("name one language")
    return languages[0]


_TRANSLATOR = re.compile(r"[^<>\x00-\x1f\x7f]*[^\s<>\x00-\x1f\x7f][^<>\x00-\x1f\x7f]* <[^<>\s]+@[^<>\s]+>")


def _translator(_ctx, _param, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not _TRANSLATOR.fullmatch(value):
        raise click.BadParameter('give a name and an e-mail address: "Name <name@example.com>"')
    return value


@translate.command("update")
@paths_argument
@click.option("--lang", "languages", default="en", show_default=True, callback=_languages,
              help="Comma-separated target languages.")
@click.option("--template", default="default", show_default=True, help="Template whose labels to extract.")
def translate_update(paths: tuple[Path, ...], languages: list[str], template: str) -> None:
    """Extract every text of the specs and labels into translations/<lang>.po.

    New texts are added; a text that comes back gets its former translation
    back; a new or changed text with no exact entry gets the translation of
    the most similar one as a fuzzy suggestion, to review. Texts no longer
    used stay at the end as obsolete entries, with their translation.
    """
    from jdgen.translate_command import update
    from jdgen.translate_output import update_lines, update_summary

    updates, diagnostics = update(_project(), list(paths), languages, template)
    for line in update_lines(updates):
        click.echo(line, err=True)
    _finish(diagnostics, update_summary(updates, diagnostics))


@translate.command("status")
@paths_argument
@click.option("--lang", "languages", default=None, callback=_target_languages,
              help="Comma-separated target languages  [default: those with a catalog in translations/, else en]")
@click.option("--check", is_flag=True, help="Exit with status 1 unless every text is translated, naming each gap.")
@click.option("--template", default="default", show_default=True, help="Template whose labels to count.")
@json_option
def translate_status(paths: tuple[Path, ...], languages: list[str] | None, check: bool, template: str,
                     as_json: bool) -> None:
    """Show, per spec and language, how many texts are translated, fuzzy or missing.

    Also warns of inline translations identical to their source and of
    glossary terms (translations/glossary.yaml) a translation does not keep.
    Writes nothing.
    """
    from jdgen.i18n.status import format_table
    from jdgen.translate_command import status
    from jdgen.translate_output import status_json, status_summary

    report = status(_project(), list(paths), languages, check, template)
    if as_json:
        return _finish(report.diagnostics, "", status_json(report))
    if report.rows:
        click.echo(format_table(report.rows), nl=False)
    _finish(report.diagnostics, status_summary(report, check))


@translate.command("export")
@click.option("--lang", "language", default="en", show_default=True, callback=_one_language,
              help="The language whose catalog to export.")
@click.option("--format", "output_format", type=click.Choice(["po", "xlsx"]), default=None,
              help="PO for translation tools, xlsx for Excel  [default: from FILE's suffix]")
@click.option("--only-missing", is_flag=True, help="Only the entries that need work: fuzzy and missing ones.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The file to write.")
def translate_export(language: str, output_format: str | None, only_missing: bool, output: Path) -> None:
    """Write translations/<lang>.po out for a translator, as PO or as an Excel workbook."""
    from jdgen.translate_command import export
    from jdgen.translate_output import export_summary

    try:
        report = export(_project(), language, output, output_format, only_missing)
    except JdgenError as error:
        return _finish(error.diagnostics, "exported nothing")
    _finish([], export_summary(report))


@translate.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--lang", "language", default=None, callback=_one_language,
              help="The catalog to update  [default: the language the file names, else en]")
@click.option("--translator", default=None, callback=_translator, metavar='"NAME <EMAIL>"',
              help="Who translated: recorded as the catalog's Last-Translator.")
def translate_import(file: Path, language: str | None, translator: str | None) -> None:
    """Take a translator's .po or .xlsx file (from 'translate export') into translations/<lang>.po.

    Prints each change. A filled translation clears a fuzzy flag; an entry
    whose source is no longer in the catalog is reported, not imported. A
    catalog that changes gets the date in its PO-Revision-Date.
    """
    from jdgen.translate_command import import_translations
    from jdgen.translate_output import import_summary

    report = import_translations(_project(), file, language, translator)
    for change in report.changes:
        click.echo(change.format())
    _finish(report.diagnostics, import_summary(report, file.name))


def _review_file(value: Path | None) -> Path | None:
    if value is not None and value.suffix.lower() not in (".xlsx", ".html", ".htm"):
        raise click.BadParameter("name an .xlsx or .html file, such as import-report.xlsx")
    return value


def _translation(_ctx, _param, values: tuple[str, ...]) -> list[tuple[str, Path]]:
    found = []
    for value in values:
        language, equals, document = value.partition("=")
        if not equals or not document:
            raise click.BadParameter("write LANG=FILE.docx, such as en=customer-manager-en.docx")
        _languages(_ctx, _param, language)
        if not Path(document).is_file():
            raise click.BadParameter(f"no such file: {document}")
        found.append((language, Path(document)))
    return found


@main.command("import")
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default="specs",
              show_default=True, help="Folder to write the specs to.")
@click.option("--force", is_flag=True, help="Replace specs that already exist.")
@click.option("--translation", "translations", metavar="LANG=FILE.docx", callback=_translation, multiple=True,
              help="The same position's document in another language: its texts go into translations/LANG.po "
                   "(repeat it for several languages).")
@click.option("--report", "review", metavar="FILE.xlsx|FILE.html", type=click.Path(path_type=Path, dir_okay=False),
              callback=lambda _ctx, _param, value: _review_file(value),
              help="Write a review file: per document, each field, its value, where it was read, the warnings.")
def import_command(documents: tuple[Path, ...], output: Path, force: bool,
                   translations: list[tuple[str, Path]], review: Path | None) -> None:
    """Read job descriptions (.docx; .doc, .wps, .rtf, .odt through LibreOffice; folders of them) into specs.

    One spec per document: OUTPUT/<id>.yaml.

    The form's parts are found by their labels, in Chinese or English; text
    that fits no field is reported and kept as comments at the end of the spec.
    """
    from jdgen.importer.command import import_documents

    if translations and (len(documents) != 1 or documents[0].is_dir()):
        raise UsageError("--translation pairs one document with its translation: name one document")
    report = import_documents(_project(), list(documents), output, force, translations, review)
    for written in report.written + ([report.review] if report.review else []):
        click.echo(f"wrote {written}", err=True)
    if len(report.files) > 1:
        for line in report.files:
            click.echo(line, err=True)
    summary = (f"read {plural(report.read, 'document')}, wrote {plural(len(report.written), 'spec')}, "
               f"{plural(report.filled, 'field')} filled, {report.flagged} flagged to check, "
               f"{plural(report.unplaced, 'text')} not placed")
    if translations:
        catalogs = ", ".join(dict.fromkeys(f"translations/{language}.po" for language, _ in translations))
        summary += f", {plural(report.paired, 'translation')} added to {catalogs}"
    _finish(report.diagnostics, summary)
