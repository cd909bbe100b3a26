import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Text } from '@backstage/ui';
import type { RunSummary } from '@internal/plugin-ai-ops-common';
import { DialogFrame, useMutation } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import type { RunAction } from '../../api/types';

type ActionInfo = {
  label: string;
  question: string;
  done: string;
  destructive?: boolean;
  /** States of the run in which the action makes sense. */
  when: RunSummary['state'][];
};

const ACTIONS: Record<RunAction, ActionInfo> = {
  stop: {
    label: 'Stop',
    question: 'Stop this run? Running tasks are canceled.',
    done: 'Run stopping',
    destructive: true,
    when: ['PENDING', 'RUNNING', 'PAUSED'],
  },
  pause: {
    label: 'Pause',
    question: 'Pause this run? Running tasks finish; no new task starts.',
    done: 'Run paused',
    when: ['RUNNING'],
  },
  resume: {
    label: 'Resume',
    question: 'Resume this run?',
    done: 'Run resumed',
    when: ['PAUSED'],
  },
  rerun: {
    label: 'Re-run',
    question: 'Start a new run of the same pipeline version and parameters?',
    done: 'Run started',
    when: ['SUCCEEDED', 'FAILED', 'CANCELED', 'SKIPPED'],
  },
  'rerun-failed': {
    label: 'Re-run failed',
    question: 'Start a new run from the failed tasks, keeping what succeeded?',
    done: 'Run started',
    when: ['FAILED', 'CANCELED'],
  },
};

/**
 * The run's actions that fit its state, each confirmed in a dialog. A
 * re-run opens the new run (`onStarted`); others reload this one.
 */
export function RunActions(props: {
  workspace: string;
  run: RunSummary;
  onChanged(): void;
  onStarted(run: RunSummary): void;
}) {
  const api = useApi(aiOpsApiRef);
  const [asked, setAsked] = useState<RunAction>();
  const mutation = useMutation();
  const available = (Object.keys(ACTIONS) as RunAction[]).filter(action =>
    ACTIONS[action].when.includes(props.run.state),
  );

  const confirm = async (action: RunAction) => {
    const sent = await mutation.run(
      () => api.runAction(props.workspace, props.run.id, action),
      ACTIONS[action].done,
    );
    if (!sent) return;
    setAsked(undefined);
    if (action.startsWith('rerun')) props.onStarted(sent.result);
    else props.onChanged();
  };

  return (
    <>
      {available.map(action => (
        <Button
          key={action}
          variant="secondary"
          destructive={ACTIONS[action].destructive}
          onPress={() => {
            mutation.reset();
            setAsked(action);
          }}
        >
          {ACTIONS[action].label}
        </Button>
      ))}
      {asked ? (
        <DialogFrame
          title={`${ACTIONS[asked].label} run #${props.run.runNumber}`}
          error={mutation.error}
          primary={{
            label: ACTIONS[asked].label,
            destructive: ACTIONS[asked].destructive,
            pending: mutation.pending,
            onPress: () => confirm(asked),
          }}
          onCancel={() => setAsked(undefined)}
        >
          <Text as="p">{ACTIONS[asked].question}</Text>
        </DialogFrame>
      ) : null}
    </>
  );
}
