import { ConflictError } from '@backstage/errors';
import type {
  CreateSourceRequest,
  DataSource,
  SyncRun,
  UpdateSourceRequest,
} from '@internal/plugin-data-catalog-common';
import type { DataCatalogSourcesApi } from '../api/DataCatalogApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { clone, findOr404, offsetPage } from './fakeHelpers';

/**
 * The sources part of the fake API (see FakeDataCatalogApi). A started
 * sync stays running until `finishSync` ends it, so tests can watch the
 * progress and then its outcome.
 */
export class FakeSources implements DataCatalogSourcesApi {
  sources = clone(fixtures.sources);
  syncRuns = clone(fixtures.syncRuns);
  changes = clone(fixtures.schemaChanges);
  connectionTest = {
    ok: false,
    failedStep: 'tables' as const,
    steps: [
      { step: 'connect' as const, status: 'ok' as const, durationMs: 35 },
      {
        step: 'tables' as const,
        status: 'failed' as const,
        durationMs: 8,
        detail: 'permission denied for schema billing',
      },
      { step: 'views' as const, status: 'skipped' as const, durationMs: 0 },
    ],
  };

  finishSync(runId: string, outcome: Partial<SyncRun>) {
    Object.assign(
      findOr404(this.syncRuns, run => run.id === runId),
      { status: 'succeeded', durationMs: 1500 },
      outcome,
    );
  }

  async listSources(query: T.ListSourcesQuery) {
    const matching = this.sources.filter(
      source => !query.platform || source.platform === query.platform,
    );
    return offsetPage(matching, query);
  }
  async getSource(id: string) {
    return clone(findOr404(this.sources, source => source.id === id));
  }
  async createSource(request: CreateSourceRequest) {
    if (this.sources.some(source => source.id === request.id)) {
      throw new ConflictError(`source ${request.id} exists`);
    }
    const source: DataSource = {
      ...request,
      entityRef: `resource:${request.id}/${request.id}`,
      createdBy: 'user:default/tester',
      createdAt: fixtures.now,
      updatedAt: fixtures.now,
      counts: { databases: 0, schemas: 0, tables: 0, views: 0 },
    };
    this.sources.push(source);
    return clone(source);
  }
  async updateSource(id: string, request: UpdateSourceRequest) {
    const source = findOr404(this.sources, s => s.id === id);
    Object.assign(source, request, {
      connection: { ...source.connection, ...request.connection },
    });
    return clone(source);
  }
  async deleteSource(id: string) {
    this.sources = this.sources.filter(source => source.id !== id);
  }
  async testConnection(_request: T.TestConnectionRequest) {
    return clone(this.connectionTest);
  }
  async testSource(_id: string) {
    return clone(this.connectionTest);
  }
  async syncSource(id: string) {
    const run: SyncRun = {
      id: `run-${this.syncRuns.length + 100}`,
      sourceId: id,
      trigger: 'manual',
      status: 'running',
      startedAt: fixtures.now,
      steps: [{ step: 'connect', status: 'ok', durationMs: 30 }],
    };
    this.syncRuns.unshift(run);
    findOr404(this.sources, source => source.id === id).lastSync = run;
    return clone(run);
  }
  async listSyncs(sourceId: string, query: T.OffsetQuery) {
    return offsetPage(
      this.syncRuns.filter(run => run.sourceId === sourceId),
      query,
    );
  }
  async getSync(id: string) {
    return clone(findOr404(this.syncRuns, run => run.id === id));
  }
  async listSourceChanges(sourceId: string, query: T.ListChangesQuery) {
    return offsetPage(this.#changesMatching({ ...query, sourceId }), query);
  }
  async listChanges(query: T.ListChangesQuery) {
    return offsetPage(this.#changesMatching(query), query);
  }
  #changesMatching(filter: T.ListChangesQuery & { sourceId?: string }) {
    return this.changes.filter(
      change =>
        (!filter.sourceId || change.sourceId === filter.sourceId) &&
        (!filter.entityRef || change.entityRef === filter.entityRef) &&
        (!filter.severity || change.severity === filter.severity),
    );
  }
  async listPlatforms() {
    return ['postgresql', 'mysql'];
  }
}
