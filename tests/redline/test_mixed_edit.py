"""One commit of several kinds of edit at once, as a committee gets them: a
duty inserted and the next one reworded (its translation updated in the
catalog), a duty moved within its group, a measure's target changed, and a
career path where there was none. Every form of ``jdgen diff`` (since a
revision, two revisions, two folders, two files) names the same changes,
each as it was made, and each redline, in zh, en and zh+en, resolves to the
two builds: Accept All to the new one, Reject All to the old one."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from jdgen.render.word_rules import check_docx
from tests.conftest import EXAMPLE_SPEC, ExampleProject
from tests.redline.test_diff_command import git
from tests.redline.test_projects import _catalog_translates
from tests.redline.tracked import layout, plain_texts, resolve

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

CAREER_PATH = "career_path: [其他部门经理, 行长]\n"
REWORDED = "      - 在银行网点识别并引导客户、挖掘优质客户资源、推介销售金融产品、提供业务咨询和服务。\n"
INSERTED = '      - {zh: "定期走访重点客户,建立并更新客户档案。", en: "Visits key customers and keeps their files up to date."}\n'
MOVED = "      - 为行政企事业单位、同业等客户提供存款、支付结算、代收代付等金融服务;\n"
MOVED_UNDER = "      - 以客户为中心,处理客户存贷款及其它中间业务,并负责维护客户关系;\n"
FOLDERS = {"zh": "zh", "en": "en", "zh+en": "bilingual"}


def _mixed_commit(repository) -> None:
    """The example without a career path committed, then the mixed edit committed on it."""
    repository.edit_spec(CAREER_PATH, "")
    git(repository.root, "commit", "-qam", "no career path yet")
    reworded = REWORDED.replace("提供业务咨询和服务", "提供业务咨询和理财服务")
    repository.edit_spec(REWORDED, INSERTED + reworded)
    repository.edit_spec(MOVED, "")
    repository.edit_spec(MOVED_UNDER, MOVED_UNDER + MOVED)
    repository.edit_spec("target: {amount: 600000, currency: CNY}", "target: {amount: 800000, currency: CNY}")
    repository.spec.write_text(repository.spec.read_text(encoding="utf-8") + CAREER_PATH, encoding="utf-8")
    repository.run("translate", "update")
    _catalog_translates(repository.root, reworded.strip()[2:],
                        "Identifies and guides customers in the bank's outlets, uncovers high-quality client "
                        "resources, promotes and sells financial products, and provides business advice and "
                        "wealth-management services.")
    git(repository.root, "commit", "-qam", "a mixed edit")


def _changes(result) -> dict[str, list[tuple[str, bool, bool, str | None]]]:
    """Per language: each change's field, whether it has an old and a new text, and where it moved from."""
    [position] = json.loads(result.stdout)["positions"]
    return {language: [(change["field"], bool(change["old"]), bool(change["new"]), change.get("moved_from"))
                       for change in changes]
            for language, changes in position["languages"].items()}


@pytest.mark.slow  # four forms of diff, three languages each, and two builds
def test_a_mixed_commit_is_shown_as_made_in_every_form_and_resolves_to_both_builds(repository, tmp_path):
    _mixed_commit(repository)
    old = ExampleProject(tmp_path / "old")
    old.root.mkdir()
    subprocess.run(f"git archive HEAD~1 | tar -x -C '{old.root}'", shell=True, cwd=repository.root, check=True)
    repository.run("build", "-o", "new-built")
    old.run("build", "-o", "old-built")
    forms = {"since": ["--since", "HEAD~1"], "revisions": ["HEAD~1", "HEAD"],
             "folders": [str(old.root / "specs"), "specs"],
             "files": [str(old.root / EXAMPLE_SPEC), EXAMPLE_SPEC]}
    named = {form: _changes(repository.run("diff", *arguments, "--format", "json")) for form, arguments in forms.items()}
    for form, arguments in forms.items():
        assert named[form] == named["since"], form
        repository.run("diff", *arguments, "-o", form)
        for language, folder in FOLDERS.items():
            redline = (repository.root / form / folder / "BCM-001.docx").read_bytes()
            assert check_docx(redline) == [], (form, language)
            for accept, built in ((True, repository.root / "new-built"), (False, old.root / "old-built")):
                document = (built / folder / "BCM-001.docx").read_bytes()
                resolved = resolve(redline, accept)
                assert plain_texts(resolved, keep_empty=True) == plain_texts(document, keep_empty=True), \
                    (form, language, accept)
                assert layout(resolved) == layout(document), (form, language, accept)
    for language in ("zh", "en"):
        assert named["since"][language] == [
            ("duties[0].items[3]", False, True, None),  # inserted, not the next one rewritten into it
            ("duties[0].items[4]", True, True, None),  # the next one reworded
            ("duties[1].items[1]", True, True, "duties[1].items[5]"),  # moved up its group
            ("indicators.quantitative[1].measures[1].target.amount", True, True, None),
            ("career_chart[0]", False, True, None),  # the chart's own box, then its levels
            ("career_path[0]", False, True, None),
            ("career_path[1]", False, True, None),
        ], language


@pytest.mark.slow  # LibreOffice runs
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
@pytest.mark.parametrize("accept", [True, False])
def test_libreoffice_resolves_the_mixed_commit_to_both_builds(repository, tmp_path, accept):
    """LibreOffice's own Accept All and Reject All of the mixed commit's redline
    give the two builds too, the career chart's room with it."""
    from tests.redline.libreoffice import resolve_in_libreoffice

    _mixed_commit(repository)
    repository.run("build", "--lang", "zh", "-o", "new-built")
    git(repository.root, "checkout", "-q", "HEAD~1", "--", ".")
    repository.run("build", "--lang", "zh", "-o", "old-built")
    git(repository.root, "checkout", "-q", "HEAD", "--", ".")
    repository.run("diff", "HEAD~1", "HEAD", "--lang", "zh")
    document = (repository.root / ("new-built" if accept else "old-built") / "zh/BCM-001.docx").read_bytes()
    resolved = resolve_in_libreoffice(repository.root / "redline/zh/BCM-001.docx", accept, tmp_path / "office")
    assert plain_texts(resolved, keep_empty=True) == plain_texts(document, keep_empty=True)
    assert [entry for entry in layout(resolved) if entry[0] == "p"] == \
        [entry for entry in layout(document) if entry[0] == "p"]
