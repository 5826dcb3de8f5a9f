"""Translation memory: propose the closest existing translation for a new text.

A text with no entry of its own in the catalog (in use or obsolete) takes
the translation of the most similar entry that has one, among the entries
in use and the obsolete ones (``#~``), marked fuzzy, with the text that
translation was written for as the previous msgid (``#|``), as Babel and
GNU msgmerge do (``difflib``, cutoff 0.6). This module also:

- records how similar the two sources are, and which one the suggestion
  came from, in a translator comment (``# suggestion: 87% similar to "…"``),
  so the reviewer sees why a translation was proposed;
- when the closest entry is itself an unreviewed suggestion, goes back to
  the text its translation was written for;
- drops the comment once the entry is no longer fuzzy.

A suggestion is never a final translation: it stays fuzzy until reviewed,
and a build refuses fuzzy entries.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from babel.messages.catalog import Message

from jdgen.i18n.po.model import FUZZY, msgid_of

THRESHOLD = 0.6
"""Least similarity (difflib ratio) for a suggestion; Babel's and msgmerge's cutoff."""
SUGGESTION_PREFIX = "suggestion: "
FORMER_COMMENT = SUGGESTION_PREFIX + "its translation before the text last changed"
_COMMENT_WIDTH = 76
"""A suggestion comment stays on one line of at most this many characters."""


@dataclass(frozen=True)
class Suggestion:
    """A new text given the translation of a similar one, fuzzy."""

    msgid: str
    source: str
    """The text whose translation was proposed."""
    similarity: float


def similarity(a: str, b: str) -> float:
    """difflib's ratio of two texts, 0 to 1, compared the way Babel matches them."""
    return difflib.SequenceMatcher(None, _match_key(a), _match_key(b)).ratio()


def _match_key(text: str) -> str:
    return text.lower().strip()


def suggestion_comment(source: str, ratio: float) -> str:
    """``suggestion: 87% similar to "…"``, shortened to stay one comment line.

    The full source of the suggestion is in the entry's ``#| msgid``.
    """
    head = f"{SUGGESTION_PREFIX}{int(ratio * 100)}% similar to "
    room = _COMMENT_WIDTH - len(head) - 2
    quoted = source if len(source) <= room else source[: room - 1] + "…"
    return f'{head}"{quoted}"'


def without_suggestion(comments: Iterable[str]) -> list[str]:
    return [comment for comment in comments if not comment.startswith(SUGGESTION_PREFIX)]


def closest(text: str, candidates: Iterable[Message]) -> Message | None:
    """The candidate with a translation whose source is most similar to
    ``text``, if similar enough; the first listed wins among equals."""
    by_key: dict[str, Message] = {}
    for message in candidates:
        if isinstance(message.id, str) and message.string:
            by_key.setdefault(_match_key(message.id), message)
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(_match_key(text))
    best, best_ratio = None, THRESHOLD
    for key, message in by_key.items():
        matcher.set_seq1(key)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio or (ratio == best_ratio and best is None):
            best, best_ratio = message, ratio
    return best


def suggest(message: Message, source: Message) -> Suggestion | None:
    """Make ``message`` (a new text) a fuzzy suggestion: the translation of
    ``source``. Returns the suggestion, or None when the translation is that
    of this very text before it changed (a reverted edit whose old entry was
    not kept), which is marked fuzzy with a comment of its own.
    """
    previous = list(source.previous_id) if source.fuzzy and source.previous_id else [msgid_of(source)]
    message.string = source.string
    message.flags = {FUZZY}
    comments = without_suggestion(source.user_comments)
    text = msgid_of(message)
    if previous[0] == text:
        message.previous_id = []
        message.user_comments = [*comments, FORMER_COMMENT]
        return None
    message.previous_id = previous
    ratio = similarity(previous[0], text)
    message.user_comments = [*comments, suggestion_comment(previous[0], ratio)]
    return Suggestion(text, previous[0], ratio)
