"""The site's translation coverage counts what the documents show: a text of
a field no template shows needs no translation (jdgen.checking.template.hidden_fields)."""

from __future__ import annotations

from tests.site.test_site import page, run
from tests.template_editing import edit_template


def _coverage(example) -> str:
    run(example.root, "site", "--lang", "en")
    return page(example.root / "output/site/en/BCM-001.html").cssselect(".coverage")[0].text_content()


def test_an_untranslated_text_the_form_does_not_show_leaves_the_coverage_complete(example):
    example.edit_spec("tools: [电脑, 电话, 办公设备]", "tools: [电脑, 保险柜钥匙]")  # 保险柜钥匙 is in no catalog
    assert "English 100%" not in _coverage(example)
    edit_template(example, "{{ tools }}", "")
    assert "English 100%" in _coverage(example)
