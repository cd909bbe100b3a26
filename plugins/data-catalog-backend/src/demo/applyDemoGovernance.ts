import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { LineageEdgeInput } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { profileTable } from '../assets/quality/profileTable';
import {
  GovernanceChanges,
  governanceTransaction,
} from '../governance/governanceTransaction';
import { seedDefaultTags } from '../governance/tagSeed';
import { SyncRunsStore } from '../ingestion/SyncRunsStore';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { DemoGovernance, DemoNode } from './demoGovernanceSchema';
import { DemoTables } from './demoTables';
import {
  writeDemoDiscussion,
  writeDemoFavorites,
} from './writeDemoConversations';
import { writeDemoTerm } from './writeDemoGlossary';
import { writeDemoTable } from './writeDemoTable';
import { DEMO_SOURCE_ID } from '../ingestion/configSources';

export { DEMO_SOURCE_ID };

/** Who documented and tagged the demo tables. */
export const DEMO_ACTOR = 'plugin:data-catalog';

export type DemoOutcome = 'applied' | 'already-applied' | 'waiting-for-sync';

type DemoSummary = {
  tables: number;
  terms: number;
  discussions: number;
  favorites: number;
  lineageEdges: number;
};

function lineageEdges(
  tables: DemoTables,
  edges: DemoGovernance['lineage'],
): LineageEdgeInput[] {
  return edges.map((edge, i) => {
    const node = (end: 'from' | 'to', given: DemoNode) => {
      const { table, column } = tables.node(`lineage[${i}].${end}`, given);
      return { entityRef: table.entityRef, ...(column ? { column } : {}) };
    };
    return {
      from: node('from', edge.from),
      to: node('to', edge.to),
      type: edge.type,
      source: 'manual',
    };
  });
}

async function writeContent(
  trx: Knex.Transaction,
  changes: GovernanceChanges,
  tables: DemoTables,
  content: DemoGovernance,
): Promise<Omit<DemoSummary, 'lineageEdges'>> {
  for (const [name, table] of Object.entries(content.tables)) {
    await writeDemoTable(trx, changes, tables, name, table, DEMO_ACTOR);
  }
  let terms = 0;
  for (const [i, term] of content.glossary.entries()) {
    if (await writeDemoTerm(trx, tables, term, `glossary[${i}]`)) terms += 1;
  }
  changes.vocabulary ||= terms > 0;
  for (const [i, discussion] of content.discussions.entries()) {
    await writeDemoDiscussion(trx, tables, discussion, `discussions[${i}]`);
  }
  return {
    tables: Object.keys(content.tables).length,
    terms,
    discussions: content.discussions.length,
    favorites: await writeDemoFavorites(trx, tables, content.favorites),
  };
}

/**
 * Samples every demo table once so that quality scores and sample values
 * show right away; the scheduled profiling keeps them current afterwards.
 */
async function profileDemoTables(
  context: DataCatalogContext,
  tables: DemoTables,
): Promise<number> {
  let profiled = 0;
  for (const { entityRef } of tables.all()) {
    try {
      await profileTable(context, entityRef);
      profiled += 1;
    } catch (error) {
      context.logger.warn(`Profiling demo table ${entityRef} failed: ${error}`);
    }
  }
  return profiled;
}

/**
 * Applies the demo content once, after the source's first successful sync
 * (its tables must exist): documentation, tags, glossary, discussions and
 * favourites in one transaction through the governance stores (history,
 * activity, entity feed and search follow), with the `demo_content` marker
 * that keeps later starts from overwriting what people changed since.
 * Manual lineage edges go first (idempotent upserts, another store), the
 * tables are profiled after.
 */
export async function applyDemoGovernance(
  context: DataCatalogContext,
  content: DemoGovernance,
  sourceId = DEMO_SOURCE_ID,
): Promise<DemoOutcome> {
  const { knex, logger } = context;
  const marked = async () =>
    Boolean(await knex('demo_content').where('source_id', sourceId).first());
  if (await marked()) return 'already-applied';
  // '' leaves no run out: any finished run of the source counts.
  const { everSucceeded } = await new SyncRunsStore(knex).history(sourceId, '');
  if (!everSucceeded) return 'waiting-for-sync';

  await seedDefaultTags(knex);
  const tables = await DemoTables.load(knex, sourceId);
  const edges = lineageEdges(tables, content.lineage);
  const audit = await context.auditor.createEvent({
    eventId: 'demo-content',
    severityLevel: 'medium',
    meta: { sourceId },
  });
  let summary: DemoSummary;
  try {
    if (edges.length > 0) await context.lineage.upsertEdges(edges);
    const written = await governanceTransaction(
      context,
      async (trx, changes) => {
        await trx('demo_content').insert({
          source_id: sourceId,
          applied_at: new Date(),
        });
        return writeContent(trx, changes, tables, content);
      },
    );
    summary = { ...written, lineageEdges: edges.length };
  } catch (error) {
    // Another instance applied it meanwhile: its marker won.
    if (isDatabaseConflictError(error) && (await marked())) {
      return 'already-applied';
    }
    await audit.fail({ error: error as Error });
    throw error;
  }
  await audit.success({ meta: summary });
  const profiled = await profileDemoTables(context, tables);
  logger.info(
    `Demo content applied to ${sourceId}: ${summary.tables} tables documented and tagged, ${summary.terms} glossary terms, ${summary.discussions} discussions, ${summary.favorites} favourites, ${summary.lineageEdges} lineage edges; ${profiled} tables profiled`,
  );
  return 'applied';
}
