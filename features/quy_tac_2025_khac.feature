# language: vi
Tính năng: Biên của các quy tắc mới 2025–2026 (NĐ 300, NĐ 370, NĐ 45, NĐ 150, NĐ 120, quyết định địa phương)
  Các kịch bản đi sát từng ngưỡng, từng ngày bắt đầu và hết hiệu lực, từng năm chuyển tiếp của các quy tắc
  mới: mỗi mức có một trường hợp đúng bằng mức (đạt) và một trường hợp vượt một đơn vị (vi phạm);
  mỗi ngày hiệu lực có cặp ngày trước / ngày đầu. Các mức lấy từ rules/*.yaml.

  Quy tắc: Biên của ND300.PHO_CHU_TICH.TINH — Số Phó Chủ tịch UBND cấp tỉnh: từng trường hợp hình thành tỉnh
    NĐ 300/2025 Điều 5: TP.HCM 8; thành phố từ 3 tỉnh 7; thành phố từ 2 tỉnh, tỉnh từ 3 tỉnh hoặc từ 2 tỉnh
    có tỉnh loại I 6; tỉnh từ 2 tỉnh loại II, III và Hà Nội 5; Huế và tỉnh loại I không sắp xếp 4.

    Khung kịch bản: ND300.PHO_CHU_TICH.TINH biên: <khung>, <số> Phó Chủ tịch
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | cấp phó | khung phó chủ tịch |
        | ubnd | UBND tỉnh | ubnd_tinh |            | <số>    | <khung>            |
      Và chỉ xét quy tắc "ND300.PHO_CHU_TICH.TINH"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND300.PHO_CHU_TICH.TINH" tại "ubnd"
      Và có đúng <n> phát hiện

      Dữ liệu:
        | khung                    | số | kết quả  | n |
        | thanh_pho_tu_3_tinh      | 7  | không có | 0 |
        | thanh_pho_tu_3_tinh      | 8  | có       | 1 |
        | thanh_pho_tu_2_tinh      | 6  | không có | 0 |
        | thanh_pho_tu_2_tinh      | 7  | có       | 1 |
        | tinh_tu_2_tinh_co_loai_1 | 6  | không có | 0 |
        | tinh_tu_2_tinh_co_loai_1 | 7  | có       | 1 |
        | ha_noi                   | 5  | không có | 0 |
        | ha_noi                   | 6  | có       | 1 |
        | hue                      | 4  | không có | 0 |
        | khong_sap_xep_loai_1     | 4  | không có | 0 |
        | khong_sap_xep_loai_1     | 5  | có       | 1 |

    Kịch bản: ND300.PHO_CHU_TICH.TINH: phát hiện ghi mức của thành phố hình thành từ 3 tỉnh
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | cấp phó | khung phó chủ tịch  |
        | ubnd | UBND tỉnh | ubnd_tinh |            | 8       | thanh_pho_tu_3_tinh |
      Và chỉ xét quy tắc "ND300.PHO_CHU_TICH.TINH"
      Khi kiểm tra tuân thủ
      Thì phát hiện "ND300.PHO_CHU_TICH.TINH" tại "ubnd" ghi "8 Phó Chủ tịch / tối đa 7"

  Quy tắc: Biên của ND300.PHO_CHU_TICH.CHUA_KHAI_BAO — Chưa khai báo trường hợp hình thành tỉnh: ngày hiệu lực, 0 phó
    Có hiệu lực từ ngày ký 17/11/2025; UBND tỉnh khai báo 0 Phó Chủ tịch vẫn là đã khai báo số phó.

    Kịch bản: ND300.PHO_CHU_TICH.CHUA_KHAI_BAO: ngày 16/11/2025 chưa có hiệu lực
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/11/2025
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh |            | 5       |
      Và chỉ xét quy tắc "ND300.PHO_CHU_TICH.CHUA_KHAI_BAO"
      Khi kiểm tra tuân thủ
      Thì quy tắc "ND300.PHO_CHU_TICH.CHUA_KHAI_BAO" không có hiệu lực
      Và không có phát hiện nào

    Kịch bản: ND300.PHO_CHU_TICH.CHUA_KHAI_BAO: ngày 17/11/2025 có hiệu lực
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 17/11/2025
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh |            | 5       |
      Và chỉ xét quy tắc "ND300.PHO_CHU_TICH.CHUA_KHAI_BAO"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                          | đơn vị | mức độ    |
        | ND300.PHO_CHU_TICH.CHUA_KHAI_BAO | ubnd   | thông tin |

    Kịch bản: ND300.PHO_CHU_TICH.CHUA_KHAI_BAO: khai báo 0 Phó Chủ tịch, chưa khai báo trường hợp
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh |            | 0       |
      Và chỉ xét quy tắc "ND300.PHO_CHU_TICH.CHUA_KHAI_BAO"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND300.PHO_CHU_TICH.CHUA_KHAI_BAO" tại "ubnd"
      Và phát hiện "ND300.PHO_CHU_TICH.CHUA_KHAI_BAO" tại "ubnd" ghi "có 0 Phó Chủ tịch"

  Quy tắc: Biên của ND300.PHO_CHU_TICH.XA — Phó Chủ tịch UBND cấp xã: bình quân 2,5 trên 10 xã
    Với 10 xã mức là 25 (2,5 × 10): 25 đạt, 26 vượt.

    Khung kịch bản: ND300.PHO_CHU_TICH.XA: 10 xã có tổng <tổng> Phó Chủ tịch
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên          | loại      | trực thuộc | cấp phó |
        | ubnd | UBND tỉnh    | ubnd_tinh |            |         |
        | x1   | UBND xã Một  | ubnd_xa   | ubnd       | 3       |
        | x2   | UBND xã Hai  | ubnd_xa   | ubnd       | 3       |
        | x3   | UBND xã Ba   | ubnd_xa   | ubnd       | 3       |
        | x4   | UBND xã Bốn  | ubnd_xa   | ubnd       | 3       |
        | x5   | UBND xã Năm  | ubnd_xa   | ubnd       | 3       |
        | x6   | UBND xã Sáu  | ubnd_xa   | ubnd       | 2       |
        | x7   | UBND xã Bảy  | ubnd_xa   | ubnd       | 2       |
        | x8   | UBND xã Tám  | ubnd_xa   | ubnd       | 2       |
        | x9   | UBND xã Chín | ubnd_xa   | ubnd       | 2       |
        | x10  | UBND xã Mười | ubnd_xa   | ubnd       | <xã 10> |
      Và chỉ xét quy tắc "ND300.PHO_CHU_TICH.XA"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND300.PHO_CHU_TICH.XA" tại "ubnd"
      Và có đúng <n> phát hiện

      Dữ liệu:
        | xã 10 | tổng | kết quả  | n |
        | 2     | 25   | không có | 0 |
        | 3     | 26   | có       | 1 |

  Quy tắc: Biên của DP.PHO.PHAN_BO — Tổng trần tỉnh phân bổ cho 10 sở, một sở có trần, ngày hiệu lực
    Đến 31/12/2025: tổng trần không quá 3 × số sở (đặc biệt thêm 10); với 10 sở mức là 30 và 40.

    Khung kịch bản: DP.PHO.PHAN_BO: 10 sở của tỉnh <phân loại>, tổng trần <tổng>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã    | tên                             | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh                       | ubnd_tinh |            |          |         |
        | so_1  | Sở Nội vụ                       | so        | ubnd       | 40       | 2       |
        | so_2  | Sở Tư pháp                      | so        | ubnd       | 40       | 2       |
        | so_3  | Sở Tài chính                    | so        | ubnd       | 40       | 2       |
        | so_4  | Sở Xây dựng                     | so        | ubnd       | 40       | 2       |
        | so_5  | Sở Y tế                         | so        | ubnd       | 40       | 2       |
        | so_6  | Sở Công Thương                  | so        | ubnd       | 40       | 2       |
        | so_7  | Sở Ngoại vụ                     | so        | ubnd       | 40       | 2       |
        | so_8  | Sở Khoa học và Công nghệ        | so        | ubnd       | 40       | 2       |
        | so_9  | Sở Giáo dục và Đào tạo          | so        | ubnd       | 40       | 2       |
        | so_10 | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 40       | 2       |
      Và quyết định "Quyết định 9/QĐ-UBND" phân bổ trần cấp phó:
        | mã    | trần          |
        | so_1  | <trần mỗi sở> |
        | so_2  | <trần mỗi sở> |
        | so_3  | <trần mỗi sở> |
        | so_4  | <trần mỗi sở> |
        | so_5  | <trần mỗi sở> |
        | so_6  | <trần mỗi sở> |
        | so_7  | <trần mỗi sở> |
        | so_8  | <trần mỗi sở> |
        | so_9  | <trần mỗi sở> |
        | so_10 | <trần sở 10>  |
      Và chỉ xét quy tắc "DP.PHO.PHAN_BO"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "DP.PHO.PHAN_BO" tại "ubnd"
      Và có đúng <n> phát hiện

      Dữ liệu:
        | phân loại | trần mỗi sở | trần sở 10 | tổng | kết quả  | n |
        | loại I    | 3           | 3          | 30   | không có | 0 |
        | loại I    | 3           | 4          | 31   | có       | 1 |
        | đặc biệt  | 4           | 4          | 40   | không có | 0 |
        | đặc biệt  | 4           | 5          | 41   | có       | 1 |

    Khung kịch bản: DP.PHO.PHAN_BO: hai sở của tỉnh <phân loại>, trần <trần A> và <trần B>
      Biết tỉnh "Tỉnh An Bình" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ  | so        | ubnd       | 40       | 2       |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | 2       |
      Và quyết định "Quyết định 9/QĐ-UBND" phân bổ trần cấp phó:
        | mã   | trần     |
        | so_a | <trần A> |
        | so_b | <trần B> |
      Và chỉ xét quy tắc "DP.PHO.PHAN_BO"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "DP.PHO.PHAN_BO" tại "ubnd"

      Dữ liệu:
        | phân loại | trần A | trần B | kết quả  |
        | loại II   | 3      | 3      | không có |
        | loại II   | 4      | 3      | có       |
        | loại III  | 4      | 3      | có       |

    Khung kịch bản: DP.PHO.PHAN_BO: quyết định chỉ ghi trần <trần A> cho một trong hai sở
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ  | so        | ubnd       | 40       | 2       |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | 2       |
      Và quyết định "Quyết định 9/QĐ-UBND" phân bổ trần cấp phó:
        | mã   | trần     |
        | so_a | <trần A> |
      Và chỉ xét quy tắc "DP.PHO.PHAN_BO"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "DP.PHO.PHAN_BO" tại "ubnd"

      Dữ liệu:
        | trần A | kết quả  |
        | 6      | không có |
        | 7      | có       |

  Quy tắc: Biên của DP.PHO.PHAN_BO_370 — Tổng trần tỉnh phân bổ cho 10 sở, một sở có trần, ngày hiệu lực
    Từ 01/01/2026: 3 × số sở + phần tăng thêm cho sở hợp nhất (đặc biệt thêm 10); 10 sở không hợp nhất: 30 và 40.

    Khung kịch bản: DP.PHO.PHAN_BO_370: 10 sở của tỉnh <phân loại>, tổng trần <tổng>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên                             | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh                       | ubnd_tinh |            |          |         |
        | so_1  | Sở Nội vụ                       | so        | ubnd       | 40       | 2       |
        | so_2  | Sở Tư pháp                      | so        | ubnd       | 40       | 2       |
        | so_3  | Sở Tài chính                    | so        | ubnd       | 40       | 2       |
        | so_4  | Sở Xây dựng                     | so        | ubnd       | 40       | 2       |
        | so_5  | Sở Y tế                         | so        | ubnd       | 40       | 2       |
        | so_6  | Sở Công Thương                  | so        | ubnd       | 40       | 2       |
        | so_7  | Sở Ngoại vụ                     | so        | ubnd       | 40       | 2       |
        | so_8  | Sở Khoa học và Công nghệ        | so        | ubnd       | 40       | 2       |
        | so_9  | Sở Giáo dục và Đào tạo          | so        | ubnd       | 40       | 2       |
        | so_10 | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 40       | 2       |
      Và quyết định "Quyết định 9/QĐ-UBND" phân bổ trần cấp phó:
        | mã    | trần          |
        | so_1  | <trần mỗi sở> |
        | so_2  | <trần mỗi sở> |
        | so_3  | <trần mỗi sở> |
        | so_4  | <trần mỗi sở> |
        | so_5  | <trần mỗi sở> |
        | so_6  | <trần mỗi sở> |
        | so_7  | <trần mỗi sở> |
        | so_8  | <trần mỗi sở> |
        | so_9  | <trần mỗi sở> |
        | so_10 | <trần sở 10>  |
      Và chỉ xét quy tắc "DP.PHO.PHAN_BO_370"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "DP.PHO.PHAN_BO_370" tại "ubnd"
      Và có đúng <n> phát hiện

      Dữ liệu:
        | phân loại | trần mỗi sở | trần sở 10 | tổng | kết quả  | n |
        | loại I    | 3           | 3          | 30   | không có | 0 |
        | loại I    | 3           | 4          | 31   | có       | 1 |
        | đặc biệt  | 4           | 4          | 40   | không có | 0 |
        | đặc biệt  | 4           | 5          | 41   | có       | 1 |

    Khung kịch bản: DP.PHO.PHAN_BO_370: hai sở của tỉnh <phân loại>, trần <trần A> và <trần B>
      Biết tỉnh "Tỉnh An Bình" phân loại "<phân loại>" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ  | so        | ubnd       | 40       | 2       |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | 2       |
      Và quyết định "Quyết định 9/QĐ-UBND" phân bổ trần cấp phó:
        | mã   | trần     |
        | so_a | <trần A> |
        | so_b | <trần B> |
      Và chỉ xét quy tắc "DP.PHO.PHAN_BO_370"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "DP.PHO.PHAN_BO_370" tại "ubnd"

      Dữ liệu:
        | phân loại | trần A | trần B | kết quả  |
        | loại II   | 3      | 3      | không có |
        | loại II   | 4      | 3      | có       |
        | loại III  | 4      | 3      | có       |

    Khung kịch bản: DP.PHO.PHAN_BO_370: quyết định chỉ ghi trần <trần A> cho một trong hai sở
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ  | so        | ubnd       | 40       | 2       |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | 2       |
      Và quyết định "Quyết định 9/QĐ-UBND" phân bổ trần cấp phó:
        | mã   | trần     |
        | so_a | <trần A> |
      Và chỉ xét quy tắc "DP.PHO.PHAN_BO_370"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "DP.PHO.PHAN_BO_370" tại "ubnd"

      Dữ liệu:
        | trần A | kết quả  |
        | 6      | không có |
        | 7      | có       |

  Quy tắc: Biên của DP.PHO.TRAN — Quyết định phân bổ của tỉnh áp dụng từ ngày đầu của bộ quy tắc (25/11/2020)
    Quyết định phân bổ theo Điều 6 có hiệu lực từ 25/11/2020 (cùng NĐ 107/2020); trước ngày này chưa có bộ quy tắc.

    Kịch bản: DP.PHO.TRAN và DP.PHO.PHAN_BO: ngày 25/11/2020 đã kiểm tra quyết định phân bổ
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 25/11/2020
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ  | so        | ubnd       | 40       | 4       |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | 2       |
      Và quyết định "Quyết định 9/QĐ-UBND" phân bổ trần cấp phó:
        | mã   | trần |
        | so_a | 3    |
        | so_b | 4    |
      Và chỉ xét các quy tắc "DP.PHO.TRAN, DP.PHO.PHAN_BO"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc        | đơn vị | mức độ |
        | DP.PHO.TRAN    | so_a   | lỗi    |
        | DP.PHO.PHAN_BO | ubnd   | lỗi    |

  Quy tắc: Biên của ND45.PHO.GIAM_DOC — Phó Giám đốc sở theo NĐ 45/2025: 10 sở, loại II, chuyển tiếp 05 năm
    Tổng số Phó Giám đốc không quá 3 × số sở (Hà Nội, TP.HCM thêm 10): 10 sở là 30 và 40. Sở sắp xếp theo
    quyết định ngày 15/06/2020 được giữ số phó vượt đến trước ngày 15/06/2025 (05 năm).

    Khung kịch bản: ND45.PHO.GIAM_DOC: 10 sở của tỉnh <phân loại>, tổng <tổng> Phó Giám đốc
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày 01/04/2025
      Và cơ cấu tổ chức:
        | mã    | tên                             | loại      | trực thuộc | biên chế | cấp phó      |
        | ubnd  | UBND tỉnh                       | ubnd_tinh |            |          |              |
        | so_1  | Sở Nội vụ                       | so        | ubnd       | 40       | <phó mỗi sở> |
        | so_2  | Sở Tư pháp                      | so        | ubnd       | 40       | <phó mỗi sở> |
        | so_3  | Sở Tài chính                    | so        | ubnd       | 40       | <phó mỗi sở> |
        | so_4  | Sở Xây dựng                     | so        | ubnd       | 40       | <phó mỗi sở> |
        | so_5  | Sở Y tế                         | so        | ubnd       | 40       | <phó mỗi sở> |
        | so_6  | Sở Công Thương                  | so        | ubnd       | 40       | <phó mỗi sở> |
        | so_7  | Sở Ngoại vụ                     | so        | ubnd       | 40       | <phó mỗi sở> |
        | so_8  | Sở Khoa học và Công nghệ        | so        | ubnd       | 40       | <phó mỗi sở> |
        | so_9  | Sở Giáo dục và Đào tạo          | so        | ubnd       | 40       | <phó mỗi sở> |
        | so_10 | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 40       | <phó sở 10>  |
      Và chỉ xét quy tắc "ND45.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.PHO.GIAM_DOC" tại "ubnd"
      Và có đúng <n> phát hiện

      Dữ liệu:
        | phân loại | phó mỗi sở | phó sở 10 | tổng | kết quả  | n |
        | loại I    | 3          | 3         | 30   | không có | 0 |
        | loại I    | 3          | 4         | 31   | có       | 1 |
        | đặc biệt  | 4          | 4         | 40   | không có | 0 |
        | đặc biệt  | 4          | 5         | 41   | có       | 1 |

    Khung kịch bản: ND45.PHO.GIAM_DOC: hai sở của tỉnh <phân loại> có <phó A> và 3 Phó Giám đốc
      Biết tỉnh "Tỉnh An Bình" phân loại "<phân loại>" tại ngày 01/04/2025
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ  | so        | ubnd       | 40       | <phó A> |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | 3       |
      Và chỉ xét quy tắc "ND45.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.PHO.GIAM_DOC" tại "ubnd"

      Dữ liệu:
        | phân loại | phó A | kết quả  |
        | loại II   | 3     | không có |
        | loại II   | 4     | có       |
        | loại III  | 4     | có       |

    Khung kịch bản: ND45.PHO.GIAM_DOC: sở sắp xếp ngày 15/06/2020, kiểm tra ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/04/2025
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó | quyết định sắp xếp    | ngày sắp xếp |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |                       |              |
        | so_a | Sở Nội vụ  | so        | ubnd       | 60       | 5       | Quyết định 50/QĐ-UBND | 15/06/2020   |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | 3       |                       |              |
      Và chỉ xét quy tắc "ND45.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc           | đơn vị | mức độ   |
        | ND45.PHO.GIAM_DOC | ubnd   | <mức độ> |

      Dữ liệu:
        | ngày       | mức độ      |
        | 14/06/2025 | chuyển tiếp |
        | 15/06/2025 | lỗi         |

  Quy tắc: Biên của ND45.PHO.PHONG_HUYEN — Phó Trưởng phòng cấp huyện: 10 phòng, chuyển tiếp 05 năm
    Bình quân 02 mỗi phòng: 10 phòng là 20. Phòng sắp xếp theo quyết định ngày 15/06/2020 được giữ số phó
    vượt đến trước ngày 15/06/2025.

    Khung kịch bản: ND45.PHO.PHONG_HUYEN: 10 phòng, tổng <tổng> Phó Trưởng phòng
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/04/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó         |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |                 |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |                 |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | <phó mỗi phòng> |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | <phó mỗi phòng> |
        | h_p03 | Phòng 03       | phong_thuoc_huyen | h          | 10       | <phó mỗi phòng> |
        | h_p04 | Phòng 04       | phong_thuoc_huyen | h          | 10       | <phó mỗi phòng> |
        | h_p05 | Phòng 05       | phong_thuoc_huyen | h          | 10       | <phó mỗi phòng> |
        | h_p06 | Phòng 06       | phong_thuoc_huyen | h          | 10       | <phó mỗi phòng> |
        | h_p07 | Phòng 07       | phong_thuoc_huyen | h          | 10       | <phó mỗi phòng> |
        | h_p08 | Phòng 08       | phong_thuoc_huyen | h          | 10       | <phó mỗi phòng> |
        | h_p09 | Phòng 09       | phong_thuoc_huyen | h          | 10       | <phó mỗi phòng> |
        | h_p10 | Phòng 10       | phong_thuoc_huyen | h          | 10       | <phó phòng 10>  |
      Và chỉ xét quy tắc "ND45.PHO.PHONG_HUYEN"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.PHO.PHONG_HUYEN" tại "h"
      Và có đúng <n> phát hiện

      Dữ liệu:
        | phó mỗi phòng | phó phòng 10 | tổng | kết quả  | n |
        | 2             | 2            | 20   | không có | 0 |
        | 2             | 3            | 21   | có       | 1 |

    Khung kịch bản: ND45.PHO.PHONG_HUYEN: phòng sắp xếp ngày 15/06/2020, kiểm tra ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/04/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó | quyết định sắp xếp    | ngày sắp xếp |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |                       |              |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |                       |              |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 15       | 3       | Quyết định 50/QĐ-UBND | 15/06/2020   |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 2       |                       |              |
      Và chỉ xét quy tắc "ND45.PHO.PHONG_HUYEN"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc              | đơn vị | mức độ   |
        | ND45.PHO.PHONG_HUYEN | h      | <mức độ> |

      Dữ liệu:
        | ngày       | mức độ      |
        | 14/06/2025 | chuyển tiếp |
        | 15/06/2025 | lỗi         |

  Quy tắc: Biên của ND45.SO.TOI_DA — Các quy tắc NĐ 45/2025 hết hiệu lực từ 16/06/2025 (NĐ 150/2025 thay thế)

    Kịch bản: ND45.SO.TOI_DA và ND45.HUYEN.SO_PHONG: ngày 16/06/2025 không còn hiệu lực
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | so    | Sở Nội vụ      | so                | ubnd       | 40       | 3       |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 2       |
      Và chỉ xét các quy tắc "ND45.SO.TOI_DA, ND45.HUYEN.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì quy tắc "ND45.SO.TOI_DA" không có hiệu lực
      Và quy tắc "ND45.HUYEN.SO_PHONG" không có hiệu lực
      Và không có phát hiện nào

  Quy tắc: Biên của ND120.PHO.DVSNCL — Cấp phó của đơn vị sự nghiệp nhóm 3, 4 trực thuộc UBND tỉnh (đến 31/08/2024)
    Nhóm 3 và nhóm 4 trực thuộc UBND cấp tỉnh cùng một mức: đến 20 viên chức không quá 2 phó, trên 20 không quá 3.

    Khung kịch bản: ND120.PHO.DVSNCL: nhóm <nhóm>, <viên chức> viên chức, <phó> phó
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                | loại      | trực thuộc | người làm việc | viên chức   | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh          | ubnd_tinh |            |                |             |         |             |
        | tt   | Trung tâm Xúc tiến | dvsncl    | ubnd       | 30             | <viên chức> | <phó>   | <nhóm>      |
      Và chỉ xét quy tắc "ND120.PHO.DVSNCL"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND120.PHO.DVSNCL" tại "tt"
      Và có đúng <n> phát hiện

      Dữ liệu:
        | nhóm | viên chức | phó | kết quả  | n |
        | 4    | 20        | 2   | không có | 0 |
        | 4    | 20        | 3   | có       | 1 |
        | 3    | 21        | 3   | không có | 0 |
        | 3    | 21        | 4   | có       | 1 |

  Quy tắc: Biên của ND120.TU_CHU.THANH_LAP_MOI — Nguyên tắc tự chủ của NĐ 120/2020 Điều 4 áp dụng từ 01/12/2020
    NĐ 120/2020 có hiệu lực từ 01/12/2020: ngày 30/11/2020 (bộ quy tắc NĐ 107/2020 đã có) chưa xét Điều 4.

    Khung kịch bản: ND120.TU_CHU: trung tâm thành lập mới nhóm 2, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên            | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản | thành lập mới |
        | ubnd | UBND tỉnh      | ubnd_tinh |            |          |                |         |             |                |               |
        | so   | Sở Y tế        | so        | ubnd       | 40       |                | 3       |             |                |               |
        | bv   | Bệnh viện tỉnh | dvsncl    | so         |          | 400            | 3       | 1           | không          | không         |
        | tt   | Trung tâm con  | dvsncl    | bv         |          | 20             | 1       | 2           | có             | có            |
        | tt_z | Trung tâm Z    | dvsncl    | ubnd       |          | 20             | 1       | 2           | không          | có            |
      Và chỉ xét các quy tắc "ND120.TU_CHU.THANH_LAP_MOI, ND120.TU_CHU.THANH_LAP_MOI_TRONG_NHOM_1"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND120.TU_CHU.THANH_LAP_MOI" tại "tt_z"
      Và <kết quả> phát hiện "ND120.TU_CHU.THANH_LAP_MOI_TRONG_NHOM_1" tại "tt"
      Và có đúng <n> phát hiện

      Dữ liệu:
        | ngày       | kết quả  | n |
        | 30/11/2020 | không có | 0 |
        | 01/12/2020 | có       | 2 |

    Kịch bản: ND120.TU_CHU: ngày 30/11/2020 Điều 4 chưa có hiệu lực
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 30/11/2020
      Và cơ cấu tổ chức:
        | mã   | tên         | loại      | trực thuộc | người làm việc | cấp phó | nhóm tự chủ | thành lập mới |
        | ubnd | UBND tỉnh   | ubnd_tinh |            |                |         |             |               |
        | tt_z | Trung tâm Z | dvsncl    | ubnd       | 20             | 1       | 2           | có            |
      Và chỉ xét các quy tắc "ND120.TU_CHU.THANH_LAP_MOI, ND120.TU_CHU.THANH_LAP_MOI_TRONG_NHOM_1"
      Khi kiểm tra tuân thủ
      Thì quy tắc "ND120.TU_CHU.THANH_LAP_MOI" không có hiệu lực
      Và quy tắc "ND120.TU_CHU.THANH_LAP_MOI_TRONG_NHOM_1" không có hiệu lực
      Và không có phát hiện nào

    Kịch bản: ND120.SAP_XEP.TANG_NSNN: thành lập trung tâm nhóm 3, ngày 30/11/2020
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 30/11/2020
      Và cơ cấu tổ chức:
        | mã   | tên         | loại      | trực thuộc | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh   | ubnd_tinh |            |                |         |             |
        | tt_x | Trung tâm X | dvsncl    | ubnd       | 20             | 1       | 3           |
      Và chỉ xét quy tắc "ND120.SAP_XEP.TANG_NSNN"
      Khi thành lập đơn vị:
        | mã   | tên         | loại   | trực thuộc | người làm việc | cấp phó | nhóm tự chủ |
        | tt_z | Trung tâm Z | dvsncl | ubnd       | 20             | 1       | 3           |
      Và so sánh trước và sau đề án
      Thì bảng so sánh gồm đúng:
        | tình trạng | quy tắc | đơn vị |

    Kịch bản: ND120.SAP_XEP.TANG_NSNN: thành lập trung tâm nhóm 3, ngày 01/12/2020
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/12/2020
      Và cơ cấu tổ chức:
        | mã   | tên         | loại      | trực thuộc | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh   | ubnd_tinh |            |                |         |             |
        | tt_x | Trung tâm X | dvsncl    | ubnd       | 20             | 1       | 3           |
      Và chỉ xét quy tắc "ND120.SAP_XEP.TANG_NSNN"
      Khi thành lập đơn vị:
        | mã   | tên         | loại   | trực thuộc | người làm việc | cấp phó | nhóm tự chủ |
        | tt_z | Trung tâm Z | dvsncl | ubnd       | 20             | 1       | 3           |
      Và so sánh trước và sau đề án
      Thì bảng so sánh gồm đúng:
        | tình trạng | quy tắc                 | đơn vị |
        | mới        | ND120.SAP_XEP.TANG_NSNN | ubnd   |

  Quy tắc: Biên của ND370.XA.BINH_QUAN — Bình quân tổ chức mỗi xã: số xã chọn để mức lẻ (4,7 × n; 4,5 × n) nằm sát số nguyên
    Mức là 4,7 × số xã (đặc biệt) hoặc 4,5 × số xã (loại I, II, III), không làm tròn: 3 xã đặc biệt 14,1;
    4 xã đặc biệt 18,8; 5 xã loại I 22,5; 2 xã loại II 9.

    Kịch bản: ND370.XA.BINH_QUAN: đặc biệt, 3 xã có tổng 14 tổ chức (tối đa 14,1)
      Biết tỉnh "Tỉnh Hòa An" phân loại "đặc biệt" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên          | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh    | ubnd_tinh      |            |          |         |
        | x1    | UBND xã 1    | ubnd_xa        | ubnd       |          |         |
        | x1_p1 | Phòng 1 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p2 | Phòng 2 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p3 | Phòng 3 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p4 | Phòng 4 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p5 | Phòng 5 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x2    | UBND xã 2    | ubnd_xa        | ubnd       |          |         |
        | x2_p1 | Phòng 1 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p2 | Phòng 2 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p3 | Phòng 3 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p4 | Phòng 4 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p5 | Phòng 5 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x3    | UBND xã 3    | ubnd_xa        | ubnd       |          |         |
        | x3_p1 | Phòng 1 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p2 | Phòng 2 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p3 | Phòng 3 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p4 | Phòng 4 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"
      Và có đúng 0 phát hiện

    Kịch bản: ND370.XA.BINH_QUAN: đặc biệt, 3 xã có tổng 15 tổ chức (tối đa 14,1)
      Biết tỉnh "Tỉnh Hòa An" phân loại "đặc biệt" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên          | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh    | ubnd_tinh      |            |          |         |
        | x1    | UBND xã 1    | ubnd_xa        | ubnd       |          |         |
        | x1_p1 | Phòng 1 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p2 | Phòng 2 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p3 | Phòng 3 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p4 | Phòng 4 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p5 | Phòng 5 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x2    | UBND xã 2    | ubnd_xa        | ubnd       |          |         |
        | x2_p1 | Phòng 1 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p2 | Phòng 2 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p3 | Phòng 3 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p4 | Phòng 4 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p5 | Phòng 5 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x3    | UBND xã 3    | ubnd_xa        | ubnd       |          |         |
        | x3_p1 | Phòng 1 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p2 | Phòng 2 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p3 | Phòng 3 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p4 | Phòng 4 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p5 | Phòng 5 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"
      Và có đúng 1 phát hiện

    Kịch bản: ND370.XA.BINH_QUAN: đặc biệt, 4 xã có tổng 18 tổ chức (tối đa 18,8)
      Biết tỉnh "Tỉnh Hòa An" phân loại "đặc biệt" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên          | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh    | ubnd_tinh      |            |          |         |
        | x1    | UBND xã 1    | ubnd_xa        | ubnd       |          |         |
        | x1_p1 | Phòng 1 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p2 | Phòng 2 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p3 | Phòng 3 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p4 | Phòng 4 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p5 | Phòng 5 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x2    | UBND xã 2    | ubnd_xa        | ubnd       |          |         |
        | x2_p1 | Phòng 1 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p2 | Phòng 2 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p3 | Phòng 3 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p4 | Phòng 4 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p5 | Phòng 5 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x3    | UBND xã 3    | ubnd_xa        | ubnd       |          |         |
        | x3_p1 | Phòng 1 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p2 | Phòng 2 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p3 | Phòng 3 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p4 | Phòng 4 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x4    | UBND xã 4    | ubnd_xa        | ubnd       |          |         |
        | x4_p1 | Phòng 1 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p2 | Phòng 2 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p3 | Phòng 3 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p4 | Phòng 4 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"
      Và có đúng 0 phát hiện

    Kịch bản: ND370.XA.BINH_QUAN: đặc biệt, 4 xã có tổng 19 tổ chức (tối đa 18,8)
      Biết tỉnh "Tỉnh Hòa An" phân loại "đặc biệt" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên          | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh    | ubnd_tinh      |            |          |         |
        | x1    | UBND xã 1    | ubnd_xa        | ubnd       |          |         |
        | x1_p1 | Phòng 1 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p2 | Phòng 2 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p3 | Phòng 3 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p4 | Phòng 4 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p5 | Phòng 5 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x2    | UBND xã 2    | ubnd_xa        | ubnd       |          |         |
        | x2_p1 | Phòng 1 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p2 | Phòng 2 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p3 | Phòng 3 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p4 | Phòng 4 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p5 | Phòng 5 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x3    | UBND xã 3    | ubnd_xa        | ubnd       |          |         |
        | x3_p1 | Phòng 1 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p2 | Phòng 2 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p3 | Phòng 3 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p4 | Phòng 4 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p5 | Phòng 5 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x4    | UBND xã 4    | ubnd_xa        | ubnd       |          |         |
        | x4_p1 | Phòng 1 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p2 | Phòng 2 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p3 | Phòng 3 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p4 | Phòng 4 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"
      Và có đúng 1 phát hiện

    Kịch bản: ND370.XA.BINH_QUAN: loại I, 5 xã có tổng 22 tổ chức (tối đa 22,5)
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên          | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh    | ubnd_tinh      |            |          |         |
        | x1    | UBND xã 1    | ubnd_xa        | ubnd       |          |         |
        | x1_p1 | Phòng 1 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p2 | Phòng 2 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p3 | Phòng 3 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p4 | Phòng 4 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p5 | Phòng 5 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x2    | UBND xã 2    | ubnd_xa        | ubnd       |          |         |
        | x2_p1 | Phòng 1 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p2 | Phòng 2 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p3 | Phòng 3 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p4 | Phòng 4 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p5 | Phòng 5 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x3    | UBND xã 3    | ubnd_xa        | ubnd       |          |         |
        | x3_p1 | Phòng 1 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p2 | Phòng 2 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p3 | Phòng 3 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p4 | Phòng 4 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x4    | UBND xã 4    | ubnd_xa        | ubnd       |          |         |
        | x4_p1 | Phòng 1 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p2 | Phòng 2 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p3 | Phòng 3 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p4 | Phòng 4 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x5    | UBND xã 5    | ubnd_xa        | ubnd       |          |         |
        | x5_p1 | Phòng 1 xã 5 | phong_thuoc_xa | x5         | 8        | 1       |
        | x5_p2 | Phòng 2 xã 5 | phong_thuoc_xa | x5         | 8        | 1       |
        | x5_p3 | Phòng 3 xã 5 | phong_thuoc_xa | x5         | 8        | 1       |
        | x5_p4 | Phòng 4 xã 5 | phong_thuoc_xa | x5         | 8        | 1       |
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"
      Và có đúng 0 phát hiện

    Kịch bản: ND370.XA.BINH_QUAN: loại I, 5 xã có tổng 23 tổ chức (tối đa 22,5)
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên          | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh    | ubnd_tinh      |            |          |         |
        | x1    | UBND xã 1    | ubnd_xa        | ubnd       |          |         |
        | x1_p1 | Phòng 1 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p2 | Phòng 2 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p3 | Phòng 3 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p4 | Phòng 4 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p5 | Phòng 5 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x2    | UBND xã 2    | ubnd_xa        | ubnd       |          |         |
        | x2_p1 | Phòng 1 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p2 | Phòng 2 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p3 | Phòng 3 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p4 | Phòng 4 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p5 | Phòng 5 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x3    | UBND xã 3    | ubnd_xa        | ubnd       |          |         |
        | x3_p1 | Phòng 1 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p2 | Phòng 2 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p3 | Phòng 3 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p4 | Phòng 4 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x3_p5 | Phòng 5 xã 3 | phong_thuoc_xa | x3         | 8        | 1       |
        | x4    | UBND xã 4    | ubnd_xa        | ubnd       |          |         |
        | x4_p1 | Phòng 1 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p2 | Phòng 2 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p3 | Phòng 3 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x4_p4 | Phòng 4 xã 4 | phong_thuoc_xa | x4         | 8        | 1       |
        | x5    | UBND xã 5    | ubnd_xa        | ubnd       |          |         |
        | x5_p1 | Phòng 1 xã 5 | phong_thuoc_xa | x5         | 8        | 1       |
        | x5_p2 | Phòng 2 xã 5 | phong_thuoc_xa | x5         | 8        | 1       |
        | x5_p3 | Phòng 3 xã 5 | phong_thuoc_xa | x5         | 8        | 1       |
        | x5_p4 | Phòng 4 xã 5 | phong_thuoc_xa | x5         | 8        | 1       |
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"
      Và có đúng 1 phát hiện

    Kịch bản: ND370.XA.BINH_QUAN: loại II, 2 xã có tổng 9 tổ chức (tối đa 9)
      Biết tỉnh "Tỉnh An Bình" phân loại "loại II" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên          | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh    | ubnd_tinh      |            |          |         |
        | x1    | UBND xã 1    | ubnd_xa        | ubnd       |          |         |
        | x1_p1 | Phòng 1 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p2 | Phòng 2 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p3 | Phòng 3 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p4 | Phòng 4 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p5 | Phòng 5 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x2    | UBND xã 2    | ubnd_xa        | ubnd       |          |         |
        | x2_p1 | Phòng 1 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p2 | Phòng 2 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p3 | Phòng 3 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p4 | Phòng 4 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"
      Và có đúng 0 phát hiện

    Kịch bản: ND370.XA.BINH_QUAN: loại II, 2 xã có tổng 10 tổ chức (tối đa 9)
      Biết tỉnh "Tỉnh An Bình" phân loại "loại II" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên          | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh    | ubnd_tinh      |            |          |         |
        | x1    | UBND xã 1    | ubnd_xa        | ubnd       |          |         |
        | x1_p1 | Phòng 1 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p2 | Phòng 2 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p3 | Phòng 3 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p4 | Phòng 4 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p5 | Phòng 5 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x2    | UBND xã 2    | ubnd_xa        | ubnd       |          |         |
        | x2_p1 | Phòng 1 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p2 | Phòng 2 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p3 | Phòng 3 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p4 | Phòng 4 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p5 | Phòng 5 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"
      Và có đúng 1 phát hiện

    Kịch bản: ND370.XA.BINH_QUAN: loại III, 2 xã có tổng 10 tổ chức (tối đa 9)
      Biết tỉnh "Tỉnh Bình An" phân loại "loại III" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên          | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh    | ubnd_tinh      |            |          |         |
        | x1    | UBND xã 1    | ubnd_xa        | ubnd       |          |         |
        | x1_p1 | Phòng 1 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p2 | Phòng 2 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p3 | Phòng 3 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p4 | Phòng 4 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x1_p5 | Phòng 5 xã 1 | phong_thuoc_xa | x1         | 8        | 1       |
        | x2    | UBND xã 2    | ubnd_xa        | ubnd       |          |         |
        | x2_p1 | Phòng 1 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p2 | Phòng 2 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p3 | Phòng 3 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p4 | Phòng 4 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
        | x2_p5 | Phòng 5 xã 2 | phong_thuoc_xa | x2         | 8        | 1       |
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"
      Và có đúng 1 phát hiện

  Quy tắc: Biên của NQ332.PHO.XA — Cấp phó bình quân 2 mỗi tổ chức của xã: xã có 10 phòng
    Với 10 tổ chức mức là 20 (2 × 10): 20 đạt, 21 vượt.

    Khung kịch bản: NQ332.PHO.XA: xã có 10 phòng, tổng <tổng> cấp phó
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên         | loại           | trực thuộc | biên chế | cấp phó         |
        | ubnd  | UBND tỉnh   | ubnd_tinh      |            |          |                 |
        | x     | UBND xã Một | ubnd_xa        | ubnd       |          |                 |
        | x_p1  | Phòng 1     | phong_thuoc_xa | x          | 12       | <phó mỗi phòng> |
        | x_p2  | Phòng 2     | phong_thuoc_xa | x          | 12       | <phó mỗi phòng> |
        | x_p3  | Phòng 3     | phong_thuoc_xa | x          | 12       | <phó mỗi phòng> |
        | x_p4  | Phòng 4     | phong_thuoc_xa | x          | 12       | <phó mỗi phòng> |
        | x_p5  | Phòng 5     | phong_thuoc_xa | x          | 12       | <phó mỗi phòng> |
        | x_p6  | Phòng 6     | phong_thuoc_xa | x          | 12       | <phó mỗi phòng> |
        | x_p7  | Phòng 7     | phong_thuoc_xa | x          | 12       | <phó mỗi phòng> |
        | x_p8  | Phòng 8     | phong_thuoc_xa | x          | 12       | <phó mỗi phòng> |
        | x_p9  | Phòng 9     | phong_thuoc_xa | x          | 12       | <phó mỗi phòng> |
        | x_p10 | Phòng 10    | phong_thuoc_xa | x          | 12       | <phó phòng 10>  |
      Và chỉ xét quy tắc "NQ332.PHO.XA"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "NQ332.PHO.XA" tại "x"
      Và có đúng <n> phát hiện

      Dữ liệu:
        | phó mỗi phòng | phó phòng 10 | tổng | kết quả  | n |
        | 2             | 2            | 20   | không có | 0 |
        | 2             | 3            | 21   | có       | 1 |

  Quy tắc: Biên của ND150.SO_DAC_THU.DAN_TOC_TON_GIAO — Tiêu chí sở đặc thù của NĐ 150/2025 Điều 9 áp dụng từ 16/06/2025

    Kịch bản: ND150.SO_DAC_THU.DAN_TOC_TON_GIAO: ngày 15/06/2025 chưa có hiệu lực
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại      | trực thuộc | biên chế | cấp phó | ngành            | tiêu chí đặc thù                      |
        | ubnd | UBND tỉnh              | ubnd_tinh |            |          |         |                  |                                       |
        | so   | Sở Dân tộc và Tôn giáo | so        | ubnd       | 20       | 2       | dan_toc_ton_giao | dan_toc_ton_giao.dtts_20000_tap_trung |
      Và chỉ xét quy tắc "ND150.SO_DAC_THU.DAN_TOC_TON_GIAO"
      Khi kiểm tra tuân thủ
      Thì quy tắc "ND150.SO_DAC_THU.DAN_TOC_TON_GIAO" không có hiệu lực
      Và không có phát hiện nào

    Kịch bản: ND150.SO_DAC_THU.DAN_TOC_TON_GIAO: ngày 16/06/2025 có hiệu lực, thiếu tiêu chí
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại      | trực thuộc | biên chế | cấp phó | ngành            | tiêu chí đặc thù                      |
        | ubnd | UBND tỉnh              | ubnd_tinh |            |          |         |                  |                                       |
        | so   | Sở Dân tộc và Tôn giáo | so        | ubnd       | 20       | 2       | dan_toc_ton_giao | dan_toc_ton_giao.dtts_20000_tap_trung |
      Và chỉ xét quy tắc "ND150.SO_DAC_THU.DAN_TOC_TON_GIAO"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                           | đơn vị | mức độ   |
        | ND150.SO_DAC_THU.DAN_TOC_TON_GIAO | so     | cảnh báo |

  Quy tắc: Biên của ND150.SO_DAC_THU.DU_LICH — Tiêu chí sở đặc thù của NĐ 150/2025 Điều 9 áp dụng từ 16/06/2025

    Kịch bản: ND150.SO_DAC_THU.DU_LICH: ngày 15/06/2025 chưa có hiệu lực
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó | ngành   | tiêu chí đặc thù                        |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |         |                                         |
        | so   | Sở Du lịch | so        | ubnd       | 20       | 2       | du_lich | du_lich.di_san_hoac_tai_nguyen_noi_troi |
      Và chỉ xét quy tắc "ND150.SO_DAC_THU.DU_LICH"
      Khi kiểm tra tuân thủ
      Thì quy tắc "ND150.SO_DAC_THU.DU_LICH" không có hiệu lực
      Và không có phát hiện nào

    Kịch bản: ND150.SO_DAC_THU.DU_LICH: ngày 16/06/2025 có hiệu lực, thiếu tiêu chí
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó | ngành   | tiêu chí đặc thù                        |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |         |                                         |
        | so   | Sở Du lịch | so        | ubnd       | 20       | 2       | du_lich | du_lich.di_san_hoac_tai_nguyen_noi_troi |
      Và chỉ xét quy tắc "ND150.SO_DAC_THU.DU_LICH"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                  | đơn vị | mức độ   |
        | ND150.SO_DAC_THU.DU_LICH | so     | cảnh báo |

  Quy tắc: Chữ có dấu gõ dạng tổ hợp (NFD) hay dựng sẵn (NFC) cho cùng kết quả về Phó Chủ tịch UBND tỉnh
    Dòng NFD trông giống hệt dòng NFC nhưng mọi chữ có dấu được gõ dạng tổ hợp: tên tỉnh, phân loại,
    tên cột "cấp phó", mã và tên UBND, mức độ "lỗi" và đoạn văn của phát hiện.

    Khung kịch bản: ND300.PHO_CHU_TICH.TINH: tỉnh loại I không sắp xếp có 5 Phó Chủ tịch, gõ dạng <dạng>
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã     | tên     | loại      | trực thuộc | <cột cấp phó> | khung phó chủ tịch   |
        | <mã>   | <tên>   | ubnd_tinh |            | 5             | khong_sap_xep_loai_1 |
      Và chỉ xét quy tắc "ND300.PHO_CHU_TICH.TINH"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                 | đơn vị | mức độ   |
        | ND300.PHO_CHU_TICH.TINH | <mã>   | <mức độ> |
      Và phát hiện "ND300.PHO_CHU_TICH.TINH" tại "<mã>" ghi "5 <ghi> / tối đa 4"

      Dữ liệu:
        | dạng | tỉnh | phân loại | cột cấp phó | mã | tên | mức độ | ghi |
        | NFC | Tỉnh Hòa An | loại I | cấp phó | ubnd_tỉnh | UBND tỉnh Hòa An | lỗi | Phó Chủ tịch |
        | NFD | Tỉnh Hòa An | loại I | cấp phó | ubnd_tỉnh | UBND tỉnh Hòa An | lỗi | Phó Chủ tịch |
