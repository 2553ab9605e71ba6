/**
 * The `storage.local` keys of Closer's items. `utils/storage/storage.ts` defines each item (shape,
 * version); the pages, which only read, use the keys alone and leave writing to the background.
 */
export const CHECK_INS_KEY = 'checkIns';
export const ROTATION_KEY = 'rotation';
export const SET_ASIDE_KEY = 'setAside';
export const LEFT_IN_PLACE_KEY = 'leftInPlace';
export const SETTINGS_KEY = 'settings';
export const FAVOURITES_KEY = 'favourites';
export const NOT_FOR_US_KEY = 'notForUs';
export const MOMENT_OF_WEEK_KEY = 'momentOfWeek';
export const PAST_TIPS_KEY = 'pastTips';
export const LANGUAGE_KEY = 'language';
export const WORDS_KEY = 'words';
export const NOTES_KEY = 'notes';
export const AWAY_KEY = 'away';
export const IMPORT_REQUEST_KEY = 'importRequest';
export const IMPORT_UNDO_KEY = 'importUndo';
