import { parseInput } from '@internal/plugin-authz-node';
import {
  HARVESTER_IMAGE_RESOURCE_TYPE,
  harvesterImageManagePermission,
  harvesterImageReadPermission,
  imageCreateSchema,
  imageUploadQuerySchema,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { listRoute } from '../resources/listRoute';
import { loadPermittedObject } from '../resources/loadPermittedObject';
import { requireUser } from '../resources/requireUser';
import { HarvesterContext } from '../service/HarvesterContext';
import { createImage } from './createImage';
import { deleteImage } from './deleteImage';
import { loadImages } from './listImages';
import { imageFileHeadersSchema, uploadImage } from './uploadImage';

/**
 * VM images: list (with download and upload progress), create from a URL,
 * upload a file, delete.
 */
export async function createImagesRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  const user = requireUser(context);

  router.get(
    '/images',
    user,
    listRoute(context, {
      permission: harvesterImageReadPermission,
      load: loadImages,
    }),
  );

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

  router.post(
    '/clusters/:cluster/namespaces/:namespace/images/upload',
    user,
    async (req, res) => {
      const request = parseInput(imageUploadQuerySchema, req.query);
      const headers = parseInput(imageFileHeadersSchema, req.headers);
      const { cluster, namespace } = req.params;
      const file = {
        content: req,
        sizeBytes: headers['content-length'],
        fileName: request.fileName ?? request.displayName,
      };
      res
        .status(201)
        .json(
          await uploadImage(
            context,
            req,
            { cluster, namespace },
            request,
            file,
          ),
        );
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
