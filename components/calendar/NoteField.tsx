import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Day } from '@/utils/days/day';
import { t, tCount } from '@/utils/i18n/i18n';
import { NOTE_LENGTH, NOTES_APART } from '@/utils/days/notes';

/** The count appears once this few characters are left. */
const COUNT_FROM = 40;

interface Props {
  day: Day;
  /** The day's stored text: hers, or several texts a blank line apart when two pages wrote at once. */
  note: string | undefined;
  /** Each change she types: `was` is what this field last saw or sent, so both pages' words can be kept. */
  onNote: (day: Day, text: string, was: string) => void;
}

/** Her own text among the stored ones: the one this field last had, else the only one there is. */
export function mineOf(note: string | undefined, was: string): string {
  const parts = note === undefined ? [] : note.split(NOTES_APART);
  if (was !== '' && parts.includes(was)) return was;
  return parts.length === 1 ? parts[0]! : '';
}

/**
 * "What did you do together?": a line about a day they connected. Hers while she types: a note
 * that changes under the field (another page) waits until she leaves it. Words another page
 * kept beside hers show above it, as text.
 */
export function NoteField({ day, note, onNote }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const wasRef = useRef('');
  // Every text this field sent since it last settled: the stored note may still hold an older one for a moment.
  const [sent, setSent] = useState<ReadonlySet<string>>(new Set());
  const [text, setText] = useState('');
  const id = useId();

  /** The field takes the stored note, unless she is typing in it. */
  function settle() {
    const element = inputRef.current;
    if (!element || element.ownerDocument.activeElement === element) return;
    const mine = mineOf(note, wasRef.current);
    element.value = mine;
    wasRef.current = mine;
    setSent(new Set([mine]));
    setText(mine);
  }
  useLayoutEffect(settle, [note]);

  const others = (note === undefined ? [] : note.split(NOTES_APART)).filter((part) => part !== text && !sent.has(part));
  const left = NOTE_LENGTH - text.length;
  return (
    <div class="day-note">
      {others.length > 0 && <NoteText label={t('calendarNoteAlso')} text={others.join(NOTES_APART)} />}
      <label class="field">
        <span>{t('calendarNoteLabel')}</span>
        <input
          ref={inputRef}
          type="text"
          maxLength={NOTE_LENGTH}
          data-testid="day-note"
          aria-describedby={left <= COUNT_FROM ? `${id}-left` : undefined}
          onInput={(event) => {
            const value = event.currentTarget.value;
            onNote(day, value, wasRef.current);
            wasRef.current = value;
            setSent((before) => new Set(before).add(value));
            setText(value);
          }}
          onBlur={settle}
        />
      </label>
      {left <= COUNT_FROM && (
        <p id={`${id}-left`} class="hint day-note-left" data-testid="day-note-left">
          {tCount('calendarNoteLeft', left)}
        </p>
      )}
    </div>
  );
}

/** Words kept for a day, as text only: a blank line between two texts. */
export function NoteText({ label, text }: { label: string; text: string }) {
  return (
    <div class="day-note-kept">
      <p class="hint">{label}</p>
      <p class="day-note-text" data-testid="day-note-text">
        {text}
      </p>
    </div>
  );
}
