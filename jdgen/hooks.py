"""The pre-commit hooks: their one definition, from which come both
``.pre-commit-hooks.yaml`` (what this repository offers; pre-commit installs
jdgen itself, ``language: python``) and the ``.pre-commit-config.yaml``
``jdgen init`` writes (run by the Python that made the project, so they work
without jdgen on the PATH).

A hook runs on every commit that touches an input jdgen reads: specs,
shared and other extended files, catalogs and the glossary (YAML and PO),
templates (``form.docx``, ``labels.yaml``) and ``jdgen.toml``; always on the
whole project, as the commands read it."""

from __future__ import annotations

import json
import shlex
import sys

INPUTS = r"(?i)\.(ya?ml|po|docx)$|(^|/)jdgen\.toml$"
"""The files a commit must touch for the hooks to run: every kind jdgen reads."""

HOOKS = (
    ("jdgen-check", "jdgen check", "Validate the specs, their translations and the template; write nothing."),
    ("jdgen-translate-status", "jdgen translate status --check",
     "Fail while a text has no reviewed translation."),
)
"""Each hook: its id, its command (also its name), what it does."""


def _hook(hook_id: str, command: str, description: str, entry: str, language: str, indent: str) -> str:
    return (f"{indent}- id: {hook_id}\n"
            f"{indent}  name: {command}\n"
            f"{indent}  description: {description}\n"
            f"{indent}  entry: {entry}\n"
            f"{indent}  language: {language}\n"
            f"{indent}  pass_filenames: false\n"
            f"{indent}  files: {json.dumps(INPUTS)}\n")


def offered_hooks() -> str:
    """The text of ``.pre-commit-hooks.yaml``."""
    head = ("# Hooks for pre-commit (https://pre-commit.com), generated from jdgen/hooks.py.\n"
            "# In a specs repository's .pre-commit-config.yaml:\n"
            "#   - repo: <this repository's URL>\n"
            "#     rev: <a tag or commit of it>\n"
            "#     hooks: [{id: jdgen-check}, {id: jdgen-translate-status}]\n")
    return head + "".join(_hook(hook_id, command, description, command, "python", "")
                          for hook_id, command, description in HOOKS)


def init_configuration(python: str = sys.executable) -> str:
    """The ``.pre-commit-config.yaml`` of a new project: the hooks run by
    ``python`` (the interpreter jdgen is installed in), found without PATH."""
    head = ("# pre-commit (https://pre-commit.com): 'pre-commit install' once, and every commit that\n"
            "# touches a spec, a shared file, a catalog, the glossary, a template or jdgen.toml is\n"
            "# checked by the jdgen that made this project (the Python named below). On another\n"
            "# machine, name its jdgen's Python there, or use the hooks of jdgen's repository\n"
            "# (see jdgen's README, 'Checking each commit').\n"
            "repos:\n"
            "  - repo: local\n"
            "    hooks:\n")
    run = shlex.join([python, "-m", "jdgen"])
    return head + "".join(_hook(hook_id, command, description,
                                json.dumps(run + command.removeprefix("jdgen")), "system", "      ")
                          for hook_id, command, description in HOOKS)
