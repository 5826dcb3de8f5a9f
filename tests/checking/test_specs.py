"""The check spec by spec (jdgen.checking.spec_verdicts): what the set decides is the
same however the specs are named."""

from __future__ import annotations

import pytest

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
