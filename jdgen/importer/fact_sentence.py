"""A sentence that gives a form's facts in words instead of labels
(本岗位隶属仓储管理科，直接上级为仓储管理科科长，岗位定员6人。, an article of
a form written as a regulation): each clause a label and its value, read
only when every clause of the sentence names a known field."""

from __future__ import annotations

import re
from collections.abc import Callable

_CLAUSES = re.compile(r"[，,；;。]")
_BELONGS = re.compile(r"^(?:本岗位|该岗位|本职位)?(?:隶属于?|归属于?|属于|设在)(?P<value>.+)$")
_IS = re.compile(r"^(?P<label>[^为是]{2,8}?)(?:为|是)(?P<value>.+)$")
_COUNTED = re.compile(r"^(?P<label>\D{2,6}?)(?P<value>\d{1,3}\s*[人名])$")
DEPARTMENT_LABEL = "所属部门"
"""The label a clause saying where the post belongs (隶属…) stands for."""


def pairs(text: str, known: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Each clause of ``text`` as a label and its value (直接上级为…: 直接上级,
    …; 岗位定员6人: 岗位定员, 6人; 本岗位隶属…: 所属部门, …), when there are
    two or more clauses and each has a label ``known`` knows; [] otherwise."""
    clauses = [clause.strip() for clause in _CLAUSES.split(text.strip()) if clause.strip()]
    found = []
    for clause in clauses:
        belongs = _BELONGS.match(clause)
        if belongs:
            found.append((DEPARTMENT_LABEL, belongs["value"].strip()))
            continue
        match = _COUNTED.match(clause) or _IS.match(clause)
        if match is None or not known(match["label"].strip()):
            return []
        found.append((match["label"].strip(), match["value"].strip()))
    return found if len(found) >= 2 else []
