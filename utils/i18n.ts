import type { browser as typedBrowser } from 'wxt/browser';
import { browser } from './native-browser';

/** Message names in `public/_locales/en/messages.json`. */
export type MessageName = Parameters<typeof typedBrowser.i18n.getMessage>[0];

/** The user's language's words for `name`. */
export function t(name: MessageName, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(name, substitutions.map(String));
}

// Building plural rules costs about as much as drawing the page's text: once per page.
let pluralRules: Intl.PluralRules | undefined;

/**
 * A message that changes with a count: `base_one`, `base_other` (and, for languages
 * that need them, `base_few`, `base_many`), chosen by the language's plural rules.
 */
export function tCount(base: string, count: number): string {
  pluralRules ??= new Intl.PluralRules(browser.i18n.getUILanguage());
  const form = pluralRules.select(count);
  const message = browser.i18n.getMessage(`${base}_${form}` as MessageName, [String(count)]);
  return message || browser.i18n.getMessage(`${base}_other` as MessageName, [String(count)]);
}
