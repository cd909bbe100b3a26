import { IncomingMessage, ServerResponse } from 'node:http';
import { kinds } from '../kube/kinds';
import { KubeApiError, notFound } from '../kube/KubeApiError';
import { readJson, sendJson } from '../kube/httpMessages';
import { ObjectStore } from './ObjectStore';
import { listObjects, streamWatch } from './resourceReads';
import { ResourcePath } from './resourcePath';
import { ResourceWrites } from './ResourceWrites';

export type ServeContext = {
  store: ObjectStore;
  writes: ResourceWrites;
  options: { bookmarkIntervalMs: number };
  /** Ends of the open watch streams, so the server can close them on stop. */
  openWatches: Set<() => void>;
};

const methodNotAllowed = () =>
  new KubeApiError(
    405,
    'the server does not allow this method on the requested resource',
  );

/** One REST request on a resource path: list/watch, get, create, replace, patch, delete. */
export async function serveResource(
  { store, writes, options, openWatches }: ServeContext,
  target: ResourcePath,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { kind, namespace, name, subresource } = target;
  const info = kinds[kind];
  if (subresource && (subresource !== 'status' || !info.statusSubresource)) {
    throw new KubeApiError(
      404,
      'the server could not find the requested resource',
    );
  }
  const status = subresource === 'status';
  const dryRun = query.getAll('dryRun').includes('All');

  if (!name) {
    if (
      req.method === 'GET' &&
      ['true', '1'].includes(query.get('watch') ?? '')
    ) {
      const end = streamWatch(
        store,
        { kind, namespace },
        query,
        req,
        res,
        options,
      );
      openWatches.add(end);
      res.on('close', () => openWatches.delete(end));
      return;
    }
    if (req.method === 'GET') {
      sendJson(res, 200, listObjects(store, { kind, namespace }, query));
      return;
    }
    if (req.method === 'POST') {
      if (info.namespaced && !namespace) throw methodNotAllowed();
      const created = writes.create(kind, namespace, await readJson(req), {
        dryRun,
      });
      sendJson(res, 201, created);
      return;
    }
    throw methodNotAllowed();
  }

  switch (req.method) {
    case 'GET': {
      const object = store.get(kind, namespace, name);
      if (!object) throw notFound(info.plural, name, info.group);
      sendJson(res, 200, object);
      return;
    }
    case 'PUT':
      sendJson(
        res,
        200,
        writes.replace(kind, namespace, name, await readJson(req), {
          dryRun,
          status,
        }),
      );
      return;
    case 'PATCH':
      sendJson(
        res,
        200,
        writes.patch(
          kind,
          namespace,
          name,
          await readJson(req),
          req.headers['content-type'] ?? '',
          {
            dryRun,
            status,
          },
        ),
      );
      return;
    case 'DELETE': {
      if (status) throw methodNotAllowed();
      const body = (await readJson(req)) as
        | { propagationPolicy?: string }
        | undefined;
      const propagationPolicy =
        query.get('propagationPolicy') ?? body?.propagationPolicy;
      sendJson(
        res,
        200,
        writes.delete(kind, namespace, name, { dryRun, propagationPolicy }),
      );
      return;
    }
    default:
      throw methodNotAllowed();
  }
}
