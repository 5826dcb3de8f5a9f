"""Labels no field has that name a condition of the work (出差要求, 夜班,
倒班): a working condition, its label the condition's name and its text the
condition's value, wherever the form sets it (a row of the basic facts)."""

from __future__ import annotations

import re

LABELLED = "labelled condition"
"""The kind of the lines of such a condition, its name and its value: a condition of their own, whatever row
they share."""
_CONDITION = re.compile(r"^(?:是否)?(?:出差|差旅|外派|驻外|夜班|倒班|轮班|加班|值班|户外作业|高空作业)"
                        r"(?:要求|情况|频率|安排)?$")


def names_condition(label: str) -> bool:
    """Whether a label no field has names a condition of the work (出差要求, 是否出差, 夜班)."""
    return bool(_CONDITION.match(re.sub(r"\s+", "", label).rstrip(":：")))


_SHIFT = re.compile(r"^(?:夜班|倒班|轮班|值班|排班|班次)(?:安排|制度)?$")


def names_shift(label: str) -> bool:
    """Whether a label names how the hours are worked (倒班, 轮班): under the
    hours' own label, a line it opens is the hours, not a condition apart."""
    return bool(_SHIFT.match(re.sub(r"\s+", "", label).rstrip(":：")))
