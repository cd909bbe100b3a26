import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { z } from 'zod';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { ackFeedCursor, readEntityFeed, readFeedCursor } from './entityFeed';

const readSchema = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
const consumerSchema = z.string().min(1).max(100);
const ackSchema = z.object({
  consumer: consumerSchema,
  seq: z.number().int().min(0),
});

/**
 * The entity feed for the catalog module (`catalog-backend-module-data-catalog`,
 * consumer `catalog`): service principals only, since it carries every
 * asset regardless of who may read it; the catalog applies its own
 * permissions to the entities.
 */
export function createEntityFeedRoutes(context: DataCatalogContext) {
  const router = Router();
  const servicesOnly = (
    req: Parameters<typeof context.httpAuth.credentials>[0],
  ) => context.httpAuth.credentials(req, { allow: ['service'] });

  router.get('/entity-feed', async (req, res) => {
    await servicesOnly(req);
    const { after, limit } = parseInput(readSchema, req.query);
    res.json(await readEntityFeed(context.knex, after, limit));
  });

  router.get('/entity-feed/cursor', async (req, res) => {
    await servicesOnly(req);
    const { consumer } = parseInput(
      z.object({ consumer: consumerSchema }),
      req.query,
    );
    res.json({ consumer, seq: await readFeedCursor(context.knex, consumer) });
  });

  router.post('/entity-feed/ack', async (req, res) => {
    await servicesOnly(req);
    const { consumer, seq } = parseInput(ackSchema, req.body);
    await ackFeedCursor(context.knex, consumer, seq);
    res.json({ consumer, seq });
  });

  return router;
}
