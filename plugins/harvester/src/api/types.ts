import type {
  HarvesterObjectRef,
  imageCreateSchema,
  imageUploadQuerySchema,
  monitoringQuerySchema,
  namespaceQuotaSchema,
  networkCreateSchema,
  settingUpdateSchema,
  VmSummary,
  vmActionSchema,
  vmBackupCreateSchema,
  vmBulkActionSchema,
  vmCloneSchema,
  vmCreateSchema,
  vmRestoreSchema,
  volumeCreateSchema,
  volumeExpandSchema,
  BackupType,
  ClusterEvent,
} from '@internal/plugin-harvester-common';

/**
 * What a request may send for a common schema: its input type, where
 * defaulted fields are optional (read from the schema so this package
 * needs no zod of its own).
 */
type Input<TSchema extends { _input: unknown }> = TSchema['_input'];

/** A namespaced object: VMs, volumes, images, networks, backups. */
export type NamespacedRef = Required<HarvesterObjectRef>;

/** A cluster-scoped object: hosts, settings, namespaces. */
export type ClusterScopedRef = { cluster: string; name: string };

/** Where a namespaced object is created. */
export type NamespaceTarget = { cluster: string; namespace: string };

/**
 * List filters as the UI holds them: cluster, namespace and owner are
 * lists (sent comma-separated), paging by offset.
 */
export type ListQuery = {
  cluster?: string[];
  namespace?: string[];
  owner?: string[];
  /** Free text over name, labels and owner. */
  q?: string;
  /** A Kubernetes label selector, e.g. `app=web,tier!=db`. */
  label?: string;
  offset?: number;
  limit?: number;
  /** Field to sort by, `-` prefix for descending. */
  sort?: string;
};
export type VmListQuery = ListQuery & { state?: string[]; host?: string[] };
export type HostListQuery = ListQuery & { state?: string[] };
export type BackupListQuery = ListQuery & { type?: BackupType };

export type EventsQuery = {
  cluster?: string[];
  namespace?: string;
  type?: ClusterEvent['type'];
  limit?: number;
};

export type VmCreateRequest = Input<typeof vmCreateSchema>;
export type VmCloneRequest = Input<typeof vmCloneSchema>;
export type VmActionRequest = Input<typeof vmActionSchema>;
export type VmBulkActionRequest = Input<typeof vmBulkActionSchema>;
export type VmBulkAction = VmBulkActionRequest['action'];
export type VmBackupCreateRequest = Input<typeof vmBackupCreateSchema>;
export type VmRestoreRequest = Input<typeof vmRestoreSchema>;
export type VolumeCreateRequest = Input<typeof volumeCreateSchema>;
export type VolumeExpandRequest = Input<typeof volumeExpandSchema>;
export type ImageCreateRequest = Input<typeof imageCreateSchema>;
/** `POST .../images/upload`'s query; the file is the body. */
export type ImageUploadRequest = Omit<
  Input<typeof imageUploadQuerySchema>,
  'tags'
> & { tags?: string[] };

/** How far an upload is: the bytes the browser has sent of the total. */
export type UploadProgress = { sentBytes: number; totalBytes: number };

export type UploadOptions = {
  onProgress?(progress: UploadProgress): void;
  /** Aborting it cancels the upload. */
  signal?: AbortSignal;
};
export type NetworkCreateRequest = Input<typeof networkCreateSchema>;
export type NamespaceQuotaRequest = Input<typeof namespaceQuotaSchema>;
export type SettingUpdateRequest = Input<typeof settingUpdateSchema>;
export type MonitoringRange = NonNullable<
  Input<typeof monitoringQuerySchema>['range']
>;
export type MonitoringQuery = {
  cluster?: string[];
  range?: MonitoringRange;
  /** A host name or `<namespace>/<vm>` to chart. */
  target?: string;
};

export type NamespaceCreateRequest = { name: string; owner?: string };

/** `POST .../vms` (and clone): the VM, whether it was new, the dry-run manifest. */
export type VmCreateResponse = {
  vm: VmSummary;
  created: boolean;
  manifest?: object;
};
