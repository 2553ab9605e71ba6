import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CheckInButton } from '@/components/CheckInButton';
import { StreakCount } from '@/components/StreakCount';
import { TipCard } from '@/components/TipCard';
import { connectedLine } from '@/utils/days/connected-line';
import { addDays } from '@/utils/days/day';
import { t } from '@/utils/i18n/i18n';
import { sampleTip } from './fixtures';

describe('TipCard', () => {
  it('shows the theme, headline and body of today’s tip', () => {
    render(<TipCard tip={sampleTip} />);
    expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(sampleTip.headline);
    expect(screen.getByText(sampleTip.body)).toBeTruthy();
    expect(screen.getByText(/Listen/)).toBeTruthy();
  });

  it('shows the headline alone when compact (the popup)', () => {
    render(<TipCard tip={sampleTip} compact />);
    expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline);
    expect(screen.queryByText(sampleTip.body)).toBeNull();
  });

  it('keeps its place, marked busy, while the tip is on its way', () => {
    const { container } = render(<TipCard tip={undefined} />);
    expect(screen.getByTestId('tip-title').textContent).toBe('');
    expect(container.querySelector('article')!.getAttribute('aria-busy')).toBe('true');
  });
});

describe('CheckInButton', () => {
  it.each([
    [false, 'false', 'One small moment is enough. Click once it has happened.'],
    [true, 'true', 'Tomorrow brings a new tip. Click to undo'],
  ])('is a real toggle button: connected=%s is aria-pressed=%s', (connected, pressed, hint) => {
    render(<CheckInButton connected={connected} onToggle={() => {}} />);
    const button = screen.getByTestId('checkin');
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-pressed')).toBe(pressed);
    expect(screen.getByRole('button', { name: 'We connected today', description: hint })).toBe(button);
    expect(screen.getByText('Did we connect today?')).toBeTruthy();
  });

  it('shows what a click will do: "We connected today" says it, and once pressed, "Click to undo"', () => {
    const { rerender } = render(<CheckInButton connected={false} onToggle={() => {}} />);
    const button = screen.getByTestId('checkin');
    expect(button.textContent).toBe('We connected today');
    rerender(<CheckInButton connected onToggle={() => {}} />);
    expect(button.textContent).toBe('We connected todayClick to undo');
    // The name a toggle is known by stays the same: its state is aria-pressed.
    expect(screen.getByRole('button', { name: 'We connected today', pressed: true })).toBe(button);
  });

  it('tells the page when she presses it', () => {
    const onToggle = vi.fn<() => void>();
    render(<CheckInButton connected={false} onToggle={onToggle} />);
    fireEvent.click(screen.getByTestId('checkin'));
    expect(onToggle).toHaveBeenCalledOnce();
  });
});

describe('StreakCount', () => {
  const DAY = '2026-11-25';
  const scolding = /miss|broke|lost|fail|shame|forgot|only/i;

  it.each([
    [
      { connectedToday: false, current: 0, longest: 0 },
      '0 days so far',
      'Longest run: 0 days',
      false,
      'can be day one',
    ],
    [
      { connectedToday: true, current: 1, longest: 1 },
      '1 day so far',
      'Longest run: 1 day',
      false,
      t(connectedLine(DAY, 1)),
    ],
    [
      { connectedToday: true, current: 5, longest: 5 },
      '5 days in a row',
      'Longest run: 5 days',
      false,
      t(connectedLine(DAY, 5)),
    ],
    [{ connectedToday: false, current: 4, longest: 9 }, '4 days in a row', 'Longest run: 9 days', true, 'still open'],
    [
      { connectedToday: false, current: 0, longest: 12 },
      '0 days so far',
      'Longest run: 12 days',
      true,
      'yours to keep',
    ],
  ])('for %o says %s, %s (shown: %s), and something warm', (streak, current, longest, shown, cheer) => {
    const { container } = render(<StreakCount streak={streak} today={DAY} />);
    expect(screen.getByTestId('streak').textContent).toBe(current);
    // The longest run is always in the page with its number, but said only when it adds something.
    const longestLine = screen.getByTestId('longest-streak');
    expect(longestLine.textContent).toBe(longest);
    expect(longestLine.classList.contains('streak-same')).toBe(!shown);
    expect(longestLine.getAttribute('aria-hidden')).toBe(shown ? null : 'true');
    expect(container.textContent).toContain(cheer);
    expect(container.textContent).not.toMatch(scolding);
  });

  it('on day one invites, with no line of zeros in sight', () => {
    const { container } = render(
      <StreakCount streak={{ connectedToday: false, current: 0, longest: 0 }} today={DAY} />,
    );
    const said = [...container.querySelectorAll('p:not([aria-hidden])')]
      .map((line) => line.textContent)
      .filter(Boolean)
      .join(' ');
    expect(said).toBe('0 days so far Whenever you are ready, today can be day one.');
  });

  it.each<[string, { connected: number; of: number } | undefined, string]>([
    ['a full week', { connected: 5, of: 7 }, '5 of the last 7 days'],
    ['her first days', { connected: 2, of: 3 }, '2 of your first 3 days'],
    ['her very first day: the streak says it all', { connected: 1, of: 1 }, ''],
    ['not known yet', undefined, ''],
  ])('the kinder count beside the streak: %s', (_, lastSeven, words) => {
    const { getByTestId } = render(
      <StreakCount streak={{ connectedToday: false, current: 1, longest: 3, lastSeven }} today={DAY} />,
    );
    expect(getByTestId('last-seven').textContent).toBe(words);
  });

  it('on a day he is away and today is open, says the run waits for him', () => {
    const { container } = render(
      <StreakCount streak={{ connectedToday: false, current: 4, longest: 4, away: true }} today={DAY} />,
    );
    expect(container.querySelector('.streak-cheer')!.textContent).toBe('He’s away for now. Your run waits for him.');
  });

  it('says something new each day once they have connected, and a milestone in its own words', () => {
    const cheerOn = (today: string, current: number) => {
      const { container } = render(
        <StreakCount streak={{ connectedToday: true, current, longest: current }} today={today} />,
      );
      const words = container.querySelector('.streak-cheer')!.textContent;
      cleanup();
      return words;
    };
    const week = Array.from({ length: 7 }, (_, i) => cheerOn(addDays(DAY, i), 2));
    expect(new Set(week).size).toBe(7);
    for (const words of week) expect(words).not.toMatch(scolding);
    expect(cheerOn(DAY, 7)).toBe(t('milestone7'));
    expect(cheerOn(addDays(DAY, 1), 7)).toBe(t('milestone7'));
  });

  it('keeps its lines, empty, while loading', () => {
    render(<StreakCount streak={undefined} today={DAY} />);
    expect(screen.getByTestId('streak').textContent).toBe('');
    expect(screen.getByTestId('longest-streak').textContent).toBe('');
  });
});
