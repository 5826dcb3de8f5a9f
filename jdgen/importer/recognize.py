"""Recognise a form's parts by their labels, whatever the layout, and turn
what each part holds into spec data.

Two passes. The first walks the rows of located cells: a cell or line that
is a label (labels.py) moves to its section and field, every other line is
an entry of the current field (``label：value`` inside a line counts as
both). The second turns each field's entries into the spec's values, typed
where the spec types them (values.py). Every non-empty line ends up in the
data or in ``unplaced``; a value that cannot be typed is kept in ``untyped``,
never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from jdgen.importer import values
from jdgen.importer.labels import (
    COUNTER_HEADINGS,
    FORM_TITLES,
    INLINE,
    NONE_TEXTS,
    SECTION_INDEX,
    THIS_POSITION,
    is_form_title,
    normalized,
    resolve,
)
from jdgen.importer.reading import Cell, Line, Row

ARROWS = re.compile(r"\s*(?:→|->|—>|=>|⇒|➝|➔)\s*")
_ARROW_ONLY = re.compile(r"^[↓↑→←⇩⬇|│\s]*$")


@dataclass
class Entry:
    text: str
    where: str
    kind: str | None = None
    """Typed numbering the line had: group, item, sub, bullet."""
    auto: bool = False
    """Numbered by Word's automatic numbering."""
    level: int = 0
    number_format: str = ""
    cell: int = 0
    """Which cell it came from (entries of one cell share it)."""
    row: int = 0


@dataclass
class Note:
    where: str
    text: str
    reason: str = "text not placed"

    def format(self, path: str) -> str:
        return f'{path}: {self.where}: {self.reason}: "{self.text}"'


@dataclass
class Recognized:
    data: dict
    notes: list[Note] = field(default_factory=list)
    """Texts not placed and values not typed, each located."""
    filled: int = 0
    """Fields given a value."""
    error: str | None = None
    """Why no spec can be made (no form, two positions)."""


class _Walk:
    """The first pass: each line to the field its label names."""

    def __init__(self) -> None:
        self.section, self.field = "head", None
        self.fields: dict[str, list[Entry]] = {}
        self.chains: list[tuple[str, list[str], str]] = []
        self.title_lines: list[Entry] = []
        self.notes: list[Note] = []
        self.labels = self.form_titles = 0
        self.cell_number = self.row_number = 0
        self.in_table = False
        self.resume: tuple[str, str | None] | None = None
        """Where the last table stopped, for a table that continues it."""
        self.pairs_table: str | None = None
        """The table whose last row was label | value pairs."""
        self.columns: list[str | None] | None = None
        """The fields of a row of column headings (内部工作关系 | 外部工作关系), for the rows under it."""

    def label(self, text: str) -> bool:
        found = resolve(text, self.section)
        if found is None:
            return False
        self.section, self.field = found
        self.resume = None
        self.labels += 1
        return True

    def add(self, text: str, where: str, line: Line | None = None, kind: str | None = None) -> None:
        if self.field is None:
            self.notes.append(Note(where, text))
            return
        self.fields.setdefault(self.field, []).append(Entry(
            text, where, kind, bool(line and line.numbered), line.level if line else 0,
            line.number_format if line else "", self.cell_number, self.row_number))

    def row(self, row: Row) -> None:
        self.row_number += 1
        if not row:
            return
        in_table = row[0].where.startswith("table")
        if self.in_table and not in_table:  # text under a table belongs to no field until a label says so,
            self.resume, self.field = (self.section, self.field), None
        elif in_table and not self.in_table and self.field is None and self.resume:
            self.section, self.field = self.resume  # but a table after it may continue the last one (（续）)
        self.in_table = in_table
        # a column of row numbers and its heading are the form's numbering
        cells = [cell for cell in row if (cell.text or cell.nested) and not _COUNTER.match(cell.text)
                 and normalized(cell.text) not in COUNTER_HEADINGS]
        found = [resolve(cell.text, self.section) if not cell.nested else None for cell in cells]
        if self.section == "environment" and len(cells) >= 2 and not any(found):  # 出差要求 | 不限
            self.field = "conditions"
            self.cell_number += 1
            self.add(cells[0].text, cells[0].where)
            self.cell_number += 1
            for cell in cells[1:]:
                for line in cell.lines:
                    if line.text.strip():
                        self.add(line.text.strip(), cell.where, line)
            return
        if len(cells) >= 2 and all(found):
            heads = cells
            if normalized(cells[0].text) in SECTION_INDEX and len(cells) > 2:  # 工作联系 | 内部… | 外部…
                self.cell(cells[0])
                heads = cells[1:]
            if len(heads) >= 2:  # column headings: the rows below hold their values
                self.columns = []
                for cell in heads:
                    self.cell(cell)
                    self.columns.append(self.field)
                return
        if self.columns and not any(found) and len(cells) == len(self.columns):
            for name, cell in zip(self.columns, cells):
                self.field = name
                self.cell(cell)
            return
        if any(found):
            self.columns = None
        if in_table and self.pairs(cells, found, row[0].where.split(",")[0]):
            return
        for cell in cells:
            self.cell(cell)

    def pairs(self, cells: list[Cell], found: list, table: str) -> bool:
        """A row of label | value pairs where a label is one the form's own
        (年龄 | 25-35岁 beside 学历 | 本科): its value is no field's, and is
        reported with it. True when the row was taken so."""
        start = 1 if cells and normalized(cells[0].text) in SECTION_INDEX else 0
        rest, known = cells[start:], found[start:]
        shaped = len(rest) >= 2 and len(rest) % 2 == 0 and not any(known[1::2]) and all(
            label or _unknown_label(cell) for cell, label in zip(rest[::2], known[::2]))
        # a row of pairs with a label the form knows, or after such rows, in the same table
        # (not a level's row of experience: 中级客户经理 | its list)
        paired = shaped and (any(known[::2]) or (self.pairs_table == table and self.field != "experience"))
        self.pairs_table = table if paired else None
        if not paired or all(known[::2]):
            return False
        for cell in cells[:start]:
            self.cell(cell)
        for label, value, name in zip(rest[::2], rest[1::2], known[::2]):
            if name is None:
                self.field = None
            self.cell(label)
            self.cell(value)
        self.field = None
        return True

    def cell(self, cell: Cell) -> None:
        self.cell_number += 1
        stacked = len(cell.lines) > 1 and self.label(cell.text)  # a label over lines: 基本 / 信息
        lines = [] if stacked else cell.lines
        titles = [index for index, line in enumerate(lines) if is_form_title(line.text)]
        if titles:  # the lines above the form's title in its cell name the issuer
            issuer = join_lines([line.text for line in lines[:titles[0]]])
            if issuer:
                self.fields.setdefault("issuer", []).append(Entry(issuer, cell.where))
            lines = lines[titles[0]:]
        for line in lines:
            self.line(line, cell)
        if cell.nested:
            self.chain([text for texts in cell.nested for text in texts], cell.where)

    def line(self, line: Line, cell: Cell) -> None:
        text = line.text.replace("\t", " ").strip()
        if not text:
            return
        if is_form_title(text):
            self.form_titles += 1
            self.section, self.field = "head", None
            return
        for title in FORM_TITLES:  # 某银行客户经理岗位说明书, a line of its own outside the form's fields
            if text.endswith(title) and normalized(text[: -len(title)]) and self.field is None \
                    and cell.where.startswith("paragraph"):
                self.form_titles += 1
                self.title_lines.append(Entry(text[: -len(title)].strip(" ·-—"), cell.where))
                return
        kind, rest = values.numbering(text)
        # a numbered heading (三、岗位职责) is a label, but not a group's title under its label
        # (一、岗位职责), nor a short word that happens to be one (二、岗位)
        found = resolve(rest, self.section) if kind == "group" else None
        heading = found not in (None, (self.section, self.field)) and (
            normalized(rest) in SECTION_INDEX or len(normalized(rest)) >= 4)
        if (kind is None or heading) and self.label(rest if kind else text):
            return
        parts = INLINE.split(text)
        if len(parts) > 1:
            if parts[0].strip():
                self.value(parts[0].strip(), cell, line)
            for label, value in zip(parts[1::2], parts[2::2]):
                self.label(label)
                if value.strip():
                    self.value(value.strip(), cell, line)
            return
        self.value(text, cell, line)

    def value(self, text: str, cell: Cell, line: Line) -> None:
        if ARROWS.search(text) and self.section in ("relationships", "career_path", "basic"):
            self.chain([part for part in ARROWS.split(text) if part.strip()], cell.where)
            return
        kind, rest = values.numbering(text)
        self.add(rest, cell.where, line, kind)

    def chain(self, texts: list[str], where: str) -> None:
        boxes = [text.strip() for text in texts if not _ARROW_ONLY.match(text)]
        kind = "career" if self.section == "career_path" else "reporting"
        if boxes:
            self.chains.append((kind, boxes, where))


def recognize(rows: list[Row]) -> Recognized:
    """The spec data of the form in ``rows``, with what could not be placed."""
    walk = _Walk()
    for row in rows:
        walk.row(row)
    if walk.labels < 2:
        return Recognized({}, walk.notes, error="no job-description form recognised: none of its labels "
                          "(职位名称, 所属部门, 职位概要, 主要职责, ...) was found")
    def distinct(field: str) -> list[str]:
        return list(dict.fromkeys(entry.text for entry in walk.fields.get(field, [])))

    titles = distinct("title")  # two titles alone may be a misread label; with two departments or ids, two forms
    if walk.form_titles > 1 or (len(titles) > 1 and (len(distinct("department")) > 1 or len(distinct("id")) > 1)):
        named = f" ({', '.join(titles)})" if len(titles) > 1 else ""
        return Recognized({}, walk.notes, error=f"the document holds more than one position{named}; split it "
                          "into one document per position and import each")
    return _Assemble(walk).result()


def _unknown_label(cell: Cell) -> bool:
    """Whether a cell looks like a label (short, one line, no sentence)."""
    text = normalized(cell.text)
    return 0 < len(text) <= 6 and len([line for line in cell.lines if line.text.strip()]) == 1 \
        and not re.search(r"[。，,；;、]|\d", text) and not cell.nested


def join_lines(texts: list[str]) -> str:
    """Lines of one text joined as jdgen joins wrapped lines: nothing between
    East Asian characters, a space elsewhere."""
    text = ""
    for part in (part.strip() for part in texts):
        if not part:
            continue
        if text and not (_wide(text[-1]) or _wide(part[0])):
            text += " "
        text += part
    return text


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


_SEMICOLONS = re.compile(r"\s*；\s*")
_GROUP_FORMATS = {"chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                  "upperLetter", "upperRoman", "japaneseCounting", "taiwaneseCounting"}
"""Word numbering formats of group headings: 一、 甲、 A. I."""
_COUNTER = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．]?\s*$")
_ENUMERATION = re.compile(r"\s*[、，,]\s*")


class _Assemble:
    """The second pass: each field's entries to the spec's values."""

    def __init__(self, walk: _Walk) -> None:
        self.walk = walk
        self.notes = walk.notes
        self.level_ids: dict[str, str] = {}
        """Level names to the ids made for them, in the order met."""

    def result(self) -> Recognized:
        fields = {name: entries for name, entries in self.walk.fields.items()
                  if not all(normalized(entry.text) in NONE_TEXTS for entry in entries)}
        data: dict = {}
        for key in ("title", "id"):
            if key in fields:
                data[key] = self.scalar(fields[key])
        document = {key: self.scalar(fields[key]) for key in ("number", "issuer", "prepared_by", "approved_by")
                    if key in fields}
        if "effective_date" in fields:
            document["effective_date"] = self.typed(fields["effective_date"], values.parse_date, "a date")
        basic = {"department": self.scalar(fields["department"])} if "department" in fields else {}
        for key, parse, what in (("prepared_on", values.parse_date, "a date"),
                                 ("headcount", values.parse_count, "a number of people"),
                                 ("supervised", values.parse_count, "a number of people"),
                                 ("grade", values.parse_grade, "a grade")):
            if key in fields:
                basic[key] = self.typed(fields[key], parse, what)
        if "reports_to" in fields:
            basic["reports_to"] = self.scalar(fields["reports_to"])
        if "subordinates" in fields:
            basic["subordinates"] = self.items(fields["subordinates"], split=_ENUMERATION)
        self.title_lines(data, document)
        self.chains(data, basic)
        data["document"], data["basic"] = document, basic
        data["relationships"] = {key: self.items(fields[key]) for key in ("internal", "external") if key in fields}
        if "summary" in fields:
            data["summary"] = self.scalar(fields["summary"], join=True)
        if "duties" in fields:
            data["duties"] = self.duties(fields["duties"])
        if "indicators" in fields:
            data["indicators"] = self.indicators(fields["indicators"])
        data["authority"] = {key: self.items(fields[key]) for key in ("work", "expenses", "personnel")
                             if key in fields}
        qualifications = {}
        for key in ("education", "knowledge"):
            if key in fields:
                qualifications[key] = self.scalar(fields[key], join=True)
        if "experience" in fields:
            qualifications["experience"] = self.experience(fields["experience"])
        for key in ("certificates", "abilities", "qualities"):
            if key in fields:
                qualifications[key] = self.items(fields[key])
        data["qualifications"] = qualifications
        if "career_path" in fields:
            data["career_path"] = self.items(fields["career_path"], split=_ENUMERATION)
        training = {"topics": self.items(fields["topics"])} if "topics" in fields else {}
        if "hours" in fields:
            training["hours"] = self.hours(fields["hours"])
        data["training"] = training
        environment = {}
        if "place" in fields:
            environment["place"] = self.scalar(fields["place"], join=True)
        if "working_hours" in fields:
            environment["hours"] = self.scalar(fields["working_hours"], join=True)
        if "conditions" in fields:
            environment["conditions"] = self.conditions(fields["conditions"])
        data["environment"] = environment
        if "physical" in fields:
            data["physical"] = self.scalar(fields["physical"], join=True)
        if "tools" in fields:
            data["tools"] = self.items(fields["tools"], split=_ENUMERATION, capitalized=True)
        if self.level_ids:
            data["levels"] = {key: name for name, key in self.level_ids.items()}
        if not values.is_chinese(str(data.get("title", "")) + str(data.get("summary", ""))):
            data["source_language"] = "en"  # an English form
        return Recognized(_pruned(data), self.notes, self.count(data))

    def count(self, data) -> int:
        return sum(1 for _ in _leaves(_pruned(data)))

    # -- values

    def scalar(self, entries: list[Entry], join: bool = False):
        texts = [entry.text for entry in entries if entry.text.strip()]
        if not texts or (len(texts) == 1 and normalized(texts[0]) in NONE_TEXTS):
            return None
        if join:
            return join_lines(texts)
        for extra in entries[1:]:
            if extra.text != entries[0].text:
                self.notes.append(Note(extra.where, extra.text))
        return entries[0].text

    def typed(self, entries: list[Entry], parse, what: str):
        text = self.scalar(entries)
        if text is None:
            return None
        value = parse(text)
        if value is None:
            self.notes.append(Note(entries[0].where, text, f"not {what}, kept as a comment"))
        return value

    def items(self, entries: list[Entry], split: re.Pattern = _SEMICOLONS, capitalized: bool = False) -> list[str]:
        """One item per line; a single line split at ``split`` (；, or 、 for
        a joined list such as the tools, whose English joins with commas and
        'and' and starts with a capital when ``capitalized``)."""
        texts = [entry.text for entry in entries]
        if len(texts) == 1:
            if normalized(texts[0]) in NONE_TEXTS:
                return []
            if split is _ENUMERATION and not values.is_chinese(texts[0]):
                return values.english_items(texts[0], capitalized)
            parts = [part for part in split.split(texts[0].rstrip("；。")) if part]
            if len(parts) > 1:
                return [values.numbering(part)[1] for part in parts]
        return [text for text in texts if normalized(text) not in NONE_TEXTS]

    def duties(self, entries: list[Entry]):
        """Titled groups when the lines have group numbering (一、, Word's first
        level above items), else one list."""
        auto_levels = {entry.level for entry in entries if entry.auto}
        formats = {entry.number_format for entry in entries if entry.auto}

        def heading(entry: Entry) -> bool:
            """一、 typed; Word's numbering a level above the items, or 一、 A. against the items' 1."""
            if entry.kind == "group":
                return True
            if not entry.auto:
                return False
            if len(auto_levels) > 1:
                return entry.level == min(auto_levels)
            return entry.number_format in _GROUP_FORMATS and bool(formats - _GROUP_FORMATS)
        if not any(heading(entry) for entry in entries):
            return self.items(entries)
        groups: list[dict] = []
        for entry in entries:
            if heading(entry):
                groups.append({"title": entry.text, "items": [], "where": entry.where})
            elif groups:
                groups[-1]["items"].append(entry.text)
            else:
                self.notes.append(Note(entry.where, entry.text))
        kept = []
        for group in groups:
            where = group.pop("where")
            if group["items"]:
                kept.append(group)
            else:
                self.notes.append(Note(where, group["title"]))
        return kept

    def indicators(self, entries: list[Entry]) -> dict:
        quantitative: list[dict] = []
        qualitative: dict = {}
        part, numbered_seen = None, False
        for entry in entries:
            text = entry.text
            head, detail = _colon(text)
            kind = _indicator_part(head)
            if kind:
                part = kind
                if kind == "qualitative" and detail:
                    qualitative["method"] = detail
                elif kind == "quantitative" and detail:
                    quantitative.append(self.category(detail, entry))
                continue
            if part == "qualitative":
                deduction = (values.parse_deduction if values.is_chinese(text) else values.parse_english_deduction)(text)
                if deduction:
                    qualitative.setdefault("deductions", []).append(deduction)
                else:
                    qualitative.setdefault("criteria", []).append(text)
            elif part == "quantitative":
                formula = re.match(r"^(?:(?:具体)?计分公式(?:为)?|scoring formula)\s*[:：]\s*(.+)$", text, re.IGNORECASE)
                numbered = entry.kind in ("item", "sub") or entry.auto
                if formula and quantitative and "formula" not in quantitative[-1]:
                    quantitative[-1]["formula"] = formula[1]
                elif not formula and (not quantitative or numbered or (_colon(text)[1] and not numbered_seen)):
                    numbered_seen = numbered_seen or numbered
                    quantitative.append(self.category(text, entry))
                elif not formula and "scoring" not in quantitative[-1]:
                    quantitative[-1]["scoring"] = text
                else:
                    self.notes.append(Note(entry.where, text))
            elif _colon(text)[1]:  # 存款类指标：… with no 定量指标 above it
                quantitative.append(self.category(text, entry))
            else:
                self.notes.append(Note(entry.where, text))
        result = {}
        if quantitative:
            result["quantitative"] = [c for c in quantitative if c.get("measures")]
        if qualitative:
            result["qualitative"] = qualitative
        return result

    def category(self, text: str, entry: Entry) -> dict:
        """``存款类指标:存款余额净增100万元、存款月平余额净增60万元``."""
        head, detail = _colon(text)
        if not detail:
            self.notes.append(Note(entry.where, text, "an indicator without measures, not placed"))
            return {}
        measures = []
        if not values.is_chinese(detail):
            parts = re.split(r",\s+(?!\d)(?:and\s+)?|(?<=[)%\d])\s+and\s+", detail)
            return {"name": head, "measures": [values.parse_english_measure(part) for part in parts]}
        for part in re.split(r"[、；;]", detail):
            if not part.strip():
                continue
            rest, weight = values.parse_weight(part)
            label, target = values.parse_target(rest)
            measure = {"name": label}
            if target:
                measure["target"] = target
            if weight is not None:
                measure["weight"] = weight
            measures.append(measure)
        return {"name": head, "measures": measures}

    def level(self, name: str) -> str:
        if name not in self.level_ids:
            self.level_ids[name] = values.level_id(name, set(self.level_ids.values()))
        return self.level_ids[name]

    def experience(self, entries: list[Entry]):
        """One list, or lists by level: a row of two cells is a level's name and its list."""
        cells: dict[tuple[int, int], list[Entry]] = {}
        for entry in entries:
            cells.setdefault((entry.row, entry.cell), []).append(entry)
        by_row: dict[int, list[list[Entry]]] = {}
        for (row, _), group in cells.items():
            by_row.setdefault(row, []).append(group)
        levels: dict[str, list[str]] = {}
        common: list[Entry] = []
        for groups in by_row.values():
            if len(groups) >= 2 and len(groups[0]) == 1:
                levels[self.level(groups[0][0].text)] = [e.text for g in groups[1:] for e in g]
            else:
                common += [entry for group in groups for entry in group]
        if levels:
            for entry in common:
                self.notes.append(Note(entry.where, entry.text))
            return levels
        return self.items(common) or None

    def hours(self, entries: list[Entry]):
        hours: dict[str, object] = {}
        texts = [(part, entry) for entry in entries for part in re.split(r"[；;，,]", entry.text) if part.strip()]
        for text, entry in texts:
            found = values.parse_hours(text)
            if found is None:
                self.notes.append(Note(entry.where, text, "not class hours, kept as a comment"))
                continue
            level, figure = found
            if not level and len(texts) == 1:
                return figure
            if level:
                hours[self.level(level)] = figure
            else:
                self.notes.append(Note(entry.where, text))
        return hours or None

    def conditions(self, entries: list[Entry]) -> list[dict]:
        conditions, by_cell = [], {}
        for entry in entries:
            by_cell.setdefault(entry.row, []).append(entry)
        for row in by_cell.values():
            name, rest = row[0], row[1:]
            if rest:
                conditions.append({"name": name.text, "value": join_lines([e.text for e in rest])})
            else:
                self.notes.append(Note(name.where, name.text))
        return conditions

    def title_lines(self, data: dict, document: dict) -> None:
        """A line above the table such as ``某银行客户经理职位说明书``."""
        for entry in self.walk.title_lines:
            text, title = entry.text, data.get("title")
            if title is None:
                data["title"] = text
            elif text == title:
                continue
            elif text.endswith(title) and "issuer" not in document:
                document["issuer"] = text[: -len(title)].strip()
            else:
                self.notes.append(Note(entry.where, text))

    def chains(self, data: dict, basic: dict) -> None:
        """Reporting charts (superiors, this position, subordinates) and career paths."""
        title = data.get("title")
        for kind, boxes, where in self.walk.chains:
            if kind == "career":
                path = boxes[1:] if boxes and (normalized(boxes[0]) in THIS_POSITION or boxes[0] == title) else boxes
                if path and "career_path" not in self.walk.fields:
                    data["career_path"] = path
                    continue
                if path == data.get("career_path"):
                    continue
            elif boxes == ([basic["reports_to"]] if basic.get("reports_to") else []) + [title] \
                    + list(basic.get("subordinates") or []):
                continue
            elif title in boxes:  # superiors above this position, subordinates below
                index = boxes.index(title)
                superior, below = (boxes[index - 1] if index else None), boxes[index + 1:]
                if basic.get("reports_to", superior) == superior and basic.get("subordinates", below) in (below, []):
                    if superior:
                        basic["reports_to"] = superior
                    basic["subordinates"] = basic.get("subordinates") or below
                    for extra in boxes[: max(index - 1, 0)]:
                        self.notes.append(Note(where, extra))
                    continue
            for box in boxes:
                self.notes.append(Note(where, box))


def _colon(text: str) -> tuple[str, str]:
    """``heading:detail`` split at its first colon (ASCII or full-width)."""
    parts = re.split(r"[:：]", text, maxsplit=1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")


_PARTS = {"定量指标": "quantitative", "quantitativeindicators": "quantitative", "定量考核指标": "quantitative",
          "定性指标": "qualitative", "qualitativeindicators": "qualitative", "定性考核指标": "qualitative"}


def _indicator_part(text: str) -> str | None:
    return _PARTS.get(normalized(text))


def _pruned(value):
    """Without empty mappings, empty lists and Nones: what the spec leaves out."""
    if isinstance(value, dict):
        pruned = {key: _pruned(item) for key, item in value.items()}
        return {key: item for key, item in pruned.items() if item not in (None, {}, [])}
    if isinstance(value, list):
        return [_pruned(item) for item in value]
    return value


def _leaves(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value
