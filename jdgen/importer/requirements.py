"""What a requirement listed with no label of its own names (a selection
criterion under Essential): knowledge, an ability, or experience, by its
words; the education and the major of one line that gives both
(大专及以上学历，机电一体化等相关专业); a certificate's name in a sentence
holding it (持有低压电工作业操作证；); the requirements of one sentence
parted by ；; read so where a form's requirements come as one list."""

from __future__ import annotations

import re

CERTIFICATE = re.compile(r"\b(?:certificate|certification|licen[cs]e)\b|证书|资格证|操作证|上岗证|驾驶证|执业资格"
                         r"|^(?-i:Registered|Chartered|Certified|Licensed) (?-i:[A-Z])"
                         r"|^(?-i:Registration) (?:with|as) ",
                         re.IGNORECASE)
"""A requirement that names a certificate, a licence or a profession's registration (GMDSS General Operator's
Certificate, Registered Social Worker, Registration with the HCPC): the certificates."""

_EXPERIENCE = re.compile(r"\bexperience[ds]?\b", re.IGNORECASE)
_KNOWLEDGE = re.compile(r"\bknowledge\b|\bunderstanding of\b|\bfamiliarity with\b", re.IGNORECASE)
_ABILITY = re.compile(r"\bskill(?:s|ed)?\b|\babilit(?:y|ies)\b|\bproficien(?:cy|t)\b|\bcompeten(?:ce|cy|t)\b"
                      r"|\bcommand of\b|\bfluen(?:t|cy)\b", re.IGNORECASE)


def named_field(text: str) -> str | None:
    """The qualifications' field a requirement's words name (Sound knowledge
    of …: knowledge; Highly developed communication skills, Good command of
    written English: abilities);
    experience first, as a requirement of experience often names skills too;
    None for one that names none of them."""
    if _EXPERIENCE.search(text):
        return "qualifications.experience"
    if _KNOWLEDGE.search(text):
        return "qualifications.knowledge"
    if _ABILITY.search(text):
        return "qualifications.abilities"
    return None


_EDUCATION = re.compile(r"(?:学历|学位|本科|大专|专科|中专|高中|硕士|博士|研究生)(?:及以上|以上)?"
                        r"(?:学历|学位|文化程度)?$")
_STUDY_MODE = re.compile(r"^(?:全日制|统招)")
"""How a degree was studied, before it (全日制本科, 统招大专): no part of the education's shape."""
_CLAUSES = re.compile(r"\s*[，,]\s*")
_END = "；;。."
_HOLDING = re.compile(r"^(?:持有|具有|具备|取得|持)\s*")


def education_and_major(text: str) -> tuple[str, str] | None:
    """The education a requirement states (大专及以上学历) and the major in the
    clause after it (…等相关专业); None for any other text. (An education
    alone among the requirements stays one of them, as 资历 lists education and experience.)"""
    clauses = _CLAUSES.split(text.strip().rstrip(_END))
    if len(clauses) != 2 or not _EDUCATION.search(clauses[0]) or not clauses[1].endswith("专业"):
        return None
    return clauses[0], clauses[1]


def alone(text: str) -> str | None:
    """The field a requirement listed as an item of its own names by its
    shape: an education (大专及以上学历；), a major (…等相关专业；) or a
    certificate held (持有健康证；); None for any other. (Unlisted, an
    education stays among the requirements, as above.)"""
    text = text.strip().rstrip(_END)
    if _EDUCATION.match(_STUDY_MODE.sub("", text)) and len(text) <= 10:  # 全日制本科及以上学历: how it was studied
        return "qualifications.education"
    if text.endswith("专业") and not _HOLDING.match(text) and "经验" not in text:
        return "qualifications.major"
    if _HOLDING.match(text) and text.endswith("证"):
        return "qualifications.certificates"
    return None


def certificate_name(text: str) -> str:
    """The certificate a requirement names, without the verb that holds it and the sentence's end
    (持有低压电工作业特种作业操作证；: 低压电工作业特种作业操作证)."""
    return _HOLDING.sub("", text.strip()).rstrip(_END)


_ITEMS = re.compile(r"\s*[；;]\s*")
_STATED_EXPERIENCE = re.compile(r"经验|经历|年以上|年及以上")
"""What a requirement of experience says in Chinese (2年以上仓库管理经验)."""


def sentence_items(text: str) -> list[str]:
    """The requirements of one sentence parted by ；, when each names its field
    by its shape or states experience (高中及以上文化程度；2年以上仓库管理经验；持有
    制冷与空调作业操作证。), its closing mark no part of the last; [] for any other text."""
    items = [item for item in _ITEMS.split(text.strip().rstrip(_END)) if item]
    named = [item for item in items if alone(item) or _STATED_EXPERIENCE.search(item)]
    return items if len(items) > 1 and len(named) == len(items) else []



_SCHOOLING = re.compile(r"^\s*(?:educated|qualified)\s+to\s+\S.*\blevel\b|^\s*(?:an?\s+)?(?:degree|diploma|gcses?|"
                        r"a[- ]levels?|nvq|hnd|bachelor'?s?|master'?s?)\b", re.IGNORECASE)


def is_schooling(text: str) -> bool:
    """Whether a requirement in English names the schooling asked for
    (Educated to GCSE level including English and Maths, Degree in …)."""
    return bool(_SCHOOLING.search(text))
