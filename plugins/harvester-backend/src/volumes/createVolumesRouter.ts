import { parseInput } from '@internal/plugin-authz-node';
import {
  HARVESTER_VOLUME_RESOURCE_TYPE,
  harvesterVolumeManagePermission,
  harvesterVolumeReadPermission,
  volumeCreateSchema,
  volumeExpandSchema,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { listRoute } from '../resources/listRoute';
import { loadPermittedObject } from '../resources/loadPermittedObject';
import { requireUser } from '../resources/requireUser';
import { HarvesterContext } from '../service/HarvesterContext';
import { createVolume } from './createVolume';
import { deleteVolume } from './deleteVolume';
import { expandVolume } from './expandVolume';
import { loadVolumes } from './listVolumes';
import { loadVolumeSnapshots } from './volumeSnapshots';

const ITEM = '/clusters/:cluster/namespaces/:namespace/volumes/:name';

/** Volumes (PVCs): list, create (blank or from an image), expand, delete; volume snapshots. */
export async function createVolumesRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  const user = requireUser(context);
  const permittedVolume = (req: express.Request) =>
    loadPermittedObject(context, req, {
      kind: 'pvc',
      label: 'Volume',
      permission: harvesterVolumeManagePermission,
      resourceType: HARVESTER_VOLUME_RESOURCE_TYPE,
    });

  router.get(
    '/volumes',
    user,
    listRoute(context, {
      permission: harvesterVolumeReadPermission,
      load: loadVolumes,
    }),
  );

  router.get(
    '/volume-snapshots',
    user,
    listRoute(context, {
      permission: harvesterVolumeReadPermission,
      load: loadVolumeSnapshots,
    }),
  );

  router.post(
    '/clusters/:cluster/namespaces/:namespace/volumes',
    user,
    async (req, res) => {
      const request = parseInput(volumeCreateSchema, req.body);
      const { cluster, namespace } = req.params;
      res
        .status(201)
        .json(
          await createVolume(context, req, { cluster, namespace }, request),
        );
    },
  );

  router.patch(ITEM, user, async (req, res) => {
    const { size } = parseInput(volumeExpandSchema, req.body);
    const target = await permittedVolume(req);
    res.json(await expandVolume(context, req, target, size));
  });

  router.delete(ITEM, user, async (req, res) => {
    res.json(await deleteVolume(context, req, await permittedVolume(req)));
  });

  return router;
}
