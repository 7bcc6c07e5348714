"""The report formats (issue 11): the terminal table fitted to its width, colour, -o FILE, csv, xlsx,
docx, html and json, each checked against the JSON of the same run."""

import csv
import io
import json
import re
from pathlib import Path

import pytest

from compliance.messages import Message
from compliance.norm_coverage import subject_label

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


@pytest.mark.parametrize("columns", [40, 80, 100, 120])
def test_diff_and_plan_reports_fit_the_terminal(capsys, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    for args in (["diff", PROPOSAL], ["plan", PLAN, "--org", PLAN_ORG], ["check", CAN_THO]):
        _, out, _ = run(capsys, *args)
        assert max(map(len, out.split("\n"))) <= columns, args


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
    texts += [" ".join(("Không kiểm tra", Message(f"family_{n['family']}").text("vi"), n["reason"],
                        *(subject_label(k, "vi") for k in n["kinds"]))) for n in doc.get("not_checked", [])]
    texts += [Message(key, {}).text("vi") for key in ("catalogue_reviewed", "catalogue_not_reviewed")]
    texts += ["Phạm vi kiểm tra Quy tắc có hiệu lực nhưng không gặp đối tượng nào trong phạm vi Đơn vị không quy tắc "
              "nào xét đến Mọi quy tắc có hiệu lực đều gặp đối tượng mọi đơn vị đều được ít nhất một quy tắc xét đến"]
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
    assert f"{target}: không xuất được báo cáo dạng «.pdf»: dùng tệp có đuôi" in err and ".xlsx" in err and ".docx" in err
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


# --- results of all three commands, as JSON and as files ------------------------------------------

@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """check, diff and plan written once in every format through -o, with the JSON of the same run."""
    folder = tmp_path_factory.mktemp("out")
    commands = {"check": ["check", CAN_THO], "diff": ["diff", PROPOSAL], "plan": ["plan", PLAN, "--org", PLAN_ORG]}
    files = {}
    for name, args in commands.items():
        for ext in ("json", "xlsx", "docx", "html", "csv", "md"):
            target = folder / f"{name}.{ext}"
            assert main([str(a) for a in args] + ["-o", str(target)]) in (0, 1)
            files[name, ext] = target
    return files


def doc_of(outputs, name):
    return json.loads(outputs[name, "json"].read_text(encoding="utf-8"))


def test_json_outputs_match_the_committed_schema(outputs, capsys):
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    docs = [doc_of(outputs, name) for name in ("check", "diff", "plan")]
    docs.append(json_of(capsys, "check", CAN_THO, "--lang", "en"))
    for doc in docs:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
        assert not errors, errors[:3]
    # a key the schema does not describe fails, so the schema is kept current
    docs[0]["findings"][0]["new_key"] = 1
    assert not validator.is_valid(docs[0])


def test_fingerprints_survive_reordering_and_unrelated_edits(tmp_path):
    import yaml

    data = yaml.safe_load(CAN_THO.read_text(encoding="utf-8"))
    first = {f.fingerprint: f for f in check(load_org(CAN_THO)).findings}
    assert len(first) == len(check(load_org(CAN_THO)).findings)  # unique within a report
    data["units"].reverse()
    for unit in data["units"]:
        if unit["id"] == "so_gddt_thpt_chau_van_liem":
            unit["name"] = "Trường THPT Châu Văn Liêm (đổi tên)"  # wording changes, the finding is the same
    moved = tmp_path / "dao-thu-tu.yaml"
    moved.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    second = {f.fingerprint: f for f in check(load_org(moved)).findings}
    assert second.keys() == first.keys()
    assert any(first[k].line != second[k].line for k in first)  # lines moved, fingerprints did not


def test_xlsx_findings_sheet_matches_the_json(outputs):
    from openpyxl import load_workbook

    doc = doc_of(outputs, "check")
    wb = load_workbook(outputs["check", "xlsx"])
    assert wb.sheetnames == ["Thông tin", "Phát hiện", "Tổng hợp", "Chỉ tiêu tinh giản"]
    ws = wb["Phát hiện"]
    rows = list(ws.iter_rows(values_only=True))
    headers = rows[0]
    assert headers[:2] == ("Mã quy tắc", "Mức độ") and "Căn cứ pháp lý" in headers and "Trang quy tắc" in headers
    col = {h: i for i, h in enumerate(headers)}
    assert len(rows) - 1 == len(doc["findings"])
    for row, f in zip(rows[1:], doc["findings"]):
        assert row[col["Mã quy tắc"]] == f["code"] and row[col["Mã đơn vị"]] == f["subject_id"]
        assert row[col["Phát hiện"]] == f["message"] and row[col["Căn cứ pháp lý"]] == f["legal_basis"]
        assert row[col["Trang quy tắc"]] == f"docs/rules/{f['code']}.md"
        assert row[col["Dấu vân tay"]] == f["fingerprint"] and row[col["Dòng"]] == f["line"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:M{len(rows)}"
    severity = ws.cell(2, col["Mức độ"] + 1)
    assert severity.value == "lỗi" and severity.fill.fgColor.rgb.endswith("FFC7CE")
    assert 10 < ws.column_dimensions["H"].width <= 62  # fitted, long messages wrap
    summary = [r for r in wb["Tổng hợp"].iter_rows(values_only=True) if r[0]]
    assert ("lỗi", doc["totals"]["error"]) in summary and ("cảnh báo", doc["totals"]["warning"]) in summary
    assert ("tổng cộng", len(doc["findings"])) in summary
    targets = list(wb["Chỉ tiêu tinh giản"].iter_rows(values_only=True))
    assert len(targets) - 1 == len(doc["targets"]) and targets[1][0].startswith(doc["targets"][0]["code"])


def test_xlsx_diff_and_plan_sheets(outputs):
    from openpyxl import load_workbook

    doc = doc_of(outputs, "diff")
    wb = load_workbook(outputs["diff", "xlsx"])
    assert wb.sheetnames == ["Thông tin", "Mới", "Đã khắc phục", "Còn tồn tại", "Tổng hợp", "Đơn vị thay đổi",
                             "Chỉ tiêu tinh giản"]
    for sheet, status in (("Mới", "moi"), ("Đã khắc phục", "da_khac_phuc"), ("Còn tồn tại", "con_ton_tai")):
        codes = [(r[0], r[3]) for r in wb[sheet].iter_rows(min_row=2, values_only=True)]
        assert codes == [(f["code"], f["subject_id"]) for f in doc["findings"] if f["status"] == status]
    units = list(wb["Đơn vị thay đổi"].iter_rows(min_row=2, values_only=True))
    assert len(units) == len(doc["units"]) and units[0][2] == doc["units"][0]["staff_before"]
    plan = doc_of(outputs, "plan")
    wb = load_workbook(outputs["plan", "xlsx"])
    tasks = list(wb["Nhiệm vụ"].iter_rows(values_only=True))
    assert tasks[0] == ("Mục", "Nhiệm vụ", "Thời gian thực hiện", "Chủ trì", "Phối hợp", "Dòng")
    assert [(t[0], t[5]) for t in tasks[1:]] == [(t["path"], t["line"]) for t in plan["tasks"]]
    assert [r[0] for r in wb["Phát hiện"].iter_rows(min_row=2, values_only=True)] == [f["code"] for f in plan["findings"]]


def test_xlsx_and_docx_are_byte_identical_across_runs(outputs, tmp_path):
    for ext in ("xlsx", "docx", "html", "csv"):
        again = tmp_path / f"again.{ext}"
        main(["check", str(CAN_THO), "-o", str(again)])
        assert again.read_bytes() == outputs["check", ext].read_bytes(), ext


def test_xlsx_never_holds_a_formula(tmp_path):
    from openpyxl import load_workbook

    org = tmp_path / "inj.yaml"
    org.write_text(CAN_THO.read_text(encoding="utf-8").replace(
        'name: "Trường THPT Châu Văn Liêm"', "name: '=1+2'", 1), encoding="utf-8")
    target = tmp_path / "inj.xlsx"
    main(["check", str(org), "-o", str(target)])
    ws = load_workbook(target)["Phát hiện"]
    cells = [c for row in ws.iter_rows() for c in row if c.value == "=1+2"]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def test_docx_report(outputs):
    from docx import Document
    from docx.enum.section import WD_ORIENT

    doc = doc_of(outputs, "check")
    word = Document(str(outputs["check", "docx"]))
    text = "\n".join(p.text for p in word.paragraphs)
    heading = word.tables[0]
    assert "SỞ NỘI VỤ" in heading.cell(0, 0).text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in heading.cell(0, 1).text
    assert "Độc lập - Tự do - Hạnh phúc" in heading.cell(0, 1).text and "Cần Thơ, ngày" in heading.cell(0, 1).text
    assert "BÁO CÁO KẾT QUẢ KIỂM TRA" in text and "Chế độ pháp lý: NĐ 24/2014" in text
    assert "(*) ngưỡng chưa được xác minh với văn bản gốc" in text
    assert all(f"- {d}" in text for d in doc["documents"])
    assert word.styles["Normal"].font.name == "Times New Roman" and word.styles["Normal"].font.size.pt == 13
    assert any(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections)
    assert round(word.sections[0].page_width.cm, 1) == 21.0 and round(word.sections[0].page_height.cm, 1) == 29.7
    findings = next(t for t in word.tables if t.cell(0, 1).text == "Mã quy tắc")
    rows = [[c.text for c in row.cells] for row in findings.rows[1:]]
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [
        (f["code"] + (" (*)" if f["confidence"] == "unverified" else ""),
         {"error": "lỗi", "warning": "cảnh báo"}[f["severity"]], f["message"], f["legal_basis"]) for f in doc["findings"]]
    summary = next(t for t in word.tables if t.cell(0, 1).text == "Mức độ")
    assert [c.text for c in summary.rows[1].cells] == ["1", "lỗi", str(doc["totals"]["error"])]
    assert "NGƯỜI LẬP BÁO CÁO" in word.tables[-1].cell(0, 1).text
    assert word.core_properties.created.year == 2023


def test_docx_diff_sections(outputs):
    from docx import Document

    doc = doc_of(outputs, "diff")
    text = "\n".join(p.text for p in Document(str(outputs["diff", "docx"])).paragraphs)
    for status, label in (("moi", "Mới"), ("da_khac_phuc", "Đã khắc phục"), ("con_ton_tai", "Còn tồn tại")):
        assert f"{label} ({doc['totals'][status]})" in text


class _Page:
    """What the browser would show: finding blocks, their data attributes, scripts, external references."""

    def __init__(self, raw: bytes):
        from html.parser import HTMLParser

        page = self
        self.findings, self.scripts, self.external, self.lang, self.text = [], 0, [], None, []

        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                attrs = dict(attrs)
                if tag == "html":
                    page.lang = attrs.get("lang")
                if tag == "details" and "finding" in (attrs.get("class") or ""):
                    page.findings.append(attrs)
                if tag == "script":
                    page.scripts += 1
                for key in ("src", "href"):
                    if attrs.get(key):
                        page.external.append(attrs[key])

            def handle_data(self, data):
                page.text.append(data)

        Parser().feed(raw.decode("utf-8"))


def test_html_is_self_contained_and_lists_every_finding(outputs):
    doc = doc_of(outputs, "check")
    page = _Page(outputs["check", "html"].read_bytes())
    assert page.lang == "vi" and page.scripts == 1 and page.external == []
    assert [(f["data-severity"], f["data-unit"]) for f in page.findings] == [
        (f["severity"], f["subject_id"]) for f in doc["findings"]]
    text = "".join(page.text)
    assert "Vì sao" in text and "Mỗi chức năng được đánh dấu bắt buộc" in text  # the rule's explanation
    assert "@media print" in text
    diff = _Page(outputs["diff", "html"].read_bytes())
    assert [f["data-status"] for f in diff.findings] == [f["status"] for f in doc_of(outputs, "diff")["findings"]]


def test_html_escapes_names(tmp_path):
    org = tmp_path / "xss.yaml"
    org.write_text(CAN_THO.read_text(encoding="utf-8").replace(
        'name: "Trường THPT Châu Văn Liêm"', 'name: "<script>alert(1)</script>"', 1), encoding="utf-8")
    raw = render_bytes(check(load_org(org)), "html")
    page = _Page(raw)
    assert page.scripts == 1  # only the page's own filter script
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert "<script>alert(1)</script>" in "".join(page.text)  # shown as text


def test_markdown_and_json_files_equal_the_text_formats(outputs, capsys):
    _, out, _ = run(capsys, "diff", PROPOSAL, "--format", "markdown")
    assert outputs["diff", "md"].read_text(encoding="utf-8") == out
    _, out, _ = run(capsys, "plan", PLAN, "--org", PLAN_ORG, "--format", "json")
    assert outputs["plan", "json"].read_text(encoding="utf-8") == out


def test_every_file_format_renders_with_its_media_type(can_tho):
    from compliance.render import FILE_FORMATS, MEDIA_TYPES, format_for

    assert format_for("BÁO-CÁO.XLSX") == "xlsx" and format_for("docx") == "docx"
    for fmt in sorted(set(FILE_FORMATS.values())):
        assert render_bytes(can_tho, fmt) and MEDIA_TYPES[fmt]


def test_unknown_extension_is_refused_before_checking(capsys, tmp_path):
    code, _, err = run(capsys, "check", tmp_path / "không-có.yaml", "-o", tmp_path / "x.odt")
    assert code == 2 and "«.odt»" in err and "không tìm thấy tệp" not in err


def test_html_filters_work_in_a_browser(outputs):
    """The page's own script, run by Chromium: filters hide and count findings, printing opens them all."""
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("no Chromium on this machine")
    doc = doc_of(outputs, "check")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(outputs["check", "html"].as_uri())

        def shown():
            return page.eval_on_selector_all("details.finding", "items => items.filter(i => !i.hidden).length")

        assert shown() == len(doc["findings"]) == int(page.text_content("#shown"))
        page.select_option("select[name=severity]", "error")
        assert shown() == doc["totals"]["error"] == int(page.text_content("#shown"))
        page.select_option("select[name=family]", "cap_pho")
        assert shown() == sum(f["severity"] == "error" and f["family"] == "cap_pho" for f in doc["findings"])
        page.select_option("select[name=severity]", "")
        page.select_option("select[name=family]", "")
        page.select_option("select[name=unit]", "ubnd_tp")
        assert shown() == sum(f["subject_id"] == "ubnd_tp" for f in doc["findings"])
        page.emulate_media(media="print")
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert page.eval_on_selector_all("details.finding", "items => items.every(i => i.open)")
        assert not page.is_visible("#filters")
        browser.close()


def test_a_section_added_to_the_model_appears_in_every_format(can_tho):
    """What other features add (families not checked, waivers, coverage) lands once in the model."""
    from compliance.render.docx import render_docx
    from compliance.render.html import render_html
    from compliance.render.markdown import render_markdown
    from compliance.render.model import Section, Table, build
    from compliance.render.table import render_table
    from compliance.render.xlsx import render_xlsx

    report = build(can_tho)
    report.header.append("Thư mục quy tắc riêng: quy-tac-tinh/")
    report.sections.extend([Section("not_checked", "Không kiểm tra", text="Không kiểm tra: nhóm tiêu chí thành lập"),
                        Section("waivers", "Miễn trừ", Table(["Mã quy tắc", "Quyết định"], [["ND107.PHO.PHONG", "QĐ 12/QĐ-UBND"]]),
                                show_title=True)])
    texts = {"table": render_table(report, 100), "markdown": render_markdown(report),
             "html": render_html(report).decode("utf-8")}
    from docx import Document
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(render_xlsx(report)))
    texts["xlsx"] = "\n".join(str(c.value) for ws in workbook for row in ws.iter_rows() for c in row if c.value)
    word = Document(io.BytesIO(render_docx(report)))
    texts["docx"] = "\n".join([p.text for p in word.paragraphs] +
                              [c.text for t in word.tables for row in t.rows for c in row.cells])
    for name, text in texts.items():
        for expected in ("Thư mục quy tắc riêng: quy-tac-tinh/", "Không kiểm tra: nhóm tiêu chí thành lập",
                         "QĐ 12/QĐ-UBND"):
            assert expected in text, (name, expected)


def test_an_interrupted_write_leaves_no_file(capsys, monkeypatch, tmp_path):
    """Ctrl-C while the report is written: the old file stays as it was, no temporary file is left."""
    import os

    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"old")

    def interrupted(*_):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    assert main(["check", str(CAN_THO), "-o", str(target)]) == 130
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["bao-cao.xlsx"]
    new = tmp_path / "moi.docx"
    main(["check", str(CAN_THO), "-o", str(new)])
    assert not new.exists() and [p.name for p in tmp_path.iterdir()] == ["bao-cao.xlsx"]
