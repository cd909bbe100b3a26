import {
  coreServices,
  createBackendPlugin,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  createRouteAuthorizer,
  decisionJournalServiceRef,
} from '@internal/plugin-authz-node';
import { dataCatalogPermissions } from '@internal/plugin-data-catalog-common';
import {
  DataSourceConnector,
  dataCatalogConnectorsExtensionPoint,
} from '@internal/plugin-data-catalog-node';
import { registerAssetResourceTypes } from './assets/registerAssetResourceTypes';
import { startQualityWork } from './assets/quality/startQualityWork';
import { builtInConnectors } from './connectors/builtInConnectors';
import { ConnectorRegistry } from './connectors/ConnectorRegistry';
import { ensureDemoDatabase } from './connectors/demoDatabase';
import { applyDatabaseMigrations } from './database/migrations';
import { startDemoContent } from './demo/startDemoContent';
import { startIngestion } from './ingestion/startIngestion';
import { createLineageStore } from './lineage/createLineageStore';
import { DataCatalogContext } from './service/DataCatalogContext';
import { createRouter } from './service/router';

/**
 * The data-catalog family's backend under `/api/data-catalog`: sources and
 * their ingestion, the asset inventory, documentation and governance,
 * search and the lineage graph.
 */
export const dataCatalogPlugin = createBackendPlugin({
  pluginId: 'data-catalog',
  register(env) {
    const added: DataSourceConnector[] = [];
    env.registerExtensionPoint(dataCatalogConnectorsExtensionPoint, {
      addConnector(...connectors) {
        added.push(...connectors);
      },
    });

    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        events: eventsServiceRef,
        journal: decisionJournalServiceRef,
      },
      async init(deps) {
        const knex = await deps.database.getClient();
        if (!deps.database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }
        const connectors = new ConnectorRegistry();
        connectors.add(...builtInConnectors(), ...added);
        const lineage = await createLineageStore({
          config: deps.config,
          knex,
          logger: deps.logger,
        });
        deps.lifecycle.addShutdownHook(async () => lineage.close?.());

        const context: DataCatalogContext = {
          logger: deps.logger,
          config: deps.config,
          knex,
          auth: deps.auth,
          httpAuth: deps.httpAuth,
          discovery: deps.discovery,
          permissions: deps.permissions,
          authorize: createRouteAuthorizer({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            journal: deps.journal,
          }),
          auditor: deps.auditor,
          events: deps.events,
          scheduler: deps.scheduler,
          connectors,
          lineage,
        };

        // The embedded default's demo warehouse, a real SQLite file that a
        // source in dataCatalog.sources points at.
        const demoFile = deps.config.getOptionalString(
          'dataCatalog.demo.databaseFile',
        );
        if (demoFile) {
          await ensureDemoDatabase(
            resolvePackagePath(
              '@internal/plugin-data-catalog-backend',
              'demo/warehouse.sql',
            ),
            demoFile,
          );
        }

        deps.permissionsRegistry.addPermissions(dataCatalogPermissions);
        registerAssetResourceTypes(deps.permissionsRegistry, knex);
        await startIngestion(context);
        await startQualityWork(context);
        await startDemoContent(context);
        deps.httpRouter.use(await createRouter(context));
      },
    });
  },
});
