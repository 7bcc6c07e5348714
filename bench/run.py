"""Benchmark of the whole check on generated structures, verified against the plain-Python oracle.

    python bench/run.py                       # 2 000, 20 000, 148 201 units of the 34-province structure
    python bench/run.py --sizes 2000,5000 --seed 3
    python bench/run.py --national 63         # the 63 provinces with districts (before 2025)
    python bench/run.py --national none       # one province grown to each size (the first figures)
    python bench/run.py --readers             # reading the structure from .json, .yaml and .xlsx only

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
  plain⊂     reference_counter on the rules pySHACL checks (bench.shacl.shacl_rules: minimum staff,
             deputy limits), deriving only the facts those rules read
  rdf        bench.shacl.org_graph: the Org as an rdflib graph
  shacl      pyshacl.validate of that graph against the shapes generated from the same rules, in a
             child process given --shacl-limit seconds ("> N s" when it does not finish)
  (rdf+shacl)/plain⊂  the SHACL path ÷ plain Python doing the same checks
  shacl check  OK when pySHACL's violations equal the engine's findings for the same rule codes
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEADERS = ["units", "facts", "findings", "load", "graph", "engine", "report", "total", "peak RSS Δ (MB)",
           "plain", "engine/plain", "(graph+engine)/plain", "check",
           "plain⊂", "rdf", "shacl", "(rdf+shacl)/plain⊂", "shacl check"]


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(path: str) -> dict:
    """One measured check of one file (runs in its own process)."""
    from bench.reference import engine_counter, reference_counter
    from bench.shacl import shacl_rules
    from compliance.catalogue import load_catalogue
    from compliance.check import CheckResult, regime_for, to_finding
    from compliance.cli import tune_gc
    from compliance.engine import RuleEngine
    from compliance.facts import derive_facts
    from compliance.graph import OrgGraph
    from compliance.model import load_org
    from compliance.render import render

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
    subset = shacl_rules(rules)
    codes = {r.spec.code for r in subset}
    t7 = time.perf_counter()
    reference_counter(org, subset)
    t8 = time.perf_counter()
    found = engine_counter(result)
    return {"units": len(org.units), "facts": n_facts,
            "findings": len(findings), "load": t1 - t0, "graph": t2 - t1, "engine": t3 - t2, "report": t4 - t3,
            "peak": peak, "plain": t6 - t5, "ok": found == expected, "plain_subset": t8 - t7,
            "subset_codes": sorted(codes), "subset_found": _keys(Counter({k: n for k, n in found.items()
                                                                             if k[0] in codes}))}


def _keys(counter: Counter) -> list:
    return sorted(([*k[:5], list(k[5])] for k, n in counter.items() for _ in range(n)), key=repr)


def _counter(keys: list) -> Counter:
    return Counter(tuple(k[:5]) + (tuple(k[5]),) for k in keys)


def shacl_child(path: str, out: str, mode: str) -> None:
    """pySHACL on one file: loads it, says "ready" (the time limit starts then), writes times and
    violations to `out`."""
    from bench.shacl import org_graph, report_counter, shacl_rules, shapes_graph, validate
    from compliance.catalogue import load_catalogue
    from compliance.model import load_org

    org = load_org(path, "gen.json")
    rules = shacl_rules(load_catalogue().in_force(org.jurisdiction.as_of))
    print("ready", flush=True)
    t0 = time.perf_counter()
    data = org_graph(org)
    t1 = time.perf_counter()
    report = validate(data, shapes_graph(rules, mode))
    t2 = time.perf_counter()
    Path(out).write_text(json.dumps({"rdf": t1 - t0, "shacl": t2 - t1, "found": _keys(report_counter(report))}))


def shacl_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("pyshacl", "rdflib"))


def run_shacl(path: Path, limit: float, mode: str, timeout: float) -> dict:
    """The SHACL child for one file: {"rdf", "shacl", "found"}, or {"over": limit} past the limit."""
    out = path.with_suffix(".shacl.json")
    with open(path.with_suffix(".shacl.err"), "w+") as err:
        proc = subprocess.Popen([sys.executable, __file__, "--shacl-child", str(path), "--shacl-out", str(out),
                                 "--shacl-mode", mode], stdout=subprocess.PIPE, stderr=err, text=True)
        try:
            ready = proc.stdout.readline().strip() == "ready"   # loading the file is not timed
            proc.wait(timeout=limit if ready else timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            return {"over": limit}
        finally:
            proc.stdout.close()
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"pySHACL on {path.name} failed\n{err.read()}")
    return json.loads(out.read_text())


def run_size(n: int, seed: int, timeout: float, shacl: dict | None, national: str | None = None) -> dict:
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
        if shacl is not None:
            out["shacl"] = run_shacl(path, shacl["limit"], shacl["mode"], timeout)
    return out


FORMATS = (".json", ".yaml", ".xlsx")


def readers_child(path: str) -> dict:
    """read_document and load_org of one file (runs in its own process, like `child`). CPU time of
    the process: the ratios between formats hold on a machine shared with other work."""
    from compliance.cli import tune_gc
    from compliance.model import build_org
    from compliance.source import read_document

    gc.collect()
    tune_gc()
    t0 = time.process_time()
    data, source = read_document(path)
    t1 = time.process_time()
    org = build_org(data, source, normalized=True)
    t2 = time.process_time()
    return {"units": len(org.units), "read": t1 - t0, "load": t2 - t0}


def run_readers(n: int, seed: int, timeout: float, national: str | None) -> dict:
    """The same generated structure written as .json, .yaml and .xlsx (compliance.convert), each read
    in a fresh child process."""
    from bench.generate import generate, generate_national
    from compliance.convert import document_bytes

    data = generate_national(national, seed, n_units=n) if national else generate(n, seed)
    out = {}
    with tempfile.TemporaryDirectory(prefix="orgcheck-bench-") as tmp:
        for suffix in FORMATS:
            path = Path(tmp) / f"gen-{n}{suffix}"
            path.write_bytes(document_bytes(data, str(path)))
            proc = subprocess.run([sys.executable, __file__, "--readers-child", str(path)], capture_output=True, check=False,
                                  text=True, timeout=timeout)
            if proc.returncode != 0:
                raise SystemExit(f"size {n}, {suffix}: reading failed\n{proc.stderr}")
            out[suffix] = {**json.loads(proc.stdout.strip().splitlines()[-1]), "bytes": path.stat().st_size}
    return out


def print_readers(sizes: list[int], seed: int, timeout: float, national: str | None) -> None:
    """`--readers`: reading the structure from each format (goal for .xlsx: within 3× of .json)."""
    from tabulate import tabulate

    rows = []
    for n in sizes:
        r = run_readers(n, seed, timeout, national)
        row = [r[".json"]["units"]]
        for suffix in FORMATS:
            row += [f"{r[suffix]['bytes'] / 2**20:.1f}", f"{r[suffix]['read']:.2f}", f"{r[suffix]['load']:.2f}"]
        row += [_ratio(r[".xlsx"]["read"], r[".json"]["read"]), _ratio(r[".xlsx"]["load"], r[".json"]["load"])]
        rows.append(row)
    headers = ["units"] + [f"{s} {h}" for s in FORMATS for h in ("MB", "read", "load")] + [
        "xlsx/json read", "xlsx/json load"]
    print(tabulate(rows, headers, tablefmt="github", disable_numparse=True))


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}×" if b else "—"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="2000,20000,150000", help="comma-separated unit counts")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--timeout", type=float, default=3600, help="seconds per size")
    p.add_argument("--national", choices=["34", "63", "none"], default="34",
                   help="national layout cut to each size (default 34 provinces, after 2025); none: one "
                        "province grown to the size, as before the national generator (bench/README.md)")
    p.add_argument("--shacl-limit", type=float, default=120,
                   help="seconds pySHACL gets per size (after loading the file); 0: do not run pySHACL")
    p.add_argument("--shacl-mode", choices=("graph", "focus"), default="graph",
                   help="graph: one whole-graph SELECT per rule row (default); focus: idiomatic "
                        "sh:targetClass + $this, one query per unit and row (slow)")
    p.add_argument("--readers", action="store_true", help="measure only reading the structure from .json, "
                   ".yaml and .xlsx: read_document (read) and load_org (load = read + validation), CPU seconds")
    p.add_argument("--readers-child", help=argparse.SUPPRESS)
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--shacl-child", help=argparse.SUPPRESS)
    p.add_argument("--shacl-out", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    if args.readers_child:
        print(json.dumps(readers_child(args.readers_child)))
        return 0
    if args.readers:
        print_readers([int(s) for s in args.sizes.split(",") if s.strip()], args.seed, args.timeout,
                      None if args.national == "none" else args.national)
        return 0
    if args.shacl_child:
        shacl_child(args.shacl_child, args.shacl_out, args.shacl_mode)
        return 0
    from tabulate import tabulate

    installed = shacl_available()
    shacl = {"limit": args.shacl_limit, "mode": args.shacl_mode} if installed and args.shacl_limit > 0 else None
    rows, all_ok, shacl_ok, codes = [], True, True, []
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        r = run_size(n, args.seed, args.timeout, shacl, None if args.national == "none" else args.national)
        total = r["load"] + r["graph"] + r["engine"] + r["report"]
        all_ok &= r["ok"]
        codes = r["subset_codes"]
        row = [r["units"], r["facts"], r["findings"], f"{r['load']:.2f}", f"{r['graph']:.2f}",
               f"{r['engine']:.2f}", f"{r['report']:.2f}", f"{total:.2f}", f"{r['peak']:.0f}",
               f"{r['plain']:.2f}", _ratio(r["engine"], r["plain"]), _ratio(r["graph"] + r["engine"], r["plain"]),
               "OK" if r["ok"] else "MISMATCH", f"{r['plain_subset']:.2f}"]
        s = r.get("shacl")
        if s is None:
            row += ["not installed" if not installed else "not run"] * 2 + ["—", "—"]  # rdf, shacl | ratio, check
        elif "over" in s:
            row += ["—", f"> {s['over']:g} s", "—", "—"]
        else:
            same = _counter(s["found"]) == _counter(r["subset_found"])
            shacl_ok &= same
            row += [f"{s['rdf']:.2f}", f"{s['shacl']:.2f}", _ratio(s["rdf"] + s["shacl"], r["plain_subset"]),
                    f"OK ({len(s['found'])})" if same else "MISMATCH"]
        rows.append(row)
        print(f"  {n} units: generated in {r['generate']:.2f} s, {r['bytes'] / 2**20:.1f} MB JSON", file=sys.stderr)
    print(tabulate(rows, HEADERS, tablefmt="github", disable_numparse=True))
    print("OK: engine == reference at every size" if all_ok else "MISMATCH: engine != reference")
    if shacl is not None:
        print(f"pySHACL ({args.shacl_mode} shapes) checked {len(codes)} rules: {', '.join(codes)}")
        print("OK: pySHACL == engine on those rules wherever it finished" if shacl_ok
              else "MISMATCH: pySHACL != engine on those rules")
    return 0 if all_ok and shacl_ok else 1


if __name__ == "__main__":
    sys.exit(main())
