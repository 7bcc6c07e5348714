"""Mutation check of the shipped rules: does a test of behaviour notice when a rule is changed?

Every rule of the catalogue (rules/*.yaml and features/quy_tac/*.feature alike: both compile to the
same Rule) is mutated in a copy — each number of its scope and bands ±1 (range bounds, `dưới 9`…), each
limit constant ±1 and each coefficient ±0.1 (50 % → 40 %, 60 %), the comparison flipped (> ↔ >=, < ↔ <=,
== ↔ !=), the in-force dates ±1 day, a transition period ±1 year, and one value dropped from each list of
kinds, classes or sectors. For each mutant the scenarios of features/**/*.feature that name the rule's code
run in-process through the project's own step library (compliance/gherkin_steps.py) with a catalogue in
which only that rule is replaced. A mutant is killed when one of them fails. Only these behavioural
scenarios count: change detectors (generated-docs staleness, frozen copies of specs) are not run.

    python tests/mutation.py [CODE …] [--min 95] [--jobs 2]

prints the score, every survivor and every mutant listed in EQUIVALENT with the reason it cannot be
killed; exits 1 below --min percent of killed non-equivalent mutants. tests/test_mutation.py runs it in CI.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pytest_bdd.parser import FeatureParser  # noqa: E402
from pytest_bdd.steps import step_function_context_registry  # noqa: E402

from compliance import gherkin_steps as steps  # noqa: E402
from compliance.catalogue import Catalogue, Cond, Expr, InForce, Rule, Transition, load_catalogue  # noqa: E402
from compliance.model import KINDS, Kind  # noqa: E402

FEATURES = ROOT / "features"
FLIP = {">": ">=", ">=": ">", "<": "<=", "<=": "<", "==": "!=", "!=": "=="}
SYMBOL = {"lt": "<", "le": "≤", "gt": ">", "ge": "≥", "eq": "=", "ne": "≠"}

# Mutants no scenario can kill, by the name `mutants()` gives them, with the reason.
EQUIVALENT: dict[str, str] = {
    "NQ332.PHO.XA: phạm vi: n_to_chuc ≥ 1 → 0": "a commune with no body has no deputies: 0 is never over 2 × 0",
    "ND300.PHO_CHU_TICH.CHUA_KHAI_BAO: phạm vi: cap_pho ≥ 0 → -1":
        "cap_pho is a Count (model: integer ≥ 0, negatives rejected on input): ≥ -1 and ≥ 0 hold for the same units",
    "DP.PHO.PHAN_BO: phạm vi: n_co_tran ≥ 1 → 0":
        "with no allocated department the allocated total is 0, never over 3 × n: the wider scope adds no finding",
    "DP.PHO.PHAN_BO_370: phạm vi: n_co_tran ≥ 1 → 0":
        "with no allocated department the allocated total is 0, never over 3 × n + extras: no finding either way",
    "CN.TRUNG_LAP: mức 2 → 1": "a trung_lap fact exists only for a function held by ≥ 2 sibling units (facts.py), so n_units ≥ 1 and ≥ 2 agree",
}


@dataclass(frozen=True)
class Mutant:
    code: str
    name: str      # what was changed, e.g. "dòng 3: cls … / biên chế ≥ 9 → ≥ 10"
    rule: Rule


# --- mutants ------------------------------------------------------------------------------

def _with(rule: Rule, spec_update: dict | None = None, variants=None) -> Rule:
    """A copy of `rule` with its spec updated and/or its variants replaced (each pointing at the copy)."""
    new = dataclasses.replace(rule, spec=rule.spec.model_copy(update=spec_update or {}))
    new.variants = [dataclasses.replace(v, rule=new) for v in (variants or rule.variants)]
    return new


def _num(x) -> str:
    return f"{x:g}" if isinstance(x, float) else str(x)


def _expr_mutants(e: Expr) -> Iterator[tuple[str, Expr]]:
    if e.const or not e.terms:
        for d in (-1, 1):
            yield f"{e.text()} → {dataclasses.replace(e, const=e.const + d).text()}", dataclasses.replace(e, const=e.const + d)
    for i, (k, f) in enumerate(e.terms):
        if k != 1:
            for d in (-0.1, 0.1):
                terms = e.terms[:i] + ((round(k + d, 4), f),) + e.terms[i + 1:]
                yield f"{e.text()} → {dataclasses.replace(e, terms=terms).text()}", dataclasses.replace(e, terms=terms)


def _cond_mutants(c: Cond) -> Iterator[tuple[str, Cond | None]]:
    head = f"{c.field} {SYMBOL.get(c.op, c.op)}"
    if isinstance(c.value, Expr):
        for text, e in _expr_mutants(c.value):
            yield f"{head} {text}", dataclasses.replace(c, value=e)
    elif isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
        for d in (-1, 1):
            yield f"{head} {_num(c.value)} → {_num(c.value + d)}", dataclasses.replace(c, value=c.value + d)
    elif c.op == "in" and len(c.value) > 1:
        for v in c.value:
            yield f"{c.field} bỏ «{v}»", dataclasses.replace(c, value=tuple(x for x in c.value if x != v))


def mutants(rule: Rule) -> Iterator[Mutant]:
    code = rule.code
    for i, v in enumerate(rule.variants):
        where = f"dòng {v.row}: " if v.row else ""
        for c in v.conditions:
            # a scope condition is shared by every row: mutate it once, in every row
            shared = c not in v.row_conditions
            if shared and i > 0:
                continue
            for text, new in _cond_mutants(c):
                if shared:
                    variants = [dataclasses.replace(w, conditions=tuple(new if x == c else x for x in w.conditions))
                                for w in rule.variants]
                else:
                    variants = list(rule.variants)
                    variants[i] = dataclasses.replace(v, conditions=tuple(new if x == c else x for x in v.conditions),
                                                      row_conditions=tuple(new if x == c else x for x in v.row_conditions))
                yield Mutant(code, (where if not shared else "phạm vi: ") + text, _with(rule, variants=variants))
        if rule.compare:
            for text, e in _expr_mutants(v.limit):
                variants = list(rule.variants)
                variants[i] = dataclasses.replace(v, limit=e)
                yield Mutant(code, f"{where}mức {text}", _with(rule, variants=variants))
    if rule.compare:
        yield Mutant(code, f"so sánh {rule.compare} → {FLIP[rule.compare]}", _with(rule, {"compare": FLIP[rule.compare]}))
    window = rule.window
    for d in (-1, 1):
        start = InForce(start=window.start + timedelta(days=d), end=window.end)
        yield Mutant(code, f"hiệu lực từ {window.start:%d/%m/%Y} → {start.start:%d/%m/%Y}", _with(rule, {"in_force": start}))
        if window.end:
            end = InForce(start=window.start, end=window.end + timedelta(days=d))
            yield Mutant(code, f"hiệu lực đến {window.end:%d/%m/%Y} → {end.end:%d/%m/%Y}", _with(rule, {"in_force": end}))
    if rule.transition:
        for d in (-1, 1):
            years = rule.transition.years + d
            if years >= 1:
                t = Transition(years=years, legal_basis=rule.transition.legal_basis)
                yield Mutant(code, f"chuyển tiếp {rule.transition.years} → {years} năm", _with(rule, {"transition": t}))


# --- scenarios, run in-process ------------------------------------------------------------

@dataclass
class Scenario:
    file: str
    name: str
    line: int
    steps: list
    text: str      # every step and cell, to find the codes the scenario names
    codes: frozenset[str] | None = None   # the rules it can see: None = all (no «chỉ xét»)


def scenarios() -> list[Scenario]:
    out = []
    for path in sorted(FEATURES.rglob("*.feature")):
        rel = path.relative_to(ROOT).as_posix()
        feature = FeatureParser(str(path.parent), path.name).parse()
        for template in feature.scenarios.values():
            contexts = [ctx for ex in template.examples for ctx in ex.as_contexts()] or [{}]
            for ctx in contexts:
                sc = template.render(ctx)
                text = "\n".join(s.name + "".join(c.value for r in (s.datatable.rows if s.datatable else ())
                                                  for c in r.cells) for s in sc.steps)
                out.append(Scenario(rel, sc.name, sc.line_number, sc.steps, text))
    return out


def _visible(scenario: Scenario, codes: list[str]) -> frozenset[str] | None:
    """With «chỉ xét», a scenario sees only the rules in scope and those its steps name: the check may run
    just those (rules are evaluated independently), which makes a mutant's run several times faster."""
    if not any(steps.match_step(s.name)[0] == "pham_vi" for s in scenario.steps):
        return None
    return frozenset(c for c in codes if _mentions(c, scenario))


def _step_functions() -> list:
    return [c for c in step_function_context_registry.values() if c.step_func.__module__ == steps.__name__]


STEP_FUNCTIONS = _step_functions()


def run(scenario: Scenario, catalogue: Catalogue) -> str | None:
    """None when the scenario passes under `catalogue`, else why it failed (its first failing step)."""
    if scenario.codes is not None:
        catalogue = Catalogue([r for r in catalogue.rules if r.code in scenario.codes], catalogue.regimes)
    steps.use_catalogue(catalogue)
    kich_ban = steps.KichBan(source=scenario.file)
    for step in scenario.steps:
        if steps.match_step(step.name)[0].startswith("dinh_nghia."):
            continue   # a Gherkin rule's definition: compiled already, the mutant replaces it
        ctx = next(c for c in STEP_FUNCTIONS if c.type in (None, step.type) and c.parser.is_matching(step.name))
        args = dict(ctx.parser.parse_arguments(step.name) or {})
        params = inspect.signature(ctx.step_func).parameters
        args = {k: v for k, v in args.items() if k in params} | {"kich_ban": kich_ban}
        if "datatable" in params:
            args["datatable"] = step.datatable.raw() if step.datatable else None
        if "docstring" in params:
            args["docstring"] = step.docstring
        try:
            ctx.step_func(**args)
        except AssertionError as exc:
            return f"dòng {step.line_number}: {str(exc).splitlines()[0]}"
    return None


def _mentions(code: str, scenario: Scenario) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(code)}(?![\w.])", scenario.text) is not None


def check(codes: list[str] | None = None, jobs: int = 1) -> dict:
    live = load_catalogue()
    all_scenarios = scenarios()
    for s in all_scenarios:
        s.codes = _visible(s, [r.code for r in live.rules])
    rules = [r for r in live.rules if not codes or r.code in codes]
    broken = [(s, why) for s in all_scenarios if (why := run(s, live))]
    if broken:
        raise SystemExit("Scenarios fail without any mutation:\n" + "\n".join(
            f"  {s.file}:{s.line} {s.name}: {why}" for s, why in broken))
    own = {r.code: sorted((s for s in all_scenarios if _mentions(r.code, s)), key=lambda s: s.file != r.feature)
           for r in rules}   # the scenarios of the rule's own feature file first: most mutants die there
    work = [(m, own[r.code]) for r in rules for m in mutants(r)]
    results = _run_all(live, work, jobs)
    steps.use_catalogue(None)
    return {"mutants": [m for m, _ in work], "killed": results, "untested": [r.code for r in rules
            if not any(_mentions(r.code, s) for s in all_scenarios)]}


def _kill(live: Catalogue, mutant: Mutant, own: list[Scenario]) -> str | None:
    catalogue = Catalogue([mutant.rule if r.code == mutant.code else r for r in live.rules], live.regimes)
    for s in own:
        why = run(s, catalogue)
        if why:
            return f"{s.file}:{s.line} «{s.name}» {why}"
    return None


_WORK: list = []   # (catalogue, mutants with their scenarios), inherited by the forked workers


def _kill_one(i: int) -> str | None:
    live, work = _WORK
    return _kill(live, *work[i])


def _run_all(live: Catalogue, work: list, jobs: int) -> list[str | None]:
    _WORK[:] = [live, work]
    if jobs <= 1:
        return [_kill_one(i) for i in range(len(work))]
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs) as pool:   # rules are not pickled: workers inherit them
        return pool.map(_kill_one, range(len(work)), chunksize=2)


def equivalent(m: Mutant, catalogue: Catalogue) -> str | None:
    """Why mutant `m` cannot be killed, or None: listed in EQUIVALENT, or an in-force date moved before the
    first legal regime (a check on that day is refused, so no scenario can run it)."""
    first = min(r.in_force.start for r in catalogue.regimes)
    if m.name.startswith("hiệu lực từ") and m.rule.window.start < first:
        return f"no legal regime before {first:%d/%m/%Y} (rules/che-do.yaml): a check that day is refused"
    dropped = re.search(r"parent_kind bỏ «(\w+)»", m.name)
    if dropped and not any(Kind(dropped.group(1)) in info.parents for info in KINDS.values()):
        return f"no kind of unit may sit under «{dropped.group(1)}» (compliance/model.py KINDS): no unit can tell"
    return EQUIVALENT.get(f"{m.code}: {m.name}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("codes", nargs="*", help="only these rules")
    ap.add_argument("--min", type=float, default=95.0, help="lowest score (percent of non-equivalent mutants killed)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    result = check(args.codes or None, args.jobs)
    mutants_, killed = result["mutants"], result["killed"]
    names = {f"{m.code}: {m.name}" for m in mutants_}
    stale = sorted(k for k in EQUIVALENT if k not in names and (not args.codes or k.split(":")[0] in args.codes))
    live = load_catalogue()
    why = [equivalent(m, live) for m in mutants_]
    equivalents = [(m, k, w) for m, k, w in zip(mutants_, killed, why) if w]
    counted = [(m, k) for m, k, w in zip(mutants_, killed, why) if not w]
    survivors = [m for m, k in counted if k is None]
    score = 100.0 * (len(counted) - len(survivors)) / len(counted) if counted else 100.0
    print(f"{len(mutants_)} mutants of {len({m.code for m in mutants_})} rules, {len(equivalents)} equivalent; "
          f"killed {len(counted) - len(survivors)}/{len(counted)} = {score:.1f}% ({time.perf_counter() - t0:.0f} s)")
    for m in survivors:
        print(f"  SURVIVED {m.code}: {m.name}")
    for m, k, w in equivalents:
        print(f"  equivalent {m.code}: {m.name} — {w}" + (" (but killed)" if k else ""))
    for code in result["untested"]:
        print(f"  NO SCENARIO names {code}")
    for k in stale:
        print(f"  EQUIVALENT lists a mutant that no longer exists: {k}")
    return 0 if score >= args.min and not stale else 1


if __name__ == "__main__":
    sys.exit(main())
