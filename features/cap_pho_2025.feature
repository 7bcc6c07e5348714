# language: vi
Tính năng: Cấp phó 2025–2026 sát từng ngưỡng (NĐ 150/2025 Điều 6 như ban hành, NĐ 370/2025)
  Mỗi dòng bảng mức của các quy tắc cấp phó mới được thử ở sát mép: một trường hợp đúng bằng mức và
  một trường hợp vượt mức một người; đơn vị vượt mức nhiều người vẫn chỉ có một phát hiện
  (theo đúng một dòng bảng mức); thời hạn chuyển tiếp 05 năm được thử ngày cuối còn chuyển tiếp
  và ngày hết hạn. Mức lấy từ rules/nd150-2025-cap-pho.yaml và rules/nd370-2025.yaml.

  Quy tắc: Phòng thuộc sở, Văn phòng sở, phòng thuộc chi cục — dưới 10 → 1; 10–14 → 2; từ 15 → 3
    NĐ 150/2025 Điều 6 khoản 2, 3, 5 (16/06/2025 – 31/12/2025) và các quy tắc NĐ 370/2025 từ 01/01/2026.

    Khung kịch bản: <mã>: <loại> có <biên chế> biên chế, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại      | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh       | ubnd_tinh |            |            |           |
        | so   | Sở Nội vụ       | so        | ubnd       | 90         | 3         |
        | cc   | Chi cục Văn thư | chi_cuc   | so         | 40         | 1         |
        | u    | Đơn vị thử      | <loại>    | <cấp trên> | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "<mã>" tại "u"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | mã                      | loại                | cấp trên | ngày       | biên chế | cấp phó | kết quả  | số |
        | ND150.PHO.PHONG         | phong_thuoc_so      | so       | 16/06/2025 | 14       | 2       | không có | 0  |
        | ND150.PHO.PHONG         | phong_thuoc_so      | so       | 16/06/2025 | 14       | 3       | có       | 1  |
        | ND150.PHO.PHONG         | phong_thuoc_so      | so       | 16/06/2025 | 14       | 4       | có       | 1  |
        | ND150.PHO.PHONG         | phong_thuoc_so      | so       | 16/06/2025 | 15       | 3       | không có | 0  |
        | ND150.PHO.PHONG         | phong_thuoc_so      | so       | 16/06/2025 | 15       | 4       | có       | 1  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 9        | 1       | không có | 0  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 9        | 2       | có       | 1  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 9        | 3       | có       | 1  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 10       | 2       | không có | 0  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 10       | 3       | có       | 1  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 14       | 2       | không có | 0  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 14       | 3       | có       | 1  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 14       | 4       | có       | 1  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 15       | 3       | không có | 0  |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 16/06/2025 | 15       | 4       | có       | 1  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 9        | 1       | không có | 0  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 9        | 2       | có       | 1  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 9        | 3       | có       | 1  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 10       | 2       | không có | 0  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 10       | 3       | có       | 1  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 14       | 2       | không có | 0  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 14       | 3       | có       | 1  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 14       | 4       | có       | 1  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 15       | 3       | không có | 0  |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 16/06/2025 | 15       | 4       | có       | 1  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 9        | 1       | không có | 0  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 9        | 2       | có       | 1  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 9        | 3       | có       | 1  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 10       | 2       | không có | 0  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 10       | 3       | có       | 1  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 14       | 2       | không có | 0  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 14       | 3       | có       | 1  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 14       | 4       | có       | 1  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 15       | 3       | không có | 0  |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026 | 15       | 4       | có       | 1  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 9        | 1       | không có | 0  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 9        | 2       | có       | 1  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 9        | 3       | có       | 1  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 10       | 2       | không có | 0  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 10       | 3       | có       | 1  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 14       | 2       | không có | 0  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 14       | 3       | có       | 1  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 14       | 4       | có       | 1  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 15       | 3       | không có | 0  |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026 | 15       | 4       | có       | 1  |

    Khung kịch bản: <mã>: <loại> có <phó> phó, sắp xếp ngày <ngày sắp xếp>, kiểm tra ngày <ngày>
      Thời hạn 05 năm kể từ quyết định sắp xếp: ngày tròn 05 năm là ngày phải đúng quy định (đã là lỗi).
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên             | loại      | trực thuộc | biên chế | cấp phó | quyết định sắp xếp   | ngày sắp xếp   |
        | ubnd | UBND tỉnh       | ubnd_tinh |            |          |         |                      |                |
        | so   | Sở Nội vụ       | so        | ubnd       | 90       | 3       |                      |                |
        | cc   | Chi cục Văn thư | chi_cuc   | so         | 40       | 1       |                      |                |
        | u    | Đơn vị thử      | <loại>    | <cấp trên> | 9        | <phó>   | Quyết định 7/QĐ-UBND | <ngày sắp xếp> |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc | đơn vị | mức độ   |
        | <mã>    | u      | <mức độ> |

      Dữ liệu:
        | mã                      | loại                | cấp trên | ngày sắp xếp | ngày       | mức độ      | phó |
        | ND150.PHO.PHONG         | phong_thuoc_so      | so       | 01/01/2021   | 31/12/2025 | chuyển tiếp | 2   |
        | ND150.PHO.PHONG         | phong_thuoc_so      | so       | 31/12/2020   | 31/12/2025 | lỗi         | 2   |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2021   | 31/12/2025 | chuyển tiếp | 2   |
        | ND150.PHO.VAN_PHONG     | van_phong_so        | so       | 31/12/2020   | 31/12/2025 | lỗi         | 2   |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2021   | 31/12/2025 | chuyển tiếp | 2   |
        | ND150.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 31/12/2020   | 31/12/2025 | lỗi         | 2   |
        | ND150.PHO.CHI_CUC       | chi_cuc             | so       | 01/01/2021   | 31/12/2025 | chuyển tiếp | 3   |
        | ND150.PHO.CHI_CUC       | chi_cuc             | so       | 31/12/2020   | 31/12/2025 | lỗi         | 3   |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026   | 31/12/2030 | chuyển tiếp | 2   |
        | ND370.PHO.VAN_PHONG     | van_phong_so        | so       | 01/01/2026   | 01/01/2031 | lỗi         | 2   |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026   | 31/12/2030 | chuyển tiếp | 2   |
        | ND370.PHO.PHONG_CHI_CUC | phong_thuoc_chi_cuc | cc       | 01/01/2026   | 01/01/2031 | lỗi         | 2   |

  Quy tắc: Phó Chi cục trưởng — 1–3 phòng → 1; không có phòng hoặc từ 4 phòng → 2
    NĐ 150/2025 Điều 6 khoản 4 như ban hành (16/06/2025 – 31/12/2025).

    Khung kịch bản: ND150.PHO.CHI_CUC: chi cục 3 phòng, <cấp phó> phó, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên             | loại                | trực thuộc | biên chế | cấp phó   |
        | ubnd | UBND tỉnh       | ubnd_tinh           |            |          |           |
        | so   | Sở Nội vụ       | so                  | ubnd       | 90       | 3         |
        | cc   | Chi cục Văn thư | chi_cuc             | so         | 40       | <cấp phó> |
        | p1   | Phòng Một       | phong_thuoc_chi_cuc | cc         | 6        | 1         |
        | p2   | Phòng Hai       | phong_thuoc_chi_cuc | cc         | 6        | 1         |
        | p3   | Phòng Ba        | phong_thuoc_chi_cuc | cc         | 6        | 1         |
      Và chỉ xét quy tắc "ND150.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.PHO.CHI_CUC" tại "cc"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | cấp phó | kết quả  | số |
        | 1       | không có | 0  |
        | 2       | có       | 1  |
        | 3       | có       | 1  |

    Khung kịch bản: ND150.PHO.CHI_CUC: chi cục 4 phòng, <cấp phó> phó, ngày 16/06/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 16/06/2025
      Và cơ cấu tổ chức:
        | mã   | tên             | loại                | trực thuộc | biên chế | cấp phó   |
        | ubnd | UBND tỉnh       | ubnd_tinh           |            |          |           |
        | so   | Sở Nội vụ       | so                  | ubnd       | 90       | 3         |
        | cc   | Chi cục Văn thư | chi_cuc             | so         | 40       | <cấp phó> |
        | p1   | Phòng Một       | phong_thuoc_chi_cuc | cc         | 6        | 1         |
        | p2   | Phòng Hai       | phong_thuoc_chi_cuc | cc         | 6        | 1         |
        | p3   | Phòng Ba        | phong_thuoc_chi_cuc | cc         | 6        | 1         |
        | p4   | Phòng Bốn       | phong_thuoc_chi_cuc | cc         | 6        | 1         |
      Và chỉ xét quy tắc "ND150.PHO.CHI_CUC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND150.PHO.CHI_CUC" tại "cc"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | cấp phó | kết quả  | số |
        | 2       | không có | 0  |
        | 3       | có       | 1  |

  Quy tắc: Tổng số Phó Giám đốc sở của 10 sở — bình quân 03 (Hà Nội, TP.HCM thêm 10)
    Với 10 sở, mức là 30 (40 ở Hà Nội, TP.HCM): 30 phó đạt, 31 phó vượt. NĐ 150/2025 như ban hành
    đến 31/12/2025; NĐ 370/2025 từ 01/01/2026 (không sở nào hợp nhất nên không có mức tăng thêm).

    Khung kịch bản: <mã>: 10 sở, <phó A> + 9 × 3 phó, <phân loại>, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "<phân loại>" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã    | tên                | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd  | UBND tỉnh          | ubnd_tinh |            |          |         |
        | so_1  | Sở Nội vụ          | so        | ubnd       | 40       | <phó A> |
        | so_2  | Sở Tài chính       | so        | ubnd       | 40       | 3       |
        | so_3  | Sở Tư pháp         | so        | ubnd       | 40       | 3       |
        | so_4  | Sở Xây dựng        | so        | ubnd       | 40       | 3       |
        | so_5  | Sở Y tế            | so        | ubnd       | 40       | 3       |
        | so_6  | Sở Công Thương     | so        | ubnd       | 40       | 3       |
        | so_7  | Sở Văn hóa         | so        | ubnd       | 40       | 3       |
        | so_8  | Sở Giáo dục        | so        | ubnd       | 40       | 3       |
        | so_9  | Sở Khoa học        | so        | ubnd       | 40       | 3       |
        | so_10 | Sở Nông nghiệp     | so        | ubnd       | 40       | 3       |
      Và chỉ xét quy tắc "<mã>"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "<mã>" tại "ubnd"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | mã                 | ngày       | phân loại | phó A | kết quả  | số |
        | ND150.PHO.GIAM_DOC | 16/06/2025 | loại I    | 3     | không có | 0  |
        | ND150.PHO.GIAM_DOC | 16/06/2025 | loại I    | 4     | có       | 1  |
        | ND150.PHO.GIAM_DOC | 16/06/2025 | đặc biệt  | 13    | không có | 0  |
        | ND150.PHO.GIAM_DOC | 16/06/2025 | đặc biệt  | 14    | có       | 1  |
        | ND370.PHO.GIAM_DOC | 01/01/2026 | loại I    | 3     | không có | 0  |
        | ND370.PHO.GIAM_DOC | 01/01/2026 | loại I    | 4     | có       | 1  |
        | ND370.PHO.GIAM_DOC | 01/01/2026 | loại II   | 3     | không có | 0  |
        | ND370.PHO.GIAM_DOC | 01/01/2026 | loại II   | 4     | có       | 1  |
        | ND370.PHO.GIAM_DOC | 01/01/2026 | đặc biệt  | 13    | không có | 0  |
        | ND370.PHO.GIAM_DOC | 01/01/2026 | đặc biệt  | 14    | có       | 1  |

    Khung kịch bản: ND150.PHO.GIAM_DOC: sở hợp nhất có 4 phó, sắp xếp ngày <ngày sắp xếp>, kiểm tra ngày 31/12/2025
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 31/12/2025
      Và cơ cấu tổ chức:
        | mã   | tên          | loại      | trực thuộc | biên chế | cấp phó | quyết định sắp xếp   | ngày sắp xếp   |
        | ubnd | UBND tỉnh    | ubnd_tinh |            |          |         |                      |                |
        | so_a | Sở Tài chính | so        | ubnd       | 90       | 4       | Quyết định 7/QĐ-UBND | <ngày sắp xếp> |
        | so_b | Sở Tư pháp   | so        | ubnd       | 40       | 3       |                      |                |
      Và chỉ xét quy tắc "ND150.PHO.GIAM_DOC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc            | đơn vị | mức độ   |
        | ND150.PHO.GIAM_DOC | ubnd   | <mức độ> |

      Dữ liệu:
        | ngày sắp xếp | mức độ      |
        | 01/01/2021   | chuyển tiếp |
        | 31/12/2020   | lỗi         |

  Quy tắc: Chữ có dấu gõ dạng tổ hợp (NFD) hay dựng sẵn (NFC) cho cùng kết quả về cấp phó 2026
    Dòng NFD trông giống hệt dòng NFC nhưng mọi chữ có dấu được gõ dạng tổ hợp, kể cả mã đơn vị,
    tên cột "cấp phó", nhãn phân loại và mức độ "lỗi".

    Khung kịch bản: ND370.PHO.VAN_PHONG: văn phòng sở 9 biên chế, 2 phó, gõ dạng <dạng>
      Biết tỉnh "<tỉnh>" phân loại "<phân loại>" tại ngày 01/01/2026
      Và cơ cấu tổ chức:
        | mã             | tên            | loại         | trực thuộc | biên chế | <cột cấp phó> |
        | ubnd           | UBND tỉnh      | ubnd_tinh    |            |          |               |
        | so             | <tên sở>       | so           | ubnd       | 40       | 3             |
        | <mã văn phòng> | <tên văn phòng> | van_phong_so | so         | 9        | 2             |
      Và chỉ xét quy tắc "ND370.PHO.VAN_PHONG"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc             | đơn vị       | mức độ   |
        | ND370.PHO.VAN_PHONG | văn_phòng_sở | <mức độ> |

      Dữ liệu:
        | dạng | tỉnh          | phân loại | cột cấp phó | tên sở         | mã văn phòng     | tên văn phòng    | mức độ |
        | NFC  | Tỉnh Hòa An   | loại I    | cấp phó     | Sở Nội vụ      | văn_phòng_sở     | Văn phòng Sở     | lỗi    |
        | NFD  | Tỉnh Hòa An | loại I   | cấp phó  | Sở Nội vụ | văn_phòng_sở | Văn phòng Sở | lỗi  |
