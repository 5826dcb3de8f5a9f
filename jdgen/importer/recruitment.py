"""A recruitment notice (招聘启事) read as a job description: its title names
the organisation that issues it (嘉禾物业服务有限公司招聘启事), and the post it
hires for (招聘岗位：工程维修主管（1名）) carries the number hired in brackets,
which is no part of the title and no headcount (a post may be filled once
of several)."""

from __future__ import annotations

import re

NOTICE_TITLES = ("招聘启事", "招聘公告", "招聘简章", "招聘信息")
"""A recruitment notice's own title."""
_ISSUED = re.compile(rf"^\s*(?P<issuer>\S.{{1,40}}?)\s*(?:{'|'.join(NOTICE_TITLES)})\s*$")
_HIRED = re.compile(r"^(?P<title>.+?)\s*[(（]\s*(?P<count>(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*[名人位])"
                    r"\s*[)）]\s*$")


def issuer(text: str) -> str | None:
    """The organisation a notice's title names before 招聘启事; None for any other text."""
    found = _ISSUED.match(text)
    return found["issuer"] if found else None


def hired(title: str) -> tuple[str, str] | None:
    """A post's title and the number hired in brackets after it (工程维修主管（1名）:
    工程维修主管, 1名); None for a title without one."""
    found = _HIRED.match(title)
    return (found["title"], found["count"]) if found else None
