import { InputError } from '@backstage/errors';
import {
  Connection,
  connectionConfigSchemas,
} from '@internal/plugin-ai-ops-common';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AiOpsContext } from '../../service/AiOpsContext';
import { objectKeys } from '../../storage/objectKeys';
import { WorkspaceRow } from '../../tenancy/workspaceRows';
import { s3Client } from '../connections/s3Client';
import { readSecret, SecretUse } from '../connections/secrets';
import { DataLocation } from './DataLocation';
import { FileLocation } from './FileLocation';
import { ObjectStoreLocation } from './ObjectStoreLocation';
import { S3Location } from './S3Location';

export type VersionTarget = { uri?: string; path?: string };

/** The URI prefix of the workspace's part of the AI-Ops object store. */
function workspaceStorePrefix(
  context: Pick<AiOpsContext, 'objectStore'>,
  workspace: WorkspaceRow,
) {
  return context.objectStore
    .uriFor(`${objectKeys.workspace(workspace.name)}_`)
    .slice(0, -1);
}

type LocationContext = Pick<
  AiOpsContext,
  'config' | 'objectStore' | 'knex' | 'auditor' | 'secretCipher'
>;

async function s3Location(
  context: LocationContext,
  workspace: WorkspaceRow,
  connection: Connection,
  uri: string,
  use: SecretUse,
): Promise<DataLocation> {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!match) throw new InputError(`uri: expected s3://<bucket>/<key>`);
  const settings = connection.config as z.infer<
    typeof connectionConfigSchemas.s3
  >;
  if (match[1] !== settings.bucket) {
    throw new InputError(
      `uri: connection '${connection.name}' reads bucket '${settings.bucket}', not '${match[1]}'`,
    );
  }
  const secret = connection.secretRef
    ? await readSecret(context, workspace, connection.secretRef, use)
    : undefined;
  return new S3Location(s3Client(settings, secret), match[1], match[2]);
}

/** What reads a version's URI: the object store or the dataset's connection. */
export type LocationKind = 'store' | 'file' | 's3';

/**
 * Which reader a version's (normalized) URI needs: one object of the
 * workspace's part of the AI-Ops object store, or a `file://` / `s3://`
 * URI through the dataset's file or s3/minio connection. A 400 when none
 * can read it; nothing is read or opened.
 */
export function locationKindOf(
  context: Pick<AiOpsContext, 'objectStore'>,
  workspace: WorkspaceRow,
  connection: Connection | undefined,
  uri: string,
): LocationKind {
  const inStore = uri.startsWith(workspaceStorePrefix(context, workspace));
  if (inStore && !uri.endsWith('/')) return 'store';
  if (uri.startsWith('file://') && connection?.type === 'file') return 'file';
  if (
    uri.startsWith('s3://') &&
    (connection?.type === 's3' || connection?.type === 'minio')
  ) {
    return 's3';
  }
  throw new InputError(
    connection
      ? `uri: ${uri} cannot be read through the dataset's ${connection.type} connection '${connection.name}'`
      : `uri: ${uri} is not in workspace '${workspace.name}' of the AI-Ops object store, and the dataset has no connection to read it through`,
  );
}

/**
 * Where a version is read from: a `path` or URI in the workspace's part
 * of the AI-Ops object store, or a `file://` / `s3://` URI through the
 * dataset's file or s3/minio connection, which bounds what can be read.
 */
export async function resolveLocation(
  context: LocationContext,
  workspace: WorkspaceRow,
  connection: Connection | undefined,
  target: VersionTarget,
  /** Who reads the connection's secret, if it is read, and what for. */
  use: SecretUse,
): Promise<DataLocation> {
  if (target.path !== undefined) {
    if (target.path.endsWith('/')) {
      throw new InputError(
        'path: the AI-Ops object store is read one object at a time; register a prefix through a file or s3 connection',
      );
    }
    const key = `${objectKeys.workspace(workspace.name)}${target.path}`;
    return new ObjectStoreLocation(
      context.objectStore,
      context.objectStore.uriFor(key),
    );
  }
  // Parsed, so that `..` segments cannot step out of the workspace's part.
  const uri = new URL(target.uri!).href;
  switch (locationKindOf(context, workspace, connection, uri)) {
    case 'store':
      return new ObjectStoreLocation(context.objectStore, uri);
    case 'file': {
      const { directory } = connection!.config as { directory: string };
      return FileLocation.open(directory, fileURLToPath(uri));
    }
    default:
      return s3Location(context, workspace, connection!, uri, use);
  }
}
