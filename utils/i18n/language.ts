/** The languages Closer speaks, each with its own messages and its own tips, written natively. */
export const LANGUAGES = ['en', 'ja', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Version 1 of her language choice: one of Closer's languages (none stored: her browser's). */
export type LanguageV1 = Language;

/**
 * The language of Closer's that a browser language tag asks for: Japanese for `ja` and
 * `ja-JP`, Russian for `ru` and `ru-RU`, English for everything else.
 */
export function languageOf(tag: string | undefined): Language {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === base) ?? 'en';
}

/** Her stored choice: `null` when she has made none (her browser's language), `undefined` when it can't be read. */
export function parseLanguage(raw: unknown): Language | null | undefined {
  if (raw == null) return null;
  return LANGUAGES.find((language) => language === raw);
}

/** The language Closer speaks to her: the one she chose, else her browser's (`uiLanguage`) when Closer speaks it, else English. */
export const herLanguage = (chosen: Language | null | undefined, uiLanguage: string): Language =>
  chosen ?? languageOf(uiLanguage);
