"""Evaluation of the rule catalogue by durable-rules, made synchronous and loss-free.

durable-rules 2.0.28 (unmaintained since 2020) is used for what it does reliably: data-defined
per-fact predicates. The adapter avoids each pitfall measured in docs/engine.md:
  * no background dispatch threads (Host._run disabled); actions are drained explicitly;
  * explicit fact ids, checked unique under the engine's 32-bit FNV-1a identity hash per sid;
  * one sid per batch, deleted after draining: memory stays flat, ingestion stays linear;
  * no joins, no `$not`: relations are precomputed on the graph (facts.py);
  * every pattern starts with a positive type test (the engine's state fact must never match);
  * a field reference in a comparison is guarded by `$ex` (a missing field compares as true);
  * every batch ends with a sentinel fact whose rule must fire before the batch's sid is
    deleted: it proves the batch was drained, and delete_state segfaults on a sid where no
    action ever ran (measured: docs/engine.md);
  * every asserted fact and every action is accounted for, or the run fails loudly.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass

import durable_rules_engine as dre
from durable import engine as durable_engine

from .catalogue import Cond, Expr, Rule, Variant
from .facts import Fact

BATCH = 1000
SENTINEL = "orgcheck_batch_end"
_OPS = {"lt": "$lt", "le": "$lte", "gt": "$gt", "ge": "$gte", "ne": "$neq"}
_names = itertools.count()


class EngineError(RuntimeError):
    """The engine could not guarantee a complete result; never report partial findings."""


def fnv1a32(text: str) -> int:
    """The C engine's fact-identity hash (fnv1Hash32, signed chars on x86-64)."""
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        b = b - 256 if b > 127 else b
        h = ((h ^ (b & 0xFFFFFFFF)) * 16777619) & 0xFFFFFFFF
    return h


def _operand(value):
    if not isinstance(value, Expr):
        return value
    if not value.terms:
        return value.const
    out = None
    for coef, name in value.terms:
        term = {"$m": name} if coef == 1 else {"$mul": {"$l": coef, "$r": {"$m": name}}}
        out = term if out is None else {"$add": {"$l": out, "$r": term}}
    return {"$add": {"$l": out, "$r": value.const}} if value.const else out


def compile_condition(cond: Cond) -> list[dict]:
    out = []
    if isinstance(cond.value, Expr):
        out += [{"$ex": {name: 1}} for name in cond.value.fields]
    if cond.op == "ne":
        out.append({"$ex": {cond.field: 1}})  # a missing field is not "different"
    if cond.op == "in":
        out.append({"$or": [{cond.field: v} for v in cond.value]})
    elif cond.op == "mt":   # anchored full match; patterns are ASCII (catalogue.parse_cell), names folded
        out.append({"$mt": {cond.field: cond.value}})
    elif cond.op == "eq":
        out.append({cond.field: _operand(cond.value)})
    else:
        out.append({_OPS[cond.op]: {cond.field: _operand(cond.value)}})
    return out


def compile_variant(variant: Variant) -> dict:
    terms = [{"t": variant.rule.fact}]
    for cond in variant.conditions + ((variant.violation,) if variant.violation else ()):
        terms += compile_condition(cond)
    return {"$and": terms}


class _SyncHost(durable_engine.Host):
    """A Host without the two self-re-arming timer threads of the stock one."""

    def __init__(self, actions: dict):
        self._actions = actions
        super().__init__()

    def _run(self):
        pass

    def get_action(self, name):
        return self._actions[name]


@dataclass(frozen=True)
class Match:
    variant: Variant
    fact: Fact


class RuleEngine:
    """A compiled ruleset for a list of rules; `evaluate` may be called many times."""

    def __init__(self, rules: list[Rule]):
        self.variants: list[Variant] = [v for r in rules for v in r.variants]
        self.fields_by_type: dict[str, set[str]] = {}
        for rule in rules:
            self.fields_by_type.setdefault(rule.fact, {"t"}).update(rule.referenced_fields)
        self._fired: list[tuple[int, str]] = []
        self._errors: list[str] = []
        self._ended: list[str] = []
        actions = {f"r{i}": self._action(i) for i in range(len(self.variants))}
        actions["end"] = lambda c: self._ended.append(c.m._d["sid"])
        definition = {f"r{i}": {"all": [{"m": compile_variant(v)}], "run": f"r{i}"}
                      for i, v in enumerate(self.variants)}
        definition["end"] = {"all": [{"m": {"t": SENTINEL}}], "run": "end"}
        self.name = f"orgcheck{next(_names)}"
        self._host = _SyncHost(actions)
        # set_rulesets pops "run": hand it a copy
        self._host.set_rulesets({self.name: json.loads(json.dumps(definition, ensure_ascii=False))})
        self._ruleset = self._host.get_ruleset(self.name)

    def _action(self, index: int):
        def fire(c):  # one parameter: two would make durable treat it as asynchronous
            try:
                self._fired.append((index, c.m._d["id"]))
            except Exception as exc:  # durable swallows exceptions in actions: record them
                self._errors.append(repr(exc))
        return fire

    def close(self) -> None:
        if self._ruleset is not None:
            self._host._ruleset_directory.pop(self.name, None)
            self._host._ruleset_list.remove(self._ruleset)
            dre.delete_ruleset(self._ruleset._handle)
            self._ruleset = None
            self.variants = []

    def evaluate(self, facts: list[Fact]) -> list[Match]:
        if not self.variants or self._ruleset is None:
            return []
        handle = self._ruleset._handle
        fired_before = len(self._fired)
        owner: dict[str, Fact] = {}
        batch: list[dict] = []
        batches = 0
        for i, fact in enumerate(facts):
            keep = self.fields_by_type.get(fact.data["t"])
            if keep is None:
                continue  # no rule in force reads this fact type
            payload = {k: v for k, v in fact.data.items() if k in keep}
            payload["id"] = str(i)
            owner[payload["id"]] = fact
            batch.append(payload)
            if len(batch) == BATCH:
                self._run_batch(handle, batch, str(batches), owner)
                batches += 1
                batch = []
        if batch:
            self._run_batch(handle, batch, str(batches), owner)
        if self._errors:
            raise EngineError("actions failed: " + "; ".join(self._errors[:3]))
        fired = self._fired[fired_before:]
        del self._fired[fired_before:]
        if len(set(fired)) != len(fired) or any(fid not in owner for _, fid in fired):
            raise EngineError("durable-rules fired an action twice or for a fact that was not asserted")
        return [Match(self.variants[v], owner[fid]) for v, fid in fired]

    def _run_batch(self, handle, batch: list[dict], sid: str, owner: dict[str, Fact]) -> None:
        seen = {fnv1a32(f"sid-{sid}")}  # the engine's own state fact shares the identity index
        batch = batch + [{"id": f"end-{sid}", "t": SENTINEL}]
        for payload in batch:
            original = payload["id"]
            suffix = 0
            identity = fnv1a32(original)
            while identity in seen:  # kept exact rather than assumed impossible
                suffix += 1
                payload["id"] = f"{original}~{suffix}"
                identity = fnv1a32(payload["id"])
            if suffix and original in owner:
                owner[payload["id"]] = owner.pop(original)
            seen.add(identity)
            payload["sid"] = sid
        try:
            result = dre.assert_facts(handle, json.dumps(batch, ensure_ascii=False))
        except dre.error as exc:  # e.g. 303: more than 64 alpha nodes matched one fact
            raise EngineError(f"durable-rules refused batch {sid}: {exc}") from None
        code = result[0] if isinstance(result, tuple) else result
        if code not in (0, 1):  # 2 = a fact was taken for a duplicate and dropped
            raise EngineError(f"durable-rules returned code {code} for batch {sid}")
        self._drain()
        if sid not in self._ended:
            raise EngineError(f"batch {sid} was not fully processed by durable-rules")
        dre.delete_state(handle, sid)

    def _drain(self) -> None:
        ruleset = self._ruleset
        while (result := dre.start_action(ruleset._handle)):
            state, messages, offset = result
            ruleset._flush_actions(json.loads(state), {"message": json.loads(messages)}, offset,
                                   self._on_complete)

    def _on_complete(self, error, state):
        if error:
            self._errors.append(str(error))
