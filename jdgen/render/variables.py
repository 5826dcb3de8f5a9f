"""Check a template's tags before a document is built: the variables it
uses against what the renderer provides, its filters and tests against
those the renderer has, and its loops against the tables they sit in.

The template's text is read straight from its XML (no Word library), with
docxtpl's tag prefixes (``{%p``, ``{%tr``, ...) reduced to plain Jinja and
one line per paragraph, so Jinja's line numbers are paragraph numbers, each
shown where Word shows it (jdgen.render.locations). Jinja's own parser reads
the tags: ``set``, macros, loops, filters and tests are understood. Each
variable and attribute is then looked up in the shapes of the sample
contexts (jdgen.checking.template): a name none of them has is unknown.
"""

from __future__ import annotations

import difflib
import hashlib
import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.defaults import DEFAULT_NAMESPACE

from jdgen.diagnostics import Diagnostic
from jdgen.i18n.spec_translation import EVERY_ITEM
from jdgen.render.locations import Location, paragraph_locations, unbalanced_tag

_PART = re.compile(r"word/(document|header\d*|footer\d*)\.xml")
_PARAGRAPH = re.compile(r"<w:p[ >/]")
_XML_TAG = re.compile(r"<[^>]+>")
_DOCXTPL_PREFIX = re.compile(r"\{([%{])(?:p|tr|tc|r)\s")
_DOCXTPL_MERGE = re.compile(r"\{%\s*(?:vm|hm)\s*%\}")
_DOCXTPL_EXPRESSION = re.compile(r"\{%\s*(?:cellbg|colspan)\s+(.*?)%\}")
_BLOCK_TAG = re.compile(r"\{%(p|tr|tc|r)?\s*(for|if|endfor|endif)\b")
_UNKNOWN = object()
"""The shape of a value the sample context cannot tell (an empty list's items)."""


def template_text(xml: str) -> str:
    """The plain Jinja source of a Word XML part, one line per paragraph."""
    paragraphs = _PARAGRAPH.split(xml)
    text = "\n".join(html.unescape(_XML_TAG.sub("", paragraph.replace("\n", ""))) for paragraph in paragraphs)
    text = _DOCXTPL_MERGE.sub("", text)
    text = _DOCXTPL_EXPRESSION.sub(r"{{ \1 }}", text)
    return _DOCXTPL_PREFIX.sub(r"{\1 ", text)


def check_template_variables(template_file: Path, shown_path: str, samples: list[dict[str, Any]]) -> list[Diagnostic]:
    """Report each variable the template uses that every one of ``samples``
    (contexts) lacks, each filter or test the renderer does not have, and
    each loop that would break a table's grid."""
    return [problem for name, (xml, tree) in parsed_parts(template_file).items()
            for problem in _check_part(shown_path, name, xml, tree, samples)]


def shown_paths(template_file: Path, sample: dict[str, Any]) -> set[tuple[str, ...]] | None:
    """The places of ``sample`` (a context) whose values the template shows:
    each the path to a value it prints or hands on whole (to a filter, a
    ``set``, a macro), a list's items as ``EVERY_ITEM``: ``("measures", "*",
    "name")``. What it only tests (``{% if not measures %}``) or loops over
    is not shown by that; a path ``sample`` does not have is cut to the part
    it has (``basic.items()`` shows ``basic``). None for a template that does
    not parse."""
    shown: set[tuple[str, ...]] = set()
    for _xml, tree in parsed_parts(template_file).values():
        if isinstance(tree, jinja2.TemplateSyntaxError):
            return None
        walker = _Walker(sample)
        walker.unknown(tree)
        shown |= walker.shown
    return shown


Parsed = tuple[str, "nodes.Template | jinja2.TemplateSyntaxError"]
"""A part's XML, and Jinja's parse of its text (or why it does not parse)."""

_PARSED: dict[str, dict[str, Parsed]] = {}
"""The parts of the last template read: parsed once for every sample and every check of a run."""


def parsed_parts(template_file: Path) -> dict[str, Parsed]:
    """Each part of the template that holds tags (the document, its headers
    and footers), by name, parsed once per content of the file."""
    from jinja2.sandbox import SandboxedEnvironment

    data = template_file.read_bytes()
    key = hashlib.sha256(data).hexdigest()
    if key not in _PARSED:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = {name: package.read(name).decode("utf-8") for name in package.namelist()
                     if _PART.fullmatch(name)}
        environment = SandboxedEnvironment()
        parsed: dict[str, Parsed] = {}
        for name, xml in parts.items():
            try:
                parsed[name] = (xml, environment.parse(template_text(xml)))
            except jinja2.TemplateSyntaxError as error:
                parsed[name] = (xml, error)
        _PARSED.clear()
        _PARSED[key] = parsed
    return _PARSED[key]


def _check_part(shown_path: str, name: str, xml: str, tree: nodes.Template | jinja2.TemplateSyntaxError,
                samples: list[dict[str, Any]]) -> list[Diagnostic]:
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment()
    locations = paragraph_locations(xml)

    def problem(line: int | None, message: str, code: str, where: Location | None = None) -> Diagnostic:
        if where is None and line and 2 <= line < len(locations) + 2:
            where = locations[line - 2]  # line 1 is what comes before the first paragraph
        return Diagnostic(shown_path, None, f"{name}: {f'{where}: ' if where else ''}{message}", code=code)

    diagnostics = [problem(line, message, "template-loop") for line, message in _loops_across_cells(locations)]
    if isinstance(tree, jinja2.TemplateSyntaxError):
        return [*diagnostics, problem(tree.lineno, tree.message or "syntax error", "template-syntax",
                                      unbalanced_tag(xml))]
    unknown: dict[tuple[int, str], list[str]] = {}  # what the first sample lacks, and every other too
    for index, sample in enumerate(samples):
        found = {(line, variable): known for line, variable, known in _Walker(sample).unknown(tree)}
        unknown = found if index == 0 else {place: known for place, known in unknown.items() if place in found}
        if not unknown:
            break  # what some sample has is known: the other samples need no walk
    for (line, variable), known in unknown.items():
        diagnostics.append(problem(line, f"unknown variable {variable!r}{_did_you_mean(variable, known)}",
                                   "template-unknown-variable"))
    for node in tree.find_all((nodes.Filter, nodes.Test)):
        kind, available = ("filter", environment.filters) if isinstance(node, nodes.Filter) \
            else ("test", environment.tests)
        if node.name not in available:
            diagnostics.append(problem(node.lineno, f"unknown {kind} {node.name!r}"
                                       f"{_did_you_mean(node.name, list(available))}", "template-unknown-filter"))
    return diagnostics


def _did_you_mean(name: str, known: list[str]) -> str:
    hint = difflib.get_close_matches(name.rsplit(".", 1)[-1], known, n=1)
    return f" (did you mean {hint[0]!r}?)" if hint else ""


def _loops_across_cells(locations: list[Location]) -> list[tuple[int, str]]:
    """``(line, message)`` for each plain or paragraph ``for``/``if`` block that
    opens in one table cell and closes in another (or outside the table):
    docxtpl repeats what lies between as text, leaving rows with more or
    fewer cells than the table's grid. Whole rows repeat with ``{%tr``,
    cells with ``{%tc``."""
    found = []
    open_blocks: list[tuple[str, int, Location]] = []
    for index, location in enumerate(locations):
        for prefix, word in _BLOCK_TAG.findall(location.text):
            if prefix in ("tr", "tc"):
                continue
            if not word.startswith("end"):
                open_blocks.append((word, index, location))
            elif open_blocks:
                kind, start, opened = open_blocks.pop()
                if opened.cell != location.cell and (opened.cell or location.cell):
                    found.append((start + 2, f"this {{% {kind} %}} closes in another place "
                                  f"({location}): a block that spans table cells breaks the table; repeat "
                                  f"whole rows with {{%tr {kind} %}} … {{%tr end{kind} %}}, or cells with {{%tc "
                                  f"{kind} %}}"))
    return found


class _Walker:
    """Follows names through the template's scopes: the context, then loop variables."""

    def __init__(self, sample: dict[str, Any]) -> None:
        self.sample = sample
        self.scopes: list[dict[str, Any]] = [{"loop": _UNKNOWN, **dict.fromkeys(DEFAULT_NAMESPACE, _UNKNOWN),
                                              **sample}]  # Jinja's own globals: range, namespace, cycler, …
        self.bound: list[dict[str, tuple[str, ...] | None]] = [{}]
        """Beside each scope but the context's: the path in the context each name stands for, if known."""
        self.found: list[tuple[int, str, list[str]]] = []
        self.context = set(sample)
        self.shown: set[tuple[str, ...]] = set()
        """The paths of the context the template shows (see shown_paths)."""
        self.testing = 0
        """How deep in the tests of ``if``s the walk is (what a test reads, it does not show)."""

    def unknown(self, tree: nodes.Template) -> list[tuple[int, str, list[str]]]:
        self._visit(tree)
        return self.found

    def _visit(self, node: nodes.Node) -> None:
        if isinstance(node, (nodes.Assign, nodes.AssignBlock)):
            for child in ([node.node] if isinstance(node, nodes.Assign) else node.body):
                self._visit(child)
            self._bind({target.name: _UNKNOWN for target in _names(node.target)}, new_scope=False)
        elif isinstance(node, nodes.Macro):
            self._bind({node.name: _UNKNOWN}, new_scope=False)
            self._bind({"varargs": _UNKNOWN, "kwargs": _UNKNOWN, "caller": _UNKNOWN,
                        **{argument.name: _UNKNOWN for argument in node.args}})
            for child in (*node.defaults, *node.body):
                self._visit(child)
            self._unbind()
        elif isinstance(node, nodes.With):
            for value in node.values:
                self._visit(value)
            self._bind({name.name: _UNKNOWN for target in node.targets for name in _names(target)})
            for child in node.body:
                self._visit(child)
            self._unbind()
        elif isinstance(node, nodes.For):
            items = self._shape(node.iter)
            item = items[0] if isinstance(items, list) and items else _UNKNOWN
            names = _names(node.target)
            path = self._path(node.iter) if isinstance(items, list) and len(names) == 1 else None
            self._bind({target.name: item for target in names},
                       {target.name: None if path is None else path + (EVERY_ITEM,) for target in names})
            for child in (*node.body, *node.else_, *([node.test] if node.test else [])):
                self._visit(child)
            self._unbind()
        elif isinstance(node, (nodes.If, nodes.CondExpr)):
            self.testing += 1
            self._visit(node.test)
            self.testing -= 1
            for child in ((*node.body, *node.elif_, *node.else_) if isinstance(node, nodes.If)
                          else (node.expr1, *([node.expr2] if node.expr2 else []))):
                self._visit(child)
        elif isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
            self._shape(node)
            path = None if self.testing else self._path(node)
            if path is not None:
                self.shown.add(self._resolved(path))
        else:
            for child in node.iter_child_nodes():
                self._visit(child)

    def _bind(self, shapes: dict[str, Any], paths: dict[str, tuple[str, ...] | None] | None = None,
              new_scope: bool = True) -> None:
        """Give names their sample values (and paths in the context, if known):
        in a scope of their own, or the innermost."""
        if new_scope:
            self.scopes.append({})
            self.bound.append({})
        self.scopes[-1].update(shapes)
        self.bound[-1].update(paths or dict.fromkeys(shapes))

    def _unbind(self) -> None:
        self.scopes.pop()
        self.bound.pop()

    def _path(self, node: nodes.Node) -> tuple[str, ...] | None:
        """Where in the context an expression reads, if it reads there: a name,
        attribute or item of one (an item by number stands for every item)."""
        if isinstance(node, nodes.Name):
            for depth in range(len(self.scopes) - 1, -1, -1):
                if node.name in self.scopes[depth]:
                    return self.bound[depth].get(node.name) if depth else \
                        ((node.name,) if node.name in self.context else None)
            return None
        if isinstance(node, (nodes.Getattr, nodes.Getitem)):
            parent = self._path(node.node)
            key = node.attr if isinstance(node, nodes.Getattr) else getattr(node.arg, "value", None)
            if parent is None or isinstance(key, bool):
                return parent
            return parent + ((key,) if isinstance(key, str) else (EVERY_ITEM,) if isinstance(key, int) else ())
        return None

    def _resolved(self, path: tuple[str, ...]) -> tuple[str, ...]:
        """``path`` cut where the sample has nothing there."""
        values: list[Any] = [self.sample]
        for index, key in enumerate(path):
            if key == EVERY_ITEM:
                values = [item for value in values if isinstance(value, list) for item in value]
            else:
                values = [value[key] for value in values if isinstance(value, dict) and key in value]
            if not values:
                return path[:index]
        return path

    def _shape(self, node: nodes.Node) -> Any:
        """The sample value an expression stands for; records unknown names."""
        if isinstance(node, nodes.Name):
            for depth in range(len(self.scopes) - 1, -1, -1):
                if node.name in self.scopes[depth]:
                    return self.scopes[depth][node.name]
            self.found.append((node.lineno, node.name, list(self.scopes[0])))
            return _UNKNOWN
        if isinstance(node, (nodes.Getattr, nodes.Getitem)):
            parent = self._shape(node.node)
            key = node.attr if isinstance(node, nodes.Getattr) else getattr(node.arg, "value", None)
            if isinstance(parent, dict) and isinstance(key, str):
                if key in parent:
                    return parent[key]
                self.found.append((node.lineno, f"{_dotted(node.node)}.{key}", list(parent)))
            return _UNKNOWN
        for child in node.iter_child_nodes():
            self._visit(child)
        return _UNKNOWN


def _names(target: nodes.Node) -> list[nodes.Name]:
    """The names a ``for``, ``set`` or ``with`` target binds."""
    return [target] if isinstance(target, nodes.Name) else list(target.find_all(nodes.Name))


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    return "…"
