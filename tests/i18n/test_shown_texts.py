"""Translate what is shown: a text of a field the template shows nowhere
needs no translation (jdgen.template_check.hidden_fields), and says so once."""

from __future__ import annotations

from tests.docx_reading import full_text, open_document
from tests.template_editing import edit_template


def _untranslated_tools(example) -> None:
    example.edit_spec("tools: [电脑, 电话, 办公设备]", "tools: [电脑, 保险柜钥匙]")  # 保险柜钥匙 is in no catalog


def test_a_text_the_template_shows_must_be_translated(example):
    _untranslated_tools(example)
    result = example.run("check", status=1)
    assert "tools[1]: untranslated (en) [catalog-untranslated]" in result.output


def test_a_text_the_template_does_not_show_needs_no_translation(example):
    _untranslated_tools(example)
    edit_template(example, "{{ tools }}", "")
    checked = example.run("check")
    [line] = [line for line in checked.output.splitlines() if "[catalog-not-shown]" in line]
    assert line.startswith("specs/bcm-001.yaml:") and ": info: tools[1]: 1 text not translated (en) and not " \
        "needed: the template shows no tools [catalog-not-shown]" in line
    assert "untranslated" not in checked.output
    built = example.run("build", "--lang", "en")
    assert "[catalog-not-shown]" in built.output
    text = full_text(open_document(example.root / "output/en/BCM-001.docx"))
    assert "Customer Manager" in text and "保险柜钥匙" not in text
