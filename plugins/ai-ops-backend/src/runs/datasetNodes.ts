import { InputError } from '@backstage/errors';
import {
  Dataset,
  parseDatasetVersionSpec,
  PipelineGraph,
} from '@internal/plugin-ai-ops-common';
import { ObjectStore } from '@internal/plugin-ai-ops-node';
import { Knex } from 'knex';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { DatasetVersionStore } from '../data/datasets/DatasetVersionStore';
import { datasetConnection } from '../data/datasets/registerDatasetVersion';
import { locationKindOf } from '../data/locations/resolveLocation';
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
 * version that is missing, or a version nothing can read (checkReadable),
 * is a 400 naming the node.
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
    await checkReadable(
      knex,
      store,
      workspace,
      dataset,
      version.storageUri,
      at,
    );
    resolved.set(node.id, { datasetId: dataset.id, version: version.version });
  }
  return resolved;
}

/**
 * A 400 unless the version's URI is one the backend can read: in the
 * workspace's part of the object store, or through the dataset's
 * connection. Any such version reaches the task (DatasetStagingExecutor
 * stages what is not one CSV object in the store); nothing is read here.
 */
async function checkReadable(
  knex: Knex,
  store: ObjectStore,
  workspace: WorkspaceRow,
  dataset: Dataset,
  uri: string,
  at: string,
) {
  const connection = await datasetConnection({ knex }, workspace, dataset);
  try {
    locationKindOf({ objectStore: store }, workspace, connection, uri);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      `${at}: data.load cannot read dataset '${dataset.name}': ${error.message}`,
    );
  }
}
