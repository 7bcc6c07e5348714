"""Benchmark of the whole check on generated structures, verified against the plain-Python oracle.

    /tmp/venv/bin/python bench/run.py                       # 2 000, 20 000 and 150 000 units
    /tmp/venv/bin/python bench/run.py --sizes 2000,5000 --seed 3
    /tmp/venv/bin/python bench/run.py --national 34         # the 34-province structure, cut to each size

Each size is generated in this process and written to a temporary JSON file; the check itself runs
in a fresh child process (so that peak memory is per size and not inherited from a previous one).
Columns (seconds unless said otherwise; see bench/README.md):

  units      units in the structure            facts     derived facts (derive_facts)
  findings   findings reported                 load      compliance.model.load_org of the JSON file
  graph      OrgGraph + derive_facts           engine    RuleEngine(rules) + evaluate + close
  report     Match → Finding, sort, render(result, 'table')
  total      load + graph + engine + report
  peak RSS Δ resource.getrusage(RUSAGE_SELF).ru_maxrss at the end of `report` minus the RSS of the
             child just before `load` (MB): the memory the check adds at its peak
  plain      bench.reference.reference_counter on the same Org and the same rules (its own
             derivation + evaluation, pure dict loops)
  engine/plain  engine ÷ plain
  (graph+engine)/plain  the production derivation + evaluation ÷ plain (both do the same work)
  check      OK when the engine's findings equal the reference's (multiset of code, subject,
             value, limit and related units), MISMATCH otherwise
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEADERS = ["units", "facts", "findings", "load", "graph", "engine", "report", "total", "peak RSS Δ (MB)",
           "plain", "engine/plain", "(graph+engine)/plain", "check"]


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(path: str) -> dict:
    """One measured check of one file (runs in its own process)."""
    from bench.reference import engine_counter, reference_counter
    from compliance.catalogue import load_catalogue
    from compliance.check import CheckResult, regime_for, to_finding
    from compliance.cli import tune_gc
    from compliance.engine import RuleEngine
    from compliance.facts import derive_facts
    from compliance.graph import OrgGraph
    from compliance.model import load_org
    from compliance.report import render

    catalogue = load_catalogue()
    gc.collect()
    tune_gc()  # as `orgcheck` does
    base = _rss_mb()
    t0 = time.perf_counter()
    org = load_org(path, "gen.json")
    t1 = time.perf_counter()
    day = org.jurisdiction.as_of
    regime = regime_for(catalogue, day, org.source.file)
    rules = catalogue.in_force(day)
    graph = OrgGraph(org)
    facts = derive_facts(graph)
    t2 = time.perf_counter()
    engine = RuleEngine(rules)
    try:
        matches = engine.evaluate(facts)
    finally:
        engine.close()
    t3 = time.perf_counter()
    findings = sorted((to_finding(m.variant, m.fact, graph, day) for m in matches), key=lambda f: f.sort_key)
    result = CheckResult(org, day, regime, rules, findings)
    text = render(result, "table")
    t4 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - base
    n_facts = len(facts)
    del text, graph, facts, matches
    gc.collect()
    t5 = time.perf_counter()
    expected = reference_counter(org, rules)
    t6 = time.perf_counter()
    return {"units": len(org.units), "facts": n_facts,
            "findings": len(findings), "load": t1 - t0, "graph": t2 - t1, "engine": t3 - t2, "report": t4 - t3,
            "peak": peak, "plain": t6 - t5, "ok": engine_counter(result) == expected}


def run_size(n: int, seed: int, timeout: float, national: str | None = None) -> dict:
    from bench.generate import generate, generate_national

    t = time.perf_counter()
    data = generate_national(national, seed, n_units=n) if national else generate(n, seed)
    gen = time.perf_counter() - t
    with tempfile.TemporaryDirectory(prefix="orgcheck-bench-") as tmp:
        path = Path(tmp) / f"gen-{n}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        size = path.stat().st_size
        del data
        proc = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                              timeout=timeout)
    if proc.returncode != 0:
        raise SystemExit(f"size {n}: the check failed\n{proc.stderr}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out.update(generate=gen, bytes=size)
    return out


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}×" if b else "—"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="2000,20000,150000", help="comma-separated unit counts")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--timeout", type=float, default=3600, help="seconds per size")
    p.add_argument("--national", choices=["34", "63"], help="national layout, cut to each size (bench/README.md)")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    from tabulate import tabulate

    rows, all_ok = [], True
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        r = run_size(n, args.seed, args.timeout, args.national)
        total = r["load"] + r["graph"] + r["engine"] + r["report"]
        all_ok &= r["ok"]
        rows.append([r["units"], r["facts"], r["findings"], f"{r['load']:.2f}", f"{r['graph']:.2f}",
                     f"{r['engine']:.2f}", f"{r['report']:.2f}", f"{total:.2f}", f"{r['peak']:.0f}",
                     f"{r['plain']:.2f}", _ratio(r["engine"], r["plain"]), _ratio(r["graph"] + r["engine"], r["plain"]),
                     "OK" if r["ok"] else "MISMATCH"])
        print(f"  {n} units: generated in {r['generate']:.2f} s, {r['bytes'] / 2**20:.1f} MB JSON", file=sys.stderr)
    print(tabulate(rows, HEADERS, tablefmt="github", disable_numparse=True))
    print("OK: engine == reference at every size" if all_ok else "MISMATCH: engine != reference")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
