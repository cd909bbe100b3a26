import { NotFoundError } from '@backstage/errors';
import { QualityReport } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { descriptionOf, docFromRow } from '../assetDocs';
import {
  ColumnQualityInput,
  overallScore,
  QualityInputs,
  runQualityChecks,
} from './qualityChecks';

export const DEFAULT_FRESHNESS_HOURS = 24;

async function loadQualityInputs(
  knex: Knex,
  entityRef: string,
  now: Date,
  freshnessHours: number,
): Promise<QualityInputs> {
  const table = await knex('assets').where('entity_ref', entityRef).first();
  if (!table) throw new NotFoundError(`No table ${entityRef}`);
  const [columns, docs, stats, changes] = await Promise.all([
    knex('columns').where('entity_ref', entityRef),
    knex('asset_docs').where('entity_ref', entityRef),
    knex('column_stats').where('entity_ref', entityRef),
    knex('schema_changes')
      .where('entity_ref', entityRef)
      .where('detected_at', '>=', new Date(now.getTime() - 30 * 86_400_000))
      .groupBy('severity')
      .select('severity', knex.raw('count(*) as n')),
  ]);
  const docOf = new Map(docs.map(d => [d.column_name, docFromRow(d)]));
  const statsOf = new Map(stats.map(s => [s.column_name, s]));
  const changeCount = (severity: string) =>
    Number(changes.find(c => c.severity === severity)?.n ?? 0);
  const lastChanged = table.last_modified_at ?? table.last_analyzed_at;
  return {
    now,
    freshnessHours,
    lastChangedAt: lastChanged ? new Date(lastChanged) : undefined,
    tableDescribed: !!descriptionOf(docOf.get(''), table.comment),
    columns: columns.map((c): ColumnQualityInput => {
      const s = statsOf.get(c.name);
      return {
        name: c.name,
        nullable: !!c.nullable,
        isPrimaryKey: !!c.is_primary_key,
        described: !!descriptionOf(docOf.get(c.name), c.comment),
        stats: s && {
          nullRatio: Number(s.null_ratio),
          distinctRatio: Number(s.distinct_ratio),
          sampledRows: Number(s.sampled_rows),
        },
      };
    }),
    schemaChanges: {
      breaking: changeCount('breaking'),
      warning: changeCount('warning'),
    },
  };
}

/**
 * Runs the quality checks on what is stored about a table (profile, docs,
 * schema changes) and replaces its results and score in one transaction.
 */
export async function computeQuality(
  knex: Knex,
  entityRef: string,
  options: { freshnessHours?: number; now?: Date } = {},
): Promise<QualityReport> {
  const now = options.now ?? new Date();
  const inputs = await loadQualityInputs(
    knex,
    entityRef,
    now,
    options.freshnessHours ?? DEFAULT_FRESHNESS_HOURS,
  );
  const checks = runQualityChecks(inputs);
  const score = overallScore(checks);
  await knex.transaction(async tx => {
    await tx('quality_results').where('entity_ref', entityRef).delete();
    if (checks.length > 0) {
      await tx('quality_results').insert(
        checks.map(c => ({ entity_ref: entityRef, ...c, measured_at: now })),
      );
    }
    await tx('quality_scores').where('entity_ref', entityRef).delete();
    if (score !== undefined) {
      await tx('quality_scores').insert({
        entity_ref: entityRef,
        score,
        measured_at: now,
      });
    }
  });
  const measuredAt = now.toISOString();
  return { score, checks: checks.map(c => ({ ...c, measuredAt })) };
}
