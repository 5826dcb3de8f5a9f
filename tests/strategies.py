"""Hypothesis strategies for valid specs across the whole model: every
optional part present or absent, lists from their minimum up, 1 to 5 levels,
many subordinates, and texts of CJK, Latin, mixed and markup-like characters.

A generated spec is plain data (what ``yaml.safe_dump`` writes). Every text
carries its English inline, so all three documents build without a catalog;
``spec_texts`` lists what each language's document must show (a link to a
position, ``{position: ID}``, shows that position's title: the spec's own).
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from jdgen import marks

CJK = "客户经理营业厅大堂柜员服务负责组织协调管理营销风险合规培训考核办公设备电脑电话现金凭证"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
MARKUP = ["<w:p>", "&amp;", "{{ x }}", "{% if %}", "]]>", "<", ">", "&", "'", '"', "%", "\\", "、", "，", "　", ":", "(", ")"]

cjk_words = st.text(CJK, min_size=1, max_size=12)
latin_words = st.text(LATIN, min_size=1, max_size=10)
markup = st.sampled_from(MARKUP)


def _joined(parts: list[str]) -> str:
    return " ".join(parts).strip()


any_characters = st.lists(
    st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        # not the private-use characters jdgen marks drafts with (refused in specs)
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn"), exclude_characters=marks.ALL),
        markup,
    ),
    min_size=1, max_size=12,
).map(lambda parts: "".join(parts).strip())

plain_texts = st.one_of(
    cjk_words,
    any_characters,
    st.lists(latin_words, min_size=1, max_size=8).map(_joined),
    st.lists(st.one_of(cjk_words, latin_words, markup), min_size=1, max_size=8).map(_joined),
    st.lists(cjk_words, min_size=8, max_size=16).map("".join),  # long enough to wrap
).filter(bool)

texts = st.builds(lambda zh, en: {"zh": zh, "en": en}, plain_texts, plain_texts)
"""A text with its English inline."""


def text_lists(min_size: int = 0, max_size: int = 6):
    return st.lists(texts, min_size=min_size, max_size=max_size)


identifiers = st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True).filter(lambda key: key not in ("zh", "en"))
dates = st.dates(datetime.date(1990, 1, 1), datetime.date(2099, 12, 31))
comparisons = st.sampled_from(["at_least", "at_most", "exactly"])
periods = st.sampled_from(["month", "quarter", "year"])


def decimals(most: int) -> st.SearchStrategy:
    """Figures with up to two decimals, written as YAML would hold them."""
    return st.decimals(Decimal("0.01"), Decimal(most), places=2).map(lambda d: float(d) if d % 1 else int(d))


def _target(kind: dict, **optional) -> st.SearchStrategy:
    return st.fixed_dictionaries(kind, optional={"compare": comparisons, "per": periods, **optional})


targets = st.one_of(
    _target({"amount": st.integers(1, 10**9)}, currency=st.sampled_from(["CNY", "USD", "EUR", "HKD"])),
    _target({"percent": st.integers(0, 100) | decimals(10_000)}),
    _target({"count": st.integers(0, 10_000)}, unit=texts),
    _target({"number": decimals(100_000)}, unit=texts),
    st.fixed_dictionaries({"text": texts}),
)

measures = st.fixed_dictionaries({"name": texts}, optional={"target": targets, "weight": st.integers(1, 100)})
categories = st.fixed_dictionaries(
    {"name": texts, "measures": st.lists(measures, min_size=1, max_size=4)},
    optional={"scoring": texts, "formula": texts},
)
deductions = st.one_of(
    st.fixed_dictionaries({"rule": texts, "points": st.integers(1, 100)},
                          optional={"per": st.sampled_from(["occurrence", "person", "person_occurrence"])}),
    st.fixed_dictionaries({"rule": texts, "penalty": texts}),
)
qualitative = st.fixed_dictionaries({}, optional={
    "method": texts, "criteria": text_lists(), "deductions": st.lists(deductions, max_size=4),
})
indicators = st.fixed_dictionaries({}, optional={
    "quantitative": st.lists(categories, max_size=4), "qualitative": qualitative,
})
duties = st.one_of(
    text_lists(1, 8),
    st.lists(st.fixed_dictionaries({"title": texts, "items": text_lists(1, 6)}), min_size=1, max_size=4),
)


@st.composite
def specs(draw) -> dict:
    """A valid spec as plain data."""
    levels = draw(st.dictionaries(identifiers, texts, max_size=5))
    level_ids = sorted(levels)

    def by_level(values):
        """One value for all, or one per declared level (a subset, at least one)."""
        if not level_ids or draw(st.booleans()):
            return draw(values)
        chosen = draw(st.lists(st.sampled_from(level_ids), min_size=1, unique=True))
        return {level: draw(values) for level in chosen}

    spec = {
        "id": draw(st.from_regex(r"[A-Z]{2,4}-[0-9]{3}", fullmatch=True)),
        "title": draw(texts),
        "basic": draw(st.fixed_dictionaries({"department": texts}, optional={
            "prepared_on": dates, "headcount": st.integers(1, 500), "supervised": st.integers(0, 500),
            "grade": st.integers(1, 20) | texts, "reports_to": texts, "subordinates": text_lists(0, 8),
        })),
        "summary": draw(texts),
        "duties": draw(duties),
    }
    optional = {
        "document": st.fixed_dictionaries({}, optional={
            "number": latin_words, "issuer": texts, "prepared_by": texts, "approved_by": texts,
            "effective_date": dates,
        }),
        "relationships": st.fixed_dictionaries({}, optional={"internal": text_lists(), "external": text_lists()}),
        "indicators": indicators,
        "authority": st.fixed_dictionaries({}, optional={
            "work": text_lists(), "expenses": text_lists(), "personnel": text_lists()}),
        "career_path": text_lists(0, 5),
        "environment": st.fixed_dictionaries({}, optional={
            "place": texts, "hours": texts,
            "conditions": st.lists(st.fixed_dictionaries({"name": texts, "value": texts}), max_size=3)}),
        "physical": texts,
        "tools": text_lists(),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            spec[key] = draw(strategy)
    if levels:
        spec["levels"] = levels
    if draw(st.booleans()):
        qualifications = draw(st.fixed_dictionaries({}, optional={
            "education": texts, "certificates": text_lists(), "knowledge": texts,
            "abilities": text_lists(), "qualities": text_lists()}))
        if draw(st.booleans()):
            qualifications["experience"] = by_level(text_lists(1, 4))
        spec["qualifications"] = qualifications
    if draw(st.booleans()):
        training = draw(st.fixed_dictionaries({}, optional={"topics": text_lists()}))
        if draw(st.booleans()):
            training["hours"] = by_level(st.integers(1, 500))
        spec["training"] = training
    for holder, key in ((spec["basic"], "subordinates"), (spec, "career_path")):
        if holder.get(key) and draw(st.booleans()):
            # a link to a position of the set: the spec itself, the only one there is
            holder[key][draw(st.integers(0, len(holder[key]) - 1))] = {"position": spec["id"]}
    return spec


MINIMAL = {
    "id": "MIN-001",
    "title": {"zh": "柜员", "en": "Teller"},
    "basic": {"department": {"zh": "营业部", "en": "Branch Office"}},
    "summary": {"zh": "办理柜面业务。", "en": "Handles counter business."},
    "duties": [{"zh": "办理现金业务。", "en": "Handles cash."}],
}
"""The smallest valid spec: every optional part absent."""


def spec_texts(data, language: str) -> list[str]:
    """Every text of a generated spec in ``language``, but level names (a
    level is shown only where experience or hours refer to it)."""
    if isinstance(data, dict):
        if set(data) == {"zh", "en"}:
            return [data[language]]
        return [text for key, value in data.items() if key != "levels" for text in spec_texts(value, language)]
    if isinstance(data, list):
        return [text for value in data for text in spec_texts(value, language)]
    return []


def budget(examples: int, *, shrink: bool = True) -> settings:
    """Settings for a property test of ``examples`` runs (``shrink=False`` for
    builds, where shrinking takes minutes)."""
    phases = list(Phase) if shrink else [Phase.explicit, Phase.reuse, Phase.generate]
    return settings(max_examples=examples, deadline=None, database=None, phases=phases,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@st.composite
def edited(draw, spec: dict) -> dict:
    """``spec`` edited as a person would: a word added to a text, a text
    rewritten, a list item added or removed, a figure changed; most of it
    left as it was. Lists keep at least one item where they had more."""

    def text(value: dict) -> dict:
        how = draw(st.sampled_from(["keep", "keep", "keep", "word", "rewrite"]))
        if how == "rewrite":
            return draw(texts)
        if how == "word":
            zh, en = value["zh"], value["en"]
            at_zh, at_en = draw(st.integers(0, len(zh))), draw(st.integers(0, len(en)))
            return {"zh": zh[:at_zh] + draw(cjk_words) + zh[at_zh:],
                    "en": _joined([en[:at_en], draw(latin_words), en[at_en:]])}
        return value

    def walk(value, key=""):
        if isinstance(value, dict) and set(value) == {"zh", "en"}:
            return text(value)
        if isinstance(value, dict):
            return {name: item if name in ("id", "levels") else walk(item, name) for name, item in value.items()}
        if isinstance(value, list):
            items = [walk(item) for item in value]
            if len(items) > 1 and draw(st.booleans()):
                del items[draw(st.integers(0, len(items) - 1))]
            if items and all(isinstance(item, dict) and set(item) == {"zh", "en"} for item in items) \
                    and draw(st.booleans()):
                items.insert(draw(st.integers(0, len(items))), draw(texts))
            return items
        if isinstance(value, int) and not isinstance(value, bool) and key in ("headcount", "supervised", "grade") \
                and draw(st.booleans()):
            return value + 1
        return value

    return walk(spec)


@st.composite
def spec_pairs(draw) -> tuple[dict, dict]:
    """An old and a new version of one position: an edit of a spec, or
    (now and then) another spec with the same id."""
    old = draw(specs())
    new = draw(st.one_of(edited(old), edited(old), specs()))
    return old, _renamed(new, old["id"])


def _renamed(spec: dict, spec_id: str) -> dict:
    """``spec`` with the id ``spec_id``, its links to itself following."""
    def walk(value):
        if isinstance(value, dict):
            return {"position": spec_id} if value == {"position": spec["id"]} else {
                key: walk(item) for key, item in value.items()}
        return [walk(item) for item in value] if isinstance(value, list) else value

    return {**walk(spec), "id": spec_id}
