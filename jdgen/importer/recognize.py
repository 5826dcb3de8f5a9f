"""Recognise a form's parts by their labels, whatever the layout: the first
pass of the import.

It walks the rows of located cells: a cell or line that is a label
(field_labels.py) moves to its section and field, every other line is an entry
of the current field (``label：value`` inside a line counts as both). Rows
of column headings hand their fields to the rows below; a row of label |
value pairs whose label no field has is reported whole. The second pass
(assemble.py) turns each field's entries into the spec's values.

The walk reads each cell here; what it knows as it goes, its table rows and
its lines are walk_state.py's, walk_rows.py's and walk_lines.py's.
"""

from __future__ import annotations

import dataclasses
import re

from jdgen.diagnostics import plural
from jdgen.importer import (
    digit_boxes,
    doubled_fields,
    duty_groups,
    fallback,
    label_columns,
    label_in_value,
    odd_values,
    page_furniture,
    parallel_text,
    questions,
    revision_history,
    second_version,
    signature,
    slashed,
    unit_and_section,
)
from jdgen.importer.assemble import Assembly
from jdgen.importer.confidence import GUESSED, POSITION, Confidence
from jdgen.importer.entries import FormLine, Note, Place, Recognized, shortened
from jdgen.importer.field_labels import (
    SECTION_INDEX,
    is_form_title,
    normalized,
    resolve,
)
from jdgen.importer.reading import UNREAD, Cell, Line, Row, join_lines
from jdgen.importer.walk_lines import LineShapes
from jdgen.importer.walk_rows import RowShapes
from jdgen.importer.walk_state import ARROW_ONLY

_RELATIONS = {"relationships.internal", "relationships.external"}


class Walk(RowShapes, LineShapes):
    """The first pass: each line to the field its label names."""

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
                    if not ARROW_ONLY.match(text):
                        self.add(text.strip(), cell.where)
        elif nested:
            self.chain([text for texts in nested for text in texts], cell.where)


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
    walk = Walk()
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


"""A line to sign on: underscores and nothing else."""

_SENTENCE_MARKS = re.compile(r"[，。；;《》“”！？!?]|[:：]\S")


def _names_position(title: str) -> bool:
    """Whether a title found reads as a position's name: short, with no sentence's marks (按《岗位体系表》…填写 is
    a template's note, not a second position), and made of letters (an emoji, 🏢, names none)."""
    return len(title) <= 40 and not _SENTENCE_MARKS.search(title) and any(character.isalpha() for character in title)


def _one_in_two_languages(titles: list[str]) -> bool:
    """Whether two titles found are one in two languages (酿酒师 and Winemaker): a title and its translation."""
    return len(titles) == 2 and {slashed.language(title) for title in titles} == {"zh", "en"}


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


def _by_layout(rows: list[Row]) -> Walk | None:
    """The first pass over what a form's layout gives (fallback.py), when its
    labels were not found as the rules know them: each value placed by it
    flagged, quoting the label the form gave it; the texts in no pair
    reported. None when it gives no known label."""
    found = fallback.read([row for row in rows if row and row[0].part != UNREAD])
    walk = Walk()
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





















