# language: vi
Tính năng: Thử

  @THU.PHO
  Quy tắc: THU.PHO — Thử
    Bối cảnh:
      Biết quy tắc thuộc nhóm "cấp trưởng"
      Và quy tắc xét từng "đơn vị"
      Và áp dụng khi "loại đơn vị" là "phong_thuoc_so"
      Và có hiệu lực từ ngày 01/01/2020
      Và vi phạm khi "cấp phó" lớn hơn mức trong bảng:
        | biên chế      | mức |
        | dưới 10       | 1   |
        | từ 10 trở lên | 2   |
      Và mức độ "lỗi"
      Và căn cứ văn bản "Văn bản thử"
      Và thông báo "{giá trị}/{mức}"
      Và lý do "Vì"
