import { InputError } from '@backstage/errors';
import { ResourcePermission } from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { AiOpsContext } from '../../service/AiOpsContext';
import { authorizeWorkspace } from '../../tenancy/workspaceAccess';
import { WorkspaceRow } from '../../tenancy/workspaceRows';
import { ConnectionStore } from '../connections/ConnectionStore';
import { DatasetStore } from './DatasetStore';

/** Connection types a dataset's files can be read through. */
const READABLE_THROUGH = ['file', 's3', 'minio'];

/** The workspace (authorized) and the dataset `req.params.dataset`. */
export async function authorizeDataset(
  context: AiOpsContext,
  req: Request,
  permission: ResourcePermission<'ai-ops-workspace'>,
) {
  const access = await authorizeWorkspace(context, req, permission);
  const dataset = await new DatasetStore(context.knex).require(
    access.workspace,
    req.params.dataset,
  );
  return { ...access, dataset };
}

/** A connection a dataset may name: in the workspace, of a file type. */
export async function checkDatasetConnection(
  context: Pick<AiOpsContext, 'knex'>,
  workspace: WorkspaceRow,
  connectionId: string | null | undefined,
): Promise<void> {
  if (!connectionId) return;
  const connection = await new ConnectionStore(context.knex).get(
    workspace,
    connectionId,
  );
  if (!connection) {
    throw new InputError(
      `connectionId: no connection ${connectionId} in workspace '${workspace.name}'`,
    );
  }
  if (!READABLE_THROUGH.includes(connection.type)) {
    throw new InputError(
      `connectionId: datasets are read through file, s3 or minio connections, not ${connection.type}`,
    );
  }
}
