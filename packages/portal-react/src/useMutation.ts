import { useCallback, useState } from 'react';
import { toastApiRef, useApi } from '@backstage/frontend-plugin-api';
import { describeError } from './describeError';

type MutationState = { pending: boolean; error?: string };

/**
 * One change sent to the server: `pending` while it runs, the server's
 * message as `error` when it fails (shown where the change was started),
 * a toast when it worked (`done`, or made from the result). `run` resolves
 * to the result, or undefined on failure, so callers chain the next step
 * only after a success.
 */
export function useMutation() {
  const toastApi = useApi(toastApiRef);
  const [state, setState] = useState<MutationState>({ pending: false });

  const run = useCallback(
    async <TResult>(
      change: () => Promise<TResult>,
      done?: string | ((result: TResult) => string),
    ): Promise<{ result: TResult } | undefined> => {
      setState({ pending: true });
      try {
        const result = await change();
        setState({ pending: false });
        if (done) {
          const title = typeof done === 'string' ? done : done(result);
          toastApi.post({ title, status: 'success', timeout: 4000 });
        }
        return { result };
      } catch (e) {
        setState({ pending: false, error: describeError(e) });
        return undefined;
      }
    },
    [toastApi],
  );

  const reset = useCallback(() => setState({ pending: false }), []);

  return { ...state, run, reset };
}
