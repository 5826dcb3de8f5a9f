"""PDF copies of the documents, made by LibreOffice: one process converts a
whole batch (starting LibreOffice costs far more than a page). LibreOffice
works in a scratch folder of the system's; each PDF is then written beside
its document the one way jdgen writes a file (jdgen.output)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from jdgen.office import INSTALL, OfficeMissing, OfficeTimeout, find_office, run_office
from jdgen.output import write_atomically

INSTALL_HINT = f"LibreOffice is needed for --pdf and was not found: {INSTALL}"
SECONDS_PER_DOCUMENT = 10
"""Time allowed per document before a conversion counts as hung."""


class PdfError(Exception):
    """LibreOffice is missing."""


def convert(documents: list[Path], forms_each: int = 1) -> dict[Path, str | None]:
    """Write ``<name>.pdf`` beside each document, in as few LibreOffice runs as
    it takes; return, per document, None or what went wrong. A run is given
    ``SECONDS_PER_DOCUMENT`` for each form a document holds (``forms_each``:
    a handbook holds hundreds). Each PDF appears
    whole (made in a scratch folder, then written into place through a
    staging file). When a run stops part way (LibreOffice sometimes crashes in a
    long batch, or leaves the last documents of a long one out without a
    word), the documents it did not convert get another run, for as long as
    runs make progress."""
    try:
        office = find_office()
    except OfficeMissing:
        raise PdfError(INSTALL_HINT) from None
    with tempfile.TemporaryDirectory(prefix="jdgen-pdf-") as scratch:
        # documents of different folders share names: give each a unique one
        staged = {Path(scratch) / f"{index:06d}.docx": document for index, document in enumerate(documents)}
        for link, document in staged.items():
            os.symlink(document.resolve(), link)
        results: dict[Path, str | None] = {}
        remaining = list(staged)
        while remaining:
            try:
                problem = run_office(office, remaining, "pdf", Path(scratch) / "pdf",
                                     timeout=60 + SECONDS_PER_DOCUMENT * forms_each * len(remaining))
            except OfficeTimeout as timeout:
                problem = str(timeout)
            left = []
            for link in remaining:
                made = Path(scratch) / "pdf" / f"{link.stem}.pdf"
                if made.is_file() and made.stat().st_size > 0:
                    write_atomically(staged[link].with_suffix(".pdf"), made.read_bytes())
                    results[staged[link]] = None
                else:
                    left.append(link)
                    results[staged[link]] = problem or "LibreOffice could not convert it"
            if not left or len(left) == len(remaining):  # done, or no progress
                break
            remaining = left
        return results

