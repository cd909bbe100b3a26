/**
 * Display helpers every page shares; the plugins keep their own units
 * (which bytes, cores, durations) next to their pages.
 */

/** What a missing value shows. */
export const DASH = '—';

/**
 * `bytes` in the largest of `units` (each 1024 times the one before) that
 * keeps the number at least 1; `step` is how many steps up it went.
 */
export function scaleBytes(bytes: number, units: readonly string[]) {
  let value = bytes;
  let step = 0;
  while (value >= 1024 && step < units.length - 1) {
    value /= 1024;
    step += 1;
  }
  return { value, unit: units[step], step };
}

/** A timestamp in the reader's locale and zone. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

const spans: [number, Intl.RelativeTimeFormatUnit][] = [
  [60, 'second'],
  [60, 'minute'],
  [24, 'hour'],
  [30, 'day'],
  [12, 'month'],
  [Infinity, 'year'],
];

/**
 * "3 hours ago": how fresh something is reads faster than a date. In
 * English, like the rest of the pages' text.
 */
export function timeAgo(iso: string | undefined, now = Date.now()): string {
  if (!iso) return 'never';
  let amount = (new Date(iso).getTime() - now) / 1000;
  if (Number.isNaN(amount)) return iso;
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [size, unit] of spans) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return formatTime(iso);
}

/** "1 VM", "3 tables". */
export function plural(count: number, noun: string, many = `${noun}s`) {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : many}`;
}
