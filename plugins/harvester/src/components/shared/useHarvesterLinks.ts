import { useMemo } from 'react';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import {
  hostRouteRef,
  hostsRouteRef,
  rootRouteRef,
  vmRouteRef,
  vmsRouteRef,
} from '../../routes';
import type { ClusterScopedRef, NamespacedRef } from '../../api/types';
import { type QueryParams, queryString } from '@internal/portal-react';

/**
 * Paths of the plugin's own pages, from the app's routing (so the pages
 * work wherever the app mounts them); '' while unresolved. Stable while
 * the routes are, so it can be a memo input.
 */
export function useHarvesterLinks() {
  const root = useRouteRef(rootRouteRef);
  const hosts = useRouteRef(hostsRouteRef);
  const host = useRouteRef(hostRouteRef);
  const vms = useRouteRef(vmsRouteRef);
  const vm = useRouteRef(vmRouteRef);

  return useMemo(
    () => ({
      /** A section below the root, e.g. `advanced`, with query parameters. */
      section: (path: string, params: QueryParams = {}) =>
        root ? `${root()}/${path}${queryString(params)}` : '',
      hosts: (params: QueryParams = {}) =>
        hosts ? `${hosts()}${queryString(params)}` : '',
      host: (ref: ClusterScopedRef) =>
        host?.({ cluster: ref.cluster, name: ref.name }) ?? '',
      vms: (params: QueryParams = {}) =>
        vms ? `${vms()}${queryString(params)}` : '',
      vm: (ref: NamespacedRef) =>
        vm?.({
          cluster: ref.cluster,
          namespace: ref.namespace,
          name: ref.name,
        }) ?? '',
    }),
    [root, hosts, host, vms, vm],
  );
}

export type HarvesterLinks = ReturnType<typeof useHarvesterLinks>;
