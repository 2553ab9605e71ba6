import type { AwaySpan, AwayV1 } from '../days/away';
import type { BackupItems, BackupKey } from './backup-items';
import type { CheckIns } from '../days/check-ins';
import type { Day } from '../days/day';
import type { Favourite } from '../tips/favourites';
import type { NotForUsTip } from '../tips/not-for-us';
import { NOTES_APART, STORED_NOTE_LENGTH, type NotesV1 } from '../days/notes';
import type { PastTipsV1 } from '../tips/past-tips';
import type { Settings } from '../settings/settings';

/*
 * How each item of a backup joins hers: nothing of hers is ever removed or changed, only
 * added to. Each returns her own value (the same object) when the file adds nothing.
 */

/** As many spans as `parseAway` reads: a merge never makes her spans unreadable. */
const MOST_SPANS = 1000;

export const spanKey = ({ from, to }: AwaySpan): string => `${from}/${to ?? ''}`;

/** Her days and the file's, once each; where she last recorded is hers. */
function mergeCheckIns(hers: CheckIns, file: CheckIns): CheckIns {
  const days = new Set(hers.days);
  const added = file.days.filter((day) => !days.has(day));
  return added.length === 0 ? hers : { ...hers, days: [...hers.days, ...added].sort() };
}

/** The parts of a day's text: texts kept side by side. */
const partsOf = (text: string): string[] => text.split(NOTES_APART);

/**
 * Her text of a day with the file's beside it, hers first, each part once; a part that
 * doesn't fit the stored length is left out (`cut`).
 */
export function joinNote(hers: string, file: string): { text: string; cut: boolean } {
  const held = new Set(partsOf(hers));
  let text = hers;
  let cut = false;
  for (const part of partsOf(file)) {
    if (part === '' || held.has(part)) continue;
    held.add(part);
    const joined = text + NOTES_APART + part;
    if (joined.length <= STORED_NOTE_LENGTH) text = joined;
    else cut = true;
  }
  return { text, cut };
}

/** Her notes with the file's: a day only in the file is added, a day in both keeps both texts. */
export function mergeNotes(hers: NotesV1, file: NotesV1): { notes: NotesV1; cut: number } {
  let days: Record<Day, string> | undefined;
  let cut = 0;
  for (const [day, text] of Object.entries(file.days)) {
    const held = Object.hasOwn(hers.days, day) ? hers.days[day] : undefined;
    const joined = held === undefined ? { text, cut: false } : joinNote(held, text);
    if (joined.cut) cut += 1;
    if (joined.text === held) continue;
    days ??= { ...hers.days };
    days[day] = joined.text;
  }
  return { notes: days ? { ...hers, days } : hers, cut };
}

/** Her spans and the file's, an identical span once. */
function mergeAway(hers: AwayV1, file: AwayV1): AwayV1 {
  const held = new Set(hers.spans.map(spanKey));
  // Each new span once, even when the file itself holds it twice.
  const added = file.spans.filter((span) => !held.has(spanKey(span)) && held.add(spanKey(span)));
  const room = Math.max(0, MOST_SPANS - hers.spans.length);
  return added.length === 0 || room === 0 ? hers : { ...hers, spans: [...hers.spans, ...added.slice(0, room)] };
}

/** Her tips and the file's, by id (hers where both), newest first by `on`. */
function mergeTips<Tip extends { id: string }, T extends { tips: Tip[] }>(hers: T, file: T, on: (tip: Tip) => Day): T {
  const held = new Set(hers.tips.map(({ id }) => id));
  const added = file.tips.filter(({ id }) => !held.has(id));
  if (added.length === 0) return hers;
  const tips = [...hers.tips, ...added].sort((a, b) => (on(a) < on(b) ? 1 : on(a) > on(b) ? -1 : 0));
  return { ...hers, tips };
}

/** Her past tips, with the file's on the days she has none. */
function mergePastTips(hers: PastTipsV1, file: PastTipsV1): PastTipsV1 {
  const gaps = Object.keys(file.days).filter((day) => !Object.hasOwn(hers.days, day));
  if (gaps.length === 0) return hers;
  const days = { ...hers.days };
  for (const day of gaps) days[day] = file.days[day]!;
  return { ...hers, days };
}

/** Settings that say nothing yet: no son, every way, no wish. The defaults a fresh install or "Not now" leaves. */
export const saysNothing = (settings: Settings): boolean =>
  settings.sons.length === 0 &&
  settings.way === 'both' &&
  settings.moreThemes.length === 0 &&
  settings.fewerThemes.length === 0;

/** Her settings; the file's when hers say nothing yet (and she isn't asked again what she already answered). */
function mergeSettings(hers: Settings, file: Settings): Settings {
  return saysNothing(hers) && !saysNothing(file) ? { ...file, asked: hers.asked || file.asked } : hers;
}

type Merger<K extends BackupKey> = (
  hers: NonNullable<BackupItems[K]>,
  file: NonNullable<BackupItems[K]>,
) => { value: NonNullable<BackupItems[K]>; cut?: number };

const MERGERS: { [K in BackupKey]: Merger<K> } = {
  checkIns: (hers, file) => ({ value: mergeCheckIns(hers, file) }),
  notes: (hers, file) => {
    const { notes, cut } = mergeNotes(hers, file);
    return { value: notes, cut };
  },
  away: (hers, file) => ({ value: mergeAway(hers, file) }),
  settings: (hers, file) => ({ value: mergeSettings(hers, file) }),
  // Her language and her moment of the week are hers while she has them.
  language: (hers) => ({ value: hers }),
  favourites: (hers, file) => ({ value: mergeTips(hers, file, (tip: Favourite) => tip.keptOn) }),
  notForUs: (hers, file) => ({ value: mergeTips(hers, file, (tip: NotForUsTip) => tip.setAsideOn) }),
  pastTips: (hers, file) => ({ value: mergePastTips(hers, file) }),
  momentOfWeek: (hers) => ({ value: hers }),
};

/** Item `key` of hers with the file's joined in (her own value when the file adds nothing); `cut` counts notes of the file that didn't fit beside hers. */
export const mergeItem = <K extends BackupKey>(
  key: K,
  hers: NonNullable<BackupItems[K]>,
  file: NonNullable<BackupItems[K]>,
): { value: NonNullable<BackupItems[K]>; cut?: number } => MERGERS[key](hers, file);
