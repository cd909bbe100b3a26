/**
 * The Kubernetes resources a Harvester cluster serves that the portal and
 * the simulation use: the harvester backend's resource kinds (copied, as
 * this package may not import the backend), plus the core kinds the
 * simulated controllers write (launcher pods, their service accounts).
 * `statusSubresource` follows the real API server, so the fake one drops
 * status on main-resource writes exactly where a real cluster does.
 */
export type KindInfo = {
  group: string;
  version: string;
  plural: string;
  kind: string;
  namespaced: boolean;
  statusSubresource: boolean;
};

type Row = [
  group: string,
  version: string,
  plural: string,
  kind: string,
  namespaced: boolean,
  statusSubresource: boolean,
];

const rows = {
  node: ['', 'v1', 'nodes', 'Node', false, true],
  namespace: ['', 'v1', 'namespaces', 'Namespace', false, true],
  pvc: [
    '',
    'v1',
    'persistentvolumeclaims',
    'PersistentVolumeClaim',
    true,
    true,
  ],
  event: ['', 'v1', 'events', 'Event', true, false],
  resourceQuota: ['', 'v1', 'resourcequotas', 'ResourceQuota', true, true],
  pod: ['', 'v1', 'pods', 'Pod', true, true],
  serviceAccount: ['', 'v1', 'serviceaccounts', 'ServiceAccount', true, false],
  secret: ['', 'v1', 'secrets', 'Secret', true, false],
  configMap: ['', 'v1', 'configmaps', 'ConfigMap', true, false],
  storageClass: [
    'storage.k8s.io',
    'v1',
    'storageclasses',
    'StorageClass',
    false,
    false,
  ],
  vm: ['kubevirt.io', 'v1', 'virtualmachines', 'VirtualMachine', true, true],
  vmi: [
    'kubevirt.io',
    'v1',
    'virtualmachineinstances',
    'VirtualMachineInstance',
    true,
    false,
  ],
  migration: [
    'kubevirt.io',
    'v1',
    'virtualmachineinstancemigrations',
    'VirtualMachineInstanceMigration',
    true,
    true,
  ],
  image: [
    'harvesterhci.io',
    'v1beta1',
    'virtualmachineimages',
    'VirtualMachineImage',
    true,
    false,
  ],
  template: [
    'harvesterhci.io',
    'v1beta1',
    'virtualmachinetemplates',
    'VirtualMachineTemplate',
    true,
    true,
  ],
  templateVersion: [
    'harvesterhci.io',
    'v1beta1',
    'virtualmachinetemplateversions',
    'VirtualMachineTemplateVersion',
    true,
    false,
  ],
  backup: [
    'harvesterhci.io',
    'v1beta1',
    'virtualmachinebackups',
    'VirtualMachineBackup',
    true,
    false,
  ],
  restore: [
    'harvesterhci.io',
    'v1beta1',
    'virtualmachinerestores',
    'VirtualMachineRestore',
    true,
    false,
  ],
  scheduleBackup: [
    'harvesterhci.io',
    'v1beta1',
    'schedulevmbackups',
    'ScheduleVMBackup',
    true,
    false,
  ],
  setting: ['harvesterhci.io', 'v1beta1', 'settings', 'Setting', false, false],
  keyPair: ['harvesterhci.io', 'v1beta1', 'keypairs', 'KeyPair', true, false],
  snapshotQuota: [
    'harvesterhci.io',
    'v1beta1',
    'resourcequotas',
    'ResourceQuota',
    true,
    true,
  ],
  blockDevice: [
    'harvesterhci.io',
    'v1beta1',
    'blockdevices',
    'BlockDevice',
    true,
    false,
  ],
  volumeSnapshot: [
    'snapshot.storage.k8s.io',
    'v1',
    'volumesnapshots',
    'VolumeSnapshot',
    true,
    true,
  ],
  networkAttachment: [
    'k8s.cni.cncf.io',
    'v1',
    'network-attachment-definitions',
    'NetworkAttachmentDefinition',
    true,
    false,
  ],
  clusterNetwork: [
    'network.harvesterhci.io',
    'v1beta1',
    'clusternetworks',
    'ClusterNetwork',
    false,
    false,
  ],
  vlanConfig: [
    'network.harvesterhci.io',
    'v1beta1',
    'vlanconfigs',
    'VlanConfig',
    false,
    false,
  ],
  longhornVolume: ['longhorn.io', 'v1beta2', 'volumes', 'Volume', true, true],
  longhornNode: ['longhorn.io', 'v1beta2', 'nodes', 'Node', true, true],
  nodeMetrics: [
    'metrics.k8s.io',
    'v1beta1',
    'nodes',
    'NodeMetrics',
    false,
    false,
  ],
  podMetrics: ['metrics.k8s.io', 'v1beta1', 'pods', 'PodMetrics', true, false],
} as const satisfies Record<string, Row>;

export type KindKey = keyof typeof rows;

export const kinds = Object.fromEntries(
  Object.entries(rows).map(([key, row]) => {
    const [group, version, plural, kind, namespaced, statusSubresource] = row;
    return [
      key,
      { group, version, plural, kind, namespaced, statusSubresource },
    ];
  }),
) as Record<KindKey, KindInfo>;

export const kindKeys = Object.keys(rows) as KindKey[];

/** `v1` or `<group>/<version>`. */
export function apiVersionOf(kind: KindInfo): string {
  return kind.group ? `${kind.group}/${kind.version}` : kind.version;
}

/** `/api/v1/...` or `/apis/<group>/<version>/...`, optionally in a namespace. */
export function kindPath(
  key: KindKey,
  namespace?: string,
  name?: string,
): string {
  const kind = kinds[key];
  const base = kind.group
    ? `/apis/${kind.group}/${kind.version}`
    : `/api/${kind.version}`;
  const ns =
    kind.namespaced && namespace
      ? `/namespaces/${encodeURIComponent(namespace)}`
      : '';
  const item = name ? `/${encodeURIComponent(name)}` : '';
  return `${base}${ns}/${kind.plural}${item}`;
}
