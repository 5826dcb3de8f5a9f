"""The spec format: one pydantic model per part of the job-description form.

This module is the single definition of what a spec may contain. Each field
declares, beside its type and description, an ``About`` (``jdgen.fields``):
its editor title, its form label, the labels the importer reads it by, how a
typed value reads and where the built-in form shows it. The JSON Schema
(``jdgen schema``), the field reference, the importer's table and the
template's context follow from it.
It is longer than most modules because the format is read as one whole:
splitting the parts of the form across modules would scatter that definition.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
)
from pydantic_core import PydanticCustomError

from jdgen import defaults
from jdgen.fields import TEXT_TAG, TRANSLATIONS_TAG, About
from jdgen.languages import LANGUAGE_CODE_PATTERN

CURRENCY_PATTERN = r"^[A-Z]{3}$"
IDENTIFIER_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"

LanguageCode = Annotated[str, StringConstraints(pattern=LANGUAGE_CODE_PATTERN)]
"""A lower-case ISO 639 language code such as ``zh`` or ``en``."""

Identifier = Annotated[str, StringConstraints(pattern=IDENTIFIER_PATTERN)]
"""Letters, digits, ``-`` and ``_``; safe as a file name on every system."""


_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
"""Control characters (line breaks included) and lone surrogates."""


def _check_characters(value: str) -> str:
    """Reject characters a reader cannot see or a document cannot hold."""
    found = _INVISIBLE.search(value)
    if found is None:
        return value
    char, where = found.group(), f"at character {found.start() + 1}"
    if char == "\n":
        raise ValueError(
            "line breaks are not allowed in a text; use a list for separate "
            "items, or a folded block (>) to wrap a long line"
        )
    if unicodedata.category(char) == "Cs":
        raise ValueError(f"lone surrogate U+{ord(char):04X} {where}")
    raise ValueError(f"control character U+{ord(char):04X} {where}; remove it")


PlainText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    AfterValidator(_check_characters),
]
"""A non-empty string, surrounding white space removed."""

Translations = dict[LanguageCode, PlainText]

Text = Annotated[
    Annotated[PlainText, Tag(TEXT_TAG)] | Annotated[Translations, Tag(TRANSLATIONS_TAG)],
    Discriminator(lambda value: TRANSLATIONS_TAG if isinstance(value, dict) else TEXT_TAG),
]
"""Text in the spec's source language, or a mapping of languages to text
(``{zh: 客户经理, en: Customer Manager}``); an inline translation wins over
the catalog. The tags in angle brackets never reach a user: diagnostics drop
them from field paths."""


@functools.cache
def currency_codes() -> tuple[str, ...]:
    """The ISO 4217 codes Babel's data names, sorted (read only when a spec
    has money or the schema is printed: keeps start-up fast), kept in the
    user's cache under Babel's version, as reading its data costs."""
    import babel

    from jdgen import user_cache

    kept = user_cache.recalled("currencies", babel.__version__)
    if isinstance(kept, list) and all(isinstance(code, str) for code in kept):
        return tuple(kept)
    codes = babel.Locale("en").currencies
    found = tuple(sorted(code for code in codes if isinstance(code, str) and re.fullmatch(CURRENCY_PATTERN, code)))
    user_cache.keep("currencies", babel.__version__, list(found))
    return found


def _known_currency(code: str) -> str:
    if code not in currency_codes():
        raise ValueError(f"unknown currency code {code!r}; use an ISO 4217 code such as CNY")
    return code


class SpecModel(BaseModel):
    """Base of every part: unknown fields are errors, values are not coerced.
    A part's validator is built when first used, not when it is defined: a
    command that validates no spec does not pay for it."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


def _empty(part: type[SpecModel], description: str) -> Any:
    """The field of a part that may be left out, empty when absent. It is
    made when needed, not here (making one would build the part's validator
    at import); the JSON Schema shows it as its default all the same."""
    def shown_default(schema: dict[str, Any]) -> None:
        schema["default"] = part().model_dump(mode="json")

    return Field(default_factory=part, description=description, json_schema_extra=shown_default)


def _not_text(value: object) -> object:
    """Numbers stay numbers: '100' in quotes is a text, not an amount."""
    if isinstance(value, str):
        raise PydanticCustomError("decimal_type", "expected a number")
    return value


Number = Annotated[Decimal, BeforeValidator(_not_text), Field(strict=False)]
"""A decimal number written as a YAML number (an integer or a decimal)."""


def _quoted_date(value: object) -> object:
    """A date in quotes ('2014-12-09') is the date the user wrote, as it is to
    an editor, which reads YAML without a date type."""
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as error:
            raise ValueError(f"impossible date {value} ({error})") from None
    return value


Date = Annotated[datetime.date, BeforeValidator(_quoted_date)]
"""A date written YYYY-MM-DD, with or without quotes."""


Comparison = Literal["at_least", "at_most", "exactly"]
"""How a target is to be met: ≥ / at least, ≤ / at most, or exactly."""

Period = Literal["month", "quarter", "year"]
"""The period a figure is counted over."""


def _by_type(tags: dict[type, str], default: str):
    """A discriminator choosing a union member by the Python type of the value."""
    def kind(value: object) -> str:
        if isinstance(value, bool):
            return default
        return next((tag for kind, tag in tags.items() if isinstance(value, kind)), default)
    return Discriminator(kind)


class _TargetBase(SpecModel):
    compare: Annotated[
        Comparison | None, About("比较方式 / How the target is met")
    ] = Field(
        None, description="at_least (≥ / at least), at_most (≤ / at most) or exactly; "
        "absent: the figure alone, as a goal to reach."
    )
    per: Annotated[
        Period | None, About("统计周期 / Counted per")
    ] = Field(
        None, description="month, quarter or year: the period the figure is counted over (2次/季度 / 2 per quarter)."
    )


class MoneyTarget(_TargetBase):
    """An amount of money: ``{amount: 1000000, currency: CNY}`` reads 100万元 / CNY 1,000,000."""

    model_config = ConfigDict(title="金额目标 / Amount of money")

    amount: Annotated[
        Number, About("金额 / Amount", format="money")
    ] = Field(
        gt=0,
        le=10**15,
        examples=[1000000], description="The amount in the currency's main unit, e.g. 1000000.",
    )
    currency: Annotated[
        str, StringConstraints(pattern=CURRENCY_PATTERN), AfterValidator(_known_currency),
        About("币种 / Currency")
    ] = Field("CNY", description="ISO 4217 currency code.")


class PercentTarget(_TargetBase):
    """A percentage: ``{percent: 90, compare: at_least}`` reads ≥90% / at least 90%."""

    model_config = ConfigDict(title="百分比目标 / Percentage")

    percent: Annotated[
        Number, About("百分比 / Percent", format="percent")
    ] = Field(ge=0, le=10_000, examples=[90], description="The percentage, e.g. 90 for 90%.")


class CountTarget(_TargetBase):
    """A count of things: ``{count: 2, unit: 次, compare: at_most, per: quarter}``
    reads ≤2次/季度 / at most 2 times per quarter."""

    model_config = ConfigDict(title="计数目标 / Count")

    count: Annotated[
        int, About("数量 / Count", format="number")
    ] = Field(ge=0, le=10**12, examples=[2], description="A whole number, e.g. 2.")
    unit: Annotated[
        Text | None, About("量词 / Counter word")
    ] = Field(None, description="The counter word, e.g. 次, 户, 笔 (translated like any text).")


class NumberTarget(_TargetBase):
    """A measured figure with its unit: ``{number: 4.5, unit: 分}`` reads 4.5分 / 4.5 points."""

    model_config = ConfigDict(title="数值目标 / Figure with a unit")

    number: Annotated[
        Number, About("数值 / Figure", format="number")
    ] = Field(ge=-(10**15), le=10**15, examples=[4.5], description="The figure, e.g. 4.5.")
    unit: Annotated[
        Text | None, About("单位 / Unit")
    ] = Field(None, description="The unit, e.g. 分钟, 分 (translated like any text).")


class TextTarget(SpecModel):
    """A target in words: ``{text: 全年无重大差错}``."""

    model_config = ConfigDict(title="文字目标 / Target in words")

    text: Annotated[
        Text, About("目标 / Target in words")
    ] = Field(description="The target, e.g. 全年无重大差错.")


_TARGET_KINDS = {"amount": "<money>", "percent": "<percent>", "count": "<count>",
                 "number": "<number>", "text": "<text target>"}
"""The key that names a target's kind, and the kind's tag."""


def _target_kind(value: object) -> str | None:
    if isinstance(value, BaseModel):
        return next(tag for key, tag in _TARGET_KINDS.items() if key in type(value).model_fields)
    if isinstance(value, dict):
        return next((tag for key, tag in _TARGET_KINDS.items() if key in value), None)
    return None


Target = Annotated[
    Annotated[MoneyTarget, Tag("<money>")]
    | Annotated[PercentTarget, Tag("<percent>")]
    | Annotated[CountTarget, Tag("<count>")]
    | Annotated[NumberTarget, Tag("<number>")]
    | Annotated[TextTarget, Tag("<text target>")],
    Discriminator(
        _target_kind,
        custom_error_type="target_kind",
        custom_error_message="a target needs one of: amount (money), percent, count, number or text",
    ),
]
"""A measure's target: money, a percentage, a count, a figure with a unit, or words."""


class DocumentInfo(SpecModel):
    """The title block: the form's number and sign-off fields, blank when absent."""

    model_config = ConfigDict(title="文件信息 / Title block")

    number: Annotated[
        PlainText | None, About("文件编号 / Document number", label=("文件编号", "Document No."),
            label_key="document_number",
            imported=("文件号", "文档编号", "Document Number"), shown="document")
    ] = Field(None, description="Document number (文件编号), e.g. OTJ-RS-GWZZ-3002-A0.")
    issuer: Annotated[
        Text | None, About("发文单位 / Issuer", imported=("机关名称", "公司名称", "公司", "Company", "Company Name"),
                         shown="document")
    ] = Field(None, description="Issuing unit (发文单位) shown above the title.")
    prepared_by: Annotated[
        Text | None, About("编制 / Prepared by", label=("编制", "Prepared by"), label_key="prepared_by",
            imported=("编制人", "编写", "编写人", "Compiled by", "拟制", "拟制人", "拟稿", "拟稿人", "填表人", "创建人",
                      "制表", "制表人", "填写人", "填报人", "作成", "作成者", "拟定", "拟定人", "制定", "制定人"),
            shown="document")
    ] = Field(None, description="Prepared by (编制).")
    approved_by: Annotated[
        Text | None, About("核准 / Approved by", label=("核准", "Approved by"), label_key="approved_by",
            imported=("核准人", "审核", "审核人", "审批", "审批人", "批准", "批准人", "承認", "承認者",
                      "审定", "审定人"),
            shown="document")
    ] = Field(None, description="Approved by (核准).")
    effective_date: Annotated[
        Date | None, About("生效日期 / Effective date", label=("生效日期", "Effective Date"),
            label_key="effective_date",
            imported=("生效时间", "实施日期"), format="date", shown="document")
    ] = Field(
        None, examples=["2014-12-09"], description="Effective date (生效日期), YYYY-MM-DD."
    )


Grade = Annotated[
    Annotated[int, Field(ge=1, le=99), Tag("<grade number>")] | Annotated[Text, Tag("<grade text>")],
    _by_type({int: "<grade number>"}, "<grade text>"),
]
"""A salary grade: a number (3 reads 三级 / Grade 3) or a text such as P5."""


class PositionLink(SpecModel):
    """Another position of the set by its id: ``{position: BRM-001}`` reads as its title in each language."""

    model_config = ConfigDict(title="职位链接 / Link to a position")

    position: Annotated[
        Identifier, About("职位编号 / Position number")
    ] = Field(description="The id of a position whose spec is in the set, e.g. BRM-001.")


PositionRef = Annotated[
    Annotated[PositionLink, Tag("<position>")] | Annotated[Text, Tag("<title>")],
    Discriminator(lambda value: "<position>" if isinstance(value, PositionLink)
                  or (isinstance(value, dict) and "position" in value) else "<title>"),
]
"""A position: a link to one of the set (``{position: BRM-001}``), or its title
in words for a position outside the set."""


class BasicInfo(SpecModel):
    """基本信息: the position's place in the organisation."""

    model_config = ConfigDict(title="基本信息 / Basic information")

    department: Annotated[
        Text, About("所属部门 / Department", label=("所属部门", "Department"), label_key="department",
            imported=("部门", "所在部门", "所属机构", "所在机构", "部门名称", "所在单位", "所在科室", "所属科室",
                      "科室", "所在处室", "所属处室", "处室", "所属团队", "所在团队", "所属班组", "所在班组", "班组",
                      "Team", "Division", "所属单位", "Practice Group", "内设机构", "所属", "Business Unit",
                      "单位名称", "Organizational Unit", "Organisational Unit", "Unit", "所属部署", "部署", "Section",
                      "所在车间", "所属车间", "归属部门", "隶属部门", "所在股室", "所在门店", "所属门店", "Programme",
                      "所属网点", "所在网点", "所属组织", "Practice"),
            shown="basic")
    ] = Field(description="Department (所属部门).")
    work_location: Annotated[
        Text | None, About("工作地点 / Place of work", label=("工作地点", "Place of Work"), label_key="work_location",
            imported=("工作场所", "办公地点", "Workplace", "Work Location", "Location", "工作城市", "Base",
                      "Duty Station", "Geographic Location", "Office", "勤務地", "工作区域"), shown="basic")
    ] = Field(None, description="Place of work (工作地点), e.g. the branch or office the position works at.")
    prepared_on: Annotated[
        Date | None, About("编制日期 / Date prepared", label=("编制日期", "Date Prepared"), label_key="prepared_on",
            imported=("编写日期", "制定日期", "填写日期", "填表日期", "制表日期", "创建日期", "创建时间", "编制时间",
                      "日期", "Date", "作成日", "制定日", "Prepared Date", "填报日期", "填报时间", "填表时间"),
            format="date", shown="basic")
    ] = Field(
        None, examples=["2014-12-09"], description="Date the description was prepared (编制日期), YYYY-MM-DD."
    )
    headcount: Annotated[
        int | None, About("定员人数 / Headcount", label=("定员人数", "Headcount"), label_key="headcount",
            imported=("定编人数", "编制人数", "定员", "定编", "人数", "Number of Positions", "岗位定员", "定岗人数",
                      "需求人数", "招聘人数", "编制数", "岗位编制", "岗位人数", "编制定员", "HC", "岗位数量", "岗位数",
                      "职位数目", "No. of Posts", "Number of Posts", "Openings", "No. of Openings", "岗位定编",
                      "本岗人数", "本岗位人数", "No. of Positions", "岗位编制人数"),
            format="people", shown="basic")
    ] = Field(
        None, ge=1, le=100_000, examples=[1], description="Number of people in this position (定员人数)."
    )
    supervised: Annotated[
        int | None, About("辖员人数 / Staff supervised", label=("辖员人数", "Staff Supervised"), label_key="supervised",
            imported=("管辖人数", "下属人数", "直接下属人数", "所辖人数", "Number of Subordinates"), format="people",
            shown="basic")
    ] = Field(
        None, ge=0, le=100_000, examples=[4], description="Number of people this position supervises (辖员人数)."
    )
    grade: Annotated[
        Grade | None, About("职位薪资等级 / Salary grade", label=("职位薪资等级", "Salary Grade"), label_key="grade",
            imported=("薪资等级", "职位等级", "岗位等级", "职级", "薪酬等级", "等级", "Grade", "薪级", "职位级别",
            "岗位级别", "岗位职级", "Level", "Job Grade", "職能等級", "Classification", "Pay Grade", "Band", "工资等级",
            "Career Level", "職務等級", "Job Level"),
            format="grade", shown="basic")
    ] = Field(
        None, examples=[3, "P5"],
        description="Salary grade (职位薪资等级): a number (3 reads 三级 / Grade 3) or a text such as P5."
    )
    reports_to: Annotated[
        PositionRef | None, About("直接上级职位 / Reports to", label=("直接上级职位", "Reports to"),
            label_key="reports_to",
            imported=("直接上级", "上级职位", "直接上级岗位", "汇报对象", "汇报关系", "直接主管", "Direct Superior",
                      "Reporting To", "上级", "汇报上级", "直接上级领导", "直属上司", "直属上级", "直属主管",
                      "Report to", "Line Manager", "上長", "汇报给", "向谁汇报", "上级岗位", "直接领导",
                      "Parent Position", "Supervisor's Position Title", "Supervisor's Title", "Reporting Manager",
                      "Reports into", "Responsible to", "直接领导", "Immediate Superior", "上级主管",
                      "Reporting Officer"),
            shown="basic")
    ] = Field(
        None, description="Direct superior position (直接上级职位): ``{position: <id>}`` for a position of the set, "
        "else its title; absent for the top of an organisation."
    )
    subordinates: Annotated[
        list[PositionRef], About("直接下级职位 / Direct subordinates", label=("直接下级职位", "Direct Subordinates"),
            label_key="subordinates", imported=("直接下级", "下级职位", "直接下级岗位", "直接下属", "Subordinates",
            "下级",
                                                "下属岗位", "直接下属岗位", "管辖岗位", "Direct Reports", "Supervises",
                                                "下属职位", "部下", "下属人员", "管理对象", "督导对象",
                                                "管理下属", "Supervisee(s)", "Supervisees", "下属", "Responsible for",
                                                "下级岗位"),
                                                shown="basic")
    ] = Field(
        [], description="Direct subordinate positions (直接下级职位), one item per position (``{position: <id>}`` "
        "or a title): each gets its own box in the reporting chart."
    )


class Relationships(SpecModel):
    """工作联系: internal and external working relationships."""

    model_config = ConfigDict(title="工作联系 / Working relationships")

    internal: Annotated[
        list[Text], About("内部工作关系 / Internal relationships", label=("内部工作关系", "Internal Relationships"),
            label_key="internal", imported=("内部关系", "内部联系", "内部协调关系", "内部", "Internal"),
            shown="relationships")
    ] = Field(
        [],
        description="Internal relationships, one per item (汇报, 督导, ...). The reporting chart beside them "
        "is drawn from ``basic.reports_to`` and ``basic.subordinates``.",
    )
    external: Annotated[
        list[Text], About("外部工作关系 / External relationships", label=("外部工作关系", "External Relationships"),
            label_key="external", imported=("外部关系", "外部联系", "外部协调关系", "外部", "External"),
            shown="relationships")
    ] = Field([], description="External counterparts of the position.")


class WeightedDuty(SpecModel):
    """A duty with its weight: ``{text: 办理柜面业务, weight: 40}``."""

    model_config = ConfigDict(title="带权重的职责 / Duty with a weight")

    text: Annotated[
        Text, About("职责描述 / Duty")
    ] = Field(description="The duty, e.g. 办理柜面业务.")
    weight: Annotated[
        Number, About("权重 / Weight (%)", label=("权重", "Weight"), label_key="weight", format="percent")
    ] = Field(
        gt=0, le=100, examples=[40],
        description="The duty's share of the work, in percent (权重); when any duty has one, every duty "
        "should, and together they should make 100.",
    )


Duty = Annotated[
    Annotated[Text, Tag("<duty>")] | Annotated[WeightedDuty, Tag("<weighted duty>")],
    Discriminator(lambda value: "<weighted duty>" if isinstance(value, WeightedDuty)
                  or (isinstance(value, dict) and ("text" in value or "weight" in value)) else "<duty>"),
]
"""A duty: its text, or ``{text, weight}`` for a duty with a weight."""


class DutyGroup(SpecModel):
    """A numbered group of duties (一、岗位职责)."""

    model_config = ConfigDict(title="职责分组 / Group of duties")

    title: Annotated[
        Text, About("分组标题 / Group heading")
    ] = Field(description="The group's heading, e.g. 岗位职责.")
    items: Annotated[
        list[Duty], About("职责 / Duties")
    ] = Field(
        min_length=1, description="The duties, in order; the form numbers them."
    )


def _duties_kind(value: object) -> str:
    first = value[0] if isinstance(value, list) and value else None
    if isinstance(first, DutyGroup) or (isinstance(first, dict) and ("items" in first or "title" in first)):
        return "<groups>"
    return "<list>"


Duties = Annotated[
    Annotated[list[DutyGroup], Tag("<groups>"), Field(min_length=1)]
    | Annotated[list[Duty], Tag("<list>"), Field(min_length=1)],
    Discriminator(_duties_kind),
]
"""Duties as one numbered list, or in titled groups (``- title: ..., items: [...]``);
a duty may carry its weight (``{text: ..., weight: 40}``)."""


class Measure(SpecModel):
    """One quantitative measure, with its target and weight if it has them."""

    model_config = ConfigDict(title="考核项目 / Measure")

    name: Annotated[
        Text, About("考核项目 / What is measured")
    ] = Field(description="What is measured, e.g. 存款余额净增.")
    target: Annotated[
        Target | None, About("目标 / Target")
    ] = Field(None, description="The figure to reach: money, percent, count, number or text.")
    weight: Annotated[
        Number | None, About("权重 / Weight (%)", format="percent")
    ] = Field(None, gt=0, le=100, examples=[30], description="Its weight in the appraisal, in percent (权重).")


class IndicatorCategory(SpecModel):
    """A category of quantitative indicators (信贷类指标, ...)."""

    model_config = ConfigDict(title="指标类别 / Indicator category")

    name: Annotated[
        Text, About("类别名称 / Category")
    ] = Field(description="The category, e.g. 存款类指标.")
    measures: Annotated[
        list[Measure], About("考核项目 / Measures")
    ] = Field(min_length=1, description="What the category measures.")
    scoring: Annotated[
        Text | None, About("计分方式 / Scoring")
    ] = Field(
        None, description="How the category is scored, e.g. 按任务完成情况(百分比)计分."
    )
    formula: Annotated[
        Text | None, About("计分公式 / Scoring formula")
    ] = Field(None, description="The scoring formula, if there is one.")


Per = Literal["occurrence", "person", "person_occurrence"]
"""What a point deduction is counted by."""


class PointDeduction(SpecModel):
    """A rule whose breach costs points: ``{rule: ..., points: 5, per: occurrence}``."""

    model_config = ConfigDict(title="扣分规则 / Point deduction")

    rule: Annotated[
        Text, About("违规情形 / Breach")
    ] = Field(description="The breach, e.g. 违反贷款管理其他规定的.")
    points: Annotated[
        int, About("扣分 / Points deducted", format="number")
    ] = Field(ge=1, le=1000, examples=[5], description="Points deducted.")
    per: Annotated[
        Per, About("扣分方式 / Counted per")
    ] = Field(
        "occurrence",
        description="occurrence (每次扣5分), person (每人扣5分) or person_occurrence (每人每次扣5分).",
    )


class PenaltyDeduction(SpecModel):
    """A rule whose breach has a consequence in words: ``{rule: ..., penalty: 取消当年评优资格}``."""

    model_config = ConfigDict(title="处罚规则 / Penalty")

    rule: Annotated[
        Text, About("违规情形 / Breach")
    ] = Field(description="The breach.")
    penalty: Annotated[
        Text, About("处罚 / Penalty")
    ] = Field(description="What follows, e.g. 当月绩效为零.")


Deduction = Annotated[
    Annotated[PointDeduction, Tag("<points>")] | Annotated[PenaltyDeduction, Tag("<penalty>")],
    Discriminator(
        lambda value: "<penalty>" if (isinstance(value, PenaltyDeduction)
                                     or (isinstance(value, dict) and "penalty" in value)) else "<points>"
    ),
]
"""A deduction rule: points per occurrence or person, or a penalty in words."""


class QualitativeIndicators(SpecModel):
    """定性指标: how qualitative performance is assessed."""

    model_config = ConfigDict(title="定性指标 / Qualitative indicators")

    method: Annotated[
        Text | None, About("考核方法 / Method")
    ] = Field(None, description="The method, e.g. 实行扣分制 (point deductions) or 上级评议.")
    criteria: Annotated[
        list[Text], About("考核内容 / Criteria")
    ] = Field([], description="What is assessed, e.g. 服务态度, 劳动纪律.")
    deductions: Annotated[
        list[Deduction], About("扣分规则 / Deductions")
    ] = Field(
        [], description="Rules whose breach costs points or has a stated penalty."
    )


class Indicators(SpecModel):
    """工作指标: performance indicators."""

    model_config = ConfigDict(title="工作指标 / Performance indicators")

    quantitative: Annotated[
        list[IndicatorCategory], About("定量指标 / Quantitative indicators", label=("定量指标",
            "Quantitative Indicators"), label_key="quantitative", imported=("定量考核指标",))
    ] = Field([], description="定量指标, by category.")
    qualitative: Annotated[
        QualitativeIndicators | None, About("定性指标 / Qualitative indicators", label=("定性指标",
            "Qualitative Indicators"), label_key="qualitative", imported=("定性考核指标",))
    ] = Field(None, description="定性指标.")


class Authority(SpecModel):
    """工作权限: the position's rights, by kind."""

    model_config = ConfigDict(title="工作权限 / Authority")

    work: Annotated[
        list[Text], About("工作权限 / Work", label=("工作权限", "Work"), label_key="work_authority",
            imported=("业务权限", "Work Authority"), shown="authority")
    ] = Field([], description="工作权限: work authority.")
    expenses: Annotated[
        list[Text], About("费用权限 / Expenses", label=("费用权限", "Expenses"), label_key="expense_authority",
            imported=("财务权限", "Expense Authority", "Financial Authority"), shown="authority")
    ] = Field([], description="费用权限: spending authority.")
    personnel: Annotated[
        list[Text], About("人事权限 / Personnel", label=("人事权限", "Personnel"), label_key="personnel_authority",
            imported=("Personnel Authority",), shown="authority")
    ] = Field([], description="人事权限: personnel authority.")


ItemList = Annotated[list[Text], Field(min_length=1)]


_Each = TypeVar("_Each")

ByLevel = Annotated[
    Annotated[_Each, Tag("<for all>")] | Annotated[dict[Identifier, _Each], Tag("<by level>")],
    _by_type({dict: "<by level>"}, "<for all>"),
]
"""``ByLevel[X]``: one X for the whole position, or a mapping of level ids to X."""


class Qualifications(SpecModel):
    """任职资格: what a holder of the position must bring."""

    model_config = ConfigDict(title="任职资格 / Qualifications")

    education: Annotated[
        Text | None, About("学历要求 / Education", label=("学历要求", "Education"), label_key="education",
            imported=("学历", "最低学历", "教育背景", "教育程度", "教育水平", "学历学位",
                      "Minimum Qualification", "Degree", "Degrees", "Qualification", "Academic Qualification",
                      "Academic Qualifications", "文化程度", "Educational Qualification"), shown="qualifications")
    ] = Field(
        None, description="学历要求: education, e.g. 大专及以上学历; a row of its own when given."
    )
    major: Annotated[
        Text | None, About("专业 / Major", label=("专业", "Major"), label_key="major",
            imported=("专业要求", "所学专业", "Field of Study", "Discipline", "科系要求", "科系", "専攻", "专业范畴",
                      "专业领域"),
            shown="qualifications")
    ] = Field(
        None, description="专业: the field of study, e.g. 金融、会计或相关专业; a row of its own when given."
    )
    experience: Annotated[
        ByLevel[ItemList] | None, About("资历 / Experience", label=("资历", "Education and Experience"),
            label_key="experience",
            imported=("资历要求", "工作经验", "经验要求", "从业经历", "工作经历", "任职经历", "经验", "Experience",
                      "从业经验", "Work Experience", "Relevant Experience", "Industry Experience",
                      "Relevant Industry Experience", "Years of Experience", "工作年限",
                      "经历", "Working Experience"),
            shown="qualifications")
    ] = Field(
        None, description="资历: education and experience, one list, or one list per level id (see ``levels``)."
    )
    certificates: Annotated[
        list[Text], About("资格证书 / Certificates", label=("资格证书", "Certificates"), label_key="certificates",
            imported=("证书", "执业资格", "职业资格", "资格证书要求", "从业资格", "专业资格", "持证要求",
                      "Professional Qualifications", "Qualifications and Licences", "Special Requirements",
                      "Additional Eligibility Qualifications", "资格条件", "Certifications", "证照", "上岗证书",
                      "Licence", "Licences", "License", "Licenses"),
            shown="qualifications")
    ] = Field([], description="资格证书: required certificates; a row of its own when given.")
    knowledge: Annotated[
        Text | None, About("知识要求 / Knowledge", label=("知识要求", "Knowledge"), label_key="knowledge",
            imported=("专业知识", "知识"), shown="qualifications")
    ] = Field(None, description="知识要求: required knowledge.")
    abilities: Annotated[
        list[Text], About("能力要求 / Abilities", label=("能力要求", "Abilities"), label_key="abilities",
            imported=("技能要求", "能力", "技能", "Skills", "Competencies"), shown="qualifications")
    ] = Field([], description="能力要求: required abilities.")
    qualities: Annotated[
        list[Text], About("素质要求 / Personal qualities", label=("素质要求", "Personal Qualities"),
            label_key="qualities",
            imported=("个人素质", "素质", "Qualities"), shown="qualifications")
    ] = Field([], description="素质要求: personal qualities.")


Hours = Annotated[Number, Field(gt=0, le=10_000)]


class Training(SpecModel):
    """培训: training contents and class hours."""

    model_config = ConfigDict(title="培训 / Training")

    topics: Annotated[
        list[Text], About("培训内容 / Topics", label=("培训内容", "Contents"), label_key="training_topics",
            imported=("培训项目", "培训科目", "Training Contents"), shown="training")
    ] = Field([], description="培训内容: what the training covers.")
    hours: Annotated[
        ByLevel[Hours] | None, About("培训期限 / Class hours", label=("培训期限", "Duration"),
            label_key="training_hours",
            imported=("培训时间", "培训课时", "培训时长", "Training Hours"), format="hours", shown="training")
    ] = Field(
        None, examples=[40],
        description="培训期限: class hours (课时), one figure for all (``hours: 40``) or per level id."
    )


class Condition(SpecModel):
    """One working condition: a name and its value."""

    model_config = ConfigDict(title="工作条件 / Working condition")

    name: Annotated[
        Text, About("条件 / Condition")
    ] = Field(description="What the condition is about, e.g. 出差要求.")
    value: Annotated[
        Text, About("要求 / Value")
    ] = Field(description="Its value, e.g. 不限.")


class Environment(SpecModel):
    """工作环境: where and when the work is done."""

    model_config = ConfigDict(title="工作环境 / Working environment")

    place: Annotated[
        Text | None, About("工作地点 / Place of work", label=("工作地点", "Place of Work"), label_key="place",
            imported=("工作场所", "Workplace", "Location", "Work Location"), shown="environment")
    ] = Field(None, description="工作地点.")
    hours: Annotated[
        Text | None, About("工作时间 / Working hours", label=("工作时间", "Working Hours"), label_key="hours",
            imported=("上班时间", "上班时段", "工作时段", "勤務時間", "Hours of Work", "Expected Hours of Work",
                      "Position Type and Expected Hours of Work", "工作班制", "班制", "工时制度", "Shift Timings",
                      "Shift Timing", "Schedule", "Work Schedule", "Hours", "Shift Pattern", "Shift Roster"),
            shown="environment")
    ] = Field(None, description="工作时间.")
    conditions: Annotated[
        list[Condition], About("其他条件 / Further conditions", shown="environment")
    ] = Field(
        [], description="Further conditions, each a name and a value (出差要求: 不限); a row each."
    )


class JobSpec(SpecModel):
    """A position's job description (职位说明书)."""

    model_config = ConfigDict(title="职位说明书 / Job description")

    id: Annotated[
        Identifier, About("职位编号 / Position number", label=("职位编号", "Position No."), label_key="position_number",
            imported=("岗位编号", "职务编号", "职位代码", "岗位代码", "职位编码", "岗位编码", "Position Number",
                      "Job Code", "Position Code", "Vacancy Reference", "Job Reference", "Role Code", "Post Number",
                      "职务代码", "JD编号", "Reference", "職務コード", "Job ID", "Requisition ID", "Req ID",
                      "職務番号",
                      "岗位代号", "Position ID", "JD Reference No.", "JD Code", "Ref No.", "Ref. No.", "Reference No."),
            shown="basic")
    ] = Field(examples=["BCM-001"], description="The position number (职位编号); names the output files.")
    extends: Annotated[
        PlainText | list[PlainText] | None, About("共用内容 / Shared files")
    ] = Field(
        None, examples=["shared/branch.yaml"],
        description="Shared files whose fields this spec takes (``shared/branch.yaml``, or a list, "
        "applied in order), named from the project folder; the spec's own fields win. See the README's "
        "'Shared content'."
    )
    source_language: Annotated[
        LanguageCode, About("源语言 / Source language")
    ] = Field(
        defaults.SOURCE_LANGUAGE, examples=["zh"], description="The language the spec's plain texts are written in."
    )
    template: Annotated[
        PlainText | None, About("表单 / Form")
    ] = Field(
        None, examples=["corporate"],
        description="The template (form) this spec's documents are made with: a folder of templates/ or a "
        "built-in one; it wins over jdgen.toml's [[forms]] and template. See the README's 'Several forms'."
    )
    title: Annotated[
        Text, About("职位名称 / Position title", label=("职位名称", "Position Title"), label_key="position_title",
            imported=("岗位名称", "职务名称", "职位", "岗位", "Job Title", "Position", "职务", "Role Title",
                      "Post Title", "職務名", "Job Profile Name", "職稱", "招聘岗位", "招聘职位",
                      "Designation"), shown="basic")
    ] = Field(description="Position title (职位名称).")
    document: Annotated[
        DocumentInfo, About("文件信息 / Title block")
    ] = _empty(DocumentInfo, "The title block: document number, issuer, sign-off.")
    basic: Annotated[
        BasicInfo, About("基本信息 / Basic information", label=("基本信息", "Basic Information"), label_key="basic",
            imported=("基本资料", "基本情况", "职位基本信息", "岗位基本信息", "职位信息", "岗位信息", "Basic Info",
                      "Position Information", "Job Information", "Position Details"))
    ] = Field(description="基本信息.")
    relationships: Annotated[
        Relationships, About("工作联系 / Working relationships", label=("工作联系", "Working Relationships"),
            label_key="relationships", imported=("工作关系", "工作关系描述", "Relationships",
                                                "Organisational Relationships"), unlabelled="internal")
    ] = _empty(Relationships, "工作联系.")
    summary: Annotated[
        Text, About("职位概要 / Position summary", label=("职位概要", "Position Summary"), label_key="summary",
            imported=("岗位概要", "职位概述", "岗位概述", "工作概要", "工作概述", "职位目的", "岗位目的", "岗位宗旨",
                      "岗位设置目的", "岗位描述", "Job Summary", "Summary", "Job Purpose", "Purpose", "Role Purpose",
                      "Purpose of the Role", "Job Overview", "About the Role", "The Role", "Role Overview",
                      "Main Purpose", "Overall Purpose", "Main Purpose of the Role", "Role Summary", "职务说明",
                      "关于这个岗位", "职务概要", "Purpose of the Position", "Position Purpose", "Summary/Objective",
                      "Client-Service Results", "Purpose of the Post", "Purpose of the Job", "职务目的",
                      "设岗目的", "岗位使命", "职责概述", "工作目的", "岗位职能"),
            shown="summary")
    ] = Field(description="职位概要: the position in one paragraph.")
    duties: Annotated[
        Duties, About("工作描述 / Duties", label=("工作描述", "Duties"), label_key="duties",
            imported=("主要职责", "职责描述", "岗位职责", "职责内容", "工作内容及职责", "主要工作职责", "职责范围",
                      "职责与工作任务", "工作职责", "职责", "主要工作", "Duty Description", "Key Duties", "Main Duties",
                      "Responsibilities", "Main Responsibilities", "Key Responsibilities", "Key Accountabilities",
                      "Accountabilities", "Principal Accountabilities", "Duties and Responsibilities",
                      "Main Duties and Responsibilities", "What You'll Do", "What You Will Do", "工作内容", "职务内容",
                      "業務内容", "你将负责", "Key Result Areas", "Key Performance Areas", "担当業務",
                      "Essential Functions",
                      "Essential Duties and Responsibilities", "Key Activities", "主要职责及时间占比",
                      "岗位职责及时间占比", "工作职责及权重", "Roles & Responsibilities", "Roles and Responsibilities",
                      "Principal Duties", "Principal Duties and Responsibilities", "具体工作", "主要工作内容",
                      "Key Tasks", "工作任务", "主要工作任务"),
            shown="duties")
    ] = Field(description="工作描述: the duties, as one list or in titled groups.")
    indicators: Annotated[
        Indicators, About("工作指标 / Performance indicators", label=("工作指标", "Performance Indicators"),
            label_key="indicators", imported=("考核指标", "绩效指标", "业绩指标", "考核标准", "绩效考核指标", "KPIs",
                                              "Key Performance Indicators", "关键绩效指标", "关键业绩指标", "KPI",
                                              "关键绩效指标（KPI）", "Key Performance Indicators (KPIs)",
                                              "安全考核", "绩效考核", "考核扣分"),
            shown="duties")
    ] = _empty(Indicators, "工作指标: performance indicators beside the duties.")
    authority: Annotated[
        Authority, About("工作权限 / Authority", label=("工作权限", "Authority"), label_key="authority",
            imported=("权限", "职位权限", "岗位权限", "职权"), unlabelled="work")
    ] = _empty(Authority, "工作权限.")
    levels: Annotated[
        dict[Identifier, Text], About("职位级别 / Levels")
    ] = Field(
        {},
        description="The levels of the position (助理级, 中级, 高级), keyed by an id that "
        "``qualifications.experience`` and ``training.hours`` may refer to.",
    )
    qualifications: Annotated[
        Qualifications, About("任职资格 / Qualifications", label=("任职资格", "Qualifications"),
            label_key="qualifications",
            imported=("任职条件", "任职要求", "任职资格要求", "任职资格条件", "入职要求", "Requirements",
                      "Person Specification", "What We're Looking For", "What We Are Looking For",
                      "Who You Are", "条件要求", "我们希望你", "Qualifications and Experience", "必要資格", "応募資格",
                      "Job Requirements", "Key Selection Criteria", "Selection Criteria",
                      "Required Education and Experience", "Qualifications & Experience", "学历及经验",
                      "What You Will Bring", "What You'll Bring", "Qualification & Experience", "要求"),
            unlabelled="experience")
    ] = _empty(Qualifications, "任职资格.")
    career_path: Annotated[
        list[PositionRef], About("职业发展通道 / Career path", label=("职业发展通道", "Career Path"),
            label_key="career_path", imported=("职业发展", "晋升通道", "发展通道", "职业发展路径", "可晋升职位",
                                               "晋升方向", "晋升路径", "Career Development"), shown="career_path")
    ] = Field(
        [], description="职业发展通道: the positions this one leads to, in order (``{position: <id>}`` or a title)."
    )
    training: Annotated[
        Training, About("培训 / Training", label=("培训", "Training"), label_key="training",
            imported=("培训要求", "培训需求", "培训计划"), unlabelled="topics")
    ] = _empty(Training, "培训.")
    environment: Annotated[
        Environment, About("工作环境 / Working environment", label=("工作环境", "Working Conditions"),
            label_key="environment", imported=("工作条件", "Work Environment"), unlabelled="place")
    ] = _empty(Environment, "工作环境.")
    physical: Annotated[
        Text | None, About("身体要求 / Physical requirements", label=("身体要求", "Physical Requirements"),
            label_key="physical", imported=("身体条件", "健康要求", "身体状况", "健康状况", "Physical Demands",
                                                      "Physical Effort"),
            shown="physical")
    ] = Field(None, description="身体要求: physical requirements.")
    tools: Annotated[
        list[Text], About("使用工具 / Tools used", label=("使用工具", "Tools Used"), label_key="tools",
            imported=("工作工具", "使用工具设备", "工具设备", "使用设备", "工作设备", "Tools", "Equipment", "擅长工具",
                      "常用设备", "仪器设备", "使用仪器"),
            shown="tools")
    ] = Field([], description="使用工具: tools used.")
