"""The translation tests work on the example project with every shipped spec,
since the shipped catalog holds the texts of all of them."""

from __future__ import annotations

import pytest

from tests.conftest import ExampleProject, copy_example


@pytest.fixture
def example(tmp_path) -> ExampleProject:
    """A fresh copy of the example project with every shipped spec."""
    return ExampleProject(copy_example(tmp_path / "project", every_spec=True))
