"""A sixteenth batch of held-out forms, each made as an HR department makes
one, in organisations and styles no other form file uses: a Japanese-owned
precision parts factory's inspector whose labels are Japanese in kanji only
(職務名, 職務番号, 所属部署, 上長, 部下, 定員, 職務目的, 職務内容, 学歴,
専攻, 経験, 勤務時間, 作成者, 承認者, 作成日) with the values in Chinese; a Hong
Kong government department's assistant clerical officer in English with
each heading's Chinese (Traditional) in brackets (Post Title (職位名稱), Rank,
Responsible to, Responsible for, Main Duties (主要職務)), duties lettered (a) (b); a golf
club's caddie master whose every label and value stands in one boxed cell,
set apart by a tab stop with a dotted leader (岗位名称……………球童主管), the
duties after the first indented to the values' stop; a
hospital's ward nurse laid out in two Word section columns (w:cols), not a
table, the column break before the requirements; a state-owned power
construction company's 岗位说明书 with a cover page, a table of contents
field (TOC, its entries paragraphs with dotted leaders) over Heading 1 styles and the form after a page break; a
university's teaching post (教学岗) with 岗位等级 whose duties are one
paragraph each opening 一是…二是…三是…, as a Party-style document writes
them; a Korean-owned cosmetics company's form whose labels are Chinese with
the Korean in full-width brackets after them (职位名称（직무명）).

A few values are ambiguous on purpose, with no truth for them: the Hong
Kong form's Rank (the rank, not the post, beside Post Title: a grade or a
title) and its Entry Requirements line about language (no field holds
languages); the golf club's 身体要求 line; the nursing form's 执业资格 line
(a certificate, or 或 having passed the examination); the cover page's
编制单位 and its date (the cover's, not the form's); the university's 岗位类别;
the Korean form's 语言能力 line; the sign-offs that name a rank or
department with the person (the Hong Kong form's Prepared by: Chan
Siu-ming, Executive Officer II, the nursing form's 编写人：护理部 吴丽娟 and
审定人：分管副院长 赵国平); the state-owned form's 审核 beside 批准 (two
approvers). A careful import places them right or names
them in a warning.

Truth choices: the Japanese labels mean what the Chinese ones would (上長
the superior, 作成者 the preparer); a heading's Chinese in brackets is
part of the label, not of the value; the dotted leader is not part of the
label or the value; a TOC field's result (the headings' list and page
numbers) is not a value; the duties of 一是…二是… are the texts after
一是, 二是, … (the ordinal is their numbering); the Korean in brackets
is part of the label. A 部下 of 无 and a Responsible for of Nil are no subordinate.

105 facts in all, 13 to 17 a form.

Written without reading the importer's code and not run through it by
their author before the first measurement. Run
``python -m tests.importer.sixteenth`` for the figures.

First measured on the importer that had met the fourteenth and fifteenth
batches: 92/105 facts right (87.6 %), 0 silent errors:

=============================  =======  =======  ======
form                           right    flagged  silent
=============================  =======  =======  ======
japanese_kanji_labels          11/17    6        0
hong_kong_government_english   8/13     5        0
golf_club_dotted_leaders       16/16    0        0
nursing_section_columns        14/14    0        0
soe_cover_and_toc              15/15    0        0
university_ordinal_paragraphs  15/15    0        0
korean_bracketed_labels        13/15    2        0
=============================  =======  =======  ======

Flagged: the Japanese form's 職務番号, 所属部署, 職務目的, 学歴, 専攻 and 経験
(labels no field has, reported not placed); the Hong Kong form's issuer
(kept with 水務署 after it), its post number (its slashes not usable as an
id, kept as a comment), Section, Office and Academic qualification
(labels no field has); the Korean form's 下属职位 and 职务目的 (labels no
field has). No truth was changed after the measurement.

After the rules it showed (the Japanese forms of kanji folded to
simplified when labels are compared, so 学歴 and 経験 are 学历 and 经验;
職務番号, 所属部署, 部署, 職務目的, 専攻 and 部下 their fields' variants; 下属职位,
职务目的, Section, Office and Academic qualification(s) too; a page
header's name and its translation set apart by a wide gap kept in the
form's language, the translation reported; a position number whose
characters no file name holds giving an id made from it, reported):
104/105 (99.0 %), 0 silent errors:

=============================  =======  =======  ======
form                           right    flagged  silent
=============================  =======  =======  ======
japanese_kanji_labels          17/17    0        0
hong_kong_government_english   12/13    1        0
golf_club_dotted_leaders       16/16    0        0
nursing_section_columns        14/14    0        0
soe_cover_and_toc              15/15    0        0
university_ordinal_paragraphs  15/15    0        0
korean_bracketed_labels        15/15    0        0
=============================  =======  =======  ======

Flagged: the Hong Kong form's post number (WSD/CA/ACO/017: its slashes
cannot be in an id, which names files; the id WSD-CA-ACO-017 is made
from it and reported).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from tests.importer.eleventh import _lines, _widths
from tests.importer.fifteenth import _grid
from tests.importer.forms import _font, _write
from tests.importer.fourteenth import _field_run
from tests.importer.fresh import _element
from tests.importer.ninth import _shade
from tests.importer.sixth import _title
from tests.importer.styles import _footer, _header
from tests.importer.truth import figures


def japanese_kanji_labels(path: Path) -> dict:
    """A Japanese-owned precision parts factory's final inspector: the group's
    form with labels in Japanese kanji only, the values typed in Chinese."""
    document = docx.Document()
    company = "大连精工部品有限公司"
    _header(document, f"{company}　人事総務部")
    _footer(document, "様式 JS-HR-004　第3版")
    _title(document, "職務記述書", font="ＭＳ 明朝")
    summary = "按检验规程对出货前的精密零件进行尺寸和外观检验，防止不合格品流出，保证客户交货质量。"
    duties = ["按图纸和检验基准书对成品进行尺寸、外观全数或抽样检验；", "使用三坐标测量仪、投影仪等量具进行测量并记录数据；",
              "发现不合格品时进行标识、隔离，并填写不合格品处理单；", "每日汇总检验数据，提交检验日报；",
              "参与客户投诉品的再检验和原因调查。"]
    rows = [("職務名", "最终检验员", "職務番号", "DJ-QC-012"), ("所属部署", "品质保证部", "上長", "品质保证课长"),
            ("部下", "无", "定員", "5名"), ("職務目的", summary, None, None),
            ("職務内容", "\n".join(f"{number}. {duty}" for number, duty in enumerate(duties, 1)), None, None),
            ("学歴", "中专及以上", None, None), ("専攻", "机械制造、机电一体化等相关专业", None, None),
            ("経験", "1年以上机械加工零件检验工作经验", None, None), ("勤務時間", "两班倒，8:00-17:00／20:00-5:00，每周轮换", None, None),
            ("作成者", "佐藤健一", "承認者", "王海涛"), ("作成日", "2024年4月22日", None, None)]
    table = _grid(document, rows, (1.1, 2.3, 1.0, 2.2))
    for index in range(len(rows)):
        _shade(table.cell(index, 0), "DDEBF7")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "最终检验员", "id": "DJ-QC-012",
        "basic.department": "品质保证部", "basic.reports_to": "品质保证课长", "basic.subordinates": None,
        "basic.headcount": 5, "summary": summary, "duties": duties, "qualifications.education": "中专及以上",
        "qualifications.major": "机械制造、机电一体化等相关专业", "qualifications.experience": ["1年以上机械加工零件检验工作经验"],
        "environment.hours": "两班倒，8:00-17:00／20:00-5:00，每周轮换", "document.prepared_by": "佐藤健一",
        "document.approved_by": "王海涛", "basic.prepared_on": "2024-04-22",
    }


def _bracketed_heading(document, english: str, chinese: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    run = paragraph.add_run(f"{english} ({chinese})")
    run.bold = True
    run.underline = True


def hong_kong_government_english(path: Path) -> dict:
    """A Hong Kong government department's assistant clerical officer in
    English, each label and heading with its Chinese (Traditional) in
    brackets, the duties lettered (a) (b) under Main Duties."""
    document = docx.Document()
    department = "Water Supplies Department"
    _header(document, f"{department}  水務署", "RESTRICTED (STAFF)")
    _title(document, "JOB DESCRIPTION (職責說明)", font="Times New Roman")
    summary = ("To provide counter and telephone enquiry services to the public on water accounts and to give "
               "clerical support to the Customer Accounts Section.")
    duties = ["To handle enquiries from the public at the counter and by telephone on water accounts.",
              "To process applications for opening and closing water accounts and refund of deposits.",
              "To input and update customer records in the Customer Care and Billing System.",
              "To sort, register and file incoming and outgoing correspondence of the section.",
              "To perform any other duties as assigned by the supervisor."]
    for line in ("Post Title (職位名稱): Assistant Clerical Officer (Customer Accounts)",
                 "Rank (職級): Assistant Clerical Officer", "Post Number (職位編號): WSD/CA/ACO/017",
                 "Section (組別): Customer Accounts Section, Consumer Services Division",
                 "Responsible to (直屬上司): Clerical Officer (Customer Accounts)",
                 "Responsible for (下屬人員): Nil", "Office (辦公地點): Mong Kok Customer Enquiry Centre"):
        document.add_paragraph(line)
    _bracketed_heading(document, "Purpose of the Post", "職位目的")
    document.add_paragraph(summary)
    _bracketed_heading(document, "Main Duties and Responsibilities", "主要職務及職責")
    for letter, duty in zip("abcde", duties, strict=True):
        paragraph = document.add_paragraph(f"({letter})\t{duty}")
        paragraph.paragraph_format.left_indent = Inches(0.5)
        paragraph.paragraph_format.first_line_indent = Inches(-0.5)
    _bracketed_heading(document, "Entry Requirements", "入職條件")
    document.add_paragraph("Academic qualification (學歷): Level 2 or above in five subjects in the HKDSE, including "
                           "English Language and Chinese Language")
    document.add_paragraph("Language proficiency (語文能力): good command of written Chinese and English and spoken "
                           "Cantonese, Putonghua and English")
    _bracketed_heading(document, "Conditions of Service", "服務條件")
    document.add_paragraph("Working hours (工作時間): 44 conditioned hours per week, five-day week")
    document.add_paragraph()
    document.add_paragraph("Prepared by (擬備人員): Chan Siu-ming, Executive Officer II")
    document.add_paragraph("Date (日期): 15 May 2024")
    document.save(str(path))
    return {
        "source_language": "en", "document.issuer": department,
        "title": "Assistant Clerical Officer (Customer Accounts)", "id": "WSD/CA/ACO/017",
        "basic.department": "Customer Accounts Section, Consumer Services Division",
        "basic.reports_to": "Clerical Officer (Customer Accounts)", "basic.subordinates": None, "summary": summary,
        "basic.work_location": "Mong Kok Customer Enquiry Centre",
        "duties": duties, "qualifications.education": ("Level 2 or above in five subjects in the HKDSE, including "
                                                        "English Language and Chinese Language"),
        "environment.hours": "44 conditioned hours per week, five-day week", "basic.prepared_on": "2024-05-15",
    }


def _leader_line(cell, label: str, value: str) -> None:
    """``label``, a tab to a stop with a dotted leader, ``value``: one paragraph of ``cell``."""
    paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(1.8), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    paragraph.paragraph_format.left_indent = Inches(1.8)
    paragraph.paragraph_format.first_line_indent = Inches(-1.8)
    paragraph.add_run(f"{label}\t{value}")
    _font(paragraph, "宋体")


def golf_club_dotted_leaders(path: Path) -> dict:
    """A golf club's caddie master: every label and value in one boxed cell,
    set apart by a tab stop with a dotted leader."""
    document = docx.Document()
    club = "惠州白鹭湖高尔夫球会有限公司"
    _header(document, club)
    _title(document, "岗位说明书", font="黑体")
    summary = "管理球童队伍，合理安排出发和球童派工，保证打球节奏和球童服务质量。"
    duties = ["根据订场情况安排球童出勤和派工，控制打球节奏；", "组织球童岗前培训和球场礼仪、规则考核；",
              "巡查场上服务情况，处理会员和嘉宾的投诉；", "管理球车、球包寄存和球童用品；", "统计球童出场次数，核算球童服务费。"]
    box = document.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    for label, value in (("岗位名称", "球童主管"), ("岗位编号", "BLH-YY-06"), ("所属部门", "运营部"), ("直接上级", "运营部经理"),
                         ("直接下级", "球童领班、球童"), ("岗位定员", "1人"), ("岗位目的", summary)):
        _leader_line(cell, label, value)
    _leader_line(cell, "工作职责", f"1．{duties[0]}")
    for number, duty in enumerate(duties[1:], 2):
        paragraph = cell.add_paragraph(f"{number}．{duty}")
        paragraph.paragraph_format.left_indent = Inches(1.8)
        _font(paragraph, "宋体")
    for label, value in (("学历要求", "高中及以上"), ("工作经验", "3年以上高尔夫球会球童工作经验，1年以上班组管理经验"),
                         ("身体要求", "身体健康，能适应户外工作"), ("工作时间", "6:00-15:00，每周休息1天，节假日轮休"),
                         ("编制人", "钟晓敏"), ("审核人", "李伟强"), ("编制日期", "2024年3月26日")):
        _leader_line(cell, label, value)
    _widths(box, 6.3)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": club, "title": "球童主管", "id": "BLH-YY-06",
        "basic.department": "运营部", "basic.reports_to": "运营部经理", "basic.subordinates": ["球童领班", "球童"],
        "basic.headcount": 1, "summary": summary, "duties": duties, "qualifications.education": "高中及以上",
        "qualifications.experience": ["3年以上高尔夫球会球童工作经验，1年以上班组管理经验"],
        "environment.hours": "6:00-15:00，每周休息1天，节假日轮休", "document.prepared_by": "钟晓敏",
        "document.approved_by": "李伟强", "basic.prepared_on": "2024-03-26",
    }


def _two_columns(document) -> None:
    """The section's text set in two columns, as Page Layout → Columns → Two sets it."""
    section = document.sections[0]._sectPr
    for old in section.findall(qn("w:cols")):
        section.remove(old)
    section.append(_element("w:cols", num="2", space="425"))


def nursing_section_columns(path: Path) -> dict:
    """A hospital's ward nurse laid out in two section columns (w:cols), not
    a table: the basic facts and duties in the left column, a column break,
    the requirements in the right."""
    document = docx.Document()
    hospital = "南通市第三人民医院"
    _header(document, f"{hospital}　护理部")
    _two_columns(document)
    _title(document, "护理岗位说明书", font="黑体")
    summary = "在护士长领导下，按照护理常规和操作规程为患者提供整体护理，保证护理质量和患者安全。"
    duties = ["执行医嘱，完成各项治疗、护理操作并准确记录；", "观察患者病情变化，发现异常及时报告医生并配合处理；",
              "做好患者入院、出院宣教和健康指导；", "执行消毒隔离制度，预防医院感染；", "参加护理查房、业务学习和护理质量检查。"]
    heading = document.add_paragraph()
    heading.add_run("一、基本情况").bold = True
    _lines(document, "岗位名称：病区护士", "岗位编号：NT3-HL-021", "所在科室：心血管内科病区", "直接上级：病区护士长",
           "岗位等级：初级护理岗位")
    heading = document.add_paragraph()
    heading.add_run("二、岗位概述").bold = True
    _lines(document, summary)
    heading = document.add_paragraph()
    heading.add_run("三、岗位职责").bold = True
    _lines(document, *(f"{number}.{duty}" for number, duty in enumerate(duties, 1)))
    document.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    heading = document.add_paragraph()
    heading.add_run("四、任职条件").bold = True
    _lines(document, "学历：大专及以上", "专业：护理学", "执业资格：持有护士执业证书或已通过护士执业资格考试",
           "工作经验：1年以上临床护理工作经验")
    heading = document.add_paragraph()
    heading.add_run("五、工作条件").bold = True
    _lines(document, "工作时间：三班倒，A班8:00-16:00，P班16:00-24:00，N班0:00-8:00",
           "编写人：护理部 吴丽娟", "审定人：分管副院长 赵国平", "编写日期：2024年1月15日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": hospital, "title": "病区护士", "id": "NT3-HL-021",
        "basic.department": "心血管内科病区", "basic.reports_to": "病区护士长", "basic.grade": "初级护理岗位",
        "summary": summary, "duties": duties, "qualifications.education": "大专及以上", "qualifications.major": "护理学",
        "qualifications.experience": ["1年以上临床护理工作经验"],
        "environment.hours": "三班倒，A班8:00-16:00，P班16:00-24:00，N班0:00-8:00", "basic.prepared_on": "2024-01-15",
    }


def _contents(document, instruction: str, entries: list[str]) -> None:
    """A table of contents as Word inserts it: a field begun in the first
    entry's paragraph and ended in the last's, an entry a paragraph with a
    dotted leader to its page number at the right."""
    code = _element("w:instrText")
    code.text = f" {instruction} "
    code.set(qn("xml:space"), "preserve")
    for index, entry in enumerate(entries):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(6.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if index == 0:
            for piece in (_element("w:fldChar", fldCharType="begin"), code,
                          _element("w:fldChar", fldCharType="separate")):
                paragraph._p.append(_field_run(piece))
        paragraph.add_run(entry)
        if index == len(entries) - 1:
            paragraph._p.append(_field_run(_element("w:fldChar", fldCharType="end")))


def soe_cover_and_toc(path: Path) -> dict:
    """A state-owned power construction company's 岗位说明书: a cover page, a
    table of contents field over the Heading 1 sections, the form after a
    page break."""
    document = docx.Document()
    company = "中电建江西第二工程有限公司"
    for _ in range(4):
        document.add_paragraph()
    _title(document, company, font="方正小标宋简体")
    _title(document, "岗位说明书", font="方正小标宋简体")
    for run in document.paragraphs[-1].runs:
        run.font.size = Pt(26)
    for _ in range(6):
        document.add_paragraph()
    for line in ("岗位：项目安全员", "编制单位：人力资源部（党委组织部）", "二〇二四年三月"):
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    _title(document, "目　录", font="黑体")
    sections = ["一、岗位基本信息", "二、岗位目的", "三、岗位职责", "四、任职资格", "五、工作条件"]
    _contents(document, 'TOC \\o "1-1" \\h \\z \\u', [f"{name}\t{page}" for name, page in
                                                        zip(sections, (3, 3, 3, 3, 4), strict=True)])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    summary = "负责项目施工现场的安全监督检查，落实安全生产责任制和各项安全措施，防止生产安全事故发生。"
    duties = ["贯彻执行国家安全生产法律法规和公司安全管理制度；", "编制项目安全技术措施和专项应急预案，组织安全技术交底；",
              "每日巡查施工现场，制止违章指挥和违章作业，督促隐患整改；", "组织新进场人员三级安全教育和特种作业人员持证核查；",
              "参与生产安全事故的调查处理，建立安全管理台账。"]
    contents = [("一、岗位基本信息", ["岗位名称：项目安全员", "岗位编码：JX2-AQ-0305", "所在部门：项目部安全质量部",
                                "直接上级：项目安全总监", "岗位序列：专业技术序列", "工作地点：公司承建项目现场"]),
                ("二、岗位目的", [summary]), ("三、岗位职责", [f"（{number}）{duty}" for number, duty in
                                                      enumerate(duties, 1)]),
                ("四、任职资格", ["学历：本科及以上", "专业：安全工程、土木工程、电气工程等相关专业",
                             "工作经验：3年以上电力或建筑施工现场安全管理经验", "证书：注册安全工程师或安全生产考核合格证书（C证）"]),
                ("五、工作条件", ["工作时间：标准工时制，项目现场按施工计划安排"])]
    for heading, lines in contents:
        document.add_heading(heading, level=1)
        _lines(document, *lines, font="仿宋_GB2312")
    _footer(document, "JX2-HR-GW-2024　受控文件")
    document.add_paragraph()
    _lines(document, "编制：孙志刚　　审核：黄永红　　批准：刘德胜", "实施日期：2024年3月20日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "项目安全员", "id": "JX2-AQ-0305",
        "basic.department": "项目部安全质量部", "basic.reports_to": "项目安全总监", "basic.work_location": "公司承建项目现场",
        "summary": summary, "duties": duties, "qualifications.education": "本科及以上",
        "qualifications.major": "安全工程、土木工程、电气工程等相关专业",
        "qualifications.experience": ["3年以上电力或建筑施工现场安全管理经验"],
        "environment.hours": "标准工时制，项目现场按施工计划安排", "document.prepared_by": "孙志刚",
        "document.effective_date": "2024-03-20",
    }


def university_ordinal_paragraphs(path: Path) -> dict:
    """A university's teaching post (教学岗) with 岗位等级: a grid for the
    basic facts, the duties paragraphs each opening 一是, 二是, 三是."""
    document = docx.Document()
    university = "湘南理工学院"
    _header(document, university)
    _title(document, "教学岗位说明书", font="方正小标宋简体")
    summary = "承担机械工程专业本科课程教学，参与专业建设和教学改革，提高人才培养质量。"
    duties = ["承担《机械设计》《机械原理》等专业课程的理论和实验教学，年均教学工作量不少于320学时；",
              "指导本科生课程设计、生产实习和毕业设计，每年指导毕业设计学生不少于6人；",
              "参与专业培养方案修订、课程建设和教材编写；", "承担本科生班主任或学业导师工作；",
              "参加教研室教学研究活动，每学年至少听课8次。"]
    ordinals = "一二三四五"
    rows = [("岗位名称", "机械设计课程专任教师", "岗位编号", "XN-JX-JX-014"), ("所在单位", "机械与能源工程学院", "岗位类别", "教学为主型"),
            ("岗位等级", "专业技术七级", "直接上级", "机械设计教研室主任"), ("岗位目的", summary, None, None),
            ("岗位职责", "", None, None), ("学历学位", "博士研究生，博士学位", None, None), ("专业", "机械工程及相关学科", None, None),
            ("工作经历", "具有高校2年以上教学经历，或有1年以上企业工程实践经历", None, None)]
    table = _grid(document, rows, (1.2, 2.0, 1.0, 2.0))
    duty_cell = table.cell(4, 1)
    _write(duty_cell, *(f"{ordinals[index]}是{duty}" for index, duty in enumerate(duties)))
    for paragraph in duty_cell.paragraphs:
        paragraph.paragraph_format.first_line_indent = Pt(21)
    document.add_paragraph()
    _lines(document, "制表人：谭雅琴　　　审核人：彭建军", "制表日期：2024年5月9日")
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": university, "title": "机械设计课程专任教师", "id": "XN-JX-JX-014",
        "basic.department": "机械与能源工程学院", "basic.grade": "专业技术七级", "basic.reports_to": "机械设计教研室主任",
        "summary": summary, "duties": duties, "qualifications.education": "博士研究生，博士学位",
        "qualifications.major": "机械工程及相关学科",
        "qualifications.experience": ["具有高校2年以上教学经历，或有1年以上企业工程实践经历"],
        "document.prepared_by": "谭雅琴", "document.approved_by": "彭建军", "basic.prepared_on": "2024-05-09",
    }


def korean_bracketed_labels(path: Path) -> dict:
    """A Korean-owned cosmetics company's form: each label Chinese with its
    Korean in full-width brackets after it, the values in Chinese."""
    document = docx.Document()
    company = "上海美妍雅化妆品有限公司"
    _header(document, f"{company}　（주）미연아 화장품 상해법인")
    _title(document, "职务说明书（직무기술서）", font="黑体")
    summary = "负责华东区域百货专柜的销售管理，完成区域销售目标，提升品牌形象和顾客满意度。"
    duties = ["制定区域月度销售计划并分解到各专柜，跟踪完成情况；", "巡查专柜陈列、库存和服务标准的执行；",
              "组织美容顾问产品知识和销售技巧培训；", "与百货商场沟通促销活动和专柜位置；", "分析竞品动态和销售数据，每月提交区域报告。"]
    rows = [("职位名称（직무명）", "区域销售主管"), ("职位编号（직무코드）", "MYY-SL-E03"), ("所属部门（소속부서）", "销售本部华东区"),
            ("直属上级（직속상사）", "华东区经理"), ("下属职位（하위직무）", "专柜主任、美容顾问"), ("工作地点（근무지）", "上海市及江浙地区"),
            ("职务目的（직무목적）", summary), ("主要职责（주요업무）", ""), ("学历（학력）", "大专及以上"),
            ("经验（경력）", "3年以上化妆品或快消品销售管理经验"), ("语言能力（어학능력）", "会韩语者优先"),
            ("工作时间（근무시간）", "9:00-18:00，需经常出差"), ("编制人（작성자）", "朴成浩"), ("编制日期（작성일）", "2024.04.10")]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for index, (label, value) in enumerate(rows):
        _write(table.cell(index, 0), label)
        _shade(table.cell(index, 0), "E7E6E6")
        if label.startswith("主要职责"):
            _write(table.cell(index, 1), *(f"{number}）{duty}" for number, duty in enumerate(duties, 1)))
        else:
            _write(table.cell(index, 1), value)
    _widths(table, 2.0, 4.3)
    document.save(str(path))
    return {
        "source_language": "zh", "document.issuer": company, "title": "区域销售主管", "id": "MYY-SL-E03",
        "basic.department": "销售本部华东区", "basic.reports_to": "华东区经理", "basic.subordinates": ["专柜主任", "美容顾问"],
        "basic.work_location": "上海市及江浙地区", "summary": summary, "duties": duties,
        "qualifications.education": "大专及以上", "qualifications.experience": ["3年以上化妆品或快消品销售管理经验"],
        "environment.hours": "9:00-18:00，需经常出差", "document.prepared_by": "朴成浩", "basic.prepared_on": "2024-04-10",
    }


SIXTEENTH: dict[str, tuple[Callable[[Path], dict], str]] = {name: (make, ".docx") for name, make in (
    ("japanese_kanji_labels", japanese_kanji_labels),
    ("hong_kong_government_english", hong_kong_government_english),
    ("golf_club_dotted_leaders", golf_club_dotted_leaders),
    ("nursing_section_columns", nursing_section_columns),
    ("soe_cover_and_toc", soe_cover_and_toc),
    ("university_ordinal_paragraphs", university_ordinal_paragraphs),
    ("korean_bracketed_labels", korean_bracketed_labels))}
"""Each form's maker and the suffix its file has."""


if __name__ == "__main__":
    figures(SIXTEENTH)
