"""A form of numbered questions and answers (1. 本岗位的名称是什么？ 答：椅旁护士):
each question read as the label of the field it asks about, 答： marking its
answer on the question's line or the lines under it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdgen.importer.field_labels import resolve
from jdgen.importer.reading import Row

ANSWER = re.compile(r"^\s*(?:答|回答)\s*[:：]\s*")
"""The mark an answer starts with."""
_ANSWER_IN_LINE = re.compile(r"\s*(?:答|回答)\s*[:：]\s*")
_ANSWERING = re.compile(r"(?:^|[？?])\s*(?:答|回答)\s*[:：]")
_OWN_POSITION = re.compile(r"(?:本|该|此)(岗位|职位)的?")
"""本岗位的名称: the position the form describes, which the labels write 岗位名称."""
_SUBJECT = {"岗位", "职位"}
"""The position asked about, never the field a question asks for."""
_LONGEST_LABEL = 12
"""The most characters a label within a question has."""


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
    return Question(words, _asked_label(words, section), answer[0].strip() if answer else "")


def _asked_label(words: str, section: str) -> str | None:
    """The longest known label within a question's words (the later of two
    as long: the field comes after what the question says of it)."""
    asked = _OWN_POSITION.sub(r"\1", words.rstrip("？?。. "))
    best = ""
    for start in range(len(asked)):
        for end in range(start + 2, min(len(asked), start + _LONGEST_LABEL) + 1):
            piece = asked[start:end]
            if len(piece) >= len(best) and piece not in _SUBJECT and resolve(piece, section) is not None:
                best = piece
    return best or None
