# language: vi
Tính năng: Phân định chức năng: không trùng lặp, không tương đồng, không bỏ sót
  Theo Nghị quyết 18-NQ/TW và Kế hoạch 194/KH-UBND của UBND TP Cần Thơ: các đơn vị cùng cấp,
  cùng địa bàn không giữ cùng một chức năng (trùng lặp), không hoạt động phần lớn trong cùng các
  nhóm lĩnh vực (tương đồng), và mỗi chức năng bắt buộc của một cấp chính quyền phải có đơn vị
  đảm nhận (bỏ sót). Mã chức năng lấy từ rules/danh-muc-chuc-nang.yaml; nhóm lĩnh vực là mã bỏ
  phần cuối, hoặc cột "nhóm" của danh mục.

  Quy tắc: CN.TRUNG_LAP — Chức năng trùng lặp giữa các đơn vị cùng cấp
    Hai đơn vị trực thuộc cùng một cơ quan, cùng địa bàn (kể cả cùng không ghi địa bàn) mà cùng giữ
    một mã chức năng là trùng lặp. Phát hiện ghi ở đơn vị cấp trên.

    Khung kịch bản: Hai đơn vị cùng giữ một mã chức năng: <tình huống>
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã    | tên                    | loại      | trực thuộc   | biên chế | người làm việc | cấp phó | nhóm tự chủ | chức năng              | địa bàn     |
        | ubnd  | UBND thành phố Cần Thơ | ubnd_tinh |              |          |                |         |             |                        |             |
        | so_yt | Sở Y tế                | so        | ubnd         | 50       |                | 3       |             |                        |             |
        | so_gd | Sở Giáo dục và Đào tạo | so        | ubnd         | 50       |                | 3       |             |                        |             |
        | dv_1  | Bệnh viện Đa khoa      | dvsncl    | so_yt        |          | 300            | 3       | 2           | DV.Y_TE.KHAM_CHUA_BENH | <địa bàn 1> |
        | dv_2  | Trung tâm Y tế         | dvsncl    | <cấp trên 2> |          | 120            | 2       | 3           | DV.Y_TE.KHAM_CHUA_BENH | <địa bàn 2> |
      Và chỉ xét quy tắc "CN.TRUNG_LAP"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CN.TRUNG_LAP" tại "so_yt"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | tình huống                      | địa bàn 1 | địa bàn 2 | cấp trên 2 | kết quả  | số |
        | cùng sở, cùng không ghi địa bàn |           |           | so_yt      | có       | 1  |
        | cùng sở, cùng địa bàn           | Ninh Kiều | Ninh Kiều | so_yt      | có       | 1  |
        | cùng sở, khác địa bàn           | Ninh Kiều | Cái Răng  | so_yt      | không có | 0  |
        | khác sở, cùng địa bàn           | Ninh Kiều | Ninh Kiều | so_gd      | không có | 0  |

    Kịch bản: Phát hiện ghi mã, tên chức năng và các đơn vị cùng giữ
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã    | tên                    | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | chức năng              |
        | ubnd  | UBND thành phố Cần Thơ | ubnd_tinh |            |          |                |         |             |                        |
        | so_yt | Sở Y tế                | so        | ubnd       | 50       |                | 3       |             |                        |
        | dv_1  | Bệnh viện Đa khoa      | dvsncl    | so_yt      |          | 300            | 3       | 2           | DV.Y_TE.KHAM_CHUA_BENH |
        | dv_2  | Trung tâm Y tế         | dvsncl    | so_yt      |          | 120            | 2       | 3           | DV.Y_TE.KHAM_CHUA_BENH |
      Và chỉ xét quy tắc "CN.TRUNG_LAP"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc      | đơn vị | mức độ |
        | CN.TRUNG_LAP | so_yt  | lỗi    |
      Và phát hiện "CN.TRUNG_LAP" tại "so_yt" ghi "2 đơn vị cùng giữ chức năng DV.Y_TE.KHAM_CHUA_BENH «Khám bệnh, chữa bệnh»: Bệnh viện Đa khoa (dv_1); Trung tâm Y tế (dv_2)"

    Kịch bản: Mỗi mã chức năng trùng là một phát hiện; ba đơn vị cùng giữ một mã là một phát hiện
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên             | loại           | trực thuộc | biên chế | cấp phó | chức năng                                 |
        | ubnd | UBND tỉnh       | ubnd_tinh      |            |          |         |                                           |
        | so   | Sở Nội vụ       | so             | ubnd       | 50       | 3       |                                           |
        | p_1  | Phòng Tổ chức   | phong_thuoc_so | so         | 8        | 1       | QLNN.NOI_VU.THI_DUA, QLNN.NOI_VU.TON_GIAO |
        | p_2  | Phòng Công chức | phong_thuoc_so | so         | 8        | 1       | QLNN.NOI_VU.THI_DUA, QLNN.NOI_VU.TON_GIAO |
        | p_3  | Phòng Thi đua   | phong_thuoc_so | so         | 8        | 1       | QLNN.NOI_VU.THI_DUA                       |
      Và chỉ xét quy tắc "CN.TRUNG_LAP"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc      | đơn vị | mức độ |
        | CN.TRUNG_LAP | so     | lỗi    |
        | CN.TRUNG_LAP | so     | lỗi    |
      Và phát hiện "CN.TRUNG_LAP" tại "so" ghi "3 đơn vị cùng giữ chức năng QLNN.NOI_VU.THI_DUA"
      Và phát hiện "CN.TRUNG_LAP" tại "so" ghi "2 đơn vị cùng giữ chức năng QLNN.NOI_VU.TON_GIAO"

    Kịch bản: Một đơn vị ghi một mã hai lần không phải trùng lặp
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên             | loại           | trực thuộc | biên chế | cấp phó | chức năng                                |
        | ubnd | UBND tỉnh       | ubnd_tinh      |            |          |         |                                          |
        | so   | Sở Nội vụ       | so             | ubnd       | 50       | 3       |                                          |
        | p_1  | Phòng Tổ chức   | phong_thuoc_so | so         | 8        | 1       | QLNN.NOI_VU.THI_DUA, QLNN.NOI_VU.THI_DUA |
        | p_2  | Phòng Công chức | phong_thuoc_so | so         | 8        | 1       | QLNN.NOI_VU.CONG_CHUC                    |
      Và chỉ xét quy tắc "CN.TRUNG_LAP"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện nào

    Kịch bản: Hai UBND cấp huyện cùng giữ một chức năng trên hai địa bàn không phải trùng lặp
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại       | trực thuộc | chức năng           |
        | ubnd | UBND thành phố Cần Thơ | ubnd_tinh  |            |                     |
        | h_pd | UBND huyện Phong Điền  | ubnd_huyen | ubnd       | QLNN.NOI_VU.THI_DUA |
        | h_cd | UBND huyện Cờ Đỏ       | ubnd_huyen | ubnd       | QLNN.NOI_VU.THI_DUA |
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "CN.TRUNG_LAP"

  Quy tắc: CN.TUONG_DONG — Chức năng tương đồng giữa các đơn vị cùng cấp
    Hai đơn vị cùng cấp, cùng địa bàn, không chung mã chức năng nào nhưng có tỷ lệ nhóm chung
    (số nhóm chung / số nhóm của cả hai) từ 0,5 trở lên là tương đồng, mức cảnh báo. Nhóm do danh
    mục khai báo (cột «nhóm»); mã không khai báo nhóm chỉ gần với chính nó, dù giống nhau về dạng mã.

    Khung kịch bản: Hai phòng có tỷ lệ nhóm chung <tỷ lệ>
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và danh mục chức năng riêng:
        | mã    | tên            | nhóm   |
        | TD.A1 | Dịch vụ A một  | NHOM_A |
        | TD.A2 | Dịch vụ A hai  | NHOM_A |
        | TD.B1 | Dịch vụ B một  | NHOM_B |
        | TD.B2 | Dịch vụ B hai  | NHOM_B |
        | TD.C1 | Dịch vụ C một  | NHOM_C |
        | TD.D1 | Dịch vụ D một  | NHOM_D |
        | TD.E1 | Dịch vụ E một  |        |
        | TD.E2 | Dịch vụ E hai  |        |
      Và cơ cấu tổ chức:
        | mã   | tên       | loại           | trực thuộc | biên chế | cấp phó | chức năng     |
        | ubnd | UBND tỉnh | ubnd_tinh      |            |          |         |               |
        | so   | Sở Nội vụ | so             | ubnd       | 50       | 3       |               |
        | p_1  | Phòng 1   | phong_thuoc_so | so         | 8        | 1       | <chức năng 1> |
        | p_2  | Phòng 2   | phong_thuoc_so | so         | 8        | 1       | <chức năng 2> |
      Và chỉ xét quy tắc "CN.TUONG_DONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CN.TUONG_DONG" tại "so"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | tỷ lệ                  | chức năng 1         | chức năng 2                | kết quả  | số |
        | 1                      | TD.A1               | TD.A2                      | có       | 1  |
        | 1 / 2                  | TD.A1               | TD.A2, TD.B1               | có       | 1  |
        | 2 / 4                  | TD.A1, TD.B1, TD.C1 | TD.A2, TD.B2, TD.D1        | có       | 1  |
        | 2 / 5                  | TD.A1, TD.B1, TD.C1 | TD.A2, TD.B2, TD.D1, TD.E1 | không có | 0  |
        | 1 / 3                  | TD.A1               | TD.A2, TD.B1, TD.C1        | không có | 0  |
        | 0                      | TD.A1               | TD.B1                      | không có | 0  |
        | 0, mã không khai nhóm  | TD.E1               | TD.E2                      | không có | 0  |

    Kịch bản: Phát hiện ghi hai đơn vị, nhóm chung và tỷ lệ đúng bằng 0,5
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và danh mục chức năng riêng:
        | mã    | tên            | nhóm   |
        | TD.A1 | Dịch vụ A một  | NHOM_A |
        | TD.A2 | Dịch vụ A hai  | NHOM_A |
        | TD.B1 | Dịch vụ B một  | NHOM_B |
        | TD.B2 | Dịch vụ B hai  | NHOM_B |
        | TD.C1 | Dịch vụ C một  | NHOM_C |
        | TD.D1 | Dịch vụ D một  | NHOM_D |
        | TD.E1 | Dịch vụ E một  |        |
        | TD.E2 | Dịch vụ E hai  |        |
      Và cơ cấu tổ chức:
        | mã   | tên       | loại           | trực thuộc | biên chế | cấp phó | chức năng    |
        | ubnd | UBND tỉnh | ubnd_tinh      |            |          |         |              |
        | so   | Sở Nội vụ | so             | ubnd       | 50       | 3       |              |
        | p_1  | Phòng 1   | phong_thuoc_so | so         | 8        | 1       | TD.A1        |
        | p_2  | Phòng 2   | phong_thuoc_so | so         | 8        | 1       | TD.A2, TD.B1 |
      Và chỉ xét quy tắc "CN.TUONG_DONG"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc       | đơn vị | mức độ   |
        | CN.TUONG_DONG | so     | cảnh báo |
      Và phát hiện "CN.TUONG_DONG" tại "so" ghi "Phòng 1 (p_1); Phòng 2 (p_2) có 1 nhóm lĩnh vực chung (NHOM_A), tỷ lệ 0,5 ≥ 0,5"

    Kịch bản: Hai đơn vị có chung một mã là trùng lặp, không tính là tương đồng
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên       | loại           | trực thuộc | biên chế | cấp phó | chức năng                                 |
        | ubnd | UBND tỉnh | ubnd_tinh      |            |          |         |                                           |
        | so   | Sở Nội vụ | so             | ubnd       | 50       | 3       |                                           |
        | p_1  | Phòng 1   | phong_thuoc_so | so         | 8        | 1       | QLNN.NOI_VU.THI_DUA, QLNN.NOI_VU.TON_GIAO |
        | p_2  | Phòng 2   | phong_thuoc_so | so         | 8        | 1       | QLNN.NOI_VU.THI_DUA                       |
      Và chỉ xét các quy tắc "CN.TUONG_DONG, CN.TRUNG_LAP"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc      | đơn vị | mức độ |
        | CN.TRUNG_LAP | so     | lỗi    |

    Kịch bản: Hai đơn vị tương đồng nhưng khác địa bàn không bị cảnh báo
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                      | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | chức năng              | địa bàn   |
        | ubnd | UBND tỉnh                | ubnd_tinh |            |          |                |         |             |                        |           |
        | so   | Sở Y tế                  | so        | ubnd       | 50       |                | 3       |             |                        |           |
        | dv_1 | Trung tâm Y tế Ninh Kiều | dvsncl    | so         |          | 120            | 2       | 3           | DV.Y_TE.KHAM_CHUA_BENH | Ninh Kiều |
        | dv_2 | Trung tâm Y tế Cái Răng  | dvsncl    | so         |          | 120            | 2       | 3           | DV.Y_TE.DU_PHONG       | Cái Răng  |
      Và chỉ xét các quy tắc "CN.TUONG_DONG, CN.TRUNG_LAP"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện nào

    Khung kịch bản: Nhóm lĩnh vực khai báo trong danh mục riêng: nhóm "<nhóm>"
      Cột "nhóm" thay cho nhóm mặc định (mã bỏ phần cuối): hai mã khác tiền tố vẫn cùng một nhóm.
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và danh mục chức năng riêng:
        | mã                     | tên                       | nhóm   |
        | RIENG.DAU_TU.XUC_TIEN  | Xúc tiến đầu tư của tỉnh  | <nhóm> |
        | RIENG.DU_LICH.XUC_TIEN | Xúc tiến du lịch của tỉnh | <nhóm> |
      Và cơ cấu tổ chức:
        | mã    | tên                        | loại      | trực thuộc | người làm việc | cấp phó | nhóm tự chủ | chức năng              |
        | ubnd  | UBND tỉnh                  | ubnd_tinh |            |                |         |             |                        |
        | xt_dt | Trung tâm Xúc tiến Đầu tư  | dvsncl    | ubnd       | 25             | 2       | 2           | RIENG.DAU_TU.XUC_TIEN  |
        | xt_dl | Trung tâm Xúc tiến Du lịch | dvsncl    | ubnd       | 25             | 2       | 2           | RIENG.DU_LICH.XUC_TIEN |
      Và chỉ xét quy tắc "CN.TUONG_DONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CN.TUONG_DONG" tại "ubnd"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | nhóm     | kết quả  | số |
        | XUC_TIEN | có       | 1  |
        |          | không có | 0  |

  Quy tắc: CN.BO_SOT — Chức năng bắt buộc cấp tỉnh bị bỏ sót
    Mỗi chức năng đánh dấu bắt buộc ở cấp tỉnh phải do ít nhất một cơ quan, đơn vị làm việc cho
    UBND cấp tỉnh đảm nhận (kể cả đơn vị cấp dưới của sở). Đơn vị thuộc UBND cấp huyện làm việc
    cho UBND cấp huyện, không tính cho cấp tỉnh.

    Bối cảnh: Thành phố có 8 cơ quan giữ 10 trong 12 chức năng bắt buộc cấp tỉnh
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã           | tên                      | loại      | trực thuộc | biên chế | cấp phó | chức năng                                          |
        | ubnd         | UBND thành phố Cần Thơ   | ubnd_tinh |            |          |         |                                                    |
        | so_noi_vu    | Sở Nội vụ                | so        | ubnd       | 40       | 3       | QLNN.NOI_VU.TO_CHUC_BO_MAY, QLNN.NOI_VU.CONG_CHUC  |
        | so_tu_phap   | Sở Tư pháp               | so        | ubnd       | 30       | 3       | QLNN.TU_PHAP.VAN_BAN                               |
        | so_khdt      | Sở Kế hoạch và Đầu tư    | so        | ubnd       | 35       | 3       | QLNN.KE_HOACH.DAU_TU                               |
        | so_tai_chinh | Sở Tài chính             | so        | ubnd       | 40       | 3       | QLNN.TAI_CHINH.NGAN_SACH                           |
        | so_gddt      | Sở Giáo dục và Đào tạo   | so        | ubnd       | 50       | 3       | QLNN.GDDT.GIAO_DUC                                 |
        | so_y_te      | Sở Y tế                  | so        | ubnd       | 50       | 3       | QLNN.Y_TE.KHAM_CHUA_BENH                           |
        | thanh_tra    | Thanh tra thành phố      | so        | ubnd       | 30       | 3       | QLNN.THANH_TRA.THANH_TRA, QLNN.THANH_TRA.KHIEU_NAI |
        | vp_ubnd      | Văn phòng UBND thành phố | so        | ubnd       | 40       | 3       | QLNN.VAN_PHONG.THAM_MUU                            |

    Khung kịch bản: Sở Tài nguyên và Môi trường giữ "<chức năng TNMT>" — toàn bộ kết quả, không lọc quy tắc
      Biết cơ cấu tổ chức có thêm:
        | mã      | tên                         | loại | trực thuộc | biên chế | cấp phó | chức năng        |
        | so_tnmt | Sở Tài nguyên và Môi trường | so   | ubnd       | 45       | 3       | <chức năng TNMT> |
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CN.BO_SOT" tại "ubnd"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | chức năng TNMT                          | kết quả  | số |
        | QLNN.TNMT.DAT_DAI, QLNN.TNMT.MOI_TRUONG | không có | 0  |
        | QLNN.TNMT.DAT_DAI                       | có       | 1  |
        |                                         | có       | 2  |

    Kịch bản: Phát hiện ghi mã và tên chức năng bắt buộc bị bỏ sót
      Biết cơ cấu tổ chức có thêm:
        | mã      | tên                         | loại | trực thuộc | biên chế | cấp phó | chức năng         |
        | so_tnmt | Sở Tài nguyên và Môi trường | so   | ubnd       | 45       | 3       | QLNN.TNMT.DAT_DAI |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc   | đơn vị | mức độ |
        | CN.BO_SOT | ubnd   | lỗi    |
      Và phát hiện "CN.BO_SOT" tại "ubnd" ghi "không đơn vị nào giữ chức năng bắt buộc QLNN.TNMT.MOI_TRUONG «Bảo vệ môi trường»"

    Kịch bản: Chức năng do chi cục thuộc sở đảm nhận được tính cho cấp tỉnh
      Biết cơ cấu tổ chức có thêm:
        | mã      | tên                         | loại    | trực thuộc | biên chế | cấp phó | chức năng            |
        | so_tnmt | Sở Tài nguyên và Môi trường | so      | ubnd       | 45       | 3       | QLNN.TNMT.DAT_DAI    |
        | cc_mt   | Chi cục Bảo vệ môi trường   | chi_cuc | so_tnmt    | 15       | 2       | QLNN.TNMT.MOI_TRUONG |
      Khi kiểm tra tuân thủ
      Thì không có phát hiện nào

    Kịch bản: Chức năng do phòng cấp huyện đảm nhận không tính cho cấp tỉnh
      Biết cơ cấu tổ chức có thêm:
        | mã      | tên                            | loại              | trực thuộc | biên chế | cấp phó | chức năng            |
        | so_tnmt | Sở Tài nguyên và Môi trường    | so                | ubnd       | 45       | 3       | QLNN.TNMT.DAT_DAI    |
        | h_pd    | UBND huyện Phong Điền          | ubnd_huyen        | ubnd       |          |         |                      |
        | pd_tnmt | Phòng Tài nguyên và Môi trường | phong_thuoc_huyen | h_pd       | 8        | 1       | QLNN.TNMT.MOI_TRUONG |
      Khi kiểm tra tuân thủ
      Thì có phát hiện "CN.BO_SOT" tại "ubnd"
      Và phát hiện "CN.BO_SOT" tại "ubnd" ghi "QLNN.TNMT.MOI_TRUONG «Bảo vệ môi trường»"

  Quy tắc: CN.BO_SOT — Chức năng bắt buộc cấp huyện bị bỏ sót
    Cấp huyện có 11 chức năng bắt buộc; "Bảo vệ môi trường" chỉ bắt buộc ở cấp tỉnh. Huyện có trung tâm
    dịch vụ nông nghiệp để kết quả toàn bộ (không lọc quy tắc) chỉ còn chuyện bỏ sót chức năng.

    Bối cảnh: Huyện có 7 phòng giữ 10 trong 11 chức năng bắt buộc cấp huyện, và trung tâm dịch vụ nông nghiệp
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã     | tên                            | loại              | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | chức năng                                          |
        | huyen  | UBND huyện Phong Điền          | ubnd_huyen        |            |          |                |         |             |                                                    |
        | p_nv   | Phòng Nội vụ                   | phong_thuoc_huyen | huyen      | 8        |                | 1       |             | QLNN.NOI_VU.TO_CHUC_BO_MAY, QLNN.NOI_VU.CONG_CHUC  |
        | p_tp   | Phòng Tư pháp                  | phong_thuoc_huyen | huyen      | 6        |                | 1       |             | QLNN.TU_PHAP.VAN_BAN                               |
        | p_tckh | Phòng Tài chính – Kế hoạch     | phong_thuoc_huyen | huyen      | 10       |                | 2       |             | QLNN.KE_HOACH.DAU_TU, QLNN.TAI_CHINH.NGAN_SACH     |
        | p_tnmt | Phòng Tài nguyên và Môi trường | phong_thuoc_huyen | huyen      | 8        |                | 1       |             | QLNN.TNMT.DAT_DAI                                  |
        | p_gd   | Phòng Giáo dục và Đào tạo      | phong_thuoc_huyen | huyen      | 10       |                | 2       |             | QLNN.GDDT.GIAO_DUC                                 |
        | tt     | Thanh tra huyện                | phong_thuoc_huyen | huyen      | 6        |                | 1       |             | QLNN.THANH_TRA.THANH_TRA, QLNN.THANH_TRA.KHIEU_NAI |
        | vp     | Văn phòng HĐND và UBND huyện   | phong_thuoc_huyen | huyen      | 12       |                | 2       |             | QLNN.VAN_PHONG.THAM_MUU                            |
        | tt_nn  | Trung tâm Dịch vụ nông nghiệp  | dvsncl            | huyen      |          | 15             | 1       | 3           | DV.NONG_NGHIEP.TRUNG_TAM_DICH_VU                   |

    Khung kịch bản: Phòng Y tế huyện giữ "<chức năng y tế>" — toàn bộ kết quả, không lọc quy tắc
      Biết cơ cấu tổ chức có thêm:
        | mã   | tên        | loại              | trực thuộc | biên chế | cấp phó | chức năng        |
        | p_yt | Phòng Y tế | phong_thuoc_huyen | huyen      | 6        | 1       | <chức năng y tế> |
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CN.BO_SOT" tại "huyen"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | chức năng y tế           | kết quả  | số |
        | QLNN.Y_TE.KHAM_CHUA_BENH | không có | 0  |
        | QLNN.Y_TE.DU_PHONG       | có       | 1  |

    Kịch bản: Phát hiện cấp huyện ghi chức năng bị bỏ sót
      Biết cơ cấu tổ chức có thêm:
        | mã   | tên        | loại              | trực thuộc | biên chế | cấp phó |
        | p_yt | Phòng Y tế | phong_thuoc_huyen | huyen      | 6        | 1       |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc   | đơn vị | mức độ |
        | CN.BO_SOT | huyen  | lỗi    |
      Và phát hiện "CN.BO_SOT" tại "huyen" ghi "QLNN.Y_TE.KHAM_CHUA_BENH «Khám bệnh, chữa bệnh»"

  Quy tắc: CN.BO_SOT — Chức năng bắt buộc do tệp tự khai báo
    Danh mục chức năng riêng có thể đánh dấu một chức năng là bắt buộc ở cấp tỉnh, huyện hoặc xã.

    Khung kịch bản: Xã có chức năng bắt buộc riêng, bộ phận một cửa giữ "<chức năng>"
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và danh mục chức năng riêng:
        | mã         | tên                            | bắt buộc |
        | XA.MOT_CUA | Tiếp nhận hồ sơ một cửa cấp xã | xã       |
      Và cơ cấu tổ chức:
        | mã   | tên              | loại           | trực thuộc | biên chế | cấp phó | chức năng   |
        | xa   | UBND xã Mỹ Khánh | ubnd_xa        |            |          |         |             |
        | p_mc | Bộ phận một cửa  | phong_thuoc_xa | xa         | 3        | 0       | <chức năng> |
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CN.BO_SOT" tại "xa"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | chức năng  | kết quả  | số |
        | XA.MOT_CUA | không có | 0  |
        |            | có       | 1  |

  Quy tắc: Mã chức năng sai bị từ chối
    Khung kịch bản: Phòng giữ chức năng "<chức năng>" bị từ chối
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó | chức năng   |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |             |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |             |
        | p_tc | Phòng Tổ chức | phong_thuoc_so | so         | 8        | 1       | <chức năng> |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "<lỗi>"

      Dữ liệu:
        | chức năng                                 | lỗi                                                                                           |
        | QLNN.NOI_VU.THI_DUAA                      | mã chức năng «QLNN.NOI_VU.THI_DUAA» không có trong danh mục — ý bạn là «QLNN.NOI_VU.THI_DUA»? |
        | QLNN.NOI_VU.THI_DUA,                      | «functions[1]» không được để trống                                                            |
        | QLNN.NOI_VU.THI_DUA; QLNN.NOI_VU.TON_GIAO | mã chức năng «QLNN.NOI_VU.THI_DUA; QLNN.NOI_VU.TON_GIAO» không có trong danh mục              |

    Kịch bản: Danh mục riêng không được khai báo lại mã của danh mục chung
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và danh mục chức năng riêng:
        | mã                  | tên              |
        | QLNN.NOI_VU.THI_DUA | Thi đua của tỉnh |
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      |
        | ubnd | UBND tỉnh | ubnd_tinh |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "mã chức năng «QLNN.NOI_VU.THI_DUA» khai báo hai lần (đã có trong danh mục chung rules/danh-muc-chuc-nang.yaml)"

    Kịch bản: Cấp chính quyền bắt buộc không phải tỉnh, huyện, xã bị từ chối
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và danh mục chức năng riêng:
        | mã         | tên              | bắt buộc |
        | XA.MOT_CUA | Một cửa cấp thôn | thôn     |
      Và cơ cấu tổ chức:
        | mã | tên              | loại    |
        | xa | UBND xã Mỹ Khánh | ubnd_xa |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "«mandatory[0]» = 'thôn' không hợp lệ; chọn một trong: tinh, huyen, xa"

  Quy tắc: Chữ có dấu gõ dạng tổ hợp (NFD) hay dựng sẵn (NFC) cho cùng kết quả về chức năng
    Ở dòng NFD, mã, tên, đơn vị cấp trên và địa bàn của đơn vị thứ hai được gõ dạng tổ hợp; đơn vị
    thứ nhất vẫn gõ dạng dựng sẵn. "Ninh Kiều" gõ hai cách vẫn là cùng một địa bàn.

    Khung kịch bản: Hai đơn vị cùng địa bàn giữ một mã chức năng, gõ dạng <dạng>
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã      | tên                      | loại      | trực thuộc     | biên chế | người làm việc | cấp phó | nhóm tự chủ | chức năng              | địa bàn     |
        | ubnd    | UBND thành phố Cần Thơ   | ubnd_tinh |                |          |                |         |             |                        |             |
        | sở_y_tế | Sở Y tế                  | so        | ubnd           | 50       |                | 3       |             |                        |             |
        | bv_1    | Bệnh viện quận Ninh Kiều | dvsncl    | sở_y_tế        |          | 300            | 3       | 2           | DV.Y_TE.KHAM_CHUA_BENH | Ninh Kiều   |
        | <mã 2>  | <tên 2>                  | dvsncl    | <trực thuộc 2> |          | 120            | 2       | 3           | DV.Y_TE.KHAM_CHUA_BENH | <địa bàn 2> |
      Và chỉ xét quy tắc "CN.TRUNG_LAP"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc      | đơn vị  | mức độ |
        | CN.TRUNG_LAP | sở_y_tế | lỗi    |
      Và phát hiện "CN.TRUNG_LAP" tại "sở_y_tế" ghi "<nội dung>"

      Dữ liệu:
        | dạng | mã 2             | tên 2                           | trực thuộc 2 | địa bàn 2   | nội dung                                                                          |
        | NFC  | trung_tâm_y_tế   | Trung tâm Y tế quận Ninh Kiều   | sở_y_tế      | Ninh Kiều   | Bệnh viện quận Ninh Kiều (bv_1); Trung tâm Y tế quận Ninh Kiều (trung_tâm_y_tế)   |
        | NFD  | trung_tâm_y_tế | Trung tâm Y tế quận Ninh Kiều | sở_y_tế    | Ninh Kiều | Bệnh viện quận Ninh Kiều (bv_1); Trung tâm Y tế quận Ninh Kiều (trung_tâm_y_tế) |
