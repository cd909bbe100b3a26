import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Text,
} from '@backstage/ui';
import type {
  Schedule,
  ScheduleFire,
  ScheduleFireStatus,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ListTable,
  Panel,
  TimeCell,
  Tone,
  ToneChip,
  withIds,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useLinks } from '../workspace/useLinks';

const PAGE_SIZE = 10;

const STATUS_TONES: Record<ScheduleFireStatus, Tone> = {
  started: 'success',
  skipped: 'warning',
  failed: 'danger',
};

/** The backend records a fire by hand with this reason. */
const FIRED_BY_HAND = /^fired now by (.+)$/;

/** "2026-11-28 02:00 CET": a cron time as the schedule's zone reads it. */
export function formatInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/**
 * What the scheduler decided at each fire time of one schedule, newest
 * first and paged: the run it started, or why it skipped (max concurrency,
 * a catch-up policy) or failed; who fired one by hand.
 */
export function FireHistoryPanel(props: {
  workspace: string;
  schedule: Schedule;
  /** Changes when the schedule was fired, so the history reloads. */
  version: number;
}) {
  const api = useApi(aiOpsApiRef);
  const links = useLinks();
  const { workspace, schedule } = props;
  const [offset, setOffset] = useState(0);
  const fires = useAsyncRetry(
    () =>
      api.listScheduleFires(workspace, schedule.pipelineId, schedule.id, {
        limit: PAGE_SIZE,
        offset,
      }),
    [api, workspace, schedule, offset, props.version],
  );
  const columns: ColumnConfig<ScheduleFire & { id: string }>[] = [
    {
      id: 'fireTime',
      label: `Scheduled time (${schedule.timezone})`,
      isRowHeader: true,
      cell: f => (
        <CellText title={formatInZone(f.fireTime, schedule.timezone)} />
      ),
    },
    {
      id: 'decidedAt',
      label: 'Fired at',
      cell: f => <TimeCell at={f.decidedAt} />,
    },
    {
      id: 'outcome',
      label: 'Outcome',
      cell: f => (
        <Cell>
          <Flex gap="2" align="center">
            <ToneChip tone={STATUS_TONES[f.status]} label={f.status} />
            {f.reason && !FIRED_BY_HAND.test(f.reason) ? (
              <Text variant="body-small">{f.reason}</Text>
            ) : null}
          </Flex>
        </Cell>
      ),
    },
    {
      id: 'run',
      label: 'Run',
      cell: f =>
        f.runId ? (
          <CellText title="Open run" href={links.run(f.runId)} />
        ) : (
          <CellText title="none" />
        ),
    },
    {
      id: 'firedBy',
      label: 'Fired by',
      cell: f => (
        <CellText
          title={f.reason?.match(FIRED_BY_HAND)?.[1] ?? 'the schedule'}
        />
      ),
    },
  ];
  return (
    <Panel title={`Fires of ${schedule.name}`} subtitle="newest first">
      <AsyncView result={fires}>
        {page => (
          <>
            <ListTable
              columns={columns}
              rows={withIds(page.items, f => f.fireTime)}
              empty="Not fired yet."
            />
            <Flex gap="2" align="center" justify="end" mt="2">
              <Text variant="body-small" color="secondary">
                {page.totalCount
                  ? `${offset + 1}–${offset + page.items.length} of ${
                      page.totalCount
                    }`
                  : ''}
              </Text>
              <Button
                size="small"
                variant="secondary"
                isDisabled={offset === 0}
                onPress={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
              >
                Newer
              </Button>
              <Button
                size="small"
                variant="secondary"
                isDisabled={page.nextOffset === undefined}
                onPress={() => setOffset(page.nextOffset ?? offset)}
              >
                Older
              </Button>
            </Flex>
          </>
        )}
      </AsyncView>
    </Panel>
  );
}
