import type { MessageName } from '@/utils/i18n/i18n';
import type { Way } from '@/utils/settings/settings';
import type { Age } from '@/utils/tips/tips';

/** The answers to "How old is your son?", as age groups, with their words. */
export const AGE_ANSWERS: Array<[Age, MessageName]> = [
  ['little', 'questionsAgeLittle'],
  ['school', 'questionsAgeSchool'],
  ['teen', 'questionsAgeTeen'],
  ['grown', 'questionsAgeGrown'],
];

/** The answers to "How does your family show closeness?". */
export const WAY_ANSWERS: Array<[Way, MessageName]> = [
  ['words', 'questionsWayWords'],
  ['deeds', 'questionsWayDeeds'],
  ['both', 'questionsWayBoth'],
];
