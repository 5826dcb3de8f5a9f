"""A ninth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: a life
insurer's underwriter on a mail-merge main document saved with its
results previewed (every value the result of a MERGEFIELD, complex or
simple, the title half a field, the duties one Excel cell's lines, the
date as a merge gives it, 3/15/2024, the subordinates' cell ——); a
Taiwan city government bureau's 職務說明書 in traditional Chinese
(機關名稱, 單位名稱, 職稱, 官等職等, 直屬主管, the date 113.03.01, the duties a
table of 項次 | 工作內容 | 工作比重（%） with a 合計 row, 所需知能 under a row
merged across); a coal mine's post kept as a management-system document
(a cover page with 文件编号, 版本/修改, 受控状态 and an 编制 | 审核 | 批准 table,
…发布 and …实施 at its foot, a table of contents field, then clauses 1 目的,
2 适用范围, 3 岗位基本信息 … in Heading 1 with the duties as 5.1, 5.2);
a live-streaming e-commerce company's operations specialist on a
landscape page laid out by a borderless outer table (a table of basic
pairs in the left cell, a duty table of 职责类别 | 工作内容 with each
category merged down over its duties in the right, the requirements in a
row merged across below); an international school's admissions officer
with every label "中文 / English" and every short value "中文 / English" on
one line, the long ones a Chinese paragraph over its English; a medical
device maker's field service engineer exported from an HR system's job
profile builder in English, each label followed by its field code in
brackets ([externalCode]), N/A for what is not filled, an export line and
a last-modified timestamp; a Canadian federal agency's Work Description
(Position Number, Classification, Department/Agency beside Organizational
Unit, Supervisor's Position Number beside its title, Client-Service
Results, Key Activities, then Skill, Effort, Responsibility and Working
Conditions, each with sub-headings).

A few values are ambiguous on purpose, with no truth for them: the
insurer's 所属机构 beside 所属部门; the bureau's 官等职等 (a range of two
ranks), 職系, the 合計 row and 工作環境; the mine's 发布 date and the 编制
date on the cover (not said to be the date the description was prepared),
its 审核 name, 版本/修改, 受控状态, clause 1 目的 (the document's purpose, not
the position's: the summary is clause 4 岗位目的) and clause 8 相关记录; the
live-streaming form's 技能 and 其他 rows; the school's 语言要求 and its
footer; the export's Employment Conditions, its export date 06/05/2024,
Last Modified and Status; the agency's bilingual name in the page header,
its National Occupational Classification, Human Relations, Technical
Leadership and the Working Conditions. A careful import places them right
or names them in a warning.

102 facts in all, 12 to 18 a form. Written without reading the importer's
code and not run through it by their author. Run ``python -m
tests.importer.ninth`` for the figures. First measured on the importer
that had met the eighth batch (with its layout fallback): 60/102 facts
right (58.8 %), 24 silent errors (the HR system's export refused, no
label found past the field codes in brackets; the school's values kept in
both languages, its tools doubled, the language row taken for a level of
experience; the bureau's 項次 run onto the summary, its 113.03.01 no date;
the mine's …实施 date not read). After the rules it showed (a field code
in brackets after a label, Job Code [externalCode], no part of it; a
part's value beside a word of its own, Description, under the part's row,
that part's; a label of a part and a field set apart by a dash, Education
– Major, or an English label with words in brackets after it,
Classification (Group and Level), the field's; a form whose labels are
"中文 / English" on one line bilingual, each value "中文 / English" keeping
its first half, the other reported as its translation, and its
source_language said; 項次 a column of row numbers, 工作比重 a weight
heading, a duty table's heading row naming the duties under another field,
a year of three figures a Minguo year; a standard's cover foot …发布 …实施
giving the effective date; a duty table inside a cell with its
categories merged down (职责类别 | 工作内容) titled groups; over a
bilingual form, the page header's organisation "中文 / English" the
issuer in its first half; Job Profile Name, Parent Position, Degrees,
Relevant Industry Experience, Certifications, 機關名稱, 單位名稱, 職稱, 證照,
Organizational Unit, Supervisor's Position Title, Geographic Location,
Client-Service Results, Key Activities, Physical Effort as labels):
102/102 (100.0 %), 0 silent errors.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn

from tests.importer.forms import _font, _write
from tests.importer.fresh import _element
from tests.importer.seventh import _bold_line, _spanned_grid
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def _text_run(text: str):
    run, node = _element("w:r"), _element("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    return run


def _field(paragraph, instruction: str, *lines: str) -> None:
    """A complex field at the end of ``paragraph`` (begin, instruction,
    separate, its result's ``lines`` with a line break between each, end)."""
    begin, separate, end = (_element("w:fldChar", fldCharType=kind) for kind in ("begin", "separate", "end"))
    code = _element("w:instrText")
    code.text = f" {instruction} "
    code.set(qn("xml:space"), "preserve")
    runs = []
    for piece in (begin, code, separate):
        run = _element("w:r")
        run.append(piece)
        runs.append(run)
    for index, line in enumerate(lines):
        if index:
            brk = _element("w:r")
            brk.append(_element("w:br"))
            runs.append(brk)
        runs.append(_text_run(line))
    closing = _element("w:r")
    closing.append(end)
    runs.append(closing)
    for run in runs:
        paragraph._p.append(run)


def _simple_field(paragraph, instruction: str, text: str) -> None:
    """A field as ``w:fldSimple``, its result one run."""
    simple = _element("w:fldSimple", instr=f" {instruction} ")
    simple.append(_text_run(text))
    paragraph._p.append(simple)


def _merged_value(cell, name: str, *lines: str, simple: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    if simple:
        _simple_field(paragraph, f"MERGEFIELD {name}", lines[0])
    else:
        _field(paragraph, f"MERGEFIELD {name} \\* MERGEFORMAT", *lines)


_BEFORE_MAIL_MERGE = {
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries",
    "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData",
    "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
    "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
    "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign",
    "attachedTemplate", "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType"}
"""The settings that come before ``w:mailMerge`` in the schema's order."""


def _mail_merge_settings(document, source: str) -> None:
    """The settings a mail-merge main document keeps: its Excel data source and the results previewed."""
    relation = document.part._settings_part.relate_to(
        f"file:///{source}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource",
        is_external=True)
    merge = _element("w:mailMerge")
    for child in (_element("w:mainDocumentType", val="formLetters"), _element("w:linkToQuery"),
                  _element("w:dataType", val="native"),
                  _element("w:connectString", val=f"Provider=Microsoft.ACE.OLEDB.12.0;Data Source={source};"),
                  _element("w:query", val="SELECT * FROM `岗位清单$`")):
        merge.append(child)
    data = _element("w:dataSource")
    data.set(qn("r:id"), relation)
    merge.append(data)
    merge.append(_element("w:viewMergedData"))
    settings = document.settings.element
    later = next((child for child in settings if child.tag.split("}")[-1] not in _BEFORE_MAIL_MERGE), None)
    if later is None:
        settings.append(merge)
    else:
        later.addprevious(merge)


def insurer_mail_merge_fields(path: Path) -> dict:
    """A life insurer's underwriter on a mail-merge main document saved with
    its results previewed: the company typed above the title, the title a
    field followed by typed text, each value in the grid a MERGEFIELD's
    result (some w:fldSimple), the duties one Excel cell's lines as line
    breaks in one field's result, the date as the merge gives Excel's date
    (3/15/2024), the subordinates' cell ——."""
    document = docx.Document()
    _mail_merge_settings(document, "D:\\人力资源\\岗位说明书\\2024岗位清单.xlsx")
    company = document.add_paragraph("华信人寿保险股份有限公司")
    company.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(company, "宋体")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(title, "MERGEFIELD 岗位名称", "核保专员")
    title.add_run("岗位说明书").bold = True
    summary = "对个人寿险和健康险投保申请进行风险评估和核保决定，控制逆选择风险，保证业务品质。"
    duties = ["审核投保资料，评估被保险人的健康、财务和职业风险，作出核保决定；", "安排体检和生存调查，跟进补充资料；",
              "解答业务人员和客户的核保咨询，处理核保相关投诉；", "整理核保案例，参与核保规则和手册的修订。"]
    rows = [("岗位名称", "岗位名称", "核保专员", "岗位编号", "岗位编号", "HX-YY-HB02"),
            ("所属机构", "所属机构", "江苏分公司", "所属部门", "所属部门", "运营管理部核保室"),
            ("直接上级", "直接上级", "核保室主任", "直接下级", "直接下级", "——"),
            ("职级", "职级", "8", "定员人数", "定员人数", "2"),
            ("工作地点", "工作地点", "南京", "编制日期", "编制日期", "3/15/2024")]
    table = document.add_table(rows=len(rows) + 6, cols=4)
    table.style = "Table Grid"
    for index, (label, name, value, other, other_name, other_value) in enumerate(rows):
        _write(table.cell(index, 0), label)
        _merged_value(table.cell(index, 1), name, value, simple=index % 2 == 1)
        _write(table.cell(index, 2), other)
        _merged_value(table.cell(index, 3), other_name, other_value, simple=index % 2 == 0)
    for offset, (label, name, lines) in enumerate([
            ("岗位概述", "岗位概述", [summary]),
            ("岗位职责", "岗位职责", [f"{number}.{duty}" for number, duty in enumerate(duties, 1)]),
            ("学历要求", "学历", ["本科及以上"]), ("专业要求", "专业", ["医学、护理、保险或精算相关专业"]),
            ("工作经验", "工作经验", ["2年以上寿险核保或医院临床工作经验"]), ("资格证书", "资格证书", ["寿险核保师资格证书"])]):
        row = len(rows) + offset
        _write(table.cell(row, 0), label)
        _merged_value(table.cell(row, 1).merge(table.cell(row, 3)), name, *lines)
    document.save(str(path))
    return {
        "document.issuer": "华信人寿保险股份有限公司", "title": "核保专员", "id": "HX-YY-HB02", "basic.department": "运营管理部核保室",
        "basic.reports_to": "核保室主任", "basic.subordinates": None, "basic.grade": 8, "basic.headcount": 2,
        "basic.work_location": "南京", "basic.prepared_on": "2024-03-15", "summary": summary, "duties": duties,
        "qualifications.education": "本科及以上", "qualifications.major": "医学、护理、保险或精算相关专业",
        "qualifications.experience": ["2年以上寿险核保或医院临床工作经验"], "qualifications.certificates": ["寿险核保师资格证书"],
    }


def _merged_heading_row(table, row: int, text: str) -> None:
    cell = table.cell(row, 0).merge(table.cell(row, len(table.columns) - 1))
    _write(cell, text)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell.paragraphs[0].runs[0].bold = True


def taiwan_bureau_job_statement(path: Path) -> dict:
    """A Taiwan city government bureau's 職務說明書 in traditional Chinese:
    the bureau in the title, a grid of 機關名稱 | 單位名稱, 職稱 | 職務編號,
    官等職等 | 職系, 直屬主管 | 填表日期 (113.03.01, the Minguo year with
    dots), 工作概述 merged across; the duties a table of 項次 | 工作內容 |
    工作比重（%） ending in a 合計 row; 所需知能 as a row merged across over
    label rows."""
    document = docx.Document()
    _title(document, "臺南市政府環境保護局職務說明書", "標楷體")
    summary = "辦理固定污染源空氣污染防制許可審查及稽查管制業務，維護轄區空氣品質。"
    _spanned_grid(document, [
        ["機關名稱", "臺南市政府環境保護局", "單位名稱", "空氣品質科"], ["職稱", "技士", "職務編號", "AQ-0712"],
        ["官等職等", "委任第五職等或薦任第六職等至第七職等", "職系", "環保技術"], ["直屬主管", "科長", "填表日期", "113.03.01"],
        ["工作概述", summary]], 4)
    document.add_paragraph()
    duties = [("審查固定污染源設置、操作許可申請案件", 30), ("執行工廠及營建工地空氣污染稽查、採樣及告發", 30),
              ("辦理空氣污染防制費徵收及查核", 15), ("處理民眾空氣污染陳情案件", 15), ("辦理空氣污染防制宣導及其他交辦事項", 10)]
    table = document.add_table(rows=len(duties) + 2, cols=3)
    table.style = "Table Grid"
    for column, text in enumerate(("項次", "工作內容", "工作比重（%）")):
        _write(table.cell(0, column), text)
    for index, (duty, share) in enumerate(duties, 1):
        for column, text in enumerate((str(index), duty, str(share))):
            _write(table.cell(index, column), text)
    _write(table.cell(len(duties) + 1, 0).merge(table.cell(len(duties) + 1, 1)), "合計")
    _write(table.cell(len(duties) + 1, 2), "100")
    document.add_paragraph()
    needs = [("學歷", "大學以上"), ("科系", "環境工程、化學工程或相關學系"), ("經驗", "二年以上空氣污染稽查或防制工作經驗"),
             ("證照", "甲級空氣污染防制專責人員合格證書"), ("專業知識", "空氣污染防制法及相關法規、排放管道檢測方法"),
             ("工作環境", "辦公室與工廠、工地稽查現場交替，需配合夜間及假日稽查")]
    table = document.add_table(rows=len(needs) + 1, cols=2)
    table.style = "Table Grid"
    _merged_heading_row(table, 0, "所需知能")
    for index, (label, value) in enumerate(needs, 1):
        _write(table.cell(index, 0), label)
        _write(table.cell(index, 1), value)
    document.save(str(path))
    return {
        "document.issuer": "臺南市政府環境保護局", "title": "技士", "id": "AQ-0712", "basic.department": "空氣品質科",
        "basic.reports_to": "科長", "basic.prepared_on": "2024-03-01", "summary": summary,
        "duties": [{"text": duty, "weight": share} for duty, share in duties], "qualifications.education": "大學以上",
        "qualifications.major": "環境工程、化學工程或相關學系", "qualifications.experience": ["二年以上空氣污染稽查或防制工作經驗"],
        "qualifications.certificates": ["甲級空氣污染防制專責人員合格證書"],
        "qualifications.knowledge": "空氣污染防制法及相關法規、排放管道檢測方法",
    }


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _centred(document, text: str, bold: bool = False):
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = bold
    _font(paragraph, "黑体" if bold else "宋体")
    return paragraph


def _contents(document, entries: list[tuple[str, int]]) -> None:
    """A table of contents as Word's TOC field leaves it: the field begun in
    the first entry's paragraph and ended in the last's, each entry its
    heading's text, a tab and its page."""
    for index, (text, page) in enumerate(entries):
        paragraph = document.add_paragraph()
        if index == 0:
            for kind, code in (("begin", None), (None, 'TOC \\o "1-1" \\h \\z \\u'), ("separate", None)):
                run = _element("w:r")
                if kind:
                    run.append(_element("w:fldChar", fldCharType=kind))
                else:
                    node = _element("w:instrText")
                    node.text = f" {code} "
                    node.set(qn("xml:space"), "preserve")
                    run.append(node)
                paragraph._p.append(run)
        paragraph.add_run(f"{text}\t{page}")
        if index == len(entries) - 1:
            run = _element("w:r")
            run.append(_element("w:fldChar", fldCharType="end"))
            paragraph._p.append(run)


def coal_mine_controlled_document(path: Path) -> dict:
    """A coal mine's gas inspector kept as a management-system document: a
    cover page (the company, 管理体系文件, a table of 文件名称, 文件编号,
    版本/修改, 受控状态, 分发号, a sign-off table 编制 | 审核 | 批准 with names
    and dates, …发布 and …实施 at the foot), a table of contents field, then
    clauses in Heading 1 numbered 1 to 8, the basic fields a table under
    clause 3, the duties 5.1 to 5.5, the requirements 6.1 标签：值 lines."""
    document = docx.Document()
    _header(document, "晋源煤业有限责任公司　　瓦斯检查工岗位说明书　　JY/HR-GW-031")
    _centred(document, "晋源煤业有限责任公司", bold=True)
    _centred(document, "管理体系文件", bold=True)
    document.add_paragraph()
    _spanned_grid(document, [["文件名称", "瓦斯检查工岗位说明书"], ["文件编号", "JY/HR-GW-031"], ["版本/修改", "B/1"],
                             ["受控状态", "受控"], ["分发号", "012"]], 2)
    document.add_paragraph()
    signs = document.add_table(rows=3, cols=3)
    signs.style = "Table Grid"
    for row, cells in enumerate([("编制", "赵海军", "2024-01-05"), ("审核", "钱立", "2024-01-08"),
                                 ("批准", "孙国栋", "2024-01-10")]):
        for column, text in enumerate(cells):
            _write(signs.cell(row, column), text)
    document.add_paragraph()
    _centred(document, "2024-01-10发布　　　　　　　　2024-01-15实施")
    _page_break(document)
    _centred(document, "目　　录", bold=True)
    clauses = ["1　目的", "2　适用范围", "3　岗位基本信息", "4　岗位目的", "5　岗位职责", "6　任职条件", "7　工作环境", "8　相关记录"]
    _contents(document, [(clause, page) for clause, page in zip(clauses, (1, 1, 1, 1, 2, 2, 3, 3), strict=True)])
    _page_break(document)

    def clause(number: int, *lines: str) -> None:
        document.add_paragraph(clauses[number - 1], style="Heading 1")
        for line in lines:
            _font(document.add_paragraph(line), "宋体")

    clause(1, "为明确瓦斯检查工的岗位职责和任职条件，规范岗位管理，特制定本说明书。")
    clause(2, "本说明书适用于晋源煤业有限责任公司通风区瓦斯检查工岗位。")
    clause(3)
    _spanned_grid(document, [["岗位名称", "瓦斯检查工", "岗位编号", "TF-WJ-05"], ["所属部门", "通风区", "直接上级", "通风区副区长"],
                             ["岗位定员", "24人", "工作地点", "井下各采掘工作面"]], 4)
    summary = "按规定巡回检查井下瓦斯、二氧化碳和其他有害气体浓度，及时发现和处理隐患，保证矿井安全生产。"
    clause(4, summary)
    duties = ["按瓦斯检查图表规定的地点和次数检查瓦斯、二氧化碳浓度和温度，做到“三对口”",
              "发现瓦斯超限时立即责令停止作业、撤出人员，并向调度室汇报",
              "检查通风设施和局部通风机的运行情况，发现问题及时汇报处理", "监督检查爆破作业执行“一炮三检”和“三人连锁爆破”制度",
              "认真填写瓦斯检查班报表和检查手册，当班向接班人员交接清楚"]
    clause(5, *[f"5.{number}　{duty}" for number, duty in enumerate(duties, 1)])
    physical = "身体健康，无职业禁忌证，能适应井下作业"
    clause(6, "6.1　学历：高中及以上", "6.2　经验：从事井下采掘工作2年以上，熟悉矿井通风系统",
           "6.3　证书：煤矿瓦斯检查作业特种作业操作证", f"6.4　身体条件：{physical}")
    clause(7, "7.1　作业环境：井下作业，存在瓦斯、粉尘、顶板等危险因素", "7.2　工作时间：“三八”制，每班8小时")
    clause(8, "8.1　《瓦斯检查班报表》", "8.2　《瓦斯检查手册》")
    document.save(str(path))
    return {
        "document.issuer": "晋源煤业有限责任公司", "document.number": "JY/HR-GW-031", "document.prepared_by": "赵海军",
        "document.approved_by": "孙国栋", "document.effective_date": "2024-01-15", "title": "瓦斯检查工", "id": "TF-WJ-05",
        "basic.department": "通风区", "basic.reports_to": "通风区副区长", "basic.headcount": 24,
        "basic.work_location": "井下各采掘工作面", "summary": summary, "duties": duties, "qualifications.education": "高中及以上",
        "qualifications.experience": ["从事井下采掘工作2年以上，熟悉矿井通风系统"],
        "qualifications.certificates": ["煤矿瓦斯检查作业特种作业操作证"], "physical": physical,
        "environment.hours": "“三八”制，每班8小时",
    }


def livestream_nested_tables_landscape(path: Path) -> dict:
    """A live-streaming e-commerce company's operations specialist on a
    landscape page laid out by a borderless outer table: the basic pairs a
    table nested in the left cell under 基本信息, the duties a table nested
    in the right cell (职责类别 | 工作内容, each category merged down over
    its duties), the requirements a table nested in a row merged across."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    _header(document, "杭州星播电子商务有限公司")
    _title(document, "直播运营专员岗位说明书")
    outer = document.add_table(rows=2, cols=2)
    left, right = outer.cell(0, 0), outer.cell(0, 1)
    _write(left, "基本信息")
    left.paragraphs[0].runs[0].bold = True
    summary = "策划和执行品牌直播间的日常直播，通过数据分析优化直播效果，提升直播间成交额。"
    basic = left.add_table(rows=8, cols=2)
    basic.style = "Table Grid"
    for row, (label, value) in enumerate([
            ("岗位名称", "直播运营专员"), ("岗位编号", "ZB-YY-03"), ("所属部门", "直播事业部"), ("直接上级", "直播运营主管"),
            ("工作地点", "杭州市余杭区直播基地"), ("工作时间", "综合工时制，按直播排班（含晚间及周末）"), ("编制日期", "2024年4月2日"),
            ("岗位目的", summary)]):
        _write(basic.cell(row, 0), label)
        _write(basic.cell(row, 1), value)
    _write(right, "岗位职责")
    right.paragraphs[0].runs[0].bold = True
    groups = [("直播前", ["制定直播排期和脚本，协调选品和样品到位", "搭建和调试直播间灯光、声卡和推流设备"]),
              ("直播中", ["实时监控在线人数、转化率等数据，调整投流和上架节奏", "处理直播间评论、售后问题和突发状况"]),
              ("直播后", ["复盘直播数据，输出场次复盘报告", "整理爆款话术和选品经验，更新直播SOP"])]
    duties = right.add_table(rows=1 + sum(len(items) for _, items in groups), cols=2)
    duties.style = "Table Grid"
    _write(duties.cell(0, 0), "职责类别")
    _write(duties.cell(0, 1), "工作内容")
    row = 1
    for category, items in groups:
        _write(duties.cell(row, 0).merge(duties.cell(row + len(items) - 1, 0)), category)
        for item in items:
            _write(duties.cell(row, 1), item)
            row += 1
    below = outer.cell(1, 0).merge(outer.cell(1, 1))
    _write(below, "任职资格")
    below.paragraphs[0].runs[0].bold = True
    needs = below.add_table(rows=5, cols=2)
    needs.style = "Table Grid"
    for index, (label, value) in enumerate([
            ("学历", "大专及以上"), ("专业", "电子商务、市场营销等相关专业"), ("经验", "1年以上抖音或淘宝直播运营经验"),
            ("技能", "熟练使用巨量千川、抖店后台和Excel"), ("其他", "能适应晚班和周末工作，抗压能力强")]):
        _write(needs.cell(index, 0), label)
        _write(needs.cell(index, 1), value)
    document.save(str(path))
    return {
        "document.issuer": "杭州星播电子商务有限公司", "title": "直播运营专员", "id": "ZB-YY-03", "basic.department": "直播事业部",
        "basic.reports_to": "直播运营主管", "basic.work_location": "杭州市余杭区直播基地",
        "environment.hours": "综合工时制，按直播排班（含晚间及周末）", "basic.prepared_on": "2024-04-02", "summary": summary,
        "duties": [{"title": category, "items": items} for category, items in groups],
        "qualifications.education": "大专及以上", "qualifications.major": "电子商务、市场营销等相关专业",
        "qualifications.experience": ["1年以上抖音或淘宝直播运营经验"],
    }


def school_slash_bilingual(path: Path) -> dict:
    """An international school's admissions officer: the school's name
    "中文 / English" in the page header, the title line likewise, a table
    whose labels are each "中文 / English" and whose short values are each
    "中文 / English" on one line, the long ones (summary, duties,
    experience) a Chinese paragraph over its English one."""
    document = docx.Document()
    _header(document, "上海浦江国际学校 / Shanghai Pujiang International School")
    _footer(document, "人力资源部 HR Department · 版本 Version 2024.1")
    _title(document, "招生专员岗位说明书 / Admissions Officer Job Description")
    summary = ("负责学校的招生咨询、入学评估安排和录取流程，完成年度招生目标。",
               "Manages admissions enquiries, entry assessments and the enrolment process to meet the school's annual "
               "enrolment targets.")
    duties = [("接待来访家庭，介绍学校课程、收费和招生政策", "Receive visiting families and explain the curriculum, fees and "
                                                     "admissions policy"),
              ("安排入学测试和面试，跟进申请材料和录取结果", "Arrange entry tests and interviews, and follow up on applications "
                                                     "and offers"),
              ("维护招生管理系统中的申请人信息", "Keep applicant records up to date in the admissions system"),
              ("组织校园开放日和招生宣讲活动", "Organise open days and admissions events")]
    rows = [("岗位名称 / Position Title", ["招生专员 / Admissions Officer"]), ("岗位编号 / Position No.", ["ADM-02"]),
            ("所属部门 / Department", ["招生办公室 / Admissions Office"]),
            ("直接上级 / Reports to", ["招生主任 / Director of Admissions"]),
            ("工作地点 / Location", ["浦东校区 / Pudong Campus"]), ("岗位概述 / Job Summary", list(summary)),
            ("主要职责 / Key Responsibilities",
             [line for number, pair in enumerate(duties, 1) for line in (f"{number}. {pair[0]}", pair[1])]),
            ("学历要求 / Education", ["本科及以上 / Bachelor's degree or above"]),
            ("工作经验 / Experience", ["2年以上国际学校招生、市场或客户服务经验",
                                     "2+ years in international school admissions, marketing or customer service"]),
            ("语言要求 / Language", ["英语流利（雅思6.5或同等水平） / Fluent English (IELTS 6.5 or equivalent)"]),
            ("使用工具 / Tools", ["OpenApply、CRM系统、Microsoft Office / OpenApply, CRM, Microsoft Office"]),
            ("工作时间 / Working Hours", ["周一至周五 8:00-17:00，开放日需周末工作 / Mon–Fri 8:00-17:00; weekends on open days"])]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (label, lines) in enumerate(rows):
        _write(table.cell(row, 0), label)
        _write(table.cell(row, 1), *lines)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": "上海浦江国际学校", "title": "招生专员", "id": "ADM-02",
        "basic.department": "招生办公室", "basic.reports_to": "招生主任", "basic.work_location": "浦东校区",
        "summary": summary[0], "duties": [chinese for chinese, _ in duties], "qualifications.education": "本科及以上",
        "qualifications.experience": ["2年以上国际学校招生、市场或客户服务经验"],
        "tools": ["OpenApply", "CRM系统", "Microsoft Office"], "environment.hours": "周一至周五 8:00-17:00，开放日需周末工作",
    }


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_element("w:shd", val="clear", color="auto", fill=fill))


def hr_system_profile_field_codes(path: Path) -> dict:
    """A medical device maker's field service engineer exported from an HR
    system's job profile builder: the system and export line in the page
    header, a table of "Label [fieldCode] | value" rows with N/A where
    nothing is filled, each section a shaded row merged across, the
    responsibilities one a paragraph, the skills joined by "; "."""
    document = docx.Document()
    _header(document, "SAP SuccessFactors · Job Profile Builder", "Exported 06/05/2024 09:14 by wang.min")
    _footer(document, "Alpenstern Diagnostics · Internal")
    title = document.add_paragraph()
    title.add_run("Job Profile: Field Service Engineer II").bold = True
    summary = ("Installs, maintains and repairs the company's clinical chemistry and immunoassay analysers at customer "
               "sites, keeping instrument uptime and customer satisfaction high.")
    duties = ["Install and commission new analysers and train laboratory staff on their use.",
              "Perform scheduled preventive maintenance and safety checks to the service manual.",
              "Diagnose and repair instrument faults on site and by remote support.",
              "Record every service activity and part used in the service management system.",
              "Report recurring faults and field quality issues to Technical Support."]
    skills = ["Troubleshooting electromechanical systems", "Reading electrical schematics", "Customer communication"]
    physical = "Able to lift 25 kg and to stand, kneel and work in laboratory settings for long periods."
    rows: list[tuple[str, list[str]] | str] = [
        "General Information",
        ("Job Profile Name [name]", ["Field Service Engineer II"]), ("Job Code [externalCode]", ["FSE-0212"]),
        ("Job Family [family]", ["Customer Service & Support"]), ("Pay Grade [payGrade]", ["GR07"]),
        ("Department [department]", ["Technical Service East China"]),
        ("Parent Position [parentPosition]", ["Regional Service Manager, East China"]),
        ("Location [location]", ["Shanghai (field-based)"]), ("Headcount [headcount]", ["6"]),
        ("Direct Reports [directReports]", ["N/A"]), ("Status [status]", ["Active"]),
        ("Last Modified [lastModifiedDateTime]", ["2024-04-22T08:31:07Z"]),
        "Job Summary [JOB_SUMMARY]", ("Description", [summary]),
        "Responsibilities [RESPONSIBILITY]", ("Description", duties),
        "Education and Experience", ("Education – Degrees [DEGREE]", ["Bachelor's Degree (Required)"]),
        ("Education – Major [MAJOR]", ["Biomedical, Electrical or Mechanical Engineering"]),
        ("Relevant Industry Experience [INDUSTRY_EXP]",
         ["3+ years servicing clinical laboratory analysers or other medical equipment"]),
        ("Certifications [CERTIFICATION]", ["N/A"]), ("Skills [SKILL]", ["; ".join(skills)]),
        "Conditions", ("Physical Requirements [PHYSICAL_REQ]", [physical]),
        ("Employment Conditions [EMPLOYMENT_CONDITION]", ["Travel up to 60% within East China; on call one weekend a "
                                                          "month"]),
        ("Interview Questions [INTERVIEW_QUESTION]", ["N/A"])]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, row in enumerate(rows):
        if isinstance(row, str):
            cell = table.cell(index, 0).merge(table.cell(index, 1))
            _write(cell, row)
            cell.paragraphs[0].runs[0].bold = True
            _shade(cell, "DCE6F1")
            continue
        label, lines = row
        _write(table.cell(index, 0), label)
        _write(table.cell(index, 1), *lines)
    document.save(str(path))
    return {
        "source_language": "en", "title": "Field Service Engineer II", "id": "FSE-0212", "basic.grade": "GR07",
        "basic.department": "Technical Service East China", "basic.reports_to": "Regional Service Manager, East China",
        "basic.work_location": "Shanghai (field-based)", "basic.headcount": 6, "basic.subordinates": None,
        "summary": summary, "duties": duties, "qualifications.education": "Bachelor's Degree (Required)",
        "qualifications.major": "Biomedical, Electrical or Mechanical Engineering",
        "qualifications.experience": ["3+ years servicing clinical laboratory analysers or other medical equipment"],
        "qualifications.certificates": None, "qualifications.abilities": skills, "physical": physical,
    }


def _sub_heading(document, text: str) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic = True, True


def canadian_work_description(path: Path) -> dict:
    """A Canadian federal agency's Work Description: the agency's name in
    English and French in the page header, a Position Information table
    (Position Number, Classification, NOC, Department/Agency beside
    Organizational Unit, the supervisor's position number beside its title,
    Geographic Location, Effective Date), Client-Service Results, Key
    Activities as bullets, then Skill, Effort, Responsibility and Working
    Conditions as bold headings over bold italic sub-headings."""
    document = docx.Document()
    _header(document, "Northern Waters Monitoring Agency / Agence de surveillance des eaux du Nord")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("WORK DESCRIPTION").bold = True
    _bold_line(document, "Position Information")
    _spanned_grid(document, [
        ["Position Number", "00412873"], ["Position Title", "Hydrometric Technician"],
        ["Classification (Group and Level)", "EG-04"], ["National Occupational Classification", "22112"],
        ["Department/Agency", "Northern Waters Monitoring Agency"], ["Organizational Unit", "Yukon Hydrometric Section"],
        ["Supervisor's Position Number", "00412801"], ["Supervisor's Position Title", "Supervisor, Hydrometric Operations"],
        ["Geographic Location", "Whitehorse, Yukon"], ["Effective Date", "2024-04-01"]], 2)
    results = ("Water level and streamflow data are collected, computed and published for the hydrometric stations of "
               "the Yukon network, for use by governments, industry and the public in water management and flood "
               "forecasting.")
    duties = ["Operates, maintains and repairs hydrometric stations, including data loggers, sensors and satellite "
              "transmitters.",
              "Measures streamflow by acoustic Doppler, current meter and other methods, in open water and under ice.",
              "Computes, reviews and approves water level and discharge records in the hydrometric database.",
              "Plans and carries out field trips to remote stations by vehicle, boat, snowmobile and helicopter.",
              "Trains and guides junior technicians and students in field procedures and safety."]
    knowledge = ("Knowledge of hydrometric methods and standards, open-channel hydraulics, electronics of data "
                 "collection platforms and the safety rules for work on and near water.")
    physical = ("Field work requires carrying equipment of up to 25 kg over rough ground, working from boats and on "
                "ice, and long periods of standing in cold water.")
    _bold_line(document, "Client-Service Results")
    document.add_paragraph(results)
    _bold_line(document, "Key Activities")
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    for heading, parts in [
            ("Skill", [("Knowledge", knowledge),
                       ("Human Relations", "Explains field findings to landowners, First Nations and partner agencies, "
                                           "and works closely with the other technicians of the section.")]),
            ("Effort", [("Intellectual Effort", "Judges the quality of measurements taken in changing ice and flow "
                                                "conditions."), ("Physical Effort", physical)]),
            ("Responsibility", [("Technical Leadership", "Guides up to two junior technicians during field trips."),
                                ("Resources", "Looks after field equipment worth about $400,000.")]),
            ("Working Conditions", [("Work Environment", "About 40% of the time in the field, in all seasons and "
                                                         "weather, often in remote areas."),
                                    ("Risk to Health", "Exposure to cold water, fast currents, wildlife and "
                                                       "helicopter travel.")])]:
        _bold_line(document, heading)
        for sub, text in parts:
            _sub_heading(document, sub)
            document.add_paragraph(text)
    document.save(str(path))
    return {
        "source_language": "en", "title": "Hydrometric Technician", "id": "00412873", "basic.grade": "EG-04",
        "basic.department": "Yukon Hydrometric Section", "basic.reports_to": "Supervisor, Hydrometric Operations",
        "basic.work_location": "Whitehorse, Yukon", "document.effective_date": "2024-04-01", "summary": results,
        "duties": duties, "qualifications.knowledge": knowledge, "physical": physical,
    }


NINTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("insurer_mail_merge_fields", insurer_mail_merge_fields),
    ("taiwan_bureau_job_statement", taiwan_bureau_job_statement),
    ("coal_mine_controlled_document", coal_mine_controlled_document),
    ("livestream_nested_tables_landscape", livestream_nested_tables_landscape),
    ("school_slash_bilingual", school_slash_bilingual),
    ("hr_system_profile_field_codes", hr_system_profile_field_codes),
    ("canadian_work_description", canadian_work_description))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(NINTH)
