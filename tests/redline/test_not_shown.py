"""A redline on a form that does not show a field: that field's untranslated
texts neither stop it nor make it a draft (jdgen.checking.template.hidden_fields)."""

from __future__ import annotations

import shutil

from tests.conftest import EXAMPLE_SPEC
from tests.redline.test_diff_command import first_duty
from tests.redline.tracked import resolved_texts
from tests.template_editing import edit_template


def _reworded_with_an_untranslated_tool(example) -> str:
    """An old copy of the spec, and the spec with its first duty reworded (its
    translation given inline) and a tool no catalog has; the new duty."""
    (example.root / "old").mkdir()
    shutil.copy(example.spec, example.root / "old/bcm-001.yaml")
    duty = first_duty(example)
    example.edit_spec(f"- {duty}", "- {zh: 调查市场, en: Investigates the market}")
    example.edit_spec("tools: [电脑, 电话, 办公设备]", "tools: [电脑, 保险柜钥匙]")
    return duty


def test_a_form_that_shows_the_field_needs_its_translation(example):
    _reworded_with_an_untranslated_tool(example)
    result = example.run("diff", "old/bcm-001.yaml", EXAMPLE_SPEC, "--lang", "en", status=1)
    assert "tools[1]: untranslated (en) [catalog-untranslated]" in result.output
    assert not (example.root / "redline/en/BCM-001.docx").exists()


def test_a_form_that_does_not_show_the_field_redlines_without_it(example):
    _reworded_with_an_untranslated_tool(example)
    edit_template(example, "{{ tools }}", "")
    result = example.run("diff", "old/bcm-001.yaml", EXAMPLE_SPEC, "--lang", "en")
    [note] = [line for line in result.output.splitlines() if "[catalog-not-shown]" in line]
    assert note.startswith(f"{EXAMPLE_SPEC}:") and "1 text not translated (en) and not needed" in note
    assert "error" not in result.output.replace("(0 errors)", "")
    assert not (example.root / "redline/draft").exists()  # nothing stood in for a translation
    redline = (example.root / "redline/en/BCM-001.docx").read_bytes()
    accepted = "".join(resolved_texts(redline, accept=True))
    assert "Investigates the market" in accepted and "保险柜钥匙" not in accepted
