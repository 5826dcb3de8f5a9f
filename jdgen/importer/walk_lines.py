"""The walk's lines (recognize.py): a line that is a label, a heading, a
``label：value`` pair, an item of the current field, a requirement, a
notice's title or a sign-off; each read here and handed to its field."""

from __future__ import annotations

import dataclasses
import re

from jdgen.importer import (
    annex,
    conditions,
    dashed,
    equity_statement,
    fact_sentence,
    glossed,
    labelled_items,
    layout,
    notice,
    other_headings,
    page_furniture,
    questions,
    recruitment,
    requirements,
    run_in_heading,
    run_in_signer,
    signer_labels,
    slashed,
    spaced_columns,
    spread_label,
    stand_ins,
    sub_items,
    values,
)
from jdgen.importer.assemble import SCORING_FORMULA, indicator_part
from jdgen.importer.confidence import GUESSED, POSITION, Confidence
from jdgen.importer.entries import GROUP_STYLE, FormLine, Note
from jdgen.importer.field_labels import (
    FIELD_INDEX,
    FORM_TITLES,
    SECTION_INDEX,
    heading_like,
    inline_labels,
    is_form_title,
    is_label,
    matched,
    normalized,
    resolve,
)
from jdgen.importer.reading import Cell, Line
from jdgen.importer.signer_labels import SIGNER_FIELDS
from jdgen.importer.walk_state import (
    LANGUAGES,
    ONE_TEXT,
    PREFERRED,
    SCALARS,
    SIGNING_LINE,
    SUB_HEADING,
    WalkState,
)

ARROWS = re.compile(r"\s*(?:→|->|—>|=>|⇒|➝|➔)\s*")

_UNKNOWN_LABEL = re.compile(r"^([^\s\d:：。，,；;、](?:[^:：。，,；;、]{0,18}[^\s:：。，,；;、])?)"
                            r"\s*(?:(?<!\d)[:：]|[:：](?!\d\d))\s*(.{0,40})$")
"""``年龄要求：40岁以下``: a short label with a colon, then a short value (or none); not the colon of
a time (三班倒（早班7:00-15:00）)."""

_TABBED_LABEL = re.compile(_UNKNOWN_LABEL.pattern.split(r"\s*(?:")[0] + r"\s*[:：]\t\s*(\S.*)$")
"""``Admission:<tab>Admitted to practise in …``: a short label, a colon and a tab, then a value of any length."""

_LABEL_AND_TEXT = re.compile(_UNKNOWN_LABEL.pattern.split(r"\s*(?:")[0] + r"\s*[:：]\s+(\S.*)$")
"""``Disclosure: Membership of the PVG Scheme …``: a short label, a colon and a space, then a value of any length."""

_SUB_LABEL = re.compile(r"^\s*(?:必备条件|必要条件|优先条件|加分条件|加分项|基本要求|优先考虑|Essential|Desirable|"
                        r"Required|Preferred)\s*[:：]\s*(?=\S)", re.IGNORECASE)
"""Sub-labels inside a requirement (必备条件：, Essential:): no field of the spec."""

_MARKED = re.compile(r"\s*【\s*([^【】]{1,20}?)\s*】\s*")
"""A label marked by 【】 inside a line, its value after it (【岗位】推拿理疗师)."""

_BRACKETED = re.compile(r"^\s*[【〖〔\[]\s*([^】〗〕\]]{1,20}?)\s*[】〗〕\]]\s*$")
"""A heading in brackets: 【岗位职责】, 〔任职资格〕."""

_DEGREE = re.compile(r"^(?:an?\s+)?(?:PhD|Ph\.D\.?|doctorate|"
                     r"(?:(?:first|university|honours|post-?secondary|tertiary|college|associate)\s+)?(?:degree|diploma)|"
                     r"(?:bachelor|master)(?:'?s)?\s+(?:degree|of|in)|MSc|BSc|high\s+school\s+diploma|GED|"
                     r"(?:college\s+|university\s+)?graduate\s+of)\b",
                     re.IGNORECASE)
"""A requirement an English form states as a degree (A PhD in chemistry, Post-secondary diploma in Business
Administration, Graduate of any four-year course): the education."""


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

_LEADING_WORDS = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2} $")
"""One to three English words joined to a label by a space at a line's start (Prepared Date:): the label's own."""

_LEFT_BLANK = re.compile(r"^[\s_＿]*(?:[(（]\s*(?:签字|签名|签章|盖章|签字盖章|signature|sign here)\s*[)）]"
                         r"|年[\s_＿]*月[\s_＿]*日|(?:yyyy|dd|mm)[-/.](?:mm|dd)[-/.](?:dd|mm|yyyy))[\s_＿]*$",
                         re.IGNORECASE)
"""A blank the form leaves to fill in, with only its instruction or its date's frame: （签字）, 年 月 日."""

_BLANK_EDGES = re.compile(r"^[_＿]{2,}\s*(?=\S)|(?<=\S)\s*[_＿]{2,}$")
"""The underscores of a blank a value was typed over, before and after it (__张三__)."""

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


class LineShapes(WalkState):
    """The walk's reading of a line, by what it is."""

    def line(self, line: Line, cell: Cell) -> None:
        text = _EMPHASIS.sub(lambda bold: bold[1] or bold[2], line.text.replace("\t", " ")).strip()
        if not text or self.charted(text):
            return
        article = _ARTICLE.match(text + " ")
        if article:  # 第八条　工作时间：…: a new article, never more of a value of one text above it
            text = text[article.end():].strip()
            if self.field in ONE_TEXT and self.field in self.fields:
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
                                   f"after the {LANGUAGES[self.source]} and a slash, taken for its translation; "
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
        if SUB_HEADING.match(text) and self.section == "qualifications":
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
        # 制表人：冯小梅 / 审批人：王建军 / 二〇二四年三月二十日
        if self.field in SIGNER_FIELDS and "basic.prepared_on" not in self.fields \
                and cell.where.startswith("paragraph") and values.parse_date(text):
            self.add_to("basic.prepared_on", "a date alone on its line under the signers", text, cell, line)
            return
        if not normalized(text):  # （续表）: the table goes on from the page before
            return
        keyed, self.keyed = self.keyed, False
        listed_pair, self.listed_pair = self.listed_pair, False
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
        if kind is None and unknown and len({slashed.language(word) for word in unknown[1].split()}) == 2 \
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
        signed = signer_labels.signed_line(text) or run_in_signer.parted(text) \
            if len(parts) == 1 and kind is None else None
        if signed and self.label(signed[0]):  # Approved by the Principal: Aroha Ngata; Approved by Chief and Council
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
                keyed or self.field is None or self.field in SCALARS or self.section in ("document", "basic")
                or (kind is None and self.after_item(line) and not SCORING_FORMULA.match(text))):
            self.notes.append(Note(self.place(), text, f"a label no field has ({unknown[1]}), not placed",
                                   label=unknown[1]))
            self.keyed = True
            if self.field in ONE_TEXT and self.field in self.fields:  # 注：1．… 2．… under 工作时间's value:
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
        if len(parts) == 1 and not unknown and listed_pair \
                and labelled_items.unlabelled_after_labelled(line, kind, self.fields.get(self.field or "", [])):
            self.notes.append(Note(self.place(), text, labelled_items.REASON))  # • STCW …, after • Experience: …
            self.keyed = self.listed_pair = True
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
                elif index and self.field in SCALARS:  # 岗位名称：保管员；岗位编号：WB-CC-03。: the line's full stop
                    value = value.rstrip().rstrip("。")
                if value.strip():
                    self.value(value.strip(), cell, line)
            self.keyed = bool(parts[-1].strip())
            self.listed_pair = self.keyed and not parts[0].strip() and labelled_items.is_item(line, kind)
            return
        if kind in (None, "group") and self.ends_text(rest, cell):
            self.unknown_heading(text, rest)
            return
        self.value(text, cell, line)

    def field_beside(self, cell: Cell) -> str | None:
        """The field whose label ``cell`` stands beside in a table's row: one of one text with no value yet;
        None for any other cell."""
        if cell.where.startswith("table") and self.label_row == self.row_number \
                and self.label_cell != self.cell_number and self.field in ONE_TEXT and self.field not in self.fields:
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
        if cell.part or self.field not in ONE_TEXT or self.field not in self.fields or not heading_like(text):
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
        preferred = bool(PREFERRED.match(text))
        self.notes.append(Note(self.place(), text, "a sub-heading the spec has no place for; the lines under it "
                               + ("are not placed (preferred, not required)" if preferred
                                  else "are kept as requirements"), unsure=not preferred))
        self.heading, self.previous = text.strip(), ""
        if preferred:
            self.field = None

    def value(self, text: str, cell: Cell, line: Line) -> None:
        text = _BLANK_EDGES.sub("", text)  # 审核人：__张三__: the name typed over a blank of underscores
        if not text or SIGNING_LINE.match(text) or _LEFT_BLANK.match(text):
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
                    normalized(self.heading)) and not _EXPERIENCE.search(rest) \
                and not requirements.CERTIFICATE.search(rest):
            # Qualifications: NCEA Level 2 or equivalent, over Experience: …: the qualification held, the education
            self.add_to("qualifications.education", "the value of a line labelled Qualifications", rest, cell, line,
                        kind)
        elif self.field == "qualifications.experience" and requirements.CERTIFICATE.search(rest) and (
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
