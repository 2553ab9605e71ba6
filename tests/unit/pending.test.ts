// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clickMoments } from '@/utils/days/click-moment';
import {
  isPendingKey,
  parsePending,
  pendingIn,
  pendingKey,
  shownClick,
  storedClick,
  withPendingApplied,
  type PendingClick,
} from '@/utils/storage/pending';

const CLICK = { type: 'check-in', day: '2026-11-25', intent: 'record', at: 1_764_000_000_000, offset: 540 };

describe('a click as a page stores it', () => {
  it('is read back whole', () => {
    expect(parsePending(CLICK)).toEqual(CLICK);
  });

  it('is stored as text, holding nothing of the page (Firefox cuts a closed page’s objects off mid-save), and read back whole', () => {
    const stored = storedClick(CLICK as Parameters<typeof storedClick>[0]);
    expect(typeof stored).toBe('string');
    expect(parsePending(stored)).toEqual(CLICK);
  });

  it.each([
    ['text that is not JSON', '{"type":"check-in"'],
    ['JSON of something else', JSON.stringify({ ...CLICK, intent: 'toggle' })],
    ['JSON of a string', JSON.stringify(JSON.stringify(CLICK))],
  ])('is not read from %s', (_, raw) => {
    expect(parsePending(raw)).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'record'],
    ['another type', { ...CLICK, type: 'note' }],
    ['a toggle (an intent that is no intent)', { ...CLICK, intent: 'toggle' }],
    ['a day that does not exist', { ...CLICK, day: '2026-02-30' }],
    ['a moment that is not a whole number', { ...CLICK, at: 1.5 }],
    ['a moment as text', { ...CLICK, at: String(CLICK.at) }],
    ['an offset beyond any clock', { ...CLICK, offset: 24 * 60 }],
    ['an offset that is not a whole number of minutes', { ...CLICK, offset: 60.5 }],
  ])('is not read from %s', (_, raw) => {
    expect(parsePending(raw)).toBeUndefined();
  });

  it('has a key that sorts as the clicks were made, whatever the moments (property)', () => {
    const moment = fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(moment, moment, fc.string(), fc.string(), (a, b, nonceA, nonceB) => {
        fc.pre(a !== b);
        const [first, second] = [pendingKey(a, nonceA), pendingKey(b, nonceB)];
        expect(isPendingKey(first)).toBe(true);
        expect(first < second).toBe(a < b);
      }),
    );
  });

  it('applies the readable clicks among any keys, in the order they were made', () => {
    const values = {
      [pendingKey(3, 'c')]: { ...CLICK, intent: 'undo', at: 3 },
      [pendingKey(1, 'a')]: { ...CLICK, at: 1 },
      [pendingKey(2, 'b')]: { ...CLICK, day: '2026-11-24', at: 2 },
      [pendingKey(4, 'd')]: { ...CLICK, intent: 'toggle' },
      checkIns: { days: ['2026-11-20'] },
      pendingX: { ...CLICK },
    };
    expect(pendingIn(values, parsePending).map(([key]) => key)).toEqual([
      pendingKey(1, 'a'),
      pendingKey(2, 'b'),
      pendingKey(3, 'c'),
    ]);
    expect(withPendingApplied({ days: ['2026-11-20'] }, values, parsePending).days).toEqual([
      '2026-11-20',
      '2026-11-24',
    ]);
  });
});

describe('the moments of a page’s clicks', () => {
  it('keep their order within one millisecond, and follow the clock otherwise', () => {
    const moment = new Date(Date.UTC(2026, 10, 25, 8));
    const next = clickMoments(() => moment);
    expect([next().at, next().at, next().at]).toEqual([moment.getTime(), moment.getTime() + 1, moment.getTime() + 2]);
    moment.setTime(moment.getTime() + 60_000);
    expect(next().at).toBe(moment.getTime());
  });
});

describe('a click on a heart as a page stores it', () => {
  const tip = { id: 'listen-01', headline: 'Ask one open question', body: 'Then listen.', theme: 'listen' };
  const heart = { type: 'favourite', day: '2026-12-04', intent: 'keep', tip, at: 1_764_000_000_000, offset: 60 };

  it('reads back as stored, as text or as an object', () => {
    expect(parsePending(storedClick(heart as PendingClick))).toEqual(heart);
    expect(parsePending(heart)).toEqual(heart);
  });

  it.each([
    ['no words of the tip', { ...heart, tip: { id: 'listen-01' } }],
    ['an intent of a check-in', { ...heart, intent: 'record' }],
    ['a check-in’s intent on a heart', { ...heart, type: 'check-in', intent: 'keep' }],
    ['no tip', { ...heart, tip: undefined }],
  ])('is no click with %s', (_, value) => {
    expect(parsePending(value)).toBeUndefined();
  });

  it('leaves her check-ins as they were', () => {
    const values = { [pendingKey(heart.at, 'n')]: storedClick(heart as PendingClick) };
    expect(withPendingApplied({ days: ['2026-12-03'] }, values, parsePending)).toEqual({ days: ['2026-12-03'] });
  });
});

describe('a click as a page reads it, to show it', () => {
  const tip = { id: 'listen-01', headline: 'Ask one open question', body: 'Then listen.', theme: 'listen' };
  const heart = { type: 'favourite', day: '2026-12-04', intent: 'keep', tip, at: 1_764_000_000_000, offset: 60 };

  it('reads a click as the background does, as text or as an object', () => {
    expect(shownClick(storedClick(heart as PendingClick))).toEqual(heart);
    expect(shownClick({ ...CLICK })).toEqual(CLICK);
  });

  it('takes on trust what only the background checks (the words of a tip, the moment)', () => {
    expect(shownClick({ ...heart, tip: { id: 'listen-01' }, offset: 5000 })).toBeDefined();
  });

  it.each([
    ['text that is not JSON', '{"type":'],
    ['no kind', { ...CLICK, type: undefined }],
    ['a heart with no tip', { ...heart, tip: undefined }],
    ['a day that is no date', { ...CLICK, day: '2026-02-30' }],
    ['no intent', { ...CLICK, intent: undefined }],
    ['nothing', null],
  ])('is no click with %s', (_, value) => {
    expect(shownClick(value)).toBeUndefined();
  });
});
