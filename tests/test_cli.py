"""The command line: help, version, schema, exit codes."""

from __future__ import annotations

import json

import click
import pytest

from jdgen import __version__
from jdgen.jobspec.model import JobSpec
from tests.conftest import invoke


@pytest.mark.parametrize("command", [[], ["build"], ["check"], ["schema"], ["translate"], ["translate", "update"]])
def test_every_command_has_help(command):
    result = invoke(*command, "--help")
    assert result.output.startswith("Usage: ")


def test_version():
    result = invoke("--version")
    assert result.output == f"jdgen, version {__version__}\n"


def test_schema_is_generated_from_the_model():
    result = invoke("schema")
    schema = json.loads(result.output)
    assert schema["title"] == "职位说明书 / Job description"
    # every field, and 'field+' beside each list (appended to a shared file's list)
    assert [name for name in schema["properties"] if not name.endswith("+")] == list(JobSpec.model_fields)
    assert schema["additionalProperties"] is False
    assert schema["properties"]["id"]["description"].startswith("The position number")


def test_missing_path_is_a_usage_error(example):
    result = example.run("build", "specs/nope.yaml", status=2)
    assert "no such file or folder: specs/nope.yaml" in result.output


def test_bad_language_is_a_usage_error(example):
    result = example.run("build", "--lang", "zh,EN!", status=2)
    assert "'EN!' is not a language code" in result.output


def test_check_writes_nothing(example):
    result = example.run("check")
    assert result.output == "checked 1 spec: 0 errors\n"
    assert not (example.root / "output").exists()


def test_check_a_spec_written_in_a_language_the_labels_lack(example):
    """Without a context in the spec's own language the template's variables
    cannot be checked: the gaps are reported, with no traceback."""
    example.edit_spec("source_language: zh", "source_language: fr")
    result = example.run("check", "--lang", "fr", status=1)
    assert "labels.yaml" in result.output and "untranslated (fr)" in result.output


def test_build_a_single_file_into_another_folder(example):
    result = example.run("build", "specs/bcm-001.yaml", "-o", "docs", "--lang", "en")
    assert result.output.startswith("built: docs/en/BCM-001.docx (en)\nbuilt 1, unchanged 0, failed 0 (0 errors) in ")
    assert (example.root / "docs/en/BCM-001.docx").is_file()


def test_field_reference_in_docs_is_current():
    from tests.conftest import REPO

    result = invoke("schema", "--format", "markdown")
    assert (REPO / "docs/spec-reference.md").read_text(encoding="utf-8") == result.output
    assert "| `headcount` | integer | no | Number of people in this position (定员人数). |" in result.output
    assert ("| `items` | list of text or [`WeightedDuty`](#weightedduty) (at least 1) | yes | The duties, in order; "
            "the form numbers them. |") in result.output


def test_ctrl_c_after_the_work_is_done_still_exits_130(example, monkeypatch):
    """An interrupt that lands while the report is printed is not 'Aborted!' (exit 1)."""
    echo = click.echo
    lines: list[str] = []

    def interrupted_once(message, **options):
        lines.append(message)
        if len(lines) == 1:
            raise KeyboardInterrupt
        echo(message, **options)
    monkeypatch.setattr("jdgen.console.click.echo", interrupted_once)
    result = example.run("check", status=130)
    assert (result.exit_code, result.output) == (130, "interrupted\n")
