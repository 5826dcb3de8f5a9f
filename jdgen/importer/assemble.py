"""The second pass of the import: each field's entries (recognize.py) turned
into the spec's values, typed where the spec types them (values.py): texts
joined or listed, duties grouped, indicators, levels, class hours, reporting
and career chains. What fits nowhere becomes a located note, never a guess.
One method per part of the form, on one class that keeps the notes: longer
than most modules, as the form has that many parts."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from jdgen.fields import about, alternatives, holds_text, readings
from jdgen.importer import (
    date_order,
    joined_values,
    kpi_table,
    named_list,
    org_path,
    registration,
    requirements,
    signer_title,
    slashed,
    spread_label,
    sub_items,
    superior_person,
    time_shares,
    values,
)
from jdgen.importer.conditions import LABELLED
from jdgen.importer.confidence import COLUMN_UNDER, EXACT, GUESSED, POSITION, Confidence, weakest
from jdgen.importer.entries import GROUP_STYLE, WEIGHT, FormLine, Note, Recognized, shortened
from jdgen.importer.field_labels import (
    FIELD_PATHS,
    LISTS,
    NONE_TEXTS,
    THIS_POSITION,
    heading_like,
    normalized,
    spec_model,
)
from jdgen.importer.introduction import introduction
from jdgen.importer.list_sub_headings import sub_headings
from jdgen.importer.reading import join_lines
from jdgen.jobspec.model import Indicators
from jdgen.jobspec.own_fields import CUSTOM

SCORING_FORMULA = re.compile(r"^(?:(?:具体)?计分公式(?:为)?|scoring formula)\s*[:：]\s*(.+)$", re.IGNORECASE)
"""A measure's scoring formula on a line of its own (具体计分公式为：…, as
jdgen's forms print it under the measure): part of the measure above."""


_SEMICOLONS = re.compile(r"\s*；\s*|;\s+")
"""Where a list written as one line splits: ；, or ; and a space (English)."""
_GROUP_FORMATS = {"chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                  "upperLetter", "upperRoman", "japaneseCounting", "taiwaneseCounting"}
"""Word numbering formats of group headings: 一、 甲、 A. I."""
_SEVERAL_NAMED = re.compile(r"[,，、;；/]|\b(?:Dr|Mr|Mrs|Ms|Prof)\b\.?\s")
"""What sets two names apart in a superior's cell (Principal Investigator, Dr Helen Moore)."""
_ENUMERATION = re.compile(r"\s*[、，,]\s*")
_COUNT_IN_BRACKETS = re.compile(r"[(（][^()（）]*\d[^()（）]*[)）]")
"""A number in brackets after a subordinate's name (team members (about 30), 操作工（12人）)."""
_ORGANISATION = re.compile(r"(?:公司|集团|中心|银行|分行|支行|医院|卫生院|学校|大学|学院|研究院|研究所|委员会|协会|"
                           r"基金会|合作社|法院|检察院|政府|办事处|动物园|植物园|博物馆|图书馆|纪念馆|美术馆|科技馆|"
                           r"局|厅|办公室|\b(?:Council|Ltd\.?|Limited|Inc\.?|Corporation|Bank|University|Hospital|Authority|Trust|"
                           r"Foundation|Charity|Society|Institute|College|Association|Museum|Gallery|Zoo|GmbH|AG|LLC|PLC|"
                           r"(?i:Sdn\.?\s*Bhd\.?|Bhd\.?|Pte\.?\s*Ltd\.?)))$"
                           r"|^(?:The\s+)?(?:University|College|Bank|Institute|Council|Museum|Society)\s+of\s+[A-Z]")
"""How an organisation's name ends, or begins in English (…中心岗位说明书, University of Northbridge, a
public venue: …动物园, …博物馆): the name above a form that is no position's."""
_LEGAL_FORM = re.compile(r",\s*(?:Inc|Ltd|LLC|LLP|PLC|Corp|Co|Pty\.?\s*Ltd|GmbH|S\.A)\.?$", re.IGNORECASE)
"""The legal form after a company's name and its comma (Prairie Gold Foods, Inc.): no sentence's comma."""
_JOINED_NAMES = re.compile(r"\s*、\s*")
"""Names joined by 、 in one line (失能老人照护、急救知识、消防安全)."""
_METHOD = re.compile(r"^(?:按|根据|依据|以).{1,30}(?:计分|考核|评分|打分|计算|评定)[。.]?$"
                     r"|^(?:实行|采用).{0,10}(?:扣分|计分|评分)制[。.]?$")
"""A scoring clause (按任务完成情况（百分比）计分, 按季度考核。, 实行扣分制): how a part is scored."""
_VALUE_WORDS = {"不限", "无", "有", "是", "否", "无要求", "不要求", "视情况", "偶尔", "经常"}
"""Words a condition's value is written in, never its name."""
_HOURS_QUALIFIER = re.compile(r"(?:每年|全年|每季度?|每月|年度|累计|合计|共计?)?(?:不少于|不低于|至少|不超过|约)?")
"""What stands before class hours without naming a level: 每年不少于, 累计."""
_CLAUSES = re.compile(r"[；;，,。]")
"""Where a text of class hours splits into one level's hours each."""
_LEVEL_QUALIFIED = re.compile(r"^(?P<level>.+?)(?P<rest>(?:每年|全年|每季度?|每月|年度|累计).*)$")
"""A level's name, then what qualifies its class hours (中级工 | 每年脱产培训不少于)."""
_EMPLOYER_LABEL = re.compile(r"^单位$|用人单位|聘用单位|招聘单位|^employer$|^organi[sz]ation$")
"""Labels no field has that say their value is the organisation (单位：凤冈县永安镇综合文化站, 甲方（聘用单位）)."""
_ISSUER_PLACES = {"in the page header", "in a text box above the first label"}
_BYLINE = re.compile(r"\s+[·•|｜]\s+")
"""What sets apart the pieces of a posting's line under its title (company · city · contract)."""
_MARGIN_PIECES = re.compile(r"\s*[·|｜/]\s*|\s{2,}")
_ROW_FIELDS = {"qualifications.experience", "environment.conditions"}
"""Lists whose values are rows of cells: a level and its list, a condition's name and value."""
_JOINED = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
_REVIEWED = {"审核", "审核人", "reviewedby"}
_RANK = "职称"
"""A label of the title in Taiwan, of a professional rank on the mainland."""
"""The labels of who reviewed a form: its approver only when no other is named."""
_MARGIN_NUMBER = re.compile(r"(?P<label>[^\s:：]{0,4}(?:编号|编码)|(?:Form|Doc(?:ument)?\.?)(?:\s*No\.?)?|No\.?|Ref\.?"
                            r"|Number)\s*[:：]?\s*(?P<code>[A-Za-z0-9][\w/.-]*\d[\w/.-]*)", re.IGNORECASE | re.ASCII)
"""A number in the page margin whose label says not whose (编号：XY-09, 表单编号：…, Form SMS-HR-07)."""
_MARGIN_SPLIT = re.compile(r"\s+[·•|｜]\s+|\s{2,}|\u3000+")
"""What sets apart the pieces of a page margin's line (Form SMS-HR-07 · Rev. 3)."""
_LIST_HEAD = re.compile(r"^.{1,12}如下\s*[:：]$")
"""扣分标准如下：: the introduction to a list."""


def _longest_issuer(text: str) -> int:
    """The most characters an organisation's name above a form has: 30, or
    40 when it ends as one does (…有限公司), 60 in a language of words
    (Northfield and Ashby NHS Foundation Trust)."""
    if not _ORGANISATION.search(text):
        return 30
    return 40 if values.is_chinese(text) else 60


class Assembly:
    """The second pass: each field's entries to the spec's values."""

    def __init__(self, walk) -> None:
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
        self.rank_as_title(fields)
        self.reviewer(fields)
        self.count_as_name(fields)
        self.notes += joined_values.split(fields)
        document = {key: self.scalar(fields[f"document.{key}"])
                    for key in ("number", "issuer", "prepared_by", "approved_by") if f"document.{key}" in fields}
        for key in ("prepared_by", "approved_by"):
            titled = signer_title.name_and_title(document.get(key))
            if titled:  # Fiona MacLeod, HR Adviser: the signer is the name
                document[key] = titled[0]
                self.notes.append(Note(fields[f"document.{key}"][0].where, titled[1], "the signer's job title, "
                                       "after the name; not placed"))
        if "document.effective_date" in fields:
            document["effective_date"] = self.date(fields["document.effective_date"], "document.effective_date")
        basic = {"department": self.scalar(fields["basic.department"])} if "basic.department" in fields else {}
        unit = org_path.last_unit(basic.get("department") or "")
        if unit:  # 云帆软件/研发中心/质量保障部: the last unit of the path
            self.unsure(FormLine(basic["department"], fields["basic.department"][0].where), "an organisation path; "
                        f"its last unit ({unit}) taken as the department; check it", "basic.department")
            basic["department"] = unit
        if "basic.prepared_on" in fields:
            basic["prepared_on"] = self.date(fields["basic.prepared_on"], "basic.prepared_on")
        for key, parse, what in (("headcount", values.parse_count, "a number of people"),
                                 ("supervised", values.parse_count, "a number of people"),
                                 ("grade", values.parse_grade, "a grade")):
            if f"basic.{key}" in fields:
                basic[key] = self.typed(fields[f"basic.{key}"], parse, what)
        if "basic.reports_to" in fields:
            basic["reports_to"] = self.scalar(fields["basic.reports_to"])
            held = superior_person.position_and_person(basic["reports_to"] or "")
            if held:  # Principal Investigator, Dr Helen Moore: the position is the superior
                basic["reports_to"] = held[0]
                self.notes.append(Note(fields["basic.reports_to"][0].where, held[1], "the person holding the "
                                       "superior's position, after it; not placed"))
            elif basic["reports_to"] and _SEVERAL_NAMED.search(basic["reports_to"]):  # two roles
                self.unsure(fields["basic.reports_to"][0], "the superior names more than one thing (a position and a "
                            "person?), kept whole: check that it names the superior's position only",
                            "basic.reports_to")
        if "basic.subordinates" in fields:
            subordinates = self.subordinates(fields["basic.subordinates"])
            count = values.parse_count(subordinates[0]) if len(subordinates) == 1 else None
            if count is not None and "supervised" not in basic:  # Direct Reports | 4: a count, not a name
                basic["supervised"] = count
                self.unsure(fields["basic.subordinates"][0], f"read as the number of staff supervised ({count}), "
                            "not a subordinate's title; check it and add the subordinates' titles", "basic.supervised")
            else:
                basic["subordinates"] = subordinates
                if any(_COUNT_IN_BRACKETS.search(name) for name in subordinates):  # team members (about 30)
                    self.unsure(fields["basic.subordinates"][0], "a number of people in brackets among the "
                                "subordinates, kept as read; check it (the number supervised?)", "basic.subordinates")
        self.title_lines(data, document)
        self.margin_number(document)
        self.header_issuer(document, self.walk.source or slashed.language(str(data.get("title", ""))))
        self.labelled_issuer(document)
        self.registered_issuer(document)
        self.chains(data, basic)
        data["document"], data["basic"] = document, basic
        data["relationships"] = {key: self.items(fields[f"relationships.{key}"]) for key in ("internal", "external")
                                 if f"relationships.{key}" in fields}
        if "summary" in fields:
            data["summary"] = self.scalar(fields["summary"], join=True)
        if "duties" in fields:
            data["duties"] = self.duties(fields["duties"])
        if "indicators" in fields:
            data["indicators"] = self.indicators(fields["indicators"])
        data["authority"] = {key: self.items(fields[f"authority.{key}"]) for key in ("work", "expenses", "personnel")
                             if f"authority.{key}" in fields}
        qualifications = {}
        for key in ("education", "knowledge"):
            if f"qualifications.{key}" in fields:
                qualifications[key] = self.scalar(fields[f"qualifications.{key}"], join=True)
        if "qualifications.experience" in fields:
            qualifications["experience"] = self.experience(fields["qualifications.experience"])
        if "qualifications.certificates" in fields:
            qualifications["certificates"] = self.items(fields["qualifications.certificates"], split=_ENUMERATION,
                                                        semicolons=True)
            entries = fields["qualifications.certificates"]
            named = [text for text in qualifications["certificates"] if requirements.CERTIFICATE.search(text)]
            if len(entries) == 1 and not values.is_chinese(entries[0].text) and named \
                    and len(named) < len(qualifications["certificates"]):
                # Valid Class G driver's licence and a reliable vehicle: the part naming no certificate may be none
                self.unsure(entries[0], "split into certificates, though a part names no certificate or licence; "
                            "check it", "qualifications.certificates")
        for key in ("abilities", "qualities"):
            if f"qualifications.{key}" in fields:
                qualifications[key] = self.items(fields[f"qualifications.{key}"])
        data["qualifications"] = qualifications
        if "career_path" in fields:
            data["career_path"] = self.items(fields["career_path"], split=_ENUMERATION)
        self.hours_in_topics(fields)
        training = {"topics": self.topics(fields["training.topics"])} if "training.topics" in fields else {}
        if "training.hours" in fields:
            training["hours"] = self.hours(fields["training.hours"])
        data["training"] = training
        environment = {key: self.scalar(fields[f"environment.{key}"], join=True) for key in ("place", "hours")
                       if f"environment.{key}" in fields}
        if "environment.conditions" in fields:
            environment["conditions"] = self.conditions(fields["environment.conditions"])
        data["environment"] = environment
        if "physical" in fields:
            data["physical"] = self.scalar(fields["physical"], join=True)
        if "tools" in fields:
            data["tools"] = self.items(fields["tools"], split=_ENUMERATION, capitalized=True)
        self.other_texts(fields, data)
        if self.level_ids:
            data["levels"] = {key: name for name, key in self.level_ids.items()}
        sample = str(data.get("title", "")) + str(data.get("summary", ""))
        if not values.is_chinese(sample or " ".join(map(str, _leaves(_pruned(data))))):
            data["source_language"] = "en"  # an English form (judged by all its texts when it has no title)
        if self.walk.source:  # a form in two languages: the one it was read in, said
            data["source_language"] = self.walk.source
        self.margins_known(data)
        sources = {name: entries[0].where for name, entries in fields.items() if entries}
        confidence = self.confidence(fields)
        return Recognized(_pruned(data), self.notes, self.count(data),
                          flagged=sum(1 for note in self.notes if note.unsure), sources=sources, confidence=confidence)

    def confidence(self, fields: dict[str, list[FormLine]]) -> dict[str, Confidence]:
        """How sure the import is of each field it read: the weakest rule
        that placed a line of it, guessed where a note to check names the
        field. A field scored below the threshold and not yet flagged is
        flagged here, quoting its first text: no value is decided in silence."""
        found = {name: weakest([entry.confidence for entry in entries]) for name, entries in fields.items() if entries}
        for name, entries in fields.items():
            self.columns_read_as_one(name, entries)
        for note in self.notes:
            if note.unsure and note.field:
                found[note.field] = weakest([found.get(note.field, Confidence(GUESSED)), Confidence(GUESSED)])
        for name, confidence in found.items():
            if confidence.unsure and not any(note.unsure and note.field == name for note in self.notes):
                self.unsure(fields[name][0], f"placed in {name} by {confidence.rule.reason} ({confidence.detail}); "
                            "check it", name)
        return found

    def columns_read_as_one(self, name: str, entries: list[FormLine]) -> None:
        """A list read from several cells of one table row (序号 | 工作内容 |
        权重 under 岗位职责: a table whose columns the form has no label for)
        is a guess that every column is the list's: flagged, naming the
        row's texts. Not the lists whose values are rows of cells (a level
        and its list, a condition's name and value), nor a field of one
        value, whose texts after the first are reported as not placed."""
        if name in _ROW_FIELDS or name not in LISTS:
            return
        rows: dict[int, list[FormLine]] = {}
        for entry in entries:
            if entry.kind == WEIGHT:  # a duty's weight, read from its own column
                continue
            rows.setdefault(entry.row, []).append(entry)
        for row in rows.values():
            if len({entry.cell for entry in row}) > 1:
                texts = " | ".join(shortened(entry.text, 12) for entry in row)
                self.unsure(row[0], f"read into {name} from the cells of one row ({texts}), as if each were its "
                            "own item; check whether a column is another field", name)
                return

    def other_texts(self, fields: dict[str, list[FormLine]], data: dict) -> None:
        """The text of each field no part above places (a field the form has
        gained since), at its path in the spec."""
        for name, path in FIELD_PATHS.items():
            own = path[0] == CUSTOM
            annotations = [annotation for _, annotation in readings(spec_model(), path)]
            if name not in fields or not (own or any(holds_text(annotation) for annotation in annotations)):
                continue
            parent = data
            for part in path[:-1]:
                parent = parent.setdefault(part, {})
            if parent.get(path[-1]) is None:
                leaves = [leaf for annotation in annotations for leaf in alternatives(annotation)]
                parent[path[-1]] = self.own_value(leaves, fields[name], name) if own \
                    else self.scalar(fields[name], join=True)

    def own_value(self, leaves: list[Any], entries: list[FormLine], name: str) -> Any:
        """A project's own field's entries as the kind of value it declares:
        a text (or code), a list of texts, a date or a number."""
        if any(isinstance(leaf, tuple) and leaf[0] is list for leaf in leaves):
            return self.items(entries) or None
        if datetime.date in leaves:
            return self.date(entries, name)
        if Decimal in leaves:
            return self.typed(entries, values.parse_number, "a number")
        return self.scalar(entries, join=True)

    def count(self, data) -> int:
        return sum(1 for _ in _leaves(_pruned(data)))

    # -- values

    def scalar(self, entries: list[FormLine], join: bool = False):
        texts = [entry.text for entry in entries if entry.text.strip()]
        if not texts or (len(texts) == 1 and normalized(texts[0]) in NONE_TEXTS):
            return None
        if join:
            return join_lines(texts)
        # Division | … | Department | …: the value under the field's own label, not the first, when a variant's is first
        kept = next((entry for entry in entries if entry.confidence.rule is EXACT), entries[0])
        for extra in entries:
            if extra.text == kept.text:
                continue
            if kept is entries[0] and extra.row == kept.row and extra.cell != kept.cell \
                    and len(kept.text.strip()) <= 2:  # 岗位代码 | 3 | 3 | 1: a value perhaps split over its row's cells
                self.notes.append(Note(extra.where, extra.text, f"in the row of the value taken (\"{kept.text}\"), "
                                       "in a cell after it; not placed: check that the value is whole", unsure=True))
                continue
            reason = "text not placed" if kept is entries[0] else \
                f"under a variant of the label of the field whose own label ({kept.confidence.detail}) gives it " \
                f"\"{kept.text}\"; not placed"
            self.notes.append(Note(extra.where, extra.text, reason))
        return kept.text

    def typed(self, entries: list[FormLine], parse, what: str):
        text = self.scalar(entries)
        return None if text is None else self.parsed(text, entries[0], parse, what)

    def parsed(self, text: str, entry: FormLine, parse, what: str):
        """``text`` typed by ``parse``; reported when it is not ``what`` it should be."""
        value = parse(text)
        if value is None:
            self.notes.append(Note(entry.where, text, f"not {what}, kept as a comment"))
        return value

    def date(self, entries: list[FormLine], field: str):
        """A date field's value (``field``); a date that reads as one both
        day/month and month/day (01/04/2024) is taken in the order the form's
        cues give, and reported to check with the other reading."""
        text = self.scalar(entries)
        if text is None:
            return None
        found = date_order.ambiguous_date(text, self.form_texts())
        if found is None:
            return self.parsed(text, entries[0], values.parse_date, "a date")
        self.unsure(entries[0], found[1], field)
        return found[0]

    def form_texts(self):
        """Every text the form was read to have: its fields', its title lines' and those not placed."""
        yield from (entry.text for entries in self.walk.fields.values() for entry in entries)
        yield from (entry.text for entry in self.walk.title_lines)
        yield from (note.text for note in self.notes)

    def items(self, entries: list[FormLine], split: re.Pattern = _SEMICOLONS, capitalized: bool = False,
              sentences: bool = False, semicolons: bool = False) -> list[str]:
        """One item per line; a single line split at ``split`` (；, or 、 for
        a joined list such as the tools, whose English joins with commas and
        'and' and starts with a capital when ``capitalized``; at semicolons
        first when ``semicolons``, the certificates'). A single
        English line of short words between commas (Leadership, coaching) is
        split there; one with longer parts is kept whole and flagged, as it
        may be a list all the same; not ``sentences`` (the duties), which
        have commas of their own."""
        entries = self.continued(entries)
        texts = [entry.text for entry in entries]
        if len(texts) == 1:
            if normalized(texts[0]) in NONE_TEXTS:
                return []
            if semicolons and _SEMICOLONS.search(texts[0]):  # a; b, c (甲；乙): the items set apart by semicolons
                return [part for part in _SEMICOLONS.split(texts[0].rstrip("。.;；")) if part]
            if split is _ENUMERATION and not values.is_chinese(texts[0]) and "、" not in texts[0]:
                parts = values.english_items(texts[0], capitalized)
                first = texts[0].split()[0]
                if len(parts) > 1 and parts[0][:1].islower() and first[:1].isupper() \
                        and not any(part[:1].islower() for part in parts[1:]):  # Laptop and CRM: no word says
                    self.unsure(entries[0], f"\"{first}\" taken as \"{parts[0].split()[0]}\", as a list's first word "
                                "has a capital in a sentence; check it")
                return parts
            parts = [part for part in split.split(texts[0].rstrip("；。")) if part]
            if len(parts) > 1:
                return [values.numbering(part)[1] for part in parts]
            if split is _SEMICOLONS and not sentences and not values.is_chinese(texts[0]) and "," in texts[0]:
                pieces = [piece.strip() for piece in texts[0].rstrip(".").split(",")]
                if all(1 <= len(piece.split()) <= 3 for piece in pieces) and not _JOINED.search(texts[0]):
                    return pieces
                self.unsure(entries[0], "kept as one item; if it is a list, split it at its commas")
        return [text for text in texts if normalized(text) not in NONE_TEXTS]

    def continued(self, entries: list[FormLine]) -> list[FormLine]:
        """A numbered list's lines with each item's continuation joined to it:
        a line after Shift+Enter in a numbered paragraph, a sub-item lettered
        under it (sub_items.py), or a paragraph with no number between numbered ones (Enter pressed mid-item; a
        guess, so reported to check)."""
        if not any(entry.kind in ("item", "sub", "group") or entry.auto for entry in entries):
            return entries
        kept: list[FormLine] = []
        for entry in entries:
            if entry.kind == sub_items.LETTERED and kept:  # a) 核对零件；: a part of the item above, written after it
                kept[-1] = replace(kept[-1], text=sub_items.joined(kept[-1].text, entry.text))
                continue
            numbered = entry.kind or (entry.auto and not entry.continued)  # 2. typed after Shift+Enter: an item
            if numbered or not kept or kept[-1].kind == "group":
                kept.append(entry)
                continue
            if not entry.continued and entry.kind is None and not entry.auto:
                self.unsure(entry, f"joined to the item before it (\"{kept[-1].text[:20]}\"), as its paragraph "
                            "has no number; check that it continues that item")
            kept[-1] = replace(kept[-1], text=join_lines([kept[-1].text, entry.text]))
        return kept

    def topics(self, entries: list[FormLine]) -> list[str]:
        """The training topics, one a line (a topic of names joined by 、 is
        kept whole, as 信贷政策、风险识别 may be one topic; reported when it
        joins three or more, to split by hand if they are separate)."""
        topics = self.items(entries)
        for entry in entries:
            if len(_JOINED_NAMES.split(entry.text.rstrip("；。;."))) >= 3:
                self.unsure(entry, "kept as one training topic; if it names several topics, split it at its 、",
                            "training.topics")
        return topics

    def subordinates(self, entries: list[FormLine]) -> list[str]:
        """The subordinates' titles: a cell of names joined by semicolons one
        name a part (named_list.py); one whose parts are not all short names
        kept whole and reported, as it may be a list all the same."""
        joined = named_list.parts(entries[0].text) if len(entries) == 1 else []
        if len(joined) > 1 and all(map(named_list.is_name, joined)):
            return joined
        if len(joined) > 1:
            self.unsure(entries[0], "kept as one item, as its parts set apart by semicolons or slashes are not all "
                        "short names; if it is a list of positions, split it there", "basic.subordinates")
        return self.items(entries, split=_ENUMERATION)

    def unsure(self, entry: FormLine, reason: str, field: str = "") -> None:
        """``entry`` placed by a guess (into ``field`` of the spec, when known)."""
        self.notes.append(Note(entry.where, entry.text, reason, unsure=True, field=field))

    def duties(self, entries: list[FormLine]):
        """Titled groups when the lines have group numbering (一、, Word's first
        level above items), else one list."""
        if any(entry.kind == WEIGHT for entry in entries):
            return self.weighted(entries)
        headings = sub_headings(entries)
        if headings:  # 日常工作： over its duties, 其他工作： over the rest: no duty of the list
            entries = [entry for entry in entries if all(entry is not heading for heading in headings)]
            self.notes += [Note(entry.where, entry.text, "a sub-heading inside the duties, not placed")
                           for entry in headings]
        first = introduction(entries)
        if first is not None:  # Reasonable accommodations may be made …, over the bulleted duties
            entries = entries[1:]
            self.notes.append(Note(first.where, first.text, "an introduction to the list under it, not placed"))
        entries = self.continued(entries)
        shared = time_shares.weighted([entry.text for entry in entries])
        if shared:  # 负责研究中心的监查访视（35%）: each duty's share of the time, its weight
            if sum(share for _, share in shared) != 100:
                self.unsure(entries[0], f"the shares of time at the ends of the duties make "
                            f"{sum(share for _, share in shared)}% (not 100%); check the weights", "duties")
            return [{"text": text, "weight": share} for text, share in shared]
        auto_levels = {entry.level for entry in entries if entry.auto}
        formats = {entry.number_format for entry in entries if entry.auto}
        top = [entry.text for entry in entries if entry.auto and entry.level == min(auto_levels, default=0)]
        if formats == {"bullet"} and len(auto_levels) > 1 and not all(heading_like(text) for text in top):
            return self.detailed(entries, min(auto_levels))

        def heading(entry: FormLine) -> bool:
            """一、 typed; the group heading style of jdgen's form (a single group has no
            number); Word's numbering a level above the items, or 一、 A. against the items' 1."""
            if entry.kind == "group" or entry.style == GROUP_STYLE:
                return True
            if not entry.auto:
                return False
            if len(auto_levels) > 1:
                return entry.level == min(auto_levels)
            return entry.number_format in _GROUP_FORMATS and bool(formats - _GROUP_FORMATS)
        if not any(heading(entry) for entry in entries) \
                or all(entry.kind == "group" for entry in entries):  # （一）…（四）, none over items: one list
            return self.items(entries, sentences=True)
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

    def detailed(self, entries: list[FormLine], top: int) -> list:
        """Duties in bullets at two levels (List Bullet over List Bullet 2)
        whose top bullets are not all headings (入库管理 heads a group):
        each top bullet is a duty, a bullet under it a detail of that duty,
        which the spec has no place for: reported."""
        duties, duty = [], ""
        for entry in entries:
            if entry.auto and entry.level > top:
                self.notes.append(Note(entry.where, entry.text, f'a detail of the duty "{shortened(duty)}" (a bullet '
                                       "under its bullet); a duty in the spec has no details: not placed"))
            else:
                duties.append(entry)
                duty = entry.text
        return self.items(duties, sentences=True)

    def weighted(self, entries: list[FormLine]) -> list:
        """Duties read from a table with a weight column: each row's text one
        duty, with the weight beside it (``{text, weight}``); a weight that is
        no percentage is reported and its duty kept without one."""
        duties: list = []
        rows: dict[int, list[FormLine]] = {}
        for entry in entries:
            rows.setdefault(entry.row, []).append(entry)
        for row in rows.values():
            text = join_lines([entry.text for entry in row if entry.kind != WEIGHT])
            beside = next((entry for entry in row if entry.kind == WEIGHT), None)
            weight = values.parse_share(beside.text) if beside else None
            if beside and (weight is None or not text):
                self.notes.append(Note(beside.where, beside.text, "not a duty's weight (a percentage), "
                                       "kept as a comment"))
            if text:
                duties.append(text if weight is None else {"text": text, "weight": weight})
        weights = [duty["weight"] for duty in duties if isinstance(duty, dict)]
        if weights and (len(weights) < len(duties) or sum(weights) != 100):  # a row misread, or the form's own slip
            first = next(entry for entry in entries if entry.kind == WEIGHT)
            self.unsure(first, f"{len(weights)} of {len(duties)} duties have a weight, making {sum(weights)}% "
                        "(not 100%); check the duties against the weight column", "duties")
        return duties

    def indicators(self, entries: list[FormLine]) -> dict:
        """The quantitative indicators by category and the qualitative ones,
        from lines (存款类指标：…, 定性指标, deduction rules) and KPI tables."""
        in_tables = [entry for entry in entries if entry.kind and entry.kind.startswith(kpi_table.KPI)]
        quantitative, notes = kpi_table.categories(in_tables)
        self.notes += notes
        qualitative: dict = {}
        part, numbered_seen = None, False
        for entry in entries:
            if entry in in_tables:
                continue
            text = entry.text
            head, detail = _colon(text)
            kind = indicator_part(head)
            if kind:
                part = kind
                if kind == "qualitative" and detail:
                    qualitative["method"] = detail
                elif kind == "quantitative" and detail:
                    quantitative.append(self.category(detail, entry))
                continue
            if part == "qualitative":
                if _METHOD.match(text) and "method" not in qualitative:
                    qualitative["method"] = text
                    continue
                if _LIST_HEAD.match(text):  # 扣分标准如下：
                    self.notes.append(Note(entry.where, text, "an introduction to the rules below, not placed"))
                    continue
                parse = values.parse_deduction if values.is_chinese(text) else values.parse_english_deduction
                rules = [part for part in _SEMICOLONS.split(text.rstrip("。；")) if part.strip()]
                deductions = [parse(part) for part in rules]
                if len(rules) > 1 and all(deductions):
                    qualitative.setdefault("deductions", []).extend(deductions)
                elif parse(text):
                    qualitative.setdefault("deductions", []).append(parse(text))
                else:
                    qualitative.setdefault("criteria", []).append(text)
            elif part == "quantitative":
                formula = SCORING_FORMULA.match(text)
                numbered = entry.kind in ("item", "sub") or entry.auto
                if _METHOD.match(text) and quantitative and "scoring" not in quantitative[-1]:
                    quantitative[-1]["scoring"] = text  # 按季度考核。: how it is scored, not a measure
                elif formula and quantitative and "formula" not in quantitative[-1]:
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
            elif scored := _point_deductions(text):  # …的，每次扣10分；…: rules with points, with no 定性指标 above
                qualitative.setdefault("deductions", []).extend(scored)
            else:
                self.notes.append(Note(entry.where, text))
        result: dict[str, Any] = {}
        if quantitative:
            result["quantitative"] = [c for c in quantitative if c.get("measures")]
        if qualitative:
            result["qualitative"] = qualitative
        return result

    def category(self, text: str, entry: FormLine) -> dict:
        """``存款类指标:存款余额净增100万元、存款月平余额净增60万元``."""
        head, detail = _colon(text)
        if not detail:
            self.notes.append(Note(entry.where, text, "an indicator without measures, not placed"))
            return {}
        measures = []
        if not values.is_chinese(detail):
            parts = re.split(r",\s+(?!\d)(?:and\s+)?|(?<=[)%\d])\s+and\s+", detail)
            return {"name": head, "measures": [values.parse_english_measure(part) for part in parts]}
        for part in _measures(detail):
            if not part.strip():
                continue
            rest, weight = values.parse_weight(part)
            label, target = values.parse_target(rest)
            measure: dict[str, Any] = {"name": label}
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

    def experience(self, entries: list[FormLine]):
        """One list, or lists by level: a row of two cells is a level's name and its list."""
        cells: dict[tuple[int, int], list[FormLine]] = {}
        for entry in entries:
            cells.setdefault((entry.row, entry.cell), []).append(entry)
        by_row: dict[int, list[list[FormLine]]] = {}
        for (row, _), group in cells.items():
            by_row.setdefault(row, []).append(group)
        levels: dict[str, list[str]] = {}
        common: list[FormLine] = []
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

    def hours(self, entries: list[FormLine]):
        hours: dict[str, object] = {}
        entries = _level_cells_joined(entries)
        texts = [(part, entry) for entry in entries for part in _CLAUSES.split(entry.text) if part.strip()]
        for text, entry in texts:
            found = values.parse_hours(text)
            if found is None:
                self.notes.append(Note(entry.where, text, "not class hours, kept as a comment"))
                continue
            level, figure = found
            qualified = _LEVEL_QUALIFIED.match(level)
            if qualified:  # 中级工每年脱产培训不少于48学时: the level, then what qualifies its hours
                self.unsure(replace(entry, text=text), f"read as {figure} class hours for {qualified['level']}; "
                            f"\"{qualified['rest']}\" is not kept: check it", "training.hours")
                level = qualified["level"]
            elif level and _HOURS_QUALIFIER.fullmatch(level):  # 每年不少于24课时: a qualifier, not a level
                if len(texts) == 1:
                    self.unsure(entry, f"read as {figure} class hours; \"{level}\" is not kept: check it",
                                "training.hours")
                level = ""
            if not level and len(texts) == 1:
                return figure
            if level:
                hours[self.level(level)] = figure
            else:
                self.notes.append(Note(entry.where, text))
        return hours or None

    def hours_in_topics(self, fields: dict[str, list[FormLine]]) -> None:
        """A training text under no label of its own that gives class hours
        by level (…，中级工每年脱产培训不少于48学时，高级工每年不少于32学时。):
        each level's clause read as its class hours, not as a topic; the
        text's other clauses (新入厂员工不少于72学时) reported."""
        if "training.hours" in fields:
            return
        topics, hours = [], []
        for entry in fields.get("training.topics", []):
            clauses = [clause.strip() for clause in _CLAUSES.split(entry.text) if clause.strip()]
            levels = [bool(found and values.names_level(found[0])) for found in map(values.parse_hours, clauses)]
            if not any(levels):
                topics.append(entry)
                continue
            confidence = Confidence(POSITION, "class hours by level in a training text")
            hours += [replace(entry, text=clause, confidence=confidence)
                      for clause, level in zip(clauses, levels, strict=True) if level]
            self.notes += [Note(entry.where, clause, "in a training text giving class hours by level, but naming "
                                "no level; not placed") for clause, level in zip(clauses, levels, strict=True)
                           if not level]
        if hours:
            fields["training.hours"] = hours
            fields["training.topics"] = topics
            if not topics:
                del fields["training.topics"]

    def conditions(self, entries: list[FormLine]) -> list[dict]:
        conditions: list[dict] = []
        by_cell: dict[Any, list[FormLine]] = {}
        for entry in entries:  # a row's cells, or a condition's own label and value (出差要求 | 每月8天)
            by_cell.setdefault((entry.row, entry.cell) if entry.kind == LABELLED else entry.row, []).append(entry)
        for row in by_cell.values():
            name, rest = row[0], row[1:]
            if normalized(name.text) in _VALUE_WORDS:  # 不限 | 不限: values with no label, no condition's name
                for entry in row:
                    self.notes.append(Note(entry.where, entry.text, "a value with no label, not placed"))
            elif rest:
                conditions.append({"name": spread_label.closed(name.text.strip().rstrip(":：").rstrip()),
                                   "value": join_lines([e.text for e in rest])})  # Salary Range: its colon no part
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
                before = text[: -len(title)].strip()
                if _ORGANISATION.search(before) or not self.margin_organisation():
                    document["issuer"] = before
                else:  # 收费站 before 值班站长, the company in the page header: a word of the title's, no issuer
                    self.notes.append(Note(entry.where, before, "before the title in the form's title line, but no "
                                           "organisation, which the page header names; not placed"))
            elif _ORGANISATION.search(text) and "issuer" not in document:  # 江州市公共资源交易中心岗位说明书
                document["issuer"] = text
                self.unsure(entry, "taken as the issuer, as it names an organisation, not the position; check it",
                            "document.issuer")
            else:
                self.notes.append(Note(entry.where, text))

    def margin_organisation(self) -> bool:
        """Whether the page header names an organisation (江淮高速公路运营管理有限公司) that no label claims."""
        return any(note.where.text == "in the page header" and note.reason == "text not placed"
                   and _ORGANISATION.search(note.text) for note in self.notes)

    def margins_known(self, data: dict) -> None:
        """A page header's or footer's text that only repeats the form's
        values (``HR-001 · 柜员 · 1``: the number, the title, the page) says
        nothing new: not reported."""
        known = {str(value) for value in _leaves(_pruned(data))}
        for note in list(self.notes):
            if note.where.text.startswith("in the page") and note.reason == "text not placed":
                pieces = [piece for piece in _MARGIN_PIECES.split(note.text) if piece]
                if pieces and all(piece.isdigit() or piece in known or normalized(piece) in NONE_TEXTS
                                  for piece in pieces):
                    self.notes.remove(note)

    def count_as_name(self, fields: dict[str, list[FormLine]]) -> None:
        """A count under 编制 (编制 | 3人): 编制 is both who prepared the form and
        the headcount; a count is no person's name, so it is the headcount,
        reported to check, and a name under another of the preparer's labels
        (制定人 | 陆静) the preparer."""
        entries = fields.get("document.prepared_by", [])
        counted = next((entry for entry in entries if entry.confidence.rule is EXACT), entries[0]) if entries else None
        count = values.parse_count(counted.text) if counted else None
        if counted is None or count is None or "basic.headcount" in fields:
            return
        fields["basic.headcount"] = [counted]
        fields["document.prepared_by"] = [entry for entry in entries if entry is not counted]
        if not fields["document.prepared_by"]:
            del fields["document.prepared_by"]
        self.unsure(counted, f"read as the headcount ({count}), not the name of who prepared the form; check it",
                    "basic.headcount")

    def rank_as_title(self, fields: dict[str, list[FormLine]]) -> None:
        """A title read under 職稱 / 职称: the post's title in Taiwan, but a
        professional rank on the mainland (职称：中级工程师), so reported to check."""
        entries = fields.get("title", [])
        if entries and normalized(entries[0].confidence.detail) == _RANK:
            self.unsure(entries[0], f"read as the title under {entries[0].confidence.detail}, which names a post's "
                        "title in Taiwan but a professional rank (中级工程师) on the mainland; check it", "title")

    def reviewer(self, fields: dict[str, list[FormLine]]) -> None:
        """A form signed off both under 审核 (reviewed) and under 批准 (or 核准,
        审批: approved): the approver is the one under 批准; the reviewer,
        whom the spec has no place for, is reported. 审核 alone is the approver."""
        entries = fields.get("document.approved_by", [])
        labels = [entry.confidence.detail.removeprefix(COLUMN_UNDER) for entry in entries]  # or its column's heading
        reviewed = [entry for entry, label in zip(entries, labels, strict=True) if normalized(label) in _REVIEWED]
        if not reviewed or len(reviewed) == len(entries):
            return
        fields["document.approved_by"] = [entry for entry in entries if entry not in reviewed]
        for entry, label in zip(entries, labels, strict=True):
            if entry in reviewed:
                self.notes.append(Note(entry.where, entry.text, f"the reviewer ({label}), not the approver, whom the "
                                       "form names too; not placed", label=label))

    def margin_number(self, document: dict) -> None:
        """A page header's or footer's number whose label says not whose
        (编号：XY-09, 表单编号：…, Ref.: …, Form SMS-HR-07 · Rev. 3), when the
        form gives the document's number nowhere else: most often the
        document's, so taken as it, and reported to check with the rest of
        its line; an organisation before it on the line (…有限公司　　表单编号：…)
        the issuer, when the form names none."""
        if "number" in document:
            return
        for note in self.notes:
            if not note.where.text.startswith("in the page") or note.unsure:
                continue
            pieces = _MARGIN_SPLIT.split(note.text.strip())
            for piece in pieces:
                found = _MARGIN_NUMBER.fullmatch(piece)
                if found is None:
                    continue
                document["number"] = found["code"]
                self.notes.remove(note)
                rest = [other for other in pieces if other is not piece]
                issued = ""
                if rest and "issuer" not in document and _ORGANISATION.search(rest[0]) and len(rest[0]) <= 40:
                    document["issuer"], issued = rest.pop(0), ", the organisation before it as the issuer"
                left = f"; the rest ({' · '.join(rest)}) is not placed" if rest else ""
                self.unsure(FormLine(note.text, note.where), f"taken as the document's number ({found['label']} says "
                            f"not whose; it may be the position's){issued}{left}; check it", "document.number")
                return

    def header_issuer(self, document: dict, language: str | None) -> None:
        """The page header's (or a text box's above the form, or a line's above
        the form's title line, or one above every label naming an organisation:
        深圳极光储能科技有限公司) first text that no label names, when the form
        names no issuer elsewhere: most often the organisation (华信银行), so
        taken as the issuer, and reported to check; so is the first piece of a
        posting's line right under its title (Pixel Harbor Games · Chengdu ·
        Full-time), and of a page header's line whose first piece, set apart
        by a wide gap, names an organisation (安鲜达冷链物流有限公司　　人力资源部).
        A name and its translation (Water Supplies Department  水務署) give the
        half in ``language``, the form's, the other reported."""
        if "issuer" in document:
            return
        titles = [line.where.order for line in self.walk.title_lines]
        title = [entry.where.order for entry in self.walk.fields.get("title", [])] + titles
        for note in self.notes:
            above_title = note.where.text == "above the first label" \
                and (any(note.where.order < order for order in titles) or bool(_ORGANISATION.search(note.text)))
            pieces = _BYLINE.split(note.text)
            byline = note.where.text.startswith("above the first label") and note.where.order - 1 in title \
                and 2 <= len(pieces) <= 4  # Pixel Harbor Games · Chengdu · Full-time, under a posting's title
            if not byline and note.where.text == "in the page header" and _ORGANISATION.search(  # the company first:
                    slashed.WIDE_GAP.split(note.text.strip())[0]):  # 安鲜达冷链物流有限公司　　人力资源部
                pieces = slashed.WIDE_GAP.split(note.text.strip())
                byline = len(pieces) > 1
            issuer = pieces[0] if byline else note.text
            kept = slashed.in_language(issuer, self.walk.source) if self.walk.source else None
            if language and not kept and not byline:  # Water Supplies Department  水務署: the form's language's
                kept = slashed.in_language(issuer, language, gaps=True)
            issuer = kept[0] if kept else issuer  # 上海浦江国际学校 / Shanghai …, over a bilingual form: the first half
            translation = f"; its translation ({kept[1]}) is not placed" if kept and not byline else ""
            if (note.where.text in _ISSUER_PLACES or above_title or byline) and note.reason == "text not placed" \
                    and not re.search(r"[。，,；;:：]", _LEGAL_FORM.sub("", note.text)) \
                    and len(issuer) <= _longest_issuer(issuer):
                document["issuer"] = issuer
                self.notes.remove(note)
                rest = f"; the rest ({' · '.join(pieces[1:])}) is not placed" if byline else ""
                self.unsure(FormLine(note.text, note.where), f"taken as the issuer{rest}{translation}; check it",
                            "document.issuer")
                return

    def registered_issuer(self, document: dict) -> None:
        """A page margin's registration line (Glen Corran Distillery Ltd, Registered in Scotland SC412345), when
        the form names no issuer elsewhere: the company it names taken as the issuer, and reported to check."""
        for note in self.notes if "issuer" not in document else ():
            found = registration.registered(note.text) if note.where.text.startswith("in the page") \
                and note.reason == "text not placed" else None
            if found:
                document["issuer"] = found[0]
                self.notes.remove(note)
                self.unsure(FormLine(note.text, note.where), f"taken as the issuer, the company its registration "
                            f"names; the registration ({found[1]}) is not placed; check it", "document.issuer")
                return

    def labelled_issuer(self, document: dict) -> None:
        """A line above the form's labels whose label no field has and whose
        value names an organisation (单位：宏岳钢铁集团有限公司), or whose label
        says it does (单位：凤冈县永安镇综合文化站), when the form
        names no issuer elsewhere: taken as the issuer, and reported to check."""
        for note in self.notes if "issuer" not in document else ():
            value = re.split(r"[:：]", note.text, maxsplit=1)[-1].strip()
            if note.label and note.where.text.startswith("above the first label") and len(value) <= 40 \
                    and (_ORGANISATION.search(value) or _EMPLOYER_LABEL.search(normalized(note.label))):
                document["issuer"] = value
                self.notes.remove(note)
                self.unsure(FormLine(note.text, note.where), f"taken as the issuer ({note.label} is no label of a "
                            "field); check it", "document.issuer")
                return

    def chains(self, data: dict, basic: dict) -> None:
        """Reporting charts (superiors, this position, subordinates) and career
        paths (the positions after this one; those before it reported)."""
        title = data.get("title")
        for kind, boxes, where in self.walk.chains:
            if kind == "career":  # the positions after this one (助教→讲师→副教授 for 讲师: 副教授)
                this = next((index for index, box in enumerate(boxes)
                             if normalized(box) in THIS_POSITION or box == title), -1)
                path = boxes[this + 1:]
                if path and "career_path" not in self.walk.fields:
                    data["career_path"] = path
                    for box in boxes[:max(this, 0)]:
                        self.notes.append(Note(where, box, "a position before this one on its career path, not placed"))
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


def _level_cells_joined(entries: list[FormLine]) -> list[FormLine]:
    """Class hours written in cells of their own (初级信贷专员 | 30课时): a
    level's cell and the hours beside it, in one row, read as one text."""
    joined: list[FormLine] = []
    for entry in entries:
        before = joined[-1] if joined else None
        if before is not None and before.row == entry.row and before.cell != entry.cell \
                and values.parse_hours(before.text) is None and values.parse_hours(entry.text) == ("", _figure(entry)):
            joined[-1] = replace(before, text=f"{before.text}：{entry.text}")
        else:
            joined.append(entry)
    return joined


def _figure(entry: FormLine):
    found = values.parse_hours(entry.text)
    return found[1] if found else None


def _measures(detail: str) -> list[str]:
    """A category's measures: split at 、 and ；, and at a comma when each side
    is a measure with its own money or percentage target (存款余额净增100万元，
    贷款余额净增50万元), so that no target is taken for another measure's."""
    parts = []
    for part in re.split(r"[、；;]", detail):
        pieces = re.split(r"，|,(?!\d)", part)  # not the comma of 4,861.34
        parts += pieces if len(pieces) > 1 and all(_money_or_share(piece) for piece in pieces) else [part]
    return parts


def _money_or_share(text: str) -> bool:
    """Whether a text is a measure with a target of money or a percentage (存款余额净增100万元)."""
    name, target = values.parse_target(values.parse_weight(text)[0])
    return target is not None and ("amount" in target or "percent" in target) and values.is_chinese(name)


def _point_deductions(text: str) -> list[dict]:
    """The rules of ``text`` (separated by ；) when each deducts points (…的，每次扣10分); [] otherwise."""
    rules = [rule for rule in _SEMICOLONS.split(text.rstrip("。；")) if rule.strip()]
    parse = values.parse_deduction if values.is_chinese(text) else values.parse_english_deduction
    deductions = [found for rule in rules if (found := parse(rule)) and "points" in found]
    return deductions if rules and len(deductions) == len(rules) else []


def _colon(text: str) -> tuple[str, str]:
    """``heading:detail`` split at its first colon (ASCII or full-width)."""
    parts = re.split(r"[:：]", text, maxsplit=1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")


_PARTS = {normalized(label): name for name, info in Indicators.model_fields.items()
          for label in [*(about(info).label or ()), *about(info).imported]}
"""The labels of the parts of the indicators (定量指标, 定性指标), as the model declares them."""
_PARTS |= {"扣分规则": "qualitative", "deductionrules": "qualitative",  # the qualitative part's own list of rules
           "处罚规则": "qualitative", "penaltyrules": "qualitative"}


def indicator_part(text: str) -> str | None:
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
