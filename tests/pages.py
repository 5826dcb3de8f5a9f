"""Where the texts of a document fall on its printed pages: the document
converted to PDF by LibreOffice, each page's text read with poppler, and
every text of a spec (and every bilingual pair) looked for within a page.

``pdftotext -raw`` keeps the order in which the page draws its text, which
LibreOffice writes cell by cell, paragraph by paragraph: a text that is
whole on a page is a run of that page's text, and a text cut by a page
break is a run of no page's text.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from jdgen.building import pdf


def squeeze(text: str) -> str:
    """``text`` without white space, case-folded: a PDF's text layer spaces and
    breaks lines at will."""
    return re.sub(r"\s+", "", text).casefold()


def pdf_pages(documents: list[Path]) -> dict[Path, list[str]]:
    """Each document's pages, each page's text squeezed (LibreOffice, one run)."""
    problems = pdf.convert(documents)
    failed = {document: problem for document, problem in problems.items() if problem}
    assert not failed, failed
    return {document: page_texts(document.with_suffix(".pdf")) for document in documents}


def page_texts(path: Path) -> list[str]:
    """The squeezed text of each page of a PDF, in drawing order."""
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [squeeze(page) for page in text.split("\f")[:-1]]


_READABLE = re.compile(r"[\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]+")
"""Characters a PDF's text layer gives back as written: ASCII, CJK ideographs
and punctuation. Others (emoji, private-use or rare characters the fonts
lack, soft hyphens) may come back otherwise, so texts holding them are not
looked for."""


def readable(text: str) -> bool:
    """Whether ``text`` can be looked for in a PDF's text layer."""
    return bool(squeeze(text)) and _READABLE.fullmatch(text.strip()) is not None


def cut_texts(pages: list[str], texts: Iterable[str]) -> list[str]:
    """The readable texts that lie whole on no page (cut by a page break, or missing)."""
    return [text for text in dict.fromkeys(texts) if readable(text) and not _on_one_page(pages, [text])]


def cut_pairs(pages: list[str], pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The bilingual pairs (a text and its translation) that lie on no one
    page together."""
    return [pair for pair in dict.fromkeys(pairs)
            if all(map(readable, pair)) and not _on_one_page(pages, list(pair))]


def _on_one_page(pages: list[str], texts: list[str]) -> bool:
    squeezed = [squeeze(text) for text in texts]
    return any(all(text in page for text in squeezed) for page in pages)
