import { useCallback, useState } from 'react';
import { toastApiRef, useApi } from '@backstage/frontend-plugin-api';
import { describeError } from './describeError';

/**
 * Runs one admin change: tracks `pending`, keeps the last error for the
 * dialog that started it, and confirms success with a toast.
 * `run` resolves to true when the change went through.
 */
export function useAction() {
  const toastApi = useApi(toastApiRef);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const run = useCallback(
    async <TResult>(
      action: () => Promise<TResult>,
      /** The toast, or how to word it from what the change returned. */
      successMessage?: string | ((result: TResult) => string),
    ) => {
      setPending(true);
      setError(undefined);
      try {
        const result = await action();
        if (successMessage) {
          toastApi.post({
            title:
              typeof successMessage === 'function'
                ? successMessage(result)
                : successMessage,
            status: 'success',
            timeout: 5000,
          });
        }
        return true;
      } catch (e) {
        setError(describeError(e));
        return false;
      } finally {
        setPending(false);
      }
    },
    [toastApi],
  );

  return { run, pending, error };
}
