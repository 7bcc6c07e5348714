# language: vi
Tính năng: Số lượng cấp phó tối đa
  Số Phó Giám đốc sở, Phó Trưởng phòng, Phó Chánh Văn phòng, Phó Chánh Thanh tra, Phó Chi cục trưởng
  (NĐ 107/2020), Phó Trưởng phòng cấp huyện (NĐ 108/2020) và cấp phó của đơn vị sự nghiệp công lập
  (NĐ 120/2020) không được vượt mức tối đa. Mức tối đa phụ thuộc số biên chế, phân loại tỉnh,
  số phòng, nhóm tự chủ tài chính và đơn vị cấp trên; các kịch bản đi qua sát từng ngưỡng.

  Quy tắc: ND107.PHO.GIAM_DOC — Tổng số Phó Giám đốc sở vượt bình quân 3 người mỗi sở
    Tổng số Phó Giám đốc của các sở không quá 3 × số sở; Hà Nội và TP.HCM được thêm không quá 10.
    UBND tỉnh phân bổ cụ thể, nên một sở có hơn 3 phó vẫn đạt nếu tổng trong giới hạn.

    Khung kịch bản: <số sở> sở của tỉnh <phân loại> có <phó A> và <phó B> Phó Giám đốc
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên          | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh    | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ    | so        | ubnd       | 40       | <phó A> |
        | so_b | Sở Tài chính | so        | ubnd       | 40       | <phó B> |
      Và chỉ xét quy tắc "ND107.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.PHO.GIAM_DOC" tại "ubnd"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | tỉnh            | phân loại | số sở | phó A | phó B | kết quả  | số |
        | Cần Thơ         | loại I    | 2     | 3     | 3     | không có | 0  |
        | Cần Thơ         | loại I    | 2     | 4     | 3     | có       | 1  |
        | Cần Thơ         | loại I    | 2     | 5     | 1     | không có | 0  |
        | Tỉnh An Bình    | loại II   | 2     | 3     | 3     | không có | 0  |
        | Tỉnh An Bình    | loại II   | 2     | 4     | 3     | có       | 1  |
        | Tỉnh Bình An    | loại III  | 2     | 2     | 5     | có       | 1  |
        | Hà Nội          | đặc biệt  | 2     | 8     | 8     | không có | 0  |
        | Hà Nội          | đặc biệt  | 2     | 9     | 8     | có       | 1  |
        | TP. Hồ Chí Minh | đặc biệt  | 2     | 10    | 6     | không có | 0  |
        | TP. Hồ Chí Minh | đặc biệt  | 2     | 10    | 7     | có       | 1  |

    Kịch bản: Phát hiện ghi tổng số Phó Giám đốc, số sở và mức tối đa (loại I)
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên          | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh    | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ    | so        | ubnd       | 40       | 4       |
        | so_b | Sở Tài chính | so        | ubnd       | 40       | 3       |
      Và chỉ xét quy tắc "ND107.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc            | đơn vị | mức độ |
        | ND107.PHO.GIAM_DOC | ubnd   | lỗi    |
      Và phát hiện "ND107.PHO.GIAM_DOC" tại "ubnd" ghi "7 Phó Giám đốc cho 2 sở / tối đa 6 (bình quân 3 mỗi sở; loại I)"

    Kịch bản: Phát hiện ghi mức tối đa cộng thêm 10 của Hà Nội
      Biết tỉnh "Hà Nội" phân loại "đặc biệt" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                   | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND Thành phố Hà Nội | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ             | so        | ubnd       | 40       | 9       |
        | so_b | Sở Tài chính          | so        | ubnd       | 40       | 8       |
      Và chỉ xét quy tắc "ND107.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND107.PHO.GIAM_DOC" tại "ubnd"
      Và phát hiện "ND107.PHO.GIAM_DOC" tại "ubnd" ghi "17 Phó Giám đốc cho 2 sở / tối đa 16 (bình quân 3 mỗi sở; Hà Nội, TP.HCM)"

    Kịch bản: Cấp phó của đơn vị sự nghiệp trực thuộc UBND tỉnh không tính vào Phó Giám đốc sở
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                       | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh                 | ubnd_tinh |            |          |                |         |             |
        | so_a | Sở Nội vụ                 | so        | ubnd       | 40       |                | 3       |             |
        | so_b | Sở Tài chính              | so        | ubnd       | 40       |                | 3       |             |
        | xttm | Trung tâm Xúc tiến Đầu tư | dvsncl    | ubnd       |          | 30             | 3       | 2           |
      Và chỉ xét quy tắc "ND107.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện nào

  Quy tắc: ND107.PHO.PHONG — Phó Trưởng phòng thuộc sở vượt số lượng tối đa
    Dưới ngưỡng (10 biên chế ở Hà Nội, TP.HCM; 9 ở loại I; 8 ở loại II, III): 1 phó;
    từ ngưỡng đến 14 biên chế: tối đa 2 phó; từ 15 biên chế: tối đa 3 phó (mọi phân loại).

    Khung kịch bản: Phòng thuộc sở của tỉnh <phân loại> có <biên chế> biên chế và <phó> phó
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |            |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40         | 3       |
        | p_tc | Phòng Tổ chức | phong_thuoc_so | so         | <biên chế> | <phó>   |
      Và chỉ xét quy tắc "ND107.PHO.PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.PHO.PHONG" tại "p_tc"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | tỉnh            | phân loại | biên chế | phó | kết quả  | số |
        | Hà Nội          | đặc biệt  | 9        | 1   | không có | 0  |
        | Hà Nội          | đặc biệt  | 9        | 2   | có       | 1  |
        | Hà Nội          | đặc biệt  | 10       | 2   | không có | 0  |
        | TP. Hồ Chí Minh | đặc biệt  | 10       | 3   | có       | 1  |
        | Hà Nội          | đặc biệt  | 14       | 3   | có       | 1  |
        | Hà Nội          | đặc biệt  | 15       | 3   | không có | 0  |
        | Cần Thơ         | loại I    | 8        | 1   | không có | 0  |
        | Cần Thơ         | loại I    | 8        | 2   | có       | 1  |
        | Cần Thơ         | loại I    | 9        | 2   | không có | 0  |
        | Cần Thơ         | loại I    | 9        | 3   | có       | 1  |
        | Cần Thơ         | loại I    | 14       | 3   | có       | 1  |
        | Cần Thơ         | loại I    | 15       | 3   | không có | 0  |
        | Cần Thơ         | loại I    | 15       | 4   | có       | 1  |
        | Tỉnh An Bình    | loại II   | 7        | 2   | có       | 1  |
        | Tỉnh An Bình    | loại II   | 8        | 2   | không có | 0  |
        | Tỉnh Bình An    | loại III  | 7        | 1   | không có | 0  |
        | Tỉnh Bình An    | loại III  | 7        | 2   | có       | 1  |
        | Tỉnh Bình An    | loại III  | 8        | 2   | không có | 0  |
        | Tỉnh Bình An    | loại III  | 14       | 3   | có       | 1  |
        | Tỉnh Bình An    | loại III  | 15       | 3   | không có | 0  |

    Kịch bản: Phát hiện ghi số phó, mức tối đa và khung biên chế đã áp dụng
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                       | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh                 | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ                 | so             | ubnd       | 40       | 3       |
        | p_1  | Phòng Tổ chức             | phong_thuoc_so | so         | 8        | 2       |
        | p_2  | Phòng Công chức           | phong_thuoc_so | so         | 14       | 3       |
        | p_3  | Phòng Cải cách hành chính | phong_thuoc_so | so         | 15       | 4       |
        | p_4  | Phòng Tôn giáo            | phong_thuoc_so | so         | 9        | 2       |
      Và chỉ xét quy tắc "ND107.PHO.PHONG"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc         | đơn vị | mức độ |
        | ND107.PHO.PHONG | p_1    | lỗi    |
        | ND107.PHO.PHONG | p_2    | lỗi    |
        | ND107.PHO.PHONG | p_3    | lỗi    |
      Và phát hiện "ND107.PHO.PHONG" tại "p_1" ghi "2 phó trưởng phòng / tối đa 1 (loại I, dưới 9 biên chế)"
      Và phát hiện "ND107.PHO.PHONG" tại "p_2" ghi "3 phó trưởng phòng / tối đa 2 (loại I, 9–14 biên chế)"
      Và phát hiện "ND107.PHO.PHONG" tại "p_3" ghi "4 phó trưởng phòng / tối đa 3 (từ 15 biên chế trở lên)"
      Và không có phát hiện "ND107.PHO.PHONG" tại "p_4"

  Quy tắc: ND107.PHO.VAN_PHONG — Phó Chánh Văn phòng sở vượt số lượng tối đa
    Áp dụng cùng các mức như Phó Trưởng phòng thuộc sở.

    Khung kịch bản: Văn phòng sở của tỉnh <phân loại> có <biên chế> biên chế và <phó> phó
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên          | loại         | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh    | ubnd_tinh    |            |            |         |
        | so   | Sở Xây dựng  | so           | ubnd       | 40         | 3       |
        | vp   | Văn phòng Sở | van_phong_so | so         | <biên chế> | <phó>   |
      Và chỉ xét quy tắc "ND107.PHO.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.PHO.VAN_PHONG" tại "vp"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | tỉnh         | phân loại | biên chế | phó | kết quả  | số |
        | Hà Nội       | đặc biệt  | 9        | 2   | có       | 1  |
        | Hà Nội       | đặc biệt  | 10       | 2   | không có | 0  |
        | Cần Thơ      | loại I    | 8        | 2   | có       | 1  |
        | Cần Thơ      | loại I    | 9        | 2   | không có | 0  |
        | Cần Thơ      | loại I    | 14       | 3   | có       | 1  |
        | Cần Thơ      | loại I    | 15       | 3   | không có | 0  |
        | Tỉnh An Bình | loại II   | 7        | 2   | có       | 1  |
        | Tỉnh Bình An | loại III  | 8        | 2   | không có | 0  |

    Kịch bản: Phát hiện văn phòng sở ghi số phó và mức tối đa
      Biết tỉnh "Tỉnh Bình An" phân loại "loại III" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên          | loại         | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh    | ubnd_tinh    |            |          |         |
        | so   | Sở Xây dựng  | so           | ubnd       | 40       | 3       |
        | vp   | Văn phòng Sở | van_phong_so | so         | 7        | 2       |
      Và chỉ xét quy tắc "ND107.PHO.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND107.PHO.VAN_PHONG" tại "vp"
      Và phát hiện "ND107.PHO.VAN_PHONG" tại "vp" ghi "2 phó chánh văn phòng / tối đa 1 (loại II, III, dưới 8 biên chế)"

  Quy tắc: ND107.PHO.THANH_TRA — Phó Chánh Thanh tra sở vượt số lượng tối đa
    Dưới 08 biên chế: 1 phó; từ 08 biên chế: tối đa 2 phó; không phụ thuộc phân loại tỉnh.

    Khung kịch bản: Thanh tra sở ở tỉnh <phân loại> có <biên chế> biên chế và <phó> phó
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                   | loại         | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh             | ubnd_tinh    |            |            |         |
        | so   | Sở Giao thông vận tải | so           | ubnd       | 40         | 3       |
        | tt   | Thanh tra Sở          | thanh_tra_so | so         | <biên chế> | <phó>   |
      Và chỉ xét quy tắc "ND107.PHO.THANH_TRA"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.PHO.THANH_TRA" tại "tt"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | tỉnh         | phân loại | biên chế | phó | kết quả  | số |
        | Cần Thơ      | loại I    | 7        | 1   | không có | 0  |
        | Cần Thơ      | loại I    | 7        | 2   | có       | 1  |
        | Cần Thơ      | loại I    | 8        | 2   | không có | 0  |
        | Cần Thơ      | loại I    | 8        | 3   | có       | 1  |
        | Hà Nội       | đặc biệt  | 7        | 2   | có       | 1  |
        | Hà Nội       | đặc biệt  | 30       | 2   | không có | 0  |
        | Tỉnh Bình An | loại III  | 7        | 2   | có       | 1  |

    Kịch bản: Phát hiện thanh tra sở ghi số phó và mức tối đa
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                   | loại         | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh             | ubnd_tinh    |            |          |         |
        | so   | Sở Giao thông vận tải | so           | ubnd       | 40       | 3       |
        | tt   | Thanh tra Sở          | thanh_tra_so | so         | 8        | 3       |
      Và chỉ xét quy tắc "ND107.PHO.THANH_TRA"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc             | đơn vị | mức độ |
        | ND107.PHO.THANH_TRA | tt     | lỗi    |
      Và phát hiện "ND107.PHO.THANH_TRA" tại "tt" ghi "3 phó chánh thanh tra / tối đa 2 (từ 8 biên chế trở lên)"

  Quy tắc: ND107.PHO.CHI_CUC — Phó Chi cục trưởng vượt số lượng tối đa
    Chi cục có từ 01 đến 03 phòng: 1 phó; không có phòng hoặc có từ 04 phòng: tối đa 2 phó.

    Kịch bản: Chi cục không có phòng được tối đa 2 phó
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh              | ubnd_tinh |            |          |         |
        | so   | Sở Nông nghiệp và PTNT | so        | ubnd       | 60       | 3       |
        | cc_a | Chi cục Thủy lợi       | chi_cuc   | so         | 15       | 2       |
        | cc_b | Chi cục Kiểm lâm       | chi_cuc   | so         | 15       | 3       |
      Và chỉ xét quy tắc "ND107.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc           | đơn vị | mức độ |
        | ND107.PHO.CHI_CUC | cc_b   | lỗi    |
      Và phát hiện "ND107.PHO.CHI_CUC" tại "cc_b" ghi "3 phó chi cục trưởng / tối đa 2 (0 phòng)"
      Và không có phát hiện "ND107.PHO.CHI_CUC" tại "cc_a"

    Kịch bản: Chi cục có 1 phòng chỉ được 1 phó
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh              | ubnd_tinh           |            |          |         |
        | so   | Sở Nông nghiệp và PTNT | so                  | ubnd       | 60       | 3       |
        | cc_a | Chi cục Thủy lợi       | chi_cuc             | so         | 15       | 1       |
        | pa_1 | Phòng Đê điều          | phong_thuoc_chi_cuc | cc_a       | 5        | 1       |
        | cc_b | Chi cục Kiểm lâm       | chi_cuc             | so         | 15       | 2       |
        | pb_1 | Phòng Bảo tồn          | phong_thuoc_chi_cuc | cc_b       | 5        | 1       |
      Và chỉ xét quy tắc "ND107.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc           | đơn vị | mức độ |
        | ND107.PHO.CHI_CUC | cc_b   | lỗi    |
      Và phát hiện "ND107.PHO.CHI_CUC" tại "cc_b" ghi "2 phó chi cục trưởng / tối đa 1 (1–3 phòng)"

    Kịch bản: Chi cục có 3 phòng vẫn chỉ được 1 phó
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                         | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh                   | ubnd_tinh           |            |          |         |
        | so   | Sở Nông nghiệp và PTNT      | so                  | ubnd       | 60       | 3       |
        | cc   | Chi cục Thủy lợi            | chi_cuc             | so         | 30       | 2       |
        | p_1  | Phòng Đê điều               | phong_thuoc_chi_cuc | cc         | 5        | 1       |
        | p_2  | Phòng Thủy nông             | phong_thuoc_chi_cuc | cc         | 5        | 1       |
        | p_3  | Phòng Phòng chống thiên tai | phong_thuoc_chi_cuc | cc         | 5        | 1       |
      Và chỉ xét quy tắc "ND107.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc           | đơn vị | mức độ |
        | ND107.PHO.CHI_CUC | cc     | lỗi    |

    Khung kịch bản: Chi cục có 4 phòng được tối đa 2 phó (<phó> phó)
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                         | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh                   | ubnd_tinh           |            |          |         |
        | so   | Sở Nông nghiệp và PTNT      | so                  | ubnd       | 60       | 3       |
        | cc   | Chi cục Thủy lợi            | chi_cuc             | so         | 30       | <phó>   |
        | p_1  | Phòng Đê điều               | phong_thuoc_chi_cuc | cc         | 5        | 1       |
        | p_2  | Phòng Thủy nông             | phong_thuoc_chi_cuc | cc         | 5        | 1       |
        | p_3  | Phòng Phòng chống thiên tai | phong_thuoc_chi_cuc | cc         | 5        | 1       |
        | p_4  | Phòng Tổng hợp              | phong_thuoc_chi_cuc | cc         | 5        | 1       |
      Và chỉ xét quy tắc "ND107.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.PHO.CHI_CUC" tại "cc"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | phó | kết quả  | số |
        | 1   | không có | 0  |
        | 2   | không có | 0  |
        | 3   | có       | 1  |

  Quy tắc: ND107.PHO.PHONG_CHI_CUC — Phó Trưởng phòng thuộc chi cục vượt số lượng tối đa
    Dưới 07 biên chế: 1 phó; từ 07 biên chế: tối đa 2 phó.

    Khung kịch bản: Phòng thuộc chi cục có <biên chế> biên chế và <phó> phó
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại                | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh              | ubnd_tinh           |            |            |         |
        | so   | Sở Nông nghiệp và PTNT | so                  | ubnd       | 60         | 3       |
        | cc   | Chi cục Thủy lợi       | chi_cuc             | so         | 30         | 1       |
        | pcc  | Phòng Đê điều          | phong_thuoc_chi_cuc | cc         | <biên chế> | <phó>   |
      Và chỉ xét quy tắc "ND107.PHO.PHONG_CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.PHO.PHONG_CHI_CUC" tại "pcc"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | biên chế | phó | kết quả  | số |
        | 6        | 1   | không có | 0  |
        | 6        | 2   | có       | 1  |
        | 7        | 2   | không có | 0  |
        | 7        | 3   | có       | 1  |
        | 20       | 3   | có       | 1  |

    Kịch bản: Phát hiện phòng thuộc chi cục ghi số phó và mức tối đa
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh              | ubnd_tinh           |            |          |         |
        | so   | Sở Nông nghiệp và PTNT | so                  | ubnd       | 60       | 3       |
        | cc   | Chi cục Thủy lợi       | chi_cuc             | so         | 30       | 1       |
        | pcc  | Phòng Đê điều          | phong_thuoc_chi_cuc | cc         | 6        | 2       |
      Và chỉ xét quy tắc "ND107.PHO.PHONG_CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND107.PHO.PHONG_CHI_CUC" tại "pcc"
      Và phát hiện "ND107.PHO.PHONG_CHI_CUC" tại "pcc" ghi "2 phó trưởng phòng / tối đa 1 (dưới 7 biên chế)"

  Quy tắc: ND108.PHO.PHONG_HUYEN — Phó Trưởng phòng cấp huyện vượt bình quân 2 người mỗi phòng
    Chỉ có mức bình quân: tổng số Phó Trưởng phòng của các phòng thuộc một UBND cấp huyện
    không quá 2 × số phòng; từng phòng có thể nhiều hoặc ít hơn 2.

    Khung kịch bản: Huyện có 3 phòng với <phó 1>, <phó 2>, <phó 3> phó
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã    | tên                        | loại              | trực thuộc | biên chế | cấp phó |
        | huyen | UBND huyện Phong Điền      | ubnd_huyen        |            |          |         |
        | p_nv  | Phòng Nội vụ               | phong_thuoc_huyen | huyen      | 8        | <phó 1> |
        | p_tc  | Phòng Tài chính – Kế hoạch | phong_thuoc_huyen | huyen      | 8        | <phó 2> |
        | p_yt  | Phòng Y tế                 | phong_thuoc_huyen | huyen      | 8        | <phó 3> |
      Và chỉ xét quy tắc "ND108.PHO.PHONG_HUYEN"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND108.PHO.PHONG_HUYEN" tại "huyen"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | phó 1 | phó 2 | phó 3 | kết quả  | số |
        | 2     | 2     | 2     | không có | 0  |
        | 3     | 2     | 2     | có       | 1  |
        | 3     | 3     | 0     | không có | 0  |
        | 4     | 2     | 0     | không có | 0  |
        | 4     | 3     | 0     | có       | 1  |

    Kịch bản: Mỗi huyện tính bình quân riêng và phát hiện ghi tổng, số phòng, mức tối đa
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã    | tên                    | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND thành phố Cần Thơ | ubnd_tinh         |            |          |         |
        | h_pd  | UBND huyện Phong Điền  | ubnd_huyen        | ubnd       |          |         |
        | pd_nv | Phòng Nội vụ           | phong_thuoc_huyen | h_pd       | 8        | 3       |
        | pd_yt | Phòng Y tế             | phong_thuoc_huyen | h_pd       | 8        | 2       |
        | h_cd  | UBND huyện Cờ Đỏ       | ubnd_huyen        | ubnd       |          |         |
        | cd_nv | Phòng Nội vụ           | phong_thuoc_huyen | h_cd       | 8        | 2       |
        | cd_yt | Phòng Y tế             | phong_thuoc_huyen | h_cd       | 8        | 1       |
      Và chỉ xét quy tắc "ND108.PHO.PHONG_HUYEN"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc               | đơn vị | mức độ |
        | ND108.PHO.PHONG_HUYEN | h_pd   | lỗi    |
      Và phát hiện "ND108.PHO.PHONG_HUYEN" tại "h_pd" ghi "5 Phó Trưởng phòng cho 2 phòng / tối đa 4 (bình quân 2 mỗi phòng)"

  Quy tắc: ND120.PHO.DVSNCL — Cấp phó của đơn vị sự nghiệp công lập vượt số lượng tối đa
    Theo nhóm tự chủ tài chính và đơn vị cấp trên: nhóm 2 tối đa 3 phó; nhóm 3, 4 trực thuộc UBND
    cấp tỉnh: đến 20 người làm việc tối đa 2, trên 20 tối đa 3; nhóm 3, 4 trực thuộc sở, chi cục,
    UBND cấp huyện: tối đa 2. Nhóm 1 theo đề án tự chủ; đơn vị thuộc UBND cấp xã chưa có định mức.
    Bản gốc NĐ 120/2020 áp dụng từ 01/12/2020 đến hết 31/08/2024.

    Khung kịch bản: Đơn vị nhóm <nhóm> trực thuộc <cấp trên> có <người> người và <phó> phó
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã    | tên                    | loại       | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd  | UBND tỉnh              | ubnd_tinh  |            |          |                |         |             |
        | so    | Sở Nông nghiệp và PTNT | so         | ubnd       | 60       |                | 3       |             |
        | cc    | Chi cục Thủy lợi       | chi_cuc    | so         | 20       |                | 1       |             |
        | huyen | UBND huyện Phong Điền  | ubnd_huyen | ubnd       |          |                |         |             |
        | xa    | UBND xã Nhơn Ái        | ubnd_xa    | huyen      |          |                |         |             |
        | dv    | Trung tâm Dịch vụ      | dvsncl     | <cấp trên> |          | <người>        | <phó>   | <nhóm>      |
      Và chỉ xét quy tắc "ND120.PHO.DVSNCL"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND120.PHO.DVSNCL" tại "dv"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | nhóm | cấp trên | người | phó | kết quả  | số |
        | 2    | so       | 30    | 3   | không có | 0  |
        | 2    | so       | 30    | 4   | có       | 1  |
        | 2    | ubnd     | 30    | 4   | có       | 1  |
        | 2    | xa       | 30    | 4   | có       | 1  |
        | 3    | ubnd     | 20    | 2   | không có | 0  |
        | 3    | ubnd     | 20    | 3   | có       | 1  |
        | 4    | ubnd     | 21    | 3   | không có | 0  |
        | 4    | ubnd     | 21    | 4   | có       | 1  |
        | 3    | so       | 50    | 2   | không có | 0  |
        | 3    | so       | 50    | 3   | có       | 1  |
        | 4    | cc       | 15    | 2   | không có | 0  |
        | 4    | cc       | 15    | 3   | có       | 1  |
        | 3    | huyen    | 15    | 3   | có       | 1  |
        | 4    | huyen    | 15    | 2   | không có | 0  |
        | 1    | so       | 30    | 5   | không xét nên không có | 0  |
        | 3    | xa       | 30    | 5   | không xét nên không có | 0  |
        | 3    | ubnd     | 20    | 4   | có       | 1  |

    Kịch bản: Phát hiện ghi số phó, mức tối đa, nhóm và đơn vị cấp trên
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                       | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh                 | ubnd_tinh |            |          |                |         |             |
        | dv   | Trung tâm Xúc tiến Đầu tư | dvsncl    | ubnd       |          | 20             | 3       | 3           |
      Và chỉ xét quy tắc "ND120.PHO.DVSNCL"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc          | đơn vị | mức độ |
        | ND120.PHO.DVSNCL | dv     | lỗi    |
      Và phát hiện "ND120.PHO.DVSNCL" tại "dv" ghi "3 cấp phó / tối đa 2 (nhóm tự chủ 3, trực thuộc UBND cấp tỉnh, tối đa 20 người làm việc là viên chức)"

    Khung kịch bản: Mức cấp phó bản gốc NĐ 120 kiểm tra theo pháp luật ngày <ngày>
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh              | ubnd_tinh |            |          |                |         |             |
        | so   | Sở Nông nghiệp và PTNT | so        | ubnd       | 60       |                | 3       |             |
        | dv   | Trung tâm Khuyến nông  | dvsncl    | so         |          | 40             | 3       | 3           |
      Và chỉ xét quy tắc "ND120.PHO.DVSNCL"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì <kết quả> phát hiện "ND120.PHO.DVSNCL" tại "dv"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | kết quả  | số |
        | 30/11/2020 | không có | 0  |
        | 01/12/2020 | có       | 1  |
        | 31/08/2024 | có       | 1  |
        | 01/09/2024 | không có | 0  |

  Quy tắc: ND120.PHO.PHONG_DVSNCL — Phó Trưởng phòng thuộc đơn vị sự nghiệp vượt số lượng tối đa
    Đơn vị nhóm 2: tối đa 2 phó; nhóm 3, 4: dưới 7 người không có phó, từ 7 đến 9 người 1 phó,
    từ 10 người tối đa 2 phó. Nhóm 1 theo đề án tự chủ.

    Khung kịch bản: Phòng của đơn vị nhóm <nhóm> có <người> người và <phó> phó
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                          | loại               | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh                    | ubnd_tinh          |            |          |                |         |             |
        | so   | Sở Y tế                      | so                 | ubnd       | 60       |                | 3       |             |
        | dv   | Trung tâm Kiểm soát bệnh tật | dvsncl             | so         |          | 80             | 2       | <nhóm>      |
        | p    | Phòng Xét nghiệm             | phong_thuoc_dvsncl | dv         |          | <người>        | <phó>   | <nhóm>      |
      Và chỉ xét quy tắc "ND120.PHO.PHONG_DVSNCL"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND120.PHO.PHONG_DVSNCL" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | nhóm | người | phó | kết quả  | số |
        | 3    | 6     | 0   | không có | 0  |
        | 3    | 6     | 1   | có       | 1  |
        | 3    | 7     | 1   | không có | 0  |
        | 4    | 7     | 2   | có       | 1  |
        | 3    | 9     | 1   | không có | 0  |
        | 4    | 9     | 2   | có       | 1  |
        | 3    | 10    | 2   | không có | 0  |
        | 4    | 10    | 3   | có       | 1  |
        | 2    | 6     | 2   | không có | 0  |
        | 2    | 6     | 3   | có       | 1  |
        | 1    | 6     | 3   | không xét nên không có | 0  |

    Kịch bản: Phát hiện phòng của đơn vị sự nghiệp ghi số phó và mức tối đa
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                          | loại               | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh                    | ubnd_tinh          |            |          |                |         |             |
        | so   | Sở Y tế                      | so                 | ubnd       | 60       |                | 3       |             |
        | dv   | Trung tâm Kiểm soát bệnh tật | dvsncl             | so         |          | 80             | 2       | 3           |
        | p    | Phòng Xét nghiệm             | phong_thuoc_dvsncl | dv         |          | 6              | 1       | 3           |
      Và chỉ xét quy tắc "ND120.PHO.PHONG_DVSNCL"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND120.PHO.PHONG_DVSNCL" tại "p"
      Và phát hiện "ND120.PHO.PHONG_DVSNCL" tại "p" ghi "1 phó trưởng phòng / tối đa 0 (nhóm tự chủ 3, dưới 7 người làm việc là viên chức)"

    Kịch bản: Phòng không ghi nhóm tự chủ áp dụng nhóm của đơn vị sự nghiệp chứa nó
      Nhóm tự chủ tài chính là của đơn vị sự nghiệp (NĐ 60/2021); NĐ 120/2020 Điều 6 khoản 3 tính
      số phó của phòng theo nhóm của đơn vị. Phòng 6 người của đơn vị nhóm 3 không được có phó.
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                          | loại               | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh                    | ubnd_tinh          |            |          |                |         |             |
        | so   | Sở Y tế                      | so                 | ubnd       | 60       |                | 3       |             |
        | dv   | Trung tâm Kiểm soát bệnh tật | dvsncl             | so         |          | 80             | 2       | 3           |
        | p    | Phòng Xét nghiệm             | phong_thuoc_dvsncl | dv         |          | 6              | 1       |             |
      Và chỉ xét quy tắc "ND120.PHO.PHONG_DVSNCL"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                | đơn vị | mức độ |
        | ND120.PHO.PHONG_DVSNCL | p      | lỗi    |

  Quy tắc: ND120.NHOM_TU_CHU — Chưa khai báo nhóm tự chủ tài chính nên chưa kiểm tra được số cấp phó
    Thiếu nhóm tự chủ thì không được lặng lẽ bỏ qua: orgcheck ghi một phát hiện mức thông tin.

    Khung kịch bản: Đơn vị sự nghiệp có nhóm tự chủ "<nhóm>"
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                     | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh               | ubnd_tinh |            |          |                |         |             |
        | so   | Sở Y tế                 | so        | ubnd       | 60       |                | 3       |             |
        | dv   | Trung tâm Y tế dự phòng | dvsncl    | so         |          | 40             | 5       | <nhóm>      |
      Và chỉ xét các quy tắc "ND120.NHOM_TU_CHU, ND120.PHO.DVSNCL"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc   | đơn vị | mức độ   |
        | <quy tắc> | dv     | <mức độ> |

      Dữ liệu:
        | nhóm | quy tắc           | mức độ    |
        |      | ND120.NHOM_TU_CHU | thông tin |
        | 3    | ND120.PHO.DVSNCL  | lỗi       |

    Kịch bản: Đơn vị đã khai báo nhóm tự chủ thì không có phát hiện thông tin
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                     | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh               | ubnd_tinh |            |          |                |         |             |
        | so   | Sở Y tế                 | so        | ubnd       | 60       |                | 3       |             |
        | dv   | Trung tâm Y tế dự phòng | dvsncl    | so         |          | 40             | 2       | 4           |
      Và chỉ xét quy tắc "ND120.NHOM_TU_CHU"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện nào

    Kịch bản: Phát hiện thông tin ghi số cấp phó chưa kiểm tra được
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                     | loại      | trực thuộc | biên chế | người làm việc | cấp phó |
        | ubnd | UBND tỉnh               | ubnd_tinh |            |          |                |         |
        | so   | Sở Y tế                 | so        | ubnd       | 60       |                | 3       |
        | dv   | Trung tâm Y tế dự phòng | dvsncl    | so         |          | 40             | 3       |
      Và chỉ xét quy tắc "ND120.NHOM_TU_CHU"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND120.NHOM_TU_CHU" tại "dv"
      Và phát hiện "ND120.NHOM_TU_CHU" tại "dv" ghi "chưa khai báo nhóm tự chủ (1–4) nên chưa kiểm tra được 3 cấp phó"

    Kịch bản: Xã có trạm thiếu nhóm tự chủ và phòng vượt phó — toàn bộ kết quả, không lọc quy tắc
      UBND cấp xã không có chức năng bắt buộc trong danh mục, nên đây là kết quả đầy đủ.
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên              | loại               | trực thuộc | người làm việc | cấp phó | nhóm tự chủ |
        | xa   | UBND xã Mỹ Khánh | ubnd_xa            |            |                |         |             |
        | tram | Trạm Y tế xã     | dvsncl             | xa         | 30             | 2       |             |
        | p    | Tổ Dân số        | phong_thuoc_dvsncl | tram       | 7              | 2       | 3           |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                | đơn vị | mức độ    |
        | ND120.NHOM_TU_CHU      | tram   | thông tin |
        | ND120.PHO.PHONG_DVSNCL | p      | lỗi       |

  Quy tắc: Số cấp phó và nhóm tự chủ sai bị từ chối
    Khung kịch bản: Đơn vị sự nghiệp có cấp phó "<phó>" và nhóm tự chủ "<nhóm>" bị từ chối
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên            | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh      | ubnd_tinh |            |          |                |         |             |
        | so   | Sở Y tế        | so        | ubnd       | 60       |                | 3       |             |
        | dv   | Trung tâm Y tế | dvsncl    | so         |          | 40             | <phó>   | <nhóm>      |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "<lỗi>"

      Dữ liệu:
        | phó | nhóm | lỗi                                                                      |
        | 2   | 5    | «nhom_tu_chu» quá lớn (5, tối đa 4)                                      |
        | 2   | 0    | «nhom_tu_chu» = 0 không hợp lệ                                           |
        | 2   | ba   | «nhom_tu_chu» phải là số nguyên, gặp 'ba'                                |
        | ba  | 3    | «cap_pho» phải là số nguyên, gặp 'ba'                                    |
        | 40  | 3    | số lãnh đạo (41 = 1 cấp trưởng + 40 cấp phó) vượt số người làm việc (40) |

    Kịch bản: Chỉ đơn vị sự nghiệp mới có nhóm tự chủ
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |             |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |             |
        | p_tc | Phòng Tổ chức | phong_thuoc_so | so         | 8        | 1       | 3           |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "đơn vị «p_tc» [units[2].nhom_tu_chu]: chỉ đơn vị sự nghiệp công lập mới có nhóm tự chủ tài chính"

  Quy tắc: Chữ có dấu gõ dạng tổ hợp (NFD) hay dựng sẵn (NFC) cho cùng kết quả về cấp phó
    Dòng NFD trông giống hệt dòng NFC nhưng mọi chữ có dấu được gõ dạng tổ hợp, kể cả mã đơn vị,
    tên cột "cấp phó", nhãn phân loại và mức độ "lỗi".

    Khung kịch bản: Phó Trưởng phòng vượt mức, tên và mã gõ dạng <dạng>
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã           | tên          | loại           | trực thuộc | biên chế | <cột cấp phó> |
        | ubnd_tỉnh    | UBND tỉnh    | ubnd_tinh      |            |          |               |
        | sở_tư_pháp   | <tên sở>     | so             | ubnd_tỉnh  | 40       | 3             |
        | <mã phòng>   | <tên phòng>  | phong_thuoc_so | sở_tư_pháp | 7        | 2             |
        | sở_tài_chính | Sở Tài chính | so             | ubnd_tỉnh  | 40       | 4             |
      Và chỉ xét các quy tắc "ND107.PHO.PHONG, ND107.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc            | đơn vị        | mức độ   |
        | ND107.PHO.PHONG    | phòng_hộ_tịch | <mức độ> |
        | ND107.PHO.GIAM_DOC | ubnd_tỉnh     | lỗi      |

      Dữ liệu:
        | dạng | tỉnh           | phân loại  | cột cấp phó | tên sở       | mã phòng        | tên phòng       | mức độ |
        | NFC  | Tỉnh Bình An   | loại III   | cấp phó     | Sở Tư pháp   | phòng_hộ_tịch   | Phòng Hộ tịch   | lỗi    |
        | NFD  | Tỉnh Bình An | loại III | cấp phó   | Sở Tư pháp | phòng_hộ_tịch | Phòng Hộ tịch | lỗi  |

  Quy tắc: ND300.PHO_CHU_TICH.TINH — Số Phó Chủ tịch UBND cấp tỉnh vượt mức
    NĐ 300/2025 Điều 5 (từ 17/11/2025; mức theo bản tóm tắt của Chính phủ, (*)): mức theo trường hợp hình thành tỉnh.

    Khung kịch bản: ND300.PHO_CHU_TICH.TINH: <khung>, <số> Phó Chủ tịch, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | cấp phó | khung phó chủ tịch |
        | ubnd | UBND tỉnh | ubnd_tinh |            | <số>    | <khung>            |
      Và chỉ xét quy tắc "ND300.PHO_CHU_TICH.TINH"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND300.PHO_CHU_TICH.TINH" tại "ubnd"

      Dữ liệu:
        | ngày       | khung                   | số | kết quả  |
        | 16/11/2025 | khong_sap_xep_loai_2_3  | 4  | không có |
        | 17/11/2025 | khong_sap_xep_loai_2_3  | 4  | có       |
        | 17/11/2025 | khong_sap_xep_loai_2_3  | 3  | không có |
        | 17/11/2025 | tinh_tu_2_tinh_loai_2_3 | 5  | không có |
        | 17/11/2025 | tinh_tu_2_tinh_loai_2_3 | 6  | có       |
        | 01/02/2026 | tinh_tu_3_tinh          | 6  | không có |
        | 01/02/2026 | tinh_tu_3_tinh          | 7  | có       |
        | 01/02/2026 | tp_ho_chi_minh          | 8  | không có |
        | 01/02/2026 | tp_ho_chi_minh          | 9  | có       |
        | 01/02/2026 | hue                     | 5  | có       |

  Quy tắc: ND300.PHO_CHU_TICH.CHUA_KHAI_BAO — UBND cấp tỉnh chưa khai báo trường hợp theo NĐ 300/2025
    Không khai báo trường hợp hình thành tỉnh thì báo «thông tin»: mức NĐ 300 chưa được kiểm tra.

    Khung kịch bản: ND300.PHO_CHU_TICH.CHUA_KHAI_BAO: khung «<khung>», ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | cấp phó | khung phó chủ tịch |
        | ubnd | UBND tỉnh | ubnd_tinh |            | 5       | <khung>            |
      Và chỉ xét các quy tắc "ND300.PHO_CHU_TICH.TINH, ND300.PHO_CHU_TICH.CHUA_KHAI_BAO"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND300.PHO_CHU_TICH.CHUA_KHAI_BAO" tại "ubnd"
      Và có đúng 1 phát hiện

      Dữ liệu:
        | ngày       | khung                | kết quả  |
        | 17/11/2025 |                      | có       |
        | 17/11/2025 | khong_sap_xep_loai_1 | không có |

  Quy tắc: ND300.PHO_CHU_TICH.XA — Phó Chủ tịch UBND cấp xã vượt bình quân 2,5 mỗi xã
    NĐ 300/2025 Điều 6 (từ 17/11/2025, (*)): tổng số Phó Chủ tịch cấp xã của tỉnh không quá 2,5 × số xã.

    Khung kịch bản: ND300.PHO_CHU_TICH.XA: hai xã có <xã 1> và <xã 2> Phó Chủ tịch, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên         | loại      | trực thuộc | cấp phó |
        | ubnd | UBND tỉnh   | ubnd_tinh |            |         |
        | x1   | UBND xã Một | ubnd_xa   | ubnd       | <xã 1>  |
        | x2   | UBND xã Hai | ubnd_xa   | ubnd       | <xã 2>  |
      Và chỉ xét quy tắc "ND300.PHO_CHU_TICH.XA"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND300.PHO_CHU_TICH.XA" tại "ubnd"

      Dữ liệu:
        | ngày       | xã 1 | xã 2 | kết quả  |
        | 16/11/2025 | 3    | 3    | không có |
        | 17/11/2025 | 3    | 3    | có       |
        | 17/11/2025 | 3    | 2    | không có |
        | 17/11/2025 | 4    | 1    | không có |
