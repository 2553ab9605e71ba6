import { applyCheckIn, type CheckInIntent, type CheckIns } from '../days/check-ins';
import { isDay, type Day } from '../days/day';
import { parseKeptTip, type FavouriteIntent, type KeptTip } from '../tips/favourites';
import type { NotForUsIntent } from '../tips/not-for-us';
import { NOTE_LENGTH, STORED_NOTE_LENGTH } from '../days/notes';
import { MOMENTS, type Moment } from '../tips/tips';

/**
 * A click, stored by the page itself the moment it happens, for the background to apply.
 * A page's own `storage.local.set` survives the page closing at once (a popup does, as she
 * clicks elsewhere); a message to a background that is asleep does not. Each click has a
 * key of its own, so two pages never overwrite each other's, and the background, still the
 * one writer of her check-ins, applies them in the order they were made and then removes them.
 */
export interface PendingCheckIn {
  type: 'check-in';
  day: Day;
  intent: CheckInIntent;
  /** When she clicked (epoch ms). */
  at: number;
  /** Her clock's offset from UTC as she clicked, in minutes east. */
  offset: number;
}

/** A click on the heart of a tip, with the words she saw. */
export interface PendingFavourite {
  type: 'favourite';
  day: Day;
  intent: FavouriteIntent;
  tip: KeptTip;
  at: number;
  offset: number;
}

/** "Not for us" on today's tip, its undo, or "bring back" in her library. */
export interface PendingNotForUs {
  type: 'not-for-us';
  day: Day;
  intent: NotForUsIntent;
  tip: KeptTip;
  at: number;
  offset: number;
}

/** "Make it today's tip", in her library. */
export interface PendingToday {
  type: 'today';
  day: Day;
  intent: 'choose';
  /** The tip's id: the background takes its words from the library. */
  id: string;
  at: number;
  offset: number;
}

/** A moment of the week chosen in her library (from `day`), or ended early. */
export interface PendingMoment {
  type: 'moment';
  day: Day;
  intent: 'start' | 'end';
  moment: Moment;
  at: number;
  offset: number;
}

/**
 * Her line about the day `on`, as she types it (each keystroke a click, so a page closed at once
 * loses nothing): `text` written over `was`, what this page last saw or wrote there, so two pages
 * writing at once keep both texts (`noteAfter`).
 */
export interface PendingNote {
  type: 'note';
  day: Day;
  intent: 'write';
  on: Day;
  text: string;
  was: string;
  at: number;
  offset: number;
}

/** He is away from `from` (to `to`, or until she says), or the span from `from` ends now. */
export interface PendingAway {
  type: 'away';
  day: Day;
  intent: 'start' | 'end';
  from: Day;
  to?: Day;
  at: number;
  offset: number;
}

export type PendingClick =
  PendingCheckIn | PendingFavourite | PendingNotForUs | PendingToday | PendingMoment | PendingNote | PendingAway;

/** The intents each kind of click may carry. */
const INTENTS: Record<PendingClick['type'], readonly string[]> = {
  'check-in': ['record', 'undo'],
  favourite: ['keep', 'let-go'],
  'not-for-us': ['set-aside', 'undo', 'bring-back'],
  today: ['choose'],
  moment: ['start', 'end'],
  note: ['write'],
  away: ['start', 'end'],
};

export const PENDING_PREFIX = 'pending.';

/** A key that sorts by the moment of the click, then by `nonce` (random: unique across pages). */
export function pendingKey(at: number, nonce: string): string {
  return `${PENDING_PREFIX}${Math.max(0, Math.trunc(at)).toString(36).padStart(10, '0')}.${nonce}`;
}

export const isPendingKey = (key: string): boolean => key.startsWith(PENDING_PREFIX);

/**
 * A click as a page stores it: JSON text, not an object. Firefox cuts its own code off from a
 * closed page's objects ("dead object"), and a popup closes the moment she clicks elsewhere:
 * an object still being saved as it closes was lost, once in twenty clicks in CI. A string is
 * copied whole as the call is made.
 */
export const storedClick = (click: PendingClick): string => JSON.stringify(click);

const isText = (value: unknown, most: number): value is string => typeof value === 'string' && value.length <= most;

/** A stored click (as text, or an object), or `undefined` when the value isn't one. */
export function parsePending(stored: unknown): PendingClick | undefined {
  let raw = stored;
  if (typeof raw === 'string')
    try {
      raw = JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { type, day, intent, at, offset, tip, id, moment, on, text, was, from, to } = raw as Record<string, unknown>;
  const when = isDay(day) && Number.isSafeInteger(at) && Number.isInteger(offset) && Math.abs(offset as number) <= 1080;
  const known =
    Object.hasOwn(INTENTS, type as string) && INTENTS[type as PendingClick['type']].includes(intent as string);
  if (!when || !known) return undefined;
  const click = { type, intent, day, at: at as number, offset: offset as number };
  if (type === 'check-in') return click as PendingCheckIn;
  if (type === 'today')
    return typeof id === 'string' && id !== '' && id.length <= 100 ? ({ ...click, id } as PendingToday) : undefined;
  if (type === 'moment')
    return MOMENTS.includes(moment as Moment) ? ({ ...click, moment } as PendingMoment) : undefined;
  if (type === 'note') {
    const readable = isDay(on) && isText(text, NOTE_LENGTH) && isText(was, STORED_NOTE_LENGTH);
    return readable ? ({ ...click, on, text, was } as PendingNote) : undefined;
  }
  if (type === 'away') {
    if (!isDay(from) || (to !== undefined && (!isDay(to) || to < from))) return undefined;
    return (to === undefined ? { ...click, from } : { ...click, from, to }) as PendingAway;
  }
  const kept = parseKeptTip(tip);
  return kept && ({ ...click, tip: kept } as PendingFavourite | PendingNotForUs);
}

/**
 * A stored click as a page reads it, to show it: its kind, day and intent checked, the rest
 * taken on trust, so the pages stay small. The background, which applies clicks for good,
 * reads them strictly (`parsePending`) and keeps one it can't read aside.
 */
export function shownClick(stored: unknown): PendingClick | undefined {
  let click: { type?: unknown; day?: unknown; intent?: unknown; tip?: { id?: unknown } } | undefined;
  try {
    click = (typeof stored === 'string' ? JSON.parse(stored) : stored) as typeof click;
  } catch {
    return undefined;
  }
  const known = click?.type === 'check-in' || typeof click?.tip?.id === 'string';
  return known && isDay(click!.day) && typeof click!.intent === 'string' ? (click as PendingClick) : undefined;
}

/** How clicks are read: strictly by the background (`parsePending`), to show by the pages (`shownClick`). */
export type ClickReader = (stored: unknown) => PendingClick | undefined;

/** The clicks among `values` (any keys) that `read` reads, in the order they were made, with their keys. */
export function pendingIn(
  values: Record<string, unknown>,
  read: ClickReader,
): Array<[key: string, click: PendingClick]> {
  const clicks: Array<[string, PendingClick]> = [];
  for (const key of Object.keys(values).filter(isPendingKey).sort()) {
    const click = read(values[key]);
    if (click) clicks.push([key, click]);
  }
  return clicks;
}

/** `checkIns` once every check-in click in `values` is applied, in order. */
export function withPendingApplied(checkIns: CheckIns, values: Record<string, unknown>, read: ClickReader): CheckIns {
  return pendingIn(values, read).reduce(
    (applied, [, click]) =>
      click.type === 'check-in' ? applyCheckIn(applied, click.day, click.intent, click.offset) : applied,
    checkIns,
  );
}
