# language: vi
# Quy tắc «cấp phó của sở sau hợp nhất được giữ 5 năm», viết theo docs/viet-rule-authoring.md (issue 17).
Tính năng: Quy định của tỉnh — sở không quá 3 phó, sở hợp nhất được chuyển tiếp 5 năm

  @TINH.PHO.SO_SAP_XEP
  Quy tắc: TINH.PHO.SO_SAP_XEP — Sở có quá 3 phó giám đốc

    Bối cảnh:
      Biết quy tắc thuộc nhóm "cấp phó"
      Và quy tắc xét từng "đơn vị"
      Và áp dụng khi "loại đơn vị" là "sở"
      Và có hiệu lực từ ngày 01/01/2026
      Và vi phạm khi "cấp phó" lớn hơn "3"
      Và mức độ "lỗi"
      Và căn cứ văn bản "Nghị định 150/2025/NĐ-CP (sửa đổi bởi Nghị định 370/2025/NĐ-CP)"
      Và cấp phó vượt do sắp xếp được chuyển tiếp 5 năm theo văn bản "Nghị định 370/2025/NĐ-CP"
      Và thông báo "{giá trị} phó giám đốc / tối đa {mức}"
      Và lý do "Sở có không quá 3 phó giám đốc; sở hình thành do sắp xếp được giữ số phó vượt trong 5 năm."

    Khung kịch bản: TINH.PHO.SO_SAP_XEP: sở <phó> phó, <sắp xếp>, kiểm tra ngày <ngày>
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên                          | loại      | trực thuộc | biên chế | cấp phó | quyết định sắp xếp | ngày sắp xếp |
        | ubnd | UBND tỉnh                    | ubnd_tinh |            |          |         |                    |              |
        | so   | Sở Nông nghiệp và Môi trường | so        | ubnd       | 60       | <phó>   | <quyết định>       | <ngày quyết định> |
      Và chỉ xét quy tắc "TINH.PHO.SO_SAP_XEP"
      Khi kiểm tra tuân thủ theo pháp luật ngày <ngày>
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc             | đơn vị | mức độ    |
        | TINH.PHO.SO_SAP_XEP | so     | <mức độ>  |

      Dữ liệu:
        | phó | sắp xếp      | quyết định     | ngày quyết định | ngày       | mức độ      |
        | 5   | hợp nhất     | 759/QĐ-UBND    | 01/07/2025      | 01/02/2026 | chuyển tiếp |
        | 5   | hợp nhất     | 759/QĐ-UBND    | 01/07/2025      | 30/06/2030 | chuyển tiếp |
        | 5   | hợp nhất     | 759/QĐ-UBND    | 01/07/2025      | 01/07/2030 | lỗi         |
        | 5   | hợp nhất     | 759/QĐ-UBND    | 01/07/2025      | 02/07/2030 | lỗi         |
        | 4   | không sắp xếp |               |                 | 01/02/2026 | lỗi         |

    Kịch bản: TINH.PHO.SO_SAP_XEP: sở 3 phó không vi phạm
      Biết tỉnh "Tỉnh Hòa An" phân loại "loại I" tại ngày 01/02/2026
      Và cơ cấu tổ chức:
        | mã   | tên       | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd | UBND tỉnh | ubnd_tinh |            |          |         |
        | so   | Sở Nội vụ | so        | ubnd       | 40       | 3       |
      Và chỉ xét quy tắc "TINH.PHO.SO_SAP_XEP"
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "TINH.PHO.SO_SAP_XEP" tại "so"
