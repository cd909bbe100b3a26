/** Display helpers: every number and date the Harvester pages show goes through here. */

const DASH = '—';

const byteUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Binary units, as Kubernetes quantities count: 1536 → "1.5 KiB". */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return DASH;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${value.toFixed(digits)} ${byteUnits[unit]}`;
}

/** 2 → "2 cores", 0.25 → "0.25 cores". */
export function formatCores(cores: number | undefined): string {
  if (cores === undefined) return DASH;
  const rounded = Math.round(cores * 100) / 100;
  return `${rounded} ${rounded === 1 ? 'core' : 'cores'}`;
}

/** 0.237 → "24%". */
export function formatPercent(ratio: number | undefined): string {
  if (ratio === undefined || Number.isNaN(ratio)) return DASH;
  return `${Math.round(ratio * 100)}%`;
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
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [size, unit] of spans) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return formatTime(iso);
}

/** "1 VM", "3 VMs". */
export function plural(count: number, noun: string, many = `${noun}s`) {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : many}`;
}

/** `group:default/platform` → `platform`: entity refs read shorter by name. */
export function shortRef(ref: string | undefined): string {
  if (!ref) return DASH;
  return ref.split('/').pop() ?? ref;
}
