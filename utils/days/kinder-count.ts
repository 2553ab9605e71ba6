import { addDays, type Day } from './day';

/** "5 of the last 7": how many of her last days she connected, of how many counted. */
export interface KinderCount {
  connected: number;
  of: number;
}

/**
 * Of her last `size` days up to `today`, how many she connected: a count that a missed day only
 * nudges, shown beside the strict streak. Days before `since` (her first day with Closer) are
 * not hers to count, so her first week never reads as days missed; an away day (`isAway`) is
 * skipped and the count reaches one day further back instead, unless she connected that day
 * after all. Today counts once she has connected: while it is open, the count ends yesterday.
 */
export function kinderCount(
  connected: ReadonlySet<Day>,
  today: Day,
  size: number,
  since: Day,
  isAway: (day: Day) => boolean = () => false,
): KinderCount {
  const count: KinderCount = { connected: 0, of: 0 };
  let day = connected.has(today) ? today : addDays(today, -1);
  // A year back at most: an away span with no end must not make the walk endless.
  for (let looked = 0; count.of < size && day >= since && looked < 366; looked++, day = addDays(day, -1)) {
    if (connected.has(day)) count.connected++;
    else if (isAway(day)) continue;
    count.of++;
  }
  return count;
}
