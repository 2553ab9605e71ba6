// @vitest-environment node
import { describe, expect, it } from 'vitest';
import tips from '@/assets/tips/en.json';
import { parseRotation } from '@/utils/tips/parse-rotation';
import { AGES, MOMENTS, THEMES, TIP_HOMES, TIP_WAYS, type Tip } from '@/utils/tips/tips';
import retired from '@/assets/tips/retired.json';
import released from '../fixtures/tip-ids-0.1.0.json';
import { hashRun, ngrams, sixWordRuns, words } from '../../scripts/six-word-runs';
import article from '../fixtures/article-six-word-runs.json';

/*
 * Guards the tip library (assets/tips/en.json). Each check lists every tip that breaks
 * it, so a failure says what to rewrite.
 */

const LIBRARY = tips as Tip[];
/** The tips for an ordinary day, which the daily rotation draws from: all but the shelf's. */
const DAILY = LIBRARY.filter((tip) => tip.moment === undefined);

/**
 * The hashes of the six-word runs of the article the tips were written from (the article
 * itself stays outside the repository; `npm run article-hashes` made the file from it).
 */
const ARTICLE_RUNS: ReadonlySet<string> = new Set(article.hashes);

/** The six-word runs of `text` whose hash is one of `hashes`. */
function copiedRuns(text: string, hashes: ReadonlySet<string>): string[] {
  return sixWordRuns(text).filter((run) => hashes.has(hashRun(run)));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Sentences of a body: a break after . ! or ? (and any closing quote) before the next
 * capitalised word, so "such as 'Good luck.' A few kind words…" is two sentences.
 */
function sentences(body: string): string[] {
  return body
    .split(/(?<=[.!?]['"’”)]*)\s+(?=['"‘“(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Every tip for which `problem` returns a message, as "id: message". */
function failing(problem: (tip: Tip) => string | undefined): string[] {
  return LIBRARY.flatMap((tip) => {
    const message = problem(tip);
    return message ? [`${tip.id}: ${message}`] : [];
  });
}

/** Pairs of tips whose `field` shares too many word pairs. */
function nearDuplicates(field: 'headline' | 'body', limit: number): string[] {
  const grams = LIBRARY.map((tip) => new Set(ngrams(words(tip[field]), 2)));
  const pairs: string[] = [];
  for (let a = 0; a < LIBRARY.length; a++) {
    for (let b = a + 1; b < LIBRARY.length; b++) {
      const similarity = jaccard(grams[a]!, grams[b]!);
      if (similarity >= limit) pairs.push(`${LIBRARY[a]!.id} ~ ${LIBRARY[b]!.id}: ${similarity.toFixed(2)}`);
    }
  }
  return pairs;
}

describe('the tip library (assets/tips/en.json)', () => {
  it('has at least 220 tips for an ordinary day', () => {
    expect(DAILY.length).toBeGreaterThanOrEqual(220);
  });

  it('has a shelf "for when…" of at least 8 tips for each moment, for the ages each moment can come at', () => {
    const thin = MOMENTS.filter((moment) => LIBRARY.filter((tip) => tip.moment === moment).length < 8);
    expect(thin).toEqual([]);
    expect(
      failing((tip) => (tip.moment && !MOMENTS.includes(tip.moment) ? `unknown moment ${tip.moment}` : undefined)),
    ).toEqual([]);
    // A moment that comes at every age has tips for every age; his own family and far away, for a grown son.
    const agesOf = (moment: string) =>
      new Set(LIBRARY.filter((tip) => tip.moment === moment).flatMap((tip) => tip.ages));
    expect([...agesOf('hard-times')].sort()).toEqual([...AGES].sort());
    expect([...agesOf('his-day')].sort()).toEqual([...AGES].sort());
    expect(agesOf('his-own-family').has('grown')).toBe(true);
    expect(agesOf('far-away').has('grown')).toBe(true);
  });

  it('gives each moment tips for a mother who shows it in deeds, and for one who says it', () => {
    const thin = MOMENTS.flatMap((moment) =>
      (['words', 'deeds'] as const)
        .map(
          (way) =>
            [
              way,
              LIBRARY.filter((tip) => tip.moment === moment && (tip.way === way || tip.way === 'either')).length,
            ] as const,
        )
        .filter(([, count]) => count < 4)
        .map(([way, count]) => `${moment} × ${way}: ${count}`),
    );
    expect(thin).toEqual([]);
  });

  it('keeps every id forever: each id of release 0.1.0 is in the library or retired, and no retired id comes back', () => {
    const ids = new Set(LIBRARY.map((tip) => tip.id));
    expect(released.ids.filter((id) => !ids.has(id) && !retired.ids.includes(id))).toEqual([]);
    expect(retired.ids.filter((id) => ids.has(id))).toEqual([]);
  });

  it('tags each tip with the way it asks of her and where he must be; only a grown son lives away', () => {
    expect(
      failing((tip) => {
        if (!(TIP_WAYS as readonly string[]).includes(tip.way)) return `unknown way ${tip.way}`;
        if (!(TIP_HOMES as readonly string[]).includes(tip.home)) return `unknown home ${tip.home}`;
        return tip.home === 'away' && tip.ages.some((age) => age !== 'grown') ? 'away, for a son under 20' : undefined;
      }),
    ).toEqual([]);
  });

  it('has at least 45 fitting tips for every age and way she can choose, and for a grown son at home and away', () => {
    const fits = (tip: Tip, age: string, way: string, home?: string) =>
      (tip.ages as string[]).includes(age) &&
      (tip.way === way || tip.way === 'either') &&
      (home === undefined || tip.home === home || tip.home === 'either');
    const thin: string[] = [];
    for (const age of AGES)
      for (const way of ['words', 'deeds'])
        for (const home of age === 'grown' ? ['home', 'away'] : [undefined]) {
          const count = DAILY.filter((tip) => fits(tip, age, way, home)).length;
          if (count < 45) thin.push(`${age} × ${way}${home ? ` × ${home}` : ''}: ${count}`);
        }
    expect(thin).toEqual([]);
  });

  it('asks only what an ordinary day allows of its daily tips: no holiday or birthday, no "if … is coming"', () => {
    expect(
      failing((tip) =>
        tip.moment === undefined &&
        (/\b(holiday|birthday)s?\b/i.test(`${tip.headline} ${tip.body}`) || /^if\b[^.]*\bis coming\b/i.test(tip.body))
          ? 'needs a day that comes rarely'
          : undefined,
      ),
    ).toEqual([]);
  });

  it('varies its words: "small" in at most one body in ten', () => {
    expect(LIBRARY.filter((tip) => /\bsmall\b/i.test(tip.body)).length).toBeLessThanOrEqual(LIBRARY.length / 10);
  });

  it('has only well-formed tips (the fields and values a stored rotation accepts)', () => {
    expect(
      failing((tip) => {
        const keys = Object.keys(tip).sort().join();
        const expected = tip.moment
          ? 'ages,body,headline,home,id,moment,theme,way'
          : 'ages,body,headline,home,id,theme,way';
        if (keys !== expected) return `fields are ${keys}`;
        const readable = parseRotation({ day: '2026-11-25', tip, seen: [tip.id], round: 0, seed: 1, passed: [] });
        return readable ? undefined : 'not readable as a Tip';
      }),
    ).toEqual([]);
  });

  it('has unique kebab-case ids', () => {
    expect(failing((tip) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(tip.id) ? undefined : 'id is not kebab-case'))).toEqual(
      [],
    );
    const seen = new Set<string>();
    expect(failing((tip) => (seen.has(tip.id) ? 'id repeats' : (seen.add(tip.id), undefined)))).toEqual([]);
  });

  it('has unique headlines', () => {
    const seen = new Map<string, string>();
    expect(
      failing((tip) => {
        const key = tip.headline.trim().toLowerCase();
        const first = seen.get(key);
        if (first) return `headline repeats ${first}'s`;
        seen.set(key, tip.id);
        return undefined;
      }),
    ).toEqual([]);
  });

  it('keeps headlines to 60 characters', () => {
    expect(
      failing((tip) =>
        tip.headline.trim() === ''
          ? 'empty headline'
          : tip.headline.length > 60
            ? `headline is ${tip.headline.length} characters`
            : undefined,
      ),
    ).toEqual([]);
  });

  it('keeps bodies to 280 characters, each a whole sentence or a few (one sentence is fine: the voice varies)', () => {
    expect(failing((tip) => (tip.body.length > 280 ? `body is ${tip.body.length} characters` : undefined))).toEqual([]);
    expect(failing((tip) => (sentences(tip.body).length === 0 ? 'empty body' : undefined))).toEqual([]);
    expect(failing((tip) => (/[.!?]['"’”)]*$/.test(tip.body) ? undefined : 'body does not end a sentence'))).toEqual(
      [],
    );
  });

  it('gives every tip a known theme, and every theme at least 15 tips', () => {
    expect(
      failing((tip) => ((THEMES as readonly string[]).includes(tip.theme) ? undefined : `unknown theme ${tip.theme}`)),
    ).toEqual([]);
    const short = THEMES.map((theme) => [theme, LIBRARY.filter((tip) => tip.theme === theme).length] as const).filter(
      ([, count]) => count < 15,
    );
    expect(short).toEqual([]);
  });

  it('gives every tip a non-empty set of known ages, and each age to at least a quarter of the tips', () => {
    expect(
      failing((tip) => {
        if (!Array.isArray(tip.ages) || tip.ages.length === 0) return 'no ages';
        const unknown = tip.ages.filter((age) => !(AGES as readonly string[]).includes(age));
        if (unknown.length) return `unknown ages ${unknown.join(', ')}`;
        return new Set(tip.ages).size === tip.ages.length ? undefined : 'an age repeats';
      }),
    ).toEqual([]);
    const rare = AGES.map((age) => [age, LIBRARY.filter((tip) => tip.ages.includes(age)).length] as const).filter(
      ([, count]) => count < LIBRARY.length / 4,
    );
    expect(rare).toEqual([]);
  });

  it('has no near-duplicate bodies (word-pair Jaccard similarity below 0.35)', () => {
    expect(nearDuplicates('body', 0.35)).toEqual([]);
  });

  it('has no near-duplicate headlines (word-pair Jaccard similarity below 0.35)', () => {
    expect(nearDuplicates('headline', 0.35)).toEqual([]);
  });

  it('copies no sentence of the source article (no six-word run of it appears in a tip)', () => {
    // One hash per distinct run of the article: none lost to a collision or a cut-short file.
    expect(article.runs).toBeGreaterThan(100);
    expect(ARTICLE_RUNS.size).toBe(article.runs);
    expect(article.hashes.every((hash) => /^[0-9a-f]{16}$/.test(hash))).toBe(true);
    expect(
      failing((tip) => {
        const copied = [...copiedRuns(tip.headline, ARTICLE_RUNS), ...copiedRuns(tip.body, ARTICLE_RUNS)];
        return copied.length ? `copies "${copied.join('", "')}"` : undefined;
      }),
    ).toEqual([]);
  });
});

describe('the content checks themselves', () => {
  it.each([
    ['Do this. Then that.', 2],
    ["End with 'Tell me about yours.' Then let him reply.", 2],
    ['Say "Love you, talk soon." A gentle goodbye helps.', 2],
    ['One long sentence, with commas, and no second one.', 1],
    ['Try it today! Does he smile? Notice.', 3],
  ])('count the sentences of %j as %i', (body, count) => {
    expect(sentences(body)).toHaveLength(count);
  });

  it('strip punctuation and case from words', () => {
    expect(words('Ask what made your son’s day—then, simply LISTEN!')).toEqual(
      'ask what made your sons day then simply listen'.split(' '),
    );
  });

  it('hash a run as the first 16 hex digits of its SHA-256 (as the fixture says)', () => {
    // printf '%s' 'a b c d e f' | sha256sum | cut -c1-16
    expect(hashRun('a b c d e f')).toBe('2278f6cde6374576');
  });

  it('see copied sentences through their hashes, and near duplicates', () => {
    const source = new Set(sixWordRuns('Sit on the porch with him and ask about his week.').map(hashRun));
    expect(copiedRuns('Tonight, sit on the porch with him; ask nothing.', source)).toEqual([
      'sit on the porch with him',
    ]);
    expect(copiedRuns('Sit on the steps with him; ask about his day.', source)).toEqual([]);
    const a = new Set(ngrams(words('Sit with him after school and ask one question.'), 2));
    const b = new Set(ngrams(words('Sit with him after dinner and ask one question.'), 2));
    expect(jaccard(a, b)).toBeGreaterThan(0.35);
  });
});
