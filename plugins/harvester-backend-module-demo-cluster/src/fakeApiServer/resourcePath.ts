import { KindKey, kindKeys, kinds } from '../kube/kinds';

export type ResourcePath = {
  kind: KindKey;
  /** Set for namespaced requests; absent for cluster-scoped and all-namespaces ones. */
  namespace?: string;
  name?: string;
  subresource?: string;
};

const findKind = (group: string, version: string, plural: string) =>
  kindKeys.find(key => {
    const kind = kinds[key];
    return (
      kind.group === group && kind.version === version && kind.plural === plural
    );
  });

/**
 * Parses `/api/v1/...` and `/apis/<group>/<version>/...` resource paths:
 * `[namespaces/<ns>/]<plural>[/<name>[/<subresource>]]`. Undefined for
 * anything the fake server does not serve.
 */
export function parseResourcePath(pathname: string): ResourcePath | undefined {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (segments[0] === 'api' && segments.length >= 3) {
    [group, version, rest] = ['', segments[1], segments.slice(2)];
  } else if (segments[0] === 'apis' && segments.length >= 4) {
    [group, version, rest] = [segments[1], segments[2], segments.slice(3)];
  } else {
    return undefined;
  }
  let namespace: string | undefined;
  const inNamespace =
    rest[0] === 'namespaces' && rest.length >= 3
      ? findKind(group, version, rest[2])
      : undefined;
  if (inNamespace && kinds[inNamespace].namespaced) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const kind = findKind(group, version, rest[0]);
  if (!kind || rest.length > 3) return undefined;
  if (namespace === undefined && kinds[kind].namespaced && rest.length > 1) {
    return undefined;
  }
  return { kind, namespace, name: rest[1], subresource: rest[2] };
}
