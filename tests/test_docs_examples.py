"""The hospital form in docs/examples/hospital/, made from the docs alone:
it stays a working project (check clean, every section built)."""

from __future__ import annotations

import contextlib
import shutil

from tests.conftest import REPO, invoke
from tests.docx_reading import full_text, open_document

HOSPITAL = REPO / "docs/examples/hospital"


def test_the_hospital_example_checks_clean_and_builds_every_section(tmp_path):
    root = tmp_path / "hospital"
    shutil.copytree(HOSPITAL, root, ignore=shutil.ignore_patterns("images", "make_form.py"))
    with contextlib.chdir(root):
        checked = invoke("check")
        assert ": warning: " not in checked.output and ": error: " not in checked.output, checked.output
        invoke("build", "--lang", "zh,en")
    text = full_text(open_document(root / "output/zh/NUR-012.docx"))
    for heading in ("一、岗位基本信息", "二、岗位目的", "三、岗位职责", "四、任职资格", "五、工作环境", "六、考核指标"):
        assert heading in text
    assert "传染病职业暴露" in text and "急诊科护士长" in text  # an own list field, the title
    assert "Head Nurse" in full_text(open_document(root / "output/en/NUR-012.docx"))
