"""How sure the import is of each value it places: the rule that placed
it, with a score. The README's import section states the rules:

- the label beside the value is the form's own label of the field
  (所属部门, Department): sure, 1.0;
- it is another of the labels the model declares for the field (所在部门):
  0.9;
- the value was placed by where it stands, not by a label of its own
  (a column under its heading, a table continuing the one before, the
  first field of a part under the part's heading, a reporting chart's
  boxes): 0.7;
- its label names two fields and the import took the one of the part the
  form comes to next (工作地点): 0.5;
- it was guessed (a count taken for the number of staff, a paragraph
  joined to the item before it, the page header's text taken as the
  issuer): 0.3.

A value scored below ``THRESHOLD`` is always a warning (``import-unsure``)
quoting its text and saying where it went: never decided in silence.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A rule that places values, and how sure a value it placed is."""

    name: str
    """A word for it in counts (``3 exact``)."""
    reason: str
    score: float


EXACT = Rule("exact", "label matched exactly", 1.0)
VARIANT = Rule("variant", "label matched by a variant", 0.9)
POSITION = Rule("position", "placed by its position", 0.7)
SHARED = Rule("shared label", "a label two fields share, read as the field of the part the form comes to next", 0.5)
GUESSED = Rule("guessed", "guessed", 0.3)
RULES = (EXACT, VARIANT, POSITION, SHARED, GUESSED)
"""Every rule, surest first."""
COLUMN_UNDER = "the column under "
"""What a value placed by its column says it went by, before the column's heading."""
THRESHOLD = 0.6
"""Values scored below this are flagged to check."""


@dataclass(frozen=True)
class Confidence:
    """How sure the import is of one value: the weakest rule that placed a
    part of it, and what it went by (the label as the form writes it)."""

    rule: Rule
    detail: str = ""

    @property
    def unsure(self) -> bool:
        return self.rule.score < THRESHOLD

    def __str__(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.rule.score:.1f} {self.rule.reason}{detail}"


def weakest(confidences: list[Confidence]) -> Confidence:
    """The confidence of a value made of several parts: its least sure part's."""
    return min(confidences, key=lambda confidence: confidence.rule.score)


def in_words(by_rule: dict[str, int]) -> str:
    """Counts of fields by rule (named), in words: ``5 exact, 2 guessed``."""
    return ", ".join(f"{count} {reason}" for reason, count in by_rule.items() if count)
