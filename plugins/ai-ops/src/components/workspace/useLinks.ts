import { useRouteRef } from '@backstage/frontend-plugin-api';
import { rootRouteRef } from '../../routes';
import { useWorkspaceState } from './WorkspaceContext';

/**
 * Links inside AI-Ops, carrying `?workspace=` so a copied link opens the
 * same workspace.
 */
export function useLinks() {
  const { workspace } = useWorkspaceState();
  const root = useRouteRef(rootRouteRef);
  const base = (root?.() ?? '').replace(/\/$/, '');
  const query = workspace ? `?workspace=${encodeURIComponent(workspace)}` : '';
  const to = (path: string) => `${base}${path}${query}`;
  const enc = encodeURIComponent;
  return {
    base,
    query,
    home: to(''),
    pipelines: to('/pipelines'),
    pipeline: (name: string) => to(`/pipelines/${enc(name)}`),
    runs: to('/runs'),
    run: (id: string) => to(`/runs/${enc(id)}`),
    datasets: to('/datasets'),
    dataset: (name: string) => to(`/datasets/${enc(name)}`),
    schedules: to('/schedules'),
  };
}
