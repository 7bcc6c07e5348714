# language: vi
Tính năng: Pháp luật theo thời điểm: các giai đoạn 2020–2026, quyết định địa phương, chuyển tiếp
  Ngày của cơ cấu tổ chức (hoặc ngày kiểm tra) chọn giai đoạn pháp luật: NĐ 107/108 (25/11/2020 – 28/02/2025),
  NĐ 45/2025 (01/03/2025 – 15/06/2025), NĐ 150/2025 (từ 16/06/2025, Điều 24; chính quyền hai cấp từ 01/07/2025), NĐ 150 sửa đổi bởi
  NĐ 370/2025 (từ 01/01/2026); đơn vị sự nghiệp theo NĐ 120/2020, NĐ 83/2024 (từ 01/09/2024), NĐ 283/2025
  (từ 01/11/2025). Mỗi quy tắc được thử vào ngày trước và ngày văn bản có hiệu lực (và ngày hết hiệu lực),
  và sát ngưỡng của nó.

  Quy tắc: Cùng một cơ cấu cho kết quả khác nhau theo pháp luật từng thời điểm
    Phòng 6 biên chế (loại I) đạt năm 2023 nhưng vi phạm từ 16/06/2025 (NĐ 150: tối thiểu 07); phòng 9 biên chế có
    2 phó đạt năm 2023 (loại I: 9–14 → 2) nhưng vi phạm từ 16/06/2025 (NĐ 150 Điều 6: dưới 10 → 1, từ 2026 theo
    NĐ 150 sửa đổi bởi NĐ 370); UBND huyện trong cơ cấu ngày 01/08/2025 là cấp không còn tồn tại.

    Khung kịch bản: Cơ cấu năm 2023 kiểm tra theo pháp luật ngày <ngày>
      Biết tỉnh "Thành phố Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã   | tên                       | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh                 | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ                 | so             | ubnd       | 40       | 3       |
        | p6   | Phòng Cải cách hành chính | phong_thuoc_so | so         | 6        | 1       |
        | p9   | Phòng Công chức           | phong_thuoc_so | so         | 9        | 2       |
        | h1   | UBND huyện Phong Điền     | ubnd_huyen     | ubnd       |          |         |
      Và chỉ xét các quy tắc "ND107.TC.PHONG, ND107.PHO.PHONG, ND45.TC.PHONG, ND45.PHO.PHONG, ND150.TC.PHONG, ND150.PHO.PHONG, ND370.PHO.PHONG, ND150.CAP_HUYEN"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì có đúng <số> phát hiện
      Và <phòng 6> phát hiện "ND150.TC.PHONG" tại "p6"
      Và <phó 150> phát hiện "ND150.PHO.PHONG" tại "p9"
      Và <phó 370> phát hiện "ND370.PHO.PHONG" tại "p9"
      Và <huyện> phát hiện "ND150.CAP_HUYEN" tại "h1"

      Dữ liệu:
        | ngày       | số | phòng 6  | phó 150  | phó 370  | huyện    |
        | 08/09/2023 | 0  | không có | không có | không có | không có |
        | 28/02/2025 | 0  | không có | không có | không có | không có |
        | 01/03/2025 | 0  | không có | không có | không có | không có |
        | 15/06/2025 | 0  | không có | không có | không có | không có |
        | 16/06/2025 | 2  | có       | có       | không có | không có |
        | 30/06/2025 | 2  | có       | có       | không có | không có |
        | 01/07/2025 | 3  | có       | có       | không có | có       |
        | 31/12/2025 | 3  | có       | có       | không có | có       |
        | 01/01/2026 | 3  | có       | không có | có       | có       |
        | 01/02/2026 | 3  | có       | không có | có       | có       |

    Kịch bản: Cơ cấu dạng tổ hợp (NFD) cho cùng kết quả về cấp huyện
      Biết tỉnh "Thành phố Cần Thơ" phân loại "loại I" tại ngày 01/08/2025
      Và cơ cấu tổ chức:
        | mã           | tên                    | loại       | trực thuộc |
        | ubnd         | UBND thành phố Cần Thơ | ubnd_tinh  |            |
        | h_phong_dien | UBND huyện Phong Điền  | ubnd_huyen | ubnd       |
      Và chỉ xét quy tắc "ND150.CAP_HUYEN"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc         | đơn vị       | mức độ |
        | ND150.CAP_HUYEN | h_phong_dien | lỗi    |
      Và phát hiện "ND150.CAP_HUYEN" tại "h_phong_dien" ghi "cấp huyện không còn tồn tại từ 01/07/2025"

  Quy tắc: ND45.TC.PHONG — Phòng thuộc sở không đủ biên chế tối thiểu
    NĐ 45/2025 Điều 5 khoản 2 điểm b: tối thiểu 07 (Hà Nội, TP.HCM), 06 (loại I), 05 (loại II, III).

    Khung kịch bản: ND45.TC.PHONG: <biên chế> biên chế, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |            |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40         | 3       |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND45.TC.PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.TC.PHONG" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | kết quả  | số |
        | 28/02/2025 | loại I    | 5        | không có | 0  |
        | 01/03/2025 | loại I    | 5        | có       | 1  |
        | 01/03/2025 | loại I    | 6        | không có | 0  |
        | 01/03/2025 | đặc biệt  | 6        | có       | 1  |
        | 01/03/2025 | đặc biệt  | 7        | không có | 0  |
        | 01/03/2025 | loại II   | 4        | có       | 1  |
        | 15/06/2025 | loại III  | 4        | có       | 1  |
        | 15/06/2025 | loại III  | 5        | không có | 0  |
        | 16/06/2025 | loại I    | 5        | không có | 0  |

  Quy tắc: ND45.TC.VAN_PHONG — Văn phòng sở không đủ biên chế tối thiểu
    Văn phòng sở áp dụng cùng tiêu chí như phòng thuộc sở.

    Khung kịch bản: ND45.TC.VAN_PHONG: <biên chế> biên chế, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên          | loại         | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh    | ubnd_tinh    |            |            |         |
        | so   | Sở Nội vụ    | so           | ubnd       | 40         | 3       |
        | p    | Văn phòng Sở | van_phong_so | so         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND45.TC.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.TC.VAN_PHONG" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | kết quả  | số |
        | 28/02/2025 | loại I    | 5        | không có | 0  |
        | 01/03/2025 | loại I    | 5        | có       | 1  |
        | 01/03/2025 | loại I    | 6        | không có | 0  |
        | 01/03/2025 | đặc biệt  | 6        | có       | 1  |
        | 01/03/2025 | đặc biệt  | 7        | không có | 0  |
        | 01/03/2025 | loại II   | 4        | có       | 1  |
        | 15/06/2025 | loại III  | 4        | có       | 1  |
        | 15/06/2025 | loại III  | 5        | không có | 0  |
        | 16/06/2025 | loại I    | 5        | không có | 0  |

  Quy tắc: ND45.TC.CHI_CUC — Chi cục không đủ biên chế tối thiểu
    Chi cục thuộc sở cần tối thiểu 12 biên chế công chức.

    Khung kịch bản: ND45.TC.CHI_CUC: <biên chế> biên chế, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại      | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh       | ubnd_tinh |            |            |         |
        | so   | Sở Nội vụ       | so        | ubnd       | 40         | 3       |
        | p    | Chi cục Văn thư | chi_cuc   | so         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND45.TC.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.TC.CHI_CUC" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | kết quả  | số |
        | 28/02/2025 | loại I    | 11       | không có | 0  |
        | 01/03/2025 | loại I    | 11       | có       | 1  |
        | 01/03/2025 | loại I    | 12       | không có | 0  |
        | 15/06/2025 | loại II   | 11       | có       | 1  |
        | 16/06/2025 | loại I    | 11       | không có | 0  |

  Quy tắc: ND45.TC.PHONG_CHI_CUC — Phòng thuộc chi cục không đủ biên chế tối thiểu
    Phòng thuộc chi cục cần tối thiểu 05 biên chế công chức.

    Khung kịch bản: ND45.TC.PHONG_CHI_CUC: <biên chế> biên chế, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại                | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh       | ubnd_tinh           |            |            |         |
        | so   | Sở Nội vụ       | so                  | ubnd       | 40         | 3       |
        | cc   | Chi cục Văn thư | chi_cuc             | so         | 14         | 1       |
        | p    | Phòng Nghiệp vụ | phong_thuoc_chi_cuc | cc         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND45.TC.PHONG_CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.TC.PHONG_CHI_CUC" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | kết quả  | số |
        | 28/02/2025 | loại I    | 4        | không có | 0  |
        | 01/03/2025 | loại I    | 4        | có       | 1  |
        | 01/03/2025 | loại I    | 5        | không có | 0  |
        | 15/06/2025 | loại I    | 4        | có       | 1  |
        | 16/06/2025 | loại I    | 4        | không có | 0  |

  Quy tắc: ND45.SO.TOI_DA — Số sở vượt mức tối đa
    Không quá 14 sở; Hà Nội, TP.HCM không quá 15.

    Kịch bản: ND45.SO.TOI_DA: 14 sở, loại I, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND45.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.SO.TOI_DA" tại "ubnd"

    Kịch bản: ND45.SO.TOI_DA: 15 sở, loại I, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
        | so_15 | Sở số 15  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND45.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND45.SO.TOI_DA" tại "ubnd"

    Kịch bản: ND45.SO.TOI_DA: 15 sở, đặc biệt, ngày 15/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "đặc biệt" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
        | so_15 | Sở số 15  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND45.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.SO.TOI_DA" tại "ubnd"

    Kịch bản: ND45.SO.TOI_DA: 16 sở, đặc biệt, ngày 15/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "đặc biệt" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
        | so_15 | Sở số 15  | so        | ubnd       | 30       | 3       |
        | so_16 | Sở số 16  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND45.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND45.SO.TOI_DA" tại "ubnd"

    Kịch bản: ND45.SO.TOI_DA: 15 sở, loại II, ngày 28/02/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại II" tại ngày 28/02/2025
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
        | so_15 | Sở số 15  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND45.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.SO.TOI_DA" tại "ubnd"

  Quy tắc: ND150.SO.TOI_DA — Số sở vượt mức tối đa
    Không quá 14 sở; Hà Nội, TP.HCM không quá 15.

    Kịch bản: ND150.SO.TOI_DA: 14 sở, loại I, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND150.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.SO.TOI_DA" tại "ubnd"

    Kịch bản: ND150.SO.TOI_DA: 15 sở, loại I, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
        | so_15 | Sở số 15  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND150.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND150.SO.TOI_DA" tại "ubnd"

    Kịch bản: ND150.SO.TOI_DA: 15 sở, đặc biệt, ngày 01/02/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "đặc biệt" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
        | so_15 | Sở số 15  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND150.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.SO.TOI_DA" tại "ubnd"

    Kịch bản: ND150.SO.TOI_DA: 16 sở, đặc biệt, ngày 01/02/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "đặc biệt" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
        | so_15 | Sở số 15  | so        | ubnd       | 30       | 3       |
        | so_16 | Sở số 16  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND150.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND150.SO.TOI_DA" tại "ubnd"

    Kịch bản: ND150.SO.TOI_DA: 15 sở, loại II, ngày 15/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại II" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh | ubnd_tinh |            |          |         |
        | so_01 | Sở số 01  | so        | ubnd       | 30       | 3       |
        | so_02 | Sở số 02  | so        | ubnd       | 30       | 3       |
        | so_03 | Sở số 03  | so        | ubnd       | 30       | 3       |
        | so_04 | Sở số 04  | so        | ubnd       | 30       | 3       |
        | so_05 | Sở số 05  | so        | ubnd       | 30       | 3       |
        | so_06 | Sở số 06  | so        | ubnd       | 30       | 3       |
        | so_07 | Sở số 07  | so        | ubnd       | 30       | 3       |
        | so_08 | Sở số 08  | so        | ubnd       | 30       | 3       |
        | so_09 | Sở số 09  | so        | ubnd       | 30       | 3       |
        | so_10 | Sở số 10  | so        | ubnd       | 30       | 3       |
        | so_11 | Sở số 11  | so        | ubnd       | 30       | 3       |
        | so_12 | Sở số 12  | so        | ubnd       | 30       | 3       |
        | so_13 | Sở số 13  | so        | ubnd       | 30       | 3       |
        | so_14 | Sở số 14  | so        | ubnd       | 30       | 3       |
        | so_15 | Sở số 15  | so        | ubnd       | 30       | 3       |
      Và chỉ xét quy tắc "ND150.SO.TOI_DA"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.SO.TOI_DA" tại "ubnd"

  Quy tắc: ND45.PHO.GIAM_DOC — Tổng số Phó Giám đốc sở vượt bình quân 3 người mỗi sở
    Bình quân 03 Phó Giám đốc mỗi sở; Hà Nội, TP.HCM thêm không quá 10.

    Khung kịch bản: ND45.PHO.GIAM_DOC: <phó A> và <phó B> Phó Giám đốc, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |
        | so_a | Sở Nội vụ  | so        | ubnd       | 40       | <phó A> |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | <phó B> |
      Và chỉ xét quy tắc "ND45.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.PHO.GIAM_DOC" tại "ubnd"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | phó A | phó B | kết quả  | số |
        | 28/02/2025 | loại I    | 4     | 3     | không có | 0  |
        | 01/03/2025 | loại I    | 3     | 3     | không có | 0  |
        | 01/03/2025 | loại I    | 4     | 3     | có       | 1  |
        | 15/06/2025 | đặc biệt  | 8     | 8     | không có | 0  |
        | 15/06/2025 | đặc biệt  | 9     | 8     | có       | 1  |
        | 16/06/2025 | loại I    | 4     | 3     | không có | 0  |

  Quy tắc: ND45.PHO.PHONG — Phó Trưởng phòng thuộc sở vượt số lượng tối đa
    Mức giả định như NĐ 107/2020 (chưa xác minh với văn bản NĐ 45/2025).

    Khung kịch bản: ND45.PHO.PHONG: <biên chế> biên chế, <cấp phó> phó, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |            |           |
        | so   | Sở Nội vụ     | so             | ubnd       | 40         | 3         |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "ND45.PHO.PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.PHO.PHONG" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | cấp phó | kết quả  | số |
        | 28/02/2025 | loại I    | 8        | 2       | không có | 0  |
        | 01/03/2025 | loại I    | 8        | 2       | có       | 1  |
        | 01/03/2025 | loại I    | 9        | 2       | không có | 0  |
        | 01/03/2025 | đặc biệt  | 9        | 2       | có       | 1  |
        | 01/03/2025 | loại II   | 8        | 2       | không có | 0  |
        | 15/06/2025 | loại I    | 14       | 3       | có       | 1  |
        | 15/06/2025 | loại I    | 15       | 3       | không có | 0  |
        | 16/06/2025 | loại I    | 8        | 2       | không có | 0  |

  Quy tắc: ND45.PHO.VAN_PHONG — Phó Chánh Văn phòng sở vượt số lượng tối đa
    Áp dụng như Phó Trưởng phòng thuộc sở.

    Khung kịch bản: ND45.PHO.VAN_PHONG: <biên chế> biên chế, <cấp phó> phó, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên          | loại         | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh    | ubnd_tinh    |            |            |           |
        | so   | Sở Nội vụ    | so           | ubnd       | 40         | 3         |
        | p    | Văn phòng Sở | van_phong_so | so         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "ND45.PHO.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.PHO.VAN_PHONG" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | cấp phó | kết quả  | số |
        | 28/02/2025 | loại I    | 8        | 2       | không có | 0  |
        | 01/03/2025 | loại I    | 8        | 2       | có       | 1  |
        | 01/03/2025 | loại I    | 9        | 2       | không có | 0  |
        | 01/03/2025 | đặc biệt  | 9        | 2       | có       | 1  |
        | 01/03/2025 | loại II   | 8        | 2       | không có | 0  |
        | 15/06/2025 | loại I    | 14       | 3       | có       | 1  |
        | 15/06/2025 | loại I    | 15       | 3       | không có | 0  |
        | 16/06/2025 | loại I    | 8        | 2       | không có | 0  |

  Quy tắc: Bảng cấp phó của phòng thuộc sở và văn phòng sở (NĐ 107/2020, NĐ 45/2025) ở sát từng mức
    Mỗi dòng của bảng mức: ở cận dưới và cận trên, đúng mức (không vi phạm) và vượt một (vi phạm), cho
    từng phân loại tỉnh; NĐ 107/2020 thêm ngày đầu, ngày cuối và ngày sau khi hết hiệu lực.

    Khung kịch bản: <mã>: <loại> <biên chế> biên chế, <cấp phó> phó, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh | ubnd_tinh |            |            |           |
        | so   | Sở Nội vụ | so        | ubnd       | 40         | 3         |
        | p    | Đơn vị    | <loại>    | so         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "<mã>" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | mã                  | loại           | ngày       | phân loại | biên chế | cấp phó | kết quả  | số |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | đặc biệt  | 9        | 1       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | đặc biệt  | 9        | 2       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | đặc biệt  | 10       | 2       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | đặc biệt  | 10       | 3       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | đặc biệt  | 14       | 2       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | đặc biệt  | 14       | 3       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại I    | 8        | 1       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại I    | 8        | 2       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại I    | 9        | 2       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại I    | 9        | 3       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại I    | 14       | 2       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại I    | 14       | 3       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại II   | 7        | 1       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại II   | 7        | 2       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại II   | 8        | 2       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại II   | 8        | 3       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại II   | 14       | 2       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại II   | 14       | 3       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại III  | 15       | 3       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | đặc biệt  | 15       | 3       | không có | 0  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại I    | 15       | 4       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 25/11/2020 | loại I    | 8        | 2       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 28/02/2025 | loại I    | 8        | 2       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/03/2025 | loại I    | 8        | 2       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | đặc biệt  | 9        | 1       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | đặc biệt  | 9        | 2       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | đặc biệt  | 10       | 2       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | đặc biệt  | 10       | 3       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | đặc biệt  | 14       | 2       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | đặc biệt  | 14       | 3       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại I    | 8        | 1       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại I    | 8        | 2       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại I    | 9        | 2       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại I    | 9        | 3       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại I    | 14       | 2       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại I    | 14       | 3       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại II   | 7        | 1       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại II   | 7        | 2       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại II   | 8        | 2       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại II   | 8        | 3       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại II   | 14       | 2       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại II   | 14       | 3       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại III  | 15       | 3       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | đặc biệt  | 15       | 3       | không có | 0  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại I    | 15       | 4       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 25/11/2020 | loại I    | 8        | 2       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 28/02/2025 | loại I    | 8        | 2       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/03/2025 | loại I    | 8        | 2       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | đặc biệt  | 9        | 1       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | đặc biệt  | 9        | 2       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | đặc biệt  | 10       | 2       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | đặc biệt  | 10       | 3       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | đặc biệt  | 14       | 2       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | đặc biệt  | 14       | 3       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại I    | 8        | 1       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại I    | 8        | 2       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại I    | 9        | 2       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại I    | 9        | 3       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại I    | 14       | 2       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại I    | 14       | 3       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại II   | 7        | 1       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại II   | 7        | 2       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại II   | 8        | 2       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại II   | 8        | 3       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại II   | 14       | 2       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại II   | 14       | 3       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại III  | 15       | 3       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | đặc biệt  | 15       | 3       | không có | 0  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại I    | 15       | 4       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | đặc biệt  | 9        | 1       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | đặc biệt  | 9        | 2       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | đặc biệt  | 10       | 2       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | đặc biệt  | 10       | 3       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | đặc biệt  | 14       | 2       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | đặc biệt  | 14       | 3       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại I    | 8        | 1       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại I    | 8        | 2       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại I    | 9        | 2       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại I    | 9        | 3       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại I    | 14       | 2       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại I    | 14       | 3       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại II   | 7        | 1       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại II   | 7        | 2       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại II   | 8        | 2       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại II   | 8        | 3       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại II   | 14       | 2       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại II   | 14       | 3       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại III  | 15       | 3       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | đặc biệt  | 15       | 3       | không có | 0  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại I    | 15       | 4       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | đặc biệt  | 9        | 3       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại I    | 8        | 3       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại II   | 7        | 3       | có       | 1  |
        | ND107.PHO.PHONG     | phong_thuoc_so | 01/01/2024 | loại I    | 14       | 4       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | đặc biệt  | 9        | 3       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại I    | 8        | 3       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại II   | 7        | 3       | có       | 1  |
        | ND107.PHO.VAN_PHONG | van_phong_so   | 01/01/2024 | loại I    | 14       | 4       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | đặc biệt  | 9        | 3       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại I    | 8        | 3       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại II   | 7        | 3       | có       | 1  |
        | ND45.PHO.PHONG      | phong_thuoc_so | 01/04/2025 | loại I    | 14       | 4       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | đặc biệt  | 9        | 3       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại I    | 8        | 3       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại II   | 7        | 3       | có       | 1  |
        | ND45.PHO.VAN_PHONG  | van_phong_so   | 01/04/2025 | loại I    | 14       | 4       | có       | 1  |

  Quy tắc: ND45.PHO.PHONG_CHI_CUC — Phó Trưởng phòng thuộc chi cục vượt số lượng tối đa
    Dưới 07 biên chế: 1 phó; từ 07: tối đa 2.

    Khung kịch bản: ND45.PHO.PHONG_CHI_CUC: <biên chế> biên chế, <cấp phó> phó, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại                | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh       | ubnd_tinh           |            |            |           |
        | so   | Sở Nội vụ       | so                  | ubnd       | 40         | 3         |
        | cc   | Chi cục Văn thư | chi_cuc             | so         | 20         | 1         |
        | p    | Phòng Nghiệp vụ | phong_thuoc_chi_cuc | cc         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "ND45.PHO.PHONG_CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND45.PHO.PHONG_CHI_CUC" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | cấp phó | kết quả  | số |
        | 28/02/2025 | loại I    | 6        | 2       | không có | 0  |
        | 01/03/2025 | loại I    | 6        | 2       | có       | 1  |
        | 01/03/2025 | loại I    | 7        | 2       | không có | 0  |
        | 15/06/2025 | loại I    | 7        | 3       | có       | 1  |
        | 16/06/2025 | loại I    | 6        | 2       | không có | 0  |

  Quy tắc: ND45.PHO.CHI_CUC — Phó Chi cục trưởng vượt số lượng tối đa
    1–3 phòng: 1 phó; không có phòng hoặc từ 4 phòng: tối đa 2 (giả định như NĐ 107/2020).

    Kịch bản: ND45.PHO.CHI_CUC: chi cục 3 phòng, 2 phó, ngày 28/02/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 28/02/2025
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 2       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p2 | Phòng 2         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p3 | Phòng 3         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND45.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.PHO.CHI_CUC" tại "cc"

    Kịch bản: ND45.PHO.CHI_CUC: chi cục 3 phòng, 2 phó, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 2       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p2 | Phòng 2         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p3 | Phòng 3         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND45.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND45.PHO.CHI_CUC" tại "cc"

    Kịch bản: ND45.PHO.CHI_CUC: chi cục 3 phòng, 1 phó, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 1       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p2 | Phòng 2         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p3 | Phòng 3         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND45.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.PHO.CHI_CUC" tại "cc"

    Kịch bản: ND45.PHO.CHI_CUC: chi cục 4 phòng, 2 phó, ngày 15/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 2       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p2 | Phòng 2         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p3 | Phòng 3         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p4 | Phòng 4         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND45.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.PHO.CHI_CUC" tại "cc"

    Kịch bản: ND45.PHO.CHI_CUC: chi cục 0 phòng, 3 phó, ngày 15/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên             | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh       | ubnd_tinh |            |          |         |
        | so   | Sở Nội vụ       | so        | ubnd       | 40       | 3       |
        | cc   | Chi cục Văn thư | chi_cuc   | so         | 30       | 3       |
      Và chỉ xét quy tắc "ND45.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND45.PHO.CHI_CUC" tại "cc"

    Kịch bản: ND45.PHO.CHI_CUC: chi cục 3 phòng, 2 phó, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 2       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p2 | Phòng 2         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p3 | Phòng 3         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND45.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.PHO.CHI_CUC" tại "cc"

  Quy tắc: ND370.PHO.CHI_CUC — Phó Chi cục trưởng vượt số lượng tối đa
    Chi cục có 1–3 phòng: 1 phó (NĐ 370/2025); không có phòng hoặc từ 4 phòng: tối đa 2 (chưa xác minh).

    Kịch bản: ND370.PHO.CHI_CUC: chi cục 1 phòng, 2 phó, ngày 31/12/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 31/12/2025
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 2       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND370.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND370.PHO.CHI_CUC" tại "cc"

    Kịch bản: ND370.PHO.CHI_CUC: chi cục 1 phòng, 2 phó, ngày 01/01/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/01/2026
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 2       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND370.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND370.PHO.CHI_CUC" tại "cc"

    Kịch bản: ND370.PHO.CHI_CUC: chi cục 1 phòng, 1 phó, ngày 01/01/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/01/2026
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 1       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND370.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND370.PHO.CHI_CUC" tại "cc"

    Kịch bản: ND370.PHO.CHI_CUC: chi cục 4 phòng, 2 phó, ngày 01/02/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 2       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p2 | Phòng 2         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p3 | Phòng 3         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p4 | Phòng 4         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND370.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND370.PHO.CHI_CUC" tại "cc"

    Kịch bản: ND370.PHO.CHI_CUC: chi cục 4 phòng, 3 phó, ngày 01/02/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so    | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc    | Chi cục Văn thư | chi_cuc             | so         | 30       | 3       |
        | cc_p1 | Phòng 1         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p2 | Phòng 2         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p3 | Phòng 3         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
        | cc_p4 | Phòng 4         | phong_thuoc_chi_cuc | cc         | 7        | 1       |
      Và chỉ xét quy tắc "ND370.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND370.PHO.CHI_CUC" tại "cc"

  Quy tắc: ND45.HUYEN.SO_PHONG — UBND cấp huyện có quá 10 phòng chuyên môn
    NĐ 45/2025: 9 phòng thống nhất và phòng đặc thù, không quá 10 phòng.

    Kịch bản: ND45.HUYEN.SO_PHONG: 11 phòng, ngày 28/02/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 28/02/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p03 | Phòng 03       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p04 | Phòng 04       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p05 | Phòng 05       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p06 | Phòng 06       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p07 | Phòng 07       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p08 | Phòng 08       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p09 | Phòng 09       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p10 | Phòng 10       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p11 | Phòng 11       | phong_thuoc_huyen | h          | 10       | 1       |
      Và chỉ xét quy tắc "ND45.HUYEN.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.HUYEN.SO_PHONG" tại "h"

    Kịch bản: ND45.HUYEN.SO_PHONG: 10 phòng, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p03 | Phòng 03       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p04 | Phòng 04       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p05 | Phòng 05       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p06 | Phòng 06       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p07 | Phòng 07       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p08 | Phòng 08       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p09 | Phòng 09       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p10 | Phòng 10       | phong_thuoc_huyen | h          | 10       | 1       |
      Và chỉ xét quy tắc "ND45.HUYEN.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.HUYEN.SO_PHONG" tại "h"

    Kịch bản: ND45.HUYEN.SO_PHONG: 11 phòng, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p03 | Phòng 03       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p04 | Phòng 04       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p05 | Phòng 05       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p06 | Phòng 06       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p07 | Phòng 07       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p08 | Phòng 08       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p09 | Phòng 09       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p10 | Phòng 10       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p11 | Phòng 11       | phong_thuoc_huyen | h          | 10       | 1       |
      Và chỉ xét quy tắc "ND45.HUYEN.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND45.HUYEN.SO_PHONG" tại "h"

    Kịch bản: ND45.HUYEN.SO_PHONG: 11 phòng, ngày 15/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p03 | Phòng 03       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p04 | Phòng 04       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p05 | Phòng 05       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p06 | Phòng 06       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p07 | Phòng 07       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p08 | Phòng 08       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p09 | Phòng 09       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p10 | Phòng 10       | phong_thuoc_huyen | h          | 10       | 1       |
        | h_p11 | Phòng 11       | phong_thuoc_huyen | h          | 10       | 1       |
      Và chỉ xét quy tắc "ND45.HUYEN.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND45.HUYEN.SO_PHONG" tại "h"

  Quy tắc: ND45.PHO.PHONG_HUYEN — Phó Trưởng phòng cấp huyện vượt bình quân 2 người mỗi phòng
    Bình quân 02 mỗi phòng (giả định giữ như NĐ 108/2020).

    Kịch bản: ND45.PHO.PHONG_HUYEN: hai phòng có 3 và 2 phó, ngày 28/02/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 28/02/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 3       |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 2       |
      Và chỉ xét quy tắc "ND45.PHO.PHONG_HUYEN"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.PHO.PHONG_HUYEN" tại "h"

    Kịch bản: ND45.PHO.PHONG_HUYEN: hai phòng có 2 và 2 phó, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 2       |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 2       |
      Và chỉ xét quy tắc "ND45.PHO.PHONG_HUYEN"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.PHO.PHONG_HUYEN" tại "h"

    Kịch bản: ND45.PHO.PHONG_HUYEN: hai phòng có 3 và 2 phó, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 3       |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 2       |
      Và chỉ xét quy tắc "ND45.PHO.PHONG_HUYEN"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND45.PHO.PHONG_HUYEN" tại "h"

    Kịch bản: ND45.PHO.PHONG_HUYEN: hai phòng có 3 và 1 phó, ngày 15/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 3       |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 1       |
      Và chỉ xét quy tắc "ND45.PHO.PHONG_HUYEN"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.PHO.PHONG_HUYEN" tại "h"

    Kịch bản: ND45.PHO.PHONG_HUYEN: hai phòng có 3 và 2 phó, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã    | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h     | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p01 | Phòng 01       | phong_thuoc_huyen | h          | 10       | 3       |
        | h_p02 | Phòng 02       | phong_thuoc_huyen | h          | 10       | 2       |
      Và chỉ xét quy tắc "ND45.PHO.PHONG_HUYEN"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.PHO.PHONG_HUYEN" tại "h"

  Quy tắc: ND45.SO.BAT_BUOC — Thiếu sở tổ chức thống nhất bắt buộc
    12 sở, cơ quan có ở mọi tỉnh; chỉ kiểm tra khi mọi sở đã khai báo ngành.

    Kịch bản: ND45.SO.BAT_BUOC: đủ 12 cơ quan, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       | tu_phap                  |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_y_te                     | Sở Y tế                         | so        | ubnd       | 30       | 3       | y_te                     |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND45.SO.BAT_BUOC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.SO.BAT_BUOC" tại "ubnd"

    Kịch bản: ND45.SO.BAT_BUOC: thiếu Sở Y tế, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       | tu_phap                  |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND45.SO.BAT_BUOC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND45.SO.BAT_BUOC" tại "ubnd"
      Và phát hiện "ND45.SO.BAT_BUOC" tại "ubnd" ghi "không có Sở Y tế (một trong 12 cơ quan tổ chức thống nhất)"

    Kịch bản: ND45.SO.BAT_BUOC: thiếu Sở Y tế, trước khi có hiệu lực, ngày 28/02/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 28/02/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       | tu_phap                  |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND45.SO.BAT_BUOC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.SO.BAT_BUOC" tại "ubnd"

    Kịch bản: ND45.SO.BAT_BUOC: thiếu Sở Y tế nhưng một sở chưa khai báo ngành, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       |                          |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND45.SO.BAT_BUOC"
      Khi kiểm tra tuân thủ
      Thì quy tắc "ND45.SO.BAT_BUOC" không xét "ubnd"

  Quy tắc: ND45.SO.CHUA_KHAI_BAO_NGANH — Sở chưa khai báo ngành nên chưa kiểm tra được sở bắt buộc
    Thiếu dữ liệu thì nói rõ là chưa kiểm tra được, không im lặng.

    Kịch bản: ND45.SO.CHUA_KHAI_BAO_NGANH: một sở chưa khai báo ngành, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       |                          |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_y_te                     | Sở Y tế                         | so        | ubnd       | 30       | 3       | y_te                     |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND45.SO.CHUA_KHAI_BAO_NGANH"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                     | đơn vị    | mức độ    |
        | ND45.SO.CHUA_KHAI_BAO_NGANH | s_tu_phap | thông tin |

    Kịch bản: ND45.SO.CHUA_KHAI_BAO_NGANH: mọi sở đã khai báo ngành, ngày 01/03/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/03/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       | tu_phap                  |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_y_te                     | Sở Y tế                         | so        | ubnd       | 30       | 3       | y_te                     |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND45.SO.CHUA_KHAI_BAO_NGANH"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.SO.CHUA_KHAI_BAO_NGANH"

    Kịch bản: ND45.SO.CHUA_KHAI_BAO_NGANH: một sở chưa khai báo ngành, trước khi có hiệu lực, ngày 28/02/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 28/02/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       |                          |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_y_te                     | Sở Y tế                         | so        | ubnd       | 30       | 3       | y_te                     |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND45.SO.CHUA_KHAI_BAO_NGANH"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND45.SO.CHUA_KHAI_BAO_NGANH"

  Quy tắc: ND150.SO.BAT_BUOC — Thiếu sở tổ chức thống nhất bắt buộc
    12 sở, cơ quan có ở mọi tỉnh; chỉ kiểm tra khi mọi sở đã khai báo ngành.

    Kịch bản: ND150.SO.BAT_BUOC: đủ 12 cơ quan, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       | tu_phap                  |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_y_te                     | Sở Y tế                         | so        | ubnd       | 30       | 3       | y_te                     |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND150.SO.BAT_BUOC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.SO.BAT_BUOC" tại "ubnd"

    Kịch bản: ND150.SO.BAT_BUOC: thiếu Sở Y tế, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       | tu_phap                  |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND150.SO.BAT_BUOC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND150.SO.BAT_BUOC" tại "ubnd"
      Và phát hiện "ND150.SO.BAT_BUOC" tại "ubnd" ghi "không có Sở Y tế (một trong 12 cơ quan tổ chức thống nhất)"

    Kịch bản: ND150.SO.BAT_BUOC: thiếu Sở Y tế, trước khi có hiệu lực, ngày 15/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       | tu_phap                  |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND150.SO.BAT_BUOC"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.SO.BAT_BUOC" tại "ubnd"

    Kịch bản: ND150.SO.BAT_BUOC: thiếu Sở Y tế nhưng một sở chưa khai báo ngành, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       |                          |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND150.SO.BAT_BUOC"
      Khi kiểm tra tuân thủ
      Thì quy tắc "ND150.SO.BAT_BUOC" không xét "ubnd"

  Quy tắc: Mười hai sở, cơ quan tổ chức thống nhất: thiếu từng cơ quan một
    Cả 12 cơ quan có mặt, rồi một đề án đổi ngành của đúng một cơ quan sang ngành không bắt buộc (Sở Ngoại vụ):
    cơ quan đó phải được báo thiếu. Mỗi ngành trong danh sách của quy tắc được thử.

    Khung kịch bản: <mã>: thiếu <ngành>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       | tu_phap                  |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_y_te                     | Sở Y tế                         | so        | ubnd       | 30       | 3       | y_te                     |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "<mã>"
      Khi điều chỉnh ngành của "s_<ngành>" thành ngoai_vu
      Và áp dụng đề án
      Thì <kết quả> phát hiện "<mã>" tại "ubnd"

      Dữ liệu:
        | mã                | ngày       | ngành                    | kết quả  |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | noi_vu                   | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | tu_phap                  | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | tai_chinh                | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | cong_thuong              | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | nong_nghiep_moi_truong   | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | xay_dung                 | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | khoa_hoc_cong_nghe       | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | van_hoa_the_thao_du_lich | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | giao_duc_dao_tao         | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | y_te                     | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | thanh_tra                | có       |
        | ND45.SO.BAT_BUOC  | 01/04/2025 | van_phong_ubnd           | có       |
        | ND45.SO.BAT_BUOC  | 15/06/2025 | y_te                     | có       |
        | ND45.SO.BAT_BUOC  | 16/06/2025 | y_te                     | không có |
        | ND150.SO.BAT_BUOC | 01/08/2025 | noi_vu                   | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | tu_phap                  | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | tai_chinh                | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | cong_thuong              | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | nong_nghiep_moi_truong   | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | xay_dung                 | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | khoa_hoc_cong_nghe       | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | van_hoa_the_thao_du_lich | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | giao_duc_dao_tao         | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | y_te                     | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | thanh_tra                | có       |
        | ND150.SO.BAT_BUOC | 01/08/2025 | van_phong_ubnd           | có       |

  Quy tắc: ND150.SO.CHUA_KHAI_BAO_NGANH — Sở chưa khai báo ngành nên chưa kiểm tra được sở bắt buộc
    Thiếu dữ liệu thì nói rõ là chưa kiểm tra được, không im lặng.

    Kịch bản: ND150.SO.CHUA_KHAI_BAO_NGANH: một sở chưa khai báo ngành, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       |                          |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_y_te                     | Sở Y tế                         | so        | ubnd       | 30       | 3       | y_te                     |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND150.SO.CHUA_KHAI_BAO_NGANH"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                      | đơn vị    | mức độ    |
        | ND150.SO.CHUA_KHAI_BAO_NGANH | s_tu_phap | thông tin |

    Kịch bản: ND150.SO.CHUA_KHAI_BAO_NGANH: mọi sở đã khai báo ngành, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       | tu_phap                  |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_y_te                     | Sở Y tế                         | so        | ubnd       | 30       | 3       | y_te                     |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND150.SO.CHUA_KHAI_BAO_NGANH"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.SO.CHUA_KHAI_BAO_NGANH"

    Kịch bản: ND150.SO.CHUA_KHAI_BAO_NGANH: một sở chưa khai báo ngành, trước khi có hiệu lực, ngày 15/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/06/2025
      Và cơ cấu tổ chức:
        | mã                         | tên                             | loại      | trực thuộc | biên chế | cấp phó | ngành                    |
        | ubnd                       | UBND tỉnh                       | ubnd_tinh |            |          |         |                          |
        | s_noi_vu                   | Sở Nội vụ                       | so        | ubnd       | 30       | 3       | noi_vu                   |
        | s_tu_phap                  | Sở Tư pháp                      | so        | ubnd       | 30       | 3       |                          |
        | s_tai_chinh                | Sở Tài chính                    | so        | ubnd       | 30       | 3       | tai_chinh                |
        | s_cong_thuong              | Sở Công Thương                  | so        | ubnd       | 30       | 3       | cong_thuong              |
        | s_nong_nghiep_moi_truong   | Sở Nông nghiệp và Môi trường    | so        | ubnd       | 30       | 3       | nong_nghiep_moi_truong   |
        | s_xay_dung                 | Sở Xây dựng                     | so        | ubnd       | 30       | 3       | xay_dung                 |
        | s_khoa_hoc_cong_nghe       | Sở Khoa học và Công nghệ        | so        | ubnd       | 30       | 3       | khoa_hoc_cong_nghe       |
        | s_van_hoa_the_thao_du_lich | Sở Văn hóa, Thể thao và Du lịch | so        | ubnd       | 30       | 3       | van_hoa_the_thao_du_lich |
        | s_giao_duc_dao_tao         | Sở Giáo dục và Đào tạo          | so        | ubnd       | 30       | 3       | giao_duc_dao_tao         |
        | s_y_te                     | Sở Y tế                         | so        | ubnd       | 30       | 3       | y_te                     |
        | s_thanh_tra                | Thanh tra tỉnh                  | so        | ubnd       | 30       | 3       | thanh_tra                |
        | s_van_phong_ubnd           | Văn phòng UBND tỉnh             | so        | ubnd       | 30       | 3       | van_phong_ubnd           |
      Và chỉ xét quy tắc "ND150.SO.CHUA_KHAI_BAO_NGANH"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.SO.CHUA_KHAI_BAO_NGANH"

  Quy tắc: ND150.CAP_HUYEN — Cấp huyện không còn tồn tại
    Từ 01/07/2025 chính quyền địa phương hai cấp: UBND cấp huyện và phòng thuộc huyện không còn.

    Khung kịch bản: ND150.CAP_HUYEN: cơ cấu có cấp huyện, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên            | loại              | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh      | ubnd_tinh         |            |          |         |
        | h    | UBND huyện Một | ubnd_huyen        | ubnd       |          |         |
        | h_p  | Phòng Nội vụ   | phong_thuoc_huyen | h          | 8        | 1       |
        | x    | UBND xã Một    | ubnd_xa           | ubnd       |          |         |
      Và chỉ xét quy tắc "ND150.CAP_HUYEN"
      Khi kiểm tra tuân thủ
      Thì có đúng <số> phát hiện
      Và <kết quả> phát hiện "ND150.CAP_HUYEN" tại "h"
      Và <kết quả> phát hiện "ND150.CAP_HUYEN" tại "h_p"
      Và quy tắc "ND150.CAP_HUYEN" không xét "x"

      Dữ liệu:
        | ngày       | số | kết quả  |
        | 30/06/2025 | 0  | không có |
        | 01/07/2025 | 2  | có       |
        | 01/02/2026 | 2  | có       |

  Quy tắc: ND150.THANH_TRA_SO — Thanh tra sở không còn trong cơ cấu của sở
    NĐ 150/2025: cơ cấu sở không còn thanh tra sở.

    Khung kịch bản: ND150.THANH_TRA_SO: sở có thanh tra, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên          | loại         | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh    | ubnd_tinh    |            |          |         |
        | so   | Sở Nội vụ    | so           | ubnd       | 40       | 3       |
        | tt   | Thanh tra Sở | thanh_tra_so | so         | 8        | 1       |
      Và chỉ xét quy tắc "ND150.THANH_TRA_SO"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.THANH_TRA_SO" tại "tt"

      Dữ liệu:
        | ngày       | kết quả  |
        | 15/06/2025 | không có |
        | 16/06/2025 | có       |

  Quy tắc: ND150.TC.PHONG — Phòng thuộc sở không đủ 07 biên chế
    NĐ 150/2025 Điều 5 điểm b khoản 2 (văn bản như ban hành): tối thiểu 07 ở mọi tỉnh, từ 16/06/2025.

    Khung kịch bản: ND150.TC.PHONG: <biên chế> biên chế, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |            |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40         | 3       |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND150.TC.PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.TC.PHONG" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | kết quả  | số |
        | 15/06/2025 | loại I    | 6        | không có | 0  |
        | 16/06/2025 | loại I    | 6        | có       | 1  |
        | 16/06/2025 | loại I    | 7        | không có | 0  |
        | 16/06/2025 | loại II   | 6        | có       | 1  |
        | 01/02/2026 | đặc biệt  | 6        | có       | 1  |
        | 01/02/2026 | đặc biệt  | 7        | không có | 0  |

  Quy tắc: ND150.TC.VAN_PHONG — Văn phòng sở không đủ 07 biên chế
    Như phòng thuộc sở.

    Khung kịch bản: ND150.TC.VAN_PHONG: <biên chế> biên chế, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên          | loại         | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh    | ubnd_tinh    |            |            |         |
        | so   | Sở Nội vụ    | so           | ubnd       | 40         | 3       |
        | p    | Văn phòng Sở | van_phong_so | so         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND150.TC.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.TC.VAN_PHONG" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | kết quả  | số |
        | 15/06/2025 | loại I    | 6        | không có | 0  |
        | 16/06/2025 | loại I    | 6        | có       | 1  |
        | 16/06/2025 | loại I    | 7        | không có | 0  |
        | 16/06/2025 | loại II   | 6        | có       | 1  |
        | 01/02/2026 | đặc biệt  | 6        | có       | 1  |
        | 01/02/2026 | đặc biệt  | 7        | không có | 0  |

  Quy tắc: ND150.TC.CHI_CUC — Chi cục không đủ biên chế tối thiểu
    Tối thiểu 12 biên chế (chưa xác minh với văn bản cuối cùng).

    Khung kịch bản: ND150.TC.CHI_CUC: <biên chế> biên chế, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại      | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh       | ubnd_tinh |            |            |         |
        | so   | Sở Nội vụ       | so        | ubnd       | 40         | 3       |
        | p    | Chi cục Văn thư | chi_cuc   | so         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND150.TC.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.TC.CHI_CUC" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | kết quả  | số |
        | 15/06/2025 | loại I    | 11       | không có | 0  |
        | 16/06/2025 | loại I    | 11       | có       | 1  |
        | 16/06/2025 | loại I    | 12       | không có | 0  |

  Quy tắc: ND150.TC.PHONG_CHI_CUC — Phòng thuộc chi cục không đủ biên chế tối thiểu
    Tối thiểu 05 biên chế (theo trí nhớ).

    Khung kịch bản: ND150.TC.PHONG_CHI_CUC: <biên chế> biên chế, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại                | trực thuộc | biên chế   | cấp phó |
        | ubnd | UBND tỉnh       | ubnd_tinh           |            |            |         |
        | so   | Sở Nội vụ       | so                  | ubnd       | 40         | 3       |
        | cc   | Chi cục Văn thư | chi_cuc             | so         | 14         | 1       |
        | p    | Phòng Nghiệp vụ | phong_thuoc_chi_cuc | cc         | <biên chế> | 1       |
      Và chỉ xét quy tắc "ND150.TC.PHONG_CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.TC.PHONG_CHI_CUC" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | kết quả  | số |
        | 15/06/2025 | loại I    | 4        | không có | 0  |
        | 16/06/2025 | loại I    | 4        | có       | 1  |
        | 16/06/2025 | loại I    | 5        | không có | 0  |

  Quy tắc: ND150.XA.SO_PHONG — UBND cấp xã có quá 3 phòng chuyên môn
    01/07/2025 – 31/12/2025: 3 phòng; từ 01/01/2026 thay bằng bình quân 4,5 tổ chức mỗi xã (NĐ 370/2025).

    Kịch bản: ND150.XA.SO_PHONG: 4 phòng, ngày 30/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 30/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên              | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh        | ubnd_tinh      |            |          |         |
        | x    | UBND xã Mỹ Khánh | ubnd_xa        | ubnd       |          |         |
        | x_p1 | Phòng 1          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p2 | Phòng 2          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p3 | Phòng 3          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p4 | Phòng 4          | phong_thuoc_xa | x          | 8        | 1       |
      Và chỉ xét quy tắc "ND150.XA.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.XA.SO_PHONG" tại "x"

    Kịch bản: ND150.XA.SO_PHONG: 3 phòng, ngày 01/07/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/07/2025
      Và cơ cấu tổ chức:
        | mã   | tên              | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh        | ubnd_tinh      |            |          |         |
        | x    | UBND xã Mỹ Khánh | ubnd_xa        | ubnd       |          |         |
        | x_p1 | Phòng 1          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p2 | Phòng 2          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p3 | Phòng 3          | phong_thuoc_xa | x          | 8        | 1       |
      Và chỉ xét quy tắc "ND150.XA.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.XA.SO_PHONG" tại "x"

    Kịch bản: ND150.XA.SO_PHONG: 4 phòng, ngày 01/07/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/07/2025
      Và cơ cấu tổ chức:
        | mã   | tên              | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh        | ubnd_tinh      |            |          |         |
        | x    | UBND xã Mỹ Khánh | ubnd_xa        | ubnd       |          |         |
        | x_p1 | Phòng 1          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p2 | Phòng 2          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p3 | Phòng 3          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p4 | Phòng 4          | phong_thuoc_xa | x          | 8        | 1       |
      Và chỉ xét quy tắc "ND150.XA.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND150.XA.SO_PHONG" tại "x"

    Kịch bản: ND150.XA.SO_PHONG: 4 phòng, ngày 31/12/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 31/12/2025
      Và cơ cấu tổ chức:
        | mã   | tên              | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh        | ubnd_tinh      |            |          |         |
        | x    | UBND xã Mỹ Khánh | ubnd_xa        | ubnd       |          |         |
        | x_p1 | Phòng 1          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p2 | Phòng 2          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p3 | Phòng 3          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p4 | Phòng 4          | phong_thuoc_xa | x          | 8        | 1       |
      Và chỉ xét quy tắc "ND150.XA.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND150.XA.SO_PHONG" tại "x"

    Kịch bản: ND150.XA.SO_PHONG: 4 phòng, ngày 01/01/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/01/2026
      Và cơ cấu tổ chức:
        | mã   | tên              | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh        | ubnd_tinh      |            |          |         |
        | x    | UBND xã Mỹ Khánh | ubnd_xa        | ubnd       |          |         |
        | x_p1 | Phòng 1          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p2 | Phòng 2          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p3 | Phòng 3          | phong_thuoc_xa | x          | 8        | 1       |
        | x_p4 | Phòng 4          | phong_thuoc_xa | x          | 8        | 1       |
      Và chỉ xét quy tắc "ND150.XA.SO_PHONG"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND150.XA.SO_PHONG" tại "x"

  Quy tắc: ND370.PHO.GIAM_DOC — Tổng số Phó Giám đốc sở vượt mức cho phép
    Bình quân 3; sở hợp nhất, sáp nhập theo quyết định thêm 1; sở hợp nhất từ sở của 2 tỉnh thêm 1, của 3 tỉnh
    thêm 2 (cộng dồn: cách đọc rộng nhất của báo chí, (*)); Hà Nội, TP.HCM thêm 10.

    Khung kịch bản: ND370.PHO.GIAM_DOC: sở A hợp nhất từ <tỉnh> tỉnh, <phó A> + <phó B> phó, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên                          | loại      | trực thuộc | biên chế | cấp phó | hợp nhất từ số tỉnh |
        | ubnd | UBND tỉnh                    | ubnd_tinh |            |          |         |                     |
        | so_a | Sở Nông nghiệp và Môi trường | so        | ubnd       | 90       | <phó A> | <tỉnh>              |
        | so_b | Sở Tư pháp                   | so        | ubnd       | 40       | <phó B> | 1                   |
      Và chỉ xét quy tắc "ND370.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND370.PHO.GIAM_DOC" tại "ubnd"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | tỉnh | phó A | phó B | kết quả  | số |
        | 31/12/2025 | loại I    | 3    | 6     | 3     | không có | 0  |
        | 01/01/2026 | loại I    | 1    | 4     | 3     | có       | 1  |
        | 01/01/2026 | loại I    | 2    | 4     | 3     | không có | 0  |
        | 01/01/2026 | loại I    | 2    | 5     | 3     | có       | 1  |
        | 01/01/2026 | loại I    | 3    | 5     | 3     | không có | 0  |
        | 01/01/2026 | loại I    | 3    | 6     | 3     | có       | 1  |
        | 01/02/2026 | đặc biệt  | 3    | 15    | 3     | không có | 0  |
        | 01/02/2026 | đặc biệt  | 3    | 16    | 3     | có       | 1  |

    Kịch bản: ND370.PHO.GIAM_DOC: hai tỉnh trong một tệp, cùng số Phó Giám đốc, mỗi tỉnh theo phân loại riêng
      Biết tỉnh "Toàn quốc" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên                   | loại      | trực thuộc | phân loại tỉnh | biên chế | cấp phó |
        | hn    | UBND thành phố Hà Nội | ubnd_tinh |            | đặc biệt       |          |         |
        | hn_a  | Sở Nội vụ Hà Nội      | so        | hn         |                | 60       | 5       |
        | hn_b  | Sở Tư pháp Hà Nội     | so        | hn         |                | 40       | 4       |
        | cb    | UBND tỉnh Cao Bằng    | ubnd_tinh |            |                |          |         |
        | cb_a  | Sở Nội vụ Cao Bằng    | so        | cb         |                | 60       | 5       |
        | cb_b  | Sở Tư pháp Cao Bằng   | so        | cb         |                | 40       | 4       |
      Và chỉ xét quy tắc "ND370.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc            | đơn vị | mức độ |
        | ND370.PHO.GIAM_DOC | cb     | lỗi    |
      Và phát hiện "ND370.PHO.GIAM_DOC" tại "cb" ghi "9 Phó Giám đốc cho 2 sở / tối đa 6"
      Và không có phát hiện "ND370.PHO.GIAM_DOC" tại "hn"

    Khung kịch bản: ND370.PHO.GIAM_DOC: sở A hợp nhất theo quyết định <quyết định>, từ <tỉnh> tỉnh, <phó A> + 3 phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên          | loại      | trực thuộc | biên chế | cấp phó | hợp nhất từ số tỉnh | hợp nhất theo quyết định |
        | ubnd | UBND tỉnh    | ubnd_tinh |            |          |         |                     |                          |
        | so_a | Sở Tài chính | so        | ubnd       | 90       | <phó A> | <tỉnh>              | <quyết định>             |
        | so_b | Sở Tư pháp   | so        | ubnd       | 40       | 3       | 1                   | không                    |
      Và chỉ xét quy tắc "ND370.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND370.PHO.GIAM_DOC" tại "ubnd"

      Dữ liệu:
        | ngày       | quyết định | tỉnh | phó A | kết quả  |
        | 01/01/2026 | không      | 1    | 4     | có       |
        | 01/01/2026 | có         | 1    | 4     | không có |
        | 01/01/2026 | có         | 1    | 5     | có       |
        | 01/01/2026 | có         | 2    | 5     | không có |
        | 01/01/2026 | có         | 2    | 6     | có       |
        | 01/01/2026 | có         | 3    | 6     | không có |
        | 01/01/2026 | có         | 3    | 7     | có       |

  Quy tắc: ND370.PHO.PHONG — Phó Trưởng phòng thuộc sở vượt số lượng tối đa
    Từ 01/01/2026 thống nhất: dưới 10 → 1; 10–14 → 2; từ 15 → 3.

    Khung kịch bản: ND370.PHO.PHONG: <biên chế> biên chế, <cấp phó> phó, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |            |           |
        | so   | Sở Nội vụ     | so             | ubnd       | 40         | 3         |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "ND370.PHO.PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND370.PHO.PHONG" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | biên chế | cấp phó | kết quả  | số |
        | 31/12/2025 | loại I    | 9        | 2       | không có | 0  |
        | 01/01/2026 | loại I    | 9        | 2       | có       | 1  |
        | 01/01/2026 | loại I    | 10       | 2       | không có | 0  |
        | 01/01/2026 | loại II   | 9        | 2       | có       | 1  |
        | 01/01/2026 | đặc biệt  | 14       | 3       | có       | 1  |
        | 01/01/2026 | đặc biệt  | 15       | 3       | không có | 0  |

  Quy tắc: ND150.PHO.GIAM_DOC — Tổng số Phó Giám đốc sở vượt bình quân 03
    NĐ 150/2025 Điều 6 điểm c khoản 1 như ban hành (16/06/2025 – 31/12/2025): bình quân 03; Hà Nội, TP.HCM thêm
    không quá 10; chưa có mức tăng thêm cho sở hợp nhất.

    Khung kịch bản: ND150.PHO.GIAM_DOC: <phó A> + <phó B> phó cho 2 sở, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên                          | loại      | trực thuộc | biên chế | cấp phó | hợp nhất từ số tỉnh |
        | ubnd | UBND tỉnh                    | ubnd_tinh |            |          |         |                     |
        | so_a | Sở Nông nghiệp và Môi trường | so        | ubnd       | 90       | <phó A> | 2                   |
        | so_b | Sở Tư pháp                   | so        | ubnd       | 40       | <phó B> | 1                   |
      Và chỉ xét quy tắc "ND150.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.PHO.GIAM_DOC" tại "ubnd"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | phân loại | phó A | phó B | kết quả  | số |
        | 15/06/2025 | loại I    | 4     | 3     | không có | 0  |
        | 16/06/2025 | loại I    | 3     | 3     | không có | 0  |
        | 16/06/2025 | loại I    | 4     | 3     | có       | 1  |
        | 16/06/2025 | đặc biệt  | 13    | 3     | không có | 0  |
        | 16/06/2025 | đặc biệt  | 14    | 3     | có       | 1  |
        | 31/12/2025 | loại II   | 4     | 3     | có       | 1  |
        | 01/01/2026 | loại I    | 4     | 3     | không có | 0  |

  Quy tắc: ND150.PHO.PHONG — Phó Trưởng phòng thuộc sở vượt số lượng tối đa
    NĐ 150/2025 Điều 6 khoản 2 như ban hành: dưới 10 → 1; 10–14 → 2; từ 15 → 3; không phân loại tỉnh.

    Khung kịch bản: ND150.PHO.PHONG: <biên chế> biên chế, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |            |           |
        | so   | Sở Nội vụ     | so             | ubnd       | 40         | 3         |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "ND150.PHO.PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.PHO.PHONG" tại "p"

      Dữ liệu:
        | ngày       | biên chế | cấp phó | kết quả  |
        | 15/06/2025 | 9        | 2       | không có |
        | 16/06/2025 | 9        | 2       | có       |
        | 16/06/2025 | 9        | 1       | không có |
        | 16/06/2025 | 10       | 2       | không có |
        | 16/06/2025 | 14       | 3       | có       |
        | 16/06/2025 | 15       | 3       | không có |
        | 31/12/2025 | 15       | 4       | có       |
        | 01/01/2026 | 15       | 4       | không có |

    Kịch bản: ND150.PHO.PHONG: phòng hợp nhất theo quyết định được giữ số phó dôi dư trong 05 năm
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/08/2025
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó | quyết định sắp xếp   | ngày sắp xếp |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |                      |              |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |                      |              |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | 9        | 3       | Quyết định 7/QĐ-UBND | 16/06/2025   |
      Và chỉ xét quy tắc "ND150.PHO.PHONG"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc         | đơn vị | mức độ      |
        | ND150.PHO.PHONG | p      | chuyển tiếp |

  Quy tắc: ND150.PHO.VAN_PHONG — Phó Chánh Văn phòng sở vượt số lượng tối đa
    NĐ 150/2025 Điều 6 khoản 3: như phòng thuộc sở.

    Khung kịch bản: ND150.PHO.VAN_PHONG: <biên chế> biên chế, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên          | loại         | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh    | ubnd_tinh    |            |            |           |
        | so   | Sở Nội vụ    | so           | ubnd       | 40         | 3         |
        | vp   | Văn phòng Sở | van_phong_so | so         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "ND150.PHO.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.PHO.VAN_PHONG" tại "vp"

      Dữ liệu:
        | ngày       | biên chế | cấp phó | kết quả  |
        | 15/06/2025 | 8        | 2       | không có |
        | 16/06/2025 | 8        | 2       | có       |
        | 16/06/2025 | 8        | 1       | không có |
        | 31/12/2025 | 10       | 3       | có       |
        | 31/12/2025 | 10       | 2       | không có |
        | 01/01/2026 | 8        | 2       | không có |

  Quy tắc: ND150.PHO.CHI_CUC — Phó Chi cục trưởng vượt số lượng tối đa
    NĐ 150/2025 Điều 6 khoản 4: 1–3 phòng → 1; không có phòng hoặc từ 4 phòng → 2.

    Khung kịch bản: ND150.PHO.CHI_CUC: chi cục không có phòng, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại      | trực thuộc | biên chế | cấp phó   |
        | ubnd | UBND tỉnh       | ubnd_tinh |            |          |           |
        | so   | Sở Nội vụ       | so        | ubnd       | 40       | 3         |
        | cc   | Chi cục Văn thư | chi_cuc   | so         | 14       | <cấp phó> |
      Và chỉ xét quy tắc "ND150.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.PHO.CHI_CUC" tại "cc"

      Dữ liệu:
        | ngày       | cấp phó | kết quả  |
        | 15/06/2025 | 3       | không có |
        | 16/06/2025 | 3       | có       |
        | 16/06/2025 | 2       | không có |
        | 31/12/2025 | 3       | có       |
        | 01/01/2026 | 3       | không có |

    Kịch bản: ND150.PHO.CHI_CUC: chi cục 1 phòng, 2 phó, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên             | loại                | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh       | ubnd_tinh           |            |          |         |
        | so   | Sở Nội vụ       | so                  | ubnd       | 40       | 3       |
        | cc   | Chi cục Văn thư | chi_cuc             | so         | 14       | 2       |
        | cc_p | Phòng Nghiệp vụ | phong_thuoc_chi_cuc | cc         | 6        | 1       |
      Và chỉ xét quy tắc "ND150.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì phát hiện "ND150.PHO.CHI_CUC" tại "cc" ghi "2 phó chi cục trưởng / tối đa 1"

  Quy tắc: ND150.PHO.PHONG_CHI_CUC — Phó Trưởng phòng thuộc chi cục vượt số lượng tối đa
    NĐ 150/2025 Điều 6 khoản 5: như phòng thuộc sở.

    Khung kịch bản: ND150.PHO.PHONG_CHI_CUC: <biên chế> biên chế, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại                | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh       | ubnd_tinh           |            |            |           |
        | so   | Sở Nội vụ       | so                  | ubnd       | 40         | 3         |
        | cc   | Chi cục Văn thư | chi_cuc             | so         | 20         | 1         |
        | p    | Phòng Nghiệp vụ | phong_thuoc_chi_cuc | cc         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "ND150.PHO.PHONG_CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.PHO.PHONG_CHI_CUC" tại "p"

      Dữ liệu:
        | ngày       | biên chế | cấp phó | kết quả  |
        | 15/06/2025 | 5        | 2       | không có |
        | 16/06/2025 | 5        | 2       | có       |
        | 16/06/2025 | 5        | 1       | không có |
        | 31/12/2025 | 10       | 3       | có       |
        | 31/12/2025 | 10       | 2       | không có |
        | 01/01/2026 | 5        | 2       | không có |

  Quy tắc: ND150.PHO.PHONG_XA — Phòng thuộc UBND cấp xã có hơn 01 Phó Trưởng phòng
    NĐ 150/2025 Điều 13 khoản 2: mỗi phòng 01 Phó Trưởng phòng, từ 01/07/2025 (xã mới) đến 14/10/2025;
    từ 15/10/2025 Nghị quyết 332/NQ-CP cho bình quân 02.

    Khung kịch bản: ND150.PHO.PHONG_XA: phòng xã có <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên               | loại           | trực thuộc | biên chế | cấp phó   |
        | ubnd | UBND tỉnh         | ubnd_tinh      |            |          |           |
        | x    | UBND xã Một       | ubnd_xa        | ubnd       |          |           |
        | x_p  | Phòng Kinh tế     | phong_thuoc_xa | x          | 8        | <cấp phó> |
      Và chỉ xét quy tắc "ND150.PHO.PHONG_XA"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.PHO.PHONG_XA" tại "x_p"

      Dữ liệu:
        | ngày       | cấp phó | kết quả  |
        | 30/06/2025 | 2       | không có |
        | 01/07/2025 | 2       | có       |
        | 01/07/2025 | 1       | không có |
        | 14/10/2025 | 2       | có       |
        | 15/10/2025 | 2       | không có |

  Quy tắc: ND370.PHO.VAN_PHONG — Phó Chánh Văn phòng sở vượt số lượng tối đa
    Từ 01/01/2026 theo NĐ 150 Điều 6 khoản 3 (dẫn chiếu khoản 2); lời văn sau sửa đổi của NĐ 370 chưa thấy (*).

    Khung kịch bản: ND370.PHO.VAN_PHONG: <biên chế> biên chế, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên          | loại         | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh    | ubnd_tinh    |            |            |           |
        | so   | Sở Nội vụ    | so           | ubnd       | 40         | 3         |
        | vp   | Văn phòng Sở | van_phong_so | so         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "ND370.PHO.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND370.PHO.VAN_PHONG" tại "vp"

      Dữ liệu:
        | ngày       | biên chế | cấp phó | kết quả  |
        | 31/12/2025 | 8        | 3       | không có |
        | 01/01/2026 | 8        | 3       | có       |
        | 01/01/2026 | 9        | 1       | không có |
        | 01/01/2026 | 9        | 2       | có       |
        | 01/01/2026 | 10       | 2       | không có |
        | 01/01/2026 | 15       | 3       | không có |

  Quy tắc: ND370.PHO.PHONG_CHI_CUC — Phó Trưởng phòng thuộc chi cục vượt số lượng tối đa
    Từ 01/01/2026 theo NĐ 150 Điều 6 khoản 5 (dẫn chiếu khoản 2); lời văn sau sửa đổi của NĐ 370 chưa thấy (*).

    Khung kịch bản: ND370.PHO.PHONG_CHI_CUC: <biên chế> biên chế, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại                | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh       | ubnd_tinh           |            |            |           |
        | so   | Sở Nội vụ       | so                  | ubnd       | 40         | 3         |
        | cc   | Chi cục Văn thư | chi_cuc             | so         | 20         | 1         |
        | p    | Phòng Nghiệp vụ | phong_thuoc_chi_cuc | cc         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "ND370.PHO.PHONG_CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND370.PHO.PHONG_CHI_CUC" tại "p"

      Dữ liệu:
        | ngày       | biên chế | cấp phó | kết quả  |
        | 31/12/2025 | 5        | 2       | không có |
        | 01/01/2026 | 5        | 2       | có       |
        | 01/01/2026 | 5        | 1       | không có |
        | 01/01/2026 | 10       | 2       | không có |
        | 01/01/2026 | 14       | 3       | có       |

  Quy tắc: ND370.XA.BINH_QUAN — Bình quân số tổ chức thuộc UBND cấp xã vượt mức
    Bình quân số phòng và trung tâm phục vụ hành chính công mỗi xã không quá 4,5 (Hà Nội, TP.HCM 4,7).

    Kịch bản: ND370.XA.BINH_QUAN: loại I, hai xã có 5 và 5 tổ chức (vượt 4,5), ngày 31/12/2025: chưa có hiệu lực
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 31/12/2025
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
      Thì không có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"

    Kịch bản: ND370.XA.BINH_QUAN: loại I, hai xã có 5 và 4 tổ chức, ngày 01/01/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/01/2026
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

    Kịch bản: ND370.XA.BINH_QUAN: loại I, hai xã có 5 và 5 tổ chức, ngày 01/01/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/01/2026
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

    Kịch bản: ND370.XA.BINH_QUAN: đặc biệt, hai xã có 5 và 5 tổ chức, ngày 01/02/2026
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
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"

    Kịch bản: ND370.XA.BINH_QUAN: đặc biệt, hai xã có 5 và 4 tổ chức, ngày 01/02/2026
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
      Và chỉ xét quy tắc "ND370.XA.BINH_QUAN"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "ND370.XA.BINH_QUAN" tại "ubnd"

  Quy tắc: NQ332.PHO.XA — Cấp phó của các tổ chức thuộc UBND cấp xã vượt bình quân 2
    Phòng chuyên môn và Trung tâm phục vụ hành chính công cấp xã có bình quân 02 cấp phó (từ 15/10/2025).

    Kịch bản: NQ332.PHO.XA: hai phòng và trung tâm có 3, 2, 2 phó, ngày 14/10/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 14/10/2025
      Và cơ cấu tổ chức:
        | mã   | tên                               | loại             | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh                         | ubnd_tinh        |            |          |         |
        | x    | UBND xã Mỹ Khánh                  | ubnd_xa          | ubnd       |          |         |
        | x_p1 | Phòng 1                           | phong_thuoc_xa   | x          | 8        | 3       |
        | x_p2 | Phòng 2                           | phong_thuoc_xa   | x          | 8        | 2       |
        | x_tt | Trung tâm phục vụ hành chính công | trung_tam_hcc_xa | x          | 6        | 2       |
      Và chỉ xét quy tắc "NQ332.PHO.XA"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "NQ332.PHO.XA" tại "x"

    Kịch bản: NQ332.PHO.XA: hai phòng và trung tâm có 2, 2, 2 phó, ngày 15/10/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/10/2025
      Và cơ cấu tổ chức:
        | mã   | tên                               | loại             | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh                         | ubnd_tinh        |            |          |         |
        | x    | UBND xã Mỹ Khánh                  | ubnd_xa          | ubnd       |          |         |
        | x_p1 | Phòng 1                           | phong_thuoc_xa   | x          | 8        | 2       |
        | x_p2 | Phòng 2                           | phong_thuoc_xa   | x          | 8        | 2       |
        | x_tt | Trung tâm phục vụ hành chính công | trung_tam_hcc_xa | x          | 6        | 2       |
      Và chỉ xét quy tắc "NQ332.PHO.XA"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "NQ332.PHO.XA" tại "x"

    Kịch bản: NQ332.PHO.XA: hai phòng và trung tâm có 3, 2, 2 phó, ngày 15/10/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 15/10/2025
      Và cơ cấu tổ chức:
        | mã   | tên                               | loại             | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh                         | ubnd_tinh        |            |          |         |
        | x    | UBND xã Mỹ Khánh                  | ubnd_xa          | ubnd       |          |         |
        | x_p1 | Phòng 1                           | phong_thuoc_xa   | x          | 8        | 3       |
        | x_p2 | Phòng 2                           | phong_thuoc_xa   | x          | 8        | 2       |
        | x_tt | Trung tâm phục vụ hành chính công | trung_tam_hcc_xa | x          | 6        | 2       |
      Và chỉ xét quy tắc "NQ332.PHO.XA"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "NQ332.PHO.XA" tại "x"

    Kịch bản: NQ332.PHO.XA: hai phòng và trung tâm có 3, 2, 1 phó, ngày 01/02/2026
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên                               | loại             | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh                         | ubnd_tinh        |            |          |         |
        | x    | UBND xã Mỹ Khánh                  | ubnd_xa          | ubnd       |          |         |
        | x_p1 | Phòng 1                           | phong_thuoc_xa   | x          | 8        | 3       |
        | x_p2 | Phòng 2                           | phong_thuoc_xa   | x          | 8        | 2       |
        | x_tt | Trung tâm phục vụ hành chính công | trung_tam_hcc_xa | x          | 6        | 1       |
      Và chỉ xét quy tắc "NQ332.PHO.XA"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "NQ332.PHO.XA" tại "x"

  Quy tắc: ND83.PHO.DVSNCL — Cấp phó của đơn vị sự nghiệp công lập vượt số lượng tối đa
    NĐ 83/2024 (01/09/2024 – 31/10/2025): bệnh viện hạng I trở lên, CDC tỉnh hạng I trở lên, trường nhiều cấp
    học từ 40 lớp được tối đa 3 cấp phó (ngoại lệ cấp phó).

    Khung kịch bản: ND83.PHO.DVSNCL: nhóm <nhóm>, trực thuộc <cấp trên>, <người> người, <cấp phó> phó, ngoại lệ <ngoại lệ>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên               | loại      | trực thuộc | biên chế | người làm việc | cấp phó   | nhóm tự chủ | ngoại lệ cấp phó |
        | ubnd | UBND tỉnh         | ubnd_tinh |            |          |                |           |             |                  |
        | so   | Sở Y tế           | so        | ubnd       | 40       |                | 3         |             |                  |
        | dv   | Bệnh viện Đa khoa | dvsncl    | <cấp trên> |          | <người>        | <cấp phó> | <nhóm>      | <ngoại lệ>       |
      Và chỉ xét quy tắc "ND83.PHO.DVSNCL"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND83.PHO.DVSNCL" tại "dv"

      Dữ liệu:
        | ngày       | nhóm | cấp trên | người | cấp phó | ngoại lệ | kết quả  |
        | 31/08/2024 | 3    | so       | 30    | 3       | không    | không có |
        | 01/09/2024 | 3    | so       | 30    | 3       | không    | có       |
        | 01/09/2024 | 3    | so       | 30    | 3       | có       | không có |
        | 01/09/2024 | 3    | so       | 30    | 4       | có       | có       |
        | 01/09/2024 | 4    | ubnd     | 20    | 3       | không    | có       |
        | 01/09/2024 | 4    | ubnd     | 20    | 3       | có       | không có |
        | 01/09/2024 | 4    | ubnd     | 21    | 3       | không    | không có |
        | 31/10/2025 | 2    | so       | 30    | 4       | không    | có       |
        | 01/11/2025 | 3    | so       | 30    | 3       | không    | không có |

    Khung kịch bản: ND83.PHO.DVSNCL: đơn vị thuộc UBND tỉnh, 25 người làm việc, <viên chức> viên chức, 3 phó
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2025
      Và cơ cấu tổ chức:
        | mã   | tên               | loại      | trực thuộc | người làm việc | viên chức    | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh         | ubnd_tinh |            |                |              |         |             |
        | dv   | Trung tâm Xúc tiến | dvsncl    | ubnd       | 25             | <viên chức>  | 3       | 3           |
      Và chỉ xét quy tắc "ND83.PHO.DVSNCL"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND83.PHO.DVSNCL" tại "dv"

      Dữ liệu:
        | viên chức | kết quả  |
        | 20        | có       |
        | 21        | không có |
        |           | không có |

  Quy tắc: ND283.PHO.DVSNCL — Cấp phó của đơn vị sự nghiệp công lập vượt số lượng tối đa
    Từ 01/11/2025 cùng mức như NĐ 83/2024, nhưng đơn vị sau sắp xếp được giữ cấp phó vượt quy định trong
    5 năm kể từ quyết định sắp xếp (NĐ 283/2025 Điều 12).

    Khung kịch bản: ND283.PHO.DVSNCL: <cấp phó> phó, sắp xếp ngày <ngày sắp xếp>, kiểm tra ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên            | loại      | trực thuộc | biên chế | người làm việc | cấp phó   | nhóm tự chủ | ngoại lệ cấp phó | quyết định sắp xếp | ngày sắp xếp   |
        | ubnd | UBND tỉnh      | ubnd_tinh |            |          |                |           |             |                  |                    |                |
        | so   | Sở Y tế        | so        | ubnd       | 40       |                | 3         |             |                  |                    |                |
        | dv   | Trung tâm Y tế | dvsncl    | so         |          | 60             | <cấp phó> | 3           | không            | <quyết định>       | <ngày sắp xếp> |
      Và chỉ xét quy tắc "ND283.PHO.DVSNCL"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc   | đơn vị | mức độ   |
        | <mã>      | dv     | <mức độ> |

      Dữ liệu:
        | ngày       | cấp phó | quyết định          | ngày sắp xếp | mã               | mức độ      |
        | 01/11/2025 | 3       | Quyết định 5/QĐ-UBND | 01/10/2025   | ND283.PHO.DVSNCL | chuyển tiếp |
        | 30/09/2030 | 3       | Quyết định 5/QĐ-UBND | 01/10/2025   | ND283.PHO.DVSNCL | chuyển tiếp |
        | 01/10/2030 | 3       | Quyết định 5/QĐ-UBND | 01/10/2025   | ND283.PHO.DVSNCL | lỗi         |
        | 02/10/2030 | 3       | Quyết định 5/QĐ-UBND | 01/10/2025   | ND283.PHO.DVSNCL | lỗi         |
        | 01/11/2025 | 3       |                      |              | ND283.PHO.DVSNCL | lỗi         |

    Kịch bản: ND283.PHO.DVSNCL: đúng mức, và trước ngày có hiệu lực
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 31/10/2025
      Và cơ cấu tổ chức:
        | mã   | tên                   | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | ngoại lệ cấp phó |
        | ubnd | UBND tỉnh             | ubnd_tinh |            |          |                |         |             |                  |
        | so   | Sở Y tế               | so        | ubnd       | 40       |                | 3       |             |                  |
        | dv   | Trung tâm Y tế        | dvsncl    | so         |          | 60             | 3       | 3           | không            |
        | dv2  | Trung tâm Kiểm nghiệm | dvsncl    | so         |          | 30             | 2       | 3           | không            |
      Và chỉ xét quy tắc "ND283.PHO.DVSNCL"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện nào
      Khi kiểm tra tuân thủ theo pháp luật ngày 01/11/2025
      Thì có phát hiện "ND283.PHO.DVSNCL" tại "dv"
      Và không có phát hiện "ND283.PHO.DVSNCL" tại "dv2"

    Khung kịch bản: <mã>: mỗi dòng bảng mức ở sát mức, nhóm <nhóm>, trực thuộc <cấp trên>, ngoại lệ <ngoại lệ>, <người> người, <cấp phó> phó
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã    | tên            | loại       | trực thuộc | biên chế | người làm việc | cấp phó   | nhóm tự chủ | ngoại lệ cấp phó |
        | ubnd  | UBND tỉnh      | ubnd_tinh  |            |          |                |           |             |                  |
        | so    | Sở Y tế        | so         | ubnd       | 40       |                | 3         |             |                  |
        | cc    | Chi cục Dân số | chi_cuc    | so         | 20       |                | 1         |             |                  |
        | huyen | UBND huyện Một | ubnd_huyen | ubnd       |          |                |           |             |                  |
        | dv    | Trung tâm      | dvsncl     | <cấp trên> |          | <người>        | <cấp phó> | <nhóm>      | <ngoại lệ>       |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "<mã>" tại "dv"
      Và có đúng <số> phát hiện

      Dữ liệu: ND83.PHO.DVSNCL
        | mã               | ngày       | nhóm | cấp trên | ngoại lệ | người | cấp phó | kết quả  | số |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 2    | so       | không    | 30    | 3       | không có | 0  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 2    | so       | không    | 30    | 4       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | ubnd     | không    | 20    | 2       | không có | 0  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | ubnd     | không    | 20    | 3       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 4    | ubnd     | không    | 20    | 3       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | ubnd     | không    | 21    | 3       | không có | 0  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | ubnd     | không    | 21    | 4       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 4    | ubnd     | không    | 21    | 4       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | ubnd     | có       | 20    | 3       | không có | 0  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | ubnd     | có       | 20    | 4       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 4    | ubnd     | có       | 20    | 4       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | so       | không    | 50    | 2       | không có | 0  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | so       | không    | 50    | 3       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 4    | cc       | không    | 50    | 3       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | huyen    | không    | 50    | 3       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | so       | có       | 50    | 3       | không có | 0  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | so       | có       | 50    | 4       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 4    | cc       | có       | 50    | 4       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | huyen    | có       | 50    | 4       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | ubnd     | không    | 20    | 4       | có       | 1  |
        | ND83.PHO.DVSNCL  | 01/09/2024 | 3    | ubnd     | có       | 21    | 4       | có       | 1  |

      Dữ liệu: ND283.PHO.DVSNCL
        | mã               | ngày       | nhóm | cấp trên | ngoại lệ | người | cấp phó | kết quả  | số |
        | ND283.PHO.DVSNCL | 01/11/2025 | 2    | so       | không    | 30    | 3       | không có | 0  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 2    | so       | không    | 30    | 4       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | ubnd     | không    | 20    | 2       | không có | 0  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | ubnd     | không    | 20    | 3       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 4    | ubnd     | không    | 20    | 3       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | ubnd     | không    | 21    | 3       | không có | 0  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | ubnd     | không    | 21    | 4       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 4    | ubnd     | không    | 21    | 4       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | ubnd     | có       | 20    | 3       | không có | 0  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | ubnd     | có       | 20    | 4       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 4    | ubnd     | có       | 20    | 4       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | so       | không    | 50    | 2       | không có | 0  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | so       | không    | 50    | 3       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 4    | cc       | không    | 50    | 3       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | huyen    | không    | 50    | 3       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | so       | có       | 50    | 3       | không có | 0  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | so       | có       | 50    | 4       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 4    | cc       | có       | 50    | 4       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | huyen    | có       | 50    | 4       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | ubnd     | không    | 20    | 4       | có       | 1  |
        | ND283.PHO.DVSNCL | 01/11/2025 | 3    | ubnd     | có       | 21    | 4       | có       | 1  |

  Quy tắc: ND283.PHO.PHONG_DVSNCL — Phó Trưởng phòng thuộc đơn vị sự nghiệp vượt số lượng tối đa
    Từ 01/11/2025, với thời hạn chuyển tiếp 5 năm sau sắp xếp; phòng dùng nhóm tự chủ của đơn vị chứa nó.

    Khung kịch bản: ND283.PHO.PHONG_DVSNCL: phòng <người> người, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên               | loại               | trực thuộc | biên chế | người làm việc | cấp phó   | nhóm tự chủ | ngoại lệ cấp phó |
        | ubnd | UBND tỉnh         | ubnd_tinh          |            |          |                |           |             |                  |
        | dv   | Bệnh viện Đa khoa | dvsncl             | ubnd       |          | 200            | 3         | 3           | có               |
        | dv_p | Phòng Kế hoạch    | phong_thuoc_dvsncl | dv         |          | <người>        | <cấp phó> |             |                  |
      Và chỉ xét quy tắc "ND283.PHO.PHONG_DVSNCL"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND283.PHO.PHONG_DVSNCL" tại "dv_p"

      Dữ liệu:
        | ngày       | người | cấp phó | kết quả  |
        | 31/10/2025 | 9     | 2       | không có |
        | 01/11/2025 | 9     | 2       | có       |
        | 01/11/2025 | 10    | 2       | không có |
        | 01/11/2025 | 6     | 1       | có       |
        | 01/11/2025 | 7     | 1       | không có |

  Quy tắc: Phó Trưởng phòng thuộc đơn vị sự nghiệp (NĐ 120/2020, NĐ 283/2025) ở sát từng mức
    Mỗi dòng bảng mức, đúng mức và vượt một, cho nhóm 2, 3 và 4; NĐ 120 thêm ngày đầu, ngày cuối hiệu lực và
    ngày liền kề.

    Khung kịch bản: <mã>: phòng của đơn vị nhóm <nhóm>, <người> người, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên         | loại               | trực thuộc | biên chế | người làm việc | cấp phó   | nhóm tự chủ |
        | ubnd | UBND tỉnh   | ubnd_tinh          |            |          |                |           |             |
        | so   | Sở Y tế     | so                 | ubnd       | 40       |                | 3         |             |
        | dv   | Trung tâm A | dvsncl             | so         |          | 80             | 2         | <nhóm>      |
        | p    | Phòng Một   | phong_thuoc_dvsncl | dv         |          | <người>        | <cấp phó> |             |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "<mã>" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | mã                     | ngày       | nhóm | người | cấp phó | kết quả  | số |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 2    | 10    | 2       | không có | 0  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 2    | 10    | 3       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 6     | 0       | không có | 0  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 6     | 1       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 4    | 6     | 1       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 7     | 1       | không có | 0  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 7     | 2       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 4    | 7     | 2       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 9     | 1       | không có | 0  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 9     | 2       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 10    | 2       | không có | 0  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 10    | 3       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 4    | 10    | 3       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 30/11/2020 | 3    | 6     | 1       | không có | 0  |
        | ND120.PHO.PHONG_DVSNCL | 01/12/2020 | 3    | 6     | 1       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 31/10/2025 | 3    | 6     | 1       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/11/2025 | 3    | 6     | 1       | không có | 0  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 2    | 10    | 2       | không có | 0  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 2    | 10    | 3       | có       | 1  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 6     | 0       | không có | 0  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 6     | 1       | có       | 1  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 4    | 6     | 1       | có       | 1  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 7     | 1       | không có | 0  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 7     | 2       | có       | 1  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 4    | 7     | 2       | có       | 1  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 9     | 1       | không có | 0  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 9     | 2       | có       | 1  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 10    | 2       | không có | 0  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 10    | 3       | có       | 1  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 4    | 10    | 3       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 6     | 2       | có       | 1  |
        | ND120.PHO.PHONG_DVSNCL | 01/01/2024 | 3    | 9     | 3       | có       | 1  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 6     | 2       | có       | 1  |
        | ND283.PHO.PHONG_DVSNCL | 01/12/2025 | 3    | 9     | 3       | có       | 1  |

  Quy tắc: Cấp phó vượt do sắp xếp: thời hạn chuyển tiếp 5 năm, ở sát hạn
    Quyết định sắp xếp 5 năm trừ một ngày trước ngày kiểm tra: còn trong hạn (chuyển tiếp); đúng 5 năm: hạn «trước
    ngày» đã đến, là «lỗi».

    Khung kịch bản: <mã>: <loại> sắp xếp ngày <ngày sắp xếp>, kiểm tra ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên         | loại      | trực thuộc | biên chế   | người làm việc | cấp phó | nhóm tự chủ | quyết định sắp xếp | ngày sắp xếp   |
        | ubnd | UBND tỉnh   | ubnd_tinh |            |            |                |         |             |                    |                |
        | so   | Sở Nội vụ   | so        | ubnd       | 40         |                | 3       |             |                    |                |
        | cc   | Chi cục A   | chi_cuc   | so         | 20         |                | 1       |             |                    |                |
        | dv   | Trung tâm A | dvsncl    | so         |            | 80             | 2       | 3           |                    |                |
        | u    | Đơn vị      | <loại>    | <cấp trên> | <biên chế> | <người>        | <phó>   |             | 12/QĐ-UBND         | <ngày sắp xếp> |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc | đơn vị | mức độ   |
        | <mã>    | u      | <mức độ> |

      Dữ liệu:
        | mã                     | loại                | cấp trên | biên chế | người | phó | ngày sắp xếp | ngày       | mức độ      |
        | ND45.PHO.PHONG         | phong_thuoc_so      | so       | 8        |       | 2   | 02/04/2020   | 01/04/2025 | chuyển tiếp |
        | ND45.PHO.PHONG         | phong_thuoc_so      | so       | 8        |       | 2   | 01/04/2020   | 01/04/2025 | lỗi         |
        | ND45.PHO.VAN_PHONG     | van_phong_so        | so       | 8        |       | 2   | 02/04/2020   | 01/04/2025 | chuyển tiếp |
        | ND45.PHO.VAN_PHONG     | van_phong_so        | so       | 8        |       | 2   | 01/04/2020   | 01/04/2025 | lỗi         |
        | ND45.PHO.CHI_CUC       | chi_cuc             | so       | 20       |       | 3   | 02/04/2020   | 01/04/2025 | chuyển tiếp |
        | ND45.PHO.CHI_CUC       | chi_cuc             | so       | 20       |       | 3   | 01/04/2020   | 01/04/2025 | lỗi         |
        | ND45.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 6        |       | 2   | 02/04/2020   | 01/04/2025 | chuyển tiếp |
        | ND45.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 6        |       | 2   | 01/04/2020   | 01/04/2025 | lỗi         |
        | ND370.PHO.PHONG        | phong_thuoc_so      | so       | 9        |       | 2   | 02/02/2021   | 01/02/2026 | chuyển tiếp |
        | ND370.PHO.PHONG        | phong_thuoc_so      | so       | 9        |       | 2   | 01/02/2021   | 01/02/2026 | lỗi         |
        | ND370.PHO.CHI_CUC      | chi_cuc             | so       | 20       |       | 3   | 02/02/2021   | 01/02/2026 | chuyển tiếp |
        | ND370.PHO.CHI_CUC      | chi_cuc             | so       | 20       |       | 3   | 01/02/2021   | 01/02/2026 | lỗi         |
        | ND370.PHO.THU_BAC      | phong_thuoc_so      | so       | 20       |       | 4   | 02/02/2021   | 01/02/2026 | chuyển tiếp |
        | ND370.PHO.THU_BAC      | phong_thuoc_so      | so       | 20       |       | 4   | 01/02/2021   | 01/02/2026 | lỗi         |
        | ND283.PHO.PHONG_DVSNCL | phong_thuoc_dvsncl  | dv       |          | 6     | 1   | 02/12/2020   | 01/12/2025 | chuyển tiếp |
        | ND283.PHO.PHONG_DVSNCL | phong_thuoc_dvsncl  | dv       |          | 6     | 1   | 01/12/2020   | 01/12/2025 | lỗi         |

  Quy tắc: Phó Chi cục trưởng theo số phòng (NĐ 107/2020, NĐ 45/2025, NĐ 370/2025) ở sát từng mức
    Chi cục có 0, 1, 3 và 4 phòng, đúng mức và vượt một; phòng không thuộc chi cục được xét thì thuộc một chi cục khác.

    Khung kịch bản: <mã>: chi cục <số phòng> phòng, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên        | loại                | trực thuộc | biên chế | cấp phó   |
        | ubnd | UBND tỉnh  | ubnd_tinh           |            |          |           |
        | so   | Sở Nội vụ  | so                  | ubnd       | 40       | 3         |
        | cc   | Chi cục A  | chi_cuc             | so         | 30       | <cấp phó> |
        | cc0  | Chi cục B  | chi_cuc             | so         | 30       | 1         |
        | p1   | Phòng 1    | phong_thuoc_chi_cuc | <p1>       | 6        | 1         |
        | p2   | Phòng 2    | phong_thuoc_chi_cuc | <p2>       | 6        | 1         |
        | p3   | Phòng 3    | phong_thuoc_chi_cuc | <p3>       | 6        | 1         |
        | p4   | Phòng 4    | phong_thuoc_chi_cuc | <p4>       | 6        | 1         |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "<mã>" tại "cc"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | mã                | ngày       | số phòng | p1  | p2  | p3  | p4  | cấp phó | kết quả  | số |
        | ND107.PHO.CHI_CUC | 01/01/2024 | 0        | cc0 | cc0 | cc0 | cc0 | 2       | không có | 0  |
        | ND107.PHO.CHI_CUC | 01/01/2024 | 0        | cc0 | cc0 | cc0 | cc0 | 3       | có       | 1  |
        | ND107.PHO.CHI_CUC | 01/01/2024 | 1        | cc  | cc0 | cc0 | cc0 | 1       | không có | 0  |
        | ND107.PHO.CHI_CUC | 01/01/2024 | 1        | cc  | cc0 | cc0 | cc0 | 2       | có       | 1  |
        | ND107.PHO.CHI_CUC | 01/01/2024 | 3        | cc  | cc  | cc  | cc0 | 1       | không có | 0  |
        | ND107.PHO.CHI_CUC | 01/01/2024 | 3        | cc  | cc  | cc  | cc0 | 2       | có       | 1  |
        | ND107.PHO.CHI_CUC | 01/01/2024 | 4        | cc  | cc  | cc  | cc  | 2       | không có | 0  |
        | ND107.PHO.CHI_CUC | 01/01/2024 | 4        | cc  | cc  | cc  | cc  | 3       | có       | 1  |
        | ND45.PHO.CHI_CUC  | 01/04/2025 | 0        | cc0 | cc0 | cc0 | cc0 | 2       | không có | 0  |
        | ND45.PHO.CHI_CUC  | 01/04/2025 | 0        | cc0 | cc0 | cc0 | cc0 | 3       | có       | 1  |
        | ND45.PHO.CHI_CUC  | 01/04/2025 | 1        | cc  | cc0 | cc0 | cc0 | 1       | không có | 0  |
        | ND45.PHO.CHI_CUC  | 01/04/2025 | 1        | cc  | cc0 | cc0 | cc0 | 2       | có       | 1  |
        | ND45.PHO.CHI_CUC  | 01/04/2025 | 3        | cc  | cc  | cc  | cc0 | 1       | không có | 0  |
        | ND45.PHO.CHI_CUC  | 01/04/2025 | 3        | cc  | cc  | cc  | cc0 | 2       | có       | 1  |
        | ND45.PHO.CHI_CUC  | 01/04/2025 | 4        | cc  | cc  | cc  | cc  | 2       | không có | 0  |
        | ND45.PHO.CHI_CUC  | 01/04/2025 | 4        | cc  | cc  | cc  | cc  | 3       | có       | 1  |
        | ND370.PHO.CHI_CUC | 01/02/2026 | 0        | cc0 | cc0 | cc0 | cc0 | 2       | không có | 0  |
        | ND370.PHO.CHI_CUC | 01/02/2026 | 0        | cc0 | cc0 | cc0 | cc0 | 3       | có       | 1  |
        | ND370.PHO.CHI_CUC | 01/02/2026 | 1        | cc  | cc0 | cc0 | cc0 | 1       | không có | 0  |
        | ND370.PHO.CHI_CUC | 01/02/2026 | 1        | cc  | cc0 | cc0 | cc0 | 2       | có       | 1  |
        | ND370.PHO.CHI_CUC | 01/02/2026 | 3        | cc  | cc  | cc  | cc0 | 1       | không có | 0  |
        | ND370.PHO.CHI_CUC | 01/02/2026 | 3        | cc  | cc  | cc  | cc0 | 2       | có       | 1  |
        | ND370.PHO.CHI_CUC | 01/02/2026 | 4        | cc  | cc  | cc  | cc  | 2       | không có | 0  |
        | ND370.PHO.CHI_CUC | 01/02/2026 | 4        | cc  | cc  | cc  | cc  | 3       | có       | 1  |
        | ND107.PHO.CHI_CUC | 01/01/2024 | 3        | cc  | cc  | cc  | cc0 | 3       | có       | 1  |
        | ND45.PHO.CHI_CUC  | 01/04/2025 | 3        | cc  | cc  | cc  | cc0 | 3       | có       | 1  |
        | ND370.PHO.CHI_CUC | 01/02/2026 | 3        | cc  | cc  | cc  | cc0 | 3       | có       | 1  |

  Quy tắc: Ngày đầu và ngày cuối hiệu lực của từng quy tắc, với một cơ cấu vi phạm mọi quy tắc đó
    Mỗi quy tắc được kiểm tra ngày đầu có hiệu lực (có phát hiện), ngày cuối (có) và ngày sau khi hết hiệu lực
    (không có, dù cơ cấu vẫn vi phạm); NĐ 120/2020: ngày trước và ngày có hiệu lực.

    Khung kịch bản: <mã>: cơ cấu vi phạm, kiểm tra theo pháp luật ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/01/2024
      Và cơ cấu tổ chức:
        | mã    | tên              | loại                | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản |
        | ubnd  | UBND tỉnh        | ubnd_tinh           |            |          |                |         |             |                |
        | so    | Sở Nông nghiệp   | so                  | ubnd       | 40       |                | 5       |             |                |
        | vp    | Văn phòng Sở     | van_phong_so        | so         | 4        |                | 1       |             |                |
        | tt    | Thanh tra Sở     | thanh_tra_so        | so         | 7        |                | 2       |             |                |
        | cc    | Chi cục Thủy lợi | chi_cuc             | so         | 10       |                | 2       |             |                |
        | pcc   | Phòng Kỹ thuật   | phong_thuoc_chi_cuc | cc         | 3        |                | 2       |             |                |
        | dv    | Trung tâm A      | dvsncl              | so         |          | 10             | 1       | 3           | không          |
        | dv0   | Trung tâm B      | dvsncl              | so         |          | 20             | 1       |             | không          |
        | huyen | UBND huyện Một   | ubnd_huyen          | ubnd       |          |                |         |             |                |
        | ph    | Phòng Nội vụ     | phong_thuoc_huyen   | huyen      | 8        |                | 3       |             |                |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì <kết quả> phát hiện "<mã>" tại "<đơn vị>"

      Dữ liệu:
        | mã                      | đơn vị | ngày       | kết quả  |
        | ND107.TC.VAN_PHONG      | vp     | 25/11/2020 | có       |
        | ND107.TC.VAN_PHONG      | vp     | 28/02/2025 | có       |
        | ND107.TC.VAN_PHONG      | vp     | 01/03/2025 | không có |
        | ND107.TC.CHI_CUC        | cc     | 25/11/2020 | có       |
        | ND107.TC.CHI_CUC        | cc     | 28/02/2025 | có       |
        | ND107.TC.CHI_CUC        | cc     | 01/03/2025 | không có |
        | ND107.TC.PHONG_CHI_CUC  | pcc    | 25/11/2020 | có       |
        | ND107.TC.PHONG_CHI_CUC  | pcc    | 28/02/2025 | có       |
        | ND107.TC.PHONG_CHI_CUC  | pcc    | 01/03/2025 | không có |
        | ND107.PHO.GIAM_DOC      | ubnd   | 25/11/2020 | có       |
        | ND107.PHO.GIAM_DOC      | ubnd   | 28/02/2025 | có       |
        | ND107.PHO.GIAM_DOC      | ubnd   | 01/03/2025 | không có |
        | ND107.PHO.THANH_TRA     | tt     | 25/11/2020 | có       |
        | ND107.PHO.THANH_TRA     | tt     | 28/02/2025 | có       |
        | ND107.PHO.THANH_TRA     | tt     | 01/03/2025 | không có |
        | ND107.PHO.CHI_CUC       | cc     | 25/11/2020 | có       |
        | ND107.PHO.CHI_CUC       | cc     | 28/02/2025 | có       |
        | ND107.PHO.CHI_CUC       | cc     | 01/03/2025 | không có |
        | ND107.PHO.PHONG_CHI_CUC | pcc    | 25/11/2020 | có       |
        | ND107.PHO.PHONG_CHI_CUC | pcc    | 28/02/2025 | có       |
        | ND107.PHO.PHONG_CHI_CUC | pcc    | 01/03/2025 | không có |
        | ND108.PHO.PHONG_HUYEN   | huyen  | 25/11/2020 | có       |
        | ND108.PHO.PHONG_HUYEN   | huyen  | 28/02/2025 | có       |
        | ND108.PHO.PHONG_HUYEN   | huyen  | 01/03/2025 | không có |
        | ND120.TC.DVSNCL         | dv     | 30/11/2020 | không có |
        | ND120.TC.DVSNCL         | dv     | 01/12/2020 | có       |
        | ND120.NHOM_TU_CHU       | dv0    | 30/11/2020 | không có |
        | ND120.NHOM_TU_CHU       | dv0    | 01/12/2020 | có       |

  Quy tắc: Ngày hiệu lực của Kế hoạch 194 và ngày cuối của NĐ 45/2025, với một cơ cấu vi phạm
    Ngày trước và ngày Kế hoạch 194 có hiệu lực; ngày cuối NĐ 45/2025 và ngày sau đó.

    Khung kịch bản: <mã>: kiểm tra theo pháp luật ngày <ngày>
      Biết tỉnh "Thành phố Cần Thơ" phân loại "loại I" tại ngày 01/01/2024
      Và cơ cấu tổ chức:
        | mã     | tên                     | loại       | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ | dịch vụ cơ bản | chức năng                    | địa bàn     | ngành  |
        | ubnd   | UBND thành phố          | ubnd_tinh  |            |          |                |         |             |                |                              |             |        |
        | so_a   | Sở Y tế                 | so         | ubnd       | 40       |                | 3       |             |                |                              |             | y_te   |
        | so_b   | Sở Mới                  | so         | ubnd       | 30       |                | 2       |             |                |                              |             |        |
        | ttyt   | Trung tâm Y tế huyện A  | dvsncl     | so_a       |          | 100            | 2       | 3           | có             | DV.Y_TE.TRUNG_TAM_Y_TE_HUYEN | huyện A     |        |
        | huyen  | UBND huyện A            | ubnd_huyen | ubnd       |          |                |         |             |                |                              |             |        |
        | xa     | UBND xã B               | ubnd_xa    | huyen      |          |                |         |             |                |                              |             |        |
        | tram_1 | Trạm Y tế B1            | dvsncl     | xa         |          | 8              | 1       | 4           | có             | DV.Y_TE.TRAM_Y_TE            |             |        |
        | tram_2 | Trạm Y tế B2            | dvsncl     | xa         |          | 6              | 0       | 4           | có             | DV.Y_TE.TRAM_Y_TE            |             |        |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì <kết quả> phát hiện "<mã>" tại "<đơn vị>"

      Dữ liệu:
        | mã                                 | đơn vị | ngày       | kết quả  |
        | ND45.SO.CHUA_KHAI_BAO_NGANH        | so_b   | 15/06/2025 | có       |
        | ND45.SO.CHUA_KHAI_BAO_NGANH        | so_b   | 16/06/2025 | không có |
        | KH194.Y_TE.TRAM_Y_TE_XA            | xa     | 07/09/2023 | không có |
        | KH194.Y_TE.TRAM_Y_TE_XA            | xa     | 08/09/2023 | có       |
        | KH194.NONG_NGHIEP.TT_DICH_VU_HUYEN | huyen  | 07/09/2023 | không có |
        | KH194.NONG_NGHIEP.TT_DICH_VU_HUYEN | huyen  | 08/09/2023 | có       |
        | KH194.Y_TE.TTYT_HUYEN_TRUC_THUOC   | ttyt   | 07/09/2023 | không có |
        | KH194.Y_TE.TTYT_HUYEN_TRUC_THUOC   | ttyt   | 08/09/2023 | có       |

  Quy tắc: NQ332.PHO.XA: xã chỉ có một tổ chức vẫn thuộc phạm vi

    Kịch bản: NQ332.PHO.XA: xã có một phòng với 3 phó
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/11/2025
      Và cơ cấu tổ chức:
        | mã   | tên       | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh      |            |          |         |
        | x1   | UBND xã 1 | ubnd_xa        | ubnd       |          |         |
        | p1   | Phòng 1   | phong_thuoc_xa | x1         | 8        | 3       |
      Và chỉ xét quy tắc "NQ332.PHO.XA"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "NQ332.PHO.XA" tại "x1"

  Quy tắc: Dòng đầu và dòng cuối của bảng cấp phó, NĐ 45/2025 (phòng thuộc chi cục) và NĐ 370/2025 (phòng thuộc sở)

    Khung kịch bản: <mã>: <loại> <biên chế> biên chế, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh | ubnd_tinh |            |            |           |
        | so   | Sở Nội vụ | so        | ubnd       | 40         | 3         |
        | cc   | Chi cục A | chi_cuc   | so         | 20         | 1         |
        | p    | Đơn vị    | <loại>    | <cấp trên> | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "<mã>" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | mã                     | loại                | cấp trên | ngày       | biên chế | cấp phó | kết quả  | số |
        | ND45.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/04/2025 | 6        | 1       | không có | 0  |
        | ND45.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/04/2025 | 6        | 2       | có       | 1  |
        | ND45.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/04/2025 | 7        | 2       | không có | 0  |
        | ND45.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/04/2025 | 7        | 3       | có       | 1  |
        | ND370.PHO.PHONG        | phong_thuoc_so      | so       | 01/02/2026 | 15       | 3       | không có | 0  |
        | ND370.PHO.PHONG        | phong_thuoc_so      | so       | 01/02/2026 | 15       | 4       | có       | 1  |
        | ND45.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/04/2025 | 6        | 3       | có       | 1  |
        | ND107.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2024 | 6        | 3       | có       | 1  |
        | ND370.PHO.PHONG        | phong_thuoc_so      | so       | 01/02/2026 | 9        | 3       | có       | 1  |
        | ND370.PHO.PHONG        | phong_thuoc_so      | so       | 01/02/2026 | 14       | 4       | có       | 1  |

    Kịch bản: ND120.NHOM_TU_CHU: phòng của đơn vị chưa khai báo nhóm tự chủ cũng chưa có nhóm
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/01/2024
      Và cơ cấu tổ chức:
        | mã   | tên         | loại               | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh   | ubnd_tinh          |            |          |                |         |             |
        | so   | Sở Y tế     | so                 | ubnd       | 40       |                | 3       |             |
        | dv   | Trung tâm A | dvsncl             | so         |          | 80             | 2       |             |
        | p    | Phòng Một   | phong_thuoc_dvsncl | dv         |          | 10             | 1       |             |
      Và chỉ xét quy tắc "ND120.NHOM_TU_CHU"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND120.NHOM_TU_CHU" tại "p"

  Quy tắc: DP.PHO.TRAN — Số cấp phó vượt trần tỉnh đã phân bổ
    Quyết định phân bổ cấp phó của tỉnh là dữ liệu: mỗi cơ quan không vượt trần được phân bổ.

    Khung kịch bản: DP.PHO.TRAN: Sở Ngoại vụ có <cấp phó> phó, trần <trần>
      Biết tỉnh "Thành phố Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã          | tên                    | loại      | trực thuộc | biên chế | cấp phó   |
        | ubnd        | UBND thành phố Cần Thơ | ubnd_tinh |            |          |           |
        | so_ngoai_vu | Sở Ngoại vụ            | so        | ubnd       | 30       | <cấp phó> |
        | so_y_te     | Sở Y tế                | so        | ubnd       | 60       | 3         |
      Và quyết định "Quyết định 1345/QĐ-UBND" phân bổ trần cấp phó:
        | mã          | trần   |
        | so_ngoai_vu | <trần> |
        | so_y_te     | 4      |
      Và chỉ xét quy tắc "DP.PHO.TRAN"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "DP.PHO.TRAN" tại "so_ngoai_vu"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | cấp phó | trần | kết quả  | số |
        | 2       | 2    | không có | 0  |
        | 3       | 2    | có       | 1  |
        | 3       | 3    | không có | 0  |

    Kịch bản: DP.PHO.TRAN: phát hiện ghi số hiệu quyết định
      Biết tỉnh "Thành phố Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
      Và cơ cấu tổ chức:
        | mã          | tên                    | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd        | UBND thành phố Cần Thơ | ubnd_tinh |            |          |         |
        | so_ngoai_vu | Sở Ngoại vụ            | so        | ubnd       | 30       | 3       |
      Và quyết định "Quyết định 1345/QĐ-UBND" phân bổ trần cấp phó:
        | mã          | trần |
        | so_ngoai_vu | 2    |
      Và chỉ xét quy tắc "DP.PHO.TRAN"
      Khi kiểm tra tuân thủ
      Thì phát hiện "DP.PHO.TRAN" tại "so_ngoai_vu" ghi "3 cấp phó / tối đa 2 theo Quyết định 1345/QĐ-UBND"

    Khung kịch bản: DP.PHO.TRAN: sở sắp xếp năm 2023, kiểm tra ngày <ngày>: thời hạn 05 năm chỉ có từ NĐ 45/2025
      Biết tỉnh "Thành phố Cần Thơ" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã          | tên                    | loại      | trực thuộc | biên chế | cấp phó | quyết định sắp xếp    | ngày sắp xếp |
        | ubnd        | UBND thành phố Cần Thơ | ubnd_tinh |            |          |         |                       |              |
        | so_ngoai_vu | Sở Ngoại vụ            | so        | ubnd       | 30       | 3       | Quyết định 50/QĐ-UBND | 01/03/2023   |
      Và quyết định "Quyết định 1345/QĐ-UBND" phân bổ trần cấp phó:
        | mã          | trần |
        | so_ngoai_vu | 2    |
      Và chỉ xét quy tắc "DP.PHO.TRAN"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc     | đơn vị      | mức độ   |
        | DP.PHO.TRAN | so_ngoai_vu | <mức độ> |

      Dữ liệu:
        | ngày       | mức độ      |
        | 08/09/2023 | lỗi         |
        | 28/02/2025 | lỗi         |
        | 01/03/2025 | chuyển tiếp |
        | 28/02/2028 | chuyển tiếp |
        | 01/03/2028 | lỗi         |

  Quy tắc: DP.PHO.PHAN_BO — Tỉnh phân bổ trần cấp phó vượt tổng số bình quân
    Tổng các trần tỉnh phân bổ cho các sở không vượt bình quân 03 mỗi sở (cộng phần tăng thêm theo quy định).

    Khung kịch bản: DP.PHO.PHAN_BO: trần <trần A> và <trần B> cho hai sở, <phân loại>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày 08/09/2023
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
        | loại I    | 4      | 2      | không có |
        | loại I    | 4      | 3      | có       |
        | đặc biệt  | 8      | 8      | không có |
        | đặc biệt  | 9      | 8      | có       |

    Khung kịch bản: DP.PHO.PHAN_BO: sở hợp nhất từ 2 tỉnh, trần 5 và 3, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó | hợp nhất từ số tỉnh |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |                     |
        | so_a | Sở Nội vụ  | so        | ubnd       | 40       | 2       | 2                   |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | 2       | 1                   |
      Và quyết định "Quyết định 9/QĐ-UBND" phân bổ trần cấp phó:
        | mã   | trần |
        | so_a | 4    |
        | so_b | 3    |
      Và chỉ xét các quy tắc "DP.PHO.PHAN_BO, DP.PHO.PHAN_BO_370"
      Khi kiểm tra tuân thủ
      Thì có đúng <số> phát hiện
      Và <trước 2026> phát hiện "DP.PHO.PHAN_BO" tại "ubnd"

      Dữ liệu:
        | ngày       | số | trước 2026 |
        | 31/12/2025 | 1  | có         |
        | 01/01/2026 | 0  | không có   |

  Quy tắc: DP.PHO.PHAN_BO_370 — Tỉnh phân bổ trần cấp phó vượt tổng số bình quân (kể cả phần tăng thêm cho sở hợp nhất)
    Từ 01/01/2026: bình quân 03 mỗi sở cộng phần tăng thêm cho sở hợp nhất (NĐ 370/2025, (*)).

    Khung kịch bản: DP.PHO.PHAN_BO_370: sở A hợp nhất từ 2 tỉnh, trần <trần A> và 3, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên        | loại      | trực thuộc | biên chế | cấp phó | hợp nhất từ số tỉnh |
        | ubnd | UBND tỉnh  | ubnd_tinh |            |          |         |                     |
        | so_a | Sở Nội vụ  | so        | ubnd       | 40       | 2       | 2                   |
        | so_b | Sở Tư pháp | so        | ubnd       | 40       | 2       | 1                   |
      Và quyết định "Quyết định 9/QĐ-UBND" phân bổ trần cấp phó:
        | mã   | trần     |
        | so_a | <trần A> |
        | so_b | 3        |
      Và chỉ xét quy tắc "DP.PHO.PHAN_BO_370"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "DP.PHO.PHAN_BO_370" tại "ubnd"

      Dữ liệu:
        | ngày       | trần A | kết quả  |
        | 31/12/2025 | 5      | không có |
        | 01/01/2026 | 4      | không có |
        | 01/01/2026 | 5      | có       |

  Quy tắc: Chuyển tiếp 5 năm cho sở hợp nhất có Phó Giám đốc vượt mức
    Sở hợp nhất theo quyết định ngày 01/07/2025 được giữ số Phó Giám đốc vượt mức trong 05 năm: phát hiện là
    «chuyển tiếp» kèm hạn «trước ngày 01/07/2030»; đúng ngày 01/07/2030 và sau đó là «lỗi».

    Khung kịch bản: Sở hợp nhất kiểm tra ngày <ngày>
      Biết tỉnh "Thành phố Cần Thơ" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên                          | loại      | trực thuộc | biên chế | cấp phó | hợp nhất từ số tỉnh | quyết định sắp xếp    | ngày sắp xếp |
        | ubnd | UBND thành phố Cần Thơ       | ubnd_tinh |            |          |         |                     |                       |              |
        | so_a | Sở Nông nghiệp và Môi trường | so        | ubnd       | 120      | 9       | 3                   | Quyết định 12/QĐ-UBND | 01/07/2025   |
        | so_b | Sở Tư pháp                   | so        | ubnd       | 40       | 3       |                     |                       |              |
      Và chỉ xét quy tắc "ND370.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc            | đơn vị | mức độ   |
        | ND370.PHO.GIAM_DOC | ubnd   | <mức độ> |
      Và phát hiện "ND370.PHO.GIAM_DOC" tại "ubnd" ghi "<ghi>"

      Dữ liệu:
        | ngày       | mức độ      | ghi                                              |
        | 01/02/2026 | chuyển tiếp | phải bảo đảm đúng quy định trước ngày 01/07/2030 |
        | 30/06/2030 | chuyển tiếp | phải bảo đảm đúng quy định trước ngày 01/07/2030 |
        | 01/07/2030 | lỗi         | đã hết thời hạn chuyển tiếp ngày 01/07/2030      |
        | 02/07/2030 | lỗi         | đã hết thời hạn chuyển tiếp ngày 01/07/2030      |
        | 01/01/2031 | lỗi         | đã hết thời hạn chuyển tiếp ngày 01/07/2030      |
