import en from '@/public/_locales/en/messages.json';
import ja from '@/public/_locales/ja/messages.json';
import ru from '@/public/_locales/ru/messages.json';
import { isDailyWord } from './daily-words';
import type { Language } from './language';
import { wordsOf, type MessagesFile, type Words } from './words';

/*
 * Every language's messages, for the background (which speaks to her in the badge's tooltip,
 * and stores the new tab's words when she chose a language other than her browser's). The
 * pages never import this: each language is 5 to 10 KB.
 */
const MESSAGES: Record<Language, MessagesFile> = { en, ja, ru };

/** All of `language`'s words. */
export const allWordsIn = (language: Language): Words => wordsOf(MESSAGES[language]);

/** The words the new tab and the popup use, in `language`. */
export const dailyWordsIn = (language: Language): Words => wordsOf(MESSAGES[language], isDailyWord);
