"""How a project writes English (``jdgen.toml``): which English ``en``
means (en-GB or en-US: dates, lists, the spelling of labels) and the case
style of its labels (title or sentence case), with the check of a label's case."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdgen import defaults

SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
                         "or", "per", "the", "to", "via", "vs", "with"})
"""Words title case leaves in lower case (but first)."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PLACEHOLDER = re.compile(r"\{\w*\}")


@dataclass(frozen=True)
class English:
    """A project's English."""

    variant: str = defaults.ENGLISH
    """``en-GB`` (9 December 2014; a, b and c) or ``en-US`` (December 9, 2014; a, b, and c)."""
    label_case: str = defaults.LABEL_CASE
    """``title`` (Place of Work) or ``sentence`` (Place of work)."""

    def locale(self, language: str) -> str:
        """The Babel locale that formats ``language``: en as the chosen English."""
        return self.variant.replace("-", "_") if language == "en" else language

    def cased(self, label: str) -> str:
        """A label in the project's case style (a word in capitals, or with
        capitals of its own, such as CNY or iPhone, as written; a
        ``{placeholder}`` as written)."""
        placeholders = [match.span() for match in _PLACEHOLDER.finditer(label)]
        words = [word for word in _WORD.finditer(label)
                 if not any(start < word.start() < end for start, end in placeholders)]
        pieces, last = [], 0
        for index, word in enumerate(words):
            pieces.append(label[last:word.start()])
            abbreviation = label[word.end():word.end() + 1] == "."  # No.: as written
            pieces.append(word.group() if abbreviation else _cased_word(word.group(), index == 0, self.label_case))
            last = word.end()
        return "".join(pieces) + label[last:]

    def mismatch(self, label: str) -> bool:
        """Whether ``label`` is not in the project's case style."""
        return self.cased(label) != label


DEFAULT_ENGLISH = English()
"""The English of a project whose ``jdgen.toml`` does not choose one."""


def _cased_word(word: str, first: bool, case: str) -> str:
    if word[1:] != word[1:].lower():  # CNY, iPhone: as written
        return word
    if first:
        return word[0].upper() + word[1:]
    if case == "sentence" or word.lower() in SMALL_WORDS:
        return word.lower()
    return word[0].upper() + word[1:]
