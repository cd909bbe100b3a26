import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Text } from '@backstage/ui';
import type { Schedule } from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  ErrorNote,
  ListTable,
  Panel,
  useDialog,
  useMutation,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { ConfirmDeleteDialog } from '../shared/ConfirmDeleteDialog';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { FireHistoryPanel } from './FireHistoryPanel';
import { ScheduleDialog } from './ScheduleDialog';
import { scheduleColumns } from './scheduleColumns';
import { TriggersPanel } from './TriggersPanel';

/**
 * The workspace's schedules with their next fire times; create, edit,
 * enable, disable, fire or delete them, and see one's fire history.
 * Event triggers below.
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
  const dialog = useDialog<{ schedule?: Schedule; remove?: boolean }>(
    loaded.retry,
  );
  const change = useMutation();
  const [historyOf, setHistoryOf] = useState<string>();
  // Bumped by each fire, so the open history reloads.
  const [fired, setFired] = useState(0);

  const columns = scheduleColumns({
    pipelineTitle: id =>
      loaded.value?.pipelines.find(p => p.id === id)?.title ?? id,
    setEnabled: async (s, enabled) => {
      const done = await change.run(
        () => api.updateSchedule(workspace, s.pipelineId, s.id, { enabled }),
        `${s.name} ${enabled ? 'enabled' : 'disabled'}`,
      );
      if (done) loaded.retry();
    },
    fire: async s => {
      const done = await change.run(
        () => api.fireSchedule(workspace, s.pipelineId, s.id),
        run => `${s.name} fired: run #${run.runNumber} started`,
      );
      if (done) {
        setHistoryOf(s.id);
        setFired(count => count + 1);
        loaded.retry();
      }
    },
    showHistory: s => setHistoryOf(s.id),
    edit: s => dialog.open({ schedule: s }),
    remove: s => dialog.open({ schedule: s, remove: true }),
  });

  return (
    <AsyncView result={loaded}>
      {({ schedules, pipelines }) => {
        const history = schedules.find(s => s.id === historyOf);
        const subject = dialog.subject;
        const doomed = subject?.remove ? subject.schedule : undefined;
        return (
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
              <ErrorNote message={change.error} />
              <ListTable
                columns={columns}
                rows={schedules}
                empty="No schedules yet."
              />
            </Panel>
            {history ? (
              <FireHistoryPanel
                workspace={workspace}
                schedule={history}
                version={fired}
              />
            ) : null}
            <TriggersPanel workspace={workspace} pipelines={pipelines} />
            {doomed ? (
              <ConfirmDeleteDialog
                what={`schedule ${doomed.name}`}
                remove={() =>
                  api.deleteSchedule(workspace, doomed.pipelineId, doomed.id)
                }
                onCancel={dialog.close}
                onDeleted={dialog.finish}
              >
                <Text as="p">
                  Its fire history goes with it; the runs it started stay.
                </Text>
              </ConfirmDeleteDialog>
            ) : null}
            {subject && !subject.remove ? (
              <ScheduleDialog
                workspace={workspace}
                pipelines={pipelines}
                schedule={subject.schedule}
                onCancel={dialog.close}
                onSaved={dialog.finish}
              />
            ) : null}
          </Flex>
        );
      }}
    </AsyncView>
  );
}
