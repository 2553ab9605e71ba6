import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { parseCheckIns, salvageDays, type CheckIns } from '../days/check-ins';
import { applyFavourite, NO_FAVOURITES, parseFavourites } from '../tips/favourites';
import { keysOf, type KeyedArea } from '../storage/keys-of';
import { parseMomentOfWeek, type MomentOfWeekV1 } from '../tips/moment-of-week';
import { applyNotForUs, NOTHING_SET_ASIDE, parseNotForUs } from '../tips/not-for-us';
import { isPendingKey, parsePending, pendingIn, withPendingApplied, type PendingClick } from '../storage/pending';
import {
  awayItem,
  checkInsItem,
  favouritesItem,
  keepAside,
  momentOfWeekItem,
  notesItem,
  notForUsItem,
} from '../storage/storage';
import { NO_NOTES, noteAfter, parseNotes, withNote, type NotesV1 } from '../days/notes';
import { awayAfter, parseAway, type AwayV1 } from '../days/away';

/** What a pass has settled: her check-ins as they now stand, and the clicks that change today's tip, in order. */
export interface Settled {
  checkIns: CheckIns;
  forToday: PendingClick[];
}

/**
 * Applies the clicks pages stored to her check-ins, favourites, set-aside tips and moment of
 * the week, in the order they were made, then removes them. A stored value that can't be read
 * is kept aside first (the days still readable in her check-ins stay). When there is no room
 * to keep it aside, it is left exactly where it is, and so are the clicks: the two together
 * are her record until there is room, and the pages and the badge count them so.
 */
export async function settleClicks(): Promise<Settled> {
  const raw: unknown = await checkInsItem.getValue();
  const pendingKeys = (await keysOf(browser.storage.local as unknown as KeyedArea)).filter(isPendingKey);
  const pending: Record<string, unknown> = pendingKeys.length ? await browserLocalGet(pendingKeys) : {};

  // A stored click that can't be read is no click: kept aside, like any unreadable value.
  const unreadable = pendingKeys.filter((key) => parsePending(pending[key]) === undefined);
  for (const key of unreadable) if (await keepAside({ key }, pending[key])) await storage.removeItem(`local:${key}`);

  const parsed = parseCheckIns(raw);
  const readable = parsed ?? { days: salvageDays(raw) };
  const checkIns = withPendingApplied(readable, pending, parsePending);
  const waiting = { checkIns, forToday: [] };
  if (parsed === undefined && !(await keepAside(checkInsItem, raw))) return waiting;
  if (parsed === undefined || JSON.stringify(checkIns) !== JSON.stringify(parsed))
    await checkInsItem.setValue(checkIns);

  const clicks = pendingIn(pending, parsePending).map(([, click]) => click);
  const lists = [
    settleList(favouritesItem, parseFavourites, NO_FAVOURITES, clicks, (list, click) =>
      click.type === 'favourite' ? applyFavourite(list, click.tip, click.intent, click.day) : list,
    ),
    settleList(notForUsItem, parseNotForUs, NOTHING_SET_ASIDE, clicks, (list, click) =>
      click.type === 'not-for-us' ? applyNotForUs(list, click.tip, click.intent, click.day) : list,
    ),
    settleList<MomentOfWeekV1 | null>(momentOfWeekItem, parseMomentOfWeek, null, clicks, momentAfter),
    settleList<NotesV1>(notesItem, parseNotes, NO_NOTES, clicks, (notes, click) =>
      click.type === 'note' ? withNote(notes, click.on, noteAfter(notes.days[click.on], click.was, click.text)) : notes,
    ),
    settleList<AwayV1 | null>(awayItem, parseAway, null, clicks, (away, click) =>
      click.type === 'away' ? awayAfter(away, click) : away,
    ),
  ];
  for (const list of lists) if (!(await list)) return waiting;

  const applied = pendingKeys.filter((key) => !unreadable.includes(key));
  if (applied.length) await storage.removeItems(applied.map((key) => `local:${key}` as const));
  return {
    checkIns,
    forToday: clicks.filter(({ type }) => type === 'not-for-us' || type === 'today' || type === 'moment'),
  };
}

/** The moment of the week after `click`: chosen from its day, or ended (only the one chosen ends). */
function momentAfter(chosen: MomentOfWeekV1 | null, click: PendingClick): MomentOfWeekV1 | null {
  if (click.type !== 'moment') return chosen;
  if (click.intent === 'start') return { moment: click.moment, from: click.day };
  return chosen?.moment === click.moment ? null : chosen;
}

/**
 * Applies `clicks` to the value `item` holds. One that can't be read is kept aside whole (none
 * of it is lost) and a new one starts from `none`; `false` when there was no room to keep it,
 * so it and the clicks wait where they are.
 */
async function settleList<T>(
  item: {
    key: string;
    getValue(): Promise<unknown>;
    setValue(value: NonNullable<T>): Promise<void>;
    removeValue(): Promise<void>;
  },
  parse: (raw: unknown) => T | undefined,
  none: T,
  clicks: PendingClick[],
  apply: (value: T, click: PendingClick) => T,
): Promise<boolean> {
  const raw: unknown = await item.getValue();
  const parsed = parse(raw);
  if (parsed === undefined && !(await keepAside(item, raw))) return false;
  const settled = clicks.reduce(apply, parsed ?? none);
  if (parsed === undefined || settled !== parsed)
    await (settled === null ? item.removeValue() : item.setValue(settled as NonNullable<T>));
  return true;
}

async function browserLocalGet(keys: string[]): Promise<Record<string, unknown>> {
  return storage
    .getItems(keys.map((key) => `local:${key}` as const))
    .then((items) => Object.fromEntries(items.map(({ key, value }) => [key.slice('local:'.length), value])));
}
