# language: vi
Tính năng: Yêu cầu về cơ cấu của Kế hoạch 194/KH-UBND (y tế, nông nghiệp)
  Kế hoạch 194/KH-UBND của UBND TP Cần Thơ (nhiệm vụ 4) yêu cầu sắp xếp trạm y tế đồng bộ với sắp xếp
  xã, mỗi quận, huyện có một trung tâm dịch vụ nông nghiệp, và trung tâm y tế quận, huyện trực thuộc
  UBND quận, huyện. Đơn vị được nhận ra qua mã chức năng (rules/danh-muc-chuc-nang.yaml):
  DV.Y_TE.TRAM_Y_TE, DV.NONG_NGHIEP.TRUNG_TAM_DICH_VU, DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN. Hai yêu cầu về cấp
  huyện chỉ áp dụng đến 30/06/2025: từ 01/07/2025 không còn chính quyền cấp huyện.

  Quy tắc: KH194.Y_TE.TRAM_Y_TE_XA — Xã có từ hai trạm y tế thì mỗi trạm thêm phải có lý do giữ
    Trạm y tế là đơn vị sự nghiệp trực thuộc UBND cấp xã giữ mã DV.Y_TE.TRAM_Y_TE. Một xã có n trạm
    thì n − 1 trạm là trạm thêm; phát hiện khi số trạm ghi «lý do giữ» ít hơn số trạm thêm.

    Khung kịch bản: Xã sau hợp nhất: <tình huống>
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 01/08/2025
      Và cơ cấu tổ chức:
        | mã     | tên                  | loại      | trực thuộc | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản | chức năng         | lý do giữ   |
        | ubnd   | UBND thành phố       | ubnd_tinh |            |                |         |             |                |                   |             |
        | xa     | UBND xã Thạnh Phú    | ubnd_xa   | ubnd       |                |         |             |                |                   |             |
        | tram_1 | Trạm Y tế Thạnh Phú  | dvsncl    | xa         | 8              | 1       | 4           | có             | DV.Y_TE.TRAM_Y_TE |             |
        | tram_2 | Trạm Y tế Thạnh Lộc  | dvsncl    | xa         | 6              | 0       | 4           | có             | <chức năng 2>     | <lý do 2>   |
        | tram_3 | Trạm Y tế Thạnh Mỹ   | dvsncl    | xa         | 6              | 0       | 4           | có             | <chức năng 3>     | <lý do 3>   |
      Và chỉ xét quy tắc "KH194.Y_TE.TRAM_Y_TE_XA"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "KH194.Y_TE.TRAM_Y_TE_XA" tại "xa"

      Dữ liệu:
        | tình huống                        | chức năng 2            | lý do 2 | chức năng 3            | lý do 3 | kết quả  |
        | một trạm, hai đơn vị khác         | DV.Y_TE.KHAM_CHUA_BENH |         | DV.Y_TE.DAN_SO         |         | không xét nên không có |
        | hai trạm, không lý do             | DV.Y_TE.TRAM_Y_TE      |         | DV.Y_TE.DAN_SO         |         | có       |
        | hai trạm, trạm thêm có lý do      | DV.Y_TE.TRAM_Y_TE      | cù lao  | DV.Y_TE.DAN_SO         |         | không có |
        | ba trạm, một lý do                | DV.Y_TE.TRAM_Y_TE      | cù lao  | DV.Y_TE.TRAM_Y_TE      |         | có       |
        | ba trạm, hai trạm thêm có lý do   | DV.Y_TE.TRAM_Y_TE      | cù lao  | DV.Y_TE.TRAM_Y_TE      | xa 15km | không có |

    Kịch bản: Phát hiện ghi số trạm, số trạm có lý do và tên các trạm
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 01/08/2025
      Và cơ cấu tổ chức:
        | mã     | tên                 | loại      | trực thuộc | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản | chức năng         |
        | ubnd   | UBND thành phố      | ubnd_tinh |            |                |         |             |                |                   |
        | xa     | UBND xã Thạnh Phú   | ubnd_xa   | ubnd       |                |         |             |                |                   |
        | tram_1 | Trạm Y tế Thạnh Phú | dvsncl    | xa         | 8              | 1       | 4           | có             | DV.Y_TE.TRAM_Y_TE |
        | tram_2 | Trạm Y tế Thạnh Lộc | dvsncl    | xa         | 6              | 0       | 4           | có             | DV.Y_TE.TRAM_Y_TE |
      Và chỉ xét quy tắc "KH194.Y_TE.TRAM_Y_TE_XA"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                 | đơn vị | mức độ   |
        | KH194.Y_TE.TRAM_Y_TE_XA | xa     | cảnh báo |
      Và phát hiện "KH194.Y_TE.TRAM_Y_TE_XA" tại "xa" ghi "2 trạm y tế, 0 trạm có lý do giữ (tối đa 1 không kể trạm có lý do): Trạm Y tế Thạnh Phú (tram_1); Trạm Y tế Thạnh Lộc (tram_2)"

  Quy tắc: KH194.NONG_NGHIEP.TT_DICH_VU_HUYEN — Mỗi quận, huyện có trung tâm dịch vụ nông nghiệp (đến 30/06/2025)
    Trung tâm là đơn vị sự nghiệp trực thuộc UBND cấp huyện giữ mã DV.NONG_NGHIEP.TRUNG_TAM_DICH_VU;
    trung tâm thuộc sở, hay đơn vị chỉ làm khuyến nông, không tính.

    Khung kịch bản: Huyện có <tình huống>, kiểm tra ngày <ngày>
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã    | tên                                    | loại       | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản | chức năng   |
        | ubnd  | UBND thành phố                         | ubnd_tinh  |            |          |                |         |             |                |             |
        | so_nn | Sở Nông nghiệp và Phát triển nông thôn | so         | ubnd       | 40       |                | 2       |             |                |             |
        | h     | UBND huyện Phong Điền                  | ubnd_huyen | ubnd       |          |                |         |             |                |             |
        | tt    | Trung tâm Dịch vụ nông nghiệp          | dvsncl     | <cấp trên> |          | 15             | 1       | 3           | có             | <chức năng> |
      Và chỉ xét quy tắc "KH194.NONG_NGHIEP.TT_DICH_VU_HUYEN"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì <kết quả> phát hiện "KH194.NONG_NGHIEP.TT_DICH_VU_HUYEN" tại "h"

      Dữ liệu:
        | tình huống                     | cấp trên | chức năng                        | ngày       | kết quả  |
        | trung tâm trực thuộc           | h        | DV.NONG_NGHIEP.TRUNG_TAM_DICH_VU | 30/06/2025 | không có |
        | chỉ trạm khuyến nông           | h        | DV.NONG_NGHIEP.KHUYEN_NONG       | 08/09/2023 | có       |
        | trung tâm nhưng thuộc sở       | so_nn    | DV.NONG_NGHIEP.TRUNG_TAM_DICH_VU | 30/06/2025 | có       |
        | trung tâm nhưng thuộc sở       | so_nn    | DV.NONG_NGHIEP.TRUNG_TAM_DICH_VU | 01/07/2025 | không có |

  Quy tắc: KH194.Y_TE.TTYT_HUYEN_TRUC_THUOC — Trung tâm y tế quận, huyện trực thuộc UBND quận, huyện (đến 30/06/2025)
    Trung tâm y tế cấp huyện là đơn vị giữ mã DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN; đặt ở nơi khác (ví dụ dưới
    Sở Y tế, với địa bàn là huyện) là phát hiện tại chính trung tâm.

    Khung kịch bản: Trung tâm y tế huyện trực thuộc <cấp trên>, kiểm tra ngày <ngày>
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã    | tên                             | loại       | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | chức năng   | địa bàn          |
        | ubnd  | UBND thành phố                  | ubnd_tinh  |            |          |                |         |             |             |                  |
        | so_yt | Sở Y tế                         | so         | ubnd       | 40       |                | 2       |             |             |                  |
        | h     | UBND huyện Phong Điền           | ubnd_huyen | ubnd       |          |                |         |             |             |                  |
        | ttyt  | Trung tâm Y tế huyện Phong Điền | dvsncl     | <cấp trên> |          | 200            | 2       | 3           | <chức năng> | huyện Phong Điền |
      Và chỉ xét quy tắc "KH194.Y_TE.TTYT_HUYEN_TRUC_THUOC"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì <kết quả> phát hiện "KH194.Y_TE.TTYT_HUYEN_TRUC_THUOC" tại "ttyt"

      Dữ liệu:
        | cấp trên | chức năng                       | ngày       | kết quả  |
        | so_yt    | DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN    | 30/06/2025 | có       |
        | so_yt    | DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN    | 01/07/2025 | không có |
        | h        | DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN    | 30/06/2025 | không xét nên không có |
        | so_yt    | DV.Y_TE.KHAM_CHUA_BENH          | 30/06/2025 | không có |

    Kịch bản: Phát hiện nêu nơi trung tâm đang trực thuộc
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã    | tên                             | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | chức năng                    |
        | ubnd  | UBND thành phố                  | ubnd_tinh |            |          |                |         |             |                              |
        | so_yt | Sở Y tế                         | so        | ubnd       | 40       |                | 2       |             |                              |
        | ttyt  | Trung tâm Y tế huyện Phong Điền | dvsncl    | so_yt      |          | 200            | 2       | 3           | DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN |
      Và chỉ xét quy tắc "KH194.Y_TE.TTYT_HUYEN_TRUC_THUOC"
      Khi kiểm tra tuân thủ
      Thì phát hiện "KH194.Y_TE.TTYT_HUYEN_TRUC_THUOC" tại "ttyt" ghi "trung tâm y tế cấp huyện đang trực thuộc Sở Y tế (so_yt), không phải UBND cấp huyện"

  Quy tắc: Chữ có dấu gõ dạng tổ hợp (NFD) hay dựng sẵn (NFC) cho cùng kết quả về trạm y tế
    Ở dòng NFD, mã xã, tên và lý do giữ của trạm thứ hai được gõ dạng tổ hợp; phát hiện vẫn ghi tại
    cùng một xã, và tên trạm trong thông báo ở dạng dựng sẵn.

    Khung kịch bản: Xã có ba trạm y tế, gõ dạng <dạng>
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 01/08/2025
      Và cơ cấu tổ chức:
        | mã       | tên                 | loại      | trực thuộc | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản | chức năng         | lý do giữ |
        | ubnd     | UBND thành phố      | ubnd_tinh |            |                |         |             |                |                   |           |
        | <mã xã>  | UBND xã Thạnh Phú   | ubnd_xa   | ubnd       |                |         |             |                |                   |           |
        | tram_1   | Trạm Y tế Thạnh Phú | dvsncl    | <mã xã>    | 8              | 1       | 4           | có             | DV.Y_TE.TRAM_Y_TE |           |
        | tram_2   | <tên 2>             | dvsncl    | <mã xã>    | 6              | 0       | 4           | có             | DV.Y_TE.TRAM_Y_TE | <lý do>   |
        | tram_3   | Trạm Y tế Thạnh Mỹ  | dvsncl    | <mã xã>    | 6              | 0       | 4           | có             | DV.Y_TE.TRAM_Y_TE |           |
      Và chỉ xét quy tắc "KH194.Y_TE.TRAM_Y_TE_XA"
      Khi kiểm tra tuân thủ
      Thì phát hiện "KH194.Y_TE.TRAM_Y_TE_XA" tại "xã_thạnh_phú" ghi "3 trạm y tế, 1 trạm có lý do giữ (tối đa 2 không kể trạm có lý do): Trạm Y tế Thạnh Phú (tram_1); Trạm Y tế Thạnh Lộc (tram_2); Trạm Y tế Thạnh Mỹ (tram_3)"

      Dữ liệu:
        | dạng | mã xã        | tên 2               | lý do  |
        | NFC  | xã_thạnh_phú | Trạm Y tế Thạnh Lộc | cù lao |
        | NFD  | xã_thạnh_phú | Trạm Y tế Thạnh Lộc | cù lao |

  Quy tắc: ND150.SO_DAC_THU.NGOAI_VU — Sở Ngoại vụ chưa có tiêu chí thành lập
    NĐ 150/2025 Điều 9 khoản 1: cần một trong bốn tiêu chí; tiêu chí do tệp tổ chức khai báo.

    Khung kịch bản: ND150.SO_DAC_THU.NGOAI_VU: tiêu chí «<tiêu chí>», ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên         | loại      | trực thuộc | biên chế | cấp phó | ngành    | tiêu chí đặc thù |
        | ubnd | UBND tỉnh   | ubnd_tinh |            |          |         |          |                  |
        | so   | Sở Ngoại vụ | so        | ubnd       | 20       | 2       | ngoai_vu | <tiêu chí>       |
      Và chỉ xét quy tắc "ND150.SO_DAC_THU.NGOAI_VU"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.SO_DAC_THU.NGOAI_VU" tại "so"

      Dữ liệu:
        | ngày       | tiêu chí                            | kết quả  |
        | 15/06/2025 |                                     | không có |
        | 16/06/2025 |                                     | có       |
        | 16/06/2025 | ngoai_vu.cua_khau_quoc_te_duong_bo  | không có |
        | 01/02/2026 | ngoai_vu.cang_bien_quoc_te          | không có |

  Quy tắc: ND150.SO_DAC_THU.DAN_TOC_TON_GIAO — Sở Dân tộc và Tôn giáo chưa đủ tiêu chí thành lập
    NĐ 150/2025 Điều 9 khoản 2: cần đủ ba tiêu chí.

    Khung kịch bản: ND150.SO_DAC_THU.DAN_TOC_TON_GIAO: tiêu chí «<tiêu chí>»
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại      | trực thuộc | biên chế | cấp phó | ngành            | tiêu chí đặc thù |
        | ubnd | UBND tỉnh              | ubnd_tinh |            |          |         |                  |                  |
        | so   | Sở Dân tộc và Tôn giáo | so        | ubnd       | 20       | 2       | dan_toc_ton_giao | <tiêu chí>       |
      Và chỉ xét quy tắc "ND150.SO_DAC_THU.DAN_TOC_TON_GIAO"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.SO_DAC_THU.DAN_TOC_TON_GIAO" tại "so"

      Dữ liệu:
        | tiêu chí                                                                                                   | kết quả  |
        | dan_toc_ton_giao.dtts_20000_tap_trung, dan_toc_ton_giao.dtts_5000_can_ho_tro                               | có       |
        | dan_toc_ton_giao.dtts_20000_tap_trung, dan_toc_ton_giao.dtts_5000_can_ho_tro, dan_toc_ton_giao.dia_ban_xung_yeu | không có |

  Quy tắc: ND150.SO_DAC_THU.DU_LICH — Sở Du lịch chưa đủ tiêu chí thành lập
    NĐ 150/2025 Điều 9 khoản 3: cần đủ hai tiêu chí.

    Khung kịch bản: ND150.SO_DAC_THU.DU_LICH: tiêu chí «<tiêu chí>»
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên         | loại      | trực thuộc | biên chế | cấp phó | ngành   | tiêu chí đặc thù |
        | ubnd | UBND tỉnh   | ubnd_tinh |            |          |         |         |                  |
        | so   | Sở Du lịch  | so        | ubnd       | 20       | 2       | du_lich | <tiêu chí>       |
      Và chỉ xét quy tắc "ND150.SO_DAC_THU.DU_LICH"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.SO_DAC_THU.DU_LICH" tại "so"

      Dữ liệu:
        | tiêu chí                                                  | kết quả  |
        | du_lich.di_san_hoac_tai_nguyen_noi_troi                   | có       |
        | du_lich.di_san_hoac_tai_nguyen_noi_troi, du_lich.mui_nhon_grdp_10 | không có |

  Quy tắc: ND150.SO_DAC_THU.QUY_HOACH_KIEN_TRUC — Sở Quy hoạch – Kiến trúc ngoài Hà Nội, TP.HCM
    NĐ 150/2025 Điều 9 khoản 4: chỉ Hà Nội và TP.HCM.

    Khung kịch bản: ND150.SO_DAC_THU.QUY_HOACH_KIEN_TRUC: <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên                     | loại      | trực thuộc | biên chế | cấp phó | ngành               |
        | ubnd | UBND tỉnh               | ubnd_tinh |            |          |         |                     |
        | so   | Sở Quy hoạch – Kiến trúc | so        | ubnd       | 40       | 3       | quy_hoach_kien_truc |
      Và chỉ xét quy tắc "ND150.SO_DAC_THU.QUY_HOACH_KIEN_TRUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.SO_DAC_THU.QUY_HOACH_KIEN_TRUC" tại "so"

      Dữ liệu:
        | ngày       | phân loại | kết quả  |
        | 15/06/2025 | loại I    | không có |
        | 16/06/2025 | loại I    | có       |
        | 01/02/2026 | loại II   | có       |

    Kịch bản: ND150.SO_DAC_THU.QUY_HOACH_KIEN_TRUC: Hà Nội, TP.HCM được thành lập
      Biết tỉnh "Thành phố Hồ Chí Minh" phân loại "đặc biệt" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên                      | loại      | trực thuộc | biên chế | cấp phó | ngành               |
        | ubnd | UBND thành phố           | ubnd_tinh |            |          |         |                     |
        | so   | Sở Quy hoạch – Kiến trúc | so        | ubnd       | 40       | 3       | quy_hoach_kien_truc |
      Và chỉ xét quy tắc "ND150.SO_DAC_THU.QUY_HOACH_KIEN_TRUC"
      Khi kiểm tra tuân thủ
      Thì quy tắc "ND150.SO_DAC_THU.QUY_HOACH_KIEN_TRUC" không xét "so"

  Quy tắc: ND120.TU_CHU.THANH_LAP_MOI_TRONG_NHOM_1 — Đơn vị thành lập mới trong đơn vị tự bảo đảm chi chưa tự bảo đảm chi
    NĐ 120/2020 Điều 4: đơn vị thành lập mới thuộc đơn vị nhóm 1 phải tự bảo đảm chi, kể cả khi cung ứng dịch vụ
    sự nghiệp công cơ bản, thiết yếu ((*): câu này đọc qua trích dẫn).

    Khung kịch bản: Trung tâm con nhóm <nhóm con>, dịch vụ cơ bản, trong đơn vị nhóm <nhóm cha>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên              | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản | thành lập mới |
        | ubnd | UBND tỉnh        | ubnd_tinh |            |          |                |         |             |                |               |
        | so   | Sở Y tế          | so        | ubnd       | 40       |                | 3       |             |                |               |
        | bv   | Bệnh viện tỉnh   | dvsncl    | so         |          | 400            | 3       | <nhóm cha>  | không          | không         |
        | tt   | Trung tâm con    | dvsncl    | bv         |          | 20             | 1       | <nhóm con>  | có             | có            |
      Và chỉ xét các quy tắc "ND120.TU_CHU.THANH_LAP_MOI, ND120.TU_CHU.THANH_LAP_MOI_TRONG_NHOM_1"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND120.TU_CHU.THANH_LAP_MOI_TRONG_NHOM_1" tại "tt"
      Và không có phát hiện "ND120.TU_CHU.THANH_LAP_MOI" tại "tt"

      Dữ liệu:
        | nhóm cha | nhóm con | kết quả  |
        | 1        | 2        | có       |
        | 1        | 1        | không có |
        | 2        | 3        | không có |
