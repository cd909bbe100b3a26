import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  ActionResult,
  BackupScheduleSummary,
  BulkActionResult,
  ClusterEvent,
  ClusterNetworkSummary,
  ClusterSetting,
  ClusterSummary,
  Dashboard,
  HostDetail,
  HostSummary,
  ImageSummary,
  KeyPairSummary,
  Monitoring,
  NamespaceSummary,
  NetworkSummary,
  Page,
  StorageClassSummary,
  TemplateSummary,
  VmAction,
  VmBackup,
  VmDeletePlan,
  VmDetail,
  VmSummary,
  VolumeSnapshotSummary,
  VolumeSummary,
} from '@internal/plugin-harvester-common';
import type * as T from './types';

/** Clusters, the dashboard and events. */
export interface HarvesterClustersApi {
  listClusters(): Promise<ClusterSummary[]>;
  getDashboard(query?: { cluster?: string[] }): Promise<Dashboard>;
  /** Newest first. */
  listEvents(query: T.EventsQuery): Promise<ClusterEvent[]>;
  getMonitoring(query: T.MonitoringQuery): Promise<Monitoring>;
  listSettings(query: { cluster?: string }): Promise<ClusterSetting[]>;
  /** `value: null` resets the setting to its default. */
  updateSetting(
    ref: T.ClusterScopedRef,
    request: T.SettingUpdateRequest,
  ): Promise<ClusterSetting>;
}

/** Virtual machines and what is done to them. */
export interface HarvesterVmsApi {
  listVms(query: T.VmListQuery): Promise<Page<VmSummary>>;
  /** Starts `listVms(query)` early: a page about to open prefetches its first page. */
  prefetchVms(query: T.VmListQuery): void;
  getVm(ref: T.NamespacedRef): Promise<VmDetail>;
  /** With `dryRun` nothing is created and the answer carries the manifest. */
  createVm(
    target: T.NamespaceTarget,
    request: T.VmCreateRequest,
  ): Promise<T.VmCreateResponse>;
  cloneVm(
    ref: T.NamespacedRef,
    request: T.VmCloneRequest,
  ): Promise<T.VmCreateResponse>;
  runVmAction(
    ref: T.NamespacedRef,
    action: VmAction,
    request?: T.VmActionRequest,
  ): Promise<ActionResult>;
  /** Which volumes a delete removes and which it keeps. */
  getVmDeletePlan(
    ref: T.NamespacedRef,
    options: { removeVolumes: boolean },
  ): Promise<VmDeletePlan>;
  /** `confirm` repeats the VM's name. */
  deleteVm(
    ref: T.NamespacedRef,
    options: { removeVolumes: boolean; confirm: string },
  ): Promise<ActionResult>;
  runBulkVmAction(request: T.VmBulkActionRequest): Promise<BulkActionResult>;
  listTemplates(query: {
    cluster?: string;
    namespace?: string;
  }): Promise<TemplateSummary[]>;
  listKeyPairs(query: {
    cluster?: string;
    namespace?: string;
  }): Promise<KeyPairSummary[]>;
}

/** Hosts (nodes) and their maintenance. */
export interface HarvesterHostsApi {
  listHosts(query: T.HostListQuery): Promise<Page<HostSummary>>;
  getHost(ref: T.ClusterScopedRef): Promise<HostDetail>;
  /** Cordon (`true`) or uncordon (`false`). */
  setHostCordoned(
    ref: T.ClusterScopedRef,
    cordoned: boolean,
  ): Promise<ActionResult>;
  /** Entering maintenance migrates the host's VMs away. */
  setHostMaintenance(
    ref: T.ClusterScopedRef,
    enable: boolean,
  ): Promise<ActionResult>;
}

/** Volumes, images, backups and snapshots. */
export interface HarvesterStorageApi {
  listVolumes(query: T.ListQuery): Promise<Page<VolumeSummary>>;
  createVolume(
    target: T.NamespaceTarget,
    request: T.VolumeCreateRequest,
  ): Promise<VolumeSummary>;
  /** Grows a volume; the server refuses to shrink one. */
  expandVolume(
    ref: T.NamespacedRef,
    request: T.VolumeExpandRequest,
  ): Promise<VolumeSummary>;
  /** 409 while a VM uses it. */
  deleteVolume(ref: T.NamespacedRef): Promise<void>;
  /** The VolumeSnapshots of volumes (Harvester takes them for VM snapshots and backups). */
  listVolumeSnapshots(query: T.ListQuery): Promise<Page<VolumeSnapshotSummary>>;
  listStorageClasses(query: {
    cluster?: string;
  }): Promise<StorageClassSummary[]>;

  listImages(query: T.ListQuery): Promise<Page<ImageSummary>>;
  createImage(
    target: T.NamespaceTarget,
    request: T.ImageCreateRequest,
  ): Promise<ImageSummary>;
  /**
   * An image made from a file the browser sends, with the bytes sent so
   * far; resolves once the cluster stored it (then the image list shows
   * the cluster's own progress).
   */
  uploadImage(
    target: T.NamespaceTarget,
    file: File,
    request: T.ImageUploadRequest,
    options?: T.UploadOptions,
  ): Promise<ImageSummary>;
  deleteImage(ref: T.NamespacedRef): Promise<void>;

  listBackups(query: T.BackupListQuery): Promise<Page<VmBackup>>;
  /** A backup or snapshot of the VM `vm`. */
  createBackup(
    vm: T.NamespacedRef,
    request: T.VmBackupCreateRequest,
  ): Promise<VmBackup>;
  restoreBackup(
    backup: T.NamespacedRef,
    request: T.VmRestoreRequest,
  ): Promise<ActionResult>;
  deleteBackup(ref: T.NamespacedRef): Promise<void>;
  listBackupSchedules(query: T.ListQuery): Promise<Page<BackupScheduleSummary>>;
}

/** Namespaces and networks. */
export interface HarvesterTenancyApi {
  listNamespaces(query: T.ListQuery): Promise<Page<NamespaceSummary>>;
  createNamespace(
    cluster: string,
    request: T.NamespaceCreateRequest,
  ): Promise<NamespaceSummary>;
  /** Omitted limits are unlimited; 400 when below current usage. */
  setNamespaceQuota(
    ref: T.ClusterScopedRef,
    request: T.NamespaceQuotaRequest,
  ): Promise<NamespaceSummary>;

  listNetworks(query: T.ListQuery): Promise<Page<NetworkSummary>>;
  listClusterNetworks(query: {
    cluster?: string;
  }): Promise<ClusterNetworkSummary[]>;
  createNetwork(
    target: T.NamespaceTarget,
    request: T.NetworkCreateRequest,
  ): Promise<NetworkSummary>;
  /** 409 while VMs use it. */
  deleteNetwork(ref: T.NamespacedRef): Promise<void>;
}

/** Everything the harvester backend (`/api/harvester`) offers the UI. */
export interface HarvesterApi
  extends HarvesterClustersApi,
    HarvesterVmsApi,
    HarvesterHostsApi,
    HarvesterStorageApi,
    HarvesterTenancyApi {}

export const harvesterApiRef = createApiRef<HarvesterApi>().with({
  id: 'plugin.harvester.api',
  pluginId: 'harvester',
});
