import { ConflictError, InputError } from '@backstage/errors';
import type {
  ImageSummary,
  VolumeSummary,
} from '@internal/plugin-harvester-common';
import type { HarvesterStorageApi } from '../api/HarvesterApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { FakeVms } from './FakeVms';
import {
  clone,
  findOr404,
  listPage,
  refuseDuplicate,
  removeOr404,
} from './fakeHelpers';

const units: Record<string, number> = {
  '': 1,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
};

/** `10Gi` → bytes; enough of Kubernetes quantities for the fake. */
export function quantityBytes(quantity: string): number {
  const match = /^(\d+(?:\.\d+)?)([A-Za-z]*)$/.exec(quantity);
  if (!match || !(match[2] in units))
    throw new InputError(`bad quantity ${quantity}`);
  return Number(match[1]) * units[match[2]];
}

/** Volumes, images, backups and snapshots of the in-memory fake. */
export class FakeStorage extends FakeVms implements HarvesterStorageApi {
  backupSchedules = clone(fixtures.backupSchedules);
  volumeSnapshots = clone(fixtures.volumeSnapshots);
  storageClasses = clone(fixtures.storageClasses);

  async listVolumes(query: T.ListQuery) {
    const page = listPage(this.volumes, query);
    // Longhorn resizes a volume a moment after its claim asked for more:
    // a list shows the new size from the read after the one that saw the
    // resize under way.
    for (const volume of this.volumes) {
      if (volume.resizingToBytes === undefined) continue;
      volume.sizeBytes = volume.resizingToBytes;
      delete volume.resizingToBytes;
    }
    return page;
  }
  async createVolume(
    target: T.NamespaceTarget,
    request: T.VolumeCreateRequest,
  ) {
    const ref = { ...target, name: request.name };
    refuseDuplicate(this.volumes, ref);
    const volume: VolumeSummary = {
      ...ref,
      sizeBytes: quantityBytes(request.size),
      storageClass: request.storageClass ?? 'longhorn',
      phase: 'Bound',
      accessModes: [request.accessMode ?? 'ReadWriteMany'],
      volumeMode: request.volumeMode ?? 'Block',
      imageId: request.image,
      tags: [],
      labels: {},
      createdAt: fixtures.now,
    };
    this.volumes.push(volume);
    return clone(volume);
  }
  async expandVolume(ref: T.NamespacedRef, request: T.VolumeExpandRequest) {
    const volume = findOr404(this.volumes, ref);
    const size = quantityBytes(request.size);
    if (size <= (volume.resizingToBytes ?? volume.sizeBytes))
      throw new InputError('size: volumes can only grow');
    // As the backend answers: the capacity stays until Longhorn resized it.
    volume.resizingToBytes = size;
    return clone(volume);
  }
  async deleteVolume(ref: T.NamespacedRef) {
    const volume = findOr404(this.volumes, ref);
    if (volume.attachedVm) {
      throw new ConflictError(
        `${volume.name} is attached to ${volume.attachedVm}`,
      );
    }
    removeOr404(this.volumes, ref);
  }
  async listVolumeSnapshots(query: T.ListQuery) {
    return listPage(this.volumeSnapshots, query);
  }
  async listStorageClasses(query: { cluster?: string }) {
    return clone(
      this.storageClasses.filter(
        s => !query.cluster || s.cluster === query.cluster,
      ),
    );
  }

  async listImages(query: T.ListQuery) {
    return listPage(this.images, query);
  }
  /** A new image, refused like the server refuses a display name in use. */
  #addImage(
    target: T.NamespaceTarget,
    request: T.ImageCreateRequest | T.ImageUploadRequest,
    source: Pick<ImageSummary, 'sourceType' | 'url' | 'state'>,
  ) {
    if (
      this.images.some(
        i =>
          i.cluster === target.cluster && i.displayName === request.displayName,
      )
    ) {
      throw new ConflictError(`an image named ${request.displayName} exists`);
    }
    const image: ImageSummary = {
      ...target,
      name:
        request.name ??
        request.displayName.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
      displayName: request.displayName,
      ...source,
      progress: 0,
      storageClass: request.storageClass,
      tags: request.tags ?? [],
      labels: {},
      createdAt: fixtures.now,
    };
    this.images.push(image);
    return clone(image);
  }
  async createImage(target: T.NamespaceTarget, request: T.ImageCreateRequest) {
    return this.#addImage(target, request, {
      sourceType: 'download',
      url: request.url,
      state: 'Downloading',
    });
  }
  /** Sends the whole file at once; the image is then the cluster's to import. */
  async uploadImage(
    target: T.NamespaceTarget,
    file: File,
    request: T.ImageUploadRequest,
    options: T.UploadOptions = {},
  ) {
    options.onProgress?.({ sentBytes: file.size, totalBytes: file.size });
    return this.#addImage(target, request, {
      sourceType: 'upload',
      state: 'Uploading',
    });
  }
  async deleteImage(ref: T.NamespacedRef) {
    removeOr404(this.images, ref);
  }

  async listBackups(query: T.BackupListQuery) {
    return listPage(
      this.backups,
      query,
      b => !query.type || b.type === query.type,
    );
  }
  async createBackup(vm: T.NamespacedRef, request: T.VmBackupCreateRequest) {
    findOr404(this.vms, vm);
    const type = request.type ?? 'snapshot';
    const target = this.settings.find(
      s => s.cluster === vm.cluster && s.name === 'backup-target',
    );
    if (type === 'backup' && !target?.value) {
      throw new ConflictError('the backup-target setting is not configured');
    }
    const ref = {
      cluster: vm.cluster,
      namespace: vm.namespace,
      name: request.name,
    };
    refuseDuplicate(this.backups, ref);
    const backup = {
      ...ref,
      type,
      sourceVm: vm.name,
      readyToUse: false,
      progress: 0,
      labels: {},
      createdAt: fixtures.now,
    };
    this.backups.push(backup);
    return clone(backup);
  }
  async restoreBackup(backup: T.NamespacedRef, request: T.VmRestoreRequest) {
    const found = findOr404(this.backups, backup);
    if (!found.readyToUse)
      throw new ConflictError(`${found.name} is not ready to use`);
    const name = request.mode === 'new' ? request.newVmName! : found.sourceVm;
    return { ok: true, message: `restoring ${found.name} into ${name}` };
  }
  async deleteBackup(ref: T.NamespacedRef) {
    removeOr404(this.backups, ref);
  }
  async listBackupSchedules(query: T.ListQuery) {
    return listPage(this.backupSchedules, query);
  }
}
