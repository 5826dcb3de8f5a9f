"""What a start-up loads, held without timing: the command line alone loads
none of the libraries only some commands need, a build or a site with
nothing to do none either (nor a process pool), and a check of a fresh clone
whose form the user's cache knows loads none of what that cache spares (the
patching by docxtpl, the Word schemas, the sample specs), nor what no check
needs (openpyxl)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jdgen import user_cache
from tests.conftest import copy_example

LIBRARIES = ("pydantic", "yaml", "jinja2", "lxml", "babel", "docx", "docxtpl", "openpyxl", "importlib.metadata")
"""What the command line alone needs none of: each a top-level module, or a module with its submodules."""

_LOADED = ("print(json.dumps(sorted(name for name, module in sys.modules.items()\n"
           "                              if getattr(module, '__spec__', None))))")
"""The modules a process loaded, printed (the plugin loader jdgen.cli gives pydantic is loaded from nowhere)."""
_RUN = f"import json, sys\nfrom jdgen.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n{_LOADED}"


def loaded(root: Path, cache: Path, *arguments: str) -> tuple[str, set[str]]:
    """What ``jdgen ARGUMENTS`` prints, run in a process of its own in
    ``root`` with the user's cache ``cache``, and the modules it loaded."""
    run = subprocess.run([sys.executable, "-c", _RUN, *arguments], cwd=root, capture_output=True, text=True,
                         env={**os.environ, user_cache.FOLDER_VARIABLE: str(cache)}, check=True)
    *printed, modules = run.stdout.splitlines()
    return "\n".join(printed) + run.stderr, set(json.loads(modules))


def of(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """The modules that are one of ``names`` or inside one."""
    return sorted(module for module in modules if any(module == name or module.startswith(f"{name}.")
                                                      for name in names))


def test_importing_the_command_line_loads_no_library():
    code = f"import json, sys\nimport jdgen.cli\n{_LOADED}"
    modules = set(json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                            check=True).stdout))
    assert of(modules, LIBRARIES) == []
    assert of(modules, ("jdgen.checking", "jdgen.building", "jdgen.importer", "jdgen.jobspec", "jdgen.render",
                        "jdgen.i18n", "jdgen.site", "jdgen.redline", "jdgen.handbook")) == []


@pytest.mark.parametrize("arguments", [["--help"], ["check", "--help"], ["explain", "template-render"],
                                       ["template", "list"], ["template", "new", "mine"]])
def test_a_command_that_reads_no_spec_loads_no_library(tmp_path, arguments):
    root = copy_example(tmp_path / "project")
    _, modules = loaded(root, tmp_path / "user cache", *arguments)
    assert of(modules, LIBRARIES) == []


@pytest.mark.parametrize(("command", "nothing_done"), [(["build", "--lang", "zh"], "nothing to do"),
                                                      (["site"], "0 files written")])
def test_a_build_or_site_with_nothing_to_do_loads_no_library_and_no_process_pool(tmp_path, command, nothing_done):
    root = copy_example(tmp_path / "project")
    loaded(root, tmp_path / "user cache", *command)
    printed, modules = loaded(root, tmp_path / "user cache", *command)
    assert nothing_done in printed
    assert of(modules, (*LIBRARIES, "multiprocessing", "concurrent.futures")) == []


def test_a_fresh_clone_of_a_known_form_is_checked_without_what_the_users_cache_spares(tmp_path):
    cache = tmp_path / "user cache"
    first, modules = loaded(copy_example(tmp_path / "first", every_spec=True), cache, "check")
    assert of(modules, ("docxtpl", "jdgen.render.word_rules", "jdgen.render.sample")) != []  # worked out, kept
    again, modules = loaded(copy_example(tmp_path / "clone", every_spec=True), cache, "check")
    assert again == first
    assert of(modules, ("pydantic", "jinja2")) != []  # the specs validated, and rendered from compiled parts
    assert of(modules, ("docx", "docxtpl", "openpyxl", "jdgen.render.word_rules",
                        "jdgen.render.sample")) == []
