import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { chunked } from '../assets/dbValues';

/** `resource:<ns>/…` → ns, for refs that can be data-catalog assets. */
function resourceNamespace(ref: string): string | undefined {
  try {
    const { kind, namespace } = parseEntityRef(ref);
    return kind.toLocaleLowerCase() === 'resource'
      ? namespace.toLocaleLowerCase()
      : undefined;
  } catch {
    return undefined; // not an entity ref: nothing the catalog guards
  }
}

/**
 * The refs that are data-catalog assets: Resources in the namespace of a
 * registered source, ingested yet or not. Other refs (pipelines, models,
 * components) belong to other plugins, which guard them themselves.
 */
export async function dataCatalogRefs(
  knex: Knex,
  refs: Iterable<string>,
): Promise<Set<string>> {
  const byNamespace = new Map<string, string[]>();
  for (const ref of new Set(refs)) {
    const namespace = resourceNamespace(ref);
    if (namespace)
      byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), ref]);
  }
  const found = new Set<string>();
  for (const chunk of chunked([...byNamespace.keys()])) {
    const rows: Array<{ id: string }> = await knex('sources')
      .whereIn('id', chunk)
      .select('id');
    for (const row of rows) {
      byNamespace.get(row.id)?.forEach(ref => found.add(ref));
    }
  }
  return found;
}

/** Of these refs, the ones `permission` is not allowed on (one batch). */
export async function deniedRefs(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
  permission: ResourcePermission,
  refs: Iterable<string>,
): Promise<Set<string>> {
  const asked = [...new Set(refs)];
  if (asked.length === 0) return new Set();
  const decisions = await permissions.authorize(
    asked.map(resourceRef => ({ permission, resourceRef })),
    { credentials },
  );
  return new Set(
    asked.filter((_, i) => decisions[i].result !== AuthorizeResult.ALLOW),
  );
}
