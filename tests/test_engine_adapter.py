"""Focused tests of compliance/engine.py, the durable-rules adapter (see engine-notes §1, §5, §9)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import durable_rules_engine as dre
import pytest
import yaml

import compliance.engine as engine_mod
from bench.generate import generate
from bench.reference import engine_counter, reference_counter
from compliance.catalogue import load_catalogue
from compliance.check import check
from compliance.engine import EngineError, RuleEngine, compile_condition, fnv1a32
from compliance.facts import Fact, derive_facts
from compliance.graph import OrgGraph
from compliance.model import build_org
from compliance.render import render
from compliance.source import SourceMap

# Found by brute force over str(0..) and over "Phòng {n}" with tests' fnv1a32 (2.5 s), then hard-coded.
DECIMAL_COLLISION = ("40189", "797186")          # RuleEngine's own fact ids are str(index)
VIETNAMESE_COLLISION = ("Phòng 24948", "Phòng 327564")   # collide only with signed chars (as in C)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def org():
    return build_org(generate(400, 3), SourceMap("gen.json"))


def _unsigned_fnv1a32(text: str) -> int:
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def _rules_dir(tmp_path: Path, rules: list[dict]) -> Path:
    base = {"family": "cap_pho", "title": {"vi": "t", "en": "t"}, "severity": "error",
            "legal_basis": [{"document": "Văn bản thử"}], "message": {"vi": "{value}/{limit}", "en": "{value}/{limit}"},
            "why": {"vi": "w", "en": "w"}, "feature": "features/x.feature"}
    doc = {"source": {"document": "Văn bản thử", "title": "Thử", "in_force": {"from": "2020-01-01"}},
           "rules": [{**base, **r} for r in rules]}
    (tmp_path / "thu.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    regimes = {"regimes": [{"code": "THU", "name": {"vi": "Thử", "en": "Test"}, "in_force": {"from": "2020-01-01"},
                            "documents": ["Văn bản thử"]}]}
    (tmp_path / "che-do.yaml").write_text(yaml.safe_dump(regimes, allow_unicode=True), encoding="utf-8")
    return tmp_path


def _keys(matches) -> list[tuple]:
    return [(m.variant.rule.code, m.variant.row, m.fact.subject) for m in matches]


# --- identity hash --------------------------------------------------------------------------------

def test_fnv1a32_known_values():
    # standard FNV-1a 32 test vectors (ASCII: signedness does not matter)
    assert fnv1a32("") == 0x811C9DC5
    assert fnv1a32("a") == 0xE40C292C
    assert fnv1a32("foobar") == 0xBF9CF968
    # engine-notes §6.2: aliases in frame slot 0 (fnv1a32 % 16 == 0) and some that are not
    assert [fnv1a32(a) % 16 for a in ("u", "e", "u0", "u13")] == [0, 0, 0, 0]
    assert all(fnv1a32(a) % 16 != 0 for a in ("a", "p", "first", "unit"))
    # Vietnamese bytes are hashed as signed chars: differs from textbook FNV-1a
    assert fnv1a32("ò") != _unsigned_fnv1a32("ò")


def test_collision_pairs_collide():
    a, b = DECIMAL_COLLISION
    assert a != b and fnv1a32(a) == fnv1a32(b)
    a, b = VIETNAMESE_COLLISION
    assert a != b and fnv1a32(a) == fnv1a32(b)
    assert _unsigned_fnv1a32(a) != _unsigned_fnv1a32(b)


def _phong_fact(i: int) -> dict:
    return {"t": "unit", "kind": "phong_thuoc_so", "cls": "loai_1", "bien_che": 3 + i % 2}


def test_c_engine_hash_is_fnv1a32_with_signed_chars(catalogue):
    """The C engine itself drops the second fact of a pair that collides under our fnv1a32."""
    engine = RuleEngine([catalogue.by_code("ND107.TC.PHONG")])
    handle = engine._ruleset._handle
    try:
        for pair, sid in ((VIETNAMESE_COLLISION, "91"), (DECIMAL_COLLISION, "92")):
            facts = [{**_phong_fact(0), "id": pair[0], "sid": sid}, {**_phong_fact(1), "id": pair[1], "sid": sid}]
            code = dre.assert_facts(handle, json.dumps(facts, ensure_ascii=False))[0]
            assert code == 2                       # MessageObserved: taken for a duplicate
        control = [{**_phong_fact(0), "id": "Phòng 1", "sid": "93"}, {**_phong_fact(1), "id": "Phòng 2", "sid": "93"}]
        assert dre.assert_facts(handle, json.dumps(control, ensure_ascii=False))[0] == 0
        engine._drain()
        for sid in ("91", "92", "93"):
            dre.delete_state(handle, sid)
        engine._fired.clear()
    finally:
        engine.close()


def _colliding_facts() -> tuple[list[Fact], int, int]:
    i, j = map(int, DECIMAL_COLLISION)
    ignored = Fact({"t": "not_read_by_any_rule"}, ("unit", "-"))   # skipped, but it advances the index
    facts = [ignored] * (j + 1)
    facts[i] = Fact(_phong_fact(0), ("unit", "A"))
    facts[j] = Fact(_phong_fact(1), ("unit", "B"))
    return facts, i, j


def test_engine_reports_both_facts_whose_ids_collide(catalogue):
    facts, _, _ = _colliding_facts()
    engine = RuleEngine([catalogue.by_code("ND107.TC.PHONG")])
    try:
        matches = engine.evaluate(facts)     # both land in batch "0": same sid
    finally:
        engine.close()
    assert sorted(m.fact.subject for m in matches) == [("unit", "A"), ("unit", "B")]


def test_without_the_collision_guard_the_run_fails_loudly(catalogue, monkeypatch):
    """Defeat the guard (every id looks unique): the C engine drops a fact and the adapter refuses."""
    facts, _, _ = _colliding_facts()
    counter = iter(range(10**9))
    monkeypatch.setattr(engine_mod, "fnv1a32", lambda text: next(counter))
    engine = RuleEngine([catalogue.by_code("ND107.TC.PHONG")])
    try:
        with pytest.raises(EngineError, match="code 2"):
            engine.evaluate(facts)
    finally:
        engine.close()


# --- batching and repeated evaluation -----------------------------------------------------------

@pytest.mark.parametrize("batch", [1, 7, 1000])
def test_results_do_not_depend_on_batch_size(org, catalogue, monkeypatch, batch):
    baseline = check(org, catalogue=catalogue)
    monkeypatch.setattr(engine_mod, "BATCH", batch)
    result = check(org, catalogue=catalogue)
    assert engine_counter(result) == engine_counter(baseline)
    assert render(result, "json") == render(baseline, "json")
    assert engine_counter(result) == reference_counter(org, catalogue.in_force(org.jurisdiction.as_of))


def test_batch_boundaries_at_every_offset(catalogue, monkeypatch):
    """Violating facts at every position relative to a batch of 7."""
    monkeypatch.setattr(engine_mod, "BATCH", 7)
    facts = [Fact(_phong_fact(i), ("unit", f"u{i}")) for i in range(50)]
    engine = RuleEngine([catalogue.by_code("ND107.TC.PHONG")])
    try:
        matches = engine.evaluate(facts)
    finally:
        engine.close()
    assert sorted(m.fact.subject[1] for m in matches) == sorted(f"u{i}" for i in range(50))


def test_evaluate_twice_gives_the_same_result(org, catalogue):
    facts = derive_facts(OrgGraph(org))
    engine = RuleEngine(catalogue.in_force(org.jurisdiction.as_of))
    try:
        first = engine.evaluate(facts)
        second = engine.evaluate(facts)
        third = engine.evaluate(facts[::-1])
    finally:
        engine.close()
    assert first and _keys(first) == _keys(second)
    assert sorted(_keys(third), key=repr) == sorted(_keys(first), key=repr)


def test_no_rules_no_engine():
    engine = RuleEngine([])
    assert engine.evaluate([Fact(_phong_fact(0), ("unit", "x"))]) == []
    engine.close()


# --- failures are loud ---------------------------------------------------------------------------

def test_duplicate_code_from_durable_raises(org, catalogue, monkeypatch):
    real = engine_mod.dre.assert_facts
    monkeypatch.setattr(engine_mod.dre, "assert_facts", lambda handle, text: (2, real(handle, text)[1]))
    with pytest.raises(EngineError, match="code 2"):
        check(org, catalogue=catalogue)


def test_action_fired_twice_raises(org, catalogue, monkeypatch):
    real = RuleEngine._drain

    def drain_twice(self):
        before = len(self._fired)
        real(self)
        self._fired.extend(self._fired[before:before + 1])   # one action reported twice
    monkeypatch.setattr(RuleEngine, "_drain", drain_twice)
    with pytest.raises(EngineError, match="twice"):
        check(org, catalogue=catalogue)


def test_action_for_unknown_fact_raises(org, catalogue, monkeypatch):
    real = RuleEngine._drain

    def drain_stray(self):
        real(self)
        self._fired.append((0, "no-such-fact"))
    monkeypatch.setattr(RuleEngine, "_drain", drain_stray)
    with pytest.raises(EngineError, match="not asserted"):
        check(org, catalogue=catalogue)


def test_failing_action_raises(catalogue):
    class Broken(list):
        def append(self, item):
            raise RuntimeError("disk full")
    engine = RuleEngine([catalogue.by_code("ND107.TC.PHONG")])
    engine._fired = Broken()
    try:
        with pytest.raises(EngineError, match="actions failed"):
            engine.evaluate([Fact(_phong_fact(0), ("unit", "x"))])
    finally:
        engine.close()


def test_completion_error_raises(catalogue, monkeypatch):
    real = RuleEngine._drain

    def drain_with_error(self):
        real(self)
        self._on_complete("simulated durable error", None)
    monkeypatch.setattr(RuleEngine, "_drain", drain_with_error)
    engine = RuleEngine([catalogue.by_code("ND107.TC.PHONG")])
    try:
        with pytest.raises(EngineError, match="simulated durable error"):
            engine.evaluate([Fact(_phong_fact(0), ("unit", "x"))])
    finally:
        engine.close()


def test_durable_limit_error_is_not_a_partial_result(tmp_path):
    """70 rules matching one fact exceed durable's 64 pending alpha nodes (error 303): the run must
    fail, never return a partial list. NOTE: the adapter lets durable_rules_engine.error through
    unwrapped; it is not converted to EngineError (the CLI then reports an internal error)."""
    rules = [{"code": f"THU.R{k}", "fact": "unit", "where": {"kind": "phong_thuoc_so"}, "measure": "bien_che",
              "compare": ">", "limit": k} for k in range(70)]
    cat = load_catalogue(_rules_dir(tmp_path, rules))
    engine = RuleEngine(cat.rules)
    try:
        with pytest.raises((EngineError, dre.error), match="303"):
            engine.evaluate([Fact({"t": "unit", "kind": "phong_thuoc_so", "bien_che": 100}, ("unit", "x"))])
    finally:
        engine.close()


# --- missing fields ------------------------------------------------------------------------------

MISSING_REF_RULES = {
    "A": {"code": "THU.PHO_HON_CAP_TREN", "fact": "unit", "where": {"kind": "so"},
          "measure": "cap_pho", "compare": ">", "limit": "@parent_cap_pho"},
    "B": {"code": "THU.PHO_HON_SO", "fact": "unit", "where": {"kind": "dvsncl"},
          "measure": "cap_pho", "compare": ">", "limit": "@parent_cap_pho"},
    "C": {"code": "THU.NHOM_KHAC_0", "fact": "unit", "where": {"kind": ["so", "dvsncl"]},
          "measure": "nhom_tu_chu", "compare": "!=", "limit": 0},
}
MISSING_REF_ORG = {
    "jurisdiction": {"name": "Tỉnh Thử", "class": "loai_1", "as_of": "2023-09-08"},
    "units": [
        {"id": "T", "name": "UBND tỉnh", "kind": "ubnd_tinh"},                     # gives no cap_pho
        {"id": "S", "name": "Sở Y tế", "kind": "so", "parent": "T", "bien_che": 40, "cap_pho": 3},
        {"id": "D1", "name": "Bệnh viện", "kind": "dvsncl", "parent": "S", "nguoi_lam_viec": 90,
         "cap_pho": 4, "nhom_tu_chu": 2},
        {"id": "D2", "name": "Trung tâm", "kind": "dvsncl", "parent": "S", "nguoi_lam_viec": 30, "cap_pho": 2},
    ]}


@pytest.mark.parametrize("order", ["A", "BA", "AB", "ABC", "CBA"])
def test_reference_to_a_missing_field_does_not_fire(tmp_path, order):
    """`cap_pho > @parent_cap_pho` for a sở under a committee without deputies: parent_cap_pho is
    absent and the condition is false. Without the adapter's `$ex` guard durable fires rule A for
    the sở when A is alone or defined after B, and not when A comes first (measured): a missing
    field reference is order-dependent in the engine, so only the guard makes it reliable."""
    cat = load_catalogue(_rules_dir(tmp_path, [MISSING_REF_RULES[k] for k in order]))
    rule = cat.by_code("THU.PHO_HON_CAP_TREN")
    assert {"$ex": {"parent_cap_pho": 1}} in compile_condition(rule.variants[0].violation)
    org = build_org(MISSING_REF_ORG, SourceMap("thu.json"))
    so_fact = next(f for f in derive_facts(OrgGraph(org)) if f.subject == ("unit", "S") and f.data["t"] == "unit")
    assert "parent_cap_pho" not in so_fact.data and "nhom_tu_chu" not in so_fact.data
    result = check(org, catalogue=cat)
    found = {(f.code, f.subject_id, f.value, f.limit) for f in result.findings}
    expected = {("THU.PHO_HON_SO", "D1", 4, 3),      # field present on both sides: compared
                ("THU.NHOM_KHAC_0", "D1", 2, 0)}     # D2 has nhom 0; the sở has no nhom_tu_chu at all
    assert found == {e for e in expected if e[0] in {MISSING_REF_RULES[k]["code"] for k in order}}
    assert engine_counter(result) == reference_counter(org, cat.rules)


# --- threads -------------------------------------------------------------------------------------

def test_no_background_threads_left(org, catalogue):
    before = {t.ident for t in threading.enumerate()}
    result = check(org, catalogue=catalogue)
    engine = RuleEngine(catalogue.rules)     # an engine that is still open starts none either
    try:
        engine.evaluate(derive_facts(OrgGraph(org)))
        during = threading.enumerate()
    finally:
        engine.close()
    after = threading.enumerate()
    assert result.findings
    for threads in (during, after):
        assert {t.ident for t in threads} == before
        assert not any(isinstance(t, threading.Timer) for t in threads)
    assert threading.active_count() == len(before)
