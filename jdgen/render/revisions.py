"""Tracked changes in Word XML: insertions and deletions of text, of whole
paragraphs and of table rows, all by one author at one date.

A vertical merge whose starting row goes on Accept (or Reject) All starts
in the next row that stays: that row's cell carries the label, and, when
the row is in both versions, a tracked cell-property change
(``w:tcPrChange``) with its properties in the other version.

Times are written as Word writes them: ``w:date`` holds the author's local
time (Word reads it as local time, whatever its zone suffix says), and
Word's ``w16du:dateUtc`` the same moment in UTC; that namespace is declared
on the part's root and listed in ``mc:Ignorable``, so readers that do not
know it leave it alone.

Word removes a paragraph on Accept (or Reject) All when its text and its
paragraph mark are tracked. The mark of a cell's last paragraph cannot be
removed, so a tracked stretch of paragraphs at the end of a cell tracks the
marks before its paragraphs instead, as Word itself records such an edit;
when the stretch is the whole cell, its last deleted paragraph and its last
inserted one share that mark, which each version keeps.

A moved paragraph is written as Word writes one: where it was, its runs
and mark in ``w:moveFrom`` (text as ``w:delText``) between a
``w:moveFromRangeStart`` and ``w:moveFromRangeEnd``; where it is, in
``w:moveTo`` between ``w:moveToRangeStart`` and ``w:moveToRangeEnd``, the
words it gained on the way in ``w:ins``. Both ranges carry the move's name.
Accept All keeps the paragraph where it is, Reject All where it was. A mark
tracked in the paragraph before (at the end of a cell) is a plain deletion
or insertion: it is outside the move's range.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from lxml import etree

from jdgen import marks

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W16DU = "http://schemas.microsoft.com/office/word/2023/wordml/word16du"
INSERTED, DELETED = "ins", "del"
MOVED_FROM, MOVED_TO = "moveFrom", "moveTo"
_AS_PLAIN = {MOVED_FROM: DELETED, MOVED_TO: INSERTED}
"""What a move's paragraph mark is when it is tracked on another paragraph, outside the move's range."""
_GONE_ON = {INSERTED: (INSERTED, MOVED_TO), DELETED: (DELETED, MOVED_FROM)}
"""The kinds of change that go with insertions (Reject All) or deletions (Accept All)."""
_MOVES = {marks.PARAGRAPH_MOVED_FROM: MOVED_FROM, marks.PARAGRAPH_MOVED_TO: MOVED_TO}
_AS_PARAGRAPH = {marks.ROW_INSERTED: marks.PARAGRAPH_INSERTED, marks.ROW_DELETED: marks.PARAGRAPH_DELETED}
"""A row's mark on a paragraph taken out of its table."""
_W = lambda tag: f"{{{W}}}{tag}"  # noqa: E731
_KIND = {
    marks.PARAGRAPH_INSERTED: INSERTED, marks.PARAGRAPH_DELETED: DELETED,
    marks.ROW_INSERTED: INSERTED, marks.ROW_DELETED: DELETED,
    marks.NEXT_ROW_INSERTED: INSERTED, marks.NEXT_ROW_DELETED: DELETED,
}
_OTHER = {INSERTED: DELETED, DELETED: INSERTED}
_ROW = set(marks.ROW_INSERTED + marks.ROW_DELETED)
_RUN_HOLDERS = {_W("p"), _W("fldSimple"), _W("hyperlink")}
"""Where a run may stand to be wrapped in a tracked change."""
_NEXT_ROW = set(marks.NEXT_ROW_INSERTED + marks.NEXT_ROW_DELETED)


@dataclass
class Revisions:
    """The author and date of a document's changes (``date`` the local time
    as Word writes it, ``2026-01-31T09:00:00Z`` for 09:00 in the author's
    zone; ``date_utc`` the moment in UTC), and its revision ids, unique
    across the document's parts."""

    author: str
    date: str
    date_utc: str | None = None
    whole: str | None = None
    """INSERTED (or DELETED) for a document that is in one version only:
    every paragraph and table row of it is tracked, empty ones too."""
    ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def element(self, kind: str) -> etree._Element:
        element = etree.Element(_W(kind), nsmap={"w16du": W16DU} if self.date_utc else None)
        element.set(_W("id"), str(next(self.ids)))
        element.set(_W("author"), self.author)
        element.set(_W("date"), self.date)
        if self.date_utc:
            element.set(f"{{{W16DU}}}dateUtc", self.date_utc)
        return element

    def wrap(self, kind: str, run: etree._Element) -> etree._Element:
        """Put ``run`` (in its place) inside a ``w:ins``, ``w:del``,
        ``w:moveFrom`` or ``w:moveTo``; deleted (or moved away) text becomes ``w:delText``."""
        wrapper = self.element(kind)
        run.addprevious(wrapper)
        wrapper.append(run)
        if kind in (DELETED, MOVED_FROM):
            for text in run.iter(_W("t")):
                text.tag = _W("delText")
        return wrapper


def declare_utc_dates(root: etree._Element) -> None:
    """Declare the ``w16du`` namespace on a part's ``root`` and make it
    ignorable, when a change in the part uses it; every other declaration kept."""
    if root.nsmap.get("w16du") == W16DU or not root.xpath("//@w16du:*", namespaces={"w16du": W16DU}):
        return
    kept = list(root.nsmap)
    etree.cleanup_namespaces(root, top_nsmap={"w16du": W16DU, "mc": MC}, keep_ns_prefixes=kept)
    ignorable = root.get(f"{{{MC}}}Ignorable", "").split()
    root.set(f"{{{MC}}}Ignorable", " ".join([*ignorable, "w16du"]))


def whole_structure(root: etree._Element, kind: str) -> list[tuple[etree._Element, str]]:
    """Structure marks for every table row and every other paragraph of a part,
    as ``track_structure`` takes them: a document wholly inserted (or deleted)."""
    row, paragraph = (marks.ROW_INSERTED, marks.PARAGRAPH_INSERTED) if kind == INSERTED else \
        (marks.ROW_DELETED, marks.PARAGRAPH_DELETED)
    found = []
    for element in root.iter(_W("p")):
        found.append((element, row if next(element.iterancestors(_W("tr")), None) is not None else paragraph))
    return found


def track_structure(found: list[tuple[etree._Element, str]], revisions: Revisions) -> None:
    """Track the paragraphs and rows named by structure marks: ``found`` holds
    each paragraph whose text carried such a mark, with the mark."""
    taken_out = {paragraph: _take_out_of_table(paragraph) for paragraph, mark in found if mark == marks.OUT_OF_TABLE}
    found = [(paragraph, _AS_PARAGRAPH.get(mark, mark) if paragraph in taken_out else mark)
             for paragraph, mark in found if mark != marks.OUT_OF_TABLE]
    rows: dict[etree._Element, str] = {}
    paragraphs: dict[etree._Element, str] = {}
    moved: dict[etree._Element, str] = {}
    moves: dict[tuple[str, int], list[etree._Element]] = {}
    for paragraph, mark in found:
        if mark[0] in _MOVES:
            moved[paragraph] = _MOVES[mark[0]]
            moves.setdefault((_MOVES[mark[0]], marks.move_number(mark)), []).append(paragraph)
        elif mark in _ROW or mark in _NEXT_ROW:
            row = next(paragraph.iterancestors(_W("tr")), None)
            if row is not None and mark in _NEXT_ROW:
                row = row.getnext()
            if row is not None and row.tag == _W("tr"):
                rows[row] = _KIND[mark]
        else:
            paragraphs[paragraph] = _KIND[mark]
    for none, table in taken_out.items():
        _track_with_table(table, none, _OTHER[paragraphs[none]], rows, paragraphs)
    in_rows = {paragraph: row for row in rows for paragraph in row.iter(_W("p"))}
    paragraphs.update((paragraph, kind) for paragraph, kind in moved.items() if paragraph not in in_rows)
    for row, kind in rows.items():
        texts = next((moved[paragraph] for paragraph in row.iter(_W("p")) if paragraph in moved), kind)
        _track_row(row, kind, texts, revisions)
    _start_merges_where_rows_go(rows, revisions)
    by_parent: dict[etree._Element, dict[etree._Element, str]] = {}
    for paragraph, kind in paragraphs.items():
        if paragraph not in in_rows:
            _wrap_runs(paragraph, kind, revisions)
            by_parent.setdefault(paragraph.getparent(), {})[paragraph] = kind
    for tracked in by_parent.values():
        _track_marks(tracked, revisions)
    for (kind, number), ends in moves.items():
        within = [paragraph for end in ends
                  for paragraph in (in_rows[end].iter(_W("p")) if end in in_rows else [end])]
        _mark_move_range(within[0], within[-1], kind, number, revisions)


def _take_out_of_table(paragraph: etree._Element) -> etree._Element:
    """Put ``paragraph`` after the table it is in, drop its row, and return the table."""
    row = next(paragraph.iterancestors(_W("tr")))
    table = row.getparent()
    table.addnext(paragraph)
    table.remove(row)
    return table


def _track_with_table(table: etree._Element, none: etree._Element, kind: str,
                      rows: dict[etree._Element, str], paragraphs: dict[etree._Element, str]) -> None:
    """A chart in one version only (``kind``), its 无 (``none``) in the other,
    taken out of it: the chart's rows that hold no text of the spec (the
    room above its boxes) and the empty paragraphs after it (the room under
    them, up to 无's own) are tracked with it, so that Accept and Reject All
    leave the cell of each version."""
    for row in table.iterchildren(_W("tr")):
        rows.setdefault(row, kind)
    following = none.getnext()
    while following is not None and following.tag == _W("p") and not _has_text(following):
        paragraphs.setdefault(following, kind)
        following = following.getnext()


def _start_merges_where_rows_go(rows: dict[etree._Element, str], revisions: Revisions) -> None:
    """Start each vertical merge that would, after Accept All or after
    Reject All, continue from no row: its start was in rows that go there.

    After Accept All (deleted rows gone), a cell below them that continues
    the merge starts it instead: an inserted row's cell is written as the
    start; a kept row's too, its old properties (a continuation) kept in a
    tracked cell-property change (``w:tcPrChange``). After Reject All
    (inserted rows gone) it is the other way round: a deleted row's cell
    is written as the start; a kept row's cell stays a continuation and its
    tracked old properties are the start. Either way the cell gets the
    start's text (a label), tracked as the rows are that it stands in for."""
    tables = dict.fromkeys(row.getparent() for row in rows)
    for gone, fixed in ((DELETED, INSERTED), (INSERTED, DELETED)):
        for table in tables:
            for row in table.findall(_W("tr")):
                if rows.get(row) == gone:
                    continue
                for column, cell in _grid_cells(row):
                    merge = _merge_in_view(cell, gone)
                    if merge is None or merge.get(_W("val"), "continue") != "continue" or \
                            _merging_above(row, column, rows, gone):
                        continue
                    start = _merge_start(row.getprevious(), column)
                    if rows.get(row) is None:
                        _track_merge_start(cell, gone, revisions)
                    else:
                        merge.set(_W("val"), "restart")
                    if start is not None:
                        _copy_label(start, cell, fixed, revisions)


def _merge_in_view(cell: etree._Element, gone: str) -> etree._Element | None:
    """A cell's vertical merge as Accept All (``gone`` DELETED) or Reject All
    (INSERTED) leaves it: after Reject All, that of its tracked old properties."""
    properties = cell.find(_W("tcPr"))
    if properties is None:
        return None
    earlier = properties.find(f"{_W('tcPrChange')}/{_W('tcPr')}")
    if gone == INSERTED and earlier is not None:
        properties = earlier
    return properties.find(_W("vMerge"))


def _merging_above(row: etree._Element, column: int, rows: dict[etree._Element, str], gone: str) -> bool:
    """Whether the row above ``row`` once the ``gone`` rows are gone merges
    vertically at grid ``column``."""
    above = row.getprevious()
    while above is not None and above.tag == _W("tr") and rows.get(above) == gone:
        above = above.getprevious()
    if above is None or above.tag != _W("tr"):
        return False
    cell = next((cell for at, cell in _grid_cells(above) if at == column), None)
    return cell is not None and _merge_in_view(cell, gone) is not None


def _track_merge_start(cell: etree._Element, gone: str, revisions: Revisions) -> None:
    """Make a kept cell start its merge after Accept All (``gone`` DELETED),
    or after Reject All (INSERTED), as a tracked cell-property change."""
    properties = cell.find(_W("tcPr"))
    change = properties.find(_W("tcPrChange"))
    if change is None:
        change = revisions.element("tcPrChange")
        etree.SubElement(change, _W("tcPr")).extend(copy.deepcopy(child) for child in properties)
        properties.append(change)
    started = properties if gone == DELETED else change.find(_W("tcPr"))
    started.find(_W("vMerge")).set(_W("val"), "restart")


def _copy_label(start: etree._Element, cell: etree._Element, kind: str, revisions: Revisions) -> None:
    """Give an empty ``cell`` the text of the merge's ``start`` cell, tracked as ``kind``."""
    if any(_text(paragraph) for paragraph in cell.iter(_W("p"))):
        return
    for paragraph in cell.findall(_W("p")):
        cell.remove(paragraph)
    for paragraph in start.findall(_W("p")):
        copied = copy.deepcopy(paragraph)
        for change in copied.findall(_W(INSERTED)) + copied.findall(_W(DELETED)):
            for text in change.iter(_W("delText")):
                text.tag = _W("t")
            for run in list(change):
                change.addprevious(run)
            copied.remove(change)
        _wrap_runs(copied, kind, revisions)
        cell.append(copied)


def _merge_start(row: etree._Element | None, column: int) -> etree._Element | None:
    """The cell that starts the vertical merge which the cell at grid
    ``column`` below ``row`` continues, as written; None if there is none."""
    while row is not None and row.tag == _W("tr"):
        cell = next((cell for at, cell in _grid_cells(row) if at == column), None)
        merge = cell.find(f"{_W('tcPr')}/{_W('vMerge')}") if cell is not None else None
        if merge is None:
            return None
        if merge.get(_W("val"), "continue") == "restart":
            return cell
        row = row.getprevious()
    return None


def _grid_cells(row: etree._Element) -> list[tuple[int, etree._Element]]:
    """The cells of a row, each with the grid column it starts at."""
    column = 0
    properties = row.find(f"{_W('trPr')}/{_W('gridBefore')}")
    if properties is not None:
        column = int(properties.get(_W("val"), "0"))
    cells = []
    for cell in row.findall(_W("tc")):
        cells.append((column, cell))
        span = cell.find(f"{_W('tcPr')}/{_W('gridSpan')}")
        column += int(span.get(_W("val"), "1")) if span is not None else 1
    return cells


def _mark_move_range(first: etree._Element, last: etree._Element, kind: str, number: int,
                     revisions: Revisions) -> None:
    """Put the paragraphs from ``first`` to ``last``, one end of a move,
    between the move's range start and end: before the first and after the
    last, or, for a cell's last paragraph, at its end (a cell ends with a paragraph)."""
    start = revisions.element(f"{kind}RangeStart")
    start.set(_W("name"), f"move{number}")
    end = etree.Element(_W(f"{kind}RangeEnd"))
    end.set(_W("id"), start.get(_W("id")))
    first.addprevious(start)
    if last.getnext() is None and last.getparent().tag == _W("tc"):
        last.append(end)
    else:
        last.addnext(end)


def _track_row(row: etree._Element, kind: str, texts: str, revisions: Revisions) -> None:
    """Track a row inserted (or deleted), its texts as ``texts``: the same
    kind, or the end of a move a moved row's text is."""
    properties = row.find(_W("trPr"))
    if properties is None:
        properties = etree.Element(_W("trPr"))
        exceptions = row.find(_W("tblPrEx"))
        if exceptions is not None:
            exceptions.addnext(properties)
        else:
            row.insert(0, properties)
    change = properties.find(_W("trPrChange"))
    if change is not None:
        change.addprevious(revisions.element(kind))
    else:
        properties.append(revisions.element(kind))
    for paragraph in row.iter(_W("p")):
        _wrap_runs(paragraph, texts, revisions)


def _wrap_runs(paragraph: etree._Element, kind: str, revisions: Revisions) -> None:
    """Track every run of ``paragraph`` not tracked yet (a tab between number
    and text), those of a field or link in it too."""
    for run in list(paragraph.iter(_W("r"))):
        if run.getparent().tag in _RUN_HOLDERS:
            revisions.wrap(kind, run)


def _track_marks(tracked: dict[etree._Element, str], revisions: Revisions) -> None:
    """Track the paragraph marks of the tracked paragraphs of one container:
    each its own, but for a stretch at the container's end, which tracks the
    marks before its paragraphs (the last mark of a cell cannot go)."""
    siblings = list(next(iter(tracked)).getparent())
    is_paragraph = [child.tag == _W("p") for child in siblings]
    index = 0
    while index < len(siblings):
        if siblings[index] not in tracked:
            index += 1
            continue
        end = index
        while end + 1 < len(siblings) and siblings[end + 1] in tracked:
            end += 1
        stretch = siblings[index:end + 1]
        kinds = [tracked[paragraph] for paragraph in stretch]
        if end + 1 < len(siblings) and is_paragraph[end + 1]:
            holders = stretch
        elif index > 0 and is_paragraph[index - 1]:
            holders = siblings[index - 1:end]
            kinds = [_AS_PLAIN.get(kind, kind) for kind in kinds]
        else:
            holders, kinds = _join_last(stretch, kinds)
        for holder, kind in zip(holders, kinds, strict=True):
            _track_mark(holder, kind, revisions)
        index = end + 1


def _join_last(stretch: list[etree._Element], kinds: list[str]) -> tuple[list[etree._Element], list[str]]:
    """For a stretch that is every paragraph of its container, whose last
    mark goes in neither version: the last paragraph deleted (or inserted)
    joined into the container's last, inserted (or deleted), so that this
    one mark is the last paragraph's of each version; the paragraphs whose
    marks are tracked, with their kinds (every one but the last)."""
    last = len(stretch) - 1
    joined = next((index for index in reversed(range(last)) if {kinds[index], kinds[last]} == {INSERTED, DELETED}),
                  None)
    if joined is not None:
        paragraph = stretch[joined]
        anchor = stretch[last].find(_W("pPr"))
        for child in reversed([child for child in paragraph if child.tag != _W("pPr")]):
            if anchor is not None:
                anchor.addnext(child)
            else:
                stretch[last].insert(0, child)
        paragraph.getparent().remove(paragraph)
        stretch, kinds = stretch[:joined] + stretch[joined + 1:], kinds[:joined] + kinds[joined + 1:]
    return stretch[:-1], kinds[:-1]


def _track_mark(paragraph: etree._Element, kind: str, revisions: Revisions) -> None:
    properties = paragraph.find(_W("pPr"))
    if properties is None:
        properties = etree.Element(_W("pPr"))
        paragraph.insert(0, properties)
    run_properties = properties.find(_W("rPr"))
    if run_properties is None:
        run_properties = etree.Element(_W("rPr"))
        later = next((child for child in properties if child.tag in (_W("sectPr"), _W("pPrChange"))), None)
        if later is not None:
            later.addprevious(run_properties)
        else:
            properties.append(run_properties)
    run_properties.insert(0, revisions.element(kind))


def track_number_tabs(root: etree._Element, revisions: Revisions) -> None:
    """Track the tab after a number that is wholly inserted (or deleted), so
    that the text does not keep a tab before it after Reject (or Accept)
    All: a run holding only a tab whose paragraph has, before it, tracked
    text of one kind and no text that stays."""
    for run in list(root.iter(_W("r"))):
        paragraph = run.getparent()
        if paragraph.tag != _W("p") or not _only_tab(run):
            continue
        kinds = set()
        for earlier in paragraph[:paragraph.index(run)]:
            if earlier.tag in (_W(INSERTED), _W(DELETED)) and _has_text(earlier):
                kinds.add(etree.QName(earlier).localname)
            elif earlier.tag == _W("r") and _has_text(earlier):
                kinds.add("")
        if len(kinds) == 1 and "" not in kinds:
            revisions.wrap(kinds.pop(), run)


def _only_tab(run: etree._Element) -> bool:
    content = [child for child in run if child.tag != _W("rPr")]
    return bool(content) and all(child.tag == _W("tab") for child in content)


def _has_text(element: etree._Element) -> bool:
    return any(node.text for node in element.iter(_W("t"), _W("delText")))


_MARK_AND_SECTION = (_W("rPr"), _W("sectPr"), _W("pPrChange"))


def track_paragraph_properties(root: etree._Element, old: etree._Element, new: etree._Element,
                               revisions: Revisions) -> None:
    """Give the paragraphs of a redline part the paragraph properties (style,
    indentation, alignment) of the documents it joins: ``old`` and ``new``
    are the same part of the old and new document. The paragraphs that stay
    after Accept All take the properties of the new document's paragraphs
    they become (matched in order by their text); those that stay after
    Reject All the old document's, as a tracked property change
    (``w:pPrChange``) where they differ. A paragraph whose mark goes joins
    the next one: both get the properties of the paragraph they make, as
    Word keeps the second's and LibreOffice the first's."""
    accepted: dict[etree._Element, etree._Element] = {}
    for paragraphs, model in _matched(_staying(root, gone=DELETED), new):
        for paragraph in paragraphs:
            _set_properties(paragraph, _properties(model))
            accepted[paragraph] = model
    for paragraphs, model in _matched(_staying(root, gone=INSERTED), old):
        earlier = _properties(model)
        for paragraph in paragraphs:
            if paragraph not in accepted:
                _set_properties(paragraph, _properties(model))
            elif _written(earlier) != _written(_properties(paragraph)) and paragraph.find(
                    f"{_W('pPr')}/{_W('pPrChange')}") is None:
                change = revisions.element("pPrChange")
                etree.SubElement(change, _W("pPr")).extend(_properties(model))
                _own_properties(paragraph).append(change)


def _matched(staying: list[tuple[list[etree._Element], str]],
             model: etree._Element) -> list[tuple[list[etree._Element], etree._Element]]:
    """The paragraphs of ``staying`` (each with those joined into it, and
    the text it reads once resolved) paired in order with the paragraphs of
    ``model`` that read the same; a stretch that differs is paired one by
    one when it has as many paragraphs on each side."""
    models = list(model.iter(_W("p")))
    matcher = SequenceMatcher(None, [text for _, text in staying], [_text(paragraph) for paragraph in models],
                              autojunk=False)
    pairs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            pairs += [(staying[i1 + offset][0], models[j1 + offset]) for offset in range(i2 - i1)]
    return pairs


def _staying(root: etree._Element, gone: str) -> list[tuple[list[etree._Element], str]]:
    """The paragraphs whose mark stays when the ``gone`` changes go, in order,
    each after those whose mark goes and join it, with the text they make."""
    staying = []
    joining: list[etree._Element] = []
    text = ""
    for paragraph in root.iter(_W("p")):
        row = next(paragraph.iterancestors(_W("tr")), None)
        if row is not None and row.find(f"{_W('trPr')}/{_W(gone)}") is not None:
            continue
        text += _text(paragraph, gone)
        joining.append(paragraph)
        if any(paragraph.find(f"{_W('pPr')}/{_W('rPr')}/{_W(kind)}") is not None for kind in _GONE_ON[gone]) \
                and next_paragraph(paragraph) is not None:
            continue
        staying.append((joining, text))
        joining, text = [], ""
    return staying


_RANGE_MARKS = {_W(f"{kind}Range{end}") for kind in (MOVED_FROM, MOVED_TO) for end in ("Start", "End")}


def next_paragraph(paragraph: etree._Element) -> etree._Element | None:
    """The paragraph right after ``paragraph`` in its container (past a move's
    range marks), which it joins when its mark goes; None when a table or the
    container's end comes first."""
    following = paragraph.getnext()
    while following is not None and following.tag in _RANGE_MARKS:
        following = following.getnext()
    return following if following is not None and following.tag == _W("p") else None


def _text(paragraph: etree._Element, gone: str | None = None) -> str:
    """What a paragraph reads (tabs as ``\\t``), without the changes that go."""
    pieces = []
    for node in paragraph.iter(_W("t"), _W("delText"), _W("tab")):
        run = node.getparent()
        if run.tag != _W("r") or (gone is not None and run.getparent().tag in map(_W, _GONE_ON[gone])):
            continue
        pieces.append("\t" if node.tag == _W("tab") else node.text or "")
    return "".join(pieces)


def _properties(paragraph: etree._Element) -> list[etree._Element]:
    """Copies of a paragraph's own properties: not its mark's run properties, section or changes."""
    properties = paragraph.find(_W("pPr"))
    if properties is None:
        return []
    return [copy.deepcopy(child) for child in properties if child.tag not in _MARK_AND_SECTION]


def _written(elements: list[etree._Element]) -> list[bytes]:
    return [etree.tostring(element, method="c14n") for element in elements]


def _own_properties(paragraph: etree._Element) -> etree._Element:
    properties = paragraph.find(_W("pPr"))
    if properties is None:
        properties = etree.Element(_W("pPr"))
        paragraph.insert(0, properties)
    return properties


def _set_properties(paragraph: etree._Element, elements: list[etree._Element]) -> None:
    """Replace a paragraph's own properties by ``elements``, keeping its mark's, its section and changes."""
    if not elements and paragraph.find(_W("pPr")) is None:
        return
    properties = _own_properties(paragraph)
    kept = [child for child in properties if child.tag in _MARK_AND_SECTION]
    properties[:] = [*elements, *kept]


NARROW = "50"
"""The width (percent) of an old number struck out beside its new one."""


def narrow_old_numbers(root: etree._Element, revisions: Revisions) -> None:
    """Write an old number that is struck out beside its new one (``~~4~~5、``)
    at half width, as a tracked formatting change that Reject All undoes
    with the deletion: both numbers then fit before the tab, and the text
    stays at the item's indent instead of moving to the next tab stop."""
    for paragraph in root.iter(_W("p")):
        tab = next((run for run in paragraph.findall(_W("r")) if _only_tab(run)), None)
        if tab is None:
            continue
        before = paragraph[:paragraph.index(tab)]
        kept = any(element.tag == _W("r") and _has_text(element) for element in before)
        added = any(element.tag == _W(INSERTED) and _has_text(element) for element in before)
        if not (kept or added):
            continue  # the number is wholly deleted: nothing to fit beside it
        for deletion in (element for element in before if element.tag == _W(DELETED)):
            for run in deletion.findall(_W("r")):
                _narrow(run, revisions)


def _narrow(run: etree._Element, revisions: Revisions) -> None:
    properties = run.find(_W("rPr"))
    if properties is None:
        properties = etree.Element(_W("rPr"))
        run.insert(0, properties)
    change = revisions.element("rPrChange")
    etree.SubElement(change, _W("rPr")).extend(copy.deepcopy(child) for child in properties)
    width = properties.find(_W("w"))
    if width is None:
        width = etree.SubElement(properties, _W("w"))
    width.set(_W("val"), NARROW)
    properties.append(change)
