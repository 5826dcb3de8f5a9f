"""A corpus of broken spec files, each built beside the good example spec.

Every case asserts the exact diagnostic lines, exit status 1, no traceback,
and that the good spec in the same run is still built, with nothing else
(no temporary or partial file, no document of the broken spec) in output/.
A few inputs that look odd but are fine (a BOM, CRLF line endings, template
or XML syntax in a text, very long texts and lists) must build.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from jdgen.building.manifest import MANIFEST_NAME, REGISTER_NAME, REGISTER_RECORD_NAME
from tests.conftest import EXAMPLE_SPEC, REPO, diagnostic_lines
from tests.docx_reading import full_text, open_document

OTHER = "specs/other.yaml"
"""The broken file; it sorts after specs/bcm-001.yaml."""
GOOD_DOCUMENTS = sorted([MANIFEST_NAME, REGISTER_RECORD_NAME, REGISTER_NAME, "en/BCM-001.docx", "zh/BCM-001.docx"])
EXAMPLE = (REPO / EXAMPLE_SPEC).read_text(encoding="utf-8")
OTHER_EXAMPLE = EXAMPLE.replace("id: BCM-001", "id: OTHER-1")
"""The example under another id: a valid spec to break one field at a time."""


def edit(old: str, new: str) -> str:
    """The example (as OTHER-1) with ``old``, which must occur once, replaced by ``new``."""
    assert OTHER_EXAMPLE.count(old) == 1, f"{old!r} occurs {OTHER_EXAMPLE.count(old)} times"
    return OTHER_EXAMPLE.replace(old, new)


def line_of(text: str, needle: str) -> int:
    """The 1-based line of ``text`` holding ``needle`` first."""
    return text[: text.index(needle)].count("\n") + 1


@dataclass
class Case:
    name: str
    content: str | bytes
    expected: list[str] | Callable[[Callable[[str], str]], list[str]]
    """The error lines, or a function of ``at(needle)`` = ``specs/other.yaml:LINE``."""

    def expected_lines(self) -> list[str]:
        if isinstance(self.expected, list):
            return self.expected
        text = self.content if isinstance(self.content, str) else self.content.decode("utf-8", "replace")
        return self.expected(lambda needle: f"{OTHER}:{line_of(text, needle)}")


DEPARTMENT = "  department: 公司业务部门\n"

NOT_A_VALID_ID = (
    "is not a valid id: use ASCII letters, digits, '-' and '_', starting with a letter or digit, "
    "at most 64 characters"
)
TAG_MESSAGE = "a spec holds only text, numbers, dates, lists and mappings"
ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)

CASES = [
    # Not a mapping at all.
    Case("empty file", "", [
        f"{OTHER}:1:1: error: the file is empty; a spec is a mapping of fields (see 'jdgen schema')"]),
    Case("only comments", "# TODO: write this spec\n\n   # later\n", [
        f"{OTHER}:1:1: error: the file is empty; a spec is a mapping of fields (see 'jdgen schema')"]),
    Case("list at the root", "- id: OTHER-1\n- title: 客户经理\n", [
        f"{OTHER}:1:1: error: a spec must be a mapping of fields, got a list"]),
    Case("scalar at the root", "客户经理\n", [
        f"{OTHER}:1:1: error: a spec must be a mapping of fields, got a string"]),
    # YAML syntax.
    Case("key indented less than its siblings", "id: OTHER-1\nbasic:\n  grade: 3\n headcount: 1\n", [
        f"{OTHER}:4:2: error: YAML syntax error: bad indentation: this line does not line up with the lines above it"]),
    Case("line indented too far", "id: OTHER-1\ntitle: 客户经理\n  summary: 概要\n", [
        f"{OTHER}:3:10: error: YAML syntax error: unexpected ':' (is this line indented too far, "
        "or does a text hold ': '? then quote the text)"]),
    Case("unclosed double quote", 'id: OTHER-1\ntitle: "客户经理\nsummary: 概要\n', [
        f"{OTHER}:2:8: error: YAML syntax error: this quoted text is never closed (no matching quote)"]),
    Case("unclosed single quote", "id: OTHER-1\ntitle: '客户经理\n", [
        f"{OTHER}:2:8: error: YAML syntax error: this quoted text is never closed (no matching quote)"]),
    Case("tab indentation", "id: OTHER-1\nbasic:\n\tgrade: 3\n", [
        f"{OTHER}:3:1: error: YAML syntax error: a tab is used for indentation; indent with spaces"]),
    Case("unclosed flow mapping", "id: OTHER-1\nbasic: {grade: 3, headcount: 1\n", [
        f"{OTHER}:2:8: error: YAML syntax error: this '{{' is never closed"]),
    Case("unclosed flow sequence", "id: OTHER-1\ntools: [电脑, 电话\n", [
        f"{OTHER}:2:8: error: YAML syntax error: this '[' is never closed"]),
    Case("two documents", "id: OTHER-1\n---\nid: OTHER-2\n", [
        f"{OTHER}:2:1: error: YAML syntax error: more than one document ('---'); a spec is one document"]),
    Case("merge key", edit("basic:\n", "basic:\n  <<: {grade: 3}\n"), lambda at: [
        f"{at('<<')}:3: error: basic: keys must be plain names (merge keys '<<' and complex keys are not supported)"]),
    # Duplicate keys; the other problems of the file are still reported.
    Case("duplicate top-level key", edit("summary: >-\n", "title: 柜员\nsummery: >-\n"), lambda at: [
        f"{at('id: OTHER-1')}:1: error: missing required field 'summary'",
        f"{at('title: 柜员')}:1: error: duplicate key 'title' (first defined on line {line_of(EXAMPLE, 'title:')})",
        f"{at('summery')}:1: error: unknown field 'summery' (did you mean 'summary'?)"]),
    Case("duplicate nested key", edit("  grade: 3\n", "  grade: 3\n  grade: 4\n"), lambda at: [
        f"{at('grade: 4')}:3: error: basic: duplicate key 'grade' (first defined on line {line_of(EXAMPLE, 'grade: 3')})"]),
    Case("key given three times", edit("  grade: 3\n", "  grade: 3\n  grade: 4\n  grade: 5\n"), lambda at: [
        f"{at('grade: 4')}:3: error: basic: duplicate key 'grade' (first defined on line {line_of(EXAMPLE, 'grade: 3')})",
        f"{at('grade: 5')}:3: error: basic: duplicate key 'grade' (first defined on line {line_of(EXAMPLE, 'grade: 3')})"]),
    # Encodings.
    Case("GBK-encoded file", "# 职位说明书\nid: OTHER-1\ntitle: 客户经理\n".encode("gbk"), [
        f"{OTHER}:1:3: error: the file is not valid UTF-8 (it looks like GBK/GB18030-encoded Chinese); "
        "specs must be UTF-8: save it as UTF-8"]),
    Case("GB18030-encoded file", "id: OTHER-1\ntitle: 客户经理€\n".encode("gb18030"), [
        f"{OTHER}:2:8: error: the file is not valid UTF-8 (it looks like GBK/GB18030-encoded Chinese); "
        "specs must be UTF-8: save it as UTF-8"]),
    Case("UTF-16 file", OTHER_EXAMPLE.encode("utf-16"), [
        f"{OTHER}:1:1: error: the file is UTF-16 encoded; specs must be UTF-8: save it as UTF-8"]),
    Case("Latin-1 bytes", "id: OTHER-1\ntitle: 客户经理\nsummary: café\n".encode().replace(b"\xc3\xa9", b"\xe9"), [
        f"{OTHER}:3:13: error: the file is not valid UTF-8; specs must be UTF-8: save it as UTF-8"]),
    Case("stray 0xFF byte", b"id: OTHER-1\ntitle: \xe5\xae\xa2\xff\n", [
        f"{OTHER}:2:9: error: the file is not valid UTF-8; specs must be UTF-8: save it as UTF-8"]),
    # Wrong types at each level.
    Case("wrong type at the top", edit("title: 客户经理", "title: [客户经理]"), lambda at: [
        f"{at('title:')}:8: error: title: expected a string, got a list"]),
    Case("list instead of a mapping", edit("document:\n", "document: []\nxdocument:\n"), lambda at: [
        f"{at('document: []')}:11: error: document: expected a mapping, got a list",
        f"{at('xdocument')}:1: error: unknown field 'xdocument' (did you mean 'document'?)"]),
    Case("wrong type in a nested mapping", edit("  headcount: 1\n", "  headcount: 一人\n"), lambda at: [
        f"{at('headcount')}:14: error: basic.headcount: expected a whole number, got a string"]),
    Case("wrong type of a list item", edit("tools: [电脑, 电话, 办公设备]", "tools: [电脑, {电话: 2}, 办公设备]"), lambda at: [
        f"{at('tools:')}:14: error: tools[1].电话: '电话' is not a language code such as 'zh' or 'en'",
        f"{at('tools:')}:18: error: tools[1].电话: expected a string, got a whole number"]),
    Case("money amount as text", edit("amount: 1000000,", "amount: 一百万,"), lambda at: [
        f"{at('一百万')}:28: error: indicators.quantitative[1].measures[0].target.amount: expected a number, got a string"]),
    Case("money amount not finite", edit("amount: 1000000,", "amount: .inf,"), lambda at: [
        f"{at('.inf')}:28: error: indicators.quantitative[1].measures[0].target.amount: expected a finite number, got inf"]),
    Case("unknown currency", edit("currency: CNY}\n        - name: 存款月平", "currency: RMB}\n        - name: 存款月平"), lambda at: [
        f"{at('RMB')}:47: error: indicators.quantitative[1].measures[0].target.currency: "
        "unknown currency code 'RMB'; use an ISO 4217 code such as CNY"]),
    # Unknown and missing fields.
    Case("unknown top-level field", edit("tools:", "tool: [电脑]\ntools:"), lambda at: [
        f"{at('tool: [')}:1: error: unknown field 'tool' (did you mean 'tools'?)"]),
    Case("unknown nested field", edit("  grade: 3\n", "  grade: 3\n  grades: 3\n"), lambda at: [
        f"{at('grades')}:3: error: basic: unknown field 'grades' (did you mean 'grade'?)"]),
    Case("unknown field in angle brackets", edit("tools:", "<tools>: [电脑]\ntools:"), lambda at: [
        f"{at('<tools>')}:1: error: unknown field '<tools>' (did you mean 'tools'?)"]),
    Case("missing top-level field", edit("summary: >-\n", "summery: >-\n"), lambda at: [
        f"{at('id: OTHER-1')}:1: error: missing required field 'summary'",
        f"{at('summery')}:1: error: unknown field 'summery' (did you mean 'summary'?)"]),
    Case("missing nested field", edit(DEPARTMENT, ""), [  # at the first field left under basic
        f"{OTHER}:{line_of(edit(DEPARTMENT, ''), 'basic:') + 1}:3: error: basic: missing required field 'department'"]),
    # Values out of range.
    Case("impossible date", edit("prepared_on: 2014-12-09", "prepared_on: 2014-02-30"), lambda at: [
        f"{at('prepared_on')}:16: error: basic.prepared_on: impossible date 2014-02-30 (day is out of range for month)"]),
    Case("negative headcount", edit("  headcount: 1\n", "  headcount: -1\n"), lambda at: [
        f"{at('headcount')}:14: error: basic.headcount: must be at least 1, got -1"]),
    Case("absurd headcount", edit("  headcount: 1\n", f"  headcount: {10**9}\n"), lambda at: [
        f"{at('headcount')}:14: error: basic.headcount: must be at most 100000, got 1000000000"]),
    Case("number with 5000 digits", edit("  headcount: 1\n", f"  headcount: {'9' * 5000}\n"), lambda at: [
        f"{at('headcount')}:14: error: basic.headcount: the number 99999999999999999999... is too large"]),
    # Ids.
    Case("id with a slash", edit("id: OTHER-1", "id: specs/OTHER-1"), lambda at: [
        f"{at('id:')}:5: error: id: 'specs/OTHER-1' {NOT_A_VALID_ID}"]),
    Case("id with ..", edit("id: OTHER-1", "id: ../OTHER-1"), lambda at: [
        f"{at('id:')}:5: error: id: '../OTHER-1' {NOT_A_VALID_ID}"]),
    Case("id of another spec", EXAMPLE, lambda at: [
        f"{at('id: BCM-001')}:5: error: id: 'BCM-001' is already used by specs/bcm-001.yaml; "
        "ids name the output files and must be unique"]),
    Case("id differing only in case", EXAMPLE.replace("id: BCM-001", "id: bcm-001"), lambda at: [
        f"{at('id: bcm-001')}:5: error: id: 'bcm-001' is already used by specs/bcm-001.yaml; "
        "ids name the output files and must be unique"]),
    # Characters a document cannot hold.
    Case("raw control character", edit("physical: 健康,能适应加班", "physical: 健康\x1b能适应加班"), lambda at: [
        f"{at('physical:')}:13: error: control character U+001B in the file; remove it"]),
    Case("raw control characters among other errors", edit("physical: 健康,能适应加班", "physical: 健康\x1b能适应加班")
         .replace("tools: [电脑, 电话, 办公设备]", "tools: [电脑, 电\x07话]").replace("  headcount: 1\n", "  headcount: 一人\n"),
         lambda at: [f"{at('headcount')}:14: error: basic.headcount: expected a whole number, got a string",
                     f"{at('physical:')}:13: error: control character U+001B in the file; remove it",
                     f"{at('tools:')}:14: error: control character U+0007 in the file; remove it"]),
    Case("escaped control character", edit("physical: 健康,能适应加班", 'physical: "健康\\x1b能适应加班"'), lambda at: [
        f"{at('physical:')}:11: error: physical: control character U+001B at character 3; remove it"]),
    Case("escaped line break", edit("physical: 健康,能适应加班", 'physical: "健康\\n能适应加班"'), lambda at: [
        f"{at('physical:')}:11: error: physical: line breaks are not allowed in a text; use a list for "
        "separate items, or a folded block (>) to wrap a long line"]),
    Case("lone surrogate", edit("physical: 健康,能适应加班", 'physical: "健康\\ud800"'), lambda at: [
        f"{at('physical:')}:11: error: physical: lone surrogate U+D800 at character 3; remove it"]),
    Case("lone surrogate in a key", edit("levels:\n", 'levels:\n  "\\ud800": 实习\n'), lambda at: [
        f"{at('ud800')}:3: error: levels: key '\\ud800' holds a lone surrogate U+D800 at character 1; remove it"]),
    Case("control character in a key", edit("  grade: 3\n", '  "gr\\tade": 3\n  grade: 3\n'), lambda at: [
        f"{at('gr')}:3: error: basic: key 'gr\\tade' holds a control character U+0009 at character 3; remove it"]),
    Case("noncharacter", edit("physical: 健康,能适应加班", 'physical: "健康\\uffff"'), lambda at: [
        f"{at('physical:')}:11: error: physical: noncharacter U+FFFF at character 3; remove it"]),
    Case("private-use character jdgen reserves", edit("physical: 健康,能适应加班", 'physical: "健康\ue001"'), lambda at: [
        f"{at('physical:')}:11: error: physical: private-use character U+E001 at character 3 "
        "(reserved for jdgen's own marks); remove it"]),
    # Tags other than plain data.
    Case("!!python/object", edit("physical: 健康,能适应加班", "physical: !!python/object:os.system 健康"), lambda at: [
        f"{at('physical:')}:11: error: physical: unsupported tag !!python/object:os.system; {TAG_MESSAGE}"]),
    Case("!!python/object/apply", edit("tools: [电脑, 电话, 办公设备]", "tools: !!python/object/apply:os.system [echo]"),
         lambda at: [f"{at('tools:')}:8: error: tools: unsupported tag !!python/object/apply:os.system; {TAG_MESSAGE}"]),
    Case("!!binary", edit("physical: 健康,能适应加班", "physical: !!binary 5YGl5bq3"), lambda at: [
        f"{at('physical:')}:11: error: physical: unsupported tag !!binary; {TAG_MESSAGE}"]),
    Case("!!set", edit("tools: [电脑, 电话, 办公设备]", "tools: !!set {电脑, 电话}"), lambda at: [
        f"{at('tools:')}:8: error: tools: unsupported tag !!set; {TAG_MESSAGE}"]),
    Case("custom tag", edit("physical: 健康,能适应加班", "physical: !foo 健康"), lambda at: [
        f"{at('physical:')}:11: error: physical: unsupported tag !foo; {TAG_MESSAGE}"]),
    # Sizes: the limits are the file size, the number of values and the nesting.
    Case("file over 1 MiB", OTHER_EXAMPLE + "#" * (1024 * 1024), [
        f"{OTHER}:1:1: error: file is larger than 1024 KiB; is it really a spec?"]),
    # The root, the id and the list are values 1 to 3: item 49997 (from 0) is the 50001st.
    Case("list of 50001 values", "id: OTHER-1\ntools: [" + "x, " * 50_001 + "]\n", [
        f"{OTHER}:2:{len('tools: [') + 1 + 3 * 49_997}: error: more than 50000 values "
        "(counting each use of an alias); a spec holds a few hundred"]),
    # The root is level 1: the 50th bracket opens level 51.
    Case("nesting 60 deep", edit("tools: [电脑, 电话, 办公设备]", "tools: " + "[" * 60 + "]" * 60), lambda at: [
        f"{at('tools:')}:{len('tools: ') + 50}: error: values nested more than 50 levels deep"]),
]


def build_beside_example(example, content: str | bytes, name: str = "other.yaml", *, status: int):
    """Put ``content`` into specs/``name`` next to the example spec and build
    both languages, which must end with exit ``status``."""
    path = example.root / "specs" / name
    path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    result = example.run("build", "--lang", "zh,en", status=status)
    assert "Traceback" not in result.output
    return result


def output_files(example) -> list[str]:
    """Every file under output/, hidden ones included, relative and sorted (the
    build's manifest first)."""
    output = example.root / "output"
    return sorted(p.relative_to(output).as_posix() for p in output.rglob("*") if not p.is_dir())


def error_lines(result) -> list[str]:
    return diagnostic_lines(result.output)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_broken_spec_is_reported_and_the_good_one_still_builds(example, built_example, case):
    """The good spec's documents are byte for byte those it gets built alone
    (the session's build, which tests/ooxml opens and checks)."""
    result = build_beside_example(example, case.content, status=1)
    assert error_lines(result) == case.expected_lines()
    assert output_files(example) == GOOD_DOCUMENTS
    for document in [name for name in GOOD_DOCUMENTS if name.endswith(".docx")]:
        assert (example.root / "output" / document).read_bytes() == (built_example / document).read_bytes(), document


def test_alias_bomb_is_refused(example):
    result = build_beside_example(example, ALIAS_BOMB, status=1)
    assert error_lines(result) == [
        # Aliases share their anchor's values: the position is where those are written.
        f"{OTHER}:1:8: error: more than 50000 values (counting each use of an alias); a spec holds a few hundred"
    ]
    assert output_files(example) == GOOD_DOCUMENTS


OTHER_DOCUMENTS = sorted(GOOD_DOCUMENTS + ["en/OTHER-1.docx", "zh/OTHER-1.docx"])


@pytest.mark.parametrize("encode", [
    pytest.param(lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), id="BOM"),
    pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="CRLF"),
    pytest.param(lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"), id="BOM and CRLF"),
])
def test_bom_and_crlf_are_read_as_usual(example, encode):
    build_beside_example(example, encode(OTHER_EXAMPLE), status=0)
    assert output_files(example) == OTHER_DOCUMENTS
    text = full_text(open_document(example.root / "output/zh/OTHER-1.docx"))
    assert "健康,能适应加班" in text and "\r" not in text


def test_bom_does_not_shift_reported_columns(example):
    content = b"\xef\xbb\xbf" + edit("  headcount: 1\n", "  headcount: x\n").encode("utf-8")
    result = build_beside_example(example, content, status=1)
    assert error_lines(result) == [
        f"{OTHER}:{line_of(OTHER_EXAMPLE, 'headcount')}:14: error: basic.headcount: expected a whole number, got a string"
    ]


def _with_physical(zh: str, en: str) -> str:
    """The OTHER-1 example whose ``physical`` text is ``zh`` with inline English ``en``."""
    quote = lambda text: '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'  # noqa: E731
    return edit("physical: 健康,能适应加班", f"physical: {{zh: {quote(zh)}, en: {quote(en)}}}")


@pytest.mark.parametrize("zh, en", [
    pytest.param("{{ title }} {% if true %}是{% endif %} {# 注 #}", "{{ title }} {%raw%} {%- endraw %}", id="jinja"),
    pytest.param('<w:p><w:r><w:t>注入</w:t></w:r></w:p> & &amp; < > " \'', '</w:t><w:br/> & < > " \'', id="xml"),
    pytest.param("健康　能适应加班，偶尔出差；（全角）：“引号”！", "Ｆｕｌｌ　ｗｉｄｔｈ，ＯＫ！", id="full-width"),
])
def test_texts_are_printed_literally(example, zh, en):
    build_beside_example(example, _with_physical(zh, en), status=0)
    assert output_files(example) == OTHER_DOCUMENTS
    assert zh in full_text(open_document(example.root / "output/zh/OTHER-1.docx"))
    assert en in full_text(open_document(example.root / "output/en/OTHER-1.docx"))


def test_very_long_text_is_built(example):
    """Long texts have no limit of their own (only the file's 1 MiB)."""
    zh, en = "能适应加班" * 20_000, "overtime " * 20_000
    build_beside_example(example, _with_physical(zh, en), status=0)
    assert zh in full_text(open_document(example.root / "output/zh/OTHER-1.docx"))
    assert en.strip() in full_text(open_document(example.root / "output/en/OTHER-1.docx"))


def test_very_long_list_is_built(example):
    """Long lists have no limit of their own (only the 50000 values of a file)."""
    tools = [f"{{zh: 工具{i}, en: Tool {i}}}" for i in range(2_000)]
    build_beside_example(example, edit("tools: [电脑, 电话, 办公设备]", "tools: [" + ", ".join(tools) + "]"), status=0)
    zh = full_text(open_document(example.root / "output/zh/OTHER-1.docx"))
    en = full_text(open_document(example.root / "output/en/OTHER-1.docx"))
    assert all(f"工具{i}" in zh and f"Tool {i}" in en for i in (0, 999, 1999))


def test_a_tab_after_a_colon_is_accepted(example):
    """YAML allows tabs as separation (not as indentation): libyaml reads it."""
    example.edit_spec("title: 客户经理", "title:\t客户经理")
    example.run("build", "--lang", "zh,en")


def test_very_deep_nesting_is_refused_without_crashing(example):
    """libyaml would recurse past its C stack here; jdgen reads such a file
    with the pure-Python loader, which stops at the nesting limit."""
    (example.root / "specs/deep.yaml").write_text("id: DEEP-1\ntools: " + "[" * 40_000 + "]" * 40_000 + "\n",
                                                   encoding="utf-8")
    result = example.run("check", status=1)
    assert "specs/deep.yaml:2:57: error: values nested more than 50 levels deep" in result.output
