import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  Budget,
  BudgetRequest,
  DatasetVersionRuns,
  diffGraphs,
  formatGraphIssues,
  LineageRun,
  RunLineage,
  RunSummary,
  TaskSummary,
  validateGraph,
  WorkspaceRole,
} from '@internal/plugin-ai-ops-common';
import type { AiOpsApi, RunStreamHandlers } from '../api/AiOpsApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { FakeCredentials } from './FakeCredentials';

const clone = <V>(value: V): V => JSON.parse(JSON.stringify(value));

function find<V>(items: V[], match: (item: V) => boolean, what: string): V {
  const item = items.find(match);
  if (!item) throw new NotFoundError(`No ${what}`);
  return item;
}

/**
 * An in-memory AiOpsApi over the fixtures: changes change its state, so a
 * page that reloads shows them; graphs are checked with the validation the
 * server uses (a 400 names node and field). Streams are held open until a
 * test sends events through `emitRun` / `emitTask` / `appendLog`.
 */
export class FakeAiOpsApi implements AiOpsApi {
  workspaces = clone(fixtures.workspaces);
  current = 'forecasting';
  pipelines = clone(fixtures.pipelines);
  versions: Record<string, T.PipelineVersionSummary[]> = {};
  runs = clone(fixtures.runs);
  datasets = clone(fixtures.datasets);
  datasetVersions = clone(fixtures.datasetVersions);
  schedules = clone(fixtures.schedules);
  triggers: T.Trigger[] = [];
  connections: T.Connection[] = [];
  fires: T.ScheduleFire[] = [];
  members = clone(fixtures.members);
  /** Lineage by run id; a run without is one that named no dataset. */
  runLineages: Record<string, RunLineage> = {};
  budget: Budget | null = null;
  streams = new Map<string, RunStreamHandlers>();
  logs = new Map<string, (chunk: string, fromStart: boolean) => void>();
  /** API keys and workspace secrets. */
  credentials = new FakeCredentials();
  listApiKeys = this.credentials.listApiKeys;
  createApiKey = this.credentials.createApiKey;
  revokeApiKey = this.credentials.revokeApiKey;
  listSecrets = this.credentials.listSecrets;
  putSecret = this.credentials.putSecret;
  deleteSecret = this.credentials.deleteSecret;
  revealSecret = this.credentials.revealSecret;
  getSecretAccessLog = this.credentials.getSecretAccessLog;

  /** Open workspace streams by workspace name. */
  workspaceStreams = new Map<string, RunStreamHandlers>();

  /** What a running run's stream, and its workspace's, would send. */
  emitRun(run: RunSummary) {
    this.streams.get(run.id)?.onRun(run);
    this.workspaceStreams.get(run.workspace)?.onRun(run);
  }
  emitTask(task: TaskSummary) {
    this.streams.get(task.runId)?.onTask(task);
  }
  appendLog(taskId: string, text: string, fromStart = false) {
    this.logs.get(taskId)?.(text, fromStart);
  }

  async listWorkspaces() {
    return { items: clone(this.workspaces) };
  }
  async getCurrentWorkspace() {
    return {
      workspace: clone(this.workspaces.find(w => w.name === this.current)),
    };
  }
  async switchWorkspace(workspace: string) {
    this.current = find(
      this.workspaces,
      w => w.name === workspace,
      'workspace',
    ).name;
    return this.getCurrentWorkspace();
  }
  async getStats() {
    return clone(fixtures.stats);
  }
  async getWorkspace(ws: string) {
    const workspace = find(this.workspaces, w => w.name === ws, ws);
    return { ...clone(workspace), members: clone(this.members) };
  }
  async updateWorkspace(
    ws: string,
    request: Parameters<AiOpsApi['updateWorkspace']>[1],
  ) {
    const workspace = find(this.workspaces, w => w.name === ws, ws);
    Object.assign(workspace, request);
    return clone(workspace);
  }
  async listMembers() {
    return { items: clone(this.members) };
  }
  async putMember(_ws: string, principal: string, role: WorkspaceRole) {
    const member = {
      principal,
      role,
      addedBy: 'user:default/tester',
      addedAt: fixtures.now,
    };
    this.members = [
      ...this.members.filter(m => m.principal !== principal),
      member,
    ];
    return clone(member);
  }
  async removeMember(_ws: string, principal: string) {
    find(this.members, m => m.principal === principal, principal);
    this.members = this.members.filter(m => m.principal !== principal);
  }
  async getBudget() {
    return { budget: clone(this.budget), spent: 12.5 };
  }
  async putBudget(ws: string, request: BudgetRequest) {
    if (request.monthlyLimit < 0) throw new InputError('monthlyLimit: >= 0');
    this.budget = { workspace: ws, currency: 'USD', ...request };
    return clone(this.budget);
  }
  async getPrices() {
    return clone(fixtures.prices);
  }

  async listNodeTypes() {
    return { items: fixtures.nodeTypes };
  }
  async listTemplates() {
    return { items: [] };
  }
  #pipeline(ws: string, name: string) {
    return find(
      this.pipelines,
      p => p.workspaceName === ws && (p.name === name || p.id === name),
      `pipeline ${name}`,
    );
  }
  async listPipelines(ws: string, filter: T.PipelineFilter = {}) {
    const items = this.pipelines.filter(
      p =>
        p.workspaceName === ws &&
        (!filter.domain || p.domain === filter.domain) &&
        (!filter.q || `${p.name} ${p.title}`.includes(filter.q)),
    );
    return { items: clone(items), totalCount: items.length };
  }
  async getPipeline(ws: string, name: string) {
    return clone(this.#pipeline(ws, name));
  }
  async createPipeline(): Promise<never> {
    throw new InputError('The fake creates no pipelines');
  }
  async clonePipeline(
    ws: string,
    name: string,
    request: { name: string; title?: string },
  ) {
    const source = this.#pipeline(ws, name);
    if (
      this.pipelines.some(
        p => p.workspaceName === ws && p.name === request.name,
      )
    ) {
      throw new ConflictError(`Pipeline ${request.name} exists`);
    }
    const copy = {
      ...clone(source),
      id: `${source.id}-copy`,
      name: request.name,
      title: request.title ?? source.title,
      currentVersion: 1,
    };
    this.pipelines.push(copy);
    return clone(copy);
  }
  async listPipelineVersions(ws: string, name: string) {
    const pipeline = this.#pipeline(ws, name);
    return { items: clone(this.versions[pipeline.id] ?? []) };
  }
  async getPipelineVersion(ws: string, name: string, version: number) {
    const pipeline = this.#pipeline(ws, name);
    const summary = find(
      this.versions[pipeline.id] ?? [],
      v => v.version === version,
      'version',
    );
    return { ...clone(summary), graph: clone(pipeline.graph) };
  }
  async savePipelineVersion(
    ws: string,
    name: string,
    request: Parameters<AiOpsApi['savePipelineVersion']>[2],
  ) {
    const pipeline = this.#pipeline(ws, name);
    const checked = validateGraph(request.graph);
    if (!checked.valid) {
      throw new InputError(
        `Invalid graph: ${formatGraphIssues(checked.issues)}`,
      );
    }
    const version = {
      pipelineId: pipeline.id,
      version: pipeline.currentVersion + 1,
      author: 'user:default/tester',
      message: request.message,
      createdAt: fixtures.now,
      changes: diffGraphs(pipeline.graph, checked.graph),
    };
    pipeline.graph = checked.graph;
    pipeline.currentVersion = version.version;
    (this.versions[pipeline.id] ??= []).unshift(version);
    return { ...clone(version), graph: clone(checked.graph) };
  }

  #run(runId: string) {
    return find(this.runs, r => r.id === runId, `run ${runId}`);
  }
  async listRuns(_ws: string, filter: T.RunFilter = {}) {
    const items = this.runs.filter(
      r => !filter.state || r.state === filter.state,
    );
    return {
      items: clone(items).map(({ tasks, params, stateHistory, ...run }) => run),
    };
  }
  async startRun(ws: string, name: string) {
    const pipeline = this.#pipeline(ws, name);
    const run = {
      ...clone(this.runs[0]),
      id: `run-${this.runs.length + 1}`,
      pipelineId: pipeline.id,
      runNumber: this.runs.length + 3,
      state: 'PENDING' as const,
      tasks: [],
    };
    this.runs.push(run);
    return clone(run);
  }
  async getRun(_ws: string, runId: string) {
    return clone(this.#run(runId));
  }
  async runAction(_ws: string, runId: string, action: T.RunAction) {
    const run = this.#run(runId);
    if (action === 'stop') run.state = 'CANCELING';
    if (action === 'pause') run.state = 'PAUSED';
    if (action === 'resume') run.state = 'RUNNING';
    return clone(run);
  }
  async listArtifacts() {
    return { items: [] };
  }
  async downloadArtifact() {
    return new Blob(['{}']);
  }
  followTaskLog(
    _ws: string,
    _runId: string,
    taskId: string,
    onText: (chunk: string, fromStart: boolean) => void,
  ) {
    this.logs.set(taskId, onText);
    return { close: () => this.logs.delete(taskId) };
  }
  streamRun(_ws: string, runId: string, handlers: RunStreamHandlers) {
    this.streams.set(runId, handlers);
    handlers.onStatus?.('connected');
    return { close: () => this.streams.delete(runId) };
  }
  streamRuns(ws: string, handlers: RunStreamHandlers) {
    this.workspaceStreams.set(ws, handlers);
    handlers.onStatus?.('connected');
    return { close: () => this.workspaceStreams.delete(ws) };
  }

  async listDatasets() {
    return { items: clone(this.datasets) };
  }
  async getDataset(_ws: string, name: string) {
    return clone(
      find(
        this.datasets,
        d => d.name === name || d.id === name,
        `dataset ${name}`,
      ),
    );
  }
  async createDataset(): Promise<never> {
    throw new InputError('The fake creates no datasets');
  }
  async listDatasetVersions() {
    return { items: clone(this.datasetVersions) };
  }
  async registerDatasetVersion(): Promise<never> {
    throw new InputError('The fake reads no data');
  }
  async validateDatasetVersion(): Promise<never> {
    throw new InputError('The fake reads no data');
  }
  async listValidationReports() {
    return { items: [] };
  }
  async getDatasetLineage() {
    return { upstream: [], downstream: [] };
  }
  async getRunLineage(_ws: string, runId: string): Promise<RunLineage> {
    this.#run(runId);
    return clone(this.runLineages[runId] ?? { runId, inputs: [], outputs: [] });
  }
  async getDatasetVersionRuns(_ws: string, dataset: string, version: number) {
    const named = (v: { dataset: string; version: number }) =>
      v.dataset === dataset && v.version === version;
    const runOf = (runId: string): LineageRun => {
      const run = this.#run(runId);
      return {
        runId,
        runNumber: run.runNumber,
        pipelineId: run.pipelineId,
        pipelineName: run.pipelineName,
        state: run.state,
        createdAt: run.createdAt,
      };
    };
    const lineages = Object.values(this.runLineages);
    const producer = lineages.find(l => l.outputs.some(named));
    const answer: DatasetVersionRuns = {
      ...(producer && { producedBy: runOf(producer.runId) }),
      readBy: lineages
        .filter(l => l.inputs.some(named))
        .map(l => runOf(l.runId)),
    };
    return answer;
  }
  async listConnections() {
    return { items: clone(this.connections) };
  }
  async createConnection(): Promise<never> {
    throw new InputError('The fake makes no connections');
  }
  async testConnection(_ws: string, id: string) {
    const connection = this.#connection(id);
    Object.assign(connection, { status: 'ok', statusMessage: 'reached' });
    const result = {
      status: 'ok' as const,
      message: 'reached',
      testedAt: fixtures.now,
      durationMs: 5,
    };
    return { result, connection: clone(connection) };
  }
  #connection(id: string) {
    return find(
      this.connections,
      c => c.id === id || c.name === id,
      `connection ${id}`,
    );
  }
  async updateDataset(
    ws: string,
    name: string,
    request: Parameters<AiOpsApi['updateDataset']>[2],
  ) {
    Object.assign(this.#dataset(name), request);
    return this.getDataset(ws, name);
  }
  #dataset(name: string) {
    return find(
      this.datasets,
      d => d.name === name || d.id === name,
      `dataset ${name}`,
    );
  }
  async deleteDataset(_ws: string, name: string) {
    const dataset = this.#dataset(name);
    this.datasets = this.datasets.filter(d => d !== dataset);
  }
  async updateConnection(
    _ws: string,
    id: string,
    request: Parameters<AiOpsApi['updateConnection']>[2],
  ) {
    const connection = this.#connection(id);
    Object.assign(connection, request);
    if (request.config) connection.status = 'untested';
    return clone(connection);
  }
  /** Refused like the server: while datasets read through it. */
  async deleteConnection(_ws: string, id: string) {
    const connection = this.#connection(id);
    const users = this.datasets.filter(d => d.connectionId === connection.id);
    if (users.length) {
      throw new ConflictError(
        `Connection '${connection.name}' is used by datasets ${users
          .map(d => d.name)
          .join(', ')}`,
      );
    }
    this.connections = this.connections.filter(c => c !== connection);
  }

  async listSchedules() {
    return { items: clone(this.schedules) };
  }
  async createSchedule(): Promise<never> {
    throw new InputError('The fake creates no schedules');
  }
  async updateSchedule(
    _ws: string,
    _pipeline: string,
    id: string,
    request: Parameters<AiOpsApi['updateSchedule']>[3],
  ) {
    const schedule = find(this.schedules, s => s.id === id, `schedule ${id}`);
    Object.assign(schedule, request);
    if (request.enabled === false) schedule.upcoming = [];
    return clone(schedule);
  }
  async deleteSchedule(_ws: string, _pipeline: string, id: string) {
    find(this.schedules, s => s.id === id, `schedule ${id}`);
    this.schedules = this.schedules.filter(s => s.id !== id);
    this.fires = this.fires.filter(f => f.scheduleId !== id);
  }
  async fireSchedule(ws: string, pipeline: string, id: string) {
    const run = await this.startRun(ws, pipeline);
    this.fires.unshift({
      scheduleId: id,
      fireTime: fixtures.now,
      status: 'started',
      reason: 'fired now by user:default/tester',
      runId: run.id,
      decidedAt: fixtures.now,
    });
    return run;
  }
  async listScheduleFires(
    _ws: string,
    _pipeline: string,
    id: string,
    page: Parameters<AiOpsApi['listScheduleFires']>[3],
  ) {
    const { limit = 20, offset = 0 } = page;
    const fires = this.fires.filter(f => f.scheduleId === id);
    const next = offset + limit;
    return {
      items: clone(fires.slice(offset, next)),
      totalCount: fires.length,
      nextOffset: next < fires.length ? next : undefined,
    };
  }
  async deleteTrigger(_ws: string, _pipeline: string, id: string) {
    find(this.triggers, t => t.id === id, `trigger ${id}`);
    this.triggers = this.triggers.filter(t => t.id !== id);
  }
  async listTriggers() {
    return { items: clone(this.triggers) };
  }
  async createTrigger(): Promise<never> {
    throw new InputError('The fake creates no triggers');
  }
  async updateTrigger(): Promise<never> {
    throw new NotFoundError('No trigger');
  }
}
