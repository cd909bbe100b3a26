import { ConflictError } from '@backstage/errors';
import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_VM_RESOURCE_TYPE,
  harvesterVmCreatePermission,
  VmCreateRequest,
  VmSummary,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterClient } from '../kube/ClusterClient';
import { VirtualMachine } from '../kube/types/kubevirt';
import { loadOwnership, Ownership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import {
  buildVmManifest,
  idempotencyLabelValue,
  VmManifestInput,
} from './buildVmManifest';
import { resolveVmSources } from './resolveVmSources';
import { loadVmRelations } from './vmRelations';
import { toVmSummary } from './vmSummary';

export type CreateVmResponse = {
  vm?: VmSummary;
  created: boolean;
  manifest?: VirtualMachine;
};

export async function summarizeNewVm(
  req: Request,
  handle: ClusterHandle,
  ownership: Ownership,
  vm: VirtualMachine,
): Promise<VmSummary> {
  const relations = await loadVmRelations(
    handle.readerFor(req),
    vm.metadata.namespace,
  );
  return toVmSummary(handle.name, vm, relations, ownership);
}

/**
 * The VM an earlier request with the same idempotency key created, asked
 * of the API server: a retry can arrive before the cache saw the first.
 */
async function findByIdempotencyKey(
  client: ClusterClient,
  namespace: string,
  key: string,
): Promise<VirtualMachine | undefined> {
  const { items } = await client.list('vm', {
    namespace,
    labelSelector: `${
      HARVESTER_ANNOTATIONS.idempotencyKey
    }=${idempotencyLabelValue(key)}`,
  });
  return items[0] as VirtualMachine | undefined;
}

/**
 * Creates a VM from a template or an image for the caller, who must be
 * allowed to create it with its cluster, namespace, owner and tags. A
 * retried request (same idempotency key) answers the first one's VM; a
 * dry run validates with the API server too and answers the manifest.
 */
export async function createVm(
  context: HarvesterContext,
  req: Request,
  target: { cluster: string; namespace: string },
  request: VmCreateRequest,
  explicit: VmManifestInput['explicit'],
): Promise<CreateVmResponse> {
  const credentials = await context.httpAuth.credentials(req, {
    allow: ['user'],
  });
  const handle = context.clusters.get(target.cluster);
  const { namespace } = target;
  const reader = handle.readerFor(req);
  const ownership = await loadOwnership(handle, reader);
  const owner = request.owner ?? credentials.principal.userEntityRef;
  await context.harvesterAuth.requireAllowed(req, harvesterVmCreatePermission, {
    resourceType: HARVESTER_VM_RESOURCE_TYPE,
    cluster: handle.name,
    namespace,
    name: request.name,
    owner,
    tags: request.tags,
  });
  const client = handle.clientFor(req);

  if (request.idempotencyKey && !request.dryRun) {
    const earlier = await findByIdempotencyKey(
      client,
      namespace,
      request.idempotencyKey,
    );
    if (earlier) {
      return {
        vm: await summarizeNewVm(req, handle, ownership, earlier),
        created: false,
      };
    }
  }
  const sources = await resolveVmSources(reader, namespace, request);
  const manifest = buildVmManifest({
    namespace,
    request,
    sources,
    owner,
    createdBy: credentials.principal.userEntityRef,
    explicit,
  });
  if (await client.get('vm', namespace, request.name)) {
    throw new ConflictError(
      `VM ${handle.name}/${namespace}/${request.name} already exists`,
    );
  }
  if (request.dryRun) {
    await client.create('vm', manifest, { dryRun: true });
    return { created: false, manifest };
  }
  const ref = { cluster: handle.name, namespace, name: request.name };
  const meta = {
    ...ref,
    owner,
    source: sources.template?.versionId ?? sources.bootImage?.id,
    ...(request.idempotencyKey ? { idempotent: true } : {}),
  };
  try {
    return await auditChange(context, req, 'vm-create', meta, async () => {
      const created = (await client.create('vm', manifest)) as VirtualMachine;
      const vm = await summarizeNewVm(req, handle, ownership, created);
      return { result: { vm, created: true }, meta: { uid: vm.uid } };
    });
  } catch (error) {
    // Two tries of one request raced, and the other one created the VM.
    const winner =
      (error as Error).name === 'ConflictError' && request.idempotencyKey
        ? await findByIdempotencyKey(client, namespace, request.idempotencyKey)
        : undefined;
    if (!winner) {
      throw error;
    }
    return {
      vm: await summarizeNewVm(req, handle, ownership, winner),
      created: false,
    };
  }
}
