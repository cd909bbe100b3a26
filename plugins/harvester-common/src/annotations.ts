/** Labels and annotations the portal reads and writes (ARCHITECTURE.md). */
export const HARVESTER_ANNOTATIONS = {
  /** On a VM, namespace or cluster entity: the owner entity ref. */
  owner: 'platform-portal.dev/owner',
  /** On a VM: who created it through the portal. */
  createdBy: 'platform-portal.dev/created-by',
  /** On a VM (label): hash of the Scaffolder idempotency key. */
  idempotencyKey: 'platform-portal.dev/idempotency-key',
  /** On a migration: the host the caller asked for. */
  targetHost: 'platform-portal.dev/target-host',
  /**
   * On any catalog entity: which VMs belong to it, as
   * `<cluster>[/<namespace>][?<label selector>]`, e.g. `prod/web?app=shop`.
   */
  entitySelector: 'platform-portal.dev/harvester-selector',
  /** On a harvester-cluster entity: the API server URL. */
  clusterUrl: 'platform-portal.dev/harvester-url',
  /** On a harvester-cluster entity: CA certificate, base64 PEM. */
  clusterCaData: 'platform-portal.dev/harvester-ca-data',
  /**
   * On a harvester-cluster entity: the name of an entry in
   * `harvester.credentials` (config) to connect with. Entities never carry
   * tokens or secret references: anyone who may edit an entity could
   * otherwise send a backend secret to a URL of their choosing.
   */
  clusterCredentials: 'platform-portal.dev/harvester-credentials',
  /** On a harvester-vm entity: the VM it stands for, `<cluster>/<namespace>/<name>`. */
  vm: 'platform-portal.dev/harvester-vm',
  /**
   * On a Node: link speed of the host's management NIC in Gbit/s, e.g.
   * `10`. Kubernetes and Harvester report no NIC speeds, so an admin or a
   * node agent sets it; without it the readiness NIC check is unknown.
   */
  nicSpeedGbps: 'platform-portal.dev/nic-speed-gbps',
} as const;

/** Harvester's own labels and annotations. */
export const HARVESTER_LABELS = {
  roleManagement: 'node-role.harvesterhci.io/management',
  roleWorker: 'node-role.harvesterhci.io/worker',
  roleWitness: 'node-role.harvesterhci.io/witness',
  maintenance: 'harvesterhci.io/maintain-status',
  drainRequested: 'harvesterhci.io/drain-requested',
  tagPrefix: 'tag.harvesterhci.io/',
  volumeClaimTemplates: 'harvesterhci.io/volumeClaimTemplates',
  imageId: 'harvesterhci.io/imageId',
  /** On an uploaded image: the file's name (Harvester's UI sets it). */
  imageFileName: 'harvesterhci.io/image-name',
  vmName: 'harvesterhci.io/vmName',
  creator: 'harvesterhci.io/creator',
  sshNames: 'harvesterhci.io/sshNames',
  templateVersion: 'harvesterhci.io/vmTemplateVersion',
  removedPvcs: 'harvesterhci.io/removedPersistentVolumeClaims',
} as const;

/** Entity `spec.type` values the family registers in the catalog. */
export const HARVESTER_ENTITY_TYPES = {
  cluster: 'harvester-cluster',
  vm: 'harvester-vm',
} as const;

/** Events service topics the harvester family publishes. */
export const HARVESTER_TOPICS = {
  /**
   * VMs were created or deleted (`VmsChangedPayload`); the catalog module
   * updates the entities of just those VMs.
   */
  vmsChanged: 'platform-portal.harvester.vms-changed',
} as const;
