import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { parseInput } from '@internal/plugin-authz-node';
import {
  dataCatalogPiiReadPermission,
  dataCatalogSourceReadPermission,
  dataCatalogTableReadPermission,
  dataCatalogTableUpdatePermission,
  listTablesQuerySchema,
} from '@internal/plugin-data-catalog-common';
import express from 'express';
import Router from 'express-promise-router';
import { auditedChange } from '../governance/auditedChange';
import { requireTable, tableAuthorizer } from '../governance/tableTargets';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { recordAssetView } from './assetViews';
import { loadDashboard } from './dashboard';
import { listTables } from './listTables';
import { tableConditionsFilter } from './permissionRules';
import { profileTable } from './quality/profileTable';
import { loadTableDetail } from './tableDetail';
import {
  historyPageSchema,
  listTableChanges,
  listTableQueries,
} from './tableHistory';

/**
 * The inventory's read API: the table list and page, query and schema
 * history, view counting, on-demand profiling and the dashboard.
 */
export async function createAssetsRouter(
  context: DataCatalogContext,
): Promise<express.Router> {
  const { knex } = context;
  const router = Router();
  const readTable = tableAuthorizer(context, dataCatalogTableReadPermission);
  const updateTable = tableAuthorizer(
    context,
    dataCatalogTableUpdatePermission,
  );

  /** What the caller may do on one table, asked without failing. */
  async function accessOn(
    entityRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ) {
    const [update, piiRead] = await context.permissions.authorize(
      [
        {
          permission: dataCatalogTableUpdatePermission,
          resourceRef: entityRef,
        },
        { permission: dataCatalogPiiReadPermission, resourceRef: entityRef },
      ],
      { credentials },
    );
    return {
      update: update.result === AuthorizeResult.ALLOW,
      piiRead: piiRead.result === AuthorizeResult.ALLOW,
    };
  }

  router.get('/tables', async (req, res) => {
    const { decision } = await context.authorize.conditional(
      req,
      dataCatalogTableReadPermission,
    );
    const query = parseInput(listTablesQuerySchema, req.query);
    res.json(await listTables(knex, query, tableConditionsFilter(decision)));
  });

  router.get('/tables/:namespace/:name', async (req, res) => {
    const { entityRef, credentials, actor } = await readTable(req);
    res.json(
      await loadTableDetail(knex, entityRef, {
        userRef: actor,
        access: await accessOn(entityRef, credentials),
      }),
    );
  });

  // A table's query history and its schema changes are paged alike.
  const histories = { queries: listTableQueries, changes: listTableChanges };
  for (const [path, listHistory] of Object.entries(histories)) {
    router.get(`/tables/:namespace/:name/${path}`, async (req, res) => {
      const { entityRef } = await readTable(req);
      const page = parseInput(historyPageSchema, req.query);
      await requireTable(knex, entityRef);
      res.json(await listHistory(knex, entityRef, page));
    });
  }

  router.post('/tables/:namespace/:name/views', async (req, res) => {
    const { entityRef } = await readTable(req);
    await recordAssetView(knex, entityRef);
    res.status(204).end();
  });

  router.post('/tables/:namespace/:name/profile', async (req, res) => {
    const { entityRef } = await updateTable(req);
    await requireTable(knex, entityRef);
    const result = await auditedChange(
      context,
      req,
      { eventId: 'table-profile', severityLevel: 'low', meta: { entityRef } },
      async () => {
        const profile = await profileTable(context, entityRef);
        return {
          result: profile,
          meta: {
            sampledRows: profile.sampledRows,
            qualityScore: profile.quality.score ?? null,
          },
        };
      },
    );
    res.json(result);
  });

  router.get('/dashboard', async (req, res) => {
    const { credentials, decision } = await context.authorize.conditional(
      req,
      dataCatalogTableReadPermission,
    );
    // Sources count as zero for a caller who may read none; no 403.
    const [sourceDecision] = await context.permissions.authorizeConditional(
      [{ permission: dataCatalogSourceReadPermission }],
      { credentials },
    );
    res.json(
      await loadDashboard(knex, {
        tableDecision: decision,
        sourceDecision,
        userRef: credentials.principal.userEntityRef,
      }),
    );
  });

  return router;
}
