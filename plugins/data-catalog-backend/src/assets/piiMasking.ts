import { ColumnStats } from '@internal/plugin-data-catalog-common';

const MASK = '***';

/** Keeps the first character of each part: `j***@e***.com`, else `***`. */
export function maskValue(value: string): string {
  const email = /^([^@\s]+)@([^@\s]+)\.([A-Za-z]{2,})$/.exec(value);
  if (email) {
    return `${email[1][0]}${MASK}@${email[2][0]}${MASK}.${email[3]}`;
  }
  return MASK;
}

/** A PII column's stats as a caller without `data-catalog.pii.read` sees them. */
export function maskStats(stats: ColumnStats): ColumnStats {
  return {
    ...stats,
    samples: stats.samples.map(maskValue),
    ...(stats.min !== undefined ? { min: MASK } : {}),
    ...(stats.max !== undefined ? { max: MASK } : {}),
    masked: true,
  };
}
