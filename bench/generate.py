"""Synthetic organization files for tests and benchmarks.

`generate(n_units, seed)` returns plain data in the organization-file schema (jurisdiction, units,
tasks) for a province-style structure of exactly `n_units` units (for very small n the structure is
cut short; parents always precede their children in the list, so any prefix is a valid structure):

* one `ubnd_tinh` root;
* up to ~19 sở (one field of work each), each with a văn phòng sở, a thanh tra sở, 3–8 phòng thuộc
  sở and 0–4 chi cục with 0–6 phòng thuộc chi cục;
* public service units (dvsncl) under sở, chi cục, the root, districts and communes, with 0–4 phòng
  thuộc đvsncl, `nhom_tu_chu` 1–4 or missing, `dich_vu_co_ban` sometimes;
* districts (`ubnd_huyen`) with ~11 phòng thuộc huyện and their communes (`ubnd_xa`);
* tasks with 0 / 1 / 2–3 lead agencies (by id, by name, or a free-text designation such as
  "các sở, ban, ngành") and coordinators, some agencies both.

Staff and deputies are drawn so that roughly 5–15 % of the units violate a rule, with values
concentrated at the thresholds (e.g. 8/9 and 14/15 biên chế). Function codes come from the shared
catalogue; most siblings hold distinct codes/fields or sit in distinct places (`location`), a few
duplicate or resemble each other.

For n_units ≥ 20 000 the generator emulates the national view: several provinces' worth of
districts, communes and public service units under the one root (locations name the province).
`generate_national(layout, seed)` builds the real national shapes instead, one root per province:
"34" (2026: 3 321 communes directly under 34 provincial committees, NĐ 150 sở, merged sở) or "63"
(2024: 63 provinces, 705 districts, 10 600 communes); see bench/README.md.

Deterministic for a seed (one `random.Random(seed)`); 150 000 units take about a second.

    python -m bench.generate --units 3000 --seed 1 -o /tmp/x.json
    python -m bench.generate --national 34 --seed 1 -o /tmp/x.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

NATIONAL_FROM = 20_000
UNITS_PER_PROVINCE = 2_500

# name, id stem, field group (QLNN.<group>.*), chi cục names
SO = [
    ("Văn phòng UBND tỉnh", "VP", "VAN_PHONG", []),
    ("Sở Nội vụ", "NV", "NOI_VU", ["Chi cục Văn thư - Lưu trữ"]),
    ("Sở Tư pháp", "TP", "TU_PHAP", []),
    ("Sở Kế hoạch và Đầu tư", "KH", "KE_HOACH", []),
    ("Sở Tài chính", "TC", "TAI_CHINH", []),
    ("Sở Công Thương", "CT", "CONG_THUONG", ["Chi cục Quản lý thị trường"]),
    ("Sở Nông nghiệp và Phát triển nông thôn", "NN", "NONG_NGHIEP",
     ["Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Chi cục Trồng trọt và Bảo vệ thực vật",
      "Chi cục Chăn nuôi và Thú y", "Chi cục Thủy sản", "Chi cục Phát triển nông thôn"]),
    ("Sở Giao thông vận tải", "GT", "GIAO_THONG", []),
    ("Sở Xây dựng", "XD", "XAY_DUNG", ["Chi cục Giám định xây dựng"]),
    ("Sở Tài nguyên và Môi trường", "TN", "TNMT", ["Chi cục Bảo vệ môi trường", "Chi cục Quản lý đất đai",
                                                 "Chi cục Biển và Hải đảo"]),
    ("Sở Thông tin và Truyền thông", "TT", "TTTT", []),
    ("Sở Lao động - Thương binh và Xã hội", "LD", "LDTBXH", ["Chi cục Phòng, chống tệ nạn xã hội"]),
    ("Sở Văn hóa, Thể thao và Du lịch", "VH", "VHTTDL", []),
    ("Sở Khoa học và Công nghệ", "KC", "KHCN", ["Chi cục Tiêu chuẩn Đo lường Chất lượng"]),
    ("Sở Giáo dục và Đào tạo", "GD", "GDDT", []),
    ("Sở Y tế", "YT", "Y_TE", ["Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục An toàn vệ sinh thực phẩm"]),
    ("Sở Ngoại vụ", "NG", "NGOAI_VU", []),
    ("Thanh tra tỉnh", "TR", "THANH_TRA", []),
    ("Ban Dân tộc", "DT", "DAN_TOC", []),
]

# QLNN codes of the shared catalogue by field group (rules/danh-muc-chuc-nang.yaml)
QLNN = {
    "NOI_VU": ["TO_CHUC_BO_MAY", "CONG_CHUC", "THI_DUA", "TON_GIAO"],
    "TU_PHAP": ["VAN_BAN", "HO_TICH"],
    "KE_HOACH": ["DAU_TU", "DOANH_NGHIEP", "XUC_TIEN_DAU_TU"],
    "TAI_CHINH": ["NGAN_SACH", "GIA"],
    "CONG_THUONG": ["CONG_NGHIEP", "THUONG_MAI", "XUC_TIEN_THUONG_MAI"],
    "NONG_NGHIEP": ["TRONG_TROT", "CHAN_NUOI", "THUY_LOI", "THUY_SAN", "PTNT"],
    "GIAO_THONG": ["KET_CAU", "VAN_TAI"],
    "XAY_DUNG": ["QUY_HOACH", "NHA_O", "HA_TANG_DO_THI"],
    "TNMT": ["DAT_DAI", "MOI_TRUONG", "TAI_NGUYEN_NUOC"],
    "TTTT": ["BAO_CHI", "CNTT"],
    "LDTBXH": ["VIEC_LAM", "NGUOI_CO_CONG", "BAO_TRO_XA_HOI"],
    "VHTTDL": ["VAN_HOA", "THE_THAO", "DU_LICH", "XUC_TIEN_DU_LICH"],
    "KHCN": ["KHOA_HOC", "TIEU_CHUAN"],
    "GDDT": ["GIAO_DUC", "KHAO_THI"],
    "Y_TE": ["KHAM_CHUA_BENH", "DU_PHONG", "DUOC"],
    "NGOAI_VU": ["DOI_NGOAI"],
    "DAN_TOC": ["CHINH_SACH"],
    "THANH_TRA": ["THANH_TRA", "KHIEU_NAI", "PHONG_CHONG_THAM_NHUNG"],
    "VAN_PHONG": ["THAM_MUU", "HANH_CHINH_CONG"],
}
QLNN_CODES = {g: [f"QLNN.{g}.{c}" for c in cs] for g, cs in QLNN.items()}
NOI_BO_VP = ["NOI_BO.HANH_CHINH", "NOI_BO.TO_CHUC", "NOI_BO.TAI_VU"]
NOI_BO_TT = ["NOI_BO.THANH_TRA_CHUYEN_NGANH"]

# public service units: name, functions, sector, essential services?
DV_SO = {
    "NV": [("Trung tâm Lưu trữ lịch sử", ["DV.VAN_HOA.BAO_TANG"], "lưu trữ", False)],
    "TP": [("Trung tâm Trợ giúp pháp lý nhà nước", ["DV.HANH_CHINH_CONG.MOT_CUA"], "tư pháp", True)],
    "KH": [("Trung tâm Xúc tiến đầu tư", ["DV.XUC_TIEN.DAU_TU"], "đầu tư", False)],
    "CT": [("Trung tâm Khuyến công và Xúc tiến thương mại", ["DV.XUC_TIEN.THUONG_MAI", "DV.XUC_TIEN.HOI_CHO"],
            "công thương", False)],
    "NN": [("Trung tâm Khuyến nông", ["DV.NONG_NGHIEP.KHUYEN_NONG"], "nông nghiệp", False),
           ("Trung tâm Giống cây trồng, vật nuôi", ["DV.NONG_NGHIEP.GIONG"], "nông nghiệp", False),
           ("Ban Quản lý rừng phòng hộ", ["DV.NONG_NGHIEP.THU_Y"], "lâm nghiệp", True)],
    "GT": [("Trung tâm Đăng kiểm xe cơ giới", ["DV.GIAO_THONG.DANG_KIEM"], "giao thông", False)],
    "XD": [("Trung tâm Quy hoạch và Kiểm định xây dựng", ["DV.XAY_DUNG.QUY_HOACH"], "xây dựng", False)],
    "TN": [("Văn phòng Đăng ký đất đai", ["DV.DAT_DAI.DANG_KY"], "đất đai", False),
           ("Trung tâm Phát triển quỹ đất", ["DV.DAT_DAI.PHAT_TRIEN_QUY_DAT"], "đất đai", False),
           ("Trung tâm Quan trắc tài nguyên và môi trường", ["DV.DAT_DAI.QUAN_TRAC"], "môi trường", False),
           ("Trung tâm Công nghệ thông tin tài nguyên và môi trường", ["DV.CNTT.TNMT"], "môi trường", False)],
    "TT": [("Trung tâm Công nghệ thông tin và Truyền thông", ["DV.CNTT.CHUNG"], "thông tin", False)],
    "LD": [("Trung tâm Dịch vụ việc làm", ["DV.XA_HOI.VIEC_LAM"], "lao động", False),
           ("Trung tâm Bảo trợ xã hội", ["DV.XA_HOI.BAO_TRO"], "xã hội", True)],
    "VH": [("Nhà hát Nghệ thuật truyền thống", ["DV.VAN_HOA.BIEU_DIEN"], "văn hóa", False),
           ("Bảo tàng tỉnh", ["DV.VAN_HOA.BAO_TANG"], "văn hóa", True),
           ("Trung tâm Huấn luyện và Thi đấu thể thao", ["DV.VAN_HOA.THE_THAO"], "thể thao", False),
           ("Trung tâm Xúc tiến du lịch", ["DV.XUC_TIEN.DU_LICH"], "du lịch", False)],
    "KC": [("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", ["DV.KHCN.UNG_DUNG"], "khoa học", False)],
    "GD": [("Trường Trung học phổ thông", ["DV.GIAO_DUC.PHO_THONG"], "giáo dục", True),
           ("Trung tâm Giáo dục thường xuyên", ["DV.GIAO_DUC.THUONG_XUYEN"], "giáo dục", True)],
    "YT": [("Bệnh viện Đa khoa", ["DV.Y_TE.KHAM_CHUA_BENH"], "y tế", True),
           ("Trung tâm Kiểm soát bệnh tật", ["DV.Y_TE.DU_PHONG"], "y tế", True),
           ("Trung tâm Kiểm nghiệm", ["DV.Y_TE.KIEM_NGHIEM"], "y tế", False)],
}
DV_CHI_CUC = [("Trạm Khuyến nông", ["DV.NONG_NGHIEP.KHUYEN_NONG"], "nông nghiệp", False),
              ("Trạm Kiểm dịch", ["DV.NONG_NGHIEP.THU_Y"], "nông nghiệp", True),
              ("Trung tâm Kỹ thuật đo lường", ["DV.KHCN.DO_LUONG"], "khoa học", False)]
DV_TINH = [("Ban Quản lý dự án đầu tư xây dựng", ["DV.XAY_DUNG.QUAN_LY_DU_AN"], "xây dựng", False),
           ("Trung tâm Phục vụ hành chính công", ["DV.HANH_CHINH_CONG.MOT_CUA"], "hành chính", False),
           ("Đài Phát thanh và Truyền hình", ["DV.TRUYEN_THONG.PHAT_THANH"], "báo chí", False),
           ("Trường Cao đẳng Nghề", ["DV.GIAO_DUC.NGHE_NGHIEP"], "giáo dục", False)]
DV_HUYEN = [("Trung tâm Y tế", ["DV.Y_TE.KHAM_CHUA_BENH", "DV.Y_TE.DU_PHONG"], "y tế", True),
            ("Trung tâm Văn hóa - Thông tin và Thể thao", ["DV.VAN_HOA.BIEU_DIEN", "DV.TRUYEN_THONG.PHAT_THANH"],
             "văn hóa", False),
            ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
             ["DV.GIAO_DUC.NGHE_NGHIEP", "DV.GIAO_DUC.THUONG_XUYEN"], "giáo dục", True),
            ("Ban Quản lý dự án đầu tư xây dựng", ["DV.XAY_DUNG.QUAN_LY_DU_AN"], "xây dựng", False),
            ("Trung tâm Dịch vụ nông nghiệp", ["DV.NONG_NGHIEP.KHUYEN_NONG", "DV.NONG_NGHIEP.GIONG"],
             "nông nghiệp", False),
            ("Trường Trung học cơ sở", ["DV.GIAO_DUC.PHO_THONG"], "giáo dục", True),
            ("Trường Tiểu học", ["DV.GIAO_DUC.PHO_THONG"], "giáo dục", True)]
DV_XA = [("Trường Mầm non", ["DV.GIAO_DUC.MAM_NON"], "giáo dục", True),
         ("Trường Tiểu học", ["DV.GIAO_DUC.PHO_THONG"], "giáo dục", True),
         ("Trạm Y tế", ["DV.Y_TE.KHAM_CHUA_BENH"], "y tế", True)]
PHONG_DV = ["Phòng Hành chính - Tổng hợp", "Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ",
            "Phòng Kỹ thuật", "Phòng Dịch vụ"]

# district divisions: name, functions; the first eight are always present (mandatory functions)
PHONG_HUYEN = [
    ("Văn phòng HĐND và UBND", ["QLNN.VAN_PHONG.THAM_MUU", "QLNN.VAN_PHONG.HANH_CHINH_CONG"]),
    ("Phòng Nội vụ", ["QLNN.NOI_VU.TO_CHUC_BO_MAY", "QLNN.NOI_VU.CONG_CHUC", "QLNN.NOI_VU.THI_DUA"]),
    ("Phòng Tư pháp", ["QLNN.TU_PHAP.VAN_BAN", "QLNN.TU_PHAP.HO_TICH"]),
    ("Phòng Tài chính - Kế hoạch", ["QLNN.TAI_CHINH.NGAN_SACH", "QLNN.KE_HOACH.DAU_TU"]),
    ("Phòng Tài nguyên và Môi trường", ["QLNN.TNMT.DAT_DAI", "QLNN.TNMT.MOI_TRUONG"]),
    ("Phòng Giáo dục và Đào tạo", ["QLNN.GDDT.GIAO_DUC"]),
    ("Phòng Y tế", ["QLNN.Y_TE.KHAM_CHUA_BENH", "QLNN.Y_TE.DU_PHONG"]),
    ("Thanh tra huyện", ["QLNN.THANH_TRA.THANH_TRA", "QLNN.THANH_TRA.KHIEU_NAI"]),
    ("Phòng Lao động - Thương binh và Xã hội", ["QLNN.LDTBXH.VIEC_LAM", "QLNN.LDTBXH.NGUOI_CO_CONG"]),
    ("Phòng Văn hóa và Thông tin", ["QLNN.VHTTDL.VAN_HOA", "QLNN.TTTT.BAO_CHI"]),
    ("Phòng Kinh tế và Hạ tầng", ["QLNN.CONG_THUONG.CONG_NGHIEP", "QLNN.XAY_DUNG.QUY_HOACH",
                                  "QLNN.GIAO_THONG.KET_CAU"]),
    ("Phòng Nông nghiệp và Phát triển nông thôn", ["QLNN.NONG_NGHIEP.PTNT", "QLNN.NONG_NGHIEP.THUY_LOI"]),
    ("Phòng Dân tộc", ["QLNN.DAN_TOC.CHINH_SACH"]),
]
ALL_CODES = sorted({c for cs in QLNN_CODES.values() for c in cs} | set(NOI_BO_VP) | set(NOI_BO_TT)
                   | {c for d in (DV_CHI_CUC, DV_TINH, DV_HUYEN, DV_XA) for _, cs, _, _ in d for c in cs}
                   | {c for v in DV_SO.values() for _, cs, _, _ in v for c in cs})

PROVINCES = ["An Giang", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
             "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
             "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình",
             "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai",
             "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
             "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
             "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
             "Vĩnh Long", "Vĩnh Phúc", "Yên Bái"]
PLACES = ["Tân An", "Bình Minh", "Phú Lộc", "Hòa Thành", "Long Hải", "Đông Hưng", "Yên Lạc", "Thạch Hà",
          "Cẩm Xuyên", "Mỹ Đức", "Quế Sơn", "Đức Phổ", "Lộc Ninh", "Cát Tiên", "Ea Súp", "Mường Tè"]

FREE_TEXT_AGENCIES = ["các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "các cơ quan liên quan",
                      "Ban Chỉ đạo tỉnh", "các đơn vị sự nghiệp"]
TASK_TITLES = ["Rà soát chức năng, nhiệm vụ", "Sắp xếp các phòng chuyên môn", "Xây dựng đề án vị trí việc làm",
               "Tinh giản biên chế", "Chuyển đổi số", "Cải cách thủ tục hành chính", "Kiểm tra công vụ",
               "Báo cáo sơ kết", "Hợp nhất đơn vị sự nghiệp", "Giao quyền tự chủ tài chính"]

PHONG_TEN = ["Tổ chức cán bộ", "Kế hoạch - Tài chính", "Quản lý chuyên ngành", "Pháp chế", "Nghiệp vụ",
             "Tổng hợp", "Hợp tác quốc tế", "Quản lý chất lượng", "Thẩm định", "Chính sách"]

# thresholds for class-dependent bands (NĐ 107/2020)
MIN_PHONG = {"dac_biet": 7, "loai_1": 6, "loai_2_3": 5}
BAND2_PHONG = {"dac_biet": 10, "loai_1": 9, "loai_2_3": 8}


class _Gen:
    def __init__(self, n_units: int, seed: int, as_of: str, cls: str):
        self.n = n_units
        self.rng = random.Random(seed)
        self.as_of = as_of
        self.cls = cls
        self.units: list[dict] = []
        self.national = n_units >= NATIONAL_FROM
        self.n_prov = max(1, n_units // UNITS_PER_PROVINCE) if self.national else 1
        self.p_viol = 0.05   # chance that one threshold is crossed at a given unit
        self.hierarchy = False   # keep deputies below the superior's (NĐ 370/2025, from 2026)
        # division minimum and second deputy band of the class (NĐ 107/2020); one office headcount law
        self.min_phong, self.band2_phong = MIN_PHONG[cls], BAND2_PHONG[cls]
        self.office_staff = ([6, 7, 8, 9, 9, 10, 14, 15], [5, 4])

    # --- staff and deputies at the edges --------------------------------------------------------

    def _pick(self, values):
        return values[int(self.rng.random() * len(values))]

    def _staff(self, ok: list[int], bad: list[int]) -> int:
        """A headcount: usually one of the `ok` edges/typical values, sometimes a violating one."""
        return self._pick(bad) if bad and self.rng.random() < self.p_viol else self._pick(ok)

    def _deputies(self, limit: int, staff: int) -> int:
        """Deputies at the limit, one below, or (rarely) one over; never more than staff - 1."""
        r = self.rng.random()
        d = limit + 1 if r < self.p_viol else (limit if r < 0.7 else limit - 1)
        return max(0, min(d, staff - 1))

    def _phong_so(self) -> tuple[int, int]:
        lo, b2 = self.min_phong, self.band2_phong
        staff = self._staff([lo, lo + 1, b2 - 1, b2 - 1, b2, b2, 12, 14, 14, 15, 15, 18], [lo - 1, lo - 2])
        limit = 1 if staff < b2 else (2 if staff <= 14 else 3)
        return staff, self._deputies(limit, staff)

    # --- building blocks -------------------------------------------------------------------------

    def add(self, unit: dict) -> dict:
        self.units.append(unit)
        return unit

    def _district_divisions(self, hid: str, chosen: list) -> None:
        """The phòng of a district; deputies average 2 per division, a few districts go over."""
        siblings: list[list[str]] = []
        over = self.rng.random() < 0.08
        for k, (pname, fns) in enumerate(chosen):
            b = self._pick([5, 6, 7, 8, 9, 10, 12, 15])
            d = max(0, min(self._pick([1, 2, 2, 2, 3]) if not over else 3, b - 1))
            f = self._functions(fns, siblings)
            siblings.append(f)
            self.add({"id": f"{hid}.P{k + 1:02d}", "name": pname, "kind": "phong_thuoc_huyen", "parent": hid,
                      "bien_che": b, "cap_pho": d, "functions": f})

    def _functions(self, codes: list[str], siblings: list[list[str]] | None = None) -> list[str]:
        """Usually `codes`; sometimes one more code taken from a sibling (duplicate) or from a
        sibling's field group (similar), or one code dropped (possible omission)."""
        out = list(codes)
        r = self.rng.random()
        if siblings and r < 0.02:
            out.append(self._pick(self._pick(siblings)))                      # same code: trùng lặp
        elif siblings and r < 0.04:
            other = self._pick(self._pick(siblings))
            group = other.rsplit(".", 1)[0]
            same_field = [c for c in ALL_CODES if c.rsplit(".", 1)[0] == group and c != other]
            if same_field:
                out.append(self._pick(same_field))                             # same field: tương đồng
        elif len(out) > 1 and r < 0.06:
            out.pop(int(self.rng.random() * len(out)))                         # dropped: maybe bỏ sót
        return list(dict.fromkeys(out))

    def dvsncl(self, uid: str, name: str, parent: str, parent_kind: str, fns: list[str], sector: str,
               basic: bool, location: str | None, siblings: list[list[str]] | None = None,
               divisions: int | None = None) -> list[str]:
        """A public service unit and its divisions (`divisions`, or 0–4 drawn); returns the unit's
        function codes."""
        rng = self.rng
        r = rng.random()
        nhom = None if r < 0.05 else (1 if r < 0.15 else (2 if r < 0.35 else (3 if r < 0.65 else 4)))
        staff = self._staff([15, 15, 16, 18, 20, 20, 21, 25, 30, 45, 60, 120], [14, 13, 9])
        if basic and rng.random() < 0.3:
            staff = self._pick([6, 9, 12, 14])     # essential services are exempt from the minimum
        if nhom == 2:
            limit = 3
        elif nhom in (3, 4) and parent_kind == "ubnd_tinh":
            limit = 2 if staff <= 20 else 3
        elif nhom in (3, 4) and parent_kind in ("so", "chi_cuc", "ubnd_huyen"):
            limit = 2
        else:
            limit = self._pick([1, 2, 3])         # no band: anything goes
        unit = {"id": uid, "name": name, "kind": "dvsncl", "parent": parent, "nguoi_lam_viec": staff,
                "cap_pho": self._deputies(limit, staff), "functions": self._functions(fns, siblings),
                "sector": sector}
        if nhom is not None:
            unit["nhom_tu_chu"] = nhom
        if basic:
            unit["dich_vu_co_ban"] = True
        if location:
            unit["location"] = location
        if rng.random() < 0.02:
            unit["ngoai_le_cap_pho"] = True
        self.add(unit)
        if divisions is None:
            divisions = self._pick([0, 0, 0, 0, 1, 1, 2, 3, 4])
        for k in range(divisions):
            # a division shares its unit's autonomy group (NĐ 120 Art. 6 cl. 3): repeated or left out
            own = nhom if rng.random() < 0.5 else None
            effective = own if own is not None else nhom
            s = self._staff([4, 6, 7, 7, 8, 9, 9, 10, 10, 12], [])
            if effective == 2:
                lim = 2
            elif effective in (3, 4):
                lim = 0 if s < 7 else (1 if s <= 9 else 2)
            else:
                lim = self._pick([0, 1, 2])
            d = self._deputies(lim, s)
            if self.hierarchy and d > unit["cap_pho"] and rng.random() < 0.9:
                d = unit["cap_pho"]              # NĐ 370: mostly no more deputies than the unit itself
            pname = PHONG_DV[k] if k < len(PHONG_DV) else f"Khoa {k - len(PHONG_DV) + 1}"
            ph = {"id": f"{uid}.P{k + 1}", "name": pname, "kind": "phong_thuoc_dvsncl",
                  "parent": uid, "nguoi_lam_viec": s, "cap_pho": d}
            if own is not None:
                ph["nhom_tu_chu"] = own
            self.add(ph)
        return unit["functions"]

    def so(self, name: str, stem: str, group: str, chi_cuc: list[str], sibling_fns: list[list[str]]):
        rng = self.rng
        sid = f"S{stem}"
        cap = self._pick([2, 3, 3, 3, 3, 4]) if rng.random() > self.p_viol else 5
        fns = self._functions(QLNN_CODES[group], sibling_fns)
        sibling_fns.append(fns)
        self.add({"id": sid, "name": name, "kind": "so", "parent": "T", "bien_che": self._pick([25, 32, 40, 55, 80]),
                  "cap_pho": cap, "functions": fns})
        self.so_inside(sid, QLNN_CODES[group], chi_cuc, group not in ("THANH_TRA", "VAN_PHONG"))
        for p in range(self.n_prov):
            where = PROVINCES[p % len(PROVINCES)] if self.national else None
            templates = DV_SO.get(stem, [])
            siblings: list[list[str]] = []
            for t, (dname, dfns, sector, basic) in enumerate(templates):
                copies = rng.randint(0, 2) if not self.national else rng.randint(0, 1)
                for c in range(copies):
                    loc = where or (self._pick(PLACES) if copies > 1 or rng.random() < 0.5 else None)
                    if where and rng.random() < 0.5:
                        loc = f"{where}, {self._pick(PLACES)}"
                    uid = f"{sid}.D{p}.{t}.{c}"
                    siblings.append(self.dvsncl(uid, f"{dname} {loc}" if loc else dname, sid, "so", dfns, sector,
                                                basic, loc, siblings))

    def so_inside(self, sid: str, codes: list[str], chi_cuc: list[str], inspectorate: bool) -> None:
        """A sở's office, inspectorate (if any), divisions and sub-departments."""
        rng = self.rng
        b = self._staff(*self.office_staff)
        self.add({"id": f"{sid}.VP", "name": "Văn phòng", "kind": "van_phong_so", "parent": sid, "bien_che": b,
                  "cap_pho": self._phong_so_cap(b), "functions": list(NOI_BO_VP)})
        if inspectorate:
            b = self._staff([5, 7, 7, 8, 8, 9, 12], [])
            lim = 1 if b < 8 else 2
            unit = {"id": f"{sid}.TT", "name": "Thanh tra", "kind": "thanh_tra_so", "parent": sid, "bien_che": b,
                    "cap_pho": self._deputies(lim, b)}
            if rng.random() < 0.25:   # NOI_BO.* share one field group with the office: a tương đồng warning
                unit["functions"] = list(NOI_BO_TT)
            self.add(unit)
        for k in range(rng.randint(3, 8)):
            b, d = self._phong_so()
            unit = {"id": f"{sid}.P{k + 1}", "name": f"Phòng {self._pick(PHONG_TEN)} {k + 1}",
                    "kind": "phong_thuoc_so", "parent": sid, "bien_che": b, "cap_pho": d}
            if rng.random() < 0.12:
                unit["functions"] = [self._pick(codes)]   # most divisions leave functions to the sở
            self.add(unit)
        for c in range(min(len(chi_cuc), rng.randint(0, 4))):
            self.chi_cuc(sid, c, chi_cuc[c])

    def _phong_so_cap(self, b: int) -> int:
        b2 = self.band2_phong
        return self._deputies(1 if b < b2 else (2 if b <= 14 else 3), b)

    def chi_cuc(self, sid: str, c: int, name: str) -> None:
        rng = self.rng
        cid = f"{sid}.C{c + 1}"
        n_phong = rng.randint(0, 6)
        b = self._staff([12, 12, 13, 15, 18, 22, 30], [11, 10])
        limit = 2 if n_phong == 0 or n_phong >= 4 else 1
        self.add({"id": cid, "name": name, "kind": "chi_cuc", "parent": sid, "bien_che": b,
                  "cap_pho": self._deputies(limit, b)})
        for k in range(n_phong):
            b = self._staff([5, 5, 6, 6, 7, 7, 8, 10], [4, 3])
            self.add({"id": f"{cid}.P{k + 1}", "name": f"Phòng {self._pick(PHONG_TEN)}", "kind": "phong_thuoc_chi_cuc",
                      "parent": cid, "bien_che": b, "cap_pho": self._deputies(1 if b < 7 else 2, b)})
        if rng.random() < 0.15:
            dname, dfns, sector, basic = self._pick(DV_CHI_CUC)
            self.dvsncl(f"{cid}.D1", dname, cid, "chi_cuc", dfns, sector, basic, None)

    def district(self, h: int) -> None:
        rng = self.rng
        prov = PROVINCES[h % self.n_prov % len(PROVINCES)] if self.national else None
        hid = f"H{h + 1:04d}"
        hname = f"UBND huyện {self._pick(PLACES)} {h + 1}"
        unit = {"id": hid, "name": hname, "kind": "ubnd_huyen", "parent": "T"}
        if rng.random() < 0.5:
            unit["cap_pho"] = self._pick([2, 3])
        self.add(unit)
        n = rng.randint(9, 13)
        chosen = PHONG_HUYEN[:8] + rng.sample(PHONG_HUYEN[8:], max(0, n - 8))
        self._district_divisions(hid, chosen)
        dv_siblings: list[list[str]] = []
        for k in range(rng.randint(2, 6)):
            dname, dfns, sector, basic = DV_HUYEN[k] if k < 5 else self._pick(DV_HUYEN[5:])
            loc = f"{prov}, {hname}" if prov else None
            if dname.startswith("Trường"):
                loc = f"xã {k}" + (f", {hname}" if prov else "")
            dv_siblings.append(self.dvsncl(f"{hid}.D{k + 1}", dname, hid, "ubnd_huyen", dfns, sector, basic, loc,
                                           dv_siblings))
        for x in range(rng.randint(8, 16)):
            xid = f"{hid}.X{x + 1:02d}"
            self.add({"id": xid, "name": f"UBND xã {self._pick(PLACES)} {h + 1}.{x + 1}", "kind": "ubnd_xa",
                      "parent": hid})
            if rng.random() < 0.1:
                b = self._pick([3, 4, 5, 6])
                self.add({"id": f"{xid}.P1", "name": "Văn phòng - Thống kê", "kind": "phong_thuoc_xa",
                          "parent": xid, "bien_che": b, "cap_pho": self._pick([0, 1])})
            for k in range(self._pick([0, 1, 1, 2])):
                dname, dfns, sector, basic = DV_XA[(x + k) % len(DV_XA)]
                self.dvsncl(f"{xid}.D{k + 1}", dname, xid, "ubnd_xa", dfns, sector, basic, None)

    # --- tasks -----------------------------------------------------------------------------------

    def tasks(self) -> list[dict]:
        rng = self.rng
        if not self.units:
            return []
        ids = [u["id"] for u in self.units]
        names = [u["name"] for u in self.units if u["kind"] in ("so", "ubnd_huyen")] or [self.units[0]["name"]]
        out = []
        for t in range(max(1, len(self.units) // 12)):
            def agency() -> str:
                r = rng.random()
                if r < 0.80:
                    return self._pick(ids)
                if r < 0.93:
                    name = self._pick(names)
                    return name.upper() if rng.random() < 0.2 else name
                if r < 0.96:
                    return self._pick(["Phòng Nội vụ", "Văn phòng", "Thanh tra"])   # ambiguous names
                return self._pick(FREE_TEXT_AGENCIES)
            r = rng.random()
            n_lead = 0 if r < 0.03 else (1 if r < 0.93 else rng.randint(2, 3))
            leads = [agency() for _ in range(n_lead)]
            helpers = [agency() for _ in range(self._pick([0, 1, 2, 2, 3]))]
            if leads and rng.random() < 0.04:
                helpers.append(leads[0])                               # both lead and coordinator
            task = {"id": f"NV{t + 1:05d}", "title": f"{self._pick(TASK_TITLES)} ({t + 1})", "chu_tri": leads}
            if helpers:
                task["phoi_hop"] = helpers
            out.append(task)
        return out

    # --- the whole structure ---------------------------------------------------------------------

    def build(self) -> dict:
        rng = self.rng
        n = self.n
        name = "Toàn quốc (mô phỏng)" if self.national else f"Tỉnh {self._pick(PROVINCES)}"
        self.add({"id": "T", "name": f"UBND {name}", "kind": "ubnd_tinh", "cap_pho": 4})
        n_so = len(SO) if n >= 400 else max(1, n // 25)
        order = list(range(len(SO)))
        if n_so < len(SO):
            order = sorted(rng.sample(order, n_so))
        sibling_fns: list[list[str]] = []
        for i in order:
            sname, stem, group, chi = SO[i]
            self.so(sname, stem, group, chi, sibling_fns)
            if len(self.units) >= n:
                break
        root_siblings = list(sibling_fns)
        for p in range(self.n_prov):
            for k in range(rng.randint(1, 4)):
                dname, dfns, sector, basic = DV_TINH[k]
                loc = PROVINCES[p % len(PROVINCES)] if self.national else None
                uid = f"T.D{p}.{k}"
                root_siblings.append(self.dvsncl(uid, dname, "T", "ubnd_tinh", dfns, sector, basic, loc,
                                                 root_siblings))
        h = 0
        while len(self.units) < n:
            self.district(h)
            h += 1
        del self.units[n:]   # parents precede children: any prefix is a valid structure
        return {"jurisdiction": {"name": name, "level": "tinh", "class": self.cls, "as_of": self.as_of},
                "units": self.units, "tasks": self.tasks()}


# --- national structures ---------------------------------------------------------------------------

# The 34 provinces and cities from 01/07/2025: name, number of pre-2025 provinces merged into it
# (NQ 202/2025/QH15: 11 unchanged, 17 from two, 6 from three), communes (xã, phường, đặc khu). The
# commune counts are approximate per province; their total is the national 3 321.
PROVINCES_34 = [
    ("Hà Nội", 1, 126), ("Huế", 1, 40), ("Lai Châu", 1, 38), ("Điện Biên", 1, 45), ("Sơn La", 1, 75),
    ("Lạng Sơn", 1, 65), ("Quảng Ninh", 1, 54), ("Thanh Hóa", 1, 166), ("Nghệ An", 1, 130), ("Hà Tĩnh", 1, 69),
    ("Cao Bằng", 1, 56), ("Tuyên Quang", 2, 124), ("Lào Cai", 2, 99), ("Thái Nguyên", 2, 92), ("Phú Thọ", 3, 148),
    ("Bắc Ninh", 2, 99), ("Hưng Yên", 2, 104), ("Hải Phòng", 2, 114), ("Ninh Bình", 3, 129), ("Quảng Trị", 2, 78),
    ("Đà Nẵng", 2, 94), ("Quảng Ngãi", 2, 96), ("Gia Lai", 2, 135), ("Khánh Hòa", 2, 65), ("Lâm Đồng", 3, 124),
    ("Đắk Lắk", 2, 102), ("Hồ Chí Minh", 3, 168), ("Đồng Nai", 2, 95), ("Tây Ninh", 2, 96), ("Cần Thơ", 3, 103),
    ("Vĩnh Long", 3, 124), ("Đồng Tháp", 2, 102), ("Cà Mau", 2, 64), ("An Giang", 2, 102)]
COMMUNES_34 = 3_321
# before 01/07/2025: 63 provinces, ~705 districts, ~10 600 communes
PROVINCES_63 = PROVINCES + ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Bà Rịa - Vũng Tàu"]
DISTRICTS_63, COMMUNES_63 = 705, 10_600
AS_OF = {"34": "2026-02-01", "63": "2024-06-01"}

# sở under NĐ 150/2025: name, id stem, nganh (rules/danh-muc-nganh.yaml), QLNN codes, chi cục; the first
# twelve are compulsory everywhere, the last three specific (Sở Du lịch makes a fifteenth: over the cap)
SO_2025 = [
    ("Văn phòng UBND", "VP", "van_phong_ubnd", QLNN_CODES["VAN_PHONG"], []),
    ("Sở Nội vụ", "NV", "noi_vu", QLNN_CODES["NOI_VU"][:3] + QLNN_CODES["LDTBXH"][:2], []),
    ("Sở Tư pháp", "TP", "tu_phap", QLNN_CODES["TU_PHAP"], []),
    ("Sở Tài chính", "TC", "tai_chinh", QLNN_CODES["TAI_CHINH"] + QLNN_CODES["KE_HOACH"], []),
    ("Sở Công Thương", "CT", "cong_thuong", QLNN_CODES["CONG_THUONG"], ["Chi cục Quản lý thị trường"]),
    ("Sở Nông nghiệp và Môi trường", "NM", "nong_nghiep_moi_truong", QLNN_CODES["NONG_NGHIEP"] + QLNN_CODES["TNMT"],
     ["Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y",
      "Chi cục Thủy sản", "Chi cục Quản lý đất đai", "Chi cục Bảo vệ môi trường"]),
    ("Sở Xây dựng", "XD", "xay_dung", QLNN_CODES["XAY_DUNG"] + QLNN_CODES["GIAO_THONG"], ["Chi cục Giám định xây dựng"]),
    ("Sở Khoa học và Công nghệ", "KC", "khoa_hoc_cong_nghe", QLNN_CODES["KHCN"] + QLNN_CODES["TTTT"],
     ["Chi cục Tiêu chuẩn Đo lường Chất lượng"]),
    ("Sở Văn hóa, Thể thao và Du lịch", "VH", "van_hoa_the_thao_du_lich", QLNN_CODES["VHTTDL"], []),
    ("Sở Giáo dục và Đào tạo", "GD", "giao_duc_dao_tao", QLNN_CODES["GDDT"], []),
    ("Sở Y tế", "YT", "y_te", QLNN_CODES["Y_TE"] + ["QLNN.LDTBXH.BAO_TRO_XA_HOI"],
     ["Chi cục Dân số", "Chi cục An toàn vệ sinh thực phẩm"]),
    ("Thanh tra tỉnh", "TR", "thanh_tra", QLNN_CODES["THANH_TRA"], []),
    ("Sở Dân tộc và Tôn giáo", "DT", "dan_toc_ton_giao", ["QLNN.DAN_TOC.CHINH_SACH", "QLNN.NOI_VU.TON_GIAO"], []),
    ("Sở Ngoại vụ", "NG", "ngoai_vu", QLNN_CODES["NGOAI_VU"], []),
    ("Sở Du lịch", "DL", "du_lich", ["QLNN.VHTTDL.DU_LICH", "QLNN.VHTTDL.XUC_TIEN_DU_LICH"], []),
    ("Sở Quy hoạch – Kiến trúc", "QK", "quy_hoach_kien_truc", QLNN_CODES["XAY_DUNG"][:1], []),  # HN, HCM only
]
# a province's case under NĐ 300/2025 (vice-chairs) by how many provinces formed it
PHO_CHU_TICH_FRAME = {1: "khong_sap_xep_loai_1", 2: "tinh_tu_2_tinh_loai_2_3", 3: "tinh_tu_3_tinh"}
# the sở of the 2024 structure (SO) by nganh code
NGANH_2024 = {"VP": "van_phong_ubnd", "NV": "noi_vu", "TP": "tu_phap", "KH": "ke_hoach_dau_tu", "TC": "tai_chinh",
              "CT": "cong_thuong", "NN": "nong_nghiep_ptnt", "GT": "giao_thong_van_tai", "XD": "xay_dung",
              "TN": "tai_nguyen_moi_truong", "TT": "thong_tin_truyen_thong", "LD": "lao_dong_tbxh",
              "VH": "van_hoa_the_thao_du_lich", "KC": "khoa_hoc_cong_nghe", "GD": "giao_duc_dao_tao", "YT": "y_te",
              "NG": "ngoai_vu", "TR": "thanh_tra", "DT": "dan_toc"}
# the public service units each 2025 sở took over from the 2024 sở (DV_SO); schools and hospitals apart
DV_SO_2025 = {"NV": DV_SO["NV"] + DV_SO["LD"][:1], "TP": DV_SO["TP"], "TC": DV_SO["KH"], "CT": DV_SO["CT"],
              "NM": DV_SO["NN"] + DV_SO["TN"], "XD": DV_SO["GT"] + DV_SO["XD"], "KC": DV_SO["KC"] + DV_SO["TT"],
              "VH": DV_SO["VH"], "YT": DV_SO["YT"][1:] + DV_SO["LD"][1:]}
SCHOOL_THPT = ("Trường Trung học phổ thông", ["DV.GIAO_DUC.PHO_THONG"], "giáo dục", True)
SCHOOL_GDNN = ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
               ["DV.GIAO_DUC.NGHE_NGHIEP", "DV.GIAO_DUC.THUONG_XUYEN"], "giáo dục", True)
HOSPITAL = ("Bệnh viện", ["DV.Y_TE.KHAM_CHUA_BENH"], "y tế", True)
TTYT_KHU_VUC = ("Trung tâm Y tế khu vực", ["DV.Y_TE.KHAM_CHUA_BENH", "DV.Y_TE.DU_PHONG"], "y tế", True)
TTYT_HUYEN = ("Trung tâm Y tế", ["DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN", "DV.Y_TE.DU_PHONG"], "y tế", True)
TT_DV_NONG_NGHIEP = ("Trung tâm Dịch vụ nông nghiệp", ["DV.NONG_NGHIEP.TRUNG_TAM_DICH_VU"], "nông nghiệp", False)
TRAM_Y_TE = ("Trạm Y tế", ["DV.Y_TE.TRAM_Y_TE"], "y tế", True)
# schools under the commune (from 2025) or the district (before), per commune: (template, low, high)
SCHOOLS = [(("Trường Mầm non", ["DV.GIAO_DUC.MAM_NON"], "giáo dục", True), 3, 9),
           (("Trường Tiểu học", ["DV.GIAO_DUC.PHO_THONG"], "giáo dục", True), 3, 7),
           (("Trường Trung học cơ sở", ["DV.GIAO_DUC.PHO_THONG"], "giáo dục", True), 1, 5)]
TT_DICH_VU_XA = ("Trung tâm Dịch vụ tổng hợp", ["DV.NONG_NGHIEP.KHUYEN_NONG", "DV.VAN_HOA.BIEU_DIEN"], "dịch vụ", False)
# bodies of a commune committee under NĐ 150/2025: three divisions and the public-administration centre
PHONG_XA = [("Văn phòng HĐND và UBND", ["QLNN.VAN_PHONG.THAM_MUU"]), ("Phòng Kinh tế", ["QLNN.KE_HOACH.DAU_TU"]),
            ("Phòng Văn hóa - Xã hội", ["QLNN.VHTTDL.VAN_HOA"])]
PHONG_XA_THEM = ("Phòng Quản lý đô thị", ["QLNN.XAY_DUNG.HA_TANG_DO_THI"])
SYLLABLES = (["Tân", "Bình", "Phú", "Hòa", "Long", "Mỹ", "An", "Thạnh", "Vĩnh", "Đông", "Tây", "Nam", "Bắc", "Trung",
              "Hưng", "Phước", "Thuận", "Quang", "Đức", "Yên"],
             ["An", "Bình", "Hưng", "Lộc", "Phú", "Thạnh", "Hòa", "Lợi", "Mỹ", "Sơn", "Hải", "Tiến", "Thành", "Phong",
              "Xuân", "Lâm", "Hiệp", "Điền", "Định", "Khánh"])
PLACE_NAMES = [f"{a} {b}" for a in SYLLABLES[0] for b in SYLLABLES[1] if a != b]


def allocate(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainder; ties by position)."""
    s = sum(weights)
    shares = [total * w / s for w in weights]
    out = [int(x) for x in shares]
    for i in sorted(range(len(shares)), key=lambda i: (out[i] - shares[i], i))[:total - sum(out)]:
        out[i] += 1
    return out


class _National(_Gen):
    """A national view: every province's committee is a root of the one file. Hà Nội's and TP.HCM's
    committees give their own class (`dac_biet`); the others are checked with the file's. They still
    get at most 14 sở, as the others (15 would be within their cap: no finding, no change of shape)."""

    def __init__(self, layout: str, seed: int, n_units: int | None, cls: str):
        super().__init__(n_units or 10**9, seed, AS_OF[layout], cls)
        self.layout = layout
        self.decisions: list[dict] = []
        if layout == "34":
            self.hierarchy = True
            self.min_phong, self.band2_phong = 7, 10          # NĐ 150/2025, NĐ 370/2025: every province
            self.office_staff = ([7, 8, 9, 9, 10, 12, 14, 15], [6, 5])

    def full(self) -> bool:
        return len(self.units) >= self.n

    def places(self, n: int) -> list[str]:
        return self.rng.sample(PLACE_NAMES, n) if n <= len(PLACE_NAMES) else \
            [f"{self._pick(PLACE_NAMES)} {i + 1}" for i in range(n)]

    def spread(self, uid: str, parent: str, parent_kind: str, template: tuple, count: int, places: list[str],
               divisions: tuple[int, int] | None = None, name_places: bool = True, **extra) -> None:
        """`count` units of one template under one parent, each in its own place (a few share
        one: a duplicate the check should find)."""
        dname, dfns, sector, basic = template
        siblings: list[list[str]] = []
        for k in range(count):
            loc = places[k % len(places)] if k < len(places) else f"{self._pick(places)} {k}"
            if k and self.rng.random() < 0.01:
                loc = places[(k - 1) % len(places)]
            n_div = self.rng.randint(*divisions) if divisions else 0
            name = f"{dname} {loc}" if name_places else f"{dname} {k + 1}"
            fns = self.dvsncl(f"{uid}{k + 1}", name, parent, parent_kind, dfns, sector, basic, loc, siblings, n_div)
            siblings.append(fns)
            if extra:
                self.units[-1 - n_div].update(extra)
                for division in self.units[len(self.units) - n_div:]:
                    division.pop("nhom_tu_chu", None)      # follows the unit's group

    def committee(self, p: int, name: str) -> str:
        """The provincial committee; Hà Nội and TP.HCM carry their own class."""
        pid = f"P{p + 1:02d}"
        unit = {"id": pid, "name": f"UBND {'thành phố' if name in CITIES else 'tỉnh'} {name}", "kind": "ubnd_tinh",
                "cap_pho": self.rng.randint(3, 5)}
        if name in SPECIAL:
            unit["class"] = SPECIAL_CLASS
        self.add(unit)
        return pid

    # --- 34 provinces, two tiers (from 01/07/2025) ------------------------------------------------

    def province_34(self, p: int, name: str, merged: int, n_xa: int) -> None:
        rng = self.rng
        pid = self.committee(p, name)
        if name not in SPECIAL:   # Hà Nội and TP.HCM give none: their vice-chairs are reported as not checked
            self.units[-1]["khung_pho_chu_tich"] = PHO_CHU_TICH_FRAME[merged]
        communes = self.places(n_xa)
        chosen = list(range(12))
        specific = [12] if rng.random() < 0.75 else []
        specific += [13] if rng.random() < 0.3 else []
        if rng.random() < 0.1:
            chosen.pop(rng.randint(1, 11))                      # a compulsory sở missing
        if rng.random() < 0.08 and name not in SPECIAL:
            specific = [12, 14, 15]                             # 15 sở: over the cap of 14; QH-KT outside HN, HCM
        sibling_fns: list[list[str]] = []
        caps: dict[str, int] = {}
        for i in chosen + specific:
            sname, stem, nganh, codes, chi_cuc = SO_2025[i]
            sid = f"{pid}.S{stem}"
            extra = min(2, merged - 1)
            r = rng.random()
            cap = 3 + extra + (-1 if r < 0.3 else (1 if r > 0.85 else 0))
            fns = self._functions(codes, sibling_fns)
            sibling_fns.append(fns)
            unit = {"id": sid, "name": f"{sname} {name}", "kind": "so", "parent": pid,
                    "bien_che": rng.randint(30, 60) * merged, "cap_pho": cap, "functions": fns}
            if rng.random() > 0.01:
                unit["nganh"] = nganh
            if merged > 1:
                unit["merged_provinces"] = merged
                unit["reorganization"] = {"decision": f"Quyết định {rng.randint(100, 999)}/QĐ-UBND",
                                          "date": "2025-07-01"}
            caps[sid] = 3 + extra + (1 if rng.random() < 0.02 else 0)
            self.add(unit)
            self.so_inside(sid, codes, chi_cuc, rng.random() < 0.02)   # a sở inspectorate left over: NĐ 150
            self.so_units_34(sid, stem, merged, n_xa, communes)
            if self.full():
                return
        self.allocation(name, caps, "2025-08-15")
        for k, template in enumerate(DV_TINH[:rng.randint(2, 4)]):
            self.spread(f"{pid}.D{k + 1}.", pid, "ubnd_tinh", template, rng.randint(1, 3), communes,
                        divisions=(2, 12))
        if rng.random() < 0.1:   # a district committee not yet dissolved: NĐ 150
            hid = f"{pid}.H1"
            self.add({"id": hid, "name": f"UBND huyện {self._pick(PLACE_NAMES)}", "kind": "ubnd_huyen", "parent": pid})
            for k, (pname, fns) in enumerate(PHONG_HUYEN[:2]):
                self.add({"id": f"{hid}.P{k + 1}", "name": pname, "kind": "phong_thuoc_huyen", "parent": hid,
                          "bien_che": 8, "cap_pho": 1, "functions": fns})
        extra_body = rng.choice([0.1, 0.2, 0.3, 0.4, 0.45, 0.7])   # a few provinces average over 4.5 bodies
        for x, place in enumerate(communes):
            self.commune_34(pid, x, place, extra_body)
            if extra_body == 0.7:   # the same few provinces give every commune 3 vice-chairs: over NĐ 300's 2.5
                next(u for u in self.units if u["id"] == f"{pid}.X{x + 1:03d}")["cap_pho"] = 3
            if self.full():
                return

    def allocation(self, province: str, caps: dict[str, int], day: str) -> None:
        """Some provinces allocate their deputy directors by decision (as Cần Thơ did, QĐ 1345/QĐ-UBND)."""
        rng = self.rng
        if rng.random() < 0.3:
            self.decisions.append({"reference": f"Quyết định {rng.randint(1000, 2999)}/QĐ-UBND", "date": day,
                                   "title": f"Phân bổ Phó Giám đốc sở, {province}", "deputy_caps": caps})

    def so_units_34(self, sid: str, stem: str, merged: int, n_xa: int, communes: list[str]) -> None:
        rng = self.rng
        if stem == "GD":
            self.spread(f"{sid}.THPT", sid, "so", SCHOOL_THPT, round(0.7 * n_xa), communes)
            self.spread(f"{sid}.GDNN", sid, "so", SCHOOL_GDNN, round(n_xa / 8), communes, divisions=(1, 4))
        elif stem == "YT":
            self.spread(f"{sid}.BV", sid, "so", HOSPITAL, round(12 + n_xa / 6), communes[::-1], divisions=(25, 55),
                        name_places=False)
            if merged == 3:
                self.centre_of_self_financing_hospital(sid)
            self.spread(f"{sid}.TTYT", sid, "so", TTYT_KHU_VUC, round(n_xa / 5), communes, divisions=(15, 40))
        elif stem == "NM":
            self.spread(f"{sid}.DVNN", sid, "so", TT_DV_NONG_NGHIEP, round(n_xa / 12), communes, divisions=(0, 3))
        # the units of each former province's sở: one each, in the former province's place; in a few
        # merged provinces they still sit side by side (a duplicate to find)
        together = merged > 1 and rng.random() < 0.1
        for t, template in enumerate(DV_SO_2025.get(stem, [])):
            siblings: list[list[str]] = []
            for c in range(merged):
                loc = None if together else f"{communes[c]} (trụ sở cũ {c + 1})"
                dname, dfns, sector, basic = template
                siblings.append(self.dvsncl(f"{sid}.D{t + 1}.{c + 1}", f"{dname} {loc or ''}".strip(), sid, "so",
                                            dfns, sector, basic, loc, siblings, rng.randint(1, 8)))

    def centre_of_self_financing_hospital(self, sid: str) -> None:
        """The first hospital of a Sở Y tế self-finances (group 1) and sets up a centre that does not:
        NĐ 120 Art. 4 requires it to self-finance even for basic services."""
        hospital = next(u for u in self.units if u["id"] == f"{sid}.BV1")
        hospital["nhom_tu_chu"] = 1
        self.add({"id": f"{sid}.BV1.TT", "name": "Trung tâm dịch vụ mới của bệnh viện", "kind": "dvsncl",
                  "parent": hospital["id"], "nguoi_lam_viec": 20, "cap_pho": 1, "nhom_tu_chu": 2,
                  "dich_vu_co_ban": True, "thanh_lap_moi": True, "functions": ["DV.Y_TE.KHAM_CHUA_BENH"]})

    def commune_34(self, pid: str, x: int, place: str, extra_body: float) -> None:
        rng = self.rng
        xid = f"{pid}.X{x + 1:03d}"
        ward = rng.random() < 0.25
        self.add({"id": xid, "name": f"UBND {'phường' if ward else 'xã'} {place}", "kind": "ubnd_xa", "parent": pid,
                  "cap_pho": 2})
        bodies = list(PHONG_XA) + ([PHONG_XA_THEM] if rng.random() < extra_body else [])
        over = rng.random() < 0.06       # deputies above the average of 2
        siblings: list[list[str]] = []
        for k, (bname, fns) in enumerate(bodies):
            b = self._pick([5, 6, 8, 8, 10, 12, 15])
            d = min(self._pick([1, 2, 2, 2]) if not over else 3, b - 1)
            f = self._functions(fns, siblings)
            siblings.append(f)
            self.add({"id": f"{xid}.P{k + 1}", "name": bname, "kind": "phong_thuoc_xa", "parent": xid,
                      "bien_che": b, "cap_pho": d, "functions": f})
        if rng.random() < 0.97:
            b = self._pick([6, 8, 10, 12])
            self.add({"id": f"{xid}.HCC", "name": "Trung tâm Phục vụ hành chính công", "kind": "trung_tam_hcc_xa",
                      "parent": xid, "bien_che": b, "cap_pho": min(self._pick([1, 2, 2]), b - 1),
                      "functions": ["QLNN.VAN_PHONG.HANH_CHINH_CONG"]})
        for s, (template, lo, hi) in enumerate(SCHOOLS):
            villages = [f"{place}, ấp {s * 10 + i + 1}" for i in range(10)]   # one school per village and level
            self.spread(f"{xid}.S{s + 1}.", xid, "ubnd_xa", template, rng.randint(lo, hi), villages,
                        name_places=False)
        self.stations(xid, place)
        if rng.random() < 0.3:   # newly set up by the commune; must self-finance unless basic (NĐ 120)
            nhom = 1 if rng.random() < 0.6 else 3
            self.spread(f"{xid}.DV", xid, "ubnd_xa", TT_DICH_VU_XA, 1, [place], divisions=(0, 3),
                        thanh_lap_moi=True, nhom_tu_chu=nhom)

    def stations(self, xid: str, place: str) -> None:
        """Health stations: one per commune, the former communes' stations kept (with a reason,
        or not) in some merged communes."""
        rng = self.rng
        r = rng.random()
        n = 1 if r < (0.9 if self.layout == "63" else 0.6) else rng.randint(2, 3)
        reasons = 0 if n == 1 else (n - 1 if rng.random() < 0.6 else 0)
        for k in range(n):
            self.dvsncl(f"{xid}.TYT{k + 1}", f"Trạm Y tế {place}" + (f" {k + 1}" if k else ""), xid, "ubnd_xa",
                        TRAM_Y_TE[1], TRAM_Y_TE[2], True, f"{place} ({k + 1})", None, 0)
            if 0 < k <= reasons:
                self.units[-1]["ly_do_giu"] = "địa bàn rộng, cách xa trạm chính"

    # --- 63 provinces with districts (before 01/07/2025) ------------------------------------------

    def province_63(self, p: int, name: str, n_huyen: int, xa_per_huyen: list[int]) -> None:
        rng = self.rng
        pid = self.committee(p, name)
        cls = SPECIAL_CLASS if name in SPECIAL else self.cls   # NĐ 107/2020 thresholds of the province's class
        self.min_phong, self.band2_phong = MIN_PHONG[cls], BAND2_PHONG[cls]
        n_xa = sum(xa_per_huyen)
        places = self.places(min(n_xa, len(PLACE_NAMES)))
        order = list(range(len(SO)))
        if name not in SPECIAL and rng.random() < 0.3:
            order.remove(len(SO) - 3)                            # no Sở Ngoại vụ
        ttyt_under_so = rng.random() < 0.15   # district health centres under the Sở Y tế (KH194 asks otherwise)
        sibling_fns: list[list[str]] = []
        caps: dict[str, int] = {}
        for i in order:
            sname, stem, group, chi_cuc = SO[i]
            sid = f"{pid}.S{stem}"
            cap = self._pick([2, 3, 3, 3, 3, 4]) if rng.random() > self.p_viol else 5
            caps[sid] = 3 + (1 if rng.random() < 0.02 else 0)
            fns = self._functions(QLNN_CODES[group], sibling_fns)
            sibling_fns.append(fns)
            self.add({"id": sid, "name": f"{sname} {name}", "kind": "so", "parent": pid,
                      "bien_che": self._pick([25, 32, 40, 55, 80]), "cap_pho": cap, "functions": fns,
                      "nganh": NGANH_2024[stem]})
            self.so_inside(sid, QLNN_CODES[group], chi_cuc, group not in ("THANH_TRA", "VAN_PHONG"))
            if stem == "GD":
                self.spread(f"{sid}.THPT", sid, "so", SCHOOL_THPT, round(0.24 * n_xa), places)
            elif stem == "YT":
                self.spread(f"{sid}.BV", sid, "so", HOSPITAL, rng.randint(8, 16), places[::-1], divisions=(25, 55),
                            name_places=False)
                if ttyt_under_so:
                    self.spread(f"{sid}.TTYT", sid, "so", TTYT_HUYEN, n_huyen, places, divisions=(12, 35))
                    self.centre_of_self_financing_hospital(sid)
            siblings: list[list[str]] = []
            for t, template in enumerate(DV_SO.get(stem, [])):
                if stem == "GD" or (stem == "YT" and t == 0):
                    continue       # schools and hospitals above
                dname, dfns, sector, basic = template
                siblings.append(self.dvsncl(f"{sid}.D{t + 1}", dname, sid, "so", dfns, sector, basic, None,
                                            siblings, rng.randint(0, 6)))
            if self.full():
                return
        self.allocation(name, caps, "2023-03-01")
        for k, template in enumerate(DV_TINH[:rng.randint(2, 4)]):
            self.spread(f"{pid}.D{k + 1}.", pid, "ubnd_tinh", template, rng.randint(1, 2), places, divisions=(2, 10))
        start = 0
        for h, n_xa_h in enumerate(xa_per_huyen):
            self.district_63(pid, h, places[start:start + n_xa_h] or places[:n_xa_h], not ttyt_under_so)
            start += n_xa_h
            if self.full():
                return

    def district_63(self, pid: str, h: int, communes: list[str], own_health_centre: bool) -> None:
        rng = self.rng
        hid = f"{pid}.H{h + 1:02d}"
        hname = f"{self._pick(['huyện', 'huyện', 'huyện', 'thị xã', 'thành phố'])} {self._pick(PLACE_NAMES)}"
        unit = {"id": hid, "name": f"UBND {hname}", "kind": "ubnd_huyen", "parent": pid}
        if rng.random() < 0.5:
            unit["cap_pho"] = self._pick([2, 3])
        self.add(unit)
        n = rng.randint(10, 12)
        chosen = PHONG_HUYEN[:8] + rng.sample(PHONG_HUYEN[8:], n - 8)
        self._district_divisions(hid, chosen)
        centres = ([TTYT_HUYEN] if own_health_centre else []) + [
            t for t in DV_HUYEN[1:4]] + ([TT_DV_NONG_NGHIEP] if rng.random() < 0.85 else [])
        dv_siblings: list[list[str]] = []
        for k, (dname, dfns, sector, basic) in enumerate(centres):
            n_div = rng.randint(12, 35) if dname == TTYT_HUYEN[0] else rng.randint(0, 4)
            dv_siblings.append(self.dvsncl(f"{hid}.D{k + 1}", f"{dname} {hname}", hid, "ubnd_huyen", dfns, sector,
                                           basic, None, dv_siblings, n_div))
            if dname == TT_DV_NONG_NGHIEP[0] and rng.random() < 0.3:
                self.units[-1 - n_div]["thanh_lap_moi"] = True      # set up under KH 194: must self-finance
        # schools belong to the district before 2025 (about 3.7 per commune)
        n_xa = len(communes)
        for s, (template, lo, hi) in enumerate(SCHOOLS):
            count = sum(rng.randint(lo, hi) for _ in range(n_xa)) // 4
            villages = [f"{c}, ấp {s * 3 + j + 1}" for j in range(3) for c in communes]   # one per village and level
            self.spread(f"{hid}.S{s + 1}.", hid, "ubnd_huyen", template, count, villages, name_places=True)
        for x, place in enumerate(communes):
            xid = f"{hid}.X{x + 1:02d}"
            self.add({"id": xid, "name": f"UBND xã {place}", "kind": "ubnd_xa", "parent": hid})
            if rng.random() < 0.05:
                b = self._pick([3, 4, 5, 6])
                self.add({"id": f"{xid}.P1", "name": "Văn phòng - Thống kê", "kind": "phong_thuoc_xa",
                          "parent": xid, "bien_che": b, "cap_pho": self._pick([0, 1])})
            self.stations(xid, place)

    # --- the whole structure ---------------------------------------------------------------------

    def build_national(self) -> dict:
        rng = self.rng
        if self.layout == "34":
            for p, (name, merged, n_xa) in enumerate(PROVINCES_34):
                self.province_34(p, name, merged, n_xa)
                if self.full():
                    break
        else:
            huyen = allocate(DISTRICTS_63, [rng.uniform(0.5, 1.6) for _ in PROVINCES_63])
            xa = allocate(COMMUNES_63, [rng.uniform(0.5, 1.6) for _ in range(DISTRICTS_63)])
            start = 0
            for p, name in enumerate(PROVINCES_63):
                self.province_63(p, name, huyen[p], xa[start:start + huyen[p]])
                start += huyen[p]
                if self.full():
                    break
        del self.units[self.n:]
        ids = {u["id"] for u in self.units}
        decisions = [d for d in self.decisions if all(uid in ids for uid in d["deputy_caps"])]
        name = f"Toàn quốc: {self.layout} tỉnh, thành phố (mô phỏng)"
        return {"jurisdiction": {"name": name, "level": "tinh", "class": self.cls, "as_of": self.as_of},
                "units": self.units, "tasks": self.tasks(), "decisions": decisions}


CITIES = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
SPECIAL, SPECIAL_CLASS = {"Hà Nội", "Hồ Chí Minh"}, "dac_biet"   # their committees carry `class: dac_biet`


def generate_national(layout: str, seed: int, *, n_units: int | None = None, cls: str = "loai_1") -> dict:
    """The national view: `layout` "34" (from 01/07/2025, as of 2026: communes directly under the 34
    provincial committees) or "63" (before, as of 2024: 63 provinces with ~705 districts). With
    `n_units`, the structure is cut to that many units (parents first: the first provinces whole)."""
    if layout not in AS_OF:
        raise ValueError("layout must be '34' or '63'")
    if n_units is not None and n_units < 1:
        raise ValueError("n_units must be at least 1")
    return _National(layout, seed, n_units, cls).build_national()


def generate(n_units: int, seed: int, *, as_of: str = "2023-09-08", cls: str = "loai_1") -> dict:
    if n_units < 1:
        raise ValueError("n_units must be at least 1")
    return _Gen(n_units, seed, as_of, cls).build()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    p.add_argument("--units", type=int, default=None, help="units (default 3000; with --national: the whole country)")
    p.add_argument("--national", choices=sorted(AS_OF), help="the national view: 34 provinces (2026) or 63 (2024)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--class", dest="cls", default="loai_1", choices=["dac_biet", "loai_1", "loai_2_3"])
    p.add_argument("--as-of", default="2023-09-08", help="date of the structure (not with --national)")
    p.add_argument("-o", "--output", default="-", help="output file (.json, .yaml or .yml); '-' = stdout JSON")
    args = p.parse_args(argv)
    if args.national:
        data = generate_national(args.national, args.seed, n_units=args.units, cls=args.cls)
    else:
        data = generate(args.units or 3000, args.seed, as_of=args.as_of, cls=args.cls)
    if args.output != "-" and Path(args.output).suffix.lower() in (".yaml", ".yml"):
        import yaml
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)
    else:
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
