# language: vi
# Quy tắc «trung tâm thuộc sở có ít nhất 20 người làm việc», viết theo docs/viet-rule-authoring.md (issue 17).
Tính năng: Quy định của tỉnh — trung tâm thuộc sở có ít nhất 20 người làm việc

  @TINH.TT.NGUOI_LAM_VIEC
  Quy tắc: TINH.TT.NGUOI_LAM_VIEC — Trung tâm thuộc sở dưới 20 người làm việc

    Bối cảnh:
      Biết quy tắc thuộc nhóm "tiêu chí"
      Và quy tắc xét từng "đơn vị"
      Và áp dụng khi "loại đơn vị" là "đơn vị sự nghiệp công lập"
      Và áp dụng khi "loại đơn vị cấp trên" là "sở, cơ quan ngang sở"
      Và áp dụng khi "tên đơn vị" bắt đầu bằng "Trung tâm"
      Và có hiệu lực từ ngày 01/01/2026
      Và vi phạm khi "người làm việc" nhỏ hơn "20"
      Và mức độ "cảnh báo"
      Và căn cứ văn bản "Quyết định của UBND tỉnh về tiêu chí thành lập trung tâm (ví dụ)"
      Và thông báo "{tên đơn vị}: {giá trị} người làm việc, tối thiểu {mức}"
      Và lý do "Trung tâm thuộc sở phải có ít nhất 20 người làm việc."

    Khung kịch bản: TINH.TT.NGUOI_LAM_VIEC: «<tên>» thuộc <cấp trên>, <người> người, ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày <ngày>
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | biên chế | người làm việc | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh |            |          |                |         |
        | so   | Sở Y tế   | so        | ubnd       | 40       |                | 3       |
        | dv   | <tên>     | dvsncl    | <cấp trên> |          | <người>        | 1       |
      Và chỉ xét quy tắc "TINH.TT.NGUOI_LAM_VIEC"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "TINH.TT.NGUOI_LAM_VIEC" tại "dv"

      Dữ liệu:
        | tên                   | cấp trên | người | ngày       | kết quả                |
        | Trung tâm Kiểm nghiệm | so       | 19    | 01/01/2026 | có                     |
        | Trung tâm Kiểm nghiệm | so       | 20    | 01/01/2026 | không có               |
        | trung tam kiem nghiem | so       | 19    | 01/01/2026 | có                     |
        | Trung tâm Kiểm nghiệm | so       | 19    | 31/12/2025 | không có               |
        | Trạm Kiểm dịch        | so       | 5     | 01/01/2026 | không xét nên không có |
        | Trung tâm Kiểm nghiệm | ubnd     | 5     | 01/01/2026 | không xét nên không có |

    Kịch bản: TINH.TT.NGUOI_LAM_VIEC: phát hiện ghi tên và mức
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên                   | loại      | trực thuộc | biên chế | người làm việc | cấp phó |
        | ubnd | UBND tỉnh             | ubnd_tinh |            |          |                |         |
        | so   | Sở Y tế               | so        | ubnd       | 40       |                | 3       |
        | dv   | Trung tâm Kiểm nghiệm | dvsncl    | so         |          | 12             | 1       |
      Và chỉ xét quy tắc "TINH.TT.NGUOI_LAM_VIEC"
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                | đơn vị | mức độ    |
        | TINH.TT.NGUOI_LAM_VIEC | dv     | cảnh báo  |
      Và phát hiện "TINH.TT.NGUOI_LAM_VIEC" tại "dv" ghi "Trung tâm Kiểm nghiệm: 12 người làm việc, tối thiểu 20"
