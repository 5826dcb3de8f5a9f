"""A label of the number of staff a unit has (门店编制, 部门定员, 班组人数):
on a form for one post, the post's headcount is a guess from it, so the
value is reported to check."""

from __future__ import annotations

import re

_UNIT_COUNT = re.compile(r"^(?:本|所在|所属)?(?:门店|店铺|店面|部门|科室|班组|车间|小组|团队|中心)\s*"
                         r"(?:编制|定编|定员|人数|编制人数|定员人数)\s*[:：]?\s*$")

POST_COUNT = "编制人数"
"""The label of the post's own headcount a unit's count is read as."""


def is_unit_count(text: str) -> bool:
    """Whether ``text`` labels a unit's number of staff (门店编制)."""
    return _UNIT_COUNT.match(" ".join(text.split())) is not None
