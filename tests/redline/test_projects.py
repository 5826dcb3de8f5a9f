"""Each version of a ``jdgen diff`` is read in its own project: its shared
files, catalogs, template and settings, in every form (git revisions,
folders, spec files)."""

from __future__ import annotations

import shutil

import pytest

from jdgen.i18n.catalog import FUZZY, read_catalog, write_catalog
from jdgen.project import PACKAGED_TEMPLATES
from jdgen.render.word_rules import check_docx
from tests.conftest import EXAMPLE_SPEC, ExampleProject, copy_example
from tests.redline.test_diff_command import built, first_duty, git
from tests.redline.tracked import plain_texts, resolved_texts

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

ISSUER = "****银行**支行"


def test_folders_of_two_projects_are_read_each_with_its_own_shared_files(tmp_path):
    """From a folder that is no project, two projects whose shared issuer
    differs: the redline shows the issuer changed, and Accept/Reject All give
    each project's own build."""
    old = ExampleProject(copy_example(tmp_path / "old"))
    new = ExampleProject(copy_example(tmp_path / "new"))
    shared = new.root / "shared/branch.yaml"
    shared.write_text(shared.read_text(encoding="utf-8").replace(ISSUER, "****银行**分行"), encoding="utf-8")
    outside = ExampleProject(tmp_path)
    result = outside.run("diff", "old/specs", "new/specs", "--lang", "zh", status=0)
    redline = (tmp_path / "redline/zh/BCM-001.docx").read_bytes()
    assert check_docx(redline) == []
    assert resolved_texts(redline, accept=True) == plain_texts(built(new, "zh"))
    assert resolved_texts(redline, accept=False) == plain_texts(built(old, "zh"))
    result = outside.run("diff", f"old/{EXAMPLE_SPEC}", f"new/{EXAMPLE_SPEC}", "--lang", "zh", "--format", "text", status=0)
    assert "支行 → " in result.stdout and "分行" in result.stdout


def _catalog_translates(root, msgid: str, translation: str) -> None:
    """Give ``msgid`` its English translation in the project's catalog, as a translator would."""
    path = root / "translations/en.po"
    catalog = read_catalog(path, "translations/en.po", "en")
    message = catalog[msgid]
    message.string = translation
    message.flags.discard(FUZZY)
    message.previous_id = []
    write_catalog(path, catalog)


def test_the_readme_file_form_finds_the_old_translation_among_obsolete_entries(example):
    """``jdgen diff old/bcm-001.yaml specs/bcm-001.yaml`` after a reword and
    ``translate update``: the old text's translation is now an obsolete
    entry, and it is the one the old side shows."""
    (example.root / "old").mkdir()
    shutil.copy(example.spec, example.root / "old/bcm-001.yaml")
    old_text = first_duty(example)
    old_translation = read_catalog(example.root / "translations/en.po", "en.po", "en")[old_text].string
    new_text = old_text.replace("研究", "调查", 1)
    example.edit_spec(old_text, new_text)
    assert example.run("translate", "update").exit_code == 0
    _catalog_translates(example.root, new_text, "Investigates the market")
    catalog = read_catalog(example.root / "translations/en.po", "en.po", "en")
    assert old_text not in catalog and old_text in catalog.obsolete
    example.run("diff", "old/bcm-001.yaml", EXAMPLE_SPEC, "--lang", "zh,en,zh+en", status=0)
    for folder in ("zh", "en", "bilingual"):
        assert (example.root / "redline" / folder / "BCM-001.docx").is_file(), folder
    redline = (example.root / "redline/en/BCM-001.docx").read_bytes()
    assert old_translation in "".join(resolved_texts(redline, accept=False))
    assert "Investigates the market" in "".join(resolved_texts(redline, accept=True))


def test_a_text_translated_on_neither_side_is_a_located_error(example):
    (example.root / "old").mkdir()
    shutil.copy(example.spec, example.root / "old/bcm-001.yaml")
    old_text = first_duty(example)
    example.edit_spec(old_text, old_text.replace("研究", "调查", 1))
    result = example.run("diff", "old/bcm-001.yaml", EXAMPLE_SPEC, "--lang", "en", status=1)
    line = example.line_of(old_text.replace("研究", "调查", 1))
    assert f"{EXAMPLE_SPEC}:{line}:" in result.output and "[catalog-untranslated]" in result.output


@pytest.fixture
def repository(example):
    git(example.root, "init", "-q")
    return example


def _corporate(root, title: str) -> None:
    """A template of the project's own, ``corporate``, whose form title is ``title``."""
    folder = root / "templates/corporate"
    shutil.copytree(PACKAGED_TEMPLATES / "default", folder)
    labels = folder / "labels.yaml"
    text = labels.read_text(encoding="utf-8")
    form_title = next(line for line in text.splitlines() if line.strip().startswith("form_title:"))
    labels.write_text(text.replace(form_title, f"{form_title.split(':')[0]}: {{zh: {title}, en: {title}}}"),
                      encoding="utf-8")


def test_each_revision_uses_the_template_and_languages_its_settings_name(repository):
    _corporate(repository.root, "公司岗位说明书")
    (repository.root / "jdgen.toml").write_text('template = "corporate"\nlanguages = ["zh"]\n', encoding="utf-8")
    git(repository.root, "add", ".")
    git(repository.root, "commit", "-qm", "the example, on the corporate form")
    repository.edit_spec("headcount: 1", "headcount: 2")
    repository.run("diff", "--since", "HEAD", status=0)
    assert not (repository.root / "redline/en").exists()  # the settings build zh only
    redline = (repository.root / "redline/zh/BCM-001.docx").read_bytes()
    assert "公司岗位说明书" in plain_texts(redline)
    assert resolved_texts(redline, accept=True) == plain_texts(built(repository, "zh"))


def test_a_template_linked_into_the_repository_is_read_at_a_revision(repository, tmp_path):
    shutil.copytree(PACKAGED_TEMPLATES / "default", tmp_path / "shared-templates/default")
    (repository.root / "templates").mkdir()
    (repository.root / "templates/default").symlink_to("../../shared-templates/default")
    assert (repository.root / "templates/default/form.docx").is_file()
    git(repository.root, "add", ".")
    git(repository.root, "commit", "-qm", "the example")
    repository.edit_spec("headcount: 1", "headcount: 2")
    repository.run("diff", "--since", "HEAD", "--lang", "zh", status=0)
    assert check_docx((repository.root / "redline/zh/BCM-001.docx").read_bytes()) == []

