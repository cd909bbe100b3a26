import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  CreateSourceRequest,
  DataSource,
  SourceConnection,
  UpdateSourceRequest,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { toIso } from '../assets/dbValues';
import { sourceRef } from './assetRefs';
import { nextSyncTime } from './cronSchedule';
import { appendEntityFeed, appendSourceAssetsToFeed } from './entityFeed';
import { SyncRunsStore } from './SyncRunsStore';

export type SourceRow = {
  id: string;
  title: string;
  description: string | null;
  platform: string;
  connection: string;
  owner: string;
  domain: string | null;
  location: string | null;
  schedule: string | null;
  enabled: boolean | number;
  collect_queries: boolean | number;
  created_by: string;
  created_at: Date | string | number;
  updated_at: Date | string | number;
  config_managed: boolean | number;
  next_sync_at: Date | string | number | null;
};

/** What an asset entity inherits from its source: a change re-emits them all. */
const INHERITED = ['owner', 'platform'] as const;

const COUNTED = {
  databases: ['database'],
  schemas: ['schema'],
  views: ['view', 'materialized-view'],
} as const;

function toColumns(input: CreateSourceRequest, now: Date) {
  return {
    title: input.title,
    description: input.description ?? null,
    platform: input.platform,
    connection: JSON.stringify(input.connection),
    owner: input.owner,
    domain: input.domain ?? null,
    location: input.location ?? null,
    schedule: input.schedule ?? null,
    enabled: input.enabled,
    collect_queries: input.collectQueries,
    updated_at: now,
    next_sync_at: nextSyncTime(input.schedule, now) ?? null,
  };
}

/** The stored source as a create request, for merging an update into. */
export function toRequest(row: SourceRow): CreateSourceRequest {
  return {
    id: row.id,
    title: row.title,
    ...(row.description !== null && { description: row.description }),
    platform: row.platform,
    connection: JSON.parse(row.connection) as SourceConnection,
    owner: row.owner,
    ...(row.domain !== null && { domain: row.domain }),
    ...(row.location !== null && { location: row.location }),
    ...(row.schedule !== null && { schedule: row.schedule }),
    enabled: Boolean(row.enabled),
    collectQueries: Boolean(row.collect_queries),
  };
}

/**
 * `sources`: registered data sources. The connection holds a secret
 * reference only (the router refuses plaintext). Sources from app-config
 * are `config_managed` and can only change through config.
 */
export class SourcesStore {
  private readonly runs: SyncRunsStore;

  constructor(private readonly knex: Knex) {
    this.runs = new SyncRunsStore(knex);
  }

  async list(options: {
    platform?: string;
    limit: number;
    offset: number;
    filter: (qb: Knex.QueryBuilder) => void;
  }): Promise<{ items: DataSource[]; totalCount: number }> {
    const query = this.knex('sources').modify(options.filter);
    if (options.platform) query.where('platform', options.platform);
    const [{ count }] = await query.clone().count({ count: '*' });
    const rows: SourceRow[] = await query
      .select('*')
      .orderBy('id')
      .limit(options.limit)
      .offset(options.offset);
    return { items: await this.decorate(rows), totalCount: Number(count) };
  }

  async find(id: string): Promise<SourceRow | undefined> {
    return this.knex<SourceRow>('sources').where({ id }).first();
  }

  async row(id: string): Promise<SourceRow> {
    const row = await this.find(id);
    if (!row) throw new NotFoundError(`No data source '${id}'`);
    return row;
  }

  async get(id: string): Promise<DataSource> {
    const [source] = await this.decorate([await this.row(id)]);
    return source;
  }

  async create(
    input: CreateSourceRequest,
    actor: string,
    options: { configManaged?: boolean } = {},
  ): Promise<DataSource> {
    const now = new Date();
    await this.knex.transaction(async trx => {
      if (await trx('sources').where({ id: input.id }).first()) {
        throw new ConflictError(`A data source '${input.id}' already exists`);
      }
      await trx('sources').insert({
        id: input.id,
        ...toColumns(input, now),
        // A new source is read at the next dispatch, then by its cron.
        next_sync_at: input.enabled ? now : null,
        created_by: actor,
        created_at: now,
        config_managed: options.configManaged ?? false,
      });
      await appendEntityFeed(trx, [sourceRef(input.id)], 'upsert');
    });
    return this.get(input.id);
  }

  /**
   * Applies a partial update (the connection merges field by field).
   * Config-managed sources refuse: config changes them through `replace`.
   */
  async update(
    id: string,
    patch: UpdateSourceRequest,
  ): Promise<{ before: DataSource; after: DataSource }> {
    const row = await this.row(id);
    if (row.config_managed) {
      throw new ConflictError(
        `Data source '${id}' is declared in app-config (dataCatalog.sources); change it there`,
      );
    }
    const current = toRequest(row);
    return this.write(id, {
      ...current,
      ...patch,
      connection: { ...current.connection, ...patch.connection },
    });
  }

  /** Sets a source to exactly what app-config declares, config-managed. */
  async replace(input: CreateSourceRequest): Promise<void> {
    await this.write(input.id, input, { config_managed: true });
  }

  private async write(
    id: string,
    merged: CreateSourceRequest,
    extra: { config_managed?: boolean } = {},
  ): Promise<{ before: DataSource; after: DataSource }> {
    const before = await this.get(id);
    const current = toRequest(await this.row(id));
    await this.knex.transaction(async trx => {
      await trx('sources')
        .where({ id })
        .update({ ...toColumns(merged, new Date()), ...extra });
      await appendEntityFeed(trx, [sourceRef(id)], 'upsert');
      if (INHERITED.some(field => current[field] !== merged[field])) {
        await appendSourceAssetsToFeed(trx, id, 'upsert');
      }
    });
    return { before, after: await this.get(id) };
  }

  /**
   * Deletes a source with its assets, columns, queries, schema changes and
   * runs; the catalog is told to remove every entity. Documentation and
   * tags keyed by entity ref stay, for a source registered again.
   */
  async delete(id: string): Promise<{ before: DataSource; removed: string[] }> {
    const before = await this.get(id);
    if (before.configManaged) {
      throw new ConflictError(
        `Data source '${id}' is declared in app-config (dataCatalog.sources); remove it there`,
      );
    }
    if (await this.runs.isRunning(id)) {
      throw new ConflictError(
        `Data source '${id}' is syncing; try again when it is done`,
      );
    }
    const removed: string[] = [];
    await this.knex.transaction(async trx => {
      const refs = trx('assets').select('entity_ref').where('source_id', id);
      removed.push(...(await refs.clone()).map(r => r.entity_ref as string));
      await appendSourceAssetsToFeed(trx, id, 'delete');
      await appendEntityFeed(trx, [sourceRef(id)], 'delete');
      await trx('columns').whereIn('entity_ref', refs.clone()).delete();
      for (const table of [
        'query_tables',
        'queries',
        'schema_changes',
        'sync_runs',
        'assets',
      ]) {
        await trx(table).where('source_id', id).delete();
      }
      await trx('sources').where({ id }).delete();
    });
    return { before, removed: [...removed, sourceRef(id)] };
  }

  /** Enabled sources whose cron is due at `now`. */
  async due(now: Date): Promise<SourceRow[]> {
    return this.knex<SourceRow>('sources')
      .where('enabled', true)
      .whereNotNull('next_sync_at')
      .where('next_sync_at', '<=', now)
      .orderBy('next_sync_at');
  }

  async setNextSync(id: string, at: Date | undefined): Promise<void> {
    await this.knex('sources')
      .where({ id })
      .update({ next_sync_at: at ?? null });
  }

  /** Ids of the sources app-config declares (or declared). */
  async configManagedIds(): Promise<string[]> {
    const rows = await this.knex('sources')
      .select('id')
      .where('config_managed', true);
    return rows.map(r => r.id);
  }

  async releaseFromConfig(id: string): Promise<void> {
    await this.knex('sources').where({ id }).update({ config_managed: false });
  }

  private async decorate(rows: SourceRow[]): Promise<DataSource[]> {
    const ids = rows.map(r => r.id);
    const counts: {
      source_id: string;
      kind: string;
      count: number | string;
    }[] =
      ids.length === 0
        ? []
        : await this.knex('assets')
            .select('source_id', 'kind')
            .count({ count: '*' })
            .whereIn('source_id', ids)
            .groupBy('source_id', 'kind');
    const latest = await this.runs.latest(ids);
    return rows.map(row => {
      const tally = { databases: 0, schemas: 0, tables: 0, views: 0 };
      for (const c of counts.filter(x => x.source_id === row.id)) {
        const bucket = (Object.keys(COUNTED) as (keyof typeof COUNTED)[]).find(
          key => (COUNTED[key] as readonly string[]).includes(c.kind),
        );
        tally[bucket ?? 'tables'] += Number(c.count);
      }
      const lastSync = latest.get(row.id);
      return {
        ...toRequest(row),
        entityRef: sourceRef(row.id),
        createdBy: row.created_by,
        createdAt: toIso(row.created_at)!,
        updatedAt: toIso(row.updated_at)!,
        ...(lastSync && { lastSync }),
        counts: tally,
        configManaged: Boolean(row.config_managed),
      };
    });
  }
}
