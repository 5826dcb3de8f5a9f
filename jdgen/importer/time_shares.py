"""Duties each ending with its share of the working time in brackets
(负责研究中心的监查访视（35%）, Prepare the monthly report (20%)): the share
is the duty's weight, not words of the duty."""

from __future__ import annotations

import re
from decimal import Decimal

from jdgen.importer import values

_SHARE_AT_END = re.compile(r"^(?P<text>.*\S)\s*[(（]\s*(?:约\s*|approx\.?\s*)?(?P<share>\d+(?:\.\d+)?\s*%)\s*[)）]"
                           r"\s*[。；;.]?$", re.IGNORECASE)


def split_share(text: str) -> tuple[str, int | Decimal] | None:
    """A duty's text and the share in brackets at its end; None for a text with none."""
    match = _SHARE_AT_END.match(text.strip())
    share = values.parse_share(match["share"]) if match else None
    return (match["text"], share) if match and share is not None else None


def weighted(texts: list[str]) -> list[tuple[str, int | Decimal]] | None:
    """Each of two or more duties' text and share when every one ends with
    its share (the form gives the weights in the duties' own lines); None
    when one does not."""
    shares = [split_share(text) for text in texts]
    if len(shares) < 2 or any(share is None for share in shares):
        return None
    return [share for share in shares if share is not None]
