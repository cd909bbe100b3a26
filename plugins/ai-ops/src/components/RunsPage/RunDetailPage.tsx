import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Flex, Text } from '@backstage/ui';
import type { RunDetail } from '@internal/plugin-ai-ops-common';
import {
  AsyncView,
  DetailHeading,
  ListTable,
  Panel,
  SectionTabs,
  timeAgo,
} from '@internal/portal-react';
import { formatDuration } from '../shared/format';
import { PipelineGraphView } from '../shared/PipelineGraphView';
import { RunStateChip } from '../shared/RunStateChip';
import { useLinks } from '../workspace/useLinks';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { ArtifactsTable } from './ArtifactsTable';
import { RunActions } from './RunActions';
import { RunCost } from './RunCost';
import { runGraph } from './runGraph';
import { RunLineagePanel } from './RunLineagePanel';
import { StateHistory } from './StateHistory';
import { taskColumns } from './taskColumns';
import { TaskLogs } from './TaskLogs';
import { useLiveRun } from './useLiveRun';

type Context = {
  workspace: string;
  run: RunDetail;
  selected?: string;
  select(nodeId: string): void;
};

const tabs = [
  { id: 'tasks', label: 'Tasks', render: (c: Context) => <TasksTab {...c} /> },
  {
    id: 'artifacts',
    label: 'Artifacts',
    render: (c: Context) => (
      <ArtifactsTable workspace={c.workspace} runId={c.run.id} />
    ),
  },
  {
    id: 'cost',
    label: 'Cost & usage',
    render: (c: Context) => <RunCost run={c.run} />,
  },
  {
    id: 'history',
    label: 'History',
    render: (c: Context) => <StateHistory history={c.run.stateHistory} />,
  },
];

/**
 * One run: its task graph coloured by state and kept live over the run's
 * event stream, the tasks, the logs of the task picked (`?task=`), the
 * artifacts, cost and state history, and the actions its state allows.
 */
export function RunDetailPage() {
  const { runId = '' } = useParams();
  const workspace = useWorkspace();
  const links = useLinks();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const live = useLiveRun(workspace, runId);
  const select = (nodeId: string) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        next.set('task', nodeId);
        return next;
      },
      { replace: true },
    );

  return (
    <AsyncView result={live.result}>
      {run => (
        <Flex direction="column" gap="4">
          <DetailHeading
            back={{ href: links.runs, label: 'Runs' }}
            title={`${run.pipelineName ?? run.pipelineId} #${run.runNumber}`}
            badges={<RunStateChip state={run.state} title={run.errorMessage} />}
            subtitle={`version ${run.pipelineVersion} · ${run.trigger} by ${
              run.initiator
            } · ${timeAgo(run.createdAt)} · ${formatDuration(
              run.startedAt,
              run.finishedAt,
            )} · live: ${live.status}`}
            actions={
              <RunActions
                workspace={workspace}
                run={run}
                onChanged={live.reload}
                onStarted={started => navigate(links.run(started.id))}
              />
            }
          />
          {run.errorMessage ? (
            <Text as="p" color="danger">
              {`${run.failureCause ?? 'failed'}: ${run.errorMessage}`}
            </Text>
          ) : null}
          <RunLineagePanel workspace={workspace} run={run} />
          <SectionTabs
            label="Run sections"
            tabs={tabs}
            context={{
              workspace,
              run,
              selected: params.get('task') ?? undefined,
              select,
            }}
          />
        </Flex>
      )}
    </AsyncView>
  );
}

function TasksTab(props: Context) {
  const { run, selected, select, workspace } = props;
  const { graph, states } = runGraph(run.tasks);
  const task = run.tasks.find(t => t.nodeId === selected || t.id === selected);
  return (
    <Flex direction="column" gap="4">
      <Panel title="Task graph" subtitle="pick a task to follow its log">
        {run.tasks.length ? (
          <PipelineGraphView
            graph={graph}
            states={states}
            label="Task graph"
            selected={task?.nodeId}
            onSelect={select}
          />
        ) : (
          <Text color="secondary">No tasks yet.</Text>
        )}
      </Panel>
      <Panel title="Tasks">
        <ListTable columns={taskColumns} rows={run.tasks} />
      </Panel>
      {task ? (
        <TaskLogs workspace={workspace} runId={run.id} task={task} />
      ) : null}
    </Flex>
  );
}
