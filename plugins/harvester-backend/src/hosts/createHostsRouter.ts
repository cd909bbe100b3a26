import {
  harvesterHostMaintainPermission,
  harvesterHostReadPermission,
  harvesterVmReadPermission,
  hostMaintenanceSchema,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { parseInput } from '@internal/plugin-authz-node';
import express from 'express';
import Router from 'express-promise-router';
import { filterOrNothing } from '../dashboard/filterOrNothing';
import { NodeObject } from '../kube/types/nodes';
import { listRoute } from '../resources/listRoute';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { HostAction, hostActions, planHostChange } from './hostActions';
import { getHostDetail } from './hostDetail';
import { hostState } from './hostFacts';
import { hostListQuerySchema, loadHosts } from './listHosts';
import { loadPermittedHost } from './loadPermittedHost';

/** Hosts: list with readiness, detail, cordon and maintenance mode. */
export async function createHostsRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();

  router.get(
    '/hosts',
    listRoute(context, {
      permission: harvesterHostReadPermission,
      schema: hostListQuerySchema,
      load: loadHosts,
    }),
  );

  router.get('/clusters/:cluster/hosts/:name', async (req, res) => {
    const host = await loadPermittedHost(
      context,
      req,
      harvesterHostReadPermission,
    );
    res.json(
      await getHostDetail({
        cluster: host.handle.name,
        ...host,
        vmFilter: await filterOrNothing(
          context,
          req,
          harvesterVmReadPermission,
        ),
      }),
    );
  });

  router.post(
    `/clusters/:cluster/hosts/:name/:action(${hostActions.join('|')})`,
    async (req, res) => {
      const action = req.params.action as HostAction;
      const host = await loadPermittedHost(
        context,
        req,
        harvesterHostMaintainPermission,
      );
      const { enable } =
        action === 'maintenance'
          ? parseInput(hostMaintenanceSchema, req.body)
          : { enable: true };
      const ref = { cluster: host.handle.name, name: host.node.metadata.name };
      const result = await auditChange(
        context,
        req,
        `host-${action}`,
        {
          ...ref,
          ...(action === 'maintenance' ? { enable } : {}),
          before: { state: hostState(host.node) },
        },
        async () => {
          const change = planHostChange(
            action,
            host.node,
            host.inventory.nodes,
            enable,
          );
          const updated = (await host.handle
            .clientFor(req)
            .patch('node', undefined, ref.name, change.patch)) as NodeObject;
          return {
            result: {
              ok: true,
              message: change.message,
              target: stringifyHarvesterRef(ref),
            },
            meta: { after: { state: hostState(updated) } },
          };
        },
      );
      res.json(result);
    },
  );

  return router;
}
