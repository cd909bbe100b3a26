import { NotFoundError } from '@backstage/errors';
import {
  CreateDatasetRequest,
  Dataset,
  UpdateDatasetRequest,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { idOrNameColumn } from '../../database/idOrName';
import { insertUnique } from '../../database/insertUnique';
import { likeContains } from '../../pipelines/pipelineRows';
import { WorkspaceRow } from '../../tenancy/workspaceRows';
import { toDataset } from './datasetRows';

export type NewDataset = Omit<CreateDatasetRequest, 'owner' | 'tags'> & {
  owner: string;
  tags: string[];
};

export type DatasetFilter = { q?: string; tag?: string; owner?: string };

/** A workspace's datasets (versions and reports: DatasetVersionStore). */
export class DatasetStore {
  constructor(private readonly knex: Knex) {}

  private select(workspace: WorkspaceRow) {
    const latest = this.knex('dataset_versions as v')
      .max('v.version')
      .where('v.dataset_id', this.knex.ref('d.id'))
      .as('latest_version');
    return this.knex('datasets as d')
      .where('d.workspace_id', workspace.id)
      .select('d.*', latest);
  }

  async list(workspace: WorkspaceRow, filter: DatasetFilter): Promise<Dataset[]> {
    const query = this.select(workspace).orderBy('d.name');
    if (filter.owner) query.where('d.owner', filter.owner);
    if (filter.tag) {
      query.whereRaw(`d.tags like ? escape '\\'`, [
        likeContains(JSON.stringify(filter.tag)),
      ]);
    }
    for (const word of (filter.q ?? '').toLowerCase().split(/\s+/)) {
      if (!word) continue;
      query.where(inner =>
        ['d.name', 'd.title', 'd.description', 'd.tags'].forEach(column =>
          inner.orWhereRaw(`lower(${column}) like ? escape '\\'`, [
            likeContains(word),
          ]),
        ),
      );
    }
    return (await query).map(row => toDataset(row, workspace.name));
  }

  async get(
    workspace: WorkspaceRow,
    idOrName: string,
  ): Promise<Dataset | undefined> {
    const row = await this.select(workspace)
      .where(idOrNameColumn(idOrName, 'd'), idOrName)
      .first();
    return row && toDataset(row, workspace.name);
  }

  /** The dataset, or a 404 naming it. */
  async require(workspace: WorkspaceRow, idOrName: string): Promise<Dataset> {
    const dataset = await this.get(workspace, idOrName);
    if (!dataset) {
      throw new NotFoundError(
        `No dataset '${idOrName}' in workspace '${workspace.name}'`,
      );
    }
    return dataset;
  }

  async create(
    workspace: WorkspaceRow,
    input: NewDataset,
    actor: string,
  ): Promise<Dataset> {
    const now = new Date();
    const id = randomUUID();
    await insertUnique(
      this.knex,
      'datasets',
      {
        id,
        workspace_id: workspace.id,
        name: input.name,
        title: input.title ?? input.name,
        description: input.description ?? null,
        owner: input.owner,
        connection_id: input.connectionId ?? null,
        format: input.format,
        tags: JSON.stringify(input.tags),
        created_by: actor,
        created_at: now,
        updated_at: now,
      },
      `A dataset named '${input.name}' already exists in workspace '${workspace.name}'`,
    );
    return (await this.get(workspace, id))!;
  }

  async update(
    workspace: WorkspaceRow,
    dataset: Dataset,
    patch: UpdateDatasetRequest,
  ): Promise<Dataset> {
    await this.knex('datasets')
      .where('id', dataset.id)
      .update({
        ...(patch.title !== undefined && { title: patch.title }),
        ...(patch.description !== undefined && {
          description: patch.description,
        }),
        ...(patch.owner !== undefined && { owner: patch.owner }),
        ...(patch.connectionId !== undefined && {
          connection_id: patch.connectionId,
        }),
        ...(patch.tags !== undefined && { tags: JSON.stringify(patch.tags) }),
        updated_at: new Date(),
      });
    return (await this.get(workspace, dataset.id))!;
  }

  /** Deletes the dataset with its versions and reports. */
  async delete(dataset: Dataset): Promise<void> {
    await this.knex.transaction(async tx => {
      await tx('validation_reports').where('dataset_id', dataset.id).delete();
      await tx('dataset_versions').where('dataset_id', dataset.id).delete();
      await tx('datasets').where('id', dataset.id).delete();
    });
  }
}
