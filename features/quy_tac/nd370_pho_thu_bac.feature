# language: vi
Tính năng: Nghị định 370/2025/NĐ-CP — nguyên tắc thứ bậc về số cấp phó
  Quy tắc viết bằng Gherkin: khối «Quy tắc» dưới đây vừa là quy tắc mà `orgcheck check` áp dụng,
  vừa là đặc tả của nó. Cách viết: docs/viet-rule-authoring.md.

  @ND370.PHO.THU_BAC
  Quy tắc: ND370.PHO.THU_BAC — Đơn vị cấp dưới có nhiều cấp phó hơn cấp trên trực tiếp
    Số cấp phó của đơn vị cấp dưới không được nhiều hơn của đơn vị cấp trên trực tiếp. Phạm vi: sở và các tổ
    chức thuộc sở (NĐ 150/2025 sửa đổi); phòng của đơn vị sự nghiệp công lập không thuộc phạm vi (số cấp phó
    của đơn vị sự nghiệp do NĐ 120/2020 quy định, không có nguyên tắc này).

    Bối cảnh:
      Biết quy tắc thuộc nhóm "cấp phó"
      Và quy tắc xét từng "đơn vị"
      Và tên tiếng Anh "A unit has more deputies than its direct superior"
      Và áp dụng khi "loại đơn vị cấp trên" là "so, van_phong_so, thanh_tra_so, phong_thuoc_so, chi_cuc, phong_thuoc_chi_cuc"
      Và có hiệu lực từ ngày 01/01/2026
      Và vi phạm khi "cấp phó" lớn hơn "cấp phó của cấp trên"
      Và mức độ "lỗi"
      Và căn cứ văn bản "Nghị định 150/2025/NĐ-CP (sửa đổi bởi Nghị định 370/2025/NĐ-CP)" điều "2" khoản "khoản 2a"
      Và cấp phó vượt do sắp xếp được chuyển tiếp 5 năm theo văn bản "Nghị định 150/2025/NĐ-CP (sửa đổi bởi Nghị định 370/2025/NĐ-CP)" khoản "Điều 6, đoạn mở đầu: chậm nhất 05 năm kể từ ngày quyết định sắp xếp có hiệu lực"
      Và thông báo "{giá trị} cấp phó, nhiều hơn cấp trên trực tiếp ({mức})"
      Và thông báo tiếng Anh "{value} deputies, more than its direct superior ({limit})"
      Và lý do "Số cấp phó của đơn vị cấp dưới không được nhiều hơn số cấp phó của đơn vị cấp trên trực tiếp."
      Và lý do tiếng Anh "A subordinate unit may not have more deputies than its direct superior."
      Và chưa xác minh vì "Lời văn khoản 2a Điều 2 chỉ thấy qua báo chí (cafef 02/01/2026, plo 01/01/2026); cùng nguyên tắc có trong văn bản chính thức của NĐ 303/2025/NĐ-CP Điều 3 khoản 3 cho bộ, cơ quan ngang bộ."
      Và nguồn đã đọc "https://plo.vn/quy-dinh-moi-ve-so-luong-cap-pho-va-phong-chuyen-mon-cap-xa-tu-1-1-2026-post889543.html"

    Khung kịch bản: ND370.PHO.THU_BAC: sở <phó sở> phó, phòng <phó phòng> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó     |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |             |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | <phó sở>    |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | 20       | <phó phòng> |
      Và chỉ xét quy tắc "ND370.PHO.THU_BAC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "ND370.PHO.THU_BAC" tại "p"
      Và có đúng <số> phát hiện
      Và quy tắc "ND370.PHO.THU_BAC" không xét "so"

      Dữ liệu:
        | ngày       | phó sở | phó phòng | kết quả  | số |
        | 31/12/2025 | 1      | 2         | không có | 0  |
        | 01/01/2026 | 1      | 2         | có       | 1  |
        | 01/01/2026 | 2      | 2         | không có | 0  |
        | 01/02/2026 | 2      | 3         | có       | 1  |

    Kịch bản: ND370.PHO.THU_BAC: phát hiện ghi số cấp phó của cấp trên (gõ dạng NFD)
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 1       |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | 20       | 2       |
      Và chỉ xét quy tắc "ND370.PHO.THU_BAC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc           | đơn vị | mức độ |
        | ND370.PHO.THU_BAC | p      | lỗi    |
      Và phát hiện "ND370.PHO.THU_BAC" tại "p" ghi "2 cấp phó, nhiều hơn cấp trên trực tiếp (1)"

    Khung kịch bản: ND370.PHO.THU_BAC: <loại> có nhiều phó hơn <cấp trên>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên         | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh   | ubnd_tinh |            |          |                |         |             |
        | so   | Sở Nội vụ   | so        | ubnd       | 40       |                | 3       |             |
        | cc   | Chi cục A   | chi_cuc   | so         | 20       |                | 1       |             |
        | dv   | Trung tâm A | dvsncl    | so         |          | 80             | 1       | 3           |
        | u    | Đơn vị      | <loại>    | <cấp trên> | <bc>     | <nlv>          | 2       |             |
      Và chỉ xét quy tắc "ND370.PHO.THU_BAC"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "ND370.PHO.THU_BAC" tại "u"

      Dữ liệu:
        | loại                | cấp trên | bc | nlv |
        | phong_thuoc_chi_cuc | cc       | 10 |     |

    Kịch bản: ND370.PHO.THU_BAC: phòng của đơn vị sự nghiệp không thuộc phạm vi
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên              | loại               | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh        | ubnd_tinh          |            |          |                |         |             |
        | so   | Sở Y tế          | so                 | ubnd       | 40       |                | 3       |             |
        | dv   | Trung tâm Y tế   | dvsncl             | so         |          | 60             | 1       | 3           |
        | dv_p | Phòng Kế hoạch   | phong_thuoc_dvsncl | dv         |          | 12             | 2       | 3           |
      Và chỉ xét quy tắc "ND370.PHO.THU_BAC"
      Khi kiểm tra tuân thủ
      Thì quy tắc "ND370.PHO.THU_BAC" không xét "dv_p"
