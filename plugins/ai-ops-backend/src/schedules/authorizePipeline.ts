import { ResourcePermission } from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { PipelineStore } from '../pipelines/PipelineStore';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';

/** The workspace (authorized) and the live pipeline `req.params.pipeline`. */
export async function authorizePipeline(
  context: AiOpsContext,
  req: Request,
  permission: ResourcePermission<'ai-ops-workspace'>,
) {
  const access = await authorizeWorkspace(context, req, permission);
  const pipeline = await new PipelineStore(context.knex).require(
    access.workspace,
    req.params.pipeline,
  );
  return { ...access, pipeline };
}
