"""bench/run.py keeps working against the current API (it runs each size in a child process), and its
pySHACL peer checks what the engine checks."""

import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_and_agrees():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "300"], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "| 300 " in done.stdout and "OK: engine == reference at every size" in done.stdout
    if importlib.util.find_spec("pyshacl") is not None:
        assert "OK: pySHACL == engine on those rules" in done.stdout


def test_benchmark_without_pyshacl_says_not_installed(monkeypatch, capsys):
    from bench import run

    monkeypatch.setattr(run, "shacl_available", lambda: False)
    assert run.main(["--sizes", "300"]) == 0
    out = capsys.readouterr().out
    assert "not installed" in out and "pySHACL" not in out
    header, rule, row = out.splitlines()[:3]
    assert header.count("|") == rule.count("|") == row.count("|")  # one cell per column
    assert header.startswith("| units")


def _two_provinces(as_of: str, cls: str) -> dict:
    """Two generated provinces in one file, the second with its own class (a national file)."""
    from bench.generate import generate

    first, second = generate(300, 3, as_of=as_of, cls="loai_1"), generate(300, 4, as_of=as_of)
    units = [dict(u, id=f"B.{u['id']}", **({"parent": f"B.{u['parent']}"} if u.get("parent") else {}))
             for u in second["units"]]
    units[0]["class"] = cls
    return dict(first, units=first["units"] + units)


@pytest.mark.parametrize("as_of, cls", [("2023-09-08", "loai_1"), ("2026-02-01", "dac_biet"),
                                        ("2023-09-08", "per province")])  # classes matter in 2023
def test_shacl_shapes_find_what_the_engine_finds(as_of, cls):
    """pySHACL, with shapes generated from the rules in force, reports exactly the engine's findings of
    those rules (minimum staff, deputy bands) on a generated structure."""
    pytest.importorskip("pyshacl")
    from bench.generate import generate
    from bench.reference import engine_counter
    from bench.shacl import shacl_counter, shacl_rules
    from compliance.check import check
    from compliance.model import build_org
    from compliance.source import SourceMap

    data = _two_provinces(as_of, "dac_biet") if cls == "per province" else generate(300, 3, as_of=as_of, cls=cls)
    org = build_org(data, SourceMap("gen.json"))
    result = check(org)
    rules = shacl_rules(result.rules)
    assert {r.spec.family for r in rules} == {"tieu_chi", "cap_pho"}
    codes = {r.spec.code for r in rules}
    expected = Counter({k: n for k, n in engine_counter(result).items() if k[0] in codes})
    families = {r.spec.family for r in rules if r.spec.code in {k[0] for k in expected}}
    assert families == {"tieu_chi", "cap_pho"}, "the structure must exercise both kinds of shape"
    assert shacl_counter(org, result.rules) == expected


def test_readers_measures_the_three_formats(capsys):
    """bench/run.py --readers reads one generated structure from .json, .yaml and .xlsx (xlsx-in)."""
    from bench import run

    assert run.main(["--readers", "--sizes", "300"]) == 0
    header, _, row = capsys.readouterr().out.splitlines()[:3]
    assert ".xlsx read" in header and "xlsx/json load" in header
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert int(cells[0]) >= 300 and all(c.endswith("×") for c in cells[-2:])
