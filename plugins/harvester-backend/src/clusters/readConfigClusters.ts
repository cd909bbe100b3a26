import { Config } from '@backstage/config';
import {
  HarvesterClusterAuth,
  HarvesterClusterDefinition,
} from '@internal/plugin-harvester-node';

/** `harvester.clusters[]` as cluster definitions (config.d.ts). */
export function readConfigClusters(
  config: Config,
): HarvesterClusterDefinition[] {
  return (config.getOptionalConfigArray('harvester.clusters') ?? []).map(
    cluster => ({
      name: cluster.getString('name'),
      title: cluster.getOptionalString('title'),
      url: cluster.getString('url'),
      caData: cluster.getOptionalString('caData'),
      skipTLSVerify: cluster.getOptionalBoolean('skipTLSVerify'),
      owner: cluster.getOptionalString('owner'),
      dashboardUrl: cluster.getOptionalString('dashboardUrl'),
      harvesterApiUrl: cluster.getOptionalString('harvesterApiUrl'),
      prometheusUrl: cluster.getOptionalString('prometheusUrl'),
      auth: readAuth(cluster.getConfig('auth')),
      source: 'config',
    }),
  );
}

function readAuth(auth: Config): HarvesterClusterAuth {
  const type = auth.getString('type');
  if (type === 'serviceAccount') {
    return { type, token: auth.getString('token') };
  }
  if (type === 'oidc') {
    return {
      type,
      serviceAccountToken: auth.getOptionalString('serviceAccountToken'),
    };
  }
  throw new Error(
    `Invalid harvester cluster auth type '${type}': expected serviceAccount or oidc`,
  );
}

/**
 * `harvester.credentials.<name>` as a cluster's auth, or undefined when
 * there is no such entry (or a serviceAccount one without a token).
 */
export function readNamedCredentials(
  config: Config,
  name: string,
): HarvesterClusterAuth | undefined {
  // The name comes from an entity annotation: look it up, never parse it as a key path.
  const credentials = config.getOptionalConfig('harvester.credentials');
  if (!credentials?.keys().includes(name)) return undefined;
  const entry = credentials.getConfig(name);
  const token = entry.getOptionalString('token');
  if (entry.getString('type') === 'oidc') {
    return { type: 'oidc', serviceAccountToken: token };
  }
  return token ? { type: 'serviceAccount', token } : undefined;
}
