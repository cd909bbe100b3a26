import { createBackend } from '@backstage/backend-defaults';
import { rootHttpRouterServiceFactory } from '@backstage/backend-defaults/rootHttpRouter';
import {
  explainDenials,
  portalAuditorServiceFactory,
  processDecisionJournal,
} from '@internal/plugin-authz-node';

/** The portal's backend with every plugin it runs; `start()` is the caller's. */
export function createPortalBackend() {
  const backend = createBackend();

  // Every 403 names the denying policy and decision id; every plugin's
  // auditor events also reach the Access family's audit log.
  backend.add(
    rootHttpRouterServiceFactory({
      configure({ app, applyDefaults }) {
        app.use(explainDenials(processDecisionJournal));
        applyDefaults();
      },
    }),
  );
  backend.add(portalAuditorServiceFactory);

  backend.add(import('@backstage/plugin-app-backend'));
  backend.add(import('@backstage/plugin-proxy-backend'));
  // The events bus carries cross-plugin events between replicas.
  backend.add(import('@backstage/plugin-events-backend'));

  // Sign-in: guest for the embedded default, OIDC (Keycloak) in production.
  backend.add(import('@backstage/plugin-auth-backend'));
  backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
  backend.add(import('@backstage/plugin-auth-backend-module-oidc-provider'));

  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(
    import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
  );
  backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
  // Data assets enter the catalog as deltas from the data-catalog's feed.
  backend.add(import('@internal/plugin-catalog-backend-module-data-catalog'));
  // Harvester clusters and VMs enter it from the harvester backend.
  backend.add(import('@internal/plugin-catalog-backend-module-harvester'));
  // AI-Ops pipelines and datasets enter it from the ai-ops backend.
  backend.add(import('@internal/plugin-catalog-backend-module-ai-ops'));

  backend.add(import('@backstage/plugin-scaffolder-backend'));
  backend.add(
    import('@backstage/plugin-scaffolder-backend-module-notifications'),
  );
  // harvester:vm:create, for templates/harvester-vm.
  backend.add(import('@internal/plugin-scaffolder-backend-module-harvester'));
  // ai-ops:pipeline:create and ai-ops:dataset:register, for templates/ai-ops-*.
  backend.add(import('@internal/plugin-scaffolder-backend-module-ai-ops'));

  // One policy for the whole portal: the Access family's OPA policy.
  backend.add(import('@backstage/plugin-permission-backend'));
  backend.add(import('@internal/plugin-permission-backend-module-opa'));
  backend.add(import('@internal/plugin-authz-backend'));

  backend.add(import('@internal/plugin-data-catalog-backend'));

  // Harvester HCI clusters from config and the catalog; the demo module adds
  // SIMULATED clusters when harvester.demoCluster.enabled (embedded default).
  backend.add(import('@internal/plugin-harvester-backend'));
  backend.add(import('@internal/plugin-harvester-backend-module-demo-cluster'));

  // AI-Ops: tasks run as local child processes by default; with
  // aiOps.kubernetes the Kubernetes module adds the Jobs executor.
  backend.add(import('@internal/plugin-ai-ops-backend'));
  backend.add(import('@internal/plugin-ai-ops-backend-module-kubernetes'));

  // Search: Lunr in memory on SQLite; the pg module takes over on PostgreSQL,
  // and Elasticsearch/OpenSearch when `search.elasticsearch` is configured.
  backend.add(import('@backstage/plugin-search-backend'));
  backend.add(import('@backstage/plugin-search-backend-module-pg'));
  backend.add(import('@backstage/plugin-search-backend-module-elasticsearch'));
  backend.add(import('@backstage/plugin-search-backend-module-catalog'));
  backend.add(import('@internal/plugin-search-backend-module-data-catalog'));

  backend.add(import('@backstage/plugin-kubernetes-backend'));
  backend.add(import('@backstage/plugin-user-settings-backend'));
  backend.add(import('@backstage/plugin-notifications-backend'));
  backend.add(import('@backstage/plugin-signals-backend'));
  backend.add(import('@backstage/plugin-mcp-actions-backend'));

  return backend;
}
