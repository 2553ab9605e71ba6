// @vitest-environment node
import { describe, expect, it } from 'vitest';
import en from '@/assets/tips/en.json';
import ja from '@/assets/tips/ja.json';
import ru from '@/assets/tips/ru.json';
import { parseRotation } from '@/utils/tips/parse-rotation';
import type { Tip } from '@/utils/tips/tips';

/*
 * Guards the Japanese and Russian libraries (assets/tips/ja.json, ru.json): each is the same
 * library as English, tip by tip (the same ids, the same tags, so the same coverage the English
 * content test checks), written natively and measured in its own language. Each check lists
 * every tip that breaks it, so a failure says what to rewrite.
 */
const ENGLISH = en as Tip[];

interface Rules {
  /** The most characters (code points) a headline and a body may have. */
  headline: number;
  body: number;
  /** What a tip of this language must not hold. */
  foreign: RegExp;
  /** The units near-duplicates are measured in: character pairs for Japanese, word pairs for Russian. */
  units: (text: string) => string[];
  /** Days an ordinary day is not (a holiday, a birthday), which only the shelf's tips may name. */
  notOrdinary: RegExp;
}

const characterPairs = (text: string) => {
  const characters = [...text.replace(/[\s、。「」！？・…（）]/g, '')];
  return characters.slice(1).map((character, index) => characters[index]! + character);
};
const wordPairs = (text: string) => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(1).map((word, index) => `${words[index]} ${word}`);
};

const LANGUAGES: Array<[string, Tip[], Rules]> = [
  // Japanese: no Latin letters (nor full-width ones), a body of at most 140 characters.
  [
    'ja',
    ja as Tip[],
    {
      headline: 30,
      body: 140,
      foreign: /[A-Za-zＡ-Ｚａ-ｚ]/,
      units: characterPairs,
      notOrdinary: /誕生日|正月|お盆|クリスマス/,
    },
  ],
  // Russian: no Latin letters (so no English word is left), a body of at most 320 characters.
  [
    'ru',
    ru as Tip[],
    {
      headline: 70,
      body: 320,
      foreign: /[A-Za-z]/,
      units: wordPairs,
      notOrdinary: /день рождения|дня рождения|нов(ый|ого|ым) год|новогодн|рождеств/i,
    },
  ],
];

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const unit of a) if (b.has(unit)) shared++;
  return a.size + b.size === 0 ? 0 : shared / (a.size + b.size - shared);
}

describe.each(LANGUAGES)('the tip library in %s', (_, library, rules) => {
  const failing = (problem: (tip: Tip) => string | undefined) =>
    library.flatMap((tip) => {
      const message = problem(tip);
      return message ? [`${tip.id}: ${message}`] : [];
    });

  it('has every English tip, in the same order, with the same tags: the same coverage of ages, ways, homes, themes and moments', () => {
    const tags = ({ id, theme, ages, way, home, moment }: Tip) => ({ id, theme, ages, way, home, moment });
    expect(library.map(tags)).toEqual(ENGLISH.map(tags));
  });

  it('has only well-formed tips (the fields a stored rotation accepts, and no other)', () => {
    expect(
      failing((tip) => {
        const fields = Object.keys(tip).filter(
          (key) => !['id', 'headline', 'body', 'theme', 'ages', 'way', 'home', 'moment'].includes(key),
        );
        if (fields.length) return `unknown fields ${fields.join(', ')}`;
        return parseRotation({ day: '2026-12-04', tip, seen: [], round: 0, seed: 1, passed: [] })
          ? undefined
          : 'unreadable';
      }),
    ).toEqual([]);
  });

  it('measures headlines and bodies in its own characters', () => {
    expect(
      failing((tip) => {
        const [headline, body] = [[...tip.headline.trim()].length, [...tip.body.trim()].length];
        if (headline === 0 || body === 0) return 'empty';
        if (headline > rules.headline) return `headline is ${headline} characters`;
        return body > rules.body ? `body is ${body} characters` : undefined;
      }),
    ).toEqual([]);
  });

  it('is written in its own language: no Latin letters, so no English word left behind', () => {
    expect(failing((tip) => (rules.foreign.test(tip.headline + tip.body) ? 'holds Latin letters' : undefined))).toEqual(
      [],
    );
  });

  it('asks only what an ordinary day allows of its daily tips: no holiday, no birthday', () => {
    expect(
      failing((tip) =>
        !tip.moment && rules.notOrdinary.test(tip.headline + tip.body) ? 'not an ordinary day' : undefined,
      ),
    ).toEqual([]);
  });

  it('is not the English text', () => {
    expect(
      failing((tip) => (ENGLISH.some((english) => english.body === tip.body) ? 'an English body' : undefined)),
    ).toEqual([]);
  });

  it('has unique headlines, and no near-duplicate bodies', () => {
    const headlines = library.map((tip) => tip.headline);
    expect(headlines.filter((headline, index) => headlines.indexOf(headline) !== index)).toEqual([]);
    const units = library.map((tip) => new Set(rules.units(tip.body)));
    const pairs: string[] = [];
    for (let a = 0; a < library.length; a++)
      for (let b = a + 1; b < library.length; b++)
        if (jaccard(units[a]!, units[b]!) >= 0.45) pairs.push(`${library[a]!.id} ~ ${library[b]!.id}`);
    expect(pairs).toEqual([]);
  });
});
