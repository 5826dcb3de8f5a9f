"""The options several commands share, declared once (jdgen.cli and
jdgen.cli_pages use them). An option not given is None: jdgen.settings
merges jdgen.toml and the defaults."""

from __future__ import annotations

from pathlib import Path

import click

from jdgen import defaults
from jdgen.languages import single_languages

LANGUAGES = tuple(single_languages(list(defaults.OUTPUTS)))


def setting_default(default: str | tuple[str, ...]) -> str:
    """How an option's help names its default."""
    return f"[default: from jdgen.toml, else {default if isinstance(default, str) else ','.join(default)}]"


paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
json_option = click.option("--json", "as_json", is_flag=True, help="Print a JSON report instead of text.")
documents_option = click.option("--lang", "languages", metavar="LANGS", help=(
    "Comma-separated documents to produce: languages, and zh+en for the bilingual one. "
    + setting_default(defaults.OUTPUTS)))
template_option = click.option("--template", help="Template folder name under templates/ (or a built-in one); "
                               "when given, every spec is made with it, whatever its own 'template:' and "
                               "jdgen.toml's [[forms]] say. " + setting_default(defaults.TEMPLATE))
