/**
 * Arbitrary stored values of her nine backed-up items, each exactly as Closer stores it (so
 * each reads back as itself), and junk that no parser takes.
 */
import fc from 'fast-check';
import { BACKUP_KEYS } from '@/utils/backup/backup-items';
import { addDays, type Day } from '@/utils/days/day';
import { LANGUAGES } from '@/utils/i18n/language';
import { MOMENTS, THEMES } from '@/utils/tips/tips';
import { WAYS } from '@/utils/settings/settings';

export const YEAR = 2026;

/** Days bunched around leap days and year ends (2023-12-31, 2024-02-29, 2024-12-31, …), so files and storage share many. */
export const dayArb: fc.Arbitrary<Day> = fc
  .tuple(fc.constantFrom('2023-12-25', '2024-02-25', '2024-12-28', '2000-02-27', '2099-12-30'), fc.nat(9))
  .map(([from, count]) => addDays(from, count));

const sortedDays = (days: Day[]) => [...days].sort();
const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom('He laughed.', 'Tea, "just us".', '=SUM(A1)', 'two\n\nlines', 'いっしょに散歩', 'Мы гуляли'),
);
const idArb = fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6');

const checkInsArb = fc
  .record(
    {
      days: fc.uniqueArray(dayArb, { maxLength: 20 }).map(sortedDays),
      lastRecorded: fc.record({ day: dayArb, offset: fc.integer({ min: -1080, max: 1080 }) }),
    },
    { requiredKeys: ['days'] },
  )
  .map(({ days, lastRecorded }) =>
    lastRecorded ? { days: sortedDays([...new Set([...days, lastRecorded.day])]), lastRecorded } : { days },
  );

const notesArb = fc.record({ days: fc.dictionary(dayArb, textArb, { maxKeys: 12 }) });

const spanArb = fc
  .record({ from: dayArb, length: fc.option(fc.nat(20), { nil: undefined }) })
  .map(({ from, length }) => (length === undefined ? { from } : { from, to: addDays(from, length) }));
const awayArb = fc.record({ spans: fc.array(spanArb, { maxLength: 5 }) });

const sonArb = fc.record(
  {
    birthYear: fc.integer({ min: 1920, max: YEAR }),
    name: fc.constantFrom('Daniel', 'Kenta', 'Миша'),
    away: fc.boolean(),
  },
  { requiredKeys: ['birthYear'] },
);
const themesArb = fc.subarray([...THEMES]);
const settingsArb = fc.record({
  version: fc.constant(1 as const),
  sons: fc.array(sonArb, { maxLength: 3 }),
  way: fc.constantFrom(...WAYS),
  moreThemes: themesArb,
  fewerThemes: themesArb,
  asked: fc.boolean(),
});

const tipWordsArb = { id: idArb, headline: textArb, body: textArb, theme: fc.constantFrom(...THEMES) };
const tipsArb = <T extends { id: string }>(tip: fc.Arbitrary<T>) =>
  fc.record({ tips: fc.uniqueArray(tip, { selector: ({ id }) => id, maxLength: 4 }) });
const favouritesArb = tipsArb(fc.record({ ...tipWordsArb, keptOn: dayArb }));
const notForUsArb = tipsArb(fc.record({ ...tipWordsArb, setAsideOn: dayArb }));
const pastTipsArb = fc.record({ days: fc.dictionary(dayArb, idArb, { maxKeys: 12 }) });
const momentArb = fc.record({ moment: fc.constantFrom(...MOMENTS), from: dayArb });

/** Each item's arbitrary stored value. */
export const ITEM_ARBS = {
  checkIns: checkInsArb,
  notes: notesArb,
  away: awayArb,
  settings: settingsArb,
  language: fc.constantFrom(...LANGUAGES),
  favourites: favouritesArb,
  notForUs: notForUsArb,
  pastTips: pastTipsArb,
  momentOfWeek: momentArb,
};

/** Her storage: any of the nine items, each there or not. */
export const valuesArb: fc.Arbitrary<Record<string, unknown>> = fc.record(ITEM_ARBS, { requiredKeys: [] });

/** Her storage with junk where items might be, and keys of Closer's own that no backup holds. */
export const storageArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    valuesArb,
    fc.subarray([...BACKUP_KEYS]),
    fc.constantFrom<unknown>('junk', 42, { days: 'no' }, [1, 2], { spans: [{ from: '2023-02-29' }] }),
  )
  .map(([values, broken, junk]) => ({
    ...values,
    ...Object.fromEntries(broken.map((key) => [key, junk])),
    rotation: { today: 't1' },
    setAside: ['unreadable.notes.abc'],
  }));

/** Storage after `next` is written: each key set, or removed where `next` holds `undefined`. */
export function applied(storage: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const after = structuredClone(storage);
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) delete after[key];
    else after[key] = structuredClone(value);
  }
  return after;
}
