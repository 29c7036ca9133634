/**
 * Quyết định số 2820/QĐ-UBND ngày 19/11/2025 của UBND Thành phố Hồ Chí Minh ban hành Kế hoạch
 * triển khai Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 3103/QĐ-BTC của
 * Bộ Tài chính về Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy
 * hoạch, and the plan and appendix it issues.
 *
 * Encoded as issued. Texts are verbatim (line breaks of the published copy joined by spaces).
 */
import { definePlan, endOfQuarter, endOfYear, quarterly, when, yearly } from '@kehoach/core';
import { registry as r } from './registry.js';

export default definePlan({
  registry: r,
  number: '2820/QĐ-UBND',
  issuer: 'ubndTp',
  issuerHeading: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH'],
  place: 'Thành phố Hồ Chí Minh',
  issuedOn: '2025-11-19',
  title:
    'TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH VỀ ĐỀ ÁN XÂY DỰNG VÀ QUẢN LÝ HỆ THỐNG THÔNG TIN VÀ CƠ SỞ DỮ LIỆU QUỐC GIA VỀ QUY HOẠCH',
  period: { from: '2025-11-19', to: '2035-12-31' },
  legal: [
    {
      id: 'luat72',
      number: '72/2025/QH15',
      kind: 'Luật',
      title: 'Tổ chức chính quyền địa phương',
      role: 'pursuant',
    },
    {
      id: 'luat67',
      number: '67/2006/QH11',
      kind: 'Luật',
      date: '2006-06-29',
      title: 'Công nghệ thông tin',
      role: 'pursuant',
    },
    {
      id: 'luat60',
      number: '60/2024/QH15',
      kind: 'Luật',
      date: '2024-11-30',
      title: 'Dữ liệu',
      role: 'pursuant',
    },
    {
      id: 'luat31',
      number: '31/2024/QH15',
      kind: 'Luật',
      date: '2024-01-18',
      title: 'Đất đai',
      role: 'pursuant',
    },
    {
      id: 'luat20',
      number: '20/2023/QH15',
      kind: 'Luật',
      date: '2023-06-22',
      title: 'Giao dịch điện tử',
      role: 'pursuant',
    },
    {
      id: 'luat50',
      number: '50/2014/QH13',
      kind: 'Luật',
      title: 'Xây dựng',
      role: 'pursuant',
    },
    {
      id: 'luat62',
      number: '62/2020/QH14',
      kind: 'Luật',
      date: '2020-06-17',
      title: 'sửa đổi, bổ sung một số điều của Luật xây dựng',
      role: 'cited',
    },
    {
      id: 'luat27',
      number: '27/2018/QH14',
      kind: 'Luật',
      date: '2018-06-14',
      title: 'Đo đạc và bản đồ',
      role: 'pursuant',
    },
    {
      id: 'luat58',
      number: '58/2024/QH15',
      kind: 'Luật',
      date: '2024-11-29',
      title: 'Đầu tư công',
      role: 'pursuant',
    },
    {
      id: 'luat24',
      number: '24/2018/QH14',
      kind: 'Luật',
      date: '2018-06-12',
      title: 'An ninh mạng',
      role: 'pursuant',
    },
    {
      id: 'luat104',
      number: '104/2016/QH13',
      kind: 'Luật',
      date: '2016-04-06',
      title: 'Tiếp cận thông tin',
      role: 'pursuant',
    },
    {
      id: 'luat86',
      number: '86/2015/QH13',
      kind: 'Luật',
      date: '2015-11-19',
      title: 'An toàn thông tin mạng',
      role: 'pursuant',
    },
    {
      id: 'nq03',
      number: '03/NQ-CP',
      kind: 'Nghị quyết',
      date: '2025-01-09',
      issuer: 'Chính phủ',
      title: 'Ban hành chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      role: 'pursuant',
    },
    {
      id: 'nq57',
      number: '57-NQ/TW',
      kind: 'Nghị quyết',
      date: '2024-12-22',
      issuer: 'Bộ Chính trị',
      title: 'đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      role: 'cited',
    },
    {
      id: 'nq71',
      number: '71/NQ-CP',
      kind: 'Nghị quyết',
      date: '2025-04-01',
      issuer: 'Chính phủ',
      role: 'cited',
    },
    {
      id: 'qd749',
      number: '749/QĐ-TTg',
      kind: 'Quyết định',
      date: '2020-06-03',
      issuer: 'Thủ tướng Chính phủ',
      title: 'phê duyệt "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"',
      role: 'pursuant',
    },
    {
      id: 'qd06',
      number: '06/QĐ-TTg',
      kind: 'Quyết định',
      date: '2025-01-02',
      issuer: 'Thủ tướng Chính phủ',
      title: 'Phê duyệt Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch',
      role: 'pursuant',
    },
    {
      id: 'nq98',
      number: '98/2023/QH15',
      kind: 'Nghị quyết',
      date: '2023-06-24',
      issuer: 'Quốc hội',
      title: 'thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh',
      role: 'pursuant',
    },
    {
      id: 'nq662',
      number: '66.2/2025/NQ-CP',
      kind: 'Nghị quyết',
      date: '2025-08-28',
      issuer: 'Chính phủ',
      title: 'Quy định xử lý khó khăn, vướng mắc về việc điều chỉnh quy hoạch cấp quốc gia, quy hoạch vùng, quy hoạch tỉnh khi thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp trong thời gian chưa ban hành Luật Quy hoạch (sửa đổi)',
      role: 'pursuant',
    },
    {
      id: 'qd1629',
      number: '1629/QĐ-TTg',
      kind: 'Quyết định',
      date: '2023-12-16',
      issuer: 'Thủ tướng Chính phủ',
      title: 'phê duyệt Quy hoạch tỉnh Bà Rịa - Vũng Tàu',
      role: 'pursuant',
    },
    {
      id: 'qd790',
      number: '790/QĐ-TTg',
      kind: 'Quyết định',
      date: '2024-08-03',
      issuer: 'Thủ tướng Chính phủ',
      title: 'phê duyệt Quy hoạch tỉnh Bình Dương',
      role: 'pursuant',
    },
    {
      id: 'qd1711',
      number: '1711/QĐ-TTg',
      kind: 'Quyết định',
      date: '2024-12-31',
      issuer: 'Thủ tướng Chính phủ',
      title: 'phê duyệt Quy hoạch Thành phố Hồ Chí Minh',
      role: 'pursuant',
    },
    {
      id: 'qd3103',
      number: '3103/QĐ-BTC',
      kind: 'Quyết định',
      date: '2025-09-05',
      issuer: 'Bộ Tài chính',
      title: 'ban hành Kế hoạch tổng thể triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ phê duyệt Đề án xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch',
      role: 'pursuant',
    },
    {
      id: 'qd01',
      number: '01/2025/QĐ-UBND',
      kind: 'Quyết định',
      date: '2025-07-01',
      issuer: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
      title: 'Quy chế làm việc của Ủy ban nhân dân Thành phố Hồ Chí Minh nhiệm kỳ 2021-2026',
      role: 'pursuant',
    },
    {
      id: 'kh4354',
      number: '4354/KH-UBND',
      kind: 'Kế hoạch',
      date: '2025-06-14',
      issuer: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
      title: 'triển khai Kế hoạch hành động số 459-KHHĐ/TU ngày 21 tháng 5 năm 2025 của Thành ủy Thành phố về thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn Thành phố Hồ Chí Minh',
      role: 'pursuant',
    },
    {
      id: 'khhd459',
      number: '459-KHHĐ/TU',
      kind: 'Kế hoạch hành động',
      date: '2025-05-21',
      issuer: 'Thành ủy Thành phố',
      title: 'thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn Thành phố Hồ Chí Minh',
      role: 'cited',
    },
  ],
  body: [
    r.section('I', 'MỤC ĐÍCH, YÊU CẦU', [
      r.section('1', 'Mục đích', [
        r.item('-', 'Quán triệt, triển khai có hiệu quả Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ và Kế hoạch tổng thể ban hành kèm Quyết định số 3103/QĐ-BTC ngày 05 tháng 9 năm 2025 của Bộ Tài chính, nhằm xây dựng Hệ thống thông tin và cơ sở dữ liệu quy hoạch của Thành phố Hồ Chí Minh thống nhất, hiện đại, liên thông với hệ thống quốc gia.'),
        r.item('-', 'Hình thành cơ sở dữ liệu số về quy hoạch phục vụ công tác chỉ đạo, điều hành phát triển kinh tế - xã hội, nâng cao chất lượng dịch vụ công, minh bạch hóa thông tin quy hoạch.'),
        r.item('-', 'Đảm bảo khai thác, sử dụng hiệu quả dữ liệu quy hoạch trong quản lý nhà nước, phát triển đô thị, đầu tư công, phát triển kinh tế - xã hội, quốc phòng – an ninh.'),
      ], { role: 'purposes' }),
      r.section('2', 'Yêu cầu', [
        r.item('-', 'Bám sát mục tiêu, nhiệm vụ, giải pháp tại Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ và Kế hoạch tổng thể ban hành kèm Quyết định số 3103/QĐ-BTC ngày 05 tháng 9 năm 2025 của Bộ Tài chính.'),
        r.item('-', 'Phân công trách nhiệm cụ thể, rõ ràng cho từng sở, ngành, phường, xã, đặc khu, đảm bảo tiến độ và chất lượng.'),
        r.item('-', 'Hệ thống dữ liệu quy hoạch của Thành phố phải đảm bảo đồng bộ, kết nối, an toàn thông tin, tuân thủ tiêu chuẩn kỹ thuật quốc gia và khung Chính phủ số.'),
      ], { role: 'requirements' }),
    ]),
    r.section('II', 'NỘI DUNG THỰC HIỆN', [
      r.section('1', 'Xây dựng hạ tầng công nghệ thông tin', [
        r.item('-', 'Xây dựng, nâng cấp hạ tầng công nghệ thông tin của Thành phố đáp ứng an toàn hệ thống thông tin đảm bảo phù hợp với cấp độ theo quy định.'),
        r.item('-', 'Đầu tư trang thiết bị, máy chủ, hệ thống lưu trữ, công cụ khai thác dữ liệu; nghiên cứu xây dựng trung tâm dữ liệu dự phòng.'),
      ]),
      r.section('2', 'Xây dựng phần mềm và cơ sở dữ liệu quy hoạch', [
        r.item('-', 'Phối hợp xây dựng phần mềm ứng dụng quản lý, khai thác, chia sẻ dữ liệu quy hoạch.'),
        r.item('-', 'Phối hợp thu thập, biên tập, số hóa và chuẩn hóa cơ sở dữ liệu hồ sơ quy hoạch các cấp (quốc gia, vùng, tỉnh/thành phố, phường/xã, chuyên ngành) theo chuẩn GIS.'),
        r.item('-', 'Phối hợp cập nhật thường xuyên, đảm bảo đồng bộ với Hệ thống cơ sở dữ liệu quốc gia.'),
      ]),
      r.section('3', 'Hoàn thiện thể chế, quy chế phối hợp', [
        r.item('-', 'Rà soát, đơn giản hóa thủ tục hành chính liên quan đến quy hoạch.'),
        r.item('-', 'Ban hành quy chế phối hợp giữa các Sở, ngành, Ủy ban nhân dân phường, xã và đặc khu trong việc cập nhật, khai thác và chia sẻ dữ liệu cho phù hợp với mô hình chính quyền 02 cấp hiện nay.'),
        r.item('-', 'Cơ chế giám sát, nhằm đảm bảo tích hợp dữ liệu quy hoạch một cách an toàn, hiệu quả và khả thi (thành lập Ban Chỉ đạo hoặc Tổ Công tác liên sở).'),
      ]),
      r.section('4', 'Đào tạo, tập huấn và truyền thông', [
        r.item('-', 'Tổ chức tập huấn về công nghệ thông tin, GIS, an toàn thông tin, quản lý dữ liệu cho cán bộ các Sở, ngành, Ủy ban nhân dân phường, xã, đặc khu.'),
        r.item('-', 'Phổ biến, tuyên truyền về dữ liệu quy hoạch đến người dân và doanh nghiệp.'),
      ]),
      r.section('5', 'Quản lý, vận hành, khai thác và bảo mật', [
        r.item('-', 'Tổ chức quản lý, vận hành Hệ thống cơ sở dữ liệu quy hoạch của Thành phố 24/7.'),
        r.item('-', 'Lập kế hoạch sao lưu, phục hồi dữ liệu và tổ chức diễn tập phương án phòng ngừa, ứng phó sự cố hàng năm.'),
        r.item('-', 'Đảm bảo an toàn thông tin mạng, an ninh mạng theo hướng dẫn của Bộ Công an và Bộ Khoa học và Công nghệ.'),
      ]),
      r.section('6', 'Kinh phí thực hiện', [
        r.item('-', 'Ngân sách địa phương: chi cho lập - vận hành hệ thống, thuê/mua hạ tầng công nghệ thông tin, bảo trì dữ liệu, đào tạo cán bộ.'),
        r.item('-', 'Hỗ trợ từ ngân sách Trung ương: Đề xuất hỗ trợ một phần cho các nhiệm vụ mang tính liên vùng hoặc cần đồng bộ với hệ thống quốc gia.'),
        r.item('-', 'Xã hội hóa/đối tác đầu tư công - tư: Huy động các doanh nghiệp trong lĩnh vực công nghệ thông tin cung cấp hạ tầng, dịch vụ số, bảo trì theo hợp đồng dịch vụ công nghệ thông tin; đồng thời kết hợp huy động các nguồn tài trợ, viện trợ hợp pháp khác.'),
        r.item('', 'Việc quản lý, sử dụng và quyết toán kinh phí thực hiện theo quy định của pháp luật về ngân sách nhà nước và các quy định khác có liên quan.'),
      ], { role: 'funding' }),
    ], { role: 'tasks' }),
    r.section('III', 'NHIỆM VỤ TRỌNG TÂM', [
      r.item('', 'Lộ trình chung cho việc chuyển đổi, tích hợp dữ liệu hiện có:'),
      r.item('1', 'Hoàn thiện hạ tầng công nghệ thông tin và phần mềm quản lý dữ liệu quy hoạch Thành phố, tùy điều kiện có thể tiến tới thí điểm (2025 - 2026).'),
      r.item('2', 'Thu thập, số hóa, chuẩn hóa cơ sở dữ liệu quy hoạch Thành phố và tích hợp vào Hệ thống quốc gia (2025 - 2030).'),
      r.item('3', 'Tùy điều kiện, mở rộng và tiến tới vận hành, khai thác và kết nối dữ liệu quy hoạch Thành phố với Trung tâm dữ liệu quốc gia (2026 trở đi).'),
      r.item('4', 'Rà soát, cải cách thủ tục hành chính trong lĩnh vực quy hoạch, đảm bảo cung cấp dịch vụ công trực tuyến (2027 - 2030).'),
      r.item('5', 'Đào tạo nhân lực, nâng cao nhận thức cộng đồng, huy động doanh nghiệp tham gia (xuyên suốt 2025 - 2035).'),
    ], { role: 'tasks' }),
    r.section('IV', 'TỔ CHỨC THỰC HIỆN', [
      r.section('1', 'Sở Tài chính (cơ quan chủ trì)', [
        r.task('-', {
          lead: 'soTaiChinh',
          text: 'Chủ trì xây dựng, tổ chức thực hiện, theo dõi, đôn đốc thực hiện Kế hoạch.',
        }),
        r.task('-', {
          lead: 'soTaiChinh',
          partners: [r.related('coQuanDonVi', 'liên quan')],
          text: 'Trên cơ sở văn bản đề xuất kinh phí của các Sở, ban, ngành chuyên môn, Sở Tài chính phối hợp với các đơn vị liên quan thẩm định, tổng hợp nhu cầu kinh phí, cân đối để báo cáo Ủy ban nhân dân Thành phố trình Hội đồng nhân dân Thành phố thông qua việc bố trí dự toán cho các đơn vị để triển khai thực hiện các nhiệm vụ được giao tại Kế hoạch này; tham mưu Ủy ban nhân dân Thành phố báo cáo Chính phủ và Bộ Tài chính.',
        }),
        r.task('-', {
          lead: 'soTaiChinh',
          partners: ['soKhcn'],
          deadlines: [yearly({ text: 'Kế hoạch sao lưu, phục hồi dữ liệu và ứng phó sự cố hằng năm' })],
          text: 'Phối hợp với Sở Khoa học và Công nghệ xây dựng và trình Ủy ban nhân dân Thành phố phê duyệt Kế hoạch sao lưu, phục hồi dữ liệu và ứng phó sự cố hằng năm; trong đó quy định cụ thể chu kỳ sao lưu, địa điểm lưu trữ dự phòng, quy trình phục hồi dữ liệu, chế độ kiểm tra định kỳ và tổ chức diễn tập phương án phòng ngừa, ứng phó sự cố tối thiểu một lần/năm.',
        }),
        r.task('-', {
          lead: 'soTaiChinh',
          partners: ['soXayDung', 'soQhkt', 'soNnmt'],
          reports: [r.report({ to: 'ubndTp', what: 'Báo cáo tình hình triển khai', deadlines: [] })],
          text: 'Phối hợp với Sở Xây dựng, Sở Quy hoạch - Kiến trúc và Sở Nông nghiệp và Môi trường hướng dẫn các đơn vị cập nhật, tích hợp cơ sở dữ liệu lên hệ thống nhằm đảm bảo sự đồng bộ, tích hợp đa ngành, kết hợp quy hoạch đô thị, giao thông, cấp thoát nước, năng lượng và hạ tầng số để tránh chồng chéo; đồng thời tổng hợp tình hình triển khai, báo cáo Ủy ban nhân dân Thành phố.',
        }),
        r.task('-', {
          lead: 'soTaiChinh',
          reports: [
            r.report({
              to: 'ubndTp',
              what: 'Báo cáo các trường hợp chậm tiến độ, không gửi dữ liệu, gửi dữ liệu không đúng quy định hoặc sai lệch',
              deadlines: [when('các trường hợp chậm tiến độ, không gửi dữ liệu, gửi dữ liệu không đúng quy định hoặc sai lệch')],
            }),
          ],
          text: 'Tổng hợp, báo cáo kịp thời các trường hợp chậm tiến độ, không gửi dữ liệu, gửi dữ liệu không đúng quy định hoặc sai lệch; đề xuất biện pháp xử lý theo quy định của pháp luật. Tùy tính chất, mức độ có thể nghiên cứu, đề xuất tham mưu Ủy ban nhân dân Thành phố tổ chức thành lập Ban chỉ đạo hoặc Tổ công tác liên ngành để đảm bảo tích hợp dữ liệu một cách an toàn, hiệu quả.',
        }),
      ]),
      r.section('2', 'Sở Khoa học và Công nghệ, Sở Nội vụ', [
        r.task('', {
          lead: 'soKhcn',
          partners: ['soNoiVu', r.related('coQuanDonVi')],
          text: 'Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan tổ chức đào tạo, tập huấn và tuyên truyền nhằm trang bị kiến thức, nâng cao nhận thức và trách nhiệm cho cán bộ, chiến sĩ, công chức, viên chức.',
        }),
      ]),
      r.section('3', 'Công An Thành phố, Bộ Tư lệnh Thành phố', [
        r.task('', {
          lead: 'congAnTp',
          partners: ['boTuLenhTp', r.related('coQuanDonVi')],
          text: 'Công an Thành phố chủ trì phối hợp với Bộ Tư lệnh Thành phố và các đơn vị có liên quan định kỳ kiểm tra, đánh giá an toàn hệ thống, trách nhiệm xử lý sự cố đường truyền tín hiệu kết nối.',
        }),
      ]),
      r.section('4', 'Trung tâm Chuyển đổi số Thành phố', [
        r.task('', {
          lead: 'ttCds',
          partners: ['congAnTp', r.related('coQuanDonVi')],
          text: 'Trung tâm Chuyển đổi số Thành phố chủ trì, phối hợp với Công an Thành phố và các đơn vị có liên quan đảm bảo kết nối hạ tầng, an toàn thông tin, an ninh mạng; chủ trì, phối hợp với các đơn vị có liên quan xây dựng kế hoạch bảo trì, nâng cấp, cập nhật công nghệ.',
        }),
      ]),
      r.section('5', 'Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố', [
        r.task('-', {
          lead: r.each('soNganhVien'),
          partners: [r.related('soNganh')],
          text: 'Phối hợp với các sở, ngành, đơn vị có liên quan thu thập, biên tập, chuẩn hóa dữ liệu quy hoạch thuộc phạm vi quản lý.',
        }),
        r.task('-', {
          lead: r.each('soNganhVien'),
          text: 'Cung cấp, kết nối, chia sẻ dữ liệu chuyên ngành thuộc phạm vi quản lý.',
        }),
        r.task('-', {
          lead: r.each('soNganhVien'),
          text: 'Phối hợp thu thập, biên tập, chuẩn hóa dữ liệu quy hoạch.',
        }),
        r.task('-', {
          lead: r.each('soNganhVien'),
          text: 'Cập nhật, tích hợp cơ sở dữ liệu thường xuyên vào Hệ thống theo đúng quy chuẩn.',
        }),
        r.task('-', {
          lead: r.each('soNganhVien'),
          reports: [
            r.report({
              to: 'soTaiChinh',
              what: 'Báo cáo tiến độ cập nhật dữ liệu',
              deadlines: [quarterly({ text: 'định kỳ hằng quý' })],
            }),
          ],
          text: 'Thực hiện chế độ báo cáo định kỳ hằng quý về tiến độ cập nhật dữ liệu gửi Sở Tài chính để tổng hợp, báo cáo Ủy ban nhân dân Thành phố.',
        }),
      ]),
      r.section('6', 'Ủy ban nhân dân phường, xã, đặc khu', [
        r.task('-', {
          lead: r.each('xaPhuong'),
          partners: [r.related('coQuanDonVi')],
          text: 'Phối hợp với các đơn vị có liên quan tổ chức thu thập, số hóa dữ liệu quy hoạch cấp phường, xã, đặc khu thuộc thẩm quyền phê duyệt của Ủy ban nhân dân cấp xã.',
        }),
        r.task('-', {
          lead: r.each('xaPhuong'),
          text: 'Kiểm tra, xác minh tính chính xác của dữ liệu trước khi gửi về cấp trên.',
        }),
        r.task('-', {
          lead: r.each('xaPhuong'),
          text: 'Thường xuyên cập nhật, đảm bảo tính đầy đủ, chính xác, kịp thời.',
        }),
        r.task('-', {
          lead: r.each('xaPhuong'),
          text: 'Chịu trách nhiệm về nội dung thông tin do Ủy ban nhân dân phường, xã, đặc khu cung cấp và thực hiện trách nhiệm giải trình trước Ủy ban nhân dân Thành phố trong việc cung cấp dữ liệu nêu trên khi để xảy ra tình trạng chậm trễ, không cung cấp hoặc cung cấp dữ liệu sai lệch hoặc không có văn bản thông báo nguyên nhân không cung cấp.',
        }),
      ]),
      r.section('7', 'Cơ chế phối hợp và trách nhiệm giải trình', [
        r.item('-', 'Các cơ quan, đơn vị được phân công nhiệm vụ có trách nhiệm thực hiện nghiêm túc theo đúng tiến độ, chất lượng.'),
        r.item('-', 'Trường hợp chậm trễ, không gửi dữ liệu hoặc gửi dữ liệu không đúng quy định, đơn vị chịu trách nhiệm giải trình trước Ủy ban nhân dân Thành phố.'),
        r.task('-', {
          lead: 'soTaiChinh',
          text: 'Sở Tài chính định kỳ hằng quý tổng hợp báo cáo Ủy ban nhân dân Thành phố; đồng thời kiến nghị các biện pháp điều chỉnh, xử lý nhằm đảm bảo tiến độ, chất lượng triển khai Kế hoạch.',
          reports: [r.report({ to: 'ubndTp', what: 'Báo cáo tổng hợp', deadlines: [quarterly({ text: 'định kỳ hằng quý' })] })],
        }),
      ]),
      r.section('8', 'Phương án huy động kinh phí', [
        r.item('-', 'Lồng ghép vào kế hoạch đầu tư công trung hạn: ưu tiên bố trí vốn sự nghiệp và vốn đầu tư phát triển cho hạ tầng số, đào tạo, phần mềm, trang thiết bị.'),
        r.item('-', 'Sử dụng cơ chế thuê dịch vụ công nghệ thông tin: giảm chi phí đầu tư ban đầu, trả dần theo năm ngân sách.'),
        r.item('-', 'Đề xuất Bộ Tài chính hỗ trợ hướng dẫn định mức chi và cơ chế đặt hàng dịch vụ công nghệ thông tin; Xem xét hợp tác đầu tư công - tư cho hạ tầng lưu trữ, đường truyền số liệu lớn./.'),
      ], { role: 'funding' }),
    ], { role: 'organization' }),
    // The appendix, "PHỤ LỤC: NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU", after the plan.
    r.section('', 'NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU', [
      r.section('I', 'Hoàn thiện thể chế, ban hành quy định, hướng dẫn yêu cầu kỹ thuật để xây dựng và triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch', [
        r.task('1', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          deadlines: [endOfQuarter({ year: 2025, quarter: 4, text: 'Quý IV/2025' })],
          text: 'Phối hợp rà soát, sửa đổi Luật Quy hoạch và xây dựng các văn bản quy phạm pháp luật có liên quan để tạo hành lang pháp lý cho hoạt động của Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
        }),
        r.task('2', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          text: 'Phối hợp xây dựng nội dung quy định việc xây dựng, cập nhật, duy trì và khai thác, sử dụng cơ sở dữ liệu quốc gia về quy hoạch trong Nghị định hướng dẫn chi tiết thi hành Luật Quy hoạch sửa đổi.',
        }),
        r.task('3', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          text: 'Phối hợp góp ý Thông tư quy định yêu cầu về cấu trúc, kỹ thuật, giải pháp công nghệ và về thu thập, xử lý, chuẩn hóa dữ liệu, cập nhật, quản lý, vận hành, kết nối, cung cấp, chia sẻ và khai thác, sử dụng cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) của Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
        }),
        r.task('4', {
          lead: r.each('soNganhXaPhuong'),
          partners: ['soTaiChinh'],
          deadlines: [endOfQuarter({ year: 2027, quarter: 2, text: 'Quý II/2027' })],
          text: 'Tham gia rà soát, đơn giản hóa các thủ tục hành chính liên quan đến quy hoạch dựa trên việc khai thác, tái sử dụng dữ liệu của Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
        }),
      ]),
      r.section('II', 'Xây dựng hạ tầng công nghệ thông tin đảm bảo triển khai Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch', [
        r.task('1', {
          lead: 'ttCds',
          partners: ['soKhcn', 'soNganh', 'xaPhuong'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Xây dựng hạ tầng công nghệ thông tin, trang thiết bị tại Sở Tài chính để vận hành, khai thác và chia sẻ cơ sở dữ liệu quốc gia về quy hoạch đáp ứng an toàn hệ thống thông tin tối thiểu đạt cấp độ tương ứng',
        }, [
          r.task('', {
            lead: 'ttCds',
            text: 'Xây dựng hạ tầng kỹ thuật dự phòng phục vụ triển khai cơ sở dữ liệu quốc gia hoạt động song song, đảm bảo năng lực sao lưu dữ liệu và có khả năng phục hồi sau sự cố.',
          }),
        ]),
        r.task('2', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Đầu tư trang thiết bị hiện đại, công cụ tiện ích đảm bảo việc xây dựng, thu thập, cập nhật, xử lý, phân tích dữ liệu của Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
        }),
        r.task('3', {
          lead: 'ttCds',
          partners: ['soTaiChinh', 'soKhcn', 'soNganh', 'xaPhuong'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Phối hợp xây dựng phần mềm của Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch đáp ứng yêu cầu về quản lý nhà nước về quy hoạch, phục vụ chỉ đạo điều hành của lãnh đạo các cấp và nhu cầu khai thác, chia sẻ thông tin quy hoạch của cơ quan, tổ chức, cá nhân theo quy định.',
        }),
      ]),
      r.section('III', 'Xây dựng cơ sở dữ liệu quốc gia về quy hoạch', [
        r.task('1', {
          lead: r.each('soNganhXaPhuong'),
          partners: ['soTaiChinh'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Thu thập, biên tập, xây dựng cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) quy hoạch tỉnh, trên nền tảng công nghệ ứng dụng hệ thống thông tin địa lý để cập nhật vào Hệ thống theo quy định.',
        }),
        r.task('2', {
          lead: r.each('soNganhXaPhuong'),
          partners: ['soTaiChinh'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Thu thập, biên tập, xây dựng cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) quy hoạch chung, quy hoạch phân khu trên nền tảng công nghệ ứng dụng hệ thống thông tin địa lý để cập nhật vào Hệ thống theo quy định.',
        }),
        r.task('3', {
          lead: r.each('xaPhuong'),
          partners: ['soNganh'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Thu thập, biên tập, tạo lập các văn bản điện tử của cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) sử dụng đất cấp xã hoặc cấp phường đang có hiệu lực (chuyển tiếp) thuộc phạm vi quản lý của các địa phương theo quy định để cập nhật vào Hệ thống theo quy định.',
        }),
        r.task('4', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Đồng bộ hoá cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) đảm bảo thống nhất trên toàn quốc trên cơ sở chuẩn hóa trên nền tảng công nghệ ứng dụng hệ thống thông tin địa lý.',
        }),
        r.task('5', {
          lead: r.each('xaPhuong'),
          partners: ['soNganh'],
          deadlines: [endOfQuarter({ year: 2030, quarter: 1, text: 'Quý I/2030' })],
          text: 'Thu thập, biên tập, xây dựng cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) sử dụng đất cấp xã hoặc cấp phường đang có hiệu lực (chuyển tiếp) thuộc phạm vi quản lý của các địa phương đã được chuẩn hóa trên nền tảng công nghệ ứng dụng hệ thống thông tin địa lý để cập nhật vào Hệ thống theo quy định.',
        }),
        r.task('6', {
          lead: r.each('soNganhXaPhuong'),
          partners: ['soTaiChinh'],
          deadlines: [endOfQuarter({ year: 2030, quarter: 2, text: 'Quý II/2030' })],
          text: 'Thu thập, biên tập, xây dựng cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) còn lại đang có hiệu lực (bao gồm cả cơ sở dữ liệu hồ sơ quy hoạch có tính chất kỹ thuật, chuyên ngành) thuộc phạm vi quản lý của các sở, ngành, địa phương trên nền tảng công nghệ ứng dụng hệ thống thông tin địa lý để cập nhật vào Hệ thống theo quy định.',
        }),
      ]),
      r.section('IV', 'Quản lý, vận hành, khai thác, chia sẻ cơ sở dữ liệu quốc gia về quy hoạch', [
        r.task('1', {
          lead: 'congAnTp',
          partners: ['soKhcn', 'soNganh', 'xaPhuong'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Xây dựng và thực hiện các biện pháp bảo đảm an toàn thông tin mạng, an ninh mạng đối với cơ sở dữ liệu quốc gia về quy hoạch khi kết nối, chia sẻ dữ liệu cho các cơ sở dữ liệu của sở, ngành, địa phương.',
        }),
        r.task('2', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Quản lý, vận hành Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch đảm bảo hoạt động thông suốt, liên tục 24/7.',
        }, [
          r.task('', {
            lead: 'soKhcn',
            partners: ['soTaiChinh'],
            text: 'Thực hiện sao lưu dữ liệu và đảm bảo có khả năng phục hồi hệ thống sau sự cố.',
          }),
        ]),
        r.task('3', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          deadlines: [endOfQuarter({ year: 2026, quarter: 4, text: 'Quý IV/2026' })],
          text: 'Cập nhật, chia sẻ và đồng bộ dữ liệu về Trung tâm dữ liệu quốc gia theo đúng cơ chế phân cấp dữ liệu đảm bảo phù hợp với quy định về dữ liệu.',
        }),
        r.task('4', {
          lead: r.each('soNganhXaPhuong'),
          partners: ['soTaiChinh'],
          deadlines: [endOfYear(2026, { text: 'Năm 2026' })],
          text: 'Bố trí nhân lực đảm bảo đủ năng lực để thực hiện nhiệm vụ xây dựng, thu thập, xử lý, đồng bộ dữ liệu, cập nhật Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
        }, [
          r.task('', {
            lead: 'soTaiChinh',
            partners: ['soNganh', 'xaPhuong'],
            deadlines: [endOfYear(2026, { text: 'Năm 2026' })],
            text: 'Bố trí nhân lực đảm bảo đủ năng lực để quản lý, vận hành, kết nối, chia sẻ và khai thác Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
          }),
        ]),
      ]),
      r.section('V', 'Đào tạo, tập huấn chuyên môn nghiệp vụ', [
        r.task('1', {
          lead: r.together('khcnCds'),
          partners: ['soNoiVu', 'soNganh', 'xaPhuong'],
          text: 'Đào tạo, bồi dưỡng, tập huấn chuyên môn nghiệp vụ liên quan đến khoa học dữ liệu, GIS, công nghệ thông tin, thu thập, xử lý, đồng bộ hóa dữ liệu, cập nhật, Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
        }, [
          r.task('', {
            lead: 'soTaiChinh',
            text: 'Quản lý, vận hành, quy hoạch, kết nối, chia sẻ và khai thác Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
          }),
        ]),
        r.task('2', {
          lead: r.together('khcnCongAn'),
          partners: ['soTaiChinh', 'soNoiVu', 'soNganh', 'xaPhuong'],
          text: 'Đào tạo, bồi dưỡng, tập huấn nhằm nâng cao nhận thức về an toàn thông tin mạng, an ninh mạng.',
        }),
        r.task('3', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          text: 'Học tập kinh nghiệm nước ngoài, tăng cường hợp tác với các nước và tổ chức quốc tế nhằm tiếp thu kinh nghiệm, nguồn lực, kỹ thuật để triển khai, thực hiện Đề án.',
        }),
      ]),
      r.section('VI', 'Các nhiệm vụ khác', [
        r.task('1', {
          lead: r.together('khcnVien'),
          partners: ['soNganh', 'xaPhuong'],
          deadlines: [yearly({ text: 'Hằng năm' })],
          text: 'Tuyên truyền, nâng cao nhận thức về xây dựng và quản lý Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch.',
        }),
        r.task('2', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          deadlines: [yearly({ text: 'Hằng năm' })],
          text: 'Tổng hợp kế hoạch thực hiện Đề án của các sở, ngành, UBND xã, phường, đặc khu.',
        }),
        r.task('3', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          deadlines: [yearly({ text: 'Hằng năm' })],
          text: 'Tham mưu UBND Thành phố Báo cáo Bộ Tài chính tình hình thực hiện Đề án.',
        }),
        r.task('4', {
          lead: 'soTaiChinh',
          partners: ['soNganh', 'xaPhuong'],
          deadlines: [when('Khi có phát sinh')],
          text: 'Đề xuất UBND Thành phố điều chỉnh, bổ sung nhiệm vụ thực hiện Đề án.',
        }),
        r.task('5', {
          lead: r.each('soNganhXaPhuong'),
          partners: ['soTaiChinh'],
          reports: [r.report({ to: 'soTaiChinh', what: 'Báo cáo việc cung cấp, cập nhật, chuẩn hóa dữ liệu', deadlines: [quarterly({ text: 'định kỳ hằng quý báo cáo về Sở Tài chính' })] })],
          text: 'Thực hiện trách nhiệm giải trình về việc cung cấp, cập nhật, chuẩn hóa dữ liệu. Trường hợp chậm tiến độ, không gửi dữ liệu, gửi dữ liệu không đúng quy định hoặc sai lệch, đơn vị chịu trách nhiệm trước Ủy ban nhân dân Thành phố.',
        }),
      ]),
    ], { id: 'PL', role: 'tasks' }),
  ],
  recipients: [
    { text: 'Như Điều 3', units: ['vpub', 'soNganh', 'ttCds', 'vienNcpt', 'xaPhuong'] },
    { text: 'Thủ tướng Chính phủ', purpose: 'để b/c', units: ['thuTuong'] },
    { text: 'Các Phó Thủ tướng Chính phủ', purpose: 'để b/c', units: ['phoThuTuong'] },
    { text: 'Văn phòng Chính phủ', purpose: 'để b/c', units: ['vpcp'] },
    { text: 'Bộ Tài chính', purpose: 'để b/c', units: ['boTaiChinh'] },
    { text: 'Thường trực Thành ủy', purpose: 'để b/c', units: ['thuongTrucThanhUy'] },
    { text: 'Thường trực HĐND TP', purpose: 'để b/c', units: ['thuongTrucHdnd'] },
    { text: 'Đảng ủy UBND TP', purpose: 'để b/c', units: ['dangUyUbnd'] },
    { text: 'TTUB: CT và các PCT', units: ['lanhDaoUbnd'] },
    { text: 'Văn phòng Thành ủy', purpose: 'để ph/h', units: ['vpThanhUy'] },
    { text: 'Văn phòng ĐBQH và HĐND TP', purpose: 'để ph/h', units: ['vpDbqhHdnd'] },
    { text: 'VPUB: CVP, các PCVP', units: ['vpub'] },
    { text: 'Các Phòng NCTH', units: ['phongNcth'] },
    { text: 'Lưu: VT, (TH/MT)', archive: true },
  ],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Lộc Hà' },
  waivers: [
    {
      rule: 'legal/malformed-number',
      target: 'nq662',
      reason: 'Số "66.2/2025/NQ-CP" có phần số dạng 66.2: Chính phủ đánh số như vậy cho các nghị quyết năm 2025 về xử lý vướng mắc pháp luật; văn bản ghi đúng số đã ban hành.',
    },
    {
      rule: 'roles/too-many-leads',
      target: 'IV.4.t1',
      reason: 'Đoạn văn nêu hai lần "chủ trì" nhưng cả hai là của Trung tâm Chuyển đổi số Thành phố, với hai nhóm phối hợp; một đơn vị chủ trì là đúng.',
    },
    {
      rule: 'roles/missing-lead',
      target: 'xaPhuong',
      reason: 'Kế hoạch giao nhiệm vụ cho "Ủy ban nhân dân phường, xã, đặc khu" như một lớp đơn vị mà không liệt kê đơn vị nào; nhóm không đầy đủ (complete: false).',
    },
    {
      rule: 'roles/lead-is-partner',
      target: 'soTaiChinh',
      reason: 'Phụ lục giao "Các sở, ngành, UBND xã, phường, đặc khu" chủ trì và Sở Tài chính phối hợp: Sở Tài chính phối hợp với các sở, ngành khác; giữ như văn bản ban hành.',
    },
  ],
});
