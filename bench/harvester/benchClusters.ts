import { KubeConfig } from '@kubernetes/client-node';
import { readFileSync } from 'node:fs';

/** One of the two API servers the run script started, as the bench sees it. */
export type BenchCluster = {
  name: string;
  url: string;
  token: string;
  /** Base64 PEM, as kubeconfigs and `harvester.clusters[].caData` hold it. */
  caData: string;
};

function fromKubeconfig(name: string, path: string): BenchCluster {
  const kc = new KubeConfig();
  kc.loadFromFile(path);
  const cluster = kc.getCurrentCluster();
  const user = kc.getCurrentUser();
  if (!cluster || !user?.token) throw new Error(`${path}: no cluster/token`);
  return {
    name,
    url: cluster.server,
    token: user.token,
    caData:
      cluster.caData ?? readFileSync(cluster.caFile ?? '').toString('base64'),
  };
}

export function benchClusters(): BenchCluster[] {
  const first = process.env.KUBECONFIG;
  const second = process.env.BENCH_SECOND_KUBECONFIG;
  if (!first || !second) {
    throw new Error('Run bench/harvester/run: it starts both API servers');
  }
  return [fromKubeconfig('bench-a', first), fromKubeconfig('bench-b', second)];
}
