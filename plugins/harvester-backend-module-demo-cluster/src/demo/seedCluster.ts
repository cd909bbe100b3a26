import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import { apiVersionOf, KindKey, kindKeys, kinds } from '../kube/kinds';
import { KubeApiError } from '../kube/KubeApiError';
import { KubeObject } from '../kube/KubeObject';
import { KubeResources } from '../kube/KubeResources';
import { instanceFor } from '../kubevirt/virtualMachines';
import { DemoCluster, DemoData } from './demoData';
import { blockDevicesOf, longhornNodeOf, nodeOf } from './hostObjects';
import { placeReplicas } from './replicaPlacement';
import { diskBytesOf, virtualMachineOf } from './vmObjects';

/** The kind of a manifest, by `apiVersion` and `kind`. */
export function kindOf(object: KubeObject): KindKey {
  const key = kindKeys.find(
    k =>
      apiVersionOf(kinds[k]) === object.apiVersion &&
      kinds[k].kind === object.kind,
  );
  if (!key)
    throw new Error(
      `The demo seed has no kind ${object.apiVersion} ${object.kind}`,
    );
  return key;
}

/**
 * Creates the object unless it exists (then leaves it as it is), and gives
 * it its status through the status subresource where the kind has one.
 * Resolves to the created object, or undefined when it existed.
 */
export async function createIfMissing(api: KubeResources, object: KubeObject) {
  const kind = kindOf(object);
  const { status, ...body } = object;
  // Without a status subresource the status is part of the object (and may be required).
  const separateStatus = kinds[kind].statusSubresource && status;
  try {
    const created = await api.create(kind, separateStatus ? body : object);
    if (separateStatus) {
      const { namespace, name } = created.metadata;
      return await api.patchStatus(kind, namespace, name, status);
    }
    return created;
  } catch (error) {
    if (error instanceof KubeApiError && error.code === 409) return undefined;
    throw error;
  }
}

/** Every object of one demo cluster, in the order they can be created. */
export function demoObjects(
  data: DemoData,
  cluster: DemoCluster,
): KubeObject[] {
  const namespaces = data.namespaces.map(ns => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: ns.name,
      ...(ns.owner
        ? { annotations: { [HARVESTER_ANNOTATIONS.owner]: ns.owner } }
        : {}),
    },
  }));
  const replicas = placeReplicas(
    cluster.hosts,
    cluster.vms.map(vm => ({
      name: `${cluster.name}/${vm.namespace}/${vm.name}`,
      bytes: diskBytesOf(vm),
    })),
  );
  return [
    ...namespaces,
    ...data.manifests,
    ...cluster.hosts.flatMap(host => [
      nodeOf(host),
      ...blockDevicesOf(host),
      longhornNodeOf(host, replicas.get(host.name)),
    ]),
    ...cluster.vms.map(virtualMachineOf),
    ...(cluster.manifests ?? []),
  ];
}

/**
 * Seeds a cluster with its demo objects; objects that exist are left
 * alone, so seeding again changes nothing. A VM the demo has Paused gets
 * its VMI with the Paused condition right away (the simulation then
 * schedules it like any other).
 */
export async function seedCluster(
  api: KubeResources,
  data: DemoData,
  cluster: DemoCluster,
) {
  const paused = new Set(
    cluster.vms
      .filter(vm => vm.state === 'Paused')
      .map(vm => `${vm.namespace}/${vm.name}`),
  );
  for (const object of demoObjects(data, cluster)) {
    const created = await createIfMissing(api, object);
    if (
      created &&
      object.kind === 'VirtualMachine' &&
      paused.has(`${created.metadata.namespace}/${created.metadata.name}`)
    ) {
      await createIfMissing(api, {
        ...instanceFor(created),
        status: {
          conditions: [
            {
              type: 'Paused',
              status: 'True',
              reason: 'PausedByUser',
              message: 'VMI was paused by user',
            },
          ],
        },
      });
    }
  }
}
