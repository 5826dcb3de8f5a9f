"""How values read in a document's context: counts, targets, the rules of
the qualitative indicators (jdgen.context, with the default labels)."""

from __future__ import annotations

import pytest

from jdgen.context import build_context
from jdgen.i18n.formatting import Formatter
from jdgen.i18n.translate import inline_wording
from jdgen.jobspec.model import JobSpec
from jdgen.language_labels import LanguageLabels
from tests.example_content import LABELS

BASE = {"id": "X-001", "title": "柜员", "basic": {"department": "营业部"}, "summary": "办理柜面业务。",
        "duties": ["办理现金业务。"]}


def context(language: str, **fields) -> dict:
    """The context of a Chinese-only spec (English labels, Chinese texts: enough for the wording)."""
    labels = {key: inline_wording(value[language], language) if isinstance(value, dict) else value
              for key, value in LABELS.items()}
    spec = JobSpec.model_validate({**BASE, **fields})
    return build_context(spec, LanguageLabels(labels, Formatter(language)))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_nobody_supervised_reads_as_a_count_not_given(language):
    none = LABELS["none"][language]
    assert context(language, basic={"department": "营业部", "supervised": 0})["basic"]["supervised"] == none
    assert context(language, basic={"department": "营业部"})["basic"]["supervised"] == none
    assert context(language, basic={"department": "营业部", "supervised": 1})["basic"]["supervised"] != none


def indicators(language: str, **qualitative) -> list[dict]:
    measures = [{"name": "整改", "target": {"text": "按计划全部完成"}, "weight": 5}, {"name": "差错"}]
    return context(language, indicators={"quantitative": [{"name": "风险类指标", "measures": measures}],
                                         "qualitative": qualitative})["indicators"]


def test_a_target_in_words_is_parted_from_its_measure_in_chinese_as_in_english():
    assert indicators("zh")[0]["entries"][0]["text"] == "风险类指标:整改:按计划全部完成(权重5%)、差错"
    assert indicators("en")[0]["entries"][0]["text"] == "风险类指标: 整改: 按计划全部完成 (weight 5%) and 差错"


def test_criteria_and_rules_are_two_lists_each_numbered_from_one():
    parts = indicators("zh", criteria=["服务态度", "劳动纪律"],
                       deductions=[{"rule": "迟到的", "points": 2}, {"rule": "早退的", "points": 1}])
    assert [part["text"] for part in parts] == ["定量指标", "定性指标", "扣分规则"]
    assert [entry["n"] for entry in parts[1]["entries"]] == ["(1)", "(2)"]
    assert [entry["text"] for entry in parts[2]["entries"]] == ["迟到的,每次扣2分", "早退的,每次扣1分"]
    assert [entry["n"] for entry in parts[2]["entries"]] == ["(1)", "(2)"]


def test_rules_with_a_penalty_in_words_are_penalty_rules_and_rules_alone_stay_under_the_heading():
    mixed = indicators("en", criteria=["服务态度"], deductions=[{"rule": "迟到的", "penalty": "通报"}])
    assert mixed[2]["text"] == "Penalty Rules"
    alone = indicators("zh", deductions=[{"rule": "迟到的", "points": 2}])
    assert [part["text"] for part in alone] == ["定量指标", "定性指标"]
    assert [entry["text"] for entry in alone[1]["entries"]] == ["迟到的,每次扣2分"]


def test_the_bilingual_footer_names_the_document_number_once():
    from jdgen import marks
    from jdgen.localize import stack_contexts

    document = {"number": "OTJ-1"}
    zh, en = context("zh", document=document), context("en", document=document, title="Teller")
    assert stack_contexts(zh, en)["document"]["footer"] == marks.stacked("OTJ-1 · 柜员", "Teller")
    unnumbered = stack_contexts(context("zh"), context("en", title="Teller"))
    assert unnumbered["document"]["footer"] == marks.stacked("柜员", "Teller")
