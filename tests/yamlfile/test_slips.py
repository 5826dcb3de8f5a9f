"""Chinese input-method slips (a full-width colon, full-width spaces, full-width
quotes) are reported at the slip, naming the character and the fix, whether
libyaml or the pure-Python loader reads the file."""

from __future__ import annotations

import pytest

from jdgen.yamlfile import parser
from tests.conftest import without_code

SPEC = "specs/bcm-001.yaml"
QUOTES = "full-width quotes '“' and '”' (U+201C, U+201D)"
INDENTATION = "error: full-width space '\u3000' (U+3000) used for indentation; indent with ASCII spaces"


def colon(key: str) -> str:
    return f"error: full-width colon '：' (U+FF1A) after {key!r}; use an ASCII colon and a space: '{key}: ...'"


def space_after(separator: str) -> str:
    return f"error: full-width space '\u3000' (U+3000) after '{separator}'; use an ASCII space"


@pytest.fixture(params=["libyaml", "pure Python"])
def reading(request, monkeypatch):
    if request.param == "pure Python":
        monkeypatch.setattr(parser, "FAST", False)


# (old, new, the diagnostic lines: a function of at(needle) = "SPEC:LINE")
CASES = {
    "colon after a top-level key": (
        "title: 客户经理\n", "title：客户经理\n", lambda at: [f"{at('title：')}:6: {colon('title')}"]),
    "colon and a space": (
        "title: 客户经理\n", "title： 客户经理\n", lambda at: [f"{at('title：')}:6: {colon('title')}"]),
    "colon after a nested key": (
        "  headcount: 1\n", "  headcount：1\n", lambda at: [f"{at('headcount：')}:12: {colon('headcount')}"]),
    "colon after the last key of a mapping": (
        "  subordinates: [客户专员]\n", "  subordinates：[客户专员]\n",
        lambda at: [f"{at('subordinates：')}:15: {colon('subordinates')}"]),
    "colon after a key in a list item": (
        "  - title: 岗位职责\n", "  - title：岗位职责\n", lambda at: [f"{at('title：岗位')}:10: {colon('title')}"]),
    "colon after the only key of a mapping (the YAML still parses)": (
        "  number: OTJ-RS-GWZZ-3002-A0\n", "  number：OTJ-RS-GWZZ-3002-A0\n",
        lambda at: [f"{at('number：')}:9: {colon('number')}"]),
    "colons after two keys": (
        "  headcount: 1\n  supervised: 4\n", "  headcount：1\n  supervised：4\n",
        lambda at: [f"{at('headcount：')}:12: {colon('headcount')}", f"{at('supervised：')}:13: {colon('supervised')}"]),
    "full-width indentation": (
        "  grade: 3\n", "\u3000\u3000grade: 3\n", lambda at: [f"{at('grade: 3')}:1: {INDENTATION}"]),
    "full-width indentation of list items": (
        "career_path: [其他部门经理, 行长]\n", "career_path:\n\u3000- 其他部门经理\n\u3000- 行长\n",
        lambda at: [f"{at('其他部门经理')}:1: {INDENTATION}", f"{at('- 行长')}:1: {INDENTATION}"]),
    "full-width space after ASCII ones (the YAML still parses)": (
        "  grade: 3\n", "  \u3000grade: 3\n",
        lambda at: [f"{at('grade: 3')}:3: {INDENTATION}"]),
    "full-width indentation of a value on its own line": (
        "tools: [电脑, 电话, 办公设备]\n", "tools:\n\u3000\u3000[电脑, 电话, 办公设备]\n",
        lambda at: [f"{at('[电脑')}:1: {INDENTATION}"]),
    "full-width space after a key's colon": (
        "title: 客户经理\n", "title:\u3000客户经理\n", lambda at: [f"{at('title:')}:7: {space_after('title:')}"]),
    "full-width space after a nested key's colon": (
        "  headcount: 1\n", "  headcount:\u30001\n", lambda at: [f"{at('headcount:')}:13: {space_after('headcount:')}"]),
    "full-width space after a dash": (
        "    - 具有强烈的团队协作精神;\n", "    -\u3000具有强烈的团队协作精神;\n",
        lambda at: [f"{at('团队协作')}:6: {space_after('-')}"]),
    "full-width space after the only dash of a list (the YAML still parses)": (
        "career_path: [其他部门经理, 行长]\n", "career_path:\n  -\u3000其他部门经理\n",
        lambda at: [f"{at('其他部门经理')}:4: {space_after('-')}"]),
    "colon after a key, before full-width quotes (the YAML still parses)": (
        "physical: 健康,能适应加班\n", "physical：“健康: 能适应加班”\n",
        lambda at: [f"{at('physical：')}:9: {colon('physical')}"]),
    "full-width quotes around a list item holding ': ' (the YAML still parses)": (
        "tools: [电脑, 电话, 办公设备]\n", "tools:\n  - “电脑: 台式”\n",
        lambda at: [f"{at('“电脑')}:5: error: {QUOTES} are not YAML quotes; to quote a text, use ASCII quotes: \"...\"",
                    f"{at('“电脑')}:5: error: tools[0]: the translations lack the source language 'zh'"]),
    "full-width quotes around a text holding ': '": (
        "physical: 健康,能适应加班\n", "physical: “健康: 能适应加班”\n",
        lambda at: [f"{at('physical:')}:11: error: {QUOTES} are not YAML quotes; "
                    'to quote a text, use ASCII quotes: "..."']),
    "corner brackets around a text holding ': '": (
        "physical: 健康,能适应加班\n", "physical: 「健康: 能适应加班」\n",
        lambda at: [f"{at('physical:')}:11: error: full-width quotes '「' and '」' (U+300C, U+300D) are not "
                    'YAML quotes; to quote a text, use ASCII quotes: "..."']),
}


@pytest.mark.parametrize("name", CASES)
def test_a_slip_is_reported_at_the_slip(example, reading, name):
    old, new, expected = CASES[name]
    example.edit_spec(old, new)
    result = example.run("check", "--lang", "zh", status=1)
    assert "Traceback" not in result.output
    lines = [without_code(line) for line in result.output.splitlines() if line.startswith(SPEC)]
    assert lines == expected(lambda needle: f"{SPEC}:{example.line_of(needle)}")


def test_full_width_quotes_around_a_text_are_a_warning(example, reading):
    example.edit_spec("physical: 健康,能适应加班\n", "physical: “健康,能适应加班”\n")
    result = example.run("build", "--lang", "zh")
    assert f"{SPEC}:{example.line_of('physical:')}:11: warning: physical: the text is in {QUOTES}, which stay " \
        'part of it; to quote a text, use ASCII quotes: "..." [yaml-input-slip]' in result.output.splitlines()


@pytest.mark.parametrize("old, new", [
    pytest.param("physical: 健康,能适应加班\n", 'physical: "“健康,能适应加班”"\n', id="inside ASCII quotes"),
    pytest.param("physical: 健康,能适应加班\n", "physical: “健康”,能适应加班\n", id="quoting a part"),
    pytest.param("    - 具有强烈的团队协作精神;\n", "    - KPI：团队协作精神;\n", id="a text starting with a word and '：'"),
    pytest.param("  knowledge: >-\n", "  knowledge: >-\n    KPI：达标\n", id="a colon in a folded text"),
    pytest.param("  knowledge: >-\n", "  knowledge: >-\n    \u3000\u3000会计学\n", id="full-width spaces in a folded text"),
    pytest.param("physical: 健康,能适应加班\n", "physical: 　健康,能适应加班\n", id="a full-width space before a text"),
])
def test_full_width_characters_in_texts_are_fine(example, reading, old, new):
    example.edit_spec(old, new)
    result = example.run("check", "--lang", "zh")
    assert "warning" not in result.output
