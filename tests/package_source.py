"""jdgen's own modules parsed once a session, for the tests that read the
code itself (the layers' imports, the diagnostics' codes): parsing the
package costs most of a second. The trees are shared: read them, never
change them."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "jdgen"


@functools.cache
def parsed_modules() -> dict[Path, ast.Module]:
    """Each module of the package, by path, in path order: its syntax tree."""
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))}
