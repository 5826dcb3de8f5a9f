"""Shapes of forms the seventeenth held-out batch showed: a headcount under
岗位人数, a person specification's Essential | Desirable | Assessed by
columns, subordinates joined by semicolons, an equal-opportunity statement
under the last value, labels with a bracketed qualifier or their initials,
duties ticked by frequency, and an organisation's longer English name."""

from __future__ import annotations

import docx
import pytest

from jdgen.importer import values
from jdgen.importer.field_labels import matched
from tests.importer.forms import grid
from tests.importer.styles import _header, _paragraphs
from tests.importer.test_recognize import _import


@pytest.mark.parametrize(("label", "field"), [
    ("岗位人数", "basic.headcount"), ("编制人数", "basic.headcount"), ("定编", "basic.headcount"),
    ("管辖岗位", "basic.subordinates"), ("岗位职级", "basic.grade"), ("编写：", "document.prepared_by"),
    ("Compiled by:", "document.prepared_by"), ("Job Grade (Paterson):", "basic.grade"),
    ("Key Performance Areas (KPAs)", "duties"), ("Key Result Areas (KRAs)", "duties")])
def test_the_labels_organisations_use_name_their_field(label, field):
    found = matched(label, "basic")
    assert found is not None and found.field == field


@pytest.mark.parametrize("label", ["Grade (Senior)", "Key Performance Areas (KPIs)"])
def test_a_word_in_brackets_with_no_colon_or_letters_not_the_initials_make_no_label(label):
    assert matched(label, "basic") is None


def test_a_headcount_with_its_unit_under_a_label_of_the_posts_is_the_headcount(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "装卸班组长"), ("岗位人数", "8人"), ("管辖岗位", "装卸员")])
    _paragraphs(document, "编写：杨丽萍　　　　批准：何建国")
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["headcount"] == 8 and spec["basic"]["subordinates"] == ["装卸员"], output
    assert spec["document"] == {"prepared_by": "杨丽萍", "approved_by": "何建国"}, output
    assert values.parse_count("8 persons") == 8


def test_a_person_specification_takes_the_essential_column_and_reports_the_others(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title", "Physiotherapist"), ("Department", "Outpatient Physiotherapy")])
    _paragraphs(document, "Person Specification")
    grid(document, [("Criteria", "Essential", "Desirable", "Assessed by"),
                    ("Qualifications", ["BSc (Hons) Physiotherapy",
                                        "Registration with the Health and Care Professions Council (HCPC)"],
                     "Membership of the Chartered Society of Physiotherapy", "A, C"),
                    ("Experience", "Clinical placements in outpatient settings",
                     "Experience of working in an NHS outpatient department", "A, I")])
    output, spec = _import(tmp_path, document)
    assert spec["qualifications"] == {
        "education": "BSc (Hons) Physiotherapy",
        "certificates": ["Registration with the Health and Care Professions Council (HCPC)"],
        "experience": ["Clinical placements in outpatient settings"]}, output
    assert ('in the Desirable column: preferred, not required; the spec has no place for it, not placed: '
            '"Experience of working in an NHS outpatient department"') in output
    assert 'in the Assessed by column: how the criterion is assessed, no part of its value; not placed: "A, I"' \
        in output


def test_subordinates_joined_by_semicolons_are_split_when_each_is_a_short_name(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title", "Warehouse Supervisor"), ("Reporting to", "Warehouse Manager"),
                    ("Direct Reports", "Forklift Operators; Stock Controllers; General Workers")])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["subordinates"] == ["Forklift Operators", "Stock Controllers", "General Workers"], output


def test_subordinates_joined_by_semicolons_with_a_longer_part_are_kept_whole_and_reported(tmp_path):
    document = docx.Document()
    joined = "Forklift Operators; any casual workers the site hires during its peak season"
    grid(document, [("Job Title", "Warehouse Supervisor"), ("Direct Reports", joined)])
    output, spec = _import(tmp_path, document)
    assert spec["basic"]["subordinates"] == [joined], output
    assert f'split it there: "{joined}"' in output


def test_an_equal_opportunity_statement_ends_the_value_above_and_the_label_after_it_is_read(tmp_path):
    document = docx.Document()
    statement = "Kgosi Freight is an equal opportunity employer, in line with our Employment Equity Plan."
    _paragraphs(document, "Job Title: Warehouse Supervisor", "Working hours: Rotating shifts", statement,
                "Compiled by: Thandiwe Nkosi")
    output, spec = _import(tmp_path, document)
    assert spec["environment"] == {"hours": "Rotating shifts"}, output
    assert spec["document"] == {"prepared_by": "Thandiwe Nkosi"}, output
    assert f'an equal-opportunity statement, no field\'s text; not placed: "{statement}"' in output


def test_a_duty_table_ticked_by_frequency_gives_each_row_a_duty_and_reports_the_ticks(tmp_path):
    document = docx.Document()
    grid(document, [("岗位名称", "救生主管"), ("所属部门", "安全保障部")])
    grid(document, [("序号", "工作内容", "每日", "每周", "每月", "备注"),
                    ("1", "开园前检查各救生岗台", "√", "", "", ""),
                    ("2", "组织救生员救援演练", "", "√", "", "旺季每周两次"),
                    ("3", "提交安全报告", "", "", "√", "")])
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["开园前检查各救生岗台", "组织救生员救援演练", "提交安全报告"], output
    assert 'how often the duty above is done; the spec has no place for it, not placed: "每周: √"' in output
    assert 'in a frequency table\'s column (备注), no part of the duty; not placed: "旺季每周两次"' in output


def test_an_organisations_longer_english_name_in_the_page_header_is_the_issuer(tmp_path):
    document = docx.Document()
    _header(document, "Northfield and Ashby NHS Foundation Trust")
    grid(document, [("Job Title", "Physiotherapist"), ("Band", "Band 5")])
    output, spec = _import(tmp_path, document)
    assert spec["document"]["issuer"] == "Northfield and Ashby NHS Foundation Trust", output


def test_an_and_inside_a_proper_name_splits_no_list():
    assert values.english_items("Registration with the Health and Care Professions Council") == [
        "Registration with the Health and Care Professions Council"]
    assert values.english_items("Forklift licence and First aid certificate") == ["Forklift licence",
                                                                                 "First aid certificate"]


def test_an_english_duty_table_ticked_by_frequency_gives_each_row_a_duty(tmp_path):
    document = docx.Document()
    grid(document, [("Job Title", "Lifeguard Supervisor"), ("Department", "Safety")])
    grid(document, [("Duties", "Daily", "Weekly", "Monthly"), ("Check the rescue equipment", "✓", "", ""),
                    ("Run a rescue drill", "", "✓", "")])
    output, spec = _import(tmp_path, document)
    assert spec["duties"] == ["Check the rescue equipment", "Run a rescue drill"], output
    assert '"Weekly: ✓"' in output
