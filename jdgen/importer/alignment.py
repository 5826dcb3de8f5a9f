"""Which item of a translated list is which item of the original, when the
two lists have different lengths (the translation merged two items into
one, split one in two, or left one out): an order-keeping alignment by
content cues, pairing only what is sure.

The cues, as the README states them: the same figures, the original's
Latin terms (AFP, CRM) kept, and lengths in proportion (the translation's
list as a whole is so many times longer than the original's; an item
holds about that share). The alignment is the one with the best total
score over these moves, in order (as Gale and Church align sentences by
length): an item for an item, two items for one or one for two (a merge
or a split: never a pair), an item left alone. Two texts whose figures
or Latin terms disagree are never an item for an item.

A pair of that alignment is *sure* when the best alignment without it
scores clearly less (``MARGIN``): nothing else explains the two lists as
well. Between two sure pairs (or a list's ends), a stretch of as many
items on both sides is paired item by item, as lists of one length are.
Every other item is left unpaired, for the caller to report.

(jdgen.redline.align matches items of one language by their common words,
one for one; here the texts share no words and a merged item must not be
taken for the larger of its parts, hence moves of two items.)
"""

from __future__ import annotations

import re
import unicodedata

MARGIN = 0.1
"""How much better the best alignment must be with a pair than without it for the pair to be sure."""
_CUE_BONUS = 1.0
"""What a shared figure or Latin term adds to an item-for-item score."""
_MERGE_COST = 0.1
"""What a merge or a split costs beyond its length's score: an item for an item explains more."""

FIGURES = re.compile(r"\d+(?:[.,]\d+)*")
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&+-]+")
_HANZI_FIGURES = re.compile(r"[零一二两三四五六七八九十百千万]")


def disagreement(source: str, text: str) -> str:
    """Why ``text`` cannot be ``source``'s translation, or "": other figures,
    a Latin term of the original missing, a length no translation has."""
    source, text = unicodedata.normalize("NFKC", source), unicodedata.normalize("NFKC", text)
    figures, theirs = set(FIGURES.findall(source)), set(FIGURES.findall(text))
    if (figures or not _HANZI_FIGURES.search(source)) and figures != theirs and (figures or theirs):
        return f"their figures differ ({', '.join(sorted(figures)) or 'none'} against {', '.join(sorted(theirs))})" \
            if theirs else f"the translation has none of its figures ({', '.join(sorted(figures))})"
    missing = [term for term in LATIN.findall(source) if term.lower() not in text.lower()]
    if missing and re.search(r"[\u3400-\u9fff]", source):
        return f"the translation lacks {', '.join(missing)}"
    if len(source) >= 4 and not 0.5 <= len(text) / len(source) <= 12:
        return "their lengths are too far apart for one to translate the other"
    return ""


def _shares_a_cue(source: str, text: str) -> bool:
    """Whether two agreeing texts share a figure or a Latin term: a cue no length gives."""
    source = unicodedata.normalize("NFKC", source)
    return bool(FIGURES.search(source) or LATIN.search(source))


def _closeness(one: float, other: float) -> float:
    return min(one, other) / max(one, other) if max(one, other) > 0 else 1.0


def aligned(sources: list[str], translations: list[str]) -> dict[int, int]:
    """The sure pairs of two lists' items: original index to translation index."""
    if len(sources) == len(translations):
        return dict(zip(range(len(sources)), range(len(translations)), strict=True))
    sure = _Alignment(sources, translations).sure()
    filled: dict[int, int] = {}
    bounds = [(-1, -1), *sorted(sure.items()), (len(sources), len(translations))]
    for (first, first_other), (last, last_other) in zip(bounds, bounds[1:], strict=False):
        if last - first == last_other - first_other:  # a stretch of as many items on both sides
            filled.update((first + step, first_other + step) for step in range(1, last - first))
    return {**sure, **filled}


class _Alignment:
    """The best order-keeping alignment of two lists by content cues, and its sure pairs."""

    def __init__(self, sources: list[str], translations: list[str]) -> None:
        self.sources, self.translations = sources, translations
        total = sum(map(len, sources))
        self.ratio = sum(map(len, translations)) / total if total else 1.0
        """How many times longer the translation's texts are, over the whole list."""

    def one_for_one(self, index: int, other: int) -> float | None:
        """The score of an item for an item: how close their lengths are, more
        for a shared cue; None when they disagree."""
        source, text = self.sources[index], self.translations[other]
        if disagreement(source, text):
            return None
        score = _closeness(self.ratio * len(source), len(text)) - 0.5
        return score + _CUE_BONUS if _shares_a_cue(source, text) else score

    def merge(self, sources: list[str], texts: list[str]) -> float:
        """The score of a merge or a split: how close the lengths of its two
        sides are, more for a shared cue (a merged item holds its parts' figures)."""
        source, text = "".join(sources), " ".join(texts)
        score = _closeness(self.ratio * len(source), len(text)) - 0.5 - _MERGE_COST
        return score + _CUE_BONUS if not disagreement(source, text) and _shares_a_cue(source, text) else score

    def best(self, left_out: tuple[int, int] | None = None) -> tuple[float, list[tuple[int, int]]]:
        """The best total score and its item-for-item pairs (without ``left_out``)."""
        sources, translations = self.sources, self.translations
        rows, columns = len(sources), len(translations)
        best = [[0.0] * (columns + 1) for _ in range(rows + 1)]
        step: list[list[tuple[int, int, tuple[int, int] | None] | None]] = \
            [[None] * (columns + 1) for _ in range(rows + 1)]
        """The move taken from each place: items taken from each list, and the pair it makes."""
        for index in range(rows, -1, -1):
            for other in range(columns, -1, -1):
                moves: list[tuple[float, int, int, tuple[int, int] | None]] = []
                if index < rows:
                    moves.append((best[index + 1][other], 1, 0, None))
                if other < columns:
                    moves.append((best[index][other + 1], 0, 1, None))
                if index < rows and other < columns and (index, other) != left_out:
                    score = self.one_for_one(index, other)
                    if score is not None:
                        moves.append((score + best[index + 1][other + 1], 1, 1, (index, other)))
                if index + 1 < rows and other < columns:
                    moves.append((self.merge(sources[index:index + 2], translations[other:other + 1])
                                  + best[index + 2][other + 1], 2, 1, None))
                if index < rows and other + 1 < columns:
                    moves.append((self.merge(sources[index:index + 1], translations[other:other + 2])
                                  + best[index + 1][other + 2], 1, 2, None))
                if moves:
                    score, down, across, pair = max(moves, key=lambda move: move[0])
                    best[index][other] = score
                    step[index][other] = (down, across, pair)
        pairs = []
        index = other = 0
        while (move := step[index][other]) is not None:
            down, across, pair = move
            if pair is not None:
                pairs.append(pair)
            index, other = index + down, other + across
        return best[0][0], pairs

    def sure(self) -> dict[int, int]:
        """The pairs of the best alignment that no alignment without them comes near."""
        total, pairs = self.best()
        return {index: other for index, other in pairs if total - self.best((index, other))[0] >= MARGIN}
