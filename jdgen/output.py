"""Output files: where each document goes, written so that a failure never
leaves a partial file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from jdgen.languages import BILINGUAL

BILINGUAL_FOLDER = "bilingual"
DRAFT_FOLDER = "draft"
"""Drafts (documents with untranslated texts) live apart: ``output/draft/en/<id>.docx``."""


def document_path(output: Path, language: str, spec_id: str, draft: bool = False) -> Path:
    """``output/<language>/<id>.docx`` (``output/bilingual/`` for a pair such as
    ``zh+en``), under ``output/draft/`` for a draft; ids are validated, so this
    stays inside ``output``."""
    folder = BILINGUAL_FOLDER if BILINGUAL in language else language
    path = output / (DRAFT_FOLDER if draft else "") / folder / f"{spec_id}.docx"
    if output.resolve() not in path.resolve().parents:
        raise ValueError(f"refusing to write outside {output}: {path}")
    return path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A build that is stopped or killed leaves the old file or the new one,
    never a mixture. (No fsync: that would guard against power loss at a
    price of milliseconds per document, which a regenerable output does not
    need.)
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
