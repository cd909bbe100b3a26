import { KubeObject } from '../KubeObject';

/** The parts of core `v1` Node a host page reads. */
export type NodeObject = KubeObject<
  { unschedulable?: boolean },
  {
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    conditions?: {
      type: string;
      status: string;
      reason?: string;
      message?: string;
    }[];
    addresses?: { type: string; address: string }[];
    nodeInfo?: {
      architecture?: string;
      kernelVersion?: string;
      osImage?: string;
    };
  }
>;

/** `harvesterhci.io/v1beta1` BlockDevice (node-disk-manager, `longhorn-system`). */
export type BlockDeviceObject = KubeObject<
  {
    nodeName?: string;
    devPath?: string;
    fileSystem?: { provisioned?: boolean };
  },
  {
    provisionPhase?: string;
    deviceStatus?: {
      devPath?: string;
      capacity?: { sizeBytes?: number };
      details?: { deviceType?: string };
    };
  }
>;

/** `longhorn.io/v1beta2` Node: one per host, named like it. */
export type LonghornNodeObject = KubeObject<
  unknown,
  {
    diskStatus?: Record<
      string,
      {
        storageMaximum?: number;
        storageScheduled?: number;
        storageAvailable?: number;
      }
    >;
  }
>;

/** `metrics.k8s.io/v1beta1` NodeMetrics. */
export type NodeMetricsObject = KubeObject & {
  usage?: { cpu?: string; memory?: string };
};
