import { defineRule } from '../../../define-rule.js';

const FORMS = new Set(['TM', 'KT', 'TL', 'TUQ', 'Q', 'none']);
const PERSON_TITLE = /^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TỔNG GIÁM ĐỐC)\b/u;

/**
 * The signature block follows Decree 30/2020/NĐ-CP: the form is TM. (on behalf of a collective
 * body: "TM. ỦY BAN NHÂN DÂN"), KT. (a deputy signs for the head: "KT. CHỦ TỊCH / PHÓ CHỦ
 * TỊCH"), TL., TUQ. or Q., or none when the head signs. A form names the office it refers to;
 * KT. is signed by someone other than the head; TM. names a collective, not a person's office.
 */
export const signatureForm = defineRule({
  meta: {
    id: 'form/signature',
    code: 'KH501',
    defaultSeverity: 'error',
    docs: {
      description: 'The signature form is outside TM./KT./TL./TUQ./Q., or inconsistent with the titles.',
      descriptionVi: 'Hình thức ký không thuộc TM./KT./TL./TUQ./Q., hoặc không khớp với chức vụ.',
    },
    messages: {
      unknownForm: {
        vi: 'Hình thức ký "{form}" không có trong Nghị định 30/2020/NĐ-CP; dùng TM., KT., TL., TUQ. hoặc Q.',
        en: 'Signature form "{form}" is not one of Decree 30/2020/NĐ-CP; use TM., KT., TL., TUQ. or Q.',
      },
      missingAuthority: {
        vi: 'Hình thức ký "{form}." phải kèm chức vụ hoặc tập thể được ký thay (ví dụ "{form}. CHỦ TỊCH").',
        en: 'Signature form "{form}." needs the office or body it signs for (e.g. "{form}. CHỦ TỊCH").',
      },
      authorityWithoutForm: {
        vi: 'Chữ ký ghi "{authority}" nhưng không có hình thức ký (TM., KT., TL., TUQ., Q.).',
        en: 'The signature names "{authority}" but has no form (TM., KT., TL., TUQ., Q.).',
      },
      deputySameTitle: {
        vi: '"KT. {authority}" là cấp phó ký thay người đứng đầu; chức vụ người ký không thể cũng là "{title}".',
        en: '"KT. {authority}" is a deputy signing for the head; the signer\'s title cannot also be "{title}".',
      },
      tmPerson: {
        vi: '"TM." là ký thay mặt tập thể (ví dụ "TM. ỦY BAN NHÂN DÂN"), không phải thay mặt chức vụ "{authority}".',
        en: '"TM." signs on behalf of a collective body (e.g. "TM. ỦY BAN NHÂN DÂN"), not of the office "{authority}".',
      },
    },
  },
  check(plan, _ctx, _options, report) {
    const s = plan.signature as { form?: unknown; authority?: string; title?: string } | undefined;
    if (s === undefined || s === null) return;
    const form = String(s.form);
    if (!FORMS.has(form)) {
      report({ messageId: 'unknownForm', data: { form }, path: ['signature', 'form'] });
      return;
    }
    const authority = s.authority?.trim();
    if (form === 'none') {
      if (authority) report({ messageId: 'authorityWithoutForm', data: { authority }, path: ['signature', 'authority'] });
      return;
    }
    if (!authority) {
      report({ messageId: 'missingAuthority', data: { form }, path: ['signature', 'authority'] });
      return;
    }
    const norm = (t: string) => t.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();
    if (form === 'KT' && s.title !== undefined && norm(s.title) === norm(authority)) {
      report({ messageId: 'deputySameTitle', data: { authority, title: s.title }, path: ['signature', 'title'] });
    }
    if (form === 'TM' && PERSON_TITLE.test(norm(authority))) {
      report({ messageId: 'tmPerson', data: { authority }, path: ['signature', 'authority'] });
    }
  },
});
