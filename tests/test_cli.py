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
    assert "Văn bản áp dụng: Kế hoạch 194/KH-UBND; Nghị định 107/2020/NĐ-CP" in out
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
    assert code == 0 and "Không có phát hiện nào." in out


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
    assert run(capsys, "rules", "show", "KHONG.CO")[0] == 2


def test_report_is_byte_identical_between_processes():
    cmd = [sys.executable, "-m", "compliance", "check", str(SMALL), "--format", "json"]
    first = subprocess.run(cmd, capture_output=True, cwd=ROOT)
    second = subprocess.run(cmd, capture_output=True, cwd=ROOT, env={"PYTHONHASHSEED": "12345", "PATH": ""})
    assert first.returncode == 1 and first.stdout and first.stdout == second.stdout


def test_committed_schema_is_current():
    committed = (ROOT / "docs" / "org-file.schema.json").read_text(encoding="utf-8")
    assert committed == schema_json(), "run: orgcheck schema > docs/org-file.schema.json"
