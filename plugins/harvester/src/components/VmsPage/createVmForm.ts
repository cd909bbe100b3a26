import type { RunStrategy } from '@internal/plugin-harvester-common';
import { optional } from '@internal/portal-react';
import type { VmCreateRequest } from '../../api/types';

/** The create-VM form as the user fills it in; text as typed. */
export type CreateVmValues = {
  name: string;
  description: string;
  source: 'image' | 'template';
  /** `<namespace>/<name>` of the image or template. */
  image: string;
  template: string;
  cpuCores: string;
  memory: string;
  rootDiskSize: string;
  /** `pod` or a VM network `<namespace>/<name>`. */
  network: string;
  sshKeys: string[];
  userData: string;
  runStrategy: RunStrategy;
};

export const initialCreateVmValues: CreateVmValues = {
  name: '',
  description: '',
  source: 'image',
  image: '',
  template: '',
  cpuCores: '2',
  memory: '4Gi',
  rootDiskSize: '10Gi',
  network: 'pod',
  sshKeys: [],
  userData: '',
  runStrategy: 'RerunOnFailure',
};

/** CPU and memory start blank for a template: it brings its own. */
export function sizeDefaults(source: CreateVmValues['source']) {
  return source === 'image'
    ? {
        cpuCores: initialCreateVmValues.cpuCores,
        memory: initialCreateVmValues.memory,
      }
    : { cpuCores: '', memory: '' };
}

/**
 * The request for vmCreateSchema, as sent: the server fills defaults, and
 * only what is sent overrides a template (its size, disks and networks).
 */
export function toCreateVmRequest(values: CreateVmValues): VmCreateRequest {
  const fromImage = values.source === 'image';
  const cores = optional(values.cpuCores);
  return {
    name: values.name.trim(),
    description: optional(values.description),
    image: fromImage ? optional(values.image) : undefined,
    template: fromImage ? undefined : optional(values.template),
    cpuCores: cores === undefined ? undefined : Number(cores),
    memory: optional(values.memory),
    rootDiskSize: fromImage ? optional(values.rootDiskSize) : undefined,
    networks: fromImage
      ? [{ network: values.network, model: 'virtio' }]
      : undefined,
    sshKeys: values.sshKeys,
    userData: optional(values.userData),
    runStrategy: values.runStrategy,
  };
}
