import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ruMessages from '@/public/_locales/ru/messages.json';
import { Calendar, type CalendarProps } from '@/components/calendar/Calendar';
import { DayPanel, type DayPanelProps } from '@/components/calendar/DayPanel';
import { addDays, type Day } from '@/utils/days/day';
import { speak } from '@/utils/i18n/i18n';
import { monthOf } from '@/utils/days/month-grid';
import { wordsOf } from '@/utils/i18n/words';

/** Friday 4 December 2026. */
const TODAY: Day = '2026-12-04';
const CONNECTED = new Set<Day>(['2026-12-01', '2026-12-03', '2026-11-30']);
const AWAY = new Set<Day>(['2026-12-02', '2026-12-03']);
const NOTES: Record<Day, string> = { '2026-12-03': 'We baked bread' };

/** The calendar as a page keeps it: the month and the chosen day in its own state. */
function Page({ start = TODAY, ...rest }: { start?: Day } & Partial<CalendarProps>) {
  const [month, setMonth] = useState(monthOf(start));
  const [selected, setSelected] = useState(start);
  return (
    <Calendar
      language="en"
      today={TODAY}
      month={month}
      onMonth={setMonth}
      selected={selected}
      onSelect={setSelected}
      connected={CONNECTED}
      isAway={(day) => AWAY.has(day)}
      notes={NOTES}
      {...rest}
    />
  );
}

const grid = () => screen.getByRole('grid');
const dayButton = (day: Day) => {
  const button = grid().querySelector<HTMLButtonElement>(`button[data-day="${day}"]`);
  if (!button) throw new Error(`no button for ${day}`);
  return button;
};
const tabStops = () => [...grid().querySelectorAll<HTMLElement>('button')].filter((button) => button.tabIndex === 0);
const focusedDay = () => (document.activeElement as HTMLElement | null)?.dataset.day;
const press = (key: string, shiftKey = false) =>
  fireEvent.keyDown(document.activeElement!, { key, shiftKey, bubbles: true });

afterEach(() => {
  speak(undefined);
  vi.unstubAllGlobals();
});

describe('the calendar grid', () => {
  it('is a grid named by its month, with the weekdays as column heads and every day a button', () => {
    render(<Page />);
    expect(screen.getByRole('grid', { name: 'December 2026' })).toBe(grid());
    const heads = within(grid()).getAllByRole('columnheader');
    // English (the US's): weeks from Sunday.
    expect(heads.map((head) => head.textContent)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(heads.map((head) => head.getAttribute('abbr'))).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
    const days = [...grid().querySelectorAll<HTMLButtonElement>('button[data-day]')];
    expect(days.map((button) => button.dataset.day)).toEqual(
      Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`),
    );
    expect(days.every((button) => button.type === 'button')).toBe(true);
    // 1 December 2026 is a Tuesday: two empty cells before it.
    const firstRow = within(grid()).getAllByRole('row')[1]!;
    expect([...firstRow.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '',
      '',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('starts the week on Monday in Russian and in British English', () => {
    const { unmount } = render(<Page language="ru" />);
    expect(within(grid()).getAllByRole('columnheader')[0]!.getAttribute('abbr')).toBe('понедельник');
    expect(screen.getByRole('grid', { name: 'декабрь 2026 г.' })).toBeTruthy();
    unmount();
    render(<Page language="en-GB" />);
    expect(within(grid()).getAllByRole('columnheader')[0]!.getAttribute('abbr')).toBe('Monday');
  });

  it('names each day with its full date and its state', () => {
    render(<Page />);
    const name = (day: Day) => dayButton(day).getAttribute('aria-label');
    expect(name('2026-12-03')).toBe('Thursday, December 3, 2026: connected while he was away, with a note');
    expect(name('2026-12-01')).toBe('Tuesday, December 1, 2026: connected');
    expect(name('2026-12-02')).toBe('Wednesday, December 2, 2026: he was away');
    expect(name('2026-12-04')).toBe('Friday, December 4, 2026: today, not marked');
    expect(name('2026-12-05')).toBe('Saturday, December 5, 2026: still to come');
    expect(screen.getByRole('button', { name: 'Monday, December 7, 2026: still to come' })).toBe(
      dayButton('2026-12-07'),
    );
    expect(dayButton(TODAY).getAttribute('aria-current')).toBe('date');
    expect(dayButton('2026-12-03').hasAttribute('aria-current')).toBe(false);
  });

  it('names them in her language', () => {
    speak(wordsOf(ruMessages));
    render(<Page language="ru" />);
    expect(dayButton('2026-12-03').getAttribute('aria-label')).toBe(
      'четверг, 3 декабря 2026 г. — нашли минутку, хоть и на расстоянии, есть заметка',
    );
    expect(dayButton(TODAY).getAttribute('aria-label')).toBe('пятница, 4 декабря 2026 г. — сегодня, без отметки');
    expect(screen.getByTestId('calendar-next').getAttribute('aria-label')).toBe('Следующий месяц');
  });

  it('tells connected, away, note and today apart by shape, and keys the shapes below', () => {
    render(<Page />);
    const mark = (day: Day) => dayButton(day).querySelector<HTMLElement>('.calendar-mark')!;
    expect(mark('2026-12-01').dataset).toMatchObject({ connected: 'true' });
    expect(mark('2026-12-01').dataset.away).toBeUndefined();
    expect(mark('2026-12-02').dataset).toMatchObject({ away: 'true' });
    expect(mark('2026-12-02').dataset.connected).toBeUndefined();
    expect(mark('2026-12-03').dataset).toMatchObject({ connected: 'true', away: 'true', note: 'true' });
    expect(mark('2026-12-03').querySelector('.calendar-note-mark')).not.toBeNull();
    expect(mark('2026-12-01').querySelector('.calendar-note-mark')).toBeNull();
    expect(mark(TODAY).dataset).toMatchObject({ today: 'true' });
    expect(dayButton('2026-12-03').dataset).toMatchObject({ connected: 'true', away: 'true', note: 'true' });

    const legend = screen.getByRole('list', { name: 'What the marks mean' });
    const entries = within(legend).getAllByRole('listitem');
    expect(entries.map((entry) => entry.textContent?.replace(/^3/, ''))).toEqual([
      'You connected',
      'He was away',
      'With a note',
      'Today',
    ]);
    expect(entries.map((entry) => Object.keys(entry.querySelector<HTMLElement>('.calendar-mark')!.dataset))).toEqual([
      ['connected'],
      ['away'],
      ['note'],
      ['today'],
    ]);
  });

  it('shows the days to come, but they cannot be chosen', () => {
    const onSelect = vi.fn<(day: Day) => void>();
    render(<Page onSelect={onSelect} />);
    const tomorrow = dayButton('2026-12-05');
    expect(tomorrow.getAttribute('aria-disabled')).toBe('true');
    expect(tomorrow.disabled).toBe(false);
    fireEvent.click(tomorrow);
    expect(onSelect).not.toHaveBeenCalled();
    expect(dayButton(TODAY).hasAttribute('aria-disabled')).toBe(false);
    fireEvent.click(dayButton('2026-12-02'));
    expect(onSelect).toHaveBeenCalledWith('2026-12-02');
  });

  it('marks the chosen day selected, and has one tab stop: the chosen day', () => {
    render(<Page start="2026-12-02" />);
    expect(tabStops()).toEqual([dayButton('2026-12-02')]);
    expect(grid().querySelectorAll('[aria-selected="true"]')).toHaveLength(1);
    expect(dayButton('2026-12-02').closest('td')!.getAttribute('aria-selected')).toBe('true');
    fireEvent.click(dayButton('2026-12-01'));
    expect(tabStops()).toEqual([dayButton('2026-12-01')]);
    expect(dayButton('2026-12-01').closest('td')!.getAttribute('aria-selected')).toBe('true');
  });

  it('turns the month with its buttons, keeping one tab stop', () => {
    render(<Page />);
    fireEvent.click(screen.getByTestId('calendar-prev'));
    expect(screen.getByRole('grid', { name: 'November 2026' })).toBeTruthy();
    expect(tabStops()).toEqual([dayButton('2026-11-04')]);
    fireEvent.click(screen.getByTestId('calendar-next'));
    fireEvent.click(screen.getByTestId('calendar-next'));
    expect(screen.getByRole('grid', { name: 'January 2027' })).toBeTruthy();
    expect(tabStops()).toHaveLength(1);
    expect(screen.getByTestId('calendar-prev').getAttribute('aria-label')).toBe('Previous month');
    expect(screen.getByRole('heading', { name: 'January 2027' }).getAttribute('aria-live')).toBe('polite');
  });
});

describe('the keys of the calendar', () => {
  it('move the focus by a day with the arrows and by a week up and down, and the tab stop with it', () => {
    render(<Page />);
    dayButton(TODAY).focus();
    press('ArrowRight');
    expect(focusedDay()).toBe('2026-12-05');
    press('ArrowDown');
    expect(focusedDay()).toBe('2026-12-12');
    press('ArrowLeft');
    expect(focusedDay()).toBe('2026-12-11');
    press('ArrowUp');
    expect(focusedDay()).toBe('2026-12-04');
    expect(tabStops()).toEqual([dayButton('2026-12-04')]);
    press('ArrowDown');
    expect(tabStops()).toEqual([dayButton('2026-12-11')]);
  });

  it('cross into the next or last month, turning the page', () => {
    render(<Page start="2026-12-01" />);
    dayButton('2026-12-01').focus();
    press('ArrowLeft');
    expect(screen.getByRole('grid', { name: 'November 2026' })).toBeTruthy();
    expect(focusedDay()).toBe('2026-11-30');
    press('ArrowDown');
    expect(screen.getByRole('grid', { name: 'December 2026' })).toBeTruthy();
    expect(focusedDay()).toBe('2026-12-07');
  });

  it('go to the first and last day of the week with Home and End (Sunday to Saturday in US English)', () => {
    render(<Page start="2026-12-10" />);
    dayButton('2026-12-10').focus();
    press('Home');
    expect(focusedDay()).toBe('2026-12-06');
    press('End');
    expect(focusedDay()).toBe('2026-12-12');
  });

  it('go to the first and last day of the week with Home and End (Monday to Sunday in British English)', () => {
    render(<Page language="en-GB" start="2026-12-10" />);
    dayButton('2026-12-10').focus();
    press('Home');
    expect(focusedDay()).toBe('2026-12-07');
    press('End');
    expect(focusedDay()).toBe('2026-12-13');
  });

  it('turn a month with Page Up and Page Down, and a year with Shift, the focus following', () => {
    render(<Page />);
    dayButton(TODAY).focus();
    press('PageUp');
    expect(screen.getByRole('grid', { name: 'November 2026' })).toBeTruthy();
    expect(focusedDay()).toBe('2026-11-04');
    expect(tabStops()).toEqual([dayButton('2026-11-04')]);
    press('PageDown');
    press('PageDown');
    expect(screen.getByRole('grid', { name: 'January 2027' })).toBeTruthy();
    expect(focusedDay()).toBe('2027-01-04');
    press('PageUp', true);
    expect(screen.getByRole('grid', { name: 'January 2026' })).toBeTruthy();
    expect(focusedDay()).toBe('2026-01-04');
  });

  it('keep to the last day of a shorter month', () => {
    render(<Page start="2024-03-31" />);
    dayButton('2024-03-31').focus();
    press('PageUp');
    expect(focusedDay()).toBe('2024-02-29');
    press('PageDown');
    expect(focusedDay()).toBe('2024-03-29');
  });

  it('move from the tab stop after the month buttons turned the page, and leave other keys alone', () => {
    render(<Page />);
    fireEvent.click(screen.getByTestId('calendar-prev'));
    dayButton('2026-11-04').focus();
    press('ArrowRight');
    expect(focusedDay()).toBe('2026-11-05');
    const tab = fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(tab).toBe(true);
    expect(fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' })).toBe(false);
  });

  it('reach days to come, which stay in the grid, and choose a day with Enter as a click', () => {
    const onSelect = vi.fn<(day: Day) => void>();
    render(<Page onSelect={onSelect} />);
    dayButton(TODAY).focus();
    press('ArrowRight');
    expect(focusedDay()).toBe('2026-12-05');
    fireEvent.click(document.activeElement!);
    expect(onSelect).not.toHaveBeenCalled();
    press('ArrowLeft');
    press('ArrowLeft');
    fireEvent.click(document.activeElement!);
    expect(onSelect).toHaveBeenCalledWith('2026-12-03');
  });
});

/** The panel of one day, with its calls recorded. */
function renderPanel(props: Partial<DayPanelProps> = {}) {
  const onToggle = vi.fn<DayPanelProps['onToggle']>();
  const onNote = vi.fn<DayPanelProps['onNote']>();
  const all: DayPanelProps = {
    language: 'en',
    today: TODAY,
    day: addDays(TODAY, -1),
    connected: false,
    away: false,
    note: undefined,
    onToggle,
    onNote,
    ...props,
  };
  const view = render(<DayPanel {...all} />);
  const rerender = (more: Partial<DayPanelProps>) => view.rerender(<DayPanel {...all} {...more} />);
  return { onToggle, onNote, rerender };
}

const toggle = () => screen.getByTestId('day-connected');
const noteField = () => screen.getByTestId('day-note') as HTMLInputElement;

describe('the day’s panel', () => {
  it('shows the date as a heading, the state, and the toggle for a day before today', () => {
    const { onToggle } = renderPanel();
    expect(screen.getByRole('heading', { name: 'Thursday, December 3, 2026' })).toBeTruthy();
    expect(screen.getByText('Nothing marked for this day.')).toBeTruthy();
    expect(toggle().tagName).toBe('BUTTON');
    expect(screen.getByRole('button', { name: 'We connected this day', pressed: false })).toBe(toggle());
    fireEvent.click(toggle());
    expect(onToggle).toHaveBeenCalledWith('2026-12-03', 'record');
    expect(screen.queryByTestId('day-confirm')).toBeNull();
  });

  it('undoes a day they connected, and says so', () => {
    const { onToggle } = renderPanel({ connected: true, away: true });
    expect(screen.getByText('You two connected this day.')).toBeTruthy();
    expect(screen.getByText('He was away.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'We connected this day', pressed: true })).toBe(toggle());
    expect(toggle().textContent).toContain('Click to undo');
    fireEvent.click(toggle());
    expect(onToggle).toHaveBeenCalledWith('2026-12-03', 'undo');
  });

  it('speaks of today as today', () => {
    renderPanel({ day: TODAY });
    expect(screen.getByText('Today is still open.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'We connected today', pressed: false })).toBe(toggle());
  });

  it('offers nothing to mark on a day still to come', () => {
    renderPanel({ day: addDays(TODAY, 1), away: true });
    expect(screen.getByText('This day is still to come.')).toBeTruthy();
    expect(screen.getByText('He will be away.')).toBeTruthy();
    expect(screen.queryByTestId('day-connected')).toBeNull();
    expect(screen.queryByTestId('day-note')).toBeNull();
  });

  it.each([1, 7])('changes a day %i days back at once, asking nothing', (back) => {
    const { onToggle } = renderPanel({ day: addDays(TODAY, -back) });
    fireEvent.click(toggle());
    expect(onToggle).toHaveBeenCalledWith(addDays(TODAY, -back), 'record');
    expect(screen.queryByTestId('day-confirm')).toBeNull();
  });

  it('asks in the panel before marking a day 8 days back or more, never with window.confirm', () => {
    const confirm = vi.fn<(message?: string) => boolean>(() => true);
    vi.stubGlobal('confirm', confirm);
    const day = addDays(TODAY, -8);
    const { onToggle } = renderPanel({ day });
    fireEvent.click(toggle());
    expect(onToggle).not.toHaveBeenCalled();
    const question = screen.getByRole('group', {
      name: 'That was more than a week ago. Mark it as a day you two connected?',
    });
    expect(document.activeElement).toBe(within(question).getByTestId('day-cancel'));
    // Pressed again while it asks: still asking.
    fireEvent.click(toggle());
    expect(onToggle).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('day-cancel'));
    expect(onToggle).not.toHaveBeenCalled();
    expect(screen.queryByTestId('day-confirm')).toBeNull();
    expect(document.activeElement).toBe(toggle());

    fireEvent.click(toggle());
    expect(screen.getByTestId('day-confirm').textContent).toBe('Yes, mark it');
    fireEvent.click(screen.getByTestId('day-confirm'));
    expect(onToggle).toHaveBeenCalledExactlyOnceWith(day, 'record');
    expect(screen.queryByTestId('day-confirm')).toBeNull();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before taking the mark off a day long ago, and forgets the question on another day', () => {
    const day = addDays(TODAY, -30);
    const { onToggle, rerender } = renderPanel({ day, connected: true });
    fireEvent.click(toggle());
    expect(screen.getByText('That was more than a week ago. Remove its mark?')).toBeTruthy();
    rerender({ day: addDays(TODAY, -31) });
    expect(screen.queryByTestId('day-confirm')).toBeNull();
    rerender({ day });
    fireEvent.click(toggle());
    fireEvent.click(screen.getByTestId('day-confirm'));
    expect(onToggle).toHaveBeenCalledWith(day, 'undo');
  });
});

describe('the note of a day', () => {
  it('is a labelled text field of 280 characters on a day they connected, showing the stored note', () => {
    renderPanel({ connected: true, note: 'We baked bread' });
    const field = screen.getByLabelText('What did you do together?');
    expect(field).toBe(noteField());
    expect(noteField().type).toBe('text');
    expect(noteField().maxLength).toBe(280);
    expect(noteField().value).toBe('We baked bread');
  });

  it('is not offered on a day they did not connect, where a note left shows as text', () => {
    renderPanel({ note: 'We baked bread' });
    expect(screen.queryByTestId('day-note')).toBeNull();
    expect(screen.getByText('Your note')).toBeTruthy();
    expect(screen.getByTestId('day-note-text').textContent).toBe('We baked bread');
  });

  it('tells the page each change, with what the field last saw or sent', () => {
    const { onNote } = renderPanel({ connected: true, note: 'We baked' });
    fireEvent.input(noteField(), { target: { value: 'We baked bread' } });
    fireEvent.input(noteField(), { target: { value: 'We baked bread together' } });
    expect(onNote.mock.calls).toEqual([
      ['2026-12-03', 'We baked bread', 'We baked'],
      ['2026-12-03', 'We baked bread together', 'We baked bread'],
    ]);
  });

  it('keeps her typing while the stored note changes under it, and shows the other page’s words beside', () => {
    const { onNote, rerender } = renderPanel({ connected: true, note: undefined });
    noteField().focus();
    fireEvent.input(noteField(), { target: { value: 'We walked' } });
    expect(onNote).toHaveBeenLastCalledWith('2026-12-03', 'We walked', '');
    // Another page's words arrive, kept beside hers.
    rerender({ note: 'Football\n\nWe walked' });
    expect(noteField().value).toBe('We walked');
    expect(screen.getByText('Also written for this day')).toBeTruthy();
    expect(screen.getByTestId('day-note-text').textContent).toBe('Football');
    // A note behind her typing (the page a step behind): still hers.
    fireEvent.input(noteField(), { target: { value: 'We walked to the lake' } });
    expect(noteField().value).toBe('We walked to the lake');
    expect(screen.getByTestId('day-note-text').textContent).toBe('Football');
    // Whatever the stored note becomes while she types, the field keeps her words.
    rerender({ note: 'Football' });
    expect(noteField().value).toBe('We walked to the lake');
    expect(onNote).toHaveBeenLastCalledWith('2026-12-03', 'We walked to the lake', 'We walked');
  });

  it('takes the stored note while she isn’t typing, and once she leaves the field', () => {
    const { rerender } = renderPanel({ connected: true, note: 'We baked' });
    rerender({ note: 'We baked bread' });
    expect(noteField().value).toBe('We baked bread');
    noteField().focus();
    rerender({ note: 'Something else' });
    expect(noteField().value).toBe('We baked bread');
    noteField().blur();
    expect(noteField().value).toBe('Something else');
  });

  it('shows two texts kept for a day, each whole, as text only', () => {
    renderPanel({ connected: true, note: 'We <b>cooked</b>\n\nFootball in the park' });
    const kept = screen.getByTestId('day-note-text');
    expect(kept.textContent).toBe('We <b>cooked</b>\n\nFootball in the park');
    expect(kept.querySelector('b')).toBeNull();
    expect(kept.classList.contains('day-note-text')).toBe(true);
    expect(noteField().value).toBe('');
  });

  it('counts the characters left near the limit', () => {
    renderPanel({ connected: true });
    expect(screen.queryByTestId('day-note-left')).toBeNull();
    fireEvent.input(noteField(), { target: { value: 'a'.repeat(250) } });
    expect(screen.getByTestId('day-note-left').textContent).toBe('30 characters left');
    expect(noteField().getAttribute('aria-describedby')).toBe(screen.getByTestId('day-note-left').id);
    fireEvent.input(noteField(), { target: { value: 'a'.repeat(279) } });
    expect(screen.getByTestId('day-note-left').textContent).toBe('1 character left');
  });
});
