"""What the walk (recognize.py) knows as it goes: the section and field
it is in, the entries of each field so far, the tables met; and how a text is
added to a field. Its rows (walk_rows.py) and lines (walk_lines.py) read on
from here."""

from __future__ import annotations

import re

from jdgen.importer import conditions, frequency_table, glossed, notes_column, slashed
from jdgen.importer.confidence import GUESSED, POSITION, Confidence
from jdgen.importer.entries import FormLine, Note, Place, shortened
from jdgen.importer.field_labels import FIELD_INDEX, SECTION_INDEX, THIS_POSITION, matched, normalized, resolve
from jdgen.importer.reading import Cell, Line

ARROW_ONLY = re.compile(r"^[↓↑→←⇩⬇|│\s]*$")

_DOWN_ARROW = re.compile(r"^\s*[↓⇩⬇]\s*$")
"""A line holding only an arrow down: between two boxes of a chart drawn down the page."""

SCALARS = {"title", "id", "document.number", "document.issuer", "document.prepared_by", "document.approved_by",
           "document.effective_date", "basic.department", "basic.prepared_on", "basic.headcount", "basic.supervised",
           "basic.grade", "basic.reports_to", "qualifications.education", "qualifications.knowledge",
           "environment.place", "environment.hours", "physical"}
"""Fields of one value: a line with another label under them is not theirs."""

ONE_TEXT = SCALARS | {"summary", "basic.work_location"}
"""Fields of one text: a table under their paragraph value does not go on with it."""

SUB_HEADING = re.compile(r"^\s*(?:必备条件|必要条件|基本要求|优先条件|加分条件|加分项|优先考虑|Essential|Required|"
                         r"Desirable|Preferred)(?:\s+Criteria)?\s*[:：]?\s*$", re.IGNORECASE)
"""A requirements' sub-heading on a line of its own (Essential, Desirable)."""

PREFERRED = re.compile(r"^\s*(?:优先条件|加分条件|加分项|优先考虑|Desirable|Preferred)", re.IGNORECASE)

SIGNING_LINE = re.compile(r"^[\s_＿]*_[\s_＿]*$")


LANGUAGES = {"en": "English", "zh": "Chinese"}


class WalkState:
    """The walk's state, and a text added to a field."""

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
        self.listed_pair = False
        """Whether the last line was a list item opened by its label (• Experience: …): an item with no label
        after it is no more of that value (labelled_items.py)."""
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
            self.form_titles[slashed.language(text)] = self.form_titles.get(slashed.language(text), 0) + 1

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

    def condition(self, name: str, value: str, cell: Cell, line: Line) -> None:
        """A label no field has that names a condition of the work (出差要求,
        conditions.py) and its value: a working condition, the current field
        going on after it."""
        self.cell_number += 1
        rule = f"a label naming a condition of the work ({name})"
        self.add_to("environment.conditions", rule, name, cell, line, conditions.LABELLED)
        self.add_to("environment.conditions", rule, value, cell, line, conditions.LABELLED)

    def bilingual_label(self, cell: Cell) -> bool:
        """A label cell in two languages, one field's label in each (Job Title
        over 职位名称): the form is bilingual, the language of its first line
        the source. True when ``cell`` is one."""
        lines = [line.text.strip() for line in cell.lines if line.text.strip()]
        split = slashed.halves(lines[0]) if len(lines) == 1 and not cell.nested else None
        if split and resolve(split[0], self.section) is not None \
                and resolve(split[0], self.section) == resolve(split[1], self.section) and self.label(lines[0]):
            self.source = slashed.language(split[0])  # 所属部门 / Department: bilingual, the first half the source
            return True
        if len(lines) != 2 or cell.nested or len({slashed.language(text) for text in lines} - {None}) != 2:
            return False
        first, second = (resolve(text, self.section) for text in lines)
        if first is None or first != second or not self.label(lines[0]):
            return False
        self.source = slashed.language(lines[0])
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
        language = slashed.language(text)
        if self.source is None or language is None:
            return False
        if language == self.source:
            self.source_cell = self.cell_number
            return False
        if self.source_cell != self.cell_number:
            return False
        self.notes.append(Note(self.place(), text, f"a bilingual form: the {LANGUAGES[language]} under the "
                               f"{LANGUAGES[self.source]} above it, taken for its translation; not placed"))
        return True

    def charts_position(self, rows: list[list[str]]) -> bool:
        """Whether a small table holds this position's box (a reporting chart)."""
        titles = {normalized(entry.text) for entry in self.fields.get("title", [])} | THIS_POSITION
        return any(normalized(text) in titles for texts in rows for text in texts)

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
        boxes = [text.strip() for text in texts if not ARROW_ONLY.match(text)]
        kind = "career" if self.section == "career_path" else "reporting"
        if boxes:
            self.chains.append((kind, boxes, self.place()))

    def cell(self, cell: Cell) -> None:
        """Each line of ``cell`` read (recognize.py's Walk)."""
        raise NotImplementedError
