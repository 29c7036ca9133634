/**
 * Kế hoạch số 552/KH-UBND ngày 19/11/2025 của UBND tỉnh Đồng Tháp thực hiện lộ trình đổi mới
 * công nghệ đến năm 2035 trên địa bàn tỉnh Đồng Tháp đối với các ngành kinh tế mũi nhọn.
 *
 * Encoded as issued, defects included. Texts are verbatim (line breaks of the published copy
 * joined by spaces); corrections are listed in `corrections`, never made silently.
 */
import { definePlan, endOfYear, endTerm, midTerm, paragraphs, when, yearly } from '@kehoach/core';
import { registry as r } from './registry.js';

export default definePlan({
  registry: r,
  number: '552/KH-UBND',
  issuer: 'ubndTinh',
  issuerHeading: ['ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG THÁP'],
  place: 'Đồng Tháp',
  issuedOn: '2025-11-19',
  title: 'THỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035 TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP ĐỐI VỚI CÁC NGÀNH KINH TẾ MŨI NHỌN',
  period: { from: '2025-01-01', to: '2035-12-31', text: 'đến năm 2035' },
  legal: [
    {
      id: 'nq57',
      number: '57-NQ/TW',
      kind: 'Nghị quyết',
      date: '2024-12-22',
      issuer: 'Bộ Chính trị',
      title: 'đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      role: 'pursuant',
    },
    {
      id: 'nq71',
      number: '71/NQ-CP',
      kind: 'Nghị quyết',
      date: '2025-04-01',
      issuer: 'Chính phủ',
      role: 'pursuant',
    },
    {
      id: 'ctr10',
      number: '10-CTr/TU',
      kind: 'Chương trình hành động',
      date: '2025-08-13',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      title: 'thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      role: 'pursuant',
    },
    {
      id: 'tb30',
      number: '30-TB/TGV',
      kind: 'Thông báo',
      date: '2025-06-13',
      issuer: 'Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      title: 'thông báo kết luận cuộc họp của lãnh đạo Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      role: 'pursuant',
    },
    {
      id: 'kh283',
      number: '283/KH-UBND',
      kind: 'Kế hoạch',
      date: '2025-09-24',
      issuer: 'Ủy ban nhân dân Tỉnh',
      title: 'thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh Đồng Tháp',
      role: 'pursuant',
    },
  ],
  preamble: paragraphs(
    'Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động số 10- CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Thông báo số 30-TB/TGV ngày 13/6/2025 của Tổ giúp việc Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thông báo kết luận cuộc họp của lãnh đạo Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân Tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh Đồng Tháp;',
    'Ủy ban nhân dân Tỉnh ban hành Kế hoạch thực hiện lộ trình đổi mới công nghệ đến năm 2035 trên địa bàn tỉnh Đồng Tháp đối với các ngành kinh tế mũi nhọn như sau:',
  ),
  body: [
    r.section('I', 'MỤC ĐÍCH, YÊU CẦU', [
      r.section('1', 'Mục đích', [
        r.item('-', 'Khuyến khích ứng dụng, đổi mới và chuyển giao công nghệ và thương mại hóa công nghệ, tạo điều kiện cho doanh nghiệp, hợp tác xã, hộ sản xuất tiếp cận các tiến bộ khoa học, công nghệ, góp phần nâng cao năng suất, chất lượng, hiệu quả và khả năng cạnh tranh của các ngành kinh tế mũi nhọn của Tỉnh.'),
        r.item('-', 'Tăng cường năng lực nghiên cứu, ứng dụng và chuyển giao công nghệ trong các lĩnh vực trọng điểm, chú trọng nông nghiệp công nghệ cao, công nghiệp chế biến, công nghệ thông tin, chuyển đổi số và các ngành dịch vụ có tiềm năng, nhằm nâng cao giá trị gia tăng, hiệu quả sản xuất, kinh doanh và sức cạnh tranh của doanh nghiệp, hợp tác xã, hộ sản xuất.'),
        r.item('-', 'Xây dựng hệ sinh thái đổi mới sáng tạo, thúc đẩy sự liên kết giữa doanh nghiệp - viện, trường - hợp tác xã - nông dân nhằm hình thành đội ngũ nhân lực công nghệ chất lượng cao.'),
      ], { role: 'purposes' }),
      r.section('2', 'Yêu cầu', [
        r.item('-', 'Bảo đảm sự lãnh đạo toàn diện, thống nhất của Tỉnh ủy; sự quản lý, chỉ đạo điều hành quyết liệt của Ủy ban nhân dân Tỉnh; phát huy vai trò, trách nhiệm và sự phối hợp đồng bộ, chặt chẽ giữa các sở, ban, ngành, địa phương, cơ quan, đơn vị trong quá trình tổ chức triển khai thực hiện. Đảm bảo tính khả thi, hiệu quả, đồng bộ và phù hợp với đặc thù kinh tế - xã hội của Tỉnh.'),
        r.item('-', 'Đổi mới công nghệ phải được triển khai phù hợp với đặc thù của từng ngành kinh tế mũi nhọn, ưu tiên nông nghiệp công nghệ cao, thủy sản, chế biến nông sản, thực phẩm và du lịch, dịch vụ. Trên cơ sở tập trung ứng dụng công nghệ số, tự động hóa, công nghệ sinh học và công nghệ sạch nhằm đạt mục tiêu kép: nâng cao hiệu quả sản xuất và giảm thiểu tác động môi trường.'),
        r.item('-', 'Tăng cường hợp tác nghiên cứu, chuyển giao công nghệ với các viện, trường và doanh nghiệp trong, ngoài nước. Trong đó, doanh nghiệp giữ vai trò chủ động trong đổi mới, còn Nhà nước đóng vai trò hỗ trợ về cơ chế chính sách và nguồn lực.'),
        r.item('-', 'Lộ trình đổi mới công nghệ phải được triển khai theo lộ trình cụ thể và nhiệm vụ, giải pháp rõ ràng, gắn chặt với mục tiêu của từng giai đoạn (giai đoạn 2025 - 2030 và giai đoạn 2031 - 2035).'),
        r.item('-', 'Huy động, lồng ghép hiệu quả các nguồn lực (ngân sách nhà nước, xã hội hóa, hợp tác công tư, vốn FDI, vốn đổi mới sáng tạo).'),
        r.item('-', 'Gắn kết chặt chẽ giữa đổi mới công nghệ, đổi mới sáng tạo, chuyển đổi số, bảo đảm tính khả thi, hiệu quả, phù hợp với đặc thù kinh tế - xã hội của Tỉnh.'),
      ], { role: 'requirements' }),
    ]),
    r.section('II', 'MỤC TIÊU', [
      r.section('1', 'Mục tiêu tổng quát', [
        r.item('-', 'Nâng cao năng lực đổi mới công nghệ cho các ngành kinh tế mũi nhọn (nông nghiệp công nghệ cao, công nghiệp chế biến, thương mại - dịch vụ - du lịch, công nghệ số) để tạo bước đột phá về năng suất, chất lượng và giá trị gia tăng. Đẩy mạnh ứng dụng công nghệ cao, công nghệ mới và công nghệ thân thiện môi trường trong sản xuất, chế biến và quản lý, từng bước tham gia vào chuỗi giá trị toàn cầu. Đồng thời, thúc đẩy chuyển đổi số toàn diện để hình thành hệ sinh thái đổi mới sáng tạo gắn kết với doanh nghiệp, hợp tác xã, viện - trường, góp phần hiện thực hóa nền kinh tế xanh, tuần hoàn và bền vững.'),
        r.item('-', 'Tạo điều kiện phát triển nguồn nhân lực khoa học và công nghệ chất lượng cao và tạo lập môi trường thuận lợi cho doanh nghiệp đổi mới sáng tạo (khuyến khích doanh nghiệp khoa học và công nghệ, doanh nghiệp khởi nghiệp sáng tạo). Xây dựng hệ thống quản lý, cơ sở dữ liệu để kết nối cung - cầu công nghệ và đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh theo sát nhu cầu thực tiễn của các ngành mũi nhọn.'),
        r.item('-', 'Đồng Tháp trở thành trung tâm đổi mới công nghệ trong vùng Đồng bằng sông Cửu Long.'),
      ]),
      r.section('2', 'Mục tiêu cụ thể', [
        r.section('2.1', 'Đến năm 2030', [
          r.item('-', 'Nông nghiệp Công nghệ cao', {}, [
            r.item('', 'Phấn đấu trên 50% diện tích sản xuất nông nghiệp chủ lực (lúa, xoài, cây ăn trái, hoa kiểng) ứng dụng công nghệ thông minh, tự động hóa, số hóa và công nghệ sinh học.', {
              targets: [
                { metric: 'diện tích sản xuất nông nghiệp chủ lực ứng dụng công nghệ thông minh, tự động hóa, số hóa và công nghệ sinh học', direction: 'reach', value: 50, unit: '%', by: 2030, text: 'trên 50% diện tích sản xuất nông nghiệp chủ lực' },
              ],
            }),
            r.item('', 'Hình thành ít nhất 20 mô hình sản xuất nông nghiệp tuần hoàn - hữu cơ - thích ứng biến đổi khí hậu, có khả năng nhân rộng toàn Tỉnh.', {
              targets: [
                { metric: 'mô hình sản xuất nông nghiệp tuần hoàn - hữu cơ - thích ứng biến đổi khí hậu', direction: 'reach', value: 20, unit: 'mô hình', by: 2030, text: 'ít nhất 20 mô hình sản xuất nông nghiệp tuần hoàn - hữu cơ - thích ứng biến đổi khí hậu' },
              ],
            }),
            r.item('', '100% hợp tác xã nông nghiệp, doanh nghiệp sản xuất nông sản chủ lực và sản phẩm nông sản chủ lực (xoài, nhãn, hoa kiểng, thuỷ sản,…) của Tỉnh áp dụng hệ thống truy xuất nguồn gốc và đáp ứng các tiêu chuẩn chất lượng quốc tế (VietGaP, GlobalGAP, hữu cơ,...) để phục vụ xuất khẩu.', {
              targets: [
                { metric: 'hợp tác xã nông nghiệp, doanh nghiệp sản xuất nông sản chủ lực và sản phẩm nông sản chủ lực áp dụng hệ thống truy xuất nguồn gốc và đáp ứng các tiêu chuẩn chất lượng quốc tế', direction: 'reach', value: 100, unit: '%', by: 2030, text: '100% hợp tác xã nông nghiệp, doanh nghiệp sản xuất nông sản chủ lực và sản phẩm nông sản chủ lực' },
              ],
            }),
          ]),
          r.item('-', 'Thủy sản', {}, [
            r.item('', 'Đảm bảo trên 70% diện tích nuôi cá tra và thủy sản chủ lực áp dụng công nghệ nuôi an toàn sinh học, tuần hoàn và giảm phát thải.', {
              targets: [
                { metric: 'diện tích nuôi cá tra và thủy sản chủ lực áp dụng công nghệ nuôi an toàn sinh học, tuần hoàn và giảm phát thải', direction: 'reach', value: 70, unit: '%', by: 2030, text: 'trên 70% diện tích nuôi cá tra và thủy sản chủ lực' },
              ],
            }),
            r.item('', 'Hình thành ít nhất 02 vùng nuôi thủy sản thông minh đạt tiêu chuẩn quốc tế.', {
              targets: [
                { metric: 'vùng nuôi thủy sản thông minh đạt tiêu chuẩn quốc tế', direction: 'reach', value: 2, unit: 'vùng', by: 2030, text: 'ít nhất 02 vùng nuôi thủy sản thông minh' },
              ],
            }),
          ]),
          r.item('-', 'Công nghiệp Chế biến', {}, [
            r.item('', 'Trên 70% số doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng lực công nghệ trung bình tiên tiến trở lên.', {
              targets: [
                { metric: 'doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng lực công nghệ trung bình tiên tiến trở lên', direction: 'reach', value: 70, unit: '%', by: 2030, text: 'Trên 70% số doanh nghiệp chế biến nông sản và thủy sản' },
              ],
            }),
            r.item('', 'Hình thành ít nhất 01 trung tâm logistics, bảo quản, chế biến hiện đại tại các vùng nguyên liệu tập trung.', {
              targets: [
                { metric: 'trung tâm logistics, bảo quản, chế biến hiện đại tại các vùng nguyên liệu tập trung', direction: 'reach', value: 1, unit: 'trung tâm', by: 2030, text: 'ít nhất 01 trung tâm logistics, bảo quản, chế biến hiện đại' },
              ],
            }),
          ]),
          r.item('-', 'Du lịch và dịch vụ', {}, [
            r.item('', '100% điểm đến du lịch trọng điểm ứng dụng công nghệ số (hướng dẫn số, bản đồ số, thanh toán điện tử, quảng bá trực tuyến). Đồng thời, phát triển ít nhất 10 sản phẩm du lịch thông minh, trải nghiệm số hóa, gắn với chuỗi liên kết du lịch số với các tỉnh Đồng bằng sông Cửu Long.', {
              targets: [
                { metric: 'điểm đến du lịch trọng điểm ứng dụng công nghệ số', direction: 'reach', value: 100, unit: '%', by: 2030, text: '100% điểm đến du lịch trọng điểm ứng dụng công nghệ số' },
                { metric: 'sản phẩm du lịch thông minh, trải nghiệm số hóa', direction: 'reach', value: 10, unit: 'sản phẩm', by: 2030, text: 'ít nhất 10 sản phẩm du lịch thông minh' },
              ],
            }),
          ]),
          r.item('-', 'Hệ sinh thái đổi mới sáng tạo', {}, [
            r.item('', 'Vận hành hiệu quả Không gian khởi nghiệp khởi nghiệp đổi mới sáng tạo của tỉnh, kết nối với các trung tâm quốc gia và quốc tế.'),
          ]),
          r.item('-', 'Nguồn nhân lực', {}, [
            r.item('', 'Đảm bảo 100% khu công nghiệp, cụm công nghiệp phải triển khai chương trình hỗ trợ đổi mới công nghệ.', {
              targets: [
                { metric: 'khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ', direction: 'reach', value: 100, unit: '%', by: 2030, text: '100% khu công nghiệp, cụm công nghiệp phải triển khai chương trình hỗ trợ đổi mới công nghệ' },
              ],
            }),
            r.item('', 'Hình thành ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo, 50 doanh nghiệp khoa học công nghệ; đồng thời có ít nhất 50 doanh nghiệp trở thành hạt nhân đổi mới công nghệ, trong đó có 20 doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành.', {
              targets: [
                { metric: 'doanh nghiệp khởi nghiệp sáng tạo', direction: 'reach', value: 100, unit: 'doanh nghiệp', by: 2030, text: 'ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo' },
                { metric: 'doanh nghiệp khoa học công nghệ', direction: 'reach', value: 50, unit: 'doanh nghiệp', by: 2030, text: '50 doanh nghiệp khoa học công nghệ' },
                { metric: 'doanh nghiệp hạt nhân đổi mới công nghệ', direction: 'reach', value: 50, unit: 'doanh nghiệp', by: 2030, text: 'ít nhất 50 doanh nghiệp trở thành hạt nhân đổi mới công nghệ' },
                { metric: 'doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành', direction: 'reach', value: 20, unit: 'doanh nghiệp', by: 2030, text: '20 doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành' },
              ],
            }),
            r.item('', 'Tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực về ứng dụng công nghệ, quản trị đổi mới sáng tạo và chuyển đổi số. Có ít nhất 03 cơ sở giáo dục, đào tạo của tỉnh có hoạt động đào tạo hoặc liên kết đào tạo về công nghệ mới, công nghệ cốt lõi.', {
              targets: [
                { metric: 'lượt nhân lực được đào tạo, bồi dưỡng về ứng dụng công nghệ, quản trị đổi mới sáng tạo và chuyển đổi số', direction: 'reach', value: 3000, unit: 'lượt', by: 2030, text: '3.000 lượt nhân lực' },
                { metric: 'cơ sở giáo dục, đào tạo có hoạt động đào tạo hoặc liên kết đào tạo về công nghệ mới, công nghệ cốt lõi', direction: 'reach', value: 3, unit: 'cơ sở', by: 2030, text: 'ít nhất 03 cơ sở giáo dục, đào tạo' },
              ],
            }),
          ]),
        ]),
        r.section('2.2', 'Định hướng đến năm 2035', [
          r.item('-', 'Đồng Tháp trở thành địa phương thuộc top 03 vùng Đồng bằng sông Cửu Long về đổi mới công nghệ trong nông nghiệp, công nghiệp chế biến và ứng dụng công nghệ số, làm hình mẫu trong phát triển kinh tế số, xã hội số và nông nghiệp công nghệ cao. Quy mô kinh tế số đạt 40% GRDP.', {
            targets: [
              { metric: 'thứ hạng của Tỉnh trong vùng Đồng bằng sông Cửu Long về đổi mới công nghệ', direction: 'reach', value: 3, unit: 'top', by: 2035, text: 'top 03 vùng Đồng bằng sông Cửu Long' },
              { metric: 'quy mô kinh tế số', direction: 'reach', value: 40, unit: '% GRDP', by: 2035, text: 'Quy mô kinh tế số đạt 40% GRDP' },
            ],
          }),
          r.item('-', 'Tối thiểu 80% doanh nghiệp trên địa bàn tỉnh ứng dụng công nghệ tiên tiến trong hoạt động sản xuất, quản lý và kinh doanh, góp phần nâng cao năng suất, chất lượng, giá trị gia tăng và khả năng cạnh tranh của sản phẩm, dịch vụ.', {
            targets: [
              { metric: 'doanh nghiệp ứng dụng công nghệ tiên tiến trong hoạt động sản xuất, quản lý và kinh doanh', direction: 'reach', value: 80, unit: '%', by: 2035, text: 'Tối thiểu 80% doanh nghiệp trên địa bàn tỉnh ứng dụng công nghệ tiên tiến' },
            ],
          }),
          r.item('-', 'Hình thành hệ sinh thái đổi mới sáng tạo hoàn chỉnh, có sự tham gia tích cực và gắn kết chặt chẽ giữa các viện nghiên cứu, trường đại học, doanh nghiệp, hợp tác xã và cộng đồng khởi nghiệp, bảo đảm tính liên thông, hỗ trợ lẫn nhau trong nghiên cứu, phát triển, thương mại hóa sản phẩm. Trong đó, ít nhất 40% doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường.', {
            targets: [
              { metric: 'doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường', direction: 'reach', value: 40, unit: '%', by: 2035, text: 'ít nhất 40% doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường' },
            ],
          }),
          r.item('-', 'Nâng cao rõ rệt tỷ trọng giá trị gia tăng từ các sản phẩm chế biến công nghệ cao trong cơ cấu kinh tế của tỉnh, từng bước chuyển dịch từ nền kinh tế dựa trên sản xuất thô sang nền kinh tế dựa trên tri thức, công nghệ và đổi mới sáng tạo. Trong đó, mỗi năm có ít nhất 150 sản phẩm đổi mới sáng tạo được thương mại hoá.', {
            targets: [
              { metric: 'sản phẩm đổi mới sáng tạo được thương mại hoá', direction: 'reach', value: 150, unit: 'sản phẩm', per: 'year', text: 'mỗi năm có ít nhất 150 sản phẩm đổi mới sáng tạo được thương mại hoá' },
            ],
          }),
        ]),
      ]),
    ], { role: 'objectives' }),
    r.section('III', 'LỘ TRÌNH THỰC HIỆN', [
      r.section('1', 'Giai đoạn 2025 - 2030', [
        r.item('-', 'Rà soát, bổ sung, hoàn thiện các chính sách hỗ trợ đổi mới công nghệ, tạo môi trường thuận lợi để doanh nghiệp, hợp tác xã, hộ sản xuất mạnh dạn đầu tư công nghệ mới.'),
        r.item('-', 'Đầu tư, nâng cấp hạ tầng số; xây dựng và vận hành cơ sở dữ liệu trong các ngành nông nghiệp, công nghiệp, thương mại, dịch vụ và quản lý nhà nước.'),
        r.item('-', 'Xây dựng Trung tâm đổi mới sáng tạo cấp tỉnh, hình thành trung tâm có chức năng kết nối viện, trường, doanh nghiệp và cộng đồng khởi nghiệp, thúc đẩy nghiên cứu, ứng dụng, thương mại hóa công nghệ.'),
        r.item('-', 'Tập trung hỗ trợ các doanh nghiệp nhỏ và vừa ứng dụng công nghệ tiên tiến, công nghệ số trong sản xuất, kinh doanh, phấn đấu đến năm 2030 đạt 30% doanh nghiệp nhỏ và vừa thực hiện.', {
          targets: [
            { metric: 'doanh nghiệp nhỏ và vừa ứng dụng công nghệ tiên tiến, công nghệ số trong sản xuất, kinh doanh', direction: 'reach', value: 30, unit: '%', by: 2030, text: 'phấn đấu đến năm 2030 đạt 30% doanh nghiệp nhỏ và vừa thực hiện' },
          ],
        }),
        r.item('-', 'Đổi mới công nghệ trong khu công nghiệp: 100% khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ, gắn với chuyển đổi số và sản xuất thông minh.', {
          targets: [
            { metric: 'khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ', direction: 'reach', value: 100, unit: '%', text: '100% khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ' },
          ],
        }),
        r.item('-', 'Phát triển công nghệ trong nông nghiệp và công nghiệp chế biến: Đẩy mạnh nghiên cứu, ứng dụng công nghệ cao trong các lĩnh vực nông nghiệp chủ lực (cây ăn trái, thủy sản, hoa kiểng, lúa gạo); đồng thời phát triển công nghiệp chế biến theo hướng nâng cao giá trị gia tăng.'),
        r.item('-', 'Đào tạo và phát triển nguồn nhân lực: Tổ chức các chương trình đào tạo, bồi dưỡng chuyên môn, kỹ năng số và quản lý công nghệ; phát triển nguồn nhân lực khoa học, công nghệ đáp ứng yêu cầu thực tiễn của doanh nghiệp và xã hội.'),
        r.item('-', 'Kiểm tra, đánh giá và điều chỉnh chính sách liên tục: định kỳ (hằng năm) đánh giá tiến độ và hiệu quả thực hiện các mục tiêu, nhiệm vụ và thực hiện đánh giá giữa giai đoạn và cuối giai đoạn để điều chỉnh kịp thời nếu có sai lệch so với mục tiêu.'),
      ]),
      r.section('2', 'Giai đoạn 2031 - 2035', [
        r.section('2.1', 'Mở rộng và đổi mới cơ chế, chính sách', [
          r.item('-', 'Xem xét, điều chỉnh các ưu đãi, hỗ trợ theo thực tế đã triển khai để nâng cao hiệu quả.'),
          r.item('-', 'Bổ sung các chính sách hỗ trợ đặc biệt cho các công ty khởi nghiệp (startup) công nghệ, doanh nghiệp khởi nghiệp đổi mới sáng tạo.'),
          r.item('-', 'Xây dựng và triển khai cơ chế Sandbox cho các mô hình kinh doanh và ứng dụng công nghệ mới (như AgriTech, Fintech) chưa có khung pháp lý điều chỉnh rõ ràng.'),
        ]),
        r.section('2.2', 'Nâng cấp và hoàn thiện hạ tầng công nghệ và chuyển đổi số', [
          r.item('-', 'Mở rộng, nâng cao chất lượng hạ tầng số, trung tâm dữ liệu, kết nối băng rộng tốc độ cao, mạng 4G/5G, IoT tại vùng sản xuất chủ lực.'),
          r.item('-', 'Nâng cấp, hoàn thiện hệ thống cơ sở dữ liệu ngành và liên ngành, đảm bảo liên thông, chia sẻ dữ liệu, hỗ trợ quản lý và ra quyết định.'),
        ]),
        r.section('2.3', 'Hoàn thiện Trung tâm đổi mới sáng tạo cấp tỉnh và mạng lưới hỗ trợ', [
          r.item('-', 'Tăng cường năng lực hoạt động của Trung tâm đổi mới sáng tạo: thử nghiệm, ươm tạo, hỗ trợ thương mại hóa, kết nối với quỹ đầu tư, hỗ trợ thương mại hoá sản phẩm.'),
          r.item('-', 'Phát triển các vườn ươm, cơ sở hỗ trợ khởi nghiệp địa phương, kết nối giữa trung tâm với các tổ chức nghiên cứu, trường đại học, doanh nghiệp.'),
        ]),
        r.section('2.4', 'Đạt được mục tiêu ứng dụng công nghệ tiên tiến doanh nghiệp', [
          r.item('-', 'Đưa tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh lên tối thiểu 80% trên toàn Tỉnh.', {
            targets: [
              { metric: 'tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh', direction: 'reach', value: 80, unit: '%', text: 'lên tối thiểu 80% trên toàn Tỉnh' },
            ],
          }),
          r.item('-', 'Tập trung hỗ trợ doanh nghiệp nhỏ và vừa để rút ngắn khoảng cách với doanh nghiệp lớn trong việc tiếp cận và ứng dụng công nghệ mới.'),
          r.item('-', 'Khuyến khích và hỗ trợ các doanh nghiệp lớn, chủ lực tăng cường chi cho nghiên cứu và phát triển (R&D) để tạo ra công nghệ và sản phẩm cốt lõi, nâng cao năng lực tự chủ công nghệ của Tỉnh.'),
        ]),
        r.section('2.5', 'Phát triển sản xuất, chế biến công nghệ cao và nâng cao giá trị gia tăng', [
          r.item('-', 'Nâng cao chất lượng, giá trị sản phẩm chế biến công nghệ cao, mở rộng thị trường xuất khẩu.'),
          r.item('-', 'Hỗ trợ xây dựng các chuỗi giá trị khép kín và mô hình sản xuất thông minh, sản xuất sạch, thân thiện môi trường, đặc biệt trong các lĩnh vực nông nghiệp chủ lực (cây ăn trái, thủy sản, hoa kiểng, lúa gạo).'),
        ]),
        r.section('2.6', 'Đào tạo, phát triển nguồn nhân lực chất lượng cao', [
          r.item('-', 'Đào tạo chuyên sâu về công nghệ cao, công nghệ số, quản lý đổi mới sáng tạo, sáng tạo sản phẩm.'),
          r.item('-', 'Thu hút chuyên gia, nhà khoa học trong và ngoài nước tham gia giảng dạy, chuyển giao công nghệ.'),
          r.item('-', 'Mở rộng các chương trình "học tập số" để phổ cập và nâng cao kiến thức, kỹ năng số trong cán bộ, công chức và toàn thể người dân, tạo nền tảng cho xã hội số.'),
          r.item('-', 'Tăng cường hợp tác quốc tế để nâng cao trình độ đội ngũ nhân lực trong Tỉnh.'),
        ]),
        r.section('2.7', 'Huy động và quản lý tài chính bền vững để đổi mới công nghệ', [
          r.item('-', 'Mở rộng các nguồn vốn cho đổi mới sáng tạo: quỹ tỉnh, các quỹ đầu tư mạo hiểm, vốn quốc tế, PPP.'),
          r.item('-', 'Mở rộng các nguồn vốn cho đổi mới sáng tạo: quỹ tỉnh, các quỹ đầu tư mạo hiểm, vốn quốc tế, PPP, đảm bảo nguồn vốn bền vững và đa dạng.'),
        ]),
        r.section('2.8', 'Thúc đẩy hệ sinh thái đổi mới sáng tạo và khởi nghiệp hoàn chỉnh', [
          r.item('-', 'Kết nối mạng lưới các tổ chức hỗ trợ đổi mới sáng tạo, vườn ươm, doanh nghiệp khởi nghiệp và các viện, trường.'),
          r.item('-', 'Xây dựng hệ thống hỗ trợ khởi nghiệp về mặt pháp lý, sở hữu trí tuệ, thương mại, tiếp cận thị trường và vốn.'),
          r.item('-', 'Tổ chức các sự kiện, cuộc thi đổi mới sáng tạo khu vực/nội tỉnh, liên kết vùng để tìm kiếm ý tưởng, thu hút đầu tư.'),
        ]),
      ]),
    ]),
    r.section('III', 'NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (chi tiết Phụ lục đính kèm)', [
      r.section('I', 'NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH', [
        r.task('1', {
          lead: 'soTaiChinh',
          partners: [r.related('soBanNganh')],
          text: 'Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư (PPP, FDI, ODA) hỗ trợ đổi mới công nghệ phù hợp với điều kiện kinh tế xã hội của tỉnh.',
        }),
        r.task('2', {
          lead: 'soTaiChinh',
          partners: ['soCongThuong', 'bqlKkt'],
          deadlines: [endOfYear(2026, { text: '2026' })],
          text: 'Đề xuất giải pháp cải thiện môi trường đầu tư, kinh doanh; ưu tiên thu hút dự án ứng dụng công nghệ cao.',
        }),
        r.task('3', {
          lead: 'lienHiepHoi',
          partners: [r.related('soBanNganh')],
          text: 'Nghiên cứu, tư vấn, phản biện chính sách, giải pháp công nghệ.',
        }),
        r.task('4', {
          lead: 'soKhcn',
          partners: ['vienTruong', 'doanhNghiep', r.related('soBanNganh')],
          deadlines: [endOfYear(2026, { text: '2026' })],
          text: 'Xây dựng cơ chế đặt hàng nghiên cứu khoa học và công nghệ của Tỉnh gắn với nhu cầu thực tiễn, khuyến khích mô hình hợp tác công - tư (PPP) trong phát triển hạ tầng công nghệ và đổi mới sáng tạo.',
        }),
      ]),
      r.section('II', 'HỖ TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ', [
        r.task('1', {
          lead: 'soKhcn',
          partners: [r.related('soBanNganh')],
          deadlines: [endOfYear(2026, { text: '2026' })],
          text: 'Xây dựng chương trình hỗ trợ nghiên cứu, ứng dụng, chuyển giao, đổi mới công nghệ cao cho doanh nghiệp, hợp tác xã, hộ sản xuất.',
        }),
        r.task('2', {
          lead: 'soKhcn',
          partners: [r.related('soBanNganh')],
          text: 'Phát triển hệ sinh thái đổi mới sáng tạo, phối hợp triển khai vận hành hoạt động ứng dụng, chuyển giao công nghệ.',
        }),
        r.task('3', {
          lead: 'soKhcn',
          partners: [r.related('soBanNganh')],
          text: 'Xây dựng và triển khai Chương trình/ Đề án phát triển hạ tầng số, dữ liệu số, chính quyền số, kinh tế số và xã hội số.',
        }),
        r.task('4', {
          lead: 'soCongThuong',
          partners: ['doanhNghiep', r.related('soBanNganh')],
          text: 'Hỗ trợ doanh nghiệp ứng dụng công nghệ số trong quản trị sản xuất, kinh doanh, đặc biệt là thương mại điện tử và logistics.',
        }),
        r.task('5', {
          lead: 'soKhcn',
          partners: ['vienTruong', 'doanhNghiep', r.related('soBanNganh')],
          text: 'Đẩy mạnh hợp tác, liên kết với viện nghiên cứu, trường đại học, doanh nghiệp để tiếp nhận, chuyển giao công nghệ tiên tiến.',
        }),
      ]),
      r.section('III', 'GIẢI PHÁP TRONG CHUYỂN ĐỔI CÔNG NGHỆ TRONG CÁC NGÀNH', [
        r.task('1', {
          lead: 'soNnmt',
          partners: ['vienTruong', r.related('soBanNganh')],
          text: 'Triển khai công nghệ cao trong trồng trọt, thủy sản, chăn nuôi; phát triển nông nghiệp thông minh, tuần hoàn, thích ứng biến đổi khí hậu.',
        }),
        r.task('2', {
          lead: 'soNnmt',
          partners: ['vienTruong', r.related('soBanNganh')],
          text: 'Hướng dẫn hợp tác xã, nông dân ứng dụng công nghệ số, truy xuất nguồn gốc, quan trắc tài nguyên, môi trường.',
        }),
        r.task('3', {
          lead: 'soCongThuong',
          partners: ['doanhNghiep', r.related('soBanNganh')],
          text: 'Hỗ trợ doanh nghiệp tiếp cận chính sách khuyến công để đổi mới máy móc, thiết bị và công nghệ trong chế biến, bảo quản.',
        }),
        r.task('4', {
          lead: 'soVhttdl',
          partners: ['vienTruong', r.related('soBanNganh')],
          text: 'Ứng dụng công nghệ số trong quản lý, quảng bá và phát triển du lịch thông minh; hỗ trợ dịch vụ số hóa.',
        }),
        r.task('5', {
          lead: 'bqlKkt',
          partners: ['doanhNghiep', r.related('soBanNganh')],
          text: 'Phối hợp triển khai Chương trình/đề án hỗ trợ đổi mới công nghệ, ứng dụng công nghệ số, sản xuất thông minh trong các khu công nghiệp, khu kinh tế.',
        }),
      ]),
      r.section('IV', 'PHÁT TRIỂN NGUỒN NHÂN LỰC', [
        r.task('1', {
          lead: 'soGddt',
          partners: ['vienTruong', r.related('soBanNganh')],
          text: 'Xây dựng và triển khai các chương trình, kế hoạch đào tạo, bồi dưỡng nhân lực chất lượng cao đáp ứng yêu cầu đổi mới công nghệ, chuyển đổi số.',
        }),
        r.task('2', {
          lead: 'soGddt',
          partners: ['vienTruong', r.related('soBanNganh')],
          text: 'Đổi mới chương trình, nội dung giảng dạy, tập trung vào nâng cao kiến thức khoa học công nghệ, kỹ năng số, tư duy đổi mới sáng tạo.',
        }),
        r.task('3', {
          lead: 'lienHiepHoi',
          partners: ['vienTruong', r.related('soBanNganh')],
          text: 'Đào tạo, bồi dưỡng nhân lực thức khoa học và công nghệ; phối hợp triển khai thí điểm, nhân rộng mô hình công nghệ mới.',
        }),
        r.task('4', {
          lead: 'soNnmt',
          partners: ['vienTruong', r.related('soBanNganh')],
          text: 'Tổ chức các hoạt động tập huấn, đào tạo nhân lực trong lĩnh vực nông nghiệp công nghệ cao, công nghệ môi trường.',
        }),
        r.task('5', {
          lead: 'hiepHoiDn',
          partners: ['doanhNghiep'],
          text: 'Vận động, khuyến khích hội viên, doanh nghiệp tham gia các chương trình đổi mới công nghệ, khởi nghiệp sáng tạo.',
        }),
      ]),
    ], { id: 'III-bis', role: 'tasks' }),
    r.section('IV', 'KINH PHÍ VÀ NGUỒN LỰC THỰC HIỆN', [
      r.item('1', 'Kinh phí thực hiện lồng ghép từ các chương trình, dự án, đề án, vốn ngân sách Nhà nước được phân bổ hằng năm cho các cơ quan, đơn vị.'),
      r.item('2', 'Kinh phí đóng góp của người dân, doanh nghiệp và các hình thức hợp tác công tư khác (nếu có).'),
    ], { role: 'funding' }),
    r.section('V', 'TỔ CHỨC THỰC HIỆN', [
      r.section('1', 'Sở Khoa học và Công nghệ', [
        r.task('-', {
          lead: 'soKhcn',
          text: 'Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân Tỉnh triển khai, theo dõi, đôn đốc và tổng hợp tình hình thực hiện Kế hoạch.',
        }),
        r.task('-', {
          lead: 'soKhcn',
          text: 'Xây dựng và tổ chức các chương trình, đề án hỗ trợ doanh nghiệp, hợp tác xã, hộ sản xuất trong nghiên cứu, ứng dụng, chuyển giao, đổi mới công nghệ.',
        }),
        r.task('-', {
          lead: 'soKhcn',
          text: 'Xây dựng và triển khai các chương trình, đề án phát triển hạ tầng số, dữ liệu số, chính quyền số, kinh tế số và xã hội số; bảo đảm an toàn, an ninh thông tin trong hoạt động chuyển đổi số.',
        }),
        r.task('-', {
          lead: 'soKhcn',
          partners: ['soBanNganh', 'xaPhuong'],
          text: 'Phối hợp với các sở, ngành, địa phương xây dựng cơ chế chính sách, phát triển hạ tầng khoa học, công nghệ, hệ sinh thái đổi mới sáng tạo.',
        }),
        r.task('-', {
          lead: 'soKhcn',
          reports: [
            r.report({ to: 'ubndTinh', what: 'Báo cáo kết quả thực hiện và đề xuất giải pháp, điều chỉnh', deadlines: [yearly({ text: 'Định kỳ hằng năm' })] }),
          ],
          text: 'Định kỳ hằng năm, báo cáo Ủy ban nhân dân Tỉnh kết quả thực hiện và đề xuất giải pháp, điều chỉnh phù hợp.',
        }),
      ]),
      r.section('2', 'Sở Nông nghiệp và Môi trường', [
        r.task('-', {
          lead: 'soNnmt',
          text: 'Chủ trì, phối hợp triển khai các chương trình đổi mới công nghệ trong sản xuất nông nghiệp, chế biến nông sản, thủy sản, hoa kiểng và các sản phẩm chủ lực của tỉnh; gắn với yêu cầu quản lý, khai thác, sử dụng hiệu quả, bền vững tài nguyên đất, nước và môi trường.',
        }),
        r.task('-', {
          lead: 'soNnmt',
          text: 'Hướng dẫn, hỗ trợ nông dân, hợp tác xã, doanh nghiệp ứng dụng công nghệ cao, công nghệ số trong sản xuất, quản lý chuỗi giá trị nông sản; đồng thời thúc đẩy áp dụng công nghệ hiện đại trong quan trắc, giám sát tài nguyên, môi trường, cảnh báo thiên tai và ứng phó biến đổi khí hậu.',
        }),
        r.task('-', {
          lead: 'soNnmt',
          text: 'Đẩy mạnh hợp tác, liên kết với các viện nghiên cứu, trường đại học, doanh nghiệp để tiếp nhận, chuyển giao công nghệ tiên tiến phục vụ nông nghiệp bền vững, kinh tế tuần hoàn, tiết kiệm năng lượng, tái chế và xử lý chất thải.',
        }),
        r.task('-', {
          lead: 'soNnmt',
          text: 'Tổ chức các hoạt động tập huấn, đào tạo, phát triển nguồn nhân lực trong lĩnh vực nông nghiệp công nghệ cao, công nghệ môi trường, nâng cao năng lực quản lý và ứng dụng công nghệ trong sản xuất và bảo vệ môi trường.',
        }),
      ]),
      r.section('3', 'Sở Công Thương', [
        r.task('-', {
          lead: 'soCongThuong',
          text: 'Chủ trì triển khai các chương trình khuyến công nhằm hỗ trợ các doanh nghiệp/cơ sở đổi mới máy móc, thiết bị và công nghệ, nhất là lĩnh vực công nghiệp chế biến nông sản, thực phẩm và phát triển công nghiệp hỗ trợ.',
        }),
        r.task('-', {
          lead: 'soCongThuong',
          text: 'Hỗ trợ doanh nghiệp ứng dụng công nghệ số trong quản trị sản xuất, kinh doanh, đặc biệt là thương mại điện tử và logistics.',
        }),
        r.task('-', {
          lead: 'soCongThuong',
          partners: [r.related('soBanNganh', 'liên quan')],
          text: 'Phối hợp với các ngành liên quan phát triển thị trường cho sản phẩm công nghệ cao, đổi mới sáng tạo.',
        }),
      ]),
      r.section('4', 'Sở Tài chính', [
        r.task('-', {
          lead: 'soTaiChinh',
          text: 'Trên cơ cở tổng hợp nhu cầu và đề xuất từ các sở, ban, ngành tỉnh và cơ quan, đơn vị liên quan; Sở Tài chính tham mưu Ủy ban nhân dân Tỉnh bố trí, cân đối và huy động các nguồn lực tài chính cho hoạt động đổi mới công nghệ, bảo đảm sử dụng hiệu quả ngân sách nhà nước, lồng ghép với các chương trình, dự án phát triển kinh tế - xã hội của Tỉnh.',
        }),
        r.task('-', {
          lead: 'soTaiChinh',
          text: 'Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư (PPP, FDI, ODA) hỗ trợ đổi mới công nghệ phù hợp với điều kiện kinh tế xã hội của Tỉnh',
        }),
        r.task('-', {
          lead: 'soTaiChinh',
          partners: ['soBanNganh', 'xaPhuong'],
          text: 'Phối hợp với các sở, ngành, địa phương hướng dẫn, kiểm tra việc quản lý, sử dụng nguồn kinh phí cho các chương trình, đề án đổi mới công nghệ, bảo đảm công khai, minh bạch, đúng mục tiêu, đúng quy định pháp luật.',
        }),
        r.task('-', {
          lead: 'soTaiChinh',
          text: 'Đề xuất các giải pháp cải thiện môi trường đầu tư, kinh doanh; ưu tiên thu hút các dự án ứng dụng công nghệ cao, công nghệ tiên tiến, thân thiện môi trường, có giá trị gia tăng và sức lan tỏa lớn đối với phát triển kinh tế - xã hội của Tỉnh.',
        }),
      ]),
      r.section('5', 'Sở Giáo dục và Đào tạo', [
        r.task('-', {
          lead: 'soGddt',
          partners: ['soBanNganh', 'xaPhuong'],
          text: 'Chủ trì, phối hợp với các sở, ngành, địa phương xây dựng và triển khai các chương trình, kế hoạch đào tạo, bồi dưỡng nguồn nhân lực chất lượng cao đáp ứng yêu cầu đổi mới công nghệ, chuyển đổi số và phát triển kinh tế số.',
        }),
        r.task('-', {
          lead: 'soGddt',
          text: 'Đổi mới chương trình, nội dung, phương pháp giảng dạy trong các cơ sở giáo dục, dạy nghề, tập trung vào nâng cao kiến thức khoa học, công nghệ, kỹ năng số, tư duy đổi mới sáng tạo và khởi nghiệp cho học sinh, sinh viên, người lao động.',
        }),
        r.task('-', {
          lead: 'soGddt',
          partners: ['doanhNghiep', 'vienTruong'],
          text: 'Phối hợp với doanh nghiệp, viện nghiên cứu, trường đại học tổ chức đào tạo theo nhu cầu xã hội, đặc biệt trong các lĩnh vực nông nghiệp công nghệ cao, công nghiệp chế biến, công nghệ thông tin, an toàn thông tin và các ngành dịch vụ mới nổi.',
        }),
        r.task('-', {
          lead: 'soGddt',
          text: 'Tăng cường hợp tác quốc tế, liên kết đào tạo với các trường, viện trong và ngoài nước; khuyến khích sự tham gia của doanh nghiệp trong hoạt động đào tạo, thực tập, bồi dưỡng kỹ năng nghề, góp phần nâng cao chất lượng nguồn nhân lực của Tỉnh.',
        }),
      ]),
      r.section('6', 'Ban Quản lý khu Kinh tế', [
        r.task('-', {
          lead: 'bqlKkt',
          partners: ['soBanNganh', 'xaPhuong'],
          text: 'Phối hợp với các sở, ngành và địa phương tổ chức triển khai các chương trình, kế hoạch hỗ trợ đổi mới công nghệ, ứng dụng công nghệ số và sản xuất thông minh trong các khu công nghiệp, khu kinh tế.',
        }),
        r.task('-', {
          lead: 'bqlKkt',
          text: 'Phối hợp hướng dẫn, tạo điều kiện thuận lợi cho doanh nghiệp trong khu công nghiệp, khu kinh tế tiếp cận các cơ chế, chính sách ưu đãi về đổi mới công nghệ, chuyển đổi số, nghiên cứu - phát triển và chuyển giao công nghệ.',
        }),
        r.task('-', {
          lead: 'bqlKkt',
          text: 'Phối hợp xây dựng hạ tầng số, cơ sở dữ liệu quản lý trong các khu công nghiệp, khu kinh tế; thúc đẩy kết nối, chia sẻ dữ liệu với hệ thống chính quyền số của Tỉnh.',
        }),
        r.task('-', {
          lead: 'bqlKkt',
          text: 'Thu hút, kêu gọi đầu tư vào các dự án công nghệ cao, công nghiệp chế biến sâu, sản xuất xanh, thân thiện môi trường; khuyến khích hình thành các mô hình doanh nghiệp đổi mới sáng tạo trong khu công nghiệp, khu kinh tế.',
        }),
        r.task('-', {
          lead: 'bqlKkt',
          text: 'Phối hợp tổ chức tập huấn, bồi dưỡng nâng cao năng lực cho cán bộ, doanh nghiệp trong khu công nghiệp, khu kinh tế về khoa học, công nghệ, đổi mới sáng tạo và an toàn, an ninh thông tin.',
        }),
      ]),
      r.section('7', 'Liên hiệp các Hội Khoa học và Kỹ thuật', [
        r.task('', {
          lead: 'lienHiepHoi',
          text: 'Nghiên cứu, tư vấn, phản biện chính sách, giải pháp công nghệ; Đào tạo, bồi dưỡng nhân lực khoa học và công nghệ.',
        }),
      ]),
      r.section('8', 'Các sở, ban, ngành Tỉnh', [
        r.task('', {
          lead: r.each('soBanNganh'),
          text: 'Căn cứ chức năng, nhiệm vụ, chủ động xây dựng và triển khai kế hoạch, chương trình, đề án cụ thể nhằm thúc đẩy đổi mới công nghệ trong lĩnh vực phụ trách.',
        }),
      ]),
      r.section('9', 'Ủy ban nhân dân xã, phường', [
        r.task('-', {
          lead: r.each('xaPhuong'),
          text: 'Xây dựng kế hoạch triển khai phù hợp với đặc thù, điều kiện thực tế của từng địa phương.',
        }),
        r.task('-', {
          lead: r.each('xaPhuong'),
          text: 'Tuyên truyền, vận động doanh nghiệp, hợp tác xã, hộ sản xuất tích cực tham gia đổi mới công nghệ, chuyển đổi số.',
        }),
        r.task('-', {
          lead: r.each('xaPhuong'),
          partners: [r.related('soBanNganh', 'liên quan')],
          reports: [r.report({ to: 'ubndTinh', what: 'Báo cáo kết quả', deadlines: [] })],
          text: 'Phối hợp với các sở, ngành liên quan tổ chức thực hiện, kiểm tra, giám sát, định kỳ báo cáo kết quả về Ủy ban nhân dân Tỉnh.',
        }),
      ]),
      r.section('10', 'Hiệp hội Doanh nghiệp', [
        r.task('-', {
          lead: 'hiepHoiDn',
          text: 'Vận động, khuyến khích hội viên, doanh nghiệp tham gia các chương trình đổi mới công nghệ, khởi nghiệp sáng tạo.',
        }),
        r.task('-', {
          lead: 'hiepHoiDn',
          text: 'Là cầu nối giữa doanh nghiệp với cơ quan quản lý nhà nước trong việc đề xuất cơ chế, chính sách hỗ trợ.',
        }),
      ]),
    ], { role: 'organization' }),
    r.section('VI', 'TỔ CHỨC THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ BÁO CÁO', [
      r.section('1', 'Công tác theo dõi, kiểm tra', [
        r.task('-', {
          lead: 'soKhcn',
          text: 'Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; kịp thời tổng hợp, tham mưu Ủy ban nhân dân Tỉnh tháo gỡ khó khăn, vướng mắc phát sinh.',
        }),
        r.task('-', {
          lead: r.each('soNganhXaPhuong'),
          text: 'Các sở, ban, ngành, Ủy ban nhân dân xã, phường định kỳ kiểm tra, đánh giá tình hình thực hiện các mục tiêu, nhiệm vụ trong phạm vi quản lý, kịp thời phát hiện những hạn chế, bất cập để có biện pháp điều chỉnh.',
        }),
        r.item('-', 'Tăng cường công tác giám sát, đánh giá độc lập (nếu cần) nhằm bảo đảm tính khách quan, minh bạch, hiệu quả trong triển khai Kế hoạch.'),
      ]),
      r.section('2', 'Chế độ báo cáo', [
        r.item('-', 'Các sở, ban, ngành, Ủy ban nhân dân xã, phường và các đơn vị liên quan có trách nhiệm xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ để tổng hợp.', {
          owners: [r.each('coQuanDonVi')],
          deadlines: [yearly({ text: 'kế hoạch chi tiết hằng năm' })],
          reports: [
            r.report({
              from: r.each('coQuanDonVi'),
              to: 'soKhcn',
              what: 'Báo cáo kết quả thực hiện',
              deadlines: [yearly({ month: 11, day: 20, text: 'định kỳ báo cáo kết quả thực hiện trước ngày 20/11' })],
            }),
          ],
        }),
        r.task('-', {
          lead: 'soKhcn',
          text: 'Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ trước ngày 30/11 hằng năm. Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035), gửi Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ.',
          // "báo cáo Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ": one rule per addressee.
          reports: [
            r.report({ to: 'ubndTinh', what: 'Báo cáo tổng hợp kết quả thực hiện Kế hoạch', deadlines: [yearly({ month: 11, day: 30, text: 'trước ngày 30/11 hằng năm' })] }),
            r.report({ to: 'boKhcn', what: 'Báo cáo tổng hợp kết quả thực hiện Kế hoạch', deadlines: [yearly({ month: 11, day: 30, text: 'trước ngày 30/11 hằng năm' })] }),
            r.report({ to: 'ubndTinh', what: 'Báo cáo giữa kỳ thực hiện Kế hoạch', deadlines: [midTerm({ text: 'Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030)' })] }),
            r.report({ to: 'boKhcn', what: 'Báo cáo giữa kỳ thực hiện Kế hoạch', deadlines: [midTerm({ text: 'Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030)' })] }),
            r.report({ to: 'ubndTinh', what: 'Báo cáo tổng kết thực hiện Kế hoạch', deadlines: [endTerm({ text: 'báo cáo tổng kết thực hiện Kế hoạch (năm 2035)' })] }),
            r.report({ to: 'boKhcn', what: 'Báo cáo tổng kết thực hiện Kế hoạch', deadlines: [endTerm({ text: 'báo cáo tổng kết thực hiện Kế hoạch (năm 2035)' })] }),
          ],
        }),
        r.item('', 'Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị và địa phương phản ánh về Sở Khoa học và Công nghệ để phối hợp giải quyết; trường hợp vượt thẩm quyền, Sở Khoa học và Công nghệ tổng hợp báo cáo và đề xuất, trình Ủy ban nhân dân Tỉnh xem xét, quyết định./.', {
          reports: [
            r.report({
              from: r.each('coQuanDonVi'),
              to: 'soKhcn',
              what: 'Phản ánh khó khăn, vướng mắc',
              deadlines: [when('nếu có khó khăn, vướng mắc')],
            }),
            r.report({
              from: 'soKhcn',
              to: 'ubndTinh',
              what: 'Tổng hợp báo cáo và đề xuất',
              deadlines: [when('trường hợp vượt thẩm quyền')],
            }),
          ],
        }),
      ], { role: 'reporting' }),
    ]),
  ],
  recipients: [
    { text: 'Thường trực Tỉnh ủy', units: ['thuongTrucTinhUy'] },
    { text: 'Thường trực HĐND Tỉnh', units: ['thuongTrucHdnd'] },
    { text: 'CT, các PCT UBND Tỉnh', units: ['lanhDaoUbnd'] },
    { text: 'Mục V', units: ['soKhcn', 'soNnmt', 'soCongThuong', 'soTaiChinh', 'soGddt', 'bqlKkt', 'lienHiepHoi', 'soBanNganh', 'xaPhuong', 'hiepHoiDn'] },
    { text: 'VPUB: CVP, các PCVP', units: ['vpub'] },
    { text: 'Lưu: VT, KGVX. Thg', archive: true },
  ],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Huỳnh Minh Tuấn' },
  waivers: [
    {
      rule: 'authority/assign-external',
      target: 'lienHiepHoi',
      reason: 'Kế hoạch giao nhiệm vụ cho Liên hiệp các Hội Khoa học và Kỹ thuật (mục V.7, Phụ lục I.3 và IV.3) mà không dùng "đề nghị"; giữ như văn bản ban hành.',
    },
    {
      rule: 'authority/assign-external',
      target: 'hiepHoiDn',
      reason: 'Kế hoạch giao nhiệm vụ cho Hiệp hội Doanh nghiệp (mục V.10, Phụ lục IV.5) mà không dùng "đề nghị"; giữ như văn bản ban hành.',
    },
    {
      rule: 'roles/missing-lead',
      target: 'xaPhuong',
      reason: 'Kế hoạch giao nhiệm vụ cho "Ủy ban nhân dân xã, phường" như một lớp đơn vị mà không liệt kê xã, phường nào; nhóm không đầy đủ (complete: false), các thành viên là "các xã, phường khác".',
    },
  ],
  corrections: [
    {
      id: 'hai-phan-III',
      target: 'III-bis',
      field: 'number',
      asIssued: 'III',
      corrected: 'IV',
      note: {
        vi: 'Hai phần cùng được đánh số III ("LỘ TRÌNH THỰC HIỆN" và "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"); phần thứ hai là phần IV, và các phần sau là V, VI, VII.',
        en: 'Two parts are numbered III ("LỘ TRÌNH THỰC HIỆN" and "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"); the second is part IV, and the following parts are V, VI and VII.',
      },
    },
    {
      id: 'co-so',
      target: 'V.4.d1',
      field: 'text',
      asIssued: 'Trên cơ cở',
      corrected: 'Trên cơ sở',
      note: { vi: 'Lỗi chính tả: "cơ sở".', en: 'Misspelling of "cơ sở" (basis).' },
    },
    {
      id: 'khoi-nghiep-lap',
      target: 'II.2.21.d5.t1',
      field: 'text',
      asIssued: 'Không gian khởi nghiệp khởi nghiệp đổi mới sáng tạo',
      corrected: 'Không gian khởi nghiệp đổi mới sáng tạo',
      note: { vi: 'Lặp từ "khởi nghiệp".', en: 'The word "khởi nghiệp" is printed twice.' },
    },
    {
      id: 'nhan-luc-thuc',
      target: 'III-bis.IV.3',
      field: 'text',
      asIssued: 'nhân lực thức khoa học',
      corrected: 'nhân lực khoa học',
      note: {
        vi: 'Thừa chữ "thức"; mục V.7 viết cùng nhiệm vụ là "Đào tạo, bồi dưỡng nhân lực khoa học và công nghệ".',
        en: 'A stray word "thức"; part V.7 words the same duty "Đào tạo, bồi dưỡng nhân lực khoa học và công nghệ".',
      },
    },
  ],
});
