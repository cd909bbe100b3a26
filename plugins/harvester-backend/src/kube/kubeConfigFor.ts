import { KubeConfig } from '@kubernetes/client-node';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';

/**
 * A KubeConfig with one cluster and one bearer token, so that the client's
 * own TLS and auth handling applies to every request.
 */
export function kubeConfigFor(
  definition: HarvesterClusterDefinition,
  token: string,
): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromClusterAndUser(
    {
      name: definition.name,
      server: definition.url.replace(/\/+$/, ''),
      caData: definition.caData,
      // The client refuses plain http unless TLS checks are off; there is
      // no TLS to check on such a URL (in-process demo clusters).
      skipTLSVerify:
        definition.skipTLSVerify ?? definition.url.startsWith('http:'),
    },
    { name: 'harvester-portal', token },
  );
  return kubeConfig;
}

/** The token the portal's own (background) client uses, if the cluster has one. */
export function serviceTokenOf(
  definition: HarvesterClusterDefinition,
): string | undefined {
  return definition.auth.type === 'serviceAccount'
    ? definition.auth.token
    : definition.auth.serviceAccountToken;
}
