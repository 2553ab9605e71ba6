/** Wall-clock fields of `epochMs` in `timeZone`. */
function wallClock(epochMs: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(epochMs);
  const field = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** The instant at which `timeZone`'s clocks show the given local date and time. */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute = 0,
  second = 0,
): number {
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = asIfUtc;
  for (let i = 0; i < 3; i++) {
    const wall = wallClock(guess, timeZone);
    const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    guess += asIfUtc - wallAsUtc;
  }
  return guess;
}

/** `YYYY-MM-DD` in `timeZone`, `daysFromToday` days after the real today there. */
export function zonedDay(timeZone: string, daysFromToday = 0): string {
  const wall = wallClock(Date.now(), timeZone);
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + daysFromToday));
  return date.toISOString().slice(0, 10);
}

/** The instant at `hour:minute` local time in `timeZone`, `daysFromToday` days after the real today there. */
export function zonedTimeOnDay(timeZone: string, daysFromToday: number, hour: number, minute = 0, second = 0): number {
  const [y, m, d] = zonedDay(timeZone, daysFromToday).split('-').map(Number) as [number, number, number];
  return zonedInstant(timeZone, y, m, d, hour, minute, second);
}
