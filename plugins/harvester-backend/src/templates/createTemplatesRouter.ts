import { parseInput } from '@internal/plugin-authz-node';
import {
  HARVESTER_IMAGE_RESOURCE_TYPE,
  harvesterImageReadPermission,
  listQuerySchema,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { KubeObject } from '../kube/KubeObject';
import { fromReadableClusters } from '../resources/fromReadableClusters';
import { listPermitted } from '../resources/listPermitted';
import { requireUser } from '../resources/requireUser';
import { HarvesterContext } from '../service/HarvesterContext';
import { toKeyPairSummary } from './keyPairs';
import { toStorageClassSummary } from './storageClasses';
import { toTemplateSummaries } from './templateSummary';

const scopeQuerySchema = listQuerySchema.pick({
  cluster: true,
  namespace: true,
});

type Ref = { cluster: string; namespace?: string; name: string };

/** Objects in one of the namespaces, or all when none are named. */
const inNamespaces = (namespaces: string[]) => (object: KubeObject) =>
  !namespaces.length || namespaces.includes(object.metadata.namespace ?? '');

const byRef = (a: Ref, b: Ref) =>
  a.cluster.localeCompare(b.cluster) ||
  (a.namespace ?? '').localeCompare(b.namespace ?? '') ||
  a.name.localeCompare(b.name);

/**
 * What the VM create form picks from: templates (with versions), key pairs
 * and storage classes, each a plain list of the clusters (and namespaces)
 * asked for.
 */
export async function createTemplatesRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  const user = requireUser(context);

  router.get('/templates', user, async (req, res) => {
    const query = parseInput(scopeQuerySchema, req.query);
    const items = await listPermitted(
      context,
      req,
      harvesterImageReadPermission,
      query.cluster,
      async ({ handle, reader, ownership }) => {
        const [templates, versions] = await Promise.all([
          reader.list('template'),
          reader.list('templateVersion'),
        ]);
        const shown = templates.filter(inNamespaces(query.namespace));
        return toTemplateSummaries(handle.name, shown, versions).map(
          (item, i) => ({
            item,
            resource: ownership.resourceOf(
              HARVESTER_IMAGE_RESOURCE_TYPE,
              shown[i],
            ),
          }),
        );
      },
    );
    res.json(items.sort(byRef));
  });

  router.get('/keypairs', user, async (req, res) => {
    const query = parseInput(scopeQuerySchema, req.query);
    const items = await fromReadableClusters(
      context,
      req,
      query.cluster,
      async handle => {
        const keyPairs = await handle.readerFor(req).list('keyPair');
        return keyPairs
          .filter(inNamespaces(query.namespace))
          .map(k => toKeyPairSummary(handle.name, k));
      },
    );
    res.json(items.sort(byRef));
  });

  router.get('/storage-classes', user, async (req, res) => {
    const query = parseInput(scopeQuerySchema, req.query);
    const items = await fromReadableClusters(
      context,
      req,
      query.cluster,
      async handle =>
        (
          await handle.readerFor(req).list('storageClass')
        ).map(s => toStorageClassSummary(handle.name, s)),
    );
    res.json(items.sort(byRef));
  });

  return router;
}
