"""Translation memory: propose the closest existing translation for a new text.

Babel's ``Catalog.update`` already does the matching: a text with no exact
entry takes the translation of the closest translated entry of the catalog
(``difflib.get_close_matches``, cutoff 0.6), marked fuzzy, with that entry's
msgid as the previous msgid (``#|``). This module builds on it:

- it records how similar the two sources are, and which one the suggestion
  came from, in a translator comment (``# suggestion: 87% similar to "…"``),
  so the reviewer sees why a translation was proposed;
- it also searches the obsolete entries (``#~``), which Babel leaves out
  (and would keep beside a text that comes back, as a duplicate): a text
  that comes back gets its former translation, a similar one that of the
  closest, both fuzzy;
- it drops the comment once the entry is no longer fuzzy.

A suggestion is never a final translation: it stays fuzzy until reviewed,
and a build refuses fuzzy entries.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from babel.messages.catalog import Catalog, Message

from jdgen.i18n.catalog import FUZZY

THRESHOLD = 0.6
"""Least similarity (difflib ratio) for a suggestion; Babel's own cutoff."""
SUGGESTION_PREFIX = "suggestion: "
RESTORED_COMMENT = SUGGESTION_PREFIX + "its translation before it was last removed"
_COMMENT_WIDTH = 76
"""Babel wraps comments at 76 characters; a suggestion comment stays on one line."""


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


def apply_memory(catalog: Catalog, old_ids: set[str],
                 old_previous: dict[str, list[str]] | None = None) -> tuple[list[Suggestion], list[str]]:
    """Annotate and complete the suggestions after ``catalog.update``.

    ``old_ids`` are the msgids the catalog held before the update, and
    ``old_previous`` the previous msgids its fuzzy entries had: when Babel
    proposes the translation of an entry that was itself an unreviewed
    suggestion, the previous msgid shown stays the text that translation was
    written for. Returns the suggestions made and the texts whose
    translation came back from the obsolete entries.
    """
    old_previous = old_previous or {}
    suggestions: list[Suggestion] = []
    restored: list[str] = []
    for message in catalog:
        if not message.id or not isinstance(message.id, str):
            continue
        if message.id in catalog.obsolete:  # Babel keeps both; the entry in use wins
            old = catalog.obsolete.pop(message.id)
            if message.id not in old_ids and old.string:
                # The same text came back: so does its translation, fuzzy, since
                # PO files do not keep the flags of obsolete entries and it may
                # never have been reviewed.
                message.string = old.string
                message.flags.add(FUZZY)
                message.previous_id = []
                message.user_comments = [*without_suggestion(old.user_comments), RESTORED_COMMENT]
                restored.append(message.id)
                continue
        if message.id in old_ids:
            continue
        if message.fuzzy and message.previous_id and isinstance(message.previous_id[0], str):
            source = message.previous_id[0]  # Babel's choice
            if source in old_previous:  # itself a suggestion: go back to what was translated
                message.previous_id = list(old_previous[source])
                source = message.previous_id[0]
        elif not message.string:
            old = _closest(message.id, catalog.obsolete.values())
            if old is None:
                continue
            source = old.id
            message.string = old.string
            message.flags.add(FUZZY)
            message.previous_id = [old.id]
            message.user_comments = list(dict.fromkeys([*message.user_comments, *old.user_comments]))
        else:
            continue
        ratio = similarity(source, message.id)
        message.user_comments = [*without_suggestion(message.user_comments), suggestion_comment(source, ratio)]
        suggestions.append(Suggestion(message.id, source, ratio))
    for message in catalog:
        if message.id and not message.fuzzy and any(c.startswith(SUGGESTION_PREFIX) for c in message.user_comments):
            message.user_comments = without_suggestion(message.user_comments)
    return suggestions, restored


def _closest(text: str, candidates: Iterable[Message]) -> Message | None:
    """The translated candidate whose source is most similar to ``text``, if similar enough."""
    by_key = {_match_key(m.id): m for m in candidates if isinstance(m.id, str) and m.string}
    matches = difflib.get_close_matches(_match_key(text), list(by_key), n=1, cutoff=THRESHOLD)
    return by_key[matches[0]] if matches else None
