import type { Day } from '../days/day';
import type { NotesV1 } from '../days/notes';

/** Spreadsheets read a CSV as UTF-8 (her Japanese or Russian notes) only when it starts with this mark. */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a quote, comma or line break, and never a formula. */
function field(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The words of the file's header and its yes and no, in her language (the page passes them). */
export interface CsvWords {
  date: string;
  connected: string;
  note: string;
  yes: string;
  no: string;
}

const ENGLISH: CsvWords = { date: 'date', connected: 'connected', note: 'note', yes: 'yes', no: 'no' };

/**
 * Her days and notes for a spreadsheet: `date,connected,note` in her words, one row per day
 * she connected or wrote about, oldest first, lines ended by CRLF (RFC 4180).
 */
export function checkInsCsv(checkIns: { days: readonly Day[] }, notes: NotesV1, words: CsvWords = ENGLISH): string {
  const connected = new Set(checkIns.days);
  const days = [...new Set([...checkIns.days, ...Object.keys(notes.days)])].sort();
  const [yes, no] = [field(words.yes), field(words.no)];
  const rows = days.map((day) => [day, connected.has(day) ? yes : no, field(notes.days[day] ?? '')].join(','));
  const header = [words.date, words.connected, words.note].map(field).join(',');
  return [header, ...rows].map((row) => `${row}\r\n`).join('');
}

/** The file name her days saved on `day` get: `closer-days-YYYY-MM-DD.csv`. */
export const csvFileName = (day: Day): string => `closer-days-${day}.csv`;
