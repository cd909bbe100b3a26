import { useEffect, useRef, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import type { RunDetail } from '@internal/plugin-ai-ops-common';
import { aiOpsApiRef } from '../../api/AiOpsApi';

export type StreamStatus = 'connecting' | 'connected' | 'reconnecting';

/**
 * A run with its tasks, kept current by the run's event stream: `run`
 * events replace the summary, `task` events the task. After a reconnect
 * the run is loaded again, as events may have been missed meanwhile.
 */
export function useLiveRun(workspace: string, runId: string) {
  const api = useApi(aiOpsApiRef);
  const loaded = useAsyncRetry(
    () => api.getRun(workspace, runId),
    [api, workspace, runId],
  );
  const [live, setLive] = useState<RunDetail>();
  const [status, setStatus] = useState<StreamStatus>('connecting');
  // The stream must not reopen whenever a reload changes `retry`.
  const reload = useRef(loaded.retry);
  reload.current = loaded.retry;

  useEffect(() => setLive(loaded.value), [loaded.value]);

  useEffect(() => {
    const subscription = api.streamRun(workspace, runId, {
      onRun: run => setLive(current => current && { ...current, ...run }),
      onTask: task =>
        setLive(
          current =>
            current && {
              ...current,
              tasks: current.tasks.some(t => t.id === task.id)
                ? current.tasks.map(t => (t.id === task.id ? task : t))
                : [...current.tasks, task],
            },
        ),
      onStatus: next => {
        setStatus(next);
        if (next === 'reconnecting') reload.current();
      },
    });
    return () => subscription.close();
  }, [api, workspace, runId]);

  return {
    result: { ...loaded, value: live ?? loaded.value },
    status,
    reload: loaded.retry,
  };
}
