import {
  harvesterHostMaintainPermission,
  harvesterHostReadPermission,
  harvesterVmReadPermission,
  hostMaintenanceSchema,
  listQuerySchema,
  stringifyHarvesterRef,
  vmListQuerySchema,
} from '@internal/plugin-harvester-common';
import { parseInput } from '@internal/plugin-authz-node';
import express from 'express';
import Router from 'express-promise-router';
import { filterOrNothing } from '../dashboard/filterOrNothing';
import { listPage } from '../resources/listPage';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditVmChange } from '../vms/auditVmChange';
import { listPermitted } from '../volumes/listPermitted';
import { HostAction, hostActions, planHostChange } from './hostActions';
import { hostState } from './hostFacts';
import { getHostDetail } from './hostDetail';
import { loadHostInventory } from './hostInventory';
import { hostResource, toHostSummary } from './hostSummary';
import { loadPermittedHost } from './loadPermittedHost';
import { NodeObject } from './nodeTypes';

const hostListQuerySchema = listQuerySchema.extend({
  state: vmListQuerySchema.shape.state,
});

/** Hosts: list with readiness, detail, cordon and maintenance mode. */
export async function createHostsRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();

  router.get('/hosts', async (req, res) => {
    const query = parseInput(hostListQuerySchema, req.query);
    const states = new Set(query.state);
    const hosts = await listPermitted(
      context,
      req,
      harvesterHostReadPermission,
      query.cluster,
      async ({ handle, reader, ownership }) => {
        const inventory = await loadHostInventory(reader);
        return inventory.nodes.map(node => ({
          item: toHostSummary(handle.name, node, inventory, ownership),
          resource: hostResource(ownership, node),
        }));
      },
    );
    res.json(
      listPage(
        hosts.filter(host => !states.size || states.has(host.state)),
        query,
      ),
    );
  });

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
      const result = await auditVmChange(
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
