"""Word templates: loaded, patched and compiled once, rendered many times.

A template is a folder holding ``form.docx`` (Word XML with docxtpl/Jinja
tags) and ``labels.yaml`` (the form's labels). docxtpl's tag syntax is used
as documented, but its per-document ``DocxTemplate`` is the slow path: here
the XML parts are patched and compiled once, and each document is one Jinja
render per part plus a zip write. The patched and compiled parts are kept
in the user's cache (jdgen.user_cache) under the template's bytes and the
versions that made them, so that a process that finds them there neither
patches nor compiles (nor loads docxtpl).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import marshal
import re
import sys
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from jdgen import __version__, marks, user_cache
from jdgen.diagnostics import Diagnostic, JdgenError
from jdgen.fingerprint import digest, file_digest
from jdgen.project import TEMPLATE_FILE
from jdgen.render import cannot_raise, well_formed, xml_texts
from jdgen.render.locations import SHOWN_TEXT, location_of_text, unbalanced_tag
from jdgen.render.ooxml import add_draft_notice, apply_marks, put_in_schema_order
from jdgen.render.package import PackageWriter
from jdgen.render.pagination import ParagraphStyles, keep_rows_whole
from jdgen.render.revisions import Revisions
from jdgen.render.shape import Record

_RENDERED_PART = re.compile(r"word/(document|header\d*|footer\d*)\.xml")
_TAG_TEXT = re.compile(r"<[^>]+>")
_KEPT = 4
"""Prepared templates a process keeps, so that ``watch``'s rounds, and
commands run one after another in one process, compile a form once."""


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, reading a plain mapping's key (``basic.title``, the
    context is made of them) without first asking the mapping for an
    attribute of that name, which it has not: the same value or undefined
    as the sandbox gives, without the exception it costs."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            value = obj.get(attribute, _NO_KEY)
            return self.undefined(obj=obj, name=attribute) if value is _NO_KEY else value
        return super().getattr(obj, attribute)


_DICT_ATTRIBUTES = frozenset(dir(dict))
"""What ``getattr`` finds on a plain mapping (its methods): those the sandbox reads as attributes."""
_NO_KEY = object()


class RenderError(Exception):
    """A template failed on a context: a problem of the template, not of a
    spec. ``where`` is the part and, when known, the place in it as Word
    shows it (``word/document.xml: table 3, row 2, cell 1, '{{ e.txet }}'``);
    ``problem`` what went wrong; it reads with the template's file first."""

    def __init__(self, shown_path: str, where: str, problem: str) -> None:
        super().__init__(f"{shown_path}: {where}: {problem}")
        self.where, self.problem = where, problem


@dataclass
class PreparedTemplate:
    """A template ready to render: its package parts and compiled XML parts."""

    folder: Path
    shown_path: str
    compiled: dict[str, jinja2.Template]
    sources: dict[str, tuple[str, str]]
    """Each rendered part's XML as in the template and as compiled (patched)."""
    parts: dict[str, bytes]
    """The template package's parts, in order."""
    ordered: set[str]
    """Parts whose tags were put in schema order once, at preparation."""
    key: str
    """What the compiled parts depend on (``_compiled_key``), under which the user's cache keeps them."""
    alike: dict[str, bool] = field(default_factory=dict, repr=False)
    """``renders_alike`` by shape, as proved in this process."""

    @functools.cached_property
    def writer(self) -> PackageWriter:
        """The writer of the documents (its static parts compressed when first
        asked for: a check renders, and writes nothing)."""
        return PackageWriter(self.parts, set(self.compiled))

    @functools.cached_property
    def styles(self) -> ParagraphStyles:
        """What the page layout needs to know of the paragraph styles."""
        return ParagraphStyles.read(self.parts.get("word/styles.xml"))

    @classmethod
    def load(cls, folder: Path, shown_folder: str) -> PreparedTemplate:
        """Read, patch and compile ``folder/form.docx`` (or take the one this
        process prepared from the same bytes); raise JdgenError when it is
        missing, not a Word document, or has a tag error."""
        path = folder / TEMPLATE_FILE
        shown_path = f"{shown_folder}/{TEMPLATE_FILE}"

        def fail(message: str, code: str = "template-file") -> JdgenError:
            return JdgenError([Diagnostic(shown_path, None, message, code=code)])

        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise fail("template file not found") from None
        except OSError as error:
            raise fail(f"not a Word document (.docx): {error}") from None
        key = (folder.resolve(), shown_folder, hashlib.sha256(data).digest())
        if key not in _prepared:
            _prepared[key] = cls._prepare(folder, shown_path, data, fail)
            if len(_prepared) > _KEPT:
                del _prepared[next(iter(_prepared))]
        return _prepared[key]

    @classmethod
    def _prepare(cls, folder: Path, shown_path: str, data: bytes,
                 fail: Callable[..., JdgenError]) -> PreparedTemplate:
        """Patch and compile the template package ``data``."""
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                parts = {name: package.read(name) for name in package.namelist()}
        except (zipfile.BadZipFile, OSError) as error:
            raise fail(f"not a Word document (.docx): {error}") from None
        if "word/document.xml" not in parts:
            raise fail("not a Word document (.docx): it has no word/document.xml")
        environment = _Sandbox(autoescape=True, undefined=jinja2.StrictUndefined)
        key = _compiled_key(data)
        kept = _recalled_parts(key)
        if kept is None:
            kept = _compiled_parts(parts, data, environment, fail)
            user_cache.keep("compiled", key, {name: [source, in_order, base64.b64encode(marshal.dumps(code)).decode()]
                                              for name, (source, in_order, code) in kept.items()})
        compiled = {name: environment.template_class.from_code(environment, code, environment.make_globals(None))
                    for name, (_, _, code) in kept.items()}
        sources = {name: (parts[name].decode("utf-8"), source) for name, (source, _, _) in kept.items()}
        ordered = {name for name, (_, in_order, _) in kept.items() if in_order}
        return cls(folder, shown_path, compiled, sources, parts, ordered, key)

    def render(self, context: dict[str, Any], properties: dict[str, str], draft_notice: str | None = None,
               revisions: Revisions | None = None,
               adjust: Callable[[str, etree._Element], None] | None = None, for_print: bool = True) -> bytes:
        """Return the .docx bytes of one document; a draft is headed by
        ``draft_notice``; ``revisions`` tracks the changes a redline's context
        marks, and ``adjust`` (given each marked part's name and root) finishes them.
        A document ``for_print`` has its rows of lists cut into rows kept whole
        on pages; a redline, read on screen, and the versions it is made from
        keep them as they are."""
        rendered = {}
        for name, template in self.compiled.items():
            xml, data = self._rendered(name, template, context)
            root = self._root(name, data)
            marked = any(mark in xml for mark in marks.ALL) or (revisions is not None and revisions.whole is not None)
            if draft_notice and name == "word/document.xml":
                add_draft_notice(root, draft_notice)
                marked = True
            if marked:
                apply_marks(root, revisions)
                if adjust is not None:
                    adjust(name, root)
            if name == "word/document.xml" and for_print and revisions is None:
                marked = keep_rows_whole(root, self.styles) or marked
            if marked or name not in self.ordered:
                put_in_schema_order(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            rendered[name] = data
        return self.writer.write(rendered, properties)

    @functools.cached_property
    def proved(self) -> frozenset[str]:
        """The parts that render well-formed XML with any context of plain
        values (jdgen.render.well_formed): proved once per template and
        prover, and kept in the user's cache."""
        key = digest(self.key, file_digest(Path(well_formed.__file__)), file_digest(Path(xml_texts.__file__)),
                     str(etree.LIBXML_VERSION))
        kept = user_cache.recalled("proved", key)
        if isinstance(kept, list) and all(isinstance(name, str) for name in kept):
            return frozenset(kept)
        found = frozenset(name for name, template in self.compiled.items()
                          if well_formed.always_well_formed(template.environment, self.sources[name][1]))
        user_cache.keep("proved", key, sorted(found))
        return found

    def renders_alike(self, shape: Record) -> bool:
        """Whether every part renders well-formed XML (``proved``) without
        raising (jdgen.render.cannot_raise) with any context of ``shape``
        whose values are plain: then rendering such a context tells a check
        nothing. Proved once per template, shape and prover, and kept in the
        user's cache."""
        said = repr(shape)
        if said not in self.alike:
            key = digest(self.key, file_digest(Path(cannot_raise.__file__)), said)
            kept = user_cache.recalled("unraising", key)
            if not isinstance(kept, list) or not all(isinstance(name, str) for name in kept):
                kept = sorted(name for name, template in self.compiled.items()
                              if cannot_raise.cannot_raise(template.environment, self.sources[name][1], shape))
                user_cache.keep("unraising", key, kept)
            self.alike[said] = set(kept) == set(self.compiled) and self.proved == set(self.compiled)
        return self.alike[said]

    def check_renders(self, context: dict[str, Any]) -> None:
        """Raise the RenderError ``render`` would raise with ``context``, making
        no document: what a check asks of each spec. Each part is rendered;
        its XML is not parsed where it is proved well-formed and the context
        holds only plain values (jdgen.render.xml_texts), else parsed
        building no tree, and only where that parse finds a problem parsed
        as ``render`` does, which says whether and how it breaks."""
        proved = self.proved if self.proved and xml_texts.plain_values(context) else frozenset()
        for name, template in self.compiled.items():
            _, data = self._rendered(name, template, context)
            if name not in proved and not _well_formed(data):
                self._root(name, data)

    def _rendered(self, name: str, template: jinja2.Template, context: dict[str, Any]) -> tuple[str, bytes]:
        """Part ``name`` rendered with ``context``, as text and bytes; a RenderError where the template fails."""
        try:
            xml = template.render(context)
        except Exception as error:  # a template can fail in any way; report it, never crash
            raise RenderError(self.shown_path, f"{name}: {self._place(name, error)}".rstrip(": "),
                              _in_authors_words(error)) from error
        return xml, xml.replace("\n<w:p", "<w:p").encode("utf-8")

    def _root(self, name: str, data: bytes) -> etree._Element:
        """The root of part ``name``'s rendered XML; a RenderError where it breaks."""
        try:
            return etree.fromstring(data)  # never write a document Word cannot open
        except etree.XMLSyntaxError as error:
            raise RenderError(self.shown_path, name, f"rendered XML is broken: {error}") from error

    def _place(self, name: str, error: Exception) -> str:
        """Where in part ``name`` rendering failed, as Word shows it, ending
        in ': '; empty when the error names no line of the template."""
        lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__)
                 if frame.filename == "<template>" and frame.lineno]
        xml, source = self.sources[name]
        return _near(xml, source, lines[-1], balanced=True) if lines else ""


class _NoTree:
    """A parser target that builds nothing: libxml2 reads the XML and reports
    its problems, and no element is made."""

    def close(self) -> None:
        return None


def _well_formed(data: bytes) -> bool:
    """Whether libxml2 reads ``data`` with no problem at all, building no tree
    (about half the time of a parse that builds one). A problem a tree's
    parse would not stop on (none of Word's parts has one) reads as not
    well formed too: the caller parses again to know."""
    parser = etree.XMLParser(target=_NoTree())
    try:
        etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return False
    return not parser.error_log


_NO_SUCH_VALUE = re.compile(r"'[\w.]+ object' has no attribute '([^']+)'")


def _in_authors_words(error: Exception) -> str:
    """What a template failed on, without Python's type names: a value
    asked of a text, a list or a record that has none reads the same
    whatever holds it (a bilingual document's text is a text too)."""
    return _NO_SUCH_VALUE.sub(r"it has no value '\1' (jdgen template context shows the values a template sees)",
                              str(error))


def _compiled_parts(parts: dict[str, bytes], data: bytes, environment: jinja2.Environment,
                    fail: Callable[..., JdgenError]) -> dict[str, tuple[str, bool, CodeType]]:
    """Each rendered part of template package ``data`` patched (docxtpl), put
    in schema order where it can be, and compiled by Jinja: its source, whether
    it is in order, its code. A JdgenError at the first tag error."""
    from docxtpl import DocxTemplate

    patcher = DocxTemplate(io.BytesIO(data))
    found = {}
    for name in parts:
        if not _RENDERED_PART.fullmatch(name):
            continue
        source = patcher.patch_xml(parts[name].decode("utf-8"))
        in_order = _in_schema_order(source)
        source = _one_paragraph_per_line(source if in_order is None else in_order)
        try:
            found[name] = (source, in_order is not None, environment.compile(source))
        except jinja2.TemplateSyntaxError as error:
            raise fail(f"{name}: {_near(parts[name].decode('utf-8'), source, error.lineno)}{error.message}",
                       code="template-syntax") from None
    return found


def _compiled_key(data: bytes) -> str:
    """What a template's compiled parts depend on: its bytes, jdgen's
    version, docxtpl's code (the patching: its files, found without loading
    it) and the versions of Jinja and Python (the code)."""
    import importlib.util

    found = importlib.util.find_spec("docxtpl")
    patching = sorted(Path(found.origin).parent.glob("*.py")) if found and found.origin else []
    return digest(__version__, *(file_digest(path) for path in patching), jinja2.__version__,
                  sys.implementation.cache_tag or "", data)


def _recalled_parts(key: str) -> dict[str, tuple[str, bool, CodeType]] | None:
    """The compiled parts the user's cache keeps under ``key`` (jdgen.user_cache); None when none are usable."""
    kept = user_cache.recalled("compiled", key)
    try:
        found = {name: (source, in_order, marshal.loads(base64.b64decode(code)))
                 for name, (source, in_order, code) in kept.items()}
    except (AttributeError, TypeError, ValueError, EOFError):
        return None
    if all(isinstance(source, str) and isinstance(in_order, bool) and isinstance(code, CodeType)
           for source, in_order, code in found.values()):
        return found
    return None


_prepared: dict[tuple[Path, str, bytes], PreparedTemplate] = {}
"""The templates this process prepared, by folder, shown folder and content; oldest first."""


def _in_schema_order(source: str) -> str | None:
    """The patched part with its property elements in schema order, when its
    XML (Jinja tags and all) reads and writes back unchanged; else None, and
    each rendered document is put in order instead."""
    try:
        root = etree.fromstring(source.encode("utf-8"))
    except etree.XMLSyntaxError:
        return None
    start = source.index("<", source.index("?>") + 2) if source.startswith("<?xml") else 0
    if etree.tostring(root, encoding="unicode") != source[start:]:
        return None
    put_in_schema_order(root)
    return source[:start] + etree.tostring(root, encoding="unicode")


def _one_paragraph_per_line(xml: str) -> str:
    """Start each paragraph on a new line, so Jinja's line numbers count paragraphs."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def _near(xml: str, source: str, line: int | None, balanced: bool = False) -> str:
    """Where line ``line`` of the patched part is in the template as Word
    shows it (table, row, cell and text), ending in ': ': for a syntax error
    (not ``balanced``) the paragraph with an unclosed tag, else the one of
    the line; empty when unknown."""
    if not line:
        return ""
    text = _TAG_TEXT.sub("", source.splitlines()[line - 1]).strip()
    location = (None if balanced else unbalanced_tag(xml)) or location_of_text(xml, text[:SHOWN_TEXT])
    return f"{location}: " if location else f"{text[:SHOWN_TEXT]!r}: " if text else ""
