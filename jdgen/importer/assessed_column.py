"""A person specification's column saying how each criterion is assessed
(Criteria | Essential | Desirable | Assessed by, its cells A, I; C):
codes a key on the form explains, no part of any value; each cell reported."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s*(?:assessed\s+(?:by|at|through|via)|how\s+assessed|how\s+(?:it\s+is\s+)?(?:assessed|"
                      r"evidenced|measured)|(?:method\s+of\s+|means\s+of\s+)?(?:assessment|evidence)(?:\s+method)?|"
                      r"measured\s+by|identified\s+(?:by|through)|评价方式|考核方式|测评方式|评估方式)\s*[:：]?\s*$",
                      re.IGNORECASE)


def is_heading(text: str) -> bool:
    """Whether a column heading names how the criteria are assessed (Assessed by, Method of assessment)."""
    return bool(_HEADING.match(text))


REASON = "how the criterion is assessed, no part of its value; not placed"
"""What the report says of each of the column's cells."""
