/**
 * Kế hoạch số 160/KH-UBND ngày 19/11/2025 của UBND thành phố Cần Thơ giám sát, đánh giá Chương
 * trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn thành phố Cần Thơ năm 2025.
 *
 * Encoded as issued. Texts are verbatim (line breaks of the published copy joined by spaces).
 */
import { definePlan, endOfYear, when } from '@kehoach/core';
import { registry as r } from './registry.js';

export default definePlan({
  registry: r,
  number: '160/KH-UBND',
  issuer: 'ubndTp',
  issuerHeading: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ CẦN THƠ'],
  place: 'Cần Thơ',
  issuedOn: '2025-11-19',
  title: 'GIÁM SÁT, ĐÁNH GIÁ CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG TRÊN ĐỊA BÀN THÀNH PHỐ CẦN THƠ NĂM 2025',
  period: { from: '2025-01-01', to: '2025-12-31', text: 'năm 2025' },
  legal: [
    {
      id: 'tt10',
      number: '10/2022/TT-BLĐTBXH',
      kind: 'Thông tư',
      date: '2022-05-31',
      issuer: 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội',
      title: 'hướng dẫn giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
      role: 'pursuant',
    },
    {
      id: 'tt55',
      number: '55/2023/TT-BTC',
      kind: 'Thông tư',
      date: '2023-08-15',
      issuer: 'Bộ trưởng Bộ Tài chính',
      title: 'quy định quản lý, sử dụng và quyết toán kinh phí sự nghiệp từ nguồn ngân sách nhà nước thực hiện các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025',
      role: 'pursuant',
    },
    {
      id: 'tt75',
      number: '75/2024/TT-BTC',
      kind: 'Thông tư',
      date: '2024-10-31',
      issuer: 'Bộ trưởng Bộ Tài chính',
      title: 'sửa đổi, bổ sung một số điều của Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023 của Bộ trưởng Bộ Tài chính quy định quản lý, sử dụng và quyết toán kinh phí sự nghiệp từ nguồn ngân sách nhà nước thực hiện các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025',
      role: 'pursuant',
    },
    {
      id: 'kh77',
      number: '77/KH-UBND',
      kind: 'Kế hoạch',
      date: '2025-09-17',
      issuer: 'Ủy ban nhân dân thành phố Cần Thơ',
      title: 'về thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn thành phố Cần Thơ năm 2025',
      role: 'pursuant',
    },
    {
      id: 'nq206',
      number: '206/NQ-HĐND',
      kind: 'Nghị quyết',
      date: '2025-10-03',
      issuer: 'Hội đồng nhân dân thành phố Cần Thơ',
      title: 'về việc phân bổ dự toán chi thường xuyên (vốn sự nghiệp) thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025',
      role: 'pursuant',
    },
    {
      id: 'qd2140',
      number: '2140/QĐ-UBND',
      kind: 'Quyết định',
      date: '2025-10-31',
      issuer: 'Ủy ban nhân dân thành phố Cần Thơ',
      title: 'về việc phân bổ dự toán chi thường xuyên (vốn sự nghiệp) thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025',
      role: 'pursuant',
    },
  ],
  preamble:
    'Ủy ban nhân dân thành phố Cần Thơ ban hành Kế hoạch giám sát, đánh giá Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn thành phố Cần Thơ năm 2025 (sau đây gọi tắt là Chương trình), với nội dung cụ thể như sau:',
  body: [
    r.section('I', 'MỤC ĐÍCH, YÊU CẦU', [
      r.section('1', 'Mục đích', [
        r.item('-', 'Theo dõi, kiểm tra việc chấp hành quy định về quản lý Chương trình; nắm chắc được kết quả và mức độ thực hiện các chỉ tiêu của Chương trình theo đúng quy định về quản lý Chương trình, kịp thời phát hiện khó khăn, vướng mắc trong quá trình triển khai, tổ chức thực hiện Chương trình ở các cấp.'),
        r.item('-', 'Xác định mức độ đạt được theo mục tiêu, chỉ tiêu cụ thể.'),
      ]),
      r.section('2', 'Yêu cầu', [
        r.item('-', 'Việc giám sát, đánh giá kết quả thực hiện Chương trình có sự phối hợp chặt chẽ, thống nhất giữa các ngành, đơn vị liên quan và địa phương nơi được giám sát, đánh giá đảm bảo tính sát thực, dân chủ, công bằng, công khai, ghi nhận, đề xuất các giải pháp, biện pháp và kiến nghị trong tổ chức thực hiện và theo dõi việc thực hiện kiến nghị đã đề xuất cấp có thẩm quyền xử lý.'),
        r.item('-', 'Thực hiện chế độ báo cáo giám sát, đánh giá Chương trình phải đảm bảo chính xác, đúng thời gian, nội dung và biểu mẫu theo quy định.'),
      ]),
    ]),
    r.section('II', 'ĐỐI TƯỢNG, THỜI GIAN VÀ THÀNH PHẦN THỰC HIỆN', [
      r.section('1', 'Đối tượng thực hiện', [
        r.item('-', 'Cơ quan chủ quản Chương trình, cơ quan chủ trì Chương trình, cơ quan chủ trì dự án thành phần (cơ quan chủ trì triển khai, tổ chức thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình), chủ đầu tư.', {
          waivers: [{ rule: 'roles/missing-lead', reason: '"Cơ quan chủ trì" ở đây gọi tên đối tượng được giám sát, đánh giá, không giao nhiệm vụ chủ trì cho ai.' }],
        }),
        r.item('-', 'Các cơ quan, đơn vị, địa phương và đối tượng tham gia thực hiện Chương trình.'),
        r.item('-', 'Các tổ chức và cá nhân liên quan.'),
      ]),
      r.section('2', 'Thời gian thực hiện', [
        r.item('', 'Công tác giám sát, đánh giá được tiến hành thường xuyên, liên tục trong năm 2025, sẽ có văn bản thông báo lịch giám sát, đánh giá trước khi đoàn đến làm việc hoặc tùy theo điều kiện thực tế sẽ tiến hành tổ chức giám sát, đánh giá đột xuất nếu có vấn đề phát sinh.', {
          owners: ['bcdMtqg'],
          deadlines: [
            endOfYear(2025, { text: 'thường xuyên, liên tục trong năm 2025' }),
            when('trước khi đoàn đến làm việc', { text: 'sẽ có văn bản thông báo lịch giám sát, đánh giá trước khi đoàn đến làm việc' }),
            when('nếu có vấn đề phát sinh', { text: 'tổ chức giám sát, đánh giá đột xuất nếu có vấn đề phát sinh' }),
          ],
        }),
      ]),
      r.section('3', 'Thành phần thực hiện', [
        r.item('-', 'Đại diện Ban Giám đốc và lãnh đạo, chuyên viên các phòng chuyên môn thuộc các sở, ban, ngành và đoàn thể thành phố là thành viên Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố.'),
        r.item('-', 'Lãnh đạo và chuyên viên các phòng chuyên môn có liên quan và đoàn thể cấp xã theo lĩnh vực phụ trách phù hợp tình hình thực tế.'),
      ]),
    ]),
    r.section('III', 'NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ', [
      r.section('1', 'Nội dung giám sát', [
        r.item('-', 'Nội dung giám sát của chủ chương trình', {}, [
          r.item('+', 'Theo dõi, kiểm tra công tác quản lý Chương trình: Xây dựng hệ thống văn bản quản lý, tổ chức thực hiện Chương trình; lập kế hoạch thực hiện giai đoạn 5 năm và kế hoạch năm 2025; thực hiện và điều chỉnh kế hoạch triển khai Chương trình; truyền thông, tăng cường năng lực quản lý Chương trình, dự án thành phần.'),
          r.item('+', 'Theo dõi, kiểm tra tình hình thực hiện Chương trình: Tiến độ, mức độ, kết quả thực hiện mục tiêu, nhiệm vụ; khối lượng thực hiện các nội dung, hoạt động thuộc Chương trình; công tác rà soát hộ nghèo, hộ cận nghèo theo quy định.'),
          r.item('+', 'Theo dõi, kiểm tra tình hình thực hiện kế hoạch vốn đầu tư, dự toán ngân sách Nhà nước: huy động, sử dụng vốn thực hiện Chương trình, dự án thành phần; tình hình sử dụng vốn ngân sách Nhà nước trong thực hiện các dự án đầu tư, nội dung, hoạt động thuộc Chương trình, dự án thành phần (giải ngân, thanh toán, quyết toán, nợ đọng vốn xây dựng cơ bản (nếu có)).'),
          r.item('+', 'Theo dõi, kiểm tra năng lực tổ chức thực hiện, việc chấp hành quy định về quản lý Chương trình, quản lý đầu tư, biện pháp xử lý các vấn đề vi phạm đã được cơ quan có thẩm quyền phát hiện (nếu có) của chủ dự án thành phần, của địa phương.'),
          r.item('+', 'Theo dõi, kiểm tra việc chấp hành chế độ giám sát, đánh giá Chương trình của chủ dự án thành phần, của địa phương.'),
          r.item('+', 'Báo cáo kết quả thực hiện Chương trình, kết quả xử lý các vướng mắc, khó khăn thuộc thẩm quyền và đề xuất phương án xử lý khó khăn, vướng mắc, vấn đề vượt thẩm quyền.'),
        ]),
        r.item('-', 'Nội dung giám sát của chủ dự án thành phần', {}, [
          r.item('+', 'Theo dõi, kiểm tra các nội dung về: Xây dựng hệ thống văn bản hướng dẫn thực hiện dự án thành phần theo phân cấp; công tác truyền thông, tăng cường năng lực quản lý, thực hiện nội dung, hoạt động dự án thành phần.'),
          r.item('+', 'Theo dõi, kiểm tra kết quả thực hiện mục tiêu, nhiệm vụ, nội dung, hoạt động dự án thành phần.'),
          r.item('+', 'Theo dõi, kiểm tra việc chấp hành quy định về quản lý đầu tư, quản lý ngân sách Nhà nước, năng lực quản lý dự án thành phần, việc xử lý các vấn đề vi phạm đã được cơ quan có thẩm quyền phát hiện (nếu có) của địa phương.'),
          r.item('+', 'Theo dõi các nội dung về: Tổng hợp tình hình thực hiện dự án thành phần; lập, thẩm định, phê duyệt và thực hiện dự án đầu tư; thực hiện kế hoạch vốn ngân sách Nhà nước, kết quả giải ngân; khó khăn, vướng mắc phát sinh và kết quả xử lý.'),
          r.item('+', 'Báo cáo tình hình thực hiện dự án thành phần; kết quả xử lý vướng mắc, khó khăn theo thẩm quyền và đề xuất phương án xử lý khó khăn, vướng mắc, vấn đề vượt thẩm quyền.'),
        ]),
        r.item('-', 'Nội dung giám sát của cơ quan chủ quản Chương trình', {}, [
          r.item('+', 'Nội dung theo dõi', {}, [
            r.item('', 'Tình hình thực hiện chế độ báo cáo của chủ chương trình, chủ dự án thành phần thuộc Chương trình theo quy định.'),
            r.item('', 'Tổng hợp tình hình thực hiện lập, thẩm định, phê duyệt các dự án thuộc Chương trình.'),
            r.item('', 'Tổng hợp tình hình thực hiện Chương trình: Tiến độ thực hiện các mục tiêu của Chương trình; thực hiện kế hoạch vốn đầu tư, giải ngân; khó khăn, vướng mắc, phát sinh chính ảnh hưởng đến việc thực hiện Chương trình và kết quả xử lý.'),
            r.item('', 'Việc chấp hành các biện pháp xử lý của chủ chương trình, chủ dự án thành phần.'),
            r.item('', 'Báo cáo và đề xuất phương án xử lý khó khăn, vướng mắc, vấn đề vượt quá thẩm quyền.'),
          ]),
          r.item('+', 'Nội dung kiểm tra', {}, [
            r.item('', 'Việc quản lý thực hiện Chương trình của chủ Chương trình và việc quản lý thực hiện dự án thành phần thuộc Chương trình của chủ dự án thành phần; công tác rà soát hộ nghèo, hộ cận nghèo theo quy định.'),
            r.item('', 'Việc chấp hành các biện pháp xử lý các vấn đề đã phát hiện của các cơ quan, đơn vị liên quan.'),
          ]),
        ]),
      ]),
      r.section('2', 'Nội dung đánh giá', [
        r.item('-', 'Đánh giá công tác quản lý Chương trình trong năm thực hiện gồm: Kết quả xây dựng chính sách quản lý, tổ chức thực hiện Chương trình; công tác điều phối, phối hợp trong quản lý, tổ chức thực hiện; hoạt động truyền thông, thông tin và theo dõi, giám sát, đánh giá Chương trình; công tác chấp hành chế độ giám sát của cơ quan dân cử.'),
        r.item('-', 'Tình hình huy động, phân bổ và sử dụng nguồn vốn.'),
        r.item('-', 'Mức độ đạt được kết quả thực hiện mục tiêu, nhiệm vụ so với kế hoạch hàng năm, giai đoạn 5 năm được cấp có thẩm quyền giao.'),
        r.item('-', 'Tồn tại, vướng mắc phát sinh và nguyên nhân.'),
        r.item('-', 'Phương hướng, giải pháp thực hiện năm tiếp theo.'),
      ]),
    ]),
    r.section('IV', 'PHƯƠNG PHÁP, CÁC BƯỚC GIÁM SÁT, ĐÁNH GIÁ', [
      r.section('1', 'Phương pháp', [
        r.item('-', 'Thu thập các văn bản chỉ đạo, hướng dẫn của địa phương về thực hiện Chương trình; báo cáo giám sát, đánh giá và các tài liệu liên quan.'),
        r.item('-', 'Khảo sát, kiểm tra thực tế tại địa phương.'),
        r.item('-', 'Tham vấn địa phương (tập thể, cá nhân cơ quan, đơn vị liên quan).'),
        r.item('-', 'Tham vấn các đối tượng thụ hưởng để đánh giá mức độ tiếp cận và thụ hưởng Chương trình.'),
      ]),
      r.section('2', 'Các bước giám sát', [
        r.item('-', 'Cấp thành phố', {}, [
          r.item('+', 'Thông báo cho địa phương về kế hoạch giám sát.'),
          r.item('+', 'Thu thập các thông tin về chỉ đạo, tổ chức, thực hiện Chương trình.'),
          r.item('+', 'Chọn ngẫu nhiên đơn vị cấp xã, ấp/khu vực để giám sát thực tế.'),
          r.item('+', 'Tiến hành các nội dung giám sát theo kế hoạch.'),
        ]),
        r.item('-', 'Cấp xã', {}, [
          r.item('+', 'Chọn ngẫu nhiên ấp/khu vực để tiến hành giám sát.'),
          r.item('+', 'Thu thập các tài liệu liên quan.'),
          r.item('+', 'Tiến hành kiểm tra ở ấp/khu vực và tham vấn trực tiếp đối với đối tượng hưởng lợi Chương trình.'),
        ]),
        r.item('-', 'Tham vấn các đối tượng hưởng lợi về mức độ tiếp cận, thụ hưởng Chương trình.'),
        r.item('-', 'Báo cáo tình hình thực hiện Chương trình.'),
      ]),
      r.section('3', 'Các bước đánh giá', [
        r.item('-', 'Tổng hợp, báo cáo ở cấp thành phố', {}, [
          r.item('+', 'Các cơ quan, đơn vị liên quan thu thập thông tin theo các mẫu biểu quy định tại Thông tư số 10/2022/TT-BLĐTBXH của Bộ trưởng Bộ Lao động - Thương binh và Xã hội (về các dự án, tiểu dự án, nội dung thành phần do cấp thành phố trực tiếp thực hiện).'),
          r.item('+', 'Các cơ quan, đơn vị liên quan tổng hợp biểu mẫu báo cáo theo dự án, tiểu dự án, nội dung thành phần được phân công chủ trì, quản lý, thực hiện; xây dựng Báo cáo giám sát đối với các dự án, tiểu dự án và nội dung thành phần do Sở, ban ngành quản lý, báo cáo đánh giá và gửi Sở Nông nghiệp và Môi trường và Bộ, ngành trực tiếp quản lý.'),
          r.item('+', 'Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu theo quy định tại Thông tư số 10/2022/TT-BLĐTBXH; xây dựng báo cáo giám sát, báo cáo đánh giá để báo cáo Bộ Nông nghiệp và Môi trường và Ủy ban nhân dân thành phố.'),
        ]),
        r.item('-', 'Thu thập thông tin, tổng hợp, báo cáo ở địa phương.', {}, [
          r.item('+', 'Định kỳ thu thập thông tin theo các mẫu biểu quy định tại Thông tư số 10/2022/TT-BLĐTBXH.'),
          r.item('+', 'Các cơ quan, đơn vị liên quan thu thập thông tin theo các mẫu biểu quy định tại Thông tư số 10/2022/TT-BLĐTBXH (về các dự án, tiểu dự án, nội dung thành phần do cơ quan, đơn vị mình trực tiếp thực hiện).'),
          r.item('+', 'Các cơ quan, đơn vị liên quan tổng hợp biểu mẫu báo cáo theo dự án, tiểu dự án, nội dung thành phần được phân công chủ trì, quản lý, thực hiện; xây dựng Báo cáo giám sát đối với các dự án, tiểu dự án và nội dung thành phần do địa phương quản lý, báo cáo đánh giá và gửi về Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố và Sở, ngành trực tiếp quản lý.'),
          r.item('+', 'Tổng hợp chung các các mẫu biểu theo quy định tại Thông tư số 10/2022/TT-BLĐTBXH; xây dựng báo cáo giám sát, báo cáo đánh giá để báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường và các Sở, ngành chủ trì, quản lý và thực hiện dự án, tiểu dự án, nội dung thành phần thuộc Chương trình.', {
            waivers: [{ rule: 'roles/missing-lead', reason: '"Sở, ngành chủ trì, quản lý và thực hiện dự án" ở đây là nơi nhận báo cáo; đoạn văn không nêu ai tổng hợp (chủ thể là cấp xã theo tiêu đề "ở địa phương").' }],
          }),
        ]),
      ]),
    ]),
    r.section('V', 'KINH PHÍ THỰC HIỆN', [
      r.item('', 'Kinh phí thực hiện từ nguồn ngân sách Trung ương, nguồn ngân sách thành phố đối ứng và các nguồn huy động, vận động, nguồn hợp pháp khác.'),
    ]),
    r.section('VI', 'TỔ CHỨC THỰC HIỆN', [
      r.section('1', 'Sở Nông nghiệp và Môi trường', [
        r.task('-', {
          lead: 'soNnmt',
          partners: [r.related('coQuanLienQuan')],
          text: 'Phối hợp các cơ quan liên quan thực hiện việc giám sát, đánh giá đối với cấp xã.',
        }),
        r.task('-', {
          lead: 'soNnmt',
          text: 'Tổng hợp, tham mưu báo cáo hoặc báo cáo cấp thẩm quyền (UBND thành phố, Bộ Nông nghiệp và Môi trường và các Bộ, cơ quan trung ương chủ trì dự án, tiểu dự án, nội dung thành phần thuộc Chương trình) việc triển khai, thực hiện Chương trình.',
          reports: [
            r.report({ to: 'ubndTp', what: 'Báo cáo việc triển khai, thực hiện Chương trình' }),
            r.report({ to: 'boNnmt', what: 'Báo cáo việc triển khai, thực hiện Chương trình' }),
            r.report({ to: 'boNganhTw', what: 'Báo cáo việc triển khai, thực hiện Chương trình' }),
          ],
        }),
        r.task('-', {
          lead: 'soNnmt',
          text: 'Theo dõi, đôn đốc và kiểm tra kết quả khắc phục những tồn tại (nếu có) của đơn vị được giám sát.',
        }),
      ]),
      r.section('2', 'Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình', [
        r.task('-', {
          lead: 'soNganhChuTri',
          text: 'Phê duyệt kế hoạch giám sát, đánh giá; tổng hợp kết quả thực hiện dự án, tiểu dự án, nội dung thành phần do Sở, ngành chủ trì, quản lý, tham gia thực hiện.',
        }),
        r.task('-', {
          lead: 'soNganhChuTri',
          text: 'Báo cáo kết quả thực hiện đối với các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình do Sở, ngành chủ trì, quản lý, tham gia thực hiện gửi Sở Nông nghiệp và Môi trường tổng hợp, báo cáo theo quy định.',
          reports: [r.report({ to: 'soNnmt', what: 'Báo cáo kết quả thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình' })],
        }),
      ]),
      r.section('3', 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', [
        r.task('', {
          lead: 'ubmttq',
          mode: 'request',
          text: 'Chỉ đạo các đơn vị liên quan giám sát việc thực hiện Chương trình theo quy định.',
        }),
      ]),
      r.section('4', 'Ủy ban nhân dân cấp xã', [
        r.task('-', {
          lead: 'xa',
          text: 'Phê duyệt kế hoạch giám sát, đánh giá, phân công trách nhiệm cụ thể theo dõi cho các thành viên, phù hợp tình hình thực tế.',
        }),
        r.task('-', { lead: 'xa', text: 'Tổ chức thực hiện giám sát, đánh giá theo Kế hoạch.' }),
        r.task('-', {
          lead: 'xa',
          text: 'Báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông nghiệp và Môi trường về kết quả giám sát, đánh giá theo quy định.',
          reports: [
            r.report({ to: 'bcdMtqg', what: 'Báo cáo kết quả giám sát, đánh giá' }),
            r.report({ to: 'soNnmt', what: 'Báo cáo kết quả giám sát, đánh giá' }),
          ],
        }),
        r.task('-', {
          lead: 'xa',
          text: 'Theo dõi, đôn đốc và kiểm tra kết quả khắc phục những tồn tại (nếu có) khi thực hiện giám sát, đánh giá.',
        }),
      ]),
      r.item('', 'Trên đây là Kế hoạch giám sát, đánh giá Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn thành phố Cần Thơ năm 2025. Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc vượt thẩm quyền, đề nghị các cơ quan, đơn vị kịp thời phản ánh về Sở Nông nghiệp và Môi trường tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, quyết định./.', {
        reports: [
          r.report({
            from: r.each('coQuanLienQuan'),
            to: 'ubndTp',
            via: 'soNnmt',
            what: 'Phản ánh khó khăn, vướng mắc vượt thẩm quyền',
            deadlines: [when('nếu có khó khăn, vướng mắc vượt thẩm quyền', { text: 'kịp thời' })],
          }),
        ],
      }),
    ]),
  ],
  recipients: [
    { text: 'Bộ NN&MT', units: ['boNnmt'] },
    { text: 'VPQG về Giảm nghèo', units: ['vpqgGiamNgheo'] },
    { text: 'CT, PCT UBND TP (1A, 1G)', units: ['ctPctUbnd'] },
    { text: 'UBMT TQ VN thành phố và các Đoàn thể', units: ['ubmttq', 'doanThe'] },
    { text: 'Sở: NN&MT, TC, VH,TT&DL, GD&ĐT, YT, Nội vụ', units: ['soNnmt', 'soTaiChinh', 'soVhttdl', 'soGddt', 'soYte', 'soNoiVu'] },
    { text: 'VP. UBND thành phố (2I, 3B)', units: ['vpUbnd'] },
    { text: 'UBND xã, phường', units: ['xa'] },
    { text: 'Cổng Thông tin điện tử thành phố', units: ['congTtdt'] },
    { text: 'Lưu: VT, CT', archive: true },
  ],
  waivers: [
    {
      rule: 'roles/missing-lead',
      target: 'xa',
      reason: 'Kế hoạch giao nhiệm vụ cho "Ủy ban nhân dân cấp xã" như một lớp đơn vị mà không liệt kê xã, phường nào; nhóm không đầy đủ (complete: false).',
    },
  ],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Trần Chí Hùng' },
});
