import { TestCluster } from '../../__testUtils__/testCluster';
import { TestGrants } from '../../__testUtils__/testContext';

/** The caller of image route tests, who may read and manage images. */
export const imageTester = 'user:default/alice';
export const imageGrants: TestGrants = {
  'harvester.image.read': true,
  'harvester.image.manage': true,
};

/** An image in the state its conditions give (images have no status subresource). */
export function imageFixture(
  cluster: TestCluster,
  name: string,
  options: {
    displayName?: string;
    imported?: 'True' | 'False' | 'Unknown';
    progress?: number;
    message?: string;
    size?: number;
    labels?: Record<string, string>;
  } = {},
) {
  return cluster.client.create('image', {
    metadata: { name, namespace: cluster.namespace, labels: options.labels },
    spec: {
      displayName: options.displayName ?? name,
      sourceType: 'download',
      url: `https://images.example/${name}.qcow2`,
    },
    status: {
      progress: options.progress,
      size: options.size,
      storageClassName: `longhorn-${name}`,
      conditions: options.imported
        ? [
            {
              type: 'Imported',
              status: options.imported,
              message: options.message,
            },
          ]
        : [],
    },
  });
}
