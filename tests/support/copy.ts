import { valuesKey } from '@/utils/first-frame/daily-values';
import { writeSnapshot } from '@/utils/first-frame/page-snapshot';

/** Keeps `values` as the pages' copy, with its key, as a page does (`hooks/last-shown.ts`). */
export function writeCopy(store: Storage, values: Record<string, unknown>): void {
  writeSnapshot(store, values, valuesKey(values));
}
