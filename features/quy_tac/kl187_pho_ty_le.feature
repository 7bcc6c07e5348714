# language: vi
Tính năng: Kết luận 187-KL/TW — tỷ lệ cấp phó trên số người của đơn vị
  Quy tắc viết bằng Gherkin: khối «Quy tắc» dưới đây vừa là quy tắc mà `orgcheck check` áp dụng,
  vừa là đặc tả của nó (các kịch bản chạy bằng `orgcheck rules test` và pytest).
  Cách viết: docs/viet-rule-authoring.md.

  @KL187.PHO.TY_LE
  Quy tắc: KL187.PHO.TY_LE — Cấp phó vượt 50% số người của đơn vị (định hướng)
    Định hướng của Bộ Chính trị từ 29/08/2025, báo cáo ở mức «định hướng», không phải vi phạm pháp luật.

    Bối cảnh:
      Biết quy tắc thuộc nhóm "cấp phó"
      Và quy tắc xét từng "đơn vị"
      Và tên tiếng Anh "Deputies above 50% of the unit's staff (guidance)"
      Và áp dụng khi "loại đơn vị" là "so, van_phong_so, thanh_tra_so, phong_thuoc_so, chi_cuc, phong_thuoc_chi_cuc, phong_thuoc_huyen, phong_thuoc_xa, trung_tam_hcc_xa"
      Và có hiệu lực từ ngày 29/08/2025
      Và vi phạm khi "cấp phó" lớn hơn "50% số người"
      Và mức độ "định hướng"
      Và căn cứ văn bản "Kết luận 187-KL/TW ngày 29/08/2025"
      Và nguồn đã đọc "https://baonghean.vn/en/bo-chinh-tri-ban-bi-thu-dinh-huong-ve-so-luong-cap-pho-cua-co-quan-to-chuc-trong-he-thong-chinh-tri-10306107.html"
      Và ghi chú độ tin cậy "Định hướng của Đảng, báo cáo ở mức «định hướng», không phải vi phạm pháp luật; phải giảm dần đến hết năm 2030. Không áp dụng cho đơn vị sự nghiệp công lập (Kết luận không nêu); mẫu số là biên chế công chức của đơn vị (biên chế được giao)."
      Và thông báo "{giá trị} cấp phó / {số người} người: vượt 50% ({mức})"
      Và thông báo tiếng Anh "{value} deputies / {staff} staff: above 50% ({limit})"
      Và gợi ý "Giảm dần số cấp phó, bảo đảm đúng định hướng chậm nhất hết năm 2030."
      Và gợi ý tiếng Anh "Reduce deputies gradually, by the end of 2030 at the latest."
      Và lý do "Về nguyên tắc, số cấp phó không vượt quá 50% số biên chế được giao của đơn vị."
      Và lý do tiếng Anh "In principle deputies may not exceed 50% of the unit's staff."

    Khung kịch bản: KL187.PHO.TY_LE: phòng <biên chế> biên chế, <cấp phó> phó, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế   | cấp phó   |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |            |           |
        | so   | Sở Nội vụ     | so             | ubnd       | 40         | 3         |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | <biên chế> | <cấp phó> |
      Và chỉ xét quy tắc "KL187.PHO.TY_LE"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "KL187.PHO.TY_LE" tại "p"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | ngày       | biên chế | cấp phó | kết quả  | số |
        | 28/08/2025 | 5        | 3       | không có | 0  |
        | 29/08/2025 | 5        | 3       | có       | 1  |
        | 29/08/2025 | 6        | 3       | không có | 0  |
        | 01/02/2026 | 4        | 2       | không có | 0  |
        | 01/02/2026 | 4        | 3       | có       | 1  |

    Kịch bản: KL187.PHO.TY_LE: mức độ là định hướng
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/09/2025
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | 5        | 3       |
      Và chỉ xét quy tắc "KL187.PHO.TY_LE"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc         | đơn vị | mức độ     |
        | KL187.PHO.TY_LE | p      | định hướng |
      Và phát hiện "KL187.PHO.TY_LE" tại "p" ghi "3 cấp phó / 5 người: vượt 50% (2,5)"

    Kịch bản: KL187.PHO.TY_LE: UBND tỉnh không thuộc phạm vi, dù có 3 phó trên 4 người
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh |            | 4        | 3       |
        | so   | Sở Nội vụ | so        | ubnd       | 6        | 3       |
      Khi kiểm tra tuân thủ
      Thì quy tắc "KL187.PHO.TY_LE" không xét "ubnd"
      Và không có phát hiện "KL187.PHO.TY_LE" tại "so"

    Kịch bản: KL187.PHO.TY_LE: phòng gõ dạng NFD
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |         |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3       |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | 4        | 3       |
      Khi kiểm tra tuân thủ
      Thì có phát hiện "KL187.PHO.TY_LE" tại "p"

    Khung kịch bản: KL187.PHO.TY_LE: <loại> 4 người, 3 phó
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã    | tên         | loại       | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd  | UBND tỉnh   | ubnd_tinh  |            |          |                |         |             |
        | so    | Sở Nội vụ   | so         | ubnd       | 40       |                | 3       |             |
        | cc    | Chi cục A   | chi_cuc    | so         | 20       |                | 1       |             |
        | dv    | Trung tâm A | dvsncl     | so         |          | 80             | 2       | 3           |
        | huyen | UBND huyện  | ubnd_huyen | ubnd       |          |                |         |             |
        | xa    | UBND xã     | ubnd_xa    | ubnd       |          |                |         |             |
        | u     | Đơn vị      | <loại>     | <cấp trên> | <bc>     | <nlv>          | 3       | <nhóm>      |
      Và chỉ xét quy tắc "KL187.PHO.TY_LE"
      Khi kiểm tra tuân thủ
      Thì có phát hiện "KL187.PHO.TY_LE" tại "u"

      Dữ liệu:
        | loại                | cấp trên | bc | nlv | nhóm |
        | so                  | ubnd     | 4  |     |      |
        | van_phong_so        | so       | 4  |     |      |
        | thanh_tra_so        | so       | 4  |     |      |
        | phong_thuoc_so      | so       | 4  |     |      |
        | chi_cuc             | so       | 4  |     |      |
        | phong_thuoc_chi_cuc | cc       | 4  |     |      |
        | phong_thuoc_huyen   | huyen    | 4  |     |      |
        | phong_thuoc_xa      | xa       | 4  |     |      |
        | trung_tam_hcc_xa    | xa       | 4  |     |      |

    Kịch bản: KL187.PHO.TY_LE: đơn vị sự nghiệp công lập không thuộc phạm vi
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên            | loại      | trực thuộc | biên chế | người làm việc | cấp phó | nhóm tự chủ |
        | ubnd | UBND tỉnh      | ubnd_tinh |            |          |                |         |             |
        | so   | Sở Y tế        | so        | ubnd       | 40       |                | 3       |             |
        | dv   | Trung tâm nhỏ  | dvsncl    | so         |          | 5              | 3       | 3           |
      Và chỉ xét quy tắc "KL187.PHO.TY_LE"
      Khi kiểm tra tuân thủ
      Thì quy tắc "KL187.PHO.TY_LE" không xét "dv"
