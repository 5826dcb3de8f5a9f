"""A signature under a text pasted from an e-mail (张敏 / 慢性非传染性疾病防制科 /
电话：0794-8221365): after the text's last blank line, a few short lines, one
of them a way to reach the sender; the sender's, not more of the field above."""

from __future__ import annotations

import re

_CONTACT = re.compile(r"^(?:电话|手机|座机|分机|联系电话|邮箱|电子邮箱|电子邮件|Tel|Phone|Mobile|Cell|E-?mail)\s*[:：.]"
                      r"|^[\w.+-]+@[\w-]+\.[\w.]+$|^\+?[\d\s()-]{7,}$", re.IGNORECASE)
_SHORT = 30


def signature_start(texts: list[str]) -> int | None:
    """Where the signature starts among the lines of one paragraph or cell
    (the line after the last blank one), when the up to four lines after
    that blank line are short and one is a contact; None otherwise."""
    blanks = [index for index, text in enumerate(texts) if not text.strip()]
    if not blanks:
        return None
    start = blanks[-1] + 1
    tail = [text.strip() for text in texts[start:] if text.strip()]
    if not 1 <= len(tail) <= 4 or any(len(text) > _SHORT for text in tail) \
            or not any(_CONTACT.search(text) for text in tail) or not any(text.strip() for text in texts[:start]):
        return None
    return start
