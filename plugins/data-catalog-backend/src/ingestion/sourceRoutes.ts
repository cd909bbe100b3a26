import {
  ConnectionTestResult,
  createSourceRequestSchema,
  dataCatalogSourceManagePermission,
  dataCatalogSourceReadPermission,
  dataCatalogTopics,
  SourceConnection,
  updateSourceRequestSchema,
} from '@internal/plugin-data-catalog-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { z } from 'zod';
import { sourceConditionsFilter } from '../assets/permissionRules';
import { resolveConnection } from '../connectors/secrets';
import { recordActivity } from '../governance/activity';
import { auditedChange } from '../governance/auditedChange';
import { refreshSearchDocuments } from '../search/searchDocuments';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { sourceRef } from './assetRefs';
import {
  authorizeSource,
  authorizeUnconditionally,
  pagingSchema,
} from './routeInputs';
import { parseSourceBody, testConnectionRequestSchema } from './sourceInput';
import { SourcesStore } from './SourcesStore';

const listSourcesSchema = pagingSchema.extend({
  platform: z.string().min(1).optional(),
});

async function testConnection(
  context: DataCatalogContext,
  platform: string,
  connection: SourceConnection,
): Promise<ConnectionTestResult> {
  const connector = context.connectors.get(platform);
  let resolved;
  try {
    resolved = await resolveConnection(connection);
  } catch (error) {
    // A missing secret is the connection's problem, shown like one.
    const step = {
      step: 'connect' as const,
      status: 'failed' as const,
      durationMs: 0,
      detail: (error as Error).message,
    };
    return { ok: false, failedStep: 'connect', steps: [step] };
  }
  const steps = await connector.testConnection({
    connection: resolved,
    logger: context.logger,
  });
  const failed = steps.find(s => s.status === 'failed');
  return { ok: !failed, ...(failed && { failedStep: failed.step }), steps };
}

/** The catalog re-reads the feed; the activity feed says who did what. */
async function announce(
  context: DataCatalogContext,
  id: string,
  actor: string,
  summary: string,
) {
  await context.events.publish({
    topic: dataCatalogTopics.entitiesChanged,
    eventPayload: { sourceId: id },
  });
  await recordActivity(context.knex, {
    type: 'source',
    entityRef: sourceRef(id),
    actor,
    summary,
  });
}

/** `/sources`, `/sources/test`, `/sources/:id/test` and `/platforms`. */
export function createSourceRoutes(context: DataCatalogContext) {
  const router = Router();
  const store = new SourcesStore(context.knex);

  router.get('/platforms', async (req, res) => {
    await context.authorize.conditional(req, dataCatalogSourceReadPermission);
    res.json(context.connectors.platforms());
  });

  router.get('/sources', async (req, res) => {
    const { decision } = await context.authorize.conditional(
      req,
      dataCatalogSourceReadPermission,
    );
    const query = parseInput(listSourcesSchema, req.query);
    res.json(
      await store.list({ ...query, filter: sourceConditionsFilter(decision) }),
    );
  });

  router.get('/sources/:id', async (req, res) => {
    const { id } = await authorizeSource(
      context,
      req,
      dataCatalogSourceReadPermission,
    );
    res.json(await store.get(id));
  });

  router.post('/sources', async (req, res) => {
    const actor = await authorizeUnconditionally(
      context,
      req,
      dataCatalogSourceManagePermission,
    );
    const input = parseSourceBody(
      context.connectors,
      createSourceRequestSchema,
      req.body,
    );
    const created = await auditedChange(
      context,
      req,
      { eventId: 'source-create', meta: { sourceId: input.id } },
      async () => {
        const after = await store.create(input, actor);
        return { result: after, meta: { after } };
      },
    );
    await announce(
      context,
      input.id,
      actor,
      `Registered data source ${input.title}`,
    );
    res.status(201).json(created);
  });

  router.patch('/sources/:id', async (req, res) => {
    const { id, actor } = await authorizeSource(
      context,
      req,
      dataCatalogSourceManagePermission,
    );
    const patch = parseSourceBody(
      context.connectors,
      updateSourceRequestSchema,
      req.body,
    );
    const updated = await auditedChange(
      context,
      req,
      { eventId: 'source-update', meta: { sourceId: id } },
      async () => {
        const { before, after } = await store.update(id, patch);
        return { result: after, meta: { before, after } };
      },
    );
    await announce(context, id, actor, `Updated data source ${updated.title}`);
    res.json(updated);
  });

  router.delete('/sources/:id', async (req, res) => {
    const { id, actor } = await authorizeSource(
      context,
      req,
      dataCatalogSourceManagePermission,
    );
    const { before, removed } = await auditedChange(
      context,
      req,
      {
        eventId: 'source-delete',
        severityLevel: 'high',
        meta: { sourceId: id },
      },
      async () => {
        const result = await store.delete(id);
        return {
          result,
          meta: { before: result.before, removedAssets: result.removed.length },
        };
      },
    );
    await context.lineage.replaceEdgesFrom('view', removed, []);
    await context.lineage.replaceEdgesFrom('query', removed, []);
    // Search hits must not lead to tables that are gone.
    await refreshSearchDocuments(context.knex, removed);
    await announce(context, id, actor, `Deleted data source ${before.title}`);
    res.status(204).end();
  });

  router.post('/sources/test', async (req, res) => {
    await authorizeUnconditionally(
      context,
      req,
      dataCatalogSourceManagePermission,
    );
    const input = parseSourceBody(
      context.connectors,
      testConnectionRequestSchema,
      req.body,
    );
    res.json(await testConnection(context, input.platform, input.connection));
  });

  router.post('/sources/:id/test', async (req, res) => {
    const { id } = await authorizeSource(
      context,
      req,
      dataCatalogSourceManagePermission,
    );
    const source = await store.get(id);
    res.json(await testConnection(context, source.platform, source.connection));
  });

  return router;
}
