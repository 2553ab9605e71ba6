import type { BackupProblem } from '@/utils/backup/backup-read';
import type { MessageName } from '@/utils/i18n/i18n';

/** What the page says of each file it can't take; each ends "Nothing was changed." */
export const PROBLEM_WORDS: Record<BackupProblem, MessageName> = {
  'too-large': 'backupProblemTooLarge',
  'not-json': 'backupProblemNotJson',
  'not-closer': 'backupProblemNotCloser',
  newer: 'backupProblemNewer',
  damaged: 'backupProblemDamaged',
};
