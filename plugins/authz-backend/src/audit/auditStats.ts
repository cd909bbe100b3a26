import { InputError } from '@backstage/errors';
import { AuditStats } from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { toCount } from '../database/columnValues';
import { entriesTable } from './auditRows';

export type AuditStatsQuery = {
  from: string;
  to: string;
  bucket: 'hour' | 'day';
};

const bucketMs = { hour: 3_600_000, day: 86_400_000 };
/** Keeps the trend bounded: ~200 days of hours, ~13 years of days. */
export const maxTrendBuckets = 5000;

/**
 * Counts and the decision trend of a period. Buckets are UTC hours or days,
 * computed as integer division of the epoch-millisecond column, which both
 * engines do the same way; empty buckets are filled in so the chart has no
 * gaps.
 */
export async function computeAuditStats(
  knex: Knex,
  query: AuditStatsQuery,
): Promise<AuditStats> {
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  if (from > to) {
    throw new InputError('from: must not be after to');
  }
  const size = bucketMs[query.bucket];
  const firstBucket = Math.floor(from / size);
  const lastBucket = Math.floor(to / size);
  if (lastBucket - firstBucket + 1 > maxTrendBuckets) {
    throw new InputError(
      `bucket: more than ${maxTrendBuckets} ${query.bucket} buckets in the period; shorten it or use a larger bucket`,
    );
  }
  const inPeriod = () => knex(entriesTable).whereBetween('time_ms', [from, to]);

  const counts: Array<{ kind: string; result: string; count: unknown }> =
    await inPeriod()
      .select('kind', 'result')
      .count({ count: '*' })
      .groupBy('kind', 'result');
  const stats: AuditStats = {
    total: 0,
    decisions: 0,
    changes: 0,
    allowed: 0,
    denied: 0,
    conditional: 0,
    trend: [],
  };
  for (const row of counts) {
    const count = toCount(row.count);
    stats.total += count;
    if (row.kind === 'change') {
      stats.changes += count;
      continue;
    }
    stats.decisions += count;
    if (row.result === 'ALLOW') stats.allowed += count;
    if (row.result === 'DENY') stats.denied += count;
    if (row.result === 'CONDITIONAL') stats.conditional += count;
  }

  const countResult = (result: string, alias: string) =>
    knex.raw('sum(case when result = ? then 1 else 0 end) as ??', [
      result,
      alias,
    ]);
  const buckets = await inPeriod()
    .where('kind', 'decision')
    .select(
      // A literal: better-sqlite3 binds numbers as REAL, which would make
      // this a fractional division on SQLite.
      knex.raw(`time_ms / ${size} as bucket`),
      countResult('ALLOW', 'allowed'),
      countResult('DENY', 'denied'),
      countResult('CONDITIONAL', 'conditional'),
    )
    .groupBy('bucket');
  const byBucket = new Map(buckets.map(row => [Number(row.bucket), row]));
  for (let bucket = firstBucket; bucket <= lastBucket; bucket++) {
    const row = byBucket.get(bucket);
    stats.trend.push({
      bucketStart: new Date(bucket * size).toISOString(),
      allowed: toCount(row?.allowed),
      denied: toCount(row?.denied),
      conditional: toCount(row?.conditional),
    });
  }
  return stats;
}
