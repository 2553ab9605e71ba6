// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { herLanguage, LANGUAGES, parseLanguage } from '@/utils/language';
import { fillIn, parseWords, wordsOf, type MessagesFile } from '@/utils/words';
import { allWordsIn, dailyWordsIn } from '@/utils/words-in';

const messagesIn = (language: string) =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as MessagesFile;

/** What the browser's `i18n.getMessage` makes of a message: its named placeholders, then their `$1`… (tests/setup.ts does the same). */
function getMessage(messages: MessagesFile, name: string, substitutions: string[]): string {
  const { message, placeholders = {} } = messages[name]!;
  return message.replace(/\$(\w+)\$/g, (_, key: string) =>
    placeholders[key.toLowerCase()]!.content.replace(/\$(\d)/g, (__, index: string) => substitutions[+index - 1] ?? ''),
  );
}

describe('a language’s words, as the pages read them when she chose a language not her browser’s', () => {
  it.each(LANGUAGES)('say in %s exactly what the browser would, with any substitutions', (language) => {
    const messages = messagesIn(language);
    const words = wordsOf(messages);
    expect(Object.keys(words).sort()).toEqual(Object.keys(messages).sort());
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(messages)), fc.array(fc.string(), { maxLength: 3 }), (name, subs) => {
        // A substitution is text: one that looks like `$1` stays as it is.
        expect(fillIn(words[name]!, subs)).toBe(getMessage(messages, name, subs));
      }),
    );
  });

  it('keep positional placeholders written straight into a message (some Russian counts do)', () => {
    expect(fillIn(wordsOf({ tips: { message: '$1 совет' } }).tips!, ['21'])).toBe('21 совет');
  });

  it.each(LANGUAGES)('for the new tab and the popup in %s, are a part of the whole, in that language', (language) => {
    const all = allWordsIn(language);
    const daily = dailyWordsIn(language);
    expect(daily.pageLanguage).toBe(language);
    for (const [name, text] of Object.entries(daily)) expect(text).toBe(all[name]);
    expect(Object.keys(daily).length).toBeLessThan(Object.keys(all).length);
  });

  it('are read back only as an object of texts', () => {
    expect(parseWords({ a: 'b' })).toEqual({ a: 'b' });
    for (const junk of [null, 'words', 7, ['a'], { a: 1 }, { a: null }]) expect(parseWords(junk)).toBeUndefined();
  });
});

describe('her language choice', () => {
  it('is one of Closer’s languages, none (her browser’s), or unreadable', () => {
    for (const language of LANGUAGES) expect(parseLanguage(language)).toBe(language);
    expect(parseLanguage(undefined)).toBeNull();
    expect(parseLanguage(null)).toBeNull();
    for (const junk of ['fr', 'JA', '', 1, { language: 'ja' }, ['ja']]) expect(parseLanguage(junk)).toBeUndefined();
  });

  it('wins over her browser’s; without one (or unreadable), her browser’s language is spoken when Closer speaks it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES, null, undefined), fc.string(), (chosen, tag) => {
        const spoken = herLanguage(chosen, tag);
        expect(LANGUAGES).toContain(spoken);
        if (chosen) expect(spoken).toBe(chosen);
      }),
    );
    expect(herLanguage(null, 'ja-JP')).toBe('ja');
    expect(herLanguage(undefined, 'de')).toBe('en');
  });
});
