"""Where each file of the site goes: a folder per document kind (``zh``,
``en``, ``bilingual``) with its index, chart and a page per position; the
assets and the search index at the root."""

from __future__ import annotations

from jdgen.languages import BILINGUAL
from jdgen.output import BILINGUAL_FOLDER

ASSETS = ("style.css", "site.js")
"""Files copied into the site as they are."""
SEARCH_INDEX = "search-index.js"


def folder_of(output: str) -> str:
    """The site's folder for a document kind: ``zh``, ``en``, ``bilingual``."""
    return BILINGUAL_FOLDER if BILINGUAL in output else output


def page_names(spec_id: str, outputs: tuple[str, ...]) -> list[str]:
    """The files of a position's pages, one per document kind."""
    return [f"{folder_of(output)}/{spec_id}.html" for output in outputs]


def set_file_names(outputs: tuple[str, ...]) -> list[str]:
    """The files of the whole set: the root's redirect, the assets, the search
    index, and each document kind's index and chart."""
    return ["index.html", *ASSETS, SEARCH_INDEX,
            *(f"{folder_of(output)}/{name}" for output in outputs for name in ("index.html", "chart.html"))]
