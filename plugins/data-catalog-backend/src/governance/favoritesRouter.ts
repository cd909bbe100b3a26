import { dataCatalogTableReadPermission } from '@internal/plugin-data-catalog-common';
import Router from 'express-promise-router';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { addFavorite, listFavorites, removeFavorite } from './favoritesStore';
import { readableTablesFilter } from './readableTables';
import {
  requireTable,
  tableAuthorizer,
  tableRefFromRequest,
} from './tableTargets';

/** The signed-in user's favourite tables. */
export function createFavoritesRouter(context: DataCatalogContext) {
  const router = Router();
  const readTable = tableAuthorizer(context, dataCatalogTableReadPermission);

  router.get('/favorites', async (req, res) => {
    const { credentials, decision } = await context.authorize.conditional(
      req,
      dataCatalogTableReadPermission,
    );
    res.json(
      await listFavorites(
        context.knex,
        credentials.principal.userEntityRef,
        readableTablesFilter(decision),
      ),
    );
  });

  router.put('/favorites/:namespace/:name', async (req, res) => {
    const { entityRef, actor } = await readTable(req);
    await requireTable(context.knex, entityRef);
    await addFavorite(context.knex, actor, entityRef);
    res.status(204).end();
  });

  // No read check on the table: one may drop a favourite one can no
  // longer read, or that is gone from the inventory.
  router.delete('/favorites/:namespace/:name', async (req, res) => {
    const entityRef = tableRefFromRequest(req);
    const { credentials } = await context.authorize.conditional(
      req,
      dataCatalogTableReadPermission,
    );
    await removeFavorite(
      context.knex,
      credentials.principal.userEntityRef,
      entityRef,
    );
    res.status(204).end();
  });
  return router;
}
