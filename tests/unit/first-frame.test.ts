import { describe, expect, it, vi } from 'vitest';
import type { DrawnNode } from '@/utils/first-frame/drawn-dom';
import { checkInsIn, clickOn, valuesKey, withClick, type DailyValues } from '@/utils/first-frame/daily-values';
import { drawFirstFrame } from '@/utils/first-frame/first-frame';
import { readSnapshot, writeDrawn, type Drawn } from '@/utils/first-frame/page-snapshot';
import { parsePending } from '@/utils/storage/pending';
import type { SearchQuery } from '@/utils/browser/search';
import { writeCopy } from '../support/copy';

const TODAY = '2026-11-25';
const VALUES = { checkIns: { days: ['2026-11-24'] }, rotation: { day: TODAY } };
const NODES: DrawnNode[] = [
  [
    'main',
    { class: 'daily' },
    [
      [
        'form',
        { role: 'search' },
        [
          ['label', { for: 'search' }, ['Search the web']],
          ['input', { id: 'search', type: 'search', 'data-testid': 'search', autocomplete: 'off' }, []],
        ],
      ],
      ['h1', { 'data-testid': 'tip-title' }, ['Let him finish the story']],
      ['button', { type: 'button', 'data-testid': 'checkin', 'aria-pressed': 'false' }, ['We connected today']],
    ],
  ],
];

const DRAWN: Drawn = { day: TODAY, key: valuesKey(VALUES), nodes: NODES };
const NOW = { at: Date.UTC(2026, 10, 25, 8), offset: 60 };

/** `values` once she clicks on today. */
const clicked = (values: DailyValues) => withClick(values, clickOn(values, TODAY, NOW, 'other'));

/** The parts entrypoints/first-frame.ts gives, with a spy on what is saved. */
function parts() {
  const save = vi.fn<(items: Record<string, unknown>) => Promise<unknown>>(() => Promise.resolve());
  const search = vi.fn<(query: SearchQuery) => Promise<unknown>>(() => Promise.resolve());
  return { save, now: () => NOW, nonce: () => 'ff', search };
}

/** The intent of the last click saved. */
const lastIntent = (save: ReturnType<typeof parts>['save']) =>
  parsePending(Object.values(save.mock.lastCall![0])[0])?.intent;

function setUp(drawn: Drawn | null = DRAWN) {
  localStorage.clear();
  writeCopy(localStorage, VALUES);
  if (drawn) writeDrawn(localStorage, 'newtab', [drawn]);
  const root = document.createElement('div');
  const { save, now, nonce, search } = parts();
  const draw = () =>
    drawFirstFrame({ page: 'newtab', root, store: localStorage, today: TODAY, save, now, nonce, search });
  return {
    root,
    save,
    search,
    draw,
    button: () => root.querySelector<HTMLButtonElement>('[data-testid="checkin"]')!,
    /** Types `text` in the search field and presses Enter. */
    searchFor: (text: string) => {
      root.querySelector('input')!.value = text;
      const submit = new Event('submit', { bubbles: true, cancelable: true });
      root.querySelector('form')!.dispatchEvent(submit);
      return submit;
    },
  };
}

describe('the first frame, before the app has loaded', () => {
  it('draws what the page last drew today', () => {
    const { root, draw } = setUp();
    expect(draw()).toBeTypeOf('function');
    expect(root.querySelector('[data-testid="tip-title"]')?.textContent).toBe('Let him finish the story');
  });

  it.each([
    ['nothing was drawn', null],
    ['it was drawn yesterday', { ...DRAWN, day: '2026-11-24' }],
    ['it was drawn from other values', { ...DRAWN, key: DRAWN.key + 1 }],
    ['the copy is junk', { ...DRAWN, nodes: [['script', {}, ['x']]] } as unknown as Drawn],
    ['it has no check-in button', { ...DRAWN, nodes: [['p', {}, ['Hello']]] } as Drawn],
  ])('draws nothing when %s: the app draws the page', (_, drawn) => {
    const { root, draw } = setUp(drawn);
    expect(draw()).toBeUndefined();
    expect(root.childNodes).toHaveLength(0);
  });

  it('draws nothing when the popup drew but the new tab did not', () => {
    localStorage.clear();
    writeCopy(localStorage, VALUES);
    writeDrawn(localStorage, 'popup', [DRAWN]);
    const root = document.createElement('div');
    expect(
      drawFirstFrame({
        page: 'newtab',
        root,
        store: localStorage,
        today: TODAY,
        ...parts(),
      }),
    ).toBeUndefined();
  });

  const aTaskLater = () => new Promise((resolve) => setTimeout(resolve));

  it('answers a click as the app would: the click stored, the button, the copy', async () => {
    const { save, draw, button } = setUp();
    draw();
    button().click();
    expect(lastIntent(save)).toBe('record');
    expect(button().getAttribute('aria-pressed')).toBe('true');
    await aTaskLater();
    expect(checkInsIn(readSnapshot(localStorage)!.values).days).toEqual(['2026-11-24', TODAY]);

    button().click();
    expect(lastIntent(save)).toBe('undo');
    expect(button().getAttribute('aria-pressed')).toBe('false');
    await aTaskLater();
    expect(checkInsIn(readSnapshot(localStorage)!.values).days).toEqual(['2026-11-24']);
  });

  it('finds, among its drawings, the one of the values the copy holds now', () => {
    const inPopup = clicked(VALUES);
    const pressed: DrawnNode[] = [
      ['main', {}, [['button', { 'data-testid': 'checkin', 'aria-pressed': 'true' }, ['Done']]]],
    ];
    const { root, draw } = setUp();
    writeDrawn(localStorage, 'newtab', [DRAWN, { day: TODAY, key: valuesKey(inPopup), nodes: pressed }]);
    writeCopy(localStorage, inPopup); // a click in the popup
    expect(draw()).toBeTypeOf('function');
    expect(root.querySelector('[data-testid="checkin"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('means what its drawing showed, even if another page changed the copy since', () => {
    const { save, draw, button } = setUp();
    draw();
    writeCopy(localStorage, clicked(VALUES)); // the popup, meanwhile
    button().click();
    expect(lastIntent(save)).toBe('record');
  });

  it('leaves clicks to the app once it takes over', () => {
    const { save, draw, button } = setUp();
    draw()!();
    button().click();
    expect(save).not.toHaveBeenCalled();
    expect(button().getAttribute('aria-pressed')).toBe('false');
  });

  it('sends a search she makes to the browser’s own search, in this tab, and leaves the page where it is', () => {
    const { search, draw, searchFor } = setUp();
    draw();
    expect(searchFor('  tomato soup for two ').defaultPrevented).toBe(true);
    expect(search).toHaveBeenCalledExactlyOnceWith({ text: 'tomato soup for two', disposition: 'CURRENT_TAB' });
  });

  it.each(['', '   '])('sends no search for a blank field (%j)', (text) => {
    const { search, draw, searchFor } = setUp();
    draw();
    expect(searchFor(text).defaultPrevented).toBe(true);
    expect(search).not.toHaveBeenCalled();
  });

  it('leaves searches to the app once it takes over', () => {
    const { search, draw, searchFor } = setUp();
    draw()!();
    expect(searchFor('tomato soup').defaultPrevented).toBe(false);
    expect(search).not.toHaveBeenCalled();
  });

  it('survives a save that fails (the app, taking over, shows what storage has)', async () => {
    const { save, draw, button } = setUp();
    save.mockImplementation(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    draw();
    button().click();
    await Promise.resolve();
    expect(button().getAttribute('aria-pressed')).toBe('true');
  });

  /** The page as the app draws it for `pressed` and `streak`. */
  const page = (pressed: boolean, streak: string): DrawnNode[] => [
    [
      'main',
      { class: 'daily' },
      [
        ['h1', { 'data-testid': 'tip-title' }, ['Let him finish the story']],
        ['button', { type: 'button', 'data-testid': 'checkin', 'aria-pressed': String(pressed) }, ['We connected']],
        ['p', { 'data-testid': 'streak' }, [streak]],
      ],
    ],
  ];

  it('draws the whole page one click later at once, streak and all, and back again', async () => {
    const { root, draw, button } = setUp();
    const oneClickAway = clicked(VALUES);
    writeDrawn(localStorage, 'newtab', [
      { day: TODAY, key: valuesKey(VALUES), nodes: page(false, '1 day in a row') },
      { day: TODAY, key: valuesKey(oneClickAway), nodes: page(true, '2 days in a row') },
    ]);
    draw();
    const streak = () => root.querySelector('[data-testid="streak"]')?.textContent;
    expect(streak()).toBe('1 day in a row');

    button().click();
    expect(streak()).toBe('2 days in a row');
    expect(button().getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement === button() || !root.isConnected).toBe(true);
    await aTaskLater();
    // The next page finds this drawing: the copy names it.
    expect(readSnapshot(localStorage)?.key).toBe(valuesKey(oneClickAway));

    button().click();
    expect(streak()).toBe('1 day in a row');
    await aTaskLater();
    expect(readSnapshot(localStorage)?.key).toBe(valuesKey(VALUES));
  });

  it.each<[string, DrawnNode[]]>([
    ['a stray element beside <main>', [...NODES, ['div', {}, ['debris']]]],
    ['stray text beside <main>', ['debris', ...NODES]],
    ['no <main> at all', [['div', {}, [['button', { 'data-testid': 'checkin' }, ['x']]]]]],
  ])('draws nothing from a copy with %s: the app draws exactly its own page', (_, nodes) => {
    const { root, draw } = setUp({ ...DRAWN, nodes });
    expect(draw()).toBeUndefined();
    expect(root.childNodes).toHaveLength(0);
  });
});
