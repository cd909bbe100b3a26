import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  createRouteAuthorizer,
  decisionJournalServiceRef,
} from '@internal/plugin-authz-node';
import { harvesterPermissions } from '@internal/plugin-harvester-common';
import {
  HarvesterClusterSource,
  harvesterClustersExtensionPoint,
} from '@internal/plugin-harvester-node';
import { createClusterRegistry } from './clusters/createClusterRegistry';
import { publishVmChanges } from './entities/publishVmChanges';
import { loadHarvesterResources } from './permissions/loadHarvesterResources';
import { createHarvesterAuthorizer } from './permissions/harvesterAuthorizer';
import { registerHarvesterResourceTypes } from './permissions/registerHarvesterResourceTypes';
import { HarvesterContext } from './service/HarvesterContext';
import { createRouter } from './service/router';

/**
 * The harvester family's backend under `/api/harvester`: Harvester clusters
 * from config, the catalog and modules, read through watch-backed caches and
 * changed through their Kubernetes API, every action decided by the Access
 * policy and audited.
 */
export const harvesterPlugin = createBackendPlugin({
  pluginId: 'harvester',
  register(env) {
    const sources: HarvesterClusterSource[] = [];
    env.registerExtensionPoint(harvesterClustersExtensionPoint, {
      addClusterSource(source) {
        sources.push(source);
      },
    });

    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
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
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const clusters = await createClusterRegistry({
          config: deps.config,
          logger: deps.logger,
          scheduler: deps.scheduler,
          catalog: deps.catalog,
          auth: deps.auth,
          sources,
        });
        deps.lifecycle.addShutdownHook(() => clusters.stop());
        deps.lifecycle.addShutdownHook(
          publishVmChanges({
            clusters,
            events: deps.events,
            logger: deps.logger,
          }),
        );

        const authorize = createRouteAuthorizer({
          httpAuth: deps.httpAuth,
          permissions: deps.permissions,
          journal: deps.journal,
        });
        const context: HarvesterContext = {
          logger: deps.logger,
          config: deps.config,
          auth: deps.auth,
          httpAuth: deps.httpAuth,
          discovery: deps.discovery,
          permissions: deps.permissions,
          authorize,
          harvesterAuth: createHarvesterAuthorizer(authorize),
          auditor: deps.auditor,
          events: deps.events,
          scheduler: deps.scheduler,
          clusters,
        };

        deps.permissionsRegistry.addPermissions(harvesterPermissions);
        registerHarvesterResourceTypes(
          deps.permissionsRegistry,
          loadHarvesterResources(clusters),
        );
        deps.httpRouter.use(await createRouter(context));
      },
    });
  },
});
