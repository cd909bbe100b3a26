import { DASH, scaleBytes } from '@internal/portal-react';

/** Harvester's own units: bytes as Kubernetes counts them, cores, shares. */

const byteUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Binary units, as Kubernetes quantities count: 1536 → "1.5 KiB". */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return DASH;
  const { value, unit, step } = scaleBytes(bytes, byteUnits);
  const digits = step === 0 || value >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${value.toFixed(digits)} ${unit}`;
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

/** `group:default/platform` → `platform`: entity refs read shorter by name. */
export function shortRef(ref: string | undefined): string {
  if (!ref) return DASH;
  return ref.split('/').pop() ?? ref;
}
