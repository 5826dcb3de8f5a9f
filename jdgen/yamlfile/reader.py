"""Read a YAML file safely into plain data, remembering where every value stood."""

from __future__ import annotations

import codecs
from functools import partial
from pathlib import Path

import yaml
from yaml.nodes import Node

from jdgen.characters import kind
from jdgen.diagnostics import Diagnostic, JdgenError, Position
from jdgen.memo import copies
from jdgen.yamlfile import parser
from jdgen.yamlfile.builder import Builder
from jdgen.yamlfile.loaded import LoadedFile, Positions, mark_position
from jdgen.yamlfile.slips import breaking_slips

MAX_FILE_BYTES = 1024 * 1024
"""Larger files are refused: a job description is a few kilobytes."""
_START = Position(1, 1)


def read_yaml(path: Path, shown: str, remember: bool = True) -> LoadedFile:
    """Load one YAML file; raise JdgenError if it cannot be read at all.

    Problems in single values (a duplicate key, an impossible date, an unknown
    tag) do not stop the load: they are collected in ``diagnostics``. With
    ``remember``, the reading is kept for the next caller of the same bytes
    (a caller that reads each file once has no use for it).
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _failure(shown, f"cannot read the file: {error.strerror}", code="file-unreadable") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _failure(shown, f"file is larger than {MAX_FILE_BYTES // 1024} KiB; is it really a spec?",
                       code="yaml-limit")
    return (_remembered if remember else _read)(raw, shown, parser.FAST)


def _read(raw: bytes, shown: str, fast: bool) -> LoadedFile:
    """The file read from ``raw`` (with libyaml where ``fast`` and safe).

    Each character YAML refuses (a control character pasted with a text) is
    an error at its place, and the file is read on with U+FFFD in its place,
    so that the run also reports what else is wrong in the file."""
    text = _decode(raw, partial(_failure, shown))
    refused = [Diagnostic(shown, _index_position(text, found.start()), _refused_message(found.group()),
                          code="yaml-syntax") for found in _REFUSED.finditer(text)]
    if refused:
        text = _REFUSED.sub("\ufffd", text)
    try:
        loaded = _parsed(text, shown, fast)
    except JdgenError as error:
        raise JdgenError(refused + error.diagnostics) from None
    loaded.diagnostics[:0] = refused
    return loaded


_REFUSED = yaml.reader.Reader.NON_PRINTABLE
"""The characters a YAML file cannot hold."""


def _parsed(text: str, shown: str, fast: bool) -> LoadedFile:
    """``text``, which YAML accepts character by character, parsed."""
    fail = partial(_failure, shown)
    if fast and parser.fast(text):
        try:
            return _load(parser.FastLoader(text), shown, text)
        except yaml.YAMLError:
            pass  # the pure-Python parser says what is wrong in clearer terms
    loader = None
    try:
        loader = parser.Loader(text)
        root = loader.get_single_node()
    except parser.TooDeep as error:
        raise fail(f"values nested more than {parser.MAX_DEPTH} levels deep", mark_position(error.mark),
                   "yaml-limit") from None
    except yaml.MarkedYAMLError as error:
        found = breaking_slips(text)
        if found:
            raise JdgenError([Diagnostic(shown, position, message, code="yaml-input-slip")
                              for position, message in found]) from None
        message, mark = _syntax_message(error, text)
        raise fail(message, mark_position(mark)) from None
    finally:
        if loader is not None:
            loader.dispose()
    return _built(loader, root, shown)


_remembered = copies(maxsize=64, shared=(Positions,))(_read)
"""``_read`` remembered by the bytes read (a spec checked, then built; a
template's labels for each command), the positions shared by every copy; a
file that cannot be read is read again each time."""


def _failure(shown: str, message: str, position: Position = _START, code: str = "yaml-syntax") -> JdgenError:
    return JdgenError([Diagnostic(shown, position, message, code=code)])


def _load(loader, shown: str, text: str) -> LoadedFile:
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    return _built(loader, root, shown, text)


def _built(loader, root: Node | None, shown: str, text: str | None = None) -> LoadedFile:
    if root is None:
        raise JdgenError([Diagnostic(shown, _START,
                                     "the file is empty; a spec is a mapping of fields (see 'jdgen schema')",
                                     code="yaml-empty")])
    loaded = LoadedFile(shown, None)
    loaded.data = Builder(loader, loaded, text).build(root, ())
    return loaded


def _decode(raw: bytes, fail) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise fail("the file is UTF-16 encoded; specs must be UTF-8: save it as UTF-8", code="yaml-encoding")
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        gb18030 = _looks_like_gb18030(raw)
        # GBK bytes may pass as UTF-8 for a while: point at the first non-ASCII one.
        start = next(i for i, byte in enumerate(raw) if byte > 0x7F) if gb18030 else error.start
        line_start = raw.rfind(b"\n", 0, start) + 1
        line = raw.count(b"\n", 0, start) + 1
        column = len(raw[line_start:start].decode("utf-8")) + 1
        hint = " (it looks like GBK/GB18030-encoded Chinese)" if gb18030 else ""
        raise fail(
            f"the file is not valid UTF-8{hint}; specs must be UTF-8: save it as UTF-8",
            Position(line, column), "yaml-encoding",
        ) from None


def _looks_like_gb18030(raw: bytes) -> bool:
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def _index_position(text: str, index: int) -> Position:
    before = text[:index]
    return Position(before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1)


def _syntax_message(error: yaml.MarkedYAMLError, text: str) -> tuple[str, yaml.Mark | None]:
    """A plain-words message for a YAML syntax error, and where to point."""
    problem, context = error.problem or "invalid YAML", error.context or ""
    mark, opening = error.problem_mark, error.context_mark
    if "'\\t'" in problem and mark:
        line_start = text.rfind("\n", 0, mark.index) + 1
        if text[line_start:mark.index].strip(" "):
            return "YAML syntax error: a tab separates values here; use a space", mark
        return "YAML syntax error: a tab is used for indentation; indent with spaces", mark
    if "expected a single document" in context:
        return "YAML syntax error: more than one document ('---'); a spec is one document", mark
    if "end of stream" in problem and "quoted scalar" in context:
        return "YAML syntax error: this quoted text is never closed (no matching quote)", opening
    bracket = text[opening.index:opening.index + 1] if opening else ""
    if "<stream end>" in problem and bracket in ("[", "{"):
        return f"YAML syntax error: this '{bracket}' is never closed", opening
    if problem.startswith("expected <block end>") and ("'<block" in problem or "'?'" in problem):
        return "YAML syntax error: bad indentation: this line does not line up with the lines above it", mark
    if problem == "mapping values are not allowed here":
        return (
            "YAML syntax error: unexpected ':' (is this line indented too far, "
            "or does a text hold ': '? then quote the text)", mark
        )
    return f"YAML syntax error: {problem}{f' ({context})' if context else ''}", mark


def _refused_message(character: str) -> str:
    name, note = kind(character)
    return f"{name} U+{ord(character):04X} in the file{note}; remove it"


