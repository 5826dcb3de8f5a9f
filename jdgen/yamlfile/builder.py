"""Turn a composed YAML node tree into plain data, recording the position
of every value and key and the problems of single values."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from jdgen.characters import bad_character, first_unfit
from jdgen.diagnostics import Diagnostic, FieldPath, JdgenError, Level, Position
from jdgen.yamlfile import slips
from jdgen.yamlfile.folding import indentation, refolded
from jdgen.yamlfile.loaded import LoadedFile, mark_position
from jdgen.yamlfile.parser import MAX_DEPTH

MAX_NODES = 50_000
"""Bound on values after alias expansion: stops alias bombs early."""

_STRING = "tag:yaml.org,2002:str"
_SLIP_CHARACTERS = "：\u3000"
"""A text slip ('grade：3', '-　电脑') needs one of these (jdgen.yamlfile.slips)."""
_KEYS: dict[tuple[str, str | None], str] = {}
"""One-line text keys found fit before (a spec repeats a few dozen names),
by their text and style: they are not looked at again."""
_KEYS_KEPT = 10_000
_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}



class Builder:
    """Turn a composed node tree into plain data, recording positions."""

    def __init__(self, loader: yaml.SafeLoader, loaded: LoadedFile, text: str | None) -> None:
        self.loader = loader
        self.loaded = loaded
        self.text = text
        """The source, when libyaml read it: its values are folded again."""
        self.positions, self.key_positions = loaded.positions, loaded.key_positions
        self.visited = 0
        self.fit = text is not None and first_unfit(text, controls=False) is None
        """Whether no value can hold an unfit character, but through a
        double-quoted escape (the source holds none)."""
        self.slips = text is None or any(char in text for char in _SLIP_CHARACTERS)
        """Whether a text may start with an input-method slip."""

    def error(self, node: Node, message: str, field_path: FieldPath = (), code: str = "yaml-value") -> None:
        position = mark_position(node.start_mark)
        self.loaded.diagnostics.append(
            Diagnostic(self.loaded.path, position, message, field_path, code=code)
        )

    def build(self, node: Node, field_path: FieldPath, indent: int = -1) -> Any:
        """Plain data for ``node``; ``indent`` is that of its block collection."""
        if len(field_path) >= MAX_DEPTH:  # the root mapping is the first level
            raise JdgenError([Diagnostic(self.loaded.path, mark_position(node.start_mark),
                                         f"values nested more than {MAX_DEPTH} levels deep",
                                         code="yaml-limit")])
        self.visited += 1
        if self.visited > MAX_NODES:
            raise JdgenError([Diagnostic(
                self.loaded.path, mark_position(node.start_mark),
                f"more than {MAX_NODES} values (counting each use of an alias); "
                "a spec holds a few hundred", code="yaml-limit",
            )])
        start = node.start_mark
        self.positions.setdefault(field_path, start)
        if node.tag == _STRING and type(node) is ScalarNode and start.line == node.end_mark.line and self.fit \
                and node.style != '"':
            # Most values: a text on one line, where nothing can be unfit or refolded (build_scalar).
            value = node.value
            if value and not node.style and (self.slips or value[0] in slips.FULL_WIDTH_QUOTES):
                self.note_slips(node, value, field_path)
            return value
        if node.tag not in _PLAIN_TAGS:
            self.error(
                node,
                f"unsupported tag {node.tag.replace('tag:yaml.org,2002:', '!!')}; "
                "a spec holds only text, numbers, dates, lists and mappings",
                field_path,
            )
            return None
        if isinstance(node, ScalarNode):
            value = self.build_scalar(node, field_path, indent)
            if not node.style and isinstance(value, str) and value:
                self.note_slips(node, value, field_path)
            return value
        if isinstance(node, MappingNode):
            return self.build_mapping(node, field_path)
        assert isinstance(node, SequenceNode)  # a YAML node is a mapping, a sequence or a scalar
        indent = -1 if node.flow_style or self.text is None else indentation(self.text, node.start_mark.index)
        return [self.build(item, field_path + (index,), indent) for index, item in enumerate(node.value)]

    def note_slips(self, node: ScalarNode, value: str, field_path: FieldPath) -> None:
        """Warn of full-width quotes around a plain text; keep where a text
        starts like a key or a list item with a full-width slip, in case a
        mapping or a list was meant."""
        start = node.start_mark
        close = slips.FULL_WIDTH_QUOTES.get(value[0])
        if close and len(value) > 1 and value.endswith(close):
            self.loaded.warnings.append(Diagnostic(
                self.loaded.path, mark_position(start),
                f"the text is in full-width quotes {slips.quotes(value[0], close)}, which stay part of it; "
                'to quote a text, use ASCII quotes: "..."', field_path, Level.WARNING, code="yaml-input-slip"))
        slip = slips.text_slip(value) if self.slips else None
        if slip:
            self.loaded.slips[field_path] = Diagnostic(
                self.loaded.path, Position(start.line + 1, start.column + slip[0] + 1), slip[1],
                code="yaml-input-slip")

    def build_mapping(self, node: MappingNode, field_path: FieldPath) -> dict:
        result: dict = {}
        key_positions, flow = self.key_positions, node.flow_style
        first_lines: dict[Any, int] = {}  # of each key given twice (its position is the last one's)
        for key_node, value_node in node.value:
            start = key_node.start_mark
            key = (_KEYS.get((key_node.value, key_node.style)) if type(key_node) is ScalarNode
                   and key_node.tag == _STRING and start.line == key_node.end_mark.line else None)
            if key is None:
                key = self.build_key(key_node, field_path)
                if key is None:
                    continue
            key_path = field_path + (key,)
            if key in result:
                first_line = first_lines.setdefault(key, key_positions[key_path].line)
                self.error(
                    key_node, f"duplicate key {key!r} (first defined on line {first_line + 1})",
                    field_path, "yaml-duplicate-key",
                )
            key_positions[key_path] = start
            result[key] = self.build(value_node, key_path, -1 if flow else start.column)
        return result

    def build_key(self, key_node: Node, field_path: FieldPath) -> Any:
        """The key of ``key_node``, or None (reported) when it cannot be one."""
        if not isinstance(key_node, ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            message = "keys must be plain names (merge keys '<<' and complex keys are not supported)"
            self.error(key_node, message, field_path)
            return None
        problem = bad_character(key_node.value)
        if problem:
            self.error(key_node, f"key {key_node.value!r} holds a {problem}; remove it", field_path)
            return None
        slip = None if key_node.style else slips.key_slip(key_node.value)
        if slip:
            start = key_node.start_mark
            self.loaded.diagnostics.append(
                Diagnostic(self.loaded.path, Position(start.line + 1, start.column + slip[0] + 1), slip[1],
                           code="yaml-input-slip"))
            return None
        errors = len(self.loaded.diagnostics)
        key = self.build_scalar(key_node, field_path)
        if not isinstance(key, str):
            return key_node.value
        if (len(self.loaded.diagnostics) == errors and key == key_node.value and key_node.tag == _STRING
                and key_node.start_mark.line == key_node.end_mark.line and len(_KEYS) < _KEYS_KEPT):
            _KEYS[(key, key_node.style)] = key
        return key

    def build_scalar(self, node: ScalarNode, field_path: FieldPath, indent: int = -1) -> Any:
        try:
            if node.tag != _STRING:
                value = self.loader.construct_object(node, deep=True)
            else:
                value = node.value if self.text is None else refolded(self.text, node, indent)
        except (yaml.constructor.ConstructorError, ValueError) as error:
            problem = getattr(error, "problem", None) or str(error)
            if node.tag == "tag:yaml.org,2002:timestamp":
                problem = f"impossible date {node.value} ({problem})"
            elif node.tag == "tag:yaml.org,2002:int":
                problem = f"the number {node.value[:20]}... is too large"
            self.error(node, problem, field_path)
            return node.value
        fit = self.fit and node.style != '"'
        problem = bad_character(value, controls=False) if isinstance(value, str) and not fit else None
        if problem:
            self.error(node, f"{problem}; remove it", field_path)
            return None
        return value

