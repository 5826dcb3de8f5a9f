"""Exact diagnostic lines for broken specs: file, line, column, field, message."""

from __future__ import annotations

import pytest

from tests.conftest import diagnostic_lines

SPEC = "specs/bcm-001.yaml"


def errors_of(example) -> list[str]:
    result = example.run("check", status=1)
    assert "Traceback" not in result.output
    return diagnostic_lines(result.output)


def test_yaml_syntax_error_names_its_line(example):
    example.edit_spec("  headcount: 1\n", "  headcount: [1\n")
    line = example.line_of("headcount: [1")
    assert errors_of(example) == [
        f"{SPEC}:{line + 1}:13: error: YAML syntax error: expected ',' or ']', but got ':' "
        f"(while parsing a flow sequence)"
    ]


def test_tab_indentation_is_explained(example):
    example.edit_spec("  headcount: 1\n", "\theadcount: 1\n")
    line = example.line_of("headcount: 1")
    assert errors_of(example) == [
        f"{SPEC}:{line}:1: error: YAML syntax error: a tab is used for indentation; indent with spaces"
    ]


def test_wrong_type(example):
    example.edit_spec("  headcount: 1\n", "  headcount: one person\n")
    line = example.line_of("headcount:")
    assert errors_of(example) == [
        f"{SPEC}:{line}:14: error: basic.headcount: expected a whole number, got a string"
    ]


def test_list_item_of_the_wrong_kind(example):
    example.edit_spec("    - 具有强烈的团队协作精神;\n", "    - {精神: 团队}\n")
    line = example.line_of("{精神: 团队}")
    assert errors_of(example) == [
        f"{SPEC}:{line}:8: error: qualifications.qualities[3].精神: '精神' is not a language code such as 'zh' or 'en'"
    ]


def test_unknown_field_suggests_the_right_one(example):
    example.edit_spec("duties:\n", "dutys:\n")
    line = example.line_of("dutys:")
    assert errors_of(example) == [
        f"{SPEC}:{example.line_of('id: BCM-001')}:1: error: missing required field 'duties'",
        f"{SPEC}:{line}:1: error: unknown field 'dutys' (did you mean 'duties'?)",
    ]


def test_unknown_nested_field(example):
    example.edit_spec("  supervised: 4\n", "  supervized: 4\n")
    line = example.line_of("supervized")
    assert errors_of(example) == [
        f"{SPEC}:{line}:3: error: basic: unknown field 'supervized' (did you mean 'supervised'?)",
    ]


def test_missing_required_field(example):
    example.edit_spec("title: 客户经理\n", "")
    assert errors_of(example) == [f"{SPEC}:{example.line_of('id: BCM-001')}:1: error: missing required field 'title'"]


def test_duplicate_key(example):
    example.edit_spec("  grade: 3\n", "  grade: 3\n  grade: 4\n")
    first = example.line_of("grade: 3")
    assert errors_of(example) == [
        f"{SPEC}:{first + 1}:3: error: basic: duplicate key 'grade' (first defined on line {first})"
    ]


def test_control_character_in_a_value(example):
    example.edit_spec("physical: 健康,能适应加班\n", 'physical: "健康\\x07能适应加班"\n')
    line = example.line_of("physical:")
    assert errors_of(example) == [
        f"{SPEC}:{line}:11: error: physical: control character U+0007 at character 3; remove it"
    ]


def test_raw_control_character_in_the_file(example):
    example.edit_spec("physical: 健康,能适应加班\n", "physical: 健康\x07能适应加班\n")
    line = example.line_of("physical:")
    assert errors_of(example) == [f"{SPEC}:{line}:13: error: control character U+0007 in the file; remove it"]


def test_impossible_date(example):
    example.edit_spec("prepared_on: 2014-12-09", "prepared_on: 2014-02-30")
    line = example.line_of("prepared_on")
    assert errors_of(example) == [
        f"{SPEC}:{line}:16: error: basic.prepared_on: impossible date 2014-02-30 (day is out of range for month)"
    ]


def test_unknown_level(example):
    example.edit_spec("    senior: 104\n", "    expert: 104\n")
    line = example.line_of("expert: 104")
    assert errors_of(example) == [
        f"{SPEC}:{line}:5: error: training.hours: unknown level 'expert'; declared levels: assistant, intermediate, senior"
    ]


@pytest.mark.parametrize("bad_id", ["../evil", "a/b", "has space", ".hidden", "客户经理", "-BCM", "B" * 65])
def test_a_bad_id_is_told_the_rule(example, bad_id):
    example.edit_spec("id: BCM-001", f"id: '{bad_id}'")
    assert errors_of(example) == [
        f"{SPEC}:4:5: error: id: {bad_id!r} is not a valid id: use ASCII letters, digits, '-' and '_', "
        "starting with a letter or digit, at most 64 characters"
    ]


def test_an_id_of_64_characters_is_accepted(example):
    example.edit_spec("id: BCM-001", f"id: {'B' * 64}")
    example.run("check")


def test_every_error_of_every_spec_in_one_run(example):
    second = example.root / "specs" / "second.yaml"
    second.write_text("id: X\ntitle: [1]\n", encoding="utf-8")
    example.edit_spec("  headcount: 1\n", "  headcount: -1\n")
    errors = errors_of(example)
    assert any(line.startswith(f"{SPEC}:") and "basic.headcount: must be at least 1, got -1" in line for line in errors)
    assert "specs/second.yaml:2:8: error: title: expected a string, got a list" in errors
    assert sum(1 for line in errors if line.startswith("specs/second.yaml")) == 4  # summary, basic, duties, title


def test_summary_line_and_exit_status(example):
    example.edit_spec("  headcount: 1\n", "  headcount: -1\n")
    result = example.run("check", status=1)
    assert result.output.splitlines()[-1] == "checked 1 spec: 1 error"
