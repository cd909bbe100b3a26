import { RunStrategy } from '@internal/plugin-harvester-common';
import { KubeObject, KubeObjectMeta } from '../KubeObject';

/**
 * The parts of KubeVirt's `kubevirt.io/v1` objects the portal reads and
 * writes (schemas in ../shared/harvester/crds/kubevirt).
 */

export type KubeCondition = {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
};

export type VmDiskDevice = {
  name: string;
  bootOrder?: number;
  disk?: { bus?: string };
  cdrom?: { bus?: string };
};

export type VmInterfaceDevice = {
  name: string;
  model?: string;
  macAddress?: string;
  masquerade?: object;
  bridge?: object;
};

export type VmVolume = {
  name: string;
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean };
  containerDisk?: { image: string };
  cloudInitNoCloud?: {
    userData?: string;
    userDataBase64?: string;
    networkData?: string;
    secretRef?: { name: string };
    networkDataSecretRef?: { name: string };
  };
  [source: string]: unknown;
};

export type VmNetwork = {
  name: string;
  pod?: object;
  multus?: { networkName: string; default?: boolean };
};

export type VmTemplateSpec = {
  domain: {
    cpu?: { cores?: number; sockets?: number; threads?: number };
    memory?: { guest?: string };
    resources?: {
      requests?: Record<string, string | number>;
      limits?: Record<string, string | number>;
    };
    devices: {
      disks?: VmDiskDevice[];
      interfaces?: VmInterfaceDevice[];
      [device: string]: unknown;
    };
    [field: string]: unknown;
  };
  networks?: VmNetwork[];
  volumes?: VmVolume[];
  [field: string]: unknown;
};

export type VmSpec = {
  runStrategy?: RunStrategy;
  /** Deprecated in KubeVirt; read when runStrategy is absent. */
  running?: boolean;
  template: {
    metadata?: Partial<KubeObjectMeta>;
    spec: VmTemplateSpec;
  };
  dataVolumeTemplates?: unknown[];
  [field: string]: unknown;
};

export type VmStatus = {
  printableStatus?: string;
  ready?: boolean;
  restoreInProgress?: string;
  conditions?: KubeCondition[];
  startFailure?: { message?: string };
};

export type VirtualMachine = KubeObject<VmSpec, VmStatus>;

export type VmiStatus = {
  phase?: string;
  nodeName?: string;
  reason?: string;
  conditions?: KubeCondition[];
  interfaces?: {
    name?: string;
    mac?: string;
    ipAddress?: string;
    ipAddresses?: string[];
  }[];
  migrationState?: {
    completed?: boolean;
    failed?: boolean;
    sourceNode?: string;
    targetNode?: string;
    startTimestamp?: string;
    endTimestamp?: string;
  };
};

export type VirtualMachineInstance = KubeObject<unknown, VmiStatus>;

export type MigrationSpec = {
  vmiName: string;
  addedNodeSelector?: Record<string, string>;
};

export type MigrationStatus = {
  phase?: string;
  migrationState?: VmiStatus['migrationState'];
  phaseTransitionTimestamps?: {
    phase: string;
    phaseTransitionTimestamp: string;
  }[];
};

export type VirtualMachineInstanceMigration = KubeObject<
  MigrationSpec,
  MigrationStatus
>;

/** A PVC as Harvester writes it into `harvesterhci.io/volumeClaimTemplates`. */
export type VolumeClaimTemplate = {
  metadata: { name: string; annotations?: Record<string, string> };
  spec: {
    accessModes?: string[];
    resources?: { requests?: { storage?: string } };
    volumeMode?: string;
    storageClassName?: string;
    dataSource?: { apiGroup?: string; kind: string; name: string };
  };
};
