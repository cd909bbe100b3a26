import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { harvesterApiUrlOf } from './harvesterImageUpload';

const cluster = (
  url: string,
  harvesterApiUrl?: string,
): HarvesterClusterDefinition => ({
  name: 'prod',
  url,
  harvesterApiUrl,
  auth: { type: 'serviceAccount', token: 'token' },
  source: 'config',
});

describe('harvesterApiUrlOf', () => {
  it("is the origin of the cluster's URL unless harvesterApiUrl is set", () => {
    // The kubeconfig Harvester hands out goes through Rancher's proxy path.
    expect(
      harvesterApiUrlOf(cluster('https://10.0.0.10/k8s/clusters/local')),
    ).toBe('https://10.0.0.10');
    expect(
      harvesterApiUrlOf(
        cluster('https://10.0.0.10:6443', 'https://harvester.example/'),
      ),
    ).toBe('https://harvester.example');
  });
});
