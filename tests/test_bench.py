"""bench/run.py keeps working against the current API (it runs each size in a child process)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_and_agrees():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "300"], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "| 300 " in done.stdout and "OK: engine == reference at every size" in done.stdout
