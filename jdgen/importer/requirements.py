"""What a requirement listed with no label of its own names (a selection
criterion under Essential): knowledge, an ability, or experience, by its
words; read so where a form's requirements come as one list."""

from __future__ import annotations

import re

_EXPERIENCE = re.compile(r"\bexperience[ds]?\b", re.IGNORECASE)
_KNOWLEDGE = re.compile(r"\bknowledge\b|\bunderstanding of\b|\bfamiliarity with\b", re.IGNORECASE)
_ABILITY = re.compile(r"\bskill(?:s|ed)?\b|\babilit(?:y|ies)\b|\bproficien(?:cy|t)\b|\bcompeten(?:ce|cy|t)\b",
                      re.IGNORECASE)


def named_field(text: str) -> str | None:
    """The qualifications' field a requirement's words name (Sound knowledge
    of …: knowledge; Highly developed communication skills: abilities);
    experience first, as a requirement of experience often names skills too;
    None for one that names none of them."""
    if _EXPERIENCE.search(text):
        return "qualifications.experience"
    if _KNOWLEDGE.search(text):
        return "qualifications.knowledge"
    if _ABILITY.search(text):
        return "qualifications.abilities"
    return None
