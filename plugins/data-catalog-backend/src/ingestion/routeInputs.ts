import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { createSourceRequestSchema } from '@internal/plugin-data-catalog-common';
import { parseInput } from '@internal/plugin-authz-node';
import { Request } from 'express';
import { z } from 'zod';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { sourceRef } from './assetRefs';

export const pagingSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const sourceIdParamsSchema = z.object({
  id: createSourceRequestSchema.shape.id,
});

/**
 * Authorizes a permission on the source named by `:id` (validated first,
 * a 400 naming `id`); resolves to the id and the caller's entity ref.
 */
export async function authorizeSource(
  context: DataCatalogContext,
  req: Request,
  permission: ResourcePermission,
): Promise<{ id: string; actor: string }> {
  const { id } = parseInput(sourceIdParamsSchema, req.params);
  const credentials = await context.authorize.resource(
    req,
    permission,
    sourceRef(id),
  );
  return { id, actor: credentials.principal.userEntityRef };
}

/**
 * For actions on no existing source (register one, test an unsaved
 * connection): the resource permission must be granted outright, since no
 * condition can be evaluated yet.
 */
export async function authorizeUnconditionally(
  context: DataCatalogContext,
  req: Request,
  permission: ResourcePermission,
): Promise<string> {
  const { credentials, decision } = await context.authorize.conditional(
    req,
    permission,
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `${permission.name} is only granted conditionally, which does not cover a new source`,
    );
  }
  return credentials.principal.userEntityRef;
}
