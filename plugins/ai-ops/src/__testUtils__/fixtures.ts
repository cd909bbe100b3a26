import {
  builtInNodeTypes,
  describeNodeType,
  pipelineTemplates,
  PipelineDetail,
  PriceTable,
  RunDetail,
  ScheduleWithUpcoming,
  TaskSummary,
  Workspace,
  WorkspaceMember,
  WorkspaceStats,
} from '@internal/plugin-ai-ops-common';
import type { Dataset, DatasetVersion } from '../api/types';

export const now = '2026-11-27T10:00:00.000Z';

const workspace = (name: string, title: string): Workspace => ({
  id: `ws-${name}`,
  organization: 'platform',
  name,
  title,
  owner: 'group:default/ml-platform',
  createdBy: 'user:default/admin',
  createdAt: now,
  updatedAt: now,
});

export const workspaces = [
  workspace('ml-research', 'ML Research'),
  workspace('forecasting', 'Forecasting'),
];

export const nodeTypes = builtInNodeTypes.map(describeNodeType);

const forecast = pipelineTemplates.find(t => t.id === 'time-series-forecast')!;

export const pipelines: (PipelineDetail & { workspaceName: string })[] = [
  {
    id: '6f1c2b4e-0000-4000-8000-000000000001',
    workspace: 'forecasting',
    workspaceName: 'forecasting',
    name: 'demand-forecast',
    title: 'Demand forecast',
    description: 'Daily demand, forecast a day ahead',
    domain: 'time-series',
    tags: ['demo'],
    owner: 'group:default/data-engineering',
    currentVersion: 1,
    createdBy: 'user:default/admin',
    createdAt: now,
    updatedAt: now,
    graph: forecast.graph,
  },
];

export const stats: WorkspaceStats = {
  activeRuns: 2,
  runsLast24h: 7,
  successRate7d: 0.8,
  cost: { month: '2026-11', currency: 'USD', thisMonth: 42.5, budget: 100 },
  usage: {
    gpu: { used: 1, capacity: 4 },
    memoryMiB: { used: 2048, capacity: 8192 },
    storageBytes: { used: 3 * 1024 ** 3 },
  },
};

function task(
  nodeId: string,
  nodeType: string,
  upstream: string[],
  state: TaskSummary['state'],
): TaskSummary {
  return {
    id: `task-${nodeId}`,
    runId: 'run-1',
    nodeId,
    nodeType,
    upstream,
    state,
    stateHistory: [{ state, at: now }],
    attempt: 1,
    maxAttempts: 3,
    executor: 'local',
    resourceProfile: 'small',
    queue: 'default',
    startedAt: state === 'PENDING' ? undefined : now,
    usage: {
      cpuSeconds: 1.5,
      peakMemoryBytes: 50 * 1024 ** 2,
      gpuHours: 0,
      wallSeconds: 2,
    },
    cost: 0.002,
  };
}

export const runs: RunDetail[] = [
  {
    id: 'run-1',
    workspace: 'forecasting',
    pipelineId: pipelines[0].id,
    pipelineName: 'demand-forecast',
    pipelineVersion: 1,
    runNumber: 3,
    state: 'RUNNING',
    trigger: 'manual',
    initiator: 'user:default/tester',
    queue: 'default',
    priority: 0,
    createdAt: now,
    startedAt: now,
    progress: {
      total: 3,
      succeeded: 1,
      failed: 0,
      running: 1,
      skipped: 0,
      canceled: 0,
    },
    usage: { cpuSeconds: 3, peakMemoryBytes: 50 * 1024 ** 2, gpuHours: 0 },
    cost: 0.004,
    params: {},
    stateHistory: [{ state: 'RUNNING', at: now }],
    tasks: [
      task('ingest', 'data.synthetic', [], 'SUCCEEDED'),
      task('train', 'model.train', ['ingest'], 'RUNNING'),
      task('evaluate', 'model.evaluate', ['train'], 'PENDING'),
    ],
  },
];

export const datasets: Dataset[] = [
  {
    id: 'ds-1',
    workspace: 'forecasting',
    name: 'sales',
    title: 'Sales',
    owner: 'group:default/data-engineering',
    format: 'csv',
    tags: ['demo'],
    latestVersion: 1,
    entityRef: 'resource:default/ai-ops-dataset-forecasting-sales',
    createdBy: 'user:default/admin',
    createdAt: now,
    updatedAt: now,
  },
];

export const datasetVersions: DatasetVersion[] = [
  {
    datasetId: 'ds-1',
    version: 1,
    storageUri: 'file:///data/sales.csv',
    hash: 'a'.repeat(64),
    sizeBytes: 2048,
    rowCount: 120,
    schema: [
      { name: 'day', type: 'timestamp', nullable: false },
      { name: 'units', type: 'integer', nullable: true },
    ],
    files: 1,
    partitionKeys: [],
    partitions: [],
    createdBy: 'user:default/admin',
    createdAt: now,
  },
];

export const schedules: ScheduleWithUpcoming[] = [
  {
    id: 'sched-1',
    workspace: 'forecasting',
    pipelineId: pipelines[0].id,
    name: 'nightly',
    cron: '0 2 * * *',
    timezone: 'Europe/Berlin',
    enabled: true,
    catchUp: 'latest',
    maxConcurrency: 1,
    params: {},
    nextFireAt: '2026-11-28T01:00:00.000Z',
    upcoming: ['2026-11-28T01:00:00.000Z', '2026-11-29T01:00:00.000Z'],
    createdBy: 'user:default/admin',
    createdAt: now,
    updatedAt: now,
  },
];

export const members: WorkspaceMember[] = [
  {
    principal: 'group:default/ml-platform',
    role: 'admin',
    addedBy: 'user:default/admin',
    addedAt: now,
  },
  {
    principal: 'user:default/ana',
    role: 'viewer',
    addedBy: 'user:default/admin',
    addedAt: now,
  },
];

export const prices: PriceTable = {
  cpuSecond: 0.00001,
  memoryGiBSecond: 0.000002,
  gpuHour: 2.5,
  currency: 'USD',
};
