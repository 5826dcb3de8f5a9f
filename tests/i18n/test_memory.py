"""Translation memory in ``jdgen translate update``: the closest translation as a
fuzzy suggestion, its similarity and origin shown; one entry per sentence."""

from __future__ import annotations

import shutil

from jdgen.i18n.memory import THRESHOLD, similarity, suggestion_comment
from jdgen.i18n.po.model import msgstr_of
from tests.conftest import example_text_counts
from tests.i18n.helpers import (
    NEW_SENTENCE,
    OLD_ENGLISH,
    OLD_SENTENCE,
    PHYSICAL,
    catalog_of,
    msgfmt_check,
    needs_msgfmt,
)

TOOLS = "tools: [电脑, 电话, 办公设备]"
LONG = "负责组织(或参与)银行某一金融产品或产品线的创新设计、生产营销、管理服务和应用实施工作的营销人员。"
LONG_CHANGED = "负责组织(或参与)银行某一金融产品或产品线的创新设计、生产营销、管理服务和应用实施工作的营销骨干。"


def test_a_new_text_gets_the_closest_translation_as_a_fuzzy_suggestion(example):
    example.edit_spec(TOOLS, "tools: [电脑, 电话, 办公设备, 办公设备用品]")
    result = example.run("translate", "update")
    assert 'fuzzy     "办公设备用品" (80% similar to "办公设备")' in result.stderr
    catalog = catalog_of(example.root)
    suggested, original = catalog["办公设备用品"], catalog["办公设备"]
    assert (suggested.string, suggested.fuzzy, suggested.previous_id) == ("office equipment", True, ["办公设备"])
    assert suggested.user_comments == ['suggestion: 80% similar to "办公设备"']
    assert (original.string, original.fuzzy) == ("office equipment", False)  # the source entry stays as it was
    text = (example.root / "translations/en.po").read_text(encoding="utf-8")
    assert ('# suggestion: 80% similar to "办公设备"\n#. specs/bcm-001.yaml: tools[3]\n#: specs/bcm-001.yaml\n'
            '#, fuzzy\n'
            '#| msgid "办公设备"\nmsgid "办公设备用品"\nmsgstr "office equipment"\n') in text


def test_a_suggestion_is_never_a_final_translation(example):
    example.edit_spec(TOOLS, "tools: [电脑, 电话, 办公设备, 办公设备用品]")
    example.run("translate", "update")
    result = example.run("check", "--lang", "en", status=1)
    assert "tools[3]: translation is fuzzy (en)" in result.output


def test_a_text_like_nothing_in_the_catalog_is_added_untranslated(example):
    example.edit_spec(TOOLS, "tools: [电脑, 电话, 办公设备, 打印机]")
    result = example.run("translate", "update")
    assert 'new       "打印机"' in result.stderr
    assert "0 fuzzy suggestions" in result.stderr
    entry = catalog_of(example.root)["打印机"]
    assert (entry.string, entry.fuzzy, entry.user_comments) == ("", False, [])


def test_the_similarity_threshold_is_babels():
    assert THRESHOLD == 0.6  # babel's and msgmerge's cutoff
    assert similarity("办公设备", "办公设备用品") >= THRESHOLD
    assert similarity("电话", "打印机") < THRESHOLD


def test_a_second_update_keeps_the_suggestion_as_it_is(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    po = example.root / "translations/en.po"
    content = po.read_bytes()
    result = example.run("translate", "update")
    assert "translations/en.po: unchanged" in result.stderr
    assert po.read_bytes() == content


def test_a_long_suggestion_comment_stays_on_one_line(example):
    example.edit_spec(LONG, LONG_CHANGED)
    example.run("translate", "update")
    text = (example.root / "translations/en.po").read_text(encoding="utf-8")
    comment = next(line for line in text.splitlines() if line.startswith("# suggestion:"))
    assert comment == "# " + suggestion_comment(LONG, similarity(LONG, LONG_CHANGED))
    assert comment.startswith('# suggestion: 95% similar to "负责组织(或参与)') and comment.endswith('…"')
    assert len(comment) <= 78
    assert f'#| msgid "{LONG}"\nmsgid "{LONG_CHANGED}"' in text  # the full previous text is there
    entry = catalog_of(example.root)[LONG_CHANGED]
    assert entry.user_comments == [comment[2:]] and entry.previous_id == [LONG]


def test_a_suggestion_of_a_suggestion_shows_the_text_that_was_translated(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    example.edit_spec(f"physical: {NEW_SENTENCE}", "physical: 身体健康,能适应偶尔加班")
    result = example.run("translate", "update")
    assert f'(80% similar to "{OLD_SENTENCE}")' in result.stderr
    entry = catalog_of(example.root)["身体健康,能适应偶尔加班"]
    assert (entry.string, entry.previous_id) == (OLD_ENGLISH, [OLD_SENTENCE])
    assert entry.user_comments == [f'suggestion: 80% similar to "{OLD_SENTENCE}"']


def test_the_suggestion_comment_goes_once_the_entry_is_reviewed(example):
    example.edit_spec(PHYSICAL, f"physical: {NEW_SENTENCE}")
    example.run("translate", "update")
    po = example.root / "translations/en.po"
    # what a PO editor does on confirming: the flag and the previous msgid go
    po.write_text(po.read_text(encoding="utf-8").replace(f'#, fuzzy\n#| msgid "{OLD_SENTENCE}"\n', ""),
                  encoding="utf-8")
    result = example.run("translate", "update")
    assert "translations/en.po: updated" in result.stderr
    entry = catalog_of(example.root)[NEW_SENTENCE]
    assert (entry.fuzzy, entry.user_comments) == (False, [])


def test_a_text_that_comes_back_gets_its_former_translation_as_it_was(example):
    example.edit_spec(TOOLS, "tools: [电脑, 电话]")
    result = example.run("translate", "update")
    assert 'obsolete  "办公设备" (kept with its translation)' in result.stderr
    assert "办公设备" in catalog_of(example.root).obsolete
    example.edit_spec("tools: [电脑, 电话]", TOOLS)
    result = example.run("translate", "update")
    assert 'restored  "办公设备" (its former translation)' in result.stderr
    catalog = catalog_of(example.root)
    entry = catalog["办公设备"]
    # translated, as msgmerge restores it: the obsolete entry kept its flags (none: it was reviewed)
    assert (entry.string, entry.fuzzy, entry.user_comments) == ("office equipment", False, [])
    assert "办公设备" not in catalog.obsolete
    assert (example.root / "translations/en.po").read_text(encoding="utf-8").count('msgid "办公设备"') == 1
    example.run("translate", "status", "--check")


def test_an_unreviewed_suggestion_that_comes_back_is_still_fuzzy(example):
    example.edit_spec(TOOLS, "tools: [电脑, 电话, 办公设备用品]")
    example.run("translate", "update")
    example.edit_spec("tools: [电脑, 电话, 办公设备用品]", "tools: [电脑, 电话]")
    example.run("translate", "update")
    example.edit_spec("tools: [电脑, 电话]", "tools: [电脑, 电话, 办公设备用品]")
    example.run("translate", "update")
    entry = catalog_of(example.root)["办公设备用品"]
    assert (entry.string, entry.fuzzy) == ("office equipment", True)
    example.run("translate", "status", "--check", status=1)


def test_an_obsolete_translation_is_suggested_for_a_similar_new_text(example):
    example.edit_spec(TOOLS, "tools: [电脑, 电话]")
    example.run("translate", "update")
    example.edit_spec("tools: [电脑, 电话]", "tools: [电脑, 电话, 办公设备用品]")
    result = example.run("translate", "update")
    assert 'fuzzy     "办公设备用品" (80% similar to "办公设备")' in result.stderr
    entry = catalog_of(example.root)["办公设备用品"]
    assert (entry.string, entry.fuzzy, entry.previous_id) == ("office equipment", True, ["办公设备"])


def test_the_same_sentence_in_several_specs_is_one_entry(example):
    text = example.spec.read_text(encoding="utf-8").replace("id: BCM-001", "id: BCM-002")
    (example.root / "specs/bcm-002.yaml").write_text(text, encoding="utf-8")
    example.run("translate", "update")
    po = (example.root / "translations/en.po").read_text(encoding="utf-8")
    assert ("#. specs/bcm-001.yaml: physical\n#. specs/bcm-002.yaml: physical\n"
            f'#: specs/bcm-001.yaml\n#: specs/bcm-002.yaml\nmsgid "{OLD_SENTENCE}"') in po
    assert po.count(f'msgid "{OLD_SENTENCE}"') == 1
    result = example.run("translate", "status")
    texts, _ = example_text_counts()
    assert f"en        specs/bcm-002.yaml         {texts:>10}      0        0      100%" in result.stdout


@needs_msgfmt
def test_catalogs_with_suggestions_pass_msgfmt(example):
    example.edit_spec(LONG, LONG_CHANGED)
    example.edit_spec(TOOLS, "tools: [电脑, 电话, 办公设备用品, 打印机]")
    example.run("translate", "update")
    msgfmt_check(example.root / "translations/en.po")


def test_a_new_catalog_is_made_for_a_new_language(example):
    shutil.rmtree(example.root / "translations")
    example.run("translate", "update", "--lang", "fr")
    catalog = catalog_of(example.root, "fr")
    assert str(catalog.locale) == "fr"
    assert all(not msgstr_of(m) for m in catalog if m.id)
