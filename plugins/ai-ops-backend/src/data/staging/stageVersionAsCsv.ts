import { InputError } from '@backstage/errors';
import {
  Connection,
  Dataset,
  DatasetVersion,
} from '@internal/plugin-ai-ops-common';
import { Readable } from 'node:stream';
import { AiOpsContext } from '../../service/AiOpsContext';
import { WorkspaceRow } from '../../tenancy/workspaceRows';
import { SecretUse } from '../connections/secrets';
import { DataLocation } from '../locations/DataLocation';
import { locationKindOf, resolveLocation } from '../locations/resolveLocation';
import { dataFiles } from '../reading/dataFiles';
import { fileRecords } from '../reading/fileRecords';

export type StagingContext = Pick<
  AiOpsContext,
  'knex' | 'config' | 'objectStore' | 'auditor' | 'secretCipher'
>;

/** Lines are written in chunks of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

/** A CSV field: JSON for nested values, quoted when it has to be. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Whether a task can read the version as it is: one CSV object of the
 * workspace's part of the AI-Ops object store (what every executor can
 * hand a task). A 400 when nothing can read it.
 */
export function readableAsIs(
  context: Pick<AiOpsContext, 'objectStore'>,
  workspace: WorkspaceRow,
  dataset: Dataset,
  connection: Connection | undefined,
  version: DatasetVersion,
): boolean {
  const kind = locationKindOf(
    context,
    workspace,
    connection,
    version.storageUri,
  );
  return kind === 'store' && dataset.format === 'csv';
}

/**
 * The version's records as CSV text, in the columns of its registered
 * schema. Records with other columns, or another number of records, mean
 * the data changed since it was registered: a 400, so that a run never
 * reads other data than the version its lineage names.
 */
async function* csvChunks(
  location: DataLocation,
  dataset: Dataset,
  version: DatasetVersion,
  signal?: AbortSignal,
): AsyncGenerator<string> {
  const columns = version.schema.map(column => column.name);
  const known = new Set(columns);
  const changed = `dataset '${dataset.name}' version ${version.version} changed since it was registered`;
  let chunk = `${columns.map(csvField).join(',')}\n`;
  let rows = 0;
  for (const file of await dataFiles(location, dataset.format)) {
    for await (const record of fileRecords(location, file, dataset.format)) {
      signal?.throwIfAborted();
      const extra = Object.keys(record).find(name => !known.has(name));
      if (extra !== undefined) {
        throw new InputError(`${changed}: it has a column '${extra}'`);
      }
      rows += 1;
      chunk += `${columns.map(name => csvField(record[name])).join(',')}\n`;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
  }
  if (rows !== version.rowCount) {
    throw new InputError(
      `${changed}: it has ${rows} rows, not ${version.rowCount}`,
    );
  }
  yield chunk;
}

/**
 * Writes every record of a version (all its files and partitions, read
 * through its connection) as one CSV object under `key` of the object
 * store, streaming: no more than a chunk is held in memory. Stores write
 * objects whole or not at all, so a failure leaves no object behind.
 */
export async function stageVersionAsCsv(
  context: StagingContext,
  workspace: WorkspaceRow,
  dataset: Dataset,
  connection: Connection | undefined,
  version: DatasetVersion,
  key: string,
  use: SecretUse,
  signal?: AbortSignal,
): Promise<{ uri: string; size: number }> {
  const location = await resolveLocation(
    context,
    workspace,
    connection,
    { uri: version.storageUri },
    use,
  );
  return context.objectStore.put(
    key,
    Readable.from(csvChunks(location, dataset, version, signal)),
    { contentType: 'text/csv' },
  );
}
