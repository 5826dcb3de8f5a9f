"""Recognise a form's parts by their labels, whatever the layout: the first
pass of the import.

It walks the rows of located cells: a cell or line that is a label
(field_labels.py) moves to its section and field, every other line is an entry
of the current field (``label：value`` inside a line counts as both). Rows
of column headings hand their fields to the rows below; a row of label |
value pairs whose label no field has is reported whole. The second pass
(assemble.py) turns each field's entries into the spec's values.
"""

from __future__ import annotations

import dataclasses
import re

from jdgen.diagnostics import plural
from jdgen.importer import (
    annex,
    assessed_column,
    conditions,
    dashed,
    digit_boxes,
    doubled_fields,
    duty_groups,
    equity_statement,
    essential_marks,
    fact_sentence,
    fallback,
    frequency_table,
    glossed,
    kpi_table,
    label_columns,
    label_in_value,
    layout,
    notes_column,
    notice,
    objects,
    odd_values,
    other_headings,
    page_furniture,
    parallel_text,
    questions,
    recruitment,
    requirements,
    revision_history,
    run_in_heading,
    second_version,
    signature,
    signed_dates,
    signer_labels,
    slashed,
    spaced_columns,
    spread_label,
    stand_ins,
    sub_items,
    unit_and_section,
    values,
)
from jdgen.importer.assemble import SCORING_FORMULA, Assembly, indicator_part
from jdgen.importer.confidence import COLUMN_UNDER, GUESSED, POSITION, Confidence
from jdgen.importer.entries import GROUP_STYLE, FormLine, Note, Place, Recognized, shortened
from jdgen.importer.field_labels import (
    COLUMN_HEADINGS,
    COUNTER_HEADINGS,
    FIELD_INDEX,
    FORM_TITLES,
    SECTION_INDEX,
    SENTENCE_MARK,
    THIS_POSITION,
    heading_like,
    inline_labels,
    is_form_title,
    is_label,
    is_weight_heading,
    matched,
    normalized,
    resolve,
)
from jdgen.importer.reading import CHANGES, STRUCK, UNREAD, Cell, Line, Row, join_lines

ARROWS = re.compile(r"\s*(?:→|->|—>|=>|⇒|➝|➔)\s*")
_ARROW_ONLY = re.compile(r"^[↓↑→←⇩⬇|│\s]*$")
_DOWN_ARROW = re.compile(r"^\s*[↓⇩⬇]\s*$")
"""A line holding only an arrow down: between two boxes of a chart drawn down the page."""


_UNKNOWN_LABEL = re.compile(r"^([^\s\d:：。，,；;、](?:[^:：。，,；;、]{0,18}[^\s:：。，,；;、])?)"
                            r"\s*(?:(?<!\d)[:：]|[:：](?!\d\d))\s*(.{0,40})$")
"""``年龄要求：40岁以下``: a short label with a colon, then a short value (or none); not the colon of
a time (三班倒（早班7:00-15:00）)."""
_TABBED_LABEL = re.compile(_UNKNOWN_LABEL.pattern.split(r"\s*(?:")[0] + r"\s*[:：]\t\s*(\S.*)$")
"""``Admission:<tab>Admitted to practise in …``: a short label, a colon and a tab, then a value of any length."""
_LABEL_AND_TEXT = re.compile(_UNKNOWN_LABEL.pattern.split(r"\s*(?:")[0] + r"\s*[:：]\s+(\S.*)$")
"""``Disclosure: Membership of the PVG Scheme …``: a short label, a colon and a space, then a value of any length."""
_SCALARS = {"title", "id", "document.number", "document.issuer", "document.prepared_by", "document.approved_by",
            "document.effective_date", "basic.department", "basic.prepared_on", "basic.headcount", "basic.supervised",
            "basic.grade", "basic.reports_to", "qualifications.education", "qualifications.knowledge",
            "environment.place", "environment.hours", "physical"}
"""Fields of one value: a line with another label under them is not theirs."""
_ONE_TEXT = _SCALARS | {"summary", "basic.work_location"}
"""Fields of one text: a table under their paragraph value does not go on with it."""
_RELATIONS = {"relationships.internal", "relationships.external"}
_SUB_LABEL = re.compile(r"^\s*(?:必备条件|必要条件|优先条件|加分条件|加分项|基本要求|优先考虑|Essential|Desirable|"
                        r"Required|Preferred)\s*[:：]\s*(?=\S)", re.IGNORECASE)
"""Sub-labels inside a requirement (必备条件：, Essential:): no field of the spec."""
_SUB_HEADING = re.compile(r"^\s*(?:必备条件|必要条件|基本要求|优先条件|加分条件|加分项|优先考虑|Essential|Required|"
                          r"Desirable|Preferred)(?:\s+Criteria)?\s*[:：]?\s*$", re.IGNORECASE)
"""A requirements' sub-heading on a line of its own (Essential, Desirable)."""
_PREFERRED = re.compile(r"^\s*(?:优先条件|加分条件|加分项|优先考虑|Desirable|Preferred)", re.IGNORECASE)
_MARKED = re.compile(r"\s*【\s*([^【】]{1,20}?)\s*】\s*")
"""A label marked by 【】 inside a line, its value after it (【岗位】推拿理疗师)."""
_BRACKETED = re.compile(r"^\s*[【〖〔\[]\s*([^】〗〕\]]{1,20}?)\s*[】〗〕\]]\s*$")
"""A heading in brackets: 【岗位职责】, 〔任职资格〕."""
_DEGREE = re.compile(r"^(?:an?\s+)?(?:PhD|Ph\.D\.?|doctorate|(?:first\s+|university\s+|honours\s+)?degree|"
                     r"(?:bachelor|master)(?:'?s)?\s+(?:degree|of|in)|MSc|BSc|diploma|high\s+school\s+diploma|GED|"
                     r"(?:college\s+|university\s+)?graduate\s+of)\b",
                     re.IGNORECASE)
"""A requirement an English form states as a degree (A PhD in chemistry, Graduate of any four-year course): the
education."""
_CERTIFICATE = re.compile(r"\b(?:certificate|certification|licen[cs]e)\b|证书|资格证|操作证|上岗证|驾驶证|执业资格"
                          r"|^(?-i:Registered|Chartered|Certified|Licensed) (?-i:[A-Z])"
                          r"|^(?-i:Registration) (?:with|as) ",
                          re.IGNORECASE)
"""A requirement that names a certificate, a licence or a profession's registration (GMDSS General Operator's
Certificate, Registered Social Worker, Registration with the HCPC): the certificates."""
_PREFERRED_AT_END = re.compile(r"\b(?:preferred|desirable|an asset|a plus)[.;]?$", re.IGNORECASE)
"""A requirement the form only prefers (Associate degree in business preferred)."""
_QUALIFICATIONS = {"qualifications", "qualification"}
"""The English part's own name, which a line also uses as the label of the qualification held (Qualifications: …)."""
_EXPERIENCE = re.compile(r"经验|经历|从事|年以上|年及以上|\d\s*年|工作年限|experience|service|years?|months?|worked|"
                         r"track record|background", re.IGNORECASE)
"""What a requirement that states experience names: a time, a service, the word."""
_GAP = re.compile(r"\s*(?:…{2,}|[.·・．_]{3,})\s*|\s+")
"""What sets a label off from its value with no colon: white space, or a leader of dots (学历………本科)."""
_WIDE_GAP = re.compile(r"\t|\s{2,}|\u3000")
"""What sets texts of one line apart (a tab, two spaces, an ideographic space), where a label has none."""
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}条(?:\s+|(?=[^\x00-\x7f]))")
"""The number of an article (第八条　…) of a form written as a regulation: each article a paragraph of its own."""
_EMPHASIS = re.compile(r"\*\*([^*\s](?:[^*]*[^*\s])?)\*\*|__([^_\s](?:[^_]*[^_\s])?)__")
"""Markdown's bold, pasted into Word with its marks (**Team:** Platform), not a row of stars (****银行)."""
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
_CLAUSE_HEADING = re.compile(r"^\s*\d{1,2}\s+([^\x00-\x7f].{0,15})$")
"""A heading numbered as a standard's clause (1 岗位信息, over 1.1, 1.2): the number and a space."""
_SENTENCE_END = re.compile(r"[。.!?！？…)）”\"']\s*$")
"""How a sentence ends (a colon ends none: a text ending in one introduces what follows)."""
_LEADING_WORDS = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2} $")
"""One to three English words joined to a label by a space at a line's start (Prepared Date:): the label's own."""
_COUNTER = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．]?\s*$")


class _Walk:
    """The first pass: each line to the field its label names."""

    def __init__(self) -> None:
        self.section: str = "document"
        self.headed = "document"
        """The part the last part's heading opened (基本信息, Working Conditions): a label two fields share is read
        in it, not in the part another field's label took the walk to (Hours: …, then Location: …)."""
        self.field: str | None = None
        self.fields: dict[str, list[FormLine]] = {}
        self.chains: list[tuple[str, list[str], Place]] = []
        self.title_lines: list[FormLine] = []
        self.notes: list[Note] = []
        self.unread: list[str] = []
        self.pictures = 0
        """What the document holds that the import reads no text of (a SmartArt diagram, an embedded object)."""
        self.labels = 0
        self.form_titles: dict[str | None, int] = {}
        """The form's titles met, by language: JOB DESCRIPTION over 职位说明书 is one form's."""
        self.cell_number = self.row_number = 0
        self.in_table = False
        self.confidence = Confidence(POSITION)
        """How sure it is that the texts met now are the current field's (the rule that made it current)."""
        self.resume: tuple[str, str | None] | None = None
        """Where the last table stopped, for a table that continues it."""
        self.pairs_table: str | None = None
        """The table whose last row was label | value pairs."""
        self.columns: list[str | None] | None = None
        """The fields of a row of column headings (内部工作关系 | 外部工作关系), for the rows under it."""
        self.column_headings: list[str] = []
        """Those headings' words."""
        self.heading = ""
        """The last label's words as the form writes them: where a text is, in Word's terms."""
        self.previous = ""
        """The last text met under that label."""
        self.order = 0
        self.numbers: list[tuple[str, int]] = []
        """What the last numbered section heading's numbering may count (三、: 一、 3)."""
        self.label_row = 0
        """The row of the last label: a cell after it in that row holds the label's value."""
        self.label_cell = 0
        """The cell of the last label: a line of another part's label in that same cell (a box's heading over
        its lines) is that part's, not the label's value."""
        self.weight_table = ""
        """The table of duties whose heading row has a weight column (工作内容 | 权重)."""
        self.weight_column = 1
        """That table's column of weights: 1, or 0 for one on the left (Weightage | Key Result Area)."""
        self.kpi_table = ""
        """The table of indicators whose heading row names its columns (指标名称 | 目标值 | 权重)."""
        self.kpi_columns: dict[int, tuple[str, str]] = {}
        """That table's columns by cell index: their role (kpi_table.py) and heading."""
        self.frequency_table: frequency_table.FrequencyTable | None = None
        """A duty table ticked by frequency (工作内容 | 每日 | 每周), its heading row met."""
        self.criteria_table = ""
        """The table of requirements whose heading row has Essential and Desirable columns."""
        self.reported_columns: dict[int, tuple[str, str]] = {}
        """That table's columns of what is only preferred (Desirable, 优先条件) and of how each criterion is
        assessed (Assessed by), by cell index: their heading and what the report says of their cells."""
        self.part = ""
        """The part of the document the walk is in: "" (the body), page header, page footer or text box."""
        self.source: str | None = None
        """The first language of a bilingual form (Job Title over 职位名称): en or zh; None for one language."""
        self.source_cell = -1
        """The cell of the last line in that language: a line of the other language under it is its translation."""
        self.left_empty = False
        """Whether the last label was a row's with its value cell left empty, among rows of pairs (工作环境 | )."""
        self.keyed = False
        """Whether the last line was a label and its value (学历：本科): a ``标签：值`` line after it is a key of
        its own, not more of that value."""
        self.placed: list | None = None
        """The list the last text went to (a field's entries or the notes): a box, when an arrow follows it."""
        self.chart: list[str] = []
        """The boxes of a chart drawn down the page met so far (宣教部主任 ↓ 讲解员 ↓ …)."""
        self.arrowed = False
        """Whether the last line was an arrow down: the next text is the box under it."""
        self.spanned = False
        """Whether the row met now has text in one cell only (a row merged across a table, a title in it)."""
        self.before: Line | None = None
        """The line met before the one met now: a line's type sets it apart only when it differs from that one's."""
        self.answering = False
        """Whether the form is one of questions and answers (1. 本岗位的名称是什么？ 答：椅旁护士)."""
        self.other_columns: tuple[str, int, dict[int, str]] | None = None
        """A table that sets other positions' columns beside this one's: the table, its rows' width, and those
        columns (by cell index) with the position each holds."""
        self.notes_column: notes_column.NotesColumn | None = None
        """A template's column of notes on filling it in (填写说明), left out of its table's rows."""
        self.marks_table = ""
        """The table whose last column marks each row Essential or Desirable (Requirement | E/D)."""

    def form_title(self, text: str) -> None:
        """The form's title (岗位说明书, Job Description) met, counted by its
        language: twice in one language is two forms. A page header's or
        footer's title repeats on every page and starts no form of its own
        (Neighbourhood Officer – Job Description over later pages): not counted."""
        if not self.part.startswith("page"):
            self.form_titles[_language(text)] = self.form_titles.get(_language(text), 0) + 1

    def place(self) -> Place:
        """Where the text met now is, as a person finds it in Word: the
        label above it and the text before it (or the page header)."""
        self.order += 1
        if self.part.startswith("page"):
            return Place(f"in the {self.part}", self.order)
        heading = f"under {self.heading}" if self.heading else "above the first label"
        if self.part:
            heading = f"in a {self.part} " + heading
        after = f', after "{shortened(self.previous)}"' if self.previous else ""
        return Place(heading + after, self.order)

    def label(self, text: str) -> bool:
        found = matched(text, self.headed if len(FIELD_INDEX.get(normalized(text), ())) > 1 else self.section)
        if found is None:
            return False
        if normalized(text) in SECTION_INDEX:
            self.headed = found.section
        if found.field == "title":  # Position title: after a heading taken for the title, that heading is not
            self.heading_not_title()
        self.section, self.field, self.confidence = found.section, found.field, found.confidence
        self.resume = None
        self.left_empty = False
        self.labels += 1
        self.label_row, self.label_cell = self.row_number, self.cell_number
        self.heading, self.previous = " ".join(text.split()).rstrip(":："), ""
        return True

    def add(self, text: str, where: str, line: Line | None = None, kind: str | None = None) -> None:
        place = self.place()
        self.previous = text
        if self.field is None:
            self.notes.append(Note(place, text))
            self.placed = self.notes
            if not self.in_table:  # a paragraph between two tables: the second no longer continues the first
                self.resume = None
            return
        self.placed = self.fields.setdefault(self.field, [])
        self.fields[self.field].append(FormLine(
            text, place, kind, bool(line and line.numbered), line.level if line else 0,
            line.number_format if line else "", self.cell_number, self.row_number, bool(line and line.continued),
            self.confidence, line.style if line else ""))

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
        if row[0].part == "text box" and not self.part and self.field in _ONE_TEXT and self.field in self.fields:
            self.field = None  # a text box's text is its own, never more of the value of one text above it
        self.part = row[0].part
        if self.in_table and not in_table:  # text under a table belongs to no field until a label says so,
            self.resume, self.field = (self.section, self.field), None
        elif in_table and not self.in_table and self.field in _ONE_TEXT and self.field in self.fields:
            self.caption(self.field)
            self.field = None  # a table under a paragraph that gave a field of one text its value: not that field's
        elif in_table and not self.in_table and self.field is None and self.resume:
            self.section, self.field = self.resume  # but a table after it may continue the last one (（续）)
            self.confidence = Confidence(POSITION, f"a table continuing the one under {self.heading}")
        self.in_table = in_table
        # a column of row numbers and its heading are the form's numbering (a figure elsewhere is a value)
        cells = [cell for index, cell in enumerate(row) if (cell.text or cell.nested)
                 and not self.row_number_cell(row, index) and normalized(cell.text) not in COUNTER_HEADINGS]
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
            if all(_SIGNING_LINE.match(cell.text) for cell in cells):  # ______ | ______: lines to sign on
                return
            for name, heading, cell in zip(self.columns, self.column_headings, cells, strict=True):
                self.field, self.confidence = name, Confidence(POSITION, f"{COLUMN_UNDER}{heading}")
                self.heading = heading  # a warning says the cell's own column (under 复核, not the last: 批准)
                signer = _SIGNER_NAME.match(" ".join(cell.text.split())) if name in _SIGNERS else None
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
        return bool(before) and all(found and found[1] not in _SCALARS for found in before) \
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
        heads = [cell for cell in cells if _SUB_HEADING.match(cell.text)]
        assessed = [cell for cell in cells if assessed_column.is_heading(cell.text)]
        if len(heads) >= 2 and any(_PREFERRED.match(cell.text) for cell in heads) \
                and len(cells) - len(heads) - len(assessed) <= 1:
            self.criteria_table = table
            self.reported_columns = {cell.column: (" ".join(cell.text.split()), "preferred, not required; the spec "
                                                   "has no place for it, not placed")
                                     for cell in heads if _PREFERRED.match(cell.text)}
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
        # experience, 中级客户经理 | its list, under a label whose own row gave it no value)
        levels = self.field == "qualifications.experience" \
            and not any(entry.row == self.label_row for entry in self.fields.get(self.field, []))
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

    def condition(self, name: str, value: str, cell: Cell, line: Line) -> None:
        """A label no field has that names a condition of the work (出差要求,
        conditions.py) and its value: a working condition, the current field
        going on after it."""
        self.cell_number += 1
        rule = f"a label naming a condition of the work ({name})"
        self.add_to("environment.conditions", rule, name, cell, line, conditions.LABELLED)
        self.add_to("environment.conditions", rule, value, cell, line, conditions.LABELLED)

    def cell(self, cell: Cell) -> None:
        self.cell_number += 1
        if self.bilingual_label(cell) or self.glossed_label(cell):
            return
        stacked = len(cell.lines) > 1 and self.label(cell.text)  # a label over lines: 基本 / 信息
        lines = [] if stacked else cell.lines
        titles = [index for index, line in enumerate(lines) if is_form_title(line.text)]
        if titles:  # the lines above the form's title in its cell name the issuer
            issuer = join_lines([line.text for line in lines[:titles[0]]])
            if issuer:
                self.fields.setdefault("document.issuer", []).append(FormLine(
                    issuer, self.place(), confidence=Confidence(POSITION, "above the form's title")))
            lines = lines[titles[0]:]
        if self.label_row == self.row_number and self.heading and normalized(self.heading) in SECTION_INDEX \
                and self.confidence.rule is POSITION and len([line for line in lines if line.text.strip()]) == 1:
            # 任职资格 | one text: which of the part's fields it is, nothing says (Qualifications | a solicitor)
            self.confidence = Confidence(GUESSED, f"one text beside {self.heading}, a part's label, read as the "
                                         "part's first field")
        signed = signature.signature_start([line.text for line in lines])
        for line in lines[:signed]:
            self.line(line, cell)
            self.before = line
        if signed is not None:  # 张敏 / 电话：…, under a text pasted from an e-mail
            self.notes.append(Note(self.place(), " / ".join(line.text.strip() for line in lines[signed:]
                                                            if line.text.strip()),
                                   "a signature under the text (a name and a way to reach the sender), not placed"))
        nested = [[text.replace("\n", "") for text in texts] for texts in cell.nested]
        groups = duty_groups.grouped(nested, self.section) if nested else None
        if groups:  # 职责类别 | 工作内容 over 直播前 | 制定直播排期…: the duties in titled groups
            self.label(nested[0][1])
            for category, duties in groups:
                self.add(category, cell.where, kind="group")
                for duty in duties:
                    self.add(duty, cell.where, kind="item")
        elif nested and any(texts and resolve(texts[0], self.section) for texts in nested):
            for texts in cell.nested:  # a table of label | value rows inside the cell: read as rows, lines kept
                self.row([Cell(cell.where, [Line(part) for part in text.split("\n")], part=cell.part)
                          for text in texts])
        elif nested and self.field in _RELATIONS and not self.charts_position(nested):
            # relations drawn as a small table: not a reporting chart, which holds this position
            for texts in nested:
                for text in texts:
                    if not _ARROW_ONLY.match(text):
                        self.add(text.strip(), cell.where)
        elif nested:
            self.chain([text for texts in nested for text in texts], cell.where)

    def bilingual_label(self, cell: Cell) -> bool:
        """A label cell in two languages, one field's label in each (Job Title
        over 职位名称): the form is bilingual, the language of its first line
        the source. True when ``cell`` is one."""
        lines = [line.text.strip() for line in cell.lines if line.text.strip()]
        split = slashed.halves(lines[0]) if len(lines) == 1 and not cell.nested else None
        if split and resolve(split[0], self.section) is not None \
                and resolve(split[0], self.section) == resolve(split[1], self.section) and self.label(lines[0]):
            self.source = _language(split[0])  # 所属部门 / Department: a bilingual form, the first half the source
            return True
        if len(lines) != 2 or cell.nested or len({_language(text) for text in lines} - {None}) != 2:
            return False
        first, second = (resolve(text, self.section) for text in lines)
        if first is None or first != second or not self.label(lines[0]):
            return False
        self.source = _language(lines[0])
        return True

    def glossed_label(self, cell: Cell) -> bool:
        """A label cell of two paragraphs, a label over the same label in another language (岗位名称 over
        Stellenbezeichnung, glossed.py): one label, named by the paragraph known. True when ``cell`` is one."""
        lines = [line.text.strip() for line in cell.lines if line.text.strip()]
        pair = glossed.stacked(lines) if not cell.nested else None
        if pair is None:
            return False
        found = [text for text in pair if resolve(text, self.section) is not None]
        if not found or len({resolve(text, self.section) for text in found}) != 1:
            return False
        return self.label(found[0])

    def translation(self, text: str) -> bool:
        """Whether ``text`` is the other language's line under a source line of
        a bilingual form's cell (高级后端工程师 under Senior Backend Engineer):
        reported, not placed, so that it becomes no second value."""
        language = _language(text)
        if self.source is None or language is None:
            return False
        if language == self.source:
            self.source_cell = self.cell_number
            return False
        if self.source_cell != self.cell_number:
            return False
        self.notes.append(Note(self.place(), text, f"a bilingual form: the {_LANGUAGES[language]} under the "
                               f"{_LANGUAGES[self.source]} above it, taken for its translation; not placed"))
        return True

    def charts_position(self, rows: list[list[str]]) -> bool:
        """Whether a small table holds this position's box (a reporting chart)."""
        titles = {normalized(entry.text) for entry in self.fields.get("title", [])} | THIS_POSITION
        return any(normalized(text) in titles for texts in rows for text in texts)

    def line(self, line: Line, cell: Cell) -> None:
        text = _EMPHASIS.sub(lambda bold: bold[1] or bold[2], line.text.replace("\t", " ")).strip()
        if not text or self.charted(text):
            return
        article = _ARTICLE.match(text + " ")
        if article:  # 第八条　工作时间：…: a new article, never more of a value of one text above it
            text = text[article.end():].strip()
            if self.field in _ONE_TEXT and self.field in self.fields:
                self.field = None
            if not text:
                return
            line = dataclasses.replace(line, text=text)
        answer = questions.ANSWER.match(text) if self.answering else None
        if answer and text[answer.end():].strip():  # 答：…: the answer to the question above
            text = text[answer.end():].strip()
        english, chinese = _translated_in_brackets(text)
        if english != text:  # Client Advisor（客户顾问）: the English is the form's, the Chinese its translation
            self.line(dataclasses.replace(line, text=english), cell)
            translation = [piece for piece in chinese if not is_label(piece)]  # a label's own (职位名称) says nothing
            if translation:
                self.notes.append(Note(self.place(), "；".join(translation), "the Chinese in brackets after the "
                                       "English, taken for its translation; not placed"))
            return
        kept = slashed.in_language(text, self.source) if self.source else None
        if kept and self.source:  # 招生办公室 / Admissions Office in a bilingual form: the source's half, the other
            self.notes.append(Note(self.place(), kept[1], f"a bilingual form: the other language's half of a line "
                                   f"after the {_LANGUAGES[self.source]} and a slash, taken for its translation; "
                                   "not placed"))
            self.line(dataclasses.replace(line, text=kept[0]), cell)
            return
        marked = _MARKDOWN_HEADING.match(text)
        if marked:  # ## What you'll do: a heading written in Markdown, pasted into Word
            self.markdown_heading(text[marked.end():].strip(), cell, line)
            return
        annexed = annex.label(text, lambda words: matched(words, self.section) is not None)
        if annexed and self.label(annexed):  # 附页：综合气象观测员岗位职责: the annex page the grid points to
            return
        if is_form_title(text):
            self.form_title(text)
            self.section, self.field = "document", None
            return
        if self.translation(text) or self.in_force(text, cell, line) or self.notice_cover(text, cell, line):
            return
        if self.marked_pairs(text, cell, line):
            return
        bracketed = _BRACKETED.match(text)
        if bracketed:  # 【岗位职责】: a heading, known or not
            if not self.label(bracketed[1]):
                self.unknown_heading(text, bracketed[1])
            return
        dashed_pair = dashed.pair(text, lambda label: (resolve(label, self.section) or (None, None))[1] is not None,
                                  self.before.text if self.before else "") \
            if not re.search(r"[:：]", text) and resolve(text, self.section) is None and not line.numbered else None
        if dashed_pair:  # Role Title – Senior Test Engineer: the dash is the label's colon (a list's item keeps it)
            paired, noted = "：".join(dashed_pair), len(self.notes)
            self.line(dataclasses.replace(line, text=paired), cell)
            for note in self.notes[noted:]:  # a warning quotes the line as written (Salary – £11.50 per hour)
                note.text = text if note.text == paired else note.text
            return
        told = fact_sentence.pairs(text, lambda label: resolve(label, self.section) is not None) \
            if not re.search(r"[:：]", text) else []
        if told:  # 本岗位隶属仓储管理科，直接上级为…: facts in a sentence, each clause a label and its value
            for label, value in told:
                self.line(dataclasses.replace(line, text=f"{label}：{value}"), cell)
            return
        barred = _BAR.split(text)
        if not _BARRED_PAIR.match(text) and not any(page_furniture.beside_value(piece) for piece in barred[1:]):
            barred = []
        if len(barred) > 1:  # Job ID: R-24-0317  |  Posted 5 days ago (or Document No. HR-1 | Rev. 2 | Page 1 of 2):
            # the pair, then texts of their own
            self.line(dataclasses.replace(line, text=barred[0]), cell)
            for piece in barred[1:]:
                if _BARRED_PAIR.match(piece):
                    self.line(dataclasses.replace(line, text=piece), cell)
                else:
                    self.notes.append(Note(self.place(), piece, "set apart by a bar from the value before it; "
                                           "not placed"))
            return
        pairs = _spaced_pairs(text)
        if len(pairs) > 1:  # 填表人：陈晓燕　　审核人：刘振华: pairs set apart on one line, each read on its own
            for pair in pairs:
                self.line(dataclasses.replace(line, text=pair), cell)
            return
        columns = spaced_columns.pairs(text, lambda piece: matched(piece, self.section) is not None)
        if columns:  # 岗位编码    HY-LG-0317    岗位名称    炼钢车间天车工: a plain-text print's columns, no colon
            for label, value in columns:
                self.line(dataclasses.replace(line, text=f"{label}：{value}"), cell)
            return
        if _SUB_HEADING.match(text) and self.section == "qualifications":
            self.sub_heading(text)
            return
        unknown = _UNKNOWN_LABEL.match(text) or _TABBED_LABEL.match(line.text.strip())
        if unknown and _WIDE_GAP.search(unknown[1]) and not spread_label.is_spread(unknown[1]):
            # 质量检验员岗位说明书　　编号：ZJ-JY-04: two texts set apart (not 日　期：, one label spread)
            before, after = _WIDE_GAP.split(unknown[1], maxsplit=1)
            self.line(dataclasses.replace(line, text=before), cell)
            self.line(dataclasses.replace(line, text=text[text.index(after, len(before)):]), cell)
            return
        if self.notice_title(text, cell, line):
            return
        for title in FORM_TITLES:  # 某银行客户经理岗位说明书, 岗位说明书（客户经理）: a line outside the fields
            bracketed = re.match(rf"^{re.escape(title)}\s*[(（]([^()（）]+)[)）]$", text, re.IGNORECASE)
            named = bracketed[1] if bracketed else text[: -len(title)] if text.endswith(title) else ""
            if is_form_title(named.strip(" /／|｜")):  # 職位說明書 Job Description: the form's title in two languages
                self.form_title(text)
                self.section, self.field = "document", None
                return
            if normalized(named) and self.field is None and (cell.where.startswith("paragraph") or self.spanned) \
                    and not (self.part.startswith("page") and named.rstrip().endswith(("|", "｜"))):
                # (a page footer's Human Resources | Job Description: the department issuing it, no title)
                self.heading_not_title()
                self.form_title(text)
                self.title_lines.append(FormLine(named.strip(" ·-—"), self.place(),
                                                 confidence=Confidence(POSITION, "the line above the form")))
                return
        if self.field in _SIGNERS and "basic.prepared_on" not in self.fields and cell.where.startswith("paragraph") \
                and values.parse_date(text):  # 制表人：冯小梅 / 审批人：王建军 / 二〇二四年三月二十日
            self.add_to("basic.prepared_on", "a date alone on its line under the signers", text, cell, line)
            return
        if not normalized(text):  # （续表）: the table goes on from the page before
            return
        keyed, self.keyed = self.keyed, False
        kind, rest = values.numbering(text)
        asked = questions.question(rest, self.section) if self.answering and kind in ("group", "item") else None
        if asked:
            self.ask(asked, cell, line)
            return
        if kind == "bullet" and text[0] in "*＊" and matched(text, self.section):  # *岗位名称: a required label
            kind, rest = None, text
        elif kind == "bullet" and (values.marked(text) or line.emphasized) and matched(rest, self.section):
            kind, text = None, rest  # 👉 岗位职责, ◆ 工作职责 in bold: the mark is the label's
        clause = _CLAUSE_HEADING.match(text) if kind is None else None
        if clause and normalized(clause[1]) in SECTION_INDEX:  # 2 岗位职责: a clause heading numbered as a standard
            kind, rest = "group", clause[1]
        # a numbered heading (三、岗位职责, 1. 基本信息, II. Job Purpose) is a label, but not a group's title
        # under its label (一、岗位职责), nor a short word that happens to be one (二、岗位)
        found = resolve(rest, self.section) if kind in ("group", "item") else None
        heading = found not in (None, (self.section, self.field)) and (
            normalized(rest) in SECTION_INDEX or (kind == "group" and len(normalized(rest)) >= 4)
            or bool(self.following(text)))  # 3. Duties after 2. Job Summary
        run_in = run_in_heading.parted(text) if kind is None else None
        if run_in and self.label(run_in[0]):  # Essential Duties … include the following.: the heading, no value
            self.notes.append(Note(self.place(), run_in[1], "a sentence run on from the section's heading, "
                                   "introducing it; not placed"))
            return
        if (kind is None or heading) and line.style != GROUP_STYLE and self.label(rest if kind else text):
            if heading:
                self.numbers = values.heading_numbers(text)
            return
        if kind and self.next_heading(text, rest):
            return
        if other_headings.names_no_field(rest):  # Other Duties, after the last certificate
            self.unknown_heading(text, rest)
            return
        if kind is None and not line.numbered and equity_statement.is_statement(text):
            self.notes.append(Note(self.place(), text, equity_statement.REASON))  # … is an equal opportunity
            self.field = None  # employer: no more of the value above it
            return
        if layout.HEADING_STYLE.match(line.style) and cell.where.startswith("paragraph") \
                and (self.field in self.fields or (self.labels == 0 and "title" not in self.fields)):
            self.markdown_heading(text, cell, line)  # a heading in Word's style ends the value above it, or is
            return  # the title above every label
        if kind == "bullet" and values.marked(text) and line.emphasized:
            kind = None  # 💰 薪资福利, bold: an emoji marks a heading as it marks a label
        if kind in (None, "group") and self.field in self.fields and line.style != GROUP_STYLE \
                and (layout.set_apart(line, cell, self.spanned, self.before)
                     or kind == "group" and layout.numbered_apart(text, self.fields[self.field])) \
                and heading_like(rest) and matched(rest, self.section) is None:  # a heading by its layout, no label
            self.unknown_heading(text, rest)
            return
        if kind is None and unknown and len({_language(word) for word in unknown[1].split()}) == 2 \
                and not _WIDE_GAP.search(unknown[2]) and self.label(unknown[1]):
            if unknown[2].strip():  # 工作时间 Working hours：弹性工作制: a label in both languages, then its value
                self.value(unknown[2].strip(), cell, line)
            return
        if kind is None and self.spaced_label(line.text.strip(), cell, line):
            return
        parts = inline_labels(text)
        if kind and len(parts) > 1 and parts[0].strip() == text[:len(text) - len(rest)].strip():
            parts[0] = ""  # 1. 学历：本科: the number before the label is the line's, no value
        if kind and len(parts) == 1:  # 1、学历：本科: a numbered line of a label of this part and its value
            numbered = inline_labels(rest)
            if len(numbered) > 1 and not numbered[0].strip() \
                    and (resolve(numbered[1], self.section) or ("", ""))[0] == self.section:
                parts = numbered
        if len(parts) == 1 and unknown and kind is None and self.label(unknown[1]):
            if unknown[2].strip():  # 审核人签字：王芳: a label read by a rule of its words (field_labels.py)
                self.value(unknown[2].strip(), cell, line)
            self.keyed = bool(unknown[2].strip())
            return
        signed = signer_labels.signed_line(text) if len(parts) == 1 and kind is None else None
        if signed and self.label(signed[0]):  # Approved by the Principal: Aroha Ngata
            self.value(signed[1], cell, line)
            self.keyed = True
            return
        if len(parts) == 1 and unknown and self.field == "environment.hours" and conditions.names_shift(unknown[1]):
            self.value(text, cell, line)  # 工作时间 | 倒班：白班8:00-16:00，…: the hours, the shift their kind
            return
        if len(parts) == 1 and unknown and unknown[2].strip() and conditions.names_condition(unknown[1]):
            self.condition(unknown[1], unknown[2].strip(), cell, line)  # 出差要求：每月8天, among the basic facts
            return
        if len(parts) == 1 and not unknown and keyed and kind is None:  # Disclosure: Membership of …, after
            unknown = _LABEL_AND_TEXT.match(text)  # Experience: …: a label of its own, with a value of any length
        beside = self.field_beside(cell) if len(parts) == 1 and unknown else None
        if beside and unknown:
            # 工作时间 | 两班制：早班8:30-15:00: the first text beside a label of one text is its value, colon and all
            self.notes.append(Note(self.place(), text, f"kept whole as the value beside {self.heading}, though it "
                                   f"opens with a label no field has ({unknown[1]}); check it", unsure=True,
                                   field=beside))
            self.value(text, cell, line)
            return
        if len(parts) == 1 and unknown and not _SUB_LABEL.match(text) and (
                keyed or self.field is None or self.field in _SCALARS or self.section in ("document", "basic")
                or (kind is None and self.after_item(line) and not SCORING_FORMULA.match(text))):
            self.notes.append(Note(self.place(), text, f"a label no field has ({unknown[1]}), not placed",
                                   label=unknown[1]))
            self.keyed = True
            if self.field in _ONE_TEXT and self.field in self.fields:  # 注：1．… 2．… under 工作时间's value:
                self.field = None  # the lines after it are that label's, no more of a value of one text
            return
        numbered_label = _UNKNOWN_LABEL.match(rest) if kind in ("item", "sub") and keyed and len(parts) == 1 \
            and not unknown else None
        if numbered_label and numbered_label[2].strip() and not _SUB_LABEL.match(rest):
            # 4. 职称要求：… after 3. 工作经历：…: among numbered labels, one no field has
            self.notes.append(Note(self.place(), rest, f"a label no field has ({numbered_label[1]}), not placed",
                                   label=numbered_label[1]))
            self.keyed = True
            return
        other = resolve(parts[1], self.section) if len(parts) > 1 and not parts[0].strip() else None
        if other and other[0] != self.section and self.field and self.label_row == self.row_number \
                and self.label_cell != self.cell_number and cell.where.startswith("table") and not keyed:
            # 培训：组织新员工培训 in the cell beside 岗位职责 (not 日期：… beside 批准：刘国庆, a pair of its own)
            self.value(text, cell, line)
            self.notes.append(Note(self.place(), text, f"kept under {self.heading}, though {parts[1].strip()} names "
                                   "another part of the form; check where it belongs", unsure=True, field=self.field))
            return
        if len(parts) == 3 and kind is None and parts[0].strip() and parts[2].strip() \
                and self.label(f"{parts[0].strip()} {parts[1].strip()}"):
            # Job description prepared by: …: the words before the label and the label, one label of a field
            self.value(parts[2].strip(), cell, line)
            self.keyed = True
            return
        if len(parts) == 3 and kind is None and _LEADING_WORDS.match(parts[0]):
            # Prepared Date: 02/12/2024: the words before the label are the label's, one no field has
            label = f"{parts[0].strip()} {parts[1].strip()}"
            self.notes.append(Note(self.place(), text, f"a label no field has ({label}), not placed", label=label))
            self.field, self.keyed = None, True
            return
        if len(parts) > 1:
            self.item_as_label(text, parts, kind, line)
            before = _BLANK_EDGES.sub("", parts[0].strip())
            if before[-1:] in (":", "：") and heading_like(before[:-1]):
                # Employee Signature: ______  Date: ______: a label of its own before the one known, no value's
                self.notes.append(Note(self.place(), before, "a label no field has, with no value; not placed"))
            elif parts[0].strip():
                self.value(parts[0].strip(), cell, line)
            for index, (label, value) in enumerate(zip(parts[1::2], parts[2::2], strict=True)):
                self.label(label)
                if index < len(parts) // 2 - 1 or kind in ("item", "sub") and len(parts) == 3:
                    # 学历：本科；经验：…, and a) 学历：本科； among items: the separator after a value is no value's
                    value = value.rstrip().rstrip("；;，,")
                elif index and self.field in _SCALARS:  # 岗位名称：保管员；岗位编号：WB-CC-03。: the line's full stop
                    value = value.rstrip().rstrip("。")
                if value.strip():
                    self.value(value.strip(), cell, line)
            self.keyed = bool(parts[-1].strip())
            return
        if kind in (None, "group") and self.ends_text(rest, cell):
            self.unknown_heading(text, rest)
            return
        self.value(text, cell, line)

    def field_beside(self, cell: Cell) -> str | None:
        """The field whose label ``cell`` stands beside in a table's row: one of one text with no value yet;
        None for any other cell."""
        if cell.where.startswith("table") and self.label_row == self.row_number \
                and self.label_cell != self.cell_number and self.field in _ONE_TEXT and self.field not in self.fields:
            return self.field
        return None

    def item_as_label(self, text: str, parts: list[str], kind: str | None, line: Line) -> None:
        """A listed item among the duties opening with a label of another
        part (• Training: deliver induction training): read as that label,
        reported, as it may be a duty titled by its subject."""
        found = resolve(parts[1], self.section) if not parts[0].strip() else None
        if self.field == "duties" and self.fields.get("duties") and (line.numbered or kind in ("item", "bullet")) \
                and found and found[0] not in ("duties", self.section) and found[1]:
            self.notes.append(Note(self.place(), text, f"a listed item among the duties, read as "
                                   f"{found[1]} by its label ({parts[1].strip()}); check that it is not a duty",
                                   unsure=True, field=found[1]))

    def marked_pairs(self, text: str, cell: Cell, line: Line) -> bool:
        """A line of labels each marked by 【】 and followed by its value
        (【岗位】推拿理疗师　【编号】XHT-05): each label read with its value
        whatever the value holds (9:00-18:00), a label no field has reported
        with it. True when ``text`` is one."""
        pieces = _MARKED.split(text)
        if len(pieces) < 3 or not any(piece.strip() for piece in pieces[2::2]):
            return False
        if pieces[0].strip():  # the text before the first label: the current field's
            self.line(dataclasses.replace(line, text=pieces[0].strip()), cell)
        for label, value in zip(pieces[1::2], pieces[2::2], strict=True):
            value = value.strip(" \t\u3000")
            if self.label(label):
                self.keyed = bool(value)
                if value:
                    self.value(value, cell, line)
                continue
            self.notes.append(Note(self.place(), f"【{label}】{value}", f"a label no field has ({label}), not placed",
                                   label=label))
            self.field, self.keyed = None, True
        return True

    def ask(self, asked: questions.Question, cell: Cell, line: Line) -> None:
        """A question of a form of questions and answers: the label of the
        field it asks about, its answer that field's value; one naming no
        field has its answer reported under it."""
        if asked.label and self.label(asked.label):
            self.confidence = Confidence(self.confidence.rule, f"{asked.label}, asked as {asked.words}")
        else:
            self.field = None
        self.heading, self.previous = asked.words, ""
        if asked.answer:
            self.value(asked.answer, cell, line)

    def notice_title(self, text: str, cell: Cell, line: Line) -> bool:
        """A recruitment notice's title above every label (嘉禾物业服务有限公司招聘启事,
        recruitment.py): the organisation it names the issuer. True when ``text`` is one."""
        organisation = recruitment.issuer(text) if self.labels == 0 and self.field is None \
            and cell.where.startswith("paragraph") else None
        if organisation is None:
            return False
        self.form_title(text)
        self.section = "document"
        self.add_to("document.issuer", "the organisation a recruitment notice's title names", organisation, cell, line)
        return True

    def in_force(self, text: str, cell: Cell, line: Line) -> bool:
        """A sentence saying when the form takes effect (本说明书自2024年7月1日起施行。),
        wherever it stands: the effective date. True when ``text`` is one."""
        cover = values.issued_and_in_force(text)
        if cover:  # 2024-01-10发布　　2024-01-15实施, at the foot of a standard's cover
            self.notes.append(Note(self.place(), f"{cover[0]}发布", "the date the document was issued; not placed"))
            self.add_to("document.effective_date", "the date a standard's cover says it takes effect", cover[1],
                        cell, line)
            return True
        date = values.in_force_from(text)
        within = values.in_force_within(text) if date is None else None
        if within and "document.effective_date" not in self.fields:  # the paragraph's other sentences go on
            self.add_to("document.effective_date", "a paragraph's last sentence saying when the form takes effect",
                        within, cell, line)
        if date is None:
            return False
        self.add_to("document.effective_date", "a sentence saying when the form takes effect", date, cell, line)
        return True

    def notice_cover(self, text: str, cell: Cell, line: Line) -> bool:
        """A line of an official notice's cover above every label
        (notice.py): the issuer or the document's number placed, the
        attachment's name reported (it names the form, no second one). True
        when ``text`` is one."""
        cover = notice.cover_line(text) if self.labels == 0 and self.field is None \
            and cell.where.startswith("paragraph") else None
        if cover is None:
            return False
        if cover.field is None:
            self.notes.append(Note(self.place(), text, f"{cover.rule}; not placed"))
        else:
            self.add_to(cover.field, cover.rule, cover.value, cell, line)
        return True

    def ends_text(self, text: str, cell: Cell) -> bool:
        """Whether a paragraph after the value of a field of one text, or the
        first of the lines of a table cell after that value's cell with no
        label between (关于我们 atop the column beside it), looks like a heading, not more of that text (考勤办法
        after 工作时间's value): short, with no sentence's punctuation and no
        figure."""
        if cell.part or self.field not in _ONE_TEXT or self.field not in self.fields or not heading_like(text):
            return False
        if cell.where.startswith("paragraph"):
            return True
        lines = [line.text for line in cell.lines if line.text.strip()]
        return bool(self.previous) and len(lines) > 1 and text in lines[0] \
            and self.fields[self.field][-1].cell != self.cell_number

    def after_item(self, line: Line) -> bool:
        """Whether ``line`` is a paragraph with no number of its own right after
        a numbered or bulleted item of the current field: a ``标签：值`` line
        there (导出时间：… under a list) starts a text of its own, not more of
        the item. A part's numbered heading (1．定量指标) is no such item: its
        categories follow as ``存款类指标：…``."""
        entries = self.fields.get(self.field or "", [])
        return bool(entries) and (entries[-1].kind in ("item", "sub", "bullet") or entries[-1].auto) \
            and indicator_part(entries[-1].text) is None and not line.numbered and not line.continued

    def heading_not_title(self) -> None:
        """A heading above every label taken as the title, when a line that names
        the position before the form's title follows (顺驰供应链管理有限公司 over
        叉车司机岗位说明书), or the title's own label (Position title: under
        About the position): not the title, but a text not placed (the issuer,
        as it stands above the form's title)."""
        guessed = self.fields.get("title", [])
        if guessed and all(entry.confidence.rule is GUESSED for entry in guessed):
            del self.fields["title"]
            self.notes += [Note(entry.where, entry.text) for entry in guessed]

    def markdown_heading(self, text: str, cell: Cell, line: Line) -> None:
        """A Markdown heading (# Backend Engineer, ## About the role): a
        label when it is one; the first, above every label, the position's
        title, to check; any other a heading no field has."""
        if self.label(text):
            return
        if self.labels == 0 and "title" not in self.fields:
            self.section, self.field = "basic", "title"
            self.confidence = Confidence(GUESSED, "a heading above the first label")
            self.add(text, cell.where, line)
            self.section, self.field = "document", None
            return
        self.unknown_heading(text, text)

    def spaced_label(self, text: str, cell: Cell, line: Line) -> bool:
        """``岗位名称<tab>大堂经理``, ``学历 本科``, ``学历………本科``: a label set
        off from its value by a tab (with its leader of dots or not), two
        spaces, a leader of dots typed, or a space beside a Chinese character
        or after an abbreviation's full stop (Document No. HL-031), with no
        colon. True when ``text`` was taken so."""
        for gap in _GAP.finditer(text):
            before, after = text[:gap.start()], text[gap.end():]
            spaced = "\t" in gap[0] or len(gap[0]) > 1 or (  # one space: only a field's own label (学历 本科,
                (values.is_chinese(before[-1:] + after[:1]) or before.endswith("."))  # Document No. HL-031)
                and normalized(before) in FIELD_INDEX)
            if spaced and after and matched(after, self.section) is None and self.label(before):
                self.value(after, cell, line)
                self.keyed = True  # a label and its value, as after a colon
                return True
        return False

    def following(self, text: str) -> list[tuple[str, int]]:
        """The numbering of ``text`` when it follows the last section heading's (五、 after 四、)."""
        return [(style, value) for style, value in values.heading_numbers(text)
                for last_style, last in self.numbers if style == last_style and last < value <= last + 2]

    def next_heading(self, text: str, rest: str) -> bool:
        """A heading numbered next after the last section heading (五、 after
        四、任职资格) whose words no label has: a section the import does not
        know. It and the texts under it are reported, never added to the
        list above. True when ``text`` is one."""
        following = self.following(text)
        if not following or len(rest) > 30 or re.search(r"[。，,；;:：]", rest):
            return False
        self.numbers = following
        self.unknown_heading(text, rest)
        return True

    def unknown_heading(self, text: str, words: str) -> None:
        """A section heading no label has: it and the texts under it are
        reported until the next label, never added to the field above."""
        self.notes.append(Note(self.place(), text, "a section heading no field has; it and the texts under it "
                               "are not placed"))
        self.section, self.field, self.columns, self.resume = "unknown", None, None, None
        self.heading, self.previous = words, ""

    def sub_heading(self, text: str) -> None:
        """A line of its own dividing the requirements (Essential, Desirable,
        必备条件): reported; what is required stays under the requirements,
        what is only preferred is reported line by line, as the spec has no
        place for it."""
        preferred = bool(_PREFERRED.match(text))
        self.notes.append(Note(self.place(), text, "a sub-heading the spec has no place for; the lines under it "
                               + ("are not placed (preferred, not required)" if preferred
                                  else "are kept as requirements"), unsure=not preferred))
        self.heading, self.previous = text.strip(), ""
        if preferred:
            self.field = None

    def value(self, text: str, cell: Cell, line: Line) -> None:
        text = _BLANK_EDGES.sub("", text)  # 审核人：__张三__: the name typed over a blank of underscores
        if not text or _SIGNING_LINE.match(text) or _LEFT_BLANK.match(text):
            return  # 审核人：________, 编制人：（签字）, 日期：    年  月  日: a blank left empty is no value
        standing = stand_ins.stand_in(text)
        if standing:  # 错误!未找到引用源。, 详见附件, 待定: no value
            self.notes.append(Note(self.place(), text, f"{self.field}: {standing}; no value, fill it in"
                                   if self.field else f"{standing}; not placed"))
            return
        if self.field is not None and glossed.slashed_gloss(text):  # 대리/主任: which half, the form does not say
            self.notes.append(Note(self.place(), text, "a value in two languages, kept as written; check which the "
                                   "spec should hold", unsure=True, field=self.field))
        post = recruitment.hired(text) if self.field == "title" else None
        if post:  # 工程维修主管（1名）: the number a notice hires, no part of the title
            text = post[0]
            self.notes.append(Note(self.place(), post[1], f"the number hired for {text}, not the position's "
                                   "headcount; not placed"))
        sub_label = _SUB_LABEL.match(text)
        if sub_label and self.field is not None:  # 必备条件：本科以上: the condition is kept, its sub-label reported
            text = text[sub_label.end():].strip()
            self.notes.append(Note(self.place(), sub_label[0].strip(), f"a sub-label the spec has no place for, "
                                   f"taken off \"{text[:20]}\"; check whether it matters", unsure=True))
        choice = values.ticked(text)
        if choice is not None:  # □大专 ☑本科 □硕士: the value is the option ticked
            chosen, options = choice
            if not chosen:
                self.notes.append(Note(self.place(), text, f"none of {options} boxes is ticked; not placed"))
            for option in chosen:
                self.add(option, cell.where, line)
            return
        if self.sub_item(text, cell, line):
            return
        if ARROWS.search(text) and self.section in ("relationships", "career_path", "basic"):
            self.chain([part for part in ARROWS.split(text) if part.strip()], cell.where)
            return
        kind, rest = values.numbering(text)
        parted = requirements.sentence_items(rest) if self.field == "qualifications.experience" \
            and self.confidence.rule is POSITION and kind is None else []
        for part in parted:  # 高中及以上文化程度；2年以上…经验；持有…证。 under 任职要求: each an item of its own
            self.requirement(part, "item", cell, line)
        if not parted:
            self.requirement(rest, kind, cell, line)

    def requirement(self, rest: str, kind: str | None, cell: Cell, line: Line) -> None:
        """A text of the current field, its numbering ``kind`` taken off; under
        a part's label with no field's (任职要求), a requirement placed in the
        field its shape names."""
        studied = requirements.education_and_major(rest) if self.field == "qualifications.experience" \
            and self.confidence.rule is POSITION and "qualifications.education" not in self.fields else None
        if studied:  # 大专及以上学历，机电一体化等相关专业, under 任职要求: the education, and the major after it
            self.add_to("qualifications.education", "the education a requirement states", studied[0], cell, line)
            if "qualifications.major" in self.fields:
                self.notes.append(Note(self.place(), studied[1], "a major after the education, but the major is "
                                       "given already; not placed"))
            else:
                self.add_to("qualifications.major", "the major a requirement states after the education", studied[1],
                            cell, line)
        elif self.field == "qualifications.experience" and self.confidence.rule is POSITION and kind is not None \
                and (alone := requirements.alone(rest)) and alone not in self.fields:
            # ✅ 大专及以上学历；, ✅ …等相关专业；, ✅ 持有健康证；: each an item of its own under 任职要求
            self.add_to(alone, "a requirement naming its field by its shape", requirements.certificate_name(rest),
                        cell, line)
        elif self.field == "qualifications.experience" and _DEGREE.match(rest) \
                and "qualifications.education" not in self.fields:  # A PhD in chemistry, under Essential
            self.add_to("qualifications.education", "a degree named among the requirements", rest, cell, line, kind)
        elif self.field == "qualifications.experience" and "qualifications.education" not in self.fields \
                and normalized(self.heading) in _QUALIFICATIONS and normalized(line.text).startswith(
                    normalized(self.heading)) and not _EXPERIENCE.search(rest) and not _CERTIFICATE.search(rest):
            # Qualifications: NCEA Level 2 or equivalent, over Experience: …: the qualification held, the education
            self.add_to("qualifications.education", "the value of a line labelled Qualifications", rest, cell, line,
                        kind)
        elif self.field == "qualifications.experience" and _CERTIFICATE.search(rest) and (
                self.confidence.rule is POSITION
                or kind is not None and requirements.alone(rest) == "qualifications.certificates"):
            # D2 GMDSS General Operator's Certificate, under Requirements; d) 持有C1机动车驾驶证。 after c) 经验：…
            self.add_to("qualifications.certificates", "a certificate named among the requirements",
                        requirements.certificate_name(rest), cell, line, kind)
        elif self.field == "qualifications.experience" and self.confidence.rule is POSITION \
                and _PREFERRED_AT_END.search(rest):  # Associate degree in business preferred, under Qualifications
            self.notes.append(Note(self.place(), rest, "a qualification preferred, not required; not placed"))
        elif self.field == "qualifications.experience" and self.confidence.rule is POSITION \
                and requirements.named_field(rest) in ("qualifications.knowledge", "qualifications.abilities"):
            self.add_to(str(requirements.named_field(rest)), "a requirement naming knowledge or an ability", rest,
                        cell, line, kind)  # Sound knowledge of the VET sector, under Essential
        else:
            if self.field == "qualifications.experience" and self.confidence.rule is POSITION \
                    and not _EXPERIENCE.search(rest):  # D4 Good command of English, under Requirements
                self.notes.append(Note(self.place(), rest, f"placed in qualifications.experience as the first field "
                                       f"under {self.heading}, though it names no experience; check where it belongs",
                                       unsure=True, field="qualifications.experience"))
            self.add(rest, cell.where, line, kind)

    def sub_item(self, text: str, cell: Cell, line: Line) -> bool:
        """A sub-item lettered under a numbered duty, its letter running on
        from the duty (sub_items.py): kept whole, to be written after that
        duty. True when ``text`` is one. (Under a part's numbered heading, as
        the indicators' 1. Quantitative indicators, (a) numbers items of their own.)"""
        letter = sub_items.marker(text)
        entries = self.fields.get("duties", []) if self.field == "duties" else []
        if letter is None or not entries:
            return False
        last = entries[-1]
        if last.kind == sub_items.LETTERED:
            before = sub_items.marker(last.text)
        elif last.kind == "item" or last.auto:
            before = None
        else:
            return False
        if not sub_items.follows(letter, before):
            return False
        self.add(text.strip(), cell.where, line, sub_items.LETTERED)
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

    def add_to(self, field: str, rule: str, text: str, cell: Cell, line: Line, kind: str | None = None) -> None:
        """``text`` added to ``field``, placed by ``rule`` (a text's own shape, not a label), the current
        field going on after it."""
        current, confidence = self.field, self.confidence
        self.field, self.confidence = field, Confidence(POSITION, rule)
        self.add(text, cell.where, line, kind)
        self.field, self.confidence = current, confidence

    def charted(self, text: str) -> bool:
        """A chart drawn down the page, each box a paragraph or a text box and
        an arrow down between them (宣教部主任 ↓ 讲解员 ↓ 志愿讲解员): the text
        above the first arrow is taken back from where it went, and the boxes
        are read as one chain. True when ``text`` was taken so."""
        if _DOWN_ARROW.match(text):
            if not self.chart and self.placed and self.previous:
                self.chart = [self.placed.pop().text]
                self.fields = {name: entries for name, entries in self.fields.items() if entries}
            self.arrowed = bool(self.chart)
            return bool(self.chart)
        if self.arrowed:
            self.chart.append(text)
            self.arrowed = False
            return True
        self.end_chart()
        return False

    def end_chart(self) -> None:
        if self.chart:
            self.chain(self.chart, "")
            self.chart = []

    def chain(self, texts: list[str], where: str) -> None:
        boxes = [text.strip() for text in texts if not _ARROW_ONLY.match(text)]
        kind = "career" if self.section == "career_path" else "reporting"
        if boxes:
            self.chains.append((kind, boxes, self.place()))


def recognize(rows: list[Row]) -> Recognized:
    """The spec data of the form in ``rows``, with what could not be placed."""
    rows, furniture = _without_page_furniture(digit_boxes.joined(rows))
    rows, history = revision_history.apart(rows)
    furniture += history
    rows, second, language = second_version.split(rows)
    rows, translated = parallel_text.read(rows)
    furniture += [Note(Place(f'in the body, beside "{shortened(" ".join(rows[index][0].text.split()))}"'), text,
                       "the translation in a parallel text's other column; not placed") for index, text in translated]
    rows, glosses = label_columns.without_glosses(rows, lambda text: resolve(text, "basic") is not None)
    furniture += [Note(Place(f"in the table of {label}"), "、".join(texts), "the labels' glosses in another "
                       "language, a column of their own beside them; not placed") for label, texts in glosses]
    walk = _Walk()
    walk.answering = questions.answers(rows)
    for row in rows:
        walk.row(row)
    walk.end_chart()
    if walk.labels < 2:
        by_layout = _by_layout(rows)
        if by_layout is None:
            held = [*walk.unread, *([f"{plural(walk.pictures, 'picture')}, whose text the import cannot read (a "
                                     "scanned form is a picture: import the document it was made from, or type it)"]
                                    if walk.pictures else [])]
            held_text = f"; the document holds {'; '.join(held)}" if held else ""
            return Recognized({}, walk.notes, error="no job-description form recognised: none of its labels "
                                      f"(职位名称, 所属部门, 职位概要, 主要职责, ...) was found{held_text}")
        walk = by_layout
    walk.notes[:0] = furniture
    walk.notes += second_version.reported(second, language, walk.order, second_version.prevailing(rows + second))
    def distinct(field: str) -> list[str]:
        return list(dict.fromkeys(entry.text for entry in walk.fields.get(field, [])))

    titles = distinct("title")  # two titles alone may be a misread label; with two departments or ids, two forms
    twice = max(walk.form_titles.values(), default=0) > 1
    if twice or (len(titles) > 1 and (len(distinct("basic.department")) > 1 or len(distinct("id")) > 1)):
        if not twice and not all(_names_position(title) for title in titles):  # a sentence is no second title
            walk.notes.append(Note(walk.fields["title"][0].where, "、".join(titles[1:]), "looked like a second "
                                   "position's title, but not every title found names a position; the document "
                                   "was imported as one position: check it", unsure=True, field="title"))
        elif not twice and _one_in_two_languages(titles):  # 酿酒师 and Winemaker: one title, translated
            walk.notes.append(Note(walk.fields["title"][0].where, titles[1], f"a second title in another language, "
                                   f"taken as the translation of \"{titles[0]}\", so the document was imported as "
                                   "one position: check it", unsure=True, field="title"))
        else:
            named = f" ({', '.join(titles)})" if len(titles) > 1 else ""
            return Recognized({}, walk.notes, error=f"the document holds more than one position{named}; split it "
                              "into one document per position and import each")
    unit_and_section.issuer_apart(walk.fields)
    walk.notes += doubled_fields.flagged(walk.fields) + label_in_value.flagged(walk.fields)
    walk.notes += odd_values.flagged(walk.fields, {note.text for note in walk.notes})
    return Assembly(walk).result()


_SIGNING_LINE = re.compile(r"^[\s_＿]*_[\s_＿]*$")
_LEFT_BLANK = re.compile(r"^[\s_＿]*(?:[(（]\s*(?:签字|签名|签章|盖章|签字盖章|signature|sign here)\s*[)）]"
                         r"|年[\s_＿]*月[\s_＿]*日|(?:yyyy|dd|mm)[-/.](?:mm|dd)[-/.](?:dd|mm|yyyy))[\s_＿]*$",
                         re.IGNORECASE)
"""A blank the form leaves to fill in, with only its instruction or its date's frame: （签字）, 年 月 日."""
_BLANK_EDGES = re.compile(r"^[_＿]{2,}\s*(?=\S)|(?<=\S)\s*[_＿]{2,}$")
"""The underscores of a blank a value was typed over, before and after it (__张三__)."""
"""A line to sign on: underscores and nothing else."""
_SIGNER_NAME = re.compile(r"^(?:[^:：]*[\s/／])?(?:Name|姓名)\s*[:：]\s*(?P<name>\S.*)$", re.IGNORECASE)
"""A signature block's name line (Name: …, Nama / Name: …, 姓名：…)."""
_SIGNERS = ("document.prepared_by", "document.approved_by")

_SENTENCE_MARKS = re.compile(r"[，。；;《》“”！？!?]|[:：]\S")


def _names_position(title: str) -> bool:
    """Whether a title found reads as a position's name: short, with no sentence's marks (按《岗位体系表》…填写 is
    a template's note, not a second position), and made of letters (an emoji, 🏢, names none)."""
    return len(title) <= 40 and not _SENTENCE_MARKS.search(title) and any(character.isalpha() for character in title)


def _one_in_two_languages(titles: list[str]) -> bool:
    """Whether two titles found are one in two languages (酿酒师 and Winemaker): a title and its translation."""
    return len(titles) == 2 and {slashed.language(title) for title in titles} == {"zh", "en"}


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


def _without_page_furniture(rows: list[Row]) -> tuple[list[Row], list[Note]]:
    """``rows`` without a pasted PDF's page numbers and running headers (page_furniture.py), each reported."""
    kept, gone = page_furniture.dropped(rows)
    notes = []
    dropped = {index for index, _, _ in gone}
    for index, text, reason in gone:
        before = next((" ".join(rows[above][0].text.split()) for above in range(index - 1, -1, -1)
                       if above not in dropped and rows[above] and rows[above][0].text), "")
        notes.append(Note(Place(f'in the body, after "{shortened(before)}"' if before else "in the body"), text,
                          reason))
    return kept, notes


def _by_layout(rows: list[Row]) -> _Walk | None:
    """The first pass over what a form's layout gives (fallback.py), when its
    labels were not found as the rules know them: each value placed by it
    flagged, quoting the label the form gave it; the texts in no pair
    reported. None when it gives no known label."""
    found = fallback.read([row for row in rows if row and row[0].part != UNREAD])
    walk = _Walk()
    for row in [row for row in rows if row and row[0].part == UNREAD] + found.rows:
        walk.row(row)
    if not any(walk.fields.values()):
        return None
    for name, entries in walk.fields.items():
        own, known = found.labels.get(name, ("", ""))
        rule = f'the form\'s label "{own}" read as {known}' if own else "a value read by the form's layout"
        walk.fields[name] = [dataclasses.replace(entry, confidence=Confidence(GUESSED, rule)) for entry in entries]
    for cell in found.rest:
        walk.order += 1
        walk.notes.append(Note(Place(f"in {cell.where}", walk.order), " ".join(cell.joined.split()),
                               "no label of the form was recognised here (the form was read by its layout); "
                               "not placed"))
    return walk


_LANGUAGES = {"en": "English", "zh": "Chinese"}


_language = slashed.language
"""zh, en or None (BE-SR-02 is en)."""


_IN_BRACKETS = re.compile(r"\s*[(（]([^()（）]*[\u3400-\u9fff][^()（）]*)[)）]")


def _translated_in_brackets(text: str) -> tuple[str, list[str]]:
    """An English text with its Chinese translation in brackets after it, or
    after each of its parts (Education（学历）: Bachelor's degree（本科）): the
    English, and the Chinese taken off; ``(text, [])`` for any other text."""
    english = _IN_BRACKETS.sub("", text).strip()
    if values.is_chinese(english) or not re.search(r"[A-Za-z]", english):
        return text, []
    return english, _IN_BRACKETS.findall(text)


_BAR = re.compile(r"\s+[|｜]\s+")
"""A bar with spaces around it, setting texts of one line apart (Job ID: R-24-0317 | Posted 5 days ago)."""
_BARRED_PAIR = re.compile(r"^[^\s\d:：。，,；;、|｜][^:：。，,；;、|｜]{0,20}[:：]")
"""A piece of such a line that starts with a label and a colon (Job ID:)."""
_PAIR_START = re.compile(r"^[^\s\d:：。，,；;、]{1,10}\s*[:：]")
"""A piece of a line that starts with a short label and a colon (审核人：)."""


def _spaced_pairs(text: str) -> list[str]:
    """``text`` cut into its ``label：value`` pairs where wide gaps set them
    apart (岗位名称：  对公客户经理　　岗位编号：  GS-KH-03); a piece after a
    gap that starts no pair stays with the pair before it (the blank's
    padding). One piece for a line of one pair."""
    pairs: list[str] = []
    for piece in _WIDE_GAP.split(text.strip()):
        if pairs and not _PAIR_START.match(piece):  # Name: John  Smith; 岗位名称：  柜员
            gap = "" if pairs[-1].endswith((":", "：")) or values.is_chinese(pairs[-1][-1:] + piece[:1]) else " "
            gap = " " if values.parse_date(piece) else gap  # 审核人：黎明华　　2024.6.3: the date signed kept apart
            pairs[-1] += gap + piece.strip()
        elif piece.strip():
            pairs.append(piece.strip())
    labelled = [pair for pair in pairs if _PAIR_START.match(pair)]
    return pairs if len(labelled) > 1 and len(labelled) >= len(pairs) - 1 else [text]


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
