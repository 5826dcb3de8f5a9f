"""An employer's equal-opportunity statement standing as a paragraph of its
own (… is an equal opportunity employer, in line with our Employment Equity
Plan, 本公司为平等就业雇主): no field's text. It ends the value above it (a
working hours line does not run on into it) and is reported."""

from __future__ import annotations

import re

_STATEMENT = re.compile(r"\bequal[- ]opportunit(?:y|ies)\s+employer\b|\bequal\s+employment\s+opportunity\b"
                        r"|\bemployment\s+equity\b|\baffirmative\s+action\s+employer\b|平等就业|就业机会平等",
                        re.IGNORECASE)

REASON = "an equal-opportunity statement, no field's text; not placed"
"""What the report says of it."""


def is_statement(text: str) -> bool:
    """Whether a paragraph is an equal-opportunity statement."""
    return bool(_STATEMENT.search(text))
