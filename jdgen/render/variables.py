"""Check the variables a template uses against what the renderer provides,
so that a typo in a tag is found before a document is built.

The template's text is read straight from its XML (no Word library), with
docxtpl's tag prefixes (``{%p``, ``{%tr``, ...) reduced to plain Jinja and
one line per paragraph, so Jinja's line numbers are paragraph numbers. Each
variable and attribute is then looked up in the shape of a real context.
"""

from __future__ import annotations

import difflib
import html
import re
import zipfile
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from jdgen.diagnostics import Diagnostic

_PART = re.compile(r"word/(document|header\d*|footer\d*)\.xml")
_PARAGRAPH = re.compile(r"<w:p[ >]")
_XML_TAG = re.compile(r"<[^>]+>")
_DOCXTPL_PREFIX = re.compile(r"\{([%{])(?:p|tr|tc|r)\s")
_DOCXTPL_MERGE = re.compile(r"\{%\s*(?:vm|hm)\s*%\}")
_DOCXTPL_EXPRESSION = re.compile(r"\{%\s*(?:cellbg|colspan)\s+(.*?)%\}")
_UNKNOWN = object()
"""The shape of a value the sample context cannot tell (an empty list's items)."""


def template_text(xml: str) -> str:
    """The plain Jinja source of a Word XML part, one line per paragraph."""
    paragraphs = _PARAGRAPH.split(xml)
    text = "\n".join(html.unescape(_XML_TAG.sub("", paragraph)) for paragraph in paragraphs)
    text = _DOCXTPL_MERGE.sub("", text)
    text = _DOCXTPL_EXPRESSION.sub(r"{{ \1 }}", text)
    return _DOCXTPL_PREFIX.sub(r"{\1 ", text)


def check_template_variables(template_file: Path, display_path: str, sample: dict[str, Any]) -> list[Diagnostic]:
    """Report each variable the template uses that ``sample`` (a context) lacks."""
    diagnostics = []
    with zipfile.ZipFile(template_file) as package:
        parts = {name: package.read(name).decode("utf-8") for name in package.namelist() if _PART.fullmatch(name)}
    for name, xml in parts.items():
        try:
            tree = jinja2.Environment().parse(template_text(xml))
        except jinja2.TemplateSyntaxError as error:
            diagnostics.append(Diagnostic(display_path, None, f"{name}: paragraph {error.lineno - 1}: {error.message}",
                                          code="template-syntax"))
            continue
        for line, variable, known in _Walker(sample).unknown(tree):
            hint = difflib.get_close_matches(variable.rsplit(".", 1)[-1], known, n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            diagnostics.append(Diagnostic(
                display_path, None, f"{name}: paragraph {line - 1}: unknown variable {variable!r}{suggestion}",
                code="template-unknown-variable"))
    return diagnostics


class _Walker:
    """Follows names through the template's scopes: the context, then loop variables."""

    def __init__(self, sample: dict[str, Any]) -> None:
        self.scopes: list[dict[str, Any]] = [{"loop": _UNKNOWN, **sample}]
        self.found: list[tuple[int, str, list[str]]] = []

    def unknown(self, tree: nodes.Template) -> list[tuple[int, str, list[str]]]:
        self._visit(tree)
        return self.found

    def _visit(self, node: nodes.Node) -> None:
        if isinstance(node, nodes.For):
            items = self._shape(node.iter)
            item = items[0] if isinstance(items, list) and items else _UNKNOWN
            targets = [node.target] if isinstance(node.target, nodes.Name) else node.target.find_all(nodes.Name)
            self.scopes.append({target.name: item for target in targets})
            for child in (*node.body, *node.else_, *([node.test] if node.test else [])):
                self._visit(child)
            self.scopes.pop()
        elif isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
            self._shape(node)
        else:
            for child in node.iter_child_nodes():
                self._visit(child)

    def _shape(self, node: nodes.Node) -> Any:
        """The sample value an expression stands for; records unknown names."""
        if isinstance(node, nodes.Name):
            for scope in reversed(self.scopes):
                if node.name in scope:
                    return scope[node.name]
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


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    return "…"
