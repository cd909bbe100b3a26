/** Display helpers: every number and date the catalog shows goes through here. */

const DASH = '—';

export function formatCount(value: number | undefined): string {
  return value === undefined ? DASH : value.toLocaleString();
}

/** 0.237 → "23.7%"; ratios are stored 0..1. */
export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined) return DASH;
  return `${Math.round(ratio * 1000) / 10}%`;
}

const byteUnits = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return DASH;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${byteUnits[unit]}`;
}

/** 950 → "950 ms", 83_000 → "1 min 23 s". */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return DASH;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
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

/** "3 hours ago": how fresh something is reads faster than a date. */
export function timeAgo(iso: string | undefined, now = Date.now()): string {
  if (!iso) return 'never';
  let amount = (new Date(iso).getTime() - now) / 1000;
  if (Number.isNaN(amount)) return iso;
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [size, unit] of spans) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return formatTime(iso);
}

/** "1 table", "3 tables". */
export function plural(count: number, noun: string, many = `${noun}s`) {
  return `${count.toLocaleString()} ${count === 1 ? noun : many}`;
}
