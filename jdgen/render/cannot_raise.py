"""Whether a template's part renders, without raising, every context of a
shape (jdgen.render.shape): proved once from the part's Jinja tree, so that
a check need not render each spec to know (PreparedTemplate.renders_alike).

What can make a render raise: a name or attribute the context lacks (an
undefined value raises when printed, tested, compared or looped over under
``StrictUndefined``, and asking it for an attribute raises under any
Undefined), an item by index that a list may lack, a loop over a number,
None or a truth value, an ordering or ``in`` between values of the wrong
types, arithmetic (a text and a number, a division by zero), a filter, a
test or a call given the wrong value, a macro, ``set`` and the other
statements, and the few attributes of ``loop`` that may be undefined
(``previtem``, ``nextitem``). The proof (``cannot_raise``) holds only when
the part uses none of these:

- statements are only output, ``if`` and ``for`` (not recursive, its
  target one name), as the part's well-formedness proof asks too;
- each name is the context's (a field of its Record) or a loop's target
  inside that loop's body (and its filter), or ``loop`` inside the body;
- each attribute is a field the Record always holds and that no mapping
  has as an attribute (``items``, ``get``, ...: the environment reads those
  from the mapping, not its key), or one of ``loop``'s that is always
  defined (``index``, ``first``, ...); an item is a field named by a
  constant text; nothing else is read from a value;
- a ``for`` loops over a list (Items), a Record, or a value that is always
  a text, a list or a mapping (``ITERABLE``);
- the other expressions are constants of plain types, ``not``, ``and``,
  ``or``, a conditional value with its ``else``, ``~``, ``==`` and ``!=``,
  and Jinja's own tests that take any value (``defined``, ``none``,
  ``string``, ``eq``, ...): none of them raises on a plain value;
- the environment has no ``finalize`` (which could raise on a value).

Printing, testing, comparing for equality or joining plain values
(texts, numbers, truth values, None, lists and mappings of them) never
raises, and with the shape's guarantee no value read is undefined: the
part renders every context of the shape. A check renders no spec whose
form has every part proved so and proved well-formed
(jdgen.render.well_formed), where the spec's texts and the labels' hold
XML's characters only (jdgen.checking.verdict's Checker.alike); any other
spec is rendered (PreparedTemplate.check_renders).
"""

from __future__ import annotations

import jinja2
from jinja2 import nodes
from jinja2.tests import TESTS

from jdgen.render.shape import ANY, ITERABLE, Items, Record, Shape

_LOOP = Record(dict.fromkeys(("index", "index0", "revindex", "revindex0", "first", "last", "length", "depth",
                              "depth0"), ANY))
"""What a loop's ``loop`` always defines."""
_ANY_VALUE_TESTS = frozenset({"defined", "undefined", "none", "boolean", "true", "false", "integer", "float",
                              "number", "string", "mapping", "sequence", "iterable", "callable", "escaped",
                              "lower", "upper", "sameas", "eq", "equalto", "==", "ne", "!="})
"""Jinja's tests that raise on no value (and on no argument, where they take one)."""
_MAPPING_ATTRIBUTES = frozenset(dir(dict))
_LOGIC = (nodes.Not, nodes.And, nodes.Or, nodes.Concat)


def cannot_raise(environment: jinja2.Environment, source: str, shape: Record) -> bool:
    """Whether part ``source`` (the compiled Jinja source) renders without
    raising with every context of ``shape``: see the module."""
    if environment.finalize is not None:
        return False
    try:
        _Reading(environment, shape).statements(environment.parse(source).body)
    except (_Unproved, jinja2.TemplateSyntaxError):
        return False
    return True


class _Unproved(Exception):
    """The part is outside what the proof covers."""


class _Reading:
    """The part read in order, with the shape each name has where it is read."""

    def __init__(self, environment: jinja2.Environment, shape: Record) -> None:
        self.environment = environment
        self.scopes: list[dict[str, Shape]] = [dict(shape.fields)]

    def statements(self, body: list[nodes.Node]) -> None:
        for node in body:
            if isinstance(node, nodes.Output):
                for child in node.nodes:
                    if not isinstance(child, nodes.TemplateData):
                        self.value(child)
            elif isinstance(node, nodes.If):
                for test in (node.test, *(elif_.test for elif_ in node.elif_)):
                    self.value(test)
                for block in (node.body, *(elif_.body for elif_ in node.elif_), node.else_):
                    self.statements(block)
            elif isinstance(node, nodes.For) and not node.recursive and isinstance(node.target, nodes.Name):
                self.loop(node)
            else:
                raise _Unproved

    def loop(self, node: nodes.For) -> None:
        looped = self.value(node.iter)
        if isinstance(looped, Items):
            item = looped.item
        elif isinstance(looped, Record) or looped == ITERABLE:
            item = ANY
        else:
            raise _Unproved
        assert isinstance(node.target, nodes.Name)  # statements checked it
        self.scopes.append({node.target.name: item})
        if node.test is not None:
            self.value(node.test)
        self.scopes[-1]["loop"] = _LOOP
        self.statements(node.body)
        self.scopes.pop()
        self.statements(node.else_)

    def value(self, expression: nodes.Node) -> Shape:
        """The shape of what ``expression`` gives; _Unproved where it may raise."""
        if isinstance(expression, nodes.Name):
            for scope in reversed(self.scopes):
                if expression.name in scope:
                    return scope[expression.name]
            raise _Unproved
        if isinstance(expression, (nodes.Getattr, nodes.Getitem)):
            return self.field(expression)
        if isinstance(expression, nodes.Const):
            if type(expression.value) not in (str, int, float, bool, type(None)):
                raise _Unproved
            return ANY
        if isinstance(expression, nodes.CondExpr) and expression.expr2 is None:
            raise _Unproved  # undefined when its test fails
        if isinstance(expression, nodes.Compare):
            if any(operand.op not in ("eq", "ne") for operand in expression.ops):
                raise _Unproved
        elif isinstance(expression, nodes.Test):
            if expression.name not in _ANY_VALUE_TESTS or expression.kwargs or expression.dyn_args \
                    or expression.dyn_kwargs or self.environment.tests.get(expression.name) is not TESTS.get(
                        expression.name):
                raise _Unproved
        elif not isinstance(expression, (*_LOGIC, nodes.CondExpr, nodes.Operand)):
            raise _Unproved
        for child in expression.iter_child_nodes():
            self.value(child)
        return ANY

    def field(self, expression: nodes.Getattr | nodes.Getitem) -> Shape:
        """The shape of a Record's field read by attribute or by a constant text."""
        if isinstance(expression, nodes.Getattr):
            name = expression.attr
            if name in _MAPPING_ATTRIBUTES:
                raise _Unproved
        elif isinstance(expression.arg, nodes.Const) and type(expression.arg.value) is str:
            name = expression.arg.value
        else:
            raise _Unproved
        record = self.value(expression.node)
        if not isinstance(record, Record) or name not in record.fields:
            raise _Unproved
        return record.fields[name]
