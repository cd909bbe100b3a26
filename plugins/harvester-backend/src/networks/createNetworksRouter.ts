import { ConflictError } from '@backstage/errors';
import { parseInput } from '@internal/plugin-authz-node';
import {
  HARVESTER_NETWORK_RESOURCE_TYPE,
  harvesterNetworkManagePermission,
  harvesterNetworkReadPermission,
  listQuerySchema,
  networkCreateSchema,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { VirtualMachine } from '../kube/types/kubevirt';
import { listPermitted } from '../resources/listPermitted';
import { listRoute } from '../resources/listRoute';
import { loadPermittedObject } from '../resources/loadPermittedObject';
import { loadOwnership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { loadClusterNetworks, loadNetworks } from './listNetworks';
import {
  buildNetworkAttachment,
  NetworkAttachmentObject,
  toNetworkSummary,
} from './networkAttachment';
import { networkKey, vmsByNetwork } from './networkUsers';
import { requireFreeVlan } from './requireFreeVlan';

const clusterQuerySchema = listQuerySchema.pick({ cluster: true });

/** VM networks (VLANs on a cluster network) and the cluster networks. */
export async function createNetworksRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();

  router.get(
    '/networks',
    listRoute(context, {
      permission: harvesterNetworkReadPermission,
      load: loadNetworks,
    }),
  );

  router.get('/cluster-networks', async (req, res) => {
    const query = parseInput(clusterQuerySchema, req.query);
    res.json(
      await listPermitted(
        context,
        req,
        harvesterNetworkReadPermission,
        query.cluster,
        loadClusterNetworks,
      ),
    );
  });

  router.post(
    '/clusters/:cluster/namespaces/:namespace/networks',
    async (req, res) => {
      await context.httpAuth.credentials(req, { allow: ['user'] });
      const handle = context.clusters.get(req.params.cluster);
      const { namespace } = req.params;
      const request = parseInput(networkCreateSchema, req.body);
      const nad = buildNetworkAttachment({ namespace, ...request });
      const reader = handle.readerFor(req);
      const ownership = await loadOwnership(handle, reader);
      await context.harvesterAuth.requireAllowed(
        req,
        harvesterNetworkManagePermission,
        ownership.resourceOf(HARVESTER_NETWORK_RESOURCE_TYPE, nad),
      );
      const ref = { cluster: handle.name, namespace, name: request.name };
      const summary = await auditChange(
        context,
        req,
        'network-create',
        { ...ref, vlan: request.vlan, clusterNetwork: request.clusterNetwork },
        async () => {
          await requireFreeVlan(reader, handle.name, namespace, request);
          const created = (await handle
            .clientFor(req)
            .create('networkAttachment', nad)) as NetworkAttachmentObject;
          return { result: toNetworkSummary(handle.name, created, 0) };
        },
      );
      res.status(201).json(summary);
    },
  );

  router.delete(
    '/clusters/:cluster/namespaces/:namespace/networks/:name',
    async (req, res) => {
      const { handle, reader, ref } = await loadPermittedObject(context, req, {
        kind: 'networkAttachment',
        label: 'Network',
        permission: harvesterNetworkManagePermission,
        resourceType: HARVESTER_NETWORK_RESOURCE_TYPE,
      });
      const { namespace, name } = ref;
      const result = await auditChange(
        context,
        req,
        'network-delete',
        ref,
        async () => {
          const vms = (await reader.list('vm')) as VirtualMachine[];
          const users =
            vmsByNetwork(vms).get(networkKey(namespace, name)) ?? [];
          if (users.length) {
            throw new ConflictError(
              `Network ${namespace}/${name} is used by ${
                users.length
              } VM(s): ${users.join(', ')}; detach them first`,
            );
          }
          await handle
            .clientFor(req)
            .delete('networkAttachment', namespace, name);
          return {
            result: {
              ok: true,
              message: `Network ${namespace}/${name} deleted`,
              target: stringifyHarvesterRef(ref),
            },
          };
        },
      );
      res.json(result);
    },
  );

  return router;
}
