"""The corpus of malformed inputs (tests/bad_inputs/, written by make_corpus.py): every file is
refused with exit code 2, a Vietnamese message naming the file, the line or field, and the problem;
no traceback and no report on stdout."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from compliance.catalogue import load_catalogue
from compliance.cli import main
from compliance.messages import MESSAGES, InputError
from compliance.source import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "bad_inputs"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))
ORG_CASES = [c for c in CASES if c["file"].startswith("org/")]
RULE_CASES = [c for c in CASES if c["file"].startswith("rules/")]
PROPOSAL_CASES = [c for c in CASES if c["file"].startswith("proposal/")]
REGIMES = ("regimes:\n  - code: THU\n    name: {vi: Thử, en: Test}\n    in_force: {from: 2020-01-01}\n"
           "    documents: [Văn bản thử]\n")


def problem_pattern(key: str, lang: str = "vi") -> re.Pattern:
    """A message's template as a pattern: its fixed words in order, anything in place of a placeholder."""
    parts = re.split(r"\{\w+(?:![rs])?\}", MESSAGES[key][lang == "en"])
    return re.compile("(?s:.*?)".join(re.escape(p) for p in parts))


VIETNAMESE_ONLY = re.compile("[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.IGNORECASE)


def assert_located(err: str, case: dict, name: str) -> None:
    assert "Traceback" not in err and "lỗi nội bộ" not in err, err
    assert name in err, err
    assert problem_pattern(case["key"]).search(err), (case["key"], err)
    if case["line"]:
        assert re.search(rf"{re.escape(name)}, dòng {case['line']}\b", err), (case["line"], err)
    for text in case["also"]:
        assert text in err, (text, err)


def test_corpus_is_what_the_script_writes():
    sys.path.insert(0, str(CORPUS))
    try:
        import make_corpus
    finally:
        sys.path.remove(str(CORPUS))
    cases = make_corpus.build()
    assert len(cases) >= 400
    assert [{k: v for k, v in c.items() if k != "content"} for c in cases] == CASES
    for c in cases:
        assert (CORPUS / c["file"]).read_bytes() == make_corpus.as_bytes(c["content"]), c["file"]


@pytest.mark.parametrize("case", ORG_CASES, ids=[c["file"] for c in ORG_CASES])
def test_organization_file_is_refused(case, capsys):
    path = CORPUS / case["file"]
    code = main(["check", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", (code, out[:300], err)
    assert_located(err, case, str(path))


@pytest.mark.parametrize("case", PROPOSAL_CASES, ids=[c["file"] for c in PROPOSAL_CASES])
@pytest.mark.parametrize("command", ["check", "diff"])
def test_proposal_is_refused(case, command, capsys):
    """Refused by `check` and `diff` alike, in Vietnamese and in English, the operation's details included."""
    path = CORPUS / case["file"]
    code = main([command, str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", (code, out[:300], err)
    assert_located(err, case, str(path))
    code = main([command, str(path), "--lang", "en"])
    out, en = capsys.readouterr()
    assert code == 2 and out == "", (code, out[:300], en)
    assert problem_pattern(case["key"], "en").search(en), (case["key"], en)
    for key in case.get("detail", []):
        assert problem_pattern(key, "vi").search(err), (key, err)
        assert problem_pattern(key, "en").search(en), (key, en)


@pytest.mark.parametrize("case", RULE_CASES, ids=[c["file"] for c in RULE_CASES])
def test_rule_file_is_refused(case, tmp_path):
    """Loaded as a folder of rules: a .feature in its quy_tac/, a che-do-*.yaml as its regimes file. The
    details (why a rule is wrong) are worded in the language asked for, Vietnamese or English."""
    name = Path(case["file"]).name
    if name.endswith(".feature"):
        name = f"quy_tac/{name}"
        (tmp_path / "quy_tac").mkdir()
    elif name.startswith("che-do"):
        name = "che-do.yaml"
    shutil.copy(CORPUS / case["file"], tmp_path / name)
    if name != "che-do.yaml":
        (tmp_path / "che-do.yaml").write_text(REGIMES, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_catalogue(tmp_path)
    assert case["key"] in {p.key for p in info.value.problems}
    vi, en = info.value.render("vi"), info.value.render("en")
    assert_located(vi, case, f"rules/{name}")
    for key in case.get("detail", []):
        assert problem_pattern(key, "vi").search(vi), (key, vi)
        assert problem_pattern(key, "en").search(en), (key, en)
    if name.endswith(".yaml") and case.get("detail"):   # English throughout, but for the values quoted
        assert not VIETNAMESE_ONLY.search(re.sub(r"'[^']*'", "", en)), en


SUBPROCESS_CASES = ["org/cu-phap-unclosed-flow-seq.yaml", "org/bom-alias-10x9.yaml", "org/long-sau-flow-seq.yaml",
                    "org/nhi-phan-ngau-nhien-0.yaml", "org/utf16-le-am.yaml", "org/vong-lap-5.yaml",
                    "org/long-sau-json.json", "org/so-bien_che-rat-lon.yaml"]


@pytest.mark.parametrize("file", SUBPROCESS_CASES)
def test_through_a_real_process(file):
    case = next(c for c in ORG_CASES if c["file"] == file)
    path = CORPUS / file
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "compliance", "check", str(path)], capture_output=True, cwd=ROOT,
                          env=env, timeout=60)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and done.stdout == b"", (done.returncode, err)
    assert_located(err, case, str(path))


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, capsys):
    path = tmp_path / "lon.yaml"
    with path.open("wb") as f:  # 150 MB: a sparse tail after a valid beginning
        f.write(b"jurisdiction: {name: T, class: loai_1, as_of: 2023-09-08}\nunits:\n")
        f.truncate(150 * 2**20)
    assert path.stat().st_size > MAX_BYTES
    tracemalloc.start()
    try:
        code = main(["check", str(path)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert f"{path}: tệp quá lớn (150 MB, tối đa {MAX_BYTES // 2**20} MB)" in err
    assert peak < 20 * 2**20, peak


def test_every_input_kind_has_the_size_bound(tmp_path, capsys):
    """--max-input-mb bounds every file orgcheck reads: organization (.yaml, .json), a proposal's baseline,
    a rules folder's YAML and Gherkin files, plans (.txt, .docx); refused before being read, named."""
    pad = "# " + "x" * 30_000 + "\n"          # 30 KB, over a 0.02 MB bound
    org = (CORPUS / "proposal" / "co-so.yaml").read_text(encoding="utf-8")
    files = {"to-chuc.yaml": pad + org, "to-chuc.json": json.dumps({"pad": pad}), "nen.yaml": pad + org,
             "de-an.yaml": "baseline: nen.yaml\noperations:\n  - {op: rename, unit: p1, name: P}\n",
             "ke-hoach.txt": pad, "quy-tac/nd-lon.yaml": pad, "gherkin/quy_tac/lon.feature": "#" + pad}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "ke-hoach.docx").write_bytes(_zip({**_docx_parts(), "word/pad.xml": pad.encode()}))
    (tmp_path / "gherkin" / "nd-nho.yaml").write_text("rules: []\n", encoding="utf-8")
    for args, shown in [(["check", "to-chuc.yaml"], "to-chuc.yaml"), (["check", "to-chuc.json"], "to-chuc.json"),
                        (["diff", "de-an.yaml"], "nen.yaml"), (["plan", "ke-hoach.txt"], "ke-hoach.txt"),
                        (["plan", "ke-hoach.docx"], "ke-hoach.docx"),
                        (["rules", "list", "--rules", "quy-tac"], "quy-tac/nd-lon.yaml"),
                        (["rules", "list", "--rules", "gherkin"], "gherkin/quy_tac/lon.feature")]:
        args = [a if a.startswith("-") or a in ("check", "diff", "plan", "rules", "list") else str(tmp_path / a)
                for a in args]
        for lang in ("vi", "en"):
            code = main(args + ["--max-input-mb", "0.02", "--lang", lang])
            out, err = capsys.readouterr()
            assert code == 2 and out == "", (args, code, err)
            assert problem_pattern("file_too_large", lang).search(err) and shown in err and "0.02" in err, (args, err)
    assert main(["check", str(tmp_path / "nen.yaml"), "--max-input-mb", "1"]) in (0, 1)   # raised: it is read
    capsys.readouterr()


@pytest.mark.parametrize("value", ["0", "-5", "abc", "1e9", "nan"])
def test_max_input_mb_must_be_a_sensible_number(value, capsys):
    assert main(["check", "x.yaml", "--max-input-mb", value]) == 2
    err = capsys.readouterr()[1]
    assert problem_pattern("max_input_mb").search(err) and "Traceback" not in err, err


# --- .docx plans: built here (a zip bomb is not a file to commit), each refused naming the file ----------

def _docx_parts() -> dict[str, bytes]:
    """The parts of a valid one-task plan written by python-docx."""
    import io
    import zipfile

    import docx

    doc = docx.Document()
    for text in ["II. NHIỆM VỤ", "1. Về tổ chức", "a) Nhiệm vụ, giải pháp cụ thể: Sắp xếp;", "b) Cơ quan chủ trì: Sở Nội vụ."]:
        doc.add_paragraph(text)
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
        return {name: z.read(name) for name in z.namelist()}


def _zip(parts: dict[str, bytes], method: int | None = None) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method if method is not None else zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return buffer.getvalue()


LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">' +
          b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                   for i in range(1, 10)) + b']>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
          b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')


def _lying_size(parts: dict[str, bytes], name: str) -> bytes:
    """A zip whose headers declare part `name` 100 bytes long while its data inflates to far more."""
    import struct

    raw = bytearray(_zip(parts))
    size = len(parts[name])
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = 0
        while (at := raw.find(signature, at)) >= 0:
            name_len = struct.unpack_from("<H", raw, at + (26 if signature == b"PK\x03\x04" else 28))[0]
            start = at + (30 if signature == b"PK\x03\x04" else 46)
            if raw[start:start + name_len] == name.encode() and struct.unpack_from("<I", raw, at + offset)[0] == size:
                struct.pack_into("<I", raw, at + offset, 100)
            at += 4
    return bytes(raw)


def _docx_cases() -> dict[str, tuple]:
    """name → (bytes of the .docx, message key of the detail, text the message must also hold)."""
    import zipfile

    parts = _docx_parts()
    body = parts["word/document.xml"]
    without = lambda *names: {k: v for k, v in parts.items() if k not in names}   # noqa: E731
    return {
        "billion-laughs": (_zip({**parts, "word/document.xml": LAUGHS}), "container_doctype", "word/document.xml"),
        "billion-laughs-utf16": (_zip({**parts, "word/document.xml": LAUGHS.decode().replace('"1.0"?', '"1.0" encoding="UTF-16"?')
                                       .encode("utf-16")}), "container_doctype", "word/document.xml"),
        "xxe-styles": (_zip({**parts, "word/styles.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM '
                             b'"file:///etc/passwd">]><x>&e;</x>'}), "container_doctype", "word/styles.xml"),
        "document-cut": (_zip({**parts, "word/document.xml": body[:len(body) // 2]}), "docx_malformed", ""),
        "document-garbage": (_zip({**parts, "word/document.xml": bytes(range(256)) * 8}), "docx_malformed", ""),
        "document-no-body": (_zip({**parts, "word/document.xml": b'<?xml version="1.0"?><w:document xmlns:w='
                                   b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'}),
                             "docx_malformed", ""),
        "document-empty": (_zip({**parts, "word/document.xml": b""}), "docx_malformed", ""),
        "no-rels": (_zip(without("_rels/.rels")), "docx_malformed", ""),
        "only-content-types": (_zip({"[Content_Types].xml": parts["[Content_Types].xml"]}), "container_missing_part",
                               "word/document.xml"),
        "no-content-types": (_zip(without("[Content_Types].xml")), "container_missing_part", "[Content_Types].xml"),
        "empty-zip": (_zip({}), "container_missing_part", "[Content_Types].xml"),
        "zip-bomb-ratio": (_zip({**parts, "word/media/bomb.bin": b"\0" * (8 << 20)}), "container_bomb", "word/media/bomb.bin"),
        # zipfile stops at the declared size; the part then fails its checksum
        "zip-bomb-lying-size": (_lying_size({**parts, "word/document.xml": body + b" " * (3 << 20)}, "word/document.xml"),
                                "container_corrupt_part", "word/document.xml"),
        "macros": (_zip({**parts, "word/vbaProject.bin": b"\0" * 64}), "container_macros", "vbaProject.bin"),
        "many-parts": (_zip({**parts, **{f"word/x{i}.xml": b"<x/>" for i in range(5001)}}, zipfile.ZIP_STORED),
                       "container_too_many_parts", "5"),
        "not-zip-text": ("Kế hoạch 1\nII. NHIỆM VỤ\n".encode(), "container_not_zip", ".docx"),
        "not-zip-empty": (b"", "container_not_zip", ".docx"),
        "zip-truncated": (_zip(parts)[:2000], "container_not_zip", ".docx"),
        "part-corrupt": (_corrupt(_zip(parts), "word/document.xml"), "container_corrupt_part", "word/document.xml"),
    }


def _corrupt(raw: bytes, name: str) -> bytes:
    """The deflated data of part `name` overwritten with bytes that do not inflate."""
    at = raw.find(b"PK\x03\x04")
    while at >= 0:
        name_len, extra = int.from_bytes(raw[at + 26:at + 28], "little"), int.from_bytes(raw[at + 28:at + 30], "little")
        if raw[at + 30:at + 30 + name_len] == name.encode():
            start = at + 30 + name_len + extra
            return raw[:start] + b"\xff" * 64 + raw[start + 64:]
        at = raw.find(b"PK\x03\x04", at + 4)
    raise AssertionError(name)


DOCX_CASES = _docx_cases() if __import__("importlib").util.find_spec("docx") else {}


@pytest.mark.parametrize("name", sorted(DOCX_CASES))
def test_docx_plan_is_refused(name, tmp_path, capsys):
    raw, detail, also = DOCX_CASES[name]
    path = tmp_path / f"{name}.docx"
    path.write_bytes(raw)
    tracemalloc.start()
    try:
        code = main(["plan", str(path)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    out, err = capsys.readouterr()
    assert code == 2 and out == "", (code, out[:300], err)
    assert "Traceback" not in err and "lỗi nội bộ" not in err and err.startswith(f"{path}: "), err
    assert problem_pattern(detail).search(err) and also in err, (detail, err)
    assert main(["plan", str(path), "--lang", "en"]) == 2
    en = capsys.readouterr()[1]
    assert problem_pattern(detail, "en").search(en), (detail, en)
    assert peak < 64 * 2**20, peak   # the bomb's inflated size is never held


@pytest.mark.parametrize("command", [["check", "fixtures/nho/so-nho.yaml"], ["plan", "fixtures/ke-hoach/ke-hoach-mau.txt"],
                                     ["rules", "list"]])
@pytest.mark.parametrize("day", ["01/01/1800", "9999-12-31", "31/12/2100x"])
def test_as_of_outside_any_plausible_date(command, day, capsys):
    code = main([*command, "--as-of", day])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", (code, err)
    assert problem_pattern("bad_date_arg" if day.endswith("x") else "date_range").search(err), err


def test_a_folder_where_a_file_belongs(tmp_path, capsys):
    """The operating system's reason, in the user's words: never its English text."""
    (tmp_path / "to-chuc.yaml").mkdir()
    (tmp_path / "ke-hoach.txt").mkdir()
    (tmp_path / "quy-tac" / "quy_tac" / "thu.feature").mkdir(parents=True)
    (tmp_path / "quy-tac" / "nho.yaml").write_text("rules: []\n", encoding="utf-8")
    for args, shown in [(["check", "to-chuc.yaml"], "to-chuc.yaml"), (["plan", "ke-hoach.txt"], "ke-hoach.txt"),
                        (["rules", "list", "--rules", "quy-tac"], "thu.feature")]:
        args = [str(tmp_path / a) if a.endswith((".yaml", ".txt")) or a == "quy-tac" else a for a in args]
        for lang in ("vi", "en"):
            assert main([*args, "--lang", lang]) == 2
            err = capsys.readouterr().err
            assert shown in err and problem_pattern("os_is_folder", lang).search(err), err
            assert "Is a directory" not in err and "Errno" not in err, err


def test_one_unit_under_two_ids_is_a_warning(tmp_path, capsys):
    """Same name (case and spaces aside), parent and kind, different ids: said under the header of every format."""
    base = (CORPUS / "proposal" / "co-so.yaml").read_text(encoding="utf-8")
    path = tmp_path / "hai-ma.yaml"
    path.write_text(base + "  - {id: p9, name: 'phòng  MỘT', kind: phong_thuoc_so, parent: s, bien_che: 9, cap_pho: 1}\n",
                    encoding="utf-8")
    main(["check", str(path)])
    assert "Cảnh báo: 1 nhóm đơn vị cùng tên, cùng cấp trên và cùng loại nhưng khác mã" in capsys.readouterr().out
    main(["check", str(path), "--lang", "en", "--format", "json"])
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert any("Phòng Một (p1, p9)" in n for n in notes), notes
    main(["check", str(CORPUS / "proposal" / "co-so.yaml")])
    assert "Cảnh báo" not in capsys.readouterr().out


def test_a_function_listed_twice_in_one_unit_is_a_warning(tmp_path, capsys):
    """Held once (features/chuc_nang.feature: not a duplication between units), but said under the header."""
    base = (CORPUS / "proposal" / "co-so.yaml").read_text(encoding="utf-8")
    path = tmp_path / "lap.yaml"
    path.write_text(base.replace("functions: [X.A, X.B]", "functions: [X.A, X.B, X.A]"), encoding="utf-8")
    main(["check", str(path)])
    assert "Cảnh báo: 1 đơn vị ghi một mã chức năng hai lần trong «functions» (chỉ tính một lần): p1: X.A" in \
        capsys.readouterr().out
    main(["check", str(path), "--lang", "en"])
    assert "Warning: 1 unit(s) list a function code twice in 'functions' (counted once): p1: X.A" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["table", "markdown", "report.csv", "report.html", "report.xlsx", "report.docx"])
def test_hidden_characters_in_names_are_shown_not_obeyed(fmt, tmp_path, capsys):
    """Names may hold them (ids may not): every human-readable format shows ‹U+XXXX› instead."""
    base = (CORPUS / "proposal" / "co-so.yaml").read_text(encoding="utf-8")
    path = tmp_path / "ten-an.yaml"
    line = next(x for x in base.splitlines() if "id: p1," in x)
    hidden = line.replace("name: Phòng Một,", 'name: "Phòng\\u001b[2J Một\\u202e\\u200b",').replace("cap_pho: 1", "cap_pho: 5")
    path.write_text(base.replace(line, hidden), encoding="utf-8")   # 5 deputies: a finding names the unit
    if "." in fmt:
        code = main(["check", str(path), "-o", str(tmp_path / fmt)])
        data = (tmp_path / fmt).read_bytes()
        if fmt.endswith((".xlsx", ".docx")):
            import zipfile
            with zipfile.ZipFile(tmp_path / fmt) as z:
                data = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xml"))
        text = data.decode("utf-8")
    else:
        code = main(["check", str(path), "--format", fmt])
        text = capsys.readouterr().out
    assert code in (0, 1)
    assert "\x1b" not in text and "\u202e" not in text and "\u200b" not in text
    assert "U+001B" in text and "U+202E" in text


def test_an_agency_written_twice_in_one_task_is_a_warning(tmp_path, capsys):
    base = (CORPUS / "proposal" / "co-so.yaml").read_text(encoding="utf-8")
    path = tmp_path / "lap-nv.yaml"
    path.write_text(base + "tasks:\n  - {id: t1, title: Việc, chu_tri: [p1, 'P1 '], phoi_hop: [s, p2, s]}\n", encoding="utf-8")
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "Cảnh báo: 2 lần một cơ quan được ghi hai lần trong «chu_tri» hoặc «phoi_hop» của cùng một nhiệm vụ" in out
    assert "t1 (chu_tri): P1, p1; t1 (phoi_hop): s" in out.replace("\n  ", " "), out
    main(["check", str(path), "--lang", "en", "--format", "json"])
    assert any(n.startswith("Warning: 2 time(s) an agency") for n in json.loads(capsys.readouterr().out)["notes"])
