// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '@/utils/days/day';
import { dailyTips, shelfTips } from '@/utils/tips/library';
import { lastDayOf, momentOn, parseMomentOfWeek } from '@/utils/tips/moment-of-week';
import { applyNotForUs, NOTHING_SET_ASIDE, parseNotForUs, setAsideIds } from '@/utils/tips/not-for-us';
import { NO_PAST_TIPS, parsePastTips, pastTipsNewestFirst, withDayTip } from '@/utils/tips/past-tips';
import { parsePending, storedClick, type PendingClick } from '@/utils/storage/pending';
import { chooseTip, momentTipToday, rotationFor, type Fit } from '@/utils/tips/tip-rotation';
import { MOMENTS } from '@/utils/tips/tips';

const dayArb = fc
  .date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const TIP = { id: 'listen-01', headline: 'Ask one open question', body: 'Then listen.', theme: 'listen' };

describe('the tips she set aside', () => {
  it('take a tip once, newest first, with her words and the day; undo and bring back both return it', () => {
    const other = { ...TIP, id: 'play-02' };
    const once = applyNotForUs(
      applyNotForUs(NOTHING_SET_ASIDE, TIP, 'set-aside', '2026-12-01'),
      TIP,
      'set-aside',
      '2026-12-02',
    );
    const two = applyNotForUs(once, other, 'set-aside', '2026-12-03');
    expect(two.tips.map(({ id, setAsideOn }) => [id, setAsideOn])).toEqual([
      ['play-02', '2026-12-03'],
      ['listen-01', '2026-12-01'],
    ]);
    expect([...setAsideIds(two)]).toEqual(['play-02', 'listen-01']);
    expect(applyNotForUs(two, TIP, 'undo', '2026-12-04').tips.map(({ id }) => id)).toEqual(['play-02']);
    expect(applyNotForUs(two, other, 'bring-back', '2026-12-04').tips.map(({ id }) => id)).toEqual(['listen-01']);
  });

  it('read back what they write, and keep fields a later version wrote', () => {
    const list = { ...applyNotForUs(NOTHING_SET_ASIDE, TIP, 'set-aside', '2026-12-01'), later: [1] };
    expect(parseNotForUs(JSON.parse(JSON.stringify(list)))).toEqual(list);
    expect(parseNotForUs(undefined)).toEqual(NOTHING_SET_ASIDE);
  });

  it.each([
    ['a list', []],
    ['tips that are not a list', { tips: {} }],
    ['a tip with no day', { tips: [TIP] }],
    [
      'a tip twice',
      {
        tips: [
          { ...TIP, setAsideOn: '2026-12-01' },
          { ...TIP, setAsideOn: '2026-12-02' },
        ],
      },
    ],
  ])('can’t read %s', (_, raw) => {
    expect(parseNotForUs(raw)).toBeUndefined();
  });
});

describe('a moment of the week', () => {
  it('holds from the day she chose it to the seventh, in every month and year, leap days included', () => {
    fc.assert(
      fc.property(dayArb, fc.constantFrom(...MOMENTS), fc.integer({ min: -2, max: 6 }), (from, moment, after) => {
        const chosen = { moment, from };
        expect(momentOn(chosen, addDays(from, after))).toBe(moment);
        expect(momentOn(chosen, addDays(from, 7))).toBeUndefined();
        expect(momentOn(chosen, addDays(from, -3))).toBeUndefined();
        expect(lastDayOf(chosen)).toBe(addDays(from, 6));
      }),
    );
  });

  it('ends on the 7th day across a leap day and a year end', () => {
    expect(lastDayOf({ moment: 'exams', from: '2028-02-25' })).toBe('2028-03-02');
    expect(lastDayOf({ moment: 'exams', from: '2026-12-28' })).toBe('2027-01-03');
  });

  it('reads what it stores; none is null; junk can’t be read', () => {
    expect(parseMomentOfWeek({ moment: 'exams', from: '2026-12-04' })).toEqual({ moment: 'exams', from: '2026-12-04' });
    expect(parseMomentOfWeek(undefined)).toBeNull();
    expect(momentOn(null, '2026-12-04')).toBeUndefined();
    for (const junk of [{ moment: 'exam', from: '2026-12-04' }, { moment: 'exams', from: 'today' }, 42, 'exams'])
      expect(parseMomentOfWeek(junk)).toBeUndefined();
  });
});

describe('her past tips', () => {
  it('keep the last tip of each day, newest first, and drop days from a clock set far ahead', () => {
    const past = withDayTip(
      withDayTip(withDayTip(NO_PAST_TIPS, '2026-12-01', 'a'), '2026-12-02', 'b'),
      '2026-12-02',
      'c',
    );
    expect(pastTipsNewestFirst(past)).toEqual([
      { day: '2026-12-02', id: 'c' },
      { day: '2026-12-01', id: 'a' },
    ]);
    expect(withDayTip(past, '2026-12-02', 'c')).toBe(past);
    const wrong = withDayTip(past, '2030-01-01', 'x');
    expect(Object.keys(withDayTip(wrong, '2026-12-03', 'd').days)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(Object.keys(withDayTip(past, '2026-12-04', 'd').days)).toHaveLength(3);
  });

  it('can’t read a day that is no date, or a tip that is no id', () => {
    expect(parsePastTips({ days: { '2026-12-01': 'a' } })).toEqual({ days: { '2026-12-01': 'a' } });
    for (const junk of [{ days: { soon: 'a' } }, { days: { '2026-12-01': 7 } }, { days: [] }, 'days'])
      expect(parsePastTips(junk)).toBeUndefined();
  });
});

describe('the library’s clicks, as stored', () => {
  const at = 1_764_000_000_000;
  it.each<PendingClick>([
    { type: 'not-for-us', intent: 'set-aside', tip: TIP, day: '2026-12-04', at, offset: 60 },
    { type: 'not-for-us', intent: 'undo', tip: TIP, day: '2026-12-04', at, offset: 60 },
    { type: 'not-for-us', intent: 'bring-back', tip: TIP, day: '2026-12-04', at, offset: 60 },
    { type: 'today', intent: 'choose', id: 'listen-01', day: '2026-12-04', at, offset: 60 },
    { type: 'moment', intent: 'start', moment: 'exams', day: '2026-12-04', at, offset: 60 },
    { type: 'moment', intent: 'end', moment: 'exams', day: '2026-12-04', at, offset: 60 },
  ])('read back whole: $type $intent', (click) => {
    expect(parsePending(storedClick(click))).toEqual(click);
  });

  it.each([
    ['“not for us” with a heart’s intent', { type: 'not-for-us', intent: 'keep', tip: TIP }],
    ['“not for us” with no words', { type: 'not-for-us', intent: 'set-aside', tip: { id: 'x' } }],
    ['a choice of no tip', { type: 'today', intent: 'choose', id: '' }],
    ['a moment that is not on the shelf', { type: 'moment', intent: 'start', moment: 'holidays' }],
    ['a kind from nowhere', { type: 'toString', intent: 'start' }],
  ])('is no click: %s', (_, fields) => {
    expect(parsePending({ day: '2026-12-04', at, offset: 60, ...fields })).toBeUndefined();
  });
});

describe('choosing today’s tip', () => {
  const fitsAll: Fit = { fits: () => true, weight: () => 1 };
  const first = rotationFor(undefined, '2026-12-04', dailyTips, 99);

  it('puts the chosen tip in, counts it shown, and sends the one it replaced back into the round', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dailyTips), (tip) => {
        const chosen = chooseTip(first, tip);
        expect(chosen.tip).toBe(tip);
        expect(chosen.seen).toContain(tip.id);
        if (tip.id !== first.tip.id) expect(chosen.seen).not.toContain(first.tip.id);
        expect(new Set(chosen.seen).size).toBe(chosen.seen.length);
        expect(rotationFor(chosen, '2026-12-04', dailyTips, 99, fitsAll, { known: [tip] })).toBe(chosen);
      }),
    );
  });

  it('a moment chosen today brings its first unseen, fitting shelf tip at once', () => {
    const shelf = shelfTips('his-day');
    const now = momentTipToday(first, shelf, fitsAll);
    expect(shelf).toContain(now.tip);
    const none: Fit = { fits: () => false, weight: () => 1 };
    expect(momentTipToday(first, shelf, none)).toBe(first);
  });
});
