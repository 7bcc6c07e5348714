# language: vi
Tính năng: Quy tắc nháp của Sở Nội vụ — phòng thuộc sở có quá 3 cấp phó

  @NHAP.PHO.PHONG
  Quy tắc: NHAP.PHO.PHONG — Phòng thuộc sở có quá 3 cấp phó

    Bối cảnh:
      Biết quy tắc thuộc nhóm "cấp phó"
      Và quy tắc xét từng "đơn vị"
      Và áp dụng khi "loại đơn vị" là "phong_thuoc_so"
      Và có hiệu lực từ ngày 01/01/2020
      Và vi phạm khi "cấp phó" lớn hơn "3"
      Và mức độ "cảnh báo"
      Và căn cứ văn bản "Nghị định 107/2020/NĐ-CP" điều "Điều 1" khoản "khoản 3"
      Và thông báo "{giá trị} cấp phó / tối đa {mức} (quy tắc nháp)"
      Và lý do "Thử nghiệm trên bàn làm việc: phòng thuộc sở không quá 3 cấp phó."

    Khung kịch bản: NHAP.PHO.PHONG: phòng có <cấp phó> cấp phó
      Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 01/02/2024
      Và cơ cấu tổ chức:
        | mã   | tên           | loại           | trực thuộc | biên chế | cấp phó   |
        | ubnd | UBND tỉnh     | ubnd_tinh      |            |          |           |
        | so   | Sở Nội vụ     | so             | ubnd       | 40       | 3         |
        | p    | Phòng Tổ chức | phong_thuoc_so | so         | 20       | <cấp phó> |
      Và chỉ xét quy tắc "NHAP.PHO.PHONG"
      Khi kiểm tra tuân thủ
      Thì có đúng <số> phát hiện

      Dữ liệu:
        | cấp phó | số |
        | 3       | 0  |
        | 4       | 1  |
