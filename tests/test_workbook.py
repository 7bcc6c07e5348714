"""Excel in: workbooks read into the same data as YAML/JSON (compliance/workbook.py), the template
(`orgcheck mau`), `orgcheck convert`, and workbook errors that name the sheet, the cell and the
column's header, in Vietnamese and English."""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from compliance import workbook
from compliance.cli import main
from compliance.convert import convert, document_bytes
from compliance.messages import InputError
from compliance.model import load_org
from compliance.source import read_document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
FIXTURE_FILES = sorted(p.relative_to(FIXTURES) for p in FIXTURES.rglob("*.yaml")   # organization files, proposals
                       if re.search(r"^(units|operations):", p.read_text(encoding="utf-8"), re.MULTILINE))
SMALL = FIXTURES / "nho" / "so-nho.yaml"


def blank_equivalent(value):
    """The data as a workbook gives it back: a blank cell stands for an absent value, null, [] and {}
    alike (the model's defaults), so those are dropped from both sides before comparing."""
    if isinstance(value, dict):
        return {k: blank_equivalent(v) for k, v in value.items() if v not in (None, [], {})}
    if isinstance(value, list):
        return [blank_equivalent(v) for v in value]
    return value


def iso_dates(value):
    """The data as JSON gives it back: dates as ISO text."""
    if isinstance(value, dict):
        return {k: iso_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [iso_dates(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else value


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fixtures_copy(tmp_path) -> Path:
    """The fixtures in a temporary folder: proposals find their baseline beside them."""
    shutil.copytree(FIXTURES, tmp_path / "fixtures", ignore=shutil.ignore_patterns("*.xlsx"))
    return tmp_path / "fixtures"


# --- lossless conversion ----------------------------------------------------------------------

@pytest.mark.parametrize("name", FIXTURE_FILES, ids=[str(p) for p in FIXTURE_FILES])
def test_yaml_to_xlsx_to_yaml_gives_the_same_data(name, fixtures_copy):
    source = fixtures_copy / name
    original, _ = read_document(source)
    convert(str(source), str(source.with_suffix(".xlsx")))
    convert(str(source.with_suffix(".xlsx")), str(source.with_name("back.yaml")))
    from_workbook, _ = read_document(source.with_suffix(".xlsx"))
    back, _ = read_document(source.with_name("back.yaml"))
    assert from_workbook == back
    assert blank_equivalent(back) == blank_equivalent(original)


@pytest.mark.parametrize("name", FIXTURE_FILES, ids=[str(p) for p in FIXTURE_FILES])
def test_json_to_xlsx_to_json_gives_the_same_data(name, fixtures_copy):
    source = fixtures_copy / name
    original, _ = read_document(source)
    as_json = source.with_suffix(".json")
    convert(str(source), str(as_json))
    from_json, _ = read_document(as_json)
    assert from_json == iso_dates(original)
    convert(str(as_json), str(source.with_name("via.xlsx")))
    convert(str(source.with_name("via.xlsx")), str(source.with_name("back.json")))
    back, _ = read_document(source.with_name("back.json"))
    assert blank_equivalent(back) == blank_equivalent(from_json)


def test_exact_for_a_file_without_blank_values(fixtures_copy):
    """Nothing is dropped or retyped: ints, dates, booleans, lists, nested reorganization."""
    data, _ = read_document(fixtures_copy / "can-tho-qd1345.yaml")
    data["units"][1]["reorganization"] = {"decision": "Quyết định 9/QĐ-UBND", "date": data["jurisdiction"]["as_of"]}
    data["units"][1]["dich_vu_co_ban"] = True
    data["units"][1]["notes"] = "=SUM(A1:A9) là chữ, không phải công thức\ndòng hai"
    target = fixtures_copy / "exact.xlsx"
    target.write_bytes(document_bytes(data, str(target)))
    back, _ = read_document(target)
    assert back == data


def test_committed_workbooks_are_what_convert_writes(fixtures_copy, tmp_path):
    for name in ("can-tho-2023.yaml", "can-tho-2023-proposal.yaml"):
        target = tmp_path / name.replace(".yaml", ".xlsx")
        convert(str(fixtures_copy / name), str(target))
        assert target.read_bytes() == (FIXTURES / target.name).read_bytes(), target.name


def test_values_a_cell_cannot_give_back_are_refused(tmp_path):
    data, _ = read_document(SMALL)
    data["units"][1]["functions"] = ["A; B"]
    data["units"][2]["cap_pho"] = "2"
    with pytest.raises(InputError) as caught:
        document_bytes(data, str(tmp_path / "x.xlsx"))
    text = caught.value.render("vi")
    assert "units[1](so_noi_vu).functions" in text and "«;»" in text
    assert "units[2]" in text and "cap_pho" in text and "'2'" in text
    decisions, _ = read_document(FIXTURES / "can-tho-qd1345.yaml")
    decisions["decisions"].append(dict(decisions["decisions"][0]))
    with pytest.raises(InputError) as caught:
        document_bytes(decisions, str(tmp_path / "y.xlsx"))
    assert "decisions[1]" in caught.value.render("en") and "would read back as one" in caught.value.render("en")


# --- same findings from .xlsx as from .yaml -----------------------------------------------------

def _json_report(args: list[str], capsys) -> dict:
    code, out, err = run(args + ["--format", "json"], capsys)
    assert code in (0, 1), err
    return json.loads(out)


def test_checking_the_workbook_gives_the_findings_of_the_yaml(capsys):
    from_yaml = _json_report(["check", str(FIXTURES / "can-tho-2023.yaml")], capsys)
    from_xlsx = _json_report(["check", str(FIXTURES / "can-tho-2023.xlsx")], capsys)
    assert len(from_xlsx["findings"]) == len(from_yaml["findings"]) > 10
    for report in (from_yaml, from_xlsx):
        report.pop("source")
        for finding in report["findings"]:
            finding["line"] = None  # a line of the YAML file, a row of the sheet
    assert from_xlsx == from_yaml


def test_finding_lines_are_rows_of_the_units_sheet(capsys):
    report = _json_report(["check", str(FIXTURES / "can-tho-2023.xlsx")], capsys)
    rows = {row[0].value: row[0].row for row in
            openpyxl.load_workbook(FIXTURES / "can-tho-2023.xlsx", read_only=True)["Đơn vị"].iter_rows(min_row=2)}
    unit_findings = [f for f in report["findings"] if f["subject_type"] == "unit"]
    assert unit_findings and all(f["line"] == rows[f["subject_id"]] for f in unit_findings)


def test_proposal_workbook_diffs_like_the_yaml(capsys):
    from_yaml = _json_report(["diff", str(FIXTURES / "can-tho-2023-proposal.yaml")], capsys)
    from_xlsx = _json_report(["diff", str(FIXTURES / "can-tho-2023-proposal.xlsx")], capsys)
    assert json.dumps(from_xlsx, sort_keys=True).count('"code"') > 5
    strip = re.compile(r'"(line|after|source|file)": [^,}\]]*')
    assert strip.sub("", json.dumps(from_xlsx, sort_keys=True)) == strip.sub("", json.dumps(from_yaml, sort_keys=True))


def test_proposal_whose_baseline_is_a_workbook(fixtures_copy, capsys):
    convert(str(fixtures_copy / "can-tho-2023.yaml"), str(fixtures_copy / "can-tho-2023.xlsx"))
    proposal = (fixtures_copy / "can-tho-2023-proposal.yaml").read_text(encoding="utf-8")
    (fixtures_copy / "p.yaml").write_text(proposal.replace("baseline: can-tho-2023.yaml",
                                                           "baseline: can-tho-2023.xlsx"), encoding="utf-8")
    from_xlsx = _json_report(["check", str(fixtures_copy / "p.yaml")], capsys)
    from_yaml = _json_report(["check", str(fixtures_copy / "can-tho-2023-proposal.yaml")], capsys)
    assert [f["code"] for f in from_xlsx["findings"]] == [f["code"] for f in from_yaml["findings"]]


def test_plan_org_option_reads_a_workbook(capsys):
    code, out, err = run(["plan", str(FIXTURES / "ke-hoach" / "ke-hoach-mau.txt"),
                          "--org", str(FIXTURES / "can-tho-2023.xlsx")], capsys)
    assert code in (0, 1) and err == "" and out


# --- the template ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,units,guide", [("vi", "Đơn vị", "Hướng dẫn"), ("en", "Units", "Guide")])
def test_template_sheets_headers_dropdowns(lang, units, guide, tmp_path, capsys):
    target = tmp_path / "mau.xlsx"
    code, _, err = run(["mau", "-o", str(target), "--lang", lang], capsys)
    assert code == 0 and err == "", err
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == guide and units in book.sheetnames
    sheet = book[units]
    headers = [c.value for c in sheet[1]]
    assert headers == [c.en if lang == "en" else c.vi for c in workbook.UNIT_COLUMNS]
    assert sheet.freeze_panes == "A2"
    kind_column = openpyxl.utils.get_column_letter(headers.index("Kind" if lang == "en" else "Loại đơn vị") + 1)
    checks = {str(dv.sqref).split(":")[0]: dv for dv in sheet.data_validations.dataValidation}
    assert checks[f"{kind_column}2"].type == "list"
    lists = book["Lists" if lang == "en" else "Danh mục"]
    codes = [c.value for c in lists["A"][1:] if c.value]
    assert "so" in codes and "phong_thuoc_so" in codes
    guide_text = " ".join(str(c.value) for row in book[guide].iter_rows() for c in row if c.value)
    assert all(h in guide_text for h in headers)


def test_template_bytes_are_deterministic(tmp_path, capsys):
    for name in ("a.xlsx", "b.xlsx"):
        assert run(["mau", "--kind", "proposal", "-o", str(tmp_path / name)], capsys)[0] == 0
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    assert "Thao tác" in openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames


def test_template_is_not_written_over_a_file(tmp_path, capsys):
    target = tmp_path / "mau.xlsx"
    target.write_bytes(b"keep")
    code, _, err = run(["mau", "-o", str(target)], capsys)
    assert code == 2 and "không ghi đè" in err and target.read_bytes() == b"keep"


def test_filled_template_is_checked(tmp_path, capsys):
    """The analyst's workflow: write the template, fill it in Excel (here: openpyxl, with merged
    cells, numbers typed as text, a date typed as text, functions on two lines), check it."""
    target = tmp_path / "co-cau.xlsx"
    assert run(["mau", "-o", str(target)], capsys)[0] == 0
    book = openpyxl.load_workbook(target)
    general = book["Thông tin chung"]
    values = {"Tên tỉnh, thành phố": "Tỉnh Thử", "Phân loại": "loai_2_3", "Ngày của cơ cấu": "01/03/2024"}
    for row in general.iter_rows(min_row=2):
        if row[0].value in values:
            row[1].value = values[row[0].value]
    units = book["Đơn vị"]
    col = {c.value: c.column for c in units[1]}
    rows = [
        {"Mã đơn vị": "ubnd", "Tên đơn vị": "UBND tỉnh Thử", "Loại đơn vị": "ubnd_tinh"},
        {"Mã đơn vị": "so_nv", "Tên đơn vị": "Sở Nội vụ", "Loại đơn vị": "so", "Cấp trên (mã)": "ubnd",
         "Biên chế": "40", "Cấp phó": 5, "Chức năng (mã)": "QLNN.NOI_VU.TO_CHUC_BO_MAY\nQLNN.NOI_VU.CONG_CHUC"},
        {"Mã đơn vị": "so_nv_p1", "Tên đơn vị": "Phòng Một", "Loại đơn vị": "phong_thuoc_so", "Cấp trên (mã)": "so_nv",
         "Biên chế": 8, "Cấp phó": 1},
        {"Mã đơn vị": "so_nv_p2", "Tên đơn vị": "Phòng Hai", "Loại đơn vị": "phong_thuoc_so", "Biên chế": 9, "Cấp phó": " 3 "},
    ]
    for number, row in enumerate(rows, 2):
        for header, value in row.items():
            units.cell(number, col[header], value)
    parent = openpyxl.utils.get_column_letter(col["Cấp trên (mã)"])
    units.merge_cells(f"{parent}4:{parent}5")  # one parent written once for two divisions
    book.save(target)
    code, out, err = run(["check", str(target), "--format", "json"], capsys)
    assert err == "" and code == 1
    report = json.loads(out)
    assert report["jurisdiction"]["name"] == "Tỉnh Thử" and report["as_of"] == "2024-03-01"
    found = {(f["code"], f["subject_id"], f["value"]) for f in report["findings"]}
    assert ("ND107.PHO.PHONG", "so_nv_p2", 3) in found, found   # " 3 " typed as text
    org = load_org(target)
    assert org.units["so_nv_p2"].parent == "so_nv" and org.units["so_nv"].bien_che == 40
    assert org.units["so_nv"].functions == ["QLNN.NOI_VU.TO_CHUC_BO_MAY", "QLNN.NOI_VU.CONG_CHUC"]


# --- workbook errors ----------------------------------------------------------------------------

def _small_workbook(tmp_path: Path, edit=None, name: str = "co-cau.xlsx") -> Path:
    target = tmp_path / name
    convert(str(SMALL), str(target))
    if edit is not None:
        book = openpyxl.load_workbook(target)
        edit(book)
        book.save(target)
    return target


def _refused(path: Path, capsys, lang: str = "vi") -> str:
    code, out, err = run(["check", str(path)] + (["--lang", "en"] if lang == "en" else []), capsys)
    assert code == 2 and out == "", (code, out, err)
    assert "Traceback" not in err and "lỗi nội bộ" not in err and "internal error" not in err, err
    return err


def _cell(book, sheet: str, header: str, unit_row: int) -> str:
    column = next(c.column_letter for c in book[sheet][1] if c.value == header)
    return f"{column}{unit_row}"


def test_wrong_type_in_a_cell_names_sheet_cell_header_unit(tmp_path, capsys):
    where = {}

    def edit(book):
        where["cell"] = _cell(book, "Đơn vị", "Cấp phó", 3)
        book["Đơn vị"][where["cell"]] = "hai"
    path = _small_workbook(tmp_path, edit)
    unit = openpyxl.load_workbook(path)["Đơn vị"]["A3"].value
    err = _refused(path, capsys)
    assert f"{path}, Đơn vị!{where['cell']}, đơn vị «{unit}»: «Cấp phó» phải là số nguyên, gặp 'hai'" in err
    err = _refused(path, capsys, "en")
    assert f"{path}, Đơn vị!{where['cell']}, unit «{unit}»: 'Cấp phó' must be a whole number, found 'hai'" in err


def test_negative_and_blank_required_cells(tmp_path, capsys):
    def edit(book):
        book["Đơn vị"][_cell(book, "Đơn vị", "Cấp phó", 3)] = -1
        book["Đơn vị"][_cell(book, "Đơn vị", "Loại đơn vị", 4)] = None
    path = _small_workbook(tmp_path, edit)
    err = _refused(path, capsys)
    assert re.search(r"Đơn vị!I3, đơn vị «\w+»: «Cấp phó» không được âm", err), err
    assert re.search(r"Đơn vị!C4, đơn vị «\w+»: thiếu trường bắt buộc «Loại đơn vị»", err), err


def test_unknown_column_with_suggestion(tmp_path, capsys):
    def edit(book):
        sheet = book["Đơn vị"]
        sheet.cell(1, sheet.max_column + 1, "Cap pho")
        sheet.cell(2, sheet.max_column, 3)
    path = _small_workbook(tmp_path, edit)
    err = _refused(path, capsys)
    assert "Đơn vị!W1: cột «Cap pho» không có trong mẫu của trang này" in err and "ý bạn là «Cấp phó»?" in err
    assert err.count("\n") == 1, err  # its values are not reported again
    assert "column 'Cap pho' is not in this sheet's template" in _refused(path, capsys, "en")


def test_value_in_a_column_without_header(tmp_path, capsys):
    path = _small_workbook(tmp_path, lambda book: book["Đơn vị"].cell(3, 30, "lạc chỗ"))
    assert "Đơn vị!AD3: ô có giá trị 'lạc chỗ' nhưng cột không có tên ở dòng tiêu đề" in _refused(path, capsys)


def test_missing_sheet(tmp_path, capsys):
    path = _small_workbook(tmp_path, lambda book: book.remove(book["Đơn vị"]))
    err = _refused(path, capsys)
    assert "co-cau.xlsx: sổ làm việc thiếu trang «Đơn vị» (mẫu tiếng Anh: «Units»; các trang có: Hướng dẫn," in err
    assert "co-cau.xlsx: the workbook has no sheet 'Units' (Vietnamese template: 'Đơn vị';" in _refused(path, capsys, "en")


def test_unknown_sheet(tmp_path, capsys):
    path = _small_workbook(tmp_path, lambda book: book.create_sheet("Don vi cu"))
    assert "trang «Don vi cu»: trang «Don vi cu» không có trong mẫu" in _refused(path, capsys)


def _with_sheet_xml(path: Path, change) -> None:
    """Rewrite the units sheet's XML (what openpyxl cannot write: a formula's cached value)."""
    book = openpyxl.load_workbook(path)
    index = book.sheetnames.index("Đơn vị") + 1
    raw = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == f"xl/worksheets/sheet{index}.xml":
                data = change(data)
            target.writestr(info, data)
    path.write_bytes(raw.getvalue())


def test_formula_uses_its_cached_value_and_is_never_evaluated(tmp_path):
    path = _small_workbook(tmp_path, lambda book: book["Đơn vị"].__setitem__("I3", "=1+1"))
    _with_sheet_xml(path, lambda xml: re.sub(rb"<f>1\+1</f>(<v\s*/>|<v></v>)?", b"<f>1+1</f><v>7</v>", xml))
    org = load_org(path)
    assert list(org.units.values())[1].cap_pho == 7   # the cached 7, not 1+1


def test_formula_without_cached_value_is_an_error(tmp_path, capsys):
    path = _small_workbook(tmp_path, lambda book: book["Đơn vị"].__setitem__("I3", "=SUM(F2:F9)"))
    err = _refused(path, capsys)
    assert "Đơn vị!I3: ô có công thức '=SUM(F2:F9)' nhưng chưa có giá trị tính sẵn" in err
    assert "Đơn vị!I3: the cell holds the formula '=SUM(F2:F9)' without a computed value" in _refused(path, capsys, "en")


def test_xlsm_is_refused(tmp_path, capsys):
    path = _small_workbook(tmp_path).rename(tmp_path / "co-cau.xlsm")
    assert "tệp .xlsm có thể chứa macro nên không được mở" in _refused(path, capsys)
    assert "an .xlsm file may hold macros" in _refused(path, capsys, "en")


def test_macros_inside_an_xlsx_are_refused(tmp_path, capsys):
    path = _small_workbook(tmp_path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\x00" * 64)
    assert "chứa macro (vbaProject.bin)" in _refused(path, capsys)


def test_broken_zip(tmp_path, capsys):
    path = _small_workbook(tmp_path)
    path.write_bytes(path.read_bytes()[:2000])
    assert "không phải tệp .xlsx hợp lệ" in _refused(path, capsys)
    assert "not a valid .xlsx file" in _refused(path, capsys, "en")


def test_huge_sheet_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(workbook, "MAX_ROWS", 50)

    def edit(book):
        for row in range(10, 70):
            book["Đơn vị"].cell(row, 1, f"u{row}")
    err = _refused(_small_workbook(tmp_path, edit), capsys)
    assert "trang «Đơn vị»: trang có quá nhiều dòng (quá 50)" in err


def test_dates_real_or_typed_and_bad_dates(tmp_path, capsys):
    import datetime as dt

    def edit(book):
        general = book["Thông tin chung"]
        for row in general.iter_rows(min_row=2):
            if row[0].value == "Ngày của cơ cấu":
                row[1].value = dt.datetime(2024, 3, 1)
    assert load_org(_small_workbook(tmp_path, edit)).jurisdiction.as_of == dt.date(2024, 3, 1)

    def bad(book):
        for row in book["Thông tin chung"].iter_rows(min_row=2):
            if row[0].value == "Ngày của cơ cấu":
                row[1].value = "31/02/2024"
    err = _refused(_small_workbook(tmp_path, bad, "bad.xlsx"), capsys)
    assert re.search(r"Thông tin chung!B\d+: «Ngày của cơ cấu» phải là ngày .* gặp '31/02/2024'", err), err


def test_english_workbook_reads_the_same_and_reports_in_its_headers(tmp_path, capsys):
    target = tmp_path / "structure.xlsx"
    assert run(["convert", str(SMALL), str(target), "--lang", "en"], capsys)[0] == 0
    book = openpyxl.load_workbook(target)
    assert "Units" in book.sheetnames and "General" in book.sheetnames
    assert read_document(target)[0] == read_document(_small_workbook(tmp_path))[0]
    book["Units"][_cell(book, "Units", "Deputies", 3)] = "two"
    book.save(target)
    unit = book["Units"]["A3"].value
    err = _refused(target, capsys, "en")
    assert f"structure.xlsx, Units!I3, unit «{unit}»: 'Deputies' must be a whole number, found 'two'" in err


def test_empty_templates_name_the_cells_to_fill(tmp_path, capsys):
    run(["mau", "-o", str(tmp_path / "mau.xlsx")], capsys)
    err = _refused(tmp_path / "mau.xlsx", capsys)
    for label in ("Tên tỉnh, thành phố", "Phân loại", "Ngày của cơ cấu"):
        assert re.search(rf"mau.xlsx, Thông tin chung!B\d+: thiếu trường bắt buộc «{label}»", err), err
    run(["mau", "--kind", "proposal", "-o", str(tmp_path / "de-an.xlsx")], capsys)
    err = _refused(tmp_path / "de-an.xlsx", capsys)
    assert "de-an.xlsx, Thông tin chung!B2: thiếu trường bắt buộc «Tệp cơ cấu hiện tại»" in err


def test_proposal_workbook_errors_name_their_cells(fixtures_copy, capsys):
    target = fixtures_copy / "de-an.xlsx"
    convert(str(fixtures_copy / "can-tho-2023-proposal.yaml"), str(target))
    book = openpyxl.load_workbook(target)
    operations, details = book["Thao tác"], book["Chi tiết thao tác"]
    set_row = next(r[0].row for r in operations.iter_rows(min_row=2) if r[1].value == "set")
    operations[f"D{set_row}"] = "khong_co"
    details.cell(details.max_row + 1, 1, 99)
    details.cell(details.max_row, 2, "don_vi_lac")
    book.save(target)
    err = _refused(target, capsys)
    assert "Chi tiết thao tác!A" in err and "«STT thao tác» phải là số thứ tự của một thao tác trên trang «Thao tác», gặp 99" in err
    book = openpyxl.load_workbook(target)
    book["Chi tiết thao tác"].delete_rows(book["Chi tiết thao tác"].max_row)
    book.save(target)
    err = _refused(target, capsys)
    assert f"de-an.xlsx, Thao tác!D{set_row}, đơn vị «khong_co»: thao tác {set_row - 1} (điều chỉnh): đơn vị «khong_co» " \
           "không có trong cơ cấu" in err


def test_cycle_is_located_at_the_parent_cell(tmp_path, capsys):
    target = tmp_path / "loi.xlsx"
    convert(str(FIXTURES / "nho" / "loi-cau-truc.yaml"), str(target))
    err = _refused(target, capsys)
    assert re.search(r"loi.xlsx, Đơn vị!D\d+, đơn vị «cc_1»: quan hệ trực thuộc tạo thành vòng lặp", err), err
    assert re.search(r"loi.xlsx, Đơn vị!A\d+, đơn vị «so_a»: mã đơn vị «so_a» trùng với đơn vị ở dòng \d+", err), err


def test_blank_rows_and_a_header_below_blank_rows(tmp_path):
    """Rows left blank (or holding spaces only) before the header and between units are skipped;
    row numbers in messages stay those of the sheet."""
    path = _small_workbook(tmp_path, lambda book: (book["Đơn vị"].insert_rows(1, 2),
                                                   book["Đơn vị"].insert_rows(6, 2),
                                                   book["Đơn vị"].cell(6, 2, "   ")))
    assert read_document(path)[0] == read_document(SMALL)[0]
    org = load_org(path)
    assert org.unit_lines == {unit_id: row for unit_id, row in zip(org.units, (4, 5, 8, 9, 10))}


def test_doubled_column_is_reported_once(tmp_path, capsys):
    def edit(book):
        sheet = book["Đơn vị"]
        sheet.cell(1, 30, "cấp  PHÓ")
        sheet.cell(2, 30, 1)
    err = _refused(_small_workbook(tmp_path, edit), capsys)
    assert err.count("\n") == 1 and "Đơn vị!AD1: cột «cấp  PHÓ» trùng với cột I" in err, err


def test_result_of_a_proposal_workbook_is_located_at_the_detail_rows(fixtures_copy, capsys):
    """Problems found in the structure after the operations name the detail row that wrote the unit."""
    target = fixtures_copy / "de-an.xlsx"
    convert(str(fixtures_copy / "can-tho-2023-proposal.yaml"), str(target))
    book = openpyxl.load_workbook(target)
    details = book["Chi tiết thao tác"]
    deputies = _cell(book, "Chi tiết thao tác", "Cấp phó", 2)[0]
    merged = details["B2"].value
    set_row = next(row for row in range(3, details.max_row + 1)  # new values of a `set`: no unit id
                   if details[f"{deputies}{row}"].value is not None and details[f"B{row}"].value is None)
    details[f"{deputies}2"], details[f"{deputies}{set_row}"] = "abc", "x"
    book.save(target)
    err = _refused(target, capsys)
    assert f"de-an.xlsx, Chi tiết thao tác!{deputies}2, đơn vị «{merged}»: «Cấp phó» phải là số nguyên, gặp 'abc'" in err
    assert f"Chi tiết thao tác!{deputies}{set_row}, đơn vị «" in err and "gặp 'x'" in err


def test_damaged_parts_give_input_errors_only(tmp_path):
    """Random damage to the XML inside a valid workbook (with a formula): every outcome is data or
    an InputError, never an exception from a library."""
    import random

    path = _small_workbook(tmp_path, lambda book: book["Đơn vị"].__setitem__("I3", "=1+1"))
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    chance = random.Random(11)
    outcomes = set()
    for _ in range(80):
        damaged = dict(parts)
        name = chance.choice(sorted(name for name in parts if name.endswith(".xml")))
        data = bytearray(damaged[name])
        for _ in range(chance.randint(1, 6)):
            data[chance.randrange(len(data))] = chance.choice(b'<>"/ =0a\xff')
        damaged[name] = bytes(data)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for part, content in damaged.items():
                archive.writestr(part, content)
        try:
            workbook.read_workbook(buffer.getvalue(), "x.xlsx")
            outcomes.add("read")
        except InputError as exc:
            outcomes.add(exc.problems[0].key)
    assert "xlsx_unreadable" in outcomes and len(outcomes) > 2, outcomes


def test_cell_locations_in_both_languages():
    from compliance.messages import Cell, Problem

    def shown(cell, lang):
        return Problem("co-cau.xlsx", cell.row, "no_units", {}, None, "units", cell).render(lang).split(": ")[0]
    assert shown(Cell(3, "Đơn vị", 14, "I", "Cấp phó"), "vi") == "co-cau.xlsx, Đơn vị!I14"
    assert shown(Cell(3, "Units", 14), "en") == "co-cau.xlsx, Units, row 14"
    assert shown(Cell(3, "Đơn vị", 14), "vi") == "co-cau.xlsx, Đơn vị, dòng 14"
    assert shown(Cell(3, "Units"), "en") == "co-cau.xlsx, sheet 'Units'"
    assert shown(Cell(3, "Đơn vị"), "vi") == "co-cau.xlsx, trang «Đơn vị»"


def test_text_and_headers_typed_in_nfd_are_read_as_nfc(tmp_path):
    import unicodedata

    def edit(book):
        sheet = book["Đơn vị"]
        sheet["B2"] = unicodedata.normalize("NFD", "Sở Nội vụ tỉnh Hòa An")
        sheet["I1"] = unicodedata.normalize("NFD", "Cấp phó")
        book["Đơn vị"].title = unicodedata.normalize("NFD", "Đơn vị")
    data, _ = read_document(_small_workbook(tmp_path, edit))
    assert data["units"][0]["name"] == unicodedata.normalize("NFC", "Sở Nội vụ tỉnh Hòa An")
    assert data["units"][1]["cap_pho"] == read_document(SMALL)[0]["units"][1]["cap_pho"] == 3
