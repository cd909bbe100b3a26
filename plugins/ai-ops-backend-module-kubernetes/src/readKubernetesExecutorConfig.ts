import { Config } from '@backstage/config';
import { KubeConfig } from '@kubernetes/client-node';
import type { KubernetesJobsExecutorOptions } from './KubernetesJobsExecutor';

/** `aiOps.kubernetes` (see config.d.ts), or undefined when it is absent. */
export function readKubernetesExecutorConfig(
  config: Config,
): Omit<KubernetesJobsExecutorOptions, 'logger'> | undefined {
  const k8s = config.getOptionalConfig('aiOps.kubernetes');
  if (!k8s) return undefined;
  const url = k8s.getString('url').replace(/\/+$/, '');
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromClusterAndUser(
    {
      name: 'ai-ops',
      server: url,
      caData: k8s.getOptionalString('caData'),
      skipTLSVerify: k8s.getOptionalBoolean('skipTLSVerify') ?? false,
    },
    { name: 'ai-ops', token: k8s.getString('token') },
  );
  return {
    kubeConfig,
    namespace: k8s.getOptionalString('namespace') ?? 'default',
    tasksImage: k8s.getOptionalString('image'),
    serviceAccountName: k8s.getOptionalString('serviceAccountName'),
    maxParallel: k8s.getOptionalNumber('maxParallel') ?? 20,
    pollIntervalMs: (k8s.getOptionalNumber('pollIntervalSeconds') ?? 2) * 1000,
  };
}
