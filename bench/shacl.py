"""pySHACL as a peer in the benchmark: the organization as an RDF graph, the rules in force as SHACL shapes.

* `org_graph(org)`: an rdflib graph of what the file says: one node per unit typed by its kind, its
  `parent`, its recorded numbers and flags; and one derived value, its province's class, taken from
  compliance.graph so both sides read the class the same way.
* `shapes_graph(rules)`: one `sh:NodeShape` per rule, one SPARQL-based constraint per row of its decision
  table. The thresholds, bands and conditions are read from the rules in force (the same `Rule`
  objects the engine compiles), never copied: each `Cond` becomes a SPARQL filter, each limit a `BIND`.
  What the engine gets from compliance.facts (parent kind, number of phòng, the autonomy group a phòng
  inherits from its unit) is computed by the queries from the graph.
* `shacl_counter(org, rules)`: the violations keyed as bench.reference keys findings, to compare.

Two ways to write the shapes (`mode`):
  "graph"  each constraint is one whole-graph SELECT; the shape targets the organization node and each
           solution names the offending unit as `?value` (focus node: the organization).
  "focus"  idiomatic SHACL-SPARQL: `sh:targetClass` the rule's kinds, `$this` pre-bound per focus node.
           pyshacl runs rdflib's `query()` once per focus node and constraint, and rdflib parses and
           translates the query text every time: 50-150 ms per unit and row (see bench/README.md).

Only rules on the `unit` fact of the families tieu_chi (establishment criteria) and cap_pho (deputies)
whose fields all have a SPARQL form here are translated (`shacl_rules`); rdflib and pyshacl are imported
only when a graph is built, so the benchmark runs without them.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import quote, unquote

from bench.reference import PHONG, PUBLIC_SERVICE
from compliance.catalogue import Cond, Expr, Rule, Variant
from compliance.graph import OrgGraph
from compliance.model import Kind, Org

BASE = "urn:orgcheck:"
O, K, C, U = BASE + "o#", BASE + "kind#", BASE + "cls#", BASE + "unit:"   # vocabulary, kinds, classes, units
ORG = O + "org"
FAMILIES = ("tieu_chi", "cap_pho")
NAMESPACES = (("o", O), ("k", K), ("c", C))
# literals recorded on a unit node, under the field's own name (`staff` is the headcount its kind counts)
RECORDED = ("bien_che", "nguoi_lam_viec", "cap_pho", "staff", "dich_vu_co_ban", "ngoai_le_cap_pho", "thanh_lap_moi")
# fields the queries read from the graph's structure (types, o:parent, the organization node)
STRUCTURAL = ("kind", "cls", "parent_kind", "parent_cap_pho", "n_phong", "nhom_tu_chu")
FIELDS = frozenset(RECORDED + STRUCTURAL)
_OPS = {"eq": "=", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
_MESSAGE = re.compile(r"^(\S+) (\S+) (\S+)$")


def shacl_rules(rules: list[Rule]) -> list[Rule]:
    """The rules of `rules` this module translates: minimum staff and deputy limits on units."""
    return [r for r in rules if r.spec.fact == "unit" and r.spec.family in FAMILIES and r.referenced_fields <= FIELDS]


# --- the data graph -------------------------------------------------------------------------

def unit_iri(uid: str) -> str:
    return U + quote(uid, safe="")


def org_graph(org: Org):
    from rdflib import RDF, Graph, Literal, URIRef

    g = Graph()
    add = g.add
    parent_of = URIRef(O + "parent")
    props = {f: URIRef(O + f) for f in RECORDED}
    cls_of = URIRef(O + "cls")
    graph = OrgGraph(org)  # each unit's province class, found as the engine finds it
    for u in org.units.values():
        node = URIRef(unit_iri(u.id))
        add((node, RDF.type, URIRef(K + u.kind.value)))
        add((node, cls_of, URIRef(C + graph.province_class(u.id))))
        if u.parent is not None:
            add((node, parent_of, URIRef(unit_iri(u.parent))))
        if u.nhom_tu_chu is not None:
            add((node, URIRef(O + "nhom_tu_chu"), Literal(u.nhom_tu_chu)))
        for f, prop in props.items():
            value = getattr(u, f)
            if value is not None:
                add((node, prop, Literal(value)))
    return g


# --- the shapes -----------------------------------------------------------------------------

def _term(field: str, value) -> str:
    if field in ("kind", "parent_kind"):
        return f"k:{value}"
    if field == "cls":
        return f"c:{value}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f'"{value!r}"^^<http://www.w3.org/2001/XMLSchema#double>'
    raise ValueError(f"{field}: no SPARQL form for {value!r}")


def _expr(e: Expr) -> str:
    parts = [_term("", e.const)] + [f"{_term('', coef)} * ?{f}" for coef, f in e.terms]
    return "(" + " + ".join(parts) + ")"


def _filter(c: Cond) -> str:
    if c.op == "in":
        return f"?{c.field} IN ({', '.join(_term(c.field, v) for v in c.value)})"
    right = _expr(c.value) if isinstance(c.value, Expr) else _term(c.field, c.value)
    return f"?{c.field} {_OPS[c.op]} {right}"


def _fields(conds: list[Cond]) -> set[str]:
    out = set()
    for c in conds:
        out.add(c.field)
        if isinstance(c.value, Expr):
            out.update(c.value.fields)
    return out


def select(variant: Variant, this: str) -> str:
    """One row of a rule as a SELECT of the violating units (`this`: "$this" or "?value"), with the
    measured value as ?m and the limit as ?limit.

    Shaped for rdflib, which evaluates a group's patterns in order and its filters at the end: a fixed
    kind or class is a triple pattern (an index lookup), the conditions on recorded values filter
    before the OPTIONAL / aggregate parts, and what a fixed kind makes constant is folded here."""
    rule = variant.rule
    conds = list(variant.conditions) + ([variant.violation] if variant.violation else [])
    fields = _fields(conds)
    kinds = next(((c.value,) if c.op == "eq" else tuple(c.value) for c in conds
                  if c.field == "kind" and c.op in ("eq", "in")), None)
    cls = next((c.value for c in conds if c.field == "cls" and c.op == "eq"), None)
    conds = [c for c in conds if not ((c.field == "kind" and kinds) or (c.field == "cls" and cls))]
    if kinds is None:
        patterns = [f"{this} a ?kind ."]
    elif len(kinds) == 1:
        patterns = [f"{this} a k:{kinds[0]} ."]
    else:
        patterns = [" UNION ".join(f"{{ {this} a k:{k} . BIND(k:{k} AS ?kind) }}" for k in kinds)]
    kind_pattern = patterns[0]
    patterns += [f"{this} o:{f} ?{f} ." for f in sorted(fields & set(RECORDED))]
    if "cls" in fields:
        patterns.append(f"{this} o:cls {f'c:{cls}' if cls else '?cls'} .")
    if fields & {"parent_kind", "parent_cap_pho"}:
        patterns.append(f"{this} o:parent ?parent .")
    if "parent_kind" in fields:
        patterns.append("?parent a ?parent_kind .")
    if "parent_cap_pho" in fields:
        patterns.append("?parent o:cap_pho ?parent_cap_pho .")
    derived = []
    if "n_phong" in fields:
        phong = ", ".join(f"k:{p}" for p in sorted(PHONG))
        keys = this if this == "$this" else f"$this {this}"   # pyshacl: a nested SELECT projects $this
        derived.append(f"{{ SELECT {keys} (COUNT(?child) AS ?n_phong) WHERE {{ {kind_pattern} OPTIONAL {{ "
                       f"?child o:parent {this} . ?child a ?child_kind . FILTER(?child_kind IN ({phong})) }} }} "
                       f"GROUP BY {keys} }}")
    if "nhom_tu_chu" in fields:
        derived += _autonomy_group(this, kinds)
    late = {"n_phong", "nhom_tu_chu"}
    early = [c for c in conds if not _fields([c]) & late]
    body = patterns + ([f"FILTER({' && '.join(_filter(c) for c in early)})"] if early else [])
    if derived:
        body = ["{ " + "\n      ".join(body) + " }"] + derived
        late_conds = [c for c in conds if _fields([c]) & late]
        body += [f"FILTER({' && '.join(_filter(c) for c in late_conds)})"] if late_conds else []
    measure = f"(?{rule.spec.measure} AS ?m) ({_expr(variant.limit)} AS ?limit)" if variant.violation else ""
    lines = "\n    ".join(body)
    return f"SELECT {this} {measure} WHERE {{\n    {lines}\n}}"


def _autonomy_group(this: str, kinds: tuple[str, ...] | None) -> list[str]:
    """?nhom_tu_chu: a public service unit's own group, else (a phòng of one) its unit's, else 0; unbound
    for other kinds. With the kind known, the choice is made here instead of per solution."""
    own = f"OPTIONAL {{ {this} o:nhom_tu_chu ?own_group }}"
    inherited = f"OPTIONAL {{ {this} o:parent ?group_parent . ?group_parent o:nhom_tu_chu ?parent_group }}"
    if kinds is not None and len(kinds) == 1:
        if kinds[0] not in PUBLIC_SERVICE:
            return []   # unbound: every condition on it is false
        if kinds[0] == "dvsncl":
            return [own, "BIND(COALESCE(?own_group, 0) AS ?nhom_tu_chu)"]
        return [own, inherited, "BIND(COALESCE(?own_group, ?parent_group, 0) AS ?nhom_tu_chu)"]
    service = ", ".join(f"k:{k}" for k in sorted(PUBLIC_SERVICE))
    return [own, inherited, f"BIND(IF(?kind IN ({service}), COALESCE(?own_group, "
                            f"IF(?kind = k:phong_thuoc_dvsncl, ?parent_group, 0), 0), ?no_group) AS ?nhom_tu_chu)"]


def _kinds(rule: Rule) -> tuple[str, ...]:
    for c in rule.variants[0].conditions:
        if c.field == "kind" and c.op in ("eq", "in"):
            return (c.value,) if c.op == "eq" else tuple(c.value)
    return tuple(k.value for k in Kind)


def shapes_text(rules: list[Rule], mode: str = "graph") -> str:
    """Turtle for the shapes of `rules` (those of shacl_rules)."""
    if mode not in ("graph", "focus"):
        raise ValueError(f"mode {mode!r}: use 'graph' or 'focus'")
    this = "?value" if mode == "graph" else "$this"
    out = ["".join(f"PREFIX {p}: <{ns}>\n" for p, ns in NAMESPACES)
           + "PREFIX sh: <http://www.w3.org/ns/shacl#>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
           + f"<{BASE}prefixes> sh:declare "
           + " , ".join(f'[ sh:prefix "{p}" ; sh:namespace "{ns}"^^xsd:anyURI ]' for p, ns in NAMESPACES) + " .\n"]
    for rule in rules:
        code = rule.spec.code
        if mode == "graph":
            target = f"sh:targetNode <{ORG}>"
        else:
            target = " ; ".join(f"sh:targetClass k:{k}" for k in _kinds(rule))
        constraints = []
        for v in rule.variants:
            query = select(v, this).replace("\\", "\\\\").replace('"', '\\"')
            constraints.append(f'[ sh:message "{code} {{?m}} {{?limit}}" ; sh:prefixes <{BASE}prefixes> ;\n'
                               f'      sh:select """{query}""" ]')
        out.append(f"<{BASE}shape:{quote(code)}> a sh:NodeShape ; {target} ;\n  sh:sparql "
                   + " ,\n    ".join(constraints) + " .\n")
    return "\n".join(out)


def shapes_graph(rules: list[Rule], mode: str = "graph"):
    from rdflib import Graph

    g = Graph()
    g.parse(data=shapes_text(rules, mode), format="turtle")
    return g


def _number(text: str):
    if text.startswith("{"):   # the template stayed: a rule without a measure
        return None
    try:
        return int(text)
    except ValueError:
        return float(text)


def validate(data, shapes):
    """pyshacl on the graphs as the benchmark runs it: no inference, no SHACL-JS, data graph not copied."""
    from pyshacl import validate as run

    _conforms, report, _text = run(data, shacl_graph=shapes, inference="none", advanced=True, js=False,
                                   inplace=True)
    return report


def shacl_counter(org: Org, rules: list[Rule], mode: str = "graph") -> Counter:
    return report_counter(validate(org_graph(org), shapes_graph(shacl_rules(rules), mode)))


def report_counter(report) -> Counter:
    """Violations keyed (code, "unit", unit id, value, limit, related) like bench.reference."""
    from rdflib import Namespace

    sh = Namespace("http://www.w3.org/ns/shacl#")
    found: Counter = Counter()
    for result in report.subjects(sh.resultSeverity, None):
        message = str(report.value(result, sh.resultMessage))
        m = _MESSAGE.match(message)
        if m is None:
            raise ValueError(f"unexpected SHACL result message {message!r}")
        unit = str(report.value(result, sh.value))
        found[(m.group(1), "unit", unquote(unit[len(U):]), _number(m.group(2)), _number(m.group(3)), ())] += 1
    return found
