"""``jdgen translate update``: what goes into which catalog."""

from __future__ import annotations

from tests.i18n.helpers import catalog_of


def test_a_languages_catalog_never_receives_texts_written_in_that_language(example):
    english = example.spec.read_text(encoding="utf-8").replace("id: BCM-001", "id: ENG-001").replace(
        "source_language: zh", "source_language: en").replace("title: 客户经理", "title: Relationship Banker")
    (example.root / "specs/eng-001.yaml").write_text(english, encoding="utf-8")
    result = example.run("translate", "update", "--lang", "en,zh")
    assert result.exit_code == 0, result.output
    english_catalog, chinese_catalog = catalog_of(example.root, "en"), catalog_of(example.root, "zh")
    assert "Relationship Banker" not in english_catalog
    assert not any("specs/eng-001.yaml" in path for m in english_catalog for path, _ in m.locations)
    assert "Relationship Banker" in chinese_catalog
    assert not any(path != "specs/eng-001.yaml" for m in chinese_catalog for path, _ in m.locations)
    assert not any("labels.yaml" in path for m in chinese_catalog for path, _ in m.locations)
    assert example.run("translate", "update", "--lang", "en").stderr.startswith("translations/en.po: unchanged")
