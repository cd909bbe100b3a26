import { seededHash } from '../kube/seededHash';
import { DemoHost } from './demoData';

/** Harvester's `harvester-longhorn` storage class keeps three replicas. */
export const REPLICAS = 3;
/**
 * Longhorn's `storage-over-provisioning-percentage` as Harvester sets it
 * (the `overcommit-config` setting's `storage: 200`).
 */
export const OVER_PROVISIONING_PERCENT = 200;
/** Longhorn's `storage-reserved-percentage-for-default-disk` in the demo. */
export const RESERVED_PERCENT = 15;

/** One Longhorn disk of a host. */
export type LonghornDisk = {
  key: string;
  path: string;
  /** What Longhorn may use of the disk (its file system's size). */
  maximumBytes: number;
  reservedBytes: number;
};

/** What Longhorn has promised on a disk, and what the replicas wrote. */
export type DiskLoad = { scheduledBytes: number; usedBytes: number };

/** A volume to place: its name (for a stable fill level) and size. */
export type DemoVolume = { name: string; bytes: number };

/** The Longhorn disks of a host; a witness stores no data. */
export function longhornDisksOf(host: DemoHost): LonghornDisk[] {
  return host.disks.map((disk, index) => {
    const maximumBytes = Math.round(disk.sizeGB * 1e9 * 0.98);
    return {
      key: index === 0 ? 'default-disk' : `extra-disk-${disk.name}`,
      path:
        index === 0
          ? '/var/lib/harvester/defaultdisk'
          : `/var/lib/harvester/extra-disks/${disk.name}`,
      maximumBytes,
      reservedBytes: Math.round((maximumBytes * RESERVED_PERCENT) / 100),
    };
  });
}

/** Volumes are thin: a replica holds 25–55% of its size, stable per volume. */
const writtenShare = (volume: DemoVolume) =>
  0.25 + (seededHash(volume.name).readUInt8(0) / 255) * 0.3;

/**
 * Where Longhorn would schedule the demo's volume replicas: each on a
 * different host, on the disk with the most room under Longhorn's limit,
 * `(maximum - reserved) × over-provisioning`. A replica no host can take
 * stays unscheduled (the volume runs degraded), as in Longhorn. Hence a
 * small disk may be promised more than its size (over-provisioned) while
 * what the replicas wrote stays within it.
 */
export function placeReplicas(
  hosts: DemoHost[],
  volumes: DemoVolume[],
): Map<string, Map<string, DiskLoad>> {
  const storing = hosts.filter(h => h.role !== 'witness');
  const loads = new Map(
    storing.map(host => [
      host.name,
      new Map(
        longhornDisksOf(host).map(disk => [
          disk.key,
          { disk, scheduledBytes: 0, usedBytes: 0 },
        ]),
      ),
    ]),
  );
  const roomOf = (load: { disk: LonghornDisk; scheduledBytes: number }) =>
    ((load.disk.maximumBytes - load.disk.reservedBytes) *
      OVER_PROVISIONING_PERCENT) /
      100 -
    load.scheduledBytes;

  for (const volume of volumes) {
    const candidates = [...loads.values()]
      .map(
        disks =>
          [...disks.values()]
            .filter(load => roomOf(load) >= volume.bytes)
            .sort((a, b) => roomOf(b) - roomOf(a))[0],
      )
      .filter(load => load !== undefined)
      .sort((a, b) => roomOf(b) - roomOf(a))
      .slice(0, REPLICAS);
    for (const load of candidates) {
      load.scheduledBytes += volume.bytes;
      load.usedBytes += Math.round(volume.bytes * writtenShare(volume));
    }
  }

  return new Map(
    [...loads].map(([host, disks]) => [
      host,
      new Map(
        [...disks].map(([key, { scheduledBytes, usedBytes }]) => [
          key,
          { scheduledBytes, usedBytes },
        ]),
      ),
    ]),
  );
}
