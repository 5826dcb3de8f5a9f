"""The commands that show the set and its form rather than build it: the
website (``jdgen site``, ``jdgen serve``), the handbook (``jdgen handbook``) and the templates (``jdgen
template``). Their options and a call to ``jdgen.commands`` each, as in
jdgen.cli, which adds them to the ``jdgen`` group."""

from __future__ import annotations

from pathlib import Path

import click

from jdgen import commands, defaults
from jdgen.cli_options import documents_option, paths_argument, setting_default, template_option
from jdgen.console import ConcludingCommand, ConcludingGroup, say, show
from jdgen.outcome import Outcome
from jdgen.settings import Given

HANDBOOK_ORDERS = ("path", "department")
"""How a handbook's positions follow each other."""
SITE_OPTIONS = (
    paths_argument,
    click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False),
                 help=f"Folder for the site.  [default: {defaults.SITE_FOLDER}/ in the documents' folder]"),
    click.option("--documents", type=click.Path(path_type=Path, file_okay=False),
                 help="Folder of the built documents the pages link to. " + setting_default(defaults.OUTPUT_FOLDER)),
    documents_option, template_option,
)


def site_options(command):
    for option in reversed(SITE_OPTIONS):
        command = option(command)
    return command


@click.command(cls=ConcludingCommand)
@site_options
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes to write the pages with  [default: the CPUs]")
def site(paths, output, documents, languages, template, jobs) -> Outcome:
    """Write the specs in PATHS as a website: a searchable index, a page per
    position in each language and the organisation chart.

    The site is static and self-contained: open its index.html from a shared
    drive, or put the folder on any web server.
    """
    return commands.site(Given("site", languages, template, documents, jobs), list(paths), output, documents)


@click.command(cls=ConcludingCommand)
@site_options
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 to serve on (0: any free one).")
def serve(paths, output, documents, languages, template, port) -> Outcome:
    """Write the site and serve it on this machine, writing it again and
    reloading open pages whenever a spec, shared file, catalog or template
    is saved. Stop it with Ctrl-C."""
    return commands.serve(Given("serve", languages, template, documents), list(paths), output, documents, port,
                          show, say)


@click.command(cls=ConcludingCommand)
@paths_argument
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False),
              help="Folder to write the handbooks to. " + setting_default(defaults.OUTPUT_FOLDER))
@documents_option
@template_option
@click.option("--order", type=click.Choice(HANDBOOK_ORDERS), default=HANDBOOK_ORDERS[0], show_default=True,
              help="The positions in spec path order, or by department (then path).")
@click.option("--draft", is_flag=True, help="Include positions with missing translations, each gap highlighted.")
@click.option("--pdf", is_flag=True, help="Also write a PDF of each handbook (needs LibreOffice).")
def handbook(paths, output, languages, template, order, draft, pdf) -> Outcome:
    """Write the specs in PATHS as one Word document per language: a cover,
    the contents, then every position's document, each on a new page
    (output/handbook-zh.docx, handbook-en.docx, handbook-bilingual.docx)."""
    return commands.handbook(Given("handbook", languages, template, output), list(paths), order, draft, pdf)


@click.group(cls=ConcludingGroup)
def template() -> None:
    """The project's templates: list them, start one, see what one sees."""


@template.command("list")
def template_list() -> Outcome:
    """List the templates this project can use: its own and the built-in ones."""
    return commands.template_list()


@template.command("new")
@click.argument("name")
@click.option("--from", "source", default=defaults.TEMPLATE, show_default=True, help="Template to start from.")
@click.option("--use", is_flag=True, help="Also make it the project's template (template = NAME in jdgen.toml).")
def template_new(name, source, use) -> Outcome:
    """Start template NAME in templates/NAME/ as a copy of a working one,
    to restyle in Word or LibreOffice."""
    return commands.template_new(name, source, use)


@template.command("preview")
@click.argument("name", required=False)
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False),
              help=f"Folder for the previews, a folder per template.  [default: {defaults.PREVIEW_FOLDER}/]")
@documents_option
def template_preview(name, output, languages) -> Outcome:
    """Build the sample specs (every part present, every list of two or more)
    with template NAME (default: the project's) in every document, and their
    PDFs where LibreOffice is installed, into template-preview/NAME/."""
    return commands.template_preview(Given("template preview", languages, name, output))


@template.command("context")
@click.argument("spec", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--lang", "language", default=defaults.SOURCE_LANGUAGE, show_default=True,
              help="The document: a language, or a pair such as zh+en.")
@template_option
def template_context(spec, language, template) -> Outcome:
    """Print, as JSON, the exact values a template sees for SPEC's document."""
    return commands.template_context(Given("template context", language, template), spec)
