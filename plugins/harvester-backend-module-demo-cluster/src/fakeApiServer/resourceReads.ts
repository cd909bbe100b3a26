import { IncomingMessage, ServerResponse } from 'node:http';
import { apiVersionOf, KindKey, kinds } from '../kube/kinds';
import { KubeApiError } from '../kube/KubeApiError';
import { objectKey } from '../kube/KubeObject';
import { ObjectStore } from './ObjectStore';
import {
  ObjectFilter,
  parseFieldSelector,
  parseLabelSelector,
} from './selectors';
import { StoredEvent } from './WatchHub';

export type ReadTarget = { kind: KindKey; namespace?: string };

/** Label and field selectors of a list or watch, as one predicate. */
export function selectorsOf(query: URLSearchParams): ObjectFilter {
  const labels = parseLabelSelector(query.get('labelSelector') ?? undefined);
  const fields = parseFieldSelector(query.get('fieldSelector') ?? undefined);
  return object => labels(object) && fields(object);
}

const encodeContinue = (key: string) =>
  Buffer.from(JSON.stringify({ start: key })).toString('base64url');

function decodeContinue(token: string): string {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')).start;
  } catch {
    throw new KubeApiError(400, 'continue key is not valid');
  }
}

/** A `<Kind>List` with selectors and `limit`/`continue` paging. */
export function listObjects(
  store: ObjectStore,
  target: ReadTarget,
  query: URLSearchParams,
) {
  const info = kinds[target.kind];
  const matches = selectorsOf(query);
  let items = store.list(target.kind, target.namespace).filter(matches);
  const token = query.get('continue');
  if (token) {
    const start = decodeContinue(token);
    items = items.filter(o => objectKey(o).localeCompare(start) > 0);
  }
  const limit = Number(query.get('limit') ?? 0);
  const metadata: Record<string, unknown> = {
    resourceVersion: String(store.resourceVersion),
  };
  if (limit > 0 && items.length > limit) {
    metadata.remainingItemCount = items.length - limit;
    items = items.slice(0, limit);
    metadata.continue = encodeContinue(objectKey(items[items.length - 1]));
  }
  return {
    kind: `${info.kind}List`,
    apiVersion: apiVersionOf(info),
    metadata,
    items,
  };
}

export type WatchOptions = { bookmarkIntervalMs: number };

/**
 * Streams newline-delimited watch events from `resourceVersion` (current
 * state as ADDED when it is unset or "0"), with BOOKMARKs when asked; a
 * version older than the kept history gets an ERROR event with a 410
 * `Status`, as a real API server's watch cache answers.
 */
export function streamWatch(
  store: ObjectStore,
  target: ReadTarget,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
  options: WatchOptions,
): () => void {
  const info = kinds[target.kind];
  const matches = selectorsOf(query);
  const from = query.get('resourceVersion') ?? '';
  if (from && !/^\d+$/.test(from)) {
    throw new KubeApiError(400, `invalid resource version "${from}"`);
  }
  const relevant = (event: StoredEvent) =>
    event.kind === target.kind &&
    (!target.namespace ||
      event.object.metadata.namespace === target.namespace) &&
    matches(event.object);

  res.writeHead(200, { 'content-type': 'application/json' });
  // Clients wait for the headers before reading events; send them now.
  res.flushHeaders();
  const send = (type: string, object: unknown) =>
    res.write(`${JSON.stringify({ type, object })}\n`);

  if (!from || from === '0') {
    for (const object of store.list(target.kind, target.namespace)) {
      if (matches(object)) send('ADDED', object);
    }
  } else {
    const missed = store.hub.since(Number(from));
    if (!missed) {
      const gone = new KubeApiError(
        410,
        `too old resource version: ${from} (${store.hub.oldestResourceVersion})`,
      );
      send('ERROR', gone.toStatus());
      res.end();
      return () => undefined;
    }
    for (const event of missed.filter(relevant)) send(event.type, event.object);
  }

  const unsubscribe = store.hub.subscribe(event => {
    if (relevant(event)) send(event.type, event.object);
  });
  const bookmarks =
    query.get('allowWatchBookmarks') === 'true'
      ? setInterval(() => {
          send('BOOKMARK', {
            kind: info.kind,
            apiVersion: apiVersionOf(info),
            metadata: { resourceVersion: String(store.resourceVersion) },
          });
        }, options.bookmarkIntervalMs)
      : undefined;
  let timeout: NodeJS.Timeout | undefined;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    unsubscribe();
    clearInterval(bookmarks);
    clearTimeout(timeout);
    res.end();
  };
  const timeoutSeconds = Number(query.get('timeoutSeconds') ?? 0);
  if (timeoutSeconds > 0) timeout = setTimeout(end, timeoutSeconds * 1000);
  req.on('close', end);
  return end;
}
