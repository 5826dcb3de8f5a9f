"""Read a YAML file safely into plain data, remembering where every value stood."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from jdgen.diagnostics import Diagnostic, FieldPath, JdgenError, Position

MAX_FILE_BYTES = 1024 * 1024
"""Larger files are refused: a job description is a few kilobytes."""
MAX_NODES = 50_000
"""Bound on values after alias expansion: stops alias bombs early."""

_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}


@dataclass
class LoadedFile:
    """A YAML file's data with the position of each value and each mapping key."""

    path: str
    data: Any
    positions: dict[FieldPath, Position] = field(default_factory=dict)
    key_positions: dict[FieldPath, Position] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def position_of(self, field_path: FieldPath, *, key: bool = False) -> Position:
        """Return the position of a value (or of its key), else of its nearest parent."""
        if key and field_path in self.key_positions:
            return self.key_positions[field_path]
        for end in range(len(field_path), -1, -1):
            position = self.positions.get(field_path[:end])
            if position is not None:
                return position
        return Position(1, 1)


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
    loader = None
    try:
        loader = yaml.SafeLoader(text)
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        raise fail(_syntax_message(error), _mark_position(error.problem_mark)) from None
    except yaml.reader.ReaderError as error:
        raise fail(_reader_message(error), _index_position(text, error.position)) from None
    finally:
        if loader is not None:
            loader.dispose()
    if root is None:
        raise fail("the file is empty; a spec is a mapping of fields (see 'jdgen schema')")
    loaded = LoadedFile(display_path, None)
    loaded.data = _Builder(loader, loaded).build(root, ())
    return loaded


def _decode(raw: bytes, fail) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        hint = ""
        try:
            raw.decode("gb18030")
            hint = " (it looks like GBK/GB18030-encoded Chinese)"
        except UnicodeDecodeError:
            pass
        raise fail(
            f"the file is not valid UTF-8{hint}; save it as UTF-8",
            Position(line, column),
        ) from None


def _mark_position(mark) -> Position:
    return Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)


def _index_position(text: str, index: int) -> Position:
    before = text[:index]
    return Position(before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1)


def _syntax_message(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or "invalid YAML"
    if "'\\t'" in problem:
        return "YAML syntax error: a tab is used for indentation; indent with spaces"
    if "expected a single document" in (error.context or ""):
        return "YAML syntax error: more than one document ('---'); a spec is one document"
    context = f" ({error.context})" if error.context else ""
    return f"YAML syntax error: {problem}{context}"


def _reader_message(error: yaml.reader.ReaderError) -> str:
    character = error.character
    code = ord(character) if isinstance(character, str) else character
    return f"control character U+{code:04X} in the file; remove it"


class _Builder:
    """Turn a composed node tree into plain data, recording positions."""

    def __init__(self, loader: yaml.SafeLoader, loaded: LoadedFile) -> None:
        self.loader = loader
        self.loaded = loaded
        self.visited = 0

    def error(self, node: Node, message: str, field_path: FieldPath = ()) -> None:
        position = _mark_position(node.start_mark)
        self.loaded.diagnostics.append(
            Diagnostic(self.loaded.path, position, message, field_path)
        )

    def build(self, node: Node, field_path: FieldPath) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise JdgenError([Diagnostic(
                self.loaded.path, _mark_position(node.start_mark),
                f"more than {MAX_NODES} values (aliases expanding too far?)",
            )])
        self.loaded.positions.setdefault(field_path, _mark_position(node.start_mark))
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
            return [self.build(item, field_path + (index,)) for index, item in enumerate(node.value)]
        return self.build_scalar(node, field_path)

    def build_mapping(self, node: MappingNode, field_path: FieldPath) -> dict:
        result: dict = {}
        first_seen: dict[Any, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                self.error(key_node, "keys must be plain names (merge keys '<<' and complex keys are not supported)", field_path)
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
            self.loaded.key_positions[key_path] = _mark_position(key_node.start_mark)
            result[key] = self.build(value_node, key_path)
        return result

    def build_scalar(self, node: ScalarNode, field_path: FieldPath) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except (yaml.constructor.ConstructorError, ValueError) as error:
            problem = getattr(error, "problem", None) or str(error)
            if node.tag == "tag:yaml.org,2002:timestamp":
                problem = f"impossible date {node.value} ({problem})"
            self.error(node, problem, field_path)
            return node.value
