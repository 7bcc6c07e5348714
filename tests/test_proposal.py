"""Proposals: each invalid operation kind with its message, applying operations, the diff, targets."""

import json
from pathlib import Path

import pytest
import yaml

from compliance.cli import main
from compliance.diff import PERSISTING, RESOLVED, NEW, diff_proposal
from compliance.messages import InputError
from compliance.proposal import load_proposal

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "fixtures" / "nho" / "so-nho.yaml"
CAN_THO = ROOT / "fixtures" / "can-tho-2023-proposal.yaml"


def proposal(tmp_path, *operations, **extra):
    path = tmp_path / "de-an.yaml"
    path.write_text(yaml.safe_dump({"baseline": str(SMALL), "operations": list(operations), **extra},
                                   allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def error_of(tmp_path, *operations) -> str:
    with pytest.raises(InputError) as exc:
        load_proposal(proposal(tmp_path, *operations))
    return exc.value.render("vi")


@pytest.mark.parametrize("operations, expected", [
    ([{"op": "gop", "units": ["p_to_chuc"]}], "thao tác 1: loại thao tác «gop» không có"),
    ([{"op": "rename", "unit": "p_khong_co", "name": "X"}],
     "thao tác 1 (đổi tên): đơn vị «p_khong_co» không có trong cơ cấu"),
    ([{"op": "merge", "units": ["p_to_chuc", "p_cong_chuc"], "into": {"id": "p_moi", "name": "Phòng mới"}},
      {"op": "rename", "unit": "p_to_chuc", "name": "X"}],
     "thao tác 2 (đổi tên): đơn vị «p_to_chuc» đã bị hợp nhất ở thao tác 1"),
    ([{"op": "add", "unit": {"id": "tt", "name": "Trung tâm", "kind": "dvsncl", "parent": "so_noi_vu",
                             "nguoi_lam_viec": 20, "cap_pho": 1, "nhom_tu_chu": 2}},
      {"op": "merge", "units": ["p_to_chuc", "tt"], "into": {"id": "x", "name": "X"}}],
     "thao tác 2 (hợp nhất): không thể gộp các loại đơn vị khác nhau về biên chế: dvsncl, phong_thuoc_so"),
    ([{"op": "merge", "units": ["ubnd", "so_noi_vu"], "into": {"id": "x", "name": "X", "kind": "so"}}],
     "thao tác 1 (hợp nhất): không thể gộp"),
    ([{"op": "merge", "units": ["p_to_chuc", "p_cong_chuc"], "into": {"id": "p_ton_giao", "name": "X"}}],
     "thao tác 1 (hợp nhất): mã «p_ton_giao» đã được dùng"),
    ([{"op": "dissolve", "unit": "p_ton_giao", "staff_cut": True}],
     "thao tác 1 (giải thể): chức năng QLNN.NOI_VU.TON_GIAO của «p_ton_giao» không được giao cho đơn vị nào"),
    ([{"op": "dissolve", "unit": "p_ton_giao", "functions_to": "so_noi_vu"}],
     "thao tác 1 (giải thể): «p_ton_giao» còn 6 (bien_che); ghi «staff_to»"),
    ([{"op": "dissolve", "unit": "so_noi_vu", "functions_to": "ubnd", "staff_cut": True}],
     "thao tác 1 (giải thể): các đơn vị trực thuộc «so_noi_vu» chưa có nơi đến: p_to_chuc, p_cong_chuc, p_ton_giao"),
    ([{"op": "split", "unit": "p_cong_chuc", "into": [
        {"id": "a", "name": "A", "bien_che": 4, "cap_pho": 1, "functions": ["HA.THU_NGHIEM"]},
        {"id": "b", "name": "B", "bien_che": 4, "cap_pho": 1}]}],
     "thao tác 1 (chia tách): «p_cong_chuc» có 9 (bien_che) nhưng các đơn vị mới chỉ nhận 8"),
    ([{"op": "split", "unit": "p_cong_chuc", "into": [
        {"id": "a", "name": "A", "bien_che": 5, "cap_pho": 1, "functions": ["HA.THU_NGHIEM"]},
        {"id": "b", "name": "B", "bien_che": 4, "cap_pho": 1}]}],
     "thao tác 1 (chia tách): chức năng QLNN.NOI_VU.THI_DUA của «p_cong_chuc» không được giao"),
    ([{"op": "transfer", "functions": ["QLNN.NOI_VU.TON_GIAO"], "from": "p_to_chuc", "to": "p_cong_chuc"}],
     "thao tác 1 (chuyển chức năng): «p_to_chuc» không giữ chức năng QLNN.NOI_VU.TON_GIAO"),
    ([{"op": "set", "unit": "p_to_chuc", "values": {"kind": "chi_cuc"}}],
     "thao tác 1 (điều chỉnh): không điều chỉnh được trường «kind»"),
    ([{"op": "absorb", "units": ["p_to_chuc"], "into": "p_to_chuc"}],
     "thao tác 1 (sáp nhập): không thể sáp nhập «p_to_chuc» vào chính nó"),
    ([{"op": "add", "unit": {"id": "p_moi", "name": "Phòng mới", "kind": "phong_thuoc_so", "parent": "so_khong_co",
                             "bien_che": 6, "cap_pho": 1}}],
     "thao tác 1 (thành lập): đơn vị «so_khong_co» không có trong cơ cấu"),
])
def test_invalid_operation(tmp_path, operations, expected):
    message = error_of(tmp_path, *operations)
    assert expected in message
    assert "de-an.yaml, dòng " in message  # every error names the line of its operation


def test_operation_fields_checked_with_the_operation_named(tmp_path):
    message = error_of(tmp_path, {"op": "rename", "unit": "p_to_chuc", "name": "X"},
                       {"op": "merge", "units": ["p_to_chuc"], "int": {"id": "x", "name": "X"}})
    assert "thao tác 2 (hợp nhất): thiếu trường bắt buộc «into»" in message
    assert "thao tác 2 (hợp nhất): trường «int» không có trong mẫu (gõ nhầm?) — ý bạn là «into»?" in message


def test_merge_across_parents_needs_a_parent(tmp_path):
    message = error_of(tmp_path, {"op": "merge", "units": ["so_noi_vu", "p_to_chuc"],
                                  "into": {"id": "x", "name": "X", "kind": "phong_thuoc_so"}})
    assert "thao tác 1 (hợp nhất): các đơn vị thuộc cấp trên khác nhau (so_noi_vu, ubnd)" in message


def test_merge_of_different_kinds_needs_a_kind(tmp_path):
    message = error_of(tmp_path, {"op": "merge", "units": ["so_noi_vu", "p_to_chuc"],
                                  "into": {"id": "x", "name": "X", "parent": "ubnd"}})
    assert "thao tác 1 (hợp nhất): các đơn vị khác loại (phong_thuoc_so, so); hãy ghi «kind»" in message


def test_result_validated_as_a_file(tmp_path):
    # moving a division under a division: caught by the model's own checks, not by the proposal
    with pytest.raises(InputError) as exc:
        load_proposal(proposal(tmp_path, {"op": "move", "unit": "p_to_chuc", "parent": "p_cong_chuc"}))
    assert "loại «phong_thuoc_so» không được trực thuộc loại «phong_thuoc_so»" in exc.value.render("vi")


def test_merge_carries_staff_functions_and_decision(tmp_path):
    result = load_proposal(proposal(tmp_path, {
        "op": "merge", "units": ["p_to_chuc", "p_cong_chuc"], "into": {"id": "p_moi", "name": "Phòng mới"},
        "decision": "Quyết định 1/QĐ-UBND", "date": "01/10/2023"}))
    unit = result.result.units["p_moi"]
    assert (unit.bien_che, unit.cap_pho, unit.parent) == (17, 4, "so_noi_vu")
    assert unit.functions == ["QLNN.NOI_VU.THI_DUA", "HA.THU_NGHIEM"]
    assert unit.reorganization.decision == "Quyết định 1/QĐ-UBND"
    assert result.lineage["p_moi"] == {"p_to_chuc", "p_cong_chuc"}
    assert result.result.tasks[0].phoi_hop == ["p_moi"]  # tasks follow the merged unit


def test_dissolve_moves_functions_and_staff(tmp_path):
    result = load_proposal(proposal(tmp_path, {"op": "dissolve", "unit": "p_ton_giao", "functions_to": "p_to_chuc",
                                               "staff_to": "p_to_chuc"}))
    unit = result.result.units["p_to_chuc"]
    assert "p_ton_giao" not in result.result.units
    assert unit.bien_che == 14 and "QLNN.NOI_VU.TON_GIAO" in unit.functions


def test_deputy_excess_follows_the_merge(tmp_path):
    # p_to_chuc: 8 biên chế, 2 phó (too many); absorbed into p_ton_giao: 14 biên chế, 3 phó, still too many
    d = diff_proposal(load_proposal(proposal(tmp_path, {
        "op": "absorb", "units": ["p_to_chuc"], "into": "p_ton_giao"})))
    rows = {(r.status, r.finding.code, r.finding.subject_id): r for r in d.rows}
    excess = rows[(PERSISTING, "ND107.PHO.PHONG", "p_ton_giao")]
    assert excess.before.subject_id == "p_to_chuc"   # persisting, not resolved-plus-new
    assert not any(s in (NEW, RESOLVED) for s, code, _ in rows if code == "ND107.PHO.PHONG")
    # the duplicate THI_DUA between p_to_chuc and p_cong_chuc now lies between p_ton_giao and p_cong_chuc
    assert rows[(PERSISTING, "CN.TRUNG_LAP", "so_noi_vu")].finding.related == ("p_cong_chuc", "p_ton_giao")


def test_merging_the_duplicates_resolves_them(tmp_path):
    d = diff_proposal(load_proposal(proposal(tmp_path, {
        "op": "merge", "units": ["p_to_chuc", "p_cong_chuc"],
        "into": {"id": "p_moi", "name": "Phòng mới", "bien_che": 17, "cap_pho": 2}})))
    statuses = {(r.status, r.finding.code, r.finding.subject_id) for r in d.rows}
    assert (RESOLVED, "CN.TRUNG_LAP", "so_noi_vu") in statuses
    assert (RESOLVED, "ND107.PHO.PHONG", "p_to_chuc") in statuses
    d = diff_proposal(load_proposal(proposal(tmp_path, {
        "op": "absorb", "units": ["p_to_chuc"], "into": "p_ton_giao"})))
    change = next(c for c in d.units if c.unit_id == "p_ton_giao")
    assert (change.change, change.staff_before, change.staff_after) == ("merged", 14, 14)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_can_tho_diff(capsys):
    code, out, err = run(capsys, "diff", CAN_THO, "--format", "json")
    assert code == 1 and err == ""   # the proposal introduces one new error (diff --fail-on error)
    doc = json.loads(out)
    rows = {(f["status"], f["code"], f["subject_id"]) for f in doc["findings"]}
    # duplicates the TN&MT merger resolves; the tourism centre's size problem goes with the merger
    assert (RESOLVED, "CN.TRUNG_LAP", "so_tnmt") in rows and (RESOLVED, "CN.TUONG_DONG", "so_tnmt") in rows
    assert (RESOLVED, "ND120.TC.DVSNCL", "so_vhttdl_tt_xuc_tien_du_lich") in rows
    assert (RESOLVED, "ND107.PHO.GIAM_DOC", "ubnd_tp") in rows
    # the merged TN&MT unit's own deputies: new
    assert (NEW, "ND120.PHO.DVSNCL", "so_tnmt_vp_dang_ky_dat_dai_hn") in rows
    # the investment-promotion duplicate follows the merged centre: persisting, not resolved + new
    persisting = next(f for f in doc["findings"] if f["code"] == "CN.TRUNG_LAP" and f["subject_id"] == "ubnd_tp")
    assert persisting["status"] == PERSISTING
    assert persisting["related_units"] == ["so_khdt", "ttxt_dau_tu_thuong_mai_du_lich"]
    assert (PERSISTING, "CN.BO_SOT", "ubnd_tp") in rows
    # the four rural districts' new agricultural service centres resolve their findings; the five urban
    # districts get none, and the district health centres stay under Sở Y tế
    assert (RESOLVED, "KH194.NONG_NGHIEP.TT_DICH_VU_HUYEN", "h_phong_dien") in rows
    assert (PERSISTING, "KH194.NONG_NGHIEP.TT_DICH_VU_HUYEN", "q_ninh_kieu") in rows
    assert (PERSISTING, "KH194.Y_TE.TTYT_HUYEN_TRUC_THUOC", "so_y_te_ttyt_co_do") in rows
    # the plan adds 22 budget-paid people (3454 → 3476): NĐ 120 Art. 4, a finding of the change itself
    assert (NEW, "ND120.SAP_XEP.TANG_NSNN", "ubnd_tp") in rows
    assert doc["totals"] == {NEW: 2, RESOLVED: 12, PERSISTING: 22}
    targets = {t["code"]: t for t in doc["targets"]}
    assert (targets["NQ19.DVSN"]["count"], targets["NQ19.DVSN"]["baseline"], targets["NQ19.DVSN"]["met"]) == (44, 46, False)
    assert targets["NQ19.DVSN"]["change_percent"] == -4.35
    assert targets["KH.VIEN_CHUC.2030"]["met"] is None and targets["KH.VIEN_CHUC.2030"]["source"] == "plan"
    assert doc["counts"]["before"]["don_vi_su_nghiep"] == 43


def test_can_tho_diff_table_and_check(capsys):
    code, out, _ = run(capsys, "diff", CAN_THO)
    assert code == 1 and "đã khắc phục" in out and "còn tồn tại" in out and "Chỉ tiêu tinh giản" in out
    assert "hợp nhất từ so_tnmt_tt_cntt" in out
    code, out, _ = run(capsys, "check", CAN_THO, "--lang", "en")
    assert code == 1 and "Reduction targets" in out and "so_tnmt_vp_dang_ky_dat_dai_hn" in out


def test_diff_two_files_and_usage(capsys, tmp_path):
    code, out, _ = run(capsys, "diff", SMALL, SMALL, "--format", "json")
    assert code == 0 and json.loads(out)["totals"][NEW] == 0 and json.loads(out)["totals"][RESOLVED] == 0
    code, _, err = run(capsys, "diff", SMALL)
    assert code == 2 and "cần một đề án" in err


def test_merge_decision_feeds_the_transition(tmp_path):
    # under NĐ 283/2025 (from 01/11/2025) deputies above the cap after a merger are transitional for 5 years
    path = tmp_path / "de-an.yaml"
    text = CAN_THO.read_text(encoding="utf-8").replace("baseline: can-tho-2023.yaml",
                                                       f"baseline: {CAN_THO.parent / 'can-tho-2023.yaml'}\nas_of: 2025-11-01")
    path.write_text(text, encoding="utf-8")
    result = diff_proposal(load_proposal(path))
    merged = [r.finding for r in result.rows if r.finding.subject_id == "so_tnmt_vp_dang_ky_dat_dai_hn"
              and r.finding.code == "ND283.PHO.DVSNCL"]
    assert [f.severity.value for f in merged] == ["transitional"]
    assert "chuyển tiếp theo Quyết định 999/QĐ-UBND: phải bảo đảm đúng quy định trước ngày 01/12/2028" \
        in merged[0].message["vi"]


def test_invalid_proposal_through_the_cli(capsys, tmp_path):
    path = proposal(tmp_path, {"op": "rename", "unit": "p_to_chuc", "name": "X"},
                    {"op": "dissolve", "unit": "p_to_chuc_x"})
    code, out, err = run(capsys, "check", path, "--lang", "en")
    assert code == 2 and out == "" and "Traceback" not in err
    assert "line 7, unit «p_to_chuc_x» [operations[1].unit]: operation 2 (dissolve): unit 'p_to_chuc_x' is not in " \
           "the structure — did you mean 'p_to_chuc'?" in err


def test_diff_is_deterministic(capsys):
    first = run(capsys, "diff", CAN_THO, "--format", "markdown")
    assert first == run(capsys, "diff", CAN_THO, "--format", "markdown")


def test_communes_merge_into_a_commune(tmp_path):
    base = tmp_path / "huyen.yaml"
    base.write_text("""jurisdiction: {name: "Tỉnh Hòa An", class: loai_2_3, as_of: 2023-09-08}
units:
  - {id: tinh, name: "UBND tỉnh", kind: ubnd_tinh}
  - {id: huyen, name: "UBND huyện", kind: ubnd_huyen, parent: tinh}
  - {id: xa_a, name: "UBND xã A", kind: ubnd_xa, parent: huyen}
  - {id: xa_b, name: "UBND xã B", kind: ubnd_xa, parent: huyen}
  - {id: xa_b_p, name: "Phòng Kinh tế xã B", kind: phong_thuoc_xa, parent: xa_b, bien_che: 5, cap_pho: 1}
""", encoding="utf-8")
    path = tmp_path / "de-an.yaml"
    path.write_text(yaml.safe_dump({"baseline": "huyen.yaml", "operations": [
        {"op": "merge", "units": ["xa_a", "xa_b"], "into": {"id": "xa_ab", "name": "UBND xã AB"}}]},
        allow_unicode=True), encoding="utf-8")
    result = load_proposal(path).result
    assert result.units["xa_ab"].kind.value == "ubnd_xa" and result.units["xa_ab"].cap_pho is None
    assert result.units["xa_b_p"].parent == "xa_ab"
    path.write_text(yaml.safe_dump({"baseline": "huyen.yaml", "operations": [
        {"op": "merge", "units": ["xa_a", "huyen"], "into": {"id": "x", "name": "X"}}]}, allow_unicode=True),
        encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load_proposal(path)
    assert "không thể gộp các loại đơn vị khác nhau về biên chế: ubnd_huyen, ubnd_xa" in exc.value.render("vi")


def test_reason_to_keep_a_health_station_through_set_and_add(tmp_path):
    baseline = tmp_path / "xa.yaml"
    station = {"kind": "dvsncl", "parent": "xa", "nguoi_lam_viec": 6, "cap_pho": 0, "nhom_tu_chu": 4,
               "dich_vu_co_ban": True, "functions": ["DV.Y_TE.TRAM_Y_TE"]}
    baseline.write_text(yaml.safe_dump({
        "jurisdiction": {"name": "Thành phố Cần Thơ", "class": "loai_1", "as_of": "2025-08-01"},  # KH 194 is the city's
        "units": [{"id": "tinh", "name": "UBND tỉnh", "kind": "ubnd_tinh"},
                  {"id": "xa", "name": "UBND xã Thạnh Phú", "kind": "ubnd_xa", "parent": "tinh"},
                  {"id": "tram_1", "name": "Trạm Y tế Thạnh Phú", **station},
                  {"id": "tram_2", "name": "Trạm Y tế Thạnh Lộc", **station}]}, allow_unicode=True), encoding="utf-8")

    def rows(*operations):
        path = proposal(tmp_path, *operations, baseline=str(baseline))
        return {(r.status, r.finding.code) for r in diff_proposal(load_proposal(path)).rows
                if r.finding.code == "KH194.Y_TE.TRAM_Y_TE_XA"}

    keep = {"op": "set", "unit": "tram_2", "values": {"ly_do_giu": "cù lao, cách trạm chính 15 km"}}
    assert rows(keep) == {(RESOLVED, "KH194.Y_TE.TRAM_Y_TE_XA")}
    third = {"op": "add", "unit": {"id": "tram_3", "name": "Trạm Y tế Thạnh Mỹ", **station}}
    assert rows(keep, third) == {(PERSISTING, "KH194.Y_TE.TRAM_Y_TE_XA")}
    third["unit"]["ly_do_giu"] = "xã đảo"
    assert rows(keep, third) == {(RESOLVED, "KH194.Y_TE.TRAM_Y_TE_XA")}
