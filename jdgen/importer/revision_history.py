"""A form's revision history (修订记录: 版本 | 修订日期 | 修订内容 | 修订人),
a table kept at its end or start. No field of a spec holds it (a spec's
history is its version control's), so the table is set apart whole, with
the heading above it, and reported as one note quoting each revision,
not cell by cell."""

from __future__ import annotations

import re

from jdgen.importer.entries import Note, Place
from jdgen.importer.reading import Row

_HEADING = re.compile(r"^(?:文件|文档)?(?:修订|修改|变更|版本)(?:记录|历史|履历|说明)(?:表)?$"
                      r"|^(?:revision|document|version|change)\s+(?:history|record|log)$", re.IGNORECASE)
"""The heading of a revision history: 修订记录, 版本历史, Revision History, Change Log."""

_VERSION = re.compile(r"^(?:版本号?|版次|修订(?:版本|次数)|ver(?:sion)?\.?|rev(?:ision)?\.?(?:\s*no\.?)?)$",
                      re.IGNORECASE)
_CHANGE = re.compile(r"^(?:(?:修订|修改|变更)(?:内容|说明|摘要|原因)|description(?:\s+of\s+changes?)?"
                     r"|changes?(?:\s+(?:made|description|summary))?|summary\s+of\s+changes?)$", re.IGNORECASE)
_OTHER = re.compile(r"^(?:序号|日期|(?:修订|修改|变更|生效|发布)(?:日期|时间|人)|(?:编制|审核|批准|起草)人?"
                    r"|no\.?|date|(?:effective|revision|change)\s+date|author|(?:changed|revised|approved)\s+by"
                    r"|approver|reviewer)$", re.IGNORECASE)
"""The other columns a revision history has: the date, who changed it, who approved."""


def _words(row: Row) -> list[str]:
    return [" ".join(cell.text.split()).rstrip(":：") for cell in row]


def _is_header(row: Row) -> bool:
    """Whether a table row heads a revision history: a version column, a change column, and nothing else."""
    words = [word for word in _words(row) if word]
    return (len(row) >= 3 and all(cell.where.startswith("table") for cell in row)
            and any(_VERSION.match(word) for word in words) and any(_CHANGE.match(word) for word in words)
            and all(_VERSION.match(word) or _CHANGE.match(word) or _OTHER.match(word) for word in words))


def _table(row: Row) -> str:
    return row[0].where.split(",")[0]


def apart(rows: list[Row]) -> tuple[list[Row], list[Note]]:
    """``rows`` without each revision history (its heading and the rows of
    its table as wide as its header), and a note for each."""
    kept: list[Row] = []
    notes: list[Note] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        if not (row and _is_header(row)):
            kept.append(row)
            index += 1
            continue
        heading = kept.pop() if kept and len(kept[-1]) == 1 and _HEADING.match(kept[-1][0].text.strip()) else None
        end = index + 1
        while end < len(rows) and len(rows[end]) == len(row) and _table(rows[end]) == _table(row):
            end += 1
        revisions = ["　".join(word for word in _words(entry) if word) for entry in rows[index + 1:end]]
        revisions = [revision for revision in revisions if revision]
        where = f"in the table under \"{heading[0].text.strip()}\"" if heading else f"in {_table(row)}"
        notes.append(Note(Place(where), "; ".join(revisions) or "(no revision filled in)",
                          f"a revision history of {len(revisions)} revision{'s' * (len(revisions) != 1)} "
                          f"({'、'.join(word for word in _words(row) if word)}); a spec's history is its "
                          "version control's: not placed"))
        index = end
    return kept, notes
