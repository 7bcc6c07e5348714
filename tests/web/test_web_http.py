"""The workbench over HTTP (FastAPI's TestClient): every page, the checks and their reports against
the real engine, dossiers and revisions, the rule browser and editor, the JSON API, and the errors."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from markupsafe import escape

import pytest
from tests.web.helpers import ROOT, csrf_of, make_client, upload, wait_done

from compliance.check import check
from compliance.cli import _load
from compliance.diff import diff_proposal
from compliance.model import build_org
from compliance.render.json import render_json
from compliance.source import read_document
from compliance.web.runs import draft_catalogue

CAN_THO = ROOT / "fixtures" / "can-tho-2023.yaml"
PROPOSAL = ROOT / "fixtures" / "can-tho-2023-proposal.yaml"
DRAFT = Path(__file__).with_name("data") / "nhap-pho-phong.feature"


def shown(text: str) -> str:
    """Text as the autoescaping templates write it."""
    return str(escape(text))


def cli_result(path: Path):
    loaded = _load(str(path))
    return check(getattr(loaded, "result", loaded))


def cli_errors(folder: Path, name: str, capsys, monkeypatch) -> list[str]:
    """The CLI's error lines for a file of `folder`, named as the upload names it (exit 2 asserted)."""
    from compliance.cli import main

    monkeypatch.chdir(folder)
    assert main(["check", name]) == 2
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def findings_shown(page) -> int:
    return int(re.search(r'id="shown">(\d+)<', page.text).group(1))


def test_example_in_one_click_gives_the_cli_report(client):
    expected = cli_result(CAN_THO)
    r = client.post("/example", data={"csrf": csrf_of(client)}, follow_redirects=False)
    assert r.status_code == 303
    page = wait_done(client, r.headers["location"])
    assert page.status_code == 200
    assert re.search(r'id="total">(\d+)<', page.text).group(1) == str(len(expected.findings))
    assert findings_shown(page) == len(expected.findings)
    for f in expected.findings:
        assert f.code in page.text
    # the stored report is the CLI's JSON (file named as uploaded), and its hash is shown
    stored = client.get(r.headers["location"] + "/download/json")
    assert stored.content.decode() == render_json(expected, "vi").replace(str(CAN_THO), CAN_THO.name)


def test_filters_and_sorting(client):
    r = upload(client, CAN_THO.name, CAN_THO.read_bytes())
    path = r.headers["location"]
    page = wait_done(client, path)
    result = cli_result(CAN_THO)
    unit = result.findings[0].subject_id
    one = client.get(path, params={"unit": unit})
    assert findings_shown(one) == sum(f.subject_id == unit for f in result.findings)
    errors = client.get(path, params={"severity": "error"})
    assert findings_shown(errors) == sum(f.severity.value == "error" for f in result.findings)
    code = result.findings[-1].code
    assert findings_shown(client.get(path, params={"rule": code})) == sum(f.code == code for f in result.findings)
    family = result.findings[0].family
    assert findings_shown(client.get(path, params={"family": family})) == sum(f.family == family for f in result.findings)
    by_code = client.get(path, params={"sort": "code"})
    codes = re.findall(r'<tr class="finding[^"]*">\s*<td><a href="/rules/([^"]+)"', by_code.text)
    assert codes == sorted(f.code for f in result.findings)
    # each finding opens to its explanation: legal basis, path, line
    first = result.findings[0]
    assert shown(first.legal_basis) in page.text and f"dòng {first.line}" in page.text
    from compliance.catalogue import load_catalogue
    assert shown(load_catalogue().by_code(first.code).why.get("vi")) in page.text


def test_english_switch(client):
    r = upload(client, CAN_THO.name, CAN_THO.read_bytes())
    page = wait_done(client, r.headers["location"])
    result = cli_result(CAN_THO)
    assert shown(result.findings[0].message["vi"]) in page.text
    client.post("/lang", data={"csrf": csrf_of(client), "lang": "en", "next": "/"})
    english = client.get(r.headers["location"])
    assert shown(result.findings[0].message["en"]) in english.text and "Findings" in english.text


def test_revision_shows_resolved_new_persisting(client):
    first = upload(client, CAN_THO.name, CAN_THO.read_bytes(), dossier_name="Đề án Cần Thơ")
    wait_done(client, first.headers["location"])
    dossier = re.search(r'href="/dossiers/(\d+)"', client.get(first.headers["location"]).text).group(1)
    second = upload(client, PROPOSAL.name, PROPOSAL.read_bytes(), dossier=dossier)
    page = wait_done(client, second.headers["location"])
    totals = diff_proposal(_load(str(PROPOSAL))).totals()
    assert re.search(r'id="diff-new">(\d+)<', page.text).group(1) == str(totals["moi"])
    assert re.search(r'id="diff-resolved">(\d+)<', page.text).group(1) == str(totals["da_khac_phuc"])
    assert re.search(r'id="diff-persisting">(\d+)<', page.text).group(1) == str(totals["con_ton_tai"])
    import openpyxl
    book = openpyxl.load_workbook(io.BytesIO(client.get(second.headers["location"] + "/download-diff/xlsx").content))
    cells = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None}
    assert {r["code"] for r in json.loads(client.get(second.headers["location"] + "/download/json").text)["findings"]} <= cells
    assert client.get(first.headers["location"] + "/download-diff/xlsx").status_code == 404   # nothing before v1
    history = client.get(f"/dossiers/{dossier}")
    assert history.text.count("<td>local</td>") == 2 and PROPOSAL.name in history.text


def test_proposal_alone_needs_a_baseline(client):
    page = wait_done(client, upload(client, PROPOSAL.name, PROPOSAL.read_bytes()).headers["location"])
    assert "đề án cần cơ cấu hiện tại" in page.text


def test_load_errors_are_worded_as_the_cli(client, tmp_path, capsys, monkeypatch):

    bad = ROOT / "fixtures" / "nho" / "loi-cau-truc.yaml"
    page = wait_done(client, upload(client, bad.name, bad.read_bytes()).headers["location"])
    copy = tmp_path / bad.name
    copy.write_bytes(bad.read_bytes())
    lines = cli_errors(tmp_path, bad.name, capsys, monkeypatch)
    assert lines
    for line in lines:
        assert shown(line) in page.text


@pytest.mark.parametrize("name, raw, words", [
    ("to-chuc.exe", b"MZ\x90\x00", "chỉ nhận tệp .xlsx"),
    ("to-chuc.xlsx", b"units: []\n", "nội dung tệp không khớp đuôi .xlsx"),
    ("to-chuc.yaml", b"PK\x03\x04rest", "nội dung tệp không khớp đuôi .yaml"),
    ("to-chuc.yaml", "tên: \udcff".encode("utf-8", "surrogateescape"), "không phải văn bản UTF-8"),
    ("to-chuc.yaml", b"", "tệp rỗng"),
])
def test_hostile_uploads_refused_in_vietnamese(client, name, raw, words):
    r = upload(client, name, raw)
    assert r.status_code == 400 and words in r.text


def test_oversized_upload_refused(client, monkeypatch):
    from compliance.web import routes_check, runs

    monkeypatch.setattr(runs, "MAX_UPLOAD", 1000)
    monkeypatch.setattr(routes_check, "MAX_UPLOAD", 1000)
    r = upload(client, "lon.yaml", b"# " + b"x" * 2000 + b"\n")
    assert r.status_code == 400 and "tệp quá lớn" in r.text
    # a body far beyond the limit is refused before it is read
    r = upload(client, "rat-lon.yaml", b"# " + b"x" * (2**20 + 5000) + b"\n")
    assert r.status_code == 413 and "tệp quá lớn" in r.text
    r = client.post("/api/check", files={"file": ("rat-lon.yaml", b"#" * (2**20 + 5000))})
    assert r.status_code == 413 and "tệp quá lớn" in r.json()["detail"]


def test_names_are_escaped(client):
    raw = CAN_THO.read_text(encoding="utf-8")
    first_name = re.search(r'name: "([^"]+)"', raw).group(1)
    hostile = raw.replace(f'name: "{first_name}"', 'name: "<script>alert(1)</script>"', 1)
    page = wait_done(client, upload(client, "x<b>.yaml", hostile.encode(),
                                    dossier_name="<img src=x onerror=alert(1)>").headers["location"])
    assert "<script>alert(1)</script>" not in page.text and "<img src=x" not in page.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.text


def test_regenerate_gives_same_findings_same_hash(client):
    path = upload(client, CAN_THO.name, CAN_THO.read_bytes()).headers["location"]
    page = wait_done(client, path)
    sha = re.search(r'id="report-sha">([0-9a-f]{64})<', page.text).group(1)
    again = client.post(path + "/regenerate", data={"csrf": csrf_of(client, path)})
    assert "Giống hệt" in again.text and sha in again.text


def test_downloads(client):
    path = upload(client, CAN_THO.name, CAN_THO.read_bytes()).headers["location"]
    wait_done(client, path)
    from compliance.web.routes_check import DOWNLOADS

    assert "json" in DOWNLOADS and "csv" in DOWNLOADS
    for fmt in DOWNLOADS:
        r = client.get(f"{path}/download/{fmt}")
        assert r.status_code == 200 and r.content, fmt
        assert f".{fmt}" in r.headers["content-disposition"]
    assert client.get(f"{path}/download/exe").status_code == 404


def test_delete_needs_confirmation(client):
    path = upload(client, CAN_THO.name, CAN_THO.read_bytes(), dossier_name="Xóa thử").headers["location"]
    page = wait_done(client, path)
    dossier = re.search(r'href="/dossiers/(\d+)"', page.text).group(1)
    csrf = csrf_of(client)
    r = client.post(f"/dossiers/{dossier}/delete", data={"csrf": csrf}, follow_redirects=False)
    assert r.headers["location"].endswith("/delete")
    assert client.get(f"/dossiers/{dossier}").status_code == 200
    assert "Không thể hoàn tác" in client.get(f"/dossiers/{dossier}/delete").text
    r = client.post(f"/dossiers/{dossier}/delete", data={"csrf": csrf, "confirm": "yes"}, follow_redirects=False)
    assert r.status_code == 303 and client.get(f"/dossiers/{dossier}").status_code == 404


def test_rules_by_date_and_rule_page(client):
    from datetime import date

    from compliance.catalogue import load_catalogue
    from compliance.ruledocs import rule_page

    catalogue = load_catalogue()
    for day in (date(2023, 9, 8), date(2026, 2, 1)):
        page = client.get("/rules", params={"as_of": f"{day:%d/%m/%Y}"})
        assert re.search(r'id="rule-count">(\d+)<', page.text).group(1) == str(len(catalogue.in_force(day)))
    rule = catalogue.by_code("ND370.PHO.THU_BAC")
    page = client.get("/rules/ND370.PHO.THU_BAC")
    assert shown(rule_page(rule, "vi").splitlines()[0]) in page.text
    assert 'id="feature"' in page.text and "Khung kịch bản" in page.text
    assert client.get("/rules/KHONG.CO").status_code == 404


def test_draft_rule_edit_run_export_and_check_with_it(client):
    text = DRAFT.read_text(encoding="utf-8")
    r = client.post("/drafts", data={"csrf": csrf_of(client, "/drafts"), "name": "NHAP.PHO.PHONG", "text": text},
                    follow_redirects=False)
    draft_path = r.headers["location"]
    ran = client.post(draft_path, data={"csrf": csrf_of(client, draft_path), "name": "NHAP.PHO.PHONG", "text": text,
                                        "action": "run"})
    assert "2 kịch bản: 2 đạt, 0 không đạt." in ran.text
    broken = text.replace("| 4       | 1  |", "| 4       | 2  |")
    ran = client.post(draft_path, data={"csrf": csrf_of(client, draft_path), "name": "NHAP.PHO.PHONG",
                                        "text": broken, "action": "run"})
    assert "2 kịch bản: 1 đạt, 1 không đạt." in ran.text and 'class="step-failed"><td>dòng 27</td>' in ran.text
    unknown = text.replace("Khi kiểm tra tuân thủ", "Khi kiểm tra cái gì đó")
    ran = client.post(draft_path, data={"csrf": csrf_of(client, draft_path), "name": "NHAP.PHO.PHONG",
                                        "text": unknown, "action": "run"})
    assert ran.status_code == 400 and "quy-tac-nhap.feature, dòng 26" in ran.text
    client.post(draft_path, data={"csrf": csrf_of(client, draft_path), "name": "NHAP.PHO.PHONG", "text": text})
    assert client.get(draft_path + "/export").content.decode() == text
    # a check with the draft: its findings join the shipped rules' and the header says so
    draft_id = draft_path.rsplit("/", 1)[1]
    page = wait_done(client, upload(client, CAN_THO.name, CAN_THO.read_bytes(), draft=draft_id).headers["location"])
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        data, source = read_document(CAN_THO)
        expected = check(build_org(data, source, normalized=True), catalogue=draft_catalogue(text, Path(tmp)))
    assert 'id="draft-banner"' in page.text and "quy tắc nháp «NHAP.PHO.PHONG»" in page.text
    assert findings_shown(page) == len(expected.findings)
    # shipped rules untouched
    assert "NHAP.PHO.PHONG" not in client.get("/rules", params={"as_of": "08/09/2023"}).text


def test_api(client):
    spec = client.get("/api/openapi.json").json()
    assert "/api/check" in client.get("/api").text
    assert {"/api/check", "/api/diff", "/api/plan", "/api/rules"} <= set(spec["paths"])
    r = client.post("/api/check", files={"file": (CAN_THO.name, CAN_THO.read_bytes())})
    assert r.status_code == 200
    assert r.json() == json.loads(render_json(cli_result(CAN_THO), "vi").replace(str(CAN_THO), CAN_THO.name))
    r = client.post("/api/diff", files={"before": (CAN_THO.name, CAN_THO.read_bytes()),
                                        "after": (PROPOSAL.name, PROPOSAL.read_bytes())})
    assert r.json()["totals"] == diff_proposal(_load(str(PROPOSAL))).totals()
    plan = ROOT / "fixtures" / "ke-hoach" / "ke-hoach-mau.txt"
    assert client.post("/api/plan", files={"file": (plan.name, plan.read_bytes())}).json()["tasks"]
    bad = client.post("/api/check", params={"lang": "en"}, files={"file": ("x.yaml", b"units: [\n")})
    assert bad.status_code == 422 and bad.json()["problems"][0]["file"] == "x.yaml"
    rules = client.get("/api/rules", params={"as_of": "08/09/2023"}).json()
    assert rules["as_of"] == "2023-09-08" and rules["rules"]
    assert client.get("/api/rules/ND370.PHO.THU_BAC").json()["code"] == "ND370.PHO.THU_BAC"


def test_every_check_is_audited_with_its_user(tmp_path):
    from sqlalchemy import select

    from compliance.web.storage import Audit, open_database

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    with make_client(url, users=[("lan", "mat-khau-lan", "analyst")]) as c:
        c.post("/login", data={"csrf": csrf_of(c, "/login"), "name": "lan", "password": "mat-khau-lan"})
        wait_done(c, upload(c, CAN_THO.name, CAN_THO.read_bytes()).headers["location"])
        c.post("/drafts", data={"csrf": csrf_of(c, "/drafts"), "name": "d", "text": "# language: vi\n"})
    with open_database(url)() as db:
        actions = {(a.user, a.action) for a in db.scalars(select(Audit))}
    assert {("lan", "login"), ("lan", "check"), ("lan", "draft_create")} <= actions


def test_explain_a_finding(client):
    from compliance.catalogue import load_catalogue
    from compliance.explain import explain, render_explanation

    path = upload(client, CAN_THO.name, CAN_THO.read_bytes()).headers["location"]
    page = wait_done(client, path)
    result = cli_result(CAN_THO)
    index = next(i for i, f in enumerate(result.findings) if f.subject_type == "unit")
    f = result.findings[index]
    assert f'{path}/explain/{index}"' in page.text
    data, source = read_document(CAN_THO, display_name=CAN_THO.name)
    org = build_org(data, source, normalized=True)
    text = render_explanation(explain(org, f.code, f.subject_id, load_catalogue(), result.as_of), "vi")
    assert shown(text) in client.get(f"{path}/explain/{index}").text
    api = client.get(f"/api{path}/findings/{index}/explain").json()
    assert api["explanation"] == text and api["finding"]["code"] == f.code
    assert client.get(f"{path}/explain/9999").status_code == 404


def test_plan_upload(client):
    from compliance.check import check_plan
    from compliance.plan import read_plan
    from compliance.web.routes_check import DOWNLOADS

    plan = ROOT / "fixtures" / "ke-hoach" / "ke-hoach-mau.txt"
    path = upload(client, plan.name, plan.read_bytes()).headers["location"]
    page = wait_done(client, path)
    expected = check_plan(read_plan(plan, display_name=plan.name))
    assert findings_shown(page) == len(expected.findings)
    for fmt in DOWNLOADS:
        assert client.get(f"{path}/download/{fmt}").status_code == 200, fmt


def test_plan_checked_against_the_dossier_organization(client):
    from compliance.check import check_plan
    from compliance.model import load_org
    from compliance.plan import AgencyIndex, read_plan

    org_file = ROOT / "fixtures" / "ke-hoach" / "to-chuc-hoa-an.yaml"
    plan = ROOT / "fixtures" / "ke-hoach" / "ke-hoach-mau.txt"
    first = upload(client, org_file.name, org_file.read_bytes(), dossier_name="Kế hoạch Hòa An")
    page = wait_done(client, first.headers["location"])
    dossier = re.search(r'href="/dossiers/(\d+)"', page.text).group(1)
    page = wait_done(client, upload(client, plan.name, plan.read_bytes(), dossier=dossier).headers["location"])
    org = load_org(org_file)
    expected = check_plan(read_plan(plan, display_name=plan.name, index=AgencyIndex(org)), org)
    assert findings_shown(page) == len(expected.findings)
    assert len(expected.rules) > len(check_plan(read_plan(plan)).rules)   # the organization's rules ran too


def test_workbook_errors_name_sheet_row_cell_as_the_cli(client, tmp_path, capsys, monkeypatch):
    """A bad cell in the Excel workbook: the page shows the CLI's own lines (sheet, row, cell)."""

    import openpyxl


    book = openpyxl.load_workbook(ROOT / "fixtures" / "can-tho-2023.xlsx")
    sheet = book["Đơn vị"]
    column = [c.value for c in sheet[1]].index("Cấp phó") + 1
    sheet.cell(row=5, column=column, value="hai")
    bad = tmp_path / "sai-o.xlsx"
    book.save(bad)
    page = wait_done(client, upload(client, bad.name, bad.read_bytes()).headers["location"])
    lines = cli_errors(tmp_path, bad.name, capsys, monkeypatch)
    assert lines and all(shown(line) in page.text for line in lines)
    assert "Đơn vị" in lines[0]


@pytest.mark.parametrize("path", ["/versions/999", "/versions/999/status", "/versions/999/explain/0",
                                  "/dossiers/999", "/dossiers/999/delete", "/drafts/999", "/drafts/999/export",
                                  "/rules/KHONG.CO.MA", "/khong-co-trang"])
def test_unknown_pages_say_so_in_vietnamese(client, path):
    r = client.get(path)
    assert r.status_code == 404 and "Không tìm thấy trang." in r.text and "Traceback" not in r.text


def test_a_broken_draft_fails_the_check_with_its_line(client):
    text = DRAFT.read_text(encoding="utf-8").replace('Và mức độ "cảnh báo"', 'Và mức độ "rất nặng"')
    r = client.post("/drafts", data={"csrf": csrf_of(client, "/drafts"), "name": "HONG", "text": text},
                    follow_redirects=False)
    draft_id = r.headers["location"].rsplit("/", 1)[1]
    page = wait_done(client, upload(client, CAN_THO.name, CAN_THO.read_bytes(), draft=draft_id).headers["location"])
    assert 'id="problems"' in page.text and "quy-tac-nhap.feature, dòng 13" in page.text


def test_bad_dates_are_said_so(client):
    assert "Ngày «31/02/2024» không hợp lệ" in client.get("/rules", params={"as_of": "31/02/2024"}).text
    r = upload(client, CAN_THO.name, CAN_THO.read_bytes(), as_of="hôm qua")
    assert r.status_code == 400 and "Ngày áp dụng pháp luật: ngày «hôm qua» không hợp lệ (DD/MM/YYYY)" in r.text


def test_waivers_file_applied_and_kept_with_the_version(client):
    small = ROOT / "fixtures" / "nho" / "so-nho.yaml"
    waiver = ('waivers:\n  - rule: ND107.PHO.PHONG\n    unit: p_to_chuc\n    reason: "Giữ cấp phó đến khi xong đề án"\n'
              '    decision: {number: "123/QĐ-UBND", date: 2023-01-10, issuer: "UBND tỉnh Hòa An"}\n'
              '    from: 2023-01-10\n    until: 2023-12-31\n').encode()
    data = {"csrf": csrf_of(client), "dossier_name": "Miễn trừ"}
    r = client.post("/check", data=data, follow_redirects=False,
                    files={"file": (small.name, small.read_bytes()), "waivers": ("mien-tru.yaml", waiver)})
    path = r.headers["location"]
    page = wait_done(client, path)
    plain = cli_result(small)
    assert findings_shown(page) == len(plain.findings) - 1
    assert 'id="waivers-banner"' in page.text and "123/QĐ-UBND" in page.text
    assert "Giống hệt" in client.post(path + "/regenerate", data={"csrf": csrf_of(client, path)}).text
    bad = client.post("/check", data={"csrf": csrf_of(client), "dossier_name": "x"}, follow_redirects=False,
                      files={"file": (small.name, small.read_bytes()), "waivers": ("mien-tru.yaml", b"waivers: []\n")})
    page = wait_done(client, bad.headers["location"])
    assert "mien-tru.yaml" in page.text and 'id="problems"' in page.text and "/tmp/" not in page.text
