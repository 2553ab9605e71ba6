/**
 * The messages the new tab and the popup use (their apps, the first frame, and the scripts the
 * new tab loads for some mothers): when she chose a language other than her browser's, the
 * background stores these, in hers, for those pages to read with the rest of today, so they
 * never fetch a file before drawing. `tests/build/daily-words.build.ts` checks the list
 * against the names in the built scripts.
 */
const DAILY =
  /^(anotherTip|checkin|cheer|connectedLine|favourite|libraryLink|longestDays|milestone|moment|note|notForUs|pageLanguage|questions|saveFailed|searchLabel|setAside|settingsLink|shortcuts|streak|theme|tipOfTheDay)/;

export const isDailyWord = (name: string): boolean => DAILY.test(name);
