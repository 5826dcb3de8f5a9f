"""Compare two texts the way a reader does: English by word, Chinese by
character, and mark what changed with the revision marks of ``jdgen.marks``.

A text is split into tokens: a number with its separators (``1,000,000``,
``4.5``) is one token, so a changed figure shows whole; a run of letters or
digits of an alphabetic script is one (a word), a run of spaces is one, and every
other character is a token of its own (a 汉字, a punctuation mark). The two
token sequences are aligned with difflib's SequenceMatcher (longest matching
blocks, recursively). A short stretch left equal between two changes (a
space, one character or punctuation mark) is folded into them, so a
rewritten phrase reads as one deletion and one insertion instead of a
patchwork of single characters that happen to match (的, 和, a space).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from jdgen import marks

_EAST_ASIAN = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(f"\\d+(?:[.,]\\d+)*|[^\\W{_EAST_ASIAN}]+|\\s+|.", re.DOTALL)
_GLUE = 1
"""Equal stretches of at most this many tokens between two changes are folded into them."""


def tokens(text: str) -> list[str]:
    """``"Sells 1,000 loans, 负责营销"`` →
    ``["Sells", " ", "1,000", " ", "loans", ",", " ", "负", "责", "营", "销"]``."""
    return _TOKEN.findall(text)


def inserted(text: str) -> str:
    return f"{marks.INSERTED_START}{text}{marks.INSERTED_END}" if text else ""


def deleted(text: str) -> str:
    return f"{marks.DELETED_START}{text}{marks.DELETED_END}" if text else ""


def diff_text(old: str, new: str) -> str:
    """``new`` with what ``old`` had and it has not marked deleted, and what it
    adds marked inserted: rejecting every change gives ``old`` back,
    accepting every change gives ``new``."""
    if old == new:
        return new
    old_tokens, new_tokens = tokens(old), tokens(new)
    pieces = []
    for kind, old_part, new_part in _folded(SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)):
        old_text, new_text = "".join(old_tokens[old_part]), "".join(new_tokens[new_part])
        pieces.append(new_text if kind == "equal" else deleted(old_text) + inserted(new_text))
    return "".join(pieces)


def additions(old: str, new: str) -> str:
    """``new`` with what it adds to ``old`` marked inserted, and nothing
    marked deleted: the text of an item moved here, whose old wording shows
    where it was."""
    old_tokens, new_tokens = tokens(old), tokens(new)
    pieces = []
    for kind, _, new_part in _folded(SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)):
        new_text = "".join(new_tokens[new_part])
        pieces.append(new_text if kind == "equal" else inserted(new_text))
    return "".join(pieces)


def _folded(matcher: SequenceMatcher) -> list[tuple[str, slice, slice]]:
    """The matcher's opcodes as (kind, old slice, new slice), with short
    equal stretches between changes folded into one change."""
    result: list[tuple[str, slice, slice]] = []
    codes = matcher.get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(codes):
        inner = 0 < index < len(codes) - 1
        kind = "equal" if tag == "equal" and not (inner and i2 - i1 <= _GLUE) else "change"
        if kind == "change" and result and result[-1][0] == "change":
            _, old_part, new_part = result.pop()
            result.append(("change", slice(old_part.start, i2), slice(new_part.start, j2)))
        else:
            result.append((kind, slice(i1, i2), slice(j1, j2)))
    return result
