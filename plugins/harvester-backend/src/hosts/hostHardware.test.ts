import { HARVESTER_ANNOTATIONS } from '@internal/plugin-harvester-common';
import {
  BlockDeviceObject,
  LonghornNodeObject,
  NodeObject,
} from '../kube/types/nodes';
import { hostHardware, longhornStorage } from './hostHardware';

const node = (
  options: {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
  } = {},
): NodeObject => ({
  metadata: {
    name: 'n1',
    labels: options.labels,
    annotations: options.annotations,
  },
  status: {
    capacity: options.capacity ?? { cpu: '8', memory: '32Gi' },
    allocatable: options.allocatable,
    nodeInfo: { architecture: '' },
  },
});

const device = (sizeBytes: number, deviceType = 'disk'): BlockDeviceObject => ({
  metadata: { name: `d-${sizeBytes}` },
  status: {
    deviceStatus: { capacity: { sizeBytes }, details: { deviceType } },
  },
});

const longhorn = (storageMaximum: number): LonghornNodeObject => ({
  metadata: { name: 'n1' },
  status: { diskStatus: { d: { storageMaximum, storageScheduled: 0 } } },
});

describe('hostHardware', () => {
  it('reads CPU and memory capacity; an empty architecture is unknown', () => {
    expect(hostHardware(node(), { blockDevices: [] })).toEqual({
      cpuCores: 8,
      memoryBytes: 32 * 2 ** 30,
    });
  });

  it('sizes disks from whole block devices, else Longhorn, else ephemeral storage', () => {
    const capacity = { cpu: '8', memory: '32Gi', 'ephemeral-storage': '100G' };
    const host = node({ capacity });
    const disk = (disks: Parameters<typeof hostHardware>[1]) =>
      hostHardware(host, disks).diskBytes;
    expect(
      disk({
        blockDevices: [device(200e9), device(50e9, 'part')],
        longhornNode: longhorn(400e9),
      }),
    ).toBe(200e9);
    expect(disk({ blockDevices: [], longhornNode: longhorn(400e9) })).toBe(
      400e9,
    );
    expect(disk({ blockDevices: [] })).toBe(100e9);
    expect(
      hostHardware(node(), { blockDevices: [] }).diskBytes,
    ).toBeUndefined();
  });

  it.each([
    [{ 'kubevirt.io/schedulable': 'true' }, true],
    [{ 'cpu-feature.node.kubevirt.io/vmx': 'true' }, true],
    [{ 'cpu-feature.node.kubevirt.io/svm': 'true' }, true],
    [{ 'cpu-feature.node.kubevirt.io/sse4.2': 'true' }, false],
    [{ 'kubevirt.io/schedulable': 'false' }, undefined],
    [{}, undefined],
  ])('reads virtualisation from labels %j as %s', (labels, expected) => {
    expect(
      hostHardware(node({ labels }), { blockDevices: [] }).virtualization,
    ).toBe(expected);
  });

  it.each([
    [{ 'devices.kubevirt.io/kvm': '1k' }, true],
    [{ 'devices.kubevirt.io/kvm': '0' }, false],
    [{ cpu: '8' }, undefined],
  ])('reads /dev/kvm from allocatable %j as %s', (allocatable, expected) => {
    expect(hostHardware(node({ allocatable }), { blockDevices: [] }).kvm).toBe(
      expected,
    );
  });

  it.each([
    ['10', 10],
    ['2.5', 2.5],
    ['fast', undefined],
    ['0', undefined],
  ])('reads the NIC speed annotation %p as %p', (value, expected) => {
    const host = node({
      annotations: { [HARVESTER_ANNOTATIONS.nicSpeedGbps]: value },
    });
    expect(hostHardware(host, { blockDevices: [] }).nicGbps).toBe(expected);
  });

  it("tells Longhorn's used storage from what it provisioned, which may exceed the disks", () => {
    expect(
      longhornStorage({
        metadata: { name: 'n1' },
        status: {
          diskStatus: {
            ssd: {
              storageMaximum: 400e9,
              storageAvailable: 250e9,
              storageScheduled: 600e9,
            },
            // A disk not yet reporting what is free adds nothing used.
            hdd: { storageMaximum: 100e9, storageScheduled: 20e9 },
          },
        },
      }),
    ).toEqual({
      totalBytes: 500e9,
      usedBytes: 150e9,
      scheduledBytes: 620e9,
    });
    expect(longhornStorage(undefined)).toBeUndefined();
  });
});
