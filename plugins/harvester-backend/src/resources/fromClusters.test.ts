import { mockServices } from '@backstage/backend-test-utils';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import {
  createTestRegistry,
  localClusterConfig,
} from '../__testUtils__/testRegistry';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { fromClusters, selectClusters } from './fromClusters';

describe('fromClusters', () => {
  let tc: TestCluster;
  let clusters: ClusterRegistry;
  const logger = mockServices.logger.mock();
  beforeAll(async () => {
    tc = await createTestCluster();
    ({ registry: clusters } = await createTestRegistry({
      clusters: [
        localClusterConfig('good'),
        localClusterConfig('refused', {
          auth: { type: 'serviceAccount', token: 'wrong' },
        }),
      ],
      cacheSyncTimeoutSeconds: 0.2,
    }));
    await clusters.get('good').cache!.waitForSync(5000);
  });
  afterAll(async () => {
    clusters.stop();
    await tc.cleanup();
  });

  const namespaces = (names: string[]) =>
    fromClusters({ clusters, logger }, names, async handle =>
      (await handle.readerFor({} as any).list('namespace'))
        .filter(ns => ns.metadata.name === tc.namespace)
        .map(ns => `${handle.name}/${ns.metadata.name}`),
    );

  it('selects the named clusters, all when none; unknown ones are 404', () => {
    expect(selectClusters(clusters, []).map(h => h.name)).toEqual([
      'good',
      'refused',
    ]);
    expect(selectClusters(clusters, ['refused']).map(h => h.name)).toEqual([
      'refused',
    ]);
    expect(() => selectClusters(clusters, ['good', 'nope'])).toThrow(
      NotFoundError,
    );
  });

  it('leaves out a cluster that fails only when the caller did not name it', async () => {
    await expect(namespaces([])).resolves.toEqual([`good/${tc.namespace}`]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/'refused' left out/),
    );
    await expect(namespaces(['good', 'refused'])).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
  });

  it('never hides programming errors', async () => {
    await expect(
      fromClusters({ clusters, logger }, [], async () => {
        throw new TypeError('bug');
      }),
    ).rejects.toThrow('bug');
  });
});
