"""The spec format: one pydantic model per part of the job-description form.

This module is the single definition of what a spec may contain; the JSON
Schema (``jdgen schema``) and the README's field reference follow from it.
It is longer than most modules because the format is read as one whole:
splitting the parts of the form across modules would scatter that definition.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from decimal import Decimal
from typing import Annotated, Literal, TypeVar

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

TEXT_TAG, TRANSLATIONS_TAG = "<text>", "<translations>"

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
    has money or the schema is printed: keeps start-up fast)."""
    from babel import Locale

    codes = Locale("en").currencies
    return tuple(sorted(code for code in codes if isinstance(code, str) and re.fullmatch(CURRENCY_PATTERN, code)))


def _known_currency(code: str) -> str:
    if code not in currency_codes():
        raise ValueError(f"unknown currency code {code!r}; use an ISO 4217 code such as CNY")
    return code


class SpecModel(BaseModel):
    """Base of every part: unknown fields are errors, values are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


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
    compare: Comparison | None = Field(
        None, description="at_least (≥ / at least), at_most (≤ / at most) or exactly; "
        "absent: the figure alone, as a goal to reach."
    )
    per: Period | None = Field(
        None, description="month, quarter or year: the period the figure is counted over (2次/季度 / 2 per quarter)."
    )


class MoneyTarget(_TargetBase):
    """An amount of money: ``{amount: 1000000, currency: CNY}`` reads 100万元 / CNY 1,000,000."""

    amount: Number = Field(
        gt=0,
        le=10**15,
        description="The amount in the currency's main unit, e.g. 1000000.",
    )
    currency: Annotated[
        str, StringConstraints(pattern=CURRENCY_PATTERN), AfterValidator(_known_currency)
    ] = Field("CNY", description="ISO 4217 currency code.")


class PercentTarget(_TargetBase):
    """A percentage: ``{percent: 90, compare: at_least}`` reads ≥90% / at least 90%."""

    percent: Number = Field(ge=0, le=10_000, description="The percentage, e.g. 90 for 90%.")


class CountTarget(_TargetBase):
    """A count of things: ``{count: 2, unit: 次, compare: at_most, per: quarter}``
    reads ≤2次/季度 / at most 2 times per quarter."""

    count: int = Field(ge=0, le=10**12, description="A whole number, e.g. 2.")
    unit: Text | None = Field(None, description="The counter word, e.g. 次, 户, 笔 (translated like any text).")


class NumberTarget(_TargetBase):
    """A measured figure with its unit: ``{number: 4.5, unit: 分}`` reads 4.5分 / 4.5 points."""

    number: Number = Field(ge=-(10**15), le=10**15, description="The figure, e.g. 4.5.")
    unit: Text | None = Field(None, description="The unit, e.g. 分钟, 分 (translated like any text).")


class TextTarget(SpecModel):
    """A target in words: ``{text: 全年无重大差错}``."""

    text: Text = Field(description="The target, e.g. 全年无重大差错.")


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

    number: PlainText | None = Field(None, description="Document number (文件编号), e.g. OTJ-RS-GWZZ-3002-A0.")
    issuer: Text | None = Field(None, description="Issuing unit (发文单位) shown above the title.")
    prepared_by: Text | None = Field(None, description="Prepared by (编制).")
    approved_by: Text | None = Field(None, description="Approved by (核准).")
    effective_date: Date | None = Field(
        None, description="Effective date (生效日期), YYYY-MM-DD."
    )


Grade = Annotated[
    Annotated[int, Field(ge=1, le=99), Tag("<grade number>")] | Annotated[Text, Tag("<grade text>")],
    _by_type({int: "<grade number>"}, "<grade text>"),
]
"""A salary grade: a number (3 reads 三级 / Grade 3) or a text such as P5."""


class PositionLink(SpecModel):
    """Another position of the set by its id: ``{position: BRM-001}`` reads as its title in each language."""

    position: Identifier = Field(description="The id of a position whose spec is in the set, e.g. BRM-001.")


PositionRef = Annotated[
    Annotated[PositionLink, Tag("<position>")] | Annotated[Text, Tag("<title>")],
    Discriminator(lambda value: "<position>" if isinstance(value, PositionLink)
                  or (isinstance(value, dict) and "position" in value) else "<title>"),
]
"""A position: a link to one of the set (``{position: BRM-001}``), or its title
in words for a position outside the set."""


class BasicInfo(SpecModel):
    """基本信息: the position's place in the organisation."""

    department: Text = Field(description="Department (所属部门).")
    prepared_on: Date | None = Field(
        None, description="Date the description was prepared (编制日期), YYYY-MM-DD."
    )
    headcount: int | None = Field(
        None, ge=1, le=100_000, description="Number of people in this position (定员人数)."
    )
    supervised: int | None = Field(
        None, ge=0, le=100_000, description="Number of people this position supervises (辖员人数)."
    )
    grade: Grade | None = Field(
        None, description="Salary grade (职位薪资等级): a number (3 reads 三级 / Grade 3) or a text such as P5."
    )
    reports_to: PositionRef | None = Field(
        None, description="Direct superior position (直接上级职位): ``{position: <id>}`` for a position of the set, "
        "else its title; absent for the top of an organisation."
    )
    subordinates: list[PositionRef] = Field(
        [], description="Direct subordinate positions (直接下级职位), one item per position (``{position: <id>}`` "
        "or a title): each gets its own box in the reporting chart."
    )


class Relationships(SpecModel):
    """工作联系: internal and external working relationships."""

    internal: list[Text] = Field(
        [],
        description="Internal relationships, one per item (汇报, 督导, ...). The reporting chart beside them "
        "is drawn from ``basic.reports_to`` and ``basic.subordinates``.",
    )
    external: list[Text] = Field([], description="External counterparts of the position.")


class DutyGroup(SpecModel):
    """A numbered group of duties (一、岗位职责)."""

    title: Text = Field(description="The group's heading, e.g. 岗位职责.")
    items: list[Text] = Field(
        min_length=1, description="The duties, in order; the form numbers them."
    )


def _duties_kind(value: object) -> str:
    first = value[0] if isinstance(value, list) and value else None
    if isinstance(first, DutyGroup) or (isinstance(first, dict) and ("items" in first or "title" in first)):
        return "<groups>"
    return "<list>"


Duties = Annotated[
    Annotated[list[DutyGroup], Tag("<groups>"), Field(min_length=1)]
    | Annotated[list[Text], Tag("<list>"), Field(min_length=1)],
    Discriminator(_duties_kind),
]
"""Duties as one numbered list, or in titled groups (``- title: ..., items: [...]``)."""


class Measure(SpecModel):
    """One quantitative measure, with its target and weight if it has them."""

    name: Text = Field(description="What is measured, e.g. 存款余额净增.")
    target: Target | None = Field(None, description="The figure to reach: money, percent, count, number or text.")
    weight: Number | None = Field(None, gt=0, le=100, description="Its weight in the appraisal, in percent (权重).")


class IndicatorCategory(SpecModel):
    """A category of quantitative indicators (信贷类指标, ...)."""

    name: Text = Field(description="The category, e.g. 存款类指标.")
    measures: list[Measure] = Field(min_length=1, description="What the category measures.")
    scoring: Text | None = Field(
        None, description="How the category is scored, e.g. 按任务完成情况(百分比)计分."
    )
    formula: Text | None = Field(None, description="The scoring formula, if there is one.")


Per = Literal["occurrence", "person", "person_occurrence"]
"""What a point deduction is counted by."""


class PointDeduction(SpecModel):
    """A rule whose breach costs points: ``{rule: ..., points: 5, per: occurrence}``."""

    rule: Text = Field(description="The breach, e.g. 违反贷款管理其他规定的.")
    points: int = Field(ge=1, le=1000, description="Points deducted.")
    per: Per = Field(
        "occurrence",
        description="occurrence (每次扣5分), person (每人扣5分) or person_occurrence (每人每次扣5分).",
    )


class PenaltyDeduction(SpecModel):
    """A rule whose breach has a consequence in words: ``{rule: ..., penalty: 取消当年评优资格}``."""

    rule: Text = Field(description="The breach.")
    penalty: Text = Field(description="What follows, e.g. 当月绩效为零.")


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

    method: Text | None = Field(None, description="The method, e.g. 实行扣分制 (point deductions) or 上级评议.")
    criteria: list[Text] = Field([], description="What is assessed, e.g. 服务态度, 劳动纪律.")
    deductions: list[Deduction] = Field(
        [], description="Rules whose breach costs points or has a stated penalty."
    )


class Indicators(SpecModel):
    """工作指标: performance indicators."""

    quantitative: list[IndicatorCategory] = Field([], description="定量指标, by category.")
    qualitative: QualitativeIndicators | None = Field(None, description="定性指标.")


class Authority(SpecModel):
    """工作权限: the position's rights, by kind."""

    work: list[Text] = Field([], description="工作权限: work authority.")
    expenses: list[Text] = Field([], description="费用权限: spending authority.")
    personnel: list[Text] = Field([], description="人事权限: personnel authority.")


ItemList = Annotated[list[Text], Field(min_length=1)]


_Each = TypeVar("_Each")

ByLevel = Annotated[
    Annotated[_Each, Tag("<for all>")] | Annotated[dict[Identifier, _Each], Tag("<by level>")],
    _by_type({dict: "<by level>"}, "<for all>"),
]
"""``ByLevel[X]``: one X for the whole position, or a mapping of level ids to X."""


class Qualifications(SpecModel):
    """任职资格: what a holder of the position must bring."""

    education: Text | None = Field(
        None, description="学历要求: education, e.g. 大专及以上学历; a row of its own when given."
    )
    experience: ByLevel[ItemList] | None = Field(
        None, description="资历: education and experience, one list, or one list per level id (see ``levels``)."
    )
    certificates: list[Text] = Field([], description="资格证书: required certificates; a row of its own when given.")
    knowledge: Text | None = Field(None, description="知识要求: required knowledge.")
    abilities: list[Text] = Field([], description="能力要求: required abilities.")
    qualities: list[Text] = Field([], description="素质要求: personal qualities.")


Hours = Annotated[Number, Field(gt=0, le=10_000)]


class Training(SpecModel):
    """培训: training contents and class hours."""

    topics: list[Text] = Field([], description="培训内容: what the training covers.")
    hours: ByLevel[Hours] | None = Field(
        None, description="培训期限: class hours (课时), one figure for all (``hours: 40``) or per level id."
    )


class Condition(SpecModel):
    """One working condition: a name and its value."""

    name: Text = Field(description="What the condition is about, e.g. 出差要求.")
    value: Text = Field(description="Its value, e.g. 不限.")


class Environment(SpecModel):
    """工作环境: where and when the work is done."""

    place: Text | None = Field(None, description="工作地点.")
    hours: Text | None = Field(None, description="工作时间.")
    conditions: list[Condition] = Field(
        [], description="Further conditions, each a name and a value (出差要求: 不限); a row each."
    )


class JobSpec(SpecModel):
    """A position's job description (职位说明书)."""

    id: Identifier = Field(description="The position number (职位编号); names the output files.")
    extends: PlainText | list[PlainText] | None = Field(
        None, description="Shared files whose fields this spec takes (``shared/branch.yaml``, or a list, "
        "applied in order), named from the project folder; the spec's own fields win. See the README's "
        "'Shared content'."
    )
    source_language: LanguageCode = Field(
        defaults.SOURCE_LANGUAGE, description="The language the spec's plain texts are written in."
    )
    title: Text = Field(description="Position title (职位名称).")
    document: DocumentInfo = Field(
        DocumentInfo(), description="The title block: document number, issuer, sign-off."
    )
    basic: BasicInfo = Field(description="基本信息.")
    relationships: Relationships = Field(Relationships(), description="工作联系.")
    summary: Text = Field(description="职位概要: the position in one paragraph.")
    duties: Duties = Field(description="工作描述: the duties, as one list or in titled groups.")
    indicators: Indicators = Field(
        Indicators(), description="工作指标: performance indicators beside the duties."
    )
    authority: Authority = Field(Authority(), description="工作权限.")
    levels: dict[Identifier, Text] = Field(
        {},
        description="The levels of the position (助理级, 中级, 高级), keyed by an id that "
        "``qualifications.experience`` and ``training.hours`` may refer to.",
    )
    qualifications: Qualifications = Field(Qualifications(), description="任职资格.")
    career_path: list[PositionRef] = Field(
        [], description="职业发展通道: the positions this one leads to, in order (``{position: <id>}`` or a title)."
    )
    training: Training = Field(Training(), description="培训.")
    environment: Environment = Field(Environment(), description="工作环境.")
    physical: Text | None = Field(None, description="身体要求: physical requirements.")
    tools: list[Text] = Field([], description="使用工具: tools used.")
