"""Issue 18: legal rank decides conflicts; amendment history says which text of an article applied."""

from __future__ import annotations

from datetime import date

from compliance.catalogue import load_catalogue
from compliance.check import check
from compliance.cli import main
from compliance.model import build_org
from compliance.ruledocs import article_version
from compliance.source import SourceMap

CATALOGUE = load_catalogue()


def _org(local_cap: int | None):
    data = {"jurisdiction": {"name": "Tỉnh Hòa An", "class": "loai_1", "as_of": "2023-09-08"},
            "units": [{"id": "ubnd", "name": "UBND tỉnh Hòa An", "kind": "ubnd_tinh"},
                      {"id": "so", "name": "Sở Nội vụ", "kind": "so", "parent": "ubnd", "bien_che": 30, "cap_pho": 3},
                      {"id": "p", "name": "Phòng Tổ chức", "kind": "phong_thuoc_so", "parent": "so", "bien_che": 8,
                       "cap_pho": 3}]}
    if local_cap is not None:
        data["decisions"] = [{"reference": "Quyết định 99/QĐ-UBND", "deputy_caps": {"p": local_cap}}]
    return build_org(data, SourceMap("t.yaml"))


def test_a_local_decision_allowing_more_does_not_lower_the_national_finding():
    plain = next(f for f in check(_org(None), catalogue=CATALOGUE).findings if f.code == "ND107.PHO.PHONG")
    ruled = check(_org(3), catalogue=CATALOGUE).findings
    national = next(f for f in ruled if f.code == "ND107.PHO.PHONG")
    assert national.severity == plain.severity and national.limit == plain.limit == 1
    assert not any(f.code == "DP.PHO.TRAN" for f in ruled)   # within the local cap, but the decree prevails
    assert national.message["vi"].startswith(plain.message["vi"])
    assert "Quyết định 99/QĐ-UBND (quyết định của UBND cấp tỉnh) cho phép 3 cấp phó" in national.message["vi"]
    assert "hiệu lực pháp lý cao hơn nên mức tối đa 1 được áp dụng" in national.message["vi"]
    assert "ranks higher, so its maximum of 1 applies" in national.message["en"]


def test_a_stricter_local_decision_is_reported_without_a_rank_note():
    findings = check(_org(1), catalogue=CATALOGUE).findings   # the decision allows no more than the decree
    assert {"ND107.PHO.PHONG", "DP.PHO.TRAN"} <= {f.code for f in findings}
    assert not any("hiệu lực pháp lý cao hơn" in f.message["vi"] for f in findings)


def test_which_text_of_an_article_applied_on_a_date():
    rule = CATALOGUE.by_code("ND83.PHO.DVSNCL")
    document, amendments = CATALOGUE.history(rule)
    assert document == "Nghị định 120/2020/NĐ-CP"
    before = article_version(rule, document, amendments, date(2024, 8, 31), "vi")
    after = article_version(rule, document, amendments, date(2024, 9, 1), "vi")
    assert "nguyên bản" in before and "Nghị định 83/2024/NĐ-CP" not in before
    assert "theo bản sửa đổi bởi Nghị định 83/2024/NĐ-CP (01/09/2024)" in after
    later = article_version(rule, document, amendments, date(2025, 11, 1), "en")
    assert "as amended by Nghị định 83/2024/NĐ-CP (01/09/2024); Nghị định 283/2025/NĐ-CP (01/11/2025)" in later
    nd107 = CATALOGUE.by_code("ND107.PHO.PHONG")
    ended = article_version(nd107, *CATALOGUE.history(nd107), date(2025, 3, 1), "vi")
    assert "đã bị thay thế bởi Nghị định 45/2025/NĐ-CP từ 01/03/2025" in ended


def test_rules_show_as_of(capsys):
    assert main(["rules", "show", "ND370.PHO.PHONG", "--as-of", "01/02/2026"]) == 0
    out = capsys.readouterr().out
    assert "Lịch sử sửa đổi Nghị định 150/2025/NĐ-CP" in out and "Hiệu lực pháp lý: nghị định của Chính phủ" in out
    assert "Ngày 01/02/2026: áp dụng Điều 6 Nghị định 150/2025/NĐ-CP theo bản sửa đổi bởi Nghị định 370/2025/NĐ-CP" in out
    assert main(["rules", "show", "ND370.PHO.PHONG", "--as-of", "01/02/2026", "--lang", "en"]) == 0
    assert "On 01/02/2026: Điều 6 Nghị định 150/2025/NĐ-CP applies as amended by" in capsys.readouterr().out
    assert main(["rules", "show", "ND370.PHO.PHONG", "--as-of", "hôm qua"]) == 2
