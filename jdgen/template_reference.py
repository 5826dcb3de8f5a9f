"""The template reference (docs/template-reference.md): every variable a
template's tags see, with its kind and an example in each language, read
off the contexts of a real spec, so it cannot drift from what templates get.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jdgen import marks

DESCRIPTIONS = {
    "lang": "the document's language code (a bilingual document: its first language)",
    "labels": "the form's labels, by key (see Labels below)",
    "id": "the position's id",
    "title": "the position's title",
    "document": "the title block: sign-off fields are empty when absent (a printed form leaves them blank)",
    "document.footer": "document number and title, for a footer",
    "basic": "基本信息: absent values read labels.none",
    "basic.subordinates": "one text per subordinate position ([labels.none] when there are none)",
    "reporting_chart": "the reporting chart, rows of boxes top to bottom",
    "reporting_chart[].boxes": "the boxes of a row (up to three side by side)",
    "reporting_chart[].boxes[].span": "how many of the chart's six grid columns the box spans",
    "reporting_chart[].boxes[].current": "true for this position's own box (shade it)",
    "reporting_chart[].arrow": "true when an arrow leads from this row to the next",
    "internal": "内部工作关系, a numbered list",
    "external": "外部工作关系, a numbered list",
    "summary": "职位概要",
    "duties": "主要职责: groups of duties (one group without a title for a plain list)",
    "duties[].n": "the group's number (一、 / A.), empty for a single group",
    "duties[].entries": "the group's duties, a numbered list, each with its weight",
    "duties[].entries[].weight": "the duty's weight as it reads (30%), empty when it has none",
    "duties[].entries[].weight_value": "the duty's weight as a number (30), none when it has none",
    "measures": "every quantitative measure in order, as a record: for a table with a row per measure",
    "measures[].category": "the name of the measure's category",
    "measures[].text": "the measure as the default form prints it: name, target and weight in one text",
    "measures[].target": "the measure's target: as it reads, and in parts (all empty when it has none)",
    "measures[].target.text": "the target as it reads (≥90%, ≤2次/季度)",
    "measures[].target.figure": "the target without its period (≤2次), for a table with a period column",
    "measures[].target.compare": "at_least, at_most, exactly, or empty",
    "measures[].target.value": "the target's number (an amount, a percentage, a count or a figure); none for a "
                               "target in words",
    "measures[].target.unit": "a currency code, %, the counter word or unit, or empty",
    "measures[].target.period": "the period in words (月度 季度 年度 / Monthly Quarterly Yearly), or empty",
    "measures[].target.per": "month, quarter, year, or empty",
    "measures[].weight": "the measure's weight as it reads (30%), empty when it has none",
    "measures[].weight_value": "the weight as a number, none when it has none",
    "qualifications_by_key": "任职资格 field by field, for a form of its own layout: texts read labels.none when "
                             "absent, lists are numbered lists; experience is `experience`",
    "training.hours_value": "class hours as numbers: one figure, or one per level id; none when absent",
    "indicators": "工作指标: its parts (quantitative, qualitative), each a numbered list",
    "indicators[].entries[].details": "lines under an entry (a category's scoring and formula)",
    "authority": "工作权限: three numbered lists",
    "experience": "资历: a row per level (name and entries), or one unnamed row",
    "qualifications": "the rows under 资历: education and certificates when given, then knowledge, abilities, "
                      "qualities",
    "career_chart": "the career path as chart rows (empty when there is none); the first box is this position",
    "training": "培训: topics and hours, numbered lists",
    "environment": "工作环境: rows of name and value (place, hours, then further conditions)",
    "physical": "身体要求",
    "tools": "使用工具, joined into one text",
}
"""What a variable means, where its name does not say it all."""

ITEM = "a numbered item: ``n`` its number (一、 1、 (1) / A. 1. (a)), empty in a one-item list; ``text``"


Sources = list[tuple[Any, Any]]
"""Specs' values at one place of their contexts, each in two languages, the best example first."""


def variables(sources: Sources, none: tuple[str, str]) -> Iterator[tuple[str, str, str, str]]:
    """``(variable, kind, example, other example)`` of every variable of the
    contexts ``sources`` (each spec's in two languages), in order. Each takes
    its shape from the first source to give it (a list not empty), and its
    example from the first to give one neither empty nor ``none`` (the
    form's word for none, in each language). ``labels`` is left out (its
    keys are listed apart)."""
    yield from _walk(sources, none, "")


def _walk(sources: Sources, none: tuple[str, str], path: str) -> Iterator[tuple[str, str, str, str]]:
    if path == "labels":
        yield path, "mapping", "", ""
        return
    value = next((value for value, _ in sources if value not in (None, "", [], {})), sources[0][0])
    if isinstance(value, dict):
        if path and not path.endswith("[]"):  # a list's items are described by their keys
            yield path, "mapping", "", ""
        mappings = [(one, other if isinstance(other, dict) else {}) for one, other in sources if isinstance(one, dict)]
        for key in value:  # the keys of one mapping: some are data (a level's id)
            yield from _walk([(one[key], other.get(key)) for one, other in mappings if key in one], none,
                             f"{path}.{key}" if path else key)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        yield path, "list of mappings", "", ""
        items = [(one, other if isinstance(other, list) and len(other) == len(one) else [None] * len(one))
                 for one, other in sources if isinstance(one, list) and one and isinstance(one[0], dict)]
        yield from _walk([(one[index], other[index]) for one, other in items for index in [_fullest(one)]], none,
                         f"{path}[]")
    else:
        kind = "list of texts" if isinstance(value, list) else _kind(value)
        if kind in ("text", "number") and any(one is None for one, _ in sources):
            kind += " or none"
        shown = [(_shown(one[:1] if isinstance(one, list) else one), _shown(other[:1] if isinstance(other, list)
                                                                             else other))
                 for one, other in sources if isinstance(one, list) == isinstance(value, list)]
        yield path, kind, *next((pair for pair in shown if all(pair) and pair != none), shown[0])


def _fullest(items: list[Any]) -> int:
    """The index of the item with the most values given: the best example."""
    def given(value: Any) -> int:
        if isinstance(value, dict):
            return sum(given(item) for item in value.values())
        if isinstance(value, list):
            return sum(given(item) for item in value)
        return int(value not in (None, ""))
    return max(range(len(items)), key=lambda index: (given(items[index]), -index))


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "number"
    if value is None:
        return "number or none"
    return "text"


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(_shown(item) for item in value)
    text = marks.plain(str(value)) if value is not None else ""
    text = text if len(text) <= 48 else text[:47] + "…"
    return text.replace("|", "\\|")


def reference(sources: list[tuple[dict[str, Any], dict[str, Any]]], labels: dict[str, Any], source: str,
              others: str) -> str:
    """The template reference in Markdown, from specs' contexts in Chinese
    and English (the first read from ``source``, the ``others`` giving the
    values it leaves empty, see ``examples``) and the default template's labels."""
    lines = [
        "# Template reference",
        "",
        f"<!-- Generated from {source} by scripts/make_template_reference.py; do not edit. -->",
        "",
        "What the tags of a template (`templates/<name>/form.docx`) see: the values of one document, every",
        "text already in the document's language and every number, date and list already formatted for it.",
        "`jdgen template context SPEC --lang zh` prints them for one of your specs. Examples below are",
        f"from `{source}`; a value it leaves empty or none comes from {others}.",
        "",
        "## Values",
        "",
        "| variable | kind | example (zh) | example (en) | meaning |",
        "|---|---|---|---|---|",
    ]
    zh, en = sources[0]
    for path, kind, example, other in variables(sources, (zh["labels"]["none"], en["labels"]["none"])):
        meaning = DESCRIPTIONS.get(path, "")
        if path.endswith("[].n") and not meaning:
            meaning = "the item's number, empty in a one-item list"
        if path.endswith("_value") and not meaning:
            meaning = "the value as written: a number, a grade in words, a date as YYYY-MM-DD; none when absent"
        lines.append(f"| `{path}` | {kind} | {example} | {other} | {meaning} |")
    lines += [
        "",
        "A *numbered list* is a list of mappings `{n, text}`: `n` is the item's number as the language writes",
        "it (一、 1、 (1) in Chinese; A. 1. (a) in English), empty when the list has one item; an absent or",
        "empty list is `[]` (show `labels.none`).",
        "",
        "## Labels",
        "",
        "`labels.KEY` is the wording of the form's labels in the document's language, from the template's",
        "`labels.yaml`. A label with `{placeholders}` is a pattern jdgen fills in (`people`: `{n}人`); one",
        "filled in with a count gives its plural forms, as a list, in the order of the language's plural forms.",
        "",
        "| key | zh | en |",
        "|---|---|---|",
    ]
    for key, text in labels.items():
        zh_text, en_text = (text.get("zh", ""), text.get("en", "")) if isinstance(text, dict) else (text, "")
        lines.append(f"| `{key}` | {_shown(zh_text)} | {_shown(en_text)} |")
    lines += [
        "",
        "## Bilingual documents",
        "",
        "A bilingual document (`zh+en`) gets the same variables, each text holding both languages: the",
        "first language, a line break, then the second (the line break is the private-use character U+E002,",
        "which the renderer turns into a line break in Word; a text the same in both languages is given",
        "once). `lang`, the numbers `n` and the flags `current`, `arrow` and `span` are the first language's.",
        "Tests such as `{% if entry.n %}` therefore work alike in every document.",
        "",
        "Each text of a bilingual document also holds each language's own, named by its code:",
        "`{{ entry.text.zh }}` and `{{ entry.text.en }}` (a form with a column per language, or the",
        "English under a Chinese heading of its own). A number (`weight_value`, `target.value`) is",
        "one number in every document.",
        "",
    ]
    return "\n".join(lines)
