import { expect, it } from 'vitest';
import { t, tCount } from '@/utils/i18n';
import { checkInsItem } from '@/utils/storage';

it('reads English messages and stores items in the fake browser', async () => {
  expect(t('checkinQuestion')).toBe('Did we connect today?');
  expect(tCount('streakDays', 1)).toBe('1 day in a row');
  expect(tCount('streakDays', 3)).toBe('3 days in a row');
  await checkInsItem.setValue({ days: ['2026-11-25'] });
  expect(await checkInsItem.getValue()).toEqual({ days: ['2026-11-25'] });
});
