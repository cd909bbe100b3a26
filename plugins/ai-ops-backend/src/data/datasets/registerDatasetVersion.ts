import {
  AI_OPS_TOPICS,
  Dataset,
  DatasetVersion,
  DatasetVersionCreatedEvent,
} from '@internal/plugin-ai-ops-common';
import { AiOpsContext } from '../../service/AiOpsContext';
import { WorkspaceRow } from '../../tenancy/workspaceRows';
import { ConnectionStore } from '../connections/ConnectionStore';
import { resolveLocation, VersionTarget } from '../locations/resolveLocation';
import { inspectVersion } from '../reading/inspectVersion';
import { DatasetVersionStore } from './DatasetVersionStore';

/** Where a dataset's versions are read through, if it names a connection. */
export async function datasetConnection(
  context: Pick<AiOpsContext, 'knex'>,
  workspace: WorkspaceRow,
  dataset: Dataset,
) {
  return dataset.connectionId
    ? new ConnectionStore(context.knex).require(workspace, dataset.connectionId)
    : undefined;
}

/**
 * Registers the data at `target` as the dataset's next version: reads it
 * (hash, size, rows, schema, partitions), stores the version and publishes
 * `datasetVersionCreated`, on which event triggers start pipelines.
 */
export async function registerDatasetVersion(
  context: Pick<
    AiOpsContext,
    | 'knex'
    | 'config'
    | 'objectStore'
    | 'events'
    | 'logger'
    | 'auditor'
    | 'secretCipher'
  >,
  workspace: WorkspaceRow,
  dataset: Dataset,
  target: VersionTarget,
  actor: string,
  sourceRunId?: string,
): Promise<DatasetVersion> {
  const connection = await datasetConnection(context, workspace, dataset);
  const location = await resolveLocation(context, workspace, connection, target, {
    actor,
    purpose: `register a version of dataset '${dataset.name}'`,
  });
  const inspection = await inspectVersion(location, dataset.format);
  const version = await new DatasetVersionStore(context.knex).add(
    dataset.id,
    inspection,
    actor,
    sourceRunId,
  );
  const event: DatasetVersionCreatedEvent = {
    workspace: workspace.name,
    datasetId: dataset.id,
    dataset: dataset.name,
    version: version.version,
    storageUri: version.storageUri,
    ...(sourceRunId && { sourceRunId }),
  };
  await context.events.publish({
    topic: AI_OPS_TOPICS.datasetVersionCreated,
    eventPayload: event,
  });
  return version;
}
