"""A form of numbered questions and answers (1. 本岗位的名称是什么？ 答：椅旁护士):
each question read as the label of the field it asks about, 答： marking its
answer on the question's line or the lines under it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdgen.importer.field_labels import held_label
from jdgen.importer.reading import Row

ANSWER = re.compile(r"^\s*(?:答|回答)\s*[:：]\s*")
"""The mark an answer starts with."""
_ANSWER_IN_LINE = re.compile(r"\s*(?:答|回答)\s*[:：]\s*")
_ANSWERING = re.compile(r"(?:^|[？?])\s*(?:答|回答)\s*[:：]")


@dataclass(frozen=True)
class Question:
    """A question of the form, what it asks about and its answer on its line."""

    words: str
    """The question as written, its numbering taken off."""
    label: str | None
    """The known label its words hold (名称 read in 本岗位的名称 as 岗位名称); None when they hold none."""
    answer: str
    """The answer after 答： on the question's line; "" when it is on the lines under it."""


def answers(rows: list[Row]) -> bool:
    """Whether a form is one of questions and answers: two lines or more
    answering, 答： at their start or after a question mark."""
    answered = sum(1 for row in rows for cell in row for line in cell.lines if _ANSWERING.search(line.text))
    return answered >= 2


def question(text: str, section: str) -> Question | None:
    """A numbered line's ``text`` (its numbering taken off), in a form of
    questions and answers, as a question: with its answer after 答： on the
    line, ending in a question mark, or a request (请列出…). None for any
    other text."""
    words, *answer = _ANSWER_IN_LINE.split(text, maxsplit=1)
    words = words.strip()
    if not answer and not words.endswith(("？", "?")) and not words.startswith("请"):
        return None
    return Question(words, held_label(words.rstrip("？?。. "), section), answer[0].strip() if answer else "")
