"""Published real cases (tests/cases/, one file per source, its URL in the file's header): the verdict the
law of the case's date gives. Where orgcheck's verdict differs from the published one, the test says why.

Only the structural and deputy families are compared: the function-catalogue rules (CN.*, CT.*) and
Kế hoạch 194 of Cần Thơ are orgcheck's own lists, not law (legal-audit D11), and no source gives functions."""

from datetime import date
from pathlib import Path

import pytest
import yaml

from compliance.check import check
from compliance.model import build_org, load_org
from compliance.source import SourceMap

CASES = Path(__file__).resolve().parent / "cases"


def verdict(org, day=None):
    result = check(org, day)
    return sorted((f.code, f.subject_id, f.severity.value) for f in result.findings
                  if not f.code.startswith(("CN.", "CT.", "KH194.")))


def edited(name: str, change) -> object:
    data = yaml.safe_load((CASES / name).read_text(encoding="utf-8"))
    change(data)
    return build_org(data, SourceMap(name))


def unit(data: dict, uid: str) -> dict:
    return next(u for u in data["units"] if u["id"] == uid)


def test_hcm_deputy_frame_of_december_2025():
    """92 Phó Giám đốc for 16 bodies is within NĐ 150 as amended by NĐ 370 on the widest reading of the
    merger increments (3 × 16 + 10 + 12 merged bodies × 3 = 94): no deputy finding. 16 bodies exceed the 15
    of NĐ 150 Art. 10: the published structure keeps Sở An toàn thực phẩm, a TP.HCM body whose basis (the
    city's special mechanisms, NQ 98/2023/QH15) orgcheck does not encode, so orgcheck reports the excess
    where the city regards the body as lawful. The two specific sở get warnings because the file (like the
    press) does not state their NĐ 150 Art. 9 criteria."""
    org = load_org(CASES / "plo-2025-12-30-tphcm-khung-cap-pho.yaml")
    assert verdict(org) == [
        ("ND150.SO.CHUA_KHAI_BAO_NGANH", "so_attp", "info"),
        ("ND150.SO.TOI_DA", "ubnd", "error"),
        ("ND150.SO_DAC_THU.DAN_TOC_TON_GIAO", "so_dttg", "warning"),
        ("ND150.SO_DAC_THU.DU_LICH", "so_du_lich", "warning"),
    ]


def test_hcm_frame_needs_the_merger_by_decision_increment():
    """Without the +1 for a sở merged by decision (audit D1) the same frame would be reported as
    92 / at most 82: the false error the audit warned of."""
    def no_decision(data):
        for u in data["units"]:
            u.pop("merged_by_decision", None)
    result = check(edited("plo-2025-12-30-tphcm-khung-cap-pho.yaml", no_decision))
    finding = next(f for f in result.findings if f.code == "ND370.PHO.GIAM_DOC")
    assert finding.message["vi"].startswith("92 Phó Giám đốc cho 16 sở / tối đa 82")


def test_nd300_caps_match_the_published_figures():
    org = load_org(CASES / "vnexpress-2025-11-20-nd300-pho-chu-tich.yaml")
    assert verdict(org) == []   # each city at the cap the article gives
    assert verdict(org, date(2025, 11, 16)) == []

    def one_more(data):
        for u in data["units"]:
            u["cap_pho"] += 1
    over = edited("vnexpress-2025-11-20-nd300-pho-chu-tich.yaml", one_more)
    assert verdict(over) == sorted(("ND300.PHO_CHU_TICH.TINH", uid, "error")
                                   for uid in ("can_tho", "da_nang", "ha_noi", "hai_phong", "hue", "tphcm"))
    assert verdict(over, date(2025, 11, 16)) == []   # NĐ 300 takes effect on signature, 17/11/2025


def test_da_nang_fourteen_departments_from_march_2025():
    """14 sở and ngành (5 merged, 9 kept) is the NĐ 45/2025 maximum for a province that is not Hà Nội or
    TP.HCM: no finding on the count; a fifteenth would be one. (Sectors are not given, so the compulsory
    sở are reported as not checked.)"""
    org = load_org(CASES / "doanhnghieptiepthi-2025-02-20-da-nang-5-so-moi.yaml")
    codes = {c for c, _, _ in verdict(org)}
    assert codes == {"ND45.SO.CHUA_KHAI_BAO_NGANH"}

    def fifteenth(data):
        data["units"].append({"id": "so_15", "name": "Sở thứ 15", "kind": "so", "parent": "ubnd",
                              "bien_che": 100, "cap_pho": 3})
    assert ("ND45.SO.TOI_DA", "ubnd", "error") in verdict(edited(
        "doanhnghieptiepthi-2025-02-20-da-nang-5-so-moi.yaml", fifteenth))


def test_nghe_an_department_inspectorate_lawful_until_15_june_2025():
    """The merged Sở Tài chính kept a Thanh tra sở, which NĐ 45/2025 allowed ("Thanh tra (nếu có)"); NĐ 150
    removed it from 16/06/2025. Its service centre of 31 people meets the NĐ 120 minimum of 15."""
    org = load_org(CASES / "laodong-2025-nghe-an-so-tai-chinh.yaml")
    for day, expected in ((date(2025, 3, 1), []), (date(2025, 6, 15), []),
                          (date(2025, 6, 16), [("ND150.THANH_TRA_SO", "tt", "error")])):
        found = [v for v in verdict(org, day) if v[0].endswith(("THANH_TRA_SO", "TC.DVSNCL"))]
        assert found == expected, day


def test_hcm_commune_bodies_at_the_average_of_two():
    org = load_org(CASES / "thanhnien-2025-12-30-tphcm-cap-pho-xa.yaml")
    assert verdict(org) == []

    def ninth(data):
        unit(data, "vp")["cap_pho"] = 3
    assert verdict(edited("thanhnien-2025-12-30-tphcm-cap-pho-xa.yaml", ninth)) == [
        ("NQ332.PHO.XA", "p_sai_gon", "error")]
    # before NQ 332 (15/10/2025) NĐ 150 Art. 13 allowed one deputy per commune division
    assert [v for v in verdict(org, date(2025, 10, 14)) if v[0] == "ND150.PHO.PHONG_XA"] == [
        ("ND150.PHO.PHONG_XA", uid, "error") for uid in ("kt", "vhxh", "vp")]


@pytest.mark.parametrize("path", sorted(CASES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_case_names_its_source(path):
    head = path.read_text(encoding="utf-8").split("\njurisdiction:")[0]
    assert "# Nguồn:" in head and "https://" in head
