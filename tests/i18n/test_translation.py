"""Inline translations, catalogs, and the build's refusal of gaps."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from babel.messages.pofile import read_po

from tests.docx_reading import full_text, open_document, paragraph_texts

PHYSICAL = "physical: 健康,能适应加班"


def test_inline_translation_wins_over_the_catalog(example):
    example.edit_spec("title: 客户经理", "title: {zh: 客户经理, en: Relationship Manager}")
    example.run("build", "--lang", "en")
    texts = paragraph_texts(open_document(example.root / "output/en/BCM-001.docx"))
    assert "Relationship Manager" in texts
    assert "Customer Manager" not in texts  # the inline text serves the chart's box too


def test_inline_translations_need_the_source_language(example):
    example.edit_spec("title: 客户经理", "title: {en: Customer Manager}")
    result = example.run("check", status=1)
    line = example.line_of("title:")
    assert f"specs/bcm-001.yaml:{line}:8: error: title: the translations lack the source language 'zh'" in result.output


def test_missing_translation_refuses_that_document_only(example):
    example.edit_spec(PHYSICAL, "physical: 健康,能适应偶尔加班")
    result = example.run("build", status=1)
    line = example.line_of("physical:")
    assert result.exit_code == 1
    assert f"specs/bcm-001.yaml:{line}:11: error: physical: untranslated (en)" in result.output
    assert (example.root / "output/zh/BCM-001.docx").exists()
    assert not (example.root / "output/en/BCM-001.docx").exists()


def test_changed_source_becomes_fuzzy_and_stays_refused(example):
    example.edit_spec(PHYSICAL, "physical: 健康,能适应偶尔加班")
    result = example.run("translate", "update", "--lang", "en")
    text = (example.root / "translations/en.po").read_text(encoding="utf-8")
    assert (
        '#, fuzzy\n#| msgid "健康,能适应加班"\nmsgid "健康,能适应偶尔加班"\n'
        'msgstr "Good health; able to work overtime"\n'
    ) in text
    # a second update keeps the previous text for the translator
    example.run("translate", "update", "--lang", "en")
    assert (example.root / "translations/en.po").read_text(encoding="utf-8") == text
    result = example.run("check", "--lang", "en", status=1)
    assert "physical: translation is fuzzy (en); review it in translations/en.po" in result.output


def test_catalog_translation_is_used_once_filled(example):
    example.edit_spec(PHYSICAL, "physical: 健康,能适应偶尔加班")
    example.run("translate", "update", "--lang", "en")
    po = example.root / "translations/en.po"
    with po.open("rb") as stream:
        catalog = read_po(stream, locale="en")
    catalog["健康,能适应偶尔加班"].string = "Good health; able to work occasional overtime"
    catalog["健康,能适应偶尔加班"].flags.discard("fuzzy")
    from babel.messages.pofile import write_po

    with po.open("wb") as stream:
        write_po(stream, catalog, width=0)
    example.run("build", "--lang", "en")
    assert "Good health; able to work occasional overtime" in full_text(open_document(example.root / "output/en/BCM-001.docx"))


def test_translate_update_does_not_rewrite_an_unchanged_catalog(example):
    po = example.root / "translations/en.po"
    before = po.read_bytes()
    result = example.run("translate", "update", "--lang", "en")
    assert "translations/en.po: unchanged" in result.output
    assert po.read_bytes() == before


def test_catalog_entries_say_where_they_are_used(example):
    text = (example.root / "translations/en.po").read_text(encoding="utf-8")
    assert "#. specs/bcm-001.yaml: physical\n#: specs/bcm-001.yaml\nmsgid \"健康,能适应加班\"" in text


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_catalogs_pass_msgfmt(example):
    example.edit_spec(PHYSICAL, "physical: 健康,能适应偶尔加班")
    example.run("translate", "update", "--lang", "en")
    for po in (example.root / "translations").glob("*.po"):
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], check=True)


def test_a_broken_catalog_is_a_located_error(example):
    po = example.root / "translations/en.po"
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "x"\nmsgfoo "y"\n', encoding="utf-8")
    result = example.run("build", "--lang", "en", status=1)
    assert "Traceback" not in result.output
    assert result.output.startswith("translations/en.po:")
