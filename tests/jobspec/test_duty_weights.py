"""Duties with weights (``{text, weight}``): a weight is a percentage over 0
and up to 100; when any duty has one, every duty should, and together they
should make 100 (every group together: a form lists them in one table).
Either lapse is a located warning; the documents still build."""

from __future__ import annotations

import pytest
import yaml

from tests.conftest import ExampleProject, code_of

BASE = {"id": "X-001", "title": "柜员", "basic": {"department": "营业部"}, "summary": "办理柜面业务。"}


def check(example: ExampleProject, duties: list, status: int = 0) -> list[str]:
    """The problems ``jdgen check --lang zh`` reports of a spec with ``duties``."""
    (example.root / "specs" / "bcm-001.yaml").write_text(
        yaml.safe_dump({**BASE, "duties": duties}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = example.run("check", "--lang", "zh", status=status)
    return [line for line in result.output.splitlines() if ": warning: " in line or ": error: " in line]


def test_weights_that_make_100_are_quiet(example):
    assert check(example, [{"text": "甲", "weight": 60}, {"text": "乙", "weight": 40}]) == []
    groups = [{"title": "一", "items": [{"text": "甲", "weight": 70}]}, {"title": "二", "items": [{"text": "乙", "weight": 30}]}]
    assert check(example, groups) == []
    assert check(example, ["甲", "乙"]) == []


def test_weights_that_do_not_make_100_are_a_warning_at_the_duties(example):
    [line] = check(example, [{"text": "甲", "weight": 60}, {"text": "乙", "weight": 30.5}])
    assert line.startswith("specs/bcm-001.yaml:6:1: warning: duties: the duties' weights make 90.5%, not 100%")
    assert code_of(line) == "spec-duty-weights"


def test_groups_are_weighted_together(example):
    groups = [{"title": "一", "items": [{"text": "甲", "weight": 60}]}, {"title": "二", "items": [{"text": "乙", "weight": 60}]}]
    [line] = check(example, groups)
    assert "weights make 120%, not 100%" in line and code_of(line) == "spec-duty-weights"


def test_a_duty_without_a_weight_among_weighted_ones_is_a_warning_at_it(example):
    [line] = check(example, [{"text": "甲", "weight": 60}, "乙", {"text": "丙", "weight": 40}])
    assert line.startswith("specs/bcm-001.yaml:9:3: warning: duties[1]: this duty has no weight, while 2 of the 3 "
                           "duties have one")
    assert code_of(line) == "spec-duty-weights"


@pytest.mark.parametrize("weight", [0, 101, -5])
def test_a_weight_out_of_range_is_an_error(example, weight):
    [line] = check(example, [{"text": "甲", "weight": weight}], status=1)
    assert ": error: duties[0].weight: " in line and code_of(line) == "spec-bad-value"


def test_a_duty_as_a_mapping_needs_its_weight(example):
    [line] = check(example, [{"text": "甲"}], status=1)
    assert "duties[0]: missing required field 'weight'" in line and code_of(line) == "spec-missing-field"


def test_weighted_duties_build(example):
    check(example, [{"text": "甲", "weight": 60}, {"text": "乙", "weight": 30}])
    result = example.run("build", "--lang", "zh")
    assert "built 1," in result.output and "[spec-duty-weights]" in result.output
