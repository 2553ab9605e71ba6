// @vitest-environment node
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import japanese from '../../public/_locales/ja/messages.json';
import russian from '../../public/_locales/ru/messages.json';

/** Every line of UI text, by name. */
const lines = Object.entries(messages as Record<string, { message: string }>).map(
  ([name, { message }]) => [name, message] as const,
);
type Messages = Record<string, { message: string }>;

/** Each language's word for a step, in the lead of the theme line and maybe in a theme: "step", 歩 (一歩), шаг. */
const stepWords = [
  ['en', messages as Messages, /\bsteps?\b/gi],
  ['ja', japanese as Messages, /歩/g],
  ['ru', russian as Messages, /шаг/gi],
] as const;
const themeLines = stepWords.flatMap(([language, words, step]) =>
  Object.entries(words)
    .filter(([name]) => name.startsWith('theme'))
    .map(([name, { message }]) => [language, name, `${words.tipOfTheDay!.message} · ${message}`, step] as const),
);

describe('the words a desktop user reads', () => {
  it.each(lines)('%s says "click", never "tap", and never the dry "Recorded."', (_, message) => {
    expect(message).not.toMatch(/\btap/i);
    expect(message).not.toMatch(/\brecorded\b/i);
  });

  it.each(lines)("%s writes its apostrophes as the tips do (’), never the typewriter’s '", (_, message) => {
    expect(message).not.toContain("'");
  });

  it.each(themeLines)('%s, %s: "%s" says "step" once', (_, __, label, step) => {
    expect(label.match(step)).toHaveLength(1);
  });
});
