import { THEMES, type Theme } from '../tips/tips';

/** One of her sons, as she described him. */
export interface Son {
  /** The year he was born: his age grows from it each year, so his tips grow up with him. */
  birthYear: number;
  /** His first name, if she gave it: the pages then speak of him by name. */
  name?: string;
  /** A grown son who lives away from her (not in her home). */
  away?: boolean;
}

/** How her family shows closeness: in words, in deeds, or both (the default: every tip). */
export type Way = 'words' | 'deeds' | 'both';
export const WAYS: readonly Way[] = ['words', 'deeds', 'both'];

/** Version 1 of her settings: who her sons are, her way, and the themes she wants more or fewer of. */
export interface SettingsV1 {
  version: 1;
  /** None: she hasn't said; every tip fits. */
  sons: Son[];
  way: Way;
  moreThemes: Theme[];
  fewerThemes: Theme[];
  /** She answered the two questions, or put them off ("Not now"): they are not asked again. */
  asked: boolean;
}
export type Settings = SettingsV1;

/** Before she says anything: every tip, every way. */
export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  sons: [],
  way: 'both',
  moreThemes: [],
  fewerThemes: [],
  asked: false,
};

/** The earliest birth year Closer accepts, and the longest name. */
export const EARLIEST_BIRTH_YEAR = 1920;
export const LONGEST_NAME = 40;
/** Two or three sons are common, more are rare: a bound on what a stored value may hold. */
const MOST_SONS = 12;

/** What is wrong with a birth year she typed, in `year` (her local calendar's), or `undefined`. */
export function birthYearProblem(value: number, year: number): 'not-a-year' | 'future' | 'too-early' | undefined {
  if (!Number.isInteger(value)) return 'not-a-year';
  if (value > year) return 'future';
  if (value < EARLIEST_BIRTH_YEAR) return 'too-early';
  return undefined;
}

/** What is wrong with a first name she typed (trimmed first), or `undefined`. */
export function nameProblem(value: string): 'empty' | 'too-long' | undefined {
  const name = value.trim();
  if (name === '') return 'empty';
  if ([...name].length > LONGEST_NAME) return 'too-long';
  return undefined;
}

const isThemeList = (value: unknown): value is Theme[] =>
  Array.isArray(value) && [...value].every((theme) => (THEMES as readonly unknown[]).includes(theme));

function parseSon(value: unknown, year: number): Son | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { birthYear, name, away } = value as Record<string, unknown>;
  if (typeof birthYear !== 'number' || birthYearProblem(birthYear, year)) return undefined;
  if (name !== undefined && (typeof name !== 'string' || nameProblem(name) || name !== name.trim())) return undefined;
  if (away !== undefined && typeof away !== 'boolean') return undefined;
  return { birthYear, ...(name !== undefined && { name }), ...(away !== undefined && { away }) };
}

/**
 * Reads stored settings: `null` when there are none yet, `undefined` when the value can't be
 * read (kept aside by the background, the defaults used meanwhile). `year` is this year on her
 * calendar: a birth year after it can't be read either.
 */
export function parseSettings(raw: unknown, year: number): Settings | null | undefined {
  if (raw == null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { version, sons, way, moreThemes, fewerThemes, asked } = raw as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(sons) || sons.length > MOST_SONS) return undefined;
  const readSons = [...sons].map((son) => parseSon(son, year));
  if (readSons.some((son) => son === undefined)) return undefined;
  if (!(WAYS as readonly unknown[]).includes(way) || typeof asked !== 'boolean') return undefined;
  if (!isThemeList(moreThemes) || !isThemeList(fewerThemes)) return undefined;
  return { version: 1, sons: readSons as Son[], way: way as Way, moreThemes, fewerThemes, asked };
}

/**
 * The name the pages call him by: her son's first name when she has told Closer of one son
 * and named him (with two or three, the pages speak of no one son). Read from the stored
 * value as it is, without the whole settings parser (bytes on every new tab): the background
 * keeps unreadable settings aside, and a name is only ever shown as text.
 */
export function sonNameIn(raw: unknown): string | undefined {
  const sons = (raw as { sons?: unknown } | null | undefined)?.sons;
  const name = Array.isArray(sons) && sons.length === 1 ? (sons[0] as { name?: unknown } | null)?.name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

/**
 * Whether the new tab asks her the two questions: her settings say she hasn't been asked yet
 * (the defaults an update from a version without settings leaves; a fresh install asks on
 * its welcome page instead). Read without the whole parser, like the name.
 */
export const questionsOpenIn = (raw: unknown): boolean =>
  (raw as { asked?: unknown } | null | undefined)?.asked === false;
