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
import { listPage } from '../resources/listPage';
import { loadOwnership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditVmChange } from '../vms/auditVmChange';
import { VirtualMachine } from '../vms/kubevirtTypes';
import { listPermitted } from '../volumes/listPermitted';
import { loadPermittedObject } from '../volumes/loadPermittedObject';
import { toClusterNetworkSummary } from './clusterNetworks';
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

  router.get('/networks', async (req, res) => {
    const query = parseInput(listQuerySchema, req.query);
    const networks = await listPermitted(
      context,
      req,
      harvesterNetworkReadPermission,
      query.cluster,
      async ({ handle, reader, ownership }) => {
        const [nads, vms] = await Promise.all([
          reader.list('networkAttachment') as Promise<
            NetworkAttachmentObject[]
          >,
          reader.list('vm') as Promise<VirtualMachine[]>,
        ]);
        const users = vmsByNetwork(vms);
        return nads.map(nad => ({
          item: toNetworkSummary(
            handle.name,
            nad,
            users.get(networkKey(nad.metadata.namespace!, nad.metadata.name))
              ?.length ?? 0,
          ),
          resource: ownership.resourceOf(HARVESTER_NETWORK_RESOURCE_TYPE, nad),
        }));
      },
    );
    res.json(listPage(networks, query));
  });

  // Cluster networks are the hosts' uplinks: whoever may see VM networks
  // may see what they run on.
  router.get('/cluster-networks', async (req, res) => {
    const query = parseInput(clusterQuerySchema, req.query);
    res.json(
      await listPermitted(
        context,
        req,
        harvesterNetworkReadPermission,
        query.cluster,
        async ({ handle, reader, ownership }) => {
          const [clusterNetworks, vlanConfigs] = await Promise.all([
            reader.list('clusterNetwork'),
            reader.list('vlanConfig'),
          ]);
          return clusterNetworks.map(cn => ({
            item: toClusterNetworkSummary(handle.name, cn, vlanConfigs),
            resource: ownership.resourceOf(HARVESTER_NETWORK_RESOURCE_TYPE, cn),
          }));
        },
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
      const summary = await auditVmChange(
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
      const result = await auditVmChange(
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
