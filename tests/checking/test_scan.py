"""The scan of a set: a check reads no spec whose file's stamp is the one
recorded with its digest, and any write to the file, even one of the same
size that puts its modification time back, has it read again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from jdgen.checking import scan
from jdgen.checking.cache import CACHE_FOLDER


def reads_of(monkeypatch, name: str) -> list[Path]:
    """The reads of files called ``name`` from now on."""
    reads: list[Path] = []
    original = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == name:
            reads.append(path)
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return reads


def test_a_spec_whose_stamp_stands_is_not_read_and_any_write_has_it_read(example, monkeypatch):
    monkeypatch.setattr(scan, "SETTLED_NS", -1)  # every file settled: no need to wait for the clock
    first = example.run("check").output
    reads = reads_of(monkeypatch, example.spec.name)
    assert example.run("check").output == first
    assert reads == []
    before = os.stat(example.spec)
    example.edit_spec("headcount: 1", "headcount: x")  # the same size
    os.utime(example.spec, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    assert os.stat(example.spec).st_size == before.st_size
    edited = example.run("check", status=1).output
    assert reads and "headcount" in edited
    shutil.rmtree(example.root / CACHE_FOLDER)
    assert example.run("check", status=1).output == edited  # as a check without cache


def test_a_file_changed_just_now_is_read_each_time(example, monkeypatch):
    monkeypatch.setattr(scan, "SETTLED_NS", 10**18)  # nothing settled: the clock's tick could hide a change
    example.run("check")
    example.run("check")
    reads = reads_of(monkeypatch, example.spec.name)
    example.run("check")
    assert reads
    assert '"stamp"' not in (example.root / CACHE_FOLDER / "check.json").read_text(encoding="utf-8")


def test_the_positions_a_set_names_are_held_once(tmp_path):
    """A check holds every spec's scan to the end of its set: the positions
    specs name are the same few over and over (their superiors' titles),
    held once for the set (some 0.5 KiB a spec when each held its own
    lists); each spec's read as it named them."""
    import json
    import tracemalloc

    named = [["words", "支行行长支行行长", "zh"], ["words", "客户专员", "zh"], ["words", "行长行长", "zh"],
             ["words", "其他部", "zh"]]
    scanner = scan.SetScanner(tmp_path, "zh", lambda shown: None, lambda shown, record: None)
    read = [json.loads(json.dumps(named)) for _ in range(5000)]  # each spec's own lists, as a record is read
    tracemalloc.start()
    try:
        held = [scanner.interned(names) for names in read[:2500]]  # Python's free tuples full after the first
        before = tracemalloc.get_traced_memory()[0]
        held += [scanner.interned(names) for names in read[2500:]]
        per_spec = (tracemalloc.get_traced_memory()[0] - before) / 2500
    finally:
        tracemalloc.stop()
    assert per_spec < 128
    assert [[list(name) for name in names] for names in held[::1000]] == [named] * 5


def test_a_settled_stamp_is_held_in_little_memory(tmp_path, monkeypatch):
    """A check holds the stamp of every spec it read until the spec's
    verdict settles: in its ``marshal`` bytes, not a list of four numbers
    (some 0.15 KiB a spec less)."""
    import sys

    monkeypatch.setattr(scan, "SETTLED_NS", -1)  # every file settled
    files = [tmp_path / f"syn-{index:05d}.yaml" for index in range(200)]
    for path in files:
        path.write_text("id: X\n", encoding="utf-8")
    scanner = scan.SetScanner(tmp_path, "zh", lambda shown: None, lambda shown, record: None, stamps=True)
    scanner.unread((path, path.name) for path in files)
    assert sum(map(sys.getsizeof, scanner.settled_stamps.values())) / len(files) < 100
    now = scan.stamp(files[7])
    assert scanner.settled_stamp(files[7].name) == now and sys.getsizeof(now) + sum(map(sys.getsizeof, now)) > 200


def test_a_deferred_scan_is_recorded_when_taken(tmp_path, monkeypatch):
    """A check takes each spec's record with its verdict: nothing of a
    scan is recorded before (no record of the scan alone is held), what the
    check does not take is recorded at the end, as a scan records it."""
    monkeypatch.setattr(scan, "SETTLED_NS", -1)
    (tmp_path / "a.yaml").write_text("id: A\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("id: B\n", encoding="utf-8")
    recorded: dict[str, dict] = {}
    scanner = scan.SetScanner(tmp_path, "zh", recorded.get, recorded.__setitem__, stamps=True, deferred=True)
    for unread in scanner.unread((tmp_path / name, name) for name in ("a.yaml", "b.yaml")):
        scanner.scanned(unread.shown, scan.Scan(unread.digest, {}, None, (("words", "行长", "zh"),)))
    assert recorded == {}
    taken = scanner.record_of("a.yaml")
    assert taken["digest"] == scanner.digests["a.yaml"] and taken["stamp"] == scan.stamp(tmp_path / "a.yaml")
    scanner.flush()
    assert list(recorded) == ["b.yaml"] and recorded["b.yaml"]["names"] == (("words", "行长", "zh"),)
    assert scanner.record_of("b.yaml") == recorded["b.yaml"]  # nothing new left to take
