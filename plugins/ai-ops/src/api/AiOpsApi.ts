import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  ApiKey,
  Budget,
  BudgetRequest,
  CreateApiKeyRequest,
  CreateConnectionRequest,
  CreateDatasetRequest,
  CreatedApiKey,
  CreatePipelineRequest,
  CreateScheduleRequest,
  CreateTriggerRequest,
  CurrentWorkspace,
  DatasetVersionRuns,
  PipelineDetail,
  PipelineGraph,
  PipelineList,
  PipelineVersion,
  PriceTable,
  PutSecretRequest,
  RegisterDatasetVersionRequest,
  RunDetail,
  RunLineage,
  RunPage,
  RunSummary,
  ScheduleFirePage,
  ScheduleWithUpcoming,
  SecretAccess,
  UpdateConnectionRequest,
  UpdateDatasetRequest,
  UpdateScheduleRequest,
  UpdateWorkspaceRequest,
  ValidateDatasetVersionRequest,
  WorkspaceDetail,
  WorkspaceMember,
  WorkspaceRole,
  WorkspaceSecret,
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
  getWorkspace(ws: string): Promise<WorkspaceDetail>;
  updateWorkspace(
    ws: string,
    request: UpdateWorkspaceRequest,
  ): Promise<T.Workspace>;
  listMembers(ws: string): Promise<T.Items<WorkspaceMember>>;
  /** Adds the user or group, or changes its role. */
  putMember(
    ws: string,
    principal: string,
    role: WorkspaceRole,
  ): Promise<WorkspaceMember>;
  removeMember(ws: string, principal: string): Promise<void>;
  getBudget(ws: string): Promise<{ budget: Budget | null; spent: number }>;
  putBudget(ws: string, request: BudgetRequest): Promise<Budget>;
  /** The price table run costs are computed with. */
  getPrices(ws: string): Promise<PriceTable>;

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
  /** `event: run` / `event: task` of every run of the workspace over SSE. */
  streamRuns(ws: string, handlers: RunStreamHandlers): Subscription;

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
  /** The dataset versions the run read and wrote. */
  getRunLineage(ws: string, runId: string): Promise<RunLineage>;
  /** The run that wrote the version and the runs that read it. */
  getDatasetVersionRuns(
    ws: string,
    dataset: string,
    version: number,
  ): Promise<DatasetVersionRuns>;
  listConnections(ws: string): Promise<T.Items<T.Connection>>;
  createConnection(
    ws: string,
    request: CreateConnectionRequest,
  ): Promise<T.Connection>;
  testConnection(ws: string, connection: string): Promise<T.ConnectionTest>;
  updateDataset(
    ws: string,
    dataset: string,
    request: UpdateDatasetRequest,
  ): Promise<T.Dataset>;
  /** Refused (409) while something still needs the dataset. */
  deleteDataset(ws: string, dataset: string): Promise<void>;
  updateConnection(
    ws: string,
    connection: string,
    request: UpdateConnectionRequest,
  ): Promise<T.Connection>;
  /** Refused (409) while datasets read through the connection. */
  deleteConnection(ws: string, connection: string): Promise<void>;

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
  deleteSchedule(ws: string, pipeline: string, schedule: string): Promise<void>;
  /** Fires the schedule now (409 beyond its max concurrency). */
  fireSchedule(
    ws: string,
    pipeline: string,
    schedule: string,
  ): Promise<RunSummary>;
  listScheduleFires(
    ws: string,
    pipeline: string,
    schedule: string,
    page: { limit?: number; offset?: number },
  ): Promise<ScheduleFirePage>;
  deleteTrigger(ws: string, pipeline: string, trigger: string): Promise<void>;
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

  listApiKeys(ws: string): Promise<T.Items<ApiKey>>;
  /** The answer carries the full key: the only time it is shown. */
  createApiKey(
    ws: string,
    request: CreateApiKeyRequest,
  ): Promise<CreatedApiKey>;
  revokeApiKey(ws: string, keyId: string): Promise<ApiKey>;
  listSecrets(ws: string): Promise<T.Items<WorkspaceSecret>>;
  putSecret(
    ws: string,
    name: string,
    request: PutSecretRequest,
  ): Promise<WorkspaceSecret>;
  deleteSecret(ws: string, name: string): Promise<void>;
  /** Reads the value; the read is in the secret's access log. */
  revealSecret(
    ws: string,
    name: string,
    reason?: string,
  ): Promise<{ name: string; value: string }>;
  getSecretAccessLog(ws: string, name: string): Promise<T.Items<SecretAccess>>;
}

export const aiOpsApiRef = createApiRef<AiOpsApi>({ id: 'plugin.ai-ops' });
