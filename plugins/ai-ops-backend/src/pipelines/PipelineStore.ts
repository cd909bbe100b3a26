import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  diffGraphs,
  ListPipelinesFilter,
  PipelineDetail,
  PipelineDomain,
  PipelineGraph,
  PipelineList,
  PipelineSummary,
  PipelineVersion,
  PipelineVersionSummary,
  UpdatePipelineRequest,
} from '@internal/plugin-ai-ops-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { insertUnique } from '../database/insertUnique';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import {
  likeContains,
  toPipelineSummary,
  toVersion,
  toVersionSummary,
} from './pipelineRows';

export type NewPipeline = {
  name: string;
  title: string;
  description?: string;
  domain: PipelineDomain;
  tags: string[];
  owner: string;
  graph: PipelineGraph;
  message: string;
};

type Db = Knex | Knex.Transaction;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Pipelines and their versions. Graphs are validated before they get here;
 * the store keeps versions immutable and numbered without gaps.
 */
export class PipelineStore {
  constructor(private readonly knex: Knex) {}

  private live(db: Db = this.knex) {
    return db('pipelines as p')
      .join('workspaces as w', 'w.id', 'p.workspace_id')
      .whereNull('p.deleted_at')
      .select('p.*', { workspace: 'w.name' });
  }

  async list(
    workspaceId: string,
    query: ListPipelinesFilter,
  ): Promise<PipelineList> {
    const filtered = this.live().where('p.workspace_id', workspaceId);
    if (query.domain) filtered.where('p.domain', query.domain);
    if (query.owner) filtered.where('p.owner', query.owner);
    if (query.tag) {
      filtered.whereRaw(`p.tags like ? escape '\\'`, [
        likeContains(JSON.stringify(query.tag)),
      ]);
    }
    for (const word of (query.q ?? '').toLowerCase().split(/\s+/)) {
      if (!word) continue;
      const pattern = likeContains(word);
      filtered.where(inner =>
        ['p.name', 'p.title', 'p.description', 'p.tags'].forEach(column =>
          inner.orWhereRaw(`lower(${column}) like ? escape '\\'`, [pattern]),
        ),
      );
    }
    const [{ count }] = await filtered
      .clone()
      .clearSelect()
      .count({ count: '*' });
    const rows = await filtered
      .orderBy([
        { column: 'p.updated_at', order: 'desc' },
        { column: 'p.name', order: 'asc' },
      ])
      .limit(query.limit)
      .offset(query.offset);
    const totalCount = Number(count);
    const next = query.offset + rows.length;
    return {
      items: rows.map(toPipelineSummary),
      totalCount,
      nextOffset: next < totalCount ? next : undefined,
    };
  }

  /** A live pipeline by id or name, or undefined. */
  async get(
    workspaceId: string,
    idOrName: string,
    db: Db = this.knex,
  ): Promise<PipelineSummary | undefined> {
    const row = await this.live(db)
      .where('p.workspace_id', workspaceId)
      .where(UUID.test(idOrName) ? 'p.id' : 'p.name', idOrName)
      .first();
    return row && toPipelineSummary(row);
  }

  /** The pipeline, or a 404 naming it. */
  async require(
    workspace: WorkspaceRow,
    idOrName: string,
  ): Promise<PipelineSummary> {
    const pipeline = await this.get(workspace.id, idOrName);
    if (!pipeline) {
      throw new NotFoundError(
        `No pipeline '${idOrName}' in workspace '${workspace.name}'`,
      );
    }
    return pipeline;
  }

  async detail(pipeline: PipelineSummary): Promise<PipelineDetail> {
    const version = await this.version(pipeline.id, pipeline.currentVersion);
    return { ...pipeline, graph: version!.graph };
  }

  /** Creates the pipeline with version 1, in one transaction. */
  async create(
    workspace: WorkspaceRow,
    input: NewPipeline,
    actor: string,
  ): Promise<PipelineDetail> {
    const id = randomUUID();
    const now = new Date();
    await this.knex.transaction(async tx => {
      await insertUnique(
        tx,
        'pipelines',
        {
          id,
          workspace_id: workspace.id,
          name: input.name,
          title: input.title,
          description: input.description ?? null,
          domain: input.domain,
          tags: JSON.stringify(input.tags),
          owner: input.owner,
          current_version: 1,
          created_by: actor,
          created_at: now,
          updated_at: now,
        },
        `A pipeline named '${input.name}' already exists in workspace '${workspace.name}'`,
      );
      await this.insertVersion(tx, id, 1, input.graph, undefined, {
        author: actor,
        message: input.message,
        at: now,
      });
    });
    return this.detail((await this.get(workspace.id, id))!);
  }

  async update(
    pipeline: PipelineSummary,
    patch: UpdatePipelineRequest,
  ): Promise<PipelineSummary> {
    const changes: Record<string, unknown> = { updated_at: new Date() };
    for (const key of ['title', 'description', 'domain', 'owner'] as const) {
      if (patch[key] !== undefined) changes[key] = patch[key];
    }
    if (patch.tags) changes.tags = JSON.stringify(patch.tags);
    await this.knex('pipelines').where({ id: pipeline.id }).update(changes);
    return (await this.getById(pipeline.id))!;
  }

  /** Soft delete: runs and lineage keep referring to it. */
  async delete(pipeline: PipelineSummary): Promise<void> {
    await this.knex('pipelines')
      .where({ id: pipeline.id })
      .update({ deleted_at: new Date(), updated_at: new Date() });
  }

  /**
   * Saves a new version with what changed since the current one; 409 when
   * `baseVersion` is given and another version was saved since.
   */
  async addVersion(
    pipeline: PipelineSummary,
    graph: PipelineGraph,
    details: { author: string; message: string; baseVersion?: number },
  ): Promise<PipelineVersion> {
    const saved = await this.knex.transaction(async tx => {
      const current = await tx('pipelines')
        .where({ id: pipeline.id })
        .forUpdate()
        .first('current_version');
      const currentVersion = Number(current.current_version);
      if (
        details.baseVersion !== undefined &&
        details.baseVersion !== currentVersion
      ) {
        throw new ConflictError(
          `Version ${currentVersion} was saved after version ${details.baseVersion}; reload and apply your changes to it`,
        );
      }
      const before = await this.version(pipeline.id, currentVersion, tx);
      const version = currentVersion + 1;
      const now = new Date();
      await this.insertVersion(tx, pipeline.id, version, graph, before?.graph, {
        ...details,
        at: now,
      });
      await tx('pipelines')
        .where({ id: pipeline.id })
        .update({ current_version: version, updated_at: now });
      return version;
    });
    return (await this.version(pipeline.id, saved))!;
  }

  async versions(pipelineId: string): Promise<PipelineVersionSummary[]> {
    const rows = await this.knex('pipeline_versions')
      .where({ pipeline_id: pipelineId })
      .orderBy('version', 'desc')
      .select(
        'pipeline_id',
        'version',
        'author',
        'message',
        'created_at',
        'changes_json',
      );
    return rows.map(toVersionSummary);
  }

  async version(
    pipelineId: string,
    version: number,
    db: Db = this.knex,
  ): Promise<PipelineVersion | undefined> {
    const row = await db('pipeline_versions')
      .where({ pipeline_id: pipelineId, version })
      .first();
    return row && toVersion(row);
  }

  /**
   * The pipeline and one version's graph (the current one unless given):
   * how runs read what to execute. Deleted pipelines are not found.
   */
  async getVersion(
    workspaceId: string,
    pipelineId: string,
    version?: number,
  ): Promise<
    { pipeline: PipelineSummary; version: PipelineVersion } | undefined
  > {
    const pipeline = await this.get(workspaceId, pipelineId);
    if (!pipeline) return undefined;
    const found = await this.version(
      pipeline.id,
      version ?? pipeline.currentVersion,
    );
    return found && { pipeline, version: found };
  }

  private async getById(id: string): Promise<PipelineSummary | undefined> {
    const row = await this.live().where('p.id', id).first();
    return row && toPipelineSummary(row);
  }

  private async insertVersion(
    tx: Knex.Transaction,
    pipelineId: string,
    version: number,
    graph: PipelineGraph,
    before: PipelineGraph | undefined,
    details: { author: string; message: string; at: Date },
  ): Promise<void> {
    await insertUnique(
      tx,
      'pipeline_versions',
      {
        pipeline_id: pipelineId,
        version,
        graph_json: JSON.stringify(graph),
        changes_json: JSON.stringify(diffGraphs(before, graph)),
        author: details.author,
        message: details.message,
        created_at: details.at,
      },
      `Version ${version} was saved at the same time; reload and try again`,
    );
  }
}
