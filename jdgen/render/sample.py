"""The sample specs a template is checked and previewed with: every part of
the model present, walked from the model itself (jdgen.fields), so that a
field added to the model is in the samples too.

Each sample is maximal: every optional field is given, every list has at
least two items (more where its items may take several shapes, one item
of each), and each sample has levels. The samples differ where the model
offers alternatives: sample ``k`` takes the ``k``-th alternative of each
choice (duties as a plain list or in groups, a value for all levels or one
per level, each kind of target) and ``k + 1`` levels, so that together they
show a template every shape a spec can take (but links: a sample names
other positions by their titles, as a link reads). Texts are the field's own
name, numbered, in Chinese and English inline (``职责 1`` / ``Duties 1``),
so a preview reads as a map of the form.
"""

from __future__ import annotations

import datetime
import typing
from typing import Any

from pydantic import BaseModel

from jdgen.fields import TEXT, About, about, branches, holds_text, is_model, rules
from jdgen.jobspec.model import JobSpec, PositionLink

SAMPLE_ID = "SAMPLE-001"
"""The id of every sample (it names the documents of a preview)."""

MOST_LEVELS = 3
"""The most levels a sample has: one, two and three levels are each tried."""

_LEFT_OUT = {("JobSpec", "extends"), ("JobSpec", "source_language"), ("JobSpec", "levels")}
"""Fields a sample does not give: it is a file of its own with both languages
inline; its levels are made first (the fields by level name them)."""

_VALUES: dict[tuple[str, str], Any] = {
    ("JobSpec", "id"): SAMPLE_ID,
    ("MoneyTarget", "currency"): "CNY",
}
"""Values the model's types alone do not say how to make."""


def sample_specs(languages: tuple[str, ...] = ("zh", "en"), model: type[JobSpec] = JobSpec) -> list[dict[str, Any]]:
    """The samples as plain data (what a spec file holds), one per shape,
    every text given in each of ``languages`` (Chinese in Chinese, the
    others in English words); of ``model``, the project's (its own fields too)."""
    count = max(MOST_LEVELS, _widest_choice(model, set()))
    return [_Sample(variant, languages, model).spec() for variant in range(count)]


class _Sample:
    """One sample: the ``variant``-th alternative of each choice."""

    def __init__(self, variant: int, languages: tuple[str, ...], model: type[JobSpec]) -> None:
        self.variant, self.languages, self.model = variant, languages, model
        self.levels = [f"level{number}" for number in range(1, variant % MOST_LEVELS + 2)]

    def spec(self) -> dict[str, Any]:
        data = self._model(self.model, ("职位", "Position"), 0)
        data["levels"] = {level: self._text(("级别", "Level"), number)
                          for number, level in enumerate(self.levels, 1)}
        return data

    def _text(self, names: tuple[str, str], number: int) -> dict[str, str]:
        return {language: f"{names[0]}{number}" if language == "zh" else f"{names[1]} {number}"
                for language in self.languages}

    def _model(self, model: type[BaseModel], names: tuple[str, str], number: int) -> dict[str, Any]:
        data = {}
        for name, info in model.model_fields.items():
            key = (model.__name__, name)
            if key in _LEFT_OUT:
                continue
            if key in _VALUES:
                data[name] = _VALUES[key]
            elif info.examples and all(isinstance(example, str) for example in info.examples):
                data[name] = info.examples[0]  # a value of a form of its own: a code in its format
            else:
                data[name] = self._value(info.annotation, _names(about(info)), number, rules(info.metadata))
        return data

    def _value(self, annotation: Any, names: tuple[str, str], number: int, bounds: dict[str, Any]) -> Any:
        options = [(leaf, {**inner, **bounds}) for leaf, inner in branches(annotation) if leaf is not type(None)]
        if holds_text(annotation):  # a position by its title, not a link: a sample links to nothing
            options = [option for option in options if option[0] is not PositionLink] or options
        leaf, inner = options[(self.variant + number) % len(options)]
        return self._leaf(leaf, names, number, inner)

    def _leaf(self, leaf: Any, names: tuple[str, str], number: int, bounds: dict[str, Any]) -> Any:
        if leaf == TEXT:
            return self._text(names, number + 1)
        if isinstance(leaf, tuple) and leaf[0] is list:
            size = max(2, bounds.get("min_length", 0), len(branches(leaf[1])))
            return [self._value(leaf[1], names, index, {}) for index in range(size)]
        if isinstance(leaf, tuple):  # by level
            return {level: self._value(leaf[1], names, index, {}) for index, level in enumerate(self.levels)}
        if is_model(leaf):
            return self._model(leaf, names, number)
        if leaf is datetime.date:
            return datetime.date(2026, 1, 1 + number % 28)
        if leaf is str:
            return f"{names[1].upper().replace(' ', '-')}-{number + 1}"
        if typing.get_origin(leaf) is typing.Literal:
            choices = typing.get_args(leaf)
            return choices[(self.variant + number) % len(choices)]
        low = bounds.get("ge", bounds.get("gt", 0) + 1)
        high = bounds.get("le", 100)
        return int(min(max(low, 10 * (number + 1) + self.variant), high))  # a whole figure: a YAML number


def _names(found: About) -> tuple[str, str]:
    """A field's name in Chinese and English, from its editor title (``职责 / Duties``)."""
    chinese, _, english = found.title.partition(" / ")
    return chinese, english or chinese


def _widest_choice(model: type[BaseModel], seen: set[type]) -> int:
    """The most alternatives any choice reached from ``model`` offers."""
    seen.add(model)
    widest = 1
    for info in model.model_fields.values():
        pending = [info.annotation]
        while pending:
            options = [leaf for leaf, _ in branches(pending.pop()) if leaf is not type(None)]
            widest = max(widest, len(options))
            for leaf in options:
                if isinstance(leaf, tuple):
                    pending.append(leaf[1])
                elif is_model(leaf) and leaf not in seen:
                    widest = max(widest, _widest_choice(leaf, seen))
    return widest
