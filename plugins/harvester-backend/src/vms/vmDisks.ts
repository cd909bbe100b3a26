import { randomBytes } from 'node:crypto';
import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import {
  VmDiskDevice,
  VmVolume,
  VolumeClaimTemplate,
} from '../kube/types/kubevirt';
import { ImageSource } from './resolveVmSources';

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Five random lower-case characters, like Harvester's PVC name suffixes. */
export function randomSuffix(): string {
  return Array.from(randomBytes(5), b => alphabet[b % alphabet.length]).join(
    '',
  );
}

/** `<vm>-<disk>-<random>`, the PVC name Harvester gives a VM's disk. */
export const claimNameFor = (vmName: string, diskName: string) =>
  `${vmName}-${diskName}-${randomSuffix()}`;

/** A PVC to create with the VM, in Harvester's volumeClaimTemplates form. */
export function claimTemplate(options: {
  name: string;
  size: string;
  imageId?: string;
  storageClassName?: string;
}): VolumeClaimTemplate {
  return {
    metadata: {
      name: options.name,
      ...(options.imageId
        ? { annotations: { [HARVESTER_LABELS.imageId]: options.imageId } }
        : {}),
    },
    spec: {
      accessModes: ['ReadWriteMany'],
      resources: { requests: { storage: options.size } },
      volumeMode: 'Block',
      ...(options.storageClassName
        ? { storageClassName: options.storageClassName }
        : {}),
    },
  };
}

export type DiskRequest = {
  name: string;
  size: string;
  image?: ImageSource;
  storageClass?: string;
  bus: string;
  type: 'disk' | 'cdrom';
  bootOrder?: number;
};

/** The disk, its volume and its PVC, all named after `disk.name`. */
export function diskParts(
  vmName: string,
  disk: DiskRequest,
): { claim: VolumeClaimTemplate; device: VmDiskDevice; volume: VmVolume } {
  const claim = claimTemplate({
    name: claimNameFor(vmName, disk.name),
    size: disk.size,
    imageId: disk.image?.id,
    storageClassName: disk.image?.storageClassName ?? disk.storageClass,
  });
  // KubeVirt rejects virtio CD-ROMs; Harvester attaches them on SATA.
  const bus =
    disk.type === 'cdrom' && disk.bus === 'virtio' ? 'sata' : disk.bus;
  return {
    claim,
    device: {
      name: disk.name,
      [disk.type]: { bus },
      ...(disk.bootOrder ? { bootOrder: disk.bootOrder } : {}),
    },
    volume: {
      name: disk.name,
      persistentVolumeClaim: { claimName: claim.metadata.name },
    },
  };
}
