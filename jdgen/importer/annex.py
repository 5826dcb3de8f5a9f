"""The heading of an annex page a form's cell points to (详见附页): 附页：综合
气象观测员岗位职责, Annex 1: Duties. The label its words end with names the
part the lines under it fill; what comes before (the position's title) says
whose."""

from __future__ import annotations

import re
from collections.abc import Callable

_HEADING = re.compile(r"^(?:附页|附件|附表|附录|Annex|Appendix|Attachment)\s*[\d一二三四五六七八九十A-Z]{0,2}"
                      r"\s*[:：]\s*(?P<rest>\S.{0,40})$", re.IGNORECASE)
_LONGEST = 12
"""The most characters of the heading's end tried as a label."""


def label(text: str, is_label: Callable[[str], bool]) -> str | None:
    """The label an annex's heading ends with (岗位职责 of 附页：综合气象观测员岗位职责), the longest that
    ``is_label``; None for any other text."""
    heading = _HEADING.match(text.strip())
    if heading is None:
        return None
    rest = heading["rest"].strip()
    ends = [rest[start:] for start in range(max(0, len(rest) - _LONGEST), len(rest) - 1)]
    return next((end for end in ends if is_label(end)), None)
