/** A message for people, in Vietnamese and English. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** The languages messages come in. */
export type Locale = keyof LocalizedText;
