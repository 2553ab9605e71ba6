import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import tipsFile from '@/assets/tips/en.json';
import { App } from '@/entrypoints/library/App';
import { addDays, type Day } from '@/utils/days/day';
import type { Favourite } from '@/utils/tips/favourites';
import type { NotForUsTip } from '@/utils/tips/not-for-us';
import { isPendingKey, parsePending, type PendingClick } from '@/utils/storage/pending';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';
import type { Tip } from '@/utils/tips/tips';
import { rotationOn } from './fixtures';

const YEAR = 2026;
/** The test's local date: the page reads this clock (in the zone vitest.config.ts sets). */
const TODAY: Day = '2026-12-04';
const YESTERDAY: Day = '2026-12-03';

const LIBRARY = tipsFile as Tip[];
const DAILY = LIBRARY.filter((tip) => !tip.moment);
const byId = (id: string): Tip => {
  const tip = LIBRARY.find((each) => each.id === id);
  if (!tip) throw new Error(`no tip ${id} in assets/tips/en.json`);
  return tip;
};
const words = ({ id, headline, body, theme }: Tip) => ({ id, headline, body, theme });

/** A son born in 2021 is five in 2026: a little one. */
const LITTLE_SON: Settings = { ...DEFAULT_SETTINGS, sons: [{ birthYear: 2021 }], asked: true };
/** What fits a little son at home: his age, and a tip for home or anywhere (never one for a son away). */
const fitsLittle = (tip: Tip) => tip.ages.includes('little') && tip.home !== 'away';

const LITTLE_TIP = DAILY.find(fitsLittle)!;
const TEEN_ONLY_TIP = DAILY.find((tip) => !tip.ages.includes('little'))!;

/** Every click the page stored (as JSON text, under its own `pending.` key), read as the background reads it, in order. */
async function storedClicks(): Promise<Array<PendingClick | undefined>> {
  const all = await fakeBrowser.storage.local.get(null);
  const keys = Object.keys(all).filter(isPendingKey).sort();
  for (const key of keys) expect(typeof all[key]).toBe('string');
  return keys.map((key) => parsePending(all[key]));
}

async function openLibrary(values: Record<string, unknown> = {}) {
  if (Object.keys(values).length) await fakeBrowser.storage.local.set(values);
  const view = render(<App year={YEAR} language="en" />);
  await screen.findByRole('heading', { level: 1, name: 'Your library' });
  // The page comes in two parts (the second after a frame): wait for the last section.
  await screen.findByRole('heading', { level: 2, name: 'Set aside' });
  return view;
}

/** Opens every closed group (theme or moment) in `root`, as her click on its summary does: a closed group draws nothing. */
async function openGroups(root: HTMLElement) {
  for (const details of root.querySelectorAll('details'))
    if (!details.open) fireEvent.click(details.querySelector('summary')!);
  await waitFor(() => expect([...root.querySelectorAll('details')].every((details) => details.open)).toBe(true));
}

const section = (id: string): HTMLElement => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no section #${id}`);
  return element;
};
const headlines = (list: HTMLElement) => [...list.querySelectorAll('.tip-link')].map((link) => link.textContent);
const tipIds = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('.tip-link')].map((link) => link.dataset.tipId!);
const count = () => screen.getByTestId('every-tip-count').textContent;
const dialog = () => screen.getByTestId('tip-dialog') as HTMLDialogElement;

/** Presses every "Show more" in `root` until each list shows all its rows. */
function showEverything(root: HTMLElement) {
  for (let guard = 0; guard < 100; guard++) {
    const more = within(root).queryAllByRole('button', { name: /^Show \d+ more$/ });
    if (more.length === 0) return;
    for (const button of more) fireEvent.click(button);
  }
  throw new Error('"Show more" never ran out');
}

/** Opens the tip whose headline button has `id`, in `root`. */
function openTip(root: HTMLElement, id: string) {
  const link = root.querySelector<HTMLElement>(`.tip-link[data-tip-id="${id}"]`);
  if (!link) throw new Error(`no link for ${id}`);
  fireEvent.click(link);
}

function search(query: string) {
  fireEvent.input(screen.getByTestId('library-search'), { target: { value: query } });
}

beforeEach(() => {
  // Each call gets a fresh body: a Response is read once.
  vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.resolve(new Response(JSON.stringify(LIBRARY))));
  // Half past three in the afternoon, local time, 4 December 2026.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 4, 15, 30));
});

afterEach(() => {
  vi.useRealTimers();
});

// happy-dom 21 implements HTMLDialogElement's showModal() and close() (the `open` attribute and the
// `close` event), so no stub is needed here.

describe('the library page', () => {
  it('loads every tip from the extension’s own file, and is busy until then', async () => {
    const view = render(<App year={YEAR} language="en" />);
    expect(view.container.querySelector('main#library')?.getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('heading', { level: 1, name: 'Your library' });
    expect(globalThis.fetch).toHaveBeenCalledWith('/tips/en.json');
    expect(view.container.querySelector('main#library')?.hasAttribute('aria-busy')).toBe(false);
  });
});

describe('favourites', () => {
  it('lists them newest first as stored, a favourite no longer in the library by its saved headline', async () => {
    const gone: Favourite = {
      id: 'listen-retired-long-ago',
      headline: 'Ask about the best part of his day',
      body: 'At supper, ask him for the best part of his day, and listen to all of it.',
      theme: 'listen',
      keptOn: '2026-11-20',
    };
    const [newest, older] = [DAILY[5]!, DAILY[40]!];
    const favourites: Favourite[] = [
      { ...words(newest), keptOn: '2026-12-02' },
      gone,
      { ...words(older), keptOn: '2026-11-02' },
    ];
    await openLibrary({ favourites: { tips: favourites } });
    const list = screen.getByTestId('favourites-list');
    expect(headlines(list)).toEqual([newest.headline, gone.headline, older.headline]);
    expect(screen.queryByText(/Nothing kept yet/)).toBeNull();

    // Opened, the gone favourite shows the words she kept, its heart pressed, and can't be made today's tip.
    openTip(list, gone.id);
    expect(dialog().open).toBe(true);
    expect(within(dialog()).getByRole('heading', { name: gone.headline })).toBeTruthy();
    expect(within(dialog()).getByText(gone.body)).toBeTruthy();
    expect(within(dialog()).getByTestId('dialog-favourite').getAttribute('aria-pressed')).toBe('true');
    expect(within(dialog()).queryByTestId('make-today')).toBeNull();
  });

  it('opens a favourite an update reworded with the words she kept', async () => {
    const tip = DAILY[7]!;
    const kept: Favourite = {
      ...words(tip),
      headline: 'Her words, as she kept them',
      body: 'The body she saw.',
      keptOn: '2026-11-30',
    };
    await openLibrary({ favourites: { tips: [kept] } });
    openTip(screen.getByTestId('favourites-list'), tip.id);
    expect(within(dialog()).getByRole('heading', { name: kept.headline })).toBeTruthy();
    expect(within(dialog()).getByText(kept.body)).toBeTruthy();
    expect(within(dialog()).queryByText(tip.body)).toBeNull();
  });

  it('says so when she has kept none', async () => {
    await openLibrary({ favourites: { tips: [] } });
    expect(screen.getByTestId('favourites-list').textContent).toBe(
      'Nothing kept yet. When a tip speaks to you, press its heart and it will wait for you here.',
    );
    expect(within(section('favourites')).queryAllByRole('listitem')).toEqual([]);
  });

  it('says so when nothing is stored at all', async () => {
    await openLibrary();
    expect(screen.getByTestId('favourites-list').textContent).toMatch(/^Nothing kept yet\./);
    expect(screen.getByTestId('set-aside-list').textContent).toMatch(/^No tip set aside\./);
    expect(screen.getByTestId('past-tips').textContent).toBe('Your tips will gather here, one a day.');
  });
});

describe('past tips', () => {
  it('lists each day’s tip newest first, with whether they connected that day', async () => {
    const [first, second] = [DAILY[0]!, DAILY[1]!];
    await openLibrary({
      pastTips: {
        days: {
          '2026-12-02': second.id,
          '2026-12-01': first.id,
          '2026-12-03': 'a-tip-an-update-took-out',
        },
      },
      checkIns: { days: ['2026-12-02', '2026-11-30'] },
    });
    const rows = [...screen.getByTestId('past-tips').querySelectorAll<HTMLElement>('.past-day')];
    expect(rows.map((row) => row.dataset.pastDay)).toEqual(['2026-12-03', '2026-12-02', '2026-12-01']);
    expect(rows.map((row) => row.querySelector('.past-connected')?.textContent)).toEqual([
      'Not marked',
      'You connected',
      'Not marked',
    ]);
    expect(rows.map((row) => row.querySelector('.past-connected')!.classList.contains('connected'))).toEqual([
      false,
      true,
      false,
    ]);
    expect(rows[0]!.textContent).toContain('A tip no longer in Closer');
    expect(rows[0]!.querySelector('.tip-link')).toBeNull();
    expect(rows[1]!.querySelector('.tip-link')?.textContent).toBe(second.headline);
    expect(rows[2]!.querySelector('.tip-link')?.textContent).toBe(first.headline);
    expect(rows[1]!.querySelector('.past-date')?.textContent).toBe('Wednesday, December 2, 2026');

    openTip(rows[1]!, second.id);
    expect(dialog().open).toBe(true);
    expect(within(dialog()).getByText(second.body)).toBeTruthy();
  });

  it('shows ten years of days 30 at a time', async () => {
    const days: Record<Day, string> = {};
    for (let back = 1; back <= 3650; back++) days[addDays(TODAY, -back)] = DAILY[back % DAILY.length]!.id;
    const connected = Object.keys(days).filter((_, index) => index % 3 === 0);
    await openLibrary({ pastTips: { days }, checkIns: { days: connected } });

    const list = screen.getByTestId('past-tips');
    const shownDays = () => [...list.querySelectorAll<HTMLElement>('.past-day')].map((row) => row.dataset.pastDay);
    const expected = (rows: number) => Array.from({ length: rows }, (_, index) => addDays(TODAY, -(index + 1)));
    expect(shownDays()).toEqual(expected(30));

    fireEvent.click(within(section('past')).getByRole('button', { name: 'Show 30 more' }));
    expect(shownDays()).toEqual(expected(60));
    const rows = [...list.querySelectorAll<HTMLElement>('.past-day')];
    for (const row of rows)
      expect(row.querySelector('.past-connected')?.textContent).toBe(
        connected.includes(row.dataset.pastDay!) ? 'You connected' : 'Not marked',
      );
    expect(within(section('past')).getByRole('button', { name: 'Show 30 more' })).toBeTruthy();
  });
});

describe('every tip', () => {
  it('shows only the tips that fit a little son by default, and every daily tip when unchecked', async () => {
    const fitting = DAILY.filter(fitsLittle);
    expect(fitting.length).toBeGreaterThan(0);
    expect(fitting.length).toBeLessThan(DAILY.length);
    await openLibrary({ settings: LITTLE_SON });
    const everyTip = section('every-tip');
    const fitsHim = screen.getByTestId('fits-him') as HTMLInputElement;
    expect(fitsHim.checked).toBe(true);
    expect(count()).toBe(`${fitting.length} tips`);
    await openGroups(everyTip);
    showEverything(everyTip);
    const shown = tipIds(everyTip);
    expect(shown.toSorted()).toEqual(fitting.map(({ id }) => id).toSorted());
    for (const id of shown) expect(byId(id).ages).toContain('little');

    fireEvent.click(fitsHim);
    expect(fitsHim.checked).toBe(false);
    expect(count()).toBe(`${DAILY.length} tips`);
    await openGroups(everyTip);
    showEverything(everyTip);
    expect(tipIds(everyTip).toSorted()).toEqual(DAILY.map(({ id }) => id).toSorted());
    // The shelf's tips are for moments, not days: never among every tip.
    expect(tipIds(everyTip).some((id) => byId(id).moment)).toBe(false);
  });

  it('groups them by theme, in the library’s order, each with its count', async () => {
    await openLibrary();
    const groups = [...section('every-tip').querySelectorAll('details')];
    const themes = [
      ['listen', 'Listen'],
      ['back-his-efforts', 'Stand behind him'],
      ['play', 'Play in his world'],
      ['everyday', 'Every day'],
      ['one-step', 'Little by little'],
      ['quiet-closeness', 'Quiet closeness'],
    ] as const;
    expect(groups.map((group) => group.querySelector('summary')?.textContent?.replace(/\s+/g, ' '))).toEqual(
      themes.map(([theme, name]) => `${name} (${DAILY.filter((tip) => tip.theme === theme).length})`),
    );
    // Closed until she opens one, or searches.
    expect(groups.map((group) => group.open)).toEqual(themes.map(() => false));
  });

  it('finds words in headlines and bodies, whatever their case, across every theme', async () => {
    const inText = (word: string) =>
      DAILY.filter((tip) => `${tip.headline} ${tip.body}`.toLowerCase().includes(word)).map(({ id }) => id);
    const kitchen = inText('kitchen');
    // What makes this search worth running: it finds headlines and bodies, in more than one theme.
    expect(DAILY.some((tip) => kitchen.includes(tip.id) && tip.headline.toLowerCase().includes('kitchen'))).toBe(true);
    expect(DAILY.some((tip) => kitchen.includes(tip.id) && !tip.headline.toLowerCase().includes('kitchen'))).toBe(true);
    expect(new Set(kitchen.map((id) => byId(id).theme)).size).toBeGreaterThan(1);

    await openLibrary();
    const everyTip = section('every-tip');
    search('KiTcHeN');
    expect(count()).toBe(`${kitchen.length} tips`);
    expect(tipIds(everyTip).toSorted()).toEqual(kitchen.toSorted());
    // A search opens the groups it found tips in.
    for (const group of everyTip.querySelectorAll('details')) expect(group.open).toBe(true);

    search('  bedtime   STORY ');
    const bedtimeStory = DAILY.filter((tip) =>
      ['bedtime', 'story'].every((word) => `${tip.headline} ${tip.body}`.toLowerCase().includes(word)),
    );
    expect(bedtimeStory.length).toBeGreaterThan(0);
    expect(count()).toBe(bedtimeStory.length === 1 ? '1 tip' : `${bedtimeStory.length} tips`);
    expect(tipIds(everyTip).toSorted()).toEqual(bedtimeStory.map(({ id }) => id).toSorted());
  });

  it('says 0 tips when nothing matches', async () => {
    await openLibrary();
    search('xylophonezz');
    expect(count()).toBe('0 tips');
    expect(tipIds(section('every-tip'))).toEqual([]);
    expect(section('every-tip').querySelectorAll('details')).toHaveLength(0);
  });

  it('leaves the tips she set aside out of those that fit him', async () => {
    const aside = DAILY.filter(fitsLittle)[3]!;
    const fitting = DAILY.filter(fitsLittle);
    await openLibrary({
      settings: LITTLE_SON,
      notForUs: { tips: [{ ...words(aside), setAsideOn: '2026-11-28' }] },
    });
    const everyTip = section('every-tip');
    expect(count()).toBe(`${fitting.length - 1} tips`);
    await openGroups(everyTip);
    showEverything(everyTip);
    expect(tipIds(everyTip)).not.toContain(aside.id);
    expect(tipIds(everyTip)).toHaveLength(fitting.length - 1);

    fireEvent.click(screen.getByTestId('fits-him'));
    expect(count()).toBe(`${DAILY.length} tips`);
    await openGroups(everyTip);
    showEverything(everyTip);
    expect(tipIds(everyTip)).toContain(aside.id);
  });
});

describe('a tip opened whole', () => {
  it('opens from its headline with its body, and closes', async () => {
    const tip = DAILY[2]!;
    await openLibrary();
    expect(dialog().open).toBe(false);
    search(tip.headline);
    openTip(section('every-tip'), tip.id);
    expect(dialog().open).toBe(true);
    expect(dialog().querySelector('article')?.dataset.tipId).toBe(tip.id);
    expect(within(dialog()).getByRole('heading', { name: tip.headline })).toBeTruthy();
    expect(within(dialog()).getByText(tip.body)).toBeTruthy();

    fireEvent.click(within(dialog()).getByTestId('close-tip'));
    await waitFor(() => expect(dialog().open).toBe(false));
    expect(dialog().querySelector('article')).toBeNull();
  });

  it('keeps it among her favourites with its heart, with its words, and lets it go', async () => {
    const tip = DAILY[7]!;
    await openLibrary();
    search(tip.headline);
    openTip(section('every-tip'), tip.id);
    const heart = () => within(dialog()).getByTestId('dialog-favourite');
    expect(heart().getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(heart());
    expect(heart().getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () => expect(await storedClicks()).toHaveLength(1));
    expect((await storedClicks())[0]).toEqual({
      type: 'favourite',
      intent: 'keep',
      day: TODAY,
      tip: words(tip),
      at: expect.any(Number) as number,
      offset: -660,
    });

    fireEvent.click(heart());
    expect(heart().getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => expect(await storedClicks()).toHaveLength(2));
    expect((await storedClicks())[1]).toMatchObject({ type: 'favourite', intent: 'let-go', tip: words(tip) });
  });

  it('makes it today’s tip', async () => {
    const tip = DAILY[11]!;
    await openLibrary({ rotation: rotationOn(TODAY, DAILY[12]!) });
    search(tip.headline);
    openTip(section('every-tip'), tip.id);
    const makeToday = within(dialog()).getByTestId('make-today');
    expect(makeToday.textContent).toBe('Make it today’s tip');
    expect(within(dialog()).queryByText('This is today’s tip.')).toBeNull();

    fireEvent.click(makeToday);
    await waitFor(async () => expect(await storedClicks()).toHaveLength(1));
    expect((await storedClicks())[0]).toEqual({
      type: 'today',
      intent: 'choose',
      id: tip.id,
      day: TODAY,
      at: expect.any(Number) as number,
      offset: -660,
    });
    // Stamped with the moment she clicked, by the page's clock.
    const { at } = (await storedClicks())[0]!;
    expect(at).toBeGreaterThanOrEqual(new Date(2026, 11, 4, 15, 30).getTime());
    expect(at).toBeLessThan(new Date(2026, 11, 4, 15, 31).getTime());
  });

  it('is not offered for today’s tip, but is for yesterday’s', async () => {
    const tip = DAILY[20]!;
    await openLibrary({ rotation: rotationOn(TODAY, tip) });
    search(tip.headline);
    openTip(section('every-tip'), tip.id);
    expect(dialog().open).toBe(true);
    expect(within(dialog()).queryByTestId('make-today')).toBeNull();
    expect(within(dialog()).getByText('This is today’s tip.')).toBeTruthy();

    // The background turned the rotation to a new day it hasn't drawn yet: yesterday's tip is not today's.
    await fakeBrowser.storage.local.set({ rotation: rotationOn(YESTERDAY, tip) });
    await waitFor(() => expect(within(dialog()).queryByTestId('make-today')).not.toBeNull());
    expect(within(dialog()).queryByText('This is today’s tip.')).toBeNull();
  });

  it('is not offered for a tip that doesn’t fit him, or that she set aside', async () => {
    const aside = DAILY.filter(fitsLittle)[1]!;
    expect(aside.id).not.toBe(LITTLE_TIP.id);
    await openLibrary({
      settings: LITTLE_SON,
      notForUs: { tips: [{ ...words(aside), setAsideOn: '2026-11-28' }] },
    });
    fireEvent.click(screen.getByTestId('fits-him'));
    search(TEEN_ONLY_TIP.headline);
    openTip(section('every-tip'), TEEN_ONLY_TIP.id);
    expect(within(dialog()).getByText(TEEN_ONLY_TIP.body)).toBeTruthy();
    expect(within(dialog()).queryByTestId('make-today')).toBeNull();
    fireEvent.click(within(dialog()).getByTestId('close-tip'));
    await waitFor(() => expect(dialog().open).toBe(false));

    openTip(screen.getByTestId('set-aside-list'), aside.id);
    expect(within(dialog()).getByText(aside.body)).toBeTruthy();
    expect(within(dialog()).queryByTestId('make-today')).toBeNull();
    fireEvent.click(within(dialog()).getByTestId('close-tip'));
    await waitFor(() => expect(dialog().open).toBe(false));

    search(LITTLE_TIP.headline);
    openTip(section('every-tip'), LITTLE_TIP.id);
    expect(within(dialog()).getByTestId('make-today')).toBeTruthy();
  });
});

describe('set aside', () => {
  it('lists each set-aside tip with "Bring back", which stores a click with its words', async () => {
    const gone: NotForUsTip = {
      id: 'daily-long-gone',
      headline: 'A tip an update took out',
      body: 'Its words stay as she saw them.',
      theme: 'everyday',
      setAsideOn: '2026-10-01',
    };
    const aside = DAILY[30]!;
    await openLibrary({ notForUs: { tips: [{ ...words(aside), setAsideOn: '2026-11-28' }, gone] } });
    const list = screen.getByTestId('set-aside-list');
    expect(headlines(list)).toEqual([aside.headline, gone.headline]);
    const buttons = within(list).getAllByTestId('bring-back');
    expect(buttons.map((button) => button.textContent)).toEqual(['Bring back', 'Bring back']);

    fireEvent.click(buttons[1]!);
    await waitFor(async () => expect(await storedClicks()).toHaveLength(1));
    fireEvent.click(buttons[0]!);
    await waitFor(async () => expect(await storedClicks()).toHaveLength(2));
    const { id, headline, body, theme } = gone;
    expect(await storedClicks()).toEqual([
      {
        type: 'not-for-us',
        intent: 'bring-back',
        day: TODAY,
        tip: { id, headline, body, theme },
        at: expect.any(Number) as number,
        offset: -660,
      },
      expect.objectContaining({ type: 'not-for-us', intent: 'bring-back', day: TODAY, tip: words(aside) }),
    ]);
  });

  it('says so when none is set aside', async () => {
    await openLibrary({ notForUs: { tips: [] } });
    expect(screen.getByTestId('set-aside-list').textContent).toBe(
      'No tip set aside. “Not for us” under a tip puts it here, out of your daily tips.',
    );
    expect(screen.queryAllByTestId('bring-back')).toEqual([]);
  });
});

describe('the shelf', () => {
  it('lists each moment’s tips, and stores a click that starts the one she chooses', async () => {
    await openLibrary();
    await openGroups(section('shelf'));
    const exams = section('shelf').querySelector<HTMLElement>('details[data-moment="exams"]')!;
    expect(tipIds(exams).toSorted()).toEqual(
      LIBRARY.filter((tip) => tip.moment === 'exams')
        .map(({ id }) => id)
        .toSorted(),
    );
    expect(screen.queryByTestId('moment-now')).toBeNull();

    fireEvent.click(screen.getByTestId('choose-exams'));
    await waitFor(async () => expect(await storedClicks()).toHaveLength(1));
    expect((await storedClicks())[0]).toEqual({
      type: 'moment',
      intent: 'start',
      moment: 'exams',
      day: TODAY,
      at: expect.any(Number) as number,
      offset: -660,
    });
  });

  it('shows the moment of the week until its seventh day, and stores a click that ends it', async () => {
    await openLibrary({ momentOfWeek: { moment: 'exams', from: TODAY } });
    await openGroups(section('shelf'));
    expect(screen.getByTestId('moment-now').textContent).toBe(
      'This week: Exams or a big test, until Thursday, December 10, 2026.End it now',
    );
    expect(screen.queryByTestId('choose-exams')).toBeNull();
    expect(screen.getByTestId('choose-hard-times')).toBeTruthy();

    fireEvent.click(screen.getByTestId('end-moment'));
    await waitFor(async () => expect(await storedClicks()).toHaveLength(1));
    expect((await storedClicks())[0]).toEqual({
      type: 'moment',
      intent: 'end',
      moment: 'exams',
      day: TODAY,
      at: expect.any(Number) as number,
      offset: -660,
    });
  });

  it('still shows a moment on its seventh day', async () => {
    await openLibrary({ momentOfWeek: { moment: 'far-away', from: addDays(TODAY, -6) } });
    expect(screen.getByTestId('moment-now').textContent).toContain(
      'He lives far away, until Friday, December 4, 2026.',
    );
  });

  it('shows no line once the seven days are over', async () => {
    await openLibrary({ momentOfWeek: { moment: 'exams', from: addDays(TODAY, -7) } });
    await openGroups(section('shelf'));
    expect(screen.queryByTestId('moment-now')).toBeNull();
    expect(screen.queryByTestId('end-moment')).toBeNull();
    expect(screen.getByTestId('choose-exams')).toBeTruthy();
  });
});
