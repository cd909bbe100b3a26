import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

export type IngestionConfig = {
  /** A running sync without a heartbeat for this long is interrupted. */
  staleRunTimeoutMs: number;
  /** Assets written per transaction. */
  batchSize: number;
};

/** `dataCatalog.ingestion.*`, with a 30 minute stale timeout by default. */
export function readIngestionConfig(config: Config): IngestionConfig {
  const key = 'dataCatalog.ingestion.staleRunTimeout';
  return {
    staleRunTimeoutMs: config.has(key)
      ? durationToMilliseconds(readDurationFromConfig(config, { key }))
      : 30 * 60_000,
    batchSize:
      config.getOptionalNumber('dataCatalog.ingestion.batchSize') ?? 500,
  };
}
