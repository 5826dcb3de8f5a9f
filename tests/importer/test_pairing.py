"""``--translation``: a hand-made Chinese form and its English version paired
into the catalog by place; what does not match is reported, not guessed."""

from __future__ import annotations

import contextlib
import io

import docx
from babel.messages.catalog import Message
from babel.messages.pofile import read_po

from jdgen.i18n.catalog import write_catalog
from jdgen.i18n.po.model import new_catalog
from tests.conftest import invoke

ZH = [("职位名称", "柜员"), ("职位编号", "GY-05"), ("所属部门", "营业部"), ("职位概要", "办理柜面业务。"),
      ("主要职责", "1、办理存取款\n2、保管凭证\n3、日终轧账"), ("使用工具", "电脑、点钞机")]
EN = [("Position Title", "Teller"), ("Position No.", "GY-05"), ("Department", "Branch Office"),
      ("Job Summary", "Handles counter business."), ("Responsibilities", "1. Handles deposits\n2. Keeps vouchers"),
      ("Tools Used", "Computer and note counter")]


def form(path, rows) -> None:
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=2)
    for index, (label, value) in enumerate(rows):
        table.cell(index, 0).text = label
        cell = table.cell(index, 1)
        for number, line in enumerate(value.split("\n")):
            (cell.paragraphs[0] if number == 0 else cell.add_paragraph()).add_run(line)
    document.save(str(path))


def test_texts_at_the_same_place_are_paired_and_the_rest_reported(tmp_path):
    form(tmp_path / "zh.docx", ZH)
    form(tmp_path / "en.docx", EN)
    (tmp_path / "translations").mkdir()
    catalog = new_catalog("en", "jdgen")
    catalog["柜员"] = Message("柜员", "Bank Teller")
    write_catalog(tmp_path / "translations" / "en.po", catalog)
    with contextlib.chdir(tmp_path):
        result = invoke("import", "zh.docx", "--translation", "en=en.docx")
    entries = {m.id: m.string for m in read_po(io.BytesIO((tmp_path / "translations" / "en.po").read_bytes())) if m.id}
    assert entries == {"柜员": "Bank Teller", "营业部": "Branch Office", "办理柜面业务。": "Handles counter business.",
                       "电脑": "computer", "点钞机": "note counter"}
    assert 'title: "柜员": translations/en.po already translates it "Bank Teller"; kept, "Teller" not taken' \
        in result.output
    for index, duty in enumerate(("办理存取款", "保管凭证", "日终轧账")):  # three duties, two translated
        assert f'duties[{index}]: "{duty}" has no counterpart in the translation' in result.output
    for duty in ("Handles deposits", "Keeps vouchers"):
        assert f'"{duty}" has no counterpart in the original' in result.output
    assert "4 translations added to translations/en.po" in result.output
