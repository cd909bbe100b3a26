import { apiVersionOf, KindInfo, kinds } from '../kube/kinds';

const VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];

const allKinds = Object.values(kinds);

/** `/version`: the Kubernetes of a Harvester v1.5 cluster (RKE2). */
export const versionInfo = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.4+rke2r1',
  platform: 'linux/amd64',
  goVersion: 'go1.23.8',
  compiler: 'gc',
};

function groupVersions(): Map<string, KindInfo[]> {
  const byGroupVersion = new Map<string, KindInfo[]>();
  for (const kind of allKinds) {
    const key = apiVersionOf(kind);
    byGroupVersion.set(key, [...(byGroupVersion.get(key) ?? []), kind]);
  }
  return byGroupVersion;
}

/**
 * Discovery documents (`/api`, `/apis`, `/api/v1`, `/apis/<group>/<version>`)
 * for the kinds the fake server serves, so generic clients find them.
 */
export function discoveryDocument(pathname: string): unknown | undefined {
  if (pathname === '/api') {
    return {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [],
    };
  }
  if (pathname === '/apis') {
    const groups = [...groupVersions().keys()]
      .filter(gv => gv.includes('/'))
      .map(gv => {
        const [name, version] = gv.split('/');
        const entry = { groupVersion: gv, version };
        return { name, versions: [entry], preferredVersion: entry };
      });
    return { kind: 'APIGroupList', apiVersion: 'v1', groups };
  }
  const groupVersion = pathname.startsWith('/apis/')
    ? pathname.slice('/apis/'.length)
    : pathname.slice('/api/'.length);
  const isCore = pathname === '/api/v1';
  const members = groupVersions().get(groupVersion);
  if (!members || isCore !== (groupVersion === 'v1')) return undefined;
  const resources = members.flatMap(kind => {
    const resource = {
      name: kind.plural,
      singularName: kind.kind.toLowerCase(),
      namespaced: kind.namespaced,
      kind: kind.kind,
      verbs: VERBS,
    };
    return kind.statusSubresource
      ? [
          resource,
          {
            ...resource,
            name: `${kind.plural}/status`,
            verbs: ['get', 'patch', 'update'],
          },
        ]
      : [resource];
  });
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources };
}
