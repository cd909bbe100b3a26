import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { AiOpsApi, RunStreamHandlers, Subscription } from './AiOpsApi';
import { keepReading, parseServerSentEvents } from './readStream';
import type * as T from './types';
import type {
  DatasetVersionRuns,
  RunLineage,
} from '@internal/plugin-ai-ops-common';
import { queryString } from '@internal/portal-react';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Out<K extends keyof AiOpsApi> = Awaited<ReturnType<AiOpsApi[K]>>;
type In<K extends keyof AiOpsApi, N extends number> = Parameters<
  AiOpsApi[K]
>[N];

const enc = encodeURIComponent;
const ws = (workspace: string) => `/workspaces/${enc(workspace)}`;
const pipelinePath = (w: string, p: string) => `${ws(w)}/pipelines/${enc(p)}`;
const runPath = (w: string, r: string) => `${ws(w)}/runs/${enc(r)}`;
const datasetPath = (w: string, d: string) => `${ws(w)}/datasets/${enc(d)}`;
const connectionPath = (w: string, c: string) =>
  `${ws(w)}/connections/${enc(c)}`;
const schedulePath = (w: string, p: string, s: string) =>
  `${pipelinePath(w, p)}/schedules/${enc(s)}`;
const secretPath = (w: string, name: string) => `${ws(w)}/secrets/${enc(name)}`;
const memberPath = (w: string, principal: string) =>
  `${ws(w)}/members/${enc(principal)}`;

/** Wait before a dropped stream is opened again. */
const RECONNECT_MS = 3000;

/**
 * The ai-ops backend over HTTP with the signed-in user's Backstage token
 * (the fetch API adds it). Every URL of the API is written here. Streams
 * (run events, followed logs) use fetch streaming, so they carry the token
 * like any other request.
 */
export class AiOpsClient implements AiOpsApi {
  readonly #discovery: DiscoveryApi;
  readonly #fetch: FetchApi;

  constructor(deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discovery = deps.discoveryApi;
    this.#fetch = deps.fetchApi;
  }

  async #call(
    method: Method,
    path: string,
    body?: object,
    signal?: AbortSignal,
  ): Promise<Response> {
    const base = await this.#discovery.getBaseUrl('ai-ops');
    const response = await this.#fetch.fetch(`${base}${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
      signal,
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  async #json<R>(method: Method, path: string, body?: object): Promise<R> {
    const text = await (await this.#call(method, path, body)).text();
    return (text ? JSON.parse(text) : undefined) as R;
  }

  #get<R>(path: string) {
    return this.#json<R>('GET', path);
  }

  /** `path` read as a stream, opened again after a pause when it ends. */
  #stream(
    path: string,
    onChunk: (text: string) => void,
    onOpen?: (again: boolean) => void,
  ): Subscription {
    return keepReading(
      signal => this.#call('GET', path, undefined, signal),
      onChunk,
      { onOpen, pauseMs: RECONNECT_MS },
    );
  }

  listWorkspaces() {
    return this.#get<T.Items<T.Workspace>>('/workspaces');
  }
  getCurrentWorkspace() {
    return this.#get<{ workspace?: T.Workspace }>('/me/workspace');
  }
  switchWorkspace(workspace: string) {
    return this.#json<{ workspace?: T.Workspace }>('PUT', '/me/workspace', {
      workspace,
    });
  }
  getStats(w: string) {
    return this.#get<Out<'getStats'>>(`${ws(w)}/stats`);
  }
  getWorkspace(w: string) {
    return this.#get<Out<'getWorkspace'>>(ws(w));
  }
  updateWorkspace(w: string, request: In<'updateWorkspace', 1>) {
    return this.#json<T.Workspace>('PATCH', ws(w), request);
  }
  listMembers(w: string) {
    return this.#get<Out<'listMembers'>>(`${ws(w)}/members`);
  }
  putMember(w: string, principal: string, role: In<'putMember', 2>) {
    return this.#json<Out<'putMember'>>('PUT', memberPath(w, principal), {
      role,
    });
  }
  async removeMember(w: string, principal: string) {
    await this.#call('DELETE', memberPath(w, principal));
  }
  getBudget(w: string) {
    return this.#get<Out<'getBudget'>>(`${ws(w)}/budget`);
  }
  putBudget(w: string, request: In<'putBudget', 1>) {
    return this.#json<Out<'putBudget'>>('PUT', `${ws(w)}/budget`, request);
  }
  getPrices(w: string) {
    return this.#get<Out<'getPrices'>>(`${ws(w)}/prices`);
  }

  listNodeTypes() {
    return this.#get<T.Items<T.NodeTypeDescription>>('/node-types');
  }
  listTemplates(domain?: T.PipelineDomain) {
    return this.#get<T.Items<T.PipelineTemplate>>(
      `/templates${queryString({ domain })}`,
    );
  }
  listPipelines(w: string, filter: T.PipelineFilter = {}) {
    return this.#get<Out<'listPipelines'>>(
      `${ws(w)}/pipelines${queryString(filter)}`,
    );
  }
  getPipeline(w: string, p: string) {
    return this.#get<Out<'getPipeline'>>(pipelinePath(w, p));
  }
  createPipeline(w: string, request: In<'createPipeline', 1>) {
    return this.#json<Out<'createPipeline'>>(
      'POST',
      `${ws(w)}/pipelines`,
      request,
    );
  }
  clonePipeline(
    w: string,
    p: string,
    request: { name: string; title?: string },
  ) {
    return this.#json<Out<'clonePipeline'>>(
      'POST',
      `${pipelinePath(w, p)}/clone`,
      request,
    );
  }
  listPipelineVersions(w: string, p: string) {
    return this.#get<T.Items<T.PipelineVersionSummary>>(
      `${pipelinePath(w, p)}/versions`,
    );
  }
  getPipelineVersion(w: string, p: string, version: number) {
    return this.#get<Out<'getPipelineVersion'>>(
      `${pipelinePath(w, p)}/versions/${version}`,
    );
  }
  savePipelineVersion(
    w: string,
    p: string,
    request: In<'savePipelineVersion', 2>,
  ) {
    return this.#json<Out<'savePipelineVersion'>>(
      'POST',
      `${pipelinePath(w, p)}/versions`,
      request,
    );
  }

  listRuns(w: string, filter: T.RunFilter = {}) {
    return this.#get<Out<'listRuns'>>(`${ws(w)}/runs${queryString(filter)}`);
  }
  startRun(w: string, p: string) {
    return this.#json<Out<'startRun'>>(
      'POST',
      `${pipelinePath(w, p)}/runs`,
      {},
    );
  }
  getRun(w: string, r: string) {
    return this.#get<Out<'getRun'>>(runPath(w, r));
  }
  runAction(w: string, r: string, action: T.RunAction) {
    return this.#json<Out<'runAction'>>(
      'POST',
      `${runPath(w, r)}/${action}`,
      {},
    );
  }
  listArtifacts(w: string, r: string) {
    return this.#get<T.Items<T.ArtifactSummary>>(`${runPath(w, r)}/artifacts`);
  }
  async downloadArtifact(w: string, r: string, artifactId: string) {
    const path = `${runPath(w, r)}/artifacts/${enc(artifactId)}/content`;
    return (await this.#call('GET', path)).blob();
  }
  followTaskLog(
    w: string,
    r: string,
    taskId: string,
    onText: (chunk: string, fromStart: boolean) => void,
  ) {
    const path = `${runPath(w, r)}/tasks/${enc(taskId)}/logs?follow=true`;
    // Each opening answers the log from its beginning.
    let fromStart = true;
    return this.#stream(
      path,
      chunk => {
        onText(chunk, fromStart);
        fromStart = false;
      },
      () => {
        fromStart = true;
      },
    );
  }
  streamRun(w: string, r: string, handlers: RunStreamHandlers) {
    return this.#streamRunEvents(`${runPath(w, r)}/events`, handlers);
  }
  streamRuns(w: string, handlers: RunStreamHandlers) {
    return this.#streamRunEvents(`${ws(w)}/runs/events`, handlers);
  }
  #streamRunEvents(path: string, handlers: RunStreamHandlers) {
    let buffered = '';
    return this.#stream(
      path,
      chunk => {
        handlers.onStatus?.('connected');
        buffered = parseServerSentEvents(
          buffered + chunk,
          ({ event, data }) => {
            if (event === 'run') handlers.onRun(JSON.parse(data));
            if (event === 'task') handlers.onTask(JSON.parse(data));
          },
        );
      },
      again => {
        buffered = '';
        handlers.onStatus?.(again ? 'reconnecting' : 'connecting');
      },
    );
  }

  listDatasets(w: string, q?: string) {
    return this.#get<T.Items<T.Dataset>>(
      `${ws(w)}/datasets${queryString({ q })}`,
    );
  }
  getDataset(w: string, d: string) {
    return this.#get<T.Dataset>(datasetPath(w, d));
  }
  createDataset(w: string, request: In<'createDataset', 1>) {
    return this.#json<T.Dataset>('POST', `${ws(w)}/datasets`, request);
  }
  listDatasetVersions(w: string, d: string) {
    return this.#get<T.Items<T.DatasetVersion>>(
      `${datasetPath(w, d)}/versions`,
    );
  }
  registerDatasetVersion(
    w: string,
    d: string,
    request: In<'registerDatasetVersion', 2>,
  ) {
    return this.#json<T.DatasetVersion>(
      'POST',
      `${datasetPath(w, d)}/versions`,
      request,
    );
  }
  validateDatasetVersion(
    w: string,
    d: string,
    version: number,
    request: In<'validateDatasetVersion', 3>,
  ) {
    return this.#json<T.ValidationReport>(
      'POST',
      `${datasetPath(w, d)}/versions/${version}/validate`,
      request,
    );
  }
  listValidationReports(w: string, d: string, version: number) {
    return this.#get<T.Items<T.ValidationReport>>(
      `${datasetPath(w, d)}/versions/${version}/reports`,
    );
  }
  getDatasetLineage(w: string, d: string) {
    return this.#get<T.DatasetLineage>(`${datasetPath(w, d)}/lineage`);
  }
  getRunLineage(w: string, r: string) {
    return this.#get<RunLineage>(`${runPath(w, r)}/lineage`);
  }
  getDatasetVersionRuns(w: string, d: string, version: number) {
    return this.#get<DatasetVersionRuns>(
      `${datasetPath(w, d)}/versions/${version}/runs`,
    );
  }
  listConnections(w: string) {
    return this.#get<T.Items<T.Connection>>(`${ws(w)}/connections`);
  }
  createConnection(w: string, request: In<'createConnection', 1>) {
    return this.#json<T.Connection>('POST', `${ws(w)}/connections`, request);
  }
  testConnection(w: string, c: string) {
    return this.#json<T.ConnectionTest>(
      'POST',
      `${connectionPath(w, c)}/test`,
      {},
    );
  }
  updateDataset(w: string, d: string, request: In<'updateDataset', 2>) {
    return this.#json<T.Dataset>('PATCH', datasetPath(w, d), request);
  }
  async deleteDataset(w: string, d: string) {
    await this.#call('DELETE', datasetPath(w, d));
  }
  updateConnection(w: string, c: string, request: In<'updateConnection', 2>) {
    return this.#json<T.Connection>('PATCH', connectionPath(w, c), request);
  }
  async deleteConnection(w: string, c: string) {
    await this.#call('DELETE', connectionPath(w, c));
  }

  listSchedules(w: string) {
    return this.#get<Out<'listSchedules'>>(`${ws(w)}/schedules`);
  }
  createSchedule(w: string, p: string, request: In<'createSchedule', 2>) {
    return this.#json<T.Schedule>(
      'POST',
      `${pipelinePath(w, p)}/schedules`,
      request,
    );
  }
  updateSchedule(
    w: string,
    p: string,
    s: string,
    request: In<'updateSchedule', 3>,
  ) {
    return this.#json<T.Schedule>('PATCH', schedulePath(w, p, s), request);
  }
  async deleteSchedule(w: string, p: string, s: string) {
    await this.#call('DELETE', schedulePath(w, p, s));
  }
  fireSchedule(w: string, p: string, s: string) {
    return this.#json<Out<'fireSchedule'>>(
      'POST',
      `${schedulePath(w, p, s)}/fire`,
      {},
    );
  }
  listScheduleFires(
    w: string,
    p: string,
    s: string,
    page: In<'listScheduleFires', 3>,
  ) {
    return this.#get<Out<'listScheduleFires'>>(
      `${schedulePath(w, p, s)}/fires${queryString(page)}`,
    );
  }
  async deleteTrigger(w: string, p: string, t: string) {
    await this.#call('DELETE', `${pipelinePath(w, p)}/triggers/${enc(t)}`);
  }
  listTriggers(w: string, p: string) {
    return this.#get<T.Items<T.Trigger>>(`${pipelinePath(w, p)}/triggers`);
  }
  createTrigger(w: string, p: string, request: In<'createTrigger', 2>) {
    return this.#json<T.Trigger>(
      'POST',
      `${pipelinePath(w, p)}/triggers`,
      request,
    );
  }
  updateTrigger(
    w: string,
    p: string,
    t: string,
    request: { enabled: boolean },
  ) {
    return this.#json<T.Trigger>(
      'PATCH',
      `${pipelinePath(w, p)}/triggers/${enc(t)}`,
      request,
    );
  }

  listApiKeys(w: string) {
    return this.#get<Out<'listApiKeys'>>(`${ws(w)}/api-keys`);
  }
  createApiKey(w: string, request: In<'createApiKey', 1>) {
    return this.#json<Out<'createApiKey'>>(
      'POST',
      `${ws(w)}/api-keys`,
      request,
    );
  }
  revokeApiKey(w: string, keyId: string) {
    return this.#json<Out<'revokeApiKey'>>(
      'POST',
      `${ws(w)}/api-keys/${enc(keyId)}/revoke`,
      {},
    );
  }
  listSecrets(w: string) {
    return this.#get<Out<'listSecrets'>>(`${ws(w)}/secrets`);
  }
  putSecret(w: string, name: string, request: In<'putSecret', 2>) {
    return this.#json<Out<'putSecret'>>('PUT', secretPath(w, name), request);
  }
  async deleteSecret(w: string, name: string) {
    await this.#call('DELETE', secretPath(w, name));
  }
  revealSecret(w: string, name: string, reason?: string) {
    return this.#json<Out<'revealSecret'>>(
      'POST',
      `${secretPath(w, name)}/reveal`,
      reason ? { reason } : {},
    );
  }
  getSecretAccessLog(w: string, name: string) {
    return this.#get<Out<'getSecretAccessLog'>>(
      `${secretPath(w, name)}/access-log`,
    );
  }
}
