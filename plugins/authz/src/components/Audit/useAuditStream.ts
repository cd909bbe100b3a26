import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { AuditEntry } from '@internal/plugin-authz-common';
import { authzApiRef } from '../../api/AuthzApi';
import type { AuditFilter, AuditStreamStatus } from '../../api/types';

/** Live entries kept on screen; older ones are in the paged list anyway. */
const maxLiveEntries = 200;

/**
 * Entries arriving on the live stream for `filter`, newest first, while not
 * paused. A new filter starts a new stream and an empty list.
 */
export function useAuditStream(filter: AuditFilter, paused: boolean) {
  const api = useApi(authzApiRef);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [status, setStatus] = useState<AuditStreamStatus>('closed');
  const [error, setError] = useState<Error>();

  useEffect(() => {
    setEntries([]);
  }, [filter]);

  useEffect(() => {
    if (paused) return undefined;
    const subscription = api.streamAuditEntries(filter, {
      onEntry: entry => {
        setError(undefined);
        setEntries(current => [entry, ...current].slice(0, maxLiveEntries));
      },
      onStatusChange: setStatus,
      onError: setError,
    });
    return () => subscription.close();
  }, [api, filter, paused]);

  return { entries, status: paused ? ('closed' as const) : status, error };
}
