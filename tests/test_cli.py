"""The command line as users run it: exit codes, formats, languages, determinism."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from compliance.cli import main, schema_json

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "fixtures" / "nho" / "so-nho.yaml"
BROKEN = ROOT / "fixtures" / "nho" / "loi-cau-truc.yaml"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_table_report(capsys):
    code, out, err = run(capsys, "check", SMALL)
    assert code == 1 and err == ""
    # Hòa An is not Cần Thơ: the city's Kế hoạch 194 is not its law (scope, issue 18)
    assert "Văn bản áp dụng: Nghị định 107/2020/NĐ-CP" in out and "194/KH-UBND" not in out
    assert "ND107.PHO.PHONG" in out and "2 phó trưởng phòng / tối đa 1 (loại I, dưới 9" in out
    assert "(p_to_chuc)" in out and "Ủy ban nhân dân tỉnh Hòa An › Sở Nội" in out  # cells wrap
    assert "(*) ngưỡng chưa được xác minh với văn bản gốc" in out
    # sorted by agency path, then rule: the committee's rows come before the division's
    assert out.index("CN.TRUNG_LAP") < out.index("ND107.PHO.PHONG") < out.index("CT.CHU_TRI_KHONG_RO")


def test_english_and_json(capsys):
    code, out, _ = run(capsys, "check", SMALL, "--lang", "en", "--format", "json")
    doc = json.loads(out)
    assert code == 1
    assert doc["totals"] == {"error": 4, "warning": 0, "transitional": 0, "guidance": 0, "info": 0}
    assert [f["code"] for f in doc["findings"]] == ["CN.TRUNG_LAP", "ND107.PHO.PHONG", "CT.CHU_TRI_KHONG_RO", "CT.NHIEU"]
    assert doc["findings"][1]["message"] == "2 deputy heads / at most 1 (class I, under 9 civil servants)"
    assert doc["findings"][1]["line"] == 16


def test_markdown(capsys):
    _, out, _ = run(capsys, "check", SMALL, "--format", "markdown")
    assert "| Mã quy tắc" in out and "<br>" in out


@pytest.mark.parametrize("fail_on, expected", [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on(capsys, fail_on, expected):
    assert run(capsys, "check", SMALL, "--fail-on", fail_on)[0] == expected


def test_clean_file_exits_zero(capsys, tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("jurisdiction: {name: T, level: huyen, class: loai_2_3, as_of: 01/06/2022}\nunits:\n"
                    "  - {id: u, name: U, kind: ubnd_xa}\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", path)
    # a commune alone in 2022: the families orgcheck cannot check are named, "no findings" speaks of the rest
    assert code == 0 and "Không có phát hiện nào trong các nhóm quy tắc đã kiểm tra" in out
    assert "Không kiểm tra: Số lượng cấp phó (UBND cấp xã)" in out and "Không có phát hiện nào." not in out


def test_bad_input_exit_2_in_both_languages(capsys):
    code, out, err = run(capsys, "check", BROKEN)
    assert code == 2 and out == "" and "vòng lặp" in err and "Traceback" not in err
    code, _, err = run(capsys, "check", BROKEN, "--lang", "en")
    assert code == 2 and "cycle" in err


def test_date_outside_the_encoded_law(capsys):
    code, _, err = run(capsys, "check", SMALL, "--as-of", "01/01/2019")
    assert code == 2 and "chưa có bộ quy tắc cho ngày 01/01/2019" in err
    code, _, err = run(capsys, "check", SMALL, "--as-of", "ngày mai")
    assert code == 2 and "ngày không hợp lệ" in err


def test_usage_error(capsys):
    code, _, err = run(capsys, "check")
    assert code == 2 and "lỗi cách dùng" in err


def test_rules_list_and_show(capsys):
    code, out, _ = run(capsys, "rules", "list")
    assert code == 0 and "ND107.TC.PHONG" in out and "rules/nd107-2020.yaml" in out
    code, out, _ = run(capsys, "rules", "show", "ND107.PHO.PHONG", "--lang", "en")
    assert code == 0 and "| class I, 9–14 civil servants" in out and "features/cap_pho.feature" in out
    assert run(capsys, "rules", "show", "KHONG.CO") == (2, "", "rules: quy tắc «KHONG.CO»: không có quy tắc này\n")
    assert run(capsys, "rules", "show", "KHONG.CO", "--lang", "en") == (2, "", "rules: rule 'KHONG.CO': there is no such rule\n")
    assert run(capsys, "rules", "new", "abc", "--lang", "en") == (
        2, "", "rules new: rule 'abc': a code looks like TINH.PHO.MOI (capitals, digits, _, joined by dots)\n")


def test_report_is_byte_identical_between_processes():
    cmd = [sys.executable, "-m", "compliance", "check", str(SMALL), "--format", "json"]
    first = subprocess.run(cmd, capture_output=True, cwd=ROOT)
    second = subprocess.run(cmd, capture_output=True, cwd=ROOT, env={"PYTHONHASHSEED": "12345", "PATH": ""})
    assert first.returncode == 1 and first.stdout and first.stdout == second.stdout


def test_committed_schema_is_current():
    committed = (ROOT / "docs" / "org-file.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "run: orgcheck schema > docs/org-file.schema.json"


def test_schema_references_resolve():
    schema = json.loads(schema_json())
    refs = []

    def walk(node):
        if isinstance(node, dict):
            refs.extend(v for k, v in node.items() if k == "$ref")
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(schema)
    assert refs and all(r.startswith("#/$defs/") and r.split("/")[-1] in schema["$defs"] for r in refs)


# --- --rules DIR: an analyst's own copy of the rules ------------------------------------------

def edited_rules(tmp_path: Path) -> Path:
    """A copy of rules/ (only the rule files, regimes and dictionary default to orgcheck's) with the
    Gherkin rules in quy_tac/, where a division of a class-I province under 9 staff may have 2 deputies."""
    folder = tmp_path / "quy-tac-cua-toi"
    folder.mkdir()
    for path in (ROOT / "rules").glob("*.yaml"):
        if path.name not in ("che-do.yaml", "tu-dien-truong.yaml"):
            (folder / path.name).write_bytes(path.read_bytes())
    (folder / "quy_tac").mkdir()
    for path in (ROOT / "features" / "quy_tac").glob("*.feature"):
        (folder / "quy_tac" / path.name).write_bytes(path.read_bytes())
    text = (folder / "nd107-2020.yaml").read_text(encoding="utf-8")
    row = text.index('- [loai_1, "< 9", 1]', text.index("code: ND107.PHO.PHONG\n"))
    (folder / "nd107-2020.yaml").write_text(text[:row] + '- [loai_1, "< 9", 2]' + text[row + 20:], encoding="utf-8")
    return folder


def test_rules_dir_with_an_edited_threshold_changes_the_findings(capsys, tmp_path):
    folder = edited_rules(tmp_path)
    _, builtin, _ = run(capsys, "check", SMALL, "--format", "json")
    _, same, _ = run(capsys, "check", SMALL, "--format", "json", "--rules", ROOT / "rules")
    code, edited, err = run(capsys, "check", SMALL, "--format", "json", "--rules", folder)
    assert same == builtin
    codes = [f["code"] for f in json.loads(edited)["findings"]]
    assert code == 1 and err == ""
    assert codes == ["CN.TRUNG_LAP", "CT.CHU_TRI_KHONG_RO", "CT.NHIEU"]   # ND107.PHO.PHONG: 2 deputies now allowed
    assert [f["code"] for f in json.loads(builtin)["findings"]] == ["CN.TRUNG_LAP", "ND107.PHO.PHONG"] + codes[1:]
    _, listed, _ = run(capsys, "rules", "list", "--rules", folder)
    assert "KL187.PHO.TY_LE" in listed and f"{folder}/quy_tac/kl187_pho_ty_le.feature" in listed
    _, shown, _ = run(capsys, "rules", "show", "ND107.PHO.PHONG", "--rules", folder)
    assert f"`{folder}/nd107-2020.yaml`" in shown


def test_rules_dir_may_be_a_copy_of_the_project(capsys, tmp_path):
    (tmp_path / "rules").symlink_to(ROOT / "rules")
    (tmp_path / "features").symlink_to(ROOT / "features")
    _, builtin, _ = run(capsys, "check", SMALL, "--format", "json")
    code, copy, err = run(capsys, "check", SMALL, "--format", "json", "--rules", tmp_path)
    assert (code, err) == (1, "") and copy == builtin


def test_rules_dir_is_loaded_once_for_diff(capsys, tmp_path, monkeypatch):
    """check() and diff load the built-in rules when given none: the CLI must pass its catalogue down."""
    import compliance.check
    import compliance.diff

    def refuse():
        raise AssertionError("the catalogue was loaded again")

    monkeypatch.setattr(compliance.check, "load_catalogue", refuse)
    monkeypatch.setattr(compliance.diff, "load_catalogue", refuse)
    folder = edited_rules(tmp_path)
    assert run(capsys, "diff", SMALL, SMALL, "--rules", folder)[0] == 0
    assert run(capsys, "check", SMALL, "--rules", folder)[0] == 1


@pytest.mark.parametrize("lang, missing, empty", [
    ("vi", "không tìm thấy thư mục quy tắc", "thư mục không có tệp quy tắc nào"),
    ("en", "rules folder not found", "the folder holds no rule file")])
def test_bad_rules_dir(capsys, tmp_path, lang, missing, empty):
    (tmp_path / "trong").mkdir()
    (tmp_path / "trong" / "che-do.yaml").write_text("regimes: []\n", encoding="utf-8")
    for command in (["check", SMALL], ["diff", SMALL, SMALL], ["plan", SMALL], ["rules", "list"], ["rules", "test"]):
        code, out, err = run(capsys, *command, "--lang", lang, "--rules", tmp_path / "khong-co")
        assert (code, out) == (2, "") and err == f"{tmp_path / 'khong-co'}: {missing} (--rules {'needs a folder' if lang == 'en' else 'cần một thư mục'})\n", err
        code, out, err = run(capsys, *command, "--lang", lang, "--rules", tmp_path / "trong")
        assert (code, out) == (2, "") and err.startswith(f"{tmp_path / 'trong'}: {empty}"), err


def test_rules_dir_errors_name_the_analysts_file(capsys, tmp_path):
    folder = edited_rules(tmp_path)
    path = folder / "nd107-2020.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('- [loai_1, "< 9", 2]', '- [loai_1, "=< 9", 2]'),
                    encoding="utf-8")
    code, out, err = run(capsys, "check", SMALL, "--rules", folder)
    assert (code, out) == (2, "")
    assert f"{path}, dòng " in err and "quy tắc «ND107.PHO.PHONG»: bảng mức, dòng 3: «bien_che»: không đọc được ô '=< 9'" in err
    code, _, err = run(capsys, "check", SMALL, "--rules", folder, "--lang", "en")
    assert code == 2 and "rule 'ND107.PHO.PHONG': bands row 3: 'bien_che': cannot read the cell '=< 9'" in err


def test_rules_test_runs_the_scenarios_of_the_rules_dir(tmp_path):
    folder = edited_rules(tmp_path)
    done = subprocess.run([sys.executable, "-m", "compliance", "rules", "test", "--rules", str(folder)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{folder}/quy_tac/kl187_pho_ty_le.feature" in done.stdout and "0 không đạt" in done.stdout
