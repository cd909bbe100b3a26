import { ConfigReader } from '@backstage/config';
import { readIngestionConfig } from './ingestionConfig';

const read = (ingestion?: object) =>
  readIngestionConfig(
    new ConfigReader(ingestion ? { dataCatalog: { ingestion } } : {}),
  );

describe('readIngestionConfig', () => {
  it('defaults to a 30 minute stale timeout and batches of 500', () => {
    expect(read()).toEqual({ staleRunTimeoutMs: 1_800_000, batchSize: 500 });
  });

  it.each([
    [{ minutes: 5 }, 300_000],
    [{ hours: 1, seconds: 30 }, 3_630_000],
    ['PT2M', 120_000],
    ['10 seconds', 10_000],
  ])('reads the stale timeout %p as %p ms', (staleRunTimeout, ms) => {
    expect(read({ staleRunTimeout, batchSize: 50 })).toEqual({
      staleRunTimeoutMs: ms,
      batchSize: 50,
    });
  });
});
