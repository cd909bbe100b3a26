import { parseInput } from '@internal/plugin-authz-node';
import {
  harvesterVmDeletePermission,
  harvesterVmReadPermission,
  vmActions,
  vmActionSchema,
  vmBulkActionSchema,
  vmCloneSchema,
  vmCreateSchema,
  vmDeleteQuerySchema,
  vmListQuerySchema,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { requireUser } from '../resources/requireUser';
import { HarvesterContext } from '../service/HarvesterContext';
import { permissionOf, runBulkAction } from './bulkActions';
import { cloneVm } from './cloneVm';
import { createVm } from './createVm';
import { deleteVm, vmDeletePlan } from './deleteVm';
import { listVms } from './listVms';
import { loadPermittedVm } from './loadVm';
import { runVmAction } from './vmActions';
import { getVmDetail } from './vmDetail';

const actionParamsSchema = z.object({ action: z.enum(vmActions) });
const deletePlanQuerySchema = vmDeleteQuerySchema.pick({ removeVolumes: true });

const ITEM = '/clusters/:cluster/namespaces/:namespace/vms/:name';

/** Virtual machines: list, detail, create, clone, actions, delete, bulk. */
export async function createVmsRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  const user = requireUser(context);

  router.get('/vms', user, async (req, res) => {
    res.json(
      await listVms(context, req, parseInput(vmListQuerySchema, req.query)),
    );
  });

  router.post('/vms/bulk', user, async (req, res) => {
    res.json(
      await runBulkAction(
        context,
        req,
        parseInput(vmBulkActionSchema, req.body),
      ),
    );
  });

  router.post(
    '/clusters/:cluster/namespaces/:namespace/vms',
    user,
    async (req, res) => {
      const request = parseInput(vmCreateSchema, req.body);
      const { cluster, namespace } = req.params;
      const result = await createVm(
        context,
        req,
        { cluster, namespace },
        request,
        {
          // With a template, schema defaults must not override what it brings.
          networks: Array.isArray(req.body?.networks),
          rootDiskSize: typeof req.body?.rootDiskSize === 'string',
        },
      );
      res.status(result.created ? 201 : 200).json(result);
    },
  );

  router.get(ITEM, user, async (req, res) => {
    const target = await loadPermittedVm(
      context,
      req,
      harvesterVmReadPermission,
    );
    res.json(
      await getVmDetail(
        target.handle.definition,
        target.reader,
        target.ownership,
        target.object,
      ),
    );
  });

  router.post(`${ITEM}/clone`, user, async (req, res) => {
    const request = parseInput(vmCloneSchema, req.body);
    const source = await loadPermittedVm(
      context,
      req,
      harvesterVmReadPermission,
    );
    res.status(201).json(await cloneVm(context, req, source, request));
  });

  router.post(`${ITEM}/actions/:action`, user, async (req, res) => {
    const { action } = parseInput(actionParamsSchema, req.params);
    const { targetHost } = parseInput(vmActionSchema, req.body ?? {});
    const target = await loadPermittedVm(context, req, permissionOf(action));
    res.json(await runVmAction(context, req, target, action, targetHost));
  });

  router.get(`${ITEM}/delete-plan`, user, async (req, res) => {
    const { removeVolumes } = parseInput(deletePlanQuerySchema, req.query);
    const target = await loadPermittedVm(
      context,
      req,
      harvesterVmDeletePermission,
    );
    res.json(vmDeletePlan(target, removeVolumes));
  });

  router.delete(ITEM, user, async (req, res) => {
    const options = parseInput(vmDeleteQuerySchema, req.query);
    const target = await loadPermittedVm(
      context,
      req,
      harvesterVmDeletePermission,
    );
    res.json(await deleteVm(context, req, target, options));
  });

  return router;
}
