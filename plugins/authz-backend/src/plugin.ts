import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { authzPermissions } from '@internal/plugin-authz-common';
import { decisionJournalServiceRef } from '@internal/plugin-authz-node';
import { AuditStore, startAuditBackgroundWork } from './audit';
import { CatalogSync } from './catalogSync/CatalogSync';
import { scheduleCatalogSync } from './catalogSync/scheduleCatalogSync';
import {
  applyDatabaseMigrations,
  createPapStores,
  publishRevisions,
} from './database';
import { seedPap } from './seed';
import { createRouteAuthorizer } from '@internal/plugin-authz-node';
import { AuthzRouterContext } from './service/AuthzRouterContext';
import { createRouter } from './service/router';

/**
 * The Access family's backend under `/api/authz`: policy administration,
 * the catalog sync, dry-runs and the audit log.
 */
export const authzPlugin = createBackendPlugin({
  pluginId: 'authz',
  register(env) {
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        discovery: coreServices.discovery,
        scheduler: coreServices.scheduler,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
        journal: decisionJournalServiceRef,
      },
      async init(deps) {
        const { logger, config, database, httpRouter, scheduler, events } =
          deps;
        deps.permissionsRegistry.addPermissions(authzPermissions);

        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }
        const auditStore = new AuditStore(knex);
        const stores = createPapStores({ knex, changes: auditStore });
        publishRevisions(stores.writer, events, logger);
        await seedPap({ writer: stores.writer, config, logger });

        const context: AuthzRouterContext = {
          logger,
          config,
          auth: deps.auth,
          httpAuth: deps.httpAuth,
          discovery: deps.discovery,
          events,
          knex,
          authorize: createRouteAuthorizer({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            journal: deps.journal,
          }),
          changes: auditStore,
          pdpData: stores.pdpData,
        };
        await startAuditBackgroundWork({
          auditStore,
          scheduler,
          events,
          config,
          logger,
        });
        await scheduleCatalogSync({
          sync: new CatalogSync({
            catalog: deps.catalog,
            auth: deps.auth,
            writer: stores.writer,
            logger,
          }),
          scheduler,
          config,
          logger,
        });

        httpRouter.use(
          await createRouter({
            context,
            stores,
            auditStore,
            permissions: deps.permissions,
          }),
        );
        // An EventSource cannot send a token: the audit stream takes the
        // limited user cookie that GET /audit/cookie issues.
        httpRouter.addAuthPolicy({
          path: '/audit/stream',
          allow: 'user-cookie',
        });
      },
    });
  },
});
