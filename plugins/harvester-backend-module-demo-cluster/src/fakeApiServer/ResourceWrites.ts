import { randomUUID } from 'node:crypto';
import { apiVersionOf, KindKey, kindKeys, kinds } from '../kube/kinds';
import { KubeApiError, notFound } from '../kube/KubeApiError';
import { KubeObject } from '../kube/KubeObject';
import { ObjectStore } from './ObjectStore';
import { applyPatch } from './patch';
import { stableJson } from '../kube/stableJson';

export type WriteOptions = {
  /** `dryRun=All`: validate and answer, store nothing. */
  dryRun?: boolean;
  /** A write to the `/status` subresource: only `status` changes. */
  status?: boolean;
};

const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const randomSuffix = () =>
  Array.from({ length: 5 }, () =>
    SUFFIX_ALPHABET.charAt(Math.floor(Math.random() * SUFFIX_ALPHABET.length)),
  ).join('');

const resourceName = (kind: KindKey) => {
  const { plural, group } = kinds[kind];
  return group ? `${plural}.${group}` : plural;
};

function asObject(body: unknown): KubeObject {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new KubeApiError(400, 'the request body must be a JSON object');
  }
  const object = body as KubeObject;
  return { ...object, metadata: { ...object.metadata } };
}

/** Everything but metadata and status: what `metadata.generation` counts. */
const specOf = ({ metadata: _m, status: _s, ...rest }: KubeObject) =>
  stableJson(rest);

/**
 * The API server's write semantics over the store: names and generateName,
 * namespaces that must exist, uid, generation, optimistic concurrency on
 * resourceVersion (409), status subresources, dry runs, and deletes that
 * take dependents (ownerReferences) and namespace contents with them.
 * Finalizers are not honoured: deletes are immediate.
 */
export class ResourceWrites {
  constructor(private readonly store: ObjectStore) {}

  create(
    kind: KindKey,
    namespace: string | undefined,
    body: unknown,
    options: WriteOptions = {},
  ) {
    const info = kinds[kind];
    const object = asObject(body);
    const meta = object.metadata;
    if (object.kind && object.kind !== info.kind) {
      throw new KubeApiError(
        400,
        `the kind of the object (${object.kind}) does not match ${info.kind}`,
      );
    }
    if (info.namespaced) {
      if (meta.namespace && namespace && meta.namespace !== namespace) {
        throw new KubeApiError(
          400,
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      if (!this.store.get('namespace', undefined, namespace!)) {
        throw notFound('namespaces', namespace!);
      }
    }
    const name =
      meta.name ||
      (meta.generateName ? `${meta.generateName}${randomSuffix()}` : '');
    if (!name) {
      throw new KubeApiError(
        422,
        `${info.kind} is invalid: metadata.name: Required value: name or generateName is required`,
      );
    }
    if (!DNS_SUBDOMAIN.test(name) || name.length > 253) {
      throw new KubeApiError(
        422,
        `${info.kind} "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'`,
      );
    }
    if (this.store.get(kind, namespace, name)) {
      throw new KubeApiError(
        409,
        `${resourceName(kind)} "${name}" already exists`,
        {
          reason: 'AlreadyExists',
          details: { name, group: info.group, kind: info.plural },
        },
      );
    }
    const created: KubeObject = {
      ...object,
      apiVersion: apiVersionOf(info),
      kind: info.kind,
      metadata: {
        ...meta,
        name,
        ...(info.namespaced ? { namespace } : { namespace: undefined }),
        uid: randomUUID(),
        creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        generation: 1,
        resourceVersion: undefined,
        deletionTimestamp: undefined,
      },
    };
    if (info.statusSubresource) delete created.status;
    if (kind === 'namespace') {
      created.metadata.labels = {
        ...meta.labels,
        'kubernetes.io/metadata.name': name,
      };
      created.status = { phase: 'Active' };
    }
    const clean = JSON.parse(JSON.stringify(created));
    return options.dryRun ? clean : this.store.put(kind, clean, 'ADDED');
  }

  replace(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    body: unknown,
    options: WriteOptions = {},
  ) {
    const current = this.require(kind, namespace, name);
    const object = asObject(body);
    // Custom resources, unlike built-in kinds, refuse unconditional updates.
    const builtIn = ['', 'storage.k8s.io'].includes(kinds[kind].group);
    if (!builtIn && !object.metadata.resourceVersion) {
      throw new KubeApiError(
        422,
        `${resourceName(
          kind,
        )} "${name}" is invalid: metadata.resourceVersion: Invalid value: 0: must be specified for an update`,
      );
    }
    if (object.metadata.name && object.metadata.name !== name) {
      throw new KubeApiError(
        400,
        `the name of the object (${object.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    return this.commit(kind, current, object, options);
  }

  patch(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    patch: unknown,
    contentType: string,
    options: WriteOptions = {},
  ) {
    const current = this.require(kind, namespace, name);
    const patched = applyPatch(current, patch, contentType);
    return this.commit(kind, current, asObject(patched), options);
  }

  delete(
    kind: KindKey,
    namespace: string | undefined,
    name: string,
    options: WriteOptions & { propagationPolicy?: string } = {},
  ) {
    const current = this.require(kind, namespace, name);
    if (options.dryRun) return current;
    return this.remove(kind, current, options.propagationPolicy !== 'Orphan');
  }

  private require(kind: KindKey, namespace: string | undefined, name: string) {
    const current = this.store.get(kind, namespace, name);
    if (!current) throw notFound(kinds[kind].plural, name, kinds[kind].group);
    return current;
  }

  private commit(
    kind: KindKey,
    current: KubeObject,
    next: KubeObject,
    options: WriteOptions,
  ) {
    const info = kinds[kind];
    const {
      name,
      namespace,
      uid,
      creationTimestamp,
      generation,
      resourceVersion,
    } = current.metadata;
    const expected = next.metadata.resourceVersion;
    if (expected && expected !== resourceVersion) {
      throw new KubeApiError(
        409,
        `Operation cannot be fulfilled on ${resourceName(
          kind,
        )} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        {
          details: { name, group: info.group, kind: info.plural },
        },
      );
    }
    let result: KubeObject;
    if (options.status) {
      result = { ...current, status: next.status };
    } else {
      result = {
        ...next,
        apiVersion: apiVersionOf(info),
        kind: info.kind,
        metadata: {
          ...next.metadata,
          name,
          namespace,
          uid,
          creationTimestamp,
          generation,
        },
        status: info.statusSubresource ? current.status : next.status,
      };
      if (specOf(result) !== specOf(current)) {
        result.metadata.generation = (generation ?? 1) + 1;
      }
    }
    result = JSON.parse(JSON.stringify(result));
    result.metadata.resourceVersion = resourceVersion;
    // An update that changes nothing keeps its resourceVersion and sends no event.
    if (stableJson(result) === stableJson(current)) return current;
    return options.dryRun ? result : this.store.put(kind, result, 'MODIFIED');
  }

  private remove(
    kind: KindKey,
    object: KubeObject,
    cascade: boolean,
  ): KubeObject {
    if (kind === 'namespace') {
      for (const key of kindKeys.filter(k => kinds[k].namespaced)) {
        for (const member of this.store.list(key, object.metadata.name)) {
          this.remove(key, member, true);
        }
      }
    }
    const removed = this.store.remove(kind, object);
    if (cascade && object.metadata.uid) {
      for (const [dependentKind, dependent] of this.store.dependentsOf(
        object.metadata.uid,
      )) {
        this.remove(dependentKind, dependent, true);
      }
    }
    return removed;
  }
}
