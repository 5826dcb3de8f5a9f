"""Whether a template's part renders well-formed XML whatever its values:
proved once from the part's Jinja tree, so that a check need not parse the
XML each spec renders (PreparedTemplate.check_renders), only look at the
spec's values.

Why the proof holds. Jinja escapes every value it prints (autoescape on):
``<``, ``>``, ``&`` and both quotes become references, unless the value
has ``__html__`` (Markup). So a printed value can break the XML only by
where it is printed, by a character XML refuses, or by being Markup. The
proof (``always_well_formed``) reads the part as its literal text, the
values it prints and the ``if`` and ``for`` blocks around them, and holds
only when:

- every value is printed in an element's text or inside a quoted
  attribute value, never in a tag's name, a comment or an instruction;
- every ``if`` branch, ``for`` body and ``for`` else starts and ends in an
  element's text, at the same depth of elements, never closing one it did
  not open, or stays inside one attribute value: each is a balanced piece
  of XML, so the elements around any piece (and the namespaces they
  declare) are the same however many times it is rendered, and no block
  stands outside the root element;
- the literal text completes every reference (``&...;``) it starts and
  holds no ``>`` outside a tag, so no value or block next to it can join
  it into markup (``]]`` then ``>``);
- the expressions are names, constants of plain types holding XML's
  characters only, attributes, items, comparisons, Jinja's own tests
  (truth values), ``and``/``or``/``not``, conditional values, ``~`` and
  arithmetic but ``%``: no filter, call or ``%`` formatting, which could
  make Markup or any character (``'%c' % 0``) out of plain values; and
  statements are only output, ``if`` and ``for`` (no ``set``, macro or
  other block);
- the part with every block's content rendered once and every value
  printed as ``x`` is well-formed XML (libxml2 says so), which holds every
  tag and reference of the literal text in its place.

A rendering with a context of plain values (``plain_values``: mappings,
lists and tuples of texts, numbers, truth values and None, every text of
XML's characters) differs from that document only by blocks' content
left out or repeated and by values printed in place of ``x``: by the
above, each such change keeps the XML well-formed. Any other part, or any
other context, is parsed after rendering, as before.
"""

from __future__ import annotations

import re

import jinja2
from jinja2 import nodes
from jinja2.tests import TESTS
from lxml import etree

from jdgen.render.xml_texts import PLAIN, XML_CHARACTERS

_EXPRESSIONS = (nodes.Name, nodes.Const, nodes.Getattr, nodes.Getitem, nodes.Slice, nodes.CondExpr, nodes.Compare,
                nodes.Operand, nodes.Test, nodes.Not, nodes.Neg, nodes.Pos, nodes.And, nodes.Or, nodes.Concat,
                nodes.Add, nodes.Sub, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Pow, nodes.Tuple, nodes.List,
                nodes.Dict, nodes.Pair)
"""The expressions that make no Markup and no character out of plain values."""
_REFERENCE = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);")
_IN_TEXT = re.compile(r"[<&>]")
_IN_TAG = re.compile(r"[\"'>]")
_VALUE_END = {quote: re.compile(f"[{quote}&]") for quote in "\"'"}
_TEXT, _TAG, _VALUE = "text", "tag", "value"


def always_well_formed(environment: jinja2.Environment, source: str) -> bool:
    """Whether part ``source`` (the compiled Jinja source) renders
    well-formed XML with any context of ``plain_values``: see the module."""
    if environment.autoescape is not True or environment.finalize is not None:
        return False
    try:
        reading = _Reading(environment)
        reading.statements(environment.parse(source).body)
    except (_Unproved, jinja2.TemplateSyntaxError):
        return False
    if reading.mode != _TEXT or reading.depth:
        return False
    parser = etree.XMLParser(target=_NoTree())
    try:
        etree.fromstring("".join(reading.document).replace("\n<w:p", "<w:p").encode("utf-8"), parser)
    except etree.XMLSyntaxError:
        return False
    return not parser.error_log


class _Unproved(Exception):
    """The part is outside what the proof covers."""


class _NoTree:
    """A parser target that builds nothing."""

    def close(self) -> None:
        return None


class _Reading:
    """The part read in order: where the literal text stands (in an
    element's text, a tag or an attribute value; how many elements are
    open), and the document with each block's content once and each value ``x``."""

    def __init__(self, environment: jinja2.Environment) -> None:
        self.environment = environment
        self.mode, self.quote, self.depth, self.floor = _TEXT, "", 0, 0
        self.slash = False
        """Whether the tag read so far ends in '/' (an empty element's)."""
        self.sealed = False
        """Whether the attribute value being read must not end (a block inside it)."""
        self.document: list[str] = []

    def statements(self, body: list[nodes.Node]) -> None:
        for node in body:
            if isinstance(node, nodes.Output):
                for child in node.nodes:
                    if isinstance(child, nodes.TemplateData):
                        self.literal(child.data)
                    else:
                        self.value(child)
            elif isinstance(node, nodes.If):
                self.expression(node.test)
                self.blocks([node.body, *(elif_.body for elif_ in node.elif_), node.else_],
                            [elif_.test for elif_ in node.elif_])
            elif isinstance(node, nodes.For) and not node.recursive:
                for expression in (node.target, node.iter, node.test):
                    if expression is not None:
                        self.expression(expression)
                self.blocks([node.body, node.else_], [])
            else:
                raise _Unproved

    def blocks(self, bodies: list[list[nodes.Node]], tests: list[nodes.Node]) -> None:
        """Each of ``bodies`` read from where the block starts (an element's
        text or an attribute value): each must be a balanced piece of it."""
        if not (self.mode == _VALUE or self.mode == _TEXT and self.depth):
            raise _Unproved
        for test in tests:
            self.expression(test)
        start, floor, sealed = (self.mode, self.quote, self.depth), self.floor, self.sealed
        self.floor, self.sealed = self.depth, self.mode == _VALUE
        for body in bodies:
            self.statements(body)
            if (self.mode, self.quote, self.depth) != start:
                raise _Unproved
        self.floor, self.sealed = floor, sealed

    def value(self, expression: nodes.Expr) -> None:
        if not (self.mode == _VALUE or self.mode == _TEXT and self.depth):
            raise _Unproved
        self.expression(expression)
        self.document.append("x")

    def expression(self, expression: nodes.Node) -> None:
        if isinstance(expression, nodes.Const) and not (
                type(expression.value) in PLAIN and not XML_CHARACTERS.search(str(expression.value))):
            raise _Unproved
        if not isinstance(expression, _EXPRESSIONS) or isinstance(expression, nodes.Test) and \
                self.environment.tests.get(expression.name) is not TESTS.get(expression.name):
            raise _Unproved  # a test of Jinja's own is a truth value
        for child in expression.iter_child_nodes():
            self.expression(child)

    def literal(self, text: str) -> None:
        self.document.append(text)
        at = 0
        while at < len(text):
            if self.mode == _TEXT:
                found = _IN_TEXT.search(text, at)
                if found is None:
                    return
                at = self.markup(text, found.start())
            elif self.mode == _TAG:
                found = _IN_TAG.search(text, at)
                if found is None:
                    self.slash = text.endswith("/")
                    return
                at = found.start()
                if text[at] == ">":
                    if not (text[at - 1] == "/" if at else self.slash):
                        self.depth += 1
                    self.mode = _TEXT
                else:
                    self.mode, self.quote = _VALUE, text[at]
                self.slash = False
                at += 1
            else:
                found = _VALUE_END[self.quote].search(text, at)
                if found is None:
                    return
                at = found.start()
                if text[at] == "&":
                    at = self.reference(text, at)
                elif self.sealed:
                    raise _Unproved
                else:
                    self.mode = _TAG
                    at += 1

    def markup(self, text: str, at: int) -> int:
        """Read the markup at ``at`` in an element's text; where reading goes on."""
        if text[at] == ">":
            raise _Unproved
        if text[at] == "&":
            return self.reference(text, at)
        for start, end in (("</", ">"), ("<?", "?>"), ("<!--", "-->")):
            if text.startswith(start, at):
                close = text.find(end, at + len(start))
                if close < 0:
                    raise _Unproved
                if start == "</":
                    if self.depth <= self.floor:
                        raise _Unproved
                    self.depth -= 1
                return close + len(end)
        if text.startswith("<!", at):
            raise _Unproved  # CDATA, a document type
        self.mode = _TAG
        return at + 1

    def reference(self, text: str, at: int) -> int:
        """A reference wholly in this literal text, at ``at``; where reading goes on."""
        found = _REFERENCE.match(text, at)
        if found is None:
            raise _Unproved
        return found.end()
