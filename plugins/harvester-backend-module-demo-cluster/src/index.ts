/**
 * Harvester module for the embedded default: SIMULATED Harvester clusters
 * (a fake Kubernetes API server with simulated controllers, seeded with
 * demo hosts and VMs), and a fake KubeVirt virt-api for tests.
 *
 * @packageDocumentation
 */
export { harvesterModuleDemoCluster as default } from './module';
export {
  FakeKubernetesApiServer,
  type FakeKubernetesApiServerOptions,
} from './fakeApiServer/FakeKubernetesApiServer';
export {
  SimulatedHarvesterControllers,
  type SimulatedHarvesterControllersOptions,
} from './simulation/SimulatedHarvesterControllers';
export {
  startFakeVirtApi,
  type FakeVirtApi,
} from './fakeVirtApi/startFakeVirtApi';
export {
  startFakeHarvesterUploadApi,
  type FakeHarvesterUploadApi,
} from './harvesterApi/startFakeHarvesterUploadApi';
export { KubeApiClient, type KubeApiConnection } from './kube/KubeApiClient';
export { KubeApiError } from './kube/KubeApiError';
export type { KubeResources, ListOptions } from './kube/KubeResources';
export type { KubeObject } from './kube/KubeObject';
