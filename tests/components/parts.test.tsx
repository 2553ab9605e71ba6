import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CheckInButton } from '@/components/CheckInButton';
import { StreakCount } from '@/components/StreakCount';
import { TipCard } from '@/components/TipCard';
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
    [false, 'false', 'One small moment is enough. Tap when it happens.'],
    [true, 'true', 'Recorded. Tapped by mistake? Tap again to undo.'],
  ])('is a real toggle button: connected=%s is aria-pressed=%s', (connected, pressed, hint) => {
    render(<CheckInButton connected={connected} onToggle={() => {}} />);
    const button = screen.getByTestId('checkin');
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-pressed')).toBe(pressed);
    expect(screen.getByRole('button', { name: 'We connected today', description: hint })).toBe(button);
    expect(screen.getByText('Did we connect today?')).toBeTruthy();
  });

  it('tells the page when she presses it', () => {
    const onToggle = vi.fn<() => void>();
    render(<CheckInButton connected={false} onToggle={onToggle} />);
    fireEvent.click(screen.getByTestId('checkin'));
    expect(onToggle).toHaveBeenCalledOnce();
  });
});

describe('StreakCount', () => {
  const scolding = /miss|broke|lost|fail|shame|forgot|only/i;

  it.each([
    [
      { connectedToday: false, current: 0, longest: 0 },
      '0 days in a row',
      'Longest run: 0 days',
      'today can be day one',
    ],
    [{ connectedToday: true, current: 1, longest: 1 }, '1 day in a row', 'Longest run: 1 day', 'it counted'],
    [{ connectedToday: false, current: 4, longest: 9 }, '4 days in a row', 'Longest run: 9 days', 'still open'],
    [{ connectedToday: false, current: 0, longest: 12 }, '0 days in a row', 'Longest run: 12 days', 'yours to keep'],
  ])('for %o says %s, %s, and something warm', (streak, current, longest, cheer) => {
    const { container } = render(<StreakCount streak={streak} />);
    expect(screen.getByTestId('streak').textContent).toBe(current);
    expect(screen.getByTestId('longest-streak').textContent).toBe(longest);
    expect(container.textContent).toContain(cheer);
    expect(container.textContent).not.toMatch(scolding);
  });

  it('keeps its lines, empty, while loading', () => {
    render(<StreakCount streak={undefined} />);
    expect(screen.getByTestId('streak').textContent).toBe('');
    expect(screen.getByTestId('longest-streak').textContent).toBe('');
  });
});
