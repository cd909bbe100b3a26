import { DASH, scaleBytes } from '@internal/portal-react';

/** The catalog's own units: row counts, ratios, bytes, durations. */

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
  const { value, unit, step } = scaleBytes(bytes, byteUnits);
  const digits = step === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${unit}`;
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
