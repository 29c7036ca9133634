/**
 * Kế hoạch số 12127/KH-UBND ngày 29/11/2021 của UBND tỉnh Khánh Hòa thực hiện Đề án xây dựng
 * và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm
 * 2025 trên địa bàn tỉnh Khánh Hòa giai đoạn 2021-2025.
 *
 * Encoded as issued, defects included. Texts are verbatim (line breaks of the printed copy
 * joined by spaces); corrections are listed in `corrections`, never made silently.
 */
import { before, definePlan, endOfYear, endTerm, midTerm, paragraphs, when, yearly } from '@kehoach/core';
import { registry as r } from './registry.js';

/**
 * V.1.a and V.6.a: "Kế hoạch triển khai thực hiện báo cáo Ủy ban nhân dân tỉnh trước ngày
 * 20/12/2021, đồng gửi Sở Lao động - Thương binh và Xã hội để theo dõi, tổng hợp." The reporter
 * is the lead of the task (each member of the group).
 */
const implementationPlanReport = r.report({
  to: 'ubndTinh',
  cc: ['soLdtbxh'],
  what: 'Kế hoạch triển khai thực hiện',
  deadlines: [before('2021-12-20', { text: 'trước ngày 20/12/2021' })],
});

/**
 * V.1.d and V.6.d: "Báo cáo tiến độ và kết quả thực hiện về Ủy ban nhân dân tỉnh định kỳ hàng
 * năm, giữa kỳ và cuối kỳ theo yêu cầu, đồng gửi Sở Lao động - Thương binh và Xã hội". No day
 * is stated, so none is given.
 */
const progressReport = r.report({
  to: 'ubndTinh',
  cc: ['soLdtbxh'],
  what: 'Báo cáo tiến độ và kết quả thực hiện',
  deadlines: [
    yearly({ text: 'định kỳ hàng năm' }),
    midTerm({ text: 'giữa kỳ' }),
    endTerm({ text: 'cuối kỳ theo yêu cầu' }),
  ],
});

export default definePlan({
  registry: r,
  number: '12127/KH-UBND',
  issuer: 'ubndTinh',
  issuerHeading: ['ỦY BAN NHÂN DÂN', 'TỈNH KHÁNH HÒA'],
  place: 'Khánh Hòa',
  issuedOn: '2021-11-29',
  title:
    'THỰC HIỆN ĐỀ ÁN XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH THỰC HIỆN CÁC MỤC TIÊU CỦA CỘNG ĐỒNG VĂN HÓA - XÃ HỘI ASEAN ĐẾN NĂM 2025 TRÊN ĐỊA BÀN TỈNH KHÁNH HÒA GIAI ĐOẠN 2021-2025',
  period: { from: '2021-01-01', to: '2025-12-31', text: 'giai đoạn 2021-2025' },
  legal: [
    {
      id: 'qd161',
      number: '161/QĐ-TTg',
      kind: 'Quyết định',
      date: '2016-01-25',
      issuer: 'Thủ tướng Chính phủ',
      title:
        'phê duyệt Đề án xây dựng và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025',
      role: 'implementing',
    },
    {
      id: 'qd650',
      number: '650/QĐ-LĐTBXH',
      kind: 'Quyết định',
      date: '2021-06-09',
      issuer: 'Bộ Lao động - Thương binh và Xã hội',
      title:
        'ban hành Kế hoạch hành động giai đoạn 2021-2025 của Bộ Lao động - Thương binh và Xã hội thực hiện Đề án xây dựng và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025',
      role: 'implementing',
    },
    {
      id: 'nd20',
      number: '20/2021/NĐ-CP',
      kind: 'Nghị định',
      date: '2021-03-15',
      issuer: 'Chính phủ',
      title: 'quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
    },
    {
      // As printed; the year in the number contradicts the date, see `corrections`.
      id: 'nq07',
      number: '07/2029/NQ-HĐND',
      kind: 'Nghị quyết',
      date: '2019-12-10',
      issuer: 'Hội đồng nhân dân tỉnh',
      title: 'quy định quà tặng chúc thọ, mừng thọ trên địa bàn tỉnh',
    },
    {
      id: 'ct39',
      number: '39-CT/TW',
      kind: 'Chỉ thị',
      date: '2019-11-01',
      issuer: 'Ban Bí thư',
      title: 'tăng cường sự lãnh đạo của Đảng đối với công tác người khuyết tật',
    },
    {
      // The plan does not name the issuer; 3743/KH-UBND is a plan of UBND tỉnh Khánh Hòa.
      id: 'kh3743',
      number: '3743/KH-UBND',
      kind: 'Kế hoạch',
      date: '2021-05-07',
      issuer: 'UBND tỉnh Khánh Hòa',
      title:
        'thực hiện Chương trình phòng, chống mua bán người giai đoạn 2021-2025 và định hướng đến năm 2030',
    },
  ],
  // "(sau đây gọi tắt là Quyết định số 161)" in the preamble.
  definitions: [{ term: 'Quyết định số 161', for: 'legal', id: 'qd161', wording: 'sau đây gọi tắt là' }],
  preamble: paragraphs(
    'Thực hiện Quyết định số 161/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ về phê duyệt Đề án xây dựng và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025 (sau đây gọi tắt là Quyết định số 161) và Quyết định số 650/QĐ-LĐTBXH ngày 09/6/2021 của Bộ Lao động - Thương binh và Xã hội ban hành Kế hoạch hành động giai đoạn 2021-2025 của Bộ Lao động - Thương binh và Xã hội thực hiện Đề án xây dựng và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025;',
    'UBND tỉnh Khánh Hòa ban hành Kế hoạch thực hiện Đề án ASEAN trên địa bàn tỉnh Khánh Hòa giai đoạn 2021-2025 với những nội dung như sau:',
  ),
  body: [
    r.section('I', 'MỤC ĐÍCH, YÊU CẦU', [
      r.section('1', 'Mục đích', [
        r.item('a', 'Tiếp tục triển khai và thực hiện hiệu quả Quyết định số 161/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ về phê duyệt Đề án xây dựng và triển khai kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025; Quyết định số 650/QĐ-LĐTBXH ngày 09/6/2021 của Bộ Lao động - Thương binh và Xã hội ban hành Kế hoạch hành động giai đoạn 2021-2025 của Bộ Lao động - Thương binh và Xã hội thực hiện Đề án xây dựng và triển khai Kế hoạch thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025.', {
          refs: ['qd161', 'qd650'],
        }),
        r.item('b', 'Phát huy vai trò chủ động của tỉnh Khánh Hòa trong tiến trình hội nhập, quảng bá hình ảnh, đất nước, con người, văn hóa, tiềm năng đầu tư, những thành tựu đổi mới và hội nhập quốc tế của tỉnh Khánh Hòa đến với cộng đồng các nước trong khối ASEAN; tranh thủ tối đa các cơ hội và nguồn lực để hội nhập và phát triển.'),
        r.item('c', 'Đẩy mạnh công tác tuyên truyền thực hiện các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025, nâng cao nhận thức của các cấp, các ngành, các địa phương và người dân về Cộng đồng Văn hóa - Xã hội ASEAN; nhằm mang lại lợi ích cho người dân, hướng vào người dân, lấy người dân làm trung tâm để thực hiện các mục tiêu về văn hóa, xã hội.'),
        r.item('d', 'Quán triệt đầy đủ mục tiêu, giải pháp thực hiện các nội dung gắn kết và mang lại lợi ích cho người dân, hòa nhập bền vững, tự lực, tự cường và năng động của Kế hoạch Tổng thể của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025 để xây dựng kế hoạch của các sở, ban, ngành và địa phương.'),
        r.item('đ', 'Tích cực và chủ động hội nhập ASEAN trong lĩnh vực văn hóa - xã hội. Mở rộng các hoạt động giao lưu văn hóa, văn nghệ, thể dục thể thao; bảo vệ tài nguyên thiên nhiên, bảo tồn và gìn giữ các giá trị văn hóa truyền thống của cộng đồng các dân tộc trên địa bàn tỉnh; tổ chức các hoạt động khuyến khích người dân tích cực tham gia hưởng ứng nhằm bảo vệ môi trường, sử dụng hiệu quả nguồn tài nguyên thiên nhiên, ứng phó với biến đổi khí hậu; xây dựng một xã hội bền vững về môi trường mang lại hiệu quả tích cực cho người dân.'),
      ], { role: 'purposes' }),
      r.section('2', 'Yêu cầu', [
        r.item('a', 'Quán triệt sâu rộng trong cán bộ, đảng viên, công chức, viên chức và Nhân dân về các quan điểm, chủ trương, chính sách của Đảng và pháp luật của Nhà nước về quá trình hội nhập quốc tế, về xây dựng Cộng đồng Văn hóa - Xã hội ASEAN.'),
        r.item('b', 'Đề ra các giải pháp thúc đẩy việc thực hiện có hiệu quả các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN trên địa bàn tỉnh giai đoạn 2021 - 2025; chú trọng nâng cao chất lượng cuộc sống của người dân, lấy người dân làm trung tâm trong mục tiêu và tiến trình phát triển của tỉnh.'),
        r.item('c', 'Nâng cao năng lực lãnh đạo của các cấp ủy Đảng; hiệu lực, hiệu quả của công tác quản lý Nhà nước ở các cấp chính quyền, phát huy sức mạnh của hệ thống chính trị; vai trò của các tổ chức chính trị-xã hội, xã hội nghề nghiệp, của người dân trong quá trình thực hiện mục tiêu của Cộng đồng Văn hóa - Xã hội trên địa bàn tỉnh; nâng cao nhận thức của cán bộ, công chức, viên chức về triển khai và thực hiện các mục tiêu phát triển con người, nâng cao chất lượng cuộc sống cho con người.'),
        r.item('d', 'Huy động tối đa các nguồn lực để đảm bảo thực hiện hiệu quả các mục tiêu xây dựng Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025.'),
      ], { role: 'requirements' }),
    ]),
    r.section('II', 'MỤC TIÊU', [
      r.section('1', 'Mục tiêu chung', [
        r.item('', 'Phát huy thế mạnh và tiềm năng của tỉnh Khánh Hòa góp phần cùng cả nước thúc đẩy việc thực hiện có hiệu quả các mục tiêu của Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025, nhằm đạt được mục tiêu về xây dựng một Cộng đồng ASEAN hướng vào người dân, lấy dân làm trung tâm và có trách nhiệm xã hội; cam kết nâng cao chất lượng cuộc sống của người dân thông qua các hoạt động hợp tác hướng tới con người, thân thiện với môi trường và thúc đẩy phát triển bền vững.'),
      ]),
      r.section('2', 'Mục tiêu cụ thể', [
        r.item('a', 'Đến cuối năm 2021, các sở, ban, ngành, địa phương xây dựng kế hoạch hành động giai đoạn 2021-2025 triển khai thực hiện các nội dung của mục tiêu Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025.', {
          // An objective that is a deadline for a class of units: each of them owes it.
          owners: [r.each('soNganhDiaPhuong')],
          deadlines: [endOfYear(2021, { text: 'Đến cuối năm 2021' })],
        }),
        r.item('b', 'Nâng cao nhận thức và năng lực quản lý của các cấp, các ngành, các địa phương, các cơ quan, tổ chức, của cán bộ, Đảng viên, công chức, viên chức và người dân về việc thực hiện mục tiêu Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025 trên địa bàn tỉnh.'),
        r.item('c', 'Tích cực thúc đẩy các sáng kiến, chủ động hội nhập ASEAN trong lĩnh vực văn hóa - xã hội; huy động nguồn lực để đảm bảo thực hiện hiệu quả các mục tiêu xây dựng Cộng đồng ASEAN gắn kết và mang lại lợi ích, hòa nhập, bền vững, tự lực tự cường và năng động.'),
      ]),
    ], { role: 'objectives' }),
    r.section('III', 'NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN', [
      r.section('1', 'Triển khai các hoạt động xây dựng cộng đồng gắn kết và mang lại lợi ích cho người dân', [
        // One collective lead for the whole part: each department, district and organisation does the five "+" items.
        r.task('', {
          lead: r.each('soNganhHuyenDoanThe'),
          text: 'Các sở, ban, ngành và UBND các huyện, thị xã, thành phố, đoàn thể chính trị - xã hội thực hiện các nhiệm vụ sau:',
        }, [
          r.item('+', 'Tăng cường các cơ hội bình đẳng, sự tham gia và mời gọi sự tham gia của người dân, của các bên liên quan trong quá trình xây dựng, thực hiện, giám sát và đánh giá các chương trình, chính sách, pháp luật, hoạt động liên quan đến các lĩnh vực của Cộng đồng Văn hóa - Xã hội ASEAN (gồm các vấn đề liên quan đến phúc lợi, an sinh xã hội; bình đẳng giới; thúc đẩy và bảo vệ quyền con người, tiếp cận và cơ hội bình đẳng; giảm nghèo; y tế; việc làm; giáo dục, khoa học công nghệ, văn hóa, môi trường, biến đổi khí hậu, thông tin truyền thông) nhằm đảm bảo thực hiện đúng, đầy đủ các quy định của pháp luật đối với người dân.'),
          r.item('+', 'Nâng cao nhận thức, năng lực, trách nhiệm và trình độ chuyên môn cho toàn thể cán bộ, công chức, viên chức của các cấp, các ngành, các địa phương, các tổ chức chính trị-xã hội và người dân về ASEAN để tăng cường sự tham gia trong quá trình xây dựng, thực hiện, giám sát, đánh giá các chương trình, chính sách, pháp luật và hoạt động liên quan đến các lĩnh vực của Cộng đồng Văn hóa - Xã hội ASEAN; chú trọng nâng cao nhận thức của cộng đồng về các chương trình và thành tựu của Cộng đồng Văn hóa - Xã hội.'),
          r.item('+', 'Nâng cao trách nhiệm của các sở, ban, ngành, UBND các huyện, thị xã, thành phố, đoàn thể chính trị-xã hội trong việc đề ra các sáng kiến, giải pháp, đồng thời tổ chức triển khai thực hiện các dự án, chính sách, chương trình, kế hoạch và các hoạt động liên quan đến các lĩnh vực của Cộng đồng Văn hóa - Xã hội ASEAN.'),
          r.item('+', 'Tiếp tục rà soát, sắp xếp, kiện toàn tổ chức bộ máy, tinh giản biên chế, bảo đảm bộ máy đồng bộ, tinh gọn, ổn định, phù hợp với chức năng, nhiệm vụ nhằm phát huy hiệu lực, hiệu quả hoạt động của các cơ quan, tổ chức, đơn vị trong bộ máy nhà nước.'),
          r.item('+', 'Tiếp tục đẩy mạnh công tác cải cách hành chính và hoàn thiện hệ thống dịch vụ công, dịch vụ công trực tuyến phục vụ Nhân dân.'),
        ]),
      ]),
      r.section('2', 'Triển khai các hoạt động xây dựng cộng đồng hòa nhập', [
        r.task('-', {
          lead: 'soLdtbxh',
          partners: [r.related('soBanNganh'), 'huyen'],
          text: 'Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở, ban, ngành có liên quan và UBND các huyện, thị xã, thành phố thực hiện các nhiệm vụ sau:',
        }, [
          r.item('+', 'Xây dựng các chương trình, kế hoạch và giải pháp thiết thực, hiệu quả về chương trình việc làm, giảm nghèo, thực hiện chính sách an sinh xã hội đảm bảo để người dân được tiếp cận, thụ hưởng các dịch vụ xã hội một cách đầy đủ, đúng quy định.'),
          r.item('+', 'Triển khai đầy đủ các Công ước quốc tế mà Việt Nam đã ký kết tham gia như: Công ước về bảo vệ quyền con người, Công ước về bảo vệ Trẻ em, Công ước về người khuyết tật, Tuyên bố Madrit về chăm sóc người cao tuổi...'),
          r.item('+', 'Đảm bảo đời sống an sinh xã hội cho các đối tượng yếu thế; thực hiện chính sách trợ giúp xã hội hàng tháng đối với đối tượng bảo trợ xã hội theo Nghị định 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội với mục tiêu: Trợ giúp xã hội kịp thời, công bằng, công khai đối với đối tượng bảo trợ xã hội tại cộng đồng, gia đình và trong cơ sở trợ giúp xã hội, đảm bảo công tác an sinh xã hội trên địa bàn tỉnh; đẩy mạnh xã hội hóa công tác bảo trợ xã hội.', {
            refs: ['nd20'],
          }),
          r.item('+', 'Thực hiện các chính sách trợ giúp người cao tuổi, công tác chúc thọ, mừng thọ người cao tuổi theo Nghị quyết 07/2029/NQ-HĐND ngày 10/12/2019 của Hội đồng nhân dân tỉnh quy định quà tặng chúc thọ, mừng thọ trên địa bàn tỉnh; đẩy mạnh công tác quản lý, nuôi dưỡng, chăm sóc người cao tuổi có hoàn cảnh khó khăn trong các cơ sở trợ giúp xã hội.', {
            refs: ['nq07'],
          }),
          r.item('+', paragraphs(
            'Triển khai thực hiện có hiệu quả Chỉ thị số 39-CT/TW ngày 01/11/2019 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác người khuyết tật; tạo chuyển biến rõ rệt về nhận thức, trách nhiệm, hành động của các ngành, các cấp, các tầng lớp nhân dân về công tác người khuyết tật.',
            'Thực hiện Chương trình trợ giúp người khuyết tật giai đoạn 2021-2030 trên địa bàn tỉnh với mục tiêu trợ giúp xã hội kịp thời đối với người khuyết tật và thúc đẩy thực hiện Công ước của Liên hợp quốc về quyền của người khuyết tật và Luật Người khuyết tật nhằm cải thiện chất lượng cuộc sống của người khuyết tật; tạo điều kiện để người khuyết tật tham gia bình đẳng vào các hoạt động của xã hội; xây dựng môi trường không rào cản, bảo đảm quyền lợi hợp pháp của người khuyết tật và hỗ trợ người khuyết tật trên địa bàn tỉnh phát huy khả năng của mình.',
          ), {
            refs: ['ct39'],
          }),
          r.item('+', 'Phát triển mạng lưới các Cơ sở trợ giúp xã hội phù hợp với điều kiện và định hướng phát triển kinh tế - xã hội của tỉnh; từng bước nâng cao chất lượng cung cấp dịch vụ, hướng tới mục tiêu phát triển xã hội công bằng, hiệu quả.'),
          r.item('+', paragraphs(
            'Triển khai thực hiện Chương trình phát triển công tác xã hội giai đoạn 2021-2030 trên địa bàn tỉnh; tiếp tục đẩy mạnh phát triển công tác xã hội tại các ngành, các cấp, phù hợp với điều kiện phát triển kinh tế - xã hội của tỉnh theo từng giai đoạn, đảm bảo nâng cao nhận thức của toàn xã hội về công tác xã hội; phát triển đội ngũ cán bộ, công chức, viên chức, nhân viên, cộng tác viên công tác xã hội đủ về số lượng và đảm bảo chất lượng góp phần cung cấp dịch vụ đảm bảo an sinh xã hội trên địa bàn tỉnh.',
            'Đẩy mạnh xã hội hóa, nâng cao chất lượng dịch vụ công tác xã hội trên các lĩnh vực, đáp ứng nhu cầu cung cấp dịch vụ xã hội của người dân. Tăng cường hợp tác quốc tế liên quan đến các lĩnh vực của nghề công tác xã hội.',
          )),
          r.item('+', paragraphs(
            'Triển khai thực hiện có hiệu quả Chương trình mục tiêu quốc gia giảm nghèo và an sinh xã hội bền vững giai đoạn 2021-2025. Tiếp tục thực hiện có hiệu quả các chính sách hỗ trợ giảm nghèo: Hỗ trợ y tế, hỗ trợ giáo dục, hỗ trợ về tín dụng ưu đãi, hỗ trợ đào tạo nghề, giải quyết việc làm, hỗ trợ về nhà ở, trợ giúp pháp lý... nhằm tăng khả năng tiếp cận các dịch vụ xã hội cơ bản của người nghèo.',
            'Lồng ghép triển khai thực hiện chính sách giảm nghèo với Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2025 trên địa bàn tỉnh; phấn đấu đạt chỉ tiêu về văn hóa - xã hội giai đoạn 2021-2025, số hộ nghèo năm 2025 giảm 1/2 (một phần hai) so với năm đầu nhiệm kỳ (theo chuẩn nghèo giai đoạn 2021-2025); trong đó huyện Khánh Sơn, huyện Khánh Vĩnh phấn đấu mức giảm tỷ lệ hộ nghèo 4-5%/năm.',
          ), {
            targets: [
              {
                metric: 'số hộ nghèo',
                direction: 'decrease',
                value: 50,
                unit: '%',
                by: 2025,
                baseline: { year: 2021, text: 'năm đầu nhiệm kỳ' },
                text: 'số hộ nghèo năm 2025 giảm 1/2 (một phần hai) so với năm đầu nhiệm kỳ',
              },
              {
                metric: 'tỷ lệ hộ nghèo',
                direction: 'decrease',
                range: { min: 4, max: 5 },
                unit: 'điểm %',
                per: 'year',
                scope: ['huyenKhanhSon', 'huyenKhanhVinh'],
                text: 'huyện Khánh Sơn, huyện Khánh Vĩnh phấn đấu mức giảm tỷ lệ hộ nghèo 4-5%/năm',
              },
            ],
          }),
          r.item('+', 'Giảm dần các rào cản, bất bình đẳng trong các lĩnh vực của đời sống, đẩy mạnh việc tiếp cận bình đẳng với an sinh xã hội cho tất cả mọi người.'),
          r.item('+', paragraphs(
            'Triển khai thực hiện tốt Pháp lệnh Ưu đãi người có công với cách mạng và các Quyết định của Thủ tướng Chính phủ về lĩnh vực người có công với cách mạng. Thực hiện đầy đủ các chế độ của Trung ương và của tỉnh về chính sách ưu đãi người có công với cách mạng.',
            'Đẩy mạnh phong trào “Đền ơn đáp nghĩa”; duy trì giữ vững phong trào xây dựng 100% xã, phường, thị trấn làm tốt công tác thương binh, gia đình liệt sĩ và người có công với cách mạng; không để hộ gia đình chính sách rơi vào diện hộ nghèo và phấn đấu giữ vững 100% hộ gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của người dân nơi cư trú; tiếp tục vận động các cơ quan, đơn vị nhận phụng dưỡng “Bà mẹ Việt Nam anh hùng” đến cuối đời.',
          ), {
            targets: [
              {
                metric: 'tỷ lệ xã, phường, thị trấn làm tốt công tác thương binh, gia đình liệt sĩ và người có công với cách mạng',
                direction: 'maintain',
                value: 100,
                unit: '%',
                text: 'duy trì giữ vững phong trào xây dựng 100% xã, phường, thị trấn làm tốt công tác thương binh, gia đình liệt sĩ và người có công với cách mạng',
              },
              {
                metric: 'số hộ gia đình chính sách rơi vào diện hộ nghèo',
                direction: 'maintain',
                value: 0,
                unit: 'hộ',
                text: 'không để hộ gia đình chính sách rơi vào diện hộ nghèo',
              },
              {
                metric: 'tỷ lệ hộ gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của người dân nơi cư trú',
                direction: 'maintain',
                value: 100,
                unit: '%',
                text: 'phấn đấu giữ vững 100% hộ gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của người dân nơi cư trú',
              },
            ],
          }),
          r.item('+', paragraphs(
            'Tăng cường công tác phát hiện và hỗ trợ, can thiệp cho trẻ em có hoàn cảnh đặc biệt, trẻ em bị xâm hại, bị bạo lực, trẻ em tham gia lao động trái quy định pháp luật, trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt được tiếp cận với các dịch vụ giáo dục, y tế, các phúc lợi xã hội khác khi có nhu cầu. Đặc biệt, quan tâm, trợ giúp nhóm trẻ em có hoàn cảnh đặc biệt, nguy cơ rơi vào hoàn cảnh đặc biệt tại các vùng sâu, vùng xa, vùng biển đảo... bằng nhiều hình thức; tạo điều kiện cho các em hòa nhập cộng đồng và đảm bảo cho các em được thực hiện đầy đủ các quyền cơ bản của mình.',
            'Củng cố, nâng cao năng lực cho đội ngũ cán bộ làm công tác trẻ em và tham gia thực hiện các quyền của trẻ em các cấp; xây dựng cơ chế phối hợp liên ngành về công tác trẻ em; đổi mới, tăng cường phối hợp trong công tác truyền thông, giáo dục kiến thức về pháp luật và kỹ năng về quyền trẻ em và bảo vệ trẻ em cho trẻ em, gia đình và cộng đồng.',
          )),
          r.item('+', paragraphs(
            'Quan tâm thực hiện bình đẳng giới và tăng cường quyền năng cho phụ nữ và trẻ em gái.',
            'Phấn đấu đến năm 2025, phụ nữ được nâng cao trình độ về mọi mặt, thu hẹp khoảng cách giới và nâng vị thế của phụ nữ trong một số lĩnh vực có sự bất bình đẳng hoặc nguy cơ bất bình đẳng giới cao, bảo đảm bình đẳng thực chất giữa nam và nữ về cơ hội, sự tham gia và thụ hưởng trên các lĩnh vực chính trị, kinh tế, văn hóa và xã hội; giảm dần các rào cản, bất bình đẳng giới trong các lĩnh vực kinh tế, lao động, việc làm, chính trị, văn hóa, y tế, giáo dục, thông tin và gia đình.',
            'Đẩy mạnh việc tiếp cận của người dân về vấn đề bình đẳng giới, thực hiện bình đẳng giới trên các lĩnh vực của đời sống xã hội và các chính sách về an sinh xã hội, đặc biệt là tăng cường sự tiếp cận của phụ nữ nghèo ở nông thôn, phụ nữ người dân tộc thiểu số đối với các nguồn lực kinh tế, thị trường lao động; xây dựng mô hình hỗ trợ bình đẳng giới tại vùng sâu, vùng xa, vùng có nhiều đồng bào dân tộc, mô hình hỗ trợ nữ công nhân trong các khu công nghiệp.',
          )),
          r.item('+', paragraphs(
            'Tổ chức thực hiện các biện pháp hướng tới một ASEAN “không ma túy”: Triển khai thực hiện có hiệu quả các quy định của pháp luật về phòng, chống ma túy nhằm giảm các tác hại của ma túy đối với người dân và xã hội.',
            'Tập trung thực hiện có hiệu quả các chương trình điều trị, phục hồi, chăm sóc sau điều trị nghiện nhằm giúp người nghiện cai nghiện hiệu quả và tái hòa nhập cộng đồng bền vững.',
            'Tiếp tục duy trì hiệu quả xã hội của Đề án Đổi mới công tác cai nghiện ma túy trên địa bàn tỉnh; đẩy mạnh các hoạt động hỗ trợ sau sau điều trị thông qua các hoạt động tư vấn, dạy nghề, hướng nghiệp, cho vay vốn nhằm giúp người nghiện có việc làm ổn định và phòng chống tái nghiện.',
            'Huy động sự tham gia của toàn xã hội, của các tổ chức quốc tế trong các hoạt động điều trị nghiện, ngăn chặn việc phát sinh người nghiện mới, hạn chế những tác động xấu của ma túy đối với cộng đồng và sự phát triển kinh - tế xã hội của địa phương, hướng tới một xã hội lành mạnh không có ma túy.',
          )),
          r.item('+', paragraphs(
            'Đẩy mạnh cơ chế phối hợp liên ngành trong công tác phòng, chống mại dâm. Bảo đảm quyền bình đẳng trong việc tiếp cận, sử dụng các dịch vụ xã hội đối với người bán dâm, giúp họ chuyển đổi công việc và hòa nhập cộng đồng; giảm thiểu tác hại của tệ nạn mại dâm đối với đời sống xã hội.',
            'Duy trì, đánh giá hiệu quả và nhân rộng các mô hình về can thiệp giảm hại, hỗ trợ hòa nhập cộng đồng cho người bán dâm trên địa bàn: Mô hình trợ giúp vốn vay; Mô hình chuyển đổi giáo dục, chữa trị và hỗ trợ người bán dâm tại cộng đồng (mô hình Câu lạc bộ Niềm tin) được triển khai tại thành phố Nha Trang và huyện Diên Khánh; Mô hình can thiệp giảm hại và phòng chống lây nhiễm HIV dựa vào nhóm đồng đẳng trên địa bàn thành phố Nha Trang; xây dựng mới các mô hình hỗ trợ người bán dâm hoàn lương tại cộng đồng.',
          )),
          r.item('+', 'Triển khai Kế hoạch số 3743/KH-UBND ngày 07/5/2021 về thực hiện Chương trình phòng, chống mua bán người giai đoạn 2021-2025 và định hướng đến năm 2030; nâng cao hiệu quả công tác hỗ trợ nạn nhân bị mua bán; tạo điều kiện cho nạn nhân được tiếp cận các dịch vụ hỗ trợ xã hội, hòa nhập với cộng đồng.', {
            refs: ['kh3743'],
          }),
          r.item('+', paragraphs(
            'Phát huy vai trò của hệ thống giáo dục nghề nghiệp trên địa bàn tỉnh trong tiến trình hội nhập góp phần thực hiện các mục tiêu của ASEAN. Tranh thủ tối đa các cơ hội và nguồn lực để hội nhập và phát triển.',
            'Thực hiện các hoạt động nhằm phát triển giáo dục nghề nghiệp, đào tạo nguồn nhân lực, tổ chức triển khai thực hiện đầy đủ các chính sách hỗ trợ đào tạo nghề của nhà nước cho người lao động nhằm tăng cường khả năng có việc làm và tạo việc làm cho người dân, thanh niên và các nhóm yếu thế; đào tạo gắn với nhu cầu của xã hội và doanh nghiệp, kết nối giữa giáo dục nghề nghiệp và thị trường lao động.',
            'Tổ chức thực hiện các chính sách/chương trình/hoạt động thúc đẩy tiếp cận giáo dục nghề nghiệp cho các đối tượng, đặc biệt là các nhóm dễ bị tổn thương, nghèo, lao động nông thôn.',
            'Đầu tư phát triển các trường cao đẳng, trung cấp được lựa chọn đầu tư xây dựng thành trường chất lượng cao, phát triển các nghề trọng điểm để có đủ năng lực đào tạo một số nghề được các nước tiên tiến trong khu vực ASEAN hoặc quốc tế công nhận.',
            'Tiếp tục triển khai có hiệu quả các cơ chế, chính sách phát triển giáo dục nghề nghiệp, phát triển nhân lực có kỹ năng nghề; tăng cường chuyển đổi số và đào tạo trực tuyến, chú trọng đào tạo lại và đào tạo thường xuyên lực lượng lao động để tạo chuyển biến mạnh mẽ về quy mô, chất lượng và hiệu quả của giáo dục nghề nghiệp; bảo đảm người học có kỹ năng chuyên môn, kỹ năng số, kỹ năng mềm, kỹ năng khởi nghiệp và ngoại ngữ... thích ứng với yêu cầu của thị trường lao động.',
            'Tăng cường các hoạt động hợp tác quốc tế trong giáo dục nghề nghiệp như: Liên kết đào tạo; nghiên cứu khoa học; trao đổi học thuật; đào tạo, bồi dưỡng giáo viên, cán bộ quản lý; quản trị nhà trường.',
            'Tiếp tục chỉ đạo các cơ sở giáo dục nghề nghiệp thực hiện các giải pháp nhằm nâng cao chất lượng đào tạo, bao gồm chất lượng đào tạo kỹ năng chuyên môn và các kỹ năng tin học, ngoại ngữ, kỹ năng mềm; tổ chức đào tạo văn hóa chương trình giáo dục thường xuyên cấp trung học phổ thông song hành với đào tạo nghề.',
            'Đẩy mạnh thông tin, tuyên truyền, tạo sự chuyển biến về nhận thức, đồng thuận của xã hội về phát triển giáo dục nghề nghiệp, vị trí, vai trò của nhân lực có kỹ năng nghề, nhằm huy động sự tham gia và nguồn lực của toàn xã hội, nhất là sự đồng hành của doanh nghiệp trong việc phát triển nhân lực có kỹ năng nghề phục vụ yêu cầu phát triển của tỉnh.',
            'Rà soát, tổ chức, sắp xếp lại hệ thống cơ sở giáo dục nghề nghiệp; nhanh chóng ổn định tổ chức, đa dạng hóa nguồn lực đầu tư, bảo đảm nâng cao chất lượng và hiệu quả hoạt động của các cơ sở giáo dục nghề nghiệp sau khi được tổ chức, sắp xếp lại; thúc đẩy phát triển cơ sở giáo dục nghề nghiệp có năng lực tự chủ và hoạt động hiệu quả.',
          )),
          r.item('+', paragraphs(
            'Xây dựng và thực hiện đồng bộ các chính sách hỗ trợ tạo việc làm và phát triển thị trường lao động: Xây dựng và triển khai thực hiện Đề án giải quyết lao động, việc làm trên địa bàn tỉnh Khánh Hòa giai đoạn 2021 - 2025, định hướng đến 2030; triển khai thực hiện Chương trình hỗ trợ phát triển thị trường lao động trên địa bàn tỉnh.',
            'Hỗ trợ phát triển hệ thống thông tin thị trường lao động, kết nối cung - cầu thị trường lao động trên địa bàn tỉnh: Tổ chức triển khai điều tra cung - cầu lao động; khảo sát, thu thập và thống kê thông tin thị trường lao động, cung cấp đầy đủ những thông tin xác thực và cần thiết cho các tác nhân tham gia thị trường lao động; đẩy mạnh hoạt động và nâng cao hiệu quả tư vấn, giới thiệu việc làm của Trung tâm Dịch vụ việc làm Khánh Hòa.',
            'Đổi mới nội dung, hình thức tuyên truyền, giáo dục, nâng cao nhận thức, ý thức chủ động bảo đảm an toàn lao động, vệ sinh lao động cho cán bộ và người lao động.',
            'Tăng cường công tác đào tạo, nâng cao hiểu biết, kỹ năng phòng tránh tai nạn lao động, bệnh nghề nghiệp và bảo đảm an toàn lao động, vệ sinh lao động.',
          )),
        ]),
        r.task('-', {
          lead: 'soKhcn',
          partners: [r.related('soBanNganh'), 'huyen'],
          text: 'Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành có liên quan và UBND các huyện, thị xã, thành phố triển khai thực hiện Chương trình khoa học và công nghệ phục vụ phát triển nông thôn miền núi tỉnh Khánh Hòa giai đoạn 2021-2025 định hướng đến năm 2030, trong đó tập trung:',
        }, [
          r.item('+', 'Nghiên cứu ứng dụng công nghệ sinh học nhằm tạo ra các giống cây trồng chủ lực, vật nuôi, các giống thủy hải sản mới có năng suất, chất lượng và hiệu quả kinh tế cao, phù hợp với điều kiện khí hậu, thổ nhưỡng của địa phương, chống chịu được với biến đổi khí hậu, phục vụ nhu cầu chuyển đổi cơ cấu cây trồng vật nuôi; ứng dụng công nghệ sinh học trong sản xuất các chế phẩm sinh học phục vụ sản xuất nông nghiệp.'),
          r.item('+', 'Ứng dụng và chuyển giao các tiến bộ kỹ thuật phục vụ sản xuất nông nghiệp theo hướng nông nghiệp công nghệ cao, nông nghiệp hữu cơ; chuyển giao kỹ thuật, công nghệ mới trong bảo quản và chế biến nông lâm, thủy sản có sự tham gia của doanh nghiệp trong chuỗi sản xuất và tiêu thụ sản phẩm cho người dân.'),
          r.item('+', 'Chuyển giao các mô hình canh tác trồng trọt và chăn nuôi theo hướng an toàn dịch bệnh và phát triển bền vững; mô hình trồng trọt và chăn nuôi theo hướng VietGap, trang trại hữu cơ, ứng dụng nông nghiệp công nghệ cao đạt tiêu chuẩn VietGap trong canh tác các đối tượng cây trồng chủ lực tại từng địa phương.'),
          r.item('+', 'Hỗ trợ kinh phí tập huấn, nhân rộng các kết quả nghiên cứu từ các nhiệm vụ khoa học và công nghệ cấp tỉnh, cấp cơ sở cho các tổ chức chính trị xã hội, các tổ chức đoàn thể và địa phương.'),
          r.item('+', 'Ưu tiên triển khai các nhiệm vụ khoa học và công nghệ cấp tỉnh, cấp cơ sở thuộc lĩnh vực khoa học xã hội nhân văn; trong đó tập trung nghiên cứu đánh giá và đề xuất các giải pháp nhằm nâng cao kiến thức, tăng cường khả năng và kỹ năng giáo dục cho các đối tượng yếu thế, dễ bị tổn thương như trẻ em khuyết tật, trẻ tự kỷ... ; đánh giá tác động và đề xuất các giải pháp để nâng cao hiệu quả của việc tham gia, thụ hưởng chế độ, chính sách BHXH, BHYT đối với công tác giảm nghèo, góp phần đảm bảo an sinh xã hội, gia tăng sự giàu mạnh cho người dân trên địa bàn tỉnh.'),
          r.item('+', 'Triển khai các nhiệm vụ khoa học công nghệ thuộc lĩnh vực khoa học y dược nhằm nâng cao chất lượng khám và chữa bệnh cho người dân; nâng cao chất lượng dịch vụ an sinh xã hội, nâng cao tỷ lệ tham gia và khả năng tiếp cận an sinh xã hội cho người dân trên địa bàn tỉnh.'),
          r.item('+', 'Nâng cao chất lượng đội ngũ nhân lực khoa học công nghệ trên địa bàn tỉnh đáp ứng yêu cầu phát triển kinh tế, văn hóa, xã hội trong điều kiện hội nhập sâu vào nền kinh tế thế giới và cuộc cách mạng công nghiệp 4.0.'),
        ]),
        r.task('-', {
          lead: 'tinhDoan',
          text: 'Tỉnh đoàn Khánh Hòa chủ trì, triển khai thực hiện các nội dung:',
        }, [
          r.item('+', paragraphs(
            'Triển khai xây dựng các điểm sinh hoạt, vui chơi cho thiếu nhi; hỗ trợ thiếu nhi có hoàn cảnh khó khăn; xây dựng các điểm trường cho học sinh, nhà nhân ái.',
            'Tổ chức các hoạt động hỗ trợ, người già neo đơn, thanh niên yếu thế, tiếp sức người bệnh; tổ chức các hoạt động hiến máu tình nguyện, khám bệnh, phát thuốc miễn phí; thường xuyên chăm sóc, giúp đỡ, động viên và tặng quà các trường hợp người già neo đơn, trẻ em cơ nhỡ tại Trung tâm Bảo trợ Xã hội tỉnh.',
            'Tổ chức Ngày hội Thầy thuốc trẻ làm theo lời Bác tình nguyện vì sức khỏe cộng đồng... “Đông ấm cho em”, “Vì sức khỏe cộng đồng”, “Tết hải đảo”, “Xuân yêu thương - Tết cho bệnh nhân nghèo”, các hoạt động Tháng Thanh niên, Chiến dịch “Tình nguyện hè ” “San sẻ vì miền Trung thân yêu”.',
          )),
          r.item('+', paragraphs(
            'Triển khai tuyên truyền, nâng cao nhận thức, trách nhiệm của đoàn viên, thanh niên trong thực hiện Chiến lược bảo vệ Tổ quốc trong tình hình mới; tổ chức các hoạt động hướng về biên giới, biển, đảo; thăm, tặng quà, giao lưu động viên thanh niên nhập ngũ.',
            'Tổ chức duy trì các hoạt động tham gia đảm bảo an ninh trật tự; triển khai mô hình “Tuyến đường thanh niên tự quản về an ninh trật tự”, “Khu phố không có thanh thiếu niên mắc tệ nạn xã hội”, tuyên truyền về phong trào “3 không” (không thử, không giữ, không sử dụng ma túy)”, tuyên truyền nâng cao nhận thức phòng, chống tội phạm, phòng chống ma túy trong đoàn viên thanh niên.',
          )),
          r.item('+', 'Nâng cao nhận thức, trách nhiệm của tổ chức Đoàn các cấp trong công tác phụ trách Đội Thiếu niên Tiền phong Hồ Chí Minh và bảo vệ, chăm sóc, giáo dục thiếu niên, nhi đồng.'),
          r.item('+', 'Triển khai cuộc vận động “Vì đàn em thân yêu”; xây dựng điểm sinh hoạt, vui chơi cho thanh thiếu nhi tại xã, phường, thị trấn.'),
          r.item('+', 'Triển khai Đề án Tư vấn hướng nghiệp, giới thiệu việc làm cho thanh thiếu niên giai đoạn 2018 - 2022 gắn với thực hiện các chương trình, đề án về giáo dục nghề nghiệp, việc làm giai đoạn 2021 - 2025 của Chính phủ và địa phương.'),
        ]),
      ]),
      r.section('3', 'Triển khai các hoạt động xây dựng cộng đồng bền vững', [
        r.task('-', {
          lead: 'soKhcn',
          partners: [r.related('soBanNganh'), 'huyen'],
          text: 'Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành có liên quan và UBND các huyện, thị xã, thành phố triển khai các nhiệm vụ khoa học và công nghệ thuộc Chương trình khoa học và công nghệ phát triển kinh tế biển tỉnh Khánh Hòa giai đoạn 2021-2025 và trong kế hoạch khoa học và công nghệ hằng năm; trong đó tập trung vào một số định hướng nghiên cứu để bảo tồn, sử dụng hợp lý các nguồn tài nguyên sinh vật biển thích ứng với biến đổi khí hậu phục vụ phát triển kinh tế biển Khánh Hòa, cụ thể:',
        }, [
          r.item('+', 'Thử nghiệm một số mô hình bảo tồn nguồn giống thủy sản tự nhiên nhằm nâng cao khả năng tái tạo nguồn lợi sinh vật biển;'),
          r.item('+', 'Xây dựng các mô hình bảo tồn, sử dụng hợp lý tài nguyên sinh vật biển có sự tham gia của cộng đồng và doanh nghiệp có khả năng thích ứng với sự biến đổi khí hậu và nước biển dâng.'),
          r.item('+', 'Bảo tồn, phục hồi và phát triển các hệ sinh thái tự nhiên (rạn san hô, cỏ biển, rừng ngập mặn, rong biển....) phục vụ phát triển du lịch của tỉnh.'),
          r.item('+', 'Ứng dụng các giải pháp, công nghệ tiên tiến (giải pháp công trình và phi công trình) nhằm ứng phó với điều kiện biến đổi khí hậu và nước biển dâng đối với cơ sở hạ tầng ven biển ở tỉnh; đối với các hệ sinh thái biển đặc trưng phục vụ phát triển du lịch bền vững.'),
          r.item('+', 'Xây dựng các giải pháp xanh, công nghệ không khói, phát thải bằng không góp phần ứng phó với điều kiện biến đổi khí hậu và nước biển dâng đối với các ngành kinh tế, du lịch trọng điểm của tỉnh.'),
        ]),
        r.task('-', {
          lead: 'tinhDoan',
          text: 'Tỉnh đoàn Khánh Hòa chủ trì, triển khai thực hiện công trình thanh niên xử lý các điểm rác thải, ô nhiễm tại khu dân cư; thành lập các đội hình thanh niên tình nguyện hỗ trợ người dân khắc phục hậu quả thiên tai; tổ chức vận động thực hiện sử dụng các sản phẩm thân thiện với môi trường, tiết kiệm năng lượng; thực hiện phân loại rác tại nguồn.',
        }),
        r.task('-', {
          lead: 'soTnmt',
          text: 'Sở Tài nguyên và Môi trường chủ trì, tham mưu xây dựng các nhiệm vụ và giải pháp để tổ chức triển khai các hoạt động xây dựng cộng đồng bền vững theo nội dung tại mục 3 của Quyết định số 161 (gồm: Các nhiệm vụ nhằm bảo tồn, quản lý bền vững đa dạng sinh học và nguồn tài nguyên thiên nhiên; xây dựng thành phố bền vững về môi trường hướng tới ASEAN xanh, sạch, đẹp; nâng cao năng lực của bộ máy, cơ quan, tổ chức và người dân để có thể thích ứng với những tác động của biến đổi khí hậu; xây dựng cộng đồng có khả năng ứng phó với biến đổi khí hậu; thúc đẩy sản xuất tiêu thụ bền vững với việc áp dụng các công nghệ thân thiện với môi trường, quản lý rác thải và sử dụng nhiên liệu hiệu quả).',
          refs: ['qd161'],
        }),
      ]),
      r.section('4', 'Triển khai các hoạt động xây dựng cộng đồng tự lực, tự cường', [
        r.task('-', {
          lead: 'soLdtbxh',
          partners: [r.related('soBanNganh'), r.related('huyen')],
          text: paragraphs(
            'Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở, ban, ngành có liên quan và địa phương có liên quan: Đảm bảo mức sống tối thiểu cho người dân khi xảy ra thiên tai, dịch họa và các tình huống bất khả kháng, thực hiện công tác cứu trợ xã hội đột xuất.',
            'Khi xảy ra thiên tai (như bão, lũ, sóng thần, địch họa...), Sở Lao động - Thương binh và Xã hội kịp thời tham mưu UBND tỉnh và phối hợp với các cơ quan, ban, ngành và các địa phương tập trung cứu trợ xã hội, nhanh chóng khắc phục hậu quả, ổn định đời sống Nhân dân và không để xảy ra thiếu đói trên diện rộng,…',
          ),
          // An event trigger, never a date. "địch họa" as printed: see correction dich-hoa.
          deadlines: [when('khi xảy ra thiên tai (như bão, lũ, sóng thần, địch họa...)')],
          // Emergency social relief (cứu trợ xã hội đột xuất) is social protection: from 01/3/2025
          // it is Sở Y tế's among Sở LĐTBXH's successors.
          handovers: { soLdtbxh: 'soYTe' },
        }),
        r.task('-', {
          lead: 'soTaiChinh',
          // "hàng năm" qualifies the budget line ("ngân sách dự phòng ... hàng năm"), not a deadline of the task.
          partners: [r.related('soBanNganh'), r.related('huyen')],
          text: 'Sở Tài chính chủ trì, phối hợp với các sở, ngành và địa phương có liên quan: Tham mưu chính quyền các cấp bố trí ngân sách dự phòng chi đảm bảo xã hội hàng năm, dự trữ lương thực, thực phẩm, nước sạch, thuốc dự phòng, chất đốt... tại những vùng dễ bị chia cắt khi lũ lụt, bão; đảm bảo đời sống cho nhân dân trong mọi tình huống.',
        }),
        r.task('-', {
          lead: 'soKhcn',
          partners: [r.related('soBanNganh'), 'huyen'],
          text: 'Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành có liên quan và UBND các huyện, thị xã, thành phố:',
        }, [
          r.item('+', 'Ưu tiên các nhiệm vụ khoa học và công nghệ đặt hàng cấp nhà nước, cấp tỉnh để triển khai trong kế hoạch khoa học và công nghệ hằng năm nhằm góp phần nâng cao năng lực, hiệu quả dự báo, cảnh báo thiên tai, giám sát biến đổi khí hậu; phòng, chống, hạn chế tác động của triều cường, ngập lụt, hạn hán, xâm nhập mặn; sạt lở bờ sông, biển; phát triển kinh tế biển; sử dụng tiết kiệm, hiệu quả và bền vững các nguồn tài nguyên, bảo vệ môi trường, bảo tồn đa dạng sinh học đảm bảo phát triển bền vững.'),
          r.item('+', 'Nghiên cứu đề xuất các giải pháp nhằm hạn chế phát sinh các mâu thuẫn giữa gìn giữ, bảo tồn với khai thác tài nguyên biển, tạo lập sinh kế bền vững cho cộng đồng dân cư ven biển.'),
        ]),
        r.task('-', {
          lead: 'soYTe',
          text: 'Sở Y tế chủ trì, triển khai các dịch vụ về chăm sóc sức khỏe cho người dân, hướng đến một cộng đồng tự lực, tự cường, cụ thể:',
        }, [
          r.item('+', 'Nâng cao chất lượng khám, chữa bệnh cho người dân đảm bảo công bằng trong tiếp cận và sử dụng dịch vụ chăm sóc sức khỏe cho người nghèo, người cao tuổi, trẻ em, nâng cao chất lượng công tác chăm sóc sức khỏe ở tất cả các tuyến y tế.'),
          r.item('+', 'Quản lý và nâng cao chất lượng khám chữa bệnh bảo hiểm y tế.'),
          r.item('+', 'Tăng cường công tác phòng, chống HIV/AIDS; sẵn sàng ứng phó với các nguy cơ dịch bệnh, kháng thuốc kháng sinh... và các nguy cơ khác đe dọa đến sức khỏe cộng đồng.'),
        ]),
        r.task('-', {
          lead: 'tinhDoan',
          text: 'Tỉnh đoàn Khánh Hòa chủ trì, triển khai thực hiện các nội dung:',
        }, [
          r.item('+', 'Tập huấn công tác phòng, chống dịch bệnh ở người; ra quân tìm diệt lăng quăng, bọ gậy phòng chống bệnh sốt xuất huyết tại cộng đồng.'),
          r.item('+', 'Tăng cường triển khai, duy trì và xây dựng hoạt động mô hình “Tuổi trẻ với phòng chống ma túy, mại dâm, HIV/AIDS”.'),
        ]),
        r.task('-', {
          lead: 'soTnmt',
          text: 'Sở Tài nguyên và Môi trường chủ trì, tham mưu xây dựng các nhiệm vụ và giải pháp để tổ chức triển khai các hoạt động thuộc chức năng nhiệm vụ của đơn vị nhằm xây dựng cộng đồng tự lực, tự cường theo nội dung tại mục 4 của Quyết định số 161.',
          refs: ['qd161'],
        }),
      ]),
      r.section('5', 'Triển khai các hoạt động xây dựng cộng đồng năng động', [
        r.task('-', {
          lead: 'soDuLich',
          partners: [r.related('soBanNganh'), r.related('huyen')],
          text: 'Sở Du lịch chủ trì, phối hợp với các sở, ban, ngành và UBND các huyện, thị xã, thành phố có liên quan: Tiếp tục quảng bá hình ảnh, loại hình du lịch sinh thái nhằm mục đích phát triển kinh tế, xã hội cho đồng bào dân tộc thiểu số và miền núi. Khảo sát, nghiên cứu xây dựng sản phẩm du lịch đặc trưng tại vùng đồng bào dân tộc thiểu số và miền núi có tiềm năng phát triển du lịch; xây dựng clip quảng bá danh lam thắng cảnh, di tích gắn với lịch sử hình thành vùng đất, văn hóa truyền thống, phong tục tập quán, lễ hội, ẩm thực...',
        }),
        r.task('-', {
          lead: 'soKhcn',
          partners: [r.related('soBanNganh'), 'huyen'],
          text: 'Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành có liên quan và UBND các huyện, thị xã, thành phố: Ưu tiên các nhiệm vụ thuộc lĩnh vực khoa học xã hội và nhân văn trong thời gian tới nhằm xây dựng và triển khai các mô hình phát triển du lịch bền vững gắn với văn hóa bản địa ở các địa phương, góp phần đa dạng hóa sản phẩm du lịch, thu hút đầu tư du lịch, đồng thời tạo môi trường hòa nhập đối với người dân, đồng bào dân tộc tại các địa phương trên địa bàn tỉnh.',
        }),
        r.task('-', {
          lead: 'soVhtt',
          partners: [r.related('soBanNganh'), 'huyen'],
          text: 'Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành có liên quan và UBND các huyện, thị xã, thành phố: Triển khai các hoạt động về giao lưu văn hóa, thể dục thể thao nâng cao thể lực tinh thần cho người dân; mở rộng hợp tác, giao lưu văn hóa nghệ thuật với các nước trong khu vực; quảng bá hình ảnh về Khánh Hòa ra thế giới.',
        }),
        r.task('-', {
          lead: 'soGddt',
          partners: [r.related('soBanNganh'), 'huyen'],
          text: 'Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành có liên quan và UBND các huyện, thị xã, thành phố: Triển khai thực hiện các nhiệm vụ và giải pháp để tổ chức triển khai xây dựng xã hội học tập hướng đến người dân; triển khai thực hiện các nhiệm vụ và giải pháp để thúc đẩy hợp tác khu vực trong lĩnh vực nghiên cứu, giáo dục và đào tạo',
        }),
      ]),
      r.section('6', 'Tuyên truyền, vận động nâng cao nhận thức của cán bộ, công chức, viên chức và người dân về Cộng đồng Văn hóa - Xã hội ASEAN, Đề án của Chính phủ và Kế hoạch của Ủy ban nhân dân tỉnh', [
        r.task('-', {
          lead: 'soTttt',
          partners: [r.related('soBanNganh'), 'huyen'],
          text: 'Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành có liên quan và UBND các huyện, thị xã, thành phố:',
        }, [
          r.item('+', 'Hướng dẫn các cơ quan báo chí của tỉnh, Cổng Thông tin điện tử tỉnh, hệ thống thông tin cơ sở tuyên truyền nâng cao nhận thức của cán bộ, đảng viên, công chức, viên chức và người dân về xây dựng Cộng đồng Văn hóa - Xã hội ASEAN giai đoạn 2021 - 2025.'),
          r.item('+', 'Tiếp tục duy trì chuyên mục “Việt Nam - ASEAN” trên Cổng Thông tin điện tử tỉnh; cung cấp thông tin cơ bản về ASEAN, cập nhật tin tức về các hoạt động đang diễn ra của ASEAN và sự tham gia của Việt Nam, về Cộng đồng Văn hóa - Xã hội ASEAN.'),
          r.item('+', 'Triển khai thực hiện tuyên truyền, quảng bá về ASEAN, Cộng đồng Văn hóa - Xã hội ASEAN trên địa bàn tỉnh theo hướng dẫn của Bộ Thông tin và Truyền thông.'),
        ]),
      ]),
      r.section('7', 'Hoàn thiện hệ thống tổ chức và nâng cao năng lực cán bộ phù hợp với chức năng nhiệm vụ để thực hiện Kế hoạch', [
        r.task('-', {
          lead: 'soNgoaiVu',
          partners: ['soNoiVu', r.related('soBanNganh'), 'huyen'],
          text: 'Sở Ngoại vụ chủ trì, phối hợp với Sở Nội vụ, các sở, ban, ngành có liên quan và UBND các huyện, thị xã, thành phố:',
        }, [
          r.item('+', 'Bố trí nhân lực làm công tác hợp tác quốc tế, hợp tác ASEAN đáp ứng yêu cầu hội nhập ASEAN và việc thực hiện Kế hoạch.'),
          r.item('+', 'Tổ chức các lớp đào tạo, bồi dưỡng, cập nhật kiến thức chuyên môn nghiệp vụ, ngoại ngữ cho công chức, viên chức làm công tác hợp tác ASEAN nhằm xây dựng đội ngũ cán bộ có trình độ chuyên môn để đáp ứng nhu cầu cho quá trình hội nhập của tỉnh.'),
          r.item('+', 'Tham gia và thực hiện triển khai các chương trình đào tạo, bồi dưỡng chuyên môn và nghiệp vụ hợp tác ASEAN trong khuôn khổ khu vực, đa phương và song phương khi có chương trình của cấp có thẩm quyền tổ chức.', {
            // A trigger on a sub-item: the duty belongs to the lead and partners of III.7.d1.
            deadlines: [when('khi có chương trình của cấp có thẩm quyền tổ chức')],
          }),
        ]),
        r.task('-', {
          lead: 'tinhDoan',
          text: 'Tỉnh đoàn Khánh Hòa chủ trì, triển khai thực hiện các nội dung:',
        }, [
          r.item('+', 'Tổ chức thông tin, tuyên truyền về các chương trình, lĩnh vực ưu tiên trong hợp tác thanh niên ASEAN cho đội ngũ cán bộ Đoàn chủ chốt các Huyện, Thị, Thành đoàn và tổ chức đoàn trực thuộc thông qua các lớp tập huấn cán bộ Đoàn, Hội.'),
          r.item('+', 'Tổ chức các hoạt động giao lưu, hợp tác thanh niên Khánh Hòa với các nước trên thế giới, trong đó đặc biệt chú trọng các hoạt động hợp tác với thanh niên các nước láng giềng, ASEAN; tổ chức Chiến dịch tình nguyện tại Lào.'),
        ]),
      ]),
      r.section('8', 'Tăng cường công tác kiểm tra, giám sát', [
        r.task('', {
          lead: r.each('soNganhDiaPhuong'),
          text: 'Các sở, ban, ngành, địa phương tăng cường công tác kiểm tra, giám sát việc tổ chức triển khai thực hiện các nhiệm vụ mục tiêu về các lĩnh vực giáo dục, y tế, văn hóa, môi trường, thông tin, khoa học công nghệ, đào tạo nguồn nhân lực và thực hiện các chế độ, chính sách an sinh xã hội cho người dân; đảm bảo hướng vào người dân, phục vụ người dân.',
        }),
      ]),
    ], { role: 'tasks' }),
    r.section('IV', 'KINH PHÍ THỰC HIỆN', [
      r.item('1', 'Kinh phí thực hiện Kế hoạch này do ngân sách Nhà nước bảo đảm theo quy định của Luật ngân sách Nhà nước.'),
      r.item('2', 'Huy động và sử dụng có hiệu quả các nguồn lực tài chính, trợ giúp kỹ thuật của các đối tác bên ngoài và các nhà tài trợ quốc tế, song phương, khu vực và các nhà tài trợ trong nước.'),
    ], { role: 'funding' }),
    r.section('V', 'TỔ CHỨC THỰC HIỆN', [
      r.section('1', 'Các đơn vị thuộc trụ cột Văn hóa - Xã hội ASEAN bao gồm: Y tế, Giáo dục và Đào tạo, Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Nội vụ, Văn hóa và Thể thao, Du lịch, Thông tin và Truyền thông, Khoa học và Công nghệ, Tỉnh đoàn Khánh Hòa', [
        r.task('a', {
          lead: r.each('truCot'),
          text: paragraphs(
            'Xây dựng chương trình, kế hoạch để triển khai thực hiện các nhiệm vụ, giải pháp thuộc trách nhiệm của ngành, lĩnh vực, các nội dung công việc được phân công chủ trì thực hiện theo Kế hoạch này; phân công cụ thể trách nhiệm và xác định tiến độ thực hiện để có cơ sở kiểm tra, đánh giá kết quả thực hiện.',
            'Kế hoạch triển khai thực hiện báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2021, đồng gửi Sở Lao động - Thương binh và Xã hội để theo dõi, tổng hợp.',
          ),
          reports: [implementationPlanReport],
        }),
        r.task('b', {
          lead: r.each('truCot'),
          text: 'Rà soát, lồng ghép các nội dung của Kế hoạch thực hiện mục tiêu Cộng đồng Văn hóa - Xã hội ASEAN giai đoạn 2021-2025 trong kế hoạch, chương trình hàng năm của các đơn vị để triển khai thực hiện hiệu quả.',
        }),
        // "Phối hợp chặt chẽ với Sở LĐTBXH và các sở, ban, ngành liên quan": each unit of the pillar does its
        // share, with the bodies it works with as partners.
        r.task('c', {
          lead: r.each('truCot'),
          partners: ['soLdtbxh', r.related('soBanNganh', 'liên quan')],
          text: 'Phối hợp chặt chẽ với Sở Lao động - Thương binh và Xã hội và các sở, ban, ngành liên quan thực hiện các nhiệm vụ được phê duyệt tại Kế hoạch này.',
        }),
        r.task('d', {
          lead: r.each('truCot'),
          text: 'Báo cáo tiến độ và kết quả thực hiện về Ủy ban nhân dân tỉnh định kỳ hàng năm, giữa kỳ và cuối kỳ theo yêu cầu, đồng gửi Sở Lao động - Thương binh và Xã hội để tổng hợp.',
          reports: [progressReport],
        }),
        r.task('đ', {
          lead: r.each('truCot'),
          text: 'Tạo điều kiện, khuyến khích các cơ quan, đơn vị và người dân tham gia vào quá trình xây dựng, phát triển, giám sát, đánh giá việc thực hiện Kế hoạch trên cơ sở phù hợp với chức năng, nhiệm vụ và quyền hạn theo quy định.',
        }),
        r.task('e', {
          lead: r.each('truCot'),
          text: 'Cử cán bộ tham gia các khóa đào tạo, tập huấn, cuộc họp, hội nghị, hội thảo khu vực về lĩnh vực lao động, xã hội và các kênh chuyên ngành của Cộng đồng Văn hóa - Xã hội ASEAN nhằm nâng cao năng lực để thực hiện các mục tiêu của tỉnh, của quốc gia và các mục tiêu chung của Cộng đồng Văn hóa - Xã hội ASEAN.',
        }),
      ]),
      r.section('2', 'Sở Lao động - Thương binh và Xã hội', [
        r.task('a', {
          lead: 'soLdtbxh',
          partners: [r.related('soBanNganh', 'liên quan')],
          text: 'Chủ trì, phối hợp các sở, ban, ngành liên quan tổ chức thực hiện hiệu quả Kế hoạch này.',
        }),
        r.task('b', {
          lead: 'soLdtbxh',
          text: 'Hướng dẫn, kiểm tra, giám sát, tổng hợp và định kỳ báo cáo UBND tỉnh kết quả tổ chức, triển khai thực hiện Kế hoạch hàng năm.',
          reports: [
            r.report({
              to: 'ubndTinh',
              what: 'Báo cáo kết quả tổ chức, triển khai thực hiện Kế hoạch',
              // No day is stated; VI's "trước ngày 15/11" is the deadline of the reports Sở LĐTBXH collects.
              deadlines: [
                yearly({
                  text: 'định kỳ báo cáo UBND tỉnh kết quả tổ chức, triển khai thực hiện Kế hoạch hàng năm',
                }),
              ],
            }),
          ],
        }),
      ]),
      r.section('3', 'Sở Tài chính', [
        r.task('', {
          lead: 'soTaiChinh',
          // "các sở, ngành thuộc trụ cột Cộng đồng Văn hóa - Xã hội ASEAN": the pillar group, narrowed to departments.
          partners: ['soLdtbxh', r.related('truCot', 'các sở, ngành thuộc trụ cột')],
          text: 'Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội và các sở, ngành thuộc trụ cột Cộng đồng Văn hóa - Xã hội ASEAN và căn cứ tình hình thực tế cân đối ngân sách của tỉnh để đảm bảo kinh phí thực hiện Kế hoạch.',
        }),
      ]),
      r.section('4', 'Sở Kế hoạch và Đầu tư', [
        r.task('a', {
          lead: 'soKhdt',
          partners: [r.related('soBanNganh', 'liên quan')],
          text: 'Chủ trì, phối hợp các sở, ban, ngành liên quan vận động nguồn hỗ trợ để thực hiện Kế hoạch.',
        }),
        r.task('b', {
          lead: 'soKhdt',
          text: 'Đẩy mạnh các hoạt động nhằm vận động, thu hút tối đa nguồn lực từ các doanh nghiệp tổ chức, cá nhân trong và ngoài nước để triển khai thực hiện hiệu quả các mục tiêu, nhiệm vụ về thực hiện chính sách cho người dân hướng đến xây dựng Cộng đồng Văn hóa - Xã hội ASEAN.',
        }),
      ]),
      r.section('5', 'Sở Ngoại vụ', [
        r.task('', {
          lead: 'soNgoaiVu',
          text: 'Vận động nguồn lực các tổ chức phi chính phủ nước ngoài đến từ các nước trong khu vực cộng đồng ASEAN và các nước khác trên thế giới trong việc thực hiện Kế hoạch.',
        }),
      ]),
      r.section('6', 'UBND các huyện, thị xã, thành phố', [
        r.task('a', {
          lead: r.each('huyen'),
          text: paragraphs(
            'Xây dựng kế hoạch triển khai thực hiện Kế hoạch này phù hợp với tình hình tại địa phương.',
            'Kế hoạch triển khai thực hiện báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2021, đồng gửi Sở Lao động - Thương binh và Xã hội để theo dõi, tổng hợp.',
          ),
          reports: [implementationPlanReport],
        }),
        r.task('b', {
          lead: r.each('huyen'),
          text: 'Rà soát, lồng ghép các nội dung của Kế hoạch thực hiện mục tiêu Cộng đồng Văn hóa - Xã hội ASEAN giai đoạn 2021-2025 trong các đề án, chương trình, kế hoạch của địa phương để triển khai thực hiện hiệu quả.',
        }),
        // As V.1.c: each district does its share, with the bodies it works with as partners.
        r.task('c', {
          lead: r.each('huyen'),
          partners: ['soLdtbxh', r.related('soBanNganh', 'liên quan')],
          text: 'Phối hợp chặt chẽ với Sở Lao động - Thương binh và Xã hội và các sở, ban, ngành liên quan thực hiện các nhiệm vụ được phê duyệt tại Kế hoạch này.',
        }),
        r.task('d', {
          lead: r.each('huyen'),
          text: 'Báo cáo tiến độ và kết quả thực hiện về Ủy ban nhân dân tỉnh định kỳ hàng năm, giữa kỳ và cuối kỳ theo yêu cầu, đồng gửi Sở Lao động - Thương binh và Xã hội để tổng hợp.',
          reports: [progressReport],
        }),
        r.task('đ', {
          lead: r.each('huyen'),
          text: 'Tạo điều kiện, khuyến khích các cơ quan, đơn vị và người dân tham gia vào quá trình xây dựng, phát triển, giám sát, đánh giá việc thực hiện Kế hoạch trên cơ sở phù hợp với chức năng, nhiệm vụ và quyền hạn theo quy định.',
        }),
      ]),
      // The Front and the organisations are outside the issuer's authority: their duties are requested ("Đề nghị").
      r.section('7', 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể cấp tỉnh', [
        r.task('a', {
          lead: r.each('mttqDoanThe'),
          mode: 'request',
          text: 'Tuyên truyền, phổ biến các chủ trương, đường lối của Đảng, pháp luật của Nhà nước và các Chương trình, kế hoạch của tỉnh về xây dựng Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025 cho đoàn viên, hội viên và tầng lớp Nhân dân.',
        }),
        r.task('b', {
          lead: r.each('mttqDoanThe'),
          mode: 'request',
          text: 'Tăng cường vận động đoàn viên, hội viên, các tầng lớp Nhân dân tích cực tham gia cùng với các cấp, các ngành và địa phương thực hiện các chủ trương, đường lối của Đảng, pháp luật của Nhà nước và các chương trình, kế hoạch của tỉnh về xây dựng Cộng đồng Văn hóa - Xã hội ASEAN đến năm 2025, nhằm hướng đến quá trình hội nhập quốc tế.',
        }),
        r.task('c', {
          lead: r.each('mttqDoanThe'),
          mode: 'request',
          text: 'Tăng cường công tác kiểm tra, giám sát việc thực hiện các chính sách về an sinh xã hội, y tế, giáo dục, môi trường, văn hóa, thông tin, khoa học công nghệ nhằm mục tiêu xây dựng xã hội hướng vào người dân, phục vụ người dân, hướng đến xây dựng cộng đồng Văn hóa - Xã hội ASEAN.',
        }),
      ]),
    ], { role: 'organization' }),
    // Each paragraph of VI is an item carrying the reporting rule it states.
    r.section('VI', 'CHẾ ĐỘ BÁO CÁO', [
      r.item('', 'Định kỳ hàng năm trước ngày 15/11, các sở, ban, ngành, UBND các huyện, thị xã, thành phố báo cáo kết quả triển khai Kế hoạch về UBND tỉnh (thông qua Sở Lao động - Thương binh và Xã hội tổng hợp).', {
        reports: [
          r.report({
            from: r.each('soNganhDiaPhuong'),
            to: 'ubndTinh',
            via: 'soLdtbxh',
            what: 'Báo cáo kết quả triển khai Kế hoạch',
            deadlines: [yearly({ month: 11, day: 15, text: 'Định kỳ hàng năm trước ngày 15/11' })],
          }),
        ],
      }),
      r.item('', 'Trong quá trình thực hiện kế hoạch, nếu có phát sinh, vướng mắc cần điều chỉnh, bổ sung cho phù hợp, các cơ quan, đơn vị chủ động kiến nghị, đề xuất gửi về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.', {
        reports: [
          r.report({
            from: r.each('coQuanDonVi'),
            to: 'ubndTinh',
            via: 'soLdtbxh',
            what: 'Kiến nghị, đề xuất điều chỉnh, bổ sung Kế hoạch',
            deadlines: [when('nếu có phát sinh, vướng mắc cần điều chỉnh, bổ sung')],
          }),
        ],
      }),
    ], { role: 'reporting' }),
  ],
  recipients: [
    { text: 'Thường trực Tỉnh ủy, HĐND tỉnh', purpose: 'báo cáo', units: ['thuongTrucTinhUy', 'hdndTinh'] },
    { text: 'Chủ tịch và các PCT UBND tỉnh', purpose: 'báo cáo', units: ['lanhDaoUbnd'] },
    { text: 'Mặt trận và các đoàn thể cấp tỉnh', units: ['ubMttq', 'doanThe'] },
    { text: 'Các ban đảng thuộc Tỉnh ủy', units: ['cacBanDang'] },
    { text: 'Các sở, ban, ngành thuộc tỉnh', units: ['soBanNganh'] },
    { text: 'UBND các huyện, thị xã, thành phố', units: ['huyen'] },
    { text: 'Báo Khánh Hòa', units: ['baoKhanhHoa'] },
    { text: 'Đài Phát thanh và Truyền hình Khánh Hòa', units: ['daiPtth'] },
    { text: 'Cổng TTĐT tỉnh', units: ['congTtdt'] },
    { text: 'Lưu: VT, TmN, HN, NN', archive: true },
  ],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Đinh Văn Thiệu' },
  // After 01/3/2025 the former Sở LĐTBXH's and Sở TT&TT's functions were split. The plan's
  // synthesizing role (theo dõi, tổng hợp) follows the ASEAN Socio-Cultural pillar, whose
  // national focal point passed to Bộ Nội vụ; the plan's information work (tuyên truyền, thông
  // tin cơ sở) went with the press and grassroots information to Sở VHTTDL.
  handovers: { soLdtbxh: 'soNoiVu', soTttt: 'soVhttdl' },
  corrections: [
    {
      id: 'nq07-year',
      target: 'nq07',
      field: 'number',
      asIssued: '07/2029/NQ-HĐND',
      corrected: '07/2019/NQ-HĐND',
      note: {
        vi: 'Số ký hiệu in "07/2029/NQ-HĐND" mang năm 2029, mâu thuẫn với ngày ban hành 10/12/2019 in ngay sau; văn bản đúng là Nghị quyết số 07/2019/NQ-HĐND của HĐND tỉnh Khánh Hòa.',
        en: 'The printed number "07/2029/NQ-HĐND" carries the year 2029, which contradicts the date 10/12/2019 printed right after it; the resolution is No. 07/2019/NQ-HĐND of the Provincial People\'s Council.',
      },
    },
    {
      id: 'nq07-year-text',
      target: 'III.2.d1.p4',
      field: 'text',
      asIssued: 'Nghị quyết 07/2029/NQ-HĐND ngày 10/12/2019',
      corrected: 'Nghị quyết 07/2019/NQ-HĐND ngày 10/12/2019',
      note: {
        vi: 'Cùng lỗi năm trong số ký hiệu như correction nq07-year, tại nội dung nhiệm vụ.',
        en: 'The same wrong year in the number as in correction nq07-year, in the text of the item.',
      },
    },
    {
      id: 'sau-sau',
      target: 'III.2.d1.p13',
      field: 'text',
      asIssued: 'hỗ trợ sau sau điều trị',
      corrected: 'hỗ trợ sau điều trị',
      note: { vi: 'Lặp từ "sau".', en: 'The word "sau" is printed twice.' },
    },
    {
      id: 'kinh-te-xa-hoi',
      target: 'III.2.d1.p13',
      field: 'text',
      asIssued: 'kinh - tế xã hội',
      corrected: 'kinh tế - xã hội',
      note: {
        vi: 'Dấu gạch nối đặt sai vị trí: "kinh tế - xã hội" như ở các chỗ khác trong văn bản.',
        en: 'Misplaced dash: "kinh tế - xã hội" (socio-economic), as elsewhere in the plan.',
      },
    },
    {
      id: 'dich-hoa',
      target: 'III.4.d1',
      field: 'text',
      asIssued: 'sóng thần, địch họa...',
      corrected: 'sóng thần, dịch họa...',
      note: {
        vi: 'Đọc là "dịch họa" (dịch bệnh) như câu trước của cùng nhiệm vụ: "khi xảy ra thiên tai, dịch họa". Cụm "thiên tai, địch họa" (tai họa do địch gây ra) cũng có nghĩa, nhưng không hợp với danh sách ví dụ về thiên tai này.',
        en: 'Read as "dịch họa" (epidemic), as in the previous sentence of the same task: "khi xảy ra thiên tai, dịch họa". "thiên tai, địch họa" (calamities caused by an enemy) is also a real phrase, but does not fit this list of natural disasters.',
      },
    },
    {
      id: 'dich-hoa-trigger',
      target: 'III.4.d1',
      field: 'deadlines.0.event',
      asIssued: 'địch họa',
      corrected: 'dịch họa',
      note: {
        vi: 'Điều kiện kích hoạt được ghi nguyên văn nên mang cùng lỗi như correction dich-hoa.',
        en: 'The trigger is quoted verbatim, so it carries the same typo as correction dich-hoa.',
      },
    },
    {
      id: 'madrid',
      target: 'III.2.d1.p2',
      field: 'text',
      asIssued: 'Tuyên bố Madrit',
      corrected: 'Tuyên bố Madrid',
      note: {
        vi: 'Tên riêng viết sai: Tuyên bố chính trị và Kế hoạch hành động quốc tế Madrid về người cao tuổi (2002).',
        en: 'Misspelt proper name: the Madrid Political Declaration and International Plan of Action on Ageing (2002).',
      },
    },
    {
      id: 'nguoi-gia-comma',
      target: 'III.2.d3.p1',
      field: 'text',
      asIssued: 'hoạt động hỗ trợ, người già neo đơn',
      corrected: 'hoạt động hỗ trợ người già neo đơn',
      note: {
        vi: 'Dấu phẩy thừa tách động từ "hỗ trợ" khỏi tân ngữ.',
        en: 'A stray comma separates the verb "hỗ trợ" (support) from its object.',
      },
    },
    {
      id: 'tinh-nguyen-he-quote',
      target: 'III.2.d3.p1',
      field: 'text',
      asIssued: '“Tình nguyện hè ” “San sẻ',
      corrected: '“Tình nguyện hè”, “San sẻ',
      note: {
        vi: 'Khoảng trắng thừa trước dấu đóng ngoặc kép và thiếu dấu phẩy giữa hai tên chiến dịch.',
        en: 'A space before the closing quote, and a missing comma between the two campaign names.',
      },
    },
    {
      id: 'ba-khong-quote',
      target: 'III.2.d3.p2',
      field: 'text',
      asIssued: 'sử dụng ma túy)”,',
      corrected: 'sử dụng ma túy),',
      note: {
        vi: 'Dấu đóng ngoặc kép thừa: ngoặc kép của “3 không” đã đóng trước dấu mở ngoặc đơn.',
        en: 'A stray closing quote: the quotes around “3 không” are already closed before the parenthesis.',
      },
    },
    {
      id: 'rong-bien-dots',
      target: 'III.3.d1.p3',
      field: 'text',
      asIssued: 'rong biển....)',
      corrected: 'rong biển...)',
      note: { vi: 'Dấu chấm lửng in thành bốn dấu chấm.', en: 'The ellipsis is printed with four dots.' },
    },
    {
      id: 'dao-tao-period',
      target: 'III.5.d4',
      field: 'text',
      asIssued: 'nghiên cứu, giáo dục và đào tạo',
      corrected: 'nghiên cứu, giáo dục và đào tạo.',
      note: {
        vi: 'Thiếu dấu chấm cuối đoạn.',
        en: 'The paragraph lacks its final full stop.',
      },
    },
  ],
});
