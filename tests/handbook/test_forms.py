"""The handbook of a project of several forms: each position is made with the
form its spec is made with (jdgen.toml's ``[[forms]]``), as the build makes
it; positions of several forms cannot share one document's styles, and say
so with what to do."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import diagnostic_lines
from tests.handbook.test_handbook import body_of, form_at
from tests.site.linked import write_linked_set
from tests.site.test_site import run

CORPORATE = "[[forms]]\nspecs = [{specs}]\ntemplate = \"corporate\"\n"


def test_positions_are_made_with_the_form_jdgen_toml_gives_them(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/"'), encoding="utf-8")
    run(tmp_path, "handbook", "--lang", "zh")
    body = body_of(tmp_path / "output" / "handbook-zh.docx")
    form = form_at(body, "_Position1")
    # the corporate form's labels and numbered sections, not the project's default form's
    assert "岗位名称" in form and "一、岗位基本信息" in form and "职位名称" not in form


def test_positions_of_several_forms_make_no_handbook_and_say_what_to_do(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text(CORPORATE.format(specs='"specs/mgr-*.yaml"'), encoding="utf-8")
    result = run(tmp_path, "handbook", "--lang", "zh", expect=1)
    [line] = diagnostic_lines(result.output)
    assert line.startswith("output/handbook-zh.docx: error: cannot be made: its positions are made with 2 forms "
                           "(corporate: specs/mgr-1.yaml, specs/mgr-2.yaml; default: specs/clk-1.yaml, "
                           "specs/head-1.yaml, specs/lone-1.yaml)")
    assert "--template" in line
    assert not (tmp_path / "output" / "handbook-zh.docx").exists()
    # one form for all, as the message says
    run(tmp_path, "handbook", "--lang", "zh", "--template", "corporate")
    assert "一、岗位基本信息" in form_at(body_of(tmp_path / "output" / "handbook-zh.docx"), "_Position1")
    # or a handbook of one form's specs, written elsewhere
    result = run(tmp_path, "handbook", "--lang", "zh", "-o", "output/managers", "specs/mgr-1.yaml",
                 "specs/mgr-2.yaml")
    assert "wrote output/managers/handbook-zh.docx" in result.output
    assert "岗位名称" in form_at(body_of(Path(tmp_path / "output/managers/handbook-zh.docx")), "_Position2")
