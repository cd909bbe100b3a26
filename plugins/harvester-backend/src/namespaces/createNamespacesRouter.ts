import { NotFoundError } from '@backstage/errors';
import { parseInput } from '@internal/plugin-authz-node';
import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_NAMESPACE_RESOURCE_TYPE,
  harvesterNamespaceManagePermission,
  harvesterNamespaceReadPermission,
  kubeNameSchema,
  namespaceQuotaSchema,
} from '@internal/plugin-harvester-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { listRoute } from '../resources/listRoute';
import { loadOwnership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import { loadNamespaces, namespaceListQuerySchema } from './listNamespaces';
import {
  loadNamespaceContents,
  NamespaceContents,
  toNamespaceSummary,
} from './namespaceSummary';
import { putNamespaceQuota } from './putNamespaceQuota';

/** POST /clusters/:cluster/namespaces */
const namespaceCreateSchema = z.object({
  name: kubeNameSchema,
  /** Owner entity ref recorded on the namespace; default the caller. */
  owner: z.string().min(1).max(300).optional(),
});

/** A namespace of the route's cluster with its summary; 404 when missing. */
async function loadNamespace(
  req: Request,
  handle: ClusterHandle,
  name: string,
) {
  const reader = handle.readerFor(req);
  const ownership = await loadOwnership(handle, reader);
  const namespace = await reader.get('namespace', undefined, name);
  if (!namespace) {
    throw new NotFoundError(`Namespace ${handle.name}/${name} not found`);
  }
  const contents = await loadNamespaceContents(
    handle.name,
    reader,
    ownership,
    name,
  );
  return {
    namespace,
    ownership,
    summary: toNamespaceSummary(handle.name, namespace, contents, ownership),
  };
}

const emptyNamespace: NamespaceContents = {
  vmsIn: () => [],
  quotaIn: () => undefined,
};

/** Namespaces: list with quota and usage, create, set the quota. */
export async function createNamespacesRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();

  router.get(
    '/namespaces',
    listRoute(context, {
      permission: harvesterNamespaceReadPermission,
      schema: namespaceListQuerySchema,
      load: loadNamespaces,
    }),
  );

  router.post('/clusters/:cluster/namespaces', async (req, res) => {
    const credentials = await context.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const handle = context.clusters.get(req.params.cluster);
    const request = parseInput(namespaceCreateSchema, req.body);
    const owner = request.owner ?? credentials.principal.userEntityRef;
    const object = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: request.name,
        annotations: { [HARVESTER_ANNOTATIONS.owner]: owner },
      },
    };
    const ownership = await loadOwnership(handle, handle.readerFor(req));
    await context.harvesterAuth.requireAllowed(
      req,
      harvesterNamespaceManagePermission,
      ownership.resourceOf(HARVESTER_NAMESPACE_RESOURCE_TYPE, object),
    );
    const ref = { cluster: handle.name, name: request.name };
    const summary = await auditChange(
      context,
      req,
      'namespace-create',
      { ...ref, owner },
      async () => {
        const created = await handle.clientFor(req).create('namespace', object);
        // Nothing is in it yet: no read, which the cache might answer late.
        return {
          result: toNamespaceSummary(
            handle.name,
            created,
            emptyNamespace,
            ownership,
          ),
        };
      },
    );
    res.status(201).json(summary);
  });

  router.put(
    '/clusters/:cluster/namespaces/:namespace/quota',
    async (req, res) => {
      await context.httpAuth.credentials(req, { allow: ['user'] });
      const handle = context.clusters.get(req.params.cluster);
      const current = await loadNamespace(req, handle, req.params.namespace);
      await context.harvesterAuth.requireAllowed(
        req,
        harvesterNamespaceManagePermission,
        current.ownership.resourceOf(
          HARVESTER_NAMESPACE_RESOURCE_TYPE,
          current.namespace,
        ),
      );
      const request = parseInput(namespaceQuotaSchema, req.body);
      const quota = await putNamespaceQuota(
        context,
        req,
        handle,
        current.summary,
        request,
      );
      // No quota left: `quota: undefined` is dropped from the JSON.
      res.json({ ...current.summary, quota });
    },
  );

  return router;
}
