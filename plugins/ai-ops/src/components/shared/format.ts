import { DASH } from '@internal/portal-react';

/** "$12.40": amounts in the workspace's currency. */
export function formatCost(amount: number | undefined, currency = 'USD') {
  if (amount === undefined) return DASH;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: amount < 1 ? 4 : 2,
  }).format(amount);
}

/** "87%". */
export function formatPercent(ratio: number | undefined) {
  return ratio === undefined ? DASH : `${Math.round(ratio * 100)}%`;
}

/** "1m 05s", "3.2s": how long a task or run took (or has run so far). */
export function formatDuration(
  start: string | undefined,
  end: string | undefined,
  now = Date.now(),
) {
  if (!start) return DASH;
  const ms = (end ? Date.parse(end) : now) - Date.parse(start);
  if (Number.isNaN(ms)) return DASH;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
}
