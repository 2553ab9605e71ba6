// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * Every language's interface (public/_locales/<lang>/messages.json) holds every English
 * message, no more, with the same placeholders, each used; a message that changes with a
 * count has exactly the plural forms its language's rules ask for (Intl.PluralRules).
 */
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (language: string) =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Messages;
const ENGLISH = read('en');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The keys `language` must have: English's, with each count in the plural forms of `language`. */
function expectedKeys(language: string): string[] {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(ENGLISH)) {
    if (!PLURAL.test(key)) keys.add(key);
    else for (const form of forms) keys.add(key.replace(PLURAL, `_${form}`));
  }
  return [...keys].sort();
}

const placeholdersOf = (entry: Messages[string]) => Object.keys(entry.placeholders ?? {}).sort();
const usedIn = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Z_]+)\$/g)].map(([, name]) => name!.toLowerCase()))].sort();

describe.each(['en', 'ja', 'ru'])('the %s messages', (language) => {
  const messages = read(language);

  it('have every message of the interface, and no other (counts in the plural forms of the language)', () => {
    expect(Object.keys(messages).sort()).toEqual(expectedKeys(language));
  });

  it('give the stores a name and a description they take (Chrome: a description of at most 132 characters)', () => {
    expect([...messages.extName!.message].length).toBeLessThanOrEqual(45);
    expect([...messages.extDescription!.message].length).toBeLessThanOrEqual(132);
  });

  it('keep the placeholders of the English message, each used, and every message written', () => {
    const problems = Object.entries(messages).flatMap(([key, entry]) => {
      const english = ENGLISH[key] ?? ENGLISH[key.replace(PLURAL, '_other')]!;
      const found: string[] = [];
      if (!entry.message.trim()) found.push(`${key}: empty`);
      if (JSON.stringify(placeholdersOf(entry)) !== JSON.stringify(placeholdersOf(english)))
        found.push(`${key}: placeholders ${placeholdersOf(entry).join(',')}`);
      if (JSON.stringify(usedIn(entry.message)) !== JSON.stringify(placeholdersOf(entry)))
        found.push(`${key}: uses ${usedIn(entry.message).join(',')}`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});

describe.each(['ja', 'ru'])('the %s messages', (language) => {
  it('are written in their language, not left in English (the name Closer aside)', () => {
    const messages = read(language);
    const same = Object.keys(messages).filter(
      (key) => key !== 'extName' && ENGLISH[key] && messages[key]!.message === ENGLISH[key]!.message,
    );
    expect(same).toEqual([]);
  });
});
