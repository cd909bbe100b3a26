import { InputError, NotFoundError } from '@backstage/errors';
import {
  QualityReport,
  SourceConnection,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { resolveConnection } from '../../connectors/secrets';
import { DataCatalogContext } from '../../service/DataCatalogContext';
import { TABLE_KINDS } from '../assetKinds';
import { parseJson } from '../dbValues';
import { profileColumns } from './columnProfile';
import { computeQuality } from './computeQuality';
import { readQualityConfig } from './qualityConfig';

export type ProfileResult = {
  entityRef: string;
  sampledRows: number;
  profiledColumns: number;
  quality: QualityReport;
};

type ProfileContext = Pick<
  DataCatalogContext,
  'knex' | 'config' | 'connectors' | 'logger'
>;

/** Records the attempt, so the scheduled run moves on to other tables. */
async function recordAttempt(
  db: Knex | Knex.Transaction,
  entityRef: string,
  outcome: { sampledRows?: number; error?: string },
) {
  await db('asset_profiles')
    .insert({
      entity_ref: entityRef,
      profiled_at: new Date(),
      sampled_rows: outcome.sampledRows ?? null,
      error: outcome.error?.slice(0, 2000) ?? null,
    })
    .onConflict('entity_ref')
    .merge();
}

/**
 * Samples up to `dataCatalog.profiling.sampleRows` rows of a table through
 * its source's connector, replaces its column stats in one transaction and
 * recomputes its quality.
 */
export async function profileTable(
  context: ProfileContext,
  entityRef: string,
): Promise<ProfileResult> {
  const { knex } = context;
  const config = readQualityConfig(context.config);
  const table = await knex('assets')
    .join('sources as s', 's.id', 'assets.source_id')
    .where('assets.entity_ref', entityRef)
    .first(
      'assets.kind',
      'assets.database_name',
      'assets.schema_name',
      'assets.name',
      's.platform',
      's.connection',
    );
  if (!table) throw new NotFoundError(`No table ${entityRef}`);
  if (!TABLE_KINDS.includes(table.kind)) {
    throw new InputError(`${entityRef} is a ${table.kind}, not a table`);
  }

  let profiles;
  try {
    const connection = await resolveConnection(
      parseJson<SourceConnection>(table.connection)!,
    );
    const sample = await context.connectors.get(table.platform).sampleTable(
      { connection, logger: context.logger },
      {
        database: table.database_name ?? '',
        schema: table.schema_name ?? '',
        name: table.name,
      },
      config.sampleRows,
    );
    profiles = profileColumns(sample);
  } catch (error) {
    await recordAttempt(knex, entityRef, { error: String(error) });
    throw error;
  }

  const sampledRows = profiles[0]?.sampledRows ?? 0;
  const computedAt = new Date();
  await knex.transaction(async tx => {
    await tx('column_stats').where('entity_ref', entityRef).delete();
    if (profiles.length > 0) {
      await tx('column_stats').insert(
        profiles.map(p => ({
          entity_ref: entityRef,
          column_name: p.column,
          null_ratio: p.nullRatio,
          distinct_ratio: p.distinctRatio,
          min_value: p.min ?? null,
          max_value: p.max ?? null,
          samples: JSON.stringify(p.samples),
          sampled_rows: p.sampledRows,
          computed_at: computedAt,
        })),
      );
    }
    await recordAttempt(tx, entityRef, { sampledRows });
  });
  const quality = await computeQuality(knex, entityRef, {
    freshnessHours: config.freshnessHours,
  });
  return { entityRef, sampledRows, profiledColumns: profiles.length, quality };
}
