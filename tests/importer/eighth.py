"""An eighth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: an expressway
operator's toll-station duty manager in a table of 项目 | 内容 split by a
page break into two tables, the heading row repeated on the second (and
marked to repeat), the duties running on in a row with no label, a 受控文件
watermark in the page header; a biopharmaceutical company's clinical
research associate whose duties are in Word's automatic numbering, each
line ending with its share of time (…（35%）), the date written 2024.03.05;
a restaurant chain's head chef with every section a one-cell table whose
bold first line names it, two 标签：值 pairs on a line; a city centre for
disease control's public-health doctor (a 事业单位 with 岗位类别 and 岗位等级)
pasted from an e-mail reply, every line a Shift+Enter break in one
paragraph under the mail's From/Sent/Subject lines; a state-owned gas
group's safety engineer issued as an official notice (红头文件: the red
issuer line, the document number 滨燃气人〔2024〕15号, the red rule, the
notice's text with its effective date, the form as its 附件, the 抄送 and
印发 lines at the end); an Australian TAFE institute's Position
Description with Organisational Relationships and Key Selection Criteria;
a US food manufacturer's job description on the SHRM template (bold
run-in labels, Essential Functions under the accommodation sentence, FLSA
Status, Physical Demands, the Other Duties disclaimer, the EEO statement
and blank signature lines).

A few values are ambiguous on purpose, with no truth for them: the
watermark text; the CRA's 语言要求 row; the chef's 能力 line (knowledge or an
ability) and 工作环境 line, 审核人 beside 编制人 and 批准人; the mail's 发件人,
发送时间 and its subject (…岗位说明书（请审核）), 岗位类别, the signature under
the form; the notice's own title (关于印发《…》的通知), its addressees, its
date 2024年3月18日 and the 印发 line, the form's 工作环境 row; the TAFE's
Directorate beside Business unit, Employment status, the desirable
criterion, the Approved by role and its date 14/03/2024, About the
Institute; the US form's FLSA Status, Prepared Date 02/12/2024 (month
first in the US), Work Environment, Travel, the preferred education. A
careful import places them right or names them in a warning.

108 facts in all, 13 to 17 a form. Written without reading the importer's
code and not run through it by their author. Run ``python -m
tests.importer.eighth`` for the figures. First measured on the importer
that had met the seventh batch: 67/108 facts right (62.0 %), 22 silent
errors (the notice refused as two positions, its 附件 line taken for a
second form's title; the TAFE's selection criteria, Essential, Desirable and
special requirements run on into the duties; 主要职责及时间占比 and the
numbered duties run into the summary; 岗位数量 unknown; Prepared glued onto
the US form's location). After the rules it showed (an official notice's
cover: the issuer line …文件 and the document number 〔2024〕15号 read, the
line naming the attachment and the 附件 heading no second form, an
effective date in a paragraph's last sentence; the Australian and US
templates' section labels, a selection criterion going to knowledge or the
abilities by its words, a high-school diploma the education, known
headings no field has (Other Duties, the EEO statement, Signatures,
Travel, preferred qualifications) ending the list above, a duty list's
unnumbered introduction reported, a company's name with its legal form
after a comma (…, Inc.) no sentence, words joined to a label at a line's
start (Revision Date:) the label's, never the value above; duties each
ending with their share of time read as weighted duties; a label naming a
condition of the work (出差要求) a working condition; a signature under a
pasted mail reported; a 标签：值 line of another part in a box under its
heading that part's; a word before the title in the title line (收费站) no
issuer when the page header names the company; 主要职责及时间占比, 岗位数量,
资格条件, 工作班制, Prepared Date as labels): 108/108 (100.0 %), 0 silent
errors, every other batch's figures unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor
from lxml import etree

from tests.importer.forms import _font, _numbered, _numbering, _write
from tests.importer.fresh import _element
from tests.importer.seventh import _bold_line, _spanned_grid
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header, _paragraphs
from tests.importer.truth import figures

_WATERMARK = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:rPr><w:noProof/></w:rPr><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:138pt;rotation:315;z-index:-251657216;'
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
    '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="{text}"/>'
    '</v:shape></w:pict></w:r>')


def _watermark(document, text: str) -> None:
    """A text watermark as Word's Design > Watermark writes it: a WordArt shape in the page header's first paragraph."""
    paragraph = document.sections[0].header.paragraphs[0]
    paragraph._p.append(etree.fromstring(_WATERMARK.replace("{text}", text)))


def _heading_row(table, *texts: str) -> None:
    """``table``'s first row: bold shaded headings, marked to repeat at the top of each page."""
    row = table.rows[0]
    row._tr.get_or_add_trPr().append(_element("w:tblHeader"))
    for cell, text in zip(row.cells, texts, strict=True):
        _write(cell, text)
        cell.paragraphs[0].runs[0].bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell._tc.get_or_add_tcPr().append(_element("w:shd", val="clear", color="auto", fill="BFBFBF"))


def _item_rows(document, heading: tuple[str, str], rows: list[tuple[str, str | list[str]]]):
    """A bordered table of two columns under a repeated heading row, each row a label beside its text or lines."""
    table = document.add_table(rows=len(rows) + 1, cols=2)
    table.style = "Table Grid"
    _heading_row(table, *heading)
    for index, (label, value) in enumerate(rows, 1):
        if label:
            _write(table.cell(index, 0), label)
        _write(table.cell(index, 1), *([value] if isinstance(value, str) else value))
    return table


def expressway_split_table_repeated_heading(path: Path) -> dict:
    """An expressway operator's toll-station duty manager: a watermark and
    the company in the page header, the title above a table of 项目 | 内容
    rows; a page break splits the table, the second repeats the heading row
    and carries on the duties (4．, 5．) in a row with no label."""
    document = docx.Document()
    _header(document, "江淮高速公路运营管理有限公司")
    _watermark(document, "受控文件")
    _footer(document, "人力资源部　2024年版")
    _title(document, "收费站值班站长岗位说明书", "宋体")
    summary = "在当班期间全面负责收费站的收费运营、安全保畅和文明服务工作，确保通行费应收不漏、车辆有序通行。"
    duties = ["组织召开班前会，检查当班人员到岗、仪容仪表和设备状况；", "监督收费操作，处理特情车辆和通行费争议；",
              "组织实施节假日小型客车免费通行和大流量保畅措施；", "检查通行费解缴和票据管理，确保账款相符；",
              "受理司乘人员投诉，及时上报和处置突发事件。"]
    numbered = [f"{number}．{duty}" for number, duty in zip("12345", duties, strict=True)]
    _item_rows(document, ("项目", "内容"), [
        ("岗位名称", "值班站长"), ("岗位编号", "JH-SF-04"), ("所属部门", "收费管理部"), ("工作地点", "所辖各收费站"),
        ("直接上级", "收费站站长"), ("直接下级", "收费班长、收费员"), ("岗位概述", summary), ("岗位职责", numbered[:3])])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _item_rows(document, ("项目", "内容"), [
        ("", numbered[3:]), ("学历要求", "大专及以上"), ("工作经验", "3年以上高速公路收费工作经验，其中1年以上收费班长经历"),
        ("资格证书", "高速公路收费员岗位资格证"), ("工作班制", "四班三倒，每班8小时"), ("身体要求", "身体健康，能适应夜班和户外作业")])
    document.save(str(path))
    return {
        "document.issuer": "江淮高速公路运营管理有限公司", "title": "值班站长", "id": "JH-SF-04", "basic.department": "收费管理部",
        "basic.work_location": "所辖各收费站", "basic.reports_to": "收费站站长", "basic.subordinates": ["收费班长", "收费员"],
        "summary": summary, "duties": duties, "qualifications.education": "大专及以上",
        "qualifications.experience": ["3年以上高速公路收费工作经验，其中1年以上收费班长经历"],
        "qualifications.certificates": ["高速公路收费员岗位资格证"], "environment.hours": "四班三倒，每班8小时",
        "physical": "身体健康，能适应夜班和户外作业",
    }


def pharma_duties_with_time_shares(path: Path) -> dict:
    """A listed biopharmaceutical company's clinical research associate: the
    company and the document number in the page header, a grid of two pairs
    a row, the duties in Word's automatic numbering in a merged cell, each
    ending with its share of the working time in brackets (…（35%）)."""
    document = docx.Document()
    _header(document, "华康生物医药股份有限公司", "文件编号：HKSW-HR-JD-0215　　版本：V3.0")
    _title(document, "临床监查员（CRA）岗位说明书")
    summary = "按照GCP和试验方案对临床试验进行监查，保证试验数据真实、准确、完整，受试者的权益和安全得到保护。"
    duties = [("负责研究中心的筛选、启动、常规监查和关闭访视", 35), ("核对原始资料与病例报告表，跟进数据质疑的解决", 25),
              ("管理研究中心的试验用药品、试验文件和物资", 15), ("监督研究者遵守试验方案和GCP，报告和跟踪严重不良事件", 15),
              ("撰写监查报告，维护临床试验管理系统中的项目信息", 10)]
    table = _spanned_grid(document, [
        ["岗位名称", "临床监查员（CRA）", "岗位编码", "CO-CRA-02"], ["所属部门", "临床运营部", "汇报对象", "临床运营经理"],
        ["职级", "P5", "编制日期", "2024.03.05"], ["工作地点", "上海", "出差要求", "每月出差8-10天"], ["岗位目的", summary],
        ["主要职责及时间占比", []], ["学历要求", "本科及以上", "专业要求", "医学、药学、护理或生物相关专业"],
        ["工作经验", "2年以上临床监查工作经验，有肿瘤项目经验者优先"], ["资格证书", "GCP培训合格证书"],
        ["语言要求", "英语六级，能阅读英文试验方案"]], 4)
    items = _numbering(document, "decimal", "%1.")
    for duty, share in duties:
        _numbered(table.cell(5, 1), f"{duty}（{share}%）", items)
    document.save(str(path))
    return {
        "document.issuer": "华康生物医药股份有限公司", "document.number": "HKSW-HR-JD-0215", "title": "临床监查员（CRA）",
        "id": "CO-CRA-02", "basic.department": "临床运营部", "basic.reports_to": "临床运营经理", "basic.grade": "P5",
        "basic.prepared_on": "2024-03-05", "basic.work_location": "上海",
        "environment.conditions": [{"name": "出差要求", "value": "每月出差8-10天"}], "summary": summary,
        "duties": [{"text": duty, "weight": share} for duty, share in duties], "qualifications.education": "本科及以上",
        "qualifications.major": "医学、药学、护理或生物相关专业",
        "qualifications.experience": ["2年以上临床监查工作经验，有肿瘤项目经验者优先"], "qualifications.certificates": ["GCP培训合格证书"],
    }


def _section_box(document, heading: str, *lines: str) -> None:
    """A one-cell bordered table: ``heading`` in bold on its first line, ``lines`` under it."""
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    box = table.cell(0, 0)
    box.paragraphs[0].add_run(heading).bold = True
    _font(box.paragraphs[0], "黑体")
    _write(box, *lines)
    document.add_paragraph()


def restaurant_one_cell_sections(path: Path) -> dict:
    """A restaurant chain's head chef: each section a one-cell table whose
    bold first line names it, the basic facts as 标签：值 lines of two pairs
    set apart by full-width spaces, duties typed 1. with a space, the
    sign-off as three pairs on one line."""
    document = docx.Document()
    _title(document, "味道江南餐饮管理有限公司", "宋体")
    _title(document, "厨师长岗位说明书")
    summary = "全面负责门店厨房的出品质量、成本控制、食品安全和团队管理，保证菜品稳定、安全、及时出品。"
    duties = ["制定厨房工作计划和人员排班，合理调配各档口人手；", "把控菜品出品标准，每日检查原料验收和菜品口味、分量、装盘；",
              "控制原料成本和损耗，月度毛利率不低于公司标准；", "落实食品安全和后厨“6T”管理，做好留样和消毒记录；",
              "组织新菜研发和厨师技能培训。"]
    _section_box(document, "基本信息", "岗位名称：厨师长　　　　岗位编号：WDJN-CF-01", "所属部门：门店厨房　　　　直接上级：门店总经理",
                 "直接下级：炉灶主管、砧板主管、面点主管", "定员：1人　　　　编制日期：2024年2月26日")
    _section_box(document, "岗位概述", summary)
    _section_box(document, "岗位职责", *[f"{number}. {duty}" for number, duty in enumerate(duties, 1)])
    _section_box(document, "任职资格", "学历：中专及以上", "经验：5年以上中餐厨房工作经验，其中2年以上厨师长或主管经验",
                 "证书：中式烹调师（三级）职业技能等级证书、健康证明", "能力：熟悉江浙菜系，具备菜品研发和成本核算能力")
    _section_box(document, "工作条件", "工作时间：做六休一，每天10:00-14:00、16:30-21:30", "工作环境：厨房高温、潮湿，需长时间站立",
                 "身体要求：身体健康，无传染性疾病")
    _section_box(document, "审批", "编制人：周芳　　　　审核人：李强　　　　批准人：陈伟")
    document.save(str(path))
    return {
        "document.issuer": "味道江南餐饮管理有限公司", "title": "厨师长", "id": "WDJN-CF-01", "basic.department": "门店厨房",
        "basic.reports_to": "门店总经理", "basic.subordinates": ["炉灶主管", "砧板主管", "面点主管"], "basic.headcount": 1,
        "basic.prepared_on": "2024-02-26", "summary": summary, "duties": duties, "qualifications.education": "中专及以上",
        "qualifications.experience": ["5年以上中餐厨房工作经验，其中2年以上厨师长或主管经验"],
        "qualifications.certificates": ["中式烹调师（三级）职业技能等级证书", "健康证明"],
        "environment.hours": "做六休一，每天10:00-14:00、16:30-21:30", "physical": "身体健康，无传染性疾病",
        "document.prepared_by": "周芳", "document.approved_by": "陈伟",
    }


def _broken_lines(document, *lines: str) -> None:
    """One paragraph whose ``lines`` are set apart by line breaks (Shift+Enter), an empty line a blank one."""
    paragraph = document.add_paragraph()
    for index, line in enumerate(lines):
        if index:
            paragraph.add_run().add_break()
        if line:
            paragraph.add_run(line)
    _font(paragraph, "等线")


def disease_control_pasted_from_mail(path: Path) -> dict:
    """A city centre for disease control's public-health doctor, pasted
    from an e-mail reply: the mail's header lines in one paragraph, the
    message and the whole form in another, every line a line break, the
    form's headings 一、…四、 and 标签：值 lines, the sender's signature under it."""
    document = docx.Document()
    _broken_lines(document, "发件人: 张敏 <zhangmin@lccdc.org.cn>", "发送时间: 2024年5月20日 16:42", "收件人: 人事科",
                  "主题: 回复: 慢病科岗位说明书（请审核）")
    summary = "开展辖区慢性病及其危险因素的监测、干预和健康管理，为慢性病防控决策提供依据。"
    duties = ["负责辖区死因监测、肿瘤登记和心脑血管事件报告的质量控制；", "组织开展慢性病及其危险因素流行病学调查；",
              "指导基层医疗卫生机构开展高血压、糖尿病患者健康管理；", "撰写监测分析报告和年度工作总结。"]
    _broken_lines(document, "人事科：", "按要求报送我科岗位说明书一份，请审核。", "", "临川市疾病预防控制中心岗位说明书", "一、基本情况",
                  "岗位名称：慢性病防制医师", "岗位编号：LC-MB-02", "岗位类别：专业技术岗位", "岗位等级：专业技术十级",
                  "所在科室：慢性非传染性疾病防制科", "直接上级：科长", "岗位数量：3个", "二、岗位概述", summary, "三、岗位职责",
                  *[f"{number}.{duty}" for number, duty in enumerate(duties, 1)], "四、任职条件",
                  "学历学位：大学本科及以上学历、学士及以上学位", "专业：预防医学、公共卫生", "工作经历：2年以上疾控或基层公共卫生工作经历",
                  "资格条件：具有执业医师资格（公共卫生类别）", "", "张敏", "慢性非传染性疾病防制科", "电话：0794-8221365")
    document.save(str(path))
    return {
        "document.issuer": "临川市疾病预防控制中心", "title": "慢性病防制医师", "id": "LC-MB-02", "basic.grade": "专业技术十级",
        "basic.department": "慢性非传染性疾病防制科", "basic.reports_to": "科长", "basic.headcount": 3, "summary": summary,
        "duties": duties, "qualifications.education": "大学本科及以上学历、学士及以上学位", "qualifications.major": "预防医学、公共卫生",
        "qualifications.experience": ["2年以上疾控或基层公共卫生工作经历"], "qualifications.certificates": ["具有执业医师资格（公共卫生类别）"],
    }


def _red(paragraph) -> None:
    """``paragraph`` in the large red type of a red-header document's issuer line."""
    for run in paragraph.runs:
        run.font.color.rgb = RGBColor(0xFF, 0, 0)
        run.font.size = Pt(26)
        run.bold = True


def _rule(paragraph, side: str, color: str = "FF0000") -> None:
    """A line along ``side`` (top, bottom) of ``paragraph``, as a red-header document's rule is drawn."""
    borders = _element("w:pBdr")
    borders.append(_element(f"w:{side}", val="single", sz="12", space="1", color=color))
    paragraph._p.get_or_add_pPr().insert_element_before(borders, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc")


def gas_group_official_notice(path: Path) -> dict:
    """A state-owned gas group's safety engineer issued as an official notice
    (红头文件): the red issuer line, the document number, a red rule, the
    notice saying when the form takes effect, the form as its 附件 after a
    page break (a grid with the duties typed （一）), the 抄送 and 印发
    lines at the end between rules."""
    document = docx.Document()
    issuer, number = document.add_paragraph("滨海燃气集团有限公司文件"), document.add_paragraph("滨燃气人〔2024〕15号")
    for paragraph in (issuer, number):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(paragraph, "方正小标宋简体")
    _red(issuer)
    _rule(number, "bottom")
    _title(document, "关于印发《安全环保部安全工程师岗位说明书》的通知", "方正小标宋简体")
    _paragraphs(document, "集团各部门、各分公司：",
                "　　为进一步规范岗位管理，明确岗位职责，经集团总经理办公会研究，现将《安全环保部安全工程师岗位说明书》印发给你们，"
                "请遵照执行。本说明书自2024年4月1日起施行。", "", "　　附件：安全环保部安全工程师岗位说明书")
    for line in ("滨海燃气集团有限公司", "2024年3月18日"):
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(paragraph)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _bold_line(document, "附件")
    _title(document, "安全工程师岗位说明书")
    summary = "负责集团安全生产和环境保护管理工作的组织、监督和检查，预防和减少燃气安全事故。"
    duties = ["贯彻落实安全生产法律法规，起草集团安全生产管理制度和操作规程；", "组织开展燃气场站、管网和用户端的安全检查和隐患排查治理；",
              "组织编制生产安全事故应急预案，每年至少组织两次应急演练；", "负责员工安全教育培训和特种作业人员持证管理；",
              "参与生产安全事故调查，统计和上报安全生产数据。"]
    _spanned_grid(document, [
        ["岗位名称", "安全工程师", "岗位编号", "BH-AH-03"], ["所属部门", "安全环保部", "直接上级", "安全环保部部长"],
        ["直接下级", "无", "岗位定员", "2人"], ["岗位目的", summary],
        ["主要职责", [f"（{number}）{duty}" for number, duty in zip("一二三四五", duties, strict=True)]],
        ["学历", "本科及以上", "专业", "安全工程、油气储运或相关专业"], ["工作经验", "3年以上燃气或危险化学品行业安全管理经验"],
        ["资格证书", "注册安全工程师、安全生产管理人员安全生产考核合格证"],
        ["工作环境", "办公室与燃气场站、施工现场交替，需参加节假日和夜间应急值守"]], 4)
    document.add_paragraph()
    copied = document.add_paragraph("抄送：集团领导。")
    _rule(copied, "top", "000000")
    printed = document.add_paragraph("滨海燃气集团有限公司综合办公室　　　　　　2024年3月18日印发")
    _rule(printed, "bottom", "000000")
    document.save(str(path))
    return {
        "document.issuer": "滨海燃气集团有限公司", "document.number": "滨燃气人〔2024〕15号", "document.effective_date": "2024-04-01",
        "title": "安全工程师", "id": "BH-AH-03", "basic.department": "安全环保部", "basic.reports_to": "安全环保部部长",
        "basic.subordinates": None, "basic.headcount": 2, "summary": summary, "duties": duties,
        "qualifications.education": "本科及以上", "qualifications.major": "安全工程、油气储运或相关专业",
        "qualifications.experience": ["3年以上燃气或危险化学品行业安全管理经验"],
        "qualifications.certificates": ["注册安全工程师", "安全生产管理人员安全生产考核合格证"],
    }


def tafe_position_description(path: Path) -> dict:
    """An Australian TAFE institute's Position Description: the institute in
    the page header, a Position details table, About the Institute before
    the purpose, Organisational relationships as Label: value lines and
    bullets, Key accountabilities as bullets, Key selection criteria
    numbered under Essential and Desirable, special requirements, an
    approval table."""
    document = docx.Document()
    _header(document, "Mallee Institute of TAFE")
    _footer(document, "Position Description – Student Services Officer")
    title = document.add_paragraph()
    title.add_run("POSITION DESCRIPTION").bold = True
    _bold_line(document, "Position details")
    _spanned_grid(document, [
        ["Position title", "Student Services Officer"], ["Position number", "MIT-00417"], ["Classification", "ASO4"],
        ["Directorate", "Education and Student Experience"], ["Business unit", "Student Services"],
        ["Reports to", "Student Services Manager"], ["Location", "Murray Bridge campus"],
        ["Employment status", "Ongoing, full-time"]], 2)
    _bold_line(document, "About the Institute")
    document.add_paragraph("Mallee Institute of TAFE delivers vocational education and training to more than 9,000 "
                           "students a year across six regional campuses.")
    _bold_line(document, "Position purpose")
    purpose = ("The Student Services Officer provides accurate and timely information, enrolment and administrative "
               "support to students and staff, so that students can start and complete their studies with the "
               "support they need.")
    document.add_paragraph(purpose)
    _bold_line(document, "Organisational relationships")
    internal = ["Teaching staff and program coordinators, on enrolments and student progress",
                "Finance Services, on fees, refunds and payment plans"]
    external = ["Current and prospective students and their families",
                "Employers, apprentices and trainees, and Group Training Organisations"]
    for line in ("Reports to: Student Services Manager", "Direct reports: Nil", "Internal relationships:"):
        document.add_paragraph(line)
    for item in internal:
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph("External relationships:")
    for item in external:
        document.add_paragraph(item, style="List Bullet")
    _bold_line(document, "Key accountabilities")
    duties = ["Provide information and advice to current and prospective students on courses, fees, enrolment and "
              "support services.",
              "Process enrolments, withdrawals, credit transfers and fee payments in the student management system.",
              "Maintain accurate student records in line with the Institute's policies and privacy legislation.",
              "Refer students to counselling, disability and learning support services as needed.",
              "Contribute to the continuous improvement of Student Services processes."]
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    _bold_line(document, "Key selection criteria")
    criteria = ["Demonstrated experience in providing front-line customer service in an education or government "
                "setting.",
                "Highly developed interpersonal and written communication skills, including the ability to deal "
                "sensitively with students from diverse backgrounds.",
                "Sound knowledge of the vocational education and training (VET) sector, including enrolment and "
                "funding rules.",
                "Proficiency in Microsoft Office and student management systems."]
    _bold_line(document, "Essential")
    _paragraphs(document, *[f"{number}. {criterion}" for number, criterion in enumerate(criteria, 1)])
    _bold_line(document, "Desirable")
    _paragraphs(document, "5. Certificate IV in Business Administration or equivalent.")
    _bold_line(document, "Special requirements")
    certificates = ["Current Working With Children Check", "Current South Australian driver's licence"]
    for item in certificates:
        document.add_paragraph(item, style="List Bullet")
    _spanned_grid(document, [["Approved by", "Director, Student Experience"], ["Date", "14/03/2024"]], 2)
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": "Mallee Institute of TAFE", "title": "Student Services Officer",
        "id": "MIT-00417", "basic.grade": "ASO4", "basic.department": "Student Services",
        "basic.reports_to": "Student Services Manager", "basic.work_location": "Murray Bridge campus",
        "basic.subordinates": None, "summary": purpose, "duties": duties, "relationships.internal": internal,
        "relationships.external": external, "qualifications.experience": [criteria[0]],
        "qualifications.abilities": [criteria[1], criteria[3]], "qualifications.knowledge": criteria[2],
        "qualifications.certificates": certificates,
    }


def _run_in(document, label: str, value: str) -> None:
    """A paragraph of a bold run-in label and its value."""
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(value)


def us_shrm_template(path: Path) -> dict:
    """A US food manufacturer's maintenance technician on the SHRM template:
    bold run-in labels (Job Title:, FLSA Status:, Pay Grade:), bold section
    headings, Essential Functions under the accommodation sentence,
    Competencies numbered by Word, the Other Duties disclaimer and the EEO
    statement, blank signature lines."""
    document = docx.Document()
    _title(document, "Prairie Gold Foods, Inc.", "Calibri")
    heading = document.add_paragraph("Job Description")
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for label, value in [("Job Title", "Maintenance Technician II"), ("Department", "Plant Maintenance"),
                         ("Reports To", "Maintenance Supervisor"), ("FLSA Status", "Non-Exempt"), ("Pay Grade", "H7"),
                         ("Location", "Cedar Falls, Iowa"), ("Prepared Date", "02/12/2024")]:
        _run_in(document, label, value)
    summary = ("The Maintenance Technician II keeps the plant's processing and packaging equipment running safely and "
               "efficiently by performing preventive maintenance, troubleshooting and repairs.")
    duties = ["Performs scheduled preventive maintenance on mixers, ovens, conveyors and packaging lines.",
              "Troubleshoots and repairs mechanical, electrical, pneumatic and hydraulic systems.",
              "Responds promptly to line breakdowns to minimize downtime.",
              "Records all work orders and parts used in the maintenance management system.",
              "Follows lockout/tagout, GMP and food safety procedures at all times."]
    competencies = ["Technical capacity", "Problem solving and analysis", "Safety and security awareness", "Teamwork"]
    physical = ("The employee must regularly lift and/or move up to 50 pounds, climb ladders and work at heights, and "
                "stand or walk for most of the shift.")
    hours = ("This is a full-time position. Days and hours of work are Monday through Friday, 6:00 a.m. to 2:30 p.m. "
             "Occasional weekend and overtime work is required.")
    _bold_line(document, "Summary/Objective")
    document.add_paragraph(summary)
    _bold_line(document, "Essential Functions")
    document.add_paragraph("Reasonable accommodations may be made to enable individuals with disabilities to perform "
                           "the essential functions.")
    for duty in duties:
        document.add_paragraph(duty, style="List Bullet")
    _bold_line(document, "Competencies")
    for competency in competencies:
        document.add_paragraph(competency, style="List Number")
    for section, text in [
            ("Supervisory Responsibility", "This position has no supervisory responsibilities."),
            ("Work Environment", "This job operates in a food processing plant. The employee is regularly exposed to "
                                 "wet floors, moving mechanical parts and temperatures from coolers to ovens. The noise "
                                 "level is usually loud."),
            ("Physical Demands", physical), ("Position Type and Expected Hours of Work", hours),
            ("Travel", "No travel is expected for this position.")]:
        _bold_line(document, section)
        document.add_paragraph(text)
    for section, items in [
            ("Required Education and Experience", ["High school diploma or GED", "Three years of industrial maintenance "
                                                   "experience in a food or manufacturing plant"]),
            ("Preferred Education and Experience", ["Associate degree in industrial maintenance or a related field"]),
            ("Additional Eligibility Qualifications", ["EPA Section 608 Universal certification"])]:
        _bold_line(document, section)
        for item in items:
            document.add_paragraph(item, style="List Bullet")
    _bold_line(document, "Other Duties")
    document.add_paragraph("Please note this job description is not designed to cover or contain a comprehensive "
                           "listing of activities, duties or responsibilities that are required of the employee for "
                           "this job. Duties, responsibilities and activities may change at any time with or without "
                           "notice.")
    _bold_line(document, "AAP/EEO Statement")
    document.add_paragraph("Prairie Gold Foods, Inc. provides equal employment opportunities to all employees and "
                           "applicants for employment without regard to race, color, religion, sex, national origin, "
                           "age, disability or genetics.")
    _bold_line(document, "Signatures")
    for line in ("This job description has been approved by all levels of management:",
                 "Manager: ____________________\tDate: ____________",
                 "Employee signature below constitutes employee's understanding of the requirements, essential "
                 "functions and duties of the position.",
                 "Employee: ____________________\tDate: ____________"):
        document.add_paragraph(line)
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": "Prairie Gold Foods, Inc.", "title": "Maintenance Technician II",
        "basic.department": "Plant Maintenance", "basic.reports_to": "Maintenance Supervisor", "basic.grade": "H7",
        "basic.work_location": "Cedar Falls, Iowa", "summary": summary, "duties": duties,
        "qualifications.abilities": competencies, "basic.subordinates": None, "physical": physical,
        "environment.hours": hours, "qualifications.education": "High school diploma or GED",
        "qualifications.experience": ["Three years of industrial maintenance experience in a food or manufacturing plant"],
        "qualifications.certificates": ["EPA Section 608 Universal certification"],
    }


EIGHTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("expressway_split_table_repeated_heading", expressway_split_table_repeated_heading),
    ("pharma_duties_with_time_shares", pharma_duties_with_time_shares),
    ("restaurant_one_cell_sections", restaurant_one_cell_sections),
    ("disease_control_pasted_from_mail", disease_control_pasted_from_mail),
    ("gas_group_official_notice", gas_group_official_notice),
    ("tafe_position_description", tafe_position_description),
    ("us_shrm_template", us_shrm_template))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(EIGHTH)
