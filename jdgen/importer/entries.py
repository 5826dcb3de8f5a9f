"""What the import finds: entries of a field, located notes, the result."""

from __future__ import annotations

from dataclasses import dataclass, field

from jdgen.importer.confidence import POSITION, Confidence

GROUP_STYLE = "Group"
"""The paragraph style of a duty group's heading in jdgen's form: a group's
title (a single group has no number), never a label."""

WEIGHT = "weight"
"""The kind of a line read from a duty table's weight column: that duty's weight."""


@dataclass(frozen=True)
class Place:
    """Where a text was, in Word's terms (the section label above it and the
    text before it, or the page header), and its order in the document."""

    text: str
    order: int = 0

    def __str__(self) -> str:
        return self.text


def shortened(text: str, length: int = 20) -> str:
    """A text as a warning quotes it beside another: its first ``length`` characters."""
    return text if len(text) <= length else text[:length] + "…"


@dataclass
class FormLine:
    """One line of a form as read: its text, where it was, and its numbering."""

    text: str
    where: Place
    kind: str | None = None
    """Typed numbering the line had (group, item, sub, bullet), or ``WEIGHT``."""
    auto: bool = False
    """Numbered by Word's automatic numbering."""
    level: int = 0
    number_format: str = ""
    cell: int = 0
    """Which cell it came from (entries of one cell share it)."""
    row: int = 0
    continued: bool = False
    """A line after a Shift+Enter in its paragraph."""
    confidence: Confidence = Confidence(POSITION)
    """How sure it is that the line is its field's: the rule that placed it."""
    style: str = ""
    """Its paragraph style's name."""


@dataclass
class Note:
    where: Place
    text: str
    reason: str = "text not placed"
    unsure: bool = False
    """A value placed by a rule of low confidence: placed, and to be checked."""
    field: str = ""
    """The spec field such a value went to (``basic.supervised``), when the rule knows it."""
    label: str = ""
    """The label no field has that the text stands under (年龄要求), when it is one."""

    def format(self, path: str) -> str:
        return f'{path}: {self.where}: {self.reason}: "{self.text}"'


@dataclass
class Recognized:
    data: dict
    notes: list[Note] = field(default_factory=list)
    """Texts not placed and values not typed, each located."""
    filled: int = 0
    """Fields given a value."""
    flagged: int = 0
    """Values placed with low confidence, each a note to check."""
    error: str | None = None
    """Why no spec can be made (no form, two positions)."""
    sources: dict[str, Place] = field(default_factory=dict)
    """Where in the document each of the spec's fields (``basic.department``) was read."""
    confidence: dict[str, Confidence] = field(default_factory=dict)
    """How sure the import is of each of the spec's fields it filled."""
