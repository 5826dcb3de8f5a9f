"""The ``jdgen`` command line: each command's options and a call to
``jdgen.commands``; every command ends through ``jdgen.console.conclude``.
An option not given is None: jdgen.settings merges jdgen.toml and the defaults."""

from __future__ import annotations

import os
from pathlib import Path

import click

# pydantic looks for plugins in every installed distribution when the first
# model is built; jdgen uses none, and the search costs start-up time.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from jdgen import __version__, cli_pages, commands, defaults  # noqa: E402
from jdgen.cli_options import (  # noqa: E402
    LANGUAGES,
    documents_option,
    json_option,
    paths_argument,
    setting_default,
    template_option,
)
from jdgen.console import ConcludingGroup, say, show  # noqa: E402
from jdgen.init import starter_templates  # noqa: E402
from jdgen.outcome import Outcome  # noqa: E402
from jdgen.settings import Given  # noqa: E402


@click.group(cls=ConcludingGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jdgen")
def main() -> None:
    """Job descriptions as YAML specs, built into Chinese and English Word documents.

    Options default to the settings of jdgen.toml, where the folder has one.
    """


BUILD_OPTIONS = (
    paths_argument,
    click.option("-o", "--output", type=click.Path(path_type=Path),
                 help="Folder for the generated documents. " + setting_default(defaults.OUTPUT_FOLDER)),
    documents_option, template_option,
    click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes to build with  [default: the CPUs]"),
    click.option("--force", is_flag=True, help="Rebuild every document, changed or not."),
    click.option("--pdf", is_flag=True, help="Also write a PDF of each document (needs LibreOffice)."),
    click.option("--draft", is_flag=True,
                 help="Build despite missing translations, highlighting each gap in the document."),
    click.option("-q", "--quiet", is_flag=True, help="Print only problems."),
    click.option("-v", "--verbose", is_flag=True, help="Print every output, unchanged ones too."),
)


def build_options(command):
    for option in reversed(BUILD_OPTIONS):
        command = option(command)
    return command


@main.command()
@build_options
@json_option
def build(paths, as_json, **options) -> Outcome:
    """Build the documents of the specs in PATHS (files or folders; default specs/).

    Writes OUTPUT/<lang>/<id>.docx for each spec and language, and
    OUTPUT/bilingual/<id>.docx with both languages, skipping the documents
    whose inputs did not change since the last build; and OUTPUT/positions.xlsx,
    the register of every position.
    """
    return commands.build(commands.build_given("build", **options), list(paths), as_json)


@main.command()
@build_options
def watch(paths, **options) -> Outcome:
    """Build, then rebuild what changed whenever a spec, catalog or template is saved.

    Problems are printed as they come; a bad spec never stops the watch.
    Stop it with Ctrl-C.
    """
    return commands.watch(commands.build_given("watch", **options), list(paths), show, say)


@main.command()
@paths_argument
@click.option("--lang", "languages", metavar="LANGS",
              help="Comma-separated languages to check. " + setting_default(LANGUAGES))
@template_option
@json_option
def check(paths, languages, template, as_json) -> Outcome:
    """Validate the specs in PATHS and their translations; write nothing."""
    return commands.check(Given("check", languages, template), list(paths), as_json)


@main.command()
@click.argument("folder", default=".", type=click.Path(path_type=Path))
@click.option("--template", type=click.Choice(starter_templates()), default=defaults.TEMPLATE, show_default=True,
              help="The built-in form the project starts on, with an example made for it.")
def init(folder: Path, template: str) -> Outcome:
    """Start a project in FOLDER (default: here): an example spec, its English
    catalog, the JSON Schema for editors, jdgen.toml, .gitignore and a
    pre-commit configuration. Writes over no existing file."""
    return commands.init(folder, template)


@main.command()
@click.argument("code", required=False)
@click.option("--all", "every", is_flag=True, help="Print the whole list, as docs/diagnostics.md.")
def explain(code: str | None, every: bool) -> Outcome:
    """Explain a diagnostic's CODE (the word in brackets at the end of its line)."""
    return commands.explain(code, every)


@main.command()
@click.argument("versions", nargs=-1, metavar="[OLD] [NEW]")
@click.option("--since", metavar="REV", help="Compare the project at git revision REV with the working tree.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help=f"Folder for the redlines.  [default: {defaults.REDLINE_FOLDER}]")
@documents_option
@template_option
@click.option("--format", "output_format", type=click.Choice(["docx", "text", "json"]), default="docx",
              show_default=True, help="Write redlines (docx), or print the changes and write nothing.")
@click.option("--json", "as_json", is_flag=True, help="The same as --format json.")
@click.option("--exit-code", is_flag=True, help="Exit with status 1 when the versions differ.")
@click.option("--author", help="Author of the changes (default: from git).")
@click.option("--date", help="Date of the changes, ISO 8601, with an offset such as +08:00 or this computer's "
                             "time zone (default: from git, else now).")
@click.option("--draft", is_flag=True, help="Compare despite missing translations, highlighting each gap.")
@click.option("--summary", "listed", is_flag=True,
              help="Head each redline with the list of its changes (not a tracked change).")
def diff(versions, since, output, languages, template, output_format, as_json, exit_code, author, date,
         draft, listed) -> Outcome:
    """Write Word redlines of what changed between two versions.

    OLD and NEW are spec files, folders or git revisions; REV alone (or
    --since REV) compares the project at that revision with the working
    tree. Writes OUTPUT/<lang>/<id>.docx for each position and language
    that changed, every change a tracked change.
    """
    return commands.diff(Given("diff", languages, template, output), list(versions), since,
                         "json" if as_json else output_format, exit_code, author, date, draft, listed)


@main.command()
@click.option("--format", "output_format", type=click.Choice(["json", "markdown"]), default="json",
              show_default=True, help="JSON Schema for editors, or a Markdown field reference.")
def schema(output_format: str) -> Outcome:
    """Print the spec format: a JSON Schema (for yaml-language-server) or a field reference."""
    return commands.schema(output_format)


@main.group()
def translate() -> None:
    """Maintain the translation catalogs in translations/."""


targets_option = click.option("--lang", "languages", metavar="LANGS", help=(
    "Comma-separated target languages; each spec is translated into those other than its own "
    "source language. " + setting_default(LANGUAGES)))
one_language_option = click.option("--lang", "language", metavar="LANG", help=(
    "The one language to work on  [default: the first of jdgen.toml's languages other than the source]"))


@translate.command("update")
@paths_argument
@targets_option
@template_option
def translate_update(paths, languages, template) -> Outcome:
    """Extract every text of the specs and labels into translations/<lang>.po.

    New texts are added; a text that comes back gets its former translation
    back; a new or changed text with no exact entry gets the translation of
    the most similar one as a fuzzy suggestion, to review. Texts no longer
    used stay at the end as obsolete entries, with their translation.
    """
    return commands.translate_update(Given("translate update", languages, template), list(paths))


@translate.command("status")
@paths_argument
@targets_option
@click.option("--check", is_flag=True, help="Exit with status 1 unless every text is translated, naming each gap.")
@template_option
@json_option
def translate_status(paths, languages, check, template, as_json) -> Outcome:
    """Show, per spec and language, how many texts are translated, fuzzy or missing.

    Also warns of inline translations identical to their source and of
    glossary terms (translations/glossary.yaml) a translation does not keep.
    Writes nothing.
    """
    return commands.translate_status(Given("translate status", languages, template), list(paths), check, as_json)


@translate.command("export")
@one_language_option
@click.option("--format", "output_format", type=click.Choice(["po", "xlsx"]), default=None,
              help="PO for translation tools, xlsx for Excel  [default: from FILE's suffix]")
@click.option("--only-missing", is_flag=True, help="Only the entries that need work: fuzzy and missing ones.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="The file to write.")
@click.option("--overwrite", is_flag=True, help="Replace FILE if it is an earlier export (never another file).")
def translate_export(language, output_format, only_missing, output, overwrite) -> Outcome:
    """Write translations/<lang>.po out for a translator, as PO or as an Excel workbook.
    Writes over no file of the project and no file it did not write."""
    return commands.translate_export(Given("translate export", language), output, output_format, only_missing,
                                     overwrite)


@translate.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@one_language_option
@click.option("--translator", metavar='"NAME <EMAIL>"',
              help="Who translated: recorded as the catalog's Last-Translator.")
def translate_import(file, language, translator) -> Outcome:
    """Take a translator's .po or .xlsx file (from 'translate export') into translations/<lang>.po.

    Prints each change. A filled translation clears a fuzzy flag; an entry
    whose source is no longer in the catalog is reported, not imported. A
    catalog that changes gets the date in its PO-Revision-Date.
    """
    return commands.translate_import(Given("translate import", language), file, translator)


@main.command("import")
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help=f"Folder to write the specs to.  [default: {defaults.SPECS_FOLDER}]")
@click.option("--force", is_flag=True, help="Replace specs an earlier import wrote (never one written by hand).")
@click.option("--translation", "translations", metavar="LANG=FILE.docx", multiple=True,
              help="The same position's document in another language: its texts go into translations/LANG.po "
                   "(repeat it for several languages).")
@click.option("--report", "review", metavar="FILE.xlsx|FILE.html", type=click.Path(path_type=Path, dir_okay=False),
              help="Write a review file: per document, each field, its value, where it was read, the warnings.")
def import_command(documents, output, force, translations, review) -> Outcome:
    """Read Word job descriptions (.docx) into specs, one per document: OUTPUT/<id>.yaml.

    The form's parts are found by their labels, in Chinese or English; text
    that fits no field is reported and kept as comments at the end of the spec.
    """
    return commands.import_documents(Given("import", output=output), list(documents), force, translations, review)


main.add_command(cli_pages.site)
main.add_command(cli_pages.serve)
main.add_command(cli_pages.handbook)
main.add_command(cli_pages.template)
