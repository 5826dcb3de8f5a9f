"""The benchmark runs (its timings are not asserted: machines are noisy)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO


@pytest.mark.slow  # the benchmark builds 20 documents several times
def test_benchmark_runs_at_small_size():
    result = subprocess.run(
        [sys.executable, str(REPO / "bench/run.py"), "--sizes", "10", "--sample", "4", "--jobs", "2",
         "--import-documents", "10"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "N=10: 20 documents" in lines
    targets = [line for line in lines if line.strip().startswith(("throughput vs docxtpl", "build per core",
                                                                   "no-op rebuild vs", "check start-up vs",
                                                                   "redlines vs building"))]
    assert len(targets) == 5
    assert "Shared content, N=10: 10 shared files, links by id" in lines
    assert any(line.startswith("  one shared file changed: rebuilt exactly its 1 specs") for line in lines)
    assert any(line.strip().startswith("import vs build of the same specs") for line in lines)
    assert any(line.startswith("  site ") and "search index" in line for line in lines)
    assert any(line.strip().startswith("site vs full build") for line in lines)
    assert any(line.strip().startswith("site, one spec changed, vs full site") for line in lines)
    assert any(line.startswith("  handbook (zh) ") for line in lines)
    assert any(line.strip().startswith("handbook of one language vs full build of two") for line in lines)
    checks = ("cold check vs full build", "cold status --check vs full build", "warm check (s)",
              "warm status --check (s)", "warm status vs cold status", "one spec changed: status (s)",
              "warm check vs cold check", "one spec changed: check (s)", "check peak (MiB)",
              "check start-up, cache warm")
    assert [name for name in checks if not any(line.strip().startswith(name) for line in lines)] == []
    assert any(line.startswith("  check, warm ") for line in lines)
    assert any(line.startswith("  status, warm ") for line in lines)
