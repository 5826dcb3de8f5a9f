"""Shapes of forms the twenty-third held-out batch showed: Label – value
lines whose labels no field has (Salary –) among known ones, a label two
fields share (Location) after another part's label (Hours), a signer's name
with a comma before the date, a date's pair in a sign-off row of pairs, a
count under 编制 beside a preparer's name under 制定人, Word's Title style,
a company's registration line in the page footer, a superior written with
the person holding it, and warnings naming a cell's own column and a spread
label closed up."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer import org_path, registration, superior_person
from jdgen.importer.field_labels import matched
from tests.importer.forms import grid
from tests.importer.styles import _footer, _header, _paragraphs
from tests.importer.test_recognize import _import


@pytest.mark.parametrize(("label", "field"), [
    ("Hours", "environment.hours"), ("制定人", "document.prepared_by"), ("所在门店", "basic.department"),
    ("Programme", "basic.department"), ("Ref No.", "id"), ("所属网点", "basic.department"),
    ("Responsible for", "basic.subordinates"), ("直接汇报对象", "basic.reports_to"),
    ("直接管理对象", "basic.subordinates"), ("岗位编制人数", "basic.headcount"), ("工作区域", "basic.work_location"),
    ("專業範疇", "qualifications.major"), ("Practice", "basic.department")])
def test_the_labels_organisations_use_name_their_field(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


def test_a_dashed_line_after_a_dashed_pair_is_a_label_of_its_own_not_more_of_the_value_above(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job Title – Visitor Centre Guide", "Location – Glen Corran Distillery, Speyside",
                "Salary – £11.50 per hour")
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["work_location"] == "Glen Corran Distillery, Speyside", output
    assert 'a label no field has (Salary), not placed: "Salary – £11.50 per hour"' in output  # as written


@pytest.mark.parametrize("hours", ["Hours: 35 hours per week", "Hours – 35 hours per week"])
def test_a_label_two_fields_share_after_another_parts_label_is_read_in_the_part_its_heading_opened(tmp_path, hours):
    document = docx.Document()
    _paragraphs(document, "Job Title: Learning Officer", "Department: Learning", hours, "Location: Kelvinhaugh Museum")
    output, spec = _import(tmp_path, document)
    assert spec["environment"] == {"hours": "35 hours per week"}, output
    assert spec["basic"]["work_location"] == "Kelvinhaugh Museum", output


def test_a_label_two_fields_share_under_the_heading_of_a_part_is_that_parts(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "运维值班员"), ("所属部门", "运维部")])
    _paragraphs(document, "工作环境")
    grid(document, [("工作时间", "四班三倒"), ("工作地点", "戈壁电站")])
    output, spec = _import(tmp_path, document)
    assert spec["environment"]["place"] == "戈壁电站" and "work_location" not in spec["basic"], output


def test_a_signers_name_loses_the_comma_before_the_date_signed(tmp_path):
    document = docx.Document()
    _paragraphs(document, "Job Title: Visitor Centre Guide", "Department: Visitor Centre",
                "Prepared by: Fiona MacLeod, 14/05/2024")
    output, spec = _import(tmp_path, document)
    assert spec["document"]["prepared_by"] == "Fiona MacLeod", output
    assert str(spec["basic"]["prepared_on"]) == "2024-05-14", output


def test_a_date_in_a_sign_off_row_of_pairs_is_its_own_pair_not_more_of_the_last_signer(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "后厨主管", "岗位编号", "YWF-CF-02"),
                    ("制表：何小燕", "审核：邓伟", "批准：刘国庆", "日期：2024年4月8日")])
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"prepared_by": "何小燕", "approved_by": "刘国庆"}, output
    assert str(spec["basic"]["prepared_on"]) == "2024-04-08", output
    assert "names another part of the form" not in output


def test_a_count_under_bianzhi_leaves_the_name_under_another_preparers_label_the_preparer(tmp_path):
    document = docx.Document()
    grid(document, [("职位名称", "民宿管家", "所属部门", "运营部"), ("编制", "2人", "汇报对象", "店长"),
                    ("制定人", "陆静", "审批人", "沈一鸣")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["headcount"] == 2 and spec["document"]["prepared_by"] == "陆静", output
    assert 'read as the headcount (2), not the name of who prepared the form; check it: "2人"' in output


def test_a_paragraph_in_words_title_style_above_every_label_is_the_title_to_check(tmp_path):
    document = docx.Document()
    document.add_paragraph("Visitor Centre Guide", style="Title")
    _paragraphs(document, "Department – Visitor Centre", "Reports to – Visitor Centre Manager")
    output, spec = _import(tmp_path, document)
    assert spec["title"] == "Visitor Centre Guide", output
    assert 'placed in title by guessed (a heading above the first label); check it: "Visitor Centre Guide"' in output


def test_a_registration_line_in_the_page_footer_names_the_issuer_to_check(tmp_path):
    document = docx.Document()
    _footer(document, "Glen Corran Distillery Ltd, Registered in Scotland SC412345")
    _paragraphs(document, "Job Title: Visitor Centre Guide", "Department: Visitor Centre")
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "Glen Corran Distillery Ltd", output
    assert "the registration (Registered in Scotland SC412345) is not placed; check it" in output


@pytest.mark.parametrize(("text", "found"), [
    ("Acme Foods Limited. Registered office: 1 High Street, Leeds", ("Acme Foods Limited.", "Registered office: 1 High "
                                                                  "Street, Leeds")),
    ("Hope Trust | Charity No. 1012345", ("Hope Trust", "Charity No. 1012345")),
    ("Registered in England", None), ("Please return the form by Friday", None)])
def test_a_registration_line_gives_the_company_before_it(text, found):
    assert registration.registered(text) == found


def test_a_warning_on_a_cell_of_a_column_table_names_the_cells_own_column(tmp_path):
    document = docx.Document()
    grid(document, [("职位", "审计助理"), ("所在部门", "审计二部")])
    document.add_paragraph()
    grid(document, [("拟定", "复核", "批准"), ("何思雨", "廖志强", "邱明辉"), ("2024.07.01", "2024.07.03", "2024.07.05")])
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"prepared_by": "何思雨", "approved_by": "邱明辉"}, output
    assert 'under 复核, after "何思雨": a column no field has (复核), not placed: "廖志强"' in output
    assert 'under 批准, after "2024.07.03": a date under the name of approved_by' in output  # the text before it


def test_a_spread_label_no_field_has_is_named_closed_up_without_its_colon(tmp_path):
    document = docx.Document()
    grid(document, [("职位名称：", "执业兽医师"), ("所属科室：", "诊疗部"), ("工作时间：", "早9:00至晚21:00"),
                    ("备　　注：", "本院为24小时急诊医院", "联系电话：", "0731-8888")])
    output, _ = _import(tmp_path, document)
    assert 'a label no field has (备注), not placed: "本院为24小时急诊医院"' in output
    assert 'a label no field has (联系电话), not placed: "0731-8888"' in output


def test_a_superior_written_with_the_person_holding_it_is_the_position(tmp_path):
    document = docx.Document()
    _paragraphs(document, "University of Northbridge", "Job Title: Research Assistant",
                "Reports to: Principal Investigator, Dr Helen Moore", "Department: School of Chemistry")
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["reports_to"] == "Principal Investigator", output
    assert "the person holding the superior's position, after it; not placed: \"Dr Helen Moore\"" in output
    assert spec["document"]["issuer"] == "University of Northbridge", output


@pytest.mark.parametrize(("text", "found"), [
    ("Head of Finance (Mrs J. Okafor)", ("Head of Finance", "Mrs J. Okafor")),
    ("Programme Manager", None), ("Principal Investigator, Research Group Lead", None)])
def test_a_superior_and_the_person_holding_it_are_told_apart_by_a_form_of_address(text, found):
    assert superior_person.position_and_person(text) == found


@pytest.mark.parametrize(("written", "subordinates"), [
    ("Shop Volunteers", ["Shop Volunteers"]), ("No line management responsibility", None), ("No direct reports", None)])
def test_responsible_for_names_the_subordinates_and_no_line_management_none(tmp_path, written, subordinates):
    document = docx.Document()
    grid(document, [("Job Title", "Shop Manager"), ("Responsible to", "Retail Area Manager"),
                    ("Responsible for", written)])
    output, spec = _import(tmp_path, document)
    assert spec["basic"].get("subordinates") == subordinates, output


def test_a_name_in_the_column_under_shenhe_beside_one_under_pizhun_is_the_reviewer_not_the_approver(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "抄表收费员"), ("所属部门", "营业所")])
    document.add_paragraph()
    grid(document, [("编制", "审核", "批准"), ("方丽萍", "吴建新", "钟海涛")])
    output, spec = _import(tmp_path, document)
    assert spec["document"] == {"prepared_by": "方丽萍", "approved_by": "钟海涛"}, output
    assert 'the reviewer (审核), not the approver, whom the form names too; not placed: "吴建新"' in output


@pytest.mark.parametrize(("label", "organisation"), [("单位", "凤冈县永安镇综合文化站"), ("甲方（聘用单位）", "嘉禾县图书馆"),
                                                  ("Employer", "Afya Mashinani")])
def test_a_line_above_the_labels_whose_label_says_it_names_the_organisation_gives_the_issuer(tmp_path, label,
                                                                                              organisation):
    document = docx.Document()
    _paragraphs(document, f"{label}：{organisation}")
    grid(document, [("岗位名称", "文化专干"), ("所属部门", "综合文化站")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == organisation, output
    assert f"taken as the issuer ({label} is no label of a field); check it" in output


def test_a_malaysian_companys_name_in_the_page_header_is_an_organisations(tmp_path):
    document = docx.Document()
    _header(document, "HUAT SENG FURNITURE INDUSTRIES SDN. BHD.", "(Company No. 198701004567)")
    grid(document, [("Job Title", "Production Supervisor"), ("Department", "Production")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "HUAT SENG FURNITURE INDUSTRIES SDN. BHD.", output


def test_bianhao_among_the_positions_facts_is_its_number_guessed_and_in_the_page_header_the_documents(tmp_path):
    document = docx.Document()
    _header(document, "编号：HR-JD-2024-03")
    grid(document, [("岗位", "对私客户经理", "编号：LS-KH-08"), ("所属部门", "零售部", "")])
    output, spec = _import(tmp_path, document)
    assert spec["id"] == "LS-KH-08" and spec["document"]["number"] == "HR-JD-2024-03", output
    assert 'placed in id by guessed (编号 among the position\'s facts, read as its number); check it: "LS-KH-08"' \
        in output


def test_a_department_written_as_its_organisation_path_is_its_last_unit_to_check(tmp_path):
    document = docx.Document()
    grid(document, [("职位名称", "测试工程师"), ("所属组织", "云帆软件/研发中心/质量保障部")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["department"] == "质量保障部", output
    assert ('an organisation path; its last unit (质量保障部) taken as the department; check it: '
            '"云帆软件/研发中心/质量保障部"') in output
    assert org_path.last_unit("Group > Finance > Payroll") == "Payroll"
    assert org_path.last_unit("招生办公室 / Admissions Office") is None
