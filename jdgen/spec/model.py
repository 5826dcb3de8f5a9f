"""The spec format: one pydantic model per part of the job-description form.

This module is the single definition of what a spec may contain; the JSON
Schema (``jdgen schema``) and the README's field reference follow from it.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from decimal import Decimal
from typing import Annotated

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

LANGUAGE_CODE_PATTERN = r"^[a-z]{2,3}$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"

LanguageCode = Annotated[str, StringConstraints(pattern=LANGUAGE_CODE_PATTERN)]
"""A lower-case ISO 639 language code such as ``zh`` or ``en``."""

Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
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


def _known_currency(code: str) -> str:
    from babel.numbers import (
        get_currency_name,  # only when a spec has money: keeps start-up fast
    )

    if get_currency_name(code, locale="en") == code:
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


class Money(SpecModel):
    """An amount of money, formatted per language (100万元 / CNY 1,000,000)."""

    amount: Number = Field(
        gt=0,
        le=10**15,
        description="The amount in the currency's main unit, e.g. 1000000.",
    )
    currency: Annotated[
        str, StringConstraints(pattern=CURRENCY_PATTERN), AfterValidator(_known_currency)
    ] = Field("CNY", description="ISO 4217 currency code.")


class DocumentInfo(SpecModel):
    """The title block: the form's number and sign-off fields."""

    number: PlainText = Field(description="Document number (文件编号), e.g. OTJ-RS-GWZZ-3002-A0.")
    issuer: Text = Field(description="Issuing unit (发文单位) shown above the title.")
    prepared_by: Text | None = Field(
        None, description="Prepared by (编制); blank on the form when absent."
    )
    approved_by: Text | None = Field(
        None, description="Approved by (核准); blank on the form when absent."
    )
    effective_date: datetime.date | None = Field(
        None, description="Effective date (生效日期), YYYY-MM-DD; blank when absent."
    )


class BasicInfo(SpecModel):
    """基本信息: the position's place in the organisation."""

    department: Text = Field(description="Department (所属部门).")
    prepared_on: datetime.date = Field(
        description="Date the description was prepared (编制日期), YYYY-MM-DD."
    )
    headcount: int = Field(
        ge=1, le=100_000, description="Number of people in this position (定员人数)."
    )
    supervised: int = Field(
        ge=0, le=100_000, description="Number of people this position supervises (辖员人数)."
    )
    grade: int = Field(
        ge=1, le=99, description="Salary grade (职位薪资等级), a number: 3 reads 三级 / Grade 3."
    )
    reports_to: Text = Field(description="Direct superior position (直接上级职位).")
    subordinates: list[Text] = Field([], description="Direct subordinate positions (直接下级职位).")


class Relationships(SpecModel):
    """工作联系: internal and external working relationships."""

    internal: list[Text] = Field(
        description="Internal relationships, one per item (汇报, 督导, ...). The reporting chart beside them is drawn from ``basic.reports_to`` and ``basic.subordinates``."
    )
    external: list[Text] = Field(description="External counterparts of the position.")


class DutyGroup(SpecModel):
    """A numbered group of duties (一、岗位职责)."""

    title: Text = Field(description="The group's heading, e.g. 岗位职责.")
    items: list[Text] = Field(
        min_length=1, description="The duties, in order; the form numbers them."
    )


class Measure(SpecModel):
    """One quantitative measure, optionally with a money target."""

    name: Text = Field(description="What is measured, e.g. 存款余额净增.")
    target: Money | None = Field(None, description="The amount to reach, if the measure has one.")


class IndicatorCategory(SpecModel):
    """A category of quantitative indicators (信贷类指标, ...)."""

    name: Text = Field(description="The category, e.g. 存款类指标.")
    measures: list[Measure] = Field(min_length=1, description="What the category measures.")
    scoring: Text | None = Field(
        None, description="How the category is scored, e.g. 按任务完成情况(百分比)计分."
    )
    formula: Text | None = Field(None, description="The scoring formula, if there is one.")


class Deduction(SpecModel):
    """A rule whose breach costs points."""

    rule: Text = Field(description="The breach, e.g. 违反贷款管理其他规定的.")
    points: int = Field(ge=1, le=1000, description="Points deducted per person per occurrence.")


class QualitativeIndicators(SpecModel):
    """定性指标: how qualitative performance is assessed."""

    method: Text = Field(description="The method, e.g. 实行扣分制 (point deductions).")
    deductions: list[Deduction] = Field(
        [], description="The rules and the points each breach costs."
    )


class Indicators(SpecModel):
    """工作指标: performance indicators."""

    quantitative: list[IndicatorCategory] = Field(
        min_length=1, description="定量指标, by category."
    )
    qualitative: QualitativeIndicators = Field(description="定性指标.")


class Authority(SpecModel):
    """工作权限: the position's rights, by kind."""

    work: list[Text] = Field(min_length=1, description="工作权限: work authority.")
    expenses: list[Text] = Field([], description="费用权限: spending authority.")
    personnel: list[Text] = Field([], description="人事权限: personnel authority.")


class Qualifications(SpecModel):
    """任职资格: what a holder of the position must bring."""

    experience: dict[Identifier, Annotated[list[Text], Field(min_length=1)]] = Field(
        description="资历: education and experience, keyed by level id (see ``levels``)."
    )
    knowledge: Text = Field(description="知识要求: required knowledge.")
    abilities: list[Text] = Field(min_length=1, description="能力要求: required abilities.")
    qualities: list[Text] = Field(min_length=1, description="素质要求: personal qualities.")


class Training(SpecModel):
    """培训: training contents and class hours per level."""

    topics: list[Text] = Field(min_length=1, description="培训内容: what the training covers.")
    hours: dict[Identifier, Annotated[Number, Field(gt=0, le=10_000)]] = Field(
        description="培训期限: class hours (课时) per level id."
    )


class Condition(SpecModel):
    """One working condition: a name and its value."""

    name: Text = Field(description="What the condition is about, e.g. 出差要求.")
    value: Text = Field(description="Its value, e.g. 不限.")


class Environment(SpecModel):
    """工作环境: where and when the work is done."""

    place: Text = Field(description="工作地点.")
    hours: Text = Field(description="工作时间.")
    conditions: list[Condition] = Field(
        [], description="Further conditions, each a name and a value (出差要求: 不限)."
    )


class JobSpec(SpecModel):
    """A position's job description (职位说明书)."""

    id: Identifier = Field(description="The position number (职位编号); names the output files.")
    source_language: LanguageCode = Field(
        "zh", description="The language the spec's plain texts are written in."
    )
    title: Text = Field(description="Position title (职位名称).")
    document: DocumentInfo = Field(
        description="The title block: document number, issuer, sign-off."
    )
    basic: BasicInfo = Field(description="基本信息.")
    relationships: Relationships = Field(description="工作联系.")
    summary: Text = Field(description="职位概要: the position in one paragraph.")
    duties: list[DutyGroup] = Field(
        min_length=1, description="工作描述: duties in numbered groups."
    )
    indicators: Indicators = Field(
        description="工作指标: performance indicators beside the duties."
    )
    authority: Authority = Field(description="工作权限.")
    levels: dict[Identifier, Text] = Field(
        description="The levels of the position (助理级, 中级, 高级), keyed by an id that ``qualifications.experience`` and ``training.hours`` refer to."
    )
    qualifications: Qualifications = Field(description="任职资格.")
    career_path: list[Text] = Field(
        min_length=1, description="职业发展通道: the positions this one leads to, in order."
    )
    training: Training = Field(description="培训.")
    environment: Environment = Field(description="工作环境.")
    physical: Text = Field(description="身体要求: physical requirements.")
    tools: list[Text] = Field(min_length=1, description="使用工具: tools used.")
