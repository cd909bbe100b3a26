import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Switch,
} from '@backstage/ui';
import type {
  Schedule,
  ScheduleWithUpcoming,
} from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ErrorNote,
  formatTime,
  ListTable,
  Panel,
  TimeCell,
  useDialog,
  useMutation,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { ScheduleDialog } from './ScheduleDialog';
import { TriggersPanel } from './TriggersPanel';

/**
 * The workspace's schedules with their next fire times; create, edit,
 * enable or disable them. Event triggers below.
 */
export function SchedulesPage() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const loaded = useAsyncRetry(async () => {
    const [schedules, pipelines] = await Promise.all([
      api.listSchedules(workspace),
      api.listPipelines(workspace, { limit: 200 }),
    ]);
    return { schedules: schedules.items, pipelines: pipelines.items };
  }, [api, workspace]);
  const dialog = useDialog<{ schedule?: Schedule }>(loaded.retry);
  const toggle = useMutation();
  const titleOf = (id: string) =>
    loaded.value?.pipelines.find(p => p.id === id)?.title ?? id;

  const columns: ColumnConfig<ScheduleWithUpcoming>[] = [
    {
      id: 'name',
      label: 'Schedule',
      isRowHeader: true,
      cell: s => (
        <CellText title={s.name} description={titleOf(s.pipelineId)} />
      ),
    },
    {
      id: 'cron',
      label: 'Cron',
      cell: s => <CellText title={s.cron} description={s.timezone} />,
    },
    {
      id: 'upcoming',
      label: 'Next fire times',
      cell: s => (
        <CellText
          title={
            s.enabled ? formatTime(s.upcoming[0] ?? s.nextFireAt) : 'disabled'
          }
          description={s.upcoming.slice(1).map(formatTime).join(' · ')}
        />
      ),
    },
    {
      id: 'policy',
      label: 'Catch-up / concurrency',
      cell: s => <CellText title={`${s.catchUp} · max ${s.maxConcurrency}`} />,
    },
    {
      id: 'last',
      label: 'Last fired',
      cell: s => <TimeCell at={s.lastFiredAt} />,
    },
    {
      id: 'enabled',
      label: 'Enabled',
      cell: s => (
        <Cell>
          <Switch
            aria-label={`Enable ${s.name}`}
            isSelected={s.enabled}
            onChange={async enabled => {
              const done = await toggle.run(
                () =>
                  api.updateSchedule(workspace, s.pipelineId, s.id, {
                    enabled,
                  }),
                `${s.name} ${enabled ? 'enabled' : 'disabled'}`,
              );
              if (done) loaded.retry();
            }}
          />
        </Cell>
      ),
    },
    {
      id: 'edit',
      label: '',
      cell: s => (
        <Cell>
          <Button
            size="small"
            variant="secondary"
            aria-label={`Edit ${s.name}`}
            onPress={() => dialog.open({ schedule: s })}
          >
            Edit
          </Button>
        </Cell>
      ),
    },
  ];

  return (
    <AsyncView result={loaded}>
      {({ schedules, pipelines }) => (
        <Flex direction="column" gap="4">
          <Panel
            title="Schedules"
            actions={
              <Button
                variant="primary"
                isDisabled={!pipelines.length}
                onPress={() => dialog.open({})}
              >
                New schedule
              </Button>
            }
          >
            <ErrorNote message={toggle.error} />
            <ListTable
              columns={columns}
              rows={schedules}
              empty="No schedules yet."
            />
          </Panel>
          <TriggersPanel workspace={workspace} pipelines={pipelines} />
          {dialog.subject ? (
            <ScheduleDialog
              workspace={workspace}
              pipelines={pipelines}
              schedule={dialog.subject.schedule}
              onCancel={dialog.close}
              onSaved={dialog.finish}
            />
          ) : null}
        </Flex>
      )}
    </AsyncView>
  );
}
