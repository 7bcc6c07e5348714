"""Plans as they are really written (issue 16): five plans of five provinces in five layouts, each
checked field by field against a hand-labelled expectation (fixtures/ke-hoach/thuc-te/*.expected.yaml,
written by reading the fixture, not from output). The .docx/.xlsx files are built by the committed
script with real Word numbering, merged cells and a formula, into a temporary folder.
"""

from __future__ import annotations

import importlib.util
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from compliance.check import check_plan
from compliance.cli import main
from compliance.messages import InputError
from compliance.model import load_org
from compliance.plan import AgencyIndex, is_class, read_plan, split_agencies

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "ke-hoach" / "thuc-te"
LABELS = sorted(HERE.glob("*.expected.yaml"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    spec = importlib.util.spec_from_file_location("make_fixtures", HERE / "make_fixtures.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    out = tmp_path_factory.mktemp("ke-hoach")
    builder.build_all(out)
    for path in HERE.glob("*.txt"):
        shutil.copy(path, out / path.name)
    return out


def _read(folder: Path, label: dict, with_org: bool = True):
    org = load_org(HERE / label["org"]) if with_org else None
    return read_plan(folder / label["plan"], label["plan"], AgencyIndex(org) if org else None), org


def test_five_provinces_five_layouts():
    plans = [yaml.safe_load(p.read_text(encoding="utf-8"))["plan"] for p in LABELS]
    assert sorted(Path(p).suffix for p in plans) == [".docx", ".docx", ".docx", ".txt", ".xlsx"]
    assert len({p.split("-")[0] for p in plans}) == 5


@pytest.mark.parametrize("label_file", LABELS, ids=lambda p: p.name.split(".")[0])
def test_tasks_field_by_field(folder, label_file):
    label = yaml.safe_load(label_file.read_text(encoding="utf-8"))
    plan, _ = _read(folder, label)
    assert [t.path for t in plan.tasks] == [t["path"] for t in label["tasks"]]
    assert str(plan.date) == str(label["date"])
    for task, want in zip(plan.tasks, label["tasks"]):
        got = task.as_dict()
        for field in ("title", "deadline", "leads", "coordinators"):
            assert got[field] == want[field], (task.path, field)
        assert got["steps"] == want.get("steps", []), task.path
        for field in ("notes", "product"):
            if field in want:
                assert got[field] == want[field], (task.path, field)
        if "where" in want:
            assert got["where"]["vi"] == want["where"], task.path


@pytest.mark.parametrize("label_file", LABELS, ids=lambda p: p.name.split(".")[0])
def test_multi_lead_tasks_and_agency_resolution(folder, label_file):
    label = yaml.safe_load(label_file.read_text(encoding="utf-8"))
    plan, org = _read(folder, label)
    assert sorted(t.path for t in plan.tasks if len(t.leads) > 1) == sorted(label["multi_lead"])
    result = check_plan(plan, org, date(2026, 1, 1))  # the single-lead rules in force (plans from 2013 on)
    assert sorted(f.subject_id for f in result.findings if f.code == "CT.NHIEU") == sorted(label["multi_lead"])
    index = AgencyIndex(org)
    named = [d for t in plan.tasks for d in t.leads + t.coordinators if not is_class(d)]
    resolved = [d for d in named if index.resolve(d) is not None]
    assert len(resolved) >= 0.95 * len(named)
    assert not [f for f in result.findings if f.code in ("CT.CHU_TRI_KHONG_RO", "CT.PHOI_HOP_KHONG_RO")]


@pytest.mark.parametrize("label_file", LABELS, ids=lambda p: p.name.split(".")[0])
def test_same_tasks_without_org(folder, label_file):
    """The catalogue of standard names alone splits these plans the same way."""
    label = yaml.safe_load(label_file.read_text(encoding="utf-8"))
    with_org, _ = _read(folder, label)
    without, _ = _read(folder, label, with_org=False)
    assert [t.as_dict() for t in without.tasks] == [t.as_dict() for t in with_org.tasks]


def test_list_numbers_come_from_word_numbering(folder):
    """Without the numbering definitions the sub-tasks of Hải Dương would merge (issue 16): the
    printed "-"/"+" are nowhere in the paragraph text."""
    from docx import Document

    doc = Document(folder / "hai-duong-thien-tai.docx")
    texts = [p.text for p in doc.paragraphs]
    assert "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp:" in texts
    assert not any(t.startswith(("-", "+")) for t in texts)
    # the footnote of task II.2 is in word/footnotes.xml and stays out of the task (its label has no trace of it)
    task = next(p for p in doc.paragraphs if "trạm bơm" in p.text)
    assert "footnoteReference" in task._p.xml and "footnotes" in {r.reltype.rsplit("/", 1)[-1] for r in doc.part.rels.values()}
    hcm = Document(folder / "ho-chi-minh-hai-long.docx")
    assert "Xây dựng bộ tiêu chí và mẫu phiếu đánh giá" in [p.text for p in hcm.paragraphs]


@pytest.mark.parametrize("value, expected", [
    # issue 16: the collective phrase is its own entry, the comma inside an official name is kept
    ("Sở Nội vụ và cơ quan, đơn vị có liên quan", ["Sở Nội vụ", "cơ quan, đơn vị có liên quan"]),
    ("Sở Công Thương, Trung tâm Xúc tiến, Đầu tư thương mại và Hội chợ triển lãm",
     ["Sở Công Thương", "Trung tâm Xúc tiến, Đầu tư thương mại và Hội chợ triển lãm"]),
    ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh, Sở Nội vụ",
     ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Sở Nội vụ"]),
    ("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
     ["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]),
    ("Sở Tài chính và các cơ quan, đơn vị liên quan thuộc tỉnh", ["Sở Tài chính", "các cơ quan, đơn vị liên quan thuộc tỉnh"]),
    ("Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo", ["Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo"]),
    ("Sở Nội vụ tỉnh Cần Thơ và Sở Tư pháp", ["Sở Nội vụ tỉnh Cần Thơ", "Sở Tư pháp"]),
    ("Sở Tư pháp\nVăn phòng UBND tỉnh", ["Sở Tư pháp", "Văn phòng UBND tỉnh"]),
])
def test_agency_names_before_punctuation(value, expected):
    assert split_agencies(value) == expected


@pytest.mark.parametrize("written, unit", [
    ("UBND tỉnh", "ubnd"), ("Ủy ban nhân dân tỉnh Đồng Nai", "ubnd"), ("Sở Tài chính tỉnh Đồng Nai", "so_tc"),
    ("Sở NN&MT", "so_nnmt"), ("Sở Tư pháp", None), ("UBND huyện Long Thành", None),
])
def test_resolution_with_and_without_the_place(written, unit):
    assert AgencyIndex(load_org(HERE / "to-chuc-dong-nai.yaml")).resolve(written) == unit


def test_org_name_wins_over_the_catalogue():
    org = load_org(HERE / "to-chuc-dong-nai.yaml")
    assert split_agencies("Báo và Phát thanh, Truyền hình Đồng Nai, Sở Tài chính", AgencyIndex(org)) == [
        "Báo và Phát thanh, Truyền hình Đồng Nai", "Sở Tài chính"]


def test_table_row_without_task_text_is_an_error(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    sheet.append(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"])
    sheet.append([1, "Rà soát", "Sở Nội vụ", "", "Quý I/2026"])
    book.save(tmp_path / "dung.xlsx")
    plan = read_plan(tmp_path / "dung.xlsx")
    assert plan.date is None and [(t.path, t.leads) for t in plan.tasks] == [("1", ("Sở Nội vụ",))]
    sheet.insert_rows(1)
    sheet["A1"] = "(Kèm theo Kế hoạch số 05/KH-UBND ngày 06 tháng 01 năm 2026 của UBND tỉnh)"
    book.save(tmp_path / "dung.xlsx")
    assert f"{read_plan(tmp_path / 'dung.xlsx').date:%d/%m/%Y}" == "06/01/2026"
    sheet.append([2, None, "Sở Tài chính", "", "Quý II/2026"])
    book.save(tmp_path / "ke-hoach.xlsx")
    with pytest.raises(InputError) as info:
        read_plan(tmp_path / "ke-hoach.xlsx", "ke-hoach.xlsx")
    assert info.value.render("vi") == ("ke-hoach.xlsx: trang tính «Nhiệm vụ», hàng 4: có cơ quan chủ trì "
                                       "«Sở Tài chính» nhưng ô nội dung nhiệm vụ trống")
    assert info.value.render("en").endswith("sheet 'Nhiệm vụ', row 4: a lead agency 'Sở Tài chính' is given "
                                            "but the task cell is empty")


def test_docx_table_row_without_task_text_names_table_and_row(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    table = doc.add_table(rows=3, cols=4)
    for r, values in enumerate([["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
                                ["1", "Rà soát", "Sở Nội vụ", "Quý I/2026"], ["2", "", "Sở Y tế", "Quý II/2026"]]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    doc.save(tmp_path / "bang.docx")
    with pytest.raises(InputError) as info:
        read_plan(tmp_path / "bang.docx", "bang.docx")
    assert info.value.render("vi") == ("bang.docx: bảng 1, hàng 3: có cơ quan chủ trì «Sở Y tế» nhưng ô nội dung "
                                       "nhiệm vụ trống")
    assert info.value.render("en") == ("bang.docx: table 1, row 3: a lead agency 'Sở Y tế' is given but the task "
                                       "cell is empty")


def test_workbook_without_task_table_and_broken_workbook(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Họ tên", "Chức vụ"])
    book.save(tmp_path / "khac.xlsx")
    with pytest.raises(InputError) as info:
        read_plan(tmp_path / "khac.xlsx")
    assert "không tìm thấy nhiệm vụ nào" in info.value.render("vi")
    (tmp_path / "hong.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError) as info:
        read_plan(tmp_path / "hong.xlsx")
    assert "không phải tệp .xlsx hợp lệ" in info.value.render("vi")


def test_cli_plan_on_a_workbook_and_json_source(folder, capsys):
    assert main(["plan", str(folder / "dong-nai-nq424.xlsx"), "--org", str(HERE / "to-chuc-dong-nai.yaml"),
                 "--format", "json"]) == 1
    import json

    doc = json.loads(capsys.readouterr().out)
    first = doc["tasks"][0]
    assert first["source"] == {"sheet": "Phụ lục", "row": 7}
    assert first["where"] == {"vi": "trang tính «Phụ lục», hàng 7", "en": "sheet 'Phụ lục', row 7"}
    assert first["product"] == "Hội nghị quán triệt"


def test_word_numbering_restarts_continues_and_styles(folder):
    """Labels as Word prints them: a list instance with a start override restarts, one without
    continues the abstract list; a style based on a numbered style is numbered; deeper levels reset."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from compliance.plan.docx import Numbering

    spec = importlib.util.spec_from_file_location("make_fixtures", HERE / "make_fixtures.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    doc = Document()
    first = builder.add_list(doc, [("decimal", "%1."), ("lowerLetter", "%2)")])
    numbering = doc.part.numbering_part.element
    qn = builder.qn
    num = next(n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == str(first))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="{abstract_id}"/>'
                               f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    base = doc.styles.add_style("Mục", 1)
    builder.set_num(base.element.get_or_add_pPr(), first, 0)
    derived = doc.styles.add_style("Mục con", 1)
    derived.base_style = base
    paragraphs = [builder.numbered(doc, "a", first, 0), builder.numbered(doc, "b", first, 1),
                  builder.numbered(doc, "c", first, 1), builder.numbered(doc, "d", first, 0),
                  builder.numbered(doc, "e", first, 1), builder.numbered(doc, "f", 90, 0),
                  builder.numbered(doc, "g", 91, 0), doc.add_paragraph("h", style=derived)]
    labels = Numbering(doc)
    assert [labels.label(p._p) for p in paragraphs] == ["1.", "a)", "b)", "2.", "a)", "1.", "2.", "3."]


def test_oversized_sheet_is_refused_not_cut(tmp_path, monkeypatch):
    from openpyxl import Workbook

    from compliance.plan import xlsx

    monkeypatch.setattr(xlsx, "MAX_ROWS", 5)
    book = Workbook()
    book.active.title = "Nhiệm vụ"
    book.active.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì"])
    for n in range(1, 7):
        book.active.append([n, f"Việc {n}", "Sở Nội vụ"])
    book.save(tmp_path / "dai.xlsx")
    with pytest.raises(InputError) as info:
        read_plan(tmp_path / "dai.xlsx", "dai.xlsx")
    assert info.value.render("vi") == "dai.xlsx: trang tính «Nhiệm vụ» có 7 hàng, quá 5 hàng của một bảng nhiệm vụ"


def test_two_row_header_with_abbreviated_labels(tmp_path):
    """A header on two rows (merged down, "Thời gian" split into start and end) is no task and the
    deadline is the end column; "CQ chủ trì" is a lead column."""
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=3, cols=6)
    top = ["TT", "Nội dung công việc", "CQ chủ trì", "CQ phối hợp", "Thời gian", None]
    for c, value in enumerate(top):
        if value is not None:
            table.cell(0, c).text = value
    table.cell(0, 4).merge(table.cell(0, 5))
    for c in range(4):
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(1, 4).text, table.cell(1, 5).text = "Bắt đầu", "Hoàn thành"
    for c, value in enumerate(["1", "Số hóa hồ sơ cán bộ", "Sở Nội vụ", "Sở Tài chính", "Quý I/2026", "Quý IV/2026"]):
        table.cell(2, c).text = value
    doc.save(tmp_path / "hai-dong.docx")
    plan = read_plan(tmp_path / "hai-dong.docx")
    assert [(t.path, t.title, t.leads, t.coordinators, t.deadline) for t in plan.tasks] == [
        ("1", "Số hóa hồ sơ cán bộ", ("Sở Nội vụ",), ("Sở Tài chính",), "Quý IV/2026")]  # the end, not the start


def test_damaged_numbering_does_not_crash(tmp_path):
    """A list level that is not a number, or points at no definition, prints no label: the text is still read."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    doc.add_paragraph("II. NHIỆM VỤ")
    doc.add_paragraph("1. Rà soát biên chế")
    for text, num in [("Cơ quan chủ trì: Sở Nội vụ;", '<w:ilvl w:val="x"/><w:numId w:val="77"/>'),
                      ("Thời gian thực hiện: Quý II/2026.", '<w:numId w:val="abc"/>')]:
        p = doc.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}>{num}</w:numPr>'))
    doc.save(tmp_path / "hong.docx")
    plan = read_plan(tmp_path / "hong.docx")
    assert [(t.path, t.leads, t.deadline) for t in plan.tasks] == [("II.1", ("Sở Nội vụ",), "Quý II/2026")]


def test_cli_exit_2_names_sheet_and_row(tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "PL"
    book.active.append(["STT", "Nội dung", "Cơ quan chủ trì"])
    book.active.append([1, "", "Sở Y tế"])
    book.save(tmp_path / "kh.xlsx")
    assert main(["plan", str(tmp_path / "kh.xlsx"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "sheet 'PL', row 2: a lead agency 'Sở Y tế' is given but the task cell is empty" in err
    assert "Traceback" not in err


def test_deadline_without_full_stop_ends_at_its_paragraph(tmp_path):
    """Issue 16: "Thường xuyên" then an unrelated paragraph about "trong thời hạn 3 tháng" — in a .docx
    every paragraph is a real one, so the deadline stops at its own; the paragraph is kept as a note."""
    from docx import Document

    doc = Document()
    for text in ["II. NHIỆM VỤ", "1. Kiểm tra công vụ", "- Cơ quan chủ trì: Sở Nội vụ",
                 "- Thời gian thực hiện: Thường xuyên",
                 "Các cơ quan khắc phục tồn tại trong thời hạn 3 tháng kể từ ngày có kết luận kiểm tra"]:
        doc.add_paragraph(text)
    doc.save(tmp_path / "kh.docx")
    task = read_plan(tmp_path / "kh.docx").tasks[0]
    assert (task.deadline, task.notes) == ("Thường xuyên", (
        "Các cơ quan khắc phục tồn tại trong thời hạn 3 tháng kể từ ngày có kết luận kiểm tra",))
    assert task.as_dict()["where"] == {"vi": "đoạn 2", "en": "paragraph 2"}


def test_group_rows_versus_a_task_without_lead(tmp_path):
    """"1" over "1.1", "1.2" is a group; "3" with a title and no lead, followed by "4", is a task (whose
    missing lead CT.KHONG_CO reports), never a group swallowing the rows after it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for values in [["STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"],
                   [1, "Sắp xếp bộ máy"], ["1.1", "Rà soát", "Sở Nội vụ", "Quý I/2026"],
                   ["1.2", "Trình đề án", "Sở Nội vụ", "Quý II/2026"], [2, "Tinh giản biên chế"],
                   ["a", "Lập danh sách", "Sở Nội vụ", "Quý III/2026"], [3, "Tổng kết"], [4, "Báo cáo", "Sở Nội vụ"]]:
        sheet.append(values)
    book.save(tmp_path / "nhom.xlsx")
    plan = read_plan(tmp_path / "nhom.xlsx")
    assert [(t.path, t.title, t.leads) for t in plan.tasks] == [
        ("1.1", "Rà soát", ("Sở Nội vụ",)), ("1.2", "Trình đề án", ("Sở Nội vụ",)),
        ("2.a", "Lập danh sách", ("Sở Nội vụ",)), ("3", "Tổng kết", ()), ("4", "Báo cáo", ("Sở Nội vụ",))]
    assert [(f.subject_id, f.code) for f in check_plan(plan, None, date(2026, 1, 1)).findings
            if f.code == "CT.KHONG_CO"] == [("3", "CT.KHONG_CO")]


@pytest.mark.parametrize("label", ["Nhiệm vụ, giải pháp cụ thể:", "Thời gian thực hiện:"])
def test_dated_plus_lines_under_a_label_are_steps(label):
    from compliance.plan import parse_plan

    text = f"""II. NHIỆM VỤ
1. Sắp xếp các trung tâm y tế
- {label}
+ Trước ngày 30/6/2025: xây dựng đề án;
+ Trước ngày 30/9/2025: trình Ủy ban nhân dân tỉnh quyết định.
- Cơ quan chủ trì: Sở Y tế;
- Cơ quan phối hợp: Sở Nội vụ, Sở Tài chính."""
    (task,) = parse_plan(text.split("\n"), "kh.txt").tasks
    assert (task.path, task.title, task.deadline, task.leads) == (
        "II.1", "Sắp xếp các trung tâm y tế", "Trước ngày 30/6/2025; Trước ngày 30/9/2025", ("Sở Y tế",))
    assert [s.as_dict() for s in task.steps] == [
        {"deadline": "Trước ngày 30/6/2025", "text": "xây dựng đề án"},
        {"deadline": "Trước ngày 30/9/2025", "text": "trình Ủy ban nhân dân tỉnh quyết định"}]
