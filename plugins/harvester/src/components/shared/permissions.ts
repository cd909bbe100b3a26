import { usePermission } from '@backstage/plugin-permission-react';

/** Harvester's permissions all act on a resource (`cluster[/ns]/name`). */
export type ResourcePermission = Extract<
  Parameters<typeof usePermission>[0],
  { resourceRef: string | undefined }
>['permission'];

/**
 * Whether the signed-in user may do `permission` to the object `resourceRef`
 * (`<cluster>/<name>` for hosts, `<cluster>/<namespace>/<name>` for
 * namespaced objects). False until the answer is in: actions a user may
 * not take are left out. The server checks again on every request.
 */
export function useCan(
  permission: ResourcePermission,
  resourceRef: string | undefined,
): boolean {
  return usePermission({ permission, resourceRef }).allowed;
}
