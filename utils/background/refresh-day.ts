import { browser } from 'wxt/browser';
import { showBadge, badgeFor } from './badge';
import { localDay, msUntilNextDay } from '../days/day';
import { speak } from '../i18n/i18n';
import { herLanguage, languageOf, parseLanguage, type Language } from '../i18n/language';
import { tipsIn, type Tips } from '../tips/library';
import { momentOn, parseMomentOfWeek } from '../tips/moment-of-week';
import { NOTHING_SET_ASIDE, parseNotForUs, setAsideIds } from '../tips/not-for-us';
import { parsePastTips, withDayTip } from '../tips/past-tips';
import type { PendingClick } from '../storage/pending';
import { parseRotation } from '../tips/parse-rotation';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings/settings';
import { parseSetAside } from '../storage/set-aside';
import { settleClicks } from './settle-clicks';
import { settleImport } from './settle-import';
import { isAwayOn, parseAway } from '../days/away';
import {
  awayItem,
  keepAside,
  languageItem,
  leftInPlaceItem,
  momentOfWeekItem,
  notForUsItem,
  pastTipsItem,
  rotationItem,
  setAsideItem,
  settingsItem,
  wordsItem,
} from '../storage/storage';
import { summarizeStreak } from '../days/streak';
import { fitFor } from '../settings/tip-fit';
import {
  anotherTip,
  chooseTip,
  momentTipToday,
  rotationFor,
  type Extras,
  type Fit,
  type Rotation,
} from '../tips/tip-rotation';
import type { Day } from '../days/day';
import { dayKeptByJourney, whereabouts } from '../days/travel';
import { allWordsIn, dailyWordsIn } from '../i18n/words-in';
import { parseWords } from '../i18n/words';

/** The alarm that wakes the background just after local midnight. */
export const NEXT_DAY_ALARM = 'next-day';
/** A slow safety net for clocks and time zones that change without a midnight. */
export const CLOCK_CHECK_ALARM = 'clock-check';

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
}

/** Keeps a list of Closer's own aside if it can't be read, so the notice never loses track. */
async function keepListReadable(item: typeof setAsideItem): Promise<void> {
  const raw: unknown = await item.getValue();
  if (parseSetAside(raw) === undefined) await keepAside(item, raw);
}

/** Her settings, as far as they can be read: an unreadable value is kept aside, and the defaults used meanwhile. */
async function readSettings(year: number): Promise<Settings> {
  const raw: unknown = await settingsItem.getValue();
  const settings = parseSettings(raw, year);
  // Kept aside, the junk gives way to the defaults, which she sees and can change; left in place, it stays.
  if (settings === undefined && (await keepAside(settingsItem, raw))) await settingsItem.setValue(DEFAULT_SETTINGS);
  return settings ?? DEFAULT_SETTINGS;
}

/**
 * After an update from a version without settings: the defaults, marked not yet asked, so her
 * next new tab asks the two questions she never saw on a welcome page. Settings she has are kept.
 */
export async function openQuestionsAfterUpdate(): Promise<void> {
  if ((await settingsItem.getValue()) == null) await settingsItem.setValue(DEFAULT_SETTINGS);
}

/**
 * The language Closer speaks to her: the one she chose in the settings (a choice that can't be
 * read is kept aside, and her browser's used meanwhile), else her browser's. While it is not
 * her browser's, the background speaks it too (the badge's tooltip), and stores the new tab's
 * and the popup's words in it for them; the item goes when she comes back to her browser's.
 */
async function settleLanguage(): Promise<Language> {
  const raw: unknown = await languageItem.getValue();
  const chosen = parseLanguage(raw);
  if (chosen === undefined && (await keepAside(languageItem, raw))) await languageItem.removeValue();
  const browserLanguage = languageOf(browser.i18n.getUILanguage());
  const language = herLanguage(chosen, browserLanguage);
  const own = language === browserLanguage;
  speak(own ? undefined : allWordsIn(language));

  const stored: unknown = await wordsItem.getValue();
  const words = own ? undefined : dailyWordsIn(language);
  if (JSON.stringify(stored ?? null) === JSON.stringify(words ?? null)) return language;
  // Closer's own copy, but kept aside like any value it can't read.
  if (stored != null && !parseWords(stored) && !(await keepAside(wordsItem, stored))) return language;
  if (words) await wordsItem.setValue(words);
  else await wordsItem.removeValue();
  return language;
}

/** The tips in her language, and the background speaking it. */
async function herTips(): Promise<Tips> {
  return tipsIn(await settleLanguage());
}

/** Where today's tip comes from: her settings and set-aside tips, and the moment she chose for this week. */
async function choicesOn(today: Day, year: number, tips: Tips): Promise<{ fit: Fit; extras: Extras }> {
  // Settled just before (unreadable values kept aside): read here as they stand.
  const notForUs = parseNotForUs(await notForUsItem.getValue()) ?? NOTHING_SET_ASIDE;
  const moment = momentOn(parseMomentOfWeek(await momentOfWeekItem.getValue()), today);
  return {
    fit: fitFor(await readSettings(year), year, setAsideIds(notForUs)),
    extras: { moment: moment && tips.shelf(moment), known: tips.all },
  };
}

/**
 * Today's tip after her clicks in order: "make it today's tip", the undo of "not for us" (the tip
 * she set aside comes back as today's), a moment chosen now (its first tip today). A click made
 * on another day than the rotation's changes today's tip no more; a tip that no longer fits, never.
 */
function afterClicks(rotation: Rotation, clicks: PendingClick[], fit: Fit, tips: Tips): Rotation {
  return clicks.reduce((current, click) => {
    if (click.day !== current.day) return current;
    if (click.type === 'moment' && click.intent === 'start')
      return momentTipToday(current, tips.shelf(click.moment), fit);
    const id =
      click.type === 'today' ? click.id : click.type === 'not-for-us' && click.intent === 'undo' && click.tip.id;
    const tip = id ? tips.all.find((known) => known.id === id) : undefined;
    return tip && fit.fits(tip) ? chooseTip(current, tip) : current;
  }, rotation);
}

/**
 * Keeps today's tip in the record of her past tips, and the tip of the day before it if storage
 * still held it (the first pass after an update, or after days away): what storage knows, never
 * a guess. A record that can't be read is kept aside, and a new one starts.
 */
async function recordPastTip(rotation: Rotation, previous?: Rotation | null): Promise<void> {
  const raw: unknown = await pastTipsItem.getValue();
  const past = parsePastTips(raw);
  if (past === undefined && !(await keepAside(pastTipsItem, raw))) return;
  const known =
    previous && previous.day < rotation.day ? withDayTip(past ?? { days: {} }, previous.day, previous.tip.id) : past;
  const recorded = withDayTip(known ?? { days: {} }, rotation.day, rotation.tip.id);
  if (recorded !== past) await pastTipsItem.setValue(recorded);
}

/**
 * Brings everything up to date for the day `now` falls on: applies the clicks pages stored,
 * keeps unreadable values aside, settles today's tip, paints the badge and sets the next
 * midnight alarm. Idempotent, and it writes only what changed, so it can run on every event.
 */
export async function refreshDay(now: Date, drawSeed: () => number = randomSeed): Promise<void> {
  const today = localDay(now);

  await keepListReadable(setAsideItem);
  await keepListReadable(leftInPlaceItem);

  // An import first: the clicks stored meanwhile are hers, and go on top of what it brought.
  const importedTip = await settleImport(now.getFullYear(), today);
  const { checkIns, forToday: clicked } = await settleClicks();
  // A restore brings back the tip she had today, as "make it today's tip" would.
  const forToday: PendingClick[] = importedTip
    ? [{ type: 'today', intent: 'choose', id: importedTip, day: today, at: now.getTime(), offset: 0 }, ...clicked]
    : clicked;

  const rawRotation: unknown = await rotationItem.getValue();
  const previous = parseRotation(rawRotation);
  // Aside or not, a new rotation replaces one that can't be read: it holds nothing of hers.
  if (previous === undefined) await keepAside(rotationItem, rawRotation);
  const tips = await herTips();
  const { fit, extras } = await choicesOn(today, now.getFullYear(), tips);
  const drawn = rotationFor(previous ?? undefined, today, tips.daily, previous?.seed ?? drawSeed(), fit, extras);
  const rotation = afterClicks(drawn, forToday, fit, tips);
  if (rotation !== previous) await rotationItem.setValue(rotation);
  await recordPastTip(rotation, previous);

  const spans = parseAway(await awayItem.getValue())?.spans ?? [];
  const kept = dayKeptByJourney(checkIns, whereabouts(now));
  await showBadge(badgeFor(summarizeStreak(checkIns.days, today, kept, (day) => isAwayOn(spans, day))));
  await browser.alarms.create(NEXT_DAY_ALARM, { when: now.getTime() + msUntilNextDay(now) + 500 });
  if (!(await browser.alarms.get(CLOCK_CHECK_ALARM)))
    await browser.alarms.create(CLOCK_CHECK_ALARM, { periodInMinutes: 15 });
}

/**
 * "Another tip for today": today brought up to date first, then a different fitting tip in
 * place of today's (the one she passed on goes back into the round). Every page follows the
 * stored rotation, so each open page shows the new tip.
 */
export async function anotherTipToday(now: Date, drawSeed: () => number = randomSeed): Promise<void> {
  await refreshDay(now, drawSeed);
  const rotation = parseRotation(await rotationItem.getValue());
  if (!rotation) return;
  const tips = await herTips();
  const { fit, extras } = await choicesOn(rotation.day, now.getFullYear(), tips);
  const next = anotherTip(rotation, tips.daily, fit, extras.moment);
  if (next !== rotation) await rotationItem.setValue(next);
  await recordPastTip(next);
}
