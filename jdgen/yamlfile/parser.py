"""Compose a YAML text into nodes: with libyaml where it is safe, else with
the pure-Python loader, which bounds nesting and says most about errors."""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from jdgen.yamlfile.folding import EastAsianFolding

MAX_DEPTH = 50
"""Bound on nesting: a spec nests six deep; the YAML composer recurses."""
FAST_NESTING_BOUND = 10_000
"""libyaml composes recursively in C and crashes past some 20,000 levels; a
file with more characters that can open a level ('[', '{', '-', ':', '?') is
read by the pure-Python loader, which stops at MAX_DEPTH."""
FAST = yaml.__with_libyaml__
"""libyaml's safe loader (CSafeLoader) reads a spec ten times faster."""


def fast(text: str) -> bool:
    """Whether libyaml is there and can read ``text`` without recursing too deep."""
    return FAST and sum(map(text.count, "[{-:?")) <= FAST_NESTING_BOUND


def compose(text: str) -> Node | None:
    """The node tree of ``text``, or None if it is not valid YAML."""
    loader = None
    try:
        loader = FastLoader(text) if fast(text) else Loader(text)
        return loader.get_single_node()
    except (yaml.YAMLError, TooDeep):
        return None
    finally:
        if loader is not None:
            loader.dispose()


class FastLoader(yaml.CSafeLoader):
    """libyaml's safe loader, its tag resolution called per node made cheaper:
    a safe loader has no path resolvers, so entering and leaving a node does
    nothing, and a scalar's tag is found as PyYAML's resolver finds it."""

    def descend_resolver(self, current_node, current_index) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind, value, implicit):
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in _RESOLVERS.get(value[:1], _WILDCARD):
                    if regexp.match(value):
                        return tag
            return _SCALAR
        return _MAPPING if kind is MappingNode else _SEQUENCE


_WILDCARD: list = yaml.CSafeLoader.yaml_implicit_resolvers.get(None, [])
_RESOLVERS = {first: resolvers + _WILDCARD for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
              if first is not None}
"""PyYAML's implicit resolvers of a plain scalar, by its first character, each list with those of any."""
_SCALAR, _SEQUENCE, _MAPPING = (yaml.CSafeLoader.DEFAULT_SCALAR_TAG, yaml.CSafeLoader.DEFAULT_SEQUENCE_TAG,
                                yaml.CSafeLoader.DEFAULT_MAPPING_TAG)


class TooDeep(Exception):
    """Nesting deeper than MAX_DEPTH, at ``mark``."""

    def __init__(self, mark) -> None:
        self.mark = mark


class _DepthLimit:
    """Refuses nesting deeper than MAX_DEPTH (the composer recurses)."""

    depth = 0

    def compose_node(self, parent, index):
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise TooDeep(self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class Loader(_DepthLimit, EastAsianFolding, yaml.SafeLoader):
    """The safe loader in pure Python: slow, but its errors say the most."""


