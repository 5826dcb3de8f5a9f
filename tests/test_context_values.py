"""The structured values a template sees beside the formatted ones
(jdgen.context, jdgen.localize): measures as records with their target in
parts, duties with their weights, the qualifications by key with the major,
typed values as written, and each language of a bilingual text on its own."""

from __future__ import annotations

import pickle

import pytest

from jdgen.localize import InLanguages
from jdgen.project import Project
from jdgen.template_command import template_context
from tests.conftest import ExampleProject
from tests.test_context import context

MEASURES = [
    {"name": "差错", "target": {"count": 2, "unit": "次", "compare": "at_most", "per": "quarter"}, "weight": 30},
    {"name": "满意度", "target": {"percent": 92.5, "compare": "at_least"}, "weight": 20},
    {"name": "存款", "target": {"amount": 1000000, "currency": "CNY", "per": "year"}},
    {"name": "整改", "target": {"text": "按计划全部完成"}},
    {"name": "服务"},
]


def measures(language: str) -> list[dict]:
    quantitative = [{"name": "业务类", "measures": MEASURES[:3]}, {"name": "风险类", "measures": MEASURES[3:]}]
    return context(language, indicators={"quantitative": quantitative})["measures"]


def test_every_measure_is_a_record_with_its_category_in_order():
    records = measures("zh")
    assert [(m["category"], m["name"]) for m in records] == [
        ("业务类", "差错"), ("业务类", "满意度"), ("业务类", "存款"), ("风险类", "整改"), ("风险类", "服务")]
    assert [m["text"] for m in records] == ["差错≤2次/季度(权重30%)", "满意度≥92.5%(权重20%)", "存款100万元/年",
                                            "整改:按计划全部完成", "服务"]


def test_a_target_reads_whole_and_in_parts():
    zh, en = measures("zh"), measures("en")
    assert zh[0]["target"] == {"text": "≤2次/季度", "figure": "≤2次", "compare": "at_most", "value": 2, "unit": "次",
                               "period": "季度", "per": "quarter"}
    assert en[0]["target"] == {"text": "at most 2 次 per quarter", "figure": "at most 2 次", "compare": "at_most",
                               "value": 2, "unit": "次", "period": "Quarterly", "per": "quarter"}
    assert zh[1]["target"] | {"text": ""} == {"text": "", "figure": "≥92.5%", "compare": "at_least", "value": 92.5,
                                              "unit": "%", "period": "", "per": ""}
    assert (zh[2]["target"]["figure"], zh[2]["target"]["value"], zh[2]["target"]["unit"]) == ("100万元", 1000000, "CNY")
    assert (en[2]["target"]["figure"], en[2]["target"]["period"]) == ("CNY 1,000,000", "Yearly")
    assert zh[3]["target"] | {"text": "", "figure": ""} == {"text": "", "figure": "", "compare": "", "value": None,
                                                            "unit": "", "period": "", "per": ""}
    assert zh[3]["target"]["figure"] == zh[3]["target"]["text"] == "按计划全部完成"
    assert set(zh[4]["target"].values()) == {"", None}


def test_a_weight_reads_as_a_percentage_and_is_a_number_beside_it():
    records = measures("en")
    assert [(m["weight"], m["weight_value"]) for m in records] == [("30%", 30), ("20%", 20), ("", None), ("", None),
                                                                    ("", None)]


@pytest.mark.parametrize("duties", [
    [{"text": "办理现金业务。", "weight": 60}, {"text": "日终轧账。", "weight": 40}, "整理凭证。"],
    [{"title": "柜面", "items": [{"text": "办理现金业务。", "weight": 60}]},
     {"title": "后台", "items": [{"text": "日终轧账。", "weight": 40}, "整理凭证。"]}],
], ids=["list", "groups"])
def test_duties_carry_their_weights(duties):
    groups = context("zh", duties=duties)["duties"]
    entries = [entry for group in groups for entry in group["entries"]]
    assert [(entry["text"], entry["weight"], entry["weight_value"]) for entry in entries] == [
        ("办理现金业务。", "60%", 60), ("日终轧账。", "40%", 40), ("整理凭证。", "", None)]
    assert [group["title"] for group in groups] == (["柜面", "后台"] if "title" in duties[0] else [""])


def test_the_major_is_a_row_beside_the_education_when_given_and_a_value_by_key():
    given = context("zh", qualifications={"education": "本科", "major": "金融学"})
    assert [row["label"] for row in given["education"]] == ["学历要求", "专业"]  # the rows above 资历
    assert given["education"][1]["entries"] == [{"n": "", "text": "金融学"}]
    assert given["qualifications_by_key"]["major"] == "金融学"
    absent = context("en", qualifications={"education": "本科"})
    assert [row["label"] for row in absent["education"]] == ["Education"]
    assert absent["qualifications_by_key"]["major"] == "None"
    assert absent["qualifications_by_key"]["abilities"] == []


def test_typed_values_are_given_as_written_beside_how_they_read():
    found = context("en", basic={"department": "营业部", "headcount": 6, "grade": 5, "prepared_on": "2015-03-02"},
                    training={"hours": {"junior": 20.5}}, levels={"junior": "初级"})
    basic = found["basic"]
    assert (basic["headcount"], basic["headcount_value"]) == ("6 people", 6)
    assert (basic["grade"], basic["grade_value"]) == ("Grade 5", 5)
    assert (basic["prepared_on"], basic["prepared_on_value"]) == ("2 March 2015", "2015-03-02")
    assert (basic["supervised"], basic["supervised_value"]) == ("None", None)
    assert found["training"]["hours_value"] == {"junior": 20.5}
    assert found["document"]["effective_date_value"] is None


def test_a_bilingual_text_is_stacked_and_each_language_on_its_own(example: ExampleProject):
    project = Project(example.root)
    context, problems = template_context(project, example.spec, "zh+en", "default")
    assert context is not None, problems
    summary = context["summary"]
    zh, _ = template_context(project, example.spec, "zh", "default")
    en, _ = template_context(project, example.spec, "en", "default")
    assert (summary.zh, summary.en) == (zh["summary"], en["summary"])
    assert summary == f"{zh['summary']}\ue002{en['summary']}"
    entry = context["duties"][0]["entries"][1]
    assert (entry["text"].zh, entry["text"].en) == (zh["duties"][0]["entries"][1]["text"],
                                                    en["duties"][0]["entries"][1]["text"])
    copied = pickle.loads(pickle.dumps(summary))
    assert isinstance(copied, InLanguages) and (copied, copied.en) == (summary, summary.en)
