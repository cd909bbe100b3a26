import { useCallback, useEffect, useState } from 'react';
import { toastApiRef, useApi } from '@backstage/frontend-plugin-api';
import type { SyncRun } from '@internal/plugin-data-catalog-common';
import { describeError, usePolling } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';

/**
 * A source's sync, live: `start` asks for one (202 with the run), then the
 * run is polled until it ends, and `onFinished` runs once so the page can
 * reload. A run already going when the page opened is followed the same way.
 */
export function useSyncRun(options: {
  sourceId: string;
  runningRun?: SyncRun;
  onFinished(): void;
  intervalMs?: number;
}) {
  const api = useApi(dataCatalogApiRef);
  const toastApi = useApi(toastApiRef);
  const [run, setRun] = useState<SyncRun | undefined>(options.runningRun);
  const [error, setError] = useState<string>();
  const { onFinished } = options;

  useEffect(() => {
    if (options.runningRun) setRun(current => current ?? options.runningRun);
  }, [options.runningRun]);

  const start = useCallback(async () => {
    setError(undefined);
    try {
      setRun(await api.syncSource(options.sourceId));
    } catch (e) {
      setError(describeError(e));
    }
  }, [api, options.sourceId]);

  const running = run?.status === 'running';
  usePolling(
    running,
    async () => {
      if (!run) return;
      try {
        const latest = await api.getSync(run.id);
        setRun(latest);
        if (latest.status !== 'running') {
          toastApi.post({
            title: `Sync ${latest.status}`,
            status: latest.status === 'succeeded' ? 'success' : 'danger',
            timeout: 5000,
          });
          onFinished();
        }
      } catch (e) {
        setError(describeError(e));
      }
    },
    options.intervalMs ?? 1500,
  );

  return { run, running, error, start };
}
