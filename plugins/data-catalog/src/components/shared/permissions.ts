import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import type {
  dataCatalogSourceManagePermission,
  dataCatalogTagManagePermission,
} from '@internal/plugin-data-catalog-common';

/** The catalog's basic (not per-resource) permissions look like this one. */
type BasicPermission = typeof dataCatalogTagManagePermission;
/** Permissions on one source, asked with the source's entity ref. */
type SourcePermission = typeof dataCatalogSourceManagePermission;

/**
 * Asks the permission API directly (rather than usePermission's app-wide
 * cache) so an answer is per page visit: a permission granted meanwhile
 * shows on the next visit. False until the answer is in.
 */
function useAllowed(
  request:
    | { permission: BasicPermission }
    | { permission: SourcePermission; resourceRef: string | undefined },
): boolean {
  const permissionApi = useApi(permissionApiRef);
  const resourceRef = 'resourceRef' in request ? request.resourceRef : '';
  const { value } = useAsync(async () => {
    if (resourceRef === undefined) return false;
    const { result } = await permissionApi.authorize(
      resourceRef
        ? { permission: request.permission, resourceRef }
        : { permission: request.permission },
    );
    // Compared as text: the enum lives in a package this one does not depend on.
    return String(result) === 'ALLOW';
  }, [permissionApi, request.permission.name, resourceRef]);
  return value ?? false;
}

/**
 * Whether the signed-in user may use an action; actions the user may not
 * use are hidden. The server checks again on every request.
 */
export function useCan(permission: BasicPermission): boolean {
  return useAllowed({ permission });
}

/** The same for a permission on one source (`resource:<id>/<id>`). */
export function useCanOnSource(
  permission: SourcePermission,
  sourceRef: string | undefined,
): boolean {
  return useAllowed({ permission, resourceRef: sourceRef });
}
