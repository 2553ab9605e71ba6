// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awayAfter, awayNow, parseAway } from '@/utils/days/away';
import { NOTES_APART, noteAfter, parseNotes, STORED_NOTE_LENGTH, withNote } from '@/utils/days/notes';

/** A line she might type: no blank line inside it (the page keeps it to one line). */
const line = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((text) => text.replace(/\n/g, ' '))
  .filter((text) => text.trim() !== '');

describe('her line about a day', () => {
  it.each([
    ['a first note', undefined, '', 'We baked', 'We baked'],
    ['her own edit', 'We baked', 'We baked', 'We baked bread', 'We baked bread'],
    ['another page wrote meanwhile: both kept', 'Chess', '', 'A walk', `Chess${NOTES_APART}A walk`],
    [
      'her edit of her own part, beside the other',
      `Chess${NOTES_APART}A walk`,
      'A walk',
      'A long walk',
      `Chess${NOTES_APART}A long walk`,
    ],
    ['emptied: gone', 'We baked', 'We baked', '  ', undefined],
    ['her part emptied, the other kept', `Chess${NOTES_APART}A walk`, 'A walk', '', 'Chess'],
  ])('%s', (_, stored, was, text, after) => {
    expect(noteAfter(stored, was, text)).toBe(after);
  });

  it('a click applied twice changes nothing more (a page may store it again)', () => {
    fc.assert(
      fc.property(fc.option(line, { nil: undefined }), line, line, (stored, was, text) => {
        const once = noteAfter(stored, was, text);
        expect(noteAfter(once, was, text)).toBe(once);
      }),
    );
  });

  it('two pages writing from the same text never lose either one’s words', () => {
    fc.assert(
      fc.property(fc.option(line, { nil: undefined }), line, line, (stored, first, second) => {
        const was = stored ?? '';
        // Each page changed the text (a page that wrote back what it saw changed nothing to keep).
        fc.pre(first !== second && first !== was && second !== was);
        const after = noteAfter(noteAfter(stored, was, first), was, second)!;
        expect(after.split(NOTES_APART)).toEqual(expect.arrayContaining([first, second]));
      }),
    );
  });

  it('reads only what Closer writes: dates that exist, texts within the stored length', () => {
    expect(parseNotes(undefined)).toEqual({ days: {} });
    expect(parseNotes({ days: { '2028-02-29': 'Leap-day pancakes' } })).toBeDefined();
    for (const bad of [
      { days: { '2027-02-29': 'x' } },
      { days: { '2026-12-04': '' } },
      { days: { '2026-12-04': 'x'.repeat(STORED_NOTE_LENGTH + 1) } },
      { days: [] },
      'notes',
    ])
      expect(parseNotes(bad)).toBeUndefined();
    expect(withNote({ days: { '2026-12-04': 'a' } }, '2026-12-04', undefined)).toEqual({ days: {} });
  });
});

describe('the spans he is away', () => {
  const today = '2026-12-31';
  it('a span marked twice is kept once; ended, one begun runs to yesterday, one ahead goes', () => {
    const marked = awayAfter(null, { intent: 'start', day: today, from: '2026-12-20' });
    expect(awayAfter(marked, { intent: 'start', day: today, from: '2026-12-20' })).toBe(marked);
    expect(awayAfter(marked, { intent: 'end', day: today, from: '2026-12-20' })).toEqual({
      spans: [{ from: '2026-12-20', to: '2026-12-30' }],
    });
    const ahead = awayAfter(null, { intent: 'start', day: today, from: '2027-01-02', to: '2027-01-09' });
    expect(awayAfter(ahead, { intent: 'end', day: today, from: '2027-01-02' })).toBeNull();
    // A span that ended before today stays as it was.
    const past = { spans: [{ from: '2026-11-01', to: '2026-11-05' }] };
    expect(awayAfter(past, { intent: 'end', day: today, from: '2026-11-01' })).toBe(past);
  });

  it('the span the page offers to end: the one he is in, else the next ahead', () => {
    const spans = [
      { from: '2026-11-01', to: '2026-11-05' },
      { from: '2027-02-01' },
      { from: '2026-12-30', to: '2027-01-01' },
    ];
    expect(awayNow(spans, today)).toEqual({ from: '2026-12-30', to: '2027-01-01' });
    expect(awayNow(spans, '2027-01-02')).toEqual({ from: '2027-02-01' });
    expect(awayNow(spans, '2027-03-01')).toEqual({ from: '2027-02-01' });
  });

  it('reads only spans whose days exist and run forward', () => {
    expect(parseAway({ spans: [{ from: '2028-02-29', to: '2028-03-01' }] })).toBeTruthy();
    for (const bad of [{ spans: [{ from: '2026-12-05', to: '2026-12-04' }] }, { spans: [{}] }, { spans: 'x' }, 5])
      expect(parseAway(bad)).toBeUndefined();
  });
});
