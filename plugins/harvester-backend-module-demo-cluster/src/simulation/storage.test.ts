import { uploadImage } from '../__testUtils__/imageUploads';
import { useSimulationOnRealCluster } from '../__testUtils__/simulationOnRealCluster';

/** Images, backups and restores, simulated against a real API server. */
describe('simulated Harvester and Longhorn, for storage', () => {
  jest.setTimeout(60_000);
  const sim = useSimulationOnRealCluster();
  const { api, get, tickUntil, runningVm, suffix } = sim;
  let namespace = '';
  beforeAll(() => {
    namespace = sim.namespace;
  });

  afterAll(async () => {
    await api.delete('storageClass', undefined, `longhorn-download-${suffix}`);
    await api.delete('storageClass', undefined, `longhorn-upload-${suffix}`);
  });

  it('downloads an image to 100 % and marks it Imported', async () => {
    const name = `download-${suffix}`;
    await api.create('image', {
      apiVersion: 'harvesterhci.io/v1beta1',
      kind: 'VirtualMachineImage',
      metadata: { name, namespace },
      spec: {
        displayName: 'rocky.qcow2',
        sourceType: 'download',
        url: 'https://example.com/rocky.qcow2',
      },
    });
    const image = await tickUntil('image imported', async () => {
      const current = await get('image', name);
      return current?.status?.progress === 100 ? current : undefined;
    });
    expect(image.status.size).toBeGreaterThan(0);
    expect(image.status.conditions).toContainEqual(
      expect.objectContaining({ type: 'Imported', status: 'True' }),
    );
  });

  it('gives an upload image its StorageClass once its upload made it Imported', async () => {
    const name = `upload-${suffix}`;
    await api.create('image', {
      ...uploadImage(name, namespace),
      status: {
        progress: 100,
        conditions: [{ type: 'Imported', status: 'True', reason: 'Imported' }],
      },
    });
    const storageClass = await tickUntil('storage class', () =>
      api.get('storageClass', undefined, `longhorn-${name}`),
    );
    expect(storageClass).toMatchObject({
      parameters: { backingImage: `${namespace}-${name}` },
    });
  });

  it('makes a backup ready with its volumes and restores it as a new VM', async () => {
    await runningVm('app');
    await api.create('backup', {
      apiVersion: 'harvesterhci.io/v1beta1',
      kind: 'VirtualMachineBackup',
      metadata: { name: 'app-backup', namespace },
      spec: {
        type: 'backup',
        source: {
          apiGroup: 'kubevirt.io',
          kind: 'VirtualMachine',
          name: 'app',
        },
      },
    });
    const backup = await tickUntil('backup ready', async () => {
      const current = await get('backup', 'app-backup');
      return current?.status?.readyToUse ? current : undefined;
    });
    expect(backup.status.source.spec.template.spec.domain.cpu.cores).toBe(1);
    expect(backup.status.volumeBackups).toEqual([
      expect.objectContaining({
        volumeName: 'disk-0',
        readyToUse: true,
        volumeSize: 2 * 2 ** 30,
      }),
    ]);

    await api.create('restore', {
      apiVersion: 'harvesterhci.io/v1beta1',
      kind: 'VirtualMachineRestore',
      metadata: { name: 'app-restore', namespace },
      spec: {
        target: {
          apiGroup: 'kubevirt.io',
          kind: 'VirtualMachine',
          name: 'app-copy',
        },
        virtualMachineBackupName: 'app-backup',
        virtualMachineBackupNamespace: namespace,
        newVM: true,
      },
    });
    await tickUntil('restore complete', async () =>
      (
        await get('restore', 'app-restore')
      )?.status?.complete
        ? true
        : undefined,
    );
    const copy = await tickUntil('restored VM running', async () => {
      const current = await get('vm', 'app-copy');
      return current?.status?.printableStatus === 'Running'
        ? current
        : undefined;
    });
    const claim =
      copy.spec.template.spec.volumes[0].persistentVolumeClaim.claimName;
    expect(claim).toMatch(/^restore-app-backup-\w{8}-disk-0$/);
    expect((await get('pvc', claim))?.status?.phase).toBe('Bound');
  });
});
