import {
  dataCatalogSourceManagePermission,
  dataCatalogSourceReadPermission,
  dataCatalogTableReadPermission,
} from '@internal/plugin-data-catalog-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { z } from 'zod';
import { sourceConditionsFilter } from '../assets/permissionRules';
import { auditedChange } from '../governance/auditedChange';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { sourceRef } from './assetRefs';
import { authorizeSource, pagingSchema } from './routeInputs';
import { listSchemaChanges } from './schemaChangesStore';
import { SyncRunner } from './SyncRunner';
import { SyncRunsStore } from './SyncRunsStore';

const severitySchema = z.enum(['breaking', 'warning', 'info']).optional();

const changesQuerySchema = pagingSchema.extend({
  entityRef: z
    .string()
    .regex(/^resource:[^/]+\/.+$/, 'an entity ref resource:<namespace>/<name>')
    .optional(),
  severity: severitySchema,
});

const syncIdParamsSchema = z.object({ id: z.string().uuid() });

/** Sync runs and schema change history. */
export function createSyncRoutes(
  context: DataCatalogContext,
  runner: SyncRunner,
) {
  const router = Router();
  const runs = new SyncRunsStore(context.knex);

  /** Starts a sync in the background: 202 with the running run, 409 while one runs. */
  router.post('/sources/:id/sync', async (req, res) => {
    const { id, actor } = await authorizeSource(
      context,
      req,
      dataCatalogSourceManagePermission,
    );
    const run = await auditedChange(
      context,
      req,
      { eventId: 'source-sync', meta: { sourceId: id } },
      async () => {
        const { run: started, done } = await runner.start(id, {
          trigger: 'manual',
          initiator: actor,
        });
        done.catch(error =>
          context.logger.error(`Sync ${started.id} of ${id} crashed: ${error}`),
        );
        return { result: started, meta: { syncId: started.id } };
      },
    );
    res.status(202).json(run);
  });

  router.get('/sources/:id/syncs', async (req, res) => {
    const { id } = await authorizeSource(
      context,
      req,
      dataCatalogSourceReadPermission,
    );
    const page = parseInput(pagingSchema, req.query);
    res.json(await runs.list(id, page));
  });

  router.get('/syncs/:id', async (req, res) => {
    const { id } = parseInput(syncIdParamsSchema, req.params);
    // Signed in before a 404 can tell anything about run ids.
    await context.httpAuth.credentials(req, { allow: ['user'] });
    const run = await runs.get(id);
    await context.authorize.resource(
      req,
      dataCatalogSourceReadPermission,
      sourceRef(run.sourceId),
    );
    res.json(run);
  });

  router.get('/sources/:id/changes', async (req, res) => {
    const { id } = await authorizeSource(
      context,
      req,
      dataCatalogSourceReadPermission,
    );
    const query = parseInput(
      pagingSchema.extend({ severity: severitySchema }),
      req.query,
    );
    res.json(await listSchemaChanges(context.knex, { ...query, sourceId: id }));
  });

  /** One table's changes (its read permission), else those of every readable source. */
  router.get('/changes', async (req, res) => {
    const query = parseInput(changesQuerySchema, req.query);
    if (query.entityRef) {
      await context.authorize.resource(
        req,
        dataCatalogTableReadPermission,
        query.entityRef,
      );
      res.json(await listSchemaChanges(context.knex, query));
      return;
    }
    const { decision } = await context.authorize.conditional(
      req,
      dataCatalogSourceReadPermission,
    );
    res.json(
      await listSchemaChanges(context.knex, {
        ...query,
        sourceFilter: sourceConditionsFilter(decision),
      }),
    );
  });

  return router;
}
