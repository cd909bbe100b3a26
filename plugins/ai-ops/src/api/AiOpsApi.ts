import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  CreateConnectionRequest,
  CreateDatasetRequest,
  CreatePipelineRequest,
  CreateScheduleRequest,
  CreateTriggerRequest,
  CurrentWorkspace,
  PipelineDetail,
  PipelineGraph,
  PipelineList,
  PipelineVersion,
  RegisterDatasetVersionRequest,
  RunDetail,
  RunPage,
  RunSummary,
  ScheduleWithUpcoming,
  UpdateScheduleRequest,
  ValidateDatasetVersionRequest,
  WorkspaceStats,
} from '@internal/plugin-ai-ops-common';
import type * as T from './types';

/** Something to stop: a live stream or a followed log. */
export type Subscription = { close(): void };

/** What a run's live stream reports. */
export type RunStreamHandlers = {
  onRun(run: RunSummary): void;
  onTask(task: RunDetail['tasks'][number]): void;
  onStatus?(status: 'connecting' | 'connected' | 'reconnecting'): void;
};

/**
 * The ai-ops backend, as the pages use it. Every workspace route takes the
 * workspace's name first.
 */
export interface AiOpsApi {
  listWorkspaces(): Promise<T.Items<T.Workspace>>;
  getCurrentWorkspace(): Promise<CurrentWorkspace>;
  switchWorkspace(workspace: string): Promise<CurrentWorkspace>;
  getStats(ws: string): Promise<WorkspaceStats>;

  listNodeTypes(): Promise<T.Items<T.NodeTypeDescription>>;
  listTemplates(
    domain?: T.PipelineDomain,
  ): Promise<T.Items<T.PipelineTemplate>>;
  listPipelines(ws: string, filter?: T.PipelineFilter): Promise<PipelineList>;
  getPipeline(ws: string, pipeline: string): Promise<PipelineDetail>;
  createPipeline(
    ws: string,
    request: CreatePipelineRequest,
  ): Promise<PipelineDetail>;
  clonePipeline(
    ws: string,
    pipeline: string,
    request: { name: string; title?: string },
  ): Promise<PipelineDetail>;
  listPipelineVersions(
    ws: string,
    pipeline: string,
  ): Promise<T.Items<T.PipelineVersionSummary>>;
  getPipelineVersion(
    ws: string,
    pipeline: string,
    version: number,
  ): Promise<PipelineVersion>;
  savePipelineVersion(
    ws: string,
    pipeline: string,
    request: { graph: PipelineGraph; message: string; baseVersion?: number },
  ): Promise<PipelineVersion>;

  listRuns(ws: string, filter?: T.RunFilter): Promise<RunPage>;
  startRun(ws: string, pipeline: string): Promise<RunSummary>;
  getRun(ws: string, runId: string): Promise<RunDetail>;
  runAction(
    ws: string,
    runId: string,
    action: T.RunAction,
  ): Promise<RunSummary>;
  listArtifacts(ws: string, runId: string): Promise<T.Items<T.ArtifactSummary>>;
  /** An artifact's bytes (fetched with the user's token, then saved). */
  downloadArtifact(
    ws: string,
    runId: string,
    artifactId: string,
  ): Promise<Blob>;
  /**
   * The task's log so far, then each new chunk while it runs; `fromStart`
   * when the text starts over (a reopened stream answers the whole log).
   */
  followTaskLog(
    ws: string,
    runId: string,
    taskId: string,
    onText: (chunk: string, fromStart: boolean) => void,
  ): Subscription;
  /** `event: run` / `event: task` of one run over SSE. */
  streamRun(
    ws: string,
    runId: string,
    handlers: RunStreamHandlers,
  ): Subscription;

  listDatasets(ws: string, q?: string): Promise<T.Items<T.Dataset>>;
  getDataset(ws: string, dataset: string): Promise<T.Dataset>;
  createDataset(ws: string, request: CreateDatasetRequest): Promise<T.Dataset>;
  listDatasetVersions(
    ws: string,
    dataset: string,
  ): Promise<T.Items<T.DatasetVersion>>;
  registerDatasetVersion(
    ws: string,
    dataset: string,
    request: RegisterDatasetVersionRequest,
  ): Promise<T.DatasetVersion>;
  validateDatasetVersion(
    ws: string,
    dataset: string,
    version: number,
    request: ValidateDatasetVersionRequest,
  ): Promise<T.ValidationReport>;
  listValidationReports(
    ws: string,
    dataset: string,
    version: number,
  ): Promise<T.Items<T.ValidationReport>>;
  getDatasetLineage(ws: string, dataset: string): Promise<T.DatasetLineage>;
  listConnections(ws: string): Promise<T.Items<T.Connection>>;
  createConnection(
    ws: string,
    request: CreateConnectionRequest,
  ): Promise<T.Connection>;
  testConnection(ws: string, connection: string): Promise<T.ConnectionTest>;

  listSchedules(ws: string): Promise<T.Items<ScheduleWithUpcoming>>;
  createSchedule(
    ws: string,
    pipeline: string,
    request: CreateScheduleRequest,
  ): Promise<T.Schedule>;
  updateSchedule(
    ws: string,
    pipeline: string,
    schedule: string,
    request: UpdateScheduleRequest,
  ): Promise<T.Schedule>;
  listTriggers(ws: string, pipeline: string): Promise<T.Items<T.Trigger>>;
  createTrigger(
    ws: string,
    pipeline: string,
    request: CreateTriggerRequest,
  ): Promise<T.Trigger>;
  updateTrigger(
    ws: string,
    pipeline: string,
    trigger: string,
    request: { enabled: boolean },
  ): Promise<T.Trigger>;
}

export const aiOpsApiRef = createApiRef<AiOpsApi>({ id: 'plugin.ai-ops' });
