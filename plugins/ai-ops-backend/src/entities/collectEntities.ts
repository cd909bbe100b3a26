import { Entity } from '@backstage/catalog-model';
import { optionalText, parseJsonColumn } from '../database/dbValues';
import { AiOpsContext } from '../service/AiOpsContext';
import { AiOpsAsset, datasetEntity, pipelineEntity } from './aiOpsEntities';

function assetOf(row: Record<string, unknown>): AiOpsAsset {
  return {
    id: String(row.id),
    workspace: String(row.workspace),
    name: String(row.name),
    title: String(row.title),
    description: optionalText(row.description),
    owner: String(row.owner),
    tags: parseJsonColumn<string[]>(row.tags, []),
  };
}

/**
 * Every live pipeline and every dataset of the workspaces that are not
 * archived, as catalog entities (an archived workspace's leave the catalog).
 */
export async function collectEntities(
  context: AiOpsContext,
): Promise<{ entities: Entity[] }> {
  const { knex, config } = context;
  // Links point at the portal; without app.baseUrl they stay relative.
  const appBaseUrl = config.getOptionalString('app.baseUrl') ?? '';
  const fromLiveWorkspaces = (table: string) =>
    knex(table)
      .join('workspaces as w', 'w.id', `${table}.workspace_id`)
      .whereNull('w.archived_at')
      .orderBy(['w.name', `${table}.name`]);
  const pipelines = await fromLiveWorkspaces('pipelines')
    .whereNull('pipelines.deleted_at')
    .select('pipelines.*', 'w.name as workspace');
  const datasets = await fromLiveWorkspaces('datasets').select(
    'datasets.*',
    'w.name as workspace',
  );
  return {
    entities: [
      ...pipelines.map(row =>
        pipelineEntity(
          { ...assetOf(row), domain: String(row.domain) },
          appBaseUrl,
        ),
      ),
      ...datasets.map(row => datasetEntity(assetOf(row), appBaseUrl)),
    ],
  };
}
