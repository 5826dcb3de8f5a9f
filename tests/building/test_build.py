"""The build engine: incremental, parallel, reproducible, atomic, visible."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile

import pytest
from babel.messages.pofile import read_po, write_po

from jdgen.building.execute import BATCH_PER_JOB
from jdgen.output import is_staging_file
from tests.conftest import ExampleProject
from tests.docx_reading import open_document, paragraph_texts


def add_copies(example: ExampleProject, count: int) -> list[str]:
    """Add ``count`` copies of the example spec under other ids; return the ids."""
    text = example.spec.read_text(encoding="utf-8")
    ids = [f"BCM-{index:03d}" for index in range(2, count + 2)]
    for spec_id in ids:
        (example.root / "specs" / f"{spec_id.lower()}.yaml").write_text(
            text.replace("id: BCM-001", f"id: {spec_id}"), encoding="utf-8")
    return ids


def statuses(example: ExampleProject, *args: str) -> dict[str, str]:
    """Run a build of zh and en with --json; return each output's status by path."""
    result = example.run("build", "--json", "--lang", "zh,en", *args)
    report = json.loads(result.output)
    return {output["path"] or output["spec"] + ":" + output["language"]: output["status"]
            for output in report["outputs"]}


def test_second_build_renders_nothing(example):
    assert set(statuses(example).values()) == {"built"}
    assert set(statuses(example).values()) == {"unchanged"}
    result = example.run("build", "--lang", "zh,en")
    assert re.fullmatch(r"nothing to do: built 0, unchanged 2, failed 0 \(0 errors\) in \d+\.\d s\n", result.output)


def test_only_the_edited_spec_is_rebuilt(example):
    add_copies(example, 2)
    example.run("build")
    example.edit_spec("physical: 健康,能适应加班", "physical: {zh: 健康, en: Healthy}")
    assert statuses(example) == {
        "output/zh/BCM-001.docx": "built", "output/en/BCM-001.docx": "built",
        "output/zh/BCM-002.docx": "unchanged", "output/en/BCM-002.docx": "unchanged",
        "output/zh/BCM-003.docx": "unchanged", "output/en/BCM-003.docx": "unchanged",
    }


def _set_translation(example: ExampleProject, msgid: str, msgstr: str) -> None:
    po = example.root / "translations/en.po"
    with po.open("rb") as stream:
        catalog = read_po(stream, locale="en")
    if msgid in catalog:
        catalog[msgid].string = msgstr
    else:
        catalog.add(msgid, msgstr)
    with po.open("wb") as stream:
        write_po(stream, catalog, width=0)


def test_catalog_change_rebuilds_only_documents_that_use_the_entry(example):
    add_copies(example, 1)
    (example.root / "specs/bcm-002.yaml").write_text(
        (example.root / "specs/bcm-002.yaml").read_text(encoding="utf-8").replace(
            "physical: 健康,能适应加班", "physical: {zh: 健康, en: Healthy}"), encoding="utf-8")
    example.run("build")
    _set_translation(example, "某个没有用到的句子", "An unused sentence")
    assert set(statuses(example).values()) == {"unchanged"}
    _set_translation(example, "健康,能适应加班", "In good health; can work overtime")
    assert statuses(example) == {
        "output/zh/BCM-001.docx": "unchanged", "output/en/BCM-001.docx": "built",
        "output/zh/BCM-002.docx": "unchanged", "output/en/BCM-002.docx": "unchanged",
    }


def test_template_change_and_force_rebuild_everything(built_copy):
    from jdgen.project import PACKAGED_TEMPLATES

    assert set(statuses(built_copy, "--force").values()) == {"built"}
    shutil.copytree(PACKAGED_TEMPLATES / "default", built_copy.root / "templates/default")
    labels = built_copy.root / "templates/default/labels.yaml"
    labels.write_text(labels.read_text(encoding="utf-8").replace("职位说明书", "岗位说明书"), encoding="utf-8")
    assert set(statuses(built_copy).values()) == {"built"}


def test_a_deleted_output_is_rebuilt(built_copy):
    (built_copy.root / "output/en/BCM-001.docx").unlink()
    assert statuses(built_copy) == {"output/zh/BCM-001.docx": "unchanged", "output/en/BCM-001.docx": "built"}


def test_outputs_of_a_deleted_spec_are_removed(example):
    add_copies(example, 1)
    example.run("build")
    (example.root / "specs/bcm-002.yaml").unlink()
    result = example.run("build")
    assert "output/en/BCM-002.docx: removed: its spec specs/bcm-002.yaml no longer exists" in result.output
    assert not [path for path in (example.root / "output").rglob("BCM-002*")]
    assert re.search(r"built 0, unchanged 3, failed 0, removed 3 \(0 errors\)", result.output)
    assert "removed" not in example.run("build").output


def test_a_spec_that_now_fails_loses_its_outdated_outputs(built_copy):
    built_copy.edit_spec("  headcount: 1\n", "  headcount: -1\n")
    result = built_copy.run("build", status=1)
    assert ("output/zh/BCM-001.docx: removed: out of date, and its spec now fails to build") in result.output
    assert re.search(r"built 0, unchanged 0, failed 3, removed 3 \(1 error\)", result.output)
    assert not [path for path in (built_copy.root / "output").rglob("*.docx")]


def test_json_report(example):
    example.edit_spec("  headcount: 1\n", "  headcount: -1\n")
    result = example.run("build", "--json", status=1)
    report = json.loads(result.output)
    assert report["summary"]["failed"] == 3 and report["summary"]["errors"] == 1
    [diagnostic] = report["diagnostics"]
    assert diagnostic == {
        "path": "specs/bcm-001.yaml", "line": example.line_of("headcount"), "column": 14,
        "level": "error", "field": "basic.headcount", "message": "must be at least 1, got -1",
        "code": "spec-bad-value",
    }


def outputs_per_spec(built_example) -> int:
    """How many documents a default build writes for one spec (zh, en, bilingual)."""
    return len(list(built_example.glob("*/BCM-001.docx")))


def test_parallel_and_serial_builds_give_the_same_bytes(example, tmp_path, built_example):
    specs = 1 + len(add_copies(example, 5))
    example.run("build", "-j", "2", "-o", str(tmp_path / "parallel"))
    example.run("build", "-j", "1", "-o", str(tmp_path / "serial"))
    parallel = sorted((tmp_path / "parallel").rglob("*.docx"))
    assert len(parallel) == specs * outputs_per_spec(built_example)
    for path in parallel:
        assert path.read_bytes() == (tmp_path / "serial" / path.relative_to(tmp_path / "parallel")).read_bytes()


def _start(example: ExampleProject, *args: str, **options) -> subprocess.Popen:
    """Run ``jdgen ARGS`` in its own process group, which Ctrl-C (SIGINT) can
    stop even when pytest runs as a background job, whose children start with
    SIGINT ignored."""
    return subprocess.Popen(
        [sys.executable, "-m", "jdgen", *args], cwd=example.root, text=True, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **options,
    )


def _start_build(example: ExampleProject, *args: str) -> subprocess.Popen:
    return _start(example, "build", *args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for_outputs(example: ExampleProject, count: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while len(list((example.root / "output").glob("*/*.docx"))) < count:
        assert process.poll() is None, "the build ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.01)


def _all_documents_whole(example: ExampleProject) -> None:
    for path in (example.root / "output").rglob("*.docx"):
        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None, path


@pytest.mark.slow  # builds 60 specs in a subprocess
def test_a_killed_build_leaves_only_whole_files_and_the_next_build_finishes(example, built_example):
    specs = 1 + len(add_copies(example, 59))
    process = _start_build(example, "-j", "2")
    _wait_for_outputs(example, 6, process)
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
    _all_documents_whole(example)
    example.run("build")
    assert len(list((example.root / "output").glob("*/*.docx"))) == specs * outputs_per_spec(built_example)
    assert not list((example.root / "output").rglob("*.tmp"))
    _all_documents_whole(example)


@pytest.mark.slow  # builds several batches in a subprocess
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_cleanly_and_records_what_was_built(example, built_example, jobs):
    # Several batches, so that Ctrl-C lands while work remains: one batch of
    # a fast build can be done before the first of its documents shows.
    specs = 3 * BATCH_PER_JOB * int(jobs)
    add_copies(example, specs - 1)
    process = _start_build(example, "-j", jobs)
    _wait_for_outputs(example, 6, process)
    os.killpg(process.pid, signal.SIGINT)
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 130, errors
    assert "Traceback" not in errors
    assert re.search(r"^interrupted: built \d+, .*; build again to finish$", errors, re.MULTILINE)
    _all_documents_whole(example)
    output = example.root / "output"
    assert [path for path in output.rglob("*") if is_staging_file(path)] == []
    documents = sorted(path.relative_to(output).as_posix() for path in output.glob("*/*.docx"))
    manifest = json.loads((output / ".jdgen-manifest.json").read_text(encoding="utf-8"))
    assert documents == sorted(manifest["outputs"])  # every document in place is recorded, and kept
    report = json.loads(example.run("build", "--json").output)
    assert report["summary"]["unchanged"] == len(documents)
    assert report["summary"]["built"] + report["summary"]["unchanged"] == specs * outputs_per_spec(built_example)
    shutil.rmtree(example.root / "output")  # copies of the example: the session's LibreOffice sweep has it


@pytest.mark.parametrize("flag", ["-q", "--quiet"])
def test_quiet_prints_only_problems(example, flag):
    assert example.run("build", flag).output == ""
    example.edit_spec("  headcount: 1\n", "  headcount: -1\n")
    assert example.run("build", flag, status=1).output.count("\n") == 1


def test_a_check_with_nothing_changed_does_not_import_the_docx_machinery(example):
    """A check renders the template (the samples, each spec) once per change;
    a check with nothing changed takes it all from its cache, and needs
    neither the spec model (pydantic), YAML, Jinja nor Babel."""
    code = "import sys; from jdgen.cli import main; sys.argv=['jdgen','check']\n" \
           "try:\n    main()\nexcept SystemExit:\n    pass\n" \
           "print(sorted(m for m in sys.modules if m.split('.')[0] in " \
           "('docx', 'docxtpl', 'lxml', 'pydantic', 'yaml', 'jinja2', 'babel')))"
    first, second = (subprocess.run([sys.executable, "-c", code], cwd=example.root, capture_output=True, text=True)
                     for _ in range(2))
    assert "lxml.etree" in first.stdout.strip().splitlines()[-1], first.stderr  # it rendered (docxtpl's patching
    # may come from the user's cache: jdgen.render.template)
    assert second.stdout.strip().splitlines()[-1] == "[]", second.stderr


@contextlib.contextmanager
def _watching(example: ExampleProject):
    """``jdgen watch --lang zh`` running in the project: yields a function
    waiting for a line holding a text (returning that line); on leaving,
    stops the watch with Ctrl-C, which it must end on with exit 130, as a
    shell expects of a command so stopped."""
    import queue
    import threading

    watcher = _start(example, "watch", "--lang", "zh", stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in watcher.stdout], daemon=True).start()

    def wait_for(text: str) -> str:
        seen = []
        while not any(text in line for line in seen):
            seen.append(lines.get(timeout=60))
        assert watcher.poll() is None
        return seen[-1]

    try:
        wait_for("watching for changes")
        yield wait_for
    finally:
        os.killpg(watcher.pid, signal.SIGINT)
        try:
            watcher.wait(timeout=30)
        finally:
            if watcher.poll() is None:
                os.killpg(watcher.pid, signal.SIGKILL)
            watcher.stdout.close()
    assert watcher.returncode == 130


@pytest.mark.slow  # a watching subprocess
def test_watch_rebuilds_on_save_and_survives_a_bad_spec(example):
    process = _start_build(example)  # a build first, so the watch starts from a built folder
    process.communicate(timeout=60)
    with _watching(example) as wait_for:
        example.edit_spec("  headcount: 1\n", "  headcount: -1\n")
        wait_for("basic.headcount: must be at least 1, got -1")
        example.edit_spec("  headcount: -1\n", "  headcount: 2\n")
        wait_for("built 1, unchanged 0, failed 0")
        assert "2人" in "\n".join(paragraph_texts(open_document(example.root / "output/zh/BCM-001.docx")))


@pytest.mark.slow  # a watching subprocess
def test_watch_reads_the_settings_and_the_fields_file_again_when_they_are_saved(example):
    with _watching(example) as wait_for:
        (example.root / "jdgen.toml").write_text("tempalte = 'default'\n", encoding="utf-8")
        assert wait_for("jdgen.toml:1:").startswith("jdgen.toml:1:1: error: unknown setting 'tempalte'")
        wait_for("watching for its next save")
        (example.root / "jdgen.toml").write_text("languages = ['zh']\n", encoding="utf-8")
        wait_for("unchanged 1")
        (example.root / "fields.yaml").write_text("Shift:\n  label: {zh: 班次}\n", encoding="utf-8")
        assert wait_for("fields.yaml:1:1").startswith("fields.yaml:1:1: error: 'Shift' is not a field name")
        (example.root / "fields.yaml").unlink()
        wait_for("failed 0")


def test_catalog_change_rebuilds_the_bilingual_document_too(built_copy):
    _set_translation(built_copy, "健康,能适应加班", "In good health; can work overtime")
    report = json.loads(built_copy.run("build", "--json").output)
    assert {output["path"]: output["status"] for output in report["outputs"]} == {
        "output/zh/BCM-001.docx": "unchanged", "output/en/BCM-001.docx": "built",
        "output/bilingual/BCM-001.docx": "built",
    }


def test_an_internal_error_shows_its_traceback_only_with_verbose(example, monkeypatch):
    def bug(self, task):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("jdgen.building.produce.Producer.run", bug)
    quiet = example.run("build", "--lang", "zh", status=1)
    assert "Traceback" not in quiet.output
    assert "specs/bcm-001.yaml: error: internal error while building: ZeroDivisionError: a bug" in quiet.output
    assert "run the build again with -v" in quiet.output and "[internal-error]" in quiet.output
    verbose = example.run("build", "--lang", "zh", "-v", status=1)
    assert "Traceback (most recent call last)" in verbose.output and "in bug" in verbose.output
