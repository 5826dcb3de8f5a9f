"""The ``handbook`` setting of jdgen.toml: ``jdgen build`` writes the handbook
too, after the documents, its summary and problems with the build's."""

from __future__ import annotations

import json

from tests.conftest import diagnostic_lines
from tests.handbook.test_handbook import body_of, contents_of
from tests.site.linked import POSITIONS, write_linked_set
from tests.site.test_site import run


def test_with_the_handbook_setting_a_build_writes_the_handbook_after_the_documents(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text('languages = ["zh", "en"]\nhandbook = true\nsite = true\n',
                                         encoding="utf-8")
    result = run(tmp_path, "build", "-j", "1")
    lines = result.output.splitlines()
    assert "handbook: handbook-zh.docx (5 positions), handbook-en.docx (5 positions); 0 errors" in lines
    assert lines.index("handbook: handbook-zh.docx (5 positions), handbook-en.docx (5 positions); 0 errors") > \
        next(number for number, line in enumerate(lines) if line.startswith("site of 5 positions"))
    contents = contents_of(body_of(tmp_path / "output" / "handbook-en.docx"), "en")
    assert sum(line.endswith(f"  {spec_id}") for line in contents for spec_id in POSITIONS) == len(POSITIONS)
    assert (tmp_path / "output" / "zh" / "MGR-1.docx").is_file()


def test_without_it_a_build_writes_no_handbook(tmp_path):
    write_linked_set(tmp_path)
    result = run(tmp_path, "build", "-j", "1", "--lang", "zh")
    assert "handbook" not in result.output
    assert not (tmp_path / "output" / "handbook-zh.docx").exists()


def test_a_build_s_json_report_holds_the_handbook_and_its_problems(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text('languages = ["zh"]\nhandbook = true\n', encoding="utf-8")
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "handbook-zh.docx").write_bytes(b"someone's own handbook")
    result = run(tmp_path, "build", "-j", "1", "--json", expect=1)
    report = json.loads(result.output)
    problems = [item for item in report["diagnostics"] if item["path"] == "output/handbook-zh.docx"]
    assert [(item["level"], item["code"]) for item in problems] == [("error", "output-not-ours")]
    assert report["summary"]["errors"] == 1
    assert report["handbook"] == {"written": [], "positions": {}, "errors": 1}  # no handbook made, none counted
    assert "site" not in report
    assert (tmp_path / "output" / "handbook-zh.docx").read_bytes() == b"someone's own handbook"


def test_a_handbook_setting_that_is_no_boolean_is_located(tmp_path):
    write_linked_set(tmp_path)
    (tmp_path / "jdgen.toml").write_text('handbook = 1\n', encoding="utf-8")
    result = run(tmp_path, "build", expect=2)
    assert diagnostic_lines(result.output) == ["jdgen.toml:1:12: error: handbook: expected true or false, got a whole number"]
