"""Where a project is not (yet) one: no specs, broken template links."""

from __future__ import annotations

import os
import shutil

import pytest

from jdgen.project import FormRule, Forms, Project
from tests.conftest import REPO


@pytest.mark.parametrize("command", [["build"], ["check"], ["translate", "status"], ["translate", "update"]])
def test_a_folder_without_specs_says_to_run_init(example, command):
    shutil.rmtree(example.root / "specs")
    result = example.run(*command, status=2)
    assert "there is no specs/ folder in" in result.output
    assert "run 'jdgen init'" in result.output
    assert "no such file or folder" not in result.output


def test_an_empty_specs_folder_says_to_run_init(example):
    example.spec.unlink()
    (example.root / "specs" / "notes.txt").write_text("not a spec", encoding="utf-8")
    result = example.run("build", status=2)
    assert "specs/ holds no spec (.yaml file): add one, or run 'jdgen init'" in result.output


def test_a_path_that_does_not_exist_is_still_named(example):
    result = example.run("check", "specs/nope.yaml", status=2)
    assert "no such file or folder: specs/nope.yaml" in result.output


def test_the_repository_templates_link_copied_elsewhere_is_an_error(example):
    """templates/default in this repository is a relative link; copied into
    another folder it points nowhere, and jdgen says so instead of silently
    using the built-in template."""
    assert (REPO / "templates/default").is_symlink()
    shutil.copytree(REPO / "templates", example.root / "templates", symlinks=True)
    target = os.readlink(example.root / "templates/default")
    for command in (["build"], ["check"]):
        result = example.run(*command, status=2)
        assert f"templates/default is a link to {target}, which does not exist" in result.output
    assert not (example.root / "output").exists()


def test_a_templates_folder_that_is_a_broken_link_is_an_error(example):
    (example.root / "templates").symlink_to(example.root / "gone")
    result = example.run("build", status=2)
    assert "templates is a link to" in result.output


def test_a_template_that_is_a_file_is_an_error(example):
    (example.root / "templates").mkdir()
    (example.root / "templates/default").write_text("", encoding="utf-8")
    result = example.run("check", status=2)
    assert "templates/default is a file, not a template folder" in result.output


def test_a_link_to_a_template_folder_works(example):
    (example.root / "templates").mkdir()
    (example.root / "templates/default").symlink_to(REPO / "jdgen/templates/default")
    example.run("build", "--lang", "zh")


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_path_too_long_to_look_up_is_named_not_a_traceback(example, command):
    name = "x" * 300 + ".yaml"
    result = example.run(command, name, status=2)
    assert "Traceback" not in result.output
    assert f"no such file or folder: {name}" in result.output


@pytest.mark.parametrize(("pattern", "matched", "not_matched"), [
    ("specs/plant/", ["specs/plant/a.yaml", "specs/plant/line/b.yaml"], ["specs/plant-2/a.yaml", "specs/a.yaml"]),
    ("specs/plant", ["specs/plant/a.yaml"], ["specs/plantx.yaml"]),
    ("specs/*/qc-*.yaml", ["specs/plant/qc-1.yaml"], ["specs/qc-1.yaml", "specs/a/b/qc-1.yaml", "specs/p/qc-1.yml"]),
    ("specs/**/qc-*.yaml", ["specs/qc-1.yaml", "specs/a/b/qc-1.yaml"], ["specs/a/qc-1.yml", "other/qc-1.yaml"]),
    ("specs/[a-c]?.yaml", ["specs/b1.yaml"], ["specs/d1.yaml", "specs/b12.yaml"]),
    ("specs/[!a]*.yaml", ["specs/b.yaml"], ["specs/a.yaml"]),
])
def test_a_forms_pattern_matches_a_spec_by_its_path_or_a_folder_it_is_in(pattern, matched, not_matched):
    rule = FormRule((pattern,), "corporate")
    assert [rule.matches(shown) for shown in matched + not_matched] == [True] * len(matched) + [False] * len(not_matched)


def test_the_template_of_a_spec_goes_command_line_then_spec_then_first_rule_then_default(tmp_path):
    rules = (FormRule(("specs/plant/",), "corporate"), FormRule(("specs/**",), "plain"))
    project = Project(tmp_path, forms=Forms("default", rules))
    assert project.template_for("specs/plant/a.yaml") == "corporate"  # the first rule that matches
    assert project.template_for("specs/b.yaml") == "plain"
    assert project.template_for("elsewhere/c.yaml") == "default"
    assert project.template_for("specs/plant/a.yaml", "default") == "default"  # the spec's own
    assert project.template_for("specs/plant/a.yaml", "no-such-form") == "corporate"  # its error is the spec's
    overridden = Project(tmp_path, forms=Forms("default", rules, override="corporate"))
    assert overridden.template_for("specs/b.yaml", "default") == "corporate"


def test_the_spec_files_are_listed_as_their_paths_sort_each_once(tmp_path):
    """A check lists the specs as path strings (no ``Path`` of each, some
    0.3 KiB a spec): in the order their ``Path``s sort, folder by folder
    (``a/z`` before ``a-b``), a file named twice listed once."""
    from pathlib import Path

    names = ["a-b.yaml", "a/z.yaml", "a/b/c.yaml", "a.b/x.yaml", "B.yaml", "b.yaml", "a0.yaml", "ab/.hidden.yaml"]
    for name in names:
        (tmp_path / "specs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "specs" / name).write_text("id: X\n", encoding="utf-8")
    project = Project(tmp_path)
    listed = project.spec_file_strings([])
    assert listed == [str(path) for path in sorted(map(Path, listed))]
    assert [os.path.relpath(name, tmp_path / "specs") for name in listed] == \
        [os.path.normpath(name) for name in ["B.yaml", "a/b/c.yaml", "a/z.yaml", "a-b.yaml", "a.b/x.yaml", "a0.yaml",
                                              "b.yaml"]]
    given = [tmp_path / "specs" / "a", tmp_path / "specs" / "a" / "z.yaml"]
    assert project.spec_file_strings(given) == [str(tmp_path / "specs" / "a" / "b" / "c.yaml"),
                                                str(tmp_path / "specs" / "a" / "z.yaml")]
    assert project.spec_files(given) == list(map(Path, project.spec_file_strings(given)))
