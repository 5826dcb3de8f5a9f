"""A company's registration line in a page's margin (Glen Corran Distillery
Ltd, Registered in Scotland SC412345; Company No. 01234567): the company it
names before the registration is the organisation the form is from."""

from __future__ import annotations

import re

_REGISTERED = re.compile(r"(?P<name>[^,;|]{3,80}?)[\s,;|]+(?:Registered\s+(?:in|office|number|no\b|charity)"
                         r"|(?:Company|Registration|Charity)\s+(?:No\b|Number)|Reg\.\s*No\b)(?P<rest>.*)",
                         re.IGNORECASE)


def registered(text: str) -> tuple[str, str] | None:
    """The company's name and the registration after it of ``text``, when it is a registration line; else None."""
    found = _REGISTERED.fullmatch(text.strip())
    if found is None or not found["name"][:1].isupper():
        return None
    return found["name"].strip(), text.strip()[len(found["name"]):].strip(" ,;|")
