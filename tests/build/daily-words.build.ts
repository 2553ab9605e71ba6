import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { isDailyWord } from '@/utils/i18n/daily-words';

/*
 * When she chose a language other than her browser's, the new tab and the popup speak it from
 * the words the background stores for them (`utils/i18n/daily-words.ts`). Every message their
 * scripts can ask for must be among those words, or it would come in the browser's language.
 */
// (first-frame.js asks for none: it draws what the app drew, words and all.)
const DAILY_SCRIPTS = [
  'newtab-app.js',
  'popup-app.js',
  'moment.js',
  'questions.js',
  'shortcuts.js',
  'notice.js',
  'note.js',
];
const NAMES = Object.keys(messages);
const PLURAL = /_(one|other)$/;

/** The message names a built script can ask for: each name (or count's base name) written in it, and every name a template starts. */
function namesAskedIn(script: string): string[] {
  const literals = new Set([...script.matchAll(/["'`]([A-Za-z0-9_]+)["'`]/g)].map(([, word]) => word!));
  // A name built from a prefix: `theme${…}` or "connectedLine"+…
  const prefixes = [...script.matchAll(/`([A-Za-z0-9]+)\$\{|"([A-Za-z0-9]+)"\+/g)].map(([, a, b]) => (a ?? b)!);
  return NAMES.filter(
    (name) =>
      literals.has(name) ||
      literals.has(name.replace(PLURAL, '')) ||
      prefixes.some((prefix) => name.startsWith(prefix) && prefix.length >= 5),
  );
}

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (target) => {
  it.each(DAILY_SCRIPTS)('%s asks only for words the background stores for the daily pages', (script) => {
    const asked = namesAskedIn(readFileSync(path.resolve('.output', target, script), 'utf8'));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((name) => !isDailyWord(name))).toEqual([]);
  });

  it('first-frame.js asks for no words: it draws what the app drew, words and all', () => {
    expect(namesAskedIn(readFileSync(path.resolve('.output', target, 'first-frame.js'), 'utf8'))).toEqual([]);
  });

  it('the new tab asks for its core words (the scan finds what it should)', () => {
    const asked = namesAskedIn(readFileSync(path.resolve('.output', target, 'newtab-app.js'), 'utf8'));
    expect(asked).toEqual(
      expect.arrayContaining(['checkinButton', 'streakDays_one', 'connectedLine1', 'themeListen', 'pageLanguage']),
    );
  });
});
