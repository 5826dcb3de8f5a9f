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
import typing
from decimal import Decimal

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from jdgen import marks
from jdgen.fields import TEXT, alternatives, branches, holds_text, is_model, rules
from jdgen.jobspec.model import JobSpec

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
        st.characters(exclude_categories=("Cc", "Cs", "Cn"), exclude_characters=marks.ALL),
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


def decimals(most: int) -> st.SearchStrategy:
    """Figures with up to two decimals, written as YAML would hold them."""
    return st.decimals(Decimal("0.01"), Decimal(most), places=2).map(lambda d: float(d) if d % 1 else int(d))


NEVER = object()
"""A field the generated specs leave out."""

LEAVES: dict[tuple[str, str], object] = {
    ("JobSpec", "id"): st.from_regex(r"[A-Z]{2,4}-[0-9]{3}", fullmatch=True),
    ("JobSpec", "extends"): NEVER,  # a generated spec is a project's only file
    ("JobSpec", "source_language"): NEVER,  # texts carry both languages inline
    ("JobSpec", "levels"): NEVER,  # drawn first: the fields by level refer to them
    ("JobSpec", "template"): NEVER,  # the form is the test's to choose (built_in_forms.TEMPLATES)
    ("BasicInfo", "grade"): st.integers(1, 20) | texts,
    ("MoneyTarget", "amount"): st.integers(1, 10**9),
    ("MoneyTarget", "currency"): st.sampled_from(["CNY", "USD", "EUR", "HKD"]),
    ("PercentTarget", "percent"): st.integers(0, 100) | decimals(10_000),
    ("Measure", "weight"): st.integers(1, 100),
    ("Training", "hours"): st.integers(1, 500),
}
"""Values narrower than the model allows, where the form's reading back
(the import's round trip) needs them so; every other field is generated
from its type in the model, so a field added to the model is generated too."""


def _lists(items: st.SearchStrategy, rules: dict, most: int) -> st.SearchStrategy:
    return st.lists(items, min_size=rules.get("min_length", 0), max_size=max(most, rules.get("min_length", 0)))


def _leaf(leaf, rules: dict, level_ids: list[str]) -> st.SearchStrategy:
    """A value of one alternative of a field's type."""
    if leaf == TEXT:
        return texts
    if isinstance(leaf, tuple) and leaf[0] is list:
        items = _value(leaf[1], {}, level_ids)
        return _lists(items, rules, 6 if holds_text(leaf[1]) else 4)
    if isinstance(leaf, tuple):  # a mapping: by level
        return _per_level(_value(leaf[1], {}, level_ids), level_ids)
    if is_model(leaf):
        return part(leaf, level_ids)
    if leaf is datetime.date:
        return dates
    if leaf is str:  # a plain string: a document number, an id
        return latin_words
    if typing.get_origin(leaf) is typing.Literal:
        return st.sampled_from(typing.get_args(leaf))
    low = rules.get("ge", rules.get("gt", -1) + 1)
    if leaf is int:
        return st.integers(low, min(rules.get("le", 500), 500))
    if leaf is Decimal:
        return decimals(min(rules.get("le", 100_000), 100_000))
    raise TypeError(f"no strategy for {leaf!r}: add one to tests/strategies.py")


def _value(annotation, rules: dict, level_ids: list[str]) -> st.SearchStrategy:
    """A value of a field's type: one of its alternatives (a text where a text is one)."""
    options = [(leaf, {**inner, **rules}) for leaf, inner in branches(annotation) if leaf is not type(None)]
    if holds_text(annotation) and all(is_model(leaf) or leaf == TEXT for leaf, _ in options):
        # a position by its title: links are put in afterwards
        options = [option for option in options if not is_model(option[0])]
    return st.one_of([_leaf(leaf, inner, level_ids) for leaf, inner in options])


def part(model, level_ids: list[str]) -> st.SearchStrategy:
    """A part of a spec (``model``) as plain data: its required fields, and
    each optional one present or absent."""
    required, optional = {}, {}
    for name, info in model.model_fields.items():
        strategy = field_values(model, name, level_ids)
        if strategy is not None:
            (required if info.is_required() else optional)[name] = strategy
    return st.fixed_dictionaries(required, optional=optional)


def field_values(model, name: str, level_ids: list[str]) -> st.SearchStrategy | None:
    """The values of field ``name`` of ``model``; None for a field left out."""
    info, override = model.model_fields[name], LEAVES.get((model.__name__, name))
    if override is NEVER:
        return None
    if isinstance(override, st.SearchStrategy):
        by_level = any(isinstance(leaf, tuple) and leaf[0] is dict for leaf in alternatives(info.annotation))
        return override | _per_level(override, level_ids) if by_level else override
    return _value(info.annotation, rules(info.metadata), level_ids)


def _per_level(values: st.SearchStrategy, level_ids: list[str]) -> st.SearchStrategy:
    """One of ``values`` for each of some declared levels (at least one)."""
    if not level_ids:
        return st.nothing()
    return st.lists(st.sampled_from(level_ids), min_size=1, unique=True).flatmap(
        lambda chosen: st.fixed_dictionaries({level: values for level in chosen}))


@st.composite
def specs(draw) -> dict:
    """A valid spec as plain data, every part of it generated from the model."""
    levels = draw(st.dictionaries(identifiers, texts, max_size=5))
    spec = draw(part(JobSpec, sorted(levels)))
    if levels:
        spec["levels"] = levels
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
