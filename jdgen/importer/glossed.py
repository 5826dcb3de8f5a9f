"""A label with the same label in another language beside it: in brackets
after it (직무명(职位名称), 岗位名称（Position Title）), after it on one line
(Post No. 職位編號) or in a paragraph of its own under it in one cell
(岗位名称 over Stellenbezeichnung). Which of the
two the form's reader knows, it names the field; the other is its gloss.
A value may be glossed too (대리/主任): which half the spec should hold, the
form does not say."""

from __future__ import annotations

import re

_SCRIPTS = (("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
            ("ja", re.compile(r"[\u3040-\u30ff]")),
            ("zh", re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")),
            ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")))
"""The languages a label's script tells apart: Hangul, kana, Chinese characters, Latin letters."""
_BRACKETED = re.compile(r"^\s*(?P<outer>[^()（）]+?)\s*[(（]\s*(?P<inner>[^()（）]+?)\s*[)）]\s*[:：]?\s*$")
_SLASH = re.compile(r"\s*[/／]\s*")
_NO_LABEL = re.compile(r"[。，,；;:：!?！？]|\d")
"""What a label has not: a sentence's punctuation, a figure."""


def script(text: str) -> str | None:
    """The language ``text``'s script tells (ko, ja, zh, latin), the first of them it holds; None for none."""
    return next((name for name, letters in _SCRIPTS if letters.search(text)), None)


def in_brackets(text: str) -> tuple[str, str] | None:
    """The label and its gloss of ``X(Y)`` when X and Y are written in two
    scripts (직무명(职位名称)), each as written; None for any other text."""
    found = _BRACKETED.match(text)
    if found is None or not label_like(found["outer"]) or not label_like(found["inner"]):
        return None
    outer, inner = script(found["outer"]), script(found["inner"])
    return (found["outer"], found["inner"]) if outer and inner and outer != inner else None


def side_by_side(first: str, second: str) -> bool:
    """Whether the halves of a line in two languages (Post No. 職位編號, as
    field_labels splits it) are each a label's: short, with no sentence's
    punctuation, the Latin half's words of more than three letters capitalized
    (No. of Posts, Date Prepared)."""
    if not label_like(first) or not label_like(second) or {script(first), script(second)} != {"zh", "latin"}:
        return False
    latin = first if script(first) == "latin" else second
    return all(word[0].isupper() for word in re.findall(r"[A-Za-z]{4,}", latin))


_SPACED_SLASH = re.compile(r"\s+[/／]\s+")


def slashed_label(text: str) -> tuple[str, str] | None:
    """The halves of a label in two languages of one script set apart by a
    slash (Jawatan / Position, Melapor Kepada / Reports To): each a label's
    length, each opening with a capital and one of them capitalizing its words
    of five letters or more (a language may write its labels in sentence case:
    Yn atebol i / Responsible to); None for any other text."""
    pieces = _SPACED_SLASH.split(text.strip().rstrip(":："))
    if len(pieces) != 2 or not all(label_like(piece) and script(piece) == "latin" and piece[0].isupper()
                                   for piece in pieces):
        return None
    if not any(all(word[0].isupper() for word in re.findall(r"[A-Za-z]{5,}", piece)) for piece in pieces):
        return None
    return pieces[0], pieces[1]


def stacked(lines: list[str]) -> tuple[str, str] | None:
    """The two paragraphs of a label cell in two scripts (岗位名称 over Stellenbezeichnung), each a label's
    length with no sentence's punctuation; None for any other cell."""
    if len(lines) != 2 or not all(label_like(line) for line in lines):
        return None
    first, second = script(lines[0]), script(lines[1])
    return (lines[0], lines[1]) if first and second and first != second else None


def label_like(text: str) -> bool:
    """Short, with no sentence's punctuation and no figure (Stellen-Nr. is one)."""
    text = text.strip()
    return bool(text) and not _NO_LABEL.search(text) and len(text) <= 40 and len(text.split()) <= 5


def slashed_gloss(text: str) -> bool:
    """Whether ``text`` is a value and its gloss set apart by a slash, one
    half in Korean or Japanese letters, the other in Chinese characters
    (대리/主任); Chinese and English halves are slashed.py's."""
    halves = _SLASH.split(text.strip())
    languages = {script(half) for half in halves}
    return len(halves) == 2 and all(halves) and len(languages) == 2 and "zh" in languages \
        and bool(languages & {"ko", "ja"})
