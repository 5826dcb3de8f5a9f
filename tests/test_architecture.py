"""The layout docs/architecture.md describes holds: every module is named
there, and imports point one way, down the layers, with no cycle."""

from __future__ import annotations

import ast
import functools
import re
from collections import defaultdict
from pathlib import Path

from tests.package_source import PACKAGE, parsed_modules

REPO = Path(__file__).resolve().parents[1]

LAYERS = [
    {"__main__", "cli", "cli_options", "cli_pages"},
    {"console"},
    {"commands"},
    {"checking", "translate_command", "translate_output", "importer", "init", "hooks", "template_command",
     "template_reference", "building", "redline", "site", "handbook", "watch", "inputs", "fields_file",
     "template_preview"},
    {"localize", "context", "own_fields_context", "language_labels", "render", "i18n", "labels"},
    {"jobspec"},
    {"yamlfile"},
    {"settings", "project", "output", "office", "fingerprint", "file_errors", "outcome", "fields", "diagnostics",
     "characters", "languages", "marks", "codes", "defaults", "english", "starter", "templates", "user_cache",
     "collector", "memo", "__version__"},
]
"""jdgen's top-level modules and packages, from the command line down: a
module imports only from its own layer or the layers below it."""


def _unit(module: str) -> str:
    """The top-level module or package of ``jdgen.<unit>...``."""
    return module.split(".")[1]


@functools.cache
def _imports() -> dict[str, set[str]]:
    """Each unit → the units it imports at run time (at any depth, function-level
    imports included; those only a type checker reads, under ``if TYPE_CHECKING:``, left out),
    read once for the tests that ask."""
    found: dict[str, set[str]] = defaultdict(set)
    for path, tree in parsed_modules().items():
        relative = path.relative_to(PACKAGE)
        unit = relative.parts[0].removesuffix(".py") if len(relative.parts) > 1 or relative.stem != "__init__" \
            else "__version__"
        typing_only = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.If)
                       and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
                       for statement in node.body for inner in ast.walk(statement)}
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom) and node.module == "jdgen":
                found[unit] |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("jdgen."):
                found[unit].add(_unit(node.module))
            elif isinstance(node, ast.Import):
                found[unit] |= {_unit(alias.name) for alias in node.names if alias.name.startswith("jdgen.")}
        found[unit].discard(unit)
    return found


def _layer(unit: str) -> int:
    return next(index for index, layer in enumerate(LAYERS) if unit in layer)


def test_every_module_and_package_has_a_layer():
    units = {path.name.removesuffix(".py") for path in PACKAGE.iterdir()
             if path.suffix == ".py" or (path.is_dir() and path.name != "__pycache__")} - {"__init__"}
    placed = set().union(*LAYERS)
    assert units - placed == set(), "place each new module in LAYERS and in docs/architecture.md"
    assert placed - units - {"__version__"} == set(), "a module in LAYERS that no longer exists"


def test_imports_point_down_the_layers():
    upward = sorted(f"{unit} → {target}" for unit, targets in _imports().items() for target in targets
                    if _layer(target) < _layer(unit))
    assert upward == []


def test_no_two_units_import_each_other_through_a_cycle():
    graph = _imports()
    cycles = []

    def visit(unit: str, path: list[str]) -> None:
        for target in sorted(graph.get(unit, ())):
            if target in path:
                cycles.append(path[path.index(target):] + [target])
            elif _layer(target) == _layer(unit):
                visit(target, path + [target])

    for unit in sorted(graph):
        visit(unit, [unit])
    assert cycles == []


def test_the_architecture_names_every_module():
    text = (REPO / "docs/architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([\w/]+\.py)`", text))
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if path.stem in ("__init__", "__main__"):
            continue
        folder = "/".join(relative.parts[:-1])
        in_folder = f"`{folder}/" in text or f"`jdgen/{folder}/`" in text
        if relative.as_posix() not in named and not (path.name in named and in_folder):
            missing.append(relative.as_posix())
    assert missing == []
