"""The words a rule author may write: every glossary form of a kind, with or without diacritics, lists
whose names hold commas, and errors at the step's line and column in the author's words."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from compliance.catalogue import load_gherkin_file
from compliance.gherkin import load_dictionary, vi_cell
from compliance.messages import MessageError
from compliance.model import KINDS

LIVE = Path(__file__).resolve().parent.parent / "features" / "quy_tac" / "kl187_pho_ty_le.feature"
SCOPE = 'Và áp dụng khi "loại đơn vị" là "so, van_phong_so, thanh_tra_so, phong_thuoc_so, chi_cuc, ' \
        'phong_thuoc_chi_cuc, phong_thuoc_huyen, phong_thuoc_xa, trung_tam_hcc_xa"'


def bare(text: str) -> str:
    """The same words typed without Vietnamese input."""
    return "".join(c for c in unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
                   if not unicodedata.combining(c))


@pytest.mark.parametrize("kind", list(KINDS), ids=lambda k: k.value)
def test_every_glossary_name_of_a_kind_is_accepted(kind):
    d = load_dictionary()
    label = KINDS[kind].vi
    for text in (kind.value, label, label.upper(), bare(label)):
        assert vi_cell(d, "kind", text) == kind.value, text
        assert vi_cell(d, "parent_kind", text) == kind.value, text


@pytest.mark.parametrize("text, expected", [
    ("sở", "so"), ("Sở", "so"), ("so", "so"), ("cơ quan ngang sở", "so"), ("co quan ngang so", "so"),
    ("đơn vị sự nghiệp công lập", "dvsncl"), ("đơn vị sự nghiệp", "dvsncl"), ("chi cục", "chi_cuc"),
    ("UBND tỉnh", "ubnd_tinh"), ("Ủy ban nhân dân cấp xã", "ubnd_xa"), ("phòng thuộc xã", "phong_thuoc_xa"),
    ("sở, cơ quan ngang sở", "so"),                                           # one name, not split on its comma
    ("sở, cơ quan ngang sở, phòng thuộc sở", ["so", "phong_thuoc_so"]),
    ("phòng thuộc sở, sở, cơ quan ngang sở", ["phong_thuoc_so", "so"]),
    ("khác sở, cơ quan ngang sở", "!= so"),
])
def test_kind_words_and_lists(text, expected):
    assert vi_cell(load_dictionary(), "kind", text) == expected


def test_class_names_with_commas():
    d = load_dictionary()
    assert vi_cell(d, "cls", "loại II, III") == "loai_2_3"
    assert vi_cell(d, "cls", "loại I, loại II") == ["loai_1", "loai_2_3"]
    assert vi_cell(d, "cls", "Ha Noi, TP.HCM") == "dac_biet"


def test_an_unknown_kind_names_the_authors_field_and_the_closest_name():
    with pytest.raises(MessageError) as err:
        vi_cell(load_dictionary(), "kind", "phòng trực thuộc sở", "loại đơn vị")
    text = err.value.message.text("vi")
    assert text.startswith("«loại đơn vị» không có giá trị «phòng trực thuộc sở» (dùng: ")
    assert "sở, cơ quan ngang sở;" in text and text.endswith(" — ý bạn là «phòng thuộc sở»?")
    assert "phong_thuoc_so" not in text and "parent_kind" not in text


def compile_with(tmp_path: Path, old: str, new: str):
    text = LIVE.read_text(encoding="utf-8")
    assert text.count(old) == 1
    draft = tmp_path / "nhap.feature"
    draft.write_text(text.replace(old, new), encoding="utf-8")
    return load_gherkin_file(draft, "nhap.feature"), text.replace(old, new).splitlines()


def test_the_docs_kind_names_compile_to_the_same_rule(tmp_path):
    """The guide's own words for the kinds give the rule the internal codes give."""
    words = ", ".join(KINDS[k].vi for k in KINDS if k.value in SCOPE)
    (rules, problems), _ = compile_with(tmp_path, SCOPE, f'Và áp dụng khi "loại đơn vị" là "{words}"')
    assert not problems
    (live, _), _ = compile_with(tmp_path, SCOPE, SCOPE)
    assert rules[0].spec.where == live[0].spec.where


def test_a_bad_kind_is_reported_at_its_step_line_and_column(tmp_path):
    (rules, problems), lines = compile_with(tmp_path, SCOPE, 'Và áp dụng khi "loại đơn vị" là "sở, phòng trực thuộc sở"')
    assert rules == [] and len(problems) == 1
    p = problems[0]
    line = lines[p.line - 1]
    assert "áp dụng khi" in line
    column = int(p.render("vi").split("cột ")[1].split(":")[0])
    assert line[column - 1:].startswith("sở, phòng trực thuộc sở")
    assert p.render("vi").startswith(f"nhap.feature, dòng {p.line}: quy tắc «KL187.PHO.TY_LE»: cột {column}: "
                                     "«loại đơn vị» không có giá trị «phòng trực thuộc sở»")
    assert p.render("en").endswith(" — did you mean 'phòng thuộc sở'?")


# --- the sentence forms of issue 17, each at its edges, through the durable-rules engine ------------------

FORM_RULE = '''# language: vi
Tính năng: thử một dạng câu
  @TINH.THU
  Quy tắc: TINH.THU — thử
    Bối cảnh:
      Biết quy tắc thuộc nhóm "cơ cấu"
      Và quy tắc xét từng "đơn vị"
{steps}
      Và có hiệu lực từ ngày 01/01/2026
      Và mức độ "lỗi"
      Và căn cứ văn bản "Văn bản thử"
      Và thông báo "{{giá trị}} / {{mức}}"
      Và lý do "thử"
'''
ORG = {"jurisdiction": {"name": "Tỉnh Hòa An", "class": "loai_1", "as_of": "01/02/2026"},
       "units": [{"id": "ubnd", "name": "UBND tỉnh", "kind": "ubnd_tinh"},
                 {"id": "so", "name": "Sở Y tế", "kind": "so", "parent": "ubnd", "bien_che": 30, "cap_pho": 3},
                 {"id": "cc1", "name": "Chi cục A", "kind": "chi_cuc", "parent": "so", "bien_che": 12, "cap_pho": 1},
                 {"id": "cc2", "name": "Chi cục B", "kind": "chi_cuc", "parent": "so", "bien_che": 12, "cap_pho": 1},
                 {"id": "tt", "name": "Trung tâm Kiểm soát bệnh tật", "kind": "dvsncl", "parent": "so",
                  "nguoi_lam_viec": 40, "cap_pho": 2, "nhom_tu_chu": 3},
                 {"id": "bv", "name": "Bệnh viện Đa khoa tỉnh", "kind": "dvsncl", "parent": "so",
                  "nguoi_lam_viec": 400, "cap_pho": 3, "nhom_tu_chu": 2}]}


def fired(tmp_path, steps: str) -> set[str]:
    from compliance.catalogue import Catalogue, load_catalogue
    from compliance.check import check
    from compliance.model import build_org
    from compliance.source import SourceMap

    draft = tmp_path / "thu.feature"
    draft.write_text(FORM_RULE.format(steps=steps), encoding="utf-8")
    rules, problems = load_gherkin_file(draft, "thu.feature")
    assert not problems, [p.render("vi") for p in problems]
    catalogue = Catalogue(rules, load_catalogue().regimes)
    return {f.subject_id for f in check(build_org(ORG, SourceMap("org")), None, catalogue).findings}


FORMS = {
    # name filter: «bắt đầu bằng» and «chứa», case and diacritics ignored
    "ten_dau": ('      Và áp dụng khi "tên đơn vị" bắt đầu bằng "trung tam"\n'
                '      Và vi phạm khi "cấp phó" lớn hơn "{n}"', {1: {"tt"}, 2: set()}),
    "ten_chua": ('      Và áp dụng khi "tên đơn vị" chứa "Đa khoa"\n'
                 '      Và vi phạm khi "cấp phó" lớn hơn "{n}"', {2: {"bv"}, 3: set()}),
    # counts of children by kind
    "chi_cuc": ('      Và vi phạm khi "số chi cục trực thuộc" lớn hơn "{n}"', {1: {"so"}, 2: set()}),
    "dvsncl": ('      Và vi phạm khi "số đơn vị sự nghiệp trực thuộc" lớn hơn hoặc bằng "{n}"', {2: {"so"}, 3: set()}),
    # a measure of the parent: deputies above {n}% of the parent's staff
    "cap_tren": ('      Và áp dụng khi "loại đơn vị" là "chi cục"\n'
                 '      Và vi phạm khi "cấp phó" lớn hơn "{n}% số người của cấp trên"', {3: {"cc1", "cc2"}, 4: set()}),
}


@pytest.mark.parametrize("form", list(FORMS))
def test_each_sentence_form_fires_and_does_not_at_its_edge(tmp_path, form):
    steps, cases = FORMS[form]
    for n, expected in cases.items():
        assert fired(tmp_path, steps.format(n=n)) == expected, (form, n)


def test_a_name_filter_on_another_field_is_refused_at_its_step(tmp_path):
    draft = tmp_path / "thu.feature"
    draft.write_text(FORM_RULE.format(steps='      Và áp dụng khi "loại đơn vị" bắt đầu bằng "Trung tâm"\n'
                                            '      Và vi phạm khi "cấp phó" lớn hơn "1"'), encoding="utf-8")
    rules, problems = load_gherkin_file(draft, "thu.feature")
    assert rules == [] and problems[0].line == 8
    assert "lọc theo tên chỉ dùng trường «tên đơn vị»" in problems[0].render("vi")
