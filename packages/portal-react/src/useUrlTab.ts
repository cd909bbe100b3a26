import { useSearchParams } from 'react-router-dom';

/**
 * The open tab kept in `?tab=` (the first of `ids` when absent or unknown;
 * choosing the first clears it), so a link or reload opens the same tab.
 * Switching replaces the history entry: Back leaves the page rather than
 * walking its tabs.
 */
export function useUrlTab(ids: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = asked !== null && ids.includes(asked) ? asked : ids[0];
  const select = (key: unknown) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        if (key === ids[0]) next.delete('tab');
        else next.set('tab', String(key));
        return next;
      },
      { replace: true },
    );
  return { tab, select };
}
