// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { speak, tCount } from '@/utils/i18n/i18n';
import { herLanguage, LANGUAGES, parseLanguage } from '@/utils/i18n/language';
import { fillIn, parseWords, wordsOf, type MessagesFile } from '@/utils/i18n/words';
import { allWordsIn, dailyWordsIn } from '@/utils/i18n/words-in';

const messagesIn = (language: string) =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as MessagesFile;

/**
 * What the browser's `i18n.getMessage` makes of a message, read left to right: a named placeholder
 * (`$count$`) becomes its content with `$1`… filled in, and a `$1` written straight in the message
 * is filled in too.
 */
function getMessage(messages: MessagesFile, name: string, substitutions: string[]): string {
  const { message, placeholders = {} } = messages[name]!;
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => substitutions[+index - 1] ?? '');
  return message.replace(/\$(\w+)\$|\$\d/g, (token, key?: string) =>
    key ? fill(placeholders[key.toLowerCase()]!.content) : fill(token),
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

describe('counts in her language, by its plural rules', () => {
  afterEach(() => speak(undefined));

  it.each([
    [1, '1 день подряд'],
    [2, '2 дня подряд'],
    [4, '4 дня подряд'],
    [5, '5 дней подряд'],
    [11, '11 дней подряд'],
    [12, '12 дней подряд'],
    [21, '21 день подряд'],
    [22, '22 дня подряд'],
    [25, '25 дней подряд'],
    [101, '101 день подряд'],
    [111, '111 дней подряд'],
  ])('Russian: %i → %s', (count, said) => {
    speak(allWordsIn('ru'));
    expect(tCount('streakDays', count)).toBe(said);
  });

  it('Japanese has one form for every count', () => {
    speak(allWordsIn('ja'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (count) => {
        expect(tCount('streakDays', count)).toBe(fillIn(allWordsIn('ja').streakDays_other!, [String(count)]));
      }),
    );
  });

  it('English: one day, two days', () => {
    speak(allWordsIn('en'));
    expect(tCount('streakDays', 1)).toMatch(/^1 day\b/);
    expect(tCount('streakDays', 2)).toMatch(/^2 days\b/);
  });
});
