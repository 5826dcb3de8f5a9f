"""The redline tests' shared fixture: the example project in git."""

from __future__ import annotations

import pytest

from tests.redline.test_diff_command import git


@pytest.fixture
def repository(example):
    """The example project as a git repository with one commit."""
    git(example.root, "init", "-q")
    git(example.root, "add", ".")
    git(example.root, "commit", "-qm", "the example")
    return example
