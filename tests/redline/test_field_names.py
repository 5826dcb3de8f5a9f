"""``jdgen diff`` names each edit by the spec's field path and that field's
label in the document's language, once however many places of the
document show it: in ``--format text`` and ``json`` and in ``--summary``'s
change list."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import ExampleProject, copy_example
from tests.own_fields_project import manufacturing_project
from tests.redline.test_diff_command import _labels, change_list_of, git, move_items

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

DUTY = "      - 在银行从事个人客户开发、客户管理和维护、产品销售、市场拓展等工作。\n"
"""duties[0].items[2]."""
FIRST_DUTY = "      - 加强市场研究分析,掌握市场变化,为领导决策提供详实的参考依据。\n"
SECOND_GROUP_SECOND = "      - 营销金融产品和开发客户市场,精通金融理论、金融法规及各项金融业务运作;\n"


def changes(example, language: str = "zh") -> list[dict]:
    """The changes ``diff --format json`` lists for the example in ``language``."""
    result = example.run("diff", "--since", "HEAD", "--lang", language, "--format", "json", status=0)
    [position] = json.loads(result.stdout)["positions"]
    return position["languages"][language]


EDITS = {
    "a reworded duty": ([(DUTY, DUTY.replace("市场拓展", "渠道拓展"))],
                        "duties[0].items[2]", ("duties", "岗位职责 3")),
    "an inserted duty": ([(SECOND_GROUP_SECOND, "      - 新增的职责。\n" + SECOND_GROUP_SECOND)],
                         "duties[1].items[1]", ("duties", "工作内容 2")),
    "a deleted duty": ([(FIRST_DUTY, "")], "duties[0].items[0]", ("duties", "岗位职责 1")),
    "a renamed level": ([("  assistant: 助理级客户经理", "  assistant: 初级客户经理")],
                        "levels.assistant", ("初级客户经理",)),
    "a measure's target": ([("{amount: 1000000, currency: CNY}", "{amount: 1200000, currency: CNY}")],
                           "indicators.quantitative[1].measures[0].target.amount",
                           ("indicators", "quantitative", "存款类指标", "存款余额净增", "target")),
    "a renamed measure": ([("        - name: 存款余额净增\n", "        - name: 存款余额增长\n")],
                          "indicators.quantitative[1].measures[0].name",
                          ("indicators", "quantitative", "存款类指标", "存款余额增长")),
    "a quality": ([("亲和力和优秀的人际关系", "亲和力和良好的人际关系")],
                  "qualifications.qualities[2]", ("qualifications", "qualities 3")),
    "experience of a level": ([("要求工作中无重大违纪", "要求工作中无违纪")],
                              "qualifications.experience.senior[3]",
                              ("qualifications", "experience", "高级客户经理 4")),
    "the title": ([("title: 客户经理\n", "title: 高级客户经理\n")], "title", ("position_title",)),
    "a count": ([("headcount: 1", "headcount: 2")], "basic.headcount", ("basic", "headcount")),
}
"""Edits of the example, each with the one field named and its label's
parts: a label's key, or a text as it is (a group's title, a level's name)."""


def expected_label(parts: tuple[str, ...], labels: dict[str, str]) -> str:
    """The label of ``parts``: each label key read in the document's labels, its number kept."""
    shown = []
    for part in parts:
        key, _, number = part.partition(" ")
        shown.append(f"{labels[key]} {number}".strip() if key in labels else part)
    return " / ".join(shown)


@pytest.mark.parametrize("edit", EDITS)
def test_each_edit_is_named_once_by_its_spec_field_and_label(repository, edit):
    """The field is the spec's path, not the document's (``duties[0].entries[2]``),
    and an edit shown in several places (a measure in its category's line
    and in the measures' table; the title in the footer and the chart) is
    listed once, with the most precise of its texts."""
    replacements, field, label = EDITS[edit]
    for old, new in replacements:
        repository.edit_spec(old, new)
    [change] = changes(repository)
    assert change["field"] == field
    assert change["label"] == expected_label(label, _labels(repository, "zh"))


def test_a_measures_target_reads_as_the_target_alone(repository):
    old, new = EDITS["a measure's target"][0][0]
    repository.edit_spec(old, new)
    [change] = changes(repository)
    assert (change["old"], change["new"]) == ("100万元", "120万元")
    assert change["shown_at"].startswith("measures[")


def test_edits_of_two_fields_in_one_text_are_each_named(repository):
    """The footer shows the document number and the title: with both edited,
    each is its own change, and the footer adds none."""
    repository.edit_spec("title: 客户经理\n", "title: 高级客户经理\n")
    repository.edit_spec("number: OTJ-RS-GWZZ-3002-A0", "number: OTJ-RS-GWZZ-3002-A1")
    assert [change["field"] for change in changes(repository)] == ["title", "document.number"]


def test_a_move_names_both_fields_of_the_spec(repository):
    move_items(repository)
    moved = {change["field"]: change["moved_from"] for change in changes(repository) if "moved_from" in change}
    assert moved["duties[0].items[0]"] == "duties[1].items[1]"
    assert moved["duties[0].items[5]"] == "duties[0].items[1]"
    assert moved["environment.conditions[0]"] == "environment.conditions[1]"  # a row: its name and value
    result = repository.run("diff", "--since", "HEAD", "--lang", "zh", "--format", "text", status=0)
    lines = result.stdout.splitlines()
    at = lines.index(f"  duties[0].items[0] ({expected_label(('duties', '岗位职责 1'), _labels(repository, 'zh'))})")
    assert lines[at + 1] == "    zh: moved from duties[1].items[1]"


def test_a_deleted_item_and_a_reworded_one_at_its_path_are_headed_apart(repository):
    """The first duty deleted and the second reworded: both are
    ``duties[0].items[0]``, the first of the old spec, the second of the new
    one. JSON lists them as two changes; the text heads them apart too, the
    old spec's field named as HEAD's."""
    second = "      - 负责对各支行上报的重点项目进度跟踪、落实,按季进行通报。\n"
    repository.edit_spec(FIRST_DUTY + second, second.replace("按季", "按月"))
    deleted, reworded = changes(repository)
    assert (deleted["field"], deleted["new"]) == (reworded["field"], "") == ("duties[0].items[0]", "")
    result = repository.run("diff", "--since", "HEAD", "--lang", "zh", "--format", "text", status=0)
    label = expected_label(("duties", "岗位职责 1"), _labels(repository, "zh"))
    assert result.stdout.splitlines()[1:] == [
        f"  duties[0].items[0] of HEAD ({label})",
        f"    zh: - {FIRST_DUTY.strip()[2:]}",
        f"  duties[0].items[0] ({label})",
        f"    zh: {second.strip()[2:]} → {second.strip()[2:].replace('按季', '按月')}",
    ]


@pytest.fixture
def own_fields(example):
    """The example with its own fields (fields.yaml), as a git repository."""
    manufacturing_project(example, template=False)
    git(example.root, "init", "-q")
    git(example.root, "add", ".")
    git(example.root, "commit", "-qm", "the example with own fields")
    return example


@pytest.mark.parametrize(("old", "new", "field"), [("shift: 早班", "shift: 晚班", "custom.shift"),
                                                   ("hazard_level: 3", "hazard_level: 4", "custom.hazard_level")])
def test_an_own_field_is_named_once_by_its_label(own_fields, old, new, field):
    """An own field shows in ``custom`` and in ``custom_fields``: one change,
    labelled as fields.yaml labels it in the document's language."""
    own_fields.edit_spec(old, new)
    [change] = changes(own_fields)
    assert change["field"] == field
    label = {"custom.shift": "班次", "custom.hazard_level": "危险等级"}[field]
    assert change["label"] == label and (change["old"], change["new"]) == tuple(
        value.split(": ")[1] for value in (old, new))


def test_the_change_list_names_fields_in_the_documents_language(own_fields):
    own_fields.edit_spec("hazard_level: 3", "hazard_level: 4")
    own_fields.edit_spec(DUTY, "")
    own_fields.run("diff", "--since", "HEAD", "--lang", "zh,en", "--summary", status=0)
    for language, hazard in (("zh", "危险等级"), ("en", "Hazard level")):
        title, *lines = change_list_of((own_fields.root / f"redline/{language}/BCM-001.docx").read_bytes())
        labels = _labels(own_fields, language)
        assert len(lines) == 2, lines
        group = "岗位职责" if language == "zh" else "Job Responsibilities"
        assert lines[0].startswith(f"• {labels['duties']} / {group} 3: "), lines[0]
        assert lines[1].startswith(f"• {hazard}: ") and lines[1].endswith(": 4"), lines[1]


def test_a_deleted_item_is_named_where_the_old_spec_had_it(repository):
    """A deleted item is named by where the old spec had it, the others by
    where the new one has them: the first duty deleted, the third reworded
    (now the second); a deletion and a rewording, never one merged change."""
    repository.edit_spec(FIRST_DUTY, "")
    repository.edit_spec(DUTY, DUTY.replace("市场拓展", "渠道拓展"))
    found = [(change["field"], bool(change["old"]), bool(change["new"])) for change in changes(repository)]
    assert found == [("duties[0].items[0]", True, False), ("duties[0].items[1]", True, True)]


@pytest.fixture
def teller(tmp_path):
    """Both shipped specs in a git repository; the edits are to the teller's (TLR-010)."""
    example = ExampleProject(copy_example(tmp_path / "project", every_spec=True))
    git(example.root, "init", "-q")
    git(example.root, "add", ".")
    git(example.root, "commit", "-qm", "the examples")
    return example


def test_a_line_of_several_fields_adds_nothing_to_their_own_changes(teller):
    """Two measures of one category edited (a weight, a target's count and
    period): the category's line of measures shows them all and is no
    change of its own; a subordinate added where there was none is one
    change, not 无 deleted too."""
    spec = teller.root / "specs/tlr-010.yaml"
    text = spec.read_text(encoding="utf-8")
    for old, new in (("          weight: 30\n        - name: 有效投诉", "          weight: 25\n        - name: 有效投诉"),
                     ("{count: 2, unit: 次, compare: at_most, per: quarter}",
                      "{count: 3, unit: 次, compare: at_most, per: month}"),
                     ("  reports_to: 营业部主管\n", "  reports_to: 营业部主管\n  subordinates: [实习柜员]\n")):
        assert text.count(old) == 1
        text = text.replace(old, new)
    spec.write_text(text, encoding="utf-8")
    result = teller.run("diff", "--since", "HEAD", "--lang", "zh", "--format", "json", status=0)
    [position] = json.loads(result.stdout)["positions"]
    measures = "indicators.quantitative[0].measures"
    assert [(change["field"], change["old"], change["new"]) for change in position["languages"]["zh"]] == [
        ("basic.subordinates[0]", "", "实习柜员"),
        (f"{measures}[0].weight", "30%", "25%"),
        (f"{measures}[1].target.count", "≤2次", "≤3次"),
        (f"{measures}[1].target.per", "季度", "月度"),
    ]
