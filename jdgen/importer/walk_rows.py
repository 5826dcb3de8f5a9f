"""The walk's table rows (recognize.py): a row of column headings, of
label | value pairs, of indicators, of criteria, of duties ticked by
frequency or weighted, a sign-off row; each shape read here, every other
row cell by cell."""

from __future__ import annotations

import re

from jdgen.importer import (
    assessed_column,
    conditions,
    essential_marks,
    frequency_table,
    glossed,
    kpi_table,
    notes_column,
    objects,
    requirements,
    section_column,
    signed_dates,
    slashed,
    spread_label,
    values,
)
from jdgen.importer.confidence import COLUMN_UNDER, POSITION, Confidence
from jdgen.importer.entries import Note, Place
from jdgen.importer.field_labels import (
    COLUMN_HEADINGS,
    COUNTER_HEADINGS,
    SECTION_INDEX,
    SENTENCE_MARK,
    inline_labels,
    is_weight_heading,
    normalized,
    resolve,
)
from jdgen.importer.reading import CHANGES, STRUCK, UNREAD, Cell, Line, Row
from jdgen.importer.signer_labels import SIGNER_FIELDS
from jdgen.importer.walk_state import ONE_TEXT, PREFERRED, SCALARS, SIGNING_LINE, SUB_HEADING, WalkState

_SENTENCE_END = re.compile(r"[。.!?！？…)）”\"']\s*$")
"""How a sentence ends (a colon ends none: a text ending in one introduces what follows)."""

_COUNTER = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．]?\s*$")

_SIGNER_NAME = re.compile(r"^(?:[^:：]*[\s/／])?(?:Name|姓名)\s*[:：]\s*(?P<name>\S.*)$", re.IGNORECASE)
"""A signature block's name line (Name: …, Nama / Name: …, 姓名：…)."""


def _duties_beside_columns(cells: list[Cell], found: list) -> bool:
    """Whether a table's heading row names the duties, then columns no field
    has (岗位职责 | 工作标准 | 频次): each row under it a duty, the other
    columns' texts reported; a row of two cells so only when both are bold, a
    heading row by its layout (Key Tasks | Expected Outcomes), not a label
    and its value."""
    headed = len(cells) >= 3 or len(cells) == 2 and all(line.emphasized for cell in cells for line in cell.lines
                                                          if line.text.strip())
    return headed and found[0] == ("duties", "duties") and not any(found[1:]) \
        and all(_unknown_label(cell) and normalized(cell.text) not in SECTION_INDEX for cell in cells[1:])


def _glossed_halves(cell: Cell) -> tuple[str, str] | None:
    """The two paragraphs (or lines) of a label cell in two scripts (语言 over Línguas, glossed.py), or None."""
    return glossed.stacked([line.text.strip() for line in cell.lines if line.text.strip()]) if not cell.nested else None


def _cell_label(cell: Cell, section: str) -> tuple[str, str | None] | None:
    """The (section, field) a cell's label names: its text's, else the one
    half of a label glossed under it (岗位名称 over Stellenbezeichnung) that names one."""
    if cell.nested:
        return None
    found = resolve(cell.text, section)
    halves = _glossed_halves(cell) if found is None else None
    named = {resolve(half, section) for half in halves or ()} - {None}
    return named.pop() if len(named) == 1 else found


def _label_name(cell: Cell) -> str:
    """A label cell's words as a warning names them: the first of a label and its gloss in another script; a
    label spread to the width of the others closed up, without its colon (备　　注： is 备注)."""
    halves = _glossed_halves(cell)
    return halves[0] if halves else " ".join(spread_label.closed(cell.text.strip().rstrip(":：").strip()).split())


def _opens_with_label(cell: Cell) -> bool:
    """Whether ``cell``'s text opens with a known label and its colon (编写人：顾敏), a fact of its own."""
    parts = inline_labels(cell.text)
    return len(parts) > 2 and not parts[0].strip()


def _unknown_label(cell: Cell) -> bool:
    """Whether a cell looks like a label (one short line, no sentence): up to
    six characters in Chinese (年龄), up to four words in English
    (Purpose of the Role), whose words are longer; in a label of two languages (语言要求 / Language), the
    first half; so too in one with its gloss in brackets whose halves name no field (작성일(제정일))."""
    glossed_halves = glossed.in_brackets(cell.text)
    if glossed_halves and any(resolve(half, "document") for half in glossed_halves):
        glossed_halves = None  # Headcount（编制）: two labels the form knows, naming two fields
    split = slashed.halves(cell.text) or glossed_halves or _glossed_halves(cell)
    if split:
        cell = Cell(cell.where, [Line(split[0])])
    text = normalized(cell.text)
    lines = [line for line in cell.lines if line.text.strip()]
    if len(lines) != 1 or cell.nested or re.search(r"[。，,；;、]|\d", text):
        return False
    if values.is_chinese(cell.text):
        return 0 < len(text) <= 6
    return 0 < len(cell.text.split()) <= 4 and len(text) <= 30


class RowShapes(WalkState):
    """The walk's reading of a table row, by its shape."""

    def row(self, row: Row) -> None:
        if row and row[0].part == UNREAD:  # a SmartArt diagram, an embedded object: named where it stands
            what, texts = row[0].lines[0].text, row[0].lines[1].text
            if what == objects.PICTURE:  # a logo, a signature: said only when no form is found
                self.pictures += 1
                return
            self.notes.append(Note(self.place(), texts, f"{what}; check the spec against it"))
            self.unread.append(f'{what}: "{texts}"')
            return
        self.row_number += 1
        if not row:
            return
        if row[0].part == CHANGES:
            self.notes.append(Note(Place("in the document", 0), row[0].text, "the document has tracked changes not "
                                   "accepted; it was read as if all were accepted (deleted and moved-away text left "
                                   "out): check the import against it", unsure=True))
            return
        if row[0].part == STRUCK:
            self.notes.append(Note(Place("in the document", 0), row[0].text, "the document has struck-through text; "
                                   "it was read as deleted, as a revision made by hand: check the import against it",
                                   unsure=True))
            return
        row = self.this_positions_cells(row)
        row = self.without_notes(row)
        if not row:
            return
        self.spanned = sum(1 for cell in row if cell.text) == 1
        in_table = row[0].where.startswith("table")
        if row[0].part != self.part and "page" in row[0].part + self.part:  # a page header's labels end there
            self.section, self.field, self.columns, self.resume = "document", None, None, None
            self.heading = self.previous = ""
        if row[0].part == "text box" and not self.part and self.field in ONE_TEXT and self.field in self.fields:
            self.field = None  # a text box's text is its own, never more of the value of one text above it
        self.part = row[0].part
        if self.in_table and not in_table:  # text under a table belongs to no field until a label says so,
            self.resume, self.field = (self.section, self.field), None
        elif in_table and not self.in_table and self.field in ONE_TEXT and self.field in self.fields:
            self.caption(self.field)
            self.field = None  # a table under a paragraph that gave a field of one text its value: not that field's
        elif in_table and not self.in_table and self.field is None and self.resume:
            self.section, self.field = self.resume  # but a table after it may continue the last one (（续）)
            self.confidence = Confidence(POSITION, f"a table continuing the one under {self.heading}")
        self.in_table = in_table
        # a column of row numbers and its heading are the form's numbering (a figure elsewhere is a value)
        cells = [cell for index, cell in enumerate(row) if (cell.text or cell.nested)
                 and not self.row_number_cell(row, index) and normalized(cell.text) not in COUNTER_HEADINGS]
        named = section_column.part_name(cells, self.section) if in_table else None
        if named is not None:  # 基本信息 merged down the first column over its rows: the part's name, no label
            cells, row = cells[1:], [cell for cell in row if cell is not named[0]]
            self.section, self.field, self.heading = named[1], None, named[0].text
        if in_table and len(cells) >= 2 and all(normalized(cell.text) in COLUMN_HEADINGS for cell in cells):
            return  # 项目 | 要求: the table's column headings, over its rows of label | value
        if in_table and self.marked_row(row, cells):
            return
        found = [_cell_label(cell, self.section) for cell in cells]
        if in_table and len(cells) == 2 and not any(found) and normalized(cells[0].text) in COLUMN_HEADINGS \
                and self.field is not None and self.label_row == self.row_number - 1 \
                and not self.fields.get(self.field):
            # Job Summary (a row across) over Description | its text: the part's own word, its value the field's
            self.cell_number += 1
            self.cell(cells[1])
            return
        if in_table and self.kpi_rows(row, cells):
            return
        if in_table and self.criteria_rows(row, cells):
            return
        if in_table and self.frequency_rows(row, cells, found):
            return
        if in_table and self.weighted_duties(row, cells, found):
            return
        if in_table and self.empty_field(row, cells, found):
            return
        if self.section == "environment" and len(cells) >= 2 and not any(found) and not self.left_empty \
                and not all(map(_opens_with_label, cells)) and not notes_column.remark(cells[0].text):
            # 出差要求 | 不限, not a pair under 工作环境 | (empty), nor a remark (备注 | …)
            self.field, self.confidence = "environment.conditions", Confidence(POSITION, "a row under 工作环境")
            self.cell_number += 1
            self.add(cells[0].text, cells[0].where)
            self.cell_number += 1
            for cell in cells[1:]:
                for line in cell.lines:
                    if line.text.strip():
                        self.add(line.text.strip(), cell.where, line)
            return
        if len(cells) >= 2 and (all(found) or self.headings_but_one(row, cells, found)
                                or _duties_beside_columns(cells, found)):
            heads = cells
            if normalized(cells[0].text) in SECTION_INDEX and len(cells) > 2 and all(found):  # 工作联系 | 内部… | 外部…
                self.cell(cells[0])
                heads = cells[1:]
            if len(heads) >= 2:  # column headings: the rows below hold their values
                self.columns = []
                for cell in heads:
                    if resolve(cell.text, self.section) is None:  # the one heading no field has
                        self.columns.append(None)
                        continue
                    self.cell(cell)
                    self.columns.append(self.field)
                self.column_headings = [" ".join(cell.text.split()) for cell in heads]
                return
        if self.columns and not any(found) and len(cells) == len(self.columns):
            if all(SIGNING_LINE.match(cell.text) for cell in cells):  # ______ | ______: lines to sign on
                return
            for name, heading, cell in zip(self.columns, self.column_headings, cells, strict=True):
                self.field, self.confidence = name, Confidence(POSITION, f"{COLUMN_UNDER}{heading}")
                self.heading = heading  # a warning says the cell's own column (under 复核, not the last: 批准)
                signer = _SIGNER_NAME.match(" ".join(cell.text.split())) if name in SIGNER_FIELDS else None
                if signer:  # Nama / Name: Tan Mei Ling, under Prepared by: the name signing
                    self.add(signer["name"], cell.where)
                    continue
                signed = signed_dates.under_name(name, " ".join(cell.text.split()), bool(self.fields.get(name or "")))
                if signed:  # 2024.07.01 under the preparer's name: the date prepared
                    self.signed_date(signed, cell)
                    continue
                if name is None:  # under a heading no field has (岗位类别)
                    self.cell_number += 1
                    self.notes.append(Note(self.place(), " ".join(cell.text.split()),
                                           f"a column no field has ({heading}), not placed", label=heading))
                    self.previous = " ".join(cell.text.split())
                    continue
                self.cell(cell)
            return
        if self.columns and not any(found) and len(row) == len(self.columns):  # an empty cell keeps its column
            for name, heading, cell in zip(self.columns, self.column_headings, row, strict=True):
                if cell.text or cell.nested:
                    self.field, self.confidence = name, Confidence(POSITION, f"{COLUMN_UNDER}{heading}")
                    self.heading = heading
                    self.cell(cell)
            return
        if any(found):
            self.columns = None
        if in_table and not all(map(_opens_with_label, cells)) \
                and self.pairs(row, cells, found, row[0].where.split(",")[0]):
            return  # but not 拟稿：李春燕 | 审批：黄志强: cells each of labels and values, read on their own
        for cell in cells:
            self.cell(cell)

    def marked_row(self, row: Row, cells: list[Cell]) -> bool:
        """A row of a table whose last column marks each requirement by a
        letter (Requirement | E/D): its heading row no value, a row marked
        E its first cell's requirement (the education when it names
        schooling, under the first field of a person specification), one
        marked D reported unplaced."""
        table = row[0].where.split(",")[0]
        if len(cells) == 2 and essential_marks.is_heading(cells[1].text):
            self.marks_table = table
            return True
        marked = essential_marks.mark(cells[1].text) if len(cells) == 2 and self.marks_table == table else None
        if marked == "desirable":
            self.notes.append(Note(self.place(), " ".join(cells[0].text.split()), essential_marks.DESIRABLE))
            self.previous = cells[0].text
        elif marked == "essential" and self.field == "qualifications.experience" \
                and "qualifications.education" not in self.fields and requirements.is_schooling(cells[0].text):
            self.add_to("qualifications.education", "a requirement naming schooling", " ".join(cells[0].text.split()),
                        cells[0], cells[0].lines[0])  # Educated to GCSE level | E, under Person specification
        elif marked == "essential":
            self.cell(cells[0])
        return marked is not None

    def without_notes(self, row: Row) -> Row:
        """``row`` without its cell of a template's column of notes on
        filling it in (填写说明), that cell reported; its heading row as no row."""
        heading = notes_column.found(row)
        if heading is not None:
            self.notes_column = heading
            return []
        if self.notes_column is None:
            return row
        kept, notes = notes_column.split(row, self.notes_column)
        if notes is not None:
            if notes.text:
                self.order += 1
                self.notes.append(Note(Place(f"under {notes_column.row_name(kept)}, "
                                             f"in the column {self.notes_column.heading}", self.order),
                                       " ".join(notes.text.split()), notes_column.reason(self.notes_column)))
            return kept
        return row

    def this_positions_cells(self, row: Row) -> Row:
        """A table that sets two positions side by side, a column each
        (岗位名称 | 讲师 | 副教授), when the form's title names one of them
        (讲师岗位说明书): that position's cells; the other columns' cells are
        reported, left out, in each row of a cell per column (a row merged
        across them is both positions'). Any other row as it is."""
        table = row[0].where.split(",")[0]
        label = " ".join(row[0].text.split())
        if self.other_columns and self.other_columns[0] == table and len(row) == self.other_columns[1]:
            kept = []
            for cell in row:
                other = self.other_columns[2].get(cell.column)
                if other is None:
                    kept.append(cell)
                elif cell.text:
                    self.order += 1
                    text = " ".join(line.text.strip() for line in cell.lines if line.text.strip())
                    self.notes.append(Note(Place(f"under {label}, in the column of {other}", self.order), text,
                                           "another position's, which the form sets beside this one; left out"))
            return kept
        named = {normalized(entry.text) for entry in self.title_lines}
        if len(row) < 3 or not named or resolve(row[0].text, self.section) != ("basic", "title") \
                or any(resolve(cell.text, self.section) for cell in row[1:]):
            return row
        this = [cell for cell in row[1:] if normalized(cell.text) in named]
        if len(this) != 1:
            return row
        others = {cell.column: " ".join(cell.text.split()) for cell in row[1:] if cell is not this[0]}
        self.other_columns = (table, len(row), others)
        self.order += 1
        self.notes.append(Note(Place(f"under {label}", self.order), "、".join(others.values()), "another position's "
                               f"column beside this one's ({this[0].text.strip()}, which the form's title names): "
                               "left out, each of its cells reported; check that the title names the position",
                               unsure=True))
        return [row[0], this[0]]

    def caption(self, field: str) -> None:
        """The last of a field's paragraphs when it is the heading of the
        table under it (Key result areas, over its table, under the
        summary): short, with no sentence's punctuation, after the value.
        Taken out of the field and reported. A longer one that ends no
        sentence may be either: kept, and flagged to check."""
        entries = self.fields[field]
        last = entries[-1]
        if len(entries) < 2:
            return
        if len(last.text) <= 40 and not SENTENCE_MARK.search(last.text):
            entries.pop()
            self.notes.append(Note(last.where, last.text, "a heading no field has, over the table under it; "
                                   "the table's texts are not placed"))
        elif not _SENTENCE_END.search(last.text):
            self.notes.append(Note(last.where, last.text, f"kept in {field}, though it ends no sentence right over "
                                   "the table under it: it may be that table's heading; check it", unsure=True,
                                   field=field))

    def headings_but_one(self, row: Row, cells: list[Cell], found: list) -> bool:
        """Whether a table row is column headings over a row of values
        (岗位代码 | 岗位名称 | 岗位类别 | … | 编制数) with one heading no field
        has: at least four headings, or the three of a sign-off box, no cell
        empty, whose known ones all sign the document (承認 | 確認 | 作成, a
        name under each); each a short label, all but one known, none a
        part's label."""
        sign_off = len(row) == 3 and all(name[0] == "document" for name in found if name)
        return (len(cells) >= 4 or len(cells) == 3 and sign_off) and sum(not name for name in found) == 1 \
            and all(name or _unknown_label(cell) for cell, name in zip(cells, found, strict=True)) \
            and not any(normalized(cell.text) in SECTION_INDEX for cell in cells)

    def empty_field(self, row: Row, cells: list[Cell], found: list) -> bool:
        """A label with its value cell left empty (工作环境 | ), among rows of
        label | value pairs (an HR system's export): the rows under it that
        are pairs stay pairs of their own, not its values (创建人 | 周敏 under
        工作环境 | ). True when ``row`` was taken so."""
        table = row[0].where.split(",")[0]
        if self.pairs_table != table or len(row) != 2 or len(cells) != 1 or cells[0] is not row[0] \
                or not found[0]:
            return False
        self.cell(cells[0])
        self.left_empty = True
        return True

    def row_number_cell(self, row: Row, index: int) -> bool:
        """Whether ``row[index]`` is the form's number of the row: a figure in
        the row's first cell, or between a list's label and an item (岗位职责 |
        1 | 负责…, the label merged down over the rows numbered 2, 3, …). A
        figure after a field of one value (岗位定员 | 6) is that value."""
        if not _COUNTER.match(row[index].text):
            return False
        if index == 0:
            return True
        before = [resolve(cell.text, self.section) for cell in row[:index] if cell.text]
        after = [cell for cell in row[index + 1:] if cell.text]
        return bool(before) and all(found and found[1] not in SCALARS for found in before) \
            and bool(after) and resolve(after[0].text, self.section) is None

    def kpi_rows(self, row: Row, cells: list[Cell]) -> bool:
        """A KPI table (kpi_table.py): its heading row consumed, each row under
        it a measure's cells, each of the kind of its column's role (a column
        the spec has no place for reported cell by cell). True when ``row``
        was taken so."""
        table = row[0].where.split(",")[0]
        by_column = {cell.column: cell for cell in cells if not cell.nested}
        roles = kpi_table.columns({index: cell.text for index, cell in by_column.items()}) \
            if len(by_column) == len(cells) >= 2 else None
        first = min(by_column, default=0)
        if roles is None and len(by_column) == len(cells) >= 3 and resolve(by_column[first].text, self.section) \
                == ("duties", "indicators"):  # 考核指标 | 指标名称 | 目标值 | 权重: the label merged down beside it
            roles = kpi_table.columns({index: cell.text for index, cell in by_column.items() if index != first})
            if roles is not None:
                self.label(by_column.pop(first).text)
        if roles is not None:
            self.kpi_table = table
            self.kpi_columns = {index: (role, " ".join(by_column[index].text.split())) for index, role in roles.items()}
            # what names its one category when it has no column of them: the label above it, else its measures' heading
            above = self.heading if self.field == "indicators" and self.heading else next(
                heading for role, heading in self.kpi_columns.values() if role == kpi_table.NAME)
            self.section, self.field = "duties", "indicators"
            self.column_headings = [heading for _, heading in self.kpi_columns.values()]
            self.confidence = Confidence(POSITION, f"the table under {' | '.join(self.column_headings)}")
            self.add(above, cells[0].where, kind=kpi_table.KPI + kpi_table.HEADING)
            self.heading, self.previous = " | ".join(self.column_headings), ""
            return True
        if self.kpi_table != table or not cells or any(index not in self.kpi_columns for index in by_column):
            self.kpi_table = ""
            return False
        if kpi_table.is_total(cells[0].text):
            return True
        self.section, self.field = "duties", "indicators"
        for index, cell in by_column.items():
            role, heading = self.kpi_columns[index]
            self.cell_number += 1
            self.confidence = Confidence(POSITION, f"{COLUMN_UNDER}{heading}")
            text = " ".join(line.text.strip() for line in cell.lines if line.text.strip())
            if role == "other":
                self.notes.append(Note(self.place(), text, f"a column of the indicators table no field has "
                                       f"({heading}), not placed", label=heading))
                self.previous = text
            else:
                self.add(text, cell.where, kind=kpi_table.KPI + role)
        return True

    def criteria_rows(self, row: Row, cells: list[Cell]) -> bool:
        """A person specification as a table (Criteria | Essential |
        Desirable, 项目 | 必备条件 | 优先条件), perhaps with a column of how
        each is assessed (Assessed by): the heading row consumed; in each
        row under it the criterion's label and what is required are read as
        label and value, and what is only preferred is reported, as the spec
        has no place for it, and so is how it is assessed (its codes, A, I,
        no part of a value). True when ``row`` was taken so."""
        table = row[0].where.split(",")[0]
        heads = [cell for cell in cells if SUB_HEADING.match(cell.text)]
        assessed = [cell for cell in cells if assessed_column.is_heading(cell.text)]
        if len(heads) >= 2 and any(PREFERRED.match(cell.text) for cell in heads) \
                and len(cells) - len(heads) - len(assessed) <= 1:
            self.criteria_table = table
            self.reported_columns = {cell.column: (" ".join(cell.text.split()), "preferred, not required; the spec "
                                                   "has no place for it, not placed")
                                     for cell in heads if PREFERRED.match(cell.text)}
            self.reported_columns |= {cell.column: (" ".join(cell.text.split()), assessed_column.REASON)
                                      for cell in assessed}
            self.section, self.field = "qualifications", None
            self.heading, self.previous = " | ".join(" ".join(cell.text.split()) for cell in cells), ""
            return True
        if self.criteria_table != table:
            self.criteria_table = ""
            return False
        for cell in cells:
            if cell.column not in self.reported_columns:
                self.cell(cell)
                continue
            heading, reason = self.reported_columns[cell.column]
            self.cell_number += 1
            self.notes.append(Note(self.place(), " ".join(cell.text.split()), f"in the {heading} column: {reason}",
                                   label=heading))
        return True

    def frequency_rows(self, row: Row, cells: list[Cell], found: list) -> bool:
        """A duty table ticked by frequency (frequency_table.py): the heading
        row read as the duties' label; in each row under it the duty read,
        its ticks and a remark reported. True when ``row`` was taken so."""
        heading = frequency_table.heading(cells, found)
        if heading is not None:
            self.frequency_table = heading
            self.label(next(cell.text for cell in cells if cell.column == heading.duties))
            return True
        table = self.frequency_table
        if table is None or table.table != row[0].where.split(",")[0] or any(found):
            self.frequency_table = None
            return False
        for cell in cells:
            if cell.column == table.duties:
                self.field, self.confidence = "duties", Confidence(POSITION, "the duties' column of a frequency table")
                self.cell(cell)
                continue
            self.cell_number += 1
            if cell.column in table.frequencies and frequency_table.is_tick(cell.text):
                self.notes.append(Note(self.place(), f"{table.frequencies[cell.column]}: {cell.text.strip()}",
                                       "how often the duty above is done; the spec has no place for it, not placed"))
            else:
                column = table.frequencies.get(cell.column) or table.others.get(cell.column, "no heading")
                self.notes.append(Note(self.place(), " ".join(cell.text.split()), f"in a frequency table's column "
                                       f"({column}), no part of the duty; not placed"))
        return True

    def weighted_duties(self, row: Row, cells: list[Cell], found: list) -> bool:
        """A duty table whose heading row has a weight column (序号 | 工作内容 |
        权重, Weightage | Key Result Area): the heading row consumed, and each
        row under it a duty and its weight (the weight's line of kind
        ``weight``), a row summing them (100% | Total) reported. Only a table
        of two columns besides the numbers: a third column (考核标准) is
        another field's. True when ``row`` was taken so."""
        table = row[0].where.split(",")[0]
        weights = [is_weight_heading(cell.text) for cell in cells]
        named = found[weights.index(False)] if len(cells) == 2 and weights.count(True) == 1 else False
        if named == ("duties", "duties") or (self.field == "duties" and named is None):
            if named:  # 工作內容 | 工作比重（%） under another field: the heading names the duties
                self.label(cells[weights.index(False)].text)
            self.weight_table, self.weight_column = table, weights.index(True)
            self.column_headings = [" ".join(cell.text.split()) for cell in cells]
            return True
        if self.weight_table != table or len(cells) != 2 or any(found):
            self.weight_table = ""
            return False
        duty, weight = cells[1 - self.weight_column], cells[self.weight_column]
        if kpi_table.is_total(duty.text):
            self.notes.append(Note(self.place(), f"{weight.text} | {duty.text}", "the row summing the weights; "
                                   "not a duty"))
            return True
        self.field = "duties"
        self.confidence = Confidence(POSITION, f"{COLUMN_UNDER}{self.column_headings[1 - self.weight_column]}")
        self.cell(duty)
        self.cell_number += 1
        self.add(weight.text, weight.where, kind="weight")
        return True

    def pairs(self, row: Row, cells: list[Cell], found: list, table: str) -> bool:
        """A row of label | value pairs where a label is one the form's own
        (年龄 | 25-35岁 beside 学历 | 本科): its value is no field's, and is
        reported with its label. True when the row was taken so."""
        start = 1 if len(cells) > 2 and normalized(cells[0].text) in SECTION_INDEX else 0
        rest, known = cells[start:], found[start:]
        if len(rest) == 1 and len(row) >= 2 and rest[0] is row[0] and not known[0] and self.pairs_table == table \
                and _unknown_label(rest[0]):  # 备注 | (empty), under rows of pairs: a label with no value
            self.notes.append(Note(self.place(), rest[0].text, "a label no field has, with no value; not placed"))
            self.field = None
            return True
        shaped = len(rest) >= 2 and len(rest) % 2 == 0 and not any(known[1::2]) and all(
            label or _unknown_label(cell) for cell, label in zip(rest[::2], known[::2], strict=True))
        # a row of pairs with a label the form knows, or after such rows, in the same table (not a level's row of
        # experience, 中级客户经理 | its list, under a label whose own row gave no field a value: not the
        # certificates of Cymwysterau / Qualifications, read as experience by its place)
        levels = self.field == "qualifications.experience" \
            and not any(entry.row == self.label_row for entries in self.fields.values() for entry in entries)
        paired = shaped and (any(known[::2]) or (self.pairs_table == table and not levels))
        self.pairs_table = table if paired else None
        if not paired or all(known[::2]):
            return False
        for cell in cells[:start]:
            self.cell(cell)
        for label, value in zip(rest[::2], rest[1::2], strict=True):
            name = _label_name(label)
            hours = values.parse_hours(value.text)
            if _cell_label(label, self.section) is None and self.section == "training" and hours and not hours[0]:
                # 中级护理员 | 40课时 under 培训要求: a level's class hours in a cell of their own
                self.field = "training.hours"
                self.confidence = Confidence(POSITION, f"class hours beside {name}, read as that level's")
                self.heading, self.previous = name, ""
                self.cell(label)
                self.cell(value)
                continue
            if _cell_label(label, self.section) is None and conditions.names_condition(name):
                self.condition(name, " ".join(value.text.split()), value, value.lines[0])  # 出差要求 | 每月8天
                continue
            if _cell_label(label, self.section) is None:
                self.cell_number += 2
                self.notes.append(Note(self.place(), " ".join(value.joined.split()),
                                       f"a label no field has ({name}), not placed", label=name))
                self.field, self.previous = None, value.text
                continue
            self.cell(label)
            self.cell(value)
        self.field = None
        return True

    def signed_date(self, signed: tuple[str | None, str], cell: Cell) -> None:
        """A date under a signer's name in a sign-off box (signed_dates.py):
        placed in the field it is, or reported."""
        field, rule = signed
        text = " ".join(cell.text.split())
        if field is None or field in self.fields:
            self.cell_number += 1
            self.notes.append(Note(self.place(), text, rule if field is None else f"{rule}, but that date is given "
                                   "already; not placed"))
            return
        self.add_to(field, rule, text, cell, cell.lines[0])
