"""The labels real forms use for each part of a job description, Chinese and
English, and how a cell's text is matched against them.

Each field is ``(section, field)``; a section's own label leads to its
default field (the one its unlabelled text belongs to). Matching ignores
white space, full-width forms, a trailing colon and case, so 基本\n信息
(stacked), 基 本 信 息 (spaced) and "Department:" all match.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping

SECTIONS: dict[str, tuple[str | None, list[str]]] = {
    # section: (default field, label variants)
    "head": (None, []),
    "basic": (None, ["基本信息", "基本资料", "职位基本信息", "岗位基本信息", "职位信息", "岗位信息",
                     "Basic Information", "Basic Info", "Position Information", "Job Information"]),
    "relationships": ("internal", ["工作联系", "工作关系", "工作关系描述", "Working Relationships", "Relationships"]),
    "summary": ("summary", ["职位概要", "岗位概要", "职位概述", "岗位概述", "工作概要", "工作概述", "职位目的",
                            "岗位目的", "岗位设置目的", "Position Summary", "Job Summary", "Summary", "Job Purpose"]),
    "responsibilities": ("duties", ["主要职责", "职责与工作任务", "工作职责", "职责", "Main Duties",
                                    "Responsibilities", "Main Responsibilities", "Key Responsibilities"]),
    "authority": ("work", ["工作权限", "权限", "职位权限", "岗位权限", "职权", "Authority"]),
    "qualifications": ("experience", ["任职资格", "任职条件", "任职要求", "任职资格要求", "任职资格条件",
                                      "Qualifications", "Requirements"]),
    "career_path": ("career_path", ["职业发展通道", "职业发展", "晋升通道", "发展通道", "职业发展路径",
                                    "可晋升职位", "晋升方向", "晋升路径", "Career Path", "Career Development"]),
    "training": ("topics", ["培训", "培训要求", "培训需求", "培训计划", "Training"]),
    "environment": ("place", ["工作环境", "工作条件", "Working Conditions", "Work Environment"]),
    "physical": ("physical", ["身体要求", "身体条件", "健康要求", "身体状况", "健康状况", "Physical Requirements"]),
    "tools": ("tools", ["使用工具", "工作工具", "使用工具设备", "工具设备", "使用设备", "工作设备", "Tools Used",
                        "Tools", "Equipment"]),
}

FIELDS: dict[str, tuple[str, list[str]]] = {
    # field: (section, label variants)
    "title": ("basic", ["职位名称", "岗位名称", "职务名称", "职位", "岗位", "Position Title", "Job Title",
                        "Position", "职务"]),
    "number": ("head", ["文件编号", "文件号", "文档编号", "Document No.", "Document Number"]),
    "prepared_by": ("head", ["编制", "编制人", "拟制", "拟制人", "拟稿人", "Prepared by"]),
    "approved_by": ("head", ["核准", "核准人", "审核", "审核人", "审批", "审批人", "批准", "批准人", "Approved by"]),
    "effective_date": ("head", ["生效日期", "生效时间", "实施日期", "Effective Date"]),
    "id": ("basic", ["职位编号", "岗位编号", "职务编号", "职位代码", "岗位代码", "Position No.", "Position Number",
                     "Job Code", "Position Code"]),
    "department": ("basic", ["所属部门", "部门", "所在部门", "所属机构", "所在机构", "Department", "部门名称",
                             "所在单位"]),
    "prepared_on": ("basic", ["编制日期", "编写日期", "制定日期", "填写日期", "日期", "Date Prepared", "Date"]),
    "headcount": ("basic", ["定员人数", "定编人数", "编制人数", "定员", "定编", "人数", "Headcount",
                            "Number of Positions", "岗位定员", "定岗人数"]),
    "supervised": ("basic", ["辖员人数", "管辖人数", "下属人数", "直接下属人数", "所辖人数", "Staff Supervised",
                             "Number of Subordinates"]),
    "grade": ("basic", ["职位薪资等级", "薪资等级", "职位等级", "岗位等级", "职级", "薪酬等级", "等级",
                        "Salary Grade", "Grade", "薪级", "职位级别", "岗位级别"]),
    "reports_to": ("basic", ["直接上级职位", "直接上级", "上级职位", "直接上级岗位", "汇报对象", "直接主管",
                             "Reports To", "Direct Superior", "Reporting To", "上级",
                             "汇报上级", "直接上级领导"]),
    "subordinates": ("basic", ["直接下级职位", "直接下级", "下级职位", "直接下级岗位", "直接下属",
                               "Direct Subordinates", "Subordinates", "下级", "下属岗位",
                               "直接下属岗位", "Direct Reports", "Supervises"]),
    "internal": ("relationships", ["内部工作关系", "内部关系", "内部联系", "内部协调关系", "内部",
                                   "Internal Relationships", "Internal"]),
    "external": ("relationships", ["外部工作关系", "外部关系", "外部联系", "外部协调关系", "外部",
                                   "External Relationships", "External"]),
    "summary": ("summary", []),
    "duties": ("responsibilities", ["工作描述", "职责描述", "岗位职责", "职责内容", "工作内容及职责", "Duties",
                                    "Duty Description", "主要工作职责", "职责范围", "Key Duties"]),
    "indicators": ("responsibilities", ["工作指标", "考核指标", "绩效指标", "业绩指标", "考核标准", "绩效考核指标",
                                        "Performance Indicators", "KPIs", "Key Performance Indicators"]),
    "work": ("authority", ["工作权限", "业务权限", "Work", "Work Authority"]),
    "expenses": ("authority", ["费用权限", "财务权限", "Expenses", "Expense Authority", "Financial Authority"]),
    "personnel": ("authority", ["人事权限", "Personnel", "Personnel Authority"]),
    "education": ("qualifications", ["学历要求", "学历", "教育背景", "教育程度", "教育水平", "Education"]),
    "experience": ("qualifications", ["资历", "资历要求", "工作经验", "经验要求", "从业经历", "工作经历",
                                      "Education and Experience", "Experience"]),
    "certificates": ("qualifications", ["资格证书", "证书", "执业资格", "资格证书要求", "Certificates"]),
    "knowledge": ("qualifications", ["知识要求", "专业知识", "知识", "Knowledge"]),
    "abilities": ("qualifications", ["能力要求", "技能要求", "能力", "技能", "Abilities", "Skills"]),
    "qualities": ("qualifications", ["素质要求", "个人素质", "素质", "Personal Qualities", "Qualities"]),
    "career_path": ("career_path", []),
    "topics": ("training", ["培训内容", "培训项目", "培训科目", "Contents", "Training Contents"]),
    "hours": ("training", ["培训期限", "培训时间", "培训课时", "培训时长", "Duration", "Training Hours"]),
    "place": ("environment", ["工作地点", "工作场所", "Place of Work", "Workplace", "Location", "Work Location"]),
    "working_hours": ("environment", ["工作时间", "Working Hours"]),
    "physical": ("physical", []),
    "tools": ("tools", []),
}

FORM_TITLES = ["职位说明书", "岗位说明书", "职务说明书", "工作说明书", "Job Description", "Position Description"]
"""The form's own title: consumed; text above it in its cell is the issuer."""
NONE_TEXTS = {"无", "暂无", "none", "n/a", "-", "/", "—"}
"""What a form writes for nothing."""
THIS_POSITION = {"本职位", "本岗位", "thisposition"}
COUNTER_HEADINGS = {"序号", "no.", "no", "#"}
"""The heading of a column of row numbers (序号 | 工作职责 | 考核标准)."""

_SPACE = re.compile(r"\s+")
_TRAILING = re.compile(r"[:：]+$")
CONTINUATION = re.compile(r"[(（]\s*(?:续|续表|续上表|接上表|cont'?d\.?|continued)\s*[)）]\s*[:：]?\s*$", re.IGNORECASE)
"""A label's mark that a section goes on from the page before: 主要职责（续）, Duties (cont'd)."""


@functools.lru_cache(maxsize=1024)
def normalized(text: str) -> str:
    """The form of a text labels are compared in: NFKC, no white space, no
    trailing colon, lower case (remembered: a line is compared several times)."""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", CONTINUATION.sub("", text)))
    return _TRAILING.sub("", text).lower()


def _index(table: Mapping[str, tuple[object, list[str]]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for key, (_, variants) in table.items():
        for variant in variants:
            index.setdefault(normalized(variant), []).append(key)
    return index


SECTION_INDEX = _index(SECTIONS)
FIELD_INDEX = _index(FIELDS)
_FORM_TITLE_SET = {normalized(title) for title in FORM_TITLES}


def is_form_title(text: str) -> bool:
    return normalized(text) in _FORM_TITLE_SET


def is_label(text: str) -> bool:
    key = normalized(text)
    return bool(key) and (key in SECTION_INDEX or key in FIELD_INDEX or key in _FORM_TITLE_SET)


def resolve(text: str, section: str) -> tuple[str, str | None] | None:
    """The (section, field) a label ``text`` names, read in the current
    ``section`` (工作权限 is the section, and inside it the work row); None
    when it is no label."""
    key = normalized(text)
    fields = FIELD_INDEX.get(key, [])
    here = [name for name in fields if FIELDS[name][0] == section]
    if here:
        return section, here[0]
    if key in SECTION_INDEX:
        name = SECTION_INDEX[key][0]
        return name, SECTIONS[name][0]
    if fields:
        return FIELDS[fields[0]][0], fields[0]
    return None


_INLINE_LABELS = sorted({variant for _, variants in FIELDS.values() for variant in variants}
                        | {variant for _, variants in SECTIONS.values() for variant in variants}, key=len, reverse=True)
INLINE = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(re.escape(v) for v in _INLINE_LABELS) + r")\s*[:：]\s*", re.IGNORECASE)
"""``职位名称：客户经理  所属部门：营业部``: labels followed by a colon inside a line."""
