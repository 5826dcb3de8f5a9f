"""Output files: where each document goes, and the one way jdgen writes a
file: staged beside its place, then renamed into it, so that a failure
never leaves a partial file. A build stages in its workers and puts in
place when it accepts a document; every other write does both at once."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from jdgen.diagnostics import Diagnostic
from jdgen.languages import BILINGUAL

BILINGUAL_FOLDER = "bilingual"
DRAFT_FOLDER = "draft"
"""Drafts (documents with untranslated texts) live apart: ``output/draft/en/<id>.docx``."""


def document_path(output: Path, language: str, spec_id: str, draft: bool = False) -> Path:
    """``output/<language>/<id>.docx`` (``output/bilingual/`` for a pair such as
    ``zh+en``), under ``output/draft/`` for a draft; ids are validated, so this
    stays inside ``output``."""
    path = output / (DRAFT_FOLDER if draft else "") / document_folder(language) / f"{spec_id}.docx"
    if output.resolve() not in path.resolve().parents:
        raise ValueError(f"refusing to write outside {output}: {path}")
    return path


def document_folder(language: str) -> str:
    """The folder of a language's documents: the language, or ``bilingual`` for a pair."""
    return BILINGUAL_FOLDER if BILINGUAL in language else language


_STAGING_NAME = re.compile(r"\..+\.jdgen-[0-9a-f]{8}\.tmp")
"""Staging files are named ``.<name>.jdgen-<8 hex digits>.tmp``: this name and no other is jdgen's to sweep."""


def is_staging_file(path: Path) -> bool:
    """Whether ``path`` is named as a staging file of jdgen's."""
    return _STAGING_NAME.fullmatch(path.name) is not None


def sweep_staging_files(folders: Iterable[Path]) -> None:
    """Remove what a stopped or killed write left in ``folders`` (each, not
    its sub-folders): jdgen's staging files, by their exact name, and nothing else."""
    for folder in folders:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            path = folder / name
            if is_staging_file(path) and path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)


def stage(path: Path, data: bytes | Iterable[bytes]) -> Path:
    """Write ``data`` (or its pieces, in turn: a large file need not be
    whole in memory) to a new staging file beside ``path`` and return it;
    ``put_in_place`` then makes it ``path``. Nothing is left behind on failure.

    (No fsync: that would guard against power loss at a price of
    milliseconds per document, which a regenerable output does not need.)
    """
    import secrets  # only where a file is written: a command that writes nothing does without it

    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        staged = path.with_name(f".{path.name}.jdgen-{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # the name is reserved
        except FileExistsError:
            continue
        break
    try:
        if isinstance(data, bytes):
            staged.write_bytes(data)
        else:
            with staged.open("wb") as file:
                file.writelines(data)
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


def json_pieces(data: object) -> Iterator[bytes]:
    """``data`` as the JSON of jdgen's records (indented by one, non-ASCII
    kept), in UTF-8 pieces: the text of a large record is never whole in memory."""
    for piece in json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(data):
        yield piece.encode("utf-8")


_compact_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def compact_json(data: object) -> bytes:
    """``data`` as compact JSON (non-ASCII kept), in UTF-8."""
    return _compact_encode(data).encode("utf-8")


def compact_json_pieces(data: object, depth: int = 2) -> Iterator[bytes]:
    """``data`` as compact JSON (non-ASCII kept), in UTF-8 pieces: the
    mappings ``depth`` levels deep entered, each value below them encoded
    whole by the C encoder (bytes are taken as such a value, encoded
    already); a cache of thousands of records is never whole in memory, and
    costs hardly more than encoding it at once."""
    if isinstance(data, bytes):
        yield data
        return
    if not depth or not isinstance(data, Mapping):
        yield compact_json(data)
        return
    yield b"{"
    for number, (key, value) in enumerate(data.items()):
        yield f"{',' if number else ''}{_compact_encode(str(key))}:".encode()
        yield from compact_json_pieces(value, depth - 1)
    yield b"}"


def write_atomically(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` to ``path`` through a staging file: a build that is
    stopped or killed leaves the old file or the new one."""
    put_in_place(stage(path, data), path)


def in_the_way(path: Path, ours: bool, content: Callable[[], bytes] | None = None) -> bool:
    """Whether ``path`` holds something jdgen must neither replace nor remove.

    jdgen owns only what it wrote: a file there is in the way unless jdgen
    wrote it (``ours``, from the record of the folder it writes into) or it
    already holds exactly the ``content`` jdgen would write there (replacing
    it loses nothing). A folder or
    a link there is always in the way. Nothing there: nothing in the way."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return False
    except OSError:
        return False  # not readable: writing it fails, and says so
    if not stat.S_ISREG(info.st_mode):
        return True
    if ours:
        return False
    try:
        return content is None or path.read_bytes() != content()
    except OSError:
        return True


class InTheWay(Exception):
    """A file jdgen did not write is where jdgen would write (``in_the_way``)."""


def not_ours(shown: str) -> Diagnostic:
    """The error for a file (or folder) at a path jdgen writes that jdgen did not write."""
    return Diagnostic(shown, None, "jdgen did not write this file, so it does not replace it: move it out of "
                      "the way (or delete it) and build again", code="output-not-ours")
