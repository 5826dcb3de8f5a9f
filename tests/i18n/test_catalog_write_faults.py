"""``translate update`` and ``translate import`` when the disk refuses to
write a catalog: an error naming the catalog, saying what to do, never a
traceback; the catalog stays as it was and no staging file is left."""

from __future__ import annotations

import errno
import os

import pytest

from tests.conftest import code_of
from tests.file_faults import fail_writes, files_under
from tests.i18n.helpers import NEW_ENGLISH, NEW_SENTENCE, OLD_ENGLISH, OLD_SENTENCE, PHYSICAL, catalog_of

FAULTS = [
    (errno.EACCES, "the folder is read-only or you may not write there"),
    (errno.EROFS, "the disk is mounted read-only"),
    (errno.ENOSPC, "the disk is full"),
    (errno.ENAMETOOLONG, "the path is too long"),
]


def _error(result, shown: str, advice: str) -> None:
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = [line for line in result.output.splitlines() if ": error: " in line]
    assert line.startswith(f"{shown}: error: cannot write: ") and advice in line, line
    assert code_of(line) == "file-unwritable"


@pytest.mark.parametrize(("error_number", "advice"), FAULTS)
def test_update_that_the_disk_refuses_for_one_language_updates_the_others(example, monkeypatch, error_number,
                                                                           advice):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    before = files_under(example.root / "translations")
    fail_writes(monkeypatch, error_number, after=1)
    result = example.run("translate", "update", "--lang", "en,fr", status=1)
    _error(result, "translations/fr.po", advice)
    assert NEW_SENTENCE in catalog_of(example.root)  # en was written first
    assert files_under(example.root / "translations") == before
    assert "updated 1 catalog; 1 error" in result.output


def test_update_with_a_file_where_the_translations_folder_goes(example):
    (example.root / "translations/en.po").unlink()
    (example.root / "translations/glossary.yaml").unlink()
    (example.root / "translations").rmdir()
    (example.root / "translations").write_text("in the way", encoding="utf-8")
    result = example.run("translate", "update", status=1)
    _error(result, "translations/en.po", "file where a folder should be")
    assert (example.root / "translations").read_text(encoding="utf-8") == "in the way"


@pytest.mark.parametrize(("error_number", "advice"), FAULTS)
def test_import_that_the_disk_refuses_leaves_the_catalog(example, monkeypatch, error_number, advice):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    assert example.run("translate", "update").exit_code == 0
    path = example.root / "todo.po"
    assert example.run("translate", "export", "--only-missing", "-o", path.name).exit_code == 0
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f'#, fuzzy\n#| msgid "{OLD_SENTENCE}"\nmsgid "{NEW_SENTENCE}"\n'
                                 f'msgstr "{OLD_ENGLISH}"', f'msgid "{NEW_SENTENCE}"\nmsgstr "{NEW_ENGLISH}"'),
                    encoding="utf-8")
    catalog = example.root / "translations/en.po"
    before = catalog.read_bytes()
    fail_writes(monkeypatch, error_number)
    result = example.run("translate", "import", path.name, status=1)
    _error(result, "translations/en.po", advice)
    assert "(translations/en.po not rewritten)" in result.output
    assert catalog.read_bytes() == before
    assert not [name for name in os.listdir(catalog.parent) if name.endswith(".tmp")]


def test_import_of_a_name_too_long_is_a_usage_error(example):
    result = example.run("translate", "import", "x" * 300 + ".po", status=2)
    assert "Traceback" not in result.output
    assert "no such file: xxx" in result.output
