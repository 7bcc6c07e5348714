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
        'phong_thuoc_chi_cuc, dvsncl, phong_thuoc_dvsncl, phong_thuoc_huyen, phong_thuoc_xa, trung_tam_hcc_xa"'


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
