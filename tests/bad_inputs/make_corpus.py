"""Writes the corpus of malformed inputs in tests/bad_inputs/ and its expectations (cases.json).

Deterministic (no clock, fixed seeds): run `python tests/bad_inputs/make_corpus.py` after changing it
and commit the result; tests/test_bad_inputs.py checks the committed files are what this script writes.
Each case names the message key that must be reported and, where one exists, the line it must name.
The 100 MB file is not here: the test writes it in a temporary directory.
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

JURISDICTION = [("name", "Tỉnh Thử"), ("class", "loai_1"), ("as_of", "2023-09-08")]
UNITS = [
    [("id", "u"), ("name", "UBND tỉnh Thử"), ("kind", "ubnd_tinh")],
    [("id", "s"), ("name", "Sở Nội vụ"), ("kind", "so"), ("parent", "u"), ("bien_che", "20"), ("cap_pho", "2")],
    [("id", "p"), ("name", "Phòng Tổ chức"), ("kind", "phong_thuoc_so"), ("parent", "s"), ("bien_che", "9"),
     ("cap_pho", "1")],
    [("id", "d"), ("name", "Trung tâm Lưu trữ"), ("kind", "dvsncl"), ("parent", "s"), ("nguoi_lam_viec", "15"),
     ("cap_pho", "1"), ("nhom_tu_chu", "2")],
]


class Doc:
    """An organization file in block style, one key per line, so each value has its own line."""

    def __init__(self, jurisdiction=None, units=None, tail: list[str] | None = None):
        self.jurisdiction = list(JURISDICTION if jurisdiction is None else jurisdiction)
        self.units = [list(u) for u in (UNITS if units is None else units)]
        self.tail = tail or []

    def set(self, unit: int, key: str, raw: str | None) -> "Doc":
        """Replace (or add, or with None remove) one key of one unit."""
        fields = self.units[unit]
        keys = [k for k, _ in fields]
        if key in keys:
            i = keys.index(key)
            if raw is None:
                del fields[i]
            else:
                fields[i] = (key, raw)
        elif raw is not None:
            fields.append((key, raw))
        return self

    def lines(self) -> tuple[list[str], dict]:
        out, where = [], {}
        if self.jurisdiction is not None:
            out.append("jurisdiction:")
            for k, v in self.jurisdiction:
                out.append(f"  {k}: {v}")
                where[("jurisdiction", k)] = len(out)
        out.append("units:")
        for i, fields in enumerate(self.units):
            for j, (k, v) in enumerate(fields):
                out.append(f"  {'- ' if j == 0 else '  '}{k}: {v}")
                where[(i, k)] = len(out)
            where[(i,)] = len(out) - len(fields) + 1
        out += self.tail
        return out, where

    def text(self) -> str:
        return "\n".join(self.lines()[0]) + "\n"

    def line(self, *at) -> int:
        return self.lines()[1][at]


CASES: list[dict] = []


def case(name: str, content: str | bytes, key: str, line: int | None = None, kind: str = "org",
         also: list[str] | None = None, detail: list[str] | None = None) -> None:
    """`also`: further text the message must contain (the value or the field named); `detail`: the keys of
    the detail messages nested in it (outermost first), whose words must be there in either language."""
    CASES.append({"file": f"{kind}/{name}", "key": key, "line": line, "also": also or [],
                  **({"detail": detail} if detail else {}), "content": content})


# --- organization files ----------------------------------------------------------------------

def syntax_cases() -> None:
    base = Doc().text().splitlines()
    broken = {
        "unclosed-flow-seq": (5, "  - id: u\n    functions: [a, b"),
        "unclosed-flow-map": (5, "  - {id: u, name: U"),
        "unclosed-double-quote": (6, '    name: "UBND tỉnh'),
        "unclosed-single-quote": (6, "    name: 'UBND tỉnh"),
        "bad-indent": (7, "      kind: ubnd_tinh"),
        "tab-indent": (7, "\tkind: ubnd_tinh"),
        "colon-in-plain": (6, "    name: a: b"),
        "stray-dash": (7, "    - kind: ubnd_tinh"),
        "bad-anchor-name": (6, "    name: *khong_co_anchor"),
        "question-key": (6, "    ? [a\n"),
        "stray-bracket": (6, "    name: ]"),
        "document-end-garbage": (8, "... garbage: ["),
        "directive-late": (8, "%YAML 1.1"),
        "stray-brace": (6, "    name: }"),
        "at-sign-start": (6, "    name: @tinh"),
        "backtick-start": (6, "    name: `tinh`"),
    }
    for name, (line, replacement) in broken.items():
        lines = list(base)
        lines[line - 1] = replacement
        case(f"cu-phap-{name}.yaml", "\n".join(lines) + "\n", "syntax", None)
    case("cu-phap-json.json", '{"jurisdiction": {"name": "T",\n "class": "loai_1" "as_of": "2023-09-08"}}', "syntax", 2)
    case("cu-phap-json-unclosed.json", '{"units": [\n}', "syntax", 2)
    # YAML reads single quotes and trailing commas: such JSON is read, and what is missing is said
    case("json-single-quote.json", "{'units': [1, 2,]}", "syntax", 1)  # JSON, not YAML: no single quotes


def top_level_cases() -> None:
    for name, text in {"list": "- 1\n- 2\n", "scalar": "chỉ là một câu\n", "number": "42\n", "null": "null\n",
                       "tilde": "~\n", "bool": "true\n", "json-list.json": "[1, 2, 3]"}.items():
        file = name if name.endswith(".json") else f"{name}.yaml"
        case(f"khong-phai-mapping-{file}", text, "not_mapping")
    case("khong-co-don-vi.yaml", "jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits: []\n",
         "no_units", 2)


def wrong_type_cases() -> None:
    unit_fields = {  # field of unit 2 (p) or 3 (d) → (unit, values, key)
        "id": (2, ["[p, q]", "{a: 1}"], "string_type"),
        "name": (2, ["[Phòng]", "{vi: Phòng}"], "string_type"),
        "kind": (2, ["[so]", "{so: 1}", "3", "phong_so"], "choice"),
        "parent": (2, ["[s]", "{s: 1}"], "string_type"),
        "functions": (2, ["QLNN.NOI_VU", "{a: b}", "12"], "list_type"),
        "dich_vu_co_ban": (3, ["[true]", "có", "2"], "bool_type"),
        "ngoai_le_cap_pho": (3, ["{x: 1}", "hai"], "bool_type"),
        "location": (2, ["[Cần Thơ]"], "string_type"),
        "sector": (2, ["{a: b}"], "string_type"),
        "nganh": (1, ["[noi_vu]"], "string_type"),
        "notes": (2, ["[ghi chú]"], "string_type"),
        "reorganization": (1, ["Quyết định 5", "[1, 2]"], "mapping_type"),
    }
    for name, (unit, values, key) in unit_fields.items():
        for n, value in enumerate(values):
            doc = Doc().set(unit, name, value)
            case(f"kieu-sai-{name}-{n}.yaml", doc.text(), key, doc.line(unit, name), also=[name])
    for name, value, key in [("as_of", "hôm qua", "date_type"), ("as_of", "2023-02-30", "date_type"),
                             ("as_of", "[2023]", "date_type"), ("class", "loai_4", "choice"),
                             ("name", "[T]", "string_type"), ("level", "quan", "choice")]:
        jur = [(k, v) for k, v in JURISDICTION if k != name] + [(name, value)]
        doc = Doc(jurisdiction=jur)
        case(f"kieu-sai-jurisdiction-{name}-{value.strip('[]').replace(' ', '-')}.yaml", doc.text(), key,
             doc.line("jurisdiction", name), also=[name])
    case("kieu-sai-units-mapping.yaml", "jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits: {u: 1}\n",
         "list_type", 2, also=["units"])
    case("kieu-sai-units-scalar.yaml", "jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits: nhiều\n",
         "list_type", 2, also=["units"])
    case("kieu-sai-unit-scalar.yaml", "jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits:\n  - u\n",
         "mapping_type", 3)
    case("kieu-sai-jurisdiction-list.yaml", "jurisdiction: [T, loai_1]\nunits:\n  - {id: u, name: U, kind: ubnd_tinh}\n",
         "mapping_type", 1, also=["jurisdiction"])
    case("kieu-sai-tasks-mapping.yaml", Doc(tail=["tasks: {t1: x}"]).text(), "list_type", None, also=["tasks"])
    case("kieu-sai-task-chu-tri.yaml", Doc(tail=["tasks:", "  - id: t1", "    title: Việc", "    chu_tri: {s: 1}"]).text(),
         "list_type", len(Doc().lines()[0]) + 4, also=["chu_tri"])
    case("kieu-sai-decision-caps.yaml", Doc(tail=["decisions:", "  - reference: QĐ 1", "    deputy_caps: {s: nhiều}"]).text(),
         "int_type", len(Doc().lines()[0]) + 3, also=["deputy_caps"])
    case("kieu-sai-function-mandatory.yaml",
         Doc(tail=["functions:", "  - code: X.Y", "    name: Việc X", "    mandatory: [tinh, quan]"]).text(),
         "choice", len(Doc().lines()[0]) + 4, also=["mandatory"])
    case("kieu-sai-key-number.yaml", Doc(tail=["12: mười hai"]).text(), "bad_key", len(Doc().lines()[0]) + 1)
    case("kieu-sai-key-list.yaml", Doc(tail=["? [a, b]", ": c"]).text(), "bad_key", len(Doc().lines()[0]) + 1)
    case("kieu-sai-tag-python.yaml", Doc().set(2, "name", "!!python/object/apply:os.system ['echo x']").text(),
         "bad_tag", Doc().line(2, "name"))
    case("kieu-sai-tag-binary.yaml", Doc().set(2, "name", "!!binary aGVsbG8=").text(), "bad_tag", Doc().line(2, "name"))
    case("kieu-sai-tag-custom.yaml", Doc().set(2, "bien_che", "!so 9").text(), "bad_tag", Doc().line(2, "bien_che"))


def missing_cases() -> None:
    for unit, name in [(2, "id"), (2, "name"), (2, "kind"), (1, "name")]:
        doc = Doc().set(unit, name, None)
        case(f"thieu-{name}-{unit}.yaml", doc.text(), "missing", doc.line(unit,), also=[name])
    for unit, name in [(1, "bien_che"), (2, "cap_pho"), (3, "nguoi_lam_viec"), (2, "parent")]:
        doc = Doc().set(unit, name, None)
        key = "needs_parent" if name == "parent" else "staff_required"
        case(f"thieu-{name}.yaml", doc.text(), key, doc.line(unit,))
    for name in ("name", "class", "as_of"):
        doc = Doc(jurisdiction=[(k, v) for k, v in JURISDICTION if k != name])
        case(f"thieu-jurisdiction-{name}.yaml", doc.text(), "missing", 1, also=[name])
    case("thieu-jurisdiction.yaml", "units:\n  - {id: u, name: U, kind: ubnd_tinh}\n", "missing", None,
         also=["jurisdiction"])
    case("thieu-units.yaml", "jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\n", "missing", None,
         also=["units"])
    case("thieu-task-title.yaml", Doc(tail=["tasks:", "  - id: t1"]).text(), "missing",
         len(Doc().lines()[0]) + 2, also=["title"])
    case("thieu-reorganization-date.yaml", Doc().set(1, "reorganization", "{decision: QĐ 12}").text(), "missing",
         Doc().set(1, "reorganization", "x").line(1, "reorganization"), also=["date"])
    case("trong-name.yaml", Doc().set(2, "name", '""').text(), "empty_text", Doc().line(2, "name"))
    case("trong-id.yaml", Doc().set(2, "id", "'   '").text(), "empty_text", Doc().line(2, "id"))


def unknown_field_cases() -> None:
    for unit, typo, right in [(1, "bienche", "bien_che"), (2, "parnt", "parent"), (2, "cap_phó", "cap_pho"),
                              (3, "nhom_tuchu", "nhom_tu_chu"), (2, "Kind", "kind"), (2, "chức_năng", None)]:
        doc = Doc().set(unit, typo, "1")
        case(f"truong-la-{typo}.yaml", doc.text(), "extra", doc.line(unit, typo),
             also=[f"ý bạn là «{right}»"] if right else [typo])
    jur = JURISDICTION + [("clas", "loai_1")]
    doc = Doc(jurisdiction=jur)
    case("truong-la-jurisdiction-clas.yaml", doc.text(), "extra", doc.line("jurisdiction", "clas"), also=["clas"])
    case("truong-la-top-level.yaml", Doc(tail=["unit: []"]).text(), "extra", len(Doc().lines()[0]) + 1,
         also=["ý bạn là «units»"])
    case("truong-la-task.yaml", Doc(tail=["tasks:", "  - id: t1", "    title: Việc", "    chutri: [s]"]).text(), "extra",
         len(Doc().lines()[0]) + 4, also=["chu_tri"])
    case("truong-la-function.yaml", Doc(tail=["functions:", "  - code: X.Y", "    name: Việc", "    nhom: a"]).text(),
         "extra", len(Doc().lines()[0]) + 4, also=["nhom"])


def number_cases() -> None:
    numeric = [(1, "bien_che"), (2, "cap_pho"), (2, "cap_truong"), (3, "nguoi_lam_viec")]
    values = {"am": ("-1", "negative"), "am-lon": ("-99999999999999999999", "negative"),
              "lon": ("99999999999", "too_big"), "rat-lon": ("1" + "0" * 400, "too_big"),
              "so-thuc": ("7.5", "int_type"), "vo-cung": (".inf", "int_type"), "nan": (".nan", "int_type"),
              "chuoi-so": ('"12"', "int_type"), "chu": ("mười hai", "int_type"), "co-don-vi": ("12 người", "int_type"),
              "bool": ("true", "int_type"), "hex": ("0x1F", None), "null": ("null", None)}
    for unit, name in numeric:
        for label, (value, key) in values.items():
            if key is None:
                continue
            doc = Doc().set(unit, name, value)
            case(f"so-{name}-{label}.yaml", doc.text(), key, doc.line(unit, name), also=[name])
    for value, key in [("0", "choice"), ("5", "too_big"), ("-2", "choice"), ('"2"', "int_type")]:
        doc = Doc().set(3, "nhom_tu_chu", value)
        case(f"so-nhom_tu_chu-{value.strip(chr(34))}.yaml", doc.text(), key, doc.line(3, "nhom_tu_chu"))
    for value, key in [("4", "too_big"), ("0", "choice")]:
        doc = Doc().set(1, "merged_provinces", value)
        case(f"so-merged_provinces-{value}.yaml", doc.text(), key, doc.line(1, "merged_provinces"))
    doc = Doc().set(1, "bien_che", "2").set(1, "cap_pho", "5")
    case("so-lanh-dao-vuot-bien-che.yaml", doc.text(), "leaders_exceed_staff", doc.line(1, "cap_pho"))
    case("so-quyet-dinh-cap-am.yaml", Doc(tail=["decisions:", "  - reference: QĐ 1", "    deputy_caps: {s: -1}"]).text(),
         "negative", len(Doc().lines()[0]) + 3)


def duplicate_cases() -> None:
    lines = Doc().text().splitlines()
    dup_unit = lines[:8] + ["    kind: so"] + lines[8:]
    case("trung-khoa-unit.yaml", "\n".join(dup_unit) + "\n", "duplicate_key", 9, also=["kind"])
    case("trung-khoa-top.yaml", Doc().text() + "jurisdiction: {name: T2}\n", "duplicate_key",
         len(Doc().lines()[0]) + 1, also=["jurisdiction"])
    case("trung-khoa-jurisdiction.yaml", Doc(jurisdiction=JURISDICTION + [("class", "loai_2_3")]).text(),
         "duplicate_key", 5, also=["class"])
    case("trung-khoa-flow.yaml", "jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08, name: U}\nunits: []\n",
         "duplicate_key", 1)
    case("trung-khoa-json.json", '{"jurisdiction": {"name": "T", "class": "loai_1", "as_of": "2023-09-08"},\n'
         '"units": [], "units": []}', "duplicate_key", 2)
    doc = Doc().set(3, "id", "s")
    case("trung-ma-don-vi.yaml", doc.text(), "duplicate_id", doc.line(3, "id"), also=["«s»"])
    case("trung-ma-nhiem-vu.yaml", Doc(tail=["tasks:", "  - {id: t1, title: A}", "  - {id: t1, title: B}"]).text(),
         "duplicate_task", len(Doc().lines()[0]) + 3)
    case("trung-ma-chuc-nang.yaml", Doc(tail=["functions:", "  - {code: X.Y, name: A}", "  - {code: X.Y, name: B}"]).text(),
         "duplicate_function", len(Doc().lines()[0]) + 3)


def bomb_cases() -> None:
    def laughs(levels: int, width: int) -> str:
        out = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
        for i in range(1, levels):
            out.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
        return "\n".join(out) + "\n"
    case("bom-alias-10x9.yaml", laughs(9, 10), "too_many_nodes")
    case("bom-alias-2x40.yaml", laughs(40, 2), "too_many_nodes")
    case("bom-alias-100x4.yaml", laughs(4, 100), "too_many_nodes")
    bomb_in_units = laughs(8, 10) + "jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits: *a7\n"
    case("bom-alias-trong-units.yaml", bomb_in_units, "too_many_nodes")
    merge = ["b0: &b0 {k0: 1, k1: 1}"] + [f"b{i}: &b{i} {{<<: *b{i - 1}, x{i}: [*b{i - 1}, *b{i - 1}, *b{i - 1}]}}"
                                          for i in range(1, 30)]
    case("alias-de-quy-seq.yaml", Doc().text() + "x: &x [*x]\n", "too_deep", len(Doc().lines()[0]) + 1)
    case("alias-de-quy-map.yaml", "jurisdiction: &j {name: *j}\nunits: []\n", "too_deep", 1)
    case("bom-alias-merge.yaml", "\n".join(merge) + "\n", "too_many_nodes")


def nesting_cases() -> None:
    case("long-sau-flow-seq.yaml", "units: " + "[" * 5000 + "]" * 5000 + "\n", "too_deep")
    case("long-sau-flow-map.yaml", "units: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n", "too_deep")
    case("long-sau-block.yaml", "".join("  " * i + "a:\n" for i in range(400)) + "  " * 400 + "b: 1\n", "too_deep")
    case("long-sau-block-seq.yaml", "units:\n" + "".join("  " * (i + 1) + "-\n" for i in range(300)) + "  " * 302 + "x\n",
         "too_deep")
    case("long-sau-json.json", '{"units": ' + "[" * 100_000 + "]" * 100_000 + "}", "too_deep")
    case("long-sau-json-map.json", '{"units": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}", "too_deep")


def encoding_cases() -> None:
    rnd = random.Random(6)
    for n in range(4):
        case(f"nhi-phan-ngau-nhien-{n}.yaml", bytes(rnd.randrange(256) for _ in range(512 * (n + 1))), "bad_encoding")
    case("nhi-phan-png.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "bad_encoding")
    case("nhi-phan-zip.yaml", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(255, -1, -1)), "bad_encoding")
    case("nhi-phan-nul.yaml", Doc().text().encode() + b"\x00\x00\x00", "bad_encoding", len(Doc().lines()[0]) + 1)
    # Vietnamese Windows code page 1258: ơ = F5, ư = FD, combining hook above = D2
    case("nhi-phan-cp1258-mot-tu.yaml", Doc().text().encode("utf-8").replace("Sở".encode(), b"S\xf5\xd2"),
         "bad_encoding", Doc().line(1, "name"))
    case("nhi-phan-cp1258.yaml", b"jurisdiction:\n  name: Ti\xd2nh Th\xfd\xd2\n", "bad_encoding", 2)
    case("nhi-phan-utf8-cut.yaml", Doc().text().encode()[:-3] + "ở".encode()[:1] + b"\n", "bad_encoding",
         len(Doc().lines()[0]))
    case("ky-tu-1c-8kb.yaml", b"\x1c" * 8192, "bad_character", 1, also=["U+001C"])
    case("ky-tu-1c-sau-noi-dung.yaml", Doc().text().encode() + b"\x1c\x1d\x1e\x1f", "bad_character")
    case("ky-tu-dieu-khien.yaml", Doc().set(2, "name", "Phòng\x07Tổ chức").text(), "bad_character", Doc().line(2, "name"))
    # BOM, UTF-16, CRLF: the encoding is fine; the content is wrong and its line must still be right.
    doc = Doc().set(1, "bien_che", "-5")
    line = doc.line(1, "bien_che")
    case("bom-utf8-am.yaml", b"\xef\xbb\xbf" + doc.text().encode(), "negative", line, also=["bien_che"])
    case("bom-utf8-crlf-am.yaml", b"\xef\xbb\xbf" + doc.text().replace("\n", "\r\n").encode(), "negative", line)
    case("utf16-le-am.yaml", doc.text().encode("utf-16-le").join([b"\xff\xfe", b""]), "negative", line)
    case("utf16-be-am.yaml", doc.text().encode("utf-16-be").join([b"\xfe\xff", b""]), "negative", line)
    case("utf16-le-khong-bom.yaml", doc.text().encode("utf-16-le"), "bad_encoding")
    case("utf16-le-le-byte.yaml", b"\xff\xfe" + doc.text().encode("utf-16-le") + b"\x00", "bad_encoding")
    case("utf16-surrogate-le.yaml", b"\xff\xfe" + "a: ".encode("utf-16-le") + b"\x00\xd8\x41\x00", "bad_encoding")
    case("utf32-le.yaml", b"\xff\xfe\x00\x00" + doc.text().encode("utf-32-le"), "bad_encoding")
    for name, doc2, key, at in [("crlf-parent", Doc().set(2, "parent", "khong_co"), "unknown_parent", (2, "parent")),
                                ("crlf-kind", Doc().set(2, "kind", "phong"), "choice", (2, "kind")),
                                ("crlf-trung", Doc().set(2, "id", "s"), "duplicate_id", (2, "id"))]:
        case(f"{name}.yaml", doc2.text().replace("\n", "\r\n").encode(), key, doc2.line(*at))
    case("cr-only-am.yaml", doc.text().replace("\n", "\r").encode(), "negative", line)
    case("crlf-cu-phap.yaml", Doc().text().replace("\n", "\r\n").replace("kind: so", "kind: [so"), "syntax")


def nfd_cases() -> None:
    nfd = lambda text: unicodedata.normalize("NFD", text)
    # Valid NFD loads (tests/test_loading.py); these are wrong for another reason, in NFD.
    doc = Doc().set(2, "parent", "sở_nội_vụ")
    case("nfd-parent-khong-co.yaml", nfd(doc.text()), "unknown_parent", doc.line(2, "parent"), also=["sở_nội_vụ"])
    doc = Doc().set(1, "id", "sở").set(2, "parent", "sở").set(3, "parent", "sở").set(3, "id", "sở")
    text = doc.text()
    head, tail = text.split("  - id: sở\n    name: Trung", 1)
    case("nfd-trung-ma-nfc.yaml", head + nfd("  - id: sở\n    name: Trung") + tail, "duplicate_id",
         doc.line(3, "id"), also=["«sở»"])
    doc = Doc().set(2, "kind", "phòng_thuộc_sở")
    case("nfd-kind.yaml", nfd(doc.text()), "choice", doc.line(2, "kind"), also=["phòng_thuộc_sở"])
    doc = Doc().set(1, "bien_che", "hai mươi")
    case("nfd-so-bang-chu.yaml", nfd(doc.text()), "int_type", doc.line(1, "bien_che"), also=["hai mươi"])


def date_cases() -> None:
    """Dates far outside any plausible range are typos, not dates to check the law at."""
    absurd = {"1800": "1800-01-01", "0001": "0001-01-01", "9999": "9999-12-31", "2101": "2101-01-01",
              "vn-1899": "31/12/1899", "1945-truoc": "1945-09-01"}
    for label, value in absurd.items():
        jur = [(k, v) for k, v in JURISDICTION if k != "as_of"] + [("as_of", value)]
        doc = Doc(jurisdiction=jur)
        case(f"ngay-as_of-{label}.yaml", doc.text(), "date_range", doc.line("jurisdiction", "as_of"), also=["as_of"])
    for label, value in absurd.items():
        doc = Doc().set(1, "reorganization", f"{{decision: QĐ 12, date: {value}}}")
        case(f"ngay-reorganization-{label}.yaml", doc.text(), "date_range", doc.line(1, "reorganization"),
             also=["reorganization.date"])
    for label in ("1800", "9999"):
        doc = Doc(tail=["decisions:", "  - reference: QĐ 1", f"    date: {absurd[label]}"])
        case(f"ngay-decision-{label}.yaml", doc.text(), "date_range", len(Doc().lines()[0]) + 3, also=["date"])


# Characters that hide, reorder or execute: refused in every id field (in a double-quoted YAML string
# or a JSON escape, where the reader lets them through).
HIDDEN = {"esc": "\\u001b", "bel": "\\u0007", "rlo": "\\u202e", "zwsp": "\\u200b", "bom": "\\ufeff", "lri": "\\u2066",
          "nul": "\\u0000", "del": "\\u007f", "ls": "\\u2028", "shy": "\\u00ad"}


def hidden_character_cases() -> None:
    for label, esc in HIDDEN.items():
        doc = Doc().set(2, "id", f'"p{esc}x"')  # inside: a line separator at the end is stripped as space
        case(f"ma-an-id-{label}.yaml", doc.text(), "id_control", doc.line(2, "id"), also=["id"])
        doc = Doc().set(3, "parent", f'"s{esc}x"')
        case(f"ma-an-parent-{label}.yaml", doc.text(), "id_control", doc.line(3, "parent"), also=["parent"])
    for label in ("esc", "rlo", "zwsp", "nul"):
        esc = HIDDEN[label]
        doc = Doc().set(2, "functions", f'["QLNN.X{esc}"]')
        case(f"ma-an-functions-{label}.yaml", doc.text(), "id_control", doc.line(2, "functions"), also=["functions"])
        doc = Doc().set(1, "nganh", f'"noi_vu{esc}"')
        case(f"ma-an-nganh-{label}.yaml", doc.text(), "id_control", doc.line(1, "nganh"), also=["nganh"])
        tail = ["tasks:", f'  - id: "t{esc}"', "    title: Việc"]
        case(f"ma-an-task-{label}.yaml", Doc(tail=tail).text(), "id_control", len(Doc().lines()[0]) + 2, also=["id"])
        tail = ["functions:", f'  - code: "X.Y{esc}"', "    name: Việc"]
        case(f"ma-an-function-code-{label}.yaml", Doc(tail=tail).text(), "id_control", len(Doc().lines()[0]) + 2,
             also=["code"])
        body = Doc().text().replace("  - id: p\n", f'  - id: "p{esc}"\n')
        import yaml  # the same document as JSON: the escape reaches the model the same way
        data = yaml.safe_load(body)
        data["jurisdiction"]["as_of"] = "2023-09-08"
        case(f"ma-an-json-{label}.json", json.dumps(data, ensure_ascii=True, indent=1), "id_control", None, also=["id"])


# --- proposals (đề án): a baseline and operations, one operation a line -----------------------------

BASELINE = """jurisdiction: {name: Tỉnh Thử, class: loai_1, as_of: 2023-09-08}
functions:
  - {code: X.A, name: Việc A}
  - {code: X.B, name: Việc B}
units:
  - {id: u, name: UBND tỉnh Thử, kind: ubnd_tinh}
  - {id: s, name: Sở Nội vụ, kind: so, parent: u, bien_che: 20, cap_pho: 2}
  - {id: p1, name: Phòng Một, kind: phong_thuoc_so, parent: s, bien_che: 9, cap_pho: 1, functions: [X.A, X.B]}
  - {id: p2, name: Phòng Hai, kind: phong_thuoc_so, parent: s, bien_che: 9, cap_pho: 1}
  - {id: d1, name: Trung tâm Một, kind: dvsncl, parent: s, nguoi_lam_viec: 15, cap_pho: 1, nhom_tu_chu: 2}
  - {id: d2, name: Trung tâm Hai, kind: dvsncl, parent: s, nguoi_lam_viec: 15, cap_pho: 1, nhom_tu_chu: 2}
"""
# one valid operation of each kind, to which the cases add a fault
VALID_OPS = {
    "merge": "{op: merge, units: [p1, p2], into: {id: p3, name: Phòng Ba}}",
    "absorb": "{op: absorb, units: [p2], into: p1}",
    "split": "{op: split, unit: p1, into: [{id: q1, name: Q1, bien_che: 5, functions: [X.A]}, "
             "{id: q2, name: Q2, bien_che: 4, functions: [X.B]}]}",
    "dissolve": "{op: dissolve, unit: p2, staff_cut: true}",
    "transfer": "{op: transfer, functions: [X.A], from: p1, to: p2}",
    "move": "{op: move, unit: d1, parent: u}",
    "rename": "{op: rename, unit: p1, name: Phòng Mới}",
    "set": "{op: set, unit: p1, values: {cap_pho: 2}}",
    "add": "{op: add, unit: {id: n1, name: Phòng Mới, kind: phong_thuoc_so, parent: s, bien_che: 5}}",
}


def proposal(*ops: str, head: str = "baseline: co-so.yaml\noperations:\n") -> str:
    return head + "".join(f"  - {op}\n" for op in ops)


def proposal_case(name: str, ops: list[str], key: str, line: int | None, also: list[str] | None = None,
                  detail: list[str] | None = None, **kw) -> None:
    """`line`: the 1-based number of the operation whose line is named (operations start on line 3)."""
    case(f"{name}.yaml", proposal(*ops, **kw), key, None if line is None else line + 2, kind="proposal",
         also=also, detail=detail)


def proposal_cases() -> None:
    v = VALID_OPS
    # a list that names one thing twice: counted twice, or a part lost
    proposal_case("lap-merge-units", ["{op: merge, units: [p1, p1], into: {id: p3, name: P}}"], "op_repeated", 1, ["p1"])
    proposal_case("lap-merge-units-3", ["{op: merge, units: [p1, p2, p1], into: {id: p3, name: P}}"], "op_repeated", 1,
                  ["p1"])
    proposal_case("lap-merge-units-dv", ["{op: merge, units: [d1, d2, d2], into: {id: d3, name: D}}"], "op_repeated", 1,
                  ["d2"])
    proposal_case("lap-absorb-units", ["{op: absorb, units: [p2, p2], into: p1}"], "op_repeated", 1, ["p2"])
    proposal_case("lap-absorb-units-dv", ["{op: absorb, units: [d2, d2], into: d1}"], "op_repeated", 1, ["d2"])
    proposal_case("lap-split-parts", ["{op: split, unit: p1, into: [{id: q, name: Q, bien_che: 5, functions: [X.A]}, "
                                      "{id: q, name: Q2, bien_che: 4, functions: [X.B]}]}"], "op_repeated", 1, ["q"])
    proposal_case("lap-split-children", ["{op: split, unit: s, into: [{id: s1, name: S1, bien_che: 10, children: "
                                         "[p1, p2, d1, d2, p1]}, {id: s2, name: S2, bien_che: 10}]}"],
                  "op_repeated", 1, ["p1"])
    proposal_case("lap-split-children-2-part", ["{op: split, unit: s, into: [{id: s1, name: S1, bien_che: 10, children: "
                                                "[p1, d1, d2]}, {id: s2, name: S2, bien_che: 10, children: [p2, p1]}]}"],
                  "op_repeated", 1, ["p1"])
    proposal_case("lap-transfer-functions", ["{op: transfer, functions: [X.A, X.A], from: p1, to: p2}"],
                  "op_repeated", 1, ["X.A"])
    # units that are not (or no longer) there, for every operation that names one
    unknown = {"merge": "{op: merge, units: [p1, px], into: {id: p3, name: P}}",
               "absorb": "{op: absorb, units: [px], into: p1}", "absorb-into": "{op: absorb, units: [p2], into: px}",
               "split": "{op: split, unit: px, into: [{id: q1, name: Q1}, {id: q2, name: Q2}]}",
               "dissolve": "{op: dissolve, unit: px, staff_cut: true}",
               "dissolve-to": "{op: dissolve, unit: p2, staff_to: px}",
               "dissolve-functions-to": "{op: dissolve, unit: p1, functions_to: px, staff_cut: true}",
               "transfer-from": "{op: transfer, functions: [X.A], from: px, to: p2}",
               "transfer-to": "{op: transfer, functions: [X.A], from: p1, to: px}",
               "move": "{op: move, unit: px, parent: u}", "move-parent": "{op: move, unit: d1, parent: px}",
               "rename": "{op: rename, unit: px, name: P}", "set": "{op: set, unit: px, values: {cap_pho: 1}}",
               "add-parent": "{op: add, unit: {id: n1, name: N, kind: phong_thuoc_so, parent: px, bien_che: 5}}"}
    for label, op in unknown.items():
        proposal_case(f"khong-co-{label}", [op], "op_unit_unknown", 1, ["px"])
    gone = {k: o.replace("px", "p2") for k, o in unknown.items() if k not in ("absorb", "merge", "dissolve-to")}
    for label, op in gone.items():
        if "p2" in op and label != "absorb-into":
            proposal_case(f"da-mat-{label}", ["{op: absorb, units: [p2], into: p1}", op], "op_unit_gone", 2, ["p2"])
    # ids already taken by another unit, for every operation that creates one
    for label, op in {"merge": "{op: merge, units: [p1, p2], into: {id: s, name: P}}",
                      "split": "{op: split, unit: p1, into: [{id: p2, name: Q1, bien_che: 9, functions: [X.A, X.B]}, "
                               "{id: q2, name: Q2}]}",
                      "add": "{op: add, unit: {id: d1, name: N, kind: phong_thuoc_so, parent: s, bien_che: 5}}",
                      "add-gone": "{op: add, unit: {id: p2, name: N, kind: phong_thuoc_so, parent: s, bien_che: 5}}"}.items():
        ops = ["{op: absorb, units: [p2], into: p1}", op] if label == "add-gone" else [op]
        proposal_case(f"ma-da-dung-{label}", ops, "op_id_taken", len(ops), [op.split("id: ")[1].split(",")[0]])
    # absurd, malformed and missing dates, for every kind of operation
    for verb, op in v.items():
        for label, value in (("1800", "1800-01-01"), ("9999", "9999-12-31"), ("vn-1899", "31/12/1899")):
            proposal_case(f"ngay-{verb}-{label}", [op[:-1] + f", decision: QĐ 1, date: '{value}'}}"], "op_schema", 1,
                          ["date"], ["date_range"])
        proposal_case(f"ngay-{verb}-chu", [op[:-1] + ", date: hôm qua}"], "op_schema", 1, ["hôm qua"], ["date_type"])
        proposal_case(f"ngay-{verb}-30-02", [op[:-1] + ", date: 30/02/2024}"], "op_schema", 1, ["30/02/2024"],
                      ["date_type"])
        proposal_case(f"truong-la-{verb}", [op[:-1] + ", ghi_chu: x}"], "op_schema", 1, ["ghi_chu"], ["extra"])
        hidden = {"p1": '"p1\\u202e"', "p2": '"p2\\u001b"', "d1": '"d1\\u200b"', "n1": '"n1\\ufeff"'}
        first = min((op.index(i), i) for i in hidden if i in op)[1]
        proposal_case(f"ma-an-{verb}", [op.replace(first, hidden[first], 1)], "id_control" if verb == "add" else "op_schema",
                      1, ["U+"], None if verb == "add" else ["id_control"])
    for label, value in (("1800", "1800-01-01"), ("9999", "9999-12-31")):
        proposal_case(f"ngay-as_of-{label}", [v["rename"]], "date_range", None, ["as_of"],
                      head=f"baseline: co-so.yaml\nas_of: {value}\noperations:\n")
    # missing or malformed parts of each operation
    for label, op, key, detail in [
            ("merge-mot-don-vi", "{op: merge, units: [p1], into: {id: p3, name: P}}", "op_schema", ["too_short"]),
            ("merge-thieu-into", "{op: merge, units: [p1, p2]}", "op_schema", ["missing"]),
            ("merge-into-khong-id", "{op: merge, units: [p1, p2], into: {name: P}}", "op_new_unit_id", None),
            ("absorb-rong", "{op: absorb, units: [], into: p1}", "op_schema", ["too_short"]),
            ("absorb-chinh-no", "{op: absorb, units: [p1], into: p1}", "op_into_self", None),
            ("split-mot-phan", "{op: split, unit: p1, into: [{id: q1, name: Q1}]}", "op_schema", ["too_short"]),
            ("split-mat-bien-che", "{op: split, unit: p1, into: [{id: q1, name: Q1, bien_che: 1, functions: [X.A]}, "
                                   "{id: q2, name: Q2, bien_che: 1, functions: [X.B]}]}", "op_staff_vanish", None),
            ("split-mat-chuc-nang", "{op: split, unit: p1, into: [{id: q1, name: Q1, bien_che: 5}, "
                                    "{id: q2, name: Q2, bien_che: 4}]}", "op_functions_vanish", None),
            ("split-mat-truc-thuoc", "{op: split, unit: s, into: [{id: s1, name: S1, bien_che: 10}, "
                                     "{id: s2, name: S2, bien_che: 10}]}", "op_children_vanish", None),
            ("dissolve-mat-bien-che", "{op: dissolve, unit: p2}", "op_staff_vanish_dissolve", None),
            ("dissolve-ca-hai", "{op: dissolve, unit: p2, staff_to: p1, staff_cut: true}", "op_staff_both", None),
            ("dissolve-mat-chuc-nang", "{op: dissolve, unit: p1, staff_cut: true}", "op_functions_vanish", None),
            ("dissolve-con-truc-thuoc", "{op: dissolve, unit: s, staff_cut: true}", "op_children_vanish", None),
            ("transfer-khong-giu", "{op: transfer, functions: [X.B], from: p2, to: p1}", "op_function_not_held", None),
            ("transfer-rong", "{op: transfer, functions: [], from: p1, to: p2}", "op_schema", ["too_short"]),
            ("move-thieu-parent", "{op: move, unit: d1}", "op_schema", ["missing"]),
            ("rename-ten-rong", "{op: rename, unit: p1, name: ''}", "op_schema", ["empty_text"]),
            ("rename-ten-list", "{op: rename, unit: p1, name: [a]}", "op_schema", ["string_type"]),
            ("set-truong-id", "{op: set, unit: p1, values: {id: p9}}", "op_set_field", None),
            ("set-truong-parent", "{op: set, unit: p1, values: {parent: u}}", "op_set_field", None),
            ("set-values-list", "{op: set, unit: p1, values: [cap_pho]}", "op_schema", ["mapping_type"]),
            ("add-khong-id", "{op: add, unit: {name: N, kind: so, parent: u, bien_che: 5}}", "op_new_unit_id", None),
            ("add-unit-chuoi", "{op: add, unit: n1}", "op_schema", ["mapping_type"]),
            ("op-la", "{op: gop, units: [p1, p2]}", "op_kind", None),
            ("op-thieu", "{units: [p1, p2]}", "op_kind", None),
            ("op-chuoi", "merge", "mapping_type", None)]:
        proposal_case(f"thao-tac-{label}", [op], key, 1, detail=detail)
    proposal_case("khong-co-thao-tac", [], "too_short", None, ["operations"],
                  head="baseline: co-so.yaml\noperations: []\n")
    proposal_case("baseline-khong-co", [v["rename"]], "baseline_missing", -1, ["khong-co.yaml"],
                  head="baseline: khong-co.yaml\noperations:\n")


def structure_cases() -> None:
    doc = Doc().set(1, "parent", "p")
    case("vong-lap-2.yaml", doc.text(), "cycle", doc.line(1,), also=["s → p → s"])
    units = UNITS + [[("id", f"c{i}"), ("name", f"Chi cục {i}"), ("kind", "chi_cuc"), ("parent", f"c{(i + 1) % 5}"),
                      ("bien_che", "20"), ("cap_pho", "1")] for i in range(5)]
    doc = Doc(units=units)
    case("vong-lap-5.yaml", doc.text(), "cycle", doc.line(4,), also=["c0 → c1 → c2 → c3 → c4 → c0"])
    units = UNITS + [[("id", "c0"), ("name", "Chi cục"), ("kind", "chi_cuc"), ("parent", "c1"), ("bien_che", "20"),
                      ("cap_pho", "1")], [("id", "c1"), ("name", "Chi cục 1"), ("kind", "chi_cuc"), ("parent", "c0"),
                                          ("bien_che", "20"), ("cap_pho", "1")]]
    doc = Doc(units=units)
    case("vong-lap-chi-cuc.yaml", doc.text(), "cycle", doc.line(4,), also=["c0 → c1 → c0"])
    doc = Doc().set(0, "parent", "u")
    case("tu-truc-thuoc-ubnd.yaml", doc.text(), "self_parent", doc.line(0, "parent"))
    doc = Doc().set(2, "parent", "p")
    case("tu-truc-thuoc-phong.yaml", doc.text(), "self_parent", doc.line(2, "parent"))
    for n, parent in enumerate(["so_khong_co", "S", "s ", "''"]):
        doc = Doc().set(2, "parent", parent)
        key = "empty_text" if parent == "''" else "unknown_parent"
        if parent == "s ":
            continue  # whitespace is stripped: "s " is "s"
        case(f"tham-chieu-treo-{n}.yaml", doc.text(), key, doc.line(2, "parent"))
    doc = Doc().set(2, "functions", "[QLNN.KHONG_CO]")
    case("tham-chieu-chuc-nang.yaml", doc.text(), "unknown_function", doc.line(2, "functions"))
    case("tham-chieu-quyet-dinh.yaml", Doc(tail=["decisions:", "  - reference: QĐ 1", "    deputy_caps: {x: 1}"]).text(),
         "unknown_unit_in_decision", len(Doc().lines()[0]) + 3)
    doc = Doc().set(2, "nganh", "noi_vu")
    case("nganh-sai-loai.yaml", doc.text(), "sector_kind", doc.line(2, "nganh"))
    doc = Doc().set(1, "nganh", "khong_co_nganh")
    case("nganh-khong-co.yaml", doc.text(), "unknown_sector", doc.line(1, "nganh"))
    doc = Doc().set(2, "parent", "u")
    case("cap-tren-sai-loai.yaml", doc.text(), "kind_parent", doc.line(2, "kind"))
    doc = Doc().set(2, "nhom_tu_chu", "2")
    case("tu-chu-sai-loai.yaml", doc.text(), "autonomy_kind", doc.line(2, "nhom_tu_chu"))


# --- rule files (loaded with compliance.catalogue.load_catalogue from a directory) -------------

RULE = {
    "code": "THU.PHO", "family": "cap_pho", "title": '{vi: "Thử", en: "Test"}', "severity": "error",
    "legal_basis": '[{document: "Văn bản thử"}]', "fact": "unit", "where": "{kind: phong_thuoc_so}",
    "measure": "cap_pho", "compare": '">"',
    "bands": "\n      columns: [cls, bien_che, limit]\n      rows:\n        - ['*', '< 10', 1]\n        - ['*', '>= 10', 2]",
    "message": '{vi: "{value}/{limit}", en: "{value}/{limit}"}', "why": '{vi: "Vì", en: "Why"}',
    "feature": "features/cap_pho.feature",
}
RULE_HEAD = ['source:', '  document: "Văn bản thử"', '  title: "Thử"', '  in_force: {from: 2020-01-01}', 'rules:']


def rule_text(**changes) -> tuple[str, dict]:
    fields = dict(RULE)
    for k, v in changes.items():
        if v is None:
            fields.pop(k, None)
        else:
            fields[k] = v
    lines = list(RULE_HEAD)
    where = {}
    for i, (k, v) in enumerate(fields.items()):
        where[k] = len(lines) + 1
        lines += f"  {'- ' if i == 0 else '  '}{k}: {v}".split("\n")
    return "\n".join(lines) + "\n", where


def rule_case(name: str, key: str, line_of: str | None, also: list[str], offset: int = 0,
              detail: list[str] | None = None, **changes) -> None:
    """`line_of`: the field whose line the message names (None: the rule's first line), `offset` lines below."""
    text, where = rule_text(**changes)
    case(name, text, key, (where[line_of] if line_of else 6) + offset, kind="rules", also=also, detail=detail)


def rule_cases() -> None:
    for n, op in enumerate(["=>", "~", "≥", "=", "lt", "<>"]):
        rule_case(f"toan-tu-compare-{n}.yaml", "choice", "compare", ["compare"], compare=json.dumps(op))
    for n, cell in enumerate(["=> 10", "≥ 10", "10...20", "<< 10"]):
        bands = f"\n      columns: [cls, bien_che, limit]\n      rows:\n        - ['*', '{cell}', 1]"
        rule_case(f"toan-tu-o-{n}.yaml", "rule_problem", None, ["THU.PHO", cell], detail=["bands_row", "cell_operator"],
                  bands=bands)
    malformed = {
        "thieu-o": "\n      columns: [cls, bien_che, limit]\n      rows:\n        - ['*', 1]",
        "thua-o": "\n      columns: [cls, bien_che, limit]\n      rows:\n        - ['*', '*', 1, 2]",
        "chong-lan": "\n      columns: [cls, bien_che, limit]\n      rows:\n        - ['*', '< 10', 1]\n        - ['*', '5..20', 2]\n        - ['*', '> 20', 3]",
        "ho-hong": "\n      columns: [cls, bien_che, limit]\n      rows:\n        - ['*', '< 10', 1]\n        - ['*', '> 12', 2]",
        "khoang-rong": "\n      columns: [cls, bien_che, limit]\n      rows:\n        - ['*', '20..10', 1]",
        "khong-limit": "\n      columns: [cls, bien_che]\n      rows:\n        - ['*', 1]",
        "mot-cot": "\n      columns: [limit]\n      rows:\n        - [1]",
        "cot-trung": "\n      columns: [cls, cls, limit]\n      rows:\n        - ['*', '*', 1]",
        "cot-la": "\n      columns: [cls, so_phong, limit]\n      rows:\n        - ['*', '*', 1]",
        "hai-cot-so": "\n      columns: [bien_che, cap_truong, limit]\n      rows:\n        - ['*', '*', 1]",
        "gia-tri-la": "\n      columns: [cls, limit]\n      rows:\n        - [loai_9, 1]",
        "rows-rong": "\n      columns: [cls, limit]\n      rows: []",
        "row-khong-list": "\n      columns: [cls, limit]\n      rows:\n        - loai_1",
        "o-list-long": "\n      columns: [cls, limit]\n      rows:\n        - [[[loai_1]], 1]",
        "o-mapping": "\n      columns: [cls, limit]\n      rows:\n        - [{a: 1}, 1]",
        "columns-chuoi": "\n      columns: cls\n      rows:\n        - [1]",
        "bands-list": " [1, 2]",
        "truong-la-bands": "\n      columns: [cls, limit]\n      rows:\n        - ['*', 1]\n      cot: 1",
        "o-chu": "\n      columns: [bien_che, limit]\n      rows:\n        - [muoi, 1]",
        "ho-moi-truong-hop": "\n      columns: [bien_che, limit]\n      rows:\n        - ['< 10', 1]",
    }
    details = {"thieu-o": ["bands_row_cells"], "thua-o": ["bands_row_cells"], "chong-lan": ["bands_overlap"],
               "ho-hong": ["bands_gap"], "khoang-rong": ["bands_row", "cell_empty_range"], "khong-limit": ["bands_columns"],
               "cot-trung": ["bands_columns"], "cot-la": ["unknown_fact_field"], "hai-cot-so": ["bands_numeric_columns"],
               "gia-tri-la": ["unknown_values"], "o-list-long": ["bands_row", "cell_list"],
               "o-mapping": ["bands_row", "cell_unreadable"], "o-chu": ["bands_numeric_value"],
               "ho-moi-truong-hop": ["bands_gap", "every_case"]}
    schema = {"mot-cot": ("too_short", 1), "rows-rong": ("too_short", 2), "row-khong-list": ("list_type", 3),
              "columns-chuoi": ("list_type", 1), "bands-list": ("mapping_type", 0), "truong-la-bands": ("extra", 4)}
    for name, bands in malformed.items():
        if name in schema:
            key, offset = schema[name]
            rule_case(f"bang-{name}.yaml", key, "bands", ["bands"], offset, bands=bands)
        else:
            rule_case(f"bang-{name}.yaml", "rule_problem", None, ["THU.PHO"], detail=details[name], bands=bands)
    for n, limit in enumerate(["nhiều", "'@khong_co'", "3*@", "true", "[1, 2]", "'@cap_pho +'", "'2 * 3'"]):
        detail = {1: "unknown_fact_field", 3: "limit_type"}.get(n, "limit_unreadable")
        rule_case(f"gioi-han-{n}.yaml", "rule_problem", None, ["THU.PHO"], detail=[detail], bands=None, limit=limit)
    rule_case("gioi-han-va-bang.yaml", "rule_problem", None, ["THU.PHO"], detail=["rule_compare_parts"], limit="1")
    rule_case("gioi-han-khong-compare.yaml", "rule_problem", None, ["THU.PHO"], detail=["rule_where_only"], compare=None)
    for field in ("severity_level", "mesage", "legal"):
        rule_case(f"truong-la-{field}.yaml", "extra", field, [field], **{field: "x"})
    rule_case("truong-la-legal-basis.yaml", "extra", "legal_basis", ["dieu"],
              legal_basis='[{document: "Văn bản thử", dieu: 5}]')
    rule_case("truong-la-title.yaml", "extra", "title", ["fr"], title='{vi: a, en: b, fr: c}')
    for field in ("code", "family", "message", "why", "legal_basis", "fact", "feature", "title"):
        rule_case(f"thieu-{field}.yaml", "missing", None, [field], **{field: None})
    rule_case("sai-ma.yaml", "choice", "code", ["code"], code="thu.pho")
    rule_case("sai-family.yaml", "choice", "family", ["family"], family="khac")
    rule_case("sai-severity.yaml", "choice", "severity", ["severity"], severity="fatal")
    rule_case("sai-fact.yaml", "rule_problem", None, ["THU.PHO", "don_vi"], detail=["unknown_fact"], fact="don_vi")
    rule_case("sai-where.yaml", "rule_problem", None, ["THU.PHO", "loai"], detail=["unknown_fact_field"], where="{loai: so}")
    rule_case("sai-where-kind.yaml", "rule_problem", None, ["THU.PHO", "phong_so"], detail=["unknown_values"],
              where="{kind: phong_so}")
    rule_case("sai-where-o.yaml", "rule_problem", None, ["THU.PHO"], detail=["cell_operator"], where="{bien_che: '=< 3'}")
    rule_case("sai-measure.yaml", "rule_problem", None, ["THU.PHO", "so_pho"], detail=["unknown_fact_field"],
              measure="so_pho")
    text, where = rule_text()
    body = text.splitlines()[len(RULE_HEAD):]
    case("ma-trung.yaml", "\n".join(RULE_HEAD + body + body) + "\n", "rule_problem", len(RULE_HEAD) + len(body) + 1,
         kind="rules", also=["THU.PHO", "rules/ma-trung.yaml"], detail=["duplicate_code"])
    # che-do-*.yaml: regimes files, loaded as the folder's che-do.yaml
    regime = "  - code: {}\n    name: {{vi: Thử, en: Test}}\n    in_force: {{from: {}}}\n    documents: [Văn bản thử]\n"
    case("che-do-trung.yaml", "regimes:\n" + regime.format("A", "2020-01-01") + regime.format("B", "2021-01-01"),
         "rule_problem", 1, kind="rules", also=["B", "A"], detail=["regimes_overlap"])
    case("che-do-khong-list.yaml", "regimes: {a: 1}\n", "rule_problem", None, kind="rules", also=["regimes"],
         detail=["regimes_list"])
    rule_case("sai-legal-basis-rong.yaml", "too_short", "legal_basis", ["legal_basis"], legal_basis="[]")
    rule_case("sai-in-force.yaml", "date_type", "in_force", ["in_force"], in_force="{from: hôm nay}")
    rule_case("in-force-nguoc.yaml", "window_order", "in_force", ["in_force", "01/01/2020"],
              in_force="{from: 2025-01-01, to: 2020-01-01}")
    for label, window in (("1800", "{from: 1800-01-01}"), ("9999", "{from: 2020-01-01, to: 9999-12-31}")):
        rule_case(f"in-force-{label}.yaml", "date_range", "in_force", ["in_force"], in_force=window)
    for label, limit in (("nan", ".nan"), ("inf", ".inf"), ("am-inf", "-.inf"), ("NaN", ".NaN")):
        rule_case(f"gioi-han-{label}.yaml", "rule_problem", None, ["THU.PHO"], detail=["limit_not_finite"], bands=None,
                  limit=limit)
        bands = f"\n      columns: [cls, bien_che, limit]\n      rows:\n        - ['*', '< 10', {limit}]\n        - ['*', '>= 10', 2]"
        rule_case(f"bang-muc-{label}.yaml", "rule_problem", None, ["THU.PHO"], detail=["limit_not_finite"], bands=bands)
    for label, placeholder in (("la", "{unknown}"), ("thuoc-tinh", "{value.__class__}"), ("dinh-dang", "{value:>999999999}"),
                               ("chi-so", "{value[0]}"), ("rong", "{}"), ("dau-cach", "{ value }"), ("dunder", "{__class__}"),
                               ("truong-khac-fact", "{n_tram_y_te}")):
        for lang in ("vi", "en"):
            text = {"vi": "{value}/{limit}", "en": "{value}/{limit}"}
            text[lang] = f"{{value}} {placeholder}"
            rule_case(f"thong-bao-{label}-{lang}.yaml", "rule_problem", None, ["THU.PHO", placeholder],
                      detail=["message_placeholder"], message=json.dumps(text, ensure_ascii=False))
    for n, op in enumerate(["=>", "≥", "<>"]):
        rule_case(f"toan-tu-compare-lua-chon-{n}.yaml", "choice", "compare", ["compare", "<, <=, >, >=, ==, !="],
                  compare=json.dumps(op))
    case("rules-la-danh-sach.yaml", "- a\n- b\n", "not_mapping", 1, kind="rules")
    rule_case("sai-title-so.yaml", "mapping_type", "title", ["title"], title="12")
    case("cu-phap-rules.yaml", "\n".join(RULE_HEAD) + "\n  - code: [THU\n", "syntax", 7, kind="rules")
    case("trung-khoa-rules.yaml", rule_text()[0] + "    code: THU.HAI\n", "duplicate_key", len(rule_text()[0].splitlines()) + 1,
         kind="rules", also=["code"])
    case("thieu-source.yaml", "rules:\n  - code: THU.A\n", "missing", None, kind="rules", also=["source"])
    case("rules-rong.yaml", "\n".join(RULE_HEAD) + " []\n", "too_short", 5, kind="rules", also=["rules"])
    case("rules-nhi-phan.yaml", bytes(range(128, 256)) * 4, "bad_encoding", kind="rules")
    case("rules-bom-alias.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [" + ", ".join(["*a" if i == 1 else f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 9)),
         "too_many_nodes", kind="rules")
    gherkin_cases()


# Gherkin rules (features/quy_tac/*.feature), loaded from the quy_tac/ folder of a rules folder
FEATURE = """# language: vi
Tính năng: Thử

  @THU.PHO
  Quy tắc: THU.PHO — Thử
    Bối cảnh:
      Biết quy tắc thuộc nhóm "cấp phó"
      Và quy tắc xét từng "đơn vị"
      Và áp dụng khi "loại đơn vị" là "phong_thuoc_so"
      Và có hiệu lực từ ngày 01/01/2020
      Và vi phạm khi "cấp phó" lớn hơn mức trong bảng:
        | biên chế      | mức |
        | dưới 10       | 1   |
        | từ 10 trở lên | 2   |
      Và mức độ "lỗi"
      Và căn cứ văn bản "Văn bản thử"
      Và thông báo "{giá trị}/{mức}"
      Và lý do "Vì"
"""


def gherkin_case(name: str, old: str, new: str, key: str, line: int | None, detail: list[str] | None,
                 also: list[str] | None = None) -> None:
    """FEATURE with `old` replaced by `new`; `line`: the line the message names."""
    assert old in FEATURE, old
    case(f"{name}.feature", FEATURE.replace(old, new, 1), key, line, kind="rules", also=also, detail=detail)


def gherkin_cases() -> None:
    rule = "rule_problem"
    for name, old, new, key, line, detail, also in [
        ("g-cu-phap", "  @THU.PHO\n", "  @THU.PHO\n  | a |\n", "gherkin_syntax", 5, ["gherkin_parse"], None),
        ("g-lech-o", "| dưới 10       | 1   |", "| dưới 10       |", "gherkin_syntax", 13, ["gherkin_cell_count"], None),
        ("g-khong-quy-tac", "  @THU.PHO\n  Quy tắc: THU.PHO — Thử\n    Bối cảnh:", "  Bối cảnh:", "gherkin_syntax", 2,
         ["gherkin_no_rules"], None),
        ("g-thieu-the", "  @THU.PHO\n", "", "gherkin_no_tag", 4, None, None),
        ("g-hai-the", "  @THU.PHO\n", "  @THU.PHO @THU.HAI\n", "gherkin_two_tags", 5, None, ["THU.HAI"]),
        ("g-buoc-la", "Và mức độ", "Và muc do", "gherkin_step", 15, None, ["muc do"]),
        ("g-ma-khac", "Quy tắc: THU.PHO — Thử", "Quy tắc: THU.HAI — Thử", rule, 5, ["gherkin_other_code"], ["THU.HAI"]),
        ("g-thieu-boi-canh", "    Bối cảnh:", "    Kịch bản: thử", rule, 5, ["gherkin_no_background"], None),
        ("g-buoc-hai-lan", '      Và mức độ "lỗi"\n', '      Và mức độ "lỗi"\n      Và mức độ "lỗi"\n', rule, 16,
         ["gherkin_step_twice"], None),
        ("g-thieu-ly-do", '      Và lý do "Vì"\n', "", rule, 5, ["gherkin_step_missing"], ["lý do"]),
        ("g-nhom-la", 'nhóm "cấp phó"', 'nhóm "cấp trưởng"', rule, 7, ["gherkin_family"], ["cấp trưởng"]),
        ("g-doi-tuong-la", 'xét từng "đơn vị"', 'xét từng "con mèo"', rule, 8, ["gherkin_fact"], ["con mèo"]),
        ("g-truong-la", 'khi "loại đơn vị"', 'khi "loai don vi"', rule, 9, ["gherkin_field"], ["loai don vi"]),
        ("g-muc-do-la", 'mức độ "lỗi"', 'mức độ "nặng"', rule, 15, ["gherkin_severity"], ["nặng"]),
        ("g-ngay-sai", "từ ngày 01/01/2020", "từ ngày 32/13/2020", rule, 10, ["gherkin_date"], ["32/13/2020"]),
        ("g-dieu-kien-hai-lan", '"phong_thuoc_so"\n', '"phong_thuoc_so"\n      Và áp dụng khi "loại đơn vị" là "so"\n',
         rule, 10, ["gherkin_condition_twice"], None),
        ("g-hai-vi-pham", '      Và mức độ "lỗi"\n', '      Và mức độ "lỗi"\n      Và vi phạm khi thỏa các điều kiện áp dụng\n',
         rule, 5, ["gherkin_violation"], None),
        ("g-thieu-ten", "Quy tắc: THU.PHO — Thử", "Quy tắc: THU.PHO —", rule, 5, ["gherkin_no_title"], None),
        ("g-chi-tieng-anh", '      Và lý do "Vì"\n', '      Và lý do "Vì"\n      Và gợi ý tiếng Anh "Hint"\n', rule, 19,
         ["gherkin_english_only"], None),
        ("g-hai-ghi-chu", '      Và lý do "Vì"\n',
         '      Và lý do "Vì"\n      Và chưa xác minh vì "x"\n      Và ghi chú độ tin cậy "y"\n', rule, 20,
         ["gherkin_confidence_twice"], None),
        ("g-bang-mot-dong", "        | dưới 10       | 1   |\n        | từ 10 trở lên | 2   |\n", "", rule, 11,
         ["gherkin_bands_short"], None),
        ("g-cot-cuoi", "| biên chế      | mức |", "| biên chế      | tối |", rule, 12, ["gherkin_bands_last"], ["tối"]),
        ("g-cot-trung", "| biên chế      | mức |\n        | dưới 10       | 1   |\n        | từ 10 trở lên | 2   |",
         "| biên chế | biên chế | mức |\n        | dưới 10  | *  | 1   |", rule, 12, ["gherkin_bands_column_twice"], None),
        ("g-o-muc-chu", "| dưới 10       | 1   |", "| dưới 10       | hai |", rule, 13,
         ["gherkin_bands_cell", "vi_limit_term"], ["hai"]),
        ("g-o-so-sai", "| dưới 10       | 1   |", "| dưới 1,0,0    | 1   |", rule, 13,
         ["gherkin_bands_cell", "vi_number"], ["1,0,0"]),
        ("g-o-trong", "| dưới 10       | 1   |", "| dưới 10       |     |", rule, 13, ["gherkin_bands_empty"], None),
        ("g-khac-nhieu", 'là "phong_thuoc_so"', 'là "khác so, phong_thuoc_so"', rule, 9, ["vi_not_one_value"], None),
        ("g-cho-trong-la", "{giá trị}/{mức}", "{giá trị}/{mứcc}", rule, 17, ["vi_placeholder"], ["{mứcc}"]),
        ("g-chuyen-tiep-0", '      Và lý do "Vì"\n',
         '      Và lý do "Vì"\n      Và cấp phó vượt do sắp xếp được chuyển tiếp 0 năm theo văn bản "Văn bản thử"\n',
         rule, 5, ["choice"], ["transition.years"]),
        ("g-bang-chong", "| từ 10 trở lên | 2   |", "| từ 9 trở lên  | 2   |", rule, 11, ["bands_overlap"], None),
        ("g-bang-ho", "| từ 10 trở lên | 2   |", "| từ 11 trở lên | 2   |", rule, 11, ["bands_gap", "every_case"], None),
    ]:
        gherkin_case(name, old, new, key, line, detail, also)
    case("g-khong-tinh-nang.feature", "# chỉ có ghi chú\n", "gherkin_syntax", None, kind="rules", detail=["gherkin_no_feature"])


def build() -> list[dict]:
    CASES.clear()
    for make in (syntax_cases, top_level_cases, wrong_type_cases, missing_cases, unknown_field_cases, number_cases,
                 duplicate_cases, bomb_cases, nesting_cases, encoding_cases, nfd_cases, structure_cases, rule_cases,
                 date_cases, hidden_character_cases, proposal_cases):
        make()
    return CASES


def as_bytes(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")


def main() -> None:
    cases = build()
    names = [c["file"] for c in cases]
    assert len(set(names)) == len(names), "duplicate case names"
    for kind in ("org", "rules", "proposal"):
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    (HERE / "proposal" / "co-so.yaml").write_text(BASELINE, encoding="utf-8")   # the proposals' baseline
    for c in cases:
        (HERE / c["file"]).write_bytes(as_bytes(c["content"]))
    table = [{k: v for k, v in c.items() if k != "content"} for c in cases]
    (HERE / "cases.json").write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases written to {HERE}")


if __name__ == "__main__":
    main()
