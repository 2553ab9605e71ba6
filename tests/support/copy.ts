import { valuesKey } from '@/utils/daily-values';
import { writeSnapshot } from '@/utils/page-snapshot';

/** Keeps `values` as the pages' copy, with its key, as a page does (`hooks/last-shown.ts`). */
export function writeCopy(store: Storage, values: Record<string, unknown>): void {
  writeSnapshot(store, values, valuesKey(values));
}
