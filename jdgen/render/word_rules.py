"""Word's rules: whether a .docx package is one Microsoft Word opens.

``jdgen check`` applies them to a template's sample documents
(jdgen.checking.template); the tests apply them to every document they build.

``check_docx(data)`` returns the rule violations of a package (an empty list
for a valid one); ``python -m tests.ooxml.checker FILE.docx...`` prints them
and exits 1 if there are any.

What is checked, rule by rule (``Violation.rule``):

- ``xsd``: every XML part, chosen by its content type (relationship parts
  and ``[Content_Types].xml`` by their names), is valid against the
  ISO/IEC 29500 Transitional schemas (ECMA-376 5th edition, vendored in
  ``word_schemas/``, see its README) and has the root element its content type
  calls for. Validated: the main document, styles, settings, numbering,
  headers, footers, footnotes, endnotes, comments, font table, web
  settings, theme (DrawingML), core properties (OPC and Dublin Core),
  extended and custom properties, custom XML properties, every ``.rels``
  part and ``[Content_Types].xml``. Before validation the part is reduced
  as Word reads it (Markup Compatibility, ECMA-376 Part 3): the first
  ``mc:AlternateContent`` choice whose ``Requires`` namespaces the schema
  set understands, else its ``mc:Fallback``, replaces it; elements and
  attributes of namespaces declared ``mc:Ignorable`` that the schema set
  does not understand (``w14``, ``wp14``, ``w15``...) are removed with their
  content (``mc:ProcessContent`` is not interpreted); ``mc:`` attributes
  are dropped. The XPath of a violation is that of the reduced part.
- ``mc-must-understand``: a namespace declared ``mc:MustUnderstand`` is not
  understood (Word refuses such a part).
- ``not-well-formed``: a part, or the package itself, cannot be parsed.
- ``unchecked-part``: an XML part of a content type this checker does not
  validate, such as Word's own extension parts the ECMA schemas do not
  cover (``stylesWithEffects.xml``, ``people.xml``, ``commentsExtended.xml``)
  or a glossary document; the checker says so rather than skip it
  silently. Not validated on purpose: custom XML data parts (``application/xml``, such
  as ``customXml/item1.xml``), which hold arbitrary XML; non-XML parts
  (images) have nothing to validate.
- ``tc-without-paragraph``: a table cell holds no block-level content, or
  its last block is not a paragraph (Word requires a cell to end with one).
- ``vmerge-without-restart``: a vertically merged cell continues a merge
  that no cell in the same grid column of the row above belongs to, as
  written or as Accept All or Reject All leaves the tracked changes (rows
  tracked as deleted, or inserted, gone; after Reject All a cell has the
  old properties of its ``w:tcPrChange``).
- ``gridspan-mismatch``: a row's ``w:gridBefore`` + ``w:gridSpan`` of its
  cells + ``w:gridAfter`` differs from the number of ``w:gridCol``.
- ``missing-relationship-target``: an internal relationship targets a part
  the package does not hold.
- ``wrong-content-type``: the target of a relationship of a known type has
  another content type than that type calls for (a styles part must be
  ``...wordprocessingml.styles+xml``).
- ``missing-relationship-id``: an ``r:`` attribute (``r:id``, ``r:embed``...)
  names a relationship the part's ``.rels`` does not define.
- ``content-type-missing``: a part has no Default or Override content type.
- ``override-without-part``: an Override names a part the package does not
  hold.
- ``invalid-language-tag``: a ``dc:language`` of the core properties is not
  a well-formed BCP 47 (RFC 5646) language tag.
- ``move-range``: Word's rules for a tracked move (ECMA-376 Part 1,
  17.13.5.22-29), which the schema cannot state: each ``w:moveFrom``
  (``w:moveTo``), in text or a paragraph mark, lies between a
  ``w:moveFromRangeStart`` (``w:moveToRangeStart``) and the range end of the
  same ``w:id``; each range start has one end, after it; each move's
  ``w:name`` names one source range and one destination range.
"""

from __future__ import annotations

import functools
import hashlib
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

SCHEMAS = Path(__file__).with_name("word_schemas")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"

CONTENT_TYPES_PART = "/[Content_Types].xml"
CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_OFFICE = "application/vnd.openxmlformats-officedocument."
PARTS = {  # relationship type -> content type and root element of its target
    _RT + "officeDocument": (_WML + "document.main+xml", f"{{{W}}}document"),
    _RT + "styles": (_WML + "styles+xml", f"{{{W}}}styles"),
    _RT + "settings": (_WML + "settings+xml", f"{{{W}}}settings"),
    _RT + "numbering": (_WML + "numbering+xml", f"{{{W}}}numbering"),
    _RT + "header": (_WML + "header+xml", f"{{{W}}}hdr"),
    _RT + "footer": (_WML + "footer+xml", f"{{{W}}}ftr"),
    _RT + "footnotes": (_WML + "footnotes+xml", f"{{{W}}}footnotes"),
    _RT + "endnotes": (_WML + "endnotes+xml", f"{{{W}}}endnotes"),
    _RT + "comments": (_WML + "comments+xml", f"{{{W}}}comments"),
    _RT + "fontTable": (_WML + "fontTable+xml", f"{{{W}}}fonts"),
    _RT + "webSettings": (_WML + "webSettings+xml", f"{{{W}}}webSettings"),
    _RT + "theme": (_OFFICE + "theme+xml", "{http://schemas.openxmlformats.org/drawingml/2006/main}theme"),
    _RT + "extended-properties": (
        _OFFICE + "extended-properties+xml",
        "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Properties"),
    _RT + "custom-properties": (
        _OFFICE + "custom-properties+xml",
        "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}Properties"),
    _RT + "customXmlProps": (
        _OFFICE + "customXmlProperties+xml",
        "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}datastoreItem"),
    PACKAGE_RELS + "/metadata/core-properties": (CORE_TYPE, f"{{{CORE}}}coreProperties"),
}
ROOTS = dict(PARTS.values())  # content type -> root element
ARBITRARY_XML = {"application/xml", "text/xml"}  # custom XML data parts

# RFC 5646 section 2.1: langtag, private use, and the grandfathered tags.
LANGUAGE_TAG = re.compile(
    r"""(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})   # language, extended language
        (?:-[a-z]{4})?                              # script
        (?:-(?:[a-z]{2}|[0-9]{3}))?                 # region
        (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*    # variants
        (?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*        # extensions
        (?:-x(?:-[a-z0-9]{1,8})+)?                  # private use
      | x(?:-[a-z0-9]{1,8})+
      | en-gb-oed|i-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tay|tsu)
      | sgn-(?:be-fr|be-nl|ch-de)|art-lojban|cel-gaulish|no-bok|no-nyn
      | zh-(?:guoyu|hakka|min|min-nan|xiang)""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Violation:
    """One broken rule: in which part, which rule, what, and where in the part."""

    part: str  # part name, such as /word/document.xml
    rule: str  # such as xsd, tc-without-paragraph (see the module docstring)
    message: str
    location: str = ""  # XPath of the offending element, where known

    def __str__(self) -> str:
        where = f" at {self.location}" if self.location else ""
        return f"{self.part}: {self.rule}: {self.message}{where}"


@functools.cache
def _schema() -> tuple[etree.XMLSchema, frozenset[str]]:
    """The schema set (loaded once per process) and the namespaces it defines."""
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "ooxml.xsd")))
    understood = {MC} | {
        etree.parse(str(path)).getroot().get("targetNamespace") for path in SCHEMAS.rglob("*.xsd")
    }
    return schema, frozenset(understood - {None})


def check_docx(data: bytes, only: set[str] | None = None, schemas: bool = True) -> list[Violation]:
    """Every violation of the package ``data`` (the bytes of a .docx file);
    with ``only`` (part names such as ``/word/document.xml``), of those parts
    and the relationship parts (for documents whose other parts were checked
    already); without ``schemas``, of every rule but the schemas (the
    slowest, for documents of a shape whose schema validity is known)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = {"/" + info.filename: package.read(info) if _read(info.filename, only) else None
                     for info in package.infolist() if not info.is_dir()}
    except zipfile.BadZipFile as error:
        return [Violation("/", "not-well-formed", f"not a zip package: {error}")]
    content_types, violations = _content_types(parts)
    trees: dict[str, etree._Element] = {}
    worked_out: dict[str, tuple[_VerdictKey | None, tuple[Violation, ...]]] = {}  # each part parsed here
    rules: dict[str, tuple[Violation, ...] | None] = {}  # each well-formed part's own rules, None until worked out
    for name, content in parts.items():
        if content is None or only is not None and name not in only and not name.endswith(".rels"):
            continue
        content_type = content_types.get(name, "")
        expected_root = _expected_root(name, content_type)
        if expected_root:
            key = _verdict_key(name, content, expected_root, schemas, parts)
            if key in _VERDICTS:
                remembered, kept = _VERDICTS[key]
                violations += remembered
                if kept is not None:
                    rules[name] = kept
                continue
            parsed, found = _validated(name, content, expected_root) if schemas else (_parse(name, content), [])
            if isinstance(parsed, Violation):
                violations.append(parsed)
                _remember(key, (parsed,), None)
            else:
                violations += found
                trees[name], worked_out[name], rules[name] = parsed, (key, tuple(found)), None
        elif content_type.endswith("+xml") and content_type not in ARBITRARY_XML:
            violations.append(Violation(name, "unchecked-part", f"no schema for content type {content_type}"))
    types_by_name = {name.lower(): content_types.get(name) for name in parts}
    for name, kept in rules.items():
        if kept is None:
            kept = tuple(_part_rules(name, trees[name], trees.get(_rels_of(name)), types_by_name))
            key, validated = worked_out[name]
            _remember(key, validated, kept)
        violations += kept
    return violations


def _part_rules(name: str, root: etree._Element, rels: etree._Element | None,
                types_by_name: dict[str, str | None]) -> list[Violation]:
    """The violations of the rules of one part (well-formed, reduced when
    validated) but the schemas: its relationships, its language tags, its tables and moves."""
    violations = []
    if root.tag == f"{{{PACKAGE_RELS}}}Relationships":
        violations += _relationship_targets(name, root, types_by_name)
    elif root.tag == f"{{{CORE}}}coreProperties":
        violations += _language_tags(name, root)
    violations += _relationship_ids(name, root, rels)
    if root.tag.startswith(f"{{{W}}}"):
        violations += _table_rules(name, root)
        violations += _move_rules(name, root)
    return violations


_VerdictKey = tuple[str, str, bool, bytes, bytes | None]


def _verdict_key(name: str, content: bytes, expected_root: str, schemas: bool,
                 parts: dict[str, bytes | None]) -> _VerdictKey | None:
    """What a part's verdict depends on: its name, root, bytes, the bytes of
    its relationships and whether the schemas are asked; None for a
    relationship part, whose targets are the package's."""
    if name.endswith(".rels"):
        return None
    rels = parts.get(_rels_of(name))
    return (name, expected_root, schemas, hashlib.sha256(content).digest(),
            None if rels is None else hashlib.sha256(rels).digest())


def _remember(key: _VerdictKey | None, found: tuple[Violation, ...], rules: tuple[Violation, ...] | None) -> None:
    """Keep a part's verdict: what parsing and the schemas found, and its own
    rules (None when it is not well formed); the oldest forgotten past ``_KEPT``."""
    if key is None:
        return
    _VERDICTS[key] = found, rules
    if len(_VERDICTS) > _KEPT:
        del _VERDICTS[next(iter(_VERDICTS))]


_VERDICTS: dict[_VerdictKey, tuple[tuple[Violation, ...], tuple[Violation, ...] | None]] = {}
"""Each part's verdict in this process, by what it depends on: the documents
of a template's check and of a build share their styles, settings, theme and
fonts, each read and held to the rules once."""
_KEPT = 256


def _read(filename: str, only: set[str] | None) -> bool:
    """Whether part ``filename`` of a package is read: every part without
    ``only``, else those it names, the relationship parts and [Content_Types].xml."""
    name = "/" + filename
    return only is None or name in only or name.endswith(".rels") or name == CONTENT_TYPES_PART


def _expected_root(name: str, content_type: str) -> str | None:
    """The root element of part ``name``, None if it is not validated. The
    names of [Content_Types].xml and of relationship parts say what they are."""
    if name == CONTENT_TYPES_PART:
        return f"{{{CONTENT_TYPES}}}Types"
    if posixpath.basename(posixpath.dirname(name)) == "_rels" and name.endswith(".rels"):
        return f"{{{PACKAGE_RELS}}}Relationships"
    return ROOTS.get(content_type)


def _content_types(parts: dict[str, bytes | None]) -> tuple[dict[str, str], list[Violation]]:
    """The content type of every part that has one, and the violations: parts
    without one, Overrides without a part (``parts`` holds the package's
    [Content_Types].xml; of the others, only their names are read)."""
    if CONTENT_TYPES_PART not in parts:
        return {}, [Violation(CONTENT_TYPES_PART, "content-type-missing", "the package has no [Content_Types].xml")]
    try:
        types = etree.fromstring(parts[CONTENT_TYPES_PART])
    except etree.XMLSyntaxError:
        return {}, []  # reported when the part is parsed for validation
    defaults = {d.get("Extension", "").lower(): d.get("ContentType") for d in types.iter(f"{{{CONTENT_TYPES}}}Default")}
    overrides = {o.get("PartName", "").lower(): o for o in types.iter(f"{{{CONTENT_TYPES}}}Override")}
    result, violations = {}, []
    for name in parts:
        if name == CONTENT_TYPES_PART:
            continue
        base = posixpath.basename(name)
        override = overrides.get(name.lower())
        content_type = override.get("ContentType") if override is not None else defaults.get(
            base.rpartition(".")[2].lower() if "." in base else "")
        if content_type is None:
            violations.append(Violation(name, "content-type-missing", "no Default or Override content type"))
        else:
            result[name] = content_type
    existing = {name.lower() for name in parts}
    for part_name, override in overrides.items():
        if part_name not in existing:
            violations.append(Violation(CONTENT_TYPES_PART, "override-without-part",
                                        f"Override of {override.get('PartName')}, a part the package does not hold",
                                        types.getroottree().getpath(override)))
    return result, violations


def _parse(name: str, content: bytes) -> etree._Element | Violation:
    """The part's root element, or the violation when it is not well-formed."""
    try:
        return etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        return Violation(name, "not-well-formed", str(error))


def _validated(name: str, content: bytes, expected_root: str) -> tuple[etree._Element | Violation, list[Violation]]:
    """Part ``name`` read from ``content``, reduced for Markup Compatibility,
    with the violations of the reduction, of its root element and of the
    schema set; or the violation when it is not well-formed."""
    parsed = _parse(name, content)
    if isinstance(parsed, Violation):
        return parsed, []
    return parsed, _validate(name, parsed, expected_root)


def _validate(name: str, root: etree._Element, expected_root: str) -> list[Violation]:
    """Reduce ``root`` for Markup Compatibility (in place), then check its root
    element and validate it against the schema set."""
    schema, understood = _schema()
    violations = _apply_markup_compatibility(name, root, understood)
    if root.tag != expected_root:
        return violations + [Violation(name, "xsd", f"root element {_short(root.tag, root)}, "
                                                    f"expected {_short(expected_root, root)}")]
    if not schema.validate(root.getroottree()):
        violations += [Violation(name, "xsd", _short(error.message, root), error.path or f"line {error.line}")
                       for error in schema.error_log]
    return violations


def _apply_markup_compatibility(name: str, root: etree._Element, understood: frozenset[str]) -> list[Violation]:
    """Reduce the part, in place, to what a consumer that understands only
    ``understood`` reads (ECMA-376 Part 3); return the mc:MustUnderstand violations."""
    violations = []
    for value in root.xpath("//@mc:MustUnderstand", namespaces={"mc": MC}):
        for prefix in value.split():
            if value.getparent().nsmap.get(prefix) not in understood:
                violations.append(Violation(name, "mc-must-understand", f"namespace {prefix!r} is not understood",
                                            root.getroottree().getpath(value.getparent())))
    for alternate in list(root.iter(f"{{{MC}}}AlternateContent")):
        chosen = next((choice for choice in alternate.iterchildren(f"{{{MC}}}Choice")
                       if all(choice.nsmap.get(p) in understood for p in choice.get("Requires", "").split())),
                      alternate.find(f"{{{MC}}}Fallback"))
        parent = alternate.getparent()
        if parent is None:  # the part's root: its root check reports it
            continue
        index = parent.index(alternate)
        parent[index:index + 1] = list(chosen) if chosen is not None else []
    for scope in [value.getparent() for value in root.xpath("//@mc:Ignorable", namespaces={"mc": MC})]:
        for prefix in scope.get(f"{{{MC}}}Ignorable").split():
            namespace = scope.nsmap.get(prefix)
            if namespace is None or namespace in understood:
                continue
            for element in list(scope.iterdescendants(f"{{{namespace}}}*")):
                if element.getparent() is not None:
                    element.getparent().remove(element)
            for value in scope.xpath("descendant-or-self::*/@ignored:*", namespaces={"ignored": namespace}):
                del value.getparent().attrib[value.attrname]
    for value in root.xpath("//@mc:*", namespaces={"mc": MC}):
        del value.getparent().attrib[value.attrname]
    return violations


def _short(text: str, root: etree._Element) -> str:
    """``text`` with {namespace}name written prefix:name, by the part's prefixes."""
    for prefix, namespace in root.nsmap.items():
        if prefix:
            text = text.replace(f"{{{namespace}}}", f"{prefix}:")
    return text


def _rels_of(name: str) -> str:
    """The name of the .rels part of part ``name``."""
    folder, base = posixpath.split(name)
    return posixpath.join(folder, "_rels", base + ".rels")


def _relationship_targets(name: str, rels: etree._Element, types: dict[str, str | None]) -> list[Violation]:
    """Internal relationships whose target part does not exist or has another
    content type than the relationship type calls for; ``types`` maps the
    lowercased name of every part to its content type (None if it has none)."""
    folder, base = posixpath.split(name)
    source_folder = posixpath.dirname(posixpath.join(posixpath.dirname(folder), base.removesuffix(".rels")))
    violations = []
    for relationship in rels.iter(f"{{{PACKAGE_RELS}}}Relationship"):
        if relationship.get("TargetMode") == "External":
            continue
        target = unquote(relationship.get("Target", "").partition("#")[0])
        part = posixpath.normpath(target if target.startswith("/") else posixpath.join(source_folder, target))
        location = rels.getroottree().getpath(relationship)
        expected = PARTS[relationship.get("Type")][0] if relationship.get("Type") in PARTS else None
        if part.lower() not in types:
            violations.append(Violation(name, "missing-relationship-target",
                                        f"relationship {relationship.get('Id')} targets {part}, which does not exist",
                                        location))
        elif expected and types[part.lower()] not in (expected, None):
            violations.append(Violation(name, "wrong-content-type",
                                        f"relationship {relationship.get('Id')} targets {part}, of content type "
                                        f"{types[part.lower()]}; its type calls for {expected}", location))
    return violations


def _relationship_ids(name: str, root: etree._Element, rels: etree._Element | None) -> list[Violation]:
    """r: attributes naming relationships the part's .rels does not define."""
    ids = set() if rels is None else {r.get("Id") for r in rels.iter(f"{{{PACKAGE_RELS}}}Relationship")}
    return [Violation(name, "missing-relationship-id",
                      f"{_short(value.attrname, root)}={value!r}: no such relationship",
                      root.getroottree().getpath(value.getparent()))
            for value in root.xpath("//@r:*", namespaces={"r": R}) if value not in ids]


def _language_tags(name: str, core: etree._Element) -> list[Violation]:
    """dc:language values that are not well-formed BCP 47 tags."""
    return [Violation(name, "invalid-language-tag", f"{language.text or ''!r} is not a BCP 47 language tag",
                      core.getroottree().getpath(language))
            for language in core.iter(f"{{{DC}}}language")
            if not LANGUAGE_TAG.fullmatch(language.text or "")]


def _w(tag: str) -> str:
    """The qualified name of the WordprocessingML element ``tag``."""
    return f"{{{W}}}{tag}"


BLOCKS = {_w("p"), _w("tbl"), _w("sdt"), _w("customXml"), _w("altChunk")}
_TBL, _TR, _TC, _TR_PR, _TC_PR = _w("tbl"), _w("tr"), _w("tc"), _w("trPr"), _w("tcPr")
_GRID_BEFORE, _GRID_AFTER, _GRID_SPAN, _V_MERGE, _VAL = (_w("gridBefore"), _w("gridAfter"), _w("gridSpan"),
                                                         _w("vMerge"), _w("val"))
_SDT, _SDT_CONTENT, _CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")


def _table_rules(name: str, root: etree._Element) -> list[Violation]:
    """Word's table rules: cells end with a paragraph, vertical merges start
    with a restart (as written, after Accept All and after Reject All), rows fill the grid."""
    tree = root.getroottree()
    violations = [Violation(name, "tc-without-paragraph", "the cell does not end with a paragraph", tree.getpath(cell))
                  for cell in root.iter(_TC) if not _ends_with_paragraph(cell)]
    for table in root.iter(_TBL):
        columns = sum(1 for grid in table.iterchildren(_w("tblGrid")) for _ in grid.iterchildren(_w("gridCol")))
        for row in _children(table, _TR):
            column = _number(_grandchild(row, _TR_PR, _GRID_BEFORE), 0)
            column += sum(_number(_grandchild(cell, _TC_PR, _GRID_SPAN), 1) for cell in _children(row, _TC))
            column += _number(_grandchild(row, _TR_PR, _GRID_AFTER), 0)
            if column != columns:
                violations.append(Violation(name, "gridspan-mismatch",
                                            f"the row spans {column} grid columns, the table grid has {columns}",
                                            tree.getpath(row)))
        found: dict[str, Violation] = {}
        merges = next(table.iter(_V_MERGE), None) is not None  # a table without one has nothing to check
        for view in (_VIEWS if _tracks_changes(table) else [""]) if merges else []:
            for cell, column in _merges_without_start(table, view):
                found.setdefault(tree.getpath(cell), Violation(
                    name, "vmerge-without-restart", f"the cell continues a vertical merge, but no cell in grid column "
                    f"{column} of the row above merges{view}", tree.getpath(cell)))
        violations += found.values()
    return violations


_VIEWS = {"": None, " after Accept All": "del", " after Reject All": "ins"}
"""The views of a table whose merges must each start: as written, and as
Accept (Reject) All leaves it, with the rows tracked as deleted (inserted) gone."""


def _tracks_changes(table: etree._Element) -> bool:
    """Whether ``table`` may read otherwise after Accept All or Reject All:
    it holds a tracked insertion, deletion or change of cell properties
    (anywhere in it; without one, its three views are one)."""
    return next(table.iter(_w("ins"), _w("del"), _w("tcPrChange")), None) is not None


def _merges_without_start(table: etree._Element, view: str) -> list[tuple[etree._Element, int]]:
    """The cells of ``table`` (each with its grid column) that continue a
    vertical merge no cell of the row above belongs to, in ``view``; after
    Reject All a cell has the properties its tracked change (``w:tcPrChange``) kept."""
    gone = _VIEWS[view]
    found = []
    merging_above: set[int] = set()  # grid columns where a cell of the row above merges vertically
    for row in _children(table, _TR):
        if gone is not None and _grandchild(row, _TR_PR, _w(gone)) is not None:
            continue
        column = _number(_grandchild(row, _TR_PR, _GRID_BEFORE), 0)
        merging = set()
        for cell in _children(row, _TC):
            properties = cell.find(_TC_PR)
            earlier = _grandchild(properties, _w("tcPrChange"), _TC_PR) if gone == "ins" and properties is not None \
                else None
            if earlier is not None:
                properties = earlier
            merge = properties.find(_V_MERGE) if properties is not None else None
            if merge is not None:
                if merge.get(_VAL, "continue") != "restart" and column not in merging_above:
                    found.append((cell, column))
                merging.add(column)
            column += _number(properties.find(_GRID_SPAN) if properties is not None else None, 1)
        merging_above = merging
    return found


def _move_rules(name: str, root: etree._Element) -> list[Violation]:
    """Word's rules for moves: changes inside their ranges, ranges closed,
    each move's name on one source and one destination range."""
    tree = root.getroottree()
    violations = []
    open_ranges: dict[str, dict[str, etree._Element]] = {"moveFrom": {}, "moveTo": {}}
    names: dict[str, dict[str, int]] = {"moveFrom": {}, "moveTo": {}}
    for element in root.iter(*(_w(f"{kind}{end}") for kind in open_ranges for end in ("", "RangeStart", "RangeEnd"))):
        kind = next(kind for kind in open_ranges if etree.QName(element).localname.startswith(kind))
        end = etree.QName(element).localname.removeprefix(kind)
        identifier = element.get(_w("id"), "")
        if end == "RangeStart":
            if identifier in open_ranges[kind]:
                violations.append(Violation(name, "move-range", f"a second open {kind} range of id {identifier}",
                                            tree.getpath(element)))
            open_ranges[kind][identifier] = element
            move = element.get(_w("name"), "")
            names[kind][move] = names[kind].get(move, 0) + 1
        elif end == "RangeEnd":
            if open_ranges[kind].pop(identifier, None) is None:
                violations.append(Violation(name, "move-range", f"the end of a {kind} range of id {identifier} "
                                                                f"that is not open", tree.getpath(element)))
        elif not open_ranges[kind]:
            violations.append(Violation(name, "move-range", f"w:{kind} outside a {kind} range",
                                        tree.getpath(element)))
    for kind, still_open in open_ranges.items():
        violations += [Violation(name, "move-range", f"a {kind} range of id {identifier} that never ends",
                                 tree.getpath(start)) for identifier, start in still_open.items()]
    for move in sorted(names["moveFrom"].keys() | names["moveTo"].keys()):
        counts = (names["moveFrom"].get(move, 0), names["moveTo"].get(move, 0))
        if counts != (1, 1):
            violations.append(Violation(name, "move-range", f"move {move!r} has {counts[0]} source and "
                                                            f"{counts[1]} destination ranges, not one each"))
    return violations


def _ends_with_paragraph(container: etree._Element | None) -> bool:
    """Whether the last block-level element of ``container`` is (or, for a
    content control or custom XML block, ends with) a paragraph."""
    blocks = [] if container is None else [child for child in container if child.tag in BLOCKS]
    if not blocks:
        return False
    last = blocks[-1]
    if last.tag == _SDT:
        return _ends_with_paragraph(last.find(_SDT_CONTENT))
    if last.tag == _CUSTOM_XML:
        return _ends_with_paragraph(last)
    return last.tag == _w("p")


def _children(parent: etree._Element, tag: str):
    """The ``tag`` children of ``parent``, also those inside row- or
    cell-level content controls and custom XML elements."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == _CUSTOM_XML:
            yield from _children(child, tag)


def _grandchild(parent: etree._Element, child: str, tag: str) -> etree._Element | None:
    """The first ``tag`` element of a ``child`` of ``parent``: ``parent.find("child/tag")``
    without the path's parse (the table rules ask it of every row and cell)."""
    middle = parent.find(child)
    found = None if middle is None else middle.find(tag)
    if found is not None or middle is None:
        return found
    return next((found for middle in parent.iterchildren(child) for found in [middle.find(tag)] if found is not None),
                None)  # a second ``child`` (Word writes one) may hold it


def _number(element: etree._Element | None, default: int) -> int:
    """The integer w:val of ``element``; ``default`` when absent or not a number."""
    if element is None:
        return default
    try:
        return int(element.get(_VAL))
    except (TypeError, ValueError):
        return default
