import {
  HARVESTER_LABELS,
  VmDisk,
  VmNetworkInterface,
} from '@internal/plugin-harvester-common';
import { parseQuantity } from '../kube/quantity';
import {
  VirtualMachine,
  VirtualMachineInstance,
  VmVolume,
} from '../kube/types/kubevirt';
import { pvcSizeBytes, VmRelations } from './vmRelations';
import { volumeClaimTemplatesOf } from './vmSpecFacts';

/** What backs a volume that is not a PVC: its source's key (`containerDisk`...). */
const sourceOf = (volume: VmVolume | undefined) =>
  volume && Object.keys(volume).find(key => key !== 'name');

/** The VM's disks with their volumes, sizes and images. */
export function vmDisks(vm: VirtualMachine, relations: VmRelations): VmDisk[] {
  const podSpec = vm.spec?.template.spec;
  const templates = new Map(
    volumeClaimTemplatesOf(vm).map(t => [t.metadata.name, t]),
  );
  return (podSpec?.domain.devices.disks ?? []).map(disk => {
    const volume = podSpec?.volumes?.find(v => v.name === disk.name);
    const claimName = volume?.persistentVolumeClaim?.claimName;
    const pvc = claimName
      ? relations.claim(vm.metadata.namespace!, claimName)
      : undefined;
    const template = claimName ? templates.get(claimName) : undefined;
    const imageId =
      pvc?.metadata.annotations?.[HARVESTER_LABELS.imageId] ??
      template?.metadata.annotations?.[HARVESTER_LABELS.imageId];
    const sizeBytes =
      (pvc && pvcSizeBytes(pvc)) ??
      parseQuantity(template?.spec.resources?.requests?.storage);
    return {
      name: disk.name,
      volumeName: claimName ?? sourceOf(volume),
      ...(claimName ? { claimName } : {}),
      bus: disk.disk?.bus ?? disk.cdrom?.bus,
      type: disk.cdrom ? 'cdrom' : 'disk',
      ...(sizeBytes !== undefined ? { sizeBytes } : {}),
      ...(disk.bootOrder !== undefined ? { bootOrder: disk.bootOrder } : {}),
      ...(imageId ? { imageId } : {}),
    };
  });
}

/** Multus reads a bare NAD name as one in the VM's own namespace. */
const qualifiedNetworkName = (namespace: string, networkName: string) =>
  networkName.includes('/') ? networkName : `${namespace}/${networkName}`;

/** The VM's interfaces with their networks and, once running, MAC and IP. */
export function vmInterfaces(
  vm: VirtualMachine,
  vmi: VirtualMachineInstance | undefined,
): VmNetworkInterface[] {
  const podSpec = vm.spec?.template.spec;
  return (podSpec?.domain.devices.interfaces ?? []).map(iface => {
    const network = podSpec?.networks?.find(n => n.name === iface.name);
    const networkName = network?.multus?.networkName;
    const running = vmi?.status?.interfaces?.find(i => i.name === iface.name);
    const macAddress = running?.mac ?? iface.macAddress;
    const ipAddress = running?.ipAddress ?? running?.ipAddresses?.[0];
    return {
      name: iface.name,
      network: networkName
        ? qualifiedNetworkName(vm.metadata.namespace!, networkName)
        : 'pod',
      ...(iface.model ? { model: iface.model } : {}),
      ...(macAddress ? { macAddress } : {}),
      ...(ipAddress ? { ipAddress } : {}),
    };
  });
}
