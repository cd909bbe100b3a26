import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  diffGraphs,
  formatGraphIssues,
  RunSummary,
  TaskSummary,
  validateGraph,
} from '@internal/plugin-ai-ops-common';
import type { AiOpsApi, RunStreamHandlers } from '../api/AiOpsApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';

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
  streams = new Map<string, RunStreamHandlers>();
  logs = new Map<string, (chunk: string, fromStart: boolean) => void>();

  /** What a running run's stream would send. */
  emitRun(run: RunSummary) {
    this.streams.get(run.id)?.onRun(run);
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
  async listConnections() {
    return { items: [] };
  }
  async createConnection(): Promise<never> {
    throw new InputError('The fake makes no connections');
  }
  async testConnection(): Promise<never> {
    throw new NotFoundError('No connection');
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
