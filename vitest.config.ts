import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Every test runs in a zone far from UTC unless it sets its own: in the machine's zone (UTC in
 * CI) a "today" computed in UTC would pass. In Pago Pago (UTC-11, no DST) the local date is
 * behind UTC's from 13:00 to midnight, which covers the afternoons and evenings the page tests
 * use. Set before the workers start, so they inherit it (tests/components/time-zone.test.ts checks).
 */
process.env.TZ = 'Pacific/Pago_Pago';

export default defineConfig({
  // WxtVitest doesn't apply wxt.config.ts's Vite plugins: Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'happy-dom',
    // The first-frame script adds the page's app as a <script>: happy-dom loads none, and says nothing of it.
    environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
