"""A signer named with their job title after a comma (Fiona MacLeod, HR
Adviser; 王芳，人力资源部经理): the name is the signer, the job title is not
part of it."""

from __future__ import annotations

import re

_ENGLISH = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),\s+(?P<title>[A-Z][\w&/ .-]{1,40})$")
"""Two to four capitalised words, a comma, then words beginning with a capital (Fiona MacLeod, HR Adviser)."""
_CHINESE = re.compile(r"^(?P<name>[\u3400-\u9fff·]{2,4})\s*[，,]\s*"
                      r"(?P<title>[\u3400-\u9fff][\u3400-\u9fffA-Za-z]{1,20})$")
"""A name of two to four Chinese characters, a comma, then a title (王芳，人力资源部经理)."""


def name_and_title(text: str | None) -> tuple[str, str] | None:
    """A signer's name and the job title written after it, or None when ``text`` is not so written."""
    found = _ENGLISH.match(text.strip()) or _CHINESE.match(text.strip()) if text else None
    return (found["name"], found["title"].strip()) if found else None
