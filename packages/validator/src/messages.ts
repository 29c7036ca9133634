import type { LocalizedText, Locale } from '@kehoach/core';
import type { MessageValue } from './types.js';

const PLACEHOLDER = /\{(\w+)\}/g;

/** @internal The placeholders a template uses, without braces. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** @internal A message value in one language. */
export function valueIn(value: MessageValue, locale: Locale): string {
  return typeof value === 'object' ? value[locale] : String(value);
}

const compiled = new Map<string, readonly string[]>();

/** Splits a template once: text at even indexes, placeholder names at odd ones. */
function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/** @internal Fills `{placeholders}`; an unknown placeholder stays as written. */
export function fillTemplate(template: string, data: Readonly<Record<string, MessageValue>> | undefined, locale: Locale): string {
  if (data === undefined) return template;
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.hasOwn(data, name) ? valueIn(data[name]!, locale) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/** @internal Both languages of a message. */
export function formatMessage(template: LocalizedText, data: Readonly<Record<string, MessageValue>> | undefined): LocalizedText {
  return { vi: fillTemplate(template.vi, data, 'vi'), en: fillTemplate(template.en, data, 'en') };
}

/** @internal A list of names for a message: `A, B và C` / `A, B and C`. */
export function listOf(names: readonly string[]): LocalizedText {
  const join = (last: string): string =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${last} ${names[names.length - 1]}`;
  return { vi: join('và'), en: join('and') };
}
