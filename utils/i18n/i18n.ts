import type { browser as typedBrowser } from 'wxt/browser';
import { browser } from '../browser/native-browser';
import { fillIn } from './words';

/** Message names in `public/_locales/en/messages.json`. */
export type MessageName = Parameters<typeof typedBrowser.i18n.getMessage>[0];

/** Her chosen language's words, while it is not her browser's (which `i18n.getMessage` speaks). */
let words: unknown;

/**
 * Speaks `chosen` from now on: the words of the language she chose in the settings, when it
 * is not her browser's; `undefined` for her browser's own. Anything but text is never shown
 * (`t` falls back to the browser's words), so the stored value is taken as it is.
 */
export function speak(chosen: unknown): void {
  words = chosen;
}

/** The words `speak` was last given (a page that speaks for another for a moment gives them back). */
export const spoken = (): unknown => words;

/** Her language's words for `name`. */
export function t(name: MessageName, ...substitutions: Array<string | number>): string {
  const text = (words as Record<string, unknown> | undefined)?.[name];
  const filled = substitutions.map(String);
  return typeof text === 'string' ? fillIn(text, filled) : browser.i18n.getMessage(name, filled);
}

// Building plural rules costs about as much as drawing the page's text: once per language.
const pluralRules: Record<string, Intl.PluralRules> = {};

/**
 * A message that changes with a count: `base_one`, `base_other` (and, for languages
 * that need them, `base_few`, `base_many`), chosen by her language's plural rules. Each
 * language has every form its rules choose (tests/unit/messages-languages.test.ts).
 */
export function tCount(base: string, count: number, ...more: number[]): string {
  const language = t('pageLanguage');
  const form = (pluralRules[language] ??= new Intl.PluralRules(language)).select(count);
  return t(`${base}_${form}` as MessageName, count, ...more);
}
