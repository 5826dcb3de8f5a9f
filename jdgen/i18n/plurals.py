"""Plural forms: the wordings of a text that counts something ("1 person",
"3 people"), chosen by the count as gettext's ``ngettext`` chooses them.

A language's rule is the ``Plural-Forms`` of its catalog's header, else the
one Babel gives for the language (from CLDR's plural rules): how many forms
the language has, and the expression that picks the form of a count. A
counted text keeps its forms in that order, in the catalog (``msgid_plural``
and ``msgstr[0]``, ``msgstr[1]``, …) or inline in a template's labels
(``en: ["{n} person", "{n} people"]``). Chinese has one form.
"""

from __future__ import annotations

import functools
import gettext
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from babel.messages.plurals import get_plural

COUNTED_FIELDS = frozenset({"unit"})
"""A spec text in a field of this name is the unit of the figure beside it:
its wording depends on the figure (1 time / 2 times)."""
_PLURAL_FORMS = re.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+);?")


@dataclass(frozen=True)
class PluralRule:
    """How many forms a language has, and which form a count takes."""

    count: int
    expression: str

    @classmethod
    @functools.cache
    def of_language(cls, language: str) -> PluralRule:
        """Babel's rule for ``language`` (one form for a language it does not
        know), looked up once per language (a check asks it of every label
        counting something, in every spec)."""
        found = get_plural(language.replace("-", "_"))
        return cls(found.num_plurals, found.plural_expr)

    @classmethod
    def from_header(cls, plural_forms: str | None, language: str) -> PluralRule:
        """The rule a catalog's ``Plural-Forms`` header states, else the language's."""
        match = _PLURAL_FORMS.search(plural_forms or "")
        if match is None:
            return cls.of_language(language)
        return cls(int(match[1]), match[2].strip())

    def index(self, value: int | Decimal) -> int:
        """The form of ``value``: the expression's for a whole number; the last
        form (the plural of English and French) for a figure with a fraction."""
        if value != int(value):
            return self.count - 1
        try:
            chosen = int(_evaluator(self.expression)(int(value)))
        except (ValueError, ZeroDivisionError):
            chosen = self.count - 1
        return min(max(chosen, 0), self.count - 1)


@functools.cache
def _evaluator(expression: str) -> Callable[[int], int]:
    """gettext's own reading of a plural expression (C syntax, checked)."""
    try:
        return gettext.c2py(expression)
    except (ValueError, SyntaxError):
        return lambda _count: 0


def is_counted(field: Sequence[object]) -> bool:
    """Whether the spec text at ``field`` is a unit whose wording depends on a figure."""
    return bool(field) and field[-1] in COUNTED_FIELDS


class Forms(str):
    """A counted text in one language: its plural forms and the rule that
    picks one. As a plain string (where no count is at hand) it reads its
    last form, the plural of English and French."""

    forms: tuple[str, ...]
    rule: PluralRule

    def __new__(cls, forms: Sequence[str], rule: PluralRule) -> Forms:
        text = super().__new__(cls, forms[-1])
        text.forms, text.rule = tuple(forms), rule
        return text

    def __getnewargs__(self) -> tuple[tuple[str, ...], PluralRule]:  # type: ignore[override]
        return self.forms, self.rule

    def for_count(self, value: int | Decimal) -> str:
        """The form that ``value`` takes (a missing form: the last one given)."""
        return self.forms[min(self.rule.index(value), len(self.forms) - 1)]


def for_count(text: str, value: int | Decimal) -> str:
    """``text`` as it reads beside ``value``: its form for it if it has forms."""
    return text.for_count(value) if isinstance(text, Forms) else text
