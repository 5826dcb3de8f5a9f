"""Read a YAML file safely into plain data, remembering where every value stood."""

from __future__ import annotations

import codecs
import re
import string
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from jdgen import marks
from jdgen.diagnostics import Diagnostic, FieldPath, JdgenError, Level, Position

MAX_FILE_BYTES = 1024 * 1024
"""Larger files are refused: a job description is a few kilobytes."""
MAX_NODES = 50_000
"""Bound on values after alias expansion: stops alias bombs early."""
MAX_DEPTH = 50
"""Bound on nesting: a spec nests six deep; the YAML composer recurses."""
FAST_NESTING_BOUND = 10_000
"""libyaml composes recursively in C and crashes past some 20,000 levels; a
file with more characters that can open a level ('[', '{', '-', ':', '?') is
read by the pure-Python loader, which stops at MAX_DEPTH."""

_STRING = "tag:yaml.org,2002:str"
_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


@dataclass
class LoadedFile:
    """A YAML file's data with the position of each value and each mapping key."""

    path: str
    data: Any
    positions: dict[FieldPath, yaml.Mark] = field(default_factory=dict)
    key_positions: dict[FieldPath, yaml.Mark] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    """Doubts about a spec's texts (full-width quotes around one)."""
    slips: dict[FieldPath, Diagnostic] = field(default_factory=dict)
    """Texts that start like a key or a list item typed with a full-width
    character ('grade：3', '-　电脑'): the error to report if a mapping or a
    list was expected there."""
    grafts: dict[FieldPath, tuple[LoadedFile, FieldPath]] = field(default_factory=dict)
    """For a spec that extends shared files (jdgen.spec.shared): where each
    value of the merged data was written, as a file and the value's path in it."""
    used_by: str = ""
    """For a shared file: the spec that pulled it in (see Diagnostic.used_by)."""
    sources: list[str] = field(default_factory=list)
    """The shared files the data was merged from, as displayed."""

    def position_of(self, field_path: FieldPath, *, key: bool = False) -> Position:
        """Return the position of a value (or of its key), else of its nearest parent."""
        return self.locate(field_path, key=key)[1]

    def locate(self, field_path: FieldPath, *, key: bool = False) -> tuple[LoadedFile, Position]:
        """The file where a value (or its key) is written, and its position there."""
        for end in range(len(field_path), -1, -1):
            graft = self.grafts.get(field_path[:end])
            if graft is not None:
                return graft[0].locate(graft[1] + field_path[end:], key=key)
        if key and field_path in self.key_positions:
            return self, _mark_position(self.key_positions[field_path])
        for end in range(len(field_path), -1, -1):
            mark = self.positions.get(field_path[:end])
            if mark is not None:
                return self, _mark_position(mark)
        return self, Position(1, 1)

    def diagnostic(self, at: FieldPath, message: str, field_path: FieldPath | None = None,
                   level: Level = Level.ERROR, *, key: bool = False) -> Diagnostic:
        """A diagnostic about the value at ``at`` (its key, with ``key``), in
        the file where it is written; ``field_path`` (default ``at``) is shown."""
        where, position = self.locate(at, key=key)
        return Diagnostic(where.path, position, message, at if field_path is None else field_path,
                          level, where.used_by)


def read_yaml(path: Path, display_path: str) -> LoadedFile:
    """Load one YAML file; raise JdgenError if it cannot be read at all.

    Problems in single values (a duplicate key, an impossible date, an unknown
    tag) do not stop the load: they are collected in ``diagnostics``.
    """

    def fail(message: str, position: Position = Position(1, 1)) -> JdgenError:
        return JdgenError([Diagnostic(display_path, position, message)])

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise fail(f"cannot read the file: {error.strerror}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise fail(f"file is larger than {MAX_FILE_BYTES // 1024} KiB; is it really a spec?")
    text = _decode(raw, fail)
    if _FAST and _shallow(text):
        try:
            return _load(yaml.CSafeLoader(text), display_path, text)
        except yaml.YAMLError:
            pass  # the pure-Python parser says what is wrong in clearer terms
    loader = None
    try:
        loader = _Loader(text)
        root = loader.get_single_node()
    except _TooDeep as error:
        raise fail(f"values nested more than {MAX_DEPTH} levels deep", _mark_position(error.mark)) from None
    except yaml.MarkedYAMLError as error:
        slips = _slips(text)
        if slips:
            raise JdgenError([Diagnostic(display_path, position, message) for position, message in slips]) from None
        message, mark = _syntax_message(error, text)
        raise fail(message, _mark_position(mark)) from None
    except yaml.reader.ReaderError as error:
        raise fail(_reader_message(error), _index_position(text, error.position)) from None
    finally:
        if loader is not None:
            loader.dispose()
    return _built(loader, root, display_path)


def _shallow(text: str) -> bool:
    """Whether libyaml can read ``text`` without recursing too deep."""
    return sum(map(text.count, "[{-:?")) <= FAST_NESTING_BOUND


def _load(loader, display_path: str, text: str) -> LoadedFile:
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    return _built(loader, root, display_path, text)


def _built(loader, root: Node | None, display_path: str, text: str | None = None) -> LoadedFile:
    if root is None:
        raise JdgenError([Diagnostic(display_path, Position(1, 1),
                                     "the file is empty; a spec is a mapping of fields (see 'jdgen schema')")])
    loaded = LoadedFile(display_path, None)
    loaded.data = _Builder(loader, loaded, text).build(root, ())
    return loaded


def _decode(raw: bytes, fail) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise fail("the file is UTF-16 encoded; specs must be UTF-8: save it as UTF-8")
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
            Position(line, column),
        ) from None


def _looks_like_gb18030(raw: bytes) -> bool:
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def _mark_position(mark) -> Position:
    return Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)


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


def _reader_message(error: yaml.reader.ReaderError) -> str:
    character = error.character
    code = ord(character) if isinstance(character, str) else character
    return f"control character U+{code:04X} in the file; remove it"


# --- Chinese input-method slips ---------------------------------------------------

_FULL_WIDTH_INDENTATION = "full-width space '\u3000' (U+3000) used for indentation; indent with ASCII spaces"
_FULL_WIDTH_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", "＂": "＂", "＇": "＇"}
_KEY = r"([A-Za-z0-9_][A-Za-z0-9_-]*)"
_LINE_START = r"[ \u3000]*(?:-[ \u3000]+)*"
_COLON_SLIP = re.compile(_LINE_START + _KEY + "：")
_SPACE_SLIP = re.compile(_LINE_START + "(?:" + _KEY + ":|(-))\u3000")
"""A full-width space after a key's colon or a list item's dash."""
_TEXT_SLIP = re.compile(f"{_KEY}：|(?:{_KEY}:|(-))\u3000")
"""Either slip at the start of a text or a key."""
_INDENTATION_SLIP = re.compile(r" *(\u3000[ \u3000]*)")
_QUOTE_SLIP = re.compile(r"(?:^[ \u3000]*|[:：][ \u3000]*|- +)([%s])" % "".join(_FULL_WIDTH_QUOTES))


def _colon_slip(key: str) -> str:
    return f"full-width colon '：' (U+FF1A) after {key!r}; use an ASCII colon and a space: '{key}: ...'"


def _space_slip(after: str) -> str:
    return f"full-width space '\u3000' (U+3000) after '{after}'; use an ASCII space"


def _quotes(opening: str, closing: str) -> str:
    return f"'{opening}' and '{closing}' (U+{ord(opening):04X}, U+{ord(closing):04X})"


def _quote_slip(opening: str, closing: str) -> str:
    return f'full-width quotes {_quotes(opening, closing)} are not YAML quotes; to quote a text, use ASCII quotes: "..."'


def _text_slip(text: str) -> tuple[int, str] | None:
    """Where a text read from a line's start shows a slip ('grade：3', '-　电脑'), and the message."""
    slip = _TEXT_SLIP.match(text)
    if slip is None:
        return None
    message = _colon_slip(slip[1]) if slip[1] else _space_slip(f"{slip[2]}:" if slip[2] else "-")
    return slip.end() - 1, message


def _key_slip(key: str) -> tuple[int, str] | None:
    """Where a key shows a slip, and the message: keys are plain names."""
    if key.startswith("\u3000"):
        return 0, _FULL_WIDTH_INDENTATION
    if key[:1] in _FULL_WIDTH_QUOTES:
        return 0, _quote_slip(key[0], _FULL_WIDTH_QUOTES[key[0]])
    return _text_slip(key)


def _slips(text: str) -> list[tuple[Position, str]]:
    """The input-method slips that break ``text``: a full-width colon after a
    key, full-width spaces in the indentation, full-width quotes around a value.

    The candidates are repaired (a full-width space taken for one space, else
    for two); if the repaired text is valid YAML, the slips reported are those
    where it has a key, a value, or a quoted text."""
    for width in (1, 2):
        repaired, candidates = _repaired(text, " " * width)
        if not candidates:
            return []
        root = _compose(repaired)
        if root is not None:
            found = _features(root)
            return [(position, message) for needed, position, message in candidates if needed in found]
    return []


def _repaired(text: str, full_width_space: str) -> tuple[str, list[tuple[tuple, Position, str]]]:
    """``text`` with its candidate slips repaired, and for each, what the
    repaired YAML has if it was one, where it is, and the message."""
    repaired_lines, candidates = [], []
    for number, line in enumerate(text.split("\n")):
        edits = []  # (start, end, replacement, what the YAML has if it is a slip, message)
        if found := _INDENTATION_SLIP.match(line):
            edits.append((found.start(1), found.end(1), found[1].replace("\u3000", full_width_space),
                          ("node", number), _FULL_WIDTH_INDENTATION))
        if found := _COLON_SLIP.match(line):
            edits.append((found.end() - 1, found.end(), ": ", ("key", number, found[1]), _colon_slip(found[1])))
        if found := _SPACE_SLIP.match(line):
            needed = ("key", number, found[1]) if found[1] else ("node", number)
            edits.append((found.end() - 1, found.end(), " ", needed, _space_slip(f"{found[1]}:" if found[1] else "-")))
        if (found := _QUOTE_SLIP.search(line)) and (end := line.rfind(_FULL_WIDTH_QUOTES[found[1]])) > found.start(1):
            ascii_quote = "'" if found[1] in "‘＇" else '"'
            edits += [(found.start(1), found.end(1), ascii_quote, ("quoted", number), _quote_slip(found[1], line[end])),
                      (end, end + 1, ascii_quote, None, "")]
        shift = 0
        for start, end, replacement, needed, message in sorted(edits, key=lambda edit: edit[0]):
            if needed:
                needed += (start + shift,) if needed[0] == "quoted" else ()
                candidates.append((needed, Position(number + 1, start + 1), message))
            line = line[:start + shift] + replacement + line[end + shift:]
            shift += len(replacement) - (end - start)
        repaired_lines.append(line)
    return "\n".join(repaired_lines), candidates


def _features(root: Node) -> set[tuple]:
    """The lines where nodes start, the keys with their lines, and the
    positions of quoted texts."""
    found, stack, seen = set(), [root], set()
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen.add(id(node))
            start = node.start_mark
            found.add(("node", start.line))
            if isinstance(node, MappingNode):
                found.update(("key", key.start_mark.line, key.value) for key, _ in node.value
                             if isinstance(key, ScalarNode))
                stack += [part for pair in node.value for part in pair]
            elif isinstance(node, SequenceNode):
                stack += node.value
            elif node.style in ("'", '"'):
                found.add(("quoted", start.line, start.column))
    return found


def _compose(text: str) -> Node | None:
    """The node tree of ``text``, or None if it is not valid YAML."""
    loader = None
    try:
        loader = yaml.CSafeLoader(text) if _FAST and _shallow(text) else _Loader(text)
        return loader.get_single_node()
    except (yaml.YAMLError, _TooDeep):
        return None
    finally:
        if loader is not None:
            loader.dispose()


class _TooDeep(Exception):
    def __init__(self, mark) -> None:
        self.mark = mark


class _DepthLimit:
    """Refuses nesting deeper than MAX_DEPTH (the composer recurses)."""

    depth = 0

    def compose_node(self, parent, index):
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise _TooDeep(self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


_ASCII_PUNCTUATION = frozenset(string.punctuation)


def _wide(char: str) -> bool:
    """East Asian Wide or Fullwidth: CJK ideographs, kana, hangul, full-width forms."""
    return len(char) == 1 and unicodedata.east_asian_width(char) in ("W", "F")


def _east_asian(near: str, far: str) -> bool:
    """Whether one side of a line break is East Asian: the character ``near``
    the break is wide, or is ASCII punctuation beside a wide one, ``far``
    (Chinese written with ASCII punctuation: '分析,' or '(或参与)')."""
    return _wide(near) or (near in _ASCII_PUNCTUATION and _wide(far))


class _EastAsianFolding:
    """PyYAML scanner methods that fold a line break with East Asian text on
    both sides into nothing, not a space, in plain, quoted and folded block
    scalars (Pandoc's east_asian_line_breaks).

    Every fold passes through ``scan_line_break``: where it returns '' for a
    line break, the scanner takes that '' in place of the space."""

    _blanks: str | None = None
    """While a scalar's line break is folded: the blanks YAML drops beside it
    (none in a block scalar)."""
    _block_indent: int | None = None
    _line_head = ""
    """The character at the block's indentation on the current line."""

    def _folding(self, blanks: str, scan, *args):
        self._blanks = blanks
        try:
            return scan(*args)
        finally:
            self._blanks = None

    def scan_plain_spaces(self, indent, start_mark):
        return self._folding(" ", super().scan_plain_spaces, indent, start_mark)

    def scan_flow_scalar_spaces(self, double, start_mark):
        return self._folding(" \t", super().scan_flow_scalar_spaces, double, start_mark)

    def scan_block_scalar(self, style):
        self._block_indent = None
        if style != ">":
            return super().scan_block_scalar(style)
        return self._folding("", super().scan_block_scalar, style)

    def scan_block_scalar_indentation(self):
        breaks, max_indent, end_mark = super().scan_block_scalar_indentation()
        self._block_indent, self._line_head = max(self.indent + 1, 1, max_indent), self.peek()
        return breaks, max_indent, end_mark

    def scan_block_scalar_breaks(self, indent):
        self._block_indent = indent
        breaks, end_mark = super().scan_block_scalar_breaks(indent)
        self._line_head = self.peek()
        return breaks, end_mark

    def scan_line_break(self):
        blanks, end = self._blanks, self.pointer
        if blanks is None:
            return super().scan_line_break()
        while end > 0 and self.buffer[end - 1] in blanks:
            end -= 1
        before = self.buffer[max(end - 2, 0):end]
        line_break = super().scan_line_break()
        joins = line_break == "\n" and _east_asian(before[-1:], before[:-1]) and self._east_asian_ahead(blanks)
        return "" if joins else line_break

    def _east_asian_ahead(self, blanks: str) -> bool:
        """Whether the line after the break folds and starts East Asian."""
        if blanks:
            start = self.pointer
            while self.buffer[start] in blanks:
                start += 1
            return _east_asian(self.buffer[start], self.buffer[start + 1:start + 2])
        # In a folded block, only lines at the block's indentation fold, not more indented ones.
        indent = self._block_indent
        if indent is None or self._line_head in " \t":
            return False
        line = self.buffer[self.pointer:self.pointer + indent + 2]
        return line[:indent] == " " * indent and _east_asian(line[indent:indent + 1], line[indent + 1:])


class _Loader(_DepthLimit, _EastAsianFolding, yaml.SafeLoader):
    """The safe loader in pure Python: slow, but its errors say the most."""


class _Rescanner(yaml.reader.Reader, yaml.scanner.Scanner):
    """Reads one scalar of a file again (its source ``span``), as PyYAML does."""

    def __init__(self, span: str, indent: int) -> None:
        yaml.reader.Reader.__init__(self, span)
        yaml.scanner.Scanner.__init__(self)
        self.indent = indent

    def value(self, style: str | None) -> str:
        if not style:
            return self.scan_plain().value
        if style in "'\"":
            return self.scan_flow_scalar(style).value
        return self.scan_block_scalar(style).value


class _FoldingRescanner(_EastAsianFolding, _Rescanner):
    """Reads one scalar again, joining East Asian lines without a space."""


_BREAK_BETWEEN = re.compile(r"([^ \t\r\n\x85]{1,2})[ \t]*(?:\r\n?|\n|\x85)[ \t]*(?=([^ \t\r\n\x85]{1,2}))")
"""A line break and up to two characters on each side, blanks left out."""
_PROPERTIES = re.compile(r"(?:[&!][^ \t\r\n]*[ \t\r\n]+(?:#[^\n]*\n[ \t\r\n]*)*)*")
"""A node's anchor and tag, where its position starts."""


def _indentation(text: str, start: int) -> int:
    """The column of a block sequence whose position (its anchor or tag) is ``start``."""
    start = _PROPERTIES.match(text, start).end()
    return start - text.rfind("\n", 0, start) - 1


def _refolded(text: str, node: ScalarNode, indent: int) -> str:
    """libyaml's value of a string ``node``, folded again where a line break
    has East Asian text on both sides. ``indent`` is that of the node's block
    collection (it places a block scalar's explicit indentation)."""
    if node.start_mark.line == node.end_mark.line or node.style == "|":
        return node.value
    span = text[node.start_mark.index:node.end_mark.index]
    span = span[_PROPERTIES.match(span).end():]
    breaks = _BREAK_BETWEEN.findall(span)
    if not any(_east_asian(a[-1], a[:-1]) and _east_asian(b[0], b[1:]) for a, b in breaks):
        return node.value
    try:
        # Only where PyYAML reads the scalar as libyaml did (it does unless the
        # two differ, e.g. on a tab inside a plain scalar).
        if _Rescanner(span, indent).value(node.style) == node.value:
            return _FoldingRescanner(span, indent).value(node.style)
    except yaml.YAMLError:
        pass
    return node.value


_FAST = yaml.__with_libyaml__
"""libyaml's safe loader (CSafeLoader) reads a spec ten times faster."""


_UNFIT = re.compile(f"[\\ud800-\\udfff\\ufffe\\uffff{marks.ALL}]")
_UNFIT_OR_CONTROL = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufffe\\uffff{marks.ALL}]")


def _bad_character(text: str, *, controls: bool = True) -> str | None:
    """Describe the first character of ``text`` that a document cannot hold, if any
    (control characters only when ``controls``: the model explains those in values)."""
    found = (_UNFIT_OR_CONTROL if controls else _UNFIT).search(text)
    if found is None:
        return None
    char, note = found.group(), ""
    if unicodedata.category(char) == "Cs":
        kind = "lone surrogate"
    elif char in "\ufffe\uffff":
        kind = "noncharacter"
    elif char in marks.ALL:
        kind, note = "private-use character", " (reserved for jdgen's own marks)"
    else:
        kind = "control character"
    return f"{kind} U+{ord(char):04X} at character {found.start() + 1}{note}"


class _Builder:
    """Turn a composed node tree into plain data, recording positions."""

    def __init__(self, loader: yaml.SafeLoader, loaded: LoadedFile, text: str | None) -> None:
        self.loader = loader
        self.loaded = loaded
        self.text = text
        """The source, when libyaml read it: its values are folded again."""
        self.visited = 0

    def error(self, node: Node, message: str, field_path: FieldPath = ()) -> None:
        position = _mark_position(node.start_mark)
        self.loaded.diagnostics.append(
            Diagnostic(self.loaded.path, position, message, field_path)
        )

    def build(self, node: Node, field_path: FieldPath, indent: int = -1) -> Any:
        """Plain data for ``node``; ``indent`` is that of its block collection."""
        if len(field_path) >= MAX_DEPTH:  # the root mapping is the first level
            raise JdgenError([Diagnostic(self.loaded.path, _mark_position(node.start_mark),
                                         f"values nested more than {MAX_DEPTH} levels deep")])
        self.visited += 1
        if self.visited > MAX_NODES:
            raise JdgenError([Diagnostic(
                self.loaded.path, _mark_position(node.start_mark),
                f"more than {MAX_NODES} values (counting each use of an alias); "
                "a spec holds a few hundred",
            )])
        self.loaded.positions.setdefault(field_path, node.start_mark)
        if node.tag not in _PLAIN_TAGS:
            self.error(
                node,
                f"unsupported tag {node.tag.replace('tag:yaml.org,2002:', '!!')}; "
                "a spec holds only text, numbers, dates, lists and mappings",
                field_path,
            )
            return None
        if isinstance(node, MappingNode):
            return self.build_mapping(node, field_path)
        if isinstance(node, SequenceNode):
            indent = -1 if node.flow_style or self.text is None else _indentation(self.text, node.start_mark.index)
            return [self.build(item, field_path + (index,), indent) for index, item in enumerate(node.value)]
        value = self.build_scalar(node, field_path, indent)
        if not node.style and isinstance(value, str) and value:
            self.note_slips(node, value, field_path)
        return value

    def note_slips(self, node: ScalarNode, value: str, field_path: FieldPath) -> None:
        """Warn of full-width quotes around a plain text; keep where a text
        starts like a key or a list item with a full-width slip, in case a
        mapping or a list was meant."""
        start = node.start_mark
        close = _FULL_WIDTH_QUOTES.get(value[0])
        if close and len(value) > 1 and value.endswith(close):
            self.loaded.warnings.append(Diagnostic(
                self.loaded.path, _mark_position(start),
                f"the text is in full-width quotes {_quotes(value[0], close)}, which stay part of it; "
                'to quote a text, use ASCII quotes: "..."', field_path, Level.WARNING))
        slip = _text_slip(value)
        if slip:
            self.loaded.slips[field_path] = Diagnostic(
                self.loaded.path, Position(start.line + 1, start.column + slip[0] + 1), slip[1])

    def build_mapping(self, node: MappingNode, field_path: FieldPath) -> dict:
        result: dict = {}
        first_seen: dict[Any, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                self.error(key_node, "keys must be plain names (merge keys '<<' and complex keys are not supported)", field_path)
                continue
            problem = _bad_character(key_node.value)
            if problem:
                self.error(key_node, f"key {key_node.value!r} holds a {problem}; remove it", field_path)
                continue
            slip = None if key_node.style else _key_slip(key_node.value)
            if slip:
                start = key_node.start_mark
                self.loaded.diagnostics.append(
                    Diagnostic(self.loaded.path, Position(start.line + 1, start.column + slip[0] + 1), slip[1]))
                continue
            key = self.build_scalar(key_node, field_path)
            if not isinstance(key, str):
                key = key_node.value
            key_path = field_path + (key,)
            if key in first_seen:
                self.error(
                    key_node,
                    f"duplicate key {key!r} (first defined on line {first_seen[key].start_mark.line + 1})",
                    field_path,
                )
            else:
                first_seen[key] = key_node
            self.loaded.key_positions[key_path] = key_node.start_mark
            result[key] = self.build(value_node, key_path, -1 if node.flow_style else key_node.start_mark.column)
        return result

    def build_scalar(self, node: ScalarNode, field_path: FieldPath, indent: int = -1) -> Any:
        try:
            if node.tag != _STRING:
                value = self.loader.construct_object(node, deep=True)
            else:
                value = node.value if self.text is None else _refolded(self.text, node, indent)
        except (yaml.constructor.ConstructorError, ValueError) as error:
            problem = getattr(error, "problem", None) or str(error)
            if node.tag == "tag:yaml.org,2002:timestamp":
                problem = f"impossible date {node.value} ({problem})"
            elif node.tag == "tag:yaml.org,2002:int":
                problem = f"the number {node.value[:20]}... is too large"
            self.error(node, problem, field_path)
            return node.value
        problem = _bad_character(value, controls=False) if isinstance(value, str) else None
        if problem:
            self.error(node, f"{problem}; remove it", field_path)
            return None
        return value
