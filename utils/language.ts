/** The languages Closer speaks, each with its own messages and its own tips, written natively. */
export const LANGUAGES = ['en', 'ja', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language of Closer's that a browser language tag asks for: Japanese for `ja` and
 * `ja-JP`, Russian for `ru` and `ru-RU`, English for everything else.
 */
export function languageOf(tag: string | undefined): Language {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === base) ?? 'en';
}
