"""Shared helpers of the translation-workflow tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from jdgen.i18n.catalog import read_catalog
from tests.example_content import example_texts

PHYSICAL = "physical: 健康,能适应加班"
OLD_SENTENCE = "健康,能适应加班"
NEW_SENTENCE = "健康,能适应偶尔加班"
OLD_ENGLISH = "Good health; able to work overtime"
NEW_ENGLISH = "Good health; able to work occasional overtime"

needs_msgfmt = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")


def catalog_of(root: Path, language: str = "en") -> Catalog:
    return read_catalog(root / "translations" / f"{language}.po", f"translations/{language}.po", language)


def msgfmt_check(path: Path) -> None:
    """Fail unless GNU msgfmt accepts the catalog (callers skip without msgfmt)."""
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def state(catalog: Catalog) -> list[tuple]:
    """Everything a catalog entry carries that a translator's round trip must keep."""
    return [
        (m.id, m.string or "", m.fuzzy, list(m.previous_id), list(m.locations), list(m.auto_comments),
         list(m.user_comments))
        for m in catalog if m.id
    ]


def example_status_row(output: str, translated_less: int = 0, fuzzy: int = 0, missing: int = 0) -> bool:
    """Whether ``translate status`` printed the example spec's row in English
    with ``fuzzy`` and ``missing`` texts (``translated_less`` fewer translated)."""
    total = len(example_texts())
    translated = total - translated_less
    expected = ["en", "specs/bcm-001.yaml", str(translated), str(fuzzy), str(missing), f"{translated * 100 // total}%"]
    return expected in [line.split() for line in output.splitlines()]
