import { LinearProgress } from '@material-ui/core';
import { Flex, Text } from '@backstage/ui';
import type { SyncRun } from '@internal/plugin-data-catalog-common';
import { formatTime, timeAgo } from '@internal/portal-react';
import { formatDuration } from './format';
import { SyncStatusChip } from './statusChips';

/** "+1 ~2 −1": what a finished sync added, changed and removed. */
function syncDelta(run: SyncRun): string {
  if (!run.stats) return '';
  const { added, changed, removed } = run.stats;
  return `+${added} ~${changed} −${removed}`;
}

/**
 * Where a source's last sync stands: a progress bar with the step reached
 * while running, the reason when it failed, when and how fast otherwise.
 */
export function SyncState(props: { run?: SyncRun }) {
  const { run } = props;
  if (!run) {
    return (
      <Text variant="body-small" color="secondary">
        Never synced
      </Text>
    );
  }
  if (run.status === 'running') {
    const step = run.steps[run.steps.length - 1]?.step ?? 'connect';
    return (
      <Flex direction="column" gap="1">
        <LinearProgress aria-label="Sync running" />
        <Text variant="body-x-small" color="secondary">
          Syncing since {timeAgo(run.startedAt)} · step {run.steps.length}:{' '}
          {step}
        </Text>
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="1">
      <Flex gap="2" align="center">
        <SyncStatusChip status={run.status} />
        <Text
          variant="body-x-small"
          color="secondary"
          title={formatTime(run.finishedAt ?? run.startedAt)}
        >
          {timeAgo(run.finishedAt ?? run.startedAt)} ·{' '}
          {formatDuration(run.durationMs)} {syncDelta(run)}
        </Text>
      </Flex>
      {run.error ? (
        <Text variant="body-x-small" color="danger">
          {run.error}
        </Text>
      ) : null}
    </Flex>
  );
}
