"""Fuzzing the loaders: whatever the input, it loads or raises InputError — never another exception.
Kept to a few seconds each so CI runs them on every change."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.catalogue import load_catalogue
from compliance.messages import InputError
from compliance.model import build_org
from compliance.source import SourceMap, decode, parse_text

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20),
                    st.sampled_from(["so", "ubnd_tinh", "phong_thuoc_so", "u", "s", "loai_1", "2023-09-08",
                                     "08/09/2023", "-1", "1e999", "Sở Nội vụ"]))
DATA = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                    max_leaves=20)
UNIT_KEYS = ["id", "name", "kind", "parent", "bien_che", "nguoi_lam_viec", "cap_truong", "cap_pho", "functions",
             "nhom_tu_chu", "nganh", "merged_provinces", "reorganization", "dich_vu_co_ban", "x"]
UNIT = st.dictionaries(st.sampled_from(UNIT_KEYS), st.one_of(SCALARS, DATA), max_size=8)
ORG = st.fixed_dictionaries({
    "jurisdiction": st.one_of(DATA, st.fixed_dictionaries(
        {"name": SCALARS, "class": st.sampled_from(["loai_1", "dac_biet", "x"]), "as_of": SCALARS})),
    "units": st.one_of(DATA, st.lists(UNIT, max_size=6)),
}, optional={"tasks": DATA, "functions": DATA, "decisions": DATA, "notes": DATA})
YAMLISH = st.text(alphabet=st.sampled_from(list("ab:-[]{},&*!|>'\"#?%@` \n\t\r\x00\x07ởƠ\ufeff0123456789.")),
                  max_size=200)


def loads_or_input_error(call) -> None:
    try:
        call()
    except InputError as exc:
        assert exc.problems and all(p.file for p in exc.problems)
        exc.render("vi")  # every message must render


@FAST
@given(st.one_of(st.text(max_size=300), YAMLISH))
def test_parse_text(text):
    loads_or_input_error(lambda: parse_text(text, "f.yaml"))
    loads_or_input_error(lambda: parse_text(text, "f.json", is_json=True))


JSON_DATA = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=12)),
                         lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                 st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                         max_leaves=25)


def _nfc(value):
    import unicodedata
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


@FAST
@given(st.dictionaries(st.text(max_size=8), JSON_DATA, max_size=5), st.sampled_from([None, 1, "\t"]),
       st.booleans())
def test_json_reads_what_the_json_module_reads(data, indent, ascii_only):
    # the reader walks the top level itself (for the lines of units and tasks): it must agree with json
    import json
    text = json.dumps(data, indent=indent, ensure_ascii=ascii_only)
    if len(_nfc(data)) < len(data):  # two keys equal once normalised: a duplicate, reported as such
        loads_or_input_error(lambda: parse_text(text, "f.json", is_json=True))
        return
    read, source = parse_text(text, "f.json", is_json=True)
    assert read == _nfc(data)
    for i, key in enumerate(data):
        assert source.line((_nfc(key),)) == (1 if indent is None else 2 + sum(
            len(json.dumps(v, indent=indent).splitlines()) for v in list(data.values())[:i]))


@FAST
@given(st.binary(max_size=300))
def test_decode_then_parse(raw):
    loads_or_input_error(lambda: parse_text(decode(raw, "f.yaml"), "f.yaml"))


@FAST
@given(st.one_of(DATA, ORG))
def test_build_org(data):
    loads_or_input_error(lambda: build_org(data, SourceMap("f.yaml")))


@FAST
@given(ORG)
def test_build_org_through_yaml_text(data):
    text = yaml.safe_dump(data, allow_unicode=True)
    loads_or_input_error(lambda: build_org(*parse_text(text, "f.yaml")))


RULE = {"code": "THU.PHO", "family": "cap_pho", "title": {"vi": "t", "en": "t"}, "severity": "error",
        "legal_basis": [{"document": "Văn bản thử"}], "fact": "unit", "where": {"kind": "phong_thuoc_so"},
        "measure": "cap_pho", "compare": ">",
        "bands": {"columns": ["cls", "bien_che", "limit"], "rows": [["*", "< 10", 1], ["*", ">= 10", 2]]},
        "message": {"vi": "{value}/{limit}", "en": "{value}/{limit}"}, "why": {"vi": "w", "en": "w"},
        "feature": "features/cap_pho.feature"}
CELL = st.one_of(SCALARS, st.sampled_from(["< 10", "<= 9", "9..14", "9–14", "> 5", "!= loai_1", "[a, b]", "*",
                                           "@bien_che", "2*@n_units + 3", "<<", "..", "≥ 3"]))
BANDS = st.fixed_dictionaries({"columns": st.lists(st.sampled_from(["cls", "bien_che", "kind", "nhom_tu_chu", "limit",
                                                                    "x"]), max_size=4),
                               "rows": st.lists(st.lists(CELL, max_size=4), max_size=4)})
RULE_CHANGES = st.dictionaries(st.sampled_from(list(RULE) + ["limit", "extra"]),
                               st.one_of(SCALARS, DATA, BANDS, CELL), max_size=3)
REGIMES = {"regimes": [{"code": "THU", "name": {"vi": "Thử", "en": "Test"}, "in_force": {"from": "2020-01-01"},
                        "documents": ["Văn bản thử"]}]}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RULE_CHANGES)
def test_rule_file_loader(changes):
    rule = {**RULE, **changes}
    doc = {"source": {"document": "Văn bản thử", "title": "Thử", "in_force": {"from": "2020-01-01"}}, "rules": [rule]}
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "thu.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        (Path(tmp) / "che-do.yaml").write_text(yaml.safe_dump(REGIMES, allow_unicode=True), encoding="utf-8")
        loads_or_input_error(lambda: load_catalogue(Path(tmp)))


def test_wrong_type_of_a_list_found_by_fuzzing():
    try:
        build_org({"jurisdiction": None, "units": [], "functions": 1}, SourceMap("f.yaml"))
    except InputError as exc:
        assert {"mapping_type", "list_type"} <= {p.key for p in exc.problems}
    else:
        raise AssertionError("must be refused")
