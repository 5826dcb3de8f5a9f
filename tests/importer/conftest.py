"""The batches' forms made once and kept in pytest's cache: making a form
with python-docx costs more than importing it, and a form depends only on
the code that makes it, so a form made by the same code is copied instead
of made again. Any change to a batch file or its helpers (every module of
this folder but the tests), or another python-docx, makes every form anew."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pytest

FOLDER = Path(__file__).parent
KEPT_PREFIX = "import-forms-"
"""The start of the name of the cache folder that keeps the forms."""


def _makers_key() -> str:
    """A digest of what the forms are made by: the folder's modules other
    than tests, and the python-docx that writes them."""
    digest = hashlib.sha256(version("python-docx").encode())
    for source in sorted(FOLDER.glob("*.py")):
        if not source.name.startswith(("test_", "conftest")):
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


def _keep(target: Path, write: Callable[[Path], object]) -> None:
    """Write ``target`` whole or not at all: a run stopped half way keeps no half-written file."""
    partial = target.with_name(f".{target.name}.partial")
    write(partial)
    partial.replace(target)


@pytest.fixture(scope="session")
def kept_forms(request) -> Path:
    """The cache folder of forms made by the code as it is now; the folders
    of earlier code are removed."""
    kept = request.config.cache.mkdir(KEPT_PREFIX + _makers_key())
    for other in kept.parent.glob(KEPT_PREFIX + "*"):
        if other != kept:
            shutil.rmtree(other, ignore_errors=True)
    return kept


@pytest.fixture
def made_form(kept_forms: Path) -> Callable[[Callable[[Path], dict], Path], dict]:
    """``made_form(make, path)``: the form ``make`` writes at ``path`` (its
    name names the form), and its truth; copied from the cache when made before."""

    def made(make: Callable[[Path], dict], path: Path) -> dict:
        form, truth = kept_forms / path.name, kept_forms / f"{path.name}.truth.json"
        if form.is_file() and truth.is_file():
            shutil.copyfile(form, path)
            return json.loads(truth.read_text(encoding="utf-8"))
        facts = make(path)
        _keep(form, lambda partial: shutil.copyfile(path, partial))
        _keep(truth, lambda partial: partial.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8"))
        return facts

    return made
