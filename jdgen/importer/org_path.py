"""A department written as its path in the organisation, as HR systems
export it (云帆软件/研发中心/质量保障部, Group > Finance > Payroll): the last
unit is the department; the path is reported to check."""

from __future__ import annotations

import re

_STEP = re.compile(r"\s*[/／>＞›]\s*")


def last_unit(text: str) -> str | None:
    """The last unit of an organisation path of three units or more; None for any other text."""
    units = _STEP.split(text.strip())
    if len(units) < 3 or any(not unit or len(unit) > 30 for unit in units):
        return None
    return units[-1]
