import { Config, readDurationFromConfig } from '@backstage/config';

export type IngestionConfig = {
  /** A running sync without a heartbeat for this long is interrupted. */
  staleRunTimeoutMs: number;
  /** Assets written per transaction. */
  batchSize: number;
};

const MS: Record<string, number> = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
};

/** `dataCatalog.ingestion.*`, with a 30 minute stale timeout by default. */
export function readIngestionConfig(config: Config): IngestionConfig {
  const key = 'dataCatalog.ingestion.staleRunTimeout';
  let staleRunTimeoutMs = 30 * 60_000;
  if (config.has(key)) {
    const duration = readDurationFromConfig(config, { key }) as Record<
      string,
      number | undefined
    >;
    staleRunTimeoutMs = Object.entries(duration).reduce(
      (sum, [unit, value]) => {
        if (!MS[unit]) throw new Error(`${key}: unsupported unit ${unit}`);
        return sum + (value ?? 0) * MS[unit];
      },
      0,
    );
  }
  return {
    staleRunTimeoutMs,
    batchSize:
      config.getOptionalNumber('dataCatalog.ingestion.batchSize') ?? 500,
  };
}
