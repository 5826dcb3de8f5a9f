"""Headings of the sections forms print that the spec has no field for:
a template's closing texts (Other Duties and its disclaimer, the EEO
statement, the signatures), what is only preferred, travel. Such a heading
ends the field above it; it and its texts are reported, never added to
that field's list."""

from __future__ import annotations

from jdgen.importer.field_labels import normalized

_HEADINGS = ("Other Duties", "Additional Duties", "AAP/EEO Statement", "EEO Statement", "Equal Opportunity Statement",
             "Equal Employment Opportunity", "Signatures", "Signature", "Acknowledgement", "Disclaimer", "Travel",
             "Supervisory Responsibility", "Supervisory Responsibilities", "Preferred Education and Experience",
             "Preferred Qualifications", "Preferred Skills", "Desirable Criteria", "Benefits", "About Us",
             "About the Company")
_KNOWN = {normalized(heading) for heading in _HEADINGS}


def names_no_field(text: str) -> bool:
    """Whether a line is one of those headings (Other Duties, AAP/EEO Statement)."""
    return normalized(text) in _KNOWN
