import { randomSuffix, TestCluster } from '../../__testUtils__/testCluster';
import { areaTestApp, TestGrants } from '../../__testUtils__/testContext';
import { createVolumesRouter } from '../createVolumesRouter';

export const allVolumeGrants: TestGrants = {
  'harvester.volume.read': true,
  'harvester.volume.manage': true,
};

export const volumesTestApp = (
  cluster: TestCluster,
  grants: TestGrants = allVolumeGrants,
) => areaTestApp(createVolumesRouter, cluster.registry, grants);

/**
 * A cluster-scoped StorageClass with a unique name that volumes can be
 * expanded in; the caller deletes it.
 */
export async function storageClassFixture(
  cluster: TestCluster,
  options: { isDefault?: boolean } = {},
): Promise<string> {
  const name = `sc-${randomSuffix()}`;
  await cluster.client.create('storageClass', {
    metadata: {
      name,
      annotations: {
        'storageclass.kubernetes.io/is-default-class': String(
          options.isDefault ?? false,
        ),
      },
    },
    provisioner: 'driver.longhorn.io',
    allowVolumeExpansion: true,
  });
  return name;
}
