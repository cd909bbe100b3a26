import { parseInput } from '@internal/plugin-authz-node';
import {
  HARVESTER_IMAGE_RESOURCE_TYPE,
  harvesterImageManagePermission,
  harvesterImageReadPermission,
  imageCreateSchema,
  listQuerySchema,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { listPage } from '../resources/listPage';
import { HarvesterContext } from '../service/HarvesterContext';
import { listPermitted } from '../volumes/listPermitted';
import { loadPermittedObject } from '../volumes/loadPermittedObject';
import { requireUser } from '../volumes/requireUser';
import { createImage } from './createImage';
import { deleteImage } from './deleteImage';
import { ImageObject } from './imageState';
import { imageResource, toImageSummary } from './imageSummary';

/** VM images: list (with download progress), create from a URL, delete. */
export async function createImagesRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  const user = requireUser(context);

  router.get('/images', user, async (req, res) => {
    const query = parseInput(listQuerySchema, req.query);
    const items = await listPermitted(
      context,
      req,
      harvesterImageReadPermission,
      query.cluster,
      async ({ handle, reader, ownership }) =>
        ((await reader.list('image')) as ImageObject[]).map(image => {
          const resource = imageResource(ownership, image);
          return {
            resource,
            item: toImageSummary(handle.name, image, resource),
          };
        }),
    );
    res.json(listPage(items, query));
  });

  router.post(
    '/clusters/:cluster/namespaces/:namespace/images',
    user,
    async (req, res) => {
      const request = parseInput(imageCreateSchema, req.body);
      const { cluster, namespace } = req.params;
      res
        .status(201)
        .json(await createImage(context, req, { cluster, namespace }, request));
    },
  );

  router.delete(
    '/clusters/:cluster/namespaces/:namespace/images/:name',
    user,
    async (req, res) => {
      const target = await loadPermittedObject(context, req, {
        kind: 'image',
        label: 'Image',
        permission: harvesterImageManagePermission,
        resourceType: HARVESTER_IMAGE_RESOURCE_TYPE,
      });
      res.json(await deleteImage(context, req, target));
    },
  );

  return router;
}
