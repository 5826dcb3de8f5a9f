"""A stand-in for LibreOffice, for tests of what builds do with PDFs: an
``soffice`` that writes, for each document, a "PDF" naming the SHA-256 of
the document's bytes, so a PDF that does not follow its document shows."""

from __future__ import annotations

import hashlib
from pathlib import Path

SCRIPT = """#!/bin/sh
for a; do
  case "$a" in
    --outdir) next=1;;
    *.docx) mkdir -p "$out"; printf '%%PDF of %s\\n' "$(sha256sum < "$a" | cut -d' ' -f1)" \\
              > "$out/$(basename "$a" .docx).pdf";;
    *) [ -n "$next" ] && out="$a" && next=;;
  esac
done
"""


def install(folder: Path) -> Path:
    """Write the stand-in ``soffice`` into ``folder`` (to put first on PATH); return ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    office = folder / "soffice"
    office.write_text(SCRIPT, encoding="utf-8")
    office.chmod(0o755)
    return folder


def pdf_of(document: bytes) -> bytes:
    """What the stand-in makes of a document."""
    return f"%PDF of {hashlib.sha256(document).hexdigest()}\n".encode()
