import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DailyPanel } from '@/components/DailyPanel';
import { setAsideNotice } from '@/components/set-aside-notice/set-aside-notice';
import { StreakCount } from '@/components/StreakCount';
import { TipCard } from '@/components/TipCard';
import type { Daily } from '@/components/DailyPage';
import { connectedLine } from '@/utils/days/connected-line';
import type { StreakSummary } from '@/utils/days/streak';
import { THEMES, type Theme } from '@/utils/tips/tips';
import messages from '../../public/_locales/en/messages.json';
import { sampleTip } from './fixtures';

/** The status regions that say something (the new tab keeps one silent, for the word after “not for us”). */
const speaking = () => screen.getAllByRole('status').filter((region) => region.textContent !== '');

/*
 * Every line each part shows, word for word, for every case it tells apart: a swapped message
 * name or an off-by-one in a condition changes one of these lines.
 */

/** The English words of a message without placeholders, as public/_locales/en/messages.json has them. */
const words = (name: keyof typeof messages): string => messages[name].message;

// Which message labels each theme, written out here rather than taken from the component.
const THEME_LABELS: Record<Theme, keyof typeof messages> = {
  listen: 'themeListen',
  'back-his-efforts': 'themeBackHisEfforts',
  play: 'themePlay',
  everyday: 'themeEveryday',
  'one-step': 'themeOneStep',
  'quiet-closeness': 'themeQuietCloseness',
};

describe('TipCard, word for word', () => {
  it('has a label of its own for every theme', () => {
    expect(Object.keys(THEME_LABELS).sort()).toEqual([...THEMES].sort());
    const labels = THEMES.map((theme) => words(THEME_LABELS[theme]));
    expect(new Set(labels).size).toBe(THEMES.length);
    for (const label of labels) expect(label).not.toBe('');
  });

  it.each(THEMES.map((theme) => [theme, words(THEME_LABELS[theme])]))('labels the theme %s “%s”', (theme, label) => {
    const { container } = render(<TipCard tip={{ ...sampleTip, theme }} />);
    expect(container.querySelector('.tip-theme')?.textContent).toBe(`${words('tipOfTheDay')}\u00a0· ${label}`);
  });

  it('shows the body of the tip in full, and is not busy, when not compact', () => {
    const { container } = render(<TipCard tip={sampleTip} />);
    expect(container.querySelector('.tip-body')?.textContent).toBe(sampleTip.body);
    expect(container.querySelector('article')!.hasAttribute('aria-busy')).toBe(false);
  });

  it('has no body at all when compact (the popup)', () => {
    const { container } = render(<TipCard tip={sampleTip} compact />);
    expect(container.querySelector('.tip-body')).toBeNull();
    expect(container.textContent).not.toContain(sampleTip.body);
    expect(container.textContent).toBe(`${words('tipOfTheDay')}\u00a0· ${words('themeListen')}${sampleTip.headline}`);
  });
});

describe('StreakCount, word for word', () => {
  const DAY = '2026-11-25';
  const OPEN = words('cheerKeepGoing');
  const FIRST_DAY = words('cheerFirstDay');
  const FRESH_START = words('cheerFreshStart');
  /** The connected day's own line (utils/days/connected-line.ts, tested on its own). */
  const CONNECTED = (current: number) => words(connectedLine(DAY, current) as keyof typeof messages);

  it('has a cheer of its own for each case', () => {
    expect(new Set([OPEN, CONNECTED(2), FIRST_DAY, FRESH_START]).size).toBe(4);
    expect(OPEN).toContain('still open');
  });

  // [case, streak, current line, longest line, longest shown (it says something new), cheer]
  it.each<[string, StreakSummary, string, string, boolean, string]>([
    [
      'nothing yet',
      { connectedToday: false, current: 0, longest: 0 },
      '0 days so far',
      'Longest run: 0 days',
      false,
      FIRST_DAY,
    ],
    [
      '1 day, today still open',
      { connectedToday: false, current: 1, longest: 1 },
      '1 day so far',
      'Longest run: 1 day',
      false,
      OPEN,
    ],
    [
      '1 day, today recorded',
      { connectedToday: true, current: 1, longest: 1 },
      '1 day so far',
      'Longest run: 1 day',
      false,
      CONNECTED(1),
    ],
    [
      '2 days, today open',
      { connectedToday: false, current: 2, longest: 2 },
      '2 days in a row',
      'Longest run: 2 days',
      false,
      OPEN,
    ],
    [
      '2 days, today recorded',
      { connectedToday: true, current: 2, longest: 5 },
      '2 days in a row',
      'Longest run: 5 days',
      true,
      CONNECTED(2),
    ],
    [
      '1 day open, longer before',
      { connectedToday: false, current: 1, longest: 2 },
      '1 day so far',
      'Longest run: 2 days',
      true,
      OPEN,
    ],
    [
      '3 days, today recorded',
      { connectedToday: true, current: 3, longest: 3 },
      '3 days in a row',
      'Longest run: 3 days',
      false,
      words('milestone3'),
    ],
    [
      '3 days recorded, 7 before',
      { connectedToday: true, current: 3, longest: 7 },
      '3 days in a row',
      'Longest run: 7 days',
      true,
      words('milestone3'),
    ],
    [
      'a fresh start after 1 day',
      { connectedToday: false, current: 0, longest: 1 },
      '0 days so far',
      'Longest run: 1 day',
      true,
      FRESH_START,
    ],
    [
      'a fresh start after 2 days',
      { connectedToday: false, current: 0, longest: 2 },
      '0 days so far',
      'Longest run: 2 days',
      true,
      FRESH_START,
    ],
    [
      '11 days',
      { connectedToday: true, current: 11, longest: 21 },
      '11 days in a row',
      'Longest run: 21 days',
      true,
      CONNECTED(11),
    ],
  ])('%s', (_, streak, current, longest, shown, cheer) => {
    const { container } = render(<StreakCount streak={streak} today={DAY} />);
    expect(screen.getByTestId('streak').textContent).toBe(current);
    const longestLine = screen.getByTestId('longest-streak');
    expect(longestLine.textContent).toBe(longest);
    expect(longestLine.getAttribute('aria-hidden')).toBe(shown ? null : 'true');
    expect(container.querySelector('.streak-cheer')?.textContent).toBe(cheer);
  });

  it('shows no cheer while the streak is unknown', () => {
    const { container } = render(<StreakCount streak={undefined} today={DAY} />);
    expect(container.querySelector('.streak-cheer')?.textContent).toBe('');
  });
});

describe('the notice about unreadable data, word for word', () => {
  it.each([
    ['kept', 'setAsideNotice'],
    ['left-in-place', 'setAsideLeftInPlace'],
  ] as const)('says what happened (%s, %s), and tells the page once when she presses OK', (kind, name) => {
    const onDismiss = vi.fn<() => void>();
    render(<div />).container.append(setAsideNotice(kind, onDismiss));
    expect(speaking()[0]?.querySelector('p')?.textContent).toBe(words(name));
    fireEvent.click(screen.getByRole('button', { name: words('setAsideDismiss') }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('tells the two cases apart', () => {
    expect(words('setAsideNotice')).not.toBe(words('setAsideLeftInPlace'));
  });
});

describe('DailyPanel', () => {
  function daily(overrides: Partial<Daily> = {}): Daily {
    return {
      ready: true,
      today: '2026-11-25',
      tip: sampleTip,
      streak: { connectedToday: false, current: 1, longest: 1 },
      name: undefined,
      anotherTip: vi.fn<() => void>(),
      saveFailed: false,
      toggleToday: vi.fn<() => void>(),
      favourite: false,
      toggleFavourite: vi.fn<() => void>(),
      setAside: undefined,
      notForUs: vi.fn<() => void>(),
      undoNotForUs: vi.fn<() => void>(),
      ...overrides,
    };
  }

  it('draws an empty, busy page until the page is ready', () => {
    const { container } = render(<DailyPanel daily={daily({ ready: false })} />);
    const main = container.querySelector('main')!;
    expect(main.getAttribute('aria-busy')).toBe('true');
    // Nothing but the two questions' place (empty, and no box: tests/components/questions-card.test.tsx).
    expect([...main.childNodes].map((node) => (node as Element).id)).toEqual(['questions-slot']);
    expect(main.textContent).toBe('');
  });

  it('draws the whole day once ready, with no notice and no alert', () => {
    const { container } = render(<DailyPanel daily={daily()} />);
    expect(container.querySelector('main')!.hasAttribute('aria-busy')).toBe(false);
    expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline);
    expect(screen.getByTestId('tip-title').getAttribute('data-tip-id')).toBe(sampleTip.id);
    expect(screen.getByText(sampleTip.body)).toBeTruthy();
    expect(screen.getByTestId('checkin').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('streak').textContent).toBe('1 day so far');
    expect(screen.queryByRole('alert')).toBeNull();
    // The one status region, for the word after "not for us", is there and silent.
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('offers "not for us" under the tip, away from the check-in, and its undo once pressed', () => {
    const notForUs = vi.fn<() => void>();
    const undoNotForUs = vi.fn<() => void>();
    const { rerender } = render(<DailyPanel daily={daily({ notForUs, undoNotForUs })} />);
    const button = screen.getByTestId('not-for-us');
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toBe(words('notForUs'));
    expect(button.closest('.tip')).not.toBeNull();
    expect(button.closest('.today')).toBeNull();
    fireEvent.click(button);
    expect(notForUs).toHaveBeenCalledOnce();

    rerender(<DailyPanel daily={daily({ notForUs, undoNotForUs, setAside: sampleTip })} />);
    expect(speaking()[0]?.textContent).toContain(words('notForUsDone'));
    fireEvent.click(screen.getByRole('button', { name: words('notForUsUndo') }));
    expect(undoNotForUs).toHaveBeenCalledOnce();
  });

  it('has no "not for us" in the popup', () => {
    render(<DailyPanel daily={daily()} compact />);
    expect(screen.queryByTestId('not-for-us')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('leaves out the tip’s body when compact (the popup)', () => {
    render(<DailyPanel daily={daily()} compact />);
    expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline);
    expect(screen.queryByText(sampleTip.body)).toBeNull();
  });

  it.each([
    [true, 'true'],
    [false, 'false'],
  ])('today recorded: %s, the button aria-pressed=%s', (connectedToday, pressed) => {
    render(<DailyPanel daily={daily({ streak: { connectedToday, current: 1, longest: 1 } })} />);
    expect(screen.getByTestId('checkin').getAttribute('aria-pressed')).toBe(pressed);
  });

  it('does not press the button while the streak is unknown', () => {
    render(<DailyPanel daily={daily({ streak: undefined })} />);
    expect(screen.getByTestId('checkin').getAttribute('aria-pressed')).toBe('false');
  });

  it('says a save failed only when it did', () => {
    render(<DailyPanel daily={daily({ saveFailed: true })} />);
    expect(screen.getByRole('alert').textContent).toBe(words('saveFailed'));
  });

  it('keeps a place for the notice about unreadable data (notice.js fills it), and passes the check-in to toggleToday', () => {
    const shown = daily();
    const { container } = render(<DailyPanel daily={shown} />);
    expect(container.querySelector('main > #notice-slot')).not.toBeNull();
    fireEvent.click(screen.getByTestId('checkin'));
    expect(shown.toggleToday).toHaveBeenCalledOnce();
  });
});
