"""PDF copies of the documents, made by LibreOffice: one process converts a
whole batch (starting LibreOffice costs far more than a page). LibreOffice
works in a scratch folder of the system's; each PDF is then written beside
its document the one way jdgen writes a file (jdgen.output)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from jdgen.output import write_atomically

INSTALL_HINT = (
    "LibreOffice is needed for --pdf and was not found: install it (Debian or Ubuntu: "
    "apt-get install libreoffice-writer-nogui fonts-noto-cjk; macOS: brew install --cask libreoffice; "
    "Windows: libreoffice.org) and make sure 'soffice' is on the PATH"
)
SECONDS_PER_DOCUMENT = 10
"""Time allowed per document before a conversion counts as hung."""


class PdfError(Exception):
    """LibreOffice is missing or failed as a whole."""


def find_office() -> str:
    """The LibreOffice command; PdfError with install advice when there is none."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise PdfError(INSTALL_HINT)


def convert(documents: list[Path]) -> dict[Path, str | None]:
    """Write ``<name>.pdf`` beside each document, in as few LibreOffice runs as
    it takes; return, per document, None or what went wrong. Each PDF appears
    whole (made in a scratch folder, then written into place through a
    staging file). When a run stops part way (LibreOffice sometimes crashes in a
    long batch, or leaves the last documents of a long one out without a
    word), the documents it did not convert get another run, for as long as
    runs make progress."""
    office = find_office()
    with tempfile.TemporaryDirectory(prefix="jdgen-pdf-") as scratch, \
            tempfile.TemporaryDirectory(prefix="jdgen-office-") as profile:
        # documents of different folders share names: give each a unique one
        staged = {Path(scratch) / f"{index:06d}.docx": document for index, document in enumerate(documents)}
        for link, document in staged.items():
            os.symlink(document.resolve(), link)
        results: dict[Path, str | None] = {}
        remaining = list(staged)
        while remaining:
            problem = _run_office(office, remaining, Path(scratch) / "pdf", profile)
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


def _run_office(office: str, documents: list[Path], outdir: Path, profile: str) -> str | None:
    """Convert ``documents`` into ``outdir`` in one LibreOffice run; what went
    wrong with the run as a whole, if anything."""
    command = [
        office, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", str(outdir), *map(str, documents),
    ]
    try:
        finished = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "HOME": profile},
                                  timeout=60 + SECONDS_PER_DOCUMENT * len(documents), check=False)
    except subprocess.TimeoutExpired:
        return "LibreOffice did not finish in time"
    return (finished.stderr.strip().splitlines() or ["LibreOffice failed"])[-1] if finished.returncode else None
