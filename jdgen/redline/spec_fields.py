"""Which fields of a spec each text of its document shows: the map from a
document's paths (``duties[1].entries[0].text``) to the spec's
(``duties[1].items[0]``), so that ``jdgen diff`` names what was edited.

The map is derived, never written by hand: the document's context is built
again from the spec with every text replaced by a trace of its own field
path, so each text of the context says which spec texts went into it; then
once for each other value (a figure, a date, a choice) with that value
changed, so each text that reads differently shows that value. A text
made of several fields (a category's line of measures, the footer) shows
them all; which of them an edit changed says which one it names.
"""

from __future__ import annotations

import datetime
import re
import typing
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from jdgen.context import build_context
from jdgen.diagnostics import FieldPath
from jdgen.fields import alternatives, readings
from jdgen.i18n.formatting import Formatter
from jdgen.i18n.translate import Translated
from jdgen.jobspec.texts import iter_texts
from jdgen.language_labels import LanguageLabels

_TRACE_START, _TRACE_END = "\ue0f0", "\ue0f1"
"""A spec text's trace: its number between these (private use characters, apart from ``jdgen.marks``)."""
_TRACE = re.compile(f"{_TRACE_START}([0-9]+){_TRACE_END}")


class SpecFields:
    """For one spec and its document's context: the spec fields behind each
    text of the context, and the context's text of each spec text."""

    def __init__(self, spec: Any, context: dict[str, Any], other: Any) -> None:
        """``other``: the other version's spec dump; only the values that
        differ from it are traced (the others are no edit to name)."""
        self.spec, self.context, self.dump, self.other = spec, context, spec.model_dump(), other
        texts = [path for path, _ in iter_texts(spec)]
        traces = {path: f"{_TRACE_START}{number}{_TRACE_END}" for number, path in enumerate(texts)}
        language = context["lang"]
        labels = LanguageLabels({key: getattr(text, language, text) for key, text in context["labels"].items()},
                                Formatter(language))
        traced = build_context(Translated(spec, traces), labels)
        self.shown: dict[FieldPath, list[FieldPath]] = {}
        """Each text of the context (by path) and the spec fields it shows."""
        for at, text in _strings(traced):
            self.shown[at] = [texts[int(number)] for number in _TRACE.findall(text)]
        self.shown_alone = {fields[0]: at for at, fields in self.shown.items()
                            if len(fields) == 1 and _TRACE.fullmatch(_string_at(traced, at))}
        """Each spec text that a context text shows alone: where the document shows it."""
        for path, value in _values(self.dump, (), set(texts)):
            changed = _changed(value, type(spec), path)
            if changed is None or value_at(other, path) == value:
                continue
            differing = build_context(Translated(spec, {**traces, path: changed}), labels)
            for at, text in _strings(differing):
                if at in self.shown and text != _string_at(traced, at):
                    self.shown[at].append(path)

    def fields(self, at: FieldPath) -> list[FieldPath]:
        """The spec fields that the context's texts at ``at`` (a text, or every text under it) show."""
        found = [field for path, fields in self.shown.items() if path[:len(at)] == at for field in fields]
        return list(dict.fromkeys(found))

    def named(self, at: FieldPath, item: bool = False) -> tuple[list[FieldPath], int]:
        """The spec fields that name the texts at ``at``, and how many fields
        those texts show: what the fields they show have in common (for a
        list ``item``, all of them; for a text, those an edit changed when any
        did); each edited field when they have nothing in common (a footer of
        a title and a number, both edited)."""
        fields = self.fields(at)
        edited = [] if item else [field for field in fields
                                  if value_at(self.dump, field) != value_at(self.other, field)]
        common = _common(edited or fields)
        return ([common] if common or len(edited) < 2 else edited), len(fields)

    def text(self, field: FieldPath) -> str | None:
        """The document's text of a spec text, if the document shows it alone somewhere."""
        at = self.shown_alone.get(field)
        return None if at is None else _string_at(self.context, at)


def _common(paths: list[FieldPath]) -> FieldPath:
    if not paths:
        return ()
    length = 0
    while all(len(path) > length and path[length] == paths[0][length] for path in paths):
        length += 1
    return paths[0][:length]


def value_at(dump: Any, path: FieldPath) -> Any:
    """The value at ``path`` in a spec's dump (None where there is none)."""
    for part in path:
        found = (isinstance(dump, dict) and part in dump) or \
            (isinstance(dump, list) and isinstance(part, int) and part < len(dump))
        if not found:
            return None
        dump = dump[part]
    return dump


def _strings(value: Any, at: FieldPath = ()) -> Iterator[tuple[FieldPath, str]]:
    if isinstance(value, str):
        yield at, value
    elif isinstance(value, dict):
        for name, item in value.items():
            if name != "labels":
                yield from _strings(item, (*at, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*at, index))


def _string_at(context: Any, at: FieldPath) -> str:
    for part in at:
        context = context[part]
    return context


def _values(dump: Any, path: FieldPath, texts: set[FieldPath]) -> Iterator[tuple[FieldPath, Any]]:
    """Every value of a spec's dump that is not a text, by path."""
    if path in texts or dump is None:
        return
    if isinstance(dump, dict):
        for name, item in dump.items():
            yield from _values(item, (*path, name), texts)
    elif isinstance(dump, list):
        for index, item in enumerate(dump):
            yield from _values(item, (*path, index), texts)
    else:
        yield path, dump


def _changed(value: Any, model: type, path: FieldPath) -> Any:
    """Another value of the field at ``path`` of ``model``: a figure plus one,
    the next day, another choice, a code with a character more; None for a
    flag, which no document shows."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        return value + 1
    if isinstance(value, datetime.date):
        return value + datetime.timedelta(days=1)
    choices = [choice for _, annotation in readings(model, path) for leaf in alternatives(annotation)
               if typing.get_origin(leaf) is typing.Literal for choice in typing.get_args(leaf)]
    if choices:
        return next((choice for choice in choices if choice != value), None)
    return f"{value}{_TRACE_END}"
