/**
 * What `/api/harvester` answers. Every object names its cluster; namespaced
 * ones their namespace. Times are ISO strings, sizes bytes, CPU in cores
 * (fractions allowed) unless a field says otherwise.
 */

/** A page of a list endpoint (`offset`/`limit` query parameters). */
export type Page<T> = {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
};

export type ClusterConnection = 'connected' | 'connecting' | 'error';

export type ClusterSummary = {
  name: string;
  title: string;
  /** `config` (harvester.clusters) or `catalog` (a harvester-cluster entity). */
  source: 'config' | 'catalog';
  /** The catalog entity of the cluster, when it has one. */
  entityRef?: string;
  owner?: string;
  url: string;
  /** How the portal talks to it: its service account, or the caller's OIDC token. */
  authType: 'serviceAccount' | 'oidc';
  connection: ClusterConnection;
  /** Why the connection failed, when it did. */
  error?: string;
  /** The Harvester version (Setting server-version), when reported. */
  version?: string;
  /** Resource kinds this cluster does not serve (e.g. no Longhorn CRDs). */
  unavailableKinds: string[];
};

/** A VM's state as the UI shows it, derived from VM and VMI status. */
export const vmStates = [
  'Running',
  'Stopped',
  'Starting',
  'Stopping',
  'Paused',
  'Migrating',
  'Provisioning',
  'Restoring',
  'Error',
  'Unknown',
] as const;
export type VmState = (typeof vmStates)[number];

export type RunStrategy = 'Always' | 'RerunOnFailure' | 'Manual' | 'Halted';

export type VmSummary = {
  cluster: string;
  namespace: string;
  name: string;
  uid: string;
  state: VmState;
  runStrategy: RunStrategy;
  /** The host the VMI runs on. */
  host?: string;
  ipAddresses: string[];
  cpuCores: number;
  memoryBytes: number;
  /** Sum of the VM's volume claim sizes. */
  storageBytes: number;
  /** Effective owner entity ref (VM annotation, else namespace, else cluster). */
  owner?: string;
  /** Tags (`tag.harvesterhci.io/<key>` labels) as `key` or `key=value`. */
  tags: string[];
  labels: Record<string, string>;
  /** The catalog entity registered for this VM. */
  entityRef: string;
  createdAt: string;
  /** A condition message when the VM reports a problem. */
  message?: string;
};

export type VmDisk = {
  name: string;
  /** The PVC (volume) backing it, or `containerDisk`/`cloudInitNoCloud`. */
  volumeName?: string;
  claimName?: string;
  bus?: string;
  type: 'disk' | 'cdrom';
  sizeBytes?: number;
  bootOrder?: number;
  imageId?: string;
};

export type VmNetworkInterface = {
  name: string;
  /** `pod` for the management network, else the NAD `<ns>/<name>`. */
  network: string;
  model?: string;
  macAddress?: string;
  ipAddress?: string;
};

export type VmMigration = {
  name: string;
  phase: string;
  sourceHost?: string;
  targetHost?: string;
  startedAt?: string;
  completedAt?: string;
  /** Set by the portal when the caller picked a target host. */
  requestedTargetHost?: string;
};

export type BackupType = 'backup' | 'snapshot';

export type VmBackup = {
  cluster: string;
  namespace: string;
  name: string;
  type: BackupType;
  sourceVm: string;
  readyToUse: boolean;
  progress?: number;
  sizeBytes?: number;
  createdAt: string;
  error?: string;
  owner?: string;
  labels: Record<string, string>;
};

/** A recurring backup or snapshot of a VM (`ScheduleVMBackup`). */
export type BackupScheduleSummary = {
  cluster: string;
  namespace: string;
  name: string;
  cron: string;
  /** How many of its backups are kept. */
  retain: number;
  /** Consecutive failures after which Harvester suspends it. */
  maxFailure: number;
  type: BackupType;
  sourceVm: string;
  suspended: boolean;
  failures: number;
  /** The newest backup it took. */
  lastRun?: {
    backup: string;
    createdAt?: string;
    readyToUse: boolean;
    error?: string;
  };
  /** The source VM's owner. */
  owner?: string;
  labels: Record<string, string>;
  createdAt: string;
};

export type VmDetail = VmSummary & {
  description?: string;
  disks: VmDisk[];
  interfaces: VmNetworkInterface[];
  migrations: VmMigration[];
  backups: VmBackup[];
  /** Path of the console, through the portal's Kubernetes proxy or Harvester UI. */
  consoleUrl?: string;
  cloudInit?: { userData?: string; networkData?: string };
  sshKeys: string[];
  conditions: {
    type: string;
    status: string;
    reason?: string;
    message?: string;
  }[];
  /** Harvester template version the VM was created from, when recorded. */
  templateVersion?: string;
  events: ClusterEvent[];
};

export type HostRole = 'management' | 'worker' | 'witness';

export type ReadinessLevel = 'production' | 'test' | 'below';

export type ReadinessCheck = {
  /** `cpu`, `memory`, `disk`, `nic`, `virtualization`, `kvm`, `arch`. */
  id: string;
  label: string;
  /** What the API reports, e.g. `24 cores`; `unknown` when nothing does. */
  actual: string;
  testRequirement: string;
  productionRequirement: string;
  level: ReadinessLevel | 'unknown';
};

export type HostReadiness = {
  /** Worst of the checks: production only when every check meets production. */
  grade: ReadinessLevel | 'unknown';
  checks: ReadinessCheck[];
  /** Human-readable unmet items, e.g. `memory 24 GiB < 32 GiB (test)`. */
  unmet: string[];
};

export type HostState =
  | 'Active'
  | 'Cordoned'
  | 'Maintenance'
  | 'EnteringMaintenance'
  | 'NotReady'
  | 'Unknown';

export type HostSummary = {
  cluster: string;
  name: string;
  state: HostState;
  roles: HostRole[];
  internalIp?: string;
  cpuCores: number;
  memoryBytes: number;
  storageBytes?: number;
  usage: ResourceUsage;
  vmCount: number;
  readiness: HostReadiness;
  /** The host's owner annotation, else the cluster's owner. */
  owner?: string;
  tags: string[];
  labels: Record<string, string>;
  kernelVersion?: string;
  osImage?: string;
  createdAt: string;
};

export type BlockDevice = {
  name: string;
  devPath?: string;
  sizeBytes?: number;
  deviceType?: string;
  provisioned: boolean;
};

export type HostDetail = HostSummary & {
  conditions: { type: string; status: string; message?: string }[];
  blockDevices: BlockDevice[];
  vms: VmSummary[];
  events: ClusterEvent[];
};

/**
 * Used, allocated and allocatable amounts; `undefined` used means no
 * metrics. Allocated is what the VMs placed there asked for (their CPU and
 * memory), whether or not they use it.
 */
export type ResourceUsage = {
  cpuCoresUsed?: number;
  cpuCoresAllocated?: number;
  cpuCoresTotal: number;
  memoryBytesUsed?: number;
  memoryBytesAllocated?: number;
  memoryBytesTotal: number;
  /** What the disks hold (Longhorn: `storageMaximum - storageAvailable`). */
  storageBytesUsed?: number;
  /**
   * What Longhorn has promised to volume replicas (`storageScheduled`).
   * Volumes are thin, and Longhorn's over-provisioning setting lets this
   * exceed `storageBytesTotal` (Harvester's default allows 200%).
   */
  storageBytesProvisioned?: number;
  /** The disks' size (Longhorn: `storageMaximum`), else the block devices'. */
  storageBytesTotal?: number;
};

export type VolumeSummary = {
  cluster: string;
  namespace: string;
  name: string;
  /** What the volume has now: the claim's capacity, else its request. */
  sizeBytes: number;
  /**
   * While an expansion is under way: the size asked for (the claim's
   * request is larger than its capacity until Longhorn has resized it).
   */
  resizingToBytes?: number;
  storageClass?: string;
  phase: string;
  accessModes: string[];
  volumeMode?: string;
  /** The VM that mounts it, if any. */
  attachedVm?: string;
  imageId?: string;
  owner?: string;
  tags: string[];
  labels: Record<string, string>;
  createdAt: string;
};

/** A `snapshot.storage.k8s.io/v1` VolumeSnapshot of a volume. */
export type VolumeSnapshotSummary = {
  cluster: string;
  namespace: string;
  name: string;
  /** The PVC it was taken of. */
  sourceVolume?: string;
  readyToUse: boolean;
  sizeBytes?: number;
  /** Harvester takes volume snapshots for VM snapshots and backups. */
  vmBackup?: string;
  error?: string;
  /** The source volume's owner. */
  owner?: string;
  labels: Record<string, string>;
  createdAt: string;
};

export type ImageSummary = {
  cluster: string;
  namespace: string;
  name: string;
  displayName: string;
  sourceType: 'download' | 'upload' | 'export-from-volume' | 'restore' | string;
  url?: string;
  /** Download/upload progress, 0-100. */
  progress: number;
  sizeBytes?: number;
  state: 'Active' | 'Downloading' | 'Uploading' | 'Failed' | 'Pending';
  message?: string;
  storageClass?: string;
  owner?: string;
  tags: string[];
  labels: Record<string, string>;
  createdAt: string;
};

export type TemplateSummary = {
  cluster: string;
  namespace: string;
  name: string;
  description?: string;
  defaultVersion?: string;
  versions: {
    name: string;
    version: number;
    cpuCores?: number;
    memoryBytes?: number;
    imageId?: string;
  }[];
};

/** A `harvesterhci.io/v1beta1` KeyPair: an SSH public key VMs can be given. */
export type KeyPairSummary = {
  cluster: string;
  namespace: string;
  name: string;
  fingerprint?: string;
  publicKey: string;
};

export type StorageClassSummary = {
  cluster: string;
  name: string;
  isDefault: boolean;
  provisioner?: string;
};

export type NamespaceSummary = {
  cluster: string;
  name: string;
  phase: string;
  owner?: string;
  vmCount: number;
  quota?: NamespaceQuota;
  usage: { cpuCores: number; memoryBytes: number; storageBytes: number };
  createdAt: string;
};

export type NamespaceQuota = {
  cpuCores?: number;
  memoryBytes?: number;
  storageBytes?: number;
  vmCount?: number;
};

export type NetworkSummary = {
  cluster: string;
  namespace: string;
  name: string;
  type: 'L2VlanNetwork' | 'UntaggedNetwork' | string;
  vlan?: number;
  clusterNetwork: string;
  /** VMs attached to it. */
  vmCount: number;
  createdAt: string;
};

export type ClusterNetworkSummary = {
  cluster: string;
  name: string;
  ready: boolean;
  vlanConfigs: string[];
};

export type ClusterSetting = {
  cluster: string;
  name: string;
  value?: string;
  default?: string;
  /** True when value differs from the default. */
  customized: boolean;
};

export type ClusterEvent = {
  cluster: string;
  namespace?: string;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  object: string;
  count: number;
  lastSeen: string;
};

export type Dashboard = {
  clusters: ClusterSummary[];
  hosts: { total: number; byState: Record<string, number> };
  vms: { total: number; byState: Record<string, number> };
  capacity: ResourceUsage;
  volumes: { total: number; sizeBytes: number };
  images: { total: number };
  events: ClusterEvent[];
};

export type MetricPoint = { at: string; value: number };

export type MetricSeries = {
  /** `cpu`, `memory`, `storage`, `network-rx`, `network-tx`. */
  metric: string;
  unit: 'cores' | 'bytes' | 'bytes/s';
  target: string;
  points: MetricPoint[];
};

export type Monitoring = {
  /** `metrics.k8s.io` alone gives current values; Prometheus adds history. */
  source: 'metrics-server' | 'prometheus' | 'none';
  hosts: { cluster: string; name: string; usage: ResourceUsage }[];
  vms: {
    cluster: string;
    namespace: string;
    name: string;
    cpuCoresUsed?: number;
    memoryBytesUsed?: number;
  }[];
  series: MetricSeries[];
  /**
   * Why history is missing for a cluster whose Prometheus failed (down,
   * timed out, bad answer), e.g. `prod: Prometheus did not answer within
   * 10 s`; current values from metrics.k8s.io are still given.
   */
  prometheusError?: string;
};

/** What an action did, e.g. to show "volumes kept: …" after a delete. */
export type ActionResult = {
  ok: boolean;
  message: string;
  /** The object created or changed, as `<cluster>/<namespace>/<name>`. */
  target?: string;
};

/** Per-VM outcome of a bulk action. */
export type BulkActionResult = {
  results: (ActionResult & { vm: string })[];
};

/** What a VM delete will do, asked for before the confirmation dialog. */
export type VmDeletePlan = {
  vm: string;
  volumesDeleted: string[];
  volumesKept: string[];
};
