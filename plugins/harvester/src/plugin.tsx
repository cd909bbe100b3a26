import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import type { Entity } from '@backstage/catalog-model';
import DnsIcon from '@material-ui/icons/Dns';
import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import { harvesterApiRef } from './api/HarvesterApi';
import { HarvesterClient } from './api/HarvesterClient';
import { preloadSection } from './components/HarvesterPage/preloadSection';
import {
  advancedRouteRef,
  backupsRouteRef,
  hostRouteRef,
  hostsRouteRef,
  imagesRouteRef,
  monitoringRouteRef,
  namespacesRouteRef,
  networksRouteRef,
  rootRouteRef,
  vmRouteRef,
  vmsRouteRef,
  volumesRouteRef,
} from './routes';

/** The API without OIDC tokens; see harvesterApiWithOidc for OIDC clusters. */
export const harvesterApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: harvesterApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        identityApi: identityApiRef,
      },
      factory: deps => new HarvesterClient(deps),
    }),
});

/**
 * Harvester, extension id `page:harvester` at /harvester. It draws its own
 * header with Harvester's navigation as tabs and a cluster picker. Opening
 * it starts three loads at once: its module, the module of the section the
 * URL opens with its first list, and the cluster list every request waits
 * for.
 */
export const harvesterPage = PageBlueprint.makeWithOverrides({
  factory(originalFactory, { apis, config }) {
    const path = config.path ?? '/harvester';
    return originalFactory({
      path: '/harvester',
      routeRef: rootRouteRef,
      title: 'Harvester',
      icon: <DnsIcon fontSize="inherit" />,
      noHeader: true,
      loader: () => {
        const api = apis.get(harvesterApiRef);
        // A failure is reported by the page's own request.
        api?.listClusters().catch(() => {});
        preloadSection(window.location, path, api);
        return import('./components/HarvesterPage/HarvesterPage').then(m => (
          <m.HarvesterPage />
        ));
      },
    });
  },
});

/** Entities that name their VMs with `platform-portal.dev/harvester-selector`. */
export function hasHarvesterSelector(entity: Entity): boolean {
  return Boolean(
    entity.metadata.annotations?.[HARVESTER_ANNOTATIONS.entitySelector],
  );
}

/** The "Virtual Machines" tab of such entities: `entity-content:harvester/vms`. */
export const entityVmsContent = EntityContentBlueprint.make({
  name: 'vms',
  params: {
    path: 'virtual-machines',
    title: 'Virtual Machines',
    filter: hasHarvesterSelector,
    loader: () =>
      import('./components/EntityVmsContent/EntityVmsContent').then(m => (
        <m.EntityVmsContent />
      )),
  },
});

export const harvesterPlugin = createFrontendPlugin({
  pluginId: 'harvester',
  title: 'Harvester',
  icon: <DnsIcon fontSize="inherit" />,
  routes: {
    root: rootRouteRef,
    hosts: hostsRouteRef,
    host: hostRouteRef,
    vms: vmsRouteRef,
    vm: vmRouteRef,
    volumes: volumesRouteRef,
    images: imagesRouteRef,
    namespaces: namespacesRouteRef,
    networks: networksRouteRef,
    backups: backupsRouteRef,
    monitoring: monitoringRouteRef,
    advanced: advancedRouteRef,
  },
  extensions: [harvesterApi, harvesterPage, entityVmsContent],
});

export default harvesterPlugin;
