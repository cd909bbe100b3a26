import { LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import {
  ConnectionStep,
  dataCatalogTopics,
  SourceConnection,
  SyncRun,
} from '@internal/plugin-data-catalog-common';
import { SourceSnapshot } from '@internal/plugin-data-catalog-node';
import { Knex } from 'knex';
import { ConnectorRegistry } from '../connectors/ConnectorRegistry';
import { resolveConnection } from '../connectors/secrets';
import { recordActivity } from '../governance/activity';
import { LineageStore } from '../lineage/LineageStore';
import { refreshSearchDocuments } from '../search/searchDocuments';
import { sourceRef } from './assetRefs';
import { AssetSyncResult, syncAssets } from './assetSync';
import { viewLineageEdges, queryLineageEdges } from './ingestionLineage';
import { IngestionConfig } from './ingestionConfig';
import { writeQueryHistory } from './queryHistory';
import { snapshotAssets } from './snapshotAssets';
import { SourceRow, SourcesStore } from './SourcesStore';
import { SyncRunsStore } from './SyncRunsStore';

export type SyncRunnerDeps = IngestionConfig & {
  knex: Knex;
  logger: LoggerService;
  connectors: ConnectorRegistry;
  lineage: LineageStore;
  events: EventsService;
};

type StepName = ConnectionStep['step'];
const STEPS: StepName[] = ['tables', 'write', 'queries'];
const HEARTBEAT_MS = 60_000;
const VIEW_KINDS = new Set(['view', 'materialized-view']);

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

class StepFailure extends Error {
  constructor(readonly step: StepName, readonly cause: unknown) {
    super(`${step}: ${messageOf(cause)}`);
  }
}

function describeSnapshot(snapshot: SourceSnapshot): string {
  const unread = snapshot.unreadDatabases.map(d => `${d.name} (${d.error})`);
  return [
    `${snapshot.databases.length} databases, ${snapshot.schemas.length} schemas, ${snapshot.tables.length} tables and views`,
    ...(unread.length ? [`not read: ${unread.join(', ')}`] : []),
  ].join('; ');
}

/**
 * One sync of a source: read a snapshot through its connector, write what
 * changed (assets, columns, schema changes, entity feed), the query history
 * and lineage, then record the run and announce it. A failed or
 * interrupted read writes and deletes nothing.
 */
export class SyncRunner {
  private readonly sources: SourcesStore;
  private readonly runs: SyncRunsStore;

  constructor(private readonly deps: SyncRunnerDeps) {
    this.sources = new SourcesStore(deps.knex);
    this.runs = new SyncRunsStore(deps.knex);
  }

  /**
   * Claims the source (409 while another run is live) and starts the sync
   * in the background: `run` is the running row, `done` the finished one.
   */
  async start(
    sourceId: string,
    options: { trigger: SyncRun['trigger']; initiator?: string },
  ): Promise<{ run: SyncRun; done: Promise<SyncRun> }> {
    const source = await this.sources.row(sourceId);
    const staleBefore = new Date(Date.now() - this.deps.staleRunTimeoutMs);
    const run = await this.runs.start(sourceId, options, staleBefore);
    return { run, done: this.execute(source, run) };
  }

  /** Runs a sync to its end. */
  async sync(
    sourceId: string,
    options: { trigger: SyncRun['trigger']; initiator?: string },
  ): Promise<SyncRun> {
    return (await this.start(sourceId, options)).done;
  }

  /** Marks runs whose backend died (no heartbeat) interrupted. */
  async interruptStaleRuns(): Promise<number> {
    return this.runs.interruptStale(
      new Date(Date.now() - this.deps.staleRunTimeoutMs),
    );
  }

  private async execute(source: SourceRow, run: SyncRun): Promise<SyncRun> {
    const steps: ConnectionStep[] = [];
    const beat = setInterval(() => {
      this.runs
        .heartbeat(run.id)
        .catch(error =>
          this.deps.logger.warn(`Sync ${run.id} heartbeat failed: ${error}`),
        );
    }, HEARTBEAT_MS);
    beat.unref?.();
    try {
      const snapshot = await this.step(
        steps,
        'tables',
        () => this.read(source),
        s => ({ count: s.tables.length, detail: describeSnapshot(s) }),
      );
      const history = await this.runs.history(source.id, run.id);
      const assets = await this.step(
        steps,
        'write',
        () => this.write(source.id, run.id, snapshot, history),
        r => ({ count: r.added.length + r.changed.length + r.removed.length }),
      );
      const queries = await this.step(
        steps,
        'queries',
        () =>
          writeQueryHistory(this.deps.knex, source.id, snapshot.queries ?? []),
        count => ({ count }),
      );
      const finished = await this.runs.finish(run.id, {
        status: 'succeeded',
        steps,
        stats: {
          added: assets.added.length,
          changed: assets.changed.length,
          removed: assets.removed.length,
          unchanged: assets.unchanged,
          columns: snapshot.tables.reduce((n, t) => n + t.columns.length, 0),
          schemaChanges: assets.changes.length,
          queries,
        },
      });
      await this.announce(source, finished, assets);
      return finished;
    } catch (error) {
      const failure =
        error instanceof StepFailure ? error : new StepFailure('write', error);
      const aborted = (failure.cause as Error)?.name === 'AbortError';
      this.deps.logger.warn(`Sync of ${source.id} failed: ${failure.message}`);
      return this.runs.finish(run.id, {
        status: aborted ? 'interrupted' : 'failed',
        steps,
        error: failure.message,
      });
    } finally {
      clearInterval(beat);
    }
  }

  /** Times one step; a failure is recorded with the later steps skipped. */
  private async step<T>(
    steps: ConnectionStep[],
    step: StepName,
    work: () => Promise<T>,
    summary: (result: T) => Pick<ConnectionStep, 'count' | 'detail'>,
  ): Promise<T> {
    const startedAt = Date.now();
    try {
      const result = await work();
      steps.push({
        step,
        status: 'ok',
        durationMs: Date.now() - startedAt,
        ...summary(result),
      });
      return result;
    } catch (error) {
      steps.push({
        step,
        status: 'failed',
        durationMs: Date.now() - startedAt,
        detail: messageOf(error),
      });
      for (const later of STEPS.slice(STEPS.indexOf(step) + 1)) {
        steps.push({ step: later, status: 'skipped', durationMs: 0 });
      }
      throw new StepFailure(step, error);
    }
  }

  private async read(source: SourceRow): Promise<SourceSnapshot> {
    const connector = this.deps.connectors.get(source.platform);
    const connection = await resolveConnection(
      JSON.parse(source.connection) as SourceConnection,
    );
    return connector.readSnapshot({
      connection,
      logger: this.deps.logger.child({ source: source.id }),
      collectQueries: Boolean(source.collect_queries),
    });
  }

  private async write(
    sourceId: string,
    syncId: string,
    snapshot: SourceSnapshot,
    history: { everSucceeded: boolean; lastStatus?: string },
  ): Promise<AssetSyncResult> {
    const assets = snapshotAssets(sourceId, snapshot);
    const result = await syncAssets(this.deps.knex, {
      sourceId,
      syncId,
      assets,
      unreadDatabases: snapshot.unreadDatabases.map(d => d.name),
      recordChanges: history.everSucceeded,
      batchSize: this.deps.batchSize,
    });
    // After a run that did not succeed, lineage may lag: redo every view.
    const views = new Set(
      assets.filter(a => VIEW_KINDS.has(a.row.kind)).map(a => a.row.entity_ref),
    );
    const touched = new Set(
      history.lastStatus === 'succeeded'
        ? [...result.added, ...result.changed].filter(ref => views.has(ref))
        : views,
    );
    result.removed.forEach(ref => touched.add(ref));
    const { lineage } = this.deps;
    if (touched.size > 0) {
      await lineage.replaceEdgesFrom(
        'view',
        [...touched],
        viewLineageEdges(sourceId, snapshot, touched),
      );
    }
    if (result.removed.length > 0) {
      await lineage.replaceEdgesFrom('query', result.removed, []);
    }
    const queryEdges = queryLineageEdges(sourceId, snapshot);
    if (queryEdges.length > 0) await lineage.upsertEdges(queryEdges);
    return result;
  }

  /**
   * Search documents, events and activity; a failure here does not undo
   * the sync (search's periodic consistency task catches up by changed_at).
   */
  private async announce(
    source: SourceRow,
    run: SyncRun,
    result: AssetSyncResult,
  ) {
    const { events, knex, logger } = this.deps;
    try {
      await refreshSearchDocuments(knex, [
        ...result.added,
        ...result.changed,
        ...result.removed,
      ]);
      const feed = result.entityUpserts + result.removed.length;
      if (feed > 0) {
        await events.publish({
          topic: dataCatalogTopics.entitiesChanged,
          eventPayload: {
            sourceId: source.id,
            syncId: run.id,
            upserts: result.entityUpserts,
            deletes: result.removed.length,
          },
        });
      }
      if (result.changes.length > 0) {
        await events.publish({
          topic: dataCatalogTopics.schemaChanged,
          eventPayload: result.changes,
        });
      }
      const breaking = result.changes.filter(
        c => c.severity === 'breaking',
      ).length;
      const stats = run.stats!;
      await recordActivity(knex, {
        type: 'sync',
        entityRef: sourceRef(source.id),
        actor: run.initiator,
        summary: `Synced ${source.title}: ${stats.added} added, ${stats.changed} changed, ${stats.removed} removed, ${stats.schemaChanges} schema changes (${breaking} breaking)`,
      });
    } catch (error) {
      logger.warn(`Announcing sync ${run.id} of ${source.id} failed: ${error}`);
    }
  }
}
