"""A form giving both the organisation (单位名称：青田县水文站) and, under a
label of its own, the section in it (所在科室：测验科): both are labels of
the department, but the organisation is the form's issuer, the section the
department."""

from __future__ import annotations

import re

from jdgen.importer.entries import FormLine
from jdgen.importer.field_labels import normalized

_ORGANISATION_LABELS = {"单位名称", "所在单位", "所属单位"}
"""Labels of the department that name the whole organisation, not a part of it."""
_A_PART = re.compile(r"(?:部|科|室|处|组|班|车间|Department|Team|Section)$", re.IGNORECASE)
"""How a part of an organisation's name ends (财务部, 出纳科): no issuer, whatever its label."""


def issuer_apart(fields: dict[str, list[FormLine]]) -> None:
    """The department's entries under an organisation's label made the
    issuer, when entries under another of its labels give the department
    and the form names no issuer elsewhere; not one that names a part of an
    organisation (所在单位：财务部)."""
    entries = fields.get("basic.department", [])
    organisation = [entry for entry in entries if normalized(entry.confidence.detail) in _ORGANISATION_LABELS
                    and not _A_PART.search(entry.text.strip())]
    section = [entry for entry in entries if entry not in organisation]
    if organisation and section and not fields.get("document.issuer"):
        fields["document.issuer"], fields["basic.department"] = organisation, section
