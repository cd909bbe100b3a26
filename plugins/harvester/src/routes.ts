import {
  createRouteRef,
  createSubRouteRef,
} from '@backstage/frontend-plugin-api';

/** Harvester's pages; the dashboard is the root, each section a path below. */
export const rootRouteRef = createRouteRef();

function page<Path extends string>(path: Path) {
  return createSubRouteRef({ parent: rootRouteRef, path });
}

export const hostsRouteRef = page('/hosts');
export const hostRouteRef = page('/hosts/:cluster/:name');
export const vmsRouteRef = page('/vms');
export const vmRouteRef = page('/vms/:cluster/:namespace/:name');
export const volumesRouteRef = page('/volumes');
export const imagesRouteRef = page('/images');
export const namespacesRouteRef = page('/namespaces');
export const networksRouteRef = page('/networks');
export const backupsRouteRef = page('/backups');
export const monitoringRouteRef = page('/monitoring');
export const advancedRouteRef = page('/advanced');
