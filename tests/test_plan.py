"""orgcheck plan: reading a Kế hoạch and checking its task assignments.

The golden expectations for the sample plan were written by reading
/work/shared/examples/ke-hoach-mau.txt (copied to fixtures/ke-hoach/ke-hoach-mau.txt), not from output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance.check import check_plan
from compliance.cli import main
from compliance.messages import InputError
from compliance.model import load_org
from compliance.plan import AgencyIndex, is_class, name_key, parse_plan, read_plan, split_agencies

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "ke-hoach"
SAMPLE = HERE / "ke-hoach-mau.txt"
ORG = HERE / "to-chuc-hoa-an.yaml"

HOP_NHAT = "Hợp nhất Trung tâm Thông tin xúc tiến du lịch và Trung tâm Xúc tiến đầu tư, thương mại"
UBND_HUYEN = "UBND các huyện, thị xã, thành phố"
VH = "Sở Văn hóa, Thể thao và Du lịch"
LD = "Sở Lao động - Thương binh và Xã hội"

# (path, title, deadline, leads, coordinators, line)
SAMPLE_TASKS = [
    ("II.1.a", "Rà soát chức năng quản lý nhà nước của các sở, xác định các nội dung trùng lặp hoặc tương đồng "
     "để đề xuất điều chỉnh", "Quý II năm 2024", ["Sở Nội vụ"],
     ["Sở Tư pháp", "Sở Tài chính", "các cơ quan, đơn vị có liên quan"], 28),
    # the deadline ends at its sentence: the paragraph after it is a note of the task (issue 16), not
    # part of "Thường xuyên"
    ("II.1.b", "Ban hành quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của từng sở theo "
     "hướng dẫn của Bộ quản lý ngành", "Thường xuyên", ["Các sở, ban, ngành tỉnh", UBND_HUYEN], ["Sở Nội vụ"], 38),
    ("II.2.a.1", "Sáp nhập Trung tâm Kiểm nghiệm vào Trung tâm Kiểm soát bệnh tật tỉnh", "Hoàn thành trong năm 2024",
     ["Sở Y tế"], ["Sở Nội vụ", "Sở Tài chính", UBND_HUYEN], 56),
    ("II.2.a.2", "Sắp xếp các trạm y tế đồng bộ với việc sắp xếp đơn vị hành chính cấp xã",
     "Theo lộ trình sắp xếp đơn vị hành chính cấp xã", ["Sở Y tế"], ["Sở Nội vụ", "Sở Tài chính", UBND_HUYEN], 58),
    ("II.2.b.1", HOP_NHAT, "Giai đoạn 2024-2025", ["Sở Kế hoạch và Đầu tư"], [VH, "Sở Công Thương", "Sở Nội vụ"], 74),
    ("II.2.b.2", "Giải thể các đơn vị sự nghiệp công lập hoạt động không hiệu quả", "Hằng năm",
     [VH, "Sở Nội vụ"], ["Sở Tài chính"], 82),
    ("II.2.c", "Sáp nhập Trường Trung cấp Kinh tế - Kỹ thuật vào Trường Cao đẳng Cộng đồng tỉnh", "Trong năm 2024",
     [LD], ["Sở Nội vụ", LD, "Sở Tài chính"], 90),
    ("II.3", "Thực hiện tinh giản biên chế bảo đảm giảm tối thiểu 5% biên chế công chức so với năm 2021",
     "Giai đoạn 2022-2026", ["Sở Nội vụ"], ["Các cơ quan, đơn vị có liên quan"], 102),
    ("II.4", "Nâng mức tự chủ tài chính của các đơn vị sự nghiệp công lập theo lộ trình", None,
     ["Sở Tài chính", "các đơn vị sự nghiệp công lập thuộc tỉnh"], ["Sở Nội vụ"], 112),
]

SAMPLE_FINDINGS = [  # (path, code, severity), in report order (line, code)
    ("II.1.b", "CT.CHU_TRI_NHOM", "warning"),           # two classes of agencies lead
    ("II.1.b", "CT.NHIEU", "error"),                   # …and there are two of them
    ("II.1.b", "CT.THOI_HAN_CHUNG_CHUNG", "info"),     # "Thường xuyên"
    ("II.2.b.2", "CT.NHIEU", "error"),                 # Sở VH-TT-DL and Sở Nội vụ
    ("II.2.b.2", "CT.THOI_HAN_CHUNG_CHUNG", "info"),   # "Hằng năm"
    ("II.2.c", "CT.VUA_CHU_TRI_VUA_PHOI_HOP", "warning"),  # Sở LĐTB&XH leads and coordinates
    ("II.4", "CT.CHU_TRI_NHOM", "warning"),            # "các đơn vị sự nghiệp công lập thuộc tỉnh"
    ("II.4", "CT.KHONG_THOI_HAN", "warning"),          # no "Thời gian thực hiện"
    ("II.4", "CT.NHIEU", "error"),
]


def _rows(plan):
    return [(t.path, t.title, t.deadline, list(t.leads), list(t.coordinators), t.line) for t in plan.tasks]


def test_sample_is_the_shared_example():
    shared = Path("/work/shared/examples/ke-hoach-mau.txt")
    if shared.exists():
        assert shared.read_bytes() == SAMPLE.read_bytes()


def test_sample_plan_tasks():
    plan = read_plan(SAMPLE)
    assert _rows(plan) == SAMPLE_TASKS
    assert f"{plan.date:%d/%m/%Y}" == "14/03/2024"
    note = "Đối với các sở đã có hướng dẫn mới, hoàn thành trong thời hạn 03 tháng kể từ ngày văn bản hướng dẫn có hiệu lực."
    assert plan.tasks[1].notes == (note,)
    assert plan.tasks[1].as_dict()["where"] == {"vi": "dòng 38", "en": "line 38"}


def test_sample_plan_findings_without_org():
    result = check_plan(read_plan(SAMPLE))
    assert [(f.subject_id, f.code, f.severity.value) for f in result.findings] == SAMPLE_FINDINGS
    assert [r.code for r in result.not_run] == ["CT.CHU_TRI_KHONG_RO", "CT.PHOI_HOP_KHONG_RO"]
    by = {(f.subject_id, f.code): f for f in result.findings}
    assert by[("II.2.c", "CT.VUA_CHU_TRI_VUA_PHOI_HOP")].message["vi"].endswith(LD)
    assert by[("II.4", "CT.CHU_TRI_NHOM")].line == 112


def test_sample_plan_with_org_reports_unknown_agencies_but_not_classes():
    org = load_org(ORG)
    result = check_plan(read_plan(SAMPLE, index=AgencyIndex(org)), org)
    assert result.not_run == []
    unknown = [(f.subject_id, f.code, f.message["vi"]) for f in result.findings if f.code.endswith("KHONG_RO")]
    # Sở Tư pháp and Sở Công Thương are not units of the fixture; class designations are never "unknown"
    assert unknown == [
        ("II.1.a", "CT.PHOI_HOP_KHONG_RO", "cơ quan phối hợp không có trong cơ cấu tổ chức: Sở Tư pháp"),
        ("II.2.b.1", "CT.PHOI_HOP_KHONG_RO", "cơ quan phối hợp không có trong cơ cấu tổ chức: Sở Công Thương"),
    ]
    others = [(f.subject_id, f.code, f.severity.value) for f in result.findings if not f.code.endswith("KHONG_RO")]
    assert others == SAMPLE_FINDINGS


@pytest.mark.parametrize("value, expected", [
    ("Sở Tư pháp, Sở Tài chính và các cơ quan, đơn vị có liên quan",
     ["Sở Tư pháp", "Sở Tài chính", "các cơ quan, đơn vị có liên quan"]),
    (f"{VH} và Sở Nội vụ", [VH, "Sở Nội vụ"]),
    (f"Sở Nội vụ, {LD}, Sở Tài chính", ["Sở Nội vụ", LD, "Sở Tài chính"]),
    ("Sở Kế hoạch và Đầu tư", ["Sở Kế hoạch và Đầu tư"]),
    ("Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", ["Các sở, ban, ngành tỉnh", UBND_HUYEN]),
    ("Sở Nội vụ, UBND quận, huyện", ["Sở Nội vụ", "UBND quận, huyện"]),
    ("Sở Giao thông vận tải và Công an tỉnh.", ["Sở Giao thông vận tải", "Công an tỉnh"]),
])
def test_split_agencies(value, expected):
    assert split_agencies(value) == expected


def test_split_uses_the_organization_names():
    # "Phát triển nông thôn" is no head word, so this is one agency either way; with an org whose
    # unit is "Sở Xây dựng và Ban Quản lý dự án" (a made-up joint name) the org's name wins over the head word
    org = load_org(ORG)
    index = AgencyIndex(org)
    assert split_agencies("Sở Nông nghiệp và Phát triển nông thôn, Sở Y tế", index) == [
        "Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế"]
    index.by_key[name_key("Sở Xây dựng và Ban Quản lý dự án")] = "so_xd"
    assert split_agencies("Sở Xây dựng và Ban Quản lý dự án", index) == ["Sở Xây dựng và Ban Quản lý dự án"]
    assert split_agencies("Sở Xây dựng và Ban Quản lý dự án") == ["Sở Xây dựng", "Ban Quản lý dự án"]


@pytest.mark.parametrize("written, unit", [
    ("Sở KH&ĐT", "so_khdt"), ("sở kế hoạch và đầu tư.", "so_khdt"), ("Sở TN&MT", "so_tnmt"),
    ("Sở LĐTB&XH", "so_ldtbxh"), ("Sở VH-TT-DL", "so_vhttdl"), ("UBND tỉnh Hoà An", "ubnd"),
    ("so_noi_vu", "so_noi_vu"), ("Sở Công Thương", None),
])
def test_resolution_against_org(written, unit):
    assert AgencyIndex(load_org(ORG)).resolve(written) == unit


@pytest.mark.parametrize("designation, cls", [
    ("Các sở, ban, ngành tỉnh", True), ("Sở, ban, ngành thành phố", True), ("UBND quận, huyện", True),
    ("Ủy ban nhân dân các huyện", True), ("cơ quan, đơn vị có liên quan", True), ("Sở Nội vụ", False),
    ("UBND tỉnh", False), ("Sở Văn hóa, Thể thao và Du lịch", False),
])
def test_class_designations(designation, cls):
    assert is_class(designation) is cls


def test_fields_in_any_order_without_dashes_and_abbreviated_names():
    org = load_org(ORG)
    plan = read_plan(HERE / "thu-tu-truong.txt", index=AgencyIndex(org))
    assert _rows(plan) == [
        ("I.1", "Cập nhật hồ sơ điện tử của toàn bộ công chức", "Trước ngày 30/6/2024", ["Sở Nội vụ"],
         ["Sở Tài chính"], 6),
        ("I.2", "Kiểm kê đất công", "Quý IV năm 2024", ["Sở TN&MT"], [], 13),
    ]
    assert check_plan(plan, org).findings == []  # "Sở TN&MT" is Sở Tài nguyên và Môi trường


def test_broken_lines_page_numbers_and_footnotes():
    plan = read_plan(HERE / "ngat-dong.txt")
    assert _rows(plan) == [
        ("I.1", "Sắp xếp các phòng chuyên môn thuộc sở theo hướng giảm đầu mối",
         "Hoàn thành trước ngày 31 tháng 12 năm 2024", ["Sở Nội vụ"],
         ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", LD], 5)]
    assert plan.date is None  # a deadline's date is not the plan's date


def test_sub_tasks_with_plus_fields_inherit_and_several_plus_values():
    plan = read_plan(HERE / "nhiem-vu-con.txt")
    assert _rows(plan) == [
        ("III.2.g.1", "Rà soát quy hoạch sử dụng đất", "Quý III năm 2024", ["Sở Tài nguyên và Môi trường"],
         ["Sở Tài chính"], 11),
        ("III.2.g.2", "Kiểm kê nguồn nước", "Thường xuyên",
         ["Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn"],
         ["Sở Tài chính", "UBND quận, huyện"], 17),
    ]
    codes = [(f.subject_id, f.code) for f in check_plan(plan).findings]
    assert codes == [("III.2.g.2", "CT.NHIEU"), ("III.2.g.2", "CT.THOI_HAN_CHUNG_CHUNG")]


def test_docx_plan(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    header = doc.add_table(rows=1, cols=2)  # official letters put the issuer and the motto in a table
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH HÒA AN"
    header.cell(0, 1).text = "Hòa An, ngày 14 tháng 3 năm 2024"
    for text in ["KẾ HOẠCH", "II. NHIỆM VỤ", "4. Về tự chủ tài chính",
                 "a) Nhiệm vụ, giải pháp cụ thể: Nâng mức tự chủ tài chính;",
                 "b) Cơ quan chủ trì: Sở Tài chính, các đơn vị sự nghiệp công lập thuộc tỉnh;",
                 "c) Cơ quan phối hợp: Sở Nội vụ."]:
        doc.add_paragraph(text)
    path = tmp_path / "ke-hoach.docx"
    doc.save(path)
    plan = read_plan(path)
    assert [(t.path, t.title, t.deadline, list(t.leads), list(t.coordinators)) for t in plan.tasks] == [
        ("II.4", "Nâng mức tự chủ tài chính", None,
         ["Sở Tài chính", "các đơn vị sự nghiệp công lập thuộc tỉnh"], ["Sở Nội vụ"])]
    assert f"{plan.date:%d/%m/%Y}" == "14/03/2024"
    assert [f.code for f in check_plan(plan).findings] == ["CT.CHU_TRI_NHOM", "CT.KHONG_THOI_HAN", "CT.NHIEU"]


def _error(path, lang="vi") -> str:
    with pytest.raises(InputError) as info:
        read_plan(path)
    return info.value.render(lang)


def test_field_without_value():
    assert _error(HERE / "thieu-gia-tri.txt") == (
        f"{HERE / 'thieu-gia-tri.txt'}, dòng 9: trường «Cơ quan chủ trì» không có giá trị")
    assert _error(HERE / "thieu-gia-tri.txt", "en").endswith("line 9: field 'Cơ quan chủ trì' has no value")


def test_no_task_section():
    assert "không tìm thấy nhiệm vụ nào" in _error(HERE / "khong-co-nhiem-vu.txt")


def test_empty_undecodable_and_wrong_files(tmp_path):
    (tmp_path / "rong.txt").write_text("  \n\n", encoding="utf-8")
    assert _error(tmp_path / "rong.txt").endswith("tệp rỗng")
    (tmp_path / "hong.txt").write_bytes("KẾ HOẠCH\nII. NHIỆM VỤ\n".encode() + b"\xff\xfe\x00 x\n")
    assert ", dòng 3: tệp không phải văn bản UTF-8" in _error(tmp_path / "hong.txt")
    (tmp_path / "ke-hoach.pdf").write_bytes(b"%PDF-1.4")
    assert "chỉ đọc được kế hoạch dạng .txt, .docx hoặc .xlsx" in _error(tmp_path / "ke-hoach.pdf")
    (tmp_path / "gia.docx").write_bytes(b"not a zip")
    assert "không đọc được tệp" in _error(tmp_path / "gia.docx")


def test_parse_plan_is_nfc():
    nfd = "II. NHIỆM VỤ\n1. Việc\n- Cơ quan chủ trì: Sở Nội vụ\n"
    import unicodedata
    plan = parse_plan(unicodedata.normalize("NFD", nfd).split("\n"), "nfd.txt")
    assert plan.tasks[0].leads == ("Sở Nội vụ",)


def test_cli_exit_codes_and_json(capsys):
    assert main(["plan", str(SAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "II.2.b.1" in out and "Không chạy vì không có cơ cấu tổ chức: CT.CHU_TRI_KHONG_RO" in out
    assert main(["plan", str(SAMPLE), "--fail-on", "never"]) == 0
    capsys.readouterr()
    assert main(["plan", str(SAMPLE), "--format", "json", "--lang", "en"]) == 1
    first = capsys.readouterr().out
    assert main(["plan", str(SAMPLE), "--format", "json", "--lang", "en"]) == 1
    assert capsys.readouterr().out == first
    doc = json.loads(first)
    assert [(t["path"], t["title"], t["deadline"], t["leads"], t["coordinators"], t["line"])
            for t in doc["tasks"]] == SAMPLE_TASKS
    assert [(f["subject_id"], f["code"], f["severity"]) for f in doc["findings"]] == SAMPLE_FINDINGS
    assert doc["rules_not_run"] == ["CT.CHU_TRI_KHONG_RO", "CT.PHOI_HOP_KHONG_RO"]
    assert main(["plan", str(HERE / "thu-tu-truong.txt"), "--org", str(ORG), "--format", "markdown"]) == 0
    assert "Tỉnh Hòa An" in capsys.readouterr().out
    assert main(["plan", str(HERE / "thieu-gia-tri.txt")]) == 2
    assert "dòng 9" in capsys.readouterr().err
    assert main(["plan", str(HERE / "khong-co.txt")]) == 2
    assert "không tìm thấy tệp" in capsys.readouterr().err


def test_org_file_tasks_keep_their_rules():
    """Tasks of an organization file are not plan tasks: no deadline or class rule runs on them."""
    from compliance.check import check
    from compliance.model import build_org
    from compliance.source import SourceMap

    org = build_org({"jurisdiction": {"name": "Hòa An", "class": "loai_2_3", "as_of": "14/03/2024"},
                     "units": [{"id": "ubnd", "name": "UBND tỉnh", "kind": "ubnd_tinh"}],
                     "tasks": [{"id": "NV1", "title": "Rà soát", "chu_tri": ["Các sở, ban, ngành tỉnh"]}]},
                    SourceMap("tep.yaml"))
    result = check(org)
    assert [(f.code, f.subject_id) for f in result.findings if f.family == "chu_tri"] == [
        ("CT.CHU_TRI_KHONG_RO", "NV1")]
    assert not {"CT.CHU_TRI_NHOM", "CT.KHONG_THOI_HAN", "CT.THOI_HAN_CHUNG_CHUNG"} & {r.code for r in result.rules}


def test_fields_right_under_sections_and_letter_d_stroke():
    # no numbered item: the section (or its lettered sub-item, here "đ)") is the task, never dropped
    assert [(t.path, t.title, t.deadline, list(t.leads), t.line) for t in read_plan(HERE / "muc-khong-so.txt").tasks] == [
        ("I", "Rà soát chức năng của các sở", "Quý II năm 2024", ["Sở Nội vụ"], 5),
        ("II", "TỔNG KẾT", "Tháng 12 năm 2024", ["Văn phòng UBND tỉnh"], 11),
        ("III.đ", "Kiểm tra việc sắp xếp", "Năm 2025", ["Sở Nội vụ"], 16),
    ]


def test_can_tho_plan_line_gives_three_classes():
    # domain.md: Kế hoạch 194/KH-UBND assigns one task to three classes of agencies at once
    leads = split_agencies("Cơ quan hành chính thành phố, đơn vị sự nghiệp công lập thành phố và UBND quận, huyện")
    assert leads == ["Cơ quan hành chính thành phố", "đơn vị sự nghiệp công lập thành phố", "UBND quận, huyện"]
    assert all(is_class(d) for d in leads)
