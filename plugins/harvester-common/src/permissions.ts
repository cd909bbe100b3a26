import {
  createPermission,
  Permission,
} from '@backstage/plugin-permission-common';

/**
 * Resource types (ARCHITECTURE.md: `<family>-<resource>`). Each registers the
 * portal rules HAS_OWNER, HAS_TAG, IN_NAMESPACE and IN_CLUSTER, so a policy
 * condition on cluster, namespace or owner filters every list.
 */
export const HARVESTER_CLUSTER_RESOURCE_TYPE = 'harvester-cluster';
export const HARVESTER_VM_RESOURCE_TYPE = 'harvester-vm';
export const HARVESTER_HOST_RESOURCE_TYPE = 'harvester-host';
export const HARVESTER_VOLUME_RESOURCE_TYPE = 'harvester-volume';
export const HARVESTER_IMAGE_RESOURCE_TYPE = 'harvester-image';
export const HARVESTER_NETWORK_RESOURCE_TYPE = 'harvester-network';
export const HARVESTER_NAMESPACE_RESOURCE_TYPE = 'harvester-namespace';

export const harvesterResourceTypes = [
  HARVESTER_CLUSTER_RESOURCE_TYPE,
  HARVESTER_VM_RESOURCE_TYPE,
  HARVESTER_HOST_RESOURCE_TYPE,
  HARVESTER_VOLUME_RESOURCE_TYPE,
  HARVESTER_IMAGE_RESOURCE_TYPE,
  HARVESTER_NETWORK_RESOURCE_TYPE,
  HARVESTER_NAMESPACE_RESOURCE_TYPE,
] as const;
export type HarvesterResourceType = (typeof harvesterResourceTypes)[number];

/** See a cluster: dashboard, events, monitoring and its settings. */
export const harvesterClusterReadPermission = createPermission({
  name: 'harvester.cluster.read',
  attributes: { action: 'read' },
  resourceType: HARVESTER_CLUSTER_RESOURCE_TYPE,
});
/** Change a cluster's settings (Advanced), such as the backup target. */
export const harvesterClusterManagePermission = createPermission({
  name: 'harvester.cluster.manage',
  attributes: { action: 'update' },
  resourceType: HARVESTER_CLUSTER_RESOURCE_TYPE,
});

/** See VMs, their volumes, networks, migrations, snapshots and backups. */
export const harvesterVmReadPermission = createPermission({
  name: 'harvester.vm.read',
  attributes: { action: 'read' },
  resourceType: HARVESTER_VM_RESOURCE_TYPE,
});
/**
 * Create a VM (from a template or an image) or clone one. The resource is the
 * VM to be: its cluster, namespace and owner decide a conditional grant.
 */
export const harvesterVmCreatePermission = createPermission({
  name: 'harvester.vm.create',
  attributes: { action: 'create' },
  resourceType: HARVESTER_VM_RESOURCE_TYPE,
});
/** Start, stop, restart, pause and unpause a VM. */
export const harvesterVmOperatePermission = createPermission({
  name: 'harvester.vm.operate',
  attributes: { action: 'update' },
  resourceType: HARVESTER_VM_RESOURCE_TYPE,
});
/** Live-migrate a VM to another host, or abort its migration. */
export const harvesterVmMigratePermission = createPermission({
  name: 'harvester.vm.migrate',
  attributes: { action: 'update' },
  resourceType: HARVESTER_VM_RESOURCE_TYPE,
});
/** Take snapshots and backups of a VM and restore them. */
export const harvesterVmBackupPermission = createPermission({
  name: 'harvester.vm.backup',
  attributes: { action: 'update' },
  resourceType: HARVESTER_VM_RESOURCE_TYPE,
});
/** Delete a VM (and, when asked, its volumes). */
export const harvesterVmDeletePermission = createPermission({
  name: 'harvester.vm.delete',
  attributes: { action: 'delete' },
  resourceType: HARVESTER_VM_RESOURCE_TYPE,
});

/** See hosts with their readiness, roles, disks and usage. */
export const harvesterHostReadPermission = createPermission({
  name: 'harvester.host.read',
  attributes: { action: 'read' },
  resourceType: HARVESTER_HOST_RESOURCE_TYPE,
});
/** Cordon, uncordon and put hosts into or out of maintenance mode. */
export const harvesterHostMaintainPermission = createPermission({
  name: 'harvester.host.maintain',
  attributes: { action: 'update' },
  resourceType: HARVESTER_HOST_RESOURCE_TYPE,
});

/** See volumes (PVCs) and their volume snapshots. */
export const harvesterVolumeReadPermission = createPermission({
  name: 'harvester.volume.read',
  attributes: { action: 'read' },
  resourceType: HARVESTER_VOLUME_RESOURCE_TYPE,
});
/** Create, expand and delete volumes. */
export const harvesterVolumeManagePermission = createPermission({
  name: 'harvester.volume.manage',
  attributes: { action: 'update' },
  resourceType: HARVESTER_VOLUME_RESOURCE_TYPE,
});

/** See VM images and templates. */
export const harvesterImageReadPermission = createPermission({
  name: 'harvester.image.read',
  attributes: { action: 'read' },
  resourceType: HARVESTER_IMAGE_RESOURCE_TYPE,
});
/** Create images from a URL and delete them. */
export const harvesterImageManagePermission = createPermission({
  name: 'harvester.image.manage',
  attributes: { action: 'update' },
  resourceType: HARVESTER_IMAGE_RESOURCE_TYPE,
});

/** See VM networks and cluster networks. */
export const harvesterNetworkReadPermission = createPermission({
  name: 'harvester.network.read',
  attributes: { action: 'read' },
  resourceType: HARVESTER_NETWORK_RESOURCE_TYPE,
});
/** Create and delete VLAN networks. */
export const harvesterNetworkManagePermission = createPermission({
  name: 'harvester.network.manage',
  attributes: { action: 'update' },
  resourceType: HARVESTER_NETWORK_RESOURCE_TYPE,
});

/** See namespaces with their quotas and usage. */
export const harvesterNamespaceReadPermission = createPermission({
  name: 'harvester.namespace.read',
  attributes: { action: 'read' },
  resourceType: HARVESTER_NAMESPACE_RESOURCE_TYPE,
});
/** Set a namespace's resource quota. */
export const harvesterNamespaceManagePermission = createPermission({
  name: 'harvester.namespace.manage',
  attributes: { action: 'update' },
  resourceType: HARVESTER_NAMESPACE_RESOURCE_TYPE,
});

export const harvesterPermissions: Permission[] = [
  harvesterClusterReadPermission,
  harvesterClusterManagePermission,
  harvesterVmReadPermission,
  harvesterVmCreatePermission,
  harvesterVmOperatePermission,
  harvesterVmMigratePermission,
  harvesterVmBackupPermission,
  harvesterVmDeletePermission,
  harvesterHostReadPermission,
  harvesterHostMaintainPermission,
  harvesterVolumeReadPermission,
  harvesterVolumeManagePermission,
  harvesterImageReadPermission,
  harvesterImageManagePermission,
  harvesterNetworkReadPermission,
  harvesterNetworkManagePermission,
  harvesterNamespaceReadPermission,
  harvesterNamespaceManagePermission,
];
