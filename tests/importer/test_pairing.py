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
        assert (f'duties[{index}]: "{duty}": its list has 3 items and the translation\'s 2, and nothing ties it to '
                "one of them; not paired") in result.output  # so short, their lengths tie nothing
    for duty in ("Handles deposits", "Keeps vouchers"):
        assert f'"{duty}" has no counterpart in the original' in result.output
    assert "4 translations added to translations/en.po" in result.output


def _catalog(root) -> dict:
    return {m.id: m.string for m in read_po(io.BytesIO((root / "translations" / "en.po").read_bytes())) if m.id}


def test_lists_of_one_length_are_paired_only_where_their_content_agrees(tmp_path):
    """The English form lists the same number of duties, but its second and
    third are swapped: their figures tell, and they are reported, not paired."""
    form(tmp_path / "zh.docx", [("职位名称", "柜员"), ("所属部门", "营业部"), ("职位概要", "办理柜面业务。"),
                                ("主要职责", "1、办理存取款\n2、每日清点现金2次\n3、每月盘点凭证1次")])
    form(tmp_path / "en.docx", [("Position Title", "Teller"), ("Department", "Branch Office"),
                                ("Job Summary", "Handles counter business."),
                                ("Responsibilities", "1. Handles deposits and withdrawals\n"
                                 "2. Counts vouchers once a month (1 time)\n3. Counts the cash twice a day (2 times)")])
    with contextlib.chdir(tmp_path):
        result = invoke("import", "zh.docx", "--translation", "en=en.docx")
    entries = _catalog(tmp_path)
    assert entries["办理存取款"] == "Handles deposits and withdrawals"
    assert "每日清点现金2次" not in entries and "每月盘点凭证1次" not in entries
    assert ('duties[1]: "每日清点现金2次" and "Counts vouchers once a month (1 time)" stand at the same place but '
            "their figures differ (2 against 1); not paired") in result.output


def test_grouped_duties_pair_item_by_item_with_a_flat_list(tmp_path):
    zh = docx.Document()
    table = zh.add_table(rows=4, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "职位名称", "柜员"
    table.cell(1, 0).text, table.cell(1, 1).text = "所属部门", "营业部"
    table.cell(2, 0).text, table.cell(2, 1).text = "职位概要", "办理柜面业务。"
    table.cell(3, 0).text = "主要职责"
    cell = table.cell(3, 1)
    for index, line in enumerate(["一、现金业务", "1、办理存取款", "2、清点现金", "二、内部管理", "1、保管凭证"]):
        (cell.paragraphs[0] if index == 0 else cell.add_paragraph()).add_run(line)
    zh.save(str(tmp_path / "zh.docx"))
    form(tmp_path / "en.docx", [("Position Title", "Teller"), ("Department", "Branch Office"),
                                ("Job Summary", "Handles counter business."), ("Responsibilities", "1. Handles deposits\n2. Counts the cash\n3. Keeps vouchers")])
    with contextlib.chdir(tmp_path):
        result = invoke("import", "zh.docx", "--translation", "en=en.docx")
    entries = _catalog(tmp_path)
    assert {key: entries.get(key) for key in ("办理存取款", "清点现金", "保管凭证")} == {
        "办理存取款": "Handles deposits", "清点现金": "Counts the cash", "保管凭证": "Keeps vouchers"}
    assert 'duties[0].title: "现金业务" has no counterpart in the translation' in result.output


def test_several_translations_in_one_run_fill_their_catalogs(tmp_path):
    form(tmp_path / "zh.docx", ZH)
    form(tmp_path / "en.docx", EN)
    form(tmp_path / "en-gb.docx", [(label, value.replace("Branch Office", "Branch")) for label, value in EN])
    with contextlib.chdir(tmp_path):
        result = invoke("import", "zh.docx", "--translation", "en=en.docx", "--translation",
                                           "fr=en-gb.docx")
    assert result.exit_code == 0, result.output
    assert "added to translations/en.po, translations/fr.po" in result.output
    assert _catalog(tmp_path)["营业部"] == "Branch Office"
    french = {m.id: m.string for m in read_po(io.BytesIO((tmp_path / "translations" / "fr.po").read_bytes())) if m.id}
    assert french["营业部"] == "Branch"


HEAD_ZH = [("职位名称", "个贷客户经理"), ("所属部门", "零售信贷部"), ("职位概要", "办理个人贷款业务。")]
HEAD_EN = [("Position Title", "Loan Officer"), ("Department", "Retail Lending"),
           ("Job Summary", "Handles personal loans.")]


def test_an_english_list_that_merged_two_items_pairs_the_others_and_reports_the_merged_ones(tmp_path):
    form(tmp_path / "zh.docx", [*HEAD_ZH, ("主要职责", "1、受理个人贷款申请并完成贷前调查\n2、审查借款人资料\n"
                                        "3、按月催收逾期贷款，逾期率不超过2%\n4、维护客户关系\n5、完成领导交办的其他工作")])
    form(tmp_path / "en.docx", [*HEAD_EN, ("Responsibilities", "1. Receives personal loan applications and completes "
                                           "the pre-loan investigation\n2. Reviews borrower documents and collects "
                                           "overdue loans each month (overdue rate at most 2%)\n3. Maintains client "
                                           "relationships\n4. Completes other tasks assigned by the manager")])
    with contextlib.chdir(tmp_path):
        result = invoke("import", "zh.docx", "--translation", "en=en.docx")
    entries = _catalog(tmp_path)
    assert entries["受理个人贷款申请并完成贷前调查"] == \
        "Receives personal loan applications and completes the pre-loan investigation"
    assert entries["维护客户关系"] == "Maintains client relationships"
    assert entries["完成领导交办的其他工作"] == "Completes other tasks assigned by the manager"
    # the merged item holds the third duty's figure, but is no translation of it alone
    assert "审查借款人资料" not in entries and "按月催收逾期贷款，逾期率不超过2%" not in entries
    for index, duty in ((1, "审查借款人资料"), (2, "按月催收逾期贷款，逾期率不超过2%")):
        assert (f'duties[{index}]: "{duty}": its list has 5 items and the translation\'s 4, and nothing ties it to '
                "one of them; not paired") in result.output
    assert ('duties[1]: "Reviews borrower documents and collects overdue loans each month (overdue rate at most 2%)" '
            "has no counterpart in the original") in result.output


def test_an_english_list_that_split_an_item_pairs_the_others_and_reports_the_split_one(tmp_path):
    form(tmp_path / "zh.docx", [*HEAD_ZH, ("主要职责", "1、受理客户开户申请并审核开户资料\n2、办理个人贷款发放手续\n"
                                        "3、每季度完成客户回访不少于30户")])
    form(tmp_path / "en.docx", [*HEAD_EN, ("Responsibilities", "1. Receives account opening requests\n"
                                           "2. Checks the account opening documents\n"
                                           "3. Completes the paperwork for releasing personal loans\n"
                                           "4. Calls on at least 30 clients each quarter")])
    with contextlib.chdir(tmp_path):
        result = invoke("import", "zh.docx", "--translation", "en=en.docx")
    entries = _catalog(tmp_path)
    assert entries["办理个人贷款发放手续"] == "Completes the paperwork for releasing personal loans"
    assert entries["每季度完成客户回访不少于30户"] == "Calls on at least 30 clients each quarter"
    assert "受理客户开户申请并审核开户资料" not in entries
    assert ('duties[0]: "受理客户开户申请并审核开户资料": its list has 3 items and the translation\'s 4, and nothing '
            "ties it to one of them; not paired") in result.output
    for index, text in ((0, "Receives account opening requests"), (1, "Checks the account opening documents")):
        assert f'duties[{index}]: "{text}" has no counterpart in the original' in result.output
