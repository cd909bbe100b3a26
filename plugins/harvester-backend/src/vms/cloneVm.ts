import { ConflictError, InputError } from '@backstage/errors';
import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
  HARVESTER_VM_RESOURCE_TYPE,
  harvesterVmCreatePermission,
  RunStrategy,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { KubeObject } from '../kube/KubeObject';
import {
  VirtualMachine,
  VmSpec,
  VolumeClaimTemplate,
} from '../kube/types/kubevirt';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { nameVmSpec } from './buildVmManifest';
import { CreateVmResponse, summarizeNewVm } from './createVm';
import { LoadedVm } from './loadVm';
import { claimNameFor } from './vmDisks';
import { volumeClaimTemplatesOf } from './vmSpecFacts';

/** Annotations that describe the source VM's life, not its configuration. */
const sourceOnlyAnnotations = [
  HARVESTER_LABELS.removedPvcs,
  HARVESTER_LABELS.volumeClaimTemplates,
  'kubectl.kubernetes.io/last-applied-configuration',
  'kubevirt.io/latest-observed-api-version',
  'kubevirt.io/storage-observed-api-version',
];

/** A claim like the source's, filled from a copy of the source PVC. */
function clonedClaim(
  name: string,
  sourceClaim: string,
  template: VolumeClaimTemplate | undefined,
  pvc: KubeObject | undefined,
): VolumeClaimTemplate {
  const spec = template?.spec ?? pvc?.spec ?? {};
  const size =
    pvc?.status?.capacity?.storage ?? spec.resources?.requests?.storage;
  const imageId =
    template?.metadata.annotations?.[HARVESTER_LABELS.imageId] ??
    pvc?.metadata.annotations?.[HARVESTER_LABELS.imageId];
  return {
    metadata: {
      name,
      ...(imageId
        ? { annotations: { [HARVESTER_LABELS.imageId]: imageId } }
        : {}),
    },
    spec: {
      accessModes: spec.accessModes,
      resources: { requests: { storage: size } },
      volumeMode: spec.volumeMode,
      storageClassName: spec.storageClassName,
      // Harvester clones a VM's disks as CSI clones of its PVCs.
      dataSource: { kind: 'PersistentVolumeClaim', name: sourceClaim },
    },
  };
}

/**
 * The clone's manifest: the source's spec under a new name, each PVC
 * replaced by a clone of it, MAC addresses dropped so the copies don't
 * collide on the network, and everything the source's life wrote stripped.
 */
async function cloneManifest(
  source: LoadedVm,
  clone: {
    name: string;
    namespace: string;
    runStrategy: RunStrategy;
    owner: string;
  },
): Promise<VirtualMachine> {
  const spec: VmSpec = structuredClone(source.object.spec!);
  const podSpec = spec.template.spec;
  const templates = new Map(
    volumeClaimTemplatesOf(source.object).map(t => [t.metadata.name, t]),
  );
  const claims: VolumeClaimTemplate[] = [];
  for (const volume of podSpec.volumes ?? []) {
    const sourceClaim = volume.persistentVolumeClaim?.claimName;
    if (sourceClaim) {
      const pvc = await source.reader.get(
        'pvc',
        source.ref.namespace,
        sourceClaim,
      );
      const name = claimNameFor(clone.name, volume.name);
      claims.push(
        clonedClaim(name, sourceClaim, templates.get(sourceClaim), pvc),
      );
      volume.persistentVolumeClaim!.claimName = name;
    }
  }
  for (const iface of podSpec.domain.devices.interfaces ?? []) {
    delete iface.macAddress;
  }

  const annotations = { ...source.object.metadata.annotations };
  sourceOnlyAnnotations.forEach(key => delete annotations[key]);
  const labels = { ...source.object.metadata.labels };
  delete labels[HARVESTER_ANNOTATIONS.idempotencyKey];
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      name: clone.name,
      namespace: clone.namespace,
      labels,
      annotations: {
        ...annotations,
        [HARVESTER_LABELS.volumeClaimTemplates]: JSON.stringify(claims),
        [HARVESTER_ANNOTATIONS.owner]: clone.owner,
        [HARVESTER_ANNOTATIONS.createdBy]: clone.owner,
      },
    },
    spec: nameVmSpec(spec, clone.name, clone.runStrategy),
  };
}

/** Clones a VM the caller may read into a VM the caller may create. */
export async function cloneVm(
  context: HarvesterContext,
  req: Request,
  source: LoadedVm,
  request: { name: string; namespace?: string; runStrategy: RunStrategy },
): Promise<CreateVmResponse> {
  const credentials = await context.httpAuth.credentials(req, {
    allow: ['user'],
  });
  const namespace = request.namespace ?? source.ref.namespace;
  const owner = credentials.principal.userEntityRef;
  await context.harvesterAuth.requireAllowed(req, harvesterVmCreatePermission, {
    resourceType: HARVESTER_VM_RESOURCE_TYPE,
    cluster: source.ref.cluster,
    namespace,
    name: request.name,
    owner,
    tags: source.resource.tags,
  });
  if (
    namespace !== source.ref.namespace &&
    source.object.spec?.template.spec.volumes?.some(
      v => v.persistentVolumeClaim,
    )
  ) {
    throw new InputError(
      'Invalid request: namespace: volumes are cloned from their PVCs, which only works within the source namespace',
    );
  }
  const { client } = source;
  if (await client.get('vm', namespace, request.name)) {
    throw new ConflictError(
      `VM ${source.ref.cluster}/${namespace}/${request.name} already exists`,
    );
  }
  const manifest = await cloneManifest(source, {
    ...request,
    namespace,
    owner,
  });
  const ref = { cluster: source.ref.cluster, namespace, name: request.name };
  return auditChange(
    context,
    req,
    'vm-clone',
    { ...ref, source: source.ref },
    async () => {
      const created = (await client.create('vm', manifest)) as VirtualMachine;
      const vm = await summarizeNewVm(
        req,
        source.handle,
        source.ownership,
        created,
      );
      return { result: { vm, created: true }, meta: { uid: vm.uid } };
    },
  );
}
