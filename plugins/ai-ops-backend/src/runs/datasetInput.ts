import { NotFoundError } from '@backstage/errors';
import { TaskLaunch } from '@internal/plugin-ai-ops-node';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { DatasetVersionStore } from '../data/datasets/DatasetVersionStore';
import { datasetConnection } from '../data/datasets/registerDatasetVersion';
import {
  readableAsIs,
  stageVersionAsCsv,
  StagingContext,
} from '../data/staging/stageVersionAsCsv';
import { objectKeys } from '../storage/objectKeys';
import { WorkspaceStore } from '../tenancy/WorkspaceStore';
import { DATASET_INPUT } from './datasetNodes';

/**
 * The object a `data.load` attempt reads its dataset version from: the
 * version itself when it is one CSV object of the workspace's part of the
 * object store, else the version staged as one CSV object under the run's
 * keys. Staging happens once per run and node; a retry finds the object
 * (stores write objects whole) and reuses it.
 */
export async function datasetInputOf(
  context: StagingContext,
  task: TaskLaunch,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<string> {
  const row = await context
    .knex('tasks')
    .where({ id: task.taskId })
    .first('dataset_id', 'dataset_version');
  const workspace = await new WorkspaceStore(context.knex).get(task.workspace);
  const dataset =
    workspace &&
    row &&
    (await new DatasetStore(context.knex).get(workspace, row.dataset_id));
  const version =
    dataset &&
    (await new DatasetVersionStore(context.knex).get(
      dataset.id,
      Number(row.dataset_version),
    ));
  if (!workspace || !dataset || !version) {
    throw new NotFoundError(
      `The dataset version ${task.inputs[DATASET_INPUT]} is gone`,
    );
  }
  const connection = await datasetConnection(context, workspace, dataset);
  if (readableAsIs(context, workspace, dataset, connection, version)) {
    return version.storageUri;
  }
  const named = `version ${version.version} of dataset '${dataset.name}'`;
  const key = objectKeys.stagedDataset(task.workspace, task.runId, task.nodeId);
  const staged = context.objectStore.uriFor(key);
  if (await context.objectStore.stat(staged)) {
    log(`Reading ${named} as staged by an earlier attempt: ${staged}\n`);
    return staged;
  }
  log(
    `Staging ${named} (${version.files} ${dataset.format} file(s), ${version.rowCount} rows) from ${version.storageUri} as one CSV\n`,
  );
  const { uri, size } = await stageVersionAsCsv(
    context,
    workspace,
    dataset,
    connection,
    version,
    key,
    {
      actor: 'plugin:ai-ops',
      purpose: `stage ${named} for run ${task.runId} (node ${task.nodeId})`,
    },
    signal,
  );
  log(`Staged ${version.rowCount} rows (${size} bytes) at ${uri}\n`);
  return uri;
}
