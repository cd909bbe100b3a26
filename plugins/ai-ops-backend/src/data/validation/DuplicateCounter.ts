import { createHash } from 'node:crypto';
import { DataRecord } from '../reading/readRecords';

/** Rows whose duplicates are looked for; memory is ~40 bytes a row. */
export const MAX_ROWS_FOR_DUPLICATES = 1_000_000;

/**
 * Counts rows equal to an earlier row (field order aside). Rows are kept as
 * 52-bit hashes, not text, and only the first MAX_ROWS_FOR_DUPLICATES.
 */
export class DuplicateCounter {
  private readonly seen = new Set<number>();
  duplicates = 0;
  checkedRows = 0;

  observe(record: DataRecord) {
    if (this.checkedRows >= MAX_ROWS_FOR_DUPLICATES) return;
    this.checkedRows += 1;
    const canonical = JSON.stringify(
      Object.keys(record)
        .sort()
        .map(key => [key, record[key] ?? null]),
    );
    const digest = createHash('sha1').update(canonical).digest('hex');
    const key = parseInt(digest.slice(0, 13), 16);
    if (this.seen.has(key)) this.duplicates += 1;
    else this.seen.add(key);
  }
}
