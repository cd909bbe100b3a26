import { QualityReport } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { toIso, toNumber } from '../dbValues';

/** The stored quality results and score of a table. */
export async function loadQualityReport(
  knex: Knex,
  entityRef: string,
): Promise<QualityReport> {
  const [results, score] = await Promise.all([
    knex('quality_results').where('entity_ref', entityRef).orderBy('check'),
    knex('quality_scores').where('entity_ref', entityRef).first(),
  ]);
  return {
    score: toNumber(score?.score),
    checks: results.map(r => ({
      check: r.check,
      score: Number(r.score),
      passed: !!r.passed,
      detail: r.detail,
      measuredAt: toIso(r.measured_at)!,
    })),
  };
}
