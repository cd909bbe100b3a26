import {
  HARVESTER_NAMESPACE_RESOURCE_TYPE,
  listQuerySchema,
  NamespaceSummary,
} from '@internal/plugin-harvester-common';
import { z } from 'zod';
import { ListScope, PermittedCandidate } from '../resources/listPermitted';
import { loadNamespaceContents, toNamespaceSummary } from './namespaceSummary';

/**
 * `namespace=` names the namespaces themselves here, not where the items
 * are (a namespace is in none): it becomes `names`.
 */
export const namespaceListQuerySchema = listQuerySchema.transform(
  ({ namespace, ...query }) => ({ ...query, namespace: [], names: namespace }),
);

/** A cluster's namespaces (those named, else all) with quota and usage. */
export async function loadNamespaces(
  { handle, reader, ownership }: ListScope,
  query: Pick<z.infer<typeof namespaceListQuerySchema>, 'names'>,
): Promise<PermittedCandidate<NamespaceSummary>[]> {
  const names = new Set(query.names);
  const [objects, contents] = await Promise.all([
    reader.list('namespace'),
    loadNamespaceContents(handle.name, reader, ownership),
  ]);
  return objects
    .filter(ns => !names.size || names.has(ns.metadata.name))
    .map(ns => ({
      item: toNamespaceSummary(handle.name, ns, contents, ownership),
      resource: ownership.resourceOf(HARVESTER_NAMESPACE_RESOURCE_TYPE, ns),
    }));
}
