import { describe, expect, it, vi } from 'vitest';
import type { DrawnNode } from '@/utils/drawn-dom';
import { valuesKey, withCheckIn } from '@/utils/daily-values';
import { drawFirstFrame } from '@/utils/first-frame';
import { checkInRequest, type Request } from '@/utils/messages';
import { readSnapshot, writeDrawn, writeSnapshot, type Drawn } from '@/utils/page-snapshot';

const TODAY = '2026-11-25';
const VALUES = { checkIns: { days: ['2026-11-24'] }, rotation: { day: TODAY } };
const NODES: DrawnNode[] = [
  [
    'main',
    { class: 'daily' },
    [
      ['h1', { 'data-testid': 'tip-title' }, ['Let him finish the story']],
      ['button', { type: 'button', 'data-testid': 'checkin', 'aria-pressed': 'false' }, ['We connected today']],
    ],
  ],
];

const DRAWN: Drawn = { day: TODAY, key: valuesKey(VALUES), nodes: NODES };

function setUp(drawn: Drawn | null = DRAWN) {
  localStorage.clear();
  writeSnapshot(localStorage, VALUES);
  if (drawn) writeDrawn(localStorage, 'newtab', [drawn]);
  const root = document.createElement('div');
  const send = vi.fn<(request: Request) => Promise<unknown>>(() => Promise.resolve());
  const draw = () => drawFirstFrame({ page: 'newtab', root, store: localStorage, today: TODAY, send });
  return { root, send, draw, button: () => root.querySelector<HTMLButtonElement>('[data-testid="checkin"]')! };
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
    writeSnapshot(localStorage, VALUES);
    writeDrawn(localStorage, 'popup', [DRAWN]);
    const root = document.createElement('div');
    expect(
      drawFirstFrame({
        page: 'newtab',
        root,
        store: localStorage,
        today: TODAY,
        send: vi.fn<(request: Request) => Promise<unknown>>(),
      }),
    ).toBeUndefined();
  });

  const aTaskLater = () => new Promise((resolve) => setTimeout(resolve));

  it('answers a click as the app would: the intent to the background, the button, the copy', async () => {
    const { send, draw, button } = setUp();
    draw();
    button().click();
    expect(send).toHaveBeenLastCalledWith(checkInRequest(TODAY, 'record'));
    expect(button().getAttribute('aria-pressed')).toBe('true');
    await aTaskLater();
    expect(readSnapshot(localStorage)?.values.checkIns).toEqual({ days: ['2026-11-24', TODAY] });

    button().click();
    expect(send).toHaveBeenLastCalledWith(checkInRequest(TODAY, 'undo'));
    expect(button().getAttribute('aria-pressed')).toBe('false');
    await aTaskLater();
    expect(readSnapshot(localStorage)?.values.checkIns).toEqual({ days: ['2026-11-24'] });
  });

  it('finds, among its drawings, the one of the values the copy holds now', () => {
    const clicked = withCheckIn(VALUES, TODAY, 'record');
    const pressed: DrawnNode[] = [['button', { 'data-testid': 'checkin', 'aria-pressed': 'true' }, ['Done']]];
    const { root, draw } = setUp();
    writeDrawn(localStorage, 'newtab', [DRAWN, { day: TODAY, key: valuesKey(clicked), nodes: pressed }]);
    writeSnapshot(localStorage, clicked); // a click in the popup
    expect(draw()).toBeTypeOf('function');
    expect(root.querySelector('[data-testid="checkin"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('means what its drawing showed, even if another page changed the copy since', () => {
    const { send, draw, button } = setUp();
    draw();
    writeSnapshot(localStorage, withCheckIn(VALUES, TODAY, 'record')); // the popup, meanwhile
    button().click();
    expect(send).toHaveBeenLastCalledWith(checkInRequest(TODAY, 'record'));
  });

  it('leaves clicks to the app once it takes over', () => {
    const { send, draw, button } = setUp();
    draw()!();
    button().click();
    expect(send).not.toHaveBeenCalled();
    expect(button().getAttribute('aria-pressed')).toBe('false');
  });

  it('survives a background that does not answer', async () => {
    const { send, draw, button } = setUp();
    send.mockImplementation(() => Promise.reject(new Error('Could not establish connection')));
    draw();
    button().click();
    await Promise.resolve();
    expect(button().getAttribute('aria-pressed')).toBe('true');
  });
});
