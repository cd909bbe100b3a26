import { InputError } from '@backstage/errors';
import {
  parseDatasetVersionSpec,
  PipelineGraph,
} from '@internal/plugin-ai-ops-common';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { Knex } from 'knex';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { DatasetVersionStore } from '../data/datasets/DatasetVersionStore';
import { objectKeys } from '../storage/objectKeys';
import { WorkspaceRow } from '../tenancy/workspaceRows';

/** The dataset a task reads (with its version) or publishes to. */
export type TaskDataset = { datasetId: string; version?: number };

/** Node types whose tasks name a dataset in their config. */
export const DATASET_NODE_TYPES = {
  load: 'data.load',
  publish: 'data.publish',
} as const;

/** The hidden input a `data.load` task reads a dataset version from. */
export const DATASET_INPUT = 'dataset';

/**
 * Resolves the datasets the graph's `data.load` and `data.publish` nodes
 * name, when the run starts: `name@latest` becomes the version that is
 * latest now, so the run reads the same data however long it waits.
 * `pinned` (a re-run's earlier tasks) wins over the config. A dataset or
 * version that is missing, or a version `data.load` cannot read, is a 400
 * naming the node.
 */
export async function resolveDatasetNodes(
  knex: Knex,
  store: ObjectStore,
  workspace: WorkspaceRow,
  graph: PipelineGraph,
  pinned: Map<string, TaskDataset> = new Map(),
): Promise<Map<string, TaskDataset>> {
  const datasets = new DatasetStore(knex);
  const versions = new DatasetVersionStore(knex);
  const resolved = new Map<string, TaskDataset>();
  for (const node of graph.nodes) {
    const at = `graph.nodes[${node.id}].config.dataset`;
    const name = node.config.dataset;
    if (typeof name !== 'string') continue;
    const kept = pinned.get(node.id);
    if (kept) {
      resolved.set(node.id, kept);
      continue;
    }
    if (node.type === DATASET_NODE_TYPES.publish) {
      const dataset = await datasets.get(workspace, name);
      if (!dataset) {
        throw new InputError(
          `${at}: no dataset '${name}' in workspace '${workspace.name}'`,
        );
      }
      resolved.set(node.id, { datasetId: dataset.id });
      continue;
    }
    if (node.type !== DATASET_NODE_TYPES.load) continue;
    const spec = parseDatasetVersionSpec(name);
    const dataset = spec && (await datasets.get(workspace, spec.dataset));
    if (!spec || !dataset) {
      throw new InputError(
        `${at}: no dataset '${spec?.dataset ?? name}' in workspace '${
          workspace.name
        }'`,
      );
    }
    const version =
      spec.version === 'latest'
        ? (await versions.list(dataset.id))[0]
        : await versions.get(dataset.id, spec.version);
    if (!version) {
      throw new InputError(
        `${at}: dataset '${dataset.name}' has no version ${
          spec.version === 'latest' ? 'yet' : spec.version
        }`,
      );
    }
    checkReadable(store, workspace, version.storageUri, at);
    resolved.set(node.id, { datasetId: dataset.id, version: version.version });
  }
  return resolved;
}

/**
 * A task is handed one object: of the workspace's part of the object
 * store (executors download it) or a `file://` file (read in place).
 */
function checkReadable(
  store: ObjectStore,
  workspace: WorkspaceRow,
  uri: string,
  at: string,
) {
  const storePrefix = store.uriFor(`${objectKeys.workspace(workspace.name)}_`);
  const inStore = uri.startsWith(storePrefix.slice(0, -1));
  if (uri.endsWith('/') || !(inStore || uri.startsWith('file:'))) {
    throw new InputError(
      `${at}: data.load reads versions stored as one object in the AI-Ops object store or one file:// file, not ${uri}`,
    );
  }
}
