# language: vi
Tính năng: Đề án sắp xếp tổ chức bộ máy
  Một đề án là cơ cấu hiện tại cộng các thao tác theo thứ tự: hợp nhất, sáp nhập, chia tách,
  giải thể, chuyển chức năng, chuyển trực thuộc, đổi tên, điều chỉnh, thành lập. orgcheck kiểm tra
  từng thao tác trước khi áp dụng, kiểm tra cơ cấu kết quả như một tệp tổ chức, rồi xếp mỗi
  phát hiện là mới, đã khắc phục hoặc còn tồn tại, theo dấu đơn vị qua các lần hợp nhất.

  Bối cảnh:
    Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 08/09/2023
    Và cơ cấu tổ chức:
      | mã     | tên                 | loại           | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | chức năng                     |
      | ubnd   | UBND tỉnh           | ubnd_tinh      |            |          |                |         |             |                               |
      | so     | Sở Nội vụ           | so             | ubnd       | 40       |                | 3       |             |                               |
      | p_a    | Phòng A             | phong_thuoc_so | so         | 8        |                | 2       |             | QLNN.NOI_VU.THI_DUA           |
      | p_b    | Phòng B             | phong_thuoc_so | so         | 9        |                | 2       |             | QLNN.NOI_VU.THI_DUA           |
      | p_c    | Phòng C             | phong_thuoc_so | so         | 12       |                | 2       |             | QLNN.NOI_VU.TON_GIAO          |
      | tt_x   | Trung tâm X         | dvsncl         | so         |          | 20             | 1       | 3           | DV.XUC_TIEN.DAU_TU            |
      | tt_y   | Trung tâm Y         | dvsncl         | so         |          | 12             | 1       | 4           | DV.XUC_TIEN.DU_LICH           |
    Và số liệu gốc:
      | năm  | đơn vị sự nghiệp | biên chế công chức | người làm việc nsnn |
      | 2021 | 3                | 42                 | 36                  |
    Và chỉ xét các quy tắc "ND107.PHO.PHONG, CN.TRUNG_LAP, ND120.TC.DVSNCL"

  Kịch bản: Hợp nhất hai phòng trùng chức năng: trùng lặp được khắc phục, cấp phó vượt theo sang phòng mới
    Khi hợp nhất "p_a" và "p_b" thành "p_ab" tên "Phòng A-B"
    Và so sánh trước và sau đề án
    Thì bảng so sánh gồm đúng:
      | tình trạng   | quy tắc          | đơn vị |
      | đã khắc phục | CN.TRUNG_LAP     | so     |
      | còn tồn tại  | ND120.TC.DVSNCL  | tt_y   |
      | còn tồn tại  | ND107.PHO.PHONG  | p_ab   |
    Và bảng đơn vị thay đổi có:
      | đơn vị | thay đổi              | trước | sau | cấp phó trước | cấp phó sau |
      | p_ab   | hợp nhất từ p_a, p_b  | 17    | 17  | 4             | 4           |

  Kịch bản: Hợp nhất với tên mới gõ dạng NFD
    Khi hợp nhất "p_a" và "p_b" thành "p_ab" tên "Phòng Thi đua - Khen thưởng"
    Và so sánh trước và sau đề án
    Thì bảng so sánh gồm đúng:
      | tình trạng   | quy tắc          | đơn vị |
      | đã khắc phục | CN.TRUNG_LAP     | so     |
      | còn tồn tại  | ND120.TC.DVSNCL  | tt_y   |
      | còn tồn tại  | ND107.PHO.PHONG  | p_ab   |

  Kịch bản: Cấp phó vượt của đơn vị bị sáp nhập vẫn còn ở đơn vị nhận: còn tồn tại, không phải khắc phục rồi mới
    Khi sáp nhập "p_a" vào "p_c" theo "Quyết định 5/QĐ-UBND" ngày 01/10/2023
    Và giải thể "tt_y", chức năng giao "tt_x", biên chế giao "tt_x"
    Và so sánh trước và sau đề án
    Thì bảng so sánh gồm đúng:
      | tình trạng   | quy tắc          | đơn vị |
      | còn tồn tại  | CN.TRUNG_LAP     | so     |
      | còn tồn tại  | ND107.PHO.PHONG  | p_c    |
      | đã khắc phục | ND120.TC.DVSNCL  | tt_y   |
    Và bảng đơn vị thay đổi có:
      | đơn vị | thay đổi                    | trước | sau |
      | p_c    | hợp nhất từ p_a, p_c        | 20    | 20  |
      | tt_x   | điều chỉnh: nguoi_lam_viec, functions | 20 | 32 |

  Kịch bản: Điều chỉnh cấp phó, đổi tên, chuyển chức năng và chuyển trực thuộc
    Khi điều chỉnh cấp phó của "p_a" thành 1
    Và đổi tên "p_b" thành "Phòng Thi đua"
    Và chuyển chức năng "QLNN.NOI_VU.THI_DUA" từ "p_a" sang "p_c"
    Và chuyển "tt_y" về trực thuộc "ubnd"
    Và so sánh trước và sau đề án
    Thì bảng so sánh gồm đúng:
      | tình trạng   | quy tắc          | đơn vị |
      | còn tồn tại  | ND120.TC.DVSNCL  | tt_y   |
      | mới          | CN.TRUNG_LAP     | so     |
      | đã khắc phục | CN.TRUNG_LAP     | so     |
      | đã khắc phục | ND107.PHO.PHONG  | p_a    |
    Và bảng đơn vị thay đổi có:
      | đơn vị | thay đổi                      |
      | p_a    | điều chỉnh: cap_pho, functions |
      | p_b    | điều chỉnh: name               |
      | tt_y   | điều chỉnh: parent             |

  Kịch bản: Thành lập và chia tách
    Khi thành lập đơn vị:
      | mã   | tên         | loại   | trực thuộc | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản |
      | tt_z | Trung tâm Z | dvsncl | ubnd       | 14             | 1       | 3           | không          |
    Và chia tách "p_c" thành:
      | mã    | tên      | biên chế | cấp phó | chức năng            |
      | p_c1  | Phòng C1 | 6        | 1       | QLNN.NOI_VU.TON_GIAO |
      | p_c2  | Phòng C2 | 6        | 1       |                      |
    Và so sánh trước và sau đề án
    Thì có phát hiện "ND120.TC.DVSNCL" tại "tt_z"
    Và bảng đơn vị thay đổi có:
      | đơn vị | thay đổi     | trước | sau |
      | tt_z   | thành lập    | 0     | 14  |
      | p_c1   | tách từ p_c  | 12    | 6   |
      | p_c2   | tách từ p_c  | 12    | 6   |

  Kịch bản: Chỉ tiêu tinh giản so với số liệu gốc năm 2021
    Khi hợp nhất "tt_x" và "tt_y" thành "tt_xy" tên "Trung tâm X-Y"
    Và so sánh trước và sau đề án
    Thì bảng chỉ tiêu có:
      | chỉ tiêu          | hiện có | gốc | thay đổi  | đạt                 |
      | NQ19.DVSN         | 1       | 3   | -66,67 %  | đạt                 |
      | KL40.BIEN_CHE     | 40      | 42  | -4,76 %   | chưa đạt            |
      | KL40.VIEN_CHUC    | 32      | 36  | -11,11 %  | đạt                 |

  Kịch bản: Thao tác nhắc đơn vị đã bị hợp nhất ở thao tác trước
    Khi hợp nhất "p_a" và "p_b" thành "p_ab" tên "Phòng A-B"
    Và đổi tên "p_a" thành "Phòng mới"
    Và áp dụng đề án
    Thì đề án bị từ chối với lỗi "thao tác 2 (đổi tên): đơn vị «p_a» đã bị hợp nhất ở thao tác 1"

  Kịch bản: Không gộp cơ quan hành chính với đơn vị sự nghiệp
    Khi hợp nhất "p_a" và "tt_x" thành "x" tên "X"
    Và áp dụng đề án
    Thì đề án bị từ chối với lỗi "thao tác 1 (hợp nhất): không thể gộp các loại đơn vị khác nhau về biên chế: dvsncl, phong_thuoc_so"

  Kịch bản: Giải thể mà không nói chức năng và biên chế đi đâu
    Khi giải thể "p_c"
    Và áp dụng đề án
    Thì đề án bị từ chối với lỗi "chức năng QLNN.NOI_VU.TON_GIAO của «p_c» không được giao cho đơn vị nào"
    Và đề án bị từ chối với lỗi "«p_c» còn 12 (bien_che); ghi «staff_to»"

  Quy tắc: ND120.TU_CHU.THANH_LAP_MOI — Đơn vị sự nghiệp thành lập mới phải tự bảo đảm chi (nhóm 1)
    Đơn vị sự nghiệp công lập do đề án thành lập phải thuộc nhóm tự chủ 1, trừ đơn vị cung cấp dịch vụ
    sự nghiệp công cơ bản, thiết yếu. Đơn vị đã có từ trước không bị xét.

    Khung kịch bản: Thành lập trung tâm nhóm <nhóm>, dịch vụ cơ bản: <cơ bản>
      Khi thành lập đơn vị:
        | mã   | tên         | loại   | trực thuộc | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản |
        | tt_z | Trung tâm Z | dvsncl | ubnd       | 20             | 1       | <nhóm>      | <cơ bản>       |
      Và so sánh trước và sau đề án
      Thì <kết quả> phát hiện "ND120.TU_CHU.THANH_LAP_MOI" tại "tt_z"

      Dữ liệu:
        | nhóm | cơ bản | kết quả  |
        | 1    | không  | không có |
        | 2    | không  | có       |
        | 3    | không  | có       |
        | 3    | có     | không có |

    Kịch bản: Trung tâm nhóm 3 đã có trước đề án không bị xét
      Khi điều chỉnh người làm việc của "tt_x" thành 25
      Và so sánh trước và sau đề án
      Thì không có phát hiện "ND120.TU_CHU.THANH_LAP_MOI"

  Quy tắc: ND120.SAP_XEP.TANG_NSNN — Sắp xếp làm tăng số người hưởng lương từ ngân sách nhà nước
    NĐ 120/2020 Điều 4: tổ chức lại không được làm tăng số người làm việc hưởng lương NSNN (ước bằng người làm
    việc của đơn vị sự nghiệp nhóm 3, 4 hoặc chưa khai báo nhóm). Là phát hiện «mới» của bảng so sánh.

    Khung kịch bản: Thành lập trung tâm nhóm <nhóm>, <người> người
      Biết chỉ xét quy tắc "ND120.SAP_XEP.TANG_NSNN"
      Khi thành lập đơn vị:
        | mã   | tên         | loại   | trực thuộc | người làm việc | cấp phó | nhóm tự chủ |
        | tt_z | Trung tâm Z | dvsncl | ubnd       | <người>        | 1       | <nhóm>      |
      Và so sánh trước và sau đề án
      Thì bảng so sánh gồm đúng:
        | tình trạng  | quy tắc                 | đơn vị |
        | mới         | ND120.SAP_XEP.TANG_NSNN | ubnd   |
        | mới         | ND120.TC.DVSNCL         | tt_z   |
        | còn tồn tại | CN.TRUNG_LAP            | so     |
        | còn tồn tại | ND107.PHO.PHONG         | p_a    |
        | còn tồn tại | ND120.TC.DVSNCL         | tt_y   |

      Dữ liệu:
        | nhóm | người |
        | 3    | 14    |
        | 4    | 2     |

    Kịch bản: Trung tâm mới nhóm 1 không hưởng lương NSNN
      Biết chỉ xét quy tắc "ND120.SAP_XEP.TANG_NSNN"
      Khi thành lập đơn vị:
        | mã   | tên         | loại   | trực thuộc | người làm việc | cấp phó | nhóm tự chủ |
        | tt_z | Trung tâm Z | dvsncl | ubnd       | 14             | 1       | 1           |
      Và so sánh trước và sau đề án
      Thì bảng so sánh gồm đúng:
        | tình trạng  | quy tắc         | đơn vị |
        | mới         | ND120.TC.DVSNCL | tt_z   |
        | còn tồn tại | CN.TRUNG_LAP    | so     |
        | còn tồn tại | ND107.PHO.PHONG | p_a    |
        | còn tồn tại | ND120.TC.DVSNCL | tt_y   |

    Kịch bản: Hợp nhất hai trung tâm không làm tăng người hưởng lương NSNN
      Biết chỉ xét quy tắc "ND120.SAP_XEP.TANG_NSNN"
      Khi hợp nhất "tt_x" và "tt_y" thành "tt_xy" tên "Trung tâm X-Y"
      Và so sánh trước và sau đề án
      Thì bảng so sánh gồm đúng:
        | tình trạng   | quy tắc         | đơn vị |
        | còn tồn tại  | CN.TRUNG_LAP    | so     |
        | còn tồn tại  | ND107.PHO.PHONG | p_a    |
        | đã khắc phục | ND120.TC.DVSNCL | tt_y   |
