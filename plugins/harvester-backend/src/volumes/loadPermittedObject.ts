import { NotFoundError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { HarvesterResourceType } from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import { KindKey } from '../kube/resourceKinds';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { loadOwnership, Ownership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';

/** An object of the route with what acting on it for one request needs. */
export type PermittedObject<T extends KubeObject = KubeObject> = {
  handle: ClusterHandle;
  reader: ObjectReader;
  ownership: Ownership;
  object: T;
  ref: { cluster: string; namespace: string; name: string };
  resource: HarvesterResource;
};

export type PermittedObjectOptions<T extends KubeObject> = {
  kind: KindKey;
  /** How a 404 names the kind, e.g. `Volume`. */
  label: string;
  permission: ResourcePermission;
  /** The object as the rules see it; default `ownership.resourceOf(resourceType, object)`. */
  resourceType: HarvesterResourceType;
  resourceOf?: (
    loaded: Omit<PermittedObject<T>, 'resource'>,
  ) => Promise<HarvesterResource>;
};

/**
 * The object of the route (`:cluster/:namespace/.../:name`) if the caller
 * may use `permission` on it: 401 before 404 before 403.
 */
export async function loadPermittedObject<T extends KubeObject = KubeObject>(
  context: HarvesterContext,
  req: Request,
  options: PermittedObjectOptions<T>,
): Promise<PermittedObject<T>> {
  await context.httpAuth.credentials(req, { allow: ['user'] });
  const { cluster, namespace, name } = req.params;
  const handle = context.clusters.get(cluster);
  const reader = handle.readerFor(req);
  const object = (await reader.get(options.kind, namespace, name)) as
    | T
    | undefined;
  if (!object) {
    throw new NotFoundError(
      `${options.label} ${cluster}/${namespace}/${name} not found`,
    );
  }
  const ownership = await loadOwnership(handle, reader);
  const loaded = {
    handle,
    reader,
    ownership,
    object,
    ref: { cluster: handle.name, namespace, name },
  };
  const resource = options.resourceOf
    ? await options.resourceOf(loaded)
    : ownership.resourceOf(options.resourceType, object);
  await context.harvesterAuth.requireAllowed(req, options.permission, resource);
  return { ...loaded, resource };
}
