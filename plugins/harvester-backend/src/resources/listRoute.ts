import { ResourcePermission } from '@backstage/plugin-permission-common';
import { parseInput } from '@internal/plugin-authz-node';
import { ListQuery, listQuerySchema } from '@internal/plugin-harvester-common';
import express from 'express';
import { z } from 'zod';
import { HarvesterContext } from '../service/HarvesterContext';
import { ListItem, listPage } from './listPage';
import { listPermitted, ListScope, PermittedCandidate } from './listPermitted';

type QuerySchema = z.ZodType<ListQuery>;

export type ListRouteOptions<T extends ListItem, S extends QuerySchema> = {
  /** The read permission; its conditions are applied to every object. */
  permission: ResourcePermission;
  /** Default `listQuerySchema`; one extending it adds filters `load` applies. */
  schema?: S;
  /** One cluster's items, each with the object as the rules see it. */
  load(scope: ListScope, query: z.infer<S>): Promise<PermittedCandidate<T>[]>;
};

/**
 * A top-level list route (`GET /volumes`...): the query parsed (400 naming
 * the field), the items of the clusters it names that the caller may see,
 * and the page it asks for.
 */
export function listRoute<
  T extends ListItem,
  S extends QuerySchema = typeof listQuerySchema,
>(
  context: HarvesterContext,
  options: ListRouteOptions<T, S>,
): express.RequestHandler {
  return async (req, res) => {
    // Without a schema, S is its default: listQuerySchema.
    const schema = (options.schema ?? listQuerySchema) as S;
    const query = parseInput(schema, req.query);
    const items = await listPermitted(
      context,
      req,
      options.permission,
      query.cluster,
      scope => options.load(scope, query),
    );
    res.json(listPage(items, query));
  };
}
