# language: vi
Tính năng: Hai quy tắc YAML viết lại bằng Gherkin (chỉ dùng trong tests/test_gherkin_rules.py)
  Không nằm trong features/quy_tac/: các mã này đã có trong rules/*.yaml. Bài kiểm tra biên dịch tệp này
  vào một danh mục riêng thay cho bản YAML cùng mã và so sánh phát hiện trên tệp Cần Thơ.

  @ND107.PHO.PHONG
  Quy tắc: ND107.PHO.PHONG — Phó Trưởng phòng thuộc sở vượt số lượng tối đa
    Bối cảnh:
      Biết quy tắc thuộc nhóm "cấp phó"
      Và quy tắc xét từng "đơn vị"
      Và tên tiếng Anh "Too many deputy heads in a division of a department"
      Và áp dụng khi "loại đơn vị" là "phong_thuoc_so"
      Và có hiệu lực từ ngày 25/11/2020 đến hết ngày 28/02/2025
      Và vi phạm khi "cấp phó" lớn hơn mức trong bảng:
        | phân loại tỉnh | biên chế       | mức |
        | đặc biệt       | dưới 10        | 1   |
        | đặc biệt       | từ 10 đến 14   | 2   |
        | loại I         | < 9            | 1   |
        | loại I         | 9..14          | 2   |
        | loại II        | dưới 8         | 1   |
        | loại II        | 8–14           | 2   |
        | *              | từ 15 trở lên  | 3   |
      Và mức độ "lỗi"
      Và căn cứ văn bản "Nghị định 24/2014/NĐ-CP (sửa đổi bởi Nghị định 107/2020/NĐ-CP)" điều "Điều 6"
      Và nguồn đã đọc "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-dinh-107-2020-ND-CP-sua-doi-Nghi-dinh-24-2014-ND-CP-to-chuc-co-quan-chuyen-mon-451108.aspx"
      Và thông báo "{giá trị} phó trưởng phòng / tối đa {mức} ({trường hợp})"
      Và thông báo tiếng Anh "{value} deputy heads / at most {limit} ({band})"
      Và gợi ý "Giảm số Phó Trưởng phòng khi bổ nhiệm lại hoặc điều động."
      Và gợi ý tiếng Anh "Reduce deputies at reappointment or transfer."
      Và lý do "Số Phó Trưởng phòng thuộc sở theo số biên chế của phòng và phân loại tỉnh: 1 phó dưới ngưỡng, tối đa 2 phó đến 14 biên chế, tối đa 3 phó từ 15 biên chế."
      Và lý do tiếng Anh "Deputy heads depend on the division's staff and the province class: 1 below the threshold, up to 2 to 14 staff, up to 3 from 15."

  @CT.KHONG_CO
  Quy tắc: CT.KHONG_CO — Nhiệm vụ không có cơ quan chủ trì
    Bối cảnh:
      Biết quy tắc thuộc nhóm "chủ trì"
      Và quy tắc xét từng "nhiệm vụ"
      Và tên tiếng Anh "Task without a lead agency"
      Và có hiệu lực từ ngày 25/10/2017
      Và vi phạm khi "số cơ quan chủ trì" bằng "0"
      Và mức độ "lỗi"
      Và căn cứ văn bản "Nghị quyết 18-NQ/TW ngày 25/10/2017" khoản "một việc chỉ giao cho một cơ quan chủ trì và chịu trách nhiệm chính"
      Và căn cứ văn bản "Kế hoạch 194/KH-UBND ngày 08/09/2023 của UBND TP Cần Thơ" khoản "nhiệm vụ 3" của tỉnh "Thành phố Cần Thơ" từ ngày 08/09/2023
      Và chưa xác minh vì "Nguyên tắc, không phải định mức số; vị trí điều khoản chưa đối chiếu văn bản gốc."
      Và thông báo "không có cơ quan chủ trì"
      Và thông báo tiếng Anh "no lead agency"
      Và gợi ý "Giao cho đúng một cơ quan chủ trì."
      Và gợi ý tiếng Anh "Assign exactly one lead agency."
      Và lý do "Mỗi nhiệm vụ phải có một cơ quan chủ trì chịu trách nhiệm chính."
      Và lý do tiếng Anh "Every task needs one lead agency that is accountable."
