"""Typed values read back from the words a form writes them in: counts (1人),
grades (三级), dates (2014年12月09日, 2014-12-09), money (100万元), percentages,
targets (≥90%, ≤2次/季度), weights, point deductions and class hours; and the
typed numbering (一、 1、 （1）, 一是) stripped from texts."""

from __future__ import annotations

import contextlib
import datetime
import functools
import re
import unicodedata
from decimal import Decimal

_DIGITS = "零一二三四五六七八九"
_CAPITAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾", "一二二三三四五六六七八九十")
"""The numerals of banks and contracts (壹、贰、叁), written for the common ones."""
HANZI = "一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾"
"""The Chinese numerals a heading is numbered with (三、, 叁、)."""
_HANZI_NUMBER = re.compile(rf"^[零两{HANZI}]{{1,3}}$")


def hanzi_value(text: str) -> int | None:
    """三 → 3, 十二 → 12, 四十 → 40, 叁 → 3; None for anything else."""
    if not _HANZI_NUMBER.match(text):
        return None
    text = text.translate(_CAPITAL).replace("两", "二")
    if "十" not in text:
        return _DIGITS.index(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return None
    return (_DIGITS.index(tens) if tens else 1) * 10 + (_DIGITS.index(units) if units else 0)


def folded(text: str) -> str:
    """Full-width digits, letters and punctuation as ASCII (for matching only)."""
    return unicodedata.normalize("NFKC", text)


MARKS = "[\u2600-\u260f\u2613-\u27bf\u2b50\u2b55\u23e9-\u23fa\U0001f300-\U0001faff]\ufe0f?"
"""Emoji and pictographs set before a line as its bullet or its label's mark (✅, 📍, 👉), not boxes to tick."""
NUMBERING = re.compile(
    rf"^\s*(?:(?P<group>第?[{HANZI}]+[、.．]|第[{HANZI}\d]{{1,3}}(?:部分|章|节)(?=\s|[^\x00-\x7f])"
    r"|(?:Part|PART|Section|SECTION)\s+(?:[IVX]{1,4}|\d{1,2}|[A-Z])(?:[.:]|\s*[–—-])?(?=\s)"  # PART A – DUTIES
    rf"|[(（][{HANZI}]+[)）]|[A-Z]\.(?=\s)"
    r"|[IVX]{2,4}\.(?=\s)|[Ⅰ-Ⅻ][、.．])"  # Ⅱ．: a Roman numeral's own character
    rf"|(?P<item>[{HANZI}]{{1,3}}是(?=[^\x00-\x7f])"  # 一是…；二是…: an official text's way of counting
    r"|[⒈-⒛]|\d{1,2}(?:[、．]|\.(?!\d)|[)）](?!\d))|\d{1,2}(?:\.\d{1,2}){1,2}(?=\s+[^\sa-z])"  # 2.1 a clause
    r"|[A-Z]\d{1,2}(?=\s+[A-Z])|\d{2}(?=\s{2,}|\t|\u3000))"  # C1 Keep a watch: an item numbered under its part's
    # letter; 01  接班前检查…: a plain-text print's number, two digits and a wide gap
    r"|(?P<sub>[(（](?:\d{1,2}|[a-z])[)）]|[a-z][)）](?=\s*[^\x00-\x7f]|\s+[A-Z][a-z])|[①-⑳⑴-⒇])"  # ⑴: a number's
    # own character; a) Inspect blocks: a letter before an English sentence
    rf"|(?P<bullet>[•·‧・▪●◆■□☐✓√\-–—*](?=\s|[^\x00-\x7f])|{MARKS}))\s*"
)


def marked(text: str) -> bool:
    """Whether a line starts with an emoji or a pictograph as its mark (MARKS)."""
    return re.match(MARKS, text.strip()) is not None


def numbering(text: str) -> tuple[str | None, str]:
    """The kind of typed numbering a line starts with (group, item, sub,
    bullet or None) and the line without it."""
    match = NUMBERING.match(text)
    if not match or not text[match.end():].strip():
        return None, text.strip()
    return match.lastgroup, text[match.end():].strip()


_TICKED, _EMPTY_BOX = "☑☒■▣✓✔√", "□☐"
_CHOICES = re.compile(rf"([{_TICKED}{_EMPTY_BOX}])\s*([^{_TICKED}{_EMPTY_BOX}]*)")


def ticked(text: str) -> tuple[list[str], int] | None:
    """A choice made with boxes (□大专 ☑本科 □硕士): the options ticked, and
    how many there are; None when ``text`` is not a row of two or more boxes."""
    if not text.strip() or text.strip()[0] not in _TICKED + _EMPTY_BOX:
        return None
    options = _CHOICES.findall(text.strip())
    if len(options) < 2:
        return None
    return [option.strip(" 　,，;；") for box, option in options if box in _TICKED], len(options)


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12}
_HEADING_NUMBER = re.compile(
    rf"^\s*(?P<part>(?:Part|PART|Section|SECTION)\s+)?第?(?P<open>[(（])?(?P<figure>[{HANZI}]{{1,3}}|[IVX]{{1,4}}|[A-Z]"
    r"|\d{1,2})(?P<close>[)）]|[、.．](?!\d)|部分|章|节|(?(part)(?:[.:]|\s*[–—-])?(?=\s)|(?!)))")


def heading_numbers(text: str) -> list[tuple[str, int]]:
    """What a heading's numbering may count: ``三、`` → [("一、", 3)], ``II.`` →
    [("I.", 2)], ``C.`` → [("A.", 3)], and ``I.`` both a Roman one and the
    letter I (the headings around it tell which); [] for no numbering."""
    match = _HEADING_NUMBER.match(folded(text))
    if not match:
        return []
    figure = match["figure"]
    part, close = (match["part"] or "").strip().title(), match["close"].strip().replace("．", ".")
    punctuation = part + (match["open"] or "") + close
    found = []
    if figure.isdigit():
        found.append(("1" + punctuation, int(figure)))
    elif figure in _ROMAN:
        found.append(("I" + punctuation, _ROMAN[figure]))
    if len(figure) == 1 and "A" <= figure <= "Z":
        found.append(("A" + punctuation, ord(figure) - ord("A") + 1))
    value = hanzi_value(figure)
    if value is not None:
        found.append(("一" + punctuation, value))
    return found


_DATE = re.compile(r"^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|[-/.](\d{1,2})[-/.](\d{1,2}))$")
_MINGUO = re.compile(r"^(?:(?:中[华華]民[国國]|民[国國])\s*(?=\d)|(?=1\d\d\D))(\d{1,3})"
                     r"\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?|[-/.](\d{1,2})[-/.](\d{1,2}))$")
"""A date in Taiwan's Minguo calendar (中華民國113年3月1日, 民國113/3/1, or 113.03.01 with no era name, as
a year of three figures is no other calendar's): year 1 is 1912."""
_MINGUO_START = 1911


_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_IN_FORCE = re.compile(r"^(?:本.{0,8}?)?自\s*(?P<date>\S.*?)\s*起(?:施行|实施|执行|生效)[。.]?$"
                       r"|^This .{1,30}? (?:is effective|takes effect|comes into effect|applies) (?:from|on|as of) "
                       r"(?P<english>\S.*?)\.?$", re.IGNORECASE)
"""A form's closing sentence giving the date it takes effect: 本说明书自2024年7月1日起施行。"""


def in_force_from(text: str) -> str | None:
    """The date, as written, of a sentence saying the form takes effect then
    (本说明书自2024年7月1日起施行。, This job description takes effect from 1
    July 2024.); None for any other text, or a date that cannot be read."""
    match = _IN_FORCE.match(text.strip())
    date = match and (match["date"] or match["english"])
    return date if date and parse_date(date) else None


_ISSUED_AND_IN_FORCE = re.compile(r"^(?P<issued>\S.*?)\s*发布\s+(?P<date>\S.*?)\s*(?:实施|施行|生效)$")
"""The foot of a standard's cover: 2024-01-10发布　　2024-01-15实施 (the date issued, then the date in force)."""


def issued_and_in_force(text: str) -> tuple[str, str] | None:
    """The dates, as written, a standard's cover line gives (2024-01-10发布
    2024-01-15实施): the date issued and the date it takes effect; None for
    any other text, or dates that cannot be read."""
    match = _ISSUED_AND_IN_FORCE.match(text.strip())
    if match is None or not parse_date(match["issued"]) or not parse_date(match["date"]):
        return None
    return match["issued"], match["date"]


def in_force_within(text: str) -> str | None:
    """The date of a paragraph's last sentence when it says the form takes
    effect then (…请遵照执行。本说明书自2024年4月1日起施行。, a notice issuing
    the form); None for a paragraph of one sentence, or any other."""
    sentences = [sentence for sentence in re.split(r"(?<=[。])", text.strip()) if sentence.strip()]
    return in_force_from(sentences[-1]) if len(sentences) > 1 else None


_HANZI_DATE = re.compile(rf"^([〇○零{HANZI[:9]}]{{4}})\s*年\s*([{HANZI[:10]}]{{1,2}})\s*月"
                         rf"(?:\s*([{HANZI[:10]}]{{1,3}})\s*日)?$")
"""A date in Chinese numerals: 二〇二四年三月十五日, 二〇二四年三月."""


def arabic_date(text: str) -> str:
    """A date in Chinese numerals written in figures (二〇二四年三月十五日:
    2024年3月15日); any other text as it is."""
    match = _HANZI_DATE.match(text.strip())
    if match is None:
        return text
    year = "".join(str(_DIGITS.index(digit) if digit in _DIGITS else 0) for digit in match[1])
    month, day = hanzi_value(match[2]), hanzi_value(match[3]) if match[3] else None
    if month is None or (match[3] and day is None):
        return text
    return f"{year}年{month}月" + (f"{day}日" if day is not None else "")


def parse_date(text: str) -> datetime.date | None:
    """2014年12月09日, 2014-12-09, 2014/12/9, 2014.12.09, December 9, 2014, 1st March 2024, 12-Mar-2024,
    中華民國113年3月1日 (the Minguo calendar), 13/04/2024 (the year last, read
    the one way it is a date); None otherwise, also for 01/04/2024, which is
    a date either way round (``year_last_readings``)."""
    text = arabic_date(text)
    readings = year_last_readings(text)
    if readings:
        return readings[0] if len(readings) == 1 else None
    match = _DATE.match(folded(text).strip())
    minguo = None if match else _MINGUO.match(folded(text).strip())
    if minguo:
        match = minguo
    if not match:
        plain = _ORDINAL.sub("", text.strip())  # 1st March 2024
        for pattern in ("%B %d, %Y", "%d %B %Y", "%b %d, %Y", "%d %b %Y", "%d-%b-%Y", "%d-%B-%Y"):
            try:
                return datetime.datetime.strptime(plain, pattern).date()
            except ValueError:
                continue
        return None
    year, month, day = int(match[1]), int(match[2] or match[4]), int(match[3] or match[5])
    if minguo:
        year += _MINGUO_START
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


YEAR_LAST = re.compile(r"(?<!\d)(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
"""A date written with its year last: 01/04/2024, 1.4.2024."""


def year_last_readings(text: str) -> list[datetime.date]:
    """A date written with its year last (01/04/2024, 13.04.2024): the
    dates it reads as, day/month first, then month/day when that is another
    date; [] for any other text."""
    match = YEAR_LAST.fullmatch(folded(text).strip())
    if not match:
        return []
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    found = []
    for day, month in ((first, second), (second, first)):
        with contextlib.suppress(ValueError):
            found.append(datetime.date(year, month, day))
    return list(dict.fromkeys(found))


_COUNT = re.compile(r"^(\d+|[一二两三四五六七八九十]{1,3})\s*(?:人|名|个|位|persons?|people)?$", re.IGNORECASE)


def parse_count(text: str) -> int | None:
    """1人, 4 people, 三名; None for words such as 若干."""
    match = _COUNT.match(folded(text).strip())
    if not match:
        return None
    return int(match[1]) if match[1].isdigit() else hanzi_value(match[1])


_GRADE = re.compile(r"^(?:grade\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*级?$", re.IGNORECASE)


def parse_grade(text: str) -> int | str:
    """三级, 3级, Grade 3 → 3; a grade in other words (P5, M2) stays a text."""
    match = _GRADE.match(folded(text).strip())
    value = None
    if match:
        value = int(match[1]) if match[1].isdigit() else hanzi_value(match[1])
    return value if value is not None and 1 <= value <= 99 else text.strip()


def parse_number(text: str) -> int | Decimal | None:
    """A figure written alone (3, 1,200, 4.5), or None."""
    return number(text.strip()) if re.fullmatch(_FIGURE, text.strip()) else None


def number(figure: str) -> int | Decimal:
    value = Decimal(figure.replace(",", ""))
    return int(value) if value == value.to_integral_value() else value


_MAGNITUDE = {"万": 10**4, "亿": 10**8, "万亿": 10**12}
_PERIODS = {"月": "month", "季度": "quarter", "季": "quarter", "年": "year"}
_COMPARE = {"≥": "at_least", ">=": "at_least", "不低于": "at_least", "不少于": "at_least", "至少": "at_least",
            "≤": "at_most", "<=": "at_most", "不高于": "at_most", "不超过": "at_most", "不多于": "at_most"}
_FIGURE = r"\d[\d,]*(?:\.\d+)?"


@functools.cache
def _currencies() -> dict[str, str]:
    """Chinese currency names (美元) to codes (USD), as the form writes them."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale.parse("zh").currencies.items():
        names.setdefault(name, code)
    names["元"] = names["人民币"] = "CNY"
    return names


@functools.cache
def _target_pattern() -> re.Pattern:
    """Built on first use: Babel's currency names load only when a form has measures."""
    currencies = "|".join(sorted(map(re.escape, _currencies()), key=len, reverse=True))
    compare = "|".join(sorted(map(re.escape, _COMPARE), key=len, reverse=True))
    return re.compile(
        rf"^(?P<name>.*?)(?P<compare>{compare})?\s*(?P<figure>{_FIGURE})\s*"
        rf"(?:(?P<percent>%)|(?P<magnitude>万亿|亿|万)?(?P<currency>{currencies})"
        r"|(?P<magnitude2>万亿|亿|万)|(?P<unit>[^\d\s/、,，:：;；()（）%≥≤<>=]{1,4}))?"
        r"(?:\s*/\s*(?P<per>月|季度|季|年))?$")


def parse_target(text: str) -> tuple[str, dict | None]:
    """``存款余额净增100万元`` → (存款余额净增, {amount: 1000000, currency: CNY});
    ``客户满意度≥90%``, ``有效投诉≤2次/季度``; a text with no figure at its end
    is a name without a target."""
    match = _target_pattern().match(text.strip())
    if not match or not match["name"].strip():
        return text.strip(), None
    return match["name"].strip(), _target(match)


def parse_target_alone(text: str) -> dict:
    """A target in a cell of its own (2000万元, ≤1%, 300张, at least 95%):
    typed as ``parse_target`` types it, or in words (全年无重大差错)."""
    match = _target_pattern().match(text.strip())
    if match and not match["name"].strip():
        return _target(match)
    english = parse_english_measure(f"target: {text.strip()}")
    return english["target"] if "target" in english else {"text": text.strip()}


def _target(match: re.Match) -> dict:
    """The target of a matched ``_target_pattern``."""
    figure = number(match["figure"])
    target: dict[str, int | Decimal | str]
    if match["percent"]:
        target = {"percent": figure}
    elif match["currency"] or match["magnitude2"]:
        magnitude = _MAGNITUDE.get(match["magnitude"] or match["magnitude2"] or "", 1)
        target = {"amount": number(str(Decimal(str(figure)) * magnitude))}
        code = _currencies().get(match["currency"] or "元", "CNY")
        if code != "CNY":
            target["currency"] = code
    elif isinstance(figure, int):
        target = {"count": figure}
        if match["unit"]:
            target["unit"] = match["unit"]
    else:
        target = {"number": figure}
        if match["unit"]:
            target["unit"] = match["unit"]
    if match["compare"]:
        target["compare"] = _COMPARE[match["compare"]]
    if match["per"]:
        target["per"] = _PERIODS[match["per"]]
    return target


_WEIGHT = re.compile(rf"^(?P<rest>.*?)\s*[(（]\s*权重\s*[:：]?\s*(?P<weight>{_FIGURE})\s*%\s*[)）]$")


def parse_weight(text: str) -> tuple[str, int | Decimal | None]:
    """``客户满意度≥90%(权重30%)`` → (客户满意度≥90%, 30)."""
    match = _WEIGHT.match(text.strip())
    return (match["rest"], number(match["weight"])) if match else (text.strip(), None)


_SHARE = re.compile(rf"^({_FIGURE})\s*%?$")


def parse_share(text: str) -> int | Decimal | None:
    """A weight written in its own cell (40%, 40, 12.5 %): the percent, above 0
    and at most 100; None for anything else."""
    match = _SHARE.match(folded(text).strip())
    if not match:
        return None
    value = number(match[1])
    return value if 0 < value <= 100 else None


_POINTS = re.compile(
    r"^(?P<rule>.+?)\s*[,，;；]?\s*(?P<per>每人每次|每人|每次|每项|每笔)?扣\s*(?P<points>\d+)\s*分[。;；]?$")
_PER = {"每人每次": "person_occurrence", "每人": "person", "每次": "occurrence", "每项": "occurrence",
        "每笔": "occurrence", None: "occurrence"}


def parse_deduction(text: str) -> dict | None:
    """``违反…的,每人每次扣5分`` → {rule, points, per}; ``…的,当月绩效为零``
    → {rule, penalty}; None for a criterion (no comma)."""
    match = _POINTS.match(text.strip())
    if match:
        deduction = {"rule": match["rule"].strip(), "points": int(match["points"])}
        if _PER[match["per"]] != "occurrence":
            deduction["per"] = _PER[match["per"]]
        return deduction
    parts = [part.strip() for part in re.split(r"[,，]", text.strip(), maxsplit=1)]
    if len(parts) == 2 and all(parts):
        return {"rule": parts[0], "penalty": parts[1]}
    return None


_HOURS = re.compile(rf"^(?P<level>.*?)\s*(?:专业学习)?\s*[:：]?\s*(?P<hours>{_FIGURE})\s*"
                    r"(?:课时|学时|小时|class hours?(?: of professional study)?)$", re.IGNORECASE)


def parse_hours(text: str) -> tuple[str, int | Decimal] | None:
    """``助理级客户经理专业学习:20课时`` → (助理级客户经理, 20); ``40课时`` → ('', 40)."""
    match = _HOURS.match(text.strip())
    return (match["level"].strip(), number(match["hours"])) if match else None


_LEVEL_IDS = [("助理", "assistant"), ("初级", "junior"), ("中级", "intermediate"), ("高级", "senior"),
              ("资深", "principal"), ("首席", "chief"), ("assistant", "assistant"), ("junior", "junior"),
              ("intermediate", "intermediate"), ("senior", "senior"), ("principal", "principal")]


def names_level(name: str) -> bool:
    """Whether ``name`` starts as a level's name does (中级工, Senior Engineer)."""
    return name.lower().startswith(tuple(prefix for prefix, _ in _LEVEL_IDS))


def level_id(name: str, taken: set[str]) -> str:
    """An id for a level named ``name``: assistant for 助理级…, senior for 高级…,
    else level-N."""
    lowered = name.lower()
    for prefix, key in _LEVEL_IDS:
        if lowered.startswith(prefix) and key not in taken:
            return key
    index = len(taken) + 1
    while f"level-{index}" in taken:
        index += 1
    return f"level-{index}"


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def is_chinese(text: str) -> bool:
    return bool(_CJK.search(text))


_EN_POINTS = re.compile(r"^(?P<rule>.+?):\s*(?P<points>\d+) points? deducted per "
                        r"(?P<per>person per occurrence|person|occurrence)$")


def parse_english_deduction(text: str) -> dict | None:
    """``Breach of …: 5 points deducted per occurrence``; ``A major incident: penalty``."""
    match = _EN_POINTS.match(text.strip())
    if match:
        return {"rule": match["rule"], "points": int(match["points"]),
                "per": match["per"].replace(" per ", "_")}
    rule, colon, penalty = text.partition(": ")
    return {"rule": rule.strip(), "penalty": penalty.strip()} if colon and rule.strip() and penalty.strip() else None


_EN_WEIGHT = re.compile(r"^(?P<rest>.*?)\s*\(weight (?P<weight>[\d.]+)%\)$")
_EN_TARGET = re.compile(
    r"^(?P<name>.+?):\s*(?P<compare>at least |at most |exactly )?(?:(?P<currency>[A-Z]{3})\s*)?"
    rf"(?P<figure>{_FIGURE})\s*(?:(?P<percent>%)|(?P<unit>[^()]+?))?(?:\s+per (?P<per>month|quarter|year))?$")


def parse_english_measure(text: str) -> dict:
    """``Customer satisfaction: at least 90% (weight 30%)``, ``Deposits: CNY
    1,000,000``, ``Complaints: at most 2 times per quarter``: the measure."""
    rest, weight = text.strip(), None
    if match := _EN_WEIGHT.match(rest):
        rest, weight = match["rest"], number(match["weight"])
    measure: dict = {"name": rest}
    if match := _EN_TARGET.match(rest):
        figure = number(match["figure"])
        if match["currency"]:
            target = {"amount": figure, "currency": match["currency"]}
        elif match["percent"]:
            target = {"percent": figure}
        else:
            target = {"count" if isinstance(figure, int) else "number": figure}
            if match["unit"]:
                target["unit"] = match["unit"].strip()
        if match["compare"]:
            target["compare"] = match["compare"].strip().replace(" ", "_")
        if match["per"]:
            target["per"] = match["per"]
        measure = {"name": match["name"].strip(), "target": target}
    if weight is not None:
        measure["weight"] = weight
    return measure


_EN_LIST_COMMA = re.compile(r",\s+(?!\d)(?:and\s+)?")
_EN_LIST_AND = re.compile(r"(?<=[^\s])\s+and\s+")
_NAME_WORD = re.compile(r"^[A-Z][^\s]*[a-z]")
"""A word with a capital and small letters (Substance, ZBrush): a name's, where a list's later item starts with it."""


_NAMED_BEFORE_AND = re.compile(r"\bthe(?:\s+[A-Z][\w'’-]*)+$")
"""The start of a proper name before an "and" (with the Health and Care Professions Council): no list's "and"."""


def _names_kept(parts: list[str]) -> list[str]:
    """Parts split at "and" joined again where the "and" is a proper name's (the Health and Care …)."""
    kept = parts[:1]
    for part in parts[1:]:
        if _NAMED_BEFORE_AND.search(kept[-1]) and part[:1].isupper():
            kept[-1] = f"{kept[-1]} and {part}"
        else:
            kept.append(part)
    return kept


def english_items(text: str, capitalized: bool = False) -> list[str]:
    """``a, b, and c``, ``a, b and c`` or ``a and b`` → items;
    ``capitalized``: the capital the form gives a joined value's first word
    undone, unless a later item's first word has a capital too (Maya,
    ZBrush, Substance Painter: names; not an acronym, Laptop and CRM)."""
    parts = _EN_LIST_COMMA.split(text)
    parts = parts[:-1] + _names_kept(_EN_LIST_AND.split(parts[-1]))
    parts = [part.strip() for part in parts if part.strip()]
    named = any(_NAME_WORD.match(part) for part in parts[1:])
    if capitalized and parts and not named and re.match(r"^[A-Z][a-z]", parts[0]):
        parts[0] = parts[0][0].lower() + parts[0][1:]
    return parts
