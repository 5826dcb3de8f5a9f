"""Ctrl-C at any moment of a build: the documents finished are in place and
recorded, no staging file is left, the build exits 130, and the next build
finishes the rest, to what a build from scratch makes. Ctrl-C is raised here
in this process at each stage (a build with -j1 runs its specs here); a
subprocess test in tests/building/test_build.py sends SIGINT to a build with a pool."""

from __future__ import annotations

import importlib
import json
import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

import jdgen.building.produce
from jdgen.building.manifest import MANIFEST_NAME
from jdgen.output import is_staging_file
from tests.conftest import ExampleProject, copy_example

SPECS = 5
OUTPUTS = 3 * SPECS


def add_copies(example: ExampleProject) -> None:
    text = example.spec.read_text(encoding="utf-8")
    for number in range(2, SPECS + 1):
        (example.root / f"specs/bcm-{number:03d}.yaml").write_text(
            text.replace("id: BCM-001", f"id: BCM-{number:03d}"), encoding="utf-8")


def on_call(number: int, function: Callable, *, after: bool = False) -> Callable:
    """``function``, but Ctrl-C comes on its ``number``-th call (before it runs, or ``after``)."""
    calls = []

    def interrupted(*args, **kwargs):
        calls.append(1)
        if len(calls) == number and not after:
            raise KeyboardInterrupt
        result = function(*args, **kwargs)
        if len(calls) == number:
            raise KeyboardInterrupt
        return result
    return interrupted


def ctrl_c_while_saving(save: Callable) -> Callable:
    """Manifest.save, with a real SIGINT arriving as it starts."""
    def saving(self, folder):
        os.kill(os.getpid(), signal.SIGINT)
        return save(self, folder)
    return saving


MOMENTS = {
    "planning": ("jdgen.building.plan:Planner.spec", lambda original: on_call(1, original)),
    "loading the third spec": ("jdgen.building.produce:Producer.run", lambda original: on_call(3, original)),
    "after staging a document": ("jdgen.building.produce:stage", lambda original: on_call(4, original, after=True)),
    "putting a document in place": ("jdgen.building.commit:put_in_place", lambda original: on_call(5, original)),
    "after putting one in place": ("jdgen.building.commit:put_in_place",
                                   lambda original: on_call(5, original, after=True)),
    "writing the register": ("jdgen.building.register:refresh", lambda original: on_call(1, original)),
    "saving the manifest": ("jdgen.building.manifest:Manifest.save", ctrl_c_while_saving),
}


def where(target: str) -> tuple[object, str]:
    """The object and attribute name that ``module:Class.attribute`` names."""
    module, _, path = target.partition(":")
    *parents, name = path.split(".")
    owner = importlib.import_module(module)
    for parent in parents:
        owner = getattr(owner, parent)
    return owner, name


def recorded(output: Path) -> dict:
    return json.loads((output / MANIFEST_NAME).read_text(encoding="utf-8"))


def documents_of(output: Path) -> dict[Path, bytes]:
    """The files a build wrote in ``output`` (the documents and the register), less its JSON records."""
    return {path.relative_to(output): path.read_bytes() for path in output.rglob("*.*") if path.suffix != ".json"}


@pytest.fixture(scope="module")
def from_scratch(tmp_path_factory) -> dict[Path, bytes]:
    """What a build from scratch makes of the example and its copies: built once for the module."""
    example = ExampleProject(copy_example(tmp_path_factory.mktemp("scratch") / "project"))
    add_copies(example)
    clean = example.root.parent / "clean"
    example.run("build", "-j", "1", "-o", str(clean), status=0)
    return documents_of(clean)


@pytest.mark.parametrize("moment", MOMENTS)
def test_ctrl_c_keeps_what_is_finished_and_the_next_build_finishes(example, from_scratch, monkeypatch, moment):
    add_copies(example)
    output = example.root / "output"
    target, make = MOMENTS[moment]
    with monkeypatch.context() as patch:
        owner, name = where(target)
        patch.setattr(owner, name, make(getattr(owner, name)))
        result = example.run("build", "-j", "1", status=130)
    assert "interrupted" in result.output and "Traceback" not in result.output
    left = [path for path in output.rglob("*")] if output.exists() else []
    assert [path.name for path in left if is_staging_file(path)] == []
    documents = sorted(path.relative_to(output).as_posix() for path in left if path.suffix == ".docx")
    if documents:  # each document in place is recorded as jdgen's, and whole
        manifest = recorded(output)
        assert set(documents) <= set(manifest["owned"])
    finished = [path for path in documents if path in (recorded(output)["outputs"] if documents else {})]
    report = json.loads(example.run("build", "-j", "1", "--json").output)
    assert report["summary"]["errors"] == 0 and report["summary"]["unchanged"] >= len(finished)
    assert report["summary"]["built"] + report["summary"]["unchanged"] == OUTPUTS
    assert documents_of(output) == from_scratch


def test_ctrl_c_after_the_third_spec_keeps_the_first_two(example, monkeypatch):
    add_copies(example)
    with monkeypatch.context() as patch:
        patch.setattr(jdgen.building.produce.Producer, "run", on_call(3, jdgen.building.produce.Producer.run))
        example.run("build", "-j", "1", status=130)
    assert sorted(recorded(example.root / "output")["outputs"]) == sorted(
        f"{folder}/BCM-00{number}.docx" for folder in ("zh", "en", "bilingual") for number in (1, 2))
