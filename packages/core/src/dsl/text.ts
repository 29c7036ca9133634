/**
 * The paragraphs of one item, in order: its first paragraph and the unnumbered paragraphs
 * that continue it. They are stored joined by line breaks.
 *
 * @example
 * r.item('+', paragraphs('Triển khai thực hiện có hiệu quả Chỉ thị số 39-CT/TW …', 'Thực hiện Chương trình trợ giúp người khuyết tật …'));
 */
export function paragraphs(...texts: string[]): string {
  return texts.join('\n');
}
