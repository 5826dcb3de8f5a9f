"""Folded lines join without a space between East Asian characters, with one
otherwise, in libyaml's fast path and in the pure-Python loader alike."""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdgen.diagnostics import JdgenError
from jdgen.yamlfile import parser
from jdgen.yamlfile.reader import read_yaml
from tests.docx_reading import full_text, open_document
from tests.strategies import budget


def read_both(path, text: str):
    """The data of ``text`` read by libyaml (if present) and by the pure-Python loader."""
    path.write_text(text, encoding="utf-8")
    fast = read_yaml(path, "t.yaml").data
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parser, "FAST", False)
        slow = read_yaml(path, "t.yaml").data
    return fast, slow


def east_asian_end(text: str) -> bool:
    """The rule, on the side before a break: a wide or full-width character,
    or ASCII punctuation right after one."""
    wide = [unicodedata.east_asian_width(char) in "WF" for char in text[-2:]]
    return wide[-1] or (text[-1] in string.punctuation and len(text) > 1 and wide[0])


def east_asian_start(text: str) -> bool:
    return east_asian_end(text[:2][::-1])


def joined(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        text += ("" if east_asian_end(text) and east_asian_start(line) else " ") + line
    return text


@pytest.mark.parametrize("text, value", [
    # folded blocks
    ("t: >-\n  自助设备的\n  基本操作\n", "自助设备的基本操作"),
    ("t: >-\n  秩序维护，\n  及时处理\n", "秩序维护，及时处理"),
    ("t: >-\n  秩序维护,\n  及时处理\n", "秩序维护,及时处理"),
    ("t: >-\n  负责组织\n  (或参与)银行\n", "负责组织(或参与)银行"),
    ("t: >-\n  熟悉\n  Excel 操作\n", "熟悉 Excel 操作"),
    ("t: >-\n  use the\n  ATM 自助设备\n  for deposits\n", "use the ATM 自助设备 for deposits"),
    ("t: >-\n  自助设备\n  ATM,\n  存款\n", "自助设备 ATM, 存款"),
    ("t: >\n  自助设备的\n  基本操作\n", "自助设备的基本操作\n"),
    ("t: >-\n  中文\n\n  段落\n", "中文\n段落"),  # a blank line is a line break
    ("t: >-\n  中文\n    缩进\n  段落\n", "中文\n  缩进\n段落"),  # more indented lines keep theirs
    ("t: >-\n  中文  \n  段落\n", "中文   段落"),  # trailing spaces are text in a block
    ("t: >2-\n    中文\n    段落\n", "  中文\n  段落"),
    ("t:\n  - >-\n    自助设备的\n    基本操作\n", ["自助设备的基本操作"]),
    ("t: |-\n  自助设备的\n  基本操作\n", "自助设备的\n基本操作"),  # literal: as written
    # plain
    ("t: 自助设备的\n  基本操作\n", "自助设备的基本操作"),
    ("t: 自助设备的   \n     基本操作 和 ATM\n  操作\n", "自助设备的基本操作 和 ATM 操作"),
    ("t: [自助\n  设备, 电脑\n  Excel]\n", ["自助设备", "电脑 Excel"]),
    ("t: 自助\u3000\n  设备\n", "自助\u3000设备"),  # U+3000 is a full-width character, not a blank
    ("t: &a !!str 自助\n  设备\n", "自助设备"),
    ("t: &s\n  - >2-\n     自助\n     设备\n  - >2-\n    自助\n    设备\n", [" 自助\n 设备", "自助设备"]),
    ("t:\n- 自助设备的\n  基本操作\n", ["自助设备的基本操作"]),
    # quoted: escapes keep their meaning; the characters as written decide
    ('t: "自助设备的\n  基本操作"\n', "自助设备的基本操作"),
    ("t: '自助设备的\n  基本操作'\n", "自助设备的基本操作"),
    ('t: "自助设备的\\t\n  基本操作"\n', "自助设备的\t 基本操作"),
    ('t: "自助设备的\\\n  基本操作"\n', "自助设备的基本操作"),
    ('t: "self\\\n  service"\n', "selfservice"),
    ('t: "自助\\u8bbe\n  备"\n', "自助设 备"),
    ('t: "自助\n\n  设备"\n', "自助\n设备"),
    ("t: '自助''\n  设备'\n", "自助' 设备"),
    ("t: \"自助\r\n  设备\"\r\n", "自助设备"),
])
def test_lines_are_joined_by_the_rule(tmp_path, text, value):
    assert read_both(tmp_path / "t.yaml", text) == ({"t": value},) * 2


WORD = st.text(st.sampled_from("abcXYZ019 " + "自助设备的基本操作汉字" + "，。、（）　" + "かなカナ" + "한글" + ",.;()"),
               min_size=1, max_size=8).map(lambda word: word.strip(" ")).filter(bool)
LINES = st.lists(WORD.filter(lambda word: word[0].isalnum()), min_size=2, max_size=6)
"""Lines of mixed text, each starting with a letter (Latin or East Asian) or a digit."""


@budget(60)
@given(lines=LINES)
def test_any_folded_block_is_joined_by_the_rule(tmp_path, lines):
    text = "t: >-\n" + "".join(f"  {line}\n" for line in lines)
    assert read_both(tmp_path / "t.yaml", text) == ({"t": joined(lines)},) * 2


@budget(60)
@given(lines=LINES)
def test_any_plain_multi_line_text_is_joined_by_the_rule(tmp_path, lines):
    text = "t:\n" + "".join(f"  {line}  \n" for line in lines)
    assert read_both(tmp_path / "t.yaml", text) == ({"t": joined(lines)},) * 2


@budget(60)
@given(lines=LINES, quote=st.sampled_from("'\""))
def test_any_quoted_multi_line_text_is_joined_by_the_rule(tmp_path, lines, quote):
    text = f"t: {quote}" + "\n    ".join(lines) + f"{quote}\n"
    assert read_both(tmp_path / "t.yaml", text) == ({"t": joined(lines)},) * 2


FRAGMENTS = ["中", "文", "，", "　", "（", ",", "x", " ", "\n", "\n  ", "\n    ", ": ", "- ", "\n- ", "\n  - ",
             "k: ", "\n  k: ", "&a ", "!!str ", "*a", ">-\n", ">\n", ">2-\n", ">+\n", "|\n", '"', "'", "\\",
             "\\t", "\\\n", "#", "[", "]", "{", "}", "\t", "\r\n", "? ", "...\n"]


@budget(300)
@given(text=st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
def test_both_loaders_read_alike(tmp_path, text):
    """Where libyaml and the pure-Python loader both read a text, they read
    the same data and report the same problems."""
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    readings = []
    for fast in (True, False):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(parser, "FAST", fast and parser.FAST)
            try:
                loaded = read_yaml(path, "t.yaml")
            except JdgenError:
                return
        readings.append((loaded.data, loaded.diagnostics, loaded.warnings))
    assert readings[0] == readings[1]


def test_a_wrapped_text_keeps_its_position_and_characters(example):
    example.edit_spec("physical: 健康,能适应加班\n", 'physical: "健康,能适应\n  加\\x07班"\n')
    result = example.run("check", status=1)
    line = example.line_of("physical:")
    assert f"specs/bcm-001.yaml:{line}:11: error: physical: control character U+0007 at character 8; remove it" \
        " [spec-bad-value]" in result.output.splitlines()


SUMMARY = ("银行客户经理工作主要以客户为中心,处理客户存贷款及其它中间业务,并负责维护企业与客户的关系。"
           "须具有较强的公关能力和系统的营销策略,强烈的服务意识,能够积极调动商业银行的各项资源为客户提供全方位、一体化的服务。")
DUTY = "负责组织(或参与)银行某一金融产品或产品线的创新设计、生产营销、管理服务和应用实施工作的营销人员。"


def wrapped(text: str, *cuts: str, indent: str) -> str:
    for cut in cuts:
        text = text.replace(cut, f"{cut}\n{indent}", 1)
    return text


def test_wrapped_texts_are_built_exactly_as_written(example):
    """Wrapped over lines, the texts still match their catalog entries and
    reach the documents whole."""
    example.edit_spec(f"  {SUMMARY}\n", "  " + wrapped(SUMMARY, "中心,", "关系。", "公关", "全方位、", indent="  ") + "\n")
    example.edit_spec(f"        {DUTY}\n",
                      "        " + wrapped(DUTY, "负责组织", "某一", "设计、", indent="        ") + "\n")
    example.run("build", "--lang", "zh,en")
    zh = full_text(open_document(example.root / "output/zh/BCM-001.docx"))
    assert SUMMARY in zh and DUTY in zh
