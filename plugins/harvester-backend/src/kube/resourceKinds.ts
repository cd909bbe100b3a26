/**
 * Every Kubernetes resource the family reads or writes, by a short key
 * (../shared/harvester/README.md maps Harvester's pages to them).
 */
export type ResourceKind = {
  group: string;
  version: string;
  plural: string;
  kind: string;
  namespaced: boolean;
  /** Kept in the watch-backed cache; false for APIs without watch (metrics). */
  cached: boolean;
};

const kind = (
  group: string,
  version: string,
  plural: string,
  kindName: string,
  namespaced: boolean,
  cached = true,
): ResourceKind => ({
  group,
  version,
  plural,
  kind: kindName,
  namespaced,
  cached,
});

export const resourceKinds = {
  node: kind('', 'v1', 'nodes', 'Node', false),
  namespace: kind('', 'v1', 'namespaces', 'Namespace', false),
  pvc: kind('', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', true),
  event: kind('', 'v1', 'events', 'Event', true),
  resourceQuota: kind('', 'v1', 'resourcequotas', 'ResourceQuota', true),
  storageClass: kind(
    'storage.k8s.io',
    'v1',
    'storageclasses',
    'StorageClass',
    false,
  ),
  vm: kind('kubevirt.io', 'v1', 'virtualmachines', 'VirtualMachine', true),
  vmi: kind(
    'kubevirt.io',
    'v1',
    'virtualmachineinstances',
    'VirtualMachineInstance',
    true,
  ),
  migration: kind(
    'kubevirt.io',
    'v1',
    'virtualmachineinstancemigrations',
    'VirtualMachineInstanceMigration',
    true,
  ),
  image: kind(
    'harvesterhci.io',
    'v1beta1',
    'virtualmachineimages',
    'VirtualMachineImage',
    true,
  ),
  template: kind(
    'harvesterhci.io',
    'v1beta1',
    'virtualmachinetemplates',
    'VirtualMachineTemplate',
    true,
  ),
  templateVersion: kind(
    'harvesterhci.io',
    'v1beta1',
    'virtualmachinetemplateversions',
    'VirtualMachineTemplateVersion',
    true,
  ),
  backup: kind(
    'harvesterhci.io',
    'v1beta1',
    'virtualmachinebackups',
    'VirtualMachineBackup',
    true,
  ),
  restore: kind(
    'harvesterhci.io',
    'v1beta1',
    'virtualmachinerestores',
    'VirtualMachineRestore',
    true,
  ),
  scheduleBackup: kind(
    'harvesterhci.io',
    'v1beta1',
    'schedulevmbackups',
    'ScheduleVMBackup',
    true,
  ),
  setting: kind('harvesterhci.io', 'v1beta1', 'settings', 'Setting', false),
  keyPair: kind('harvesterhci.io', 'v1beta1', 'keypairs', 'KeyPair', true),
  snapshotQuota: kind(
    'harvesterhci.io',
    'v1beta1',
    'resourcequotas',
    'ResourceQuota',
    true,
  ),
  blockDevice: kind(
    'harvesterhci.io',
    'v1beta1',
    'blockdevices',
    'BlockDevice',
    true,
  ),
  volumeSnapshot: kind(
    'snapshot.storage.k8s.io',
    'v1',
    'volumesnapshots',
    'VolumeSnapshot',
    true,
  ),
  networkAttachment: kind(
    'k8s.cni.cncf.io',
    'v1',
    'network-attachment-definitions',
    'NetworkAttachmentDefinition',
    true,
  ),
  clusterNetwork: kind(
    'network.harvesterhci.io',
    'v1beta1',
    'clusternetworks',
    'ClusterNetwork',
    false,
  ),
  vlanConfig: kind(
    'network.harvesterhci.io',
    'v1beta1',
    'vlanconfigs',
    'VlanConfig',
    false,
  ),
  longhornVolume: kind('longhorn.io', 'v1beta2', 'volumes', 'Volume', true),
  longhornNode: kind('longhorn.io', 'v1beta2', 'nodes', 'Node', true),
  nodeMetrics: kind(
    'metrics.k8s.io',
    'v1beta1',
    'nodes',
    'NodeMetrics',
    false,
    false,
  ),
  podMetrics: kind(
    'metrics.k8s.io',
    'v1beta1',
    'pods',
    'PodMetrics',
    true,
    false,
  ),
} as const satisfies Record<string, ResourceKind>;

export type KindKey = keyof typeof resourceKinds;

/** `/api/v1/...` or `/apis/<group>/<version>/...` for a kind, optionally in a namespace. */
export function kindPath(
  key: KindKey,
  namespace?: string,
  name?: string,
): string {
  const k = resourceKinds[key];
  const base = k.group ? `/apis/${k.group}/${k.version}` : `/api/${k.version}`;
  const ns =
    k.namespaced && namespace
      ? `/namespaces/${encodeURIComponent(namespace)}`
      : '';
  const item = name ? `/${encodeURIComponent(name)}` : '';
  return `${base}${ns}/${k.plural}${item}`;
}
