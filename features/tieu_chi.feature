# language: vi
Tính năng: Tiêu chí thành lập đơn vị (biên chế, người làm việc tối thiểu)
  Phòng, văn phòng, chi cục thuộc sở và đơn vị sự nghiệp công lập chỉ được thành lập khi
  khối lượng công việc đòi hỏi đủ số biên chế công chức (hoặc người làm việc) tối thiểu
  theo Nghị định 107/2020/NĐ-CP và Nghị định 120/2020/NĐ-CP.
  Ngưỡng của NĐ 107 phụ thuộc phân loại tỉnh: đặc biệt (Hà Nội, TP.HCM), loại I, loại II và III.
  Mỗi "Quy tắc" dưới đây mang đúng mã quy tắc trong rules/*.yaml; các kịch bản cho thấy quy tắc
  vi phạm và không vi phạm ở sát từng ngưỡng.

  Quy tắc: ND107.TC.PHONG — Phòng thuộc sở không đủ biên chế tối thiểu
    Tối thiểu 07 biên chế (Hà Nội, TP.HCM), 06 (tỉnh loại I), 05 (tỉnh loại II, III).

    Khung kịch bản: Phòng thuộc sở của tỉnh <phân loại> có <biên chế> biên chế
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |            |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40         | 3       |
        | p_tc | Phòng Tổ chức | phong_thuoc_so | so         | <biên chế> | 1       |
      Và chỉ xét các quy tắc "ND107.TC.PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.TC.PHONG" tại "p_tc"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | tỉnh            | phân loại | biên chế | kết quả  | số |
        | Hà Nội          | đặc biệt  | 6        | có       | 1  |
        | Hà Nội          | đặc biệt  | 7        | không có | 0  |
        | TP. Hồ Chí Minh | dac_biet  | 6        | có       | 1  |
        | Cần Thơ         | loại I    | 5        | có       | 1  |
        | Cần Thơ         | loại I    | 6        | không có | 0  |
        | Cần Thơ         | loai_1    | 5        | có       | 1  |
        | Tỉnh An Bình    | loại II   | 4        | có       | 1  |
        | Tỉnh An Bình    | loại II   | 5        | không có | 0  |
        | Tỉnh Bình An    | loại III  | 4        | có       | 1  |
        | Tỉnh Bình An    | loại III  | 5        | không có | 0  |
        | Tỉnh Bình An    | loai_2_3  | 5        | không có | 0  |

    Kịch bản: Phát hiện ghi số biên chế, mức tối thiểu và phân loại tỉnh
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên             | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh       | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ       | so             | ubnd       | 40       | 3       |
        | p_tc | Phòng Tổ chức   | phong_thuoc_so | so         | 5        | 1       |
        | p_cc | Phòng Công chức | phong_thuoc_so | so         | 6        | 1       |
      Và chỉ xét các quy tắc "ND107.TC.PHONG"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc        | đơn vị | mức độ |
        | ND107.TC.PHONG | p_tc   | lỗi    |
      Và phát hiện "ND107.TC.PHONG" tại "p_tc" ghi "5 biên chế / tối thiểu 6 (loại I)"

  Quy tắc: ND107.TC.VAN_PHONG — Văn phòng sở không đủ biên chế tối thiểu
    Văn phòng sở áp dụng cùng mức tối thiểu như phòng thuộc sở.

    Khung kịch bản: Văn phòng sở của tỉnh <phân loại> có <biên chế> biên chế
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên          | loại         | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh    | ubnd_tinh    |            |            |         |
        | so   | Sở Xây dựng  | so           | ubnd       | 40         | 3       |
        | vp   | Văn phòng Sở | van_phong_so | so         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND107.TC.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.TC.VAN_PHONG" tại "vp"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | tỉnh         | phân loại | biên chế | kết quả  | số |
        | Hà Nội       | đặc biệt  | 6        | có       | 1  |
        | Hà Nội       | đặc biệt  | 7        | không có | 0  |
        | Cần Thơ      | loại I    | 5        | có       | 1  |
        | Cần Thơ      | loại I    | 6        | không có | 0  |
        | Tỉnh An Bình | loại II   | 4        | có       | 1  |
        | Tỉnh An Bình | loại II   | 5        | không có | 0  |
        | Tỉnh Bình An | loại III  | 4        | có       | 1  |
        | Tỉnh Bình An | loại III  | 5        | không có | 0  |

    Kịch bản: Văn phòng sở ở Hà Nội thiếu biên chế ghi mức của thành phố đặc biệt
      Biết tỉnh "Hà Nội" phân loại "đặc biệt" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                   | loại         | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND Thành phố Hà Nội | ubnd_tinh    |            |          |         |
        | so   | Sở Xây dựng           | so           | ubnd       | 60       | 3       |
        | vp   | Văn phòng Sở          | van_phong_so | so         | 6        | 1       |
      Và chỉ xét quy tắc "ND107.TC.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc            | đơn vị | mức độ |
        | ND107.TC.VAN_PHONG | vp     | lỗi    |
      Và phát hiện "ND107.TC.VAN_PHONG" tại "vp" ghi "6 biên chế / tối thiểu 7 (Hà Nội, TP.HCM)"

  Quy tắc: ND107.TC.CHI_CUC — Chi cục thuộc sở không đủ 12 biên chế
    Mức 12 biên chế giống nhau cho mọi phân loại tỉnh.

    Khung kịch bản: Chi cục có <biên chế> biên chế ở tỉnh <phân loại>
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại      | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh              | ubnd_tinh |            |            |         |
        | so   | Sở Nông nghiệp và PTNT | so        | ubnd       | 60         | 3       |
        | cc   | Chi cục Thủy lợi       | chi_cuc   | so         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND107.TC.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.TC.CHI_CUC" tại "cc"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | tỉnh         | phân loại | biên chế | kết quả  | số |
        | Cần Thơ      | loại I    | 11       | có       | 1  |
        | Cần Thơ      | loại I    | 12       | không có | 0  |
        | Hà Nội       | đặc biệt  | 11       | có       | 1  |
        | Hà Nội       | đặc biệt  | 12       | không có | 0  |
        | Tỉnh Bình An | loại III  | 11       | có       | 1  |
        | Tỉnh Bình An | loại III  | 12       | không có | 0  |

    Kịch bản: Phát hiện chi cục ghi số biên chế và mức tối thiểu
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh              | ubnd_tinh |            |          |         |
        | so   | Sở Nông nghiệp và PTNT | so        | ubnd       | 60       | 3       |
        | cc   | Chi cục Thủy lợi       | chi_cuc   | so         | 11       | 1       |
      Và chỉ xét quy tắc "ND107.TC.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND107.TC.CHI_CUC" tại "cc"
      Và phát hiện "ND107.TC.CHI_CUC" tại "cc" ghi "11 biên chế / tối thiểu 12"

  Quy tắc: ND107.TC.PHONG_CHI_CUC — Phòng thuộc chi cục không đủ 05 biên chế
    Khung kịch bản: Phòng thuộc chi cục có <biên chế> biên chế
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại                | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh              | ubnd_tinh           |            |            |         |
        | so   | Sở Nông nghiệp và PTNT | so                  | ubnd       | 60         | 3       |
        | cc   | Chi cục Thủy lợi       | chi_cuc             | so         | 20         | 1       |
        | pcc  | Phòng Quản lý đê điều  | phong_thuoc_chi_cuc | cc         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND107.TC.PHONG_CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND107.TC.PHONG_CHI_CUC" tại "pcc"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | biên chế | kết quả  | số |
        | 4        | có       | 1  |
        | 5        | không có | 0  |
        | 6        | không có | 0  |

    Kịch bản: Phát hiện phòng thuộc chi cục ghi số biên chế và mức tối thiểu
      Biết tỉnh "Tỉnh An Bình" phân loại "loại II" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                    | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh              | ubnd_tinh           |            |          |         |
        | so   | Sở Nông nghiệp và PTNT | so                  | ubnd       | 60       | 3       |
        | cc   | Chi cục Thủy lợi       | chi_cuc             | so         | 20       | 1       |
        | pcc  | Phòng Quản lý đê điều  | phong_thuoc_chi_cuc | cc         | 4        | 1       |
      Và chỉ xét quy tắc "ND107.TC.PHONG_CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                | đơn vị | mức độ |
        | ND107.TC.PHONG_CHI_CUC | pcc    | lỗi    |
      Và phát hiện "ND107.TC.PHONG_CHI_CUC" tại "pcc" ghi "4 biên chế / tối thiểu 5"

  Quy tắc: ND120.TC.DVSNCL — Đơn vị sự nghiệp công lập dưới 15 người làm việc
    Tối thiểu 15 người làm việc, trừ đơn vị cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu
    (cột "dịch vụ cơ bản" = có).

    Khung kịch bản: Đơn vị sự nghiệp có <người> người làm việc, dịch vụ cơ bản "<dịch vụ cơ bản>"
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                         | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản   |
        | ubnd | UBND tỉnh                   | ubnd_tinh |            |          |                |         |             |                  |
        | so   | Sở Tài nguyên và Môi trường | so        | ubnd       | 50       |                | 3       |             |                  |
        | dv   | Trung tâm Quan trắc         | dvsncl    | so         |          | <người>        | 1       | 3           | <dịch vụ cơ bản> |
      Và chỉ xét quy tắc "ND120.TC.DVSNCL"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND120.TC.DVSNCL" tại "dv"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | người | dịch vụ cơ bản | kết quả  | số |
        | 14    |                | có       | 1  |
        | 15    |                | không có | 0  |
        | 14    | không          | có       | 1  |
        | 15    | không          | không có | 0  |
        | 14    | có             | không xét nên không có | 0  |
        | 5     | có             | không xét nên không có | 0  |

    Kịch bản: Trạm của xã dưới 15 người — toàn bộ kết quả, không lọc quy tắc
      UBND cấp xã không có chức năng bắt buộc trong danh mục, nên kết quả đầy đủ chỉ còn đúng một phát hiện.
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                      | loại    | trực thuộc | người làm việc | cấp phó | nhóm tự chủ |
        | xa   | UBND xã Mỹ Khánh         | ubnd_xa |            |                |         |             |
        | tram | Trạm Dịch vụ nông nghiệp | dvsncl  | xa         | 14             | 1       | 3           |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc         | đơn vị | mức độ |
        | ND120.TC.DVSNCL | tram   | lỗi    |
      Và phát hiện "ND120.TC.DVSNCL" tại "tram" ghi "14 người làm việc / tối thiểu 15"

  Quy tắc: Ngày áp dụng pháp luật
    Ngưỡng của NĐ 107/2020 có hiệu lực từ 25/11/2020 đến hết 28/02/2025. Ngày kiểm tra mặc định là
    ngày ghi ở tỉnh; bước "theo pháp luật ngày" kiểm tra theo một ngày khác. Ngày chưa có bộ quy tắc
    nào thì bị từ chối, không trả về kết quả rỗng.

    Khung kịch bản: Ngưỡng NĐ 107 áp dụng vào ngày <ngày>
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |
        | p_tc | Phòng Tổ chức | phong_thuoc_so | so         | 5        | 1       |
      Và chỉ xét quy tắc "ND107.TC.PHONG"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc        | đơn vị | mức độ |
        | ND107.TC.PHONG | p_tc   | lỗi    |

      Dữ liệu:
        | ngày       |
        | 25/11/2020 |
        | 08/09/2023 |
        | 28/02/2025 |
        | 2023-09-08 |

    Kịch bản: Không ghi ngày kiểm tra thì dùng ngày của tỉnh
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 25/11/2020
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |
        | p_tc | Phòng Tổ chức | phong_thuoc_so | so         | 5        | 1       |
      Và chỉ xét quy tắc "ND107.TC.PHONG"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND107.TC.PHONG" tại "p_tc"

    Kịch bản: Ngày trước khi NĐ 107 có hiệu lực bị từ chối
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |
        | p_tc | Phòng Tổ chức | phong_thuoc_so | so         | 5        | 1       |
      Khi kiểm tra tuân thủ theo pháp luật ngày 24/11/2020
      Thì việc kiểm tra bị từ chối với lỗi "chưa có bộ quy tắc cho ngày 24/11/2020"

    Kịch bản: Ngày sau khi NĐ 107 hết hiệu lực áp dụng NĐ 45/2025 với cùng mức tối thiểu
      Từ 01/03/2025, NĐ 45/2025 thay NĐ 24/2014 và giữ mức tối thiểu 06 biên chế cho phòng thuộc sở
      của tỉnh loại I: phòng 5 biên chế vẫn vi phạm, theo quy tắc của NĐ 45/2025.
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |
        | p_tc | Phòng Tổ chức | phong_thuoc_so | so         | 5        | 1       |
      Khi kiểm tra tuân thủ theo pháp luật ngày 01/03/2025
      Thì có phát hiện "ND45.TC.PHONG" tại "p_tc"
      Và không có phát hiện "ND107.TC.PHONG"

    Kịch bản: Ngày kiểm tra không có thật bị từ chối
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh |            |          |         |
        | so   | Sở Nội vụ | so        | ubnd       | 40       | 3       |
      Khi kiểm tra tuân thủ theo pháp luật ngày 31/02/2023
      Thì việc kiểm tra bị từ chối với lỗi "ngày không hợp lệ: '31/02/2023'"

  Quy tắc: Dữ liệu đầu vào sai bị từ chối, không bị bỏ qua hay tự sửa
    Ô số chỉ được hiểu là số khi gồm toàn chữ số; mọi giá trị khác được chuyển nguyên văn cho
    orgcheck, và orgcheck từ chối cả tệp với thông báo chỉ rõ đơn vị và trường sai.

    Khung kịch bản: Phòng có biên chế "<biên chế>" và cấp phó "<cấp phó>" bị từ chối
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |            |           |
        | so   | Sở Nội vụ     | so             | ubnd       | 40         | 3         |
        | p_tc | Phòng Tổ chức | phong_thuoc_so | so         | <biên chế> | <cấp phó> |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "<lỗi>"

      Dữ liệu:
        | biên chế | cấp phó | lỗi                                                                        |
        | 8,5      | 1       | đơn vị «p_tc» [units[2].bien_che]: «bien_che» phải là số nguyên, gặp '8,5' |
        | -1       | 1       | «bien_che» phải là số nguyên, gặp '-1'                                     |
        | tám      | 1       | «bien_che» phải là số nguyên, gặp 'tám'                                    |
        |          | 1       | loại «phong_thuoc_so» phải khai báo «bien_che»                             |
        | 8        |         | loại «phong_thuoc_so» phải khai báo «cap_pho»                              |
        | 8        | hai     | «cap_pho» phải là số nguyên, gặp 'hai'                                     |
        | 2        | 2       | số lãnh đạo (3 = 1 cấp trưởng + 2 cấp phó) vượt số biên chế công chức (2)  |

    Kịch bản: Loại đơn vị, đơn vị cấp trên và phân loại tỉnh sai được báo cùng lúc
      Biết tỉnh "Cần Thơ" phân loại "loại IV" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên             | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh       | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ       | so             | ubnd       | 40       | 3       |
        | p_tc | Phòng Tổ chức   | phong_so       | so         | 8        | 1       |
        | p_cc | Phòng Công chức | phong_thuoc_so | so_noi_vu  | 8        | 1       |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "'loại IV' không hợp lệ"
      Và tệp bị từ chối với lỗi "«kind» = 'phong_so' không hợp lệ"
      Và tệp bị từ chối với lỗi "đơn vị cấp trên «so_noi_vu» không tồn tại"

    Kịch bản: Đơn vị sự nghiệp ghi "dịch vụ cơ bản" không phải có/không bị từ chối
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên            | loại      | trực thuộc | biên chế | người làm việc | cấp phó | dịch vụ cơ bản |
        | ubnd | UBND tỉnh      | ubnd_tinh |            |          |                |         |                |
        | so   | Sở Y tế        | so        | ubnd       | 40       |                | 3       |                |
        | dv   | Trung tâm Y tế | dvsncl    | so         |          | 14             | 1       | hình như có    |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "«dich_vu_co_ban» phải là true hoặc false, gặp 'hình như có'"

    Kịch bản: Ngày của tỉnh không có thật bị từ chối
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 31/02/2023
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      |
        | ubnd | UBND tỉnh | ubnd_tinh |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "phải là ngày (YYYY-MM-DD hoặc DD/MM/YYYY), gặp '31/02/2023'"

  Quy tắc: Chữ có dấu gõ dạng tổ hợp (NFD) hay dựng sẵn (NFC) cho cùng kết quả
    Dòng NFD của bảng Dữ liệu trông giống hệt dòng NFC nhưng mọi chữ có dấu được gõ dạng tổ hợp
    (chữ gốc + dấu kết hợp), như một số bàn phím và hệ điều hành tạo ra. Mã đơn vị có dấu ở dòng
    NFD được tham chiếu bằng dạng NFC trong cột "trực thuộc" và trong bảng kết quả.

    Khung kịch bản: Phòng thuộc sở thiếu biên chế, tên và mã gõ dạng <dạng>
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã         | tên         | loại           | <cột trực thuộc> | biên chế | cấp phó |
        | ubnd_tỉnh  | <tên ubnd>  | ubnd_tinh      |                  |          |         |
        | <mã sở>    | <tên sở>    | so             | ubnd_tỉnh        | 40       | 3       |
        | <mã phòng> | <tên phòng> | phong_thuoc_so | sở_nội_vụ        | 5        | 1       |
      Và chỉ xét quy tắc "ND107.TC.PHONG"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc        | đơn vị        | mức độ |
        | ND107.TC.PHONG | phòng_tổ_chức | lỗi    |
      Và phát hiện "ND107.TC.PHONG" tại "phòng_tổ_chức" ghi "<nội dung>"

      Dữ liệu:
        | dạng | tỉnh      | phân loại | cột trực thuộc | tên ubnd                 | mã sở       | tên sở      | mã phòng        | tên phòng       | nội dung                            |
        | NFC  | Cần Thơ   | loại I    | trực thuộc     | UBND thành phố Cần Thơ   | sở_nội_vụ   | Sở Nội vụ   | phòng_tổ_chức   | Phòng Tổ chức   | 5 biên chế / tối thiểu 6 (loại I)   |
        | NFD  | Cần Thơ | loại I  | trực thuộc   | UBND thành phố Cần Thơ | sở_nội_vụ | Sở Nội vụ | phòng_tổ_chức | Phòng Tổ chức | 5 biên chế / tối thiểu 6 (loại I) |
