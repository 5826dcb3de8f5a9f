"""The shared parts of a handbook whose chapters are made with several forms.

The first form's styles, numbering and fonts are the handbook's. Each other
form's are added to them, as docxcompose does: a style of the same id but
another definition (or under other document defaults, or with lists that
differ) is added under the form's own id (``corporate-CellText``, its name
likewise), a style the first form has not under its own id; the form's
lists, when they differ, are appended with their ids moved on; the fonts it
names that the first form's font table has not are added. Only the styles a
chapter uses (and those they are based on, link to or go on with) are added.
Each chapter of the form then has its references rewritten (``w:pStyle``,
``w:rStyle``, ``w:tblStyle``, ``w:numId``, in its body, headers and footers).

A form whose document defaults differ has them put on its own paragraph
styles that are based on none; its paragraphs and tables that name no style
name its own default style when that is not the first form's, so they look
as in their own form. The first form's document properties, data and
settings are the handbook's: another form's settings may differ only in
what records the editing (revision ids, zoom, proofing). A part that cannot
be merged (one the first form has not, or any other shared part that
differs) is a ``FormsError`` naming it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from lxml import etree

from jdgen.render.ooxml import put_in_schema_order

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STYLES, NUMBERING, FONTS = "word/styles.xml", "word/numbering.xml", "word/fontTable.xml"
MERGED = (STYLES, NUMBERING, FONTS)
"""The shared parts a form's are merged into; every other must be the first form's."""
_REFERENCES = {"pStyle": "paragraph", "rStyle": "character", "tblStyle": "table"}
SETTINGS = "word/settings.xml"
_FIRSTS_KEPT = ("docProps/", "customXml/", "word/webSettings.xml")
"""Parts the first form's are kept of, whatever another form's hold: the
document's properties and data, its settings for the web."""
_EDITING_SETTINGS = {"rsids", "proofState", "zoom", "attachedTemplate", "docVars", "view", "decimalSymbol",
                     "listSeparator", "removePersonalInformation", "removeDateAndTime", "hideSpellingErrors",
                     "hideGrammaticalErrors", "saveSubsetFonts", "savePreviewPicture", "shapeDefaults"}
"""Settings of how a document was edited or is shown while editing, not of how it looks."""
_DEFAULT_REFERENCES = {"p": ("pPr", "pStyle", "paragraph"), "tbl": ("tblPr", "tblStyle", "table")}
"""Where an element that names no style takes its form's default style from."""
_PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
    "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct",
    "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
    "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl",
    "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
]
"""The schema's order of paragraph properties (run properties: jdgen.render.ooxml)."""
_AFTER_PPR = ("rPr", "tblPr", "trPr", "tcPr", "tblStylePr")
_AFTER_RPR = ("tblPr", "trPr", "tcPr", "tblStylePr")


class FormsError(Exception):
    """A form's shared parts cannot be merged into the first form's."""


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _val(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(_w("val"))


def _xml(element: etree._Element | None) -> bytes:
    return b"" if element is None else etree.tostring(element, method="c14n")


def _look(style: etree._Element) -> bytes:
    """A style's definition, without the revision id (``w:rsid``) that only records its editing."""
    own = copy.deepcopy(style)
    for mark in own.findall(_w("rsid")):
        own.remove(mark)
    return _xml(own)


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@dataclass
class FormMerge:
    """How one form's chapters are rewritten into the handbook's styles and lists."""

    form: str
    styles: dict[str, str]
    """Each of the form's style ids: its id in the handbook."""
    numbers: dict[str, str]
    """Each of the form's list ids (``w:numId``): its id in the handbook (none if the lists are the first's)."""
    defaults: dict[str, str] = field(default_factory=dict)
    """By element (``p``, ``tbl``): the form's style an element that names none is given."""
    used: set[str] = field(default_factory=set)
    """The form's style ids its chapters use."""

    def rewrite(self, root: etree._Element) -> None:
        """Rewrite the references of a chapter's part (its body, a header or footer)."""
        for tag, style_id in self.defaults.items():
            holder, reference, _ = _DEFAULT_REFERENCES[tag]
            for element in root.iter(_w(tag)):
                properties = element.find(_w(holder))
                if properties is None:
                    properties = etree.Element(_w(holder))
                    element.insert(0, properties)
                if properties.find(_w(reference)) is None:
                    properties.insert(0, etree.Element(_w(reference), {_w("val"): self.styles[style_id]}))
        for element in root.iter(*(_w(tag) for tag in _REFERENCES)):
            old = element.get(_w("val"))
            if old in self.styles:
                self.used.add(old)
                element.set(_w("val"), self.styles[old])
        if self.numbers:
            for element in root.iter(_w("numId")):
                element.set(_w("val"), self.numbers.get(str(element.get(_w("val"))), str(element.get(_w("val")))))

    def rewrite_part(self, data: bytes) -> bytes:
        root = etree.fromstring(data)
        self.rewrite(root)
        return _serialise(root)


class SharedParts:
    """The first form's styles, numbering and font table, to which each
    other form's are added."""

    def __init__(self, first: dict[str, bytes]) -> None:
        self.first = first
        self.roots = {name: etree.fromstring(first[name]) for name in MERGED if name in first}
        self._added: list[tuple[FormMerge, dict[str, etree._Element], set[str], bytes | None]] = []
        """Each other form: how it is rewritten, its styles, those it keeps
        apart, its document defaults if they differ from the first form's."""
        self._taken: set[str] = set()
        """The ids of the styles other forms add under their own id (the first form has none of them)."""

    def add_form(self, form: str, first_form: str, shared: dict[str, bytes], parts: dict[str, bytes]) -> FormMerge:
        """Take in form ``form``'s shared parts (``parts``, one of its documents';
        ``shared``, the first form's); how its chapters are rewritten."""
        for name in sorted(parts):
            if name in MERGED and name in self.roots or name.startswith(_FIRSTS_KEPT):
                continue
            if name not in shared:
                raise FormsError(f"the {form} form's documents have {name}, which the {first_form} form's have not")
            differing = _differences(name, shared[name], parts[name])
            if differing:
                raise FormsError(f"the {form} form's {name} differs from the {first_form} form's ({differing}), "
                                 "and only styles, lists and fonts are merged")
        for named, lacking in ((first_form, STYLES not in self.roots), (form, STYLES not in parts)):
            if lacking:
                raise FormsError(f"the {named} form's documents have no {STYLES}, so their styles cannot be told apart")
        numbers, abstracts = self._add_numbering(form, parts.get(NUMBERING))
        merge = self._plan_styles(form, etree.fromstring(parts[STYLES]), numbers)
        for item in abstracts:  # the styles its lists name
            for reference in item.iter(_w("pStyle"), _w("numStyleLink"), _w("styleLink")):
                old = str(reference.get(_w("val")))
                if old in merge.styles:
                    merge.used.add(old)
                    reference.set(_w("val"), merge.styles[old])
        self._add_fonts(etree.fromstring(parts[FONTS]) if FONTS in parts else None)
        return merge

    def _add_numbering(self, form: str, data: bytes | None) -> tuple[dict[str, str], list[etree._Element]]:
        """Append the form's lists (when they are not the first form's) with
        ids of their own; each old list id's new one, and the lists' definitions appended."""
        if data is None or data == self.first.get(NUMBERING):
            return {}, []
        root, own = self.roots[NUMBERING], etree.fromstring(data)
        if own.find(_w("numPicBullet")) is not None:
            raise FormsError(f"the {form} form's lists have picture bullets, which cannot be merged")
        abstract_base = 1 + max((int(item.get(_w("abstractNumId"), "0")) for item in root.iter(_w("abstractNum"))),
                                default=-1)
        number_base = max((int(item.get(_w("numId"), "0")) for item in root.iter(_w("num"))), default=0)
        abstracts = [copy.deepcopy(item) for item in own.findall(_w("abstractNum"))]
        for item in abstracts:
            item.set(_w("abstractNumId"), str(abstract_base + int(item.get(_w("abstractNumId"), "0"))))
        numbers: dict[str, str] = {}
        lists = [copy.deepcopy(item) for item in own.findall(_w("num"))]
        for item in lists:
            old = str(item.get(_w("numId")))
            numbers[old] = str(number_base + int(old))
            item.set(_w("numId"), numbers[old])
            abstract = item.find(_w("abstractNumId"))
            if abstract is not None:
                abstract.set(_w("val"), str(abstract_base + int(abstract.get(_w("val"), "0"))))
        existing = root.findall(_w("abstractNum"))
        at = root.index(existing[-1]) + 1 if existing else 0
        for offset, item in enumerate(abstracts):
            root.insert(at + offset, item)
        cleanup = root.find(_w("numIdMacAtCleanup"))
        for item in lists:
            if cleanup is None:
                root.append(item)
            else:
                cleanup.addprevious(item)
        return numbers, abstracts

    def _plan_styles(self, form: str, own: etree._Element, numbers: dict[str, str]) -> FormMerge:
        """Which of the form's styles keep their id, which take the form's own."""
        root = self.roots[STYLES]
        first = {str(style.get(_w("styleId"))): style for style in root.iter(_w("style"))}
        theirs = {str(style.get(_w("styleId"))): style for style in own.iter(_w("style"))}
        own_defaults, first_defaults = own.find(_w("docDefaults")), root.find(_w("docDefaults"))
        defaults_differ = _xml(own_defaults) != _xml(first_defaults)
        clashes: dict[str, bool] = {}

        def clashes_with_first(style_id: str) -> bool:
            if style_id not in clashes:
                clashes[style_id] = False  # a loop of basedOn ends here
                style = theirs[style_id]
                parent = _val(style.find(_w("basedOn")))
                clashes[style_id] = style_id in self._taken or style_id in first and (
                    defaults_differ or bool(numbers and next(style.iter(_w("numId")), None) is not None)
                    or _look(style) != _look(first[style_id])
                    or (parent in theirs and clashes_with_first(str(parent))))
            return clashes[style_id]

        styles = {style_id: f"{form}-{style_id}" if clashes_with_first(style_id) else style_id for style_id in theirs}
        merge = FormMerge(form, styles, numbers)
        for tag, (_, _, kind) in _DEFAULT_REFERENCES.items():
            default = _default_style(theirs, kind)
            if default is not None and styles[default] != _default_style(first, kind):
                merge.defaults[tag] = default
        apart = {style_id for style_id in theirs if style_id not in first or clashes[style_id]}
        self._taken |= {style_id for style_id in apart if styles[style_id] == style_id}
        self._added.append((merge, theirs, apart,
                            etree.tostring(own_defaults) if defaults_differ and own_defaults is not None else None))
        return merge

    def _add_fonts(self, own: etree._Element | None) -> None:
        root = self.roots.get(FONTS)
        if own is None or root is None:
            return
        names = {font.get(_w("name")) for font in root.iter(_w("font"))}
        for font in own.iter(_w("font")):
            if font.get(_w("name")) not in names:
                root.append(copy.deepcopy(font))
                names.add(font.get(_w("name")))

    def parts(self) -> dict[str, bytes]:
        """The merged parts, once every chapter is rewritten (so the styles
        each form's chapters use are known)."""
        root = self.roots[STYLES]
        for merge, theirs, apart, defaults in self._added:
            for style_id in _closure(merge.used | set(merge.defaults.values()), theirs):
                if style_id in apart:
                    root.append(_own_style(theirs[style_id], merge,
                                           etree.fromstring(defaults) if defaults is not None else None))
        return {name: _serialise(part) for name, part in self.roots.items()}


def _default_style(styles: dict[str, etree._Element], kind: str) -> str | None:
    """The id of the style of ``kind`` (paragraph, table) an element that names none has."""
    return next((style_id for style_id, style in styles.items()
                 if style.get(_w("type")) == kind and style.get(_w("default")) in ("1", "true")), None)


def _differences(name: str, first: bytes, own: bytes) -> str:
    """How a form's shared part ``name`` differs from the first form's (its
    elements that differ, for the settings), or nothing. What only records
    the editing (revision ids, the zoom, proofing state) is no difference."""
    if first == own:
        return ""
    if name != SETTINGS:
        return "its contents"
    first_root, own_root = etree.fromstring(first), etree.fromstring(own)

    def settings(root: etree._Element) -> dict[str, bytes]:
        return {etree.QName(child).localname: _xml(child) for child in root
                if etree.QName(child).localname not in _EDITING_SETTINGS}

    first_settings, own_settings = settings(first_root), settings(own_root)
    return ", ".join(f"w:{setting}" for setting in sorted(first_settings.keys() | own_settings.keys())
                     if first_settings.get(setting) != own_settings.get(setting))


def _closure(used: set[str], styles: dict[str, etree._Element]) -> list[str]:
    """``used`` and the styles they are based on, link to or go on with, in the form's order."""
    seen: set[str] = set()
    waiting = [style_id for style_id in used if style_id in styles]
    while waiting:
        style_id = waiting.pop()
        if style_id in seen:
            continue
        seen.add(style_id)
        for tag in ("basedOn", "next", "link"):
            other = _val(styles[style_id].find(_w(tag)))
            if other in styles and other not in seen:
                waiting.append(str(other))
    return [style_id for style_id in styles if style_id in seen]


def _own_style(style: etree._Element, merge: FormMerge, defaults: etree._Element | None) -> etree._Element:
    """The form's ``style`` as the handbook holds it: its ids and name its own,
    no default of its kind, the form's document defaults on it when it is
    a paragraph style based on none."""
    own = copy.deepcopy(style)
    style_id = str(own.get(_w("styleId")))
    own.set(_w("styleId"), merge.styles[style_id])
    if _w("default") in own.attrib:
        del own.attrib[_w("default")]
    name = own.find(_w("name"))
    if name is not None and merge.styles[style_id] != style_id:
        name.set(_w("val"), f"{merge.form}-{name.get(_w('val'))}")
    for tag in ("basedOn", "next", "link"):
        reference = own.find(_w(tag))
        if reference is not None and reference.get(_w("val")) in merge.styles:
            reference.set(_w("val"), merge.styles[str(reference.get(_w("val")))])
    for number in own.iter(_w("numId")):
        number.set(_w("val"), merge.numbers.get(str(number.get(_w("val"))), str(number.get(_w("val")))))
    if defaults is not None and own.get(_w("type")) == "paragraph" and own.find(_w("basedOn")) is None:
        for holder, tag, after in (("pPrDefault", "pPr", _AFTER_PPR), ("rPrDefault", "rPr", _AFTER_RPR)):
            given = defaults.find(f"{_w(holder)}/{_w(tag)}")
            if given is not None:
                _put_defaults(own, given, tag, after)
        put_in_schema_order(own)
        rank = {name: index for index, name in enumerate(_PPR_ORDER)}
        for properties in own.iter(_w("pPr")):
            properties[:] = sorted(properties, key=lambda child: rank.get(etree.QName(child).localname, len(rank)))
    return own


def _put_defaults(style: etree._Element, given: etree._Element, tag: str, after: tuple[str, ...]) -> None:
    """Give ``style``'s ``tag`` (pPr, rPr) what the defaults ``given`` set and
    it does not, attribute by attribute (put in order after)."""
    properties = style.find(_w(tag))
    if properties is None:
        properties = etree.Element(_w(tag))
        following = next((child for child in style if etree.QName(child).localname in after), None)
        if following is None:
            style.append(properties)
        else:
            following.addprevious(properties)
    for default in given:
        mine = properties.find(default.tag)
        if mine is None:
            properties.append(copy.deepcopy(default))
        else:
            for attribute, value in default.attrib.items():
                mine.attrib.setdefault(attribute, value)
