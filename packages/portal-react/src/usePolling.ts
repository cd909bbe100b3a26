import { useEffect, useRef } from 'react';

/**
 * Calls `tick` every `intervalMs` while `active` (auto-refresh, a download
 * or a sync running, an action settling). The latest `tick` is used, so
 * callers need not memoise it.
 */
export function usePolling(
  active: boolean,
  tick: () => void,
  intervalMs = 2000,
) {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => latest.current(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
}
