# language: vi
# Quy tắc «cấp phó không quá 50% số người», viết theo docs/viet-rule-authoring.md (issue 17).
Tính năng: Quy định của tỉnh — cấp phó không quá 50% số người của sở và phòng thuộc sở

  @TINH.PHO.TY_LE
  Quy tắc: TINH.PHO.TY_LE — Cấp phó vượt 50% số người của đơn vị

    Bối cảnh:
      Biết quy tắc thuộc nhóm "cấp phó"
      Và quy tắc xét từng "đơn vị"
      Và áp dụng khi "loại đơn vị" là "sở, cơ quan ngang sở, phòng thuộc sở"
      Và có hiệu lực từ ngày 01/01/2026
      Và vi phạm khi "cấp phó" lớn hơn "50% số người"
      Và mức độ "định hướng"
      Và căn cứ văn bản "Kết luận 187-KL/TW ngày 29/08/2025"
      Và thông báo "{giá trị} cấp phó / {số người} người: vượt 50% ({mức})"
      Và lý do "Số cấp phó không vượt quá 50% số biên chế được giao của đơn vị."

    Khung kịch bản: TINH.PHO.TY_LE: <loại> <người> người, <phó> phó
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh |            | 4        | 3       |
        | so   | Sở Nội vụ | so        | ubnd       | 40       | 3       |
        | u    | Đơn vị    | <loại>    | so         | <người>  | <phó>   |
      Và chỉ xét quy tắc "TINH.PHO.TY_LE"
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "TINH.PHO.TY_LE" tại "u"
      Và quy tắc "TINH.PHO.TY_LE" không xét "ubnd"

      Dữ liệu:
        | loại           | người | phó | kết quả                |
        | phong_thuoc_so | 6     | 3   | không có               |
        | phong_thuoc_so | 5     | 3   | có                     |
        | phong_thuoc_so | 4     | 2   | không có               |
        | chi_cuc        | 4     | 3   | không xét nên không có |
