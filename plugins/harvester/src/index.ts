/**
 * The Harvester UI: dashboard, hosts, virtual machines, volumes, images,
 * namespaces, networks, backup & snapshot, monitoring and advanced
 * settings over the harvester backend, and an entity tab listing the VMs
 * an entity names with `platform-portal.dev/harvester-selector`.
 *
 * @packageDocumentation
 */
export {
  harvesterPlugin as default,
  harvesterApi,
  harvesterPage,
  entityVmsContent,
  hasHarvesterSelector,
} from './plugin';
export { harvesterApiRef } from './api/HarvesterApi';
export type { HarvesterApi } from './api/HarvesterApi';
export { HarvesterClient, OIDC_TOKEN_HEADER } from './api/HarvesterClient';
export { harvesterApiWithOidc } from './api/oidcApi';
export type * from './api/types';
