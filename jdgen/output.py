"""Output files: where each document goes, and the one way jdgen writes a
file: staged beside its place, then renamed into it, so that a failure
never leaves a partial file. A build stages in its workers and puts in
place when it accepts a document; every other write does both at once."""

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


STAGED = ".*.tmp"
"""What a staging file's name looks like (``.<name>.<random>.tmp``), to sweep them."""


def stage(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new staging file beside ``path`` and return it;
    ``put_in_place`` then makes it ``path``. Nothing is left behind on failure.

    (No fsync: that would guard against power loss at a price of
    milliseconds per document, which a regenerable output does not need.)
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)  # the name is reserved; write through Path like every other file
    staged = Path(name)
    try:
        staged.write_bytes(data)
        os.chmod(staged, 0o644)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return staged


def put_in_place(staged: Path, path: Path) -> None:
    """Rename a staging file to ``path`` (atomic): a reader sees the old file
    or the new one, never a mixture; the staging file is gone either way."""
    try:
        os.replace(staged, path)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a staging file: a build that is
    stopped or killed leaves the old file or the new one."""
    put_in_place(stage(path, data), path)
