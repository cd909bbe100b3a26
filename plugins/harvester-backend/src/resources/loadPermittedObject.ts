import { NotFoundError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { HarvesterResourceType } from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { ClusterClient } from '../kube/ClusterClient';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import { KindKey } from '../kube/resourceKinds';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { HarvesterContext } from '../service/HarvesterContext';
import { loadOwnership, Ownership } from './ownership';

/** An object with what acting on it for one request needs. */
export type LoadedObject<T extends KubeObject = KubeObject> = {
  handle: ClusterHandle;
  reader: ObjectReader;
  /** The client of the request (its caller's token on OIDC clusters). */
  readonly client: ClusterClient;
  ownership: Ownership;
  object: T;
  ref: { cluster: string; namespace: string; name: string };
  /** The object as the permission rules see it. */
  resource: HarvesterResource;
};

/** Which objects a route acts on and how the rules see them. */
export type ObjectKind<T extends KubeObject> = {
  kind: KindKey;
  /** How a 404 names the kind, e.g. `Volume`. */
  label: string;
  resourceType: HarvesterResourceType;
  /** Default `ownership.resourceOf(resourceType, object)`. */
  resourceOf?: (
    loaded: Pick<LoadedObject<T>, 'reader' | 'ownership' | 'object' | 'ref'>,
  ) => Promise<HarvesterResource>;
};

/** The object, or 404 naming it. */
export async function loadObject<T extends KubeObject>(
  req: Request,
  handle: ClusterHandle,
  ownership: Ownership,
  kind: ObjectKind<T>,
  ref: { namespace: string; name: string },
): Promise<LoadedObject<T>> {
  const reader = handle.readerFor(req);
  const { namespace, name } = ref;
  const object = (await reader.get(kind.kind, namespace, name)) as
    | T
    | undefined;
  if (!object) {
    throw new NotFoundError(
      `${kind.label} ${handle.name}/${namespace}/${name} not found`,
    );
  }
  const loaded = {
    reader,
    ownership,
    object,
    ref: { ...ref, cluster: handle.name },
  };
  const resource = kind.resourceOf
    ? await kind.resourceOf(loaded)
    : ownership.resourceOf(kind.resourceType, object);
  return {
    ...loaded,
    handle,
    resource,
    // Resolved on use: reads of an OIDC cluster with a cache need no token.
    get client() {
      return handle.clientFor(req);
    },
  };
}

/**
 * The object of the route (`:cluster/:namespace/.../:name`) if the caller
 * may use `permission` on it: 401 before 404 before 403.
 */
export async function loadPermittedObject<T extends KubeObject = KubeObject>(
  context: HarvesterContext,
  req: Request,
  options: ObjectKind<T> & { permission: ResourcePermission },
): Promise<LoadedObject<T>> {
  await context.httpAuth.credentials(req, { allow: ['user'] });
  const { cluster, namespace, name } = req.params;
  const handle = context.clusters.get(cluster);
  const ownership = await loadOwnership(handle, handle.readerFor(req));
  const loaded = await loadObject(req, handle, ownership, options, {
    namespace,
    name,
  });
  await context.harvesterAuth.requireAllowed(
    req,
    options.permission,
    loaded.resource,
  );
  return loaded;
}
