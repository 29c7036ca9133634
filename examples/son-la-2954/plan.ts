/**
 * Quyết định số 2954/QĐ-UBND ngày 20/11/2025 của UBND tỉnh Sơn La ban hành Kế hoạch xuất khẩu
 * sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030, and the plan it issues.
 *
 * Encoded as issued, defects included. Texts are verbatim (line breaks of the published copy
 * joined by spaces); corrections are listed in `corrections`, never made silently.
 */
import { definePlan, monthly, onRequest, when, yearly } from '@kehoach/core';
import { registry as r } from './registry.js';

export default definePlan({
  registry: r,
  number: '2954/QĐ-UBND',
  issuer: 'ubndTinh',
  issuerHeading: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA'],
  place: 'Sơn La',
  issuedOn: '2025-11-20',
  title: 'XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030',
  period: { from: '2026-01-01', to: '2030-12-31', text: 'giai đoạn 2026 - 2030' },
  legal: [
    {
      id: 'qd493',
      number: '493/QĐ-TTg',
      kind: 'Quyết định',
      date: '2022-04-19',
      issuer: 'Thủ tướng Chính phủ',
      title: 'phê duyệt Chiến lược xuất nhập khẩu hàng hóa đến năm 2030',
      role: 'pursuant',
    },
  ],
  preamble:
    'Triển khai thực hiện các mục tiêu kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 và khai thác tối đa lợi thế xuất khẩu, góp phần phát triển kinh tế - xã hội của tỉnh theo hướng tăng trưởng xanh, phát triển nhanh, bền vững, nâng cao năng suất, hiệu quả và sức cạnh tranh của các ngành, lĩnh vực và chủ động hội nhập kinh tế thế giới, Uỷ ban nhân dân tỉnh Sơn La ban hành Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030 như sau:',
  body: [
    r.section('I', 'MỤC TIÊU', [
      r.item('1', 'Duy trì tốc độ tăng trưởng xuất khẩu ổn định, khai thác tối đa lợi thế xuất khẩu và tập trung đẩy mạnh xuất khẩu trực tiếp các sản phẩm chủ lực, các sản phẩm có lợi thế của tỉnh: xoài, nhãn, cà phê, chè, sản phẩm nông sản chế biến... nhằm góp phần chuyển dịch cơ cấu kinh tế, sản xuất chế biến phát triển và mở rộng xuất khẩu các mặt hàng chế biến sâu phù hợp với nhu cầu của thị trường, thúc đẩy sự phát triển kinh tế - xã hội của tỉnh theo hướng tăng trưởng xanh, phát triển nhanh, bền vững, nâng cao năng suất, hiệu quả và sức cạnh tranh của các ngành, lĩnh vực và chủ động hội nhập kinh tế thế giới.'),
      r.item('2', 'Tập trung đẩy mạnh hoạt động sản xuất, xuất khẩu các sản phẩm chủ lực của tỉnh góp phần phát triển kinh tế xã hội, giải quyết việc làm cho lao động trên địa bàn tỉnh. Đồng thời, đẩy mạnh công tác chuyển giao công nghệ hiện đại trong sản xuất để tiết kiệm chi phí, hạ giá thành sản phẩm và đáp ứng nhu cầu xuất khẩu; nâng cao giá trị xuất khẩu các sản phẩm chế biến sâu, tăng số lượng xuất khẩu chính ngạch, giảm dần xuất khẩu tiểu ngạch và tăng giá trị gia tăng sản phẩm chế biến trong chuỗi giá trị hàng nông sản; nâng cao chất lượng sản phẩm xuất khẩu và phát triển thương hiệu.'),
      r.item('3', 'Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD, tăng bình quân hàng năm trong giai đoạn này đạt 10 - 13%/năm. Trong đó: Giá trị sản phẩm nông sản, thực phẩm tham gia xuất khẩu đạt 395 triệu USD; Giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu đạt 05 triệu USD.', {
        targets: [
          { metric: 'giá trị hàng hóa tham gia xuất khẩu', direction: 'reach', value: 400, unit: 'triệu USD', by: 2030, text: 'giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD' },
          { metric: 'giá trị hàng hóa tham gia xuất khẩu', direction: 'increase', range: { min: 10, max: 13 }, unit: '%', per: 'year', text: 'tăng bình quân hàng năm trong giai đoạn này đạt 10 - 13%/năm' },
          { metric: 'giá trị sản phẩm nông sản, thực phẩm tham gia xuất khẩu', direction: 'reach', value: 395, unit: 'triệu USD', by: 2030, text: 'Giá trị sản phẩm nông sản, thực phẩm tham gia xuất khẩu đạt 395 triệu USD' },
          { metric: 'giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu', direction: 'reach', value: 5, unit: 'triệu USD', by: 2030, text: 'Giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu đạt 05 triệu USD' },
        ],
      }),
    ], { role: 'objectives' }),
    r.section('II', 'CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030', [
      r.section('1', 'Sản phẩm tham gia xuất khẩu', [
        r.section('a', 'Sản phẩm nông sản, thực phẩm', [
          r.item('-', 'Các sản phẩm trái cây: Tổng sản phẩm trái cây tham gia xuất khẩu phấn đấu đến năm 2030 đạt trên 46.200 tấn; tổng giá trị sản phẩm trái cây tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 48,3 triệu USD, tốc độ tăng bình quân 05 - 06%/năm. Một số sản phẩm trái cây chủ yếu:', {
            targets: [
              { metric: 'lượng sản phẩm trái cây tham gia xuất khẩu', direction: 'reach', value: 46200, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm trái cây tham gia xuất khẩu phấn đấu đến năm 2030 đạt trên 46.200 tấn' },
              { metric: 'giá trị sản phẩm trái cây tham gia xuất khẩu', direction: 'reach', value: 48.3, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm trái cây tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 48,3 triệu USD' },
              { metric: 'giá trị sản phẩm trái cây tham gia xuất khẩu', direction: 'increase', range: { min: 5, max: 6 }, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 05 - 06%/năm' },
            ],
          }, [
            r.item('+', 'Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn; tổng giá trị sản phẩm Xoài tham gia xuất khẩu đến năm 2030 dự kiến đạt 10 triệu USD, tốc độ tăng bình quân 08 - 09%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Úc, Nhật Bản, Hàn Quốc, Hoa Kỳ...', {
              targets: [
                { metric: 'lượng sản phẩm Xoài tham gia xuất khẩu', direction: 'reach', value: 18000, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn' },
                { metric: 'giá trị sản phẩm Xoài tham gia xuất khẩu', direction: 'reach', value: 10, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm Xoài tham gia xuất khẩu đến năm 2030 dự kiến đạt 10 triệu USD' },
                { metric: 'giá trị sản phẩm Xoài tham gia xuất khẩu', direction: 'increase', range: { min: 8, max: 9 }, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 08 - 09%/năm' },
              ],
            }),
            r.item('+', 'Tổng sản phẩm Nhãn tham gia xuất khẩu phấn đấu đến năm 2030 đạt 8.500 tấn; tổng giá trị sản phẩm Nhãn tham gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân 05 - 06%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Úc, Nhật Bản, Hàn Quốc...', {
              targets: [
                { metric: 'lượng sản phẩm Nhãn tham gia xuất khẩu', direction: 'reach', value: 8500, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm Nhãn tham gia xuất khẩu phấn đấu đến năm 2030 đạt 8.500 tấn' },
                { metric: 'giá trị sản phẩm Nhãn tham gia xuất khẩu', direction: 'reach', value: 30.2, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm Nhãn tham gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD' },
                { metric: 'giá trị sản phẩm Nhãn tham gia xuất khẩu', direction: 'increase', range: { min: 5, max: 6 }, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 05 - 06%/năm' },
              ],
            }),
            r.item('+', 'Tổng sản phẩm Chanh leo tham gia xuất khẩu phấn đấu đến năm 2030 đạt 3.200 tấn; tổng giá trị sản phẩm Chanh leo tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 1,7 triệu USD, tốc độ tăng bình quân 05 - 07%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Hàn Quốc, Nhật Bản, các nước EU...', {
              targets: [
                { metric: 'lượng sản phẩm Chanh leo tham gia xuất khẩu', direction: 'reach', value: 3200, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm Chanh leo tham gia xuất khẩu phấn đấu đến năm 2030 đạt 3.200 tấn' },
                { metric: 'giá trị sản phẩm Chanh leo tham gia xuất khẩu', direction: 'reach', value: 1.7, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm Chanh leo tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 1,7 triệu USD' },
                { metric: 'giá trị sản phẩm Chanh leo tham gia xuất khẩu', direction: 'increase', range: { min: 5, max: 7 }, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 05 - 07%/năm' },
              ],
            }),
            r.item('+', 'Tổng sản phẩm Chuối tham gia xuất khẩu đến năm 2030 phấn đấu đạt 14.500 tấn; tổng giá trị sản phẩm Chuối tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 3,9 triệu USD, tốc độ tăng bình quân 05%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Hàn Quốc, Nhật Bản...', {
              targets: [
                { metric: 'lượng sản phẩm Chuối tham gia xuất khẩu', direction: 'reach', value: 14500, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm Chuối tham gia xuất khẩu đến năm 2030 phấn đấu đạt 14.500 tấn' },
                { metric: 'giá trị sản phẩm Chuối tham gia xuất khẩu', direction: 'reach', value: 3.9, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm Chuối tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 3,9 triệu USD' },
                { metric: 'giá trị sản phẩm Chuối tham gia xuất khẩu', direction: 'increase', value: 5, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 05%/năm' },
              ],
            }),
            r.item('+', 'Tổng sản phẩm Thanh long tham gia xuất khẩu đến năm 2030 phấn đấu đạt 2.000 tấn; tổng giá trị sản phẩm Thanh long tham gia xuất khẩu dự kiến đạt 2,5 triệu USD, tốc độ tăng bình quân 10 - 14%/năm. Thị trường định hướng xuất khẩu: Trung Quốc, Nga, Úc...', {
              targets: [
                { metric: 'lượng sản phẩm Thanh long tham gia xuất khẩu', direction: 'reach', value: 2000, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm Thanh long tham gia xuất khẩu đến năm 2030 phấn đấu đạt 2.000 tấn' },
                { metric: 'giá trị sản phẩm Thanh long tham gia xuất khẩu', direction: 'reach', value: 2.5, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm Thanh long tham gia xuất khẩu dự kiến đạt 2,5 triệu USD' },
                { metric: 'giá trị sản phẩm Thanh long tham gia xuất khẩu', direction: 'increase', range: { min: 10, max: 14 }, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 10 - 14%/năm' },
              ],
            }),
          ]),
          r.item('-', 'Sản phẩm nông sản chế biến và nông sản khác: Tổng sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu phấn đấu đến năm 2030 đạt trên 228.000 tấn; tổng giá trị sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 346,6 triệu USD, tốc độ tăng bình quân 10 - 12%/năm. Một số mặt hàng chủ yếu:', {
            targets: [
              { metric: 'lượng sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu', direction: 'reach', value: 228000, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu phấn đấu đến năm 2030 đạt trên 228.000 tấn' },
              { metric: 'giá trị sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu', direction: 'reach', value: 346.6, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 346,6 triệu USD' },
              { metric: 'giá trị sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu', direction: 'increase', range: { min: 10, max: 12 }, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 10 - 12%/năm' },
            ],
          }, [
            r.item('+', 'Tổng sản phẩm Chè xuất khẩu đến năm 2030 phấn đấu đạt trên 12.000 tấn; tổng giá trị sản phẩm Chè tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 33 triệu USD, tốc độ tăng bình quân 03 - 04%/năm. Thị trường định hướng xuất khẩu: Đài Loan, Pakistan, Apganistan, UAE, Nhật Bản...', {
              targets: [
                { metric: 'lượng sản phẩm Chè tham gia xuất khẩu', direction: 'reach', value: 12000, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm Chè xuất khẩu đến năm 2030 phấn đấu đạt trên 12.000 tấn' },
                { metric: 'giá trị sản phẩm Chè tham gia xuất khẩu', direction: 'reach', value: 33, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm Chè tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 33 triệu USD' },
                { metric: 'giá trị sản phẩm Chè tham gia xuất khẩu', direction: 'increase', range: { min: 3, max: 4 }, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 03 - 04%/năm' },
              ],
            }),
            r.item('+', 'Tổng sản phẩm Cà phê xuất khẩu đến năm 2030 phấn đấu đạt trên 39.000 tấn; tổng giá trị sản phẩm Cà phê tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 186 triệu USD, tốc độ tăng bình quân 10 - 12%/năm. Thị trường định hướng xuất khẩu: EU, Bắc Mỹ, Hoa Kỳ, UAE, một số nước Trung Đông và ASEAN...', {
              targets: [
                { metric: 'lượng sản phẩm Cà phê tham gia xuất khẩu', direction: 'reach', value: 39000, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm Cà phê xuất khẩu đến năm 2030 phấn đấu đạt trên 39.000 tấn' },
                { metric: 'giá trị sản phẩm Cà phê tham gia xuất khẩu', direction: 'reach', value: 186, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm Cà phê tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 186 triệu USD' },
                { metric: 'giá trị sản phẩm Cà phê tham gia xuất khẩu', direction: 'increase', range: { min: 10, max: 12 }, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 10 - 12%/năm' },
              ],
            }),
            r.item('+', 'Tổng sản phẩm Sắn xuất khẩu đến năm 2030 phấn đấu đạt trên 155.000 tấn; tổng giá trị sản phẩm Sắn tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 70 triệu USD, tốc độ tăng bình quân 10 - 11%/năm. Thị trường định hướng xuất khẩu: Trung Quốc…', {
              targets: [
                { metric: 'lượng sản phẩm Sắn tham gia xuất khẩu', direction: 'reach', value: 155000, unit: 'tấn', by: 2030, text: 'Tổng sản phẩm Sắn xuất khẩu đến năm 2030 phấn đấu đạt trên 155.000 tấn' },
                { metric: 'giá trị sản phẩm Sắn tham gia xuất khẩu', direction: 'reach', value: 70, unit: 'triệu USD', by: 2030, text: 'tổng giá trị sản phẩm Sắn tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 70 triệu USD' },
                { metric: 'giá trị sản phẩm Sắn tham gia xuất khẩu', direction: 'increase', range: { min: 10, max: 11 }, unit: '%', per: 'year', text: 'tốc độ tăng bình quân 10 - 11%/năm' },
              ],
            }),
          ]),
        ]),
        r.section('b', 'Sản phẩm công nghiệp, tiểu thủ công nghiệp', [
          r.item('', 'Tổng giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu dự kiến đạt 05 triệu USD. Các mặt hàng tham gia xuất khẩu chủ yếu gồm xi măng (thị trường xuất khẩu: Lào, Trung Quốc…), dệt may (Thị trường xuất khẩu: Ấn Độ, các nước Trung Đông…)', {
            targets: [
              { metric: 'giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu', direction: 'reach', value: 5, unit: 'triệu USD', by: 2030, text: 'Tổng giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu dự kiến đạt 05 triệu USD' },
            ],
          }),
          r.item('', '(Mục tiêu xuất khẩu chi tiết có phụ lục kèm theo)'),
        ]),
      ]),
      r.section('2', 'Phát triển thị trường xuất khẩu', [
        r.item('', 'Định hướng phát triển thị trường, mặt hàng trọng điểm tại từng thị trường khu vực như sau:'),
        r.section('a', 'Thị trường Trung Quốc, Hồng Kông, Đài Loan', [
          r.item('', 'Tiếp tục được xác định là thị trường xuất khẩu chính, tập trung đẩy mạnh xuất khẩu; định hướng giảm xuất khẩu nguyên liệu thô, tăng cường xuất khẩu mặt hàng chế biến có giá trị gia tăng cao. Về mặt hàng, tăng cường xuất khẩu nhóm hàng nông sản tươi, nông sản chế biến như Xoài, Nhãn, Chanh leo, Long Nhãn, Chè, Sắn lát, tinh bột Sắn...'),
        ]),
        r.section('b', 'Thị trường ASEAN', [
          r.item('', 'Tiếp tục đẩy mạnh xuất khẩu sang các thị trường: Singapore, Thái Lan, Lào, Campuchia... Về sản phẩm, tiếp tục đẩy mạnh và duy trì xuất khẩu nhóm hàng nông sản và sản phẩm nông sản chế biến, đặc biệt là các mặt hàng có thể mạnh của tỉnh như: xoài, các loại nước ép hoa quả...'),
        ]),
        r.section('c', 'Thị trường Đông Bắc Á', [
          r.item('', 'Tập trung đẩy mạnh xuất khẩu sang thị trường Hàn Quốc và Nhật Bản. Về mặt hàng, tăng cường xuất khẩu sang thị trường Hàn Quốc và Nhật Bản nhóm hàng dệt may, các sản phẩm nông sản chế biến: chè, long nhãn, các loại rau...'),
        ]),
        r.section('d', 'Các thị trường Tây Á, Nam Á', [
          r.item('', 'Nghiên cứu, quảng bá, giới thiệu và xuất khẩu các mặt hàng nông sản chế biến như: chè, cà phê, nước ép hoa quả, các sản phẩm hoa quả sấy... tại thị trường các Tiểu vương quốc Ả-rập thống nhất (UAE), Oman, Ả-rập Xê-Út, Ấn Độ, Pa-ki-xtan...'),
        ]),
        r.section('đ', 'Thị trường châu Đại Dương', [
          r.item('', 'Tập trung triển khai các giải pháp nghiên cứu, quảng bá, giới thiệu và xuất khẩu các nhóm hàng nông sản tươi như: xoài, nhãn… sang thị trường Australia.'),
        ]),
        r.section('e', 'Thị trường châu Âu và Anh', [
          r.item('', 'Đẩy mạnh xuất khẩu nhằm duy trì vững chắc và mở rộng thị phần xuất khẩu sang các thị trường Đức, Pháp, Anh và các nước thành viên Liên minh kinh tế Á - Âu. Về sản phẩm, thúc đẩy xuất khẩu các mặt hàng nông sản chế biến có giá trị gia tăng cao (đặc biệt là các mặt hàng cà phê, chè, các sản phẩm chế biến từ trái cây…) nhằm khai thác tốt lợi thế về thuế khi Hiệp định Thương mại tự do Việt Nam - EU, Việt Nam với Anh có hiệu lực.'),
        ]),
        r.section('f', 'Thị trường châu Mỹ', [
          r.item('', 'Tiếp tục củng cố và mở rộng thị phần xuất khẩu tại thị trường Hoa Kỳ, Canada, thúc đẩy xuất khẩu sang các thị trường các nước lân cận. Thúc đẩy xuất khẩu những nhóm mặt hàng có thế mạnh xuất khẩu của tỉnh, đặc biệt nhóm măt hàng: Cà phê, Xoài, Nhãn… đối với thị trường Hoa Kỳ, Canada và nhóm hàng nông sản, nông sản chế biến, dệt may đối với khu vực Mỹ La tinh.'),
        ]),
      ]),
      r.section('3', 'Phát triển dịch vụ hỗ trợ xuất khẩu', [
        r.item('-', 'Tiếp tục cải thiện môi trường đầu tư, kinh doanh, đẩy mạnh cải cách thủ tục hành chính tạo thuận lợi tối đa cho các doanh nghiệp tham gia sản xuất, kinh doanh. Đơn giản hóa, minh bạch và công khai thủ tục hành chính. Ban hành và triển khai sâu sát, đồng bộ các chính sách hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã; có các chính sách khuyến khích việc tăng cường liên kết, hợp tác theo chiều rộng và chiều sâu giữa các doanh nghiệp, cũng như xác lập quan hệ bạn hàng và quan hệ đối tác chiến lược nhằm phát triển xuất khẩu về lâu dài bởi hầu hết doanh nghiệp trên địa bàn tỉnh có quy mô nhỏ, vốn ít, kinh nghiệm xuất khẩu chưa nhiều nên cần tăng cường liên kết và hợp tác với nhau. Phát huy vai trò của các Hội, Hiệp hội ngành hàng, bảo đảm hiệp hội thực sự là cầu nối giữa doanh nghiệp và các cơ quan nhà nước nhằm tạo môi trường thuận lợi cho hoạt động sản xuất kinh doanh của các doanh nghiệp.'),
        r.item('-', 'Xây dựng mô hình đơn vị thu gom, sơ chế, phân loại, đóng gói, bảo quản tiêu thụ, xuất khẩu; tăng cường công tác kiểm tra, giám sát chất lượng các sản phẩm đã và đang xây dựng thương hiệu, đảm bảo có chất lượng tốt, giữ vững và khẳng định danh tiếng trên thị trường.'),
        r.item('-', 'Tiếp tục thu hút, khuyến khích, hỗ trợ các nhà đầu tư, các doanh nghiệp đầu tư nhà máy chế biến nông sản; Hỗ trợ mô hình sơ chế, chế biến, đóng gói, bảo quản nông sản để xuất khẩu; Xây dựng chỉ dẫn địa lý, nhãn hiệu sản phẩm hỗ trợ quảng bá, tuyên truyền sản phẩm tại thị trường nước ngoài có tiềm năng nhập khẩu (xoài, nhãn, cà phê, chè…).'),
        r.item('-', 'Hỗ trợ các doanh nghiệp, HTX trên địa bàn tỉnh quảng bá, giới thiệu sản phẩm tại các hoạt động xúc tiến thương mại trong nước và quốc tế; ứng dụng thương mại điện tử, thông qua đó nâng cao năng lực, đảm bảo khả năng giám sát và truy xuất hàng hóa trong quá trình cung ứng.'),
      ]),
    ], { role: 'objectives' }),
    r.section('III', 'GIẢI PHÁP THỰC HIỆN KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2021- 2025', [
      r.section('1', 'Xây dựng vùng nguyên liệu phục vụ xuất khẩu', [
        r.item('-', 'Xây dựng vùng nguyên liệu đáp ứng nhu cầu thị trường và xuất khẩu. Quản lý chặt chẽ quy trình kỹ thuật chăm sóc, thu hái, bảo quản, sơ chế, chế biến nông sản; tăng cường hoạt động giám sát đối với mã số vùng trồng đã cấp cho các doanh nghiệp, HTX, tiếp tục xây dựng, cấp các mã vùng trồng mới; Quản lý quy trình sản xuất nông nghiệp an toàn (VietGAP, GlobalGAP).'),
        r.item('-', 'Đẩy mạnh thực hiện liên kết sản xuất với nhu cầu thị trường, tiêu thụ nông sản thông qua hợp đồng kinh tế với các doanh nghiệp thu gom, chế biến, tiêu thụ, xuất khẩu; hình thành các chuỗi sản xuất nông sản bền vững. Tập trung tổ chức tập huấn, đào tạo nâng cao kỹ thuật thu hái, sơ chế, bảo quản cho lao động các doanh nghiệp, HTX.'),
      ]),
      r.section('2', 'Đẩy mạnh xúc tiến thương mại, mở rộng thị trường xuất khẩu', [
        r.item('-', 'Duy trì, củng cố, mở rộng thị trường truyền thống, trong đó tập trung vào thị trường Trung Quốc với các sản phẩm trái cây tươi; mở rộng, phát triển các thị trường tiềm năng, thị trường các nước đã ký kết các hiệp định thương mại tự do với Việt Nam như: Nhật Bản, Hàn Quốc, các nước khu vực EU… tập trung cho nhóm các sản phẩm nông sản chế biến.'),
        r.item('-', 'Hàng năm, xây dựng kế hoạch xúc tiến thương mại và phát triển thương mại điện tử của tỉnh; tổ chức chuỗi sự kiện quảng bá, xúc tiến tiêu thụ, xuất khẩu; Kết hợp chặt chẽ với các cơ quan thông tin truyền thông, báo chí trung ương và địa phương kịp thời đưa tin, tuyên truyền, quảng bá về các sự kiện xúc tiến tiêu thụ nông sản tỉnh Sơn La.'),
        r.item('-', 'Duy trì phối hợp với các Bộ, ngành Trung ương, UBND các tỉnh/thành phố như: Lào Cai, Lạng Sơn, Hải Phòng, Quảng Ninh… cập nhật, cung cấp các thông tin dự báo thị trường để định hướng tổ chức sản xuất, hỗ trợ tiêu thụ, xuất khẩu nông sản.'),
        r.item('-', 'Khuyến khích, tạo điều kiện cho các doanh nghiệp, HTX quảng bá, gửi mẫu sản phẩm chào hàng, tham gia các hội chợ, triển lãm thương mại quốc tế trong và ngoài nước; Tăng cường liên kết với các doanh nghiệp xuất khẩu của các tỉnh/thành phố (Hà Nội, Lào Cai, Lạng Sơn, Quảng Ninh, Hải Phòng, Hưng Yên...) để xuất khẩu nông sản.'),
        r.item('-', 'Đẩy mạnh phát triển và ứng dụng thương mại điện tử cho các doanh nghiệp, HTX để tăng cường quảng bá, giới thiệu, kết nối tiêu thụ, xuất khẩu sản phẩm một cách nhanh nhất và giảm thiểu các chi phí quảng bá, giới thiệu khác.'),
        r.item('-', 'Tổ chức đoàn công tác đi khảo sát thị trường, tìm kiếm đối tác kết nối xuất khẩu các sản phẩm nông sản của tỉnh; Tổ chức, tham gia các hội nghị kết nối cung cầu các sản phẩm nông nghiệp nhằm đẩy mạnh tiêu thụ, xuất khẩu nông sản; hình thành và phát triển chuỗi liên kết tiêu thụ nông sản bền vững.'),
        r.item('-', 'Hỗ trợ xây dựng thương hiệu trong nước và nước ngoài, xây dựng chỉ dẫn địa lý những mặt hàng chủ lực; thương hiệu doanh nghiệp và thương hiệu sản phẩm; ứng dụng công nghệ trong sản xuất và đảm bảo tạo ra các sản phẩm có chất lượng đáp ứng nhu cầu thị trường với chi phí sản xuất thấp.'),
        r.item('-', 'Xây dựng ấn phẩm, Video - clip phục vụ công tác quảng bá, giới thiệu để kết nối tiêu thụ trong nước và xuất khẩu; hỗ trợ, tư vấn cho doanh nghiệp, HTX thiết kế mẫu mã, bao bì sản phẩm đáp ứng các quy định nhập khẩu tại thị trường nước ngoài.'),
      ]),
      r.section('3', 'Nâng cao năng lực đơn vị thu gom và dịch vụ hỗ trợ xuất khẩu', [
        r.item('-', 'Tổ chức tập huấn, hướng dẫn các doanh nghiệp, HTX sản xuất, đơn vị thu gom ký kết và thực hiện biên bản ghi nhớ, hợp đồng kinh tế với các đơn vị xuất khẩu; triển khai đồng bộ từ khâu chăm sóc đến khâu thu gom, sơ chế, chế biến, bảo quản, tiêu thụ và xuất khẩu.'),
        r.item('-', 'Xây dựng mô hình, hình thành và phát triển các đơn vị thu gom có đủ năng lực (kho lạnh, cơ sở sơ chế, phân loại, đóng gói, bao bì, phương tiện vận chuyển chuyên dụng) bao tiêu và ký kết với đơn vị chế biến, xuất khẩu; Xây dựng cơ sở đóng gói đáp ứng tiêu chuẩn của nước nhập khẩu.'),
        r.item('-', 'Tổ chức tập huấn nâng cao nhận thức, năng lực quản trị kinh doanh, hội nhập kinh tế quốc tế (nghiên cứu, tiếp cận thị trường; các quy định thương mại quốc tế; phát triển thương hiệu sản phẩm Sơn La; kiến thức về thực thi quyền sở hữu trí tuệ, các tiêu chuẩn chất lượng và vệ sinh an toàn thực phẩm đối với hàng hoá xuất khẩu; kỹ thuật sơ chế, bảo quản, đóng gói, thiết kế nhãn mác, bao bì sản phẩm...) cho các doanh nghiệp, HTX, người lao động sản xuất, thu gom, sơ chế, chế biến hàng hóa xuất khẩu.'),
        r.item('-', 'Tăng cường sử dụng các dịch vụ hỗ trợ sản xuất và kinh doanh như dịch vụ tư vấn, dịch vụ nghiên cứu và thăm dò thị trường, dịch vụ pháp lý... để nâng cao chất lượng, hiệu quả và tính chuyên nghiệp trong hoạt động sản xuất kinh doanh của các doanh nghiệp, đặc biệt là các doanh nghiệp vừa và nhỏ.'),
      ]),
      r.section('4', 'Thu hút đầu tư cơ sở sơ chế, chế biến, xuất khẩu', [
        r.item('', 'Tạo môi trường đầu tư hấp dẫn để thu hút vốn đầu tư từ các thành phần kinh tế, thu hút các doanh nghiệp đầu tư các nhà máy chế biến, bảo quản để kéo dài thời gian bảo quản, kéo dài thời gian tham gia xuất khẩu, nâng cao giá trị của sản phẩm tham gia xuất khẩu.'),
      ]),
      r.section('5', 'Thực hiện cơ chế, chính sách', [
        r.item('-', 'Tiếp tục thực hiện cải cách hành chính, hỗ trợ cung cấp thông tin, công khai các chính sách, kế hoạch, quy hoạch phát triển các ngành, lĩnh vực có liên quan, cải thiện môi trường pháp lý, hệ thống tín dụng; đơn giản hóa và rút ngắn thời gian giải quyết các thủ tục trong việc giải tỏa, đền bù, giải phóng mặt bằng, giao đất, cho thuế đất, thủ tục về đăng ký thuế và kê khai thuế.'),
        r.item('-', 'Hỗ trợ các ngành xuất khẩu thu hút nhiều lao động: Dệt may, da giày, nông sản...; giải quyết hài hòa giữa tăng trưởng xuất khẩu và bảo vệ môi trường: Hỗ trợ doanh nghiệp áp dụng các quy trình và công nghệ sản xuất thân thiện với môi trường: thúc đẩy phát triển công nghệ, nhất là công nghệ thân thiện với môi trường; khuyến khích áp dụng quy trình sản xuất thân thiện với môi trường; ...'),
        r.item('-', 'Triển khai có hiệu quả, lồng ghép các chính sách hỗ trợ phát triển sản xuất, chế biến, tiêu thụ, xuất khẩu nông sản hiện hành của Nhà nước trên địa bàn tỉnh đảm bảo nguồn kinh phí, chỉ đạo giải ngân kịp thời, đúng đối tượng, phát huy hiệu quả chính sách.'),
      ]),
    ], { role: 'tasks' }),
    r.section('IV', 'KINH PHÍ', [
      r.item('1', 'Nguồn ngân sách: Hàng năm, căn cứ vào nội dung kế hoạch và các nhiệm vụ cụ thể của các sở ngành, UBND các xã, phường xây dựng dự toán kinh phí gửi Sở Tài chính tổng hợp, căn cứ khả năng cân đối ngân sách trình UBND tỉnh xem xét, phê duyệt.'),
      r.item('2', 'Nguồn xã hội hóa từ các doanh nghiệp, HTX và các nguồn huy động hợp pháp khác.'),
    ], { role: 'funding' }),
    r.section('V', 'TỔ CHỨC THỰC HIỆN', [
      r.section('1', 'Sở Công Thương', [
        r.section('a', 'Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan', [
          r.task('-', {
            lead: 'soCongThuong',
            partners: ['soBanNganh', 'xaPhuong', r.related('coQuanDonVi')],
            text: 'Là cơ quan đầu mối chủ trì tổ chức thực hiện, theo dõi, đôn đốc các sở, ban, ngành, UBND các xã, phường triển khai thực hiện đảm bảo đạt mục tiêu, yêu cầu, nội dung và tiến độ Kế hoạch này.',
          }),
          r.task('-', {
            lead: 'soCongThuong',
            partners: ['soBanNganh', 'xaPhuong', r.related('coQuanDonVi')],
            text: 'Tổ chức chương trình tập huấn kiến thức, tuyên truyền phổ biến các quy định về hội nhập kinh tế quốc tế, xuất khẩu hàng hóa, xây dựng thương hiệu và ứng dụng thương mại điện tử, chuyển đổi số trong hoạt động xúc tiến thương mại.',
          }),
          r.task('-', {
            lead: 'soCongThuong',
            partners: ['soBanNganh', 'xaPhuong', r.related('coQuanDonVi')],
            text: 'Tổ chức, tham gia các hoạt động kết nối giao thương, liên kết vùng trong và ngoài nước, hỗ trợ phát triển thương mại điện tử (không bao gồm việc tham gia gian hàng tại các hội chợ thương mại trong nước).',
          }),
          r.task('-', {
            lead: 'soCongThuong',
            partners: ['soBanNganh', 'xaPhuong', r.related('coQuanDonVi')],
            text: 'Tham mưu phát triển công nghiệp bảo quản, chế biến nông lâm thủy sản; khuyến khích phát triển công nghiệp chế biến sâu, chế biến tinh, chế biến công nghệ cao. Chú trọng phát triển công nghiệp phụ trợ và dịch vụ hỗ trợ để nâng cao giá trị gia tăng và khả năng cạnh tranh của sản phẩm.',
          }),
        ]),
        r.section('b', 'Phối hợp với các sở, ngành, UBND các xã, phường', [
          r.task('-', {
            lead: 'soCongThuong',
            partners: ['soBanNganh', 'xaPhuong'],
            text: 'Hỗ trợ các nhà đầu tư, các tập đoàn lớn đến đầu tư phát triển hạ tầng thương mại, khu công nghiệp, cụm công nghiệp, nhà máy chế biến nông sản gắn với vùng nguyên liệu nông nghiệp…; phát triển các dịch vụ logistics gắn với vùng sản xuất, kinh doanh nông nghiệp.',
          }),
          r.task('-', {
            lead: 'soCongThuong',
            partners: ['soBanNganh', 'xaPhuong'],
            text: 'Thực hiện có hiệu quả, trọng tâm, trọng điểm đối với các hoạt động xúc tiến thương mại và phát triển thương mại điện tử tỉnh Sơn La năm 2025; nghiên cứu việc thực hiện các hoạt động xúc tiến thương mại tại nước ngoài, khuyến khích doanh nghiệp, HTX của tỉnh tham gia các hoạt động thương mại điện tử.',
          }),
        ]),
      ]),
      r.section('2', 'Sở Nông nghiệp và Môi trường', [
        r.section('a', 'Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan', [
          r.task('-', {
            lead: 'soNnmt',
            partners: ['soBanNganh', 'xaPhuong', r.related('coQuanDonVi')],
            text: 'Hướng dẫn doanh nghiệp và HTX trên địa bàn tỉnh áp dụng quy trình sản xuất nông nghiệp tốt, liên kết sản xuất theo chuỗi giá trị gắn với tiêu chuẩn chất lượng, an toàn thực phẩm và mã số vùng trồng, mã số cơ sở đóng gói theo yêu cầu của thị trường trong nước và xuất khẩu;',
          }),
          r.task('-', {
            lead: 'soNnmt',
            partners: ['soBanNganh', 'xaPhuong', r.related('coQuanDonVi')],
            text: 'Đẩy mạnh xây dựng, phát triển các vùng sản xuất trái cây ứng dụng công nghệ cao, chuỗi cung ứng nông sản an toàn… trên địa bàn tỉnh; Nghiên cứu, tham mưu với UBND tỉnh việc hỗ trợ doanh nghiệp, HTX trên địa bàn tỉnh đạt các chứng nhận quốc tế (GlobalGAP, PGS…) góp phần thúc đẩy hoạt động xuất khẩu sản phẩm của tỉnh.',
          }),
        ]),
        r.section('b', 'Phối hợp với các sở, ngành, UBND các xã, phường', [
          r.task('-', {
            lead: 'soNnmt',
            partners: ['soBanNganh', 'xaPhuong'],
            text: 'Tổ chức, khuyến khích doanh nghiệp, Hợp tác xã tham gia các hoạt động tuyên truyền, quảng bá, giới thiệu các sản phẩm đặc trưng, có lợi thế cạnh tranh của tỉnh, tập trung vào các sản phẩm nông sản, thực phẩm.',
          }),
          r.task('-', {
            lead: 'soNnmt',
            partners: ['soBanNganh', 'xaPhuong'],
            text: 'Hỗ trợ phát triển thương mại điện tử của tỉnh đối với các doanh nghiệp, HTX sản xuất, kinh doanh sản phẩm nông sản đặc trưng, có lợi thế cạnh tranh của tỉnh tại thị trường trong nước và quốc tế.',
          }),
        ]),
      ]),
      r.section('3', 'Sở Tài chính', [
        r.task('-', {
          lead: 'soTaiChinh',
          partners: ['soBanNganh', 'xaPhuong', r.related('coQuanDonVi')],
          text: 'Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường và các đơn vị có liên quan hướng dẫn các nhà đầu tư về thủ tục đầu tư vào nông nghiệp, nông thôn; các dự án nhà máy chế biến nông sản tại tỉnh; Tiếp tục thu hút, khuyến khích, hỗ trợ các nhà đầu tư, các tập đoàn lớn đến đầu tư nhà máy chế biến nông sản, đầu tư phát triển hệ thống hạ tầng thương mại, các cơ sở thu gom, chợ đầu mối, cơ sở chế biến, bảo quản các sản phẩm nông sản theo các quy hoạch đã được cấp có thẩm quyền phê duyệt và định hướng thu hút đầu tư của tỉnh.',
        }),
        r.task('-', {
          lead: 'soTaiChinh',
          text: 'Hướng dẫn các sở, ngành và các đơn vị liên quan xây dựng kế hoạch, dự toán kinh phí triển khai các nhiệm vụ được giao đảm bảo chủ động, hiệu quả, tiết kiệm, đúng quy định của pháp luật.',
        }),
      ]),
      r.section('4', 'Sở Khoa học và Công Nghệ', [
        // One lead for the whole section: the "-" items are what Sở KH&CN leads, with the partners the heading names.
        r.task('', {
          lead: 'soKhcn',
          partners: ['soBanNganh', 'xaPhuong', r.related('coQuanDonVi')],
          text: 'Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan:',
        }, [
          r.item('-', 'Triển khai thực hiện các chính sách khuyến khích doanh nghiệp, HTX đầu tư, áp dụng chuyển giao đổi mới công nghệ tiên tiến, công nghệ sạch thân thiện với môi trường.'),
          r.item('-', 'Tập trung cao cho việc xây dựng, quản lý nhãn hiệu, tem truy xuất nguồn gốc của các sản phẩm chủ lực, đặc trưng của tỉnh; đẩy mạnh việc thực hiện đăng ký bảo hộ tại nước ngoài cho các sản phẩm chủ lực của tỉnh.'),
          r.item('-', 'Hỗ trợ cập nhật các thông tin liên quan đến các quy định về các tiêu chuẩn, quy chuẩn quốc tế; các quy định về hàng rào phi thuế quan; các cam kết về quy tắc xuất xứ hàng hóa; hướng dẫn, hỗ trợ xây dựng tiêu chuẩn cơ sở đáp ứng tiêu chuẩn, quy chuẩn của nước nhập khẩu.'),
        ]),
      ]),
      r.section('5', 'Công an tỉnh', [
        r.task('', {
          lead: 'congAnTinh',
          partners: ['soBanNganh', 'xaPhuong'],
          text: 'Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường thực hiện quản lý nhà nước về xuất nhập cảnh, cư trú của người nước ngoài đến khảo sát, đầu tư chế biến, tiêu thụ nông sản của tỉnh; quản lý, hướng dẫn đảm bảo các thủ tục liên quan để triển khai các hoạt động quảng bá, giới thiệu, xuất khẩu sản phẩm hàng hóa tại thị trường nước ngoài.',
        }),
      ]),
      r.section('6', 'Sở Ngoại Vụ', [
        r.task('-', {
          lead: 'soNgoaiVu',
          text: 'Thẩm định, trình UBND tỉnh về thủ tục: Người nước ngoài vào tỉnh Sơn La để thực hiện các nội dung liên quan đến thúc đẩy phát triển hoạt động xuất khẩu hàng hoá của tỉnh Sơn La; các đoàn của tỉnh đi nước ngoài để triển khai các hoạt động nhằm quảng bá, giới thiệu sản phẩm hàng hóa xuất khẩu của tỉnh.',
        }),
        r.task('-', {
          lead: 'soNgoaiVu',
          text: 'Tham mưu với UBND tỉnh làm việc với các Cơ quan đại diện ngoại giao Việt Nam tại nước ngoài, các Cơ quan đại diện ngoại giao nước ngoài tại Việt Nam, các tổ chức quốc tế… nhằm tăng cường thông tin thị trường, tìm kiếm cơ hội mở rộng thị trường; tuyên truyền, giới thiệu, quảng bá, kết nối thúc đẩy xuất khẩu sản phẩm hàng hóa của tỉnh.',
        }),
      ]),
      r.section('7', 'Trung tâm Xúc tiến đầu tư, thương mại và du lịch', [
        r.task('-', {
          lead: 'ttXucTien',
          text: 'Tổ chức các chương trình: Tuần hàng, tuần lễ, hội chợ thương mại quảng bá, giới thiệu các sản phẩm hàng hóa của tỉnh Sơn La; hỗ trợ các doanh nghiệp, HTX của tỉnh tham gia các gian hàng trưng bày, giới thiệu các sản phẩm của tỉnh tại các chương trình xúc tiến thương mại, hội chợ triển lãm thương mại.',
        }),
        r.task('-', {
          lead: 'ttXucTien',
          text: 'Làm việc với cơ quan thông tấn, báo chí, truyền thông trong nước và quốc tế (nếu có) để đẩy mạnh việc quảng bá, giới thiệu các sản phẩm của tỉnh Sơn La; Tổ chức tập huấn kiến thức, kỹ năng trong các lĩnh vực về: kỹ năng xúc tiến thương mại, xây dựng thương hiệu, hỗ trợ xây dựng bao bì, nhãn hiệu sản phẩm.',
        }),
      ]),
      r.section('8', 'Đề nghị Liên minh Hợp tác xã tỉnh, Đoàn TNCS Hồ Chí Minh tỉnh, Hội nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh', [
        r.task('-', {
          lead: r.each('toChucDoanThe'),
          mode: 'request',
          text: 'Đẩy mạnh tập huấn, học tập mô hình sản xuất tiên tiến, phù hợp với điều kiện thực tế của tỉnh; tiếp tục thành lập mới các hợp tác xã, nhất là các hợp tác xã trồng cây ăn quả theo hướng có sản phẩm đảm bảo yêu cầu xuất khẩu, cung cấp nguyên liệu cho các nhà máy chế biến nông sản, các doanh nghiệp thu gom, sơ chế, bảo quản, tiêu thụ, xuất khẩu nông sản.',
        }),
        r.task('-', {
          lead: r.each('toChucDoanThe'),
          mode: 'request',
          text: 'Phối hợp với các sở, ngành, UBND các xã, phường tổ chức các hoạt động xúc tiến thương mại, quảng bá, giới thiệu và kết nối giao thương các sản phẩm có lợi thế cạnh tranh của tỉnh, tập trung vào sản phẩm nông sản.',
        }),
        r.task('-', {
          lead: r.each('toChucDoanThe'),
          mode: 'request',
          text: 'Thường xuyên nắm bắt, đề xuất cơ quan có thẩm quyền giải quyết các khó khăn, vướng mắc của doanh nghiệp, HTX, Đoàn viên, Hội viên… và nhân dân trong sản xuất, thu hoạch và kinh doanh, tiêu thụ sản phẩm của tỉnh, nhất là các sản phẩm nông sản.',
        }),
      ]),
      r.section('9', 'Báo và phát thanh, truyền hình Sơn La, Cổng thông tin điện tử tỉnh', [
        r.task('', {
          lead: r.each('baoChiTinh'),
          text: 'Xây dựng các phóng sự, tin bài để quảng bá, giới thiệu các sản phẩm hàng hóa nông sản của Sơn La tham gia xuất khẩu; Xây dựng các phóng sự, tin bài để phổ biến về khoa học kỹ thuật, quy trình sản xuất, tiêu chuẩn chất lượng nông sản an toàn VietGAP, GlobalGAP theo quy định của các nước có nhu cầu nhập khẩu.',
        }),
      ]),
      r.section('10', 'Ủy ban nhân dân các xã, phường', [
        r.section('a', 'Chủ trì, phối hợp với các sở, ban, ngành và cơ quan, đơn vị có liên quan', [
          r.task('-', {
            lead: r.each('xaPhuong'),
            partners: ['soBanNganh', r.related('coQuanDonVi')],
            text: 'Phát triển các vùng sản xuất tập trung tại địa phương có quy mô đủ lớn, đẩy mạnh xây dựng chuỗi liên kết sản xuất, tiêu thụ sản phẩm; từng bước nâng cao chuỗi giá trị cho các loại cây ăn quả chủ lực, phù hợp với nhu cầu thị trường, hình thành các vùng sản xuất nông nghiệp ứng dựng công nghệ cao tập trung tại các địa bàn có điều kiện phát triển thuận lợi.',
          }),
          r.task('-', {
            lead: r.each('xaPhuong'),
            partners: ['soBanNganh', r.related('coQuanDonVi')],
            text: 'Xây dựng các mô hình mẫu về vùng sản xuất tập trung, thực hiện quản lý chặt chẽ quy trình chăm sóc, sử dụng thuốc bảo vệ thực vật, bao trái… nhằm đáp ứng các tiêu chuẩn chất lượng sản phẩm phục vụ xuất khẩu hoặc phân khúc cao cấp tại thị trường trong nước.',
          }),
          r.task('-', {
            lead: r.each('xaPhuong'),
            partners: ['soBanNganh', r.related('coQuanDonVi')],
            text: 'Trên cơ sở thực tiễn về tiềm năng xuất khẩu của các sản phẩm trên địa bàn, nghiên cứu xây dựng kế hoạch xuất khẩu các sản phẩm hàng hóa của xã, phường giai đoạn 2026 – 2030.',
          }),
          r.task('-', {
            lead: r.each('xaPhuong'),
            partners: ['soBanNganh', r.related('coQuanDonVi')],
            text: 'Lựa chọn ít nhất 01 doanh nghiệp, hợp tác xã (có đủ năng lực về tài chính, phương tiên, quản trị kinh doanh, thông tin thị trường, có đối tác tiêu thụ, xuất khẩu) đóng vai trò đơn vị thu gom chuyên nghiệp góp phần xây dựng mạng lưới thu gom, phân loại, đóng gói sản phẩm theo yêu cầu thị trường tiêu thụ trong nước và xuất khẩu.',
          }),
          r.task('-', {
            lead: r.each('xaPhuong'),
            partners: ['soBanNganh', r.related('coQuanDonVi')],
            text: 'Nghiên cứu việc hỗ trợ doanh nghiệp, HTX trên địa bàn đạt các chứng nhận quốc tế (GlobalGAP, PGS…) nhằm nâng cao sức cạnh tranh của sản phẩm trên thị trường, góp phần thúc đẩy hoạt động xuất khẩu sản phẩm của tỉnh.',
          }),
        ]),
        r.section('b', 'Phối hợp với các sở, ngành và các cơ quan, đơn vị có liên quan', [
          r.task('-', {
            lead: r.each('xaPhuong'),
            partners: ['soBanNganh', r.related('coQuanDonVi')],
            text: 'Chủ động phối hợp với các Sở, ngành kịp thời hỗ trợ giải quyết, tháo gỡ các khó khăn cho các doanh nghiệp để đầu tư xây dựng các nhà máy chế biến, cơ sở sơ chế, bảo quản các sản phẩm nông sản để phục vụ xuất khẩu.',
          }),
          r.task('-', {
            lead: r.each('xaPhuong'),
            partners: ['soBanNganh', r.related('coQuanDonVi')],
            text: 'Chỉ đạo đơn vị chuyên môn phối hợp chặt chẽ với Sở Nông nghiệp và Môi trường, các cơ quan, đơn vị liên quan trong công tác cấp, quản lý đánh giá, giám sát mã số vùng trồng theo quy định.',
          }),
          r.task('-', {
            lead: r.each('xaPhuong'),
            partners: ['soBanNganh', r.related('coQuanDonVi')],
            text: 'Chủ động phối hợp với các sở, ngành và các đơn vị có liên quan tổ chức, tham gia các hoạt động xúc tiến thương mại, quảng bá, giới thiệu sản phẩm nông sản trong nước và quốc tế, phát triển thương mại điện tử.',
          }),
        ]),
      ]),
      r.section('11', 'Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa', [
        r.task('-', {
          lead: r.each('doanhNghiep'),
          mode: 'request',
          text: 'Chủ động nắm bắt thông tin thị trường để xây dựng Kế hoạch sản xuất, tiêu thụ và xuất khẩu sản phẩm của đơn vị, nhất là các sản phẩm nông sản; tăng cường hợp tác, liên kết trong sản xuất, chế biến… nhằm nâng cao năng lực cung ứng sản phẩm đạt tiêu chuẩn, chất lượng phục vụ xuất khẩu.',
        }),
        r.task('-', {
          lead: r.each('doanhNghiep'),
          mode: 'request',
          text: 'Nghiên cứu, áp dụng khoa học kỹ thuật, quy trình sản xuất đảm bảo tiêu chuẩn tiêu thụ, xuất khẩu; đề xuất cơ quan có thẩm quyền hỗ trợ chuyển giao công nghệ sản xuất ứng dụng công nghệ cao, công nghệ tiên tiến, công nghệ hữu cơ trong sản xuất, chế biến, nhất là các sản phẩm trái cây; lựa chọn nhân giống, sản xuất giống mới có năng suất, chất lượng tốt, chống chịu với sâu bệnh phù hợp với điều kiện tự nhiên của tỉnh đối với cây trồng, vật nuôi…',
        }),
        r.task('-', {
          lead: r.each('doanhNghiep'),
          mode: 'request',
          text: 'Thường xuyên phối hợp, cung cấp thông tin với các sở, ngành, UBND các xã, phường về hoạt động thu gom, ký kết hợp đồng tiêu thụ, quản lý chất lượng sản phẩm…; kết quả sản xuất, chế biến, xuất khẩu sản phẩm, các khó khăn, vướng mắc (nếu có) để kịp thời triển khai các giải pháp hỗ trợ hoặc đề xuất cấp có thẩm quyền giải quyết.',
        }),
      ]),
    ], { role: 'organization' }),
    r.section('V', 'CHẾ ĐỘ BÁO CÁO', [
      r.item('1', 'Các Sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan: Căn cứ chức năng, nhiệm vụ được giao theo Kế hoạch, tổ chức triển khai thực hiện đảm bảo đúng yêu cầu, đạt hiệu quả cao. Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày 20/11 hàng năm) hoặc khi có yêu cầu báo cáo tình hình thực hiện Kế hoạch, gửi Sở Công thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh.', {
        reports: [
          r.report({
            from: r.each('soNganhXaPhuong'),
            to: 'soCongThuong',
            what: 'Báo cáo tình hình thực hiện Kế hoạch',
            deadlines: [
              monthly({ day: 16, text: 'Định kỳ hàng tháng (trước ngày 16 hàng tháng)' }),
              yearly({ month: 6, day: 16, text: '6 tháng (trước ngày 16/6)' }),
              yearly({ month: 11, day: 20, text: 'tổng kết năm (trước ngày 20/11 hàng năm)' }),
              onRequest({ text: 'khi có yêu cầu' }),
            ],
          }),
        ],
      }),
      r.item('2', 'Sở Công Thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh về tình hình thực hiện Kế hoạch này định kỳ hàng tháng (trước ngày 18 hàng tháng), 6 tháng (trước ngày 18/5), tổng kết năm (trước ngày 30/11 hàng năm) hoặc khi có yêu cầu báo cáo đột xuất.', {
        // "báo cáo Tỉnh ủy, HĐND, UBND tỉnh": one rule per addressee.
        reports: [
          r.report({
            from: 'soCongThuong',
            to: 'tinhUy',
            what: 'Báo cáo tình hình thực hiện Kế hoạch',
            deadlines: [
              monthly({ day: 18, text: 'định kỳ hàng tháng (trước ngày 18 hàng tháng)' }),
              yearly({ month: 5, day: 18, text: '6 tháng (trước ngày 18/5)' }),
              yearly({ month: 11, day: 30, text: 'tổng kết năm (trước ngày 30/11 hàng năm)' }),
              onRequest({ text: 'khi có yêu cầu báo cáo đột xuất' }),
            ],
          }),
          r.report({
            from: 'soCongThuong',
            to: 'hdndTinh',
            what: 'Báo cáo tình hình thực hiện Kế hoạch',
            deadlines: [
              monthly({ day: 18, text: 'định kỳ hàng tháng (trước ngày 18 hàng tháng)' }),
              yearly({ month: 5, day: 18, text: '6 tháng (trước ngày 18/5)' }),
              yearly({ month: 11, day: 30, text: 'tổng kết năm (trước ngày 30/11 hàng năm)' }),
              onRequest({ text: 'khi có yêu cầu báo cáo đột xuất' }),
            ],
          }),
          r.report({
            from: 'soCongThuong',
            to: 'ubndTinh',
            what: 'Báo cáo tình hình thực hiện Kế hoạch',
            deadlines: [
              monthly({ day: 18, text: 'định kỳ hàng tháng (trước ngày 18 hàng tháng)' }),
              yearly({ month: 5, day: 18, text: '6 tháng (trước ngày 18/5)' }),
              yearly({ month: 11, day: 30, text: 'tổng kết năm (trước ngày 30/11 hàng năm)' }),
              onRequest({ text: 'khi có yêu cầu báo cáo đột xuất' }),
            ],
          }),
        ],
      }),
      r.item('', 'Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc kịp thời báo cáo Ủy ban nhân dân tỉnh xem xét chỉ đạo giải quyết, điều chỉnh kế hoạch này (qua Sở Công Thương)./.', {
        reports: [
          r.report({
            from: r.each('soNganhXaPhuong'),
            to: 'ubndTinh',
            via: 'soCongThuong',
            what: 'Báo cáo khó khăn, vướng mắc',
            deadlines: [when('nếu có khó khăn, vướng mắc')],
          }),
        ],
      }),
    ], { id: 'V-bis', role: 'reporting' }),
    r.section('', 'ĐỊNH HƯỚNG PHÁT TRIỂN VÙNG NGUYÊN LIỆU NÔNG SẢN TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030', [
      r.section('I', 'CÂY CÔNG NGHIỆP', [
        r.section('1', 'Cà Phê', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Cà Phê - Diện tích', direction: 'reach', value: 27000, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 26120, text: 'ƯTH Năm 2025' } },
              { metric: 'Cà Phê - Diện tích', direction: 'reach', value: 27500, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 26120, text: 'ƯTH Năm 2025' } },
              { metric: 'Cà Phê - Diện tích', direction: 'reach', value: 28000, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 26120, text: 'ƯTH Năm 2025' } },
              { metric: 'Cà Phê - Diện tích', direction: 'reach', value: 29000, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 26120, text: 'ƯTH Năm 2025' } },
              { metric: 'Cà Phê - Diện tích', direction: 'reach', value: 30000, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 26120, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng cà phê nhân', {
            targets: [
              { metric: 'Cà Phê - Sản lượng cà phê nhân', direction: 'reach', value: 39800, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 37724, text: 'ƯTH Năm 2025' } },
              { metric: 'Cà Phê - Sản lượng cà phê nhân', direction: 'reach', value: 40602, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 37724, text: 'ƯTH Năm 2025' } },
              { metric: 'Cà Phê - Sản lượng cà phê nhân', direction: 'reach', value: 45225, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 37724, text: 'ƯTH Năm 2025' } },
              { metric: 'Cà Phê - Sản lượng cà phê nhân', direction: 'reach', value: 50500, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 37724, text: 'ƯTH Năm 2025' } },
              { metric: 'Cà Phê - Sản lượng cà phê nhân', direction: 'reach', value: 54468, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 37724, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
        r.section('2', 'Chè', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Chè - Diện tích', direction: 'reach', value: 6500, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 6132, text: 'ƯTH Năm 2025' } },
              { metric: 'Chè - Diện tích', direction: 'reach', value: 6700, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 6132, text: 'ƯTH Năm 2025' } },
              { metric: 'Chè - Diện tích', direction: 'reach', value: 7100, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 6132, text: 'ƯTH Năm 2025' } },
              { metric: 'Chè - Diện tích', direction: 'reach', value: 7500, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 6132, text: 'ƯTH Năm 2025' } },
              { metric: 'Chè - Diện tích', direction: 'reach', value: 8000, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 6132, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng chè búp tươi', {
            targets: [
              { metric: 'Chè - Sản lượng chè búp tươi', direction: 'reach', value: 64213, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 56182, text: 'ƯTH Năm 2025' } },
              { metric: 'Chè - Sản lượng chè búp tươi', direction: 'reach', value: 66456, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 56182, text: 'ƯTH Năm 2025' } },
              { metric: 'Chè - Sản lượng chè búp tươi', direction: 'reach', value: 67405, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 56182, text: 'ƯTH Năm 2025' } },
              { metric: 'Chè - Sản lượng chè búp tươi', direction: 'reach', value: 76715, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 56182, text: 'ƯTH Năm 2025' } },
              { metric: 'Chè - Sản lượng chè búp tươi', direction: 'reach', value: 90000, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 56182, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
        r.section('3', 'Sắn', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Sắn - Diện tích', direction: 'reach', value: 43600, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 43114, text: 'ƯTH Năm 2025' } },
              { metric: 'Sắn - Diện tích', direction: 'reach', value: 43800, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 43114, text: 'ƯTH Năm 2025' } },
              { metric: 'Sắn - Diện tích', direction: 'reach', value: 44000, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 43114, text: 'ƯTH Năm 2025' } },
              { metric: 'Sắn - Diện tích', direction: 'reach', value: 44200, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 43114, text: 'ƯTH Năm 2025' } },
              { metric: 'Sắn - Diện tích', direction: 'reach', value: 44500, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 43114, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng', {
            targets: [
              { metric: 'Sắn - Sản lượng', direction: 'reach', value: 540640, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 526420, text: 'ƯTH Năm 2025' } },
              { metric: 'Sắn - Sản lượng', direction: 'reach', value: 551880, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 526420, text: 'ƯTH Năm 2025' } },
              { metric: 'Sắn - Sản lượng', direction: 'reach', value: 563200, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 526420, text: 'ƯTH Năm 2025' } },
              { metric: 'Sắn - Sản lượng', direction: 'reach', value: 579020, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 526420, text: 'ƯTH Năm 2025' } },
              { metric: 'Sắn - Sản lượng', direction: 'reach', value: 596300, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 526420, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
        r.section('4', 'Mía', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Mía - Diện tích', direction: 'reach', value: 10600, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 9961, text: 'ƯTH Năm 2025' } },
              { metric: 'Mía - Diện tích', direction: 'reach', value: 10700, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 9961, text: 'ƯTH Năm 2025' } },
              { metric: 'Mía - Diện tích', direction: 'reach', value: 10800, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 9961, text: 'ƯTH Năm 2025' } },
              { metric: 'Mía - Diện tích', direction: 'reach', value: 11200, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 9961, text: 'ƯTH Năm 2025' } },
              { metric: 'Mía - Diện tích', direction: 'reach', value: 12000, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 9961, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng', {
            targets: [
              { metric: 'Mía - Sản lượng', direction: 'reach', value: 708080, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 652744, text: 'ƯTH Năm 2025' } },
              { metric: 'Mía - Sản lượng', direction: 'reach', value: 716900, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 652744, text: 'ƯTH Năm 2025' } },
              { metric: 'Mía - Sản lượng', direction: 'reach', value: 725760, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 652744, text: 'ƯTH Năm 2025' } },
              { metric: 'Mía - Sản lượng', direction: 'reach', value: 754880, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 652744, text: 'ƯTH Năm 2025' } },
              { metric: 'Mía - Sản lượng', direction: 'reach', value: 811200, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 652744, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
      ]),
      r.section('II', 'CÂY RAU, QUẢ', [
        r.section('1', 'Nhãn', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Nhãn - Diện tích', direction: 'reach', value: 19900, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 19800, text: 'ƯTH Năm 2025' } },
              { metric: 'Nhãn - Diện tích', direction: 'reach', value: 20000, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 19800, text: 'ƯTH Năm 2025' } },
              { metric: 'Nhãn - Diện tích', direction: 'reach', value: 20000, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 19800, text: 'ƯTH Năm 2025' } },
              { metric: 'Nhãn - Diện tích', direction: 'reach', value: 20000, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 19800, text: 'ƯTH Năm 2025' } },
              { metric: 'Nhãn - Diện tích', direction: 'reach', value: 20000, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 19800, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng', {
            targets: [
              { metric: 'Nhãn - Sản lượng', direction: 'reach', value: 157000, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 155000, text: 'ƯTH Năm 2025' } },
              { metric: 'Nhãn - Sản lượng', direction: 'reach', value: 159000, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 155000, text: 'ƯTH Năm 2025' } },
              { metric: 'Nhãn - Sản lượng', direction: 'reach', value: 161000, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 155000, text: 'ƯTH Năm 2025' } },
              { metric: 'Nhãn - Sản lượng', direction: 'reach', value: 163000, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 155000, text: 'ƯTH Năm 2025' } },
              { metric: 'Nhãn - Sản lượng', direction: 'reach', value: 165000, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 155000, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
        r.section('2', 'Xoài', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Xoài - Diện tích', direction: 'reach', value: 19700, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 19600, text: 'ƯTH Năm 2025' } },
              { metric: 'Xoài - Diện tích', direction: 'reach', value: 19800, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 19600, text: 'ƯTH Năm 2025' } },
              { metric: 'Xoài - Diện tích', direction: 'reach', value: 19900, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 19600, text: 'ƯTH Năm 2025' } },
              { metric: 'Xoài - Diện tích', direction: 'reach', value: 20000, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 19600, text: 'ƯTH Năm 2025' } },
              { metric: 'Xoài - Diện tích', direction: 'reach', value: 20000, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 19600, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng', {
            targets: [
              { metric: 'Xoài - Sản lượng', direction: 'reach', value: 108000, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 107587, text: 'ƯTH Năm 2025' } },
              { metric: 'Xoài - Sản lượng', direction: 'reach', value: 109000, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 107587, text: 'ƯTH Năm 2025' } },
              { metric: 'Xoài - Sản lượng', direction: 'reach', value: 110000, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 107587, text: 'ƯTH Năm 2025' } },
              { metric: 'Xoài - Sản lượng', direction: 'reach', value: 111000, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 107587, text: 'ƯTH Năm 2025' } },
              { metric: 'Xoài - Sản lượng', direction: 'reach', value: 112000, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 107587, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
        r.section('3', 'Chuối', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Chuối - Diện tích', direction: 'reach', value: 6300, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 6200, text: 'ƯTH Năm 2025' } },
              { metric: 'Chuối - Diện tích', direction: 'reach', value: 6400, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 6200, text: 'ƯTH Năm 2025' } },
              { metric: 'Chuối - Diện tích', direction: 'reach', value: 6500, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 6200, text: 'ƯTH Năm 2025' } },
              { metric: 'Chuối - Diện tích', direction: 'reach', value: 6600, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 6200, text: 'ƯTH Năm 2025' } },
              { metric: 'Chuối - Diện tích', direction: 'reach', value: 6700, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 6200, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng', {
            targets: [
              { metric: 'Chuối - Sản lượng', direction: 'reach', value: 64000, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 63000, text: 'ƯTH Năm 2025' } },
              { metric: 'Chuối - Sản lượng', direction: 'reach', value: 65000, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 63000, text: 'ƯTH Năm 2025' } },
              { metric: 'Chuối - Sản lượng', direction: 'reach', value: 66000, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 63000, text: 'ƯTH Năm 2025' } },
              { metric: 'Chuối - Sản lượng', direction: 'reach', value: 67000, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 63000, text: 'ƯTH Năm 2025' } },
              { metric: 'Chuối - Sản lượng', direction: 'reach', value: 68000, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 63000, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
        r.section('4', 'Chanh leo', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Chanh leo - Diện tích', direction: 'reach', value: 450, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 400, text: 'ƯTH Năm 2025' } },
              { metric: 'Chanh leo - Diện tích', direction: 'reach', value: 500, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 400, text: 'ƯTH Năm 2025' } },
              { metric: 'Chanh leo - Diện tích', direction: 'reach', value: 550, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 400, text: 'ƯTH Năm 2025' } },
              { metric: 'Chanh leo - Diện tích', direction: 'reach', value: 600, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 400, text: 'ƯTH Năm 2025' } },
              { metric: 'Chanh leo - Diện tích', direction: 'reach', value: 650, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 400, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng', {
            targets: [
              { metric: 'Chanh leo - Sản lượng', direction: 'reach', value: 4000, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 3500, text: 'ƯTH Năm 2025' } },
              { metric: 'Chanh leo - Sản lượng', direction: 'reach', value: 4500, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 3500, text: 'ƯTH Năm 2025' } },
              { metric: 'Chanh leo - Sản lượng', direction: 'reach', value: 5000, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 3500, text: 'ƯTH Năm 2025' } },
              { metric: 'Chanh leo - Sản lượng', direction: 'reach', value: 5500, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 3500, text: 'ƯTH Năm 2025' } },
              { metric: 'Chanh leo - Sản lượng', direction: 'reach', value: 6000, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 3500, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
        r.section('5', 'Mận, mơ', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Mận, mơ - Diện tích', direction: 'reach', value: 14600, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 14550, text: 'ƯTH Năm 2025' } },
              { metric: 'Mận, mơ - Diện tích', direction: 'reach', value: 14700, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 14550, text: 'ƯTH Năm 2025' } },
              { metric: 'Mận, mơ - Diện tích', direction: 'reach', value: 14800, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 14550, text: 'ƯTH Năm 2025' } },
              { metric: 'Mận, mơ - Diện tích', direction: 'reach', value: 14900, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 14550, text: 'ƯTH Năm 2025' } },
              { metric: 'Mận, mơ - Diện tích', direction: 'reach', value: 15000, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 14550, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng', {
            targets: [
              { metric: 'Mận, mơ - Sản lượng', direction: 'reach', value: 101000, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 100000, text: 'ƯTH Năm 2025' } },
              { metric: 'Mận, mơ - Sản lượng', direction: 'reach', value: 102000, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 100000, text: 'ƯTH Năm 2025' } },
              { metric: 'Mận, mơ - Sản lượng', direction: 'reach', value: 103000, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 100000, text: 'ƯTH Năm 2025' } },
              { metric: 'Mận, mơ - Sản lượng', direction: 'reach', value: 104000, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 100000, text: 'ƯTH Năm 2025' } },
              { metric: 'Mận, mơ - Sản lượng', direction: 'reach', value: 105000, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 100000, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
        r.section('6', 'Dứa', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Dứa - Diện tích', direction: 'reach', value: 370, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 350, text: 'ƯTH Năm 2025' } },
              { metric: 'Dứa - Diện tích', direction: 'reach', value: 400, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 350, text: 'ƯTH Năm 2025' } },
              { metric: 'Dứa - Diện tích', direction: 'reach', value: 400, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 350, text: 'ƯTH Năm 2025' } },
              { metric: 'Dứa - Diện tích', direction: 'reach', value: 400, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 350, text: 'ƯTH Năm 2025' } },
              { metric: 'Dứa - Diện tích', direction: 'reach', value: 400, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 350, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng', {
            targets: [
              { metric: 'Dứa - Sản lượng', direction: 'reach', value: 3300, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 3200, text: 'ƯTH Năm 2025' } },
              { metric: 'Dứa - Sản lượng', direction: 'reach', value: 3500, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 3200, text: 'ƯTH Năm 2025' } },
              { metric: 'Dứa - Sản lượng', direction: 'reach', value: 3500, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 3200, text: 'ƯTH Năm 2025' } },
              { metric: 'Dứa - Sản lượng', direction: 'reach', value: 3500, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 3200, text: 'ƯTH Năm 2025' } },
              { metric: 'Dứa - Sản lượng', direction: 'reach', value: 3500, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 3200, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
        r.section('9', 'Rau các loại', [
          r.item('-', 'Diện tích', {
            targets: [
              { metric: 'Rau các loại - Diện tích', direction: 'reach', value: 13500, unit: 'Ha', by: 2026, baseline: { year: 2025, value: 13000, text: 'ƯTH Năm 2025' } },
              { metric: 'Rau các loại - Diện tích', direction: 'reach', value: 13700, unit: 'Ha', by: 2027, baseline: { year: 2025, value: 13000, text: 'ƯTH Năm 2025' } },
              { metric: 'Rau các loại - Diện tích', direction: 'reach', value: 14000, unit: 'Ha', by: 2028, baseline: { year: 2025, value: 13000, text: 'ƯTH Năm 2025' } },
              { metric: 'Rau các loại - Diện tích', direction: 'reach', value: 14500, unit: 'Ha', by: 2029, baseline: { year: 2025, value: 13000, text: 'ƯTH Năm 2025' } },
              { metric: 'Rau các loại - Diện tích', direction: 'reach', value: 15000, unit: 'Ha', by: 2030, baseline: { year: 2025, value: 13000, text: 'ƯTH Năm 2025' } },
            ],
          }),
          r.item('-', 'Sản lượng', {
            targets: [
              { metric: 'Rau các loại - Sản lượng', direction: 'reach', value: 198000, unit: 'Tấn', by: 2026, baseline: { year: 2025, value: 189000, text: 'ƯTH Năm 2025' } },
              { metric: 'Rau các loại - Sản lượng', direction: 'reach', value: 201000, unit: 'Tấn', by: 2027, baseline: { year: 2025, value: 189000, text: 'ƯTH Năm 2025' } },
              { metric: 'Rau các loại - Sản lượng', direction: 'reach', value: 207000, unit: 'Tấn', by: 2028, baseline: { year: 2025, value: 189000, text: 'ƯTH Năm 2025' } },
              { metric: 'Rau các loại - Sản lượng', direction: 'reach', value: 215000, unit: 'Tấn', by: 2029, baseline: { year: 2025, value: 189000, text: 'ƯTH Năm 2025' } },
              { metric: 'Rau các loại - Sản lượng', direction: 'reach', value: 225000, unit: 'Tấn', by: 2030, baseline: { year: 2025, value: 189000, text: 'ƯTH Năm 2025' } },
            ],
          }),
        ]),
      ]),
      r.section('III', 'BÒ SỮA', [
        r.item('-', 'Tổng đàn', {
          targets: [
            { metric: 'Bò sữa - Tổng đàn', direction: 'reach', value: 28100, unit: 'Con', by: 2026, baseline: { year: 2025, value: 28010, text: 'ƯTH Năm 2025' } },
            { metric: 'Bò sữa - Tổng đàn', direction: 'reach', value: 28300, unit: 'Con', by: 2027, baseline: { year: 2025, value: 28010, text: 'ƯTH Năm 2025' } },
            { metric: 'Bò sữa - Tổng đàn', direction: 'reach', value: 28350, unit: 'Con', by: 2028, baseline: { year: 2025, value: 28010, text: 'ƯTH Năm 2025' } },
            { metric: 'Bò sữa - Tổng đàn', direction: 'reach', value: 28500, unit: 'Con', by: 2029, baseline: { year: 2025, value: 28010, text: 'ƯTH Năm 2025' } },
            { metric: 'Bò sữa - Tổng đàn', direction: 'reach', value: 29000, unit: 'Con', by: 2030, baseline: { year: 2025, value: 28010, text: 'ƯTH Năm 2025' } },
          ],
        }),
      ]),
    ], { id: 'PL01', role: 'objectives' }),
    r.section('', 'DANH MỤC HÀNG HÓA THAM GIA XUẤT KHẨU CỦA TỈNH SƠN LA GIAI ĐOẠN 2026 – 2030', [
      r.item('', 'Tổng I + II', {
        targets: [
          { metric: 'giá trị hàng hóa tham gia xuất khẩu', direction: 'reach', value: 240000, unit: 'Nghìn USD', by: 2026 },
          { metric: 'giá trị hàng hóa tham gia xuất khẩu', direction: 'reach', value: 270000, unit: 'Nghìn USD', by: 2027 },
          { metric: 'giá trị hàng hóa tham gia xuất khẩu', direction: 'reach', value: 305000, unit: 'Nghìn USD', by: 2028 },
          { metric: 'giá trị hàng hóa tham gia xuất khẩu', direction: 'reach', value: 345000, unit: 'Nghìn USD', by: 2029 },
          { metric: 'giá trị hàng hóa tham gia xuất khẩu', direction: 'reach', value: 400000, unit: 'Nghìn USD', by: 2030 },
        ],
      }),
      r.item('I', 'Mặt hàng nông sản', {
        targets: [
          { metric: 'giá trị mặt hàng nông sản tham gia xuất khẩu', direction: 'reach', value: 235000, unit: 'Nghìn USD', by: 2026 },
          { metric: 'giá trị mặt hàng nông sản tham gia xuất khẩu', direction: 'reach', value: 265000, unit: 'Nghìn USD', by: 2027 },
          { metric: 'giá trị mặt hàng nông sản tham gia xuất khẩu', direction: 'reach', value: 300000, unit: 'Nghìn USD', by: 2028 },
          { metric: 'giá trị mặt hàng nông sản tham gia xuất khẩu', direction: 'reach', value: 340000, unit: 'Nghìn USD', by: 2029 },
          { metric: 'giá trị mặt hàng nông sản tham gia xuất khẩu', direction: 'reach', value: 395000, unit: 'Nghìn USD', by: 2030 },
        ],
      }, [
        r.item('1', 'Xoài', {
          targets: [
            { metric: 'lượng Xoài tham gia xuất khẩu', direction: 'reach', value: 13500, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Xoài tham gia xuất khẩu', direction: 'reach', value: 7000, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Xoài tham gia xuất khẩu', direction: 'reach', value: 14800, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Xoài tham gia xuất khẩu', direction: 'reach', value: 7800, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Xoài tham gia xuất khẩu', direction: 'reach', value: 16000, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Xoài tham gia xuất khẩu', direction: 'reach', value: 8600, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Xoài tham gia xuất khẩu', direction: 'reach', value: 16800, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Xoài tham gia xuất khẩu', direction: 'reach', value: 9300, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Xoài tham gia xuất khẩu', direction: 'reach', value: 18000, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Xoài tham gia xuất khẩu', direction: 'reach', value: 10000, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('2', 'Nhãn', {
          targets: [
            { metric: 'lượng Nhãn tham gia xuất khẩu', direction: 'reach', value: 6400, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Nhãn tham gia xuất khẩu', direction: 'reach', value: 24700, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Nhãn tham gia xuất khẩu', direction: 'reach', value: 7100, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Nhãn tham gia xuất khẩu', direction: 'reach', value: 26100, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Nhãn tham gia xuất khẩu', direction: 'reach', value: 7500, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Nhãn tham gia xuất khẩu', direction: 'reach', value: 27300, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Nhãn tham gia xuất khẩu', direction: 'reach', value: 8000, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Nhãn tham gia xuất khẩu', direction: 'reach', value: 28500, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Nhãn tham gia xuất khẩu', direction: 'reach', value: 8500, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Nhãn tham gia xuất khẩu', direction: 'reach', value: 30200, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('3', 'Chanh leo', {
          targets: [
            { metric: 'lượng Chanh leo tham gia xuất khẩu', direction: 'reach', value: 2200, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Chanh leo tham gia xuất khẩu', direction: 'reach', value: 1210, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Chanh leo tham gia xuất khẩu', direction: 'reach', value: 2400, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Chanh leo tham gia xuất khẩu', direction: 'reach', value: 1320, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Chanh leo tham gia xuất khẩu', direction: 'reach', value: 2600, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Chanh leo tham gia xuất khẩu', direction: 'reach', value: 1430, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Chanh leo tham gia xuất khẩu', direction: 'reach', value: 2800, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Chanh leo tham gia xuất khẩu', direction: 'reach', value: 1530, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Chanh leo tham gia xuất khẩu', direction: 'reach', value: 3200, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Chanh leo tham gia xuất khẩu', direction: 'reach', value: 1730, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('4', 'Chuối', {
          targets: [
            { metric: 'lượng Chuối tham gia xuất khẩu', direction: 'reach', value: 11200, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Chuối tham gia xuất khẩu', direction: 'reach', value: 2980, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Chuối tham gia xuất khẩu', direction: 'reach', value: 12000, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Chuối tham gia xuất khẩu', direction: 'reach', value: 3220, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Chuối tham gia xuất khẩu', direction: 'reach', value: 12800, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Chuối tham gia xuất khẩu', direction: 'reach', value: 3450, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Chuối tham gia xuất khẩu', direction: 'reach', value: 13500, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Chuối tham gia xuất khẩu', direction: 'reach', value: 3640, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Chuối tham gia xuất khẩu', direction: 'reach', value: 14500, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Chuối tham gia xuất khẩu', direction: 'reach', value: 3950, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('5', 'Thanh long', {
          targets: [
            { metric: 'lượng Thanh long tham gia xuất khẩu', direction: 'reach', value: 1000, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Thanh long tham gia xuất khẩu', direction: 'reach', value: 1250, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Thanh long tham gia xuất khẩu', direction: 'reach', value: 1200, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Thanh long tham gia xuất khẩu', direction: 'reach', value: 1500, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Thanh long tham gia xuất khẩu', direction: 'reach', value: 1400, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Thanh long tham gia xuất khẩu', direction: 'reach', value: 1750, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Thanh long tham gia xuất khẩu', direction: 'reach', value: 1600, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Thanh long tham gia xuất khẩu', direction: 'reach', value: 2000, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Thanh long tham gia xuất khẩu', direction: 'reach', value: 2000, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Thanh long tham gia xuất khẩu', direction: 'reach', value: 2500, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('6', 'Sản phẩm chè', {
          targets: [
            { metric: 'lượng Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 10200, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 26700, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 10500, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 28000, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 10900, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 28950, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 11400, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 30040, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 12000, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Sản phẩm chè tham gia xuất khẩu', direction: 'reach', value: 33040, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('7', 'Cà phê', {
          targets: [
            { metric: 'lượng Cà phê tham gia xuất khẩu', direction: 'reach', value: 34500, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Cà phê tham gia xuất khẩu', direction: 'reach', value: 104360, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Cà phê tham gia xuất khẩu', direction: 'reach', value: 35000, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Cà phê tham gia xuất khẩu', direction: 'reach', value: 117000, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Cà phê tham gia xuất khẩu', direction: 'reach', value: 36000, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Cà phê tham gia xuất khẩu', direction: 'reach', value: 134490, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Cà phê tham gia xuất khẩu', direction: 'reach', value: 37500, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Cà phê tham gia xuất khẩu', direction: 'reach', value: 156700, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Cà phê tham gia xuất khẩu', direction: 'reach', value: 39000, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Cà phê tham gia xuất khẩu', direction: 'reach', value: 186050, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('8', 'Sản phẩm sắn', {
          targets: [
            { metric: 'lượng Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 105000, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 40160, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 120000, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 47000, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 130000, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 54000, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 140000, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 61070, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 155000, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Sản phẩm sắn tham gia xuất khẩu', direction: 'reach', value: 70000, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('9', 'Sữa và sản phẩm từ sữa', {
          targets: [
            { metric: 'giá trị Sữa và sản phẩm từ sữa tham gia xuất khẩu', direction: 'reach', value: 14000, unit: 'Nghìn USD', by: 2026 },
            { metric: 'giá trị Sữa và sản phẩm từ sữa tham gia xuất khẩu', direction: 'reach', value: 19000, unit: 'Nghìn USD', by: 2027 },
            { metric: 'giá trị Sữa và sản phẩm từ sữa tham gia xuất khẩu', direction: 'reach', value: 24000, unit: 'Nghìn USD', by: 2028 },
            { metric: 'giá trị Sữa và sản phẩm từ sữa tham gia xuất khẩu', direction: 'reach', value: 29000, unit: 'Nghìn USD', by: 2029 },
            { metric: 'giá trị Sữa và sản phẩm từ sữa tham gia xuất khẩu', direction: 'reach', value: 35000, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('10', 'Đường mía', {
          targets: [
            { metric: 'lượng Đường mía tham gia xuất khẩu', direction: 'reach', value: 7700, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Đường mía tham gia xuất khẩu', direction: 'reach', value: 3500, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Đường mía tham gia xuất khẩu', direction: 'reach', value: 8360, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Đường mía tham gia xuất khẩu', direction: 'reach', value: 3800, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Đường mía tham gia xuất khẩu', direction: 'reach', value: 9240, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Đường mía tham gia xuất khẩu', direction: 'reach', value: 4200, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Đường mía tham gia xuất khẩu', direction: 'reach', value: 10120, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Đường mía tham gia xuất khẩu', direction: 'reach', value: 4600, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Đường mía tham gia xuất khẩu', direction: 'reach', value: 11000, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Đường mía tham gia xuất khẩu', direction: 'reach', value: 5000, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('11', 'Hạt giống Takii', {
          targets: [
            { metric: 'giá trị Hạt giống Takii tham gia xuất khẩu', direction: 'reach', value: 400, unit: 'Nghìn USD', by: 2026 },
            { metric: 'giá trị Hạt giống Takii tham gia xuất khẩu', direction: 'reach', value: 400, unit: 'Nghìn USD', by: 2027 },
            { metric: 'giá trị Hạt giống Takii tham gia xuất khẩu', direction: 'reach', value: 400, unit: 'Nghìn USD', by: 2028 },
            { metric: 'giá trị Hạt giống Takii tham gia xuất khẩu', direction: 'reach', value: 400, unit: 'Nghìn USD', by: 2029 },
            { metric: 'giá trị Hạt giống Takii tham gia xuất khẩu', direction: 'reach', value: 400, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('12', 'Ngô giống', {
          targets: [
            { metric: 'lượng Ngô giống tham gia xuất khẩu', direction: 'reach', value: 60, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Ngô giống tham gia xuất khẩu', direction: 'reach', value: 80, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Ngô giống tham gia xuất khẩu', direction: 'reach', value: 60, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Ngô giống tham gia xuất khẩu', direction: 'reach', value: 80, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Ngô giống tham gia xuất khẩu', direction: 'reach', value: 65, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Ngô giống tham gia xuất khẩu', direction: 'reach', value: 90, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Ngô giống tham gia xuất khẩu', direction: 'reach', value: 70, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Ngô giống tham gia xuất khẩu', direction: 'reach', value: 100, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Ngô giống tham gia xuất khẩu', direction: 'reach', value: 85, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Ngô giống tham gia xuất khẩu', direction: 'reach', value: 120, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('13', 'Sản phẩm dứa', {
          targets: [
            { metric: 'lượng Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 800, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 820, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 1200, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 1230, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 1500, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 1530, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 1800, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 1840, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 2200, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Sản phẩm dứa tham gia xuất khẩu', direction: 'reach', value: 2710, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('14', 'Sản phẩm ngô ngọt', {
          targets: [
            { metric: 'lượng Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 2800, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 1160, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 2100, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 880, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 2500, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 1030, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 2800, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 1150, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 3200, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Sản phẩm ngô ngọt tham gia xuất khẩu', direction: 'reach', value: 1850, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('15', 'Sản phẩm đậu tương rau', {
          targets: [
            { metric: 'lượng Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 800, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 1000, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 1200, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 1490, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 1500, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 1860, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 1800, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 2230, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 2100, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Sản phẩm đậu tương rau tham gia xuất khẩu', direction: 'reach', value: 3030, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('16', 'Sản phẩm rau chân vịt', {
          targets: [
            { metric: 'lượng Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 2300, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 5680, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 2500, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 6180, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 2800, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 6920, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 3200, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 7900, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 3500, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Sản phẩm rau chân vịt tham gia xuất khẩu', direction: 'reach', value: 9420, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
      ]),
      r.item('II', 'Sản phẩm công nghiệp khác', {
        targets: [
          { metric: 'giá trị sản phẩm công nghiệp khác tham gia xuất khẩu', direction: 'reach', value: 5000, unit: 'Nghìn USD', by: 2026 },
          { metric: 'giá trị sản phẩm công nghiệp khác tham gia xuất khẩu', direction: 'reach', value: 5000, unit: 'Nghìn USD', by: 2027 },
          { metric: 'giá trị sản phẩm công nghiệp khác tham gia xuất khẩu', direction: 'reach', value: 5000, unit: 'Nghìn USD', by: 2028 },
          { metric: 'giá trị sản phẩm công nghiệp khác tham gia xuất khẩu', direction: 'reach', value: 5000, unit: 'Nghìn USD', by: 2029 },
          { metric: 'giá trị sản phẩm công nghiệp khác tham gia xuất khẩu', direction: 'reach', value: 5000, unit: 'Nghìn USD', by: 2030 },
        ],
      }, [
        r.item('17', 'Xi măng và clanke', {
          targets: [
            { metric: 'lượng Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 20000, unit: 'Tấn', by: 2026 },
            { metric: 'giá trị Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 3300, unit: 'Nghìn USD', by: 2026 },
            { metric: 'lượng Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 19000, unit: 'Tấn', by: 2027 },
            { metric: 'giá trị Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 3200, unit: 'Nghìn USD', by: 2027 },
            { metric: 'lượng Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 18000, unit: 'Tấn', by: 2028 },
            { metric: 'giá trị Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 3000, unit: 'Nghìn USD', by: 2028 },
            { metric: 'lượng Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 17000, unit: 'Tấn', by: 2029 },
            { metric: 'giá trị Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 2800, unit: 'Nghìn USD', by: 2029 },
            { metric: 'lượng Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 16000, unit: 'Tấn', by: 2030 },
            { metric: 'giá trị Xi măng và clanke tham gia xuất khẩu', direction: 'reach', value: 2600, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('18', 'Sản phẩm Dệt may', {
          targets: [
            { metric: 'giá trị Sản phẩm Dệt may tham gia xuất khẩu', direction: 'reach', value: 600, unit: 'Nghìn USD', by: 2026 },
            { metric: 'giá trị Sản phẩm Dệt may tham gia xuất khẩu', direction: 'reach', value: 600, unit: 'Nghìn USD', by: 2027 },
            { metric: 'giá trị Sản phẩm Dệt may tham gia xuất khẩu', direction: 'reach', value: 600, unit: 'Nghìn USD', by: 2028 },
            { metric: 'giá trị Sản phẩm Dệt may tham gia xuất khẩu', direction: 'reach', value: 600, unit: 'Nghìn USD', by: 2029 },
            { metric: 'giá trị Sản phẩm Dệt may tham gia xuất khẩu', direction: 'reach', value: 600, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
        r.item('19', 'Sản phẩm khác', {
          targets: [
            { metric: 'giá trị Sản phẩm khác tham gia xuất khẩu', direction: 'reach', value: 1100, unit: 'Nghìn USD', by: 2026 },
            { metric: 'giá trị Sản phẩm khác tham gia xuất khẩu', direction: 'reach', value: 1200, unit: 'Nghìn USD', by: 2027 },
            { metric: 'giá trị Sản phẩm khác tham gia xuất khẩu', direction: 'reach', value: 1400, unit: 'Nghìn USD', by: 2028 },
            { metric: 'giá trị Sản phẩm khác tham gia xuất khẩu', direction: 'reach', value: 1600, unit: 'Nghìn USD', by: 2029 },
            { metric: 'giá trị Sản phẩm khác tham gia xuất khẩu', direction: 'reach', value: 1800, unit: 'Nghìn USD', by: 2030 },
          ],
        }),
      ]),
    ], { id: 'PL02', role: 'objectives' }),
  ],
  recipients: [
    { text: 'Bộ Công Thương', purpose: 'b/c', units: ['boCongThuong'] },
    { text: 'TT. Tỉnh uỷ', purpose: 'b/c', units: ['thuongTrucTinhUy'] },
    { text: 'TT. HĐND tỉnh', purpose: 'b/c', units: ['thuongTrucHdnd'] },
    { text: 'Chủ tịch UBND tỉnh', purpose: 'b/c', units: ['chuTichUbnd'] },
    { text: 'Các Phó Chủ tịch UBND tỉnh', units: ['phoChuTichUbnd'] },
    { text: 'Như Điều 3', units: ['vpUbnd', 'soCongThuong', 'soBanNganh', 'congAnTinh', 'ttXucTien', 'xaPhuong'] },
    { text: 'Lãnh đạo Văn phòng UBND tỉnh', units: ['vpUbnd'] },
    { text: 'Cổng Thông tin điện tử tỉnh', units: ['congTtdt'] },
    { text: 'Lưu: VT, Biên KT', archive: true },
  ],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thành Công' },
  waivers: [
    {
      rule: 'roles/missing-lead',
      target: 'xaPhuong',
      reason: 'Kế hoạch giao nhiệm vụ cho "Ủy ban nhân dân các xã, phường" như một lớp đơn vị mà không liệt kê xã, phường nào; nhóm không đầy đủ (complete: false).',
    },
    {
      rule: 'roles/missing-lead',
      target: 'doanhNghiep',
      reason: 'Kế hoạch đề nghị "các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa" như một lớp mà không nêu tên doanh nghiệp nào; nhóm không đầy đủ (complete: false).',
    },
  ],
  corrections: [
    {
      id: 'giai-doan-2021-2025',
      target: 'III',
      field: 'title',
      asIssued: 'GIAI ĐOẠN 2021- 2025',
      corrected: 'GIAI ĐOẠN 2026 - 2030',
      note: {
        vi: 'Tên phần III ghi giai đoạn 2021- 2025, trong khi Kế hoạch là giai đoạn 2026 - 2030 (tên Kế hoạch, Điều 1 của Quyết định).',
        en: 'The heading of part III says 2021- 2025, while the plan covers 2026 - 2030 (its title, Article 1 of the decision).',
      },
    },
    {
      id: 'hai-phan-V',
      target: 'V-bis',
      field: 'number',
      asIssued: 'V',
      corrected: 'VI',
      note: {
        vi: 'Hai phần cùng được đánh số V ("TỔ CHỨC THỰC HIỆN" và "CHẾ ĐỘ BÁO CÁO"); phần thứ hai là phần VI.',
        en: 'Two parts are numbered V ("TỔ CHỨC THỰC HIỆN" and "CHẾ ĐỘ BÁO CÁO"); the second is part VI.',
      },
    },
    {
      id: 'the-manh',
      target: 'II.2.b.t1',
      field: 'text',
      asIssued: 'có thể mạnh',
      corrected: 'có thế mạnh',
      note: { vi: 'Lỗi dấu: "thế mạnh".', en: 'Wrong tone mark: "thế mạnh" (strength).' },
    },
    {
      id: 'mat-hang',
      target: 'II.2.f.t1',
      field: 'text',
      asIssued: 'nhóm măt hàng',
      corrected: 'nhóm mặt hàng',
      note: { vi: 'Thiếu dấu nặng: "mặt hàng".', en: 'Missing tone mark: "mặt hàng" (goods).' },
    },
    {
      id: 'cho-thue-dat',
      target: 'III.5.d1',
      field: 'text',
      asIssued: 'cho thuế đất',
      corrected: 'cho thuê đất',
      note: { vi: 'Lỗi dấu: "cho thuê đất" (không phải "thuế").', en: 'Wrong tone mark: "cho thuê đất" (land lease), not "thuế" (tax).' },
    },
    {
      id: 'ung-dung',
      target: 'V.10.a.d1',
      field: 'text',
      asIssued: 'ứng dựng',
      corrected: 'ứng dụng',
      note: { vi: 'Lỗi chính tả: "ứng dụng".', en: 'Misspelling of "ứng dụng" (applying).' },
    },
    {
      id: 'phuong-tien',
      target: 'V.10.a.d4',
      field: 'text',
      asIssued: 'phương tiên',
      corrected: 'phương tiện',
      note: { vi: 'Thiếu dấu nặng: "phương tiện".', en: 'Missing tone mark: "phương tiện" (means).' },
    },
    {
      id: 'mia-san-luong-ha',
      target: 'PL01.I.4.d2',
      field: 'targets.0.unit',
      asIssued: 'Ha',
      corrected: 'Tấn',
      note: {
        vi: 'Phụ lục 01, dòng "Mía - Sản lượng": đơn vị tính in là "Ha" (đơn vị của diện tích); sản lượng tính bằng tấn như các dòng sản lượng khác. Cả năm chỉ tiêu của dòng mang cùng lỗi.',
        en: 'Appendix 01, row "Mía - Sản lượng" (sugar cane output): the unit is printed "Ha" (the unit of area); output is in tonnes like the other output rows. All five targets of the row carry it.',
      },
    },
    {
      id: 'rau-so-9',
      target: 'PL01.II.9',
      field: 'number',
      asIssued: '9',
      corrected: '7',
      note: { vi: 'Phụ lục 01: dòng "Rau các loại" đánh số 9 ngay sau dòng 6.', en: 'Appendix 01: the row "Rau các loại" is numbered 9 right after row 6.' },
    },
  ],
});
