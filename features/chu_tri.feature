# language: vi
Tính năng: Một việc chỉ giao một cơ quan chủ trì
  Theo Nghị quyết 18-NQ/TW và Kế hoạch 194/KH-UBND của UBND TP Cần Thơ: mỗi nhiệm vụ của kế hoạch
  giao cho đúng một cơ quan chủ trì, chịu trách nhiệm chính; cơ quan chủ trì không đồng thời là
  cơ quan phối hợp; cơ quan chủ trì và phối hợp phải là đơn vị cụ thể có trong cơ cấu tổ chức
  (ghi bằng mã, hoặc tên đầy đủ không phân biệt chữ hoa, chữ thường).
  Bối cảnh là một thành phố giữ đủ chức năng bắt buộc, nên mọi kịch bản dưới đây kiểm chứng
  toàn bộ kết quả, không lọc quy tắc. Trong cột "chủ trì" và "phối hợp", các cơ quan cách nhau bởi ";".

  Bối cảnh: Thành phố Cần Thơ có 10 cơ quan chuyên môn giữ đủ 12 chức năng bắt buộc cấp tỉnh
    Biết tỉnh "Cần Thơ" phân loại "loại I" tại ngày 08/09/2023
    Và cơ cấu tổ chức:
      | mã           | tên                         | loại      | trực thuộc | biên chế | cấp phó | chức năng                                          |
      | ubnd         | UBND thành phố Cần Thơ      | ubnd_tinh |            |          |         |                                                    |
      | so_noi_vu    | Sở Nội vụ                   | so        | ubnd       | 40       | 3       | QLNN.NOI_VU.TO_CHUC_BO_MAY, QLNN.NOI_VU.CONG_CHUC  |
      | so_tu_phap   | Sở Tư pháp                  | so        | ubnd       | 30       | 3       | QLNN.TU_PHAP.VAN_BAN                               |
      | so_khdt      | Sở Kế hoạch và Đầu tư       | so        | ubnd       | 35       | 3       | QLNN.KE_HOACH.DAU_TU                               |
      | so_tai_chinh | Sở Tài chính                | so        | ubnd       | 40       | 3       | QLNN.TAI_CHINH.NGAN_SACH                           |
      | so_tnmt      | Sở Tài nguyên và Môi trường | so        | ubnd       | 45       | 3       | QLNN.TNMT.DAT_DAI, QLNN.TNMT.MOI_TRUONG            |
      | so_gddt      | Sở Giáo dục và Đào tạo      | so        | ubnd       | 50       | 3       | QLNN.GDDT.GIAO_DUC                                 |
      | so_y_te      | Sở Y tế                     | so        | ubnd       | 50       | 3       | QLNN.Y_TE.KHAM_CHUA_BENH                           |
      | thanh_tra    | Thanh tra thành phố         | so        | ubnd       | 30       | 3       | QLNN.THANH_TRA.THANH_TRA, QLNN.THANH_TRA.KHIEU_NAI |
      | vp_ubnd      | Văn phòng UBND thành phố    | so        | ubnd       | 40       | 3       | QLNN.VAN_PHONG.THAM_MUU                            |
      | so_xd        | Sở Xây dựng                 | so        | ubnd       | 35       | 3       |                                                    |

  Quy tắc: CT.KHONG_CO — Nhiệm vụ không có cơ quan chủ trì
    Khung kịch bản: Nhiệm vụ có cơ quan chủ trì "<chủ trì>"
      Biết các nhiệm vụ:
        | mã  | tên                                | chủ trì   |
        | NV1 | Rà soát chức năng, nhiệm vụ các sở | <chủ trì> |
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CT.KHONG_CO" tại "NV1"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | chủ trì   | kết quả  | số |
        |           | có       | 1  |
        | so_noi_vu | không có | 0  |
        | Sở Nội vụ | không có | 0  |

    Kịch bản: Nhiệm vụ không có cơ quan chủ trì — toàn bộ kết quả
      Biết các nhiệm vụ:
        | mã  | tên                                | chủ trì   | phối hợp     |
        | NV1 | Rà soát chức năng, nhiệm vụ các sở |           | so_tai_chinh |
        | NV2 | Xây dựng đề án sắp xếp             | so_noi_vu | so_tai_chinh |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc     | nhiệm vụ | mức độ |
        | CT.KHONG_CO | NV1      | lỗi    |
      Và phát hiện "CT.KHONG_CO" tại "NV1" ghi "không có cơ quan chủ trì"

  Quy tắc: CT.NHIEU — Nhiệm vụ giao cho nhiều cơ quan chủ trì
    Một cơ quan ghi hai lần (bằng mã và bằng tên) vẫn là một cơ quan chủ trì.

    Khung kịch bản: Nhiệm vụ có các cơ quan chủ trì "<chủ trì>"
      Biết các nhiệm vụ:
        | mã  | tên                    | chủ trì   |
        | NV1 | Xây dựng đề án sắp xếp | <chủ trì> |
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CT.NHIEU" tại "NV1"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | chủ trì                             | kết quả  | số |
        | so_noi_vu; so_tai_chinh             | có       | 1  |
        | Sở Nội vụ; Sở Tài chính; Sở Tư pháp | có       | 1  |
        | so_noi_vu                           | không có | 0  |
        | so_noi_vu; Sở Nội vụ                | không có | 0  |
        | Sở Nội vụ; sở  nội  vụ              | không có | 0  |

    Kịch bản: Phát hiện ghi số và tên các cơ quan chủ trì
      Biết các nhiệm vụ:
        | mã  | tên                    | chủ trì                 |
        | NV1 | Xây dựng đề án sắp xếp | so_noi_vu; so_tai_chinh |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc  | nhiệm vụ | mức độ |
        | CT.NHIEU | NV1      | lỗi    |
      Và phát hiện "CT.NHIEU" tại "NV1" ghi "2 cơ quan chủ trì: Sở Nội vụ (so_noi_vu); Sở Tài chính (so_tai_chinh)"

  Quy tắc: CT.VUA_CHU_TRI_VUA_PHOI_HOP — Cơ quan vừa chủ trì vừa phối hợp cùng một nhiệm vụ
    Khung kịch bản: Sở Nội vụ chủ trì, phối hợp là "<phối hợp>"
      Biết các nhiệm vụ:
        | mã  | tên                    | chủ trì   | phối hợp   |
        | NV1 | Xây dựng đề án sắp xếp | so_noi_vu | <phối hợp> |
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CT.VUA_CHU_TRI_VUA_PHOI_HOP" tại "NV1"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | phối hợp                 | kết quả  | số |
        | so_noi_vu; so_tai_chinh  | có       | 1  |
        | Sở Nội vụ                | có       | 1  |
        | so_tai_chinh; so_tu_phap | không có | 0  |
        |                          | không có | 0  |

    Kịch bản: Phát hiện mức cảnh báo ghi cơ quan vừa chủ trì vừa phối hợp
      Biết các nhiệm vụ:
        | mã  | tên                    | chủ trì   | phối hợp                |
        | NV1 | Xây dựng đề án sắp xếp | so_noi_vu | Sở Nội vụ; so_tai_chinh |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                     | nhiệm vụ | mức độ   |
        | CT.VUA_CHU_TRI_VUA_PHOI_HOP | NV1      | cảnh báo |
      Và phát hiện "CT.VUA_CHU_TRI_VUA_PHOI_HOP" tại "NV1" ghi "vừa chủ trì vừa phối hợp: Sở Nội vụ (so_noi_vu)"

  Quy tắc: CT.CHU_TRI_KHONG_RO — Cơ quan chủ trì không phải một đơn vị xác định
    Chủ trì phải là một đơn vị cụ thể: một nhóm cơ quan ("các sở, ban, ngành"), một tên không có
    trong cơ cấu tổ chức, hoặc một tên trùng của nhiều đơn vị đều không xác định được.

    Khung kịch bản: Cơ quan chủ trì ghi là "<chủ trì>"
      Biết các nhiệm vụ:
        | mã  | tên                    | chủ trì   |
        | NV1 | Xây dựng đề án sắp xếp | <chủ trì> |
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CT.CHU_TRI_KHONG_RO" tại "NV1"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | chủ trì             | kết quả  | số |
        | các sở, ban, ngành  | có       | 1  |
        | Sở Nội vụ thành phố | có       | 1  |
        | so_noivu            | có       | 1  |
        | SỞ NỘI VỤ           | không có | 0  |
        | so_noi_vu           | không có | 0  |

    Kịch bản: Tên trùng của hai đơn vị không xác định được cơ quan chủ trì; mã thì xác định được
      Biết cơ cấu tổ chức có thêm:
        | mã    | tên            | loại           | trực thuộc   | biên chế | cấp phó |
        | nv_th | Phòng Tổng hợp | phong_thuoc_so | so_noi_vu    | 8        | 1       |
        | tc_th | Phòng Tổng hợp | phong_thuoc_so | so_tai_chinh | 8        | 1       |
      Và các nhiệm vụ:
        | mã  | tên              | chủ trì        |
        | NV1 | Tổng hợp báo cáo | Phòng Tổng hợp |
        | NV2 | Tổng hợp số liệu | tc_th          |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc             | nhiệm vụ | mức độ |
        | CT.CHU_TRI_KHONG_RO | NV1      | lỗi    |
      Và phát hiện "CT.CHU_TRI_KHONG_RO" tại "NV1" ghi "cơ quan chủ trì không xác định được trong cơ cấu tổ chức (không có, hoặc nhiều đơn vị cùng tên — trong ngoặc): Phòng Tổng hợp (nv_th | tc_th)"

    Kịch bản: Một cơ quan cụ thể cùng một nhóm cơ quan chủ trì là hai lỗi
      Biết các nhiệm vụ:
        | mã  | tên                    | chủ trì                       |
        | NV1 | Xây dựng đề án sắp xếp | so_noi_vu; các sở, ban, ngành |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc             | nhiệm vụ | mức độ |
        | CT.NHIEU            | NV1      | lỗi    |
        | CT.CHU_TRI_KHONG_RO | NV1      | lỗi    |
      Và phát hiện "CT.CHU_TRI_KHONG_RO" tại "NV1" ghi "cơ quan chủ trì không xác định được trong cơ cấu tổ chức (không có, hoặc nhiều đơn vị cùng tên — trong ngoặc): các sở, ban, ngành"

  Quy tắc: CT.PHOI_HOP_KHONG_RO — Cơ quan phối hợp không phải một đơn vị xác định
    Khung kịch bản: Cơ quan phối hợp ghi là "<phối hợp>"
      Biết các nhiệm vụ:
        | mã  | tên                    | chủ trì   | phối hợp   |
        | NV1 | Xây dựng đề án sắp xếp | so_noi_vu | <phối hợp> |
      Khi kiểm tra tuân thủ
      Thì <kết quả> phát hiện "CT.PHOI_HOP_KHONG_RO" tại "NV1"
      Và có đúng <số> phát hiện

      Dữ liệu:
        | phối hợp                           | kết quả  | số |
        | các sở, ban, ngành liên quan       | có       | 1  |
        | so_tai_chinh; UBND các quận, huyện | có       | 1  |
        | so_tai_chinh; Sở Tư pháp           | không có | 0  |

    Kịch bản: Phát hiện mức cảnh báo ghi cơ quan phối hợp không xác định
      Biết các nhiệm vụ:
        | mã  | tên                    | chủ trì   | phối hợp                                   |
        | NV1 | Xây dựng đề án sắp xếp | so_noi_vu | so_tai_chinh; các sở, ban, ngành liên quan |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc              | nhiệm vụ | mức độ   |
        | CT.PHOI_HOP_KHONG_RO | NV1      | cảnh báo |
      Và phát hiện "CT.PHOI_HOP_KHONG_RO" tại "NV1" ghi "cơ quan phối hợp không xác định được trong cơ cấu tổ chức (không có, hoặc nhiều đơn vị cùng tên — trong ngoặc): các sở, ban, ngành liên quan"

  Quy tắc: Kế hoạch nhiều nhiệm vụ — toàn bộ kết quả
    Kịch bản: Kế hoạch có nhiệm vụ đúng và nhiệm vụ vi phạm nhiều quy tắc cùng lúc
      Biết các nhiệm vụ:
        | mã  | tên                                | chủ trì                 | phối hợp                      |
        | NV1 | Rà soát chức năng, nhiệm vụ các sở | so_noi_vu; so_tai_chinh | so_noi_vu; các sở, ban, ngành |
        | NV2 | Báo cáo kết quả sắp xếp            |                         |                               |
        | NV3 | Sắp xếp các chi cục                | Sở Nội vụ               | Sở Tài chính; Sở Tư pháp      |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                     | nhiệm vụ | mức độ   |
        | CT.NHIEU                    | NV1      | lỗi      |
        | CT.VUA_CHU_TRI_VUA_PHOI_HOP | NV1      | cảnh báo |
        | CT.PHOI_HOP_KHONG_RO        | NV1      | cảnh báo |
        | CT.KHONG_CO                 | NV2      | lỗi      |
      Và không có phát hiện "CT.CHU_TRI_KHONG_RO"
      Và không có phát hiện "CT.KHONG_CO" tại "NV3"
      Và không có phát hiện "CT.PHOI_HOP_KHONG_RO" tại "NV3"
      Và không có phát hiện "CT.VUA_CHU_TRI_VUA_PHOI_HOP" tại "NV3"

  Quy tắc: Nhiệm vụ sai bị từ chối
    Kịch bản: Nhiệm vụ thiếu tên bị từ chối
      Biết các nhiệm vụ:
        | mã  | tên | chủ trì   |
        | NV1 |     | so_noi_vu |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "[tasks[0].title]: thiếu trường bắt buộc «title»"

    Kịch bản: Hai nhiệm vụ trùng mã bị từ chối
      Biết các nhiệm vụ:
        | mã  | tên                    | chủ trì   |
        | NV1 | Xây dựng đề án sắp xếp | so_noi_vu |
        | NV1 | Báo cáo kết quả        | so_noi_vu |
      Khi kiểm tra tuân thủ
      Thì tệp bị từ chối với lỗi "mã nhiệm vụ «NV1» trùng với nhiệm vụ"

  Quy tắc: Chữ có dấu gõ dạng tổ hợp (NFD) hay dựng sẵn (NFC) cho cùng kết quả về chủ trì
    Ở dòng NFD, tên cơ quan trong cột "chủ trì" và "phối hợp" được gõ dạng tổ hợp, còn tên trong
    cơ cấu tổ chức (Bối cảnh) gõ dạng dựng sẵn: tên vẫn được nhận ra là cùng một cơ quan.

    Khung kịch bản: Tên cơ quan chủ trì và phối hợp gõ dạng <dạng>
      Biết các nhiệm vụ:
        | mã  | tên        | chủ trì    | phối hợp   |
        | NV1 | <tên việc> | <chủ trì>  | <phối hợp> |
        | NV2 | <tên việc> | <phối hợp> |            |
      Khi kiểm tra tuân thủ
      Thì kết quả gồm đúng các phát hiện:
        | quy tắc                     | nhiệm vụ | mức độ   |
        | CT.NHIEU                    | NV1      | lỗi      |
        | CT.VUA_CHU_TRI_VUA_PHOI_HOP | NV1      | cảnh báo |
      Và phát hiện "CT.NHIEU" tại "NV1" ghi "<nội dung>"

      Dữ liệu:
        | dạng | tên việc                 | chủ trì                   | phối hợp    | nội dung                                                                |
        | NFC  | Xây dựng đề án sắp xếp   | Sở Nội vụ; Sở Tài chính   | Sở Nội vụ   | 2 cơ quan chủ trì: Sở Nội vụ (so_noi_vu); Sở Tài chính (so_tai_chinh)   |
        | NFD  | Xây dựng đề án sắp xếp | Sở Nội vụ; Sở Tài chính | Sở Nội vụ | 2 cơ quan chủ trì: Sở Nội vụ (so_noi_vu); Sở Tài chính (so_tai_chinh) |
