"""jdgen's built-in settings: what a project without ``jdgen.toml`` gets,
and what a command uses for an option neither the command line nor the
file gives. The one place each is written (jdgen.settings merges them)."""

from __future__ import annotations

OUTPUTS = ("zh", "en", "zh+en")
"""The documents a build makes: languages, and one bilingual pair."""
SOURCE_LANGUAGE = "zh"
"""The language of the plain texts of a spec that names none."""
OUTPUT_FOLDER = "output"
"""The folder the documents go to."""
TEMPLATE = "default"
"""The template: ``templates/<name>/``, else the built-in one."""
REDLINE_FOLDER = "redline"
"""The folder ``jdgen diff`` writes its redlines to."""
SPECS_FOLDER = "specs"
"""The folder of a project's specs: what the commands read, and where ``jdgen import`` writes."""
FIELDS_FILE = "fields.yaml"
"""The file at a project's root that declares its own fields (``custom:`` in a spec)."""
ENGLISH = "en-GB"
"""The English that ``en`` means: its dates, lists and the spelling of its labels."""
ENGLISHES = ("en-GB", "en-US")
"""The Englishes a project may choose."""
LABEL_CASE = "title"
"""The case style of English labels: ``title`` (Place of Work) or ``sentence`` (Place of work)."""
LABEL_CASES = ("title", "sentence")
PREVIEW_FOLDER = "template-preview"
"""The folder ``jdgen template preview`` writes into, a folder per template."""
SITE_FOLDER = "site"
"""The site's folder inside the documents' folder (jdgen site)."""
