"""Loading organization files: every problem reported at once, located, in Vietnamese."""

import json
import unicodedata
from pathlib import Path

import pytest

from compliance.messages import InputError
from compliance.model import load_org
from compliance.source import parse_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "nho"


def problems_of(path_or_text, tmp_path=None, name="org.yaml"):
    if tmp_path is not None:
        path = tmp_path / name
        path.write_text(path_or_text, encoding="utf-8")
    else:
        path = path_or_text
    with pytest.raises(InputError) as info:
        load_org(path)
    return info.value


def test_cycle_unknown_parent_and_duplicate_id_reported_together():
    error = problems_of(FIXTURES / "loi-cau-truc.yaml")
    keys = {p.key for p in error.problems}
    assert {"cycle", "unknown_parent", "duplicate_id"} <= keys
    text = error.render("vi")
    assert "vòng lặp: cc_1 → cc_2 → cc_1" in text
    assert "dòng 8, đơn vị «p_1»" in text and "«so_khong_co» không tồn tại" in text
    assert "dòng 9, đơn vị «so_a»" in text and "trùng với đơn vị ở dòng 5" in text
    assert all(p.file.endswith("loi-cau-truc.yaml") and p.line for p in error.problems)
    assert "Traceback" not in text


def test_english_rendering_of_the_same_problems():
    text = problems_of(FIXTURES / "loi-cau-truc.yaml").render("en")
    assert "the hierarchy forms a cycle" in text and "does not exist" in text and "duplicates the unit" in text


def test_nfd_file_is_treated_exactly_as_nfc():
    nfc = load_org(FIXTURES / "so-nho.yaml")
    nfd = load_org(FIXTURES / "so-nho-nfd.yaml")
    raw = (FIXTURES / "so-nho-nfd.yaml").read_text(encoding="utf-8")
    assert raw != unicodedata.normalize("NFC", raw), "the NFD fixture must really be decomposed"
    assert nfd.units == nfc.units and nfd.tasks == nfc.tasks
    assert nfd.units["so_noi_vu"].name == "Sở Nội vụ"


@pytest.mark.parametrize("field, value, expected", [
    ("bien_che", "-3", "không được âm"),
    ("bien_che", "7.5", "phải là số nguyên"),
    ("bien_che", '"12"', "phải là số nguyên"),
    ("bien_che", "true", "phải là số nguyên"),
    ("cap_pho", "99999999999", "quá lớn"),
    ("kind", "phong_so", "không hợp lệ; chọn một trong"),
    ("bienche", "8", "không có trong mẫu"),
    ("nhom_tu_chu", "5", "nhom_tu_chu"),
])
def test_bad_values_are_named(tmp_path, field, value, expected):
    unit = {"id": "p", "name": "P", "kind": "phong_thuoc_so", "parent": "s", "bien_che": "8", "cap_pho": "1"}
    unit[field] = value
    text = ("jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\n"
            "units:\n"
            "  - {id: u, name: U, kind: ubnd_tinh}\n"
            "  - {id: s, name: S, kind: so, parent: u, bien_che: 20, cap_pho: 1}\n"
            "  - {" + ", ".join(f"{k}: {v}" for k, v in unit.items()) + "}\n")
    rendered = problems_of(text, tmp_path).render("vi")
    assert expected in rendered, rendered
    assert "dòng 5" in rendered and "«p»" in rendered


def test_typo_gets_a_suggestion(tmp_path):
    text = ("jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits:\n"
            "  - {id: u, name: U, kind: ubnd_tinh}\n  - {id: s, name: S, kind: so, parnt: u, bien_che: 9, cap_pho: 1}\n")
    assert "ý bạn là «parent»" in problems_of(text, tmp_path).render("vi")


def test_semantic_checks(tmp_path):
    text = ("jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits:\n"
            "  - {id: u, name: U, kind: ubnd_tinh}\n"
            "  - {id: s, name: S, kind: so, parent: u, bien_che: 3, cap_pho: 3}\n"          # leaders > staff
            "  - {id: p, name: P, kind: phong_thuoc_so, parent: u, bien_che: 9, cap_pho: 1}\n"  # wrong parent kind
            "  - {id: q, name: Q, kind: phong_thuoc_so, parent: q, bien_che: 9, cap_pho: 1}\n"  # self parent
            "  - {id: c, name: C, kind: chi_cuc, bien_che: 20, cap_pho: 1}\n"               # no parent
            "  - {id: d, name: D, kind: dvsncl, parent: s, cap_pho: 1}\n"                   # staff missing
            "  - {id: f, name: F, kind: phong_thuoc_so, parent: s, bien_che: 9, cap_pho: 1, functions: [QLNN.NOI_VU.THIDUA]}\n")
    error = problems_of(text, tmp_path)
    keys = [(p.unit, p.key) for p in error.problems]
    assert ("s", "leaders_exceed_staff") in keys
    assert ("p", "kind_parent") in keys
    assert ("q", "self_parent") in keys
    assert ("c", "needs_parent") in keys
    assert ("d", "staff_required") in keys
    assert ("f", "unknown_function") in keys
    assert "ý bạn là «QLNN.NOI_VU.THI_DUA»" in error.render("vi")


def test_only_a_provincial_committee_gives_a_class(tmp_path):
    text = ("jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits:\n"
            "  - {id: u, name: U, kind: ubnd_tinh, class: dac_biet}\n"
            "  - {id: h, name: H, kind: ubnd_huyen, parent: u, class: loai_1}\n"
            "  - {id: s, name: S, kind: so, parent: u, bien_che: 20, cap_pho: 1,\n"
            "     class: dac_biet}\n")
    error = problems_of(text, tmp_path)
    assert [(p.unit, p.key, p.line) for p in error.problems] == [("h", "class_kind", 4), ("s", "class_kind", 6)]
    vi, en = error.render("vi"), error.render("en")
    assert "org.yaml" in vi and "dòng 4, đơn vị «h»" in vi and "chỉ UBND cấp tỉnh (ubnd_tinh) mới khai báo được «class»" in vi
    assert "không phải ubnd_huyen" in vi and "không phải so" in vi
    assert "only a provincial committee (ubnd_tinh) can give 'class'" in en and "not so" in en


def test_a_province_class_is_read_and_checked_like_the_jurisdictions(tmp_path):
    head = "jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits:\n"
    path = tmp_path / "ok.yaml"
    path.write_text(head + "  - {id: u, name: U, kind: ubnd_tinh, class: dac_biet}\n  - {id: v, name: V, kind: ubnd_tinh}\n",
                    encoding="utf-8")
    org = load_org(path)
    assert org.units["u"].cls.value == "dac_biet" and org.units["v"].cls is None
    assert {c.value for c in org.province_classes()} == {"dac_biet", "loai_1"}
    rendered = problems_of(head + "  - {id: u, name: U, kind: ubnd_tinh, class: loai_4}\n", tmp_path).render("vi")
    assert "dòng 3" in rendered and "«u»" in rendered and "dac_biet, loai_1, loai_2_3" in rendered


@pytest.mark.parametrize("text, key", [
    ("", "file_empty"),
    ("a: [1, 2\n", "syntax"),
    ("a: 1\na: 2\n", "duplicate_key"),
    ("x: !!python/object/apply:os.system ['echo hi']\n", "bad_tag"),
    ("- 1\n- 2\n", "not_mapping"),
])
def test_unreadable_documents(tmp_path, text, key):
    error = problems_of(text, tmp_path)
    assert key in {p.key for p in error.problems}


def test_alias_bomb_is_bounded():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    with pytest.raises(InputError) as info:
        parse_text("\n".join(lines) + "\n", "bomb.yaml")
    assert info.value.problems[0].key == "too_many_nodes"


def test_encodings(tmp_path):
    base = FIXTURES / "so-nho.yaml"
    text = base.read_text(encoding="utf-8")
    (tmp_path / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "u16.yaml").write_bytes(text.encode("utf-16"))
    (tmp_path / "latin.yaml").write_bytes(text.encode("utf-8").replace("Sở".encode(), b"S\xf5"))
    reference = load_org(base).units
    assert load_org(tmp_path / "bom.yaml").units == reference
    assert load_org(tmp_path / "u16.yaml").units == reference
    assert problems_of(tmp_path / "latin.yaml").problems[0].key == "bad_encoding"


def test_json_has_the_same_schema(tmp_path):
    import yaml
    data = yaml.safe_load((FIXTURES / "so-nho.yaml").read_text(encoding="utf-8"))
    data["jurisdiction"]["as_of"] = "2023-09-08"
    path = tmp_path / "org.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent="\t"), encoding="utf-8")
    assert load_org(path).units == load_org(FIXTURES / "so-nho.yaml").units


def test_missing_file_and_wrong_extension(tmp_path):
    assert problems_of(tmp_path / "none.yaml").problems[0].key == "file_missing"
    (tmp_path / "org.txt").write_text("x", encoding="utf-8")
    assert problems_of(tmp_path / "org.txt").problems[0].key == "bad_extension"


@pytest.mark.parametrize("text, nodes", [("a: 1\nb: {c: [1, 2], d: x}\n", 7),
                                         ("x: &x {k: [1, 2]}\ny: [*x, *x]\nz: {m: 3}\n", 16)])
def test_alias_bound_counts_values_as_if_expanded(text, nodes):
    # the 150 000-unit bench file has ~1.4 M values but ~3 M nodes with keys: keys must not count;
    # an alias counts the whole value it stands for, so a bomb is refused before it is copied
    import yaml
    from compliance import source
    builder = source._Builder("f.yaml")
    data = builder.run(yaml.parse(text, Loader=source._FAST_LOADER))
    assert builder.count == nodes
    if "y" in data:  # each alias is its own copy: changing one must not change another
        data["y"][0]["k"].append(3)
        assert data["y"][1]["k"] == [1, 2] and data["x"]["k"] == [1, 2]


def _so_nho_json(tmp_path, mutate=None, indent="  "):
    import yaml
    data = yaml.safe_load((FIXTURES / "so-nho.yaml").read_text(encoding="utf-8"))
    data["jurisdiction"]["as_of"] = "2023-09-08"
    if mutate:
        mutate(data)
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    path = tmp_path / "org.json"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_json_units_carry_their_lines(tmp_path):
    path, text = _so_nho_json(tmp_path)
    org = load_org(path)
    lines = text.splitlines()
    for unit_id, line in org.unit_lines.items():  # the line where the unit's object opens
        assert lines[line - 1].strip() == "{" and f'"id": "{unit_id}"' in lines[line]
    compact, _ = _so_nho_json(tmp_path, indent=None)
    assert set(load_org(compact).unit_lines.values()) == {1}


def test_json_problem_deep_in_a_unit_names_its_own_line(tmp_path):
    path, text = _so_nho_json(tmp_path, lambda d: d["units"][2].update(bien_che="mười"))
    problem = problems_of(path).problems[0]
    assert problem.key == "int_type"
    assert text.splitlines()[problem.line - 1].strip() == '"bien_che": "mười",'


def test_json_duplicate_keys_name_both_lines(tmp_path):
    text = '{\n "jurisdiction": {"name": "T", "class": "loai_1"},\n "units": [],\n "units": []\n}\n'
    problem = problems_of(text, tmp_path, "org.json").problems[0]
    assert (problem.key, problem.line, problem.params["first"]) == ("duplicate_key", 4, 3)


@pytest.mark.parametrize("text", ['{"units": [1, 2,]}', "{'units': []}", '{"units": []} x', '{"a": 1,}'])
def test_json_is_read_as_json(tmp_path, text):
    # YAML would accept these; a .json file is JSON
    assert problems_of(text, tmp_path, "org.json").problems[0].key == "syntax"


def test_json_escapes_are_normalized(tmp_path):
    path, _ = _so_nho_json(tmp_path, lambda d: d["units"][1].update(name="Sở Y tê\u0301"), indent=None)
    path.write_text(path.read_text(encoding="utf-8").replace("tê\u0301", "tê\\u0301"), encoding="utf-8")
    assert "\\u0301" in path.read_text(encoding="utf-8")
    assert list(load_org(path).units.values())[1].name == "Sở Y tế"


def test_yaml_merge_keys_and_their_duplicates():
    data, source = parse_text("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  z: 3\n", "m.yaml")
    assert data["c"] == {"x": 1, "y": 2, "z": 3} and source.line(("c", "z")) == 4
    with pytest.raises(InputError) as info:
        parse_text("base: &b {x: 1}\nc:\n  <<: *b\n  x: 2\n", "m.yaml")
    assert [p.key for p in info.value.problems] == ["duplicate_key"]


@pytest.mark.parametrize("text, key, line", [
    ("a: 1\n---\nb: 2\n", "syntax", 2),            # one document per file
    ("a: *nowhere\n", "syntax", 1),                # an alias to nothing
    ("a: &x [1, *x]\n", "too_deep", 1),            # a value that contains itself
    ("? [a, b]\n: 1\nc: 2\n", "bad_key", 1),       # a list as a key
    ("a: !!map x\n", "syntax", 1),
])
def test_yaml_structures_orgcheck_does_not_read(text, key, line):
    with pytest.raises(InputError) as info:
        parse_text(text, "f.yaml")
    problem = info.value.problems[0]
    assert (problem.key, problem.line) == (key, line)
