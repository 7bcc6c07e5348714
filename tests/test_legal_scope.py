"""Issue 18, scope and coverage: whose law, from when, and never silent where a norm is not encoded."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from compliance.catalogue import load_catalogue
from compliance.check import check
from compliance.cli import main
from compliance.model import Kind, build_org
from compliance.norm_coverage import NormCoverage
from compliance.render import render
from compliance.source import SourceMap
from compliance.targets import evaluate

CATALOGUE = load_catalogue()


def _org(name: str, as_of: str, scope: str | None = None, **extra):
    """A province with a district lacking an agricultural centre, a commune with two health stations and
    a district health centre under a sở: what Kế hoạch 194 of Cần Thơ asks about, and duplicated functions."""
    data = {
        "jurisdiction": {"name": name, "class": "loai_2_3", "as_of": as_of, **extra},
        "units": [
            {"id": "ubnd", "name": f"UBND {name}", "kind": "ubnd_tinh"},
            {"id": "so_yt", "name": "Sở Y tế", "kind": "so", "parent": "ubnd", "bien_che": 40, "cap_pho": 3},
            {"id": "ttyt", "name": "Trung tâm Y tế huyện A", "kind": "dvsncl", "parent": "so_yt",
             "nguoi_lam_viec": 80, "cap_pho": 2, "nhom_tu_chu": 3, "dich_vu_co_ban": True,
             "functions": ["DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN"]},
            {"id": "huyen", "name": "UBND huyện A", "kind": "ubnd_huyen", "parent": "ubnd"},
            {"id": "xa", "name": "UBND xã B", "kind": "ubnd_xa", "parent": "huyen"},
            {"id": "tram1", "name": "Trạm Y tế 1", "kind": "dvsncl", "parent": "xa", "nguoi_lam_viec": 6,
             "cap_pho": 0, "nhom_tu_chu": 3, "dich_vu_co_ban": True, "functions": ["DV.Y_TE.TRAM_Y_TE"]},
            {"id": "tram2", "name": "Trạm Y tế 2", "kind": "dvsncl", "parent": "xa", "nguoi_lam_viec": 6,
             "cap_pho": 0, "nhom_tu_chu": 3, "dich_vu_co_ban": True, "functions": ["DV.Y_TE.TRAM_Y_TE"]},
        ],
    }
    if scope:
        data["scope"] = scope
    data["baseline"] = [{"year": 2025, "nguoi_lam_viec_nsnn": 200}]
    return build_org(data, SourceMap("test.yaml"))


def _cites(result, text: str) -> list[str]:
    return [f.code for f in result.findings if text in f.legal_basis or f.code.startswith("KH194")]


def test_can_tho_plan_binds_can_tho_only():
    can_tho = check(_org("Thành phố Cần Thơ", "2024-06-01"), catalogue=CATALOGUE)
    assert {"KH194.NONG_NGHIEP.TT_DICH_VU_HUYEN", "KH194.Y_TE.TRAM_Y_TE_XA",
            "KH194.Y_TE.TTYT_HUYEN_TRUC_THUOC"} <= {f.code for f in can_tho.findings}
    binh_dinh = check(_org("Tỉnh Bình Định", "2024-06-01"), catalogue=CATALOGUE)
    assert _cites(binh_dinh, "Cần Thơ") == []
    assert not any(r.code.startswith("KH194") for r in binh_dinh.rules)
    assert all("Cần Thơ" not in d for d in binh_dinh.documents)
    # the city's own reduction target is the city's too
    assert "KH.VIEN_CHUC.2030" in {r.target.code for r in evaluate(can_tho.org)}
    assert not [r.target.code for r in evaluate(binh_dinh.org) if "Cần Thơ" in r.target.legal_basis]
    assert "Cần Thơ" not in render(binh_dinh, "table", "vi")


def test_a_2020_structure_cites_no_2023_document():
    result = check(_org("Thành phố Cần Thơ", "2020-12-15"), catalogue=CATALOGUE)
    assert result.findings, "the structure has findings in 2020 (duplicated functions, deputies …)"
    assert not [f.code for f in result.findings if "2023" in f.legal_basis]


def test_several_provinces_in_one_file_each_gets_its_own_law():
    data = {"jurisdiction": {"name": "Hai tỉnh", "class": "loai_1", "as_of": "2024-06-01"},
            "units": [{"id": "ct", "name": "UBND thành phố Cần Thơ", "kind": "ubnd_tinh"},
                      {"id": "bd", "name": "Ủy ban nhân dân tỉnh Bình Định", "kind": "ubnd_tinh"},
                      {"id": "h_ct", "name": "UBND huyện Phong Điền", "kind": "ubnd_huyen", "parent": "ct"},
                      {"id": "h_bd", "name": "UBND huyện Tuy Phước", "kind": "ubnd_huyen", "parent": "bd"}]}
    result = check(build_org(data, SourceMap("hai.yaml")), catalogue=CATALOGUE)
    fired = {(f.code, f.subject_id) for f in result.findings if f.code.startswith("KH194")}
    assert fired == {("KH194.NONG_NGHIEP.TT_DICH_VU_HUYEN", "h_ct")}


def test_a_districts_file_names_its_province():
    org = _org("Huyện A", "2024-06-01", level="huyen", province="TP. Cần Thơ")
    assert any(f.code.startswith("KH194") for f in check(org, catalogue=CATALOGUE).findings)


def test_part_of_a_province_runs_no_province_wide_completeness_rule():
    whole = check(_org("Tỉnh Bình Định", "2025-08-01"), catalogue=CATALOGUE)
    part = check(_org("Tỉnh Bình Định", "2025-08-01", scope="mot_phan"), catalogue=CATALOGUE)
    assert {"CN.BO_SOT", "ND150.SO.BAT_BUOC"} <= {r.code for r in whole.rules}
    assert any(f.code == "CN.BO_SOT" for f in whole.findings)
    assert not any(r.requires == "toan_tinh" for r in part.rules)
    assert not any(f.code in ("CN.BO_SOT", "ND150.SO.BAT_BUOC") for f in part.findings)
    partial = [n for n in part.not_checked if n.rules and "mot_phan" in n.reason["vi"]]
    assert {c for n in partial for c in n.rules} >= {"CN.BO_SOT", "ND150.SO.BAT_BUOC", "ND150.SO.TOI_DA"}
    for lang, word in (("vi", "Không kiểm tra: Chức năng"), ("en", "Not checked: Functions")):
        text = render(part, "table", lang)
        assert text.count(word) == 1 and "CN.BO_SOT" in text


def test_unknown_file_scope_is_refused():
    with pytest.raises(Exception) as exc:
        _org("Tỉnh Bình Định", "2024-06-01", scope="mot_tinh")
    assert "mot_phan" in exc.value.render("vi")


# --- never silent ---------------------------------------------------------------------------------

def _boundaries() -> list[date]:
    days = {date(2020, 11, 25), date(2026, 12, 31)}
    edges = [r.window.start for r in CATALOGUE.rules] + [r.window.end for r in CATALOGUE.rules if r.window.end] + \
            [g.in_force.start for g in CATALOGUE.coverage.not_encoded] + \
            [g.in_force.end for g in CATALOGUE.coverage.not_encoded if g.in_force.end]
    for edge in edges:
        days |= {edge - timedelta(days=1), edge, edge + timedelta(days=1)}
    day = date(2020, 11, 25)
    while day <= date(2026, 12, 31):
        days.add(day)
        day += timedelta(days=7)
    return sorted(d for d in days if date(2020, 11, 25) <= d <= date(2026, 12, 31))


def test_every_day_every_kind_every_family_is_checked_or_said_not_to_be():
    coverage = NormCoverage(CATALOGUE)
    assert set(CATALOGUE.coverage.families) == {k.value for k in Kind} | {"nhiem_vu"}
    silent = [(d, s.kind, s.family) for d in _boundaries() for s in coverage.on(d)
              if not s.rules and s.reason is None]
    assert silent == [], f"no rule and no stated reason: {silent[:5]}"


def test_report_says_what_it_did_not_check_and_never_claims_no_findings_for_it():
    org = build_org({"jurisdiction": {"name": "Tỉnh Hòa An", "class": "loai_1", "as_of": "2025-09-01"},
                     "units": [{"id": "ubnd", "name": "UBND tỉnh Hòa An", "kind": "ubnd_tinh"},
                               {"id": "so", "name": "Sở Tư pháp", "kind": "so", "parent": "ubnd", "bien_che": 30, "cap_pho": 3,
                                "nganh": "tu_phap"}]}, SourceMap("t.yaml"))
    result = check(org, catalogue=CATALOGUE)
    families = {n.family for n in result.not_checked}
    assert "cap_pho" in families
    vi, en = render(result, "table", "vi"), render(result, "table", "en")
    assert "Không kiểm tra: Số lượng cấp phó (UBND cấp tỉnh)" in vi and "Nghị định 150/2025/NĐ-CP" in vi
    assert "Not checked: Number of deputies" in en
    if not result.findings:
        assert "Không có phát hiện nào." not in vi and "trong các nhóm quy tắc đã kiểm tra" in vi
    doc = json.loads(render(result, "json", "en"))
    assert {n["family"] for n in doc["not_checked"]} == families


def test_rules_coverage_command(capsys):
    assert main(["rules", "coverage", "--as-of", "01/09/2025"]) == 0
    out = capsys.readouterr().out
    assert "Phạm vi kiểm tra ngày 01/09/2025" in out and "KHÔNG kiểm tra" in out and "ND150.TC.PHONG" in out
    assert main(["rules", "coverage", "--as-of", "01/09/2023", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "What is checked on 01/09/2023" in out and "ND107.PHO.PHONG" in out and "NOT checked" in out
    assert main(["rules", "coverage", "--as-of", "31/02/2025"]) == 2


def test_diff_reports_what_the_proposed_structures_law_does_not_check(capsys):
    proposal = "fixtures/can-tho-2023-proposal.yaml"
    assert main(["diff", proposal]) != 2   # 1: findings at or above --fail-on
    assert "Không kiểm tra: Cơ cấu tổ chức (sở, cơ quan ngang sở)" in capsys.readouterr().out
    assert main(["diff", proposal, "--lang", "en", "--format", "json"]) != 2
    doc = json.loads(capsys.readouterr().out)
    assert {"family": "co_cau", "kinds": ["so"], "rules": []}.items() <= doc["not_checked"][-1].items()
    assert "Decree 24/2014" in doc["not_checked"][-1]["reason"]
