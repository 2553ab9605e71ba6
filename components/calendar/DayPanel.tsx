import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { longDate } from '@/components/library/PastTips';
import { addDays, type Day } from '@/utils/days/day';
import { t, type MessageName } from '@/utils/i18n/i18n';
import { whenOf, type DayState } from './day-words';
import { NoteField, NoteText } from './NoteField';

/** A day further back than this many days asks before its mark changes. */
export const ASK_BEFORE_CHANGING = 7;

export interface DayPanelProps {
  /** Her language, for the date. */
  language: string;
  today: Day;
  /** The day chosen in the calendar. */
  day: Day;
  connected: boolean;
  away: boolean;
  /** The day's stored note, if any. */
  note: string | undefined;
  /** Marks the day as one they connected, or takes the mark away. */
  onToggle: (day: Day, intent: 'record' | 'undo') => void;
  /** Each change she types in the note: `was` is what the field last saw or sent. */
  onNote: (day: Day, text: string, was: string) => void;
}

/** What the day's state says under its date. */
function stateLines({ connected, away, when }: Omit<DayState, 'note'>): MessageName[] {
  const lines: MessageName[] = [];
  if (when === 'ahead') lines.push('calendarPanelAhead');
  else if (connected) lines.push(when === 'today' ? 'calendarPanelConnectedToday' : 'calendarPanelConnected');
  else if (!away) lines.push(when === 'today' ? 'calendarPanelOpenToday' : 'calendarPanelNotMarked');
  if (away)
    lines.push(
      when === 'past' ? 'calendarPanelAway' : when === 'today' ? 'calendarPanelAwayNow' : 'calendarPanelAwayAhead',
    );
  return lines;
}

/**
 * The day chosen in the calendar: its date, its state, "We connected this day" (a toggle, for
 * today and the days before it; a day more than a week back asks first, here in the panel), and
 * for a day they connected, a line about what they did.
 */
export function DayPanel(props: DayPanelProps) {
  // A new day starts afresh: no question left open, the note field the new day's.
  return <DayPanelOf key={props.day} {...props} />;
}

function DayPanelOf({ language, today, day, connected, away, note, onToggle, onNote }: DayPanelProps) {
  const when = whenOf(day, today);
  const [asking, setAsking] = useState<'record' | 'undo'>();
  const toggle = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);

  const answer = (yes: boolean) => {
    if (yes && asking) onToggle(day, asking);
    setAsking(undefined);
    toggle.current?.focus();
  };
  const press = () => {
    const intent = connected ? 'undo' : 'record';
    if (day < addDays(today, -ASK_BEFORE_CHANGING)) setAsking(intent);
    else onToggle(day, intent);
  };

  return (
    <section class="day-panel" data-testid="day-panel" data-panel-day={day} aria-labelledby={`${id}-date`}>
      <h3 id={`${id}-date`} class="day-date">
        {longDate(day, language)}
      </h3>
      {stateLines({ connected, away, when }).map((line) => (
        <p key={line} class="day-state">
          {t(line)}
        </p>
      ))}
      {when !== 'ahead' && (
        <button
          ref={toggle}
          type="button"
          class="checkin-button"
          data-testid="day-connected"
          aria-pressed={connected ? 'true' : 'false'}
          aria-describedby={connected ? `${id}-undo` : undefined}
          onClick={() => {
            if (!asking) press();
          }}
        >
          <span class="checkin-mark" aria-hidden="true" />
          {t(when === 'today' ? 'checkinButton' : 'calendarPanelToggle')}
          {connected && (
            <span id={`${id}-undo`} class="checkin-undo" aria-hidden="true">
              {t('checkinUndo')}
            </span>
          )}
        </button>
      )}
      {asking && (
        <div class="day-ask" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`}>{t(asking === 'record' ? 'calendarConfirmRecord' : 'calendarConfirmUndo')}</p>
          <div class="day-ask-buttons">
            <button type="button" class="primary-button" data-testid="day-confirm" onClick={() => answer(true)}>
              {t(asking === 'record' ? 'calendarConfirmRecordYes' : 'calendarConfirmUndoYes')}
            </button>
            <button
              ref={cancel}
              type="button"
              class="quiet-button"
              data-testid="day-cancel"
              onClick={() => answer(false)}
            >
              {t('calendarConfirmCancel')}
            </button>
          </div>
        </div>
      )}
      {connected && when !== 'ahead' ? (
        <NoteField day={day} note={note} onNote={onNote} />
      ) : (
        note !== undefined && <NoteText label={t('calendarNoteSaved')} text={note} />
      )}
    </section>
  );
}
