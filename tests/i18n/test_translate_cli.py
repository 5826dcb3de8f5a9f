"""The ``translate`` subcommands on the command line: help and argument errors."""

from __future__ import annotations

import pytest

from tests.conftest import invoke


@pytest.mark.parametrize("command", ["update", "status", "export", "import"])
def test_every_translate_command_has_help(command):
    result = invoke("translate", command, "--help")
    assert result.output.startswith("Usage: ")


def test_translate_lists_its_commands():
    result = invoke("translate", "--help")
    assert all(name in result.output for name in ("update", "status", "export", "import"))


@pytest.mark.parametrize("arguments", [
    ["status", "--lang", "English"],
    ["status", "specs/nope.yaml"],
    ["export", "--format", "csv", "-o", "x.csv"],
    ["import"],
])
def test_usage_mistakes_exit_with_status_2(example, arguments):
    example.run("translate", *arguments, status=2)
