"""Two specs claiming one id: the first in path order keeps it, in `jdgen
check`, in a build from scratch and in an incremental build, whichever
spec held the id before."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ExampleProject, copy_example


@pytest.fixture
def every_spec(tmp_path) -> ExampleProject:
    return ExampleProject(copy_example(tmp_path / "project", every_spec=True))


def refused(output: str) -> list[str]:
    return sorted(line.split(": error: ")[0] for line in output.splitlines() if line.endswith("[spec-id]"))


@pytest.mark.parametrize("name, keeps", [("a-copy.yaml", "specs/a-copy.yaml"), ("z-copy.yaml", "specs/bcm-001.yaml")])
def test_an_id_goes_by_path_order_whatever_held_it_before(every_spec, tmp_path, name, keeps):
    root = every_spec.root
    every_spec.run("build", "--lang", "zh")  # bcm-001.yaml holds BCM-001
    text = (root / "specs/tlr-010.yaml").read_text(encoding="utf-8")
    (root / "specs" / name).write_text(text.replace("id: TLR-010", "id: bcm-001"), encoding="utf-8")
    incremental = every_spec.run("build", "--lang", "zh", status=1)
    clean = every_spec.run("build", "--lang", "zh", "-o", str(tmp_path / "clean"), status=1)
    check = every_spec.run("check", "--lang", "zh", status=1)
    loser = ({"specs/a-copy.yaml", "specs/bcm-001.yaml"} - {keeps} if name == "a-copy.yaml"
             else {f"specs/{name}"}).pop()
    for result in (incremental, clean, check):
        assert result.exit_code == 1
        [line] = refused(result.output)
        id_line = next(number for number, text in enumerate(
            (root / loser).read_text(encoding="utf-8").splitlines(), start=1) if text.startswith("id:"))
        assert line == f"{loser}:{id_line}:5" and f"already used by {keeps}" in result.output
    for folder in (root / "output", tmp_path / "clean"):
        documents = sorted(path.name for path in (folder / "zh").iterdir())
        assert documents == (["BCM-001.docx", "TLR-010.docx"] if name == "z-copy.yaml" else ["TLR-010.docx", "bcm-001.docx"])
    kept = (root / "output/zh" / ("BCM-001.docx" if name == "z-copy.yaml" else "bcm-001.docx")).read_bytes()
    assert kept == (tmp_path / "clean/zh" / ("BCM-001.docx" if name == "z-copy.yaml" else "bcm-001.docx")).read_bytes()
    report = json.loads(every_spec.run("build", "--lang", "zh", "--json", status=1).output)
    assert report["summary"]["built"] == 0  # and it stays so


def test_path_order_goes_folder_by_folder_and_keeps_nothing():
    """Paths are ordered part by part (a folder before a name that only
    begins like it), ``./`` and doubled slashes as none; ordering a set's
    specs keeps no key (some 250 bytes a spec when each path's parts were
    remembered to the end of a run)."""
    import tracemalloc

    from jdgen.jobspec.ids import in_path_order

    assert in_path_order(["specs/a-b.yaml", "specs/a/z.yaml", "./specs//a.yaml", "specs/a.yaml"], str) == \
        ["specs/a/z.yaml", "specs/a-b.yaml", "./specs//a.yaml", "specs/a.yaml"]
    names = [f"specs/syn-{index:05d}.yaml" for index in range(2000, 0, -1)]
    tracemalloc.start()
    try:
        ordered = in_path_order(names, str)
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert ordered == sorted(names)
    assert kept / len(names) < 16  # the ordered list's slot
