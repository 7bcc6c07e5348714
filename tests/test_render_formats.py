"""The report formats (issue 11): the terminal table fitted to its width, colour, -o FILE, csv, xlsx,
docx, html and json, each checked against the JSON of the same run."""

import csv
import io
import json
import re
from pathlib import Path

import pytest

from compliance.check import check
from compliance.cli import main
from compliance.model import load_org
from compliance.render import render_bytes
from compliance.render.common import PLAN as FROM_PLAN
from compliance.render.common import UNVERIFIED

ROOT = Path(__file__).resolve().parent.parent
CAN_THO = ROOT / "fixtures" / "can-tho-2023.yaml"
PROPOSAL = ROOT / "fixtures" / "can-tho-2023-proposal.yaml"
PLAN = ROOT / "fixtures" / "ke-hoach" / "ke-hoach-mau.txt"
PLAN_ORG = ROOT / "fixtures" / "ke-hoach" / "to-chuc-hoa-an.yaml"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def can_tho():
    return check(load_org(CAN_THO))


def json_of(capsys, *args) -> dict:
    _, out, _ = run(capsys, *args, "--format", "json")
    return json.loads(out)


# --- terminal width ---------------------------------------------------------------------------

@pytest.mark.parametrize("columns", [80, 100, 120])
def test_can_tho_report_fits_the_terminal(capsys, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, _ = run(capsys, "check", CAN_THO)
    assert code == 1
    lines = out.split("\n")
    assert max(map(len, lines)) <= columns, [line for line in lines if len(line) > columns][:3]
    # every finding is still there, codes whole
    doc = json_of(capsys, "check", CAN_THO)
    for f in doc["findings"]:
        assert f["code"] in out


def test_stacked_layout_below_90_columns_keeps_words_whole(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = run(capsys, "check", CAN_THO)
    assert "+----" not in out.split("Mức độ         Số phát hiện")[0]  # the findings are blocks, not a grid
    assert "Mã quy tắc:     ND107.PHO.GIAM_DOC\nMức độ:         lỗi\n" in out
    assert "Phát hiện:      59 Phó Giám đốc cho 19 sở / tối đa 57 (bình quân 3 mỗi sở; loại\n                I)" in out
    assert_no_cut_syllable(out, json_of(capsys, "check", CAN_THO))


def assert_no_cut_syllable(out: str, doc: dict) -> None:
    """Every alphabetic token on screen is a whole word of the report (a cut syllable would not be)."""
    texts = [line for f in doc["findings"] for line in
             (f["message"], f["legal_basis"], f["subject_name"], " ".join(f["path"]))] + [out.split("\n\n")[0]]
    texts += ["Mã quy tắc Mức độ Đơn vị Phát hiện Căn cứ pháp lý lỗi cảnh báo chuyển tiếp định hướng thông tin "
              "tổng cộng Số phát hiện Chỉ tiêu tinh giản Giai đoạn Hiện có Gốc Thay đổi Yêu cầu Đạt chưa đạt đạt "
              "có số liệu gốc", FROM_PLAN["vi"], UNVERIFIED["vi"]]
    texts += [" ".join((t["title"], t["legal_basis"], t["period"])) for t in doc["targets"]]
    words = {w.strip("«»(),;:.*") for text in texts for w in text.split()}
    for token in out.split():
        bare = token.strip("«»(),;:.*")
        if bare.isalpha():
            assert bare in words, token


def test_grid_at_120_shrinks_columns_without_cutting_words(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    _, out, _ = run(capsys, "check", CAN_THO)
    assert "+====" in out
    assert "| ND107.PHO.GIAM_DOC " in out  # the code column is never wrapped inside a code
    assert "Ph\n" not in out and "| ó Giám" not in out


def test_wide_terminal_keeps_todays_table(capsys, can_tho):
    from compliance.render import render
    assert render(can_tho, "table", width=250) == render(can_tho, "table")


def test_rules_list_fits(capsys, monkeypatch):
    for columns in (80, 120):
        monkeypatch.setenv("COLUMNS", str(columns))
        code, out, _ = run(capsys, "rules", "list")
        assert code == 0 and "ND107.PHO.GIAM_DOC" in out
        assert max(map(len, out.split("\n"))) <= columns


# --- colour -----------------------------------------------------------------------------------

def test_colour_always_never_and_no_color(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    _, coloured, _ = run(capsys, "check", CAN_THO, "--color", "always")
    _, plain, _ = run(capsys, "check", CAN_THO, "--color", "never")
    assert "\x1b[31mlỗi\x1b[0m" in coloured and "\x1b[" not in plain
    assert ANSI.sub("", coloured) == plain  # colour off is byte-identical
    monkeypatch.setenv("NO_COLOR", "1")
    _, auto, _ = run(capsys, "check", CAN_THO)  # not a terminal, and NO_COLOR: plain
    assert auto == plain


def test_colour_auto_follows_the_terminal_and_no_color(monkeypatch):
    from compliance.render.table import use_colour

    class Tty(io.StringIO):
        def isatty(self):
            return True
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour("auto", Tty()) and not use_colour("auto", io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_colour("auto", Tty()) and use_colour("always", Tty()) and not use_colour("never", Tty())


# --- -o FILE ----------------------------------------------------------------------------------

def test_output_unknown_extension_is_a_bilingual_error(capsys, tmp_path):
    target = tmp_path / "báo-cáo.pdf"
    code, out, err = run(capsys, "check", CAN_THO, "-o", target)
    assert code == 2 and out == "" and not target.exists()
    assert f"{target}: không xuất được báo cáo dạng «.pdf»: dùng tệp có đuôi" in err and ".csv" in err
    code, _, err = run(capsys, "check", CAN_THO, "-o", target, "--lang", "en")
    assert code == 2 and "cannot write a report as '.pdf'" in err


def test_output_into_a_missing_folder(capsys, tmp_path):
    code, _, err = run(capsys, "check", CAN_THO, "-o", tmp_path / "không-có" / "x.csv")
    assert code == 2 and "không ghi được tệp báo cáo: thư mục chứa tệp không tồn tại" in err
    assert "Traceback" not in err and "No such file" not in err


@pytest.mark.parametrize("ext", [".json", ".md"])
def test_output_text_formats_equal_stdout(capsys, tmp_path, ext):
    target = tmp_path / f"r{ext}"
    code, out, _ = run(capsys, "check", CAN_THO, "-o", target)
    assert code == 1 and out == f"đã ghi {target}\n"  # findings → exit 1, as on stdout
    _, stdout, _ = run(capsys, "check", CAN_THO, "--format", {".json": "json", ".md": "markdown"}[ext])
    assert target.read_text(encoding="utf-8") == stdout


# --- csv --------------------------------------------------------------------------------------

def test_csv_has_bom_the_findings_of_the_json_and_no_formula(capsys, tmp_path):
    target = tmp_path / "r.csv"
    run(capsys, "check", CAN_THO, "-o", target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    doc = json_of(capsys, "check", CAN_THO)
    assert rows[0][:3] == ["Mã quy tắc", "Mức độ", "Nhóm"] and rows[0][-1] == "Dấu vân tay"
    assert [(r[0], r[3], r[-1]) for r in rows[1:]] == [(f["code"], f["subject_id"], f["fingerprint"])
                                                       for f in doc["findings"]]
    assert [r[1] for r in rows[1:]] == [{"error": "lỗi", "warning": "cảnh báo"}[f["severity"]] for f in doc["findings"]]


def test_formula_like_names_are_written_as_text(tmp_path):
    org = tmp_path / "inj.yaml"
    org.write_text(CAN_THO.read_text(encoding="utf-8").replace(
        "name: \"Trường THPT Châu Văn Liêm\"", "name: '=HYPERLINK(\"http://x\",\"Trường THPT Châu Văn Liêm\")'", 1), encoding="utf-8")
    result = check(load_org(org))
    assert any(f.subject_name.startswith("=") for f in result.findings)
    rows = list(csv.reader(io.StringIO(render_bytes(result, "csv").decode("utf-8-sig"))))
    names = [r[4] for r in rows[1:]]
    assert not any(n.startswith(("=", "+", "-", "@")) for n in names)
    assert "'=HYPERLINK(\"http://x\",\"Trường THPT Châu Văn Liêm\")" in names
