import { useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { TaskSummary } from '@internal/plugin-ai-ops-common';
import { Panel } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { RunStateChip } from '../shared/RunStateChip';

/** Keep the browser responsive on chatty tasks: the log's tail only. */
const MAX_CHARS = 200_000;

/**
 * A task's log, followed while the task runs (`?follow=true` streams new
 * lines until it ends), scrolled to the newest line.
 */
export function TaskLogs(props: {
  workspace: string;
  runId: string;
  task: TaskSummary;
}) {
  const api = useApi(aiOpsApiRef);
  const { workspace, runId, task } = props;
  const [text, setText] = useState('');
  const view = useRef<HTMLPreElement>(null);

  useEffect(() => {
    setText('');
    const subscription = api.followTaskLog(
      workspace,
      runId,
      task.id,
      (chunk, fromStart) =>
        setText(current =>
          (fromStart ? chunk : current + chunk).slice(-MAX_CHARS),
        ),
    );
    return () => subscription.close();
  }, [api, workspace, runId, task.id]);

  useEffect(() => {
    const element = view.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [text]);

  return (
    <Panel
      title={`Logs of ${task.label ?? task.nodeId}`}
      subtitle={`attempt ${task.attempt} of ${task.maxAttempts}`}
      actions={<RunStateChip state={task.state} />}
    >
      <pre
        ref={view}
        aria-label={`Log of ${task.nodeId}`}
        style={{
          maxHeight: 360,
          overflow: 'auto',
          margin: 0,
          padding: 12,
          background: '#263238',
          color: '#eceff1',
          fontSize: 12,
          borderRadius: 6,
          whiteSpace: 'pre-wrap',
        }}
      >
        {text || 'No output yet.'}
      </pre>
    </Panel>
  );
}
