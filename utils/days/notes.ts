import { isDay, type Day } from './day';

/**
 * Version 1 of her notes: a line about a day they connected, by her local date. Her words,
 * shown as text only. One text a day; when two texts met (two pages, or an import whose note
 * differs), both are kept, a blank line between them.
 */
export interface NotesV1 {
  days: Record<Day, string>;
}

export const NO_NOTES: NotesV1 = { days: {} };

/** What she can type about one day. */
export const NOTE_LENGTH = 280;

/** What a stored day's text may hold: room for several texts kept side by side. */
export const STORED_NOTE_LENGTH = 4000;

/** Between two texts kept side by side. */
export const NOTES_APART = '\n\n';

/** Stored notes, or `undefined` when the value can't be read whole (nothing stored reads as none). */
export function parseNotes(raw: unknown): NotesV1 | undefined {
  if (raw == null) return NO_NOTES;
  const days = (raw as { days?: unknown }).days;
  if (typeof days !== 'object' || days === null || Array.isArray(days)) return undefined;
  const readable = Object.entries(days).every(
    ([day, text]) => isDay(day) && typeof text === 'string' && text !== '' && text.length <= STORED_NOTE_LENGTH,
  );
  return readable ? (raw as NotesV1) : undefined;
}

/**
 * The day's text once a page writes `text` over `was` (what that page last saw or wrote) on a
 * day that now holds `stored`: her edit where nothing came between, and both texts where
 * another page's words did. An empty text clears her part.
 */
export function noteAfter(stored: string | undefined, was: string, text: string): string | undefined {
  const held = stored ?? '';
  if (held === was) return text.trim() === '' ? undefined : text;
  const parts = held === '' ? [] : held.split(NOTES_APART);
  const mine = was === '' ? -1 : parts.indexOf(was);
  if (mine >= 0) parts.splice(mine, 1, ...(text.trim() === '' ? [] : [text]));
  else if (text.trim() !== '' && !parts.includes(text)) parts.push(text);
  const joined = parts.join(NOTES_APART).slice(0, STORED_NOTE_LENGTH);
  return joined === '' ? undefined : joined;
}

/** Her notes once `day` holds `text` (none: the day's note is gone). */
export function withNote(notes: NotesV1, day: Day, text: string | undefined): NotesV1 {
  if (notes.days[day] === text) return notes;
  const days = { ...notes.days };
  if (text === undefined) delete days[day];
  else days[day] = text;
  return { days };
}
