import { NotAllowedError } from '@backstage/errors';
import {
  dataCatalogTableReadPermission,
  LineageEdge,
  LineageEdgeInput,
  lineageEdgesRequestSchema,
  LineageNeighbours,
  lineageQuerySchema,
} from '@internal/plugin-data-catalog-common';
import { parseInput } from '@internal/plugin-authz-node';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { auditedChange } from '../governance/auditedChange';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { authorizeEdgeWrite } from './authorizeEdgeWrite';
import { dataCatalogRefs, deniedRefs } from './lineageAccess';

const refsOf = (edges: Array<LineageEdge | LineageEdgeInput>) =>
  edges.flatMap(edge => [edge.from.entityRef, edge.to.entityRef]);

// An audit entry names this many refs; a pipeline's 1000 edges would
// otherwise make one entry of thousands.
const AUDITED_REFS = 50;

/**
 * `/lineage`: a node's direct edges, without those touching tables the
 * caller may not read, and `/lineage/edges` to add or remove edges (users:
 * manual ones on tables they may update; other plugins: any).
 */
export async function createLineageRouter(
  context: DataCatalogContext,
): Promise<express.Router> {
  const router = Router();

  router.get('/lineage', async (req, res) => {
    const credentials = await context.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { direction, ...node } = parseInput(lineageQuerySchema, req.query);
    const nodeIsTable = (
      await dataCatalogRefs(context.knex, [node.entityRef])
    ).has(node.entityRef);
    if (nodeIsTable && context.auth.isPrincipal(credentials, 'user')) {
      // A 403 that names the denying policy.
      await context.authorize.resource(
        req,
        dataCatalogTableReadPermission,
        node.entityRef,
      );
    }
    const [upstream, downstream] = await Promise.all([
      direction === 'down' ? [] : context.lineage.upstream(node),
      direction === 'up' ? [] : context.lineage.downstream(node),
    ]);
    const hidden = await deniedRefs(
      context.permissions,
      credentials,
      dataCatalogTableReadPermission,
      await dataCatalogRefs(context.knex, [
        node.entityRef,
        ...refsOf([...upstream, ...downstream]),
      ]),
    );
    if (hidden.has(node.entityRef)) {
      throw new NotAllowedError(
        `${dataCatalogTableReadPermission.name} denied`,
      );
    }
    const visible = (edge: LineageEdge) =>
      !hidden.has(edge.from.entityRef) && !hidden.has(edge.to.entityRef);
    const answer: LineageNeighbours = {
      node,
      upstream: upstream.filter(visible),
      downstream: downstream.filter(visible),
    };
    res.json(answer);
  });

  const changeEdges =
    (action: 'add' | 'remove') =>
    async (req: Request, res: express.Response) => {
      const credentials = await context.httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      const { edges } = parseInput(lineageEdgesRequestSchema, req.body);
      const entityRefs = [...new Set(refsOf(edges))];
      await auditedChange(
        context,
        req,
        {
          eventId: 'lineage-update',
          meta: {
            action,
            edgeCount: edges.length,
            entityRefCount: entityRefs.length,
            entityRefs: entityRefs.slice(0, AUDITED_REFS),
          },
        },
        async () => {
          await authorizeEdgeWrite(context, credentials, edges);
          if (action === 'add') await context.lineage.upsertEdges(edges);
          else await context.lineage.removeEdges(edges);
          return { result: undefined };
        },
      );
      res.status(204).end();
    };
  router.post('/lineage/edges', changeEdges('add'));
  router.delete('/lineage/edges', changeEdges('remove'));

  return router;
}
