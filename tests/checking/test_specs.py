"""The check spec by spec (jdgen.checking.spec_verdicts): what the set decides is the
same however the specs are named, and what is the same for every spec is
worked out once."""

from __future__ import annotations

import shutil

import pytest

from jdgen.checking.cache import CACHE_FOLDER
from tests.conftest import ExampleProject, copy_example


@pytest.mark.parametrize("command", [["check"], ["translate", "status"]])
def test_specs_named_out_of_path_order_give_an_id_to_the_first_in_path_order(tmp_path, command):
    """Two specs claim one id: the first in path order keeps it, also when
    the command line names the other first (the id rule, jdgen.jobspec.ids)."""
    example = ExampleProject(copy_example(tmp_path / "project"))
    (example.root / "specs/zz-copy.yaml").write_bytes(example.spec.read_bytes())
    result = example.run(*command, "specs/zz-copy.yaml", "specs/bcm-001.yaml", status=1)
    taken = [line for line in result.output.splitlines() if "[spec-id]" in line]
    assert len(taken) == 1 and taken[0].startswith("specs/zz-copy.yaml:")
    assert "already used by specs/bcm-001.yaml" in taken[0]


def test_a_check_translates_a_forms_labels_once_per_language_whatever_the_specs(tmp_path, monkeypatch):
    """The labels' part of a spec's translation is the same for every spec
    (jdgen.i18n.spec_translation.translate_labels): a check translates a
    form's labels as often with four specs as with two, not once per spec."""
    from jdgen.i18n import spec_translation

    translated: list[str] = []
    original = spec_translation._labels_in
    monkeypatch.setattr(spec_translation, "_labels_in", lambda labels, language, *rest: (
        translated.append(language), original(labels, language, *rest))[1])
    counts = []
    for count in (2, 4):
        example = ExampleProject(copy_example(tmp_path / f"project{count}", every_spec=True))
        for index in range(2, count):
            text = example.spec.read_text(encoding="utf-8").replace("id: BCM-001", f"id: BCM-00{index + 1}")
            (example.root / f"specs/bcm-00{index + 1}.yaml").write_text(text, encoding="utf-8")
        example.run("check", "--lang", "zh,en")  # the template's own check is then the user cache's
        shutil.rmtree(example.root / CACHE_FOLDER)
        translated.clear()
        example.run("check", "--lang", "zh,en")
        counts.append(sorted(translated))
    assert counts[0] == counts[1] and "en" in counts[0]
