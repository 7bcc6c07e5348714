"""The reviewer's controls (issue 15): --select/--ignore, orgcheck.toml, diff --fail-on, waivers with
expiry, explain, and a verifiable run (--manifest, orgcheck verify). Each through the real CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "fixtures" / "nho" / "so-nho.yaml"          # 4 findings on 08/09/2023, one ND107.PHO.PHONG on p_to_chuc
PROPOSAL = ROOT / "fixtures" / "can-tho-2023-proposal.yaml"  # one new error (ND120.PHO.DVSNCL)


def orgcheck(*args, cwd=ROOT) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "compliance", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=300)


def codes(run: subprocess.CompletedProcess) -> list[tuple[str, str]]:
    return [(f["code"], f["subject_id"]) for f in json.loads(run.stdout)["findings"]]


# --- select / ignore ------------------------------------------------------------------------

def test_select_family_prefix_and_code():
    every = codes(orgcheck("check", SMALL, "--format", "json"))
    assert {c for c, _ in every} == {"CN.TRUNG_LAP", "ND107.PHO.PHONG", "CT.CHU_TRI_KHONG_RO", "CT.NHIEU"}
    assert codes(orgcheck("check", SMALL, "--format", "json", "--select", "cap_pho")) == [("ND107.PHO.PHONG", "p_to_chuc")]
    assert {c for c, _ in codes(orgcheck("check", SMALL, "--format", "json", "--select", "CT"))} == \
        {"CT.CHU_TRI_KHONG_RO", "CT.NHIEU"}
    assert {c for c, _ in codes(orgcheck("check", SMALL, "--format", "json", "--ignore", "CT.NHIEU,CN"))} == \
        {"ND107.PHO.PHONG", "CT.CHU_TRI_KHONG_RO"}
    run = orgcheck("check", SMALL, "--format", "json", "--select", "cap_pho", "--ignore", "ND107.PHO.PHONG")
    assert run.returncode == 0 and codes(run) == []
    applied = json.loads(run.stdout)["rules_applied"]
    assert applied and "ND107.PHO.PHONG" not in applied and all(not c.startswith(("CN.", "CT.")) for c in applied)


def test_a_prefix_stops_at_a_dot():
    """`ND107.PHO.PHON` is not a prefix of ND107.PHO.PHONG: a typo must not select by accident."""
    run = orgcheck("check", SMALL, "--select", "ND107.PHO.PHON")
    assert run.returncode == 2
    assert "«ND107.PHO.PHON» không phải mã quy tắc" in run.stderr and "ND107.PHO.PHONG" in run.stderr


@pytest.mark.parametrize("lang, text", [("vi", "không phải mã quy tắc, tiền tố mã hay nhóm quy tắc nào"),
                                        ("en", "is no rule code, code prefix or rule family")])
def test_unknown_token_is_an_error_with_a_suggestion(lang, text):
    run = orgcheck("check", SMALL, "--ignore", "cap_ph", "--lang", lang)
    assert run.returncode == 2 and text in run.stderr and "cap_pho" in run.stderr and "Traceback" not in run.stderr


# --- configuration --------------------------------------------------------------------------

def test_config_file_gives_defaults_and_flags_override(tmp_path):
    shutil.copy(SMALL, tmp_path / "org.yaml")
    (tmp_path / "orgcheck.toml").write_text('select = ["cap_pho"]\nfail-on = "never"\nformat = "json"\n', encoding="utf-8")
    run = orgcheck("check", "org.yaml", cwd=tmp_path)
    assert run.returncode == 0 and codes(run) == [("ND107.PHO.PHONG", "p_to_chuc")]   # fail-on never
    run = orgcheck("check", "org.yaml", "--fail-on", "error", "--select", "CT.NHIEU", cwd=tmp_path)
    assert run.returncode == 1 and codes(run) == [("CT.NHIEU", "NV02")]
    shown = orgcheck("config", cwd=tmp_path)
    assert shown.returncode == 0
    lines = {line.split()[0]: line for line in shown.stdout.splitlines()[3:] if line.strip()}
    assert "orgcheck.toml" in lines["fail-on"] and "never" in lines["fail-on"]
    assert "mặc định" in lines["lang"]


def test_pyproject_tool_table(tmp_path):
    shutil.copy(SMALL, tmp_path / "org.yaml")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.orgcheck]\nlang = "en"\nignore = "CT"\n',
                                             encoding="utf-8")
    run = orgcheck("check", "org.yaml", cwd=tmp_path)
    assert "compliance check" in run.stdout and "CT.NHIEU" not in run.stdout and "CN.TRUNG_LAP" in run.stdout
    assert "pyproject.toml [tool.orgcheck]" in orgcheck("config", cwd=tmp_path).stdout


@pytest.mark.parametrize("content, text", [
    ('fail_on = "error"\n', "khóa cấu hình «fail_on» không có (gần giống: fail-on)"),
    ('fail-on = "sometimes"\n', "khóa cấu hình «fail-on» = «sometimes» không hợp lệ"),
    ('select = 3\n', "khóa cấu hình «select»: giá trị không hợp lệ"),
    ('select = [\n', "lỗi cú pháp TOML"),
])
def test_bad_config_is_refused(tmp_path, content, text):
    shutil.copy(SMALL, tmp_path / "org.yaml")
    (tmp_path / "orgcheck.toml").write_text(content, encoding="utf-8")
    run = orgcheck("check", "org.yaml", cwd=tmp_path)
    assert run.returncode == 2 and "orgcheck.toml" in run.stderr and text in run.stderr, run.stderr


# --- diff --fail-on -------------------------------------------------------------------------

def test_diff_fails_on_new_errors_only():
    assert orgcheck("diff", PROPOSAL).returncode == 1                     # two new errors
    assert orgcheck("diff", PROPOSAL, "--fail-on", "never").returncode == 0
    assert orgcheck("diff", PROPOSAL, "--ignore", "ND120.PHO.DVSNCL").returncode == 1   # + 22 budget-paid staff
    # 22 persisting do not count
    assert orgcheck("diff", PROPOSAL, "--ignore", "ND120.PHO.DVSNCL,ND120.SAP_XEP.TANG_NSNN").returncode == 0


# --- waivers --------------------------------------------------------------------------------

WAIVER = """\
waivers:
  - rule: {rule}
    unit: {unit}
    reason: "Giữ cấp phó đến khi hoàn thành đề án sắp xếp"
    decision: {{number: "123/QĐ-UBND", date: 2023-01-10, issuer: "UBND tỉnh Hòa An"}}
    from: 2023-01-10
    until: 2023-12-31
"""


def write_waiver(tmp_path, rule="ND107.PHO.PHONG", unit="p_to_chuc") -> Path:
    path = tmp_path / "mien-tru.yaml"
    path.write_text(WAIVER.format(rule=rule, unit=unit), encoding="utf-8")
    return path


def test_waived_finding_leaves_the_count_and_is_listed(tmp_path):
    waivers = write_waiver(tmp_path)
    run = orgcheck("check", SMALL, "--select", "cap_pho", "--waivers", waivers, "--format", "json")
    assert run.returncode == 0, run.stderr     # the only error is waived
    doc = json.loads(run.stdout)
    assert doc["findings"] == [] and [w["code"] for w in doc["waived"]] == ["ND107.PHO.PHONG"]
    assert doc["waived"][0]["waiver"]["decision"]["number"] == "123/QĐ-UBND"
    table = orgcheck("check", SMALL, "--select", "cap_pho", "--waivers", waivers).stdout
    assert "Được miễn trừ (1)" in table and "123/QĐ-UBND" in table


def test_waiver_by_prefix_and_by_path(tmp_path):
    by_prefix = write_waiver(tmp_path, rule="ND107.PHO")
    assert orgcheck("check", SMALL, "--select", "cap_pho", "--waivers", by_prefix).returncode == 0
    by_path = write_waiver(tmp_path, unit='"Ủy ban nhân dân tỉnh Hòa An › Sở Nội vụ › Phòng Tổ chức, biên chế"')
    assert orgcheck("check", SMALL, "--select", "cap_pho", "--waivers", by_path).returncode == 0


@pytest.mark.parametrize("day, waived", [("31/12/2023", True), ("01/01/2024", False), ("09/01/2023", False)])
def test_waiver_validity_on_both_sides_of_its_dates(tmp_path, day, waived):
    run = orgcheck("check", SMALL, "--select", "cap_pho", "--waivers", write_waiver(tmp_path), "--as-of", day,
                   "--format", "json")
    doc = json.loads(run.stdout)
    assert bool(doc["waived"]) is waived and (run.returncode == 0) is waived
    if not waived:
        (finding,) = doc["findings"]
        lapsed = "đã hết hiệu lực từ ngày 31/12/2023" if day == "01/01/2024" else "chỉ có hiệu lực từ ngày 10/01/2023"
        assert finding["code"] == "ND107.PHO.PHONG" and lapsed in finding["message"]


def test_unused_waiver_is_a_finding(tmp_path):
    waivers = write_waiver(tmp_path, unit="p_khong_con")
    run = orgcheck("check", SMALL, "--select", "cap_pho", "--waivers", waivers, "--format", "json", "--lang", "en")
    found = {f["code"]: f for f in json.loads(run.stdout)["findings"]}
    assert set(found) == {"ND107.PHO.PHONG", "MT.KHONG_SU_DUNG"}
    assert found["MT.KHONG_SU_DUNG"]["severity"] == "warning" and "matched no finding" in found["MT.KHONG_SU_DUNG"]["message"]


@pytest.mark.parametrize("drop, field", [("reason", "reason"), ("decision", "decision")])
@pytest.mark.parametrize("lang, text", [("vi", "thiếu trường bắt buộc"), ("en", "required field")])
def test_waiver_without_reason_or_decision_is_refused(tmp_path, drop, field, lang, text):
    lines = [line for line in WAIVER.format(rule="ND107.PHO.PHONG", unit="p_to_chuc").splitlines()
             if not line.strip().startswith(drop + ":")]
    path = tmp_path / "mien-tru.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = orgcheck("check", SMALL, "--waivers", path, "--lang", lang)
    assert run.returncode == 2 and "mien-tru.yaml" in run.stderr and text in run.stderr and field in run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""


# --- explain --------------------------------------------------------------------------------

def test_explain_a_finding_and_a_non_finding(tmp_path):
    fired = orgcheck("explain", SMALL, "ND107.PHO.PHONG", "p_to_chuc", "--waivers", write_waiver(tmp_path))
    assert fired.returncode == 0
    assert "biên chế [bien_che] = 8" in fired.stdout and "cấp phó [cap_pho] = 2" in fired.stdout
    assert "→ dòng 3: loại I, dưới 9 biên chế; giới hạn 1 → vi phạm" in fired.stdout
    assert "Kết luận của bộ máy luật: có phát hiện" in fired.stdout and "123/QĐ-UBND" in fired.stdout
    quiet = orgcheck("explain", SMALL, "ND107.PHO.PHONG", "p_cong_chuc", "--lang", "en")
    assert "→ row 4: class I, 9–14 civil servants; limit 2 → met" in quiet.stdout
    assert "Engine verdict: does not fire" in quiet.stdout


def test_explain_unknown_rule_or_unit():
    run = orgcheck("explain", SMALL, "ND107.PHO.PHONGG", "p_to_chuc")
    assert run.returncode == 2 and "ND107.PHO.PHONG" in run.stderr
    run = orgcheck("explain", SMALL, "ND107.PHO.PHONG", "p_to_chu", "--lang", "en")
    assert run.returncode == 2 and "no unit with id 'p_to_chu'" in run.stderr and "p_to_chuc" in run.stderr


# --- manifest and verify --------------------------------------------------------------------

def test_manifest_verifies_then_fails_after_a_threshold_edit(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    shutil.copytree(ROOT / "features" / "quy_tac", rules / "quy_tac")
    org = tmp_path / "org.yaml"
    shutil.copy(SMALL, org)
    manifest = tmp_path / "manifest.json"
    run = orgcheck("check", org, "--rules", rules, "--manifest", manifest, "--select", "cap_pho")
    assert run.returncode == 1 and manifest.is_file()
    doc = json.loads(manifest.read_text(encoding="utf-8"))
    assert [f["code"] for f in doc["findings"]] == ["ND107.PHO.PHONG"]
    assert {i["path"] for i in doc["inputs"]} == {str(org)}
    same = orgcheck("verify", manifest)
    assert same.returncode == 0 and same.stdout.startswith("giống hệt"), same.stdout + same.stderr
    rule_file = rules / "nd107-2020.yaml"
    text = rule_file.read_text(encoding="utf-8")
    assert '- [loai_1, "< 9", 1]' in text
    rule_file.write_text(text.replace('- [loai_1, "< 9", 1]', '- [loai_1, "< 9", 2]'), encoding="utf-8")
    changed = orgcheck("verify", manifest, "--lang", "en")
    assert changed.returncode == 1
    assert "rule file" in changed.stdout and "nd107-2020.yaml: content changed" in changed.stdout
    assert "finding gone: ND107.PHO.PHONG — p_to_chuc" in changed.stdout


def test_verify_notices_an_edited_input(tmp_path):
    org = tmp_path / "org.yaml"
    shutil.copy(SMALL, org)
    manifest = tmp_path / "m.json"
    orgcheck("check", org, "--manifest", manifest)
    org.write_text(org.read_text(encoding="utf-8") + "\n# sửa\n", encoding="utf-8")
    run = orgcheck("verify", manifest)
    assert run.returncode == 1 and "tệp đầu vào" in run.stdout and "nội dung đã sửa" in run.stdout


# --- baseline -------------------------------------------------------------------------------

def test_baseline_hides_known_findings_and_shows_new_ones(tmp_path):
    base = tmp_path / "goc.json"
    base.write_text(orgcheck("check", SMALL, "--format", "json").stdout, encoding="utf-8")
    run = orgcheck("check", SMALL, "--baseline", base)
    assert run.returncode == 0 and "Không hiển thị 4 phát hiện đã có trong báo cáo gốc" in run.stdout
    # elsewhere, with a second division over its deputy cap and the first one's figures edited: one new finding
    org = tmp_path / "org.yaml"
    text = SMALL.read_text(encoding="utf-8")
    edited = text.replace("bien_che: 9, cap_pho: 2,", "bien_che: 9, cap_pho: 3,")
    assert edited != text
    org.write_text(edited, encoding="utf-8")
    run = orgcheck("check", org, "--baseline", base, "--format", "json")
    assert run.returncode == 1
    assert [(f["code"], f["subject_id"]) for f in json.loads(run.stdout)["findings"]] == [("ND107.PHO.PHONG", "p_cong_chuc")]


def test_baseline_must_be_an_orgcheck_report(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"findings": [{"code": "A"}]}', encoding="utf-8")
    run = orgcheck("check", SMALL, "--baseline", bad, "--lang", "en")
    assert run.returncode == 2 and "not an orgcheck JSON report" in run.stderr


# --- coverage -------------------------------------------------------------------------------

def test_report_ends_with_what_was_examined(tmp_path):
    run = orgcheck("check", SMALL, "--format", "json")
    coverage = json.loads(run.stdout)["coverage"]
    # so-nho has no public service unit and no chi cục: those rules met nothing
    assert "ND120.PHO.DVSNCL" in coverage["idle_rules"] and "ND107.PHO.CHI_CUC" in coverage["idle_rules"]
    assert "ND107.PHO.PHONG" not in coverage["idle_rules"]
    assert coverage["unexamined_units"] == []
    table = orgcheck("check", SMALL).stdout
    tail = table.rstrip().split("\n\nPhạm vi kiểm tra\n\n")[-1]   # after the findings, totals and notes
    assert tail.startswith("- Quy tắc có hiệu lực nhưng không gặp đối tượng nào") and "Mã quy tắc" not in tail
    # narrowed to one family: every unit that family does not look at is listed
    narrowed = json.loads(orgcheck("check", SMALL, "--format", "json", "--select", "ND107.PHO.PHONG").stdout)["coverage"]
    assert set(narrowed["unexamined_units"]) >= {"so_noi_vu", "ubnd"} and "p_to_chuc" not in narrowed["unexamined_units"]


# --- an explanation per finding in the documents -------------------------------------------

def test_xlsx_and_docx_explain_each_finding(tmp_path):
    import docx
    import openpyxl

    findings = json.loads(orgcheck("check", SMALL, "--format", "json").stdout)["findings"]
    assert orgcheck("check", SMALL, "-o", tmp_path / "r.xlsx").returncode == 1
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["Giải thích từng phát hiện"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [(r[0], r[1].split(" (")[0]) for r in rows] == [(f["code"], f["subject_name"]) for f in findings]
    deputies = next(r for r in rows if r[0] == "ND107.PHO.PHONG")
    assert deputies[4] == "2 / 1" and "biên chế" in deputies[3] and "Điều 6" in deputies[5]
    assert orgcheck("check", SMALL, "-o", tmp_path / "r.docx", "--lang", "en").returncode == 1
    text = [p.text for p in docx.Document(tmp_path / "r.docx").paragraphs]
    assert any(t.endswith(". Explanation of each finding") for t in text)


def test_waivers_from_a_workbook_sheet(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Miễn trừ"
    sheet.append(["Mã quy tắc", "Đơn vị", "Lý do", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành",
                  "Hiệu lực từ", "Hiệu lực đến"])
    sheet.append(["ND107.PHO.PHONG", "p_to_chuc", "Giữ cấp phó đến khi hoàn thành đề án", "123/QĐ-UBND",
                  "10/01/2023", "UBND tỉnh Hòa An", "10/01/2023", "31/12/2023"])
    book.save(tmp_path / "mien-tru.xlsx")
    run = orgcheck("check", SMALL, "--select", "cap_pho", "--waivers", tmp_path / "mien-tru.xlsx", "--format", "json")
    assert run.returncode == 0, run.stderr
    assert [w["waiver"]["decision"]["number"] for w in json.loads(run.stdout)["waived"]] == ["123/QĐ-UBND"]
    sheet["C2"] = None                                   # no reason: refused, naming the sheet and row
    book.save(tmp_path / "mien-tru.xlsx")
    bad = orgcheck("check", SMALL, "--waivers", tmp_path / "mien-tru.xlsx")
    assert bad.returncode == 2 and "Miễn trừ!C2: thiếu trường bắt buộc «Lý do»" in bad.stderr, bad.stderr
