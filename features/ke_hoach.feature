# language: vi
Tính năng: Kế hoạch — đọc phân công nhiệm vụ như văn bản được viết và kiểm tra
  `orgcheck plan` đọc một kế hoạch (mục I., 1., a), các dòng «Nhiệm vụ, giải pháp cụ thể:»,
  «Thời gian thực hiện:», «Cơ quan chủ trì:», «Cơ quan phối hợp:») và kiểm tra theo nguyên tắc
  một việc chỉ giao cho một cơ quan chủ trì (Nghị quyết 18-NQ/TW). Phát hiện được ghi tại mục
  của nhiệm vụ trong kế hoạch (ví dụ "II.1"). Không có «cơ cấu tổ chức» thì không đối chiếu tên
  cơ quan (CT.CHU_TRI_KHONG_RO, CT.PHOI_HOP_KHONG_RO không chạy).

  # Kế hoạch sai khuôn dạng bị từ chối, nêu dòng; không đoán.
  Kịch bản: Trường không có giá trị
    Biết kế hoạch:
      """
      II. NHIỆM VỤ
      1. Rà soát biên chế
      - Cơ quan chủ trì:
      - Thời gian thực hiện: Quý II năm 2024.
      """
    Khi kiểm tra tuân thủ
    Thì tệp bị từ chối với lỗi "dòng 3: trường «Cơ quan chủ trì» không có giá trị"

  Kịch bản: Không có mục nhiệm vụ nào
    Biết kế hoạch:
      """
      KẾ HOẠCH
      Tổ chức hội nghị tổng kết năm 2023.
      """
    Khi kiểm tra tuân thủ
    Thì tệp bị từ chối với lỗi "không tìm thấy nhiệm vụ nào"

  Quy tắc: CT.CHU_TRI_NHOM — Cơ quan chủ trì là cả một nhóm cơ quan
    Một nhóm cơ quan («các sở, ban, ngành», «UBND các huyện») là phát hiện riêng, khác CT.NHIEU:
    một nhóm duy nhất chỉ báo CT.CHU_TRI_NHOM; và nhóm không bao giờ bị báo là cơ quan không xác định.

    Kịch bản: Chủ trì là các sở, ban, ngành
      Biết kế hoạch:
        """
        II. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ
        1. Ban hành quy định chức năng, nhiệm vụ của từng sở
        - Cơ quan chủ trì: Các sở, ban, ngành tỉnh;
        - Cơ quan phối hợp: Sở Nội vụ;
        - Thời gian thực hiện: Quý II năm 2024.
        """
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc         | nhiệm vụ | mức độ   |
        | CT.CHU_TRI_NHOM | II.1     | cảnh báo |
      Và phát hiện "CT.CHU_TRI_NHOM" tại "II.1" ghi "Các sở, ban, ngành tỉnh"

    Kịch bản: Một cơ quan chủ trì, nhóm cơ quan chỉ phối hợp
      Biết kế hoạch:
        """
        II. NHIỆM VỤ
        1. Tinh giản biên chế
        a) Nhiệm vụ, giải pháp cụ thể: Giảm tối thiểu 5% biên chế công chức;
        b) Thời gian thực hiện: Giai đoạn 2022-2026;
        c) Cơ quan chủ trì: Sở Nội vụ;
        d) Cơ quan phối hợp: Các cơ quan, đơn vị có liên quan; UBND quận, huyện.
        """
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "CT.CHU_TRI_NHOM"
      Và không có phát hiện nào

    Kịch bản: Một sở và một nhóm cùng chủ trì — hai phát hiện, hai vấn đề
      Biết kế hoạch:
        """
        II. NHIỆM VỤ
        4. Về tự chủ tài chính
        a) Nhiệm vụ, giải pháp cụ thể: Nâng mức tự chủ tài chính;
        b) Cơ quan chủ trì: Sở Tài chính, các đơn vị sự nghiệp công lập thuộc tỉnh;
        c) Thời gian thực hiện: Năm 2025.
        """
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc         | nhiệm vụ | mức độ   |
        | CT.CHU_TRI_NHOM | II.4     | cảnh báo |
        | CT.NHIEU        | II.4     | lỗi      |

    Kịch bản: Với cơ cấu tổ chức, nhóm cơ quan không bị báo là không xác định; tên viết tắt được nhận ra
      Biết tỉnh "Hòa An" phân loại "loại III" tại ngày 14/03/2024
      Và cơ cấu tổ chức:
        | mã        | tên                         | loại      | trực thuộc | biên chế | cấp phó |
        | ubnd      | Ủy ban nhân dân tỉnh Hòa An | ubnd_tinh |            |          |         |
        | so_noi_vu | Sở Nội vụ                   | so        | ubnd       | 30       | 2       |
        | so_khdt   | Sở Kế hoạch và Đầu tư       | so        | ubnd       | 30       | 2       |
      Và kế hoạch:
        """
        II. NHIỆM VỤ
        1. Rà soát đầu mối
        - Cơ quan chủ trì: UBND các huyện, thị xã, thành phố
        - Cơ quan phối hợp: Sở KH&ĐT, Sở Nội vụ, Sở Tư pháp
        - Thời gian thực hiện: Quý III năm 2024
        """
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc              | nhiệm vụ | mức độ   |
        | CT.CHU_TRI_NHOM      | II.1     | cảnh báo |
        | CT.PHOI_HOP_KHONG_RO | II.1     | cảnh báo |
      Và phát hiện "CT.PHOI_HOP_KHONG_RO" tại "II.1" ghi "không xác định được trong cơ cấu tổ chức (không có, hoặc nhiều đơn vị cùng tên — trong ngoặc): Sở Tư pháp"
      Và không có phát hiện "CT.CHU_TRI_KHONG_RO"

  Quy tắc: CT.KHONG_THOI_HAN — Nhiệm vụ không có thời gian thực hiện
    Kịch bản: Thiếu dòng «Thời gian thực hiện»
      Biết kế hoạch:
        """
        III. TỔ CHỨC THỰC HIỆN
        2. Phân công
        g) Lĩnh vực tài nguyên:
        - Cơ quan chủ trì: Sở Tài nguyên và Môi trường;
        - Cơ quan phối hợp: Sở Tài chính.
        """
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc           | nhiệm vụ | mức độ   |
        | CT.KHONG_THOI_HAN | III.2.g  | cảnh báo |

    Kịch bản: Thời hạn ghi ở nhiệm vụ lớn áp dụng cho từng nhiệm vụ con
      Biết kế hoạch:
        """
        III. TỔ CHỨC THỰC HIỆN
        2. Phân công
        g) Lĩnh vực tài nguyên:
        - Thời gian thực hiện: Quý III năm 2024
        - Rà soát quy hoạch sử dụng đất:
        + Cơ quan chủ trì: Sở Tài nguyên và Môi trường;
        - Kiểm kê nguồn nước:
        + Cơ quan chủ trì: Sở Nông nghiệp và Phát triển nông thôn.
        """
      Khi kiểm tra tuân thủ
      Thì không có phát hiện "CT.KHONG_THOI_HAN"
      Và có đúng 0 phát hiện

  Quy tắc: CT.THOI_HAN_CHUNG_CHUNG — Thời gian thực hiện chung chung
    «Thường xuyên», «Hằng năm» không cho biết khi nào xong: báo ở mức thông tin.

    Kịch bản: Thời hạn «Thường xuyên» (gõ dạng NFD)
      Biết kế hoạch:
        """
        II. NHIỆM VỤ
        1. Cập nhật cơ sở dữ liệu
        - Cơ quan chủ trì: Sở Nội vụ
        - Thời gian thực hiện: Thường xuyên.
        """
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                 | nhiệm vụ | mức độ    |
        | CT.THOI_HAN_CHUNG_CHUNG | II.1     | thông tin |
      Và phát hiện "CT.THOI_HAN_CHUNG_CHUNG" tại "II.1" ghi "«Thường xuyên»"

    Kịch bản: Thời hạn «Hằng năm» cũng chung chung; mốc cụ thể thì không
      Biết kế hoạch:
        """
        II. NHIỆM VỤ
        1. Giải thể đơn vị hoạt động không hiệu quả
        - Cơ quan chủ trì: Sở Nội vụ
        - Thời gian thực hiện: Hằng năm
        2. Hợp nhất hai trung tâm
        - Cơ quan chủ trì: Sở Nội vụ
        - Thời gian thực hiện: Hoàn thành trước ngày 31/12/2024 (thường xuyên báo cáo tiến độ)
        """
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                 | nhiệm vụ | mức độ    |
        | CT.THOI_HAN_CHUNG_CHUNG | II.1     | thông tin |
      Và không có phát hiện "CT.THOI_HAN_CHUNG_CHUNG" tại "II.2"
