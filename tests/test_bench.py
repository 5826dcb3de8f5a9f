"""The benchmark runs (its timings are not asserted: machines are noisy)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_benchmark_runs_at_small_size():
    result = subprocess.run(
        [sys.executable, str(REPO / "bench/run.py"), "--sizes", "10", "--sample", "4", "--jobs", "2"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "N=10: 20 documents" in lines
    targets = [line for line in lines if line.strip().startswith(("throughput vs docxtpl", "build per core",
                                                                   "no-op rebuild vs", "check start-up vs",
                                                                   "redlines vs building"))]
    assert len(targets) == 5
