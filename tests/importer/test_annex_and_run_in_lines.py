"""Shapes of forms the twentieth held-out batch showed: labels spread by
wide gaps (日　期：), a shift under the hours' label, bold bulleted
headings (◆ 工作职责), requirements in one sentence parted by ；, a date
alone under the signers, names parted by " / ", a page header laid out by
alignment tabs, duties on an annex page, and a line labelled
Qualifications among the English requirements."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer import annex, requirements
from jdgen.importer.field_labels import matched
from jdgen.importer.spread_label import is_spread
from tests.importer.forms import grid
from tests.importer.fresh import _element
from tests.importer.styles import _paragraphs
from tests.importer.test_recognize import _import


@pytest.mark.parametrize(("label", "field"), [
    ("填报人", "document.prepared_by"), ("填报时间", "basic.prepared_on"), ("直接领导", "basic.reports_to"),
    ("归属部门", "basic.department"), ("本岗人数", "basic.headcount"), ("仪器设备", "tools"),
    ("Licence:", "qualifications.certificates"),
    ("Principal Duties and Responsibilities", "duties")])
def test_the_labels_organisations_use_name_their_field(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


def test_a_label_spread_by_wide_gaps_is_one_label_not_two_texts(tmp_path):
    assert is_spread("上　　级") and is_spread("日　期") and not is_spread("质量检验员岗位说明书　　编号")
    document = docx.Document()
    _paragraphs(document, "岗位说明书", "岗位名称：冷库保管员", "上　　级：仓储部部长", "岗位职责：负责入库验收；负责盘点。",
                "编制人：孔令华", "日　　期：2024年5月20日")
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["reports_to"] == "仓储部部长" and str(spec["basic"]["prepared_on"]) == "2024-05-20", output


def test_a_shift_opening_the_hours_is_the_hours_not_a_condition_apart(tmp_path):
    document = docx.Document()
    hours = "倒班：白班8:00-16:00，中班16:00-24:00，夜班0:00-8:00"
    grid(document, [("职位名称", "水质化验员"), ("所属部门", "化验室"), ("工作时间", hours), ("出差要求", "每月2天")])
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["hours"] == hours, output
    assert spec["environment"]["conditions"] == [{"name": "出差要求", "value": "每月2天"}], output


def test_a_bold_bulleted_label_is_a_heading_not_an_item(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "换热站运行工"), ("工作地点", "城东片区各换热站")])
    for heading, line in (("◆ 岗位目的", "负责换热站的运行操作。"), ("◆ 工作职责", "1、按调度指令调整供热参数；"),
                          ("◆ 任职要求", "经验：1年以上运行经验"), ("◆ 工作时间", "四班三倒")):
        document.add_paragraph().add_run(heading).bold = True
        document.add_paragraph(line)
    output, spec = _import(tmp_path, document)
    assert spec["summary"] == "负责换热站的运行操作。" and spec["duties"] == ["按调度指令调整供热参数；"], output
    assert spec["qualifications"]["experience"] == ["1年以上运行经验"], output
    assert spec["environment"]["hours"] == "四班三倒", output


def test_requirements_in_one_sentence_parted_by_semicolons_go_each_to_its_field(tmp_path):
    sentence = "高中及以上文化程度；2年以上仓库或冷库管理经验；持有制冷与空调作业操作证。"
    assert requirements.sentence_items(sentence) == ["高中及以上文化程度", "2年以上仓库或冷库管理经验", "持有制冷与空调作业操作证"]
    assert requirements.sentence_items("能吃苦耐劳；服从安排。") == []
    document = docx.Document()
    _paragraphs(document, "岗位说明书", "岗位名称：冷库保管员", f"任职要求：{sentence}")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {"education": "高中及以上文化程度", "experience": ["2年以上仓库或冷库管理经验"],
                                      "certificates": ["制冷与空调作业操作证"]}, output


@pytest.mark.parametrize("written", ["二〇二四年三月二十日", "2024年3月20日"])
def test_a_date_alone_under_the_signers_is_the_date_prepared(tmp_path, written):
    document = docx.Document()
    _paragraphs(document, "岗位说明书", "岗位名称：冷库保管员", "岗位职责：负责入库验收；负责盘点。", "制表人：冯小梅",
                "审批人：王建军", written)
    output, spec = _import(tmp_path, document)
    assert str(spec["basic"]["prepared_on"]) == "2024-03-20", output
    assert spec["document"] == {"prepared_by": "冯小梅", "approved_by": "王建军"}, output


def test_subordinates_parted_by_spaced_slashes_are_a_list_unless_a_name_and_its_translation(tmp_path):
    document = docx.Document()
    grid(document, [("Position title", "Packhouse Shift Supervisor"), ("Reports to", "Packhouse Manager"),
                    ("Direct reports", "Line Leaders / Packing Staff")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["subordinates"] == ["Line Leaders", "Packing Staff"], output
    document = docx.Document()
    grid(document, [("职位名称", "质检主管"), ("下属岗位", "质检员 / QC Inspector")])
    (tmp_path / "translated").mkdir()
    output, spec = _import(tmp_path / "translated", document)
    assert spec["basic"]["subordinates"] == ["质检员 / QC Inspector"], output


def test_a_page_header_laid_out_by_alignment_tabs_is_read_part_by_part(tmp_path):
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    for alignment, text in (("left", "晋中市瑞光热力有限公司"), ("center", "岗位说明书"), ("right", "编号：RG-RL-JD-008")):
        if alignment != "left":
            header.add_run()._r.append(_element("w:ptab", relativeTo="margin", alignment=alignment, leader="none"))
        header.add_run(text)
    _paragraphs(document, "换热站运行工岗位说明书")
    grid(document, [("岗位名称", "换热站运行工"), ("所属部门", "运行一所"), ("岗位职责", "按调度指令调整供热参数")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "晋中市瑞光热力有限公司", output
    assert spec["document"]["number"] == "RG-RL-JD-008", output
    assert spec["title"] == "换热站运行工", output


def test_duties_on_an_annex_page_fill_the_duties_the_grid_points_to(tmp_path):
    assert annex.label("附页：综合气象观测员岗位职责", lambda words: words == "岗位职责") == "岗位职责"
    assert annex.label("附件：培训记录", lambda words: words == "岗位职责") is None
    document = docx.Document()
    grid(document, [("岗位名称", "综合气象观测员"), ("所在科室", "气象台"), ("岗位职责", "详见附页"),
                    ("填 报 人", "冉小燕"), ("填报时间", "2024年2月26日")])
    document.add_paragraph().add_run("附页：综合气象观测员岗位职责").bold = True
    _paragraphs(document, "1．完成定时观测；", "2．巡视观测场，填写值班日志。")
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["完成定时观测；", "巡视观测场，填写值班日志。"], output
    assert spec["document"]["prepared_by"] == "冉小燕" and str(spec["basic"]["prepared_on"]) == "2024-02-26", output
    assert 'a pointer to text elsewhere' in output


def test_a_line_labelled_qualifications_among_the_requirements_is_the_education(tmp_path):
    document = docx.Document()
    grid(document, [("Position title", "Packhouse Shift Supervisor"), ("Department", "Packhouse Operations")])
    document.add_paragraph().add_run("What you will bring").bold = True
    _paragraphs(document, "Qualifications: NCEA Level 2 or equivalent",
                "Experience: At least two seasons supervising staff in a packhouse")
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {"education": "NCEA Level 2 or equivalent",
                                      "experience": ["At least two seasons supervising staff in a packhouse"]}, output


def test_a_condition_under_a_spread_label_is_named_with_its_gaps_closed(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "污水处理工"), ("工作时间", "四班三运转"), ("噪　　音", "泵房噪音较大，需佩戴耳塞")])
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["conditions"] == [{"name": "噪音", "value": "泵房噪音较大，需佩戴耳塞"}], output
