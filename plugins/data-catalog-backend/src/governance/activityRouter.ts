import { parseInput } from '@internal/plugin-authz-node';
import { dataCatalogTableReadPermission } from '@internal/plugin-data-catalog-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { listActivity } from './activity';
import { readableTablesFilter } from './readableTables';

const activityQuerySchema = z.object({
  entityRef: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().regex(/^\d+$/, 'the id of an activity entry').optional(),
});

/** `GET /activity`: the feed, limited to tables the caller may read. */
export function createActivityRouter(context: DataCatalogContext) {
  const router = Router();
  router.get('/activity', async (req, res) => {
    const { decision } = await context.authorize.conditional(
      req,
      dataCatalogTableReadPermission,
    );
    const query = parseInput(activityQuerySchema, req.query);
    res.json(
      await listActivity(context.knex, {
        ...query,
        assetFilter: readableTablesFilter(decision),
      }),
    );
  });
  return router;
}
