import { useEffect, useState } from 'react';
import { usePolling } from '@internal/portal-react';

const POLL_MS = 2000;
/** The backend's watch cache shows a write within moments; stop waiting well after. */
const AWAIT_MS = 30_000;

/**
 * Keeps a server-paged list current while the cluster carries out changes
 * in the background: reloads every 2 s while any row is `changing` (e.g. a
 * volume Longhorn is still resizing), and after a change (`afterChange`)
 * until the rows differ from what they were when it was made, for at most
 * 30 s: the backend lists from a watch cache that sees a write a moment
 * after it answered.
 */
export function useSettlingList<T>(
  rows: T[] | undefined,
  reload: () => void,
  changing: (row: T) => boolean,
) {
  const [awaited, setAwaited] = useState<{ before: string; since: number }>();
  const current = JSON.stringify(rows ?? null);

  useEffect(() => {
    if (awaited && current !== awaited.before) setAwaited(undefined);
  }, [current, awaited]);

  usePolling(
    awaited !== undefined || (rows ?? []).some(changing),
    () => {
      if (awaited && Date.now() - awaited.since > AWAIT_MS) {
        setAwaited(undefined);
      }
      reload();
    },
    POLL_MS,
  );

  return {
    /** Reloads now, and until the list shows that something changed. */
    afterChange: () => {
      setAwaited({ before: current, since: Date.now() });
      reload();
    },
  };
}
