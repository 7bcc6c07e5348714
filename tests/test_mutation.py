"""CI entry of the mutation check (tests/mutation.py): every shipped rule mutated, its scenarios run.

Issue 17: at least 95 % of the non-equivalent mutants killed by behavioural scenarios; the script's output
lists every survivor and every equivalent mutant with its reason. A scenario that stops testing its rule, or
a new rule without edge scenarios, brings the score down and fails this test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = 95.0


def test_mutants_of_the_shipped_rules_are_killed_by_their_scenarios():
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "mutation.py"), "--min", str(FLOOR), "--jobs", "2"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
