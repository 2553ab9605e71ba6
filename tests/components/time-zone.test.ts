import { describe, expect, it } from 'vitest';

// vitest.config.ts pins the zone so that a "today" computed in UTC can't pass the page tests.
describe('the zone the tests run in', () => {
  it('is Pago Pago (UTC-11), whatever the machine’s zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Pago_Pago');
    expect(new Date(2026, 10, 25, 15, 30).getTimezoneOffset()).toBe(11 * 60);
  });

  it('puts the page tests’ afternoon on another date in UTC', () => {
    const afternoon = new Date(2026, 10, 25, 15, 30);
    expect(afternoon.getDate()).toBe(25);
    expect(afternoon.getUTCDate()).toBe(26);
  });
});
