import { useEffect, useRef, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { usePolling } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import type { RunFilter } from '../../api/types';
import type { StreamStatus } from './useLiveRun';

/** How often a list is reloaded while its stream is down. */
export const FALLBACK_REFRESH_MS = 30_000;

/**
 * A page of the workspace's runs kept current by the workspace's event
 * stream: a `run` event replaces a run the page shows, and one it does not
 * show (a new run) reloads the first page. While the stream is down the
 * page is reloaded every FALLBACK_REFRESH_MS, and once more when it is
 * back, as events may have been missed meanwhile.
 */
export function useLiveRuns(workspace: string, filter: RunFilter) {
  const api = useApi(aiOpsApiRef);
  const filterKey = JSON.stringify(filter);
  const loaded = useAsyncRetry(
    () => api.listRuns(workspace, filter),
    [api, workspace, filterKey],
  );
  const [live, setLive] = useState(loaded.value);
  const [status, setStatus] = useState<StreamStatus>('connecting');
  useEffect(() => setLive(loaded.value), [loaded.value]);

  // The stream must not reopen whenever the page or the filter changes.
  const latest = useRef({ page: live, firstPage: true, reload: loaded.retry });
  latest.current = {
    page: live,
    firstPage: !filter.cursor,
    reload: loaded.retry,
  };

  useEffect(() => {
    let previous: StreamStatus = 'connecting';
    const subscription = api.streamRuns(workspace, {
      onRun: run => {
        const { page, firstPage, reload } = latest.current;
        if (page?.items.some(r => r.id === run.id)) {
          setLive(
            current =>
              current && {
                ...current,
                items: current.items.map(r => (r.id === run.id ? run : r)),
              },
          );
        } else if (firstPage) {
          reload();
        }
      },
      onTask: () => undefined,
      onStatus: next => {
        if (next === 'connected' && previous === 'reconnecting') {
          latest.current.reload();
        }
        previous = next;
        setStatus(next);
      },
    });
    return () => subscription.close();
  }, [api, workspace]);

  usePolling(status !== 'connected', loaded.retry, FALLBACK_REFRESH_MS);
  return { result: { ...loaded, value: live ?? loaded.value }, status };
}
