"""The labels real forms use for each part of a job description, Chinese and
English, and how a cell's text is matched against them.

Each field is ``(section, field)``, named as the spec names them (the
section ``duties``, the field ``environment.hours``, a project's own field
``custom.<name>``): the fields, their sections and labels come from the
model (``jdgen.jobspec.model``), and from the project's own fields
(``reading_for``: their labels win over the built-in fields' other names);
a section's own label leads to its default field (the one its unlabelled
text belongs to). Matching ignores
white space, full-width forms, a trailing colon, case and traditional characters, so 基本\n信息
(stacked), 基 本 信 息 (spaced), "Department:" and 職位名稱 all match.
"""

from __future__ import annotations

import contextlib
import functools
import re
import typing
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from jdgen.fields import Section, about, alternatives, readings, spots
from jdgen.importer import glossed, label_alternatives, plural_labels, recruitment, signer_labels, unit_count, values
from jdgen.importer.confidence import EXACT, GUESSED, POSITION, SHARED, VARIANT, Confidence
from jdgen.importer.traditional import folded
from jdgen.jobspec.model import JobSpec, WeightedDuty
from jdgen.jobspec.own_fields import CUSTOM


def _section_table() -> dict[str, tuple[str | None, list[str]]]:
    """Each part of the form, in the form's order, named as the spec's field
    that holds it (``document`` the title block, ``duties`` the duties and
    indicators): the field its unlabelled text belongs to, and the labels
    of the part, as the model declares them."""
    table: dict[str, tuple[str | None, list[str]]] = {}
    for name in typing.get_args(Section):
        declared = about(JobSpec.model_fields[name])
        default = name if declared.shown == name else declared.unlabelled and f"{name}.{declared.unlabelled}"
        table[name] = (default, [*(declared.label or ()), *declared.imported])
    return table


SECTIONS = _section_table()
"""section: (default field, label variants)."""


def _field_tables(model: type[JobSpec]) -> tuple[dict[str, tuple[str, list[str]]], dict[str, tuple[str, ...]]]:
    """Each field the form shows, by its path in a spec (``environment.hours``,
    ``custom.<name>``): the section that shows it and the labels that name it,
    and the path as a tuple (the model declares them all). A project's own
    field comes first, and a label it claims names no built-in field."""
    table: dict[str, tuple[str, list[str]]] = {}
    paths: dict[str, tuple[str, ...]] = {}
    found = sorted(spots(model), key=lambda spot: spot.path[0] != CUSTOM)
    own = {normalized(label) for spot in found if spot.path[0] == CUSTOM
           for label in (*(spot.about.label or ()), *spot.about.imported)}
    for spot in found:
        about = spot.about
        if about.shown is not None:
            name = ".".join(map(str, spot.path))
            labels = [*(about.label or ()), *about.imported]
            if spot.path[0] != CUSTOM:
                labels = [label for label in labels if normalized(label) not in own]
            table[name] = (about.shown, labels)
            paths[name] = spot.path
    return table, paths


def _lists(model: type[JobSpec], paths: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The fields whose value is a list (the duties, the tools), as the model types them."""
    return {name for name, path in paths.items()
            if any(isinstance(leaf, tuple) and leaf[0] is list
                   for _, annotation in readings(model, path) for leaf in alternatives(annotation))}


def _form_labels(model: type[JobSpec]) -> dict[str, set[str]]:
    """field: its form labels, the ones the form prints (所属部门, Department)."""
    return {".".join(map(str, spot.path)): {normalized(label) for label in spot.about.label or ()}
            for spot in spots(model) if spot.about.shown is not None}


FORM_TITLES = ["职位说明书", "岗位说明书", "职务说明书", "工作说明书", "岗位说明", "职位说明", "Job Description",
               "Position Description", "Role Profile", "Role Description", "Job Profile", "職務記述書",
               *recruitment.NOTICE_TITLES]
"""The form's own title: consumed; text above it in its cell is the issuer."""
NONE_TEXTS = {"无", "暂无", "none", "nil", "n/a", "-", "/", "—", "(无)", "空", "(空)", "空白", "不适用", "(none)",
              "(blank)", "notapplicable", "nodirectreports", "nolinemanagement", "nolinemanagementresponsibility",
              "nolinemanagementresponsibilities"}
"""What a form writes for nothing (No line management responsibility under Responsible for: no subordinate)."""
THIS_POSITION = {"本职位", "本岗位", "thisposition"}
COUNTER_HEADINGS = {"序号", "项次", "no.", "no", "#"}
"""The heading of a column of row numbers (序号 | 工作职责 | 考核标准)."""
COLUMN_HEADINGS = {"项目", "要求", "具体要求", "内容", "具体内容", "说明", "条件", "类别", "item", "items",
                   "requirement", "requirements", "details", "description", "parameter", "particulars"}
"""Headings of a table's columns that name no field (项目 | 要求 over 学历 | 本科): the table's own, no value."""

_SPACE = re.compile(r"\s+")
_PERCENT_MARK = re.compile(r"[(（]?\s*%\s*[)）]?")


def _weight_headings() -> set[str]:
    """The headings of a duty table's weight column: the label the model
    gives a duty's weight (权重, Weight) and the words forms use for it."""
    declared = about(WeightedDuty.model_fields["weight"])
    return {_PERCENT_MARK.sub("", normalized(label))
            for label in (*(declared.label or ()), *declared.imported, "占比", "时间占比", "工作占比", "比重",
                          "工作比重", "% of time", "percent of time", "time spent", "Weightage")}


def is_weight_heading(text: str) -> bool:
    """Whether a column heading names the duties' weights (权重, 权重（%）, Weight (%), % of time)."""
    key = normalized(text)
    return bool(key) and _PERCENT_MARK.sub("", key) in _WEIGHT_HEADINGS
_TRAILING = re.compile(r"[:：]+$")
CONTINUATION = re.compile(r"[(（]\s*(?:续|续表|续上表|接上表|cont'?d\.?|continued)\s*[)）]\s*[:：]?\s*$", re.IGNORECASE)
"""A label's mark that a section goes on from the page before: 主要职责（续）, Duties (cont'd)."""


_MARKS = re.compile(r"^\s*[*＊※]+|[*＊※]+\s*(?=[:：]?\s*$)|[(（]\s*(?:必填|选填|required|optional)\s*[)）]|"
                    r"(?<=\S)\s*\[[A-Za-z_][A-Za-z0-9_.]*\]\s*(?=[:：]?\s*$)", re.IGNORECASE)
"""A template's marks on a label: *岗位名称 (required), 岗位概要（必填）, and the field code an HR system's
export writes after it (Job Code [externalCode])."""


@functools.lru_cache(maxsize=1024)
def normalized(text: str) -> str:
    """The form of a text labels are compared in: NFKC, no white space, no
    trailing colon, no template's marks (*, （必填）), lower case (remembered:
    a line is compared several times)."""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", _MARKS.sub("", CONTINUATION.sub("", text))))
    return folded(_TRAILING.sub("", text).lower())


SENTENCE_MARK = re.compile(r"[。，,；;:：.!?！？]")
"""What a sentence has and a heading does not."""


def heading_like(text: str) -> bool:
    """Whether ``text`` reads as a heading, not a sentence: short (twelve
    characters in Chinese, five words in English), with no sentence's
    punctuation and no figure."""
    if SENTENCE_MARK.search(text) or re.search(r"\d", text):
        return False
    return len(normalized(text)) <= 12 if values.is_chinese(text) else len(text.split()) <= 5


def _index(table: Mapping[str, tuple[object, list[str]]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for key, (_, variants) in table.items():
        for variant in variants:
            index.setdefault(normalized(variant), []).append(key)
    return index


_WEIGHT_HEADINGS = _weight_headings()
FIELDS, FIELD_PATHS = _field_tables(JobSpec)
"""field: (section, label variants); field: its path in a spec."""
SECTION_INDEX = _index(SECTIONS)
FIELD_INDEX = _index(FIELDS)
LISTS = _lists(JobSpec, FIELD_PATHS)
"""The fields whose value is a list (the duties, the tools), as the model types them."""
FORM_LABELS = _form_labels(JobSpec)
"""field: its form labels, the ones the form prints (所属部门, Department)."""
_FORM_TITLE_SET = {normalized(title) for title in FORM_TITLES}
_spec_model: type[JobSpec] = JobSpec


@contextlib.contextmanager
def reading_for(model: type[JobSpec]) -> Iterator[None]:
    """Read forms as the project of spec ``model`` writes them (its own
    fields' labels too), then as the built-in model again."""
    _use_spec_model(model)
    try:
        yield
    finally:
        _use_spec_model(JobSpec)


def _use_spec_model(model: type[JobSpec]) -> None:
    """The tables above made the model's."""
    global INLINE, _spec_model
    table, paths = _field_tables(model)
    FIELDS.clear()
    FIELDS.update(table)
    FIELD_PATHS.clear()
    FIELD_PATHS.update(paths)
    FIELD_INDEX.clear()
    FIELD_INDEX.update(_index(FIELDS))
    LISTS.clear()
    LISTS.update(_lists(model, FIELD_PATHS))
    FORM_LABELS.clear()
    FORM_LABELS.update(_form_labels(model))
    INLINE = _inline(FIELDS)
    _spec_model = model


def spec_model() -> type[JobSpec]:
    """The spec model forms are read for (``reading_for``)."""
    return _spec_model


def is_form_title(text: str) -> bool:
    """Whether ``text`` is the form's own title, also with the title in another language in brackets after it
    (직무기술서（职务说明书）)."""
    halves = glossed.in_brackets(text) or ()
    return normalized(text) in _FORM_TITLE_SET or any(normalized(half) in _FORM_TITLE_SET for half in halves)


def is_label(text: str) -> bool:
    key = normalized(text)
    return bool(key) and (key in SECTION_INDEX or key in FIELD_INDEX or key in _FORM_TITLE_SET)


@dataclass(frozen=True)
class Match:
    """What a label names: the part of the form and the field, and how sure that is."""

    section: str
    field: str | None
    confidence: Confidence


_BILINGUAL = re.compile(r"^\s*(?:(?P<zh>[^\x00-\x7f:：]+?)\s*[/／|｜]?\s*(?P<en>[A-Za-z][A-Za-z .'’()&/-]*?)"
                        r"|(?P<en2>[A-Za-z][A-Za-z .'’()&/-]*?)\s*[/／|｜]?\s*(?P<zh2>[^\x00-\x7f:：]+?))\s*[:：]?\s*$")
"""A label written in both languages: 所属部门 Department, Job Title / 职位名称."""


def matched(text: str, section: str) -> Match | None:
    """The (section, field) a label ``text`` names, read in the current
    ``section`` (工作权限 is the section, and inside it the work row), and
    how surely; None when it is no label. A label in both languages
    (所属部门 Department) names a field when both halves name it, or one half
does and the other is a label's gloss (Post No. 職位編號); one with
    the same label in another language in brackets (岗位名称（Position Title）,
    직무명(职位名称)) when the half known names it and the other no other field;
    so does one offering two words for its last (所属门店/部门)."""
    found = _matched(text, section) or _qualified(text, section) or _required(text, section) \
        or _abbreviated(text, section) or _unit_count(text, section) or _bare_number(text, section)
    signed = signer_labels.signer_label(text, lambda label: getattr(_matched(label, section), "field", None)) \
        if found is None else None
    if signed:  # Approved by the Principal, 制表时间: who signs, or when the preparer did
        return Match(FIELDS[signed[0]][0], signed[0], Confidence(VARIANT, signed[1]))
    in_number = plural_labels.other_number(text) if found is None else None
    counted = _matched(in_number, section) if in_number else None
    if counted and counted.section == section:  # Certificate: Certificates in the singular, in its own part
        return Match(counted.section, counted.field, Confidence(VARIANT, " ".join(text.split()).rstrip(":：")))
    bracketed = glossed.in_brackets(text) or glossed.slashed_label(text) if found is None else None
    if bracketed:  # 직무명(职位名称), Jawatan / Position: the half known names the field
        return _glossed(bracketed, section)
    shared = label_alternatives.readings(text) if found is None else None
    if shared:  # 所属门店/部门: 所属部门 names the field
        return _glossed(shared, section)
    bilingual = _BILINGUAL.match(text) if found is None else None
    if bilingual is None:
        return found
    chinese, english = bilingual["zh"] or bilingual["zh2"], bilingual["en"] or bilingual["en2"]
    found, other = _matched(chinese, section), _matched(english, section)
    if found is None or other is None:  # Post No. 職位編號: the half known names the label, the other its gloss
        return _glossed((chinese, english), section) if glossed.side_by_side(english, chinese) else None
    if (other.section, other.field) != (found.section, found.field):
        return None
    return found


_QUALIFIED = re.compile(r"^(?P<head>[^–—-]{2,30}?)\s+[–—-]\s+(?P<tail>[^–—-]{2,30})$")
"""A label of two names set apart by a dash (Education – Major): a part, then its field."""
_EXPLAINED = re.compile(r"^(?P<tail>[A-Za-z][^()]{1,30}?)\s*\((?P<head>[A-Za-z][^()]{0,30}\s[^()]{1,30})\)$")
"""An English label with words in brackets after it that say more of it (Classification (Group and Level)):
more than one word, unlike a value in brackets (Grade (Senior))."""
_ACRONYM = re.compile(r"^(?P<tail>[A-Za-z][A-Za-z&' -]{2,60}?)\s*\((?P<letters>[A-Z]{2,6})s?\)\s*[:：]?$")
"""An English label with its initials in brackets after it (Key Performance Areas (KPAs))."""
_SCHEME = re.compile(r"^(?P<tail>[A-Za-z][^()]{1,30}?)\s*\((?P<head>[A-Za-z][^()]{0,30})\)\s*[:：]$")
"""An English label with one word in brackets and a colon after it (Job Grade (Paterson):): the colon says the
brackets are the label's, naming the scheme it follows, not a value."""


def _glossed(halves: tuple[str, str], section: str) -> Match | None:
    """What a label and its gloss in another language name: the field the half known names, unless the other
    names another."""
    found = [match for match in (_matched(half, section) for half in halves) if match is not None]
    if not found or any((match.section, match.field) != (found[0].section, found[0].field) for match in found):
        return None
    return found[0]


def _qualified(text: str, section: str) -> Match | None:
    """The field a label of a part and a field (Education – Major, Education – Degrees) names: the second's,
    when the first names something of the same part; so too the field of an English label with words in
    brackets after it (Classification (Group and Level), Job Grade (Paterson):) that name no other field."""
    text = " ".join(text.split())
    dashed, explained = _QUALIFIED.match(text), _EXPLAINED.match(text) or _SCHEME.match(text)
    parts = dashed or explained
    if parts is None:
        return None
    field, part = _matched(parts["tail"], section), _matched(parts["head"], section)
    if field is None or (part is None and dashed) or (part is not None and part.section != field.section):
        return None
    return field


_REQUIRED = re.compile(r"^\s*(?:required|essential)\s+(?P<a>\S.*)$|^(?P<b>.*\S)\s+(?:required|needed)\s*[:：]?\s*$"
                       r"|^(?P<c>[^\x00-\x7f]{2,8})要求\s*[:：]?\s*$", re.IGNORECASE)
"""A field's label saying it is required (Certificates required, Required Skills, 证书要求)."""
_SIGNED = re.compile(r"^(?P<a>[^\x00-\x7f:：]{2,8}?)\s*[(（]?(?:签字|签名|签章|簽名|簽字)[)）]?\s*[:：]?\s*$"
                     r"|^(?P<b>[A-Za-z][A-Za-z ]{1,20}?)\s*\((?:signature|sign)\)\s*[:：]?\s*$", re.IGNORECASE)
"""A signer's label asking for a signature (审核人签字, 编制人（签名）, Approved by (signature))."""
_HEDGED = re.compile(r"^(?P<a>.*?\S)\s*[(（]\s*(?:如有|若有|如适用|如適用|最低|至少|全称|全稱|方向|"
                     r"if any|if applicable|where applicable|minimum|min\.?)\s*[)）]\s*[:：]?\s*$", re.IGNORECASE)
"""A label with a word in brackets that hedges it (证书（如有）, 学历（最低）, Education (minimum))."""

_DIRECT = re.compile(r"^直接(?P<a>[\u4e00-\u9fff]{2,6})\s*[:：]?\s*$")
"""A label of the basic facts with 直接 before it (直接汇报对象, 直接管理对象): the label after it."""
_MAIN = re.compile(r"^(?:main|overall|primary)\s+(?P<a>[a-z][a-z ]{3,40}?)\s*[:：]?\s*$", re.IGNORECASE)
"""A label of the summary or the duties with a word before it saying it is the chief one (Main purpose of
the job, Overall responsibilities)."""
_OF_FORM = re.compile(rf"^(?:{'|'.join(map(re.escape, FORM_TITLES))})\s*(?P<a>\S.*)$", re.IGNORECASE)
"""A sign-off's label after the form's own name (Job description prepared by, 岗位说明书编制日期)."""
_SIGN_OFF = {"document.prepared_by", "document.approved_by", "basic.prepared_on", "document.effective_date"}
_KIND_OF_EXPERIENCE = re.compile(r"^(?![有无需具要]|教育|学习|培训|学历)[\u4e00-\u9fff]{2,4}"
                                 r"(?P<a>经历|经验)\s*[:：]?\s*$")
"""A Chinese label of the experience asked for by its kind (教学经历, 驾驶经历, 管理经验), among the
qualifications; not a value saying whether it is had (有相关经验, 无管理经验), nor one of schooling
(教育经历, 培训经历)."""


def _abbreviated(text: str, section: str) -> Match | None:
    """The field a label with its initials in brackets after it names (Key Performance Areas (KPAs)): the
    label's, when the letters are its words' initials."""
    found = _ACRONYM.match(" ".join(text.split()))
    if found is None:
        return None
    initials = "".join(word[0] for word in re.split(r"[\s-]+", found["tail"]) if word[:1].isupper())
    return _matched(found["tail"], section) if initials == found["letters"] else None


def _required(text: str, section: str) -> Match | None:
    """The field a label names with a word around it that says what is
    asked: a requirement (Certificates required, 证书要求), when the label
    without it names a qualification (岗位要求 names no title); a signature
    (审核人签字), when it names who prepared or approved the form; a hedge
    in brackets (证书（如有）, 学历（最低）); a word saying the summary or the
    duties are the chief ones (Main purpose of the job); 直接 before a label
    of the basic facts (直接汇报对象); the form's own name before a
    sign-off's label (Job description prepared by); the kind of experience
    asked for among the qualifications (教学经历). A variant."""
    text = " ".join(text.split())
    for pattern, named in ((_REQUIRED, lambda field: field.section == "qualifications"),
                           (_SIGNED, lambda field: field.field in signer_labels.SIGNER_FIELDS),
                           (_HEDGED, lambda field: True), (_OF_FORM, lambda field: field.field in _SIGN_OFF),
                           (_MAIN, lambda field: field.section in ("summary", "duties")),
                           (_DIRECT, lambda field: field.section == "basic"),
                           (_KIND_OF_EXPERIENCE, lambda field: field.field == "qualifications.experience"
                            and section == "qualifications")):
        found = pattern.match(text)
        field = _matched(next(group for group in found.groups() if group), section) if found else None
        if field is not None and field.field is not None and named(field):
            return Match(field.section, field.field, Confidence(VARIANT, text.rstrip(":：")))
    return None


def _bare_number(text: str, section: str) -> Match | None:
    """The position's number guessed for 编号 among the position's facts (岗位 | 推拿理疗师, 编号 | XHT-05),
    whose number the label does not say."""
    if section != "basic" or normalized(text) != "编号":
        return None
    return Match("basic", "id", Confidence(GUESSED, "编号 among the position's facts, read as its number"))


def _unit_count(text: str, section: str) -> Match | None:
    """The headcount a unit's count of staff names (门店编制 | 5名), guessed as the post's."""
    found = _matched(unit_count.POST_COUNT, section) if unit_count.is_unit_count(text) else None
    return None if found is None else Match(found.section, found.field,
                                            Confidence(GUESSED, f"{' '.join(text.split())}, a unit's count of staff"))


def _matched(text: str, section: str) -> Match | None:
    key = normalized(text)
    label = " ".join(text.split()).rstrip(":：")
    fields = FIELD_INDEX.get(key, [])
    here = [name for name in fields if FIELDS[name][0] == section]
    if here:
        return Match(section, here[0], _by_label(key, here[0], label))
    if key in SECTION_INDEX:
        name = SECTION_INDEX[key][0]
        default = SECTIONS[name][0]
        if default is not None and default != name:  # 工作联系: its first field, relationships.internal
            return Match(name, default, Confidence(POSITION, f"the first field under {label}"))
        return Match(name, default, _by_label(key, default, label))
    if fields:  # a label two fields share (工作地点): the one the form comes to next, as forms read in order
        order = list(SECTIONS)
        at = order.index(section) if section in order else 0
        ahead = [name for name in fields if FIELDS[name][0] in order and order.index(FIELDS[name][0]) >= at]
        name = (ahead or fields)[0]
        confidence = Confidence(SHARED, f"{label}: {', '.join(fields)}") \
            if len(fields) > 1 else _by_label(key, name, label)
        return Match(FIELDS[name][0], name, confidence)
    return None


def resolve(text: str, section: str) -> tuple[str, str | None] | None:
    """The (section, field) a label ``text`` names (``matched`` without its confidence)."""
    found = matched(text, section)
    return None if found is None else (found.section, found.field)


def _by_label(key: str, field: str | None, label: str) -> Confidence:
    """A field named by its label: the form's own label of it, or a variant."""
    if field is not None and key in FORM_LABELS.get(field, ()):
        return Confidence(EXACT, label)
    return Confidence(VARIANT, label)


def _inline(fields: Mapping[str, tuple[str, list[str]]]) -> re.Pattern:
    labels = sorted({variant for _, variants in fields.values() for variant in variants}
                    | {variant for _, variants in SECTIONS.values() for variant in variants}, key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s；;，,。]))(" + "|".join(re.escape(v) for v in labels) + r")\s*[:：]\s*",
                      re.IGNORECASE)


INLINE = _inline(FIELDS)
"""``职位名称：客户经理  所属部门：营业部``, ``上级：经理；下级：无``: labels followed by a colon inside a
line, at its start or after a space or a separator."""


def inline_labels(text: str) -> list[str]:
    """``text`` split at the labels followed by a colon inside it (``INLINE``,
    found in traditional characters too: 學歷：文憑), each part as written."""
    parts, start = [], 0
    for found in INLINE.finditer(folded(text)):
        parts += [text[start:found.start()], text[found.start(1):found.end(1)]]
        start = found.end()
    return [*parts, text[start:]]


_OWN_POSITION = re.compile(r"(?:本|该|此)(岗位|职位)的?")
"""本岗位的名称: the position the form describes, which the labels write 岗位名称."""
_SUBJECT = {"岗位", "职位"}
"""The position a text speaks of, never the field it names."""
LONGEST_LABEL = 12
"""The most characters a label held within a longer text has."""


def held_label(words: str, section: str) -> str | None:
    """The longest known label within ``words`` (名称 read in 本岗位的名称 as
    岗位名称; the later of two as long: the field comes after what a question
    says of it); None when they hold none."""
    asked = _OWN_POSITION.sub(r"\1", words)
    best = ""
    for start in range(len(asked)):
        for end in range(start + 2, min(len(asked), start + LONGEST_LABEL) + 1):
            piece = asked[start:end]
            if len(piece) >= len(best) and piece not in _SUBJECT and resolve(piece, section) is not None:
                best = piece
    return best or None
