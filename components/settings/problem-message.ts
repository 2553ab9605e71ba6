import type { MessageName } from '@/utils/i18n/i18n';

/** What the page says of each problem an edit can have (`utils/settings/settings-edit.ts`). */
export const PROBLEM_MESSAGES: Record<string, MessageName> = {
  'birthYear-future': 'settingsProblemFuture',
  'birthYear-too-early': 'settingsProblemTooEarly',
  'birthYear-not-a-year': 'settingsProblemNotAYear',
  'age-not-a-number': 'settingsProblemAge',
  'name-too-long': 'settingsProblemNameTooLong',
  'name-no-son': 'settingsProblemNoSon',
  'away-no-son': 'settingsProblemNoSon',
};
