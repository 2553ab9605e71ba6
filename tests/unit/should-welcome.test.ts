// @vitest-environment node
import { expect, it } from 'vitest';
import { shouldWelcome } from '@/utils/storage/should-welcome';

it.each([
  ['install', true],
  ['update', false],
  ['chrome_update', false],
  ['browser_update', false],
  ['shared_module_update', false],
])('onInstalled with reason %s opens the welcome page: %s', (reason, expected) => {
  expect(shouldWelcome({ reason })).toBe(expected);
});
