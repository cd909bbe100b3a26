import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
} from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { seededHash } from '../kube/seededHash';
import { DemoVm } from './demoData';

const CLOUD_INIT = [
  '#cloud-config',
  'package_update: true',
  'packages: [qemu-guest-agent]',
  'runcmd: [[systemctl, enable, --now, qemu-guest-agent.service]]',
  'ssh_authorized_keys: [ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGRlbW8ta2V5LW5vdC1mb3ItcmVhbC11c2UtcGxhdGZvcm0 demo@platform-portal]',
  '',
].join('\n');

/** Harvester's random claim suffix, stable here so seeding twice names the same claims. */
const suffixOf = (seed: string) => seededHash(seed).toString('hex').slice(0, 5);

type Disk = { name: string; claim: KubeObject; cdrom: boolean };

/** The VM's claims: its image as the boot disk, or the ISO on a CD-ROM beside a blank disk. */
function disksOf(vm: DemoVm): Disk[] {
  const claim = (name: string, size: string, image?: string): KubeObject => ({
    metadata: {
      name: `${vm.name}-${name}-${suffixOf(
        `${vm.namespace}/${vm.name}/${name}`,
      )}`,
      ...(image
        ? { annotations: { [HARVESTER_LABELS.imageId]: `default/${image}` } }
        : {}),
    },
    spec: {
      accessModes: ['ReadWriteMany'],
      resources: { requests: { storage: size } },
      volumeMode: 'Block',
      storageClassName: image ? `longhorn-${image}` : 'harvester-longhorn',
    },
  });
  if (vm.bootFromIso) {
    return [
      {
        name: 'cdrom-0',
        claim: claim('cdrom-0', '6Gi', vm.image),
        cdrom: true,
      },
      {
        name: 'disk-0',
        claim: claim('disk-0', `${vm.diskGiB}Gi`),
        cdrom: false,
      },
    ];
  }
  return [
    {
      name: 'disk-0',
      claim: claim('disk-0', `${vm.diskGiB}Gi`, vm.image),
      cdrom: false,
    },
  ];
}

/**
 * A VirtualMachine as Harvester's UI creates one: claims in the
 * `harvesterhci.io/volumeClaimTemplates` annotation, tags as
 * `tag.harvesterhci.io/*` labels, limits with the overcommit-config
 * requests (CPU 1/16, memory 2/3), cloud-init with the demo key, and
 * `RerunOnFailure` (Halted when the demo has it stopped).
 */
export function virtualMachineOf(vm: DemoVm): KubeObject {
  const disks = disksOf(vm);
  const memoryMi = vm.memoryGiB * 1024;
  const tags = Object.fromEntries(
    Object.entries(vm.tags ?? {}).map(([key, value]) => [
      `${HARVESTER_LABELS.tagPrefix}${key}`,
      value,
    ]),
  );
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      name: vm.name,
      namespace: vm.namespace,
      labels: {
        [HARVESTER_LABELS.creator]: 'harvester',
        'harvesterhci.io/os': vm.image.split('-')[0],
        ...tags,
      },
      annotations: {
        [HARVESTER_LABELS.volumeClaimTemplates]: JSON.stringify(
          disks.map(d => d.claim),
        ),
        [HARVESTER_LABELS.sshNames]: '["default/demo-key"]',
        'network.harvesterhci.io/ips': '[]',
        ...(vm.owner ? { [HARVESTER_ANNOTATIONS.owner]: vm.owner } : {}),
        ...(vm.description
          ? { 'field.cattle.io/description': vm.description }
          : {}),
      },
    },
    spec: {
      runStrategy: vm.state === 'Stopped' ? 'Halted' : 'RerunOnFailure',
      template: {
        metadata: {
          labels: { [HARVESTER_LABELS.vmName]: vm.name },
          annotations: { [HARVESTER_LABELS.sshNames]: '["default/demo-key"]' },
        },
        spec: {
          hostname: vm.name,
          evictionStrategy: 'LiveMigrate',
          terminationGracePeriodSeconds: 120,
          ...(vm.nodeSelector ? { nodeSelector: vm.nodeSelector } : {}),
          domain: {
            cpu: { cores: vm.cpu, sockets: 1, threads: 1 },
            memory: { guest: `${memoryMi - 100}Mi` },
            resources: {
              limits: { cpu: String(vm.cpu), memory: `${vm.memoryGiB}Gi` },
              requests: {
                cpu: `${Math.round((vm.cpu * 1000) / 16)}m`,
                memory: `${Math.round((memoryMi * 2) / 3)}Mi`,
              },
            },
            machine: { type: 'q35' },
            features: { acpi: { enabled: true } },
            devices: {
              disks: [
                ...disks.map((disk, index) => ({
                  name: disk.name,
                  ...(disk.cdrom
                    ? { cdrom: { bus: 'sata' } }
                    : { disk: { bus: 'virtio' } }),
                  bootOrder: index + 1,
                })),
                { name: 'cloudinitdisk', disk: { bus: 'virtio' } },
              ],
              interfaces: [
                vm.network
                  ? { name: 'default', model: 'virtio', bridge: {} }
                  : { name: 'default', model: 'virtio', masquerade: {} },
              ],
            },
          },
          networks: [
            vm.network
              ? {
                  name: 'default',
                  multus: { networkName: `default/${vm.network}` },
                }
              : { name: 'default', pod: {} },
          ],
          volumes: [
            ...disks.map(disk => ({
              name: disk.name,
              persistentVolumeClaim: { claimName: disk.claim.metadata.name },
            })),
            {
              name: 'cloudinitdisk',
              cloudInitNoCloud: { userData: CLOUD_INIT, networkData: '' },
            },
          ],
        },
      },
    },
  };
}

/** The requested disk bytes of a VM, for the seed's Longhorn usage figures. */
export const diskBytesOf = (vm: DemoVm) =>
  (vm.diskGiB + (vm.bootFromIso ? 6 : 0)) * 2 ** 30;
