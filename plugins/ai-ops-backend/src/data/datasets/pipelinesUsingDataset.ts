import {
  parseDatasetVersionSpec,
  PipelineGraph,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { likeContains } from '../../pipelines/pipelineRows';
import { DATASET_NODE_TYPES } from '../../runs/datasetNodes';
import { WorkspaceRow } from '../../tenancy/workspaceRows';

/** Whether a node loads (`name@version`) or publishes to the dataset. */
function namesDataset(node: PipelineGraph['nodes'][number], name: string) {
  const named = node.config.dataset;
  if (typeof named !== 'string') return false;
  if (node.type === DATASET_NODE_TYPES.publish) return named === name;
  if (node.type === DATASET_NODE_TYPES.load) {
    return parseDatasetVersionSpec(named)?.dataset === name;
  }
  return false;
}

/**
 * The names of the workspace's pipelines whose current version loads the
 * dataset or publishes to it, sorted.
 */
export async function pipelinesUsingDataset(
  knex: Knex,
  workspace: WorkspaceRow,
  name: string,
): Promise<string[]> {
  const rows: { name: string; graph_json: string }[] = await knex(
    'pipelines as p',
  )
    .join('pipeline_versions as v', join =>
      join
        .on('v.pipeline_id', 'p.id')
        .andOn('v.version', 'p.current_version'),
    )
    .where('p.workspace_id', workspace.id)
    .whereNull('p.deleted_at')
    // Narrows the graphs to parse; the nodes decide.
    .whereRaw(`v.graph_json like ? escape '\\'`, [likeContains(name)])
    .orderBy('p.name')
    .select('p.name', 'v.graph_json');
  return rows
    .filter(row =>
      (JSON.parse(row.graph_json) as PipelineGraph).nodes.some(node =>
        namesDataset(node, name),
      ),
    )
    .map(row => row.name);
}
