"""Hand-made forms (forms.py): the import recovers each form's facts, and
loses nothing: every text of the document is in the spec or reported."""

from __future__ import annotations

import contextlib
import re

import docx
import pytest
import yaml
from docx.oxml.ns import qn

from jdgen.importer.field_labels import NONE_TEXTS, is_label, normalized
from tests.conftest import invoke
from tests.importer.forms import FORMS, UNPLACED


def value_at(data: dict, dotted: str):
    for key in dotted.split("."):
        data = data[key]
    return data


def document_texts(path) -> list[str]:
    """Every non-empty line of the document, in tables and out, but a cell's
    label written over several lines (基本 / 信息)."""
    body = docx.Document(str(path)).element.body
    texts = []
    for cell in [*body.iter(qn("w:tc")), *body.iterchildren(qn("w:p"))]:
        lines = [line.strip() for paragraph in ([cell] if cell.tag == qn("w:p") else cell.iter(qn("w:p")))
                 for line in "".join("\n" if node.tag == qn("w:br") else node.text or ""
                                     for node in paragraph.iter(qn("w:t"), qn("w:br"))).split("\n")]
        if not is_label("".join(lines)):
            texts += [line for line in lines if normalized(line)]  # （续表） marks a table going on: no text
    return texts


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_hand_made_form_gives_its_facts(tmp_path, name):
    source = tmp_path / f"{name}.docx"
    facts = FORMS[name](source)
    with contextlib.chdir(tmp_path):
        result = invoke("import", source.name, "-o", "specs")
    written = list((tmp_path / "specs").glob("*.yaml"))
    assert len(written) == 1, result.output
    text = written[0].read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    wrong = {field: value_at(data, field) if _has(data, field) else None for field, want in facts.items()
             if not _has(data, field) or _plain(value_at(data, field)) != _plain(want)}
    assert wrong == {}, result.output
    reported = re.findall(r': "(.*)" \[import-(?:unplaced|untyped)\]$', result.output, re.MULTILINE)
    assert reported == UNPLACED[name], result.output
    for unplaced in UNPLACED[name]:
        assert f'"{unplaced}"' in text.split("not placed in the fields above")[1]
    lost = [line for line in document_texts(source) if not is_label(line) and not _kept(line, text, facts["title"])]
    assert lost == [], f"lost silently: {lost}"
    assert f"{len(UNPLACED[name])} text{'' if len(UNPLACED[name]) == 1 else 's'} not placed" in result.output


def _has(data, dotted: str) -> bool:
    try:
        value_at(data, dotted)
    except (KeyError, TypeError):
        return False
    return True


def _plain(value):
    return str(value) if not isinstance(value, (list, dict)) else value


_PIECES = re.compile(r"[；;、，,→:：\u3000]|\s{2,}|\s+and\s+")
_NUMBERING = re.compile(r"(?:^|(?<=[；;]))\s*(?:\d+[、.．]|[（(](?:\d+|[一二三四五六七八九十]+)[)）]|[一二三四五六七八九十]+、)")
_TYPED = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-.]\d{2}[-.]\d{2}|\d+\s*(?:人|名|people|课时)"
                    r"|[一二三四五六七八九十]+级|[≥≤]?\d+(?:\.\d+)?(?:万元|%|笔)|[（(]权重\d+%[)）]|每次扣\d+分|专业学习|定量指标|定性指标|[职岗]位说明书")


def _kept(line: str, spec_text: str, title: str) -> bool:
    """Whether every piece of ``line`` (between the punctuation a form
    separates items with, its numbering, typed values and the position's
    title left out) is in the spec file, or is a label, or says none (无)."""
    pieces = [_NUMBERING.sub("", _TYPED.sub("", piece.strip())).replace(title, "").strip("。（）() ")
              for piece in _PIECES.split(_NUMBERING.sub("", line.strip()))]
    return all(not piece or is_label(piece) or piece in NONE_TEXTS or piece in spec_text or
               piece[0].lower() + piece[1:] in spec_text for piece in pieces)
