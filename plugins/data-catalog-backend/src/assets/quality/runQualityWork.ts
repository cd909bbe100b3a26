import { DataCatalogContext } from '../../service/DataCatalogContext';
import { TABLE_KINDS } from '../assetKinds';
import { computeQuality } from './computeQuality';
import { profileTable } from './profileTable';
import { QualityConfig } from './qualityConfig';

type WorkContext = Pick<
  DataCatalogContext,
  'knex' | 'config' | 'connectors' | 'logger'
>;

/**
 * One scheduled pass: profiles the least recently profiled tables of
 * enabled sources (never profiled first), then recomputes quality for
 * tables synced since their quality was last measured (or never measured).
 */
export async function runQualityWork(
  context: WorkContext,
  config: QualityConfig,
): Promise<{ profiled: number; failed: number; recomputed: number }> {
  const { knex, logger } = context;
  const toProfile: string[] = await knex('assets')
    .join('sources as s', 's.id', 'assets.source_id')
    .leftJoin('asset_profiles as p', 'p.entity_ref', 'assets.entity_ref')
    .where('s.enabled', true)
    .whereIn('assets.kind', TABLE_KINDS)
    .orderBy('p.profiled_at', 'asc', 'first')
    .orderBy('assets.entity_ref')
    .limit(config.profileTablesPerRun)
    .pluck('assets.entity_ref');
  let failed = 0;
  for (const entityRef of toProfile) {
    try {
      await profileTable(context, entityRef);
    } catch (error) {
      failed += 1;
      logger.warn(`Profiling ${entityRef} failed: ${error}`);
    }
  }

  const stale: string[] = await knex('assets')
    .leftJoin('quality_scores as qs', 'qs.entity_ref', 'assets.entity_ref')
    .whereIn('assets.kind', TABLE_KINDS)
    .where(q =>
      q
        .whereNull('qs.measured_at')
        .orWhereRaw('assets.last_seen_at > qs.measured_at'),
    )
    .orderBy('qs.measured_at', 'asc', 'first')
    .orderBy('assets.entity_ref')
    .limit(config.qualityTablesPerRun)
    .pluck('assets.entity_ref');
  for (const entityRef of stale) {
    try {
      await computeQuality(knex, entityRef, {
        freshnessHours: config.freshnessHours,
      });
    } catch (error) {
      // Removed by a sync since it was picked; the next pass moves on.
      logger.warn(`Quality of ${entityRef} not computed: ${error}`);
    }
  }
  const profiled = toProfile.length - failed;
  logger.info(
    `Data quality: profiled ${profiled} table(s), ${failed} failed, recomputed ${stale.length}`,
  );
  return { profiled, failed, recomputed: stale.length };
}
