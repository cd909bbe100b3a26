import { ComponentType, lazy } from 'react';
import type { HarvesterApi } from '../../api/HarvesterApi';
import { FIRST_PAGE_SIZE } from '../shared/pageSize';
import { readUrlFilter } from '../shared/readUrlFilter';
import { vmFilterKeys, vmListQuery } from '../VmsPage/vmListQuery';

/** A page whose module loads when it is first shown, or on `preload()`. */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/** A header tab and the page under it; `path` '' is the dashboard. */
export type Section = {
  path: string;
  label: string;
  Page: LazyPage;
  /** Starts the page's first request while its module loads. */
  prefetch?: (api: HarvesterApi, params: URLSearchParams) => void;
};

function load<M>(importer: () => Promise<M>, name: keyof M): LazyPage {
  const preload = async () => ({
    default: (await importer())[name] as ComponentType,
  });
  // The bundler loads a module once: preload and render share it.
  return Object.assign(lazy(preload), { preload });
}

/** Harvester's own navigation, in its order. */
export const sections: Section[] = [
  {
    path: '',
    label: 'Dashboard',
    Page: load(() => import('../DashboardPage/DashboardPage'), 'DashboardPage'),
  },
  {
    path: 'hosts',
    label: 'Hosts',
    Page: load(() => import('../HostsPage/HostsPage'), 'HostsPage'),
  },
  {
    path: 'vms',
    label: 'Virtual Machines',
    Page: load(() => import('../VmsPage/VmsPage'), 'VmsPage'),
    prefetch: (api, params) =>
      api.prefetchVms({
        ...vmListQuery(
          params.get('cluster') || undefined,
          readUrlFilter(params, vmFilterKeys),
        ),
        offset: 0,
        limit: FIRST_PAGE_SIZE,
      }),
  },
  {
    path: 'volumes',
    label: 'Volumes',
    Page: load(() => import('../VolumesPage/VolumesPage'), 'VolumesPage'),
  },
  {
    path: 'images',
    label: 'Images',
    Page: load(() => import('../ImagesPage/ImagesPage'), 'ImagesPage'),
  },
  {
    path: 'namespaces',
    label: 'Namespaces',
    Page: load(
      () => import('../NamespacesPage/NamespacesPage'),
      'NamespacesPage',
    ),
  },
  {
    path: 'networks',
    label: 'Networks',
    Page: load(() => import('../NetworksPage/NetworksPage'), 'NetworksPage'),
  },
  {
    path: 'backups',
    label: 'Backup & Snapshot',
    Page: load(() => import('../BackupsPage/BackupsPage'), 'BackupsPage'),
  },
  {
    path: 'monitoring',
    label: 'Monitoring',
    Page: load(
      () => import('../MonitoringPage/MonitoringPage'),
      'MonitoringPage',
    ),
  },
  {
    path: 'advanced',
    label: 'Advanced',
    Page: load(() => import('../AdvancedPage/AdvancedPage'), 'AdvancedPage'),
  },
];

/** Detail pages below their section. */
export const detailPages = {
  host: load(() => import('../HostsPage/HostDetailPage'), 'HostDetailPage'),
  vm: load(() => import('../VmDetailPage/VmDetailPage'), 'VmDetailPage'),
};
