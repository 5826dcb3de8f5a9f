"""A signer named with their job title after the name (Fiona MacLeod, HR
Adviser; Johan van der Merwe (Mine Manager); John Smith – Director;
王芳（人力资源部经理）; 李强 人事主管): the name is the signer, the job title
is not part of it."""

from __future__ import annotations

import re

_PARTICLES = r"(?:(?:van|von|der|den|de|del|della|di|da|du|dos|la|le|ten|ter|bin|al) )*"
"""The small words inside a surname (Johan van der Merwe, Ana de la Cruz)."""
_NAME = rf"(?P<name>[A-Z][\w'’.-]+(?: {_PARTICLES}[A-Z][\w'’.-]+){{1,3}})"
"""Two to four capitalised words, a surname's particles among them (Fiona MacLeod, Johan van der Merwe)."""
_HAN_NAME = r"(?P<name>[\u3400-\u9fff·]{2,4})"
"""Two to four Chinese characters (王芳)."""
_TITLE = r"(?P<title>[A-Z][\w&/ .-]{1,40})"
_HAN_TITLE = r"(?P<title>[\u3400-\u9fff][\u3400-\u9fffA-Za-z]{1,20})"
_HAN_TITLE_END = r"(?:经理|主管|主任|专员|总监|部长|科长|处长|院长|厂长|助理|负责人|师|员|长)"
_WRITTEN = [re.compile(pattern) for pattern in (
    rf"^{_NAME},\s+{_TITLE}$", rf"^{_NAME}\s+[–—-]\s+{_TITLE}$", rf"^{_NAME}\s*\({_TITLE}\)$",
    rf"^{_HAN_NAME}\s*[，,]\s*{_HAN_TITLE}$", rf"^{_HAN_NAME}\s*[（(]{_HAN_TITLE}[）)]$",
    rf"^{_HAN_NAME}[\s\u3000]+(?P<title>[\u3400-\u9fff]{{1,16}}{_HAN_TITLE_END})$")]
"""A name, then its title after a comma, a dash, in brackets, or (a Chinese title ending as one) after a space."""


def name_and_title(text: str | None) -> tuple[str, str] | None:
    """A signer's name and the job title written after it, or None when ``text`` is not so written."""
    found = next((match for pattern in _WRITTEN if (match := pattern.match(text.strip()))), None) if text else None
    return (found["name"], found["title"].strip()) if found else None
