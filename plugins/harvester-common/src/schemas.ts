import { z } from 'zod';

/** Kubernetes object names: DNS-1123 labels (VMs, namespaces, networks). */
export const kubeNameSchema = z
  .string()
  .min(1)
  .max(63)
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    'must be lower-case letters, digits and "-", starting and ending with a letter or digit',
  );

/** Quantities as Kubernetes writes them: `4Gi`, `500Mi`, `2`, `250m`. */
export const quantitySchema = z
  .string()
  .regex(
    /^\d+(\.\d+)?(m|k|Ki|M|Mi|G|Gi|T|Ti|P|Pi)?$/,
    'must be a Kubernetes quantity like 4Gi',
  );

const csv = z
  .string()
  .optional()
  .transform(v =>
    v
      ? v
          .split(',')
          .map(s => s.trim())
          .filter(Boolean)
      : [],
  );

/** Query parameters every list endpoint takes. */
export const listQuerySchema = z.object({
  cluster: csv,
  namespace: csv,
  /** Free text over name, labels and owner. */
  q: z.string().max(200).optional(),
  /** A Kubernetes label selector, e.g. `app=web,tier!=db`. */
  label: z.string().max(500).optional(),
  owner: csv,
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** Field to sort by, `-` prefix for descending. */
  sort: z.string().max(40).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const vmListQuerySchema = listQuerySchema.extend({
  state: csv,
  host: csv,
});
export type VmListQuery = z.infer<typeof vmListQuerySchema>;

export const vmNetworkSchema = z.object({
  /** `pod` (management network) or a VM network `<namespace>/<name>`. */
  network: z.string().min(1),
  model: z.enum(['virtio', 'e1000', 'e1000e', 'rtl8139']).default('virtio'),
  macAddress: z
    .string()
    .regex(/^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$/)
    .optional(),
});

export const vmDiskSchema = z.object({
  name: kubeNameSchema,
  size: quantitySchema,
  /** An image `<namespace>/<name>` the disk is made from; else a blank volume. */
  image: z.string().optional(),
  storageClass: z.string().optional(),
  bus: z.enum(['virtio', 'sata', 'scsi']).default('virtio'),
  type: z.enum(['disk', 'cdrom']).default('disk'),
});

/** POST /clusters/:cluster/namespaces/:namespace/vms */
export const vmCreateSchema = z
  .object({
    name: kubeNameSchema,
    description: z.string().max(1000).optional(),
    /** A template `<namespace>/<name>` (its default version) or `<ns>/<name>:<version>`. */
    template: z.string().optional(),
    /** An image `<namespace>/<name>` for the boot disk when there is no template. */
    image: z.string().optional(),
    cpuCores: z.number().int().min(1).max(128).optional(),
    memory: quantitySchema.optional(),
    /** Size of the boot disk made from `image`. */
    rootDiskSize: quantitySchema.default('10Gi'),
    disks: z.array(vmDiskSchema).max(16).default([]),
    networks: z
      .array(vmNetworkSchema)
      .max(8)
      .default([{ network: 'pod', model: 'virtio' }]),
    userData: z
      .string()
      .max(64 * 1024)
      .optional(),
    networkData: z
      .string()
      .max(64 * 1024)
      .optional(),
    /** KeyPair names (`<namespace>/<name>`) or literal public keys. */
    sshKeys: z.array(z.string().min(1)).max(16).default([]),
    /** The owner entity ref recorded on the VM; default the caller. */
    owner: z.string().optional(),
    labels: z.record(z.string(), z.string()).default({}),
    tags: z.array(z.string()).default([]),
    runStrategy: z
      .enum(['Always', 'RerunOnFailure', 'Manual', 'Halted'])
      .default('RerunOnFailure'),
    /**
     * A retried request with the same key answers with the VM the first one
     * created instead of creating a second (the Scaffolder action sends it).
     */
    idempotencyKey: z.string().min(1).max(200).optional(),
    /** Validate and show what would be created, change nothing. */
    dryRun: z.boolean().default(false),
  })
  .refine(v => v.template || v.image, {
    message: 'either template or image is required',
    path: ['image'],
  });
export type VmCreateRequest = z.infer<typeof vmCreateSchema>;

/** POST .../vms/:name/clone */
export const vmCloneSchema = z.object({
  name: kubeNameSchema,
  /** Namespace of the clone; default the source's. */
  namespace: kubeNameSchema.optional(),
  runStrategy: z
    .enum(['Always', 'RerunOnFailure', 'Manual', 'Halted'])
    .default('Halted'),
});

export const vmActions = [
  'start',
  'stop',
  'restart',
  'pause',
  'unpause',
  'migrate',
  'abort-migration',
] as const;
export type VmAction = (typeof vmActions)[number];

/** POST .../vms/:name/actions/:action */
export const vmActionSchema = z.object({
  /** For `migrate`: the host to move to; default lets the scheduler pick. */
  targetHost: z.string().optional(),
});

/** A VM as `<cluster>/<namespace>/<name>`. */
export const vmRefSchema = z
  .string()
  .regex(/^[^/]+\/[^/]+\/[^/]+$/, 'must be <cluster>/<namespace>/<name>');

/** POST /vms/bulk */
export const vmBulkActionSchema = z.object({
  action: z.enum([...vmActions, 'delete']),
  vms: z.array(vmRefSchema).min(1).max(200),
  /** For delete: also delete the VMs' volumes. */
  removeVolumes: z.boolean().default(false),
});

/** DELETE .../vms/:name?removeVolumes=true&confirm=<name> */
export const vmDeleteQuerySchema = z.object({
  removeVolumes: z
    .enum(['true', 'false'])
    .default('false')
    .transform(v => v === 'true'),
  /** Must repeat the VM's name: a typed confirmation. */
  confirm: z.string().min(1),
});

/** POST .../vms/:name/backups */
export const vmBackupCreateSchema = z.object({
  name: kubeNameSchema,
  type: z.enum(['backup', 'snapshot']).default('snapshot'),
});

/** POST /clusters/:cluster/namespaces/:ns/backups/:name/restore */
export const vmRestoreSchema = z
  .object({
    mode: z.enum(['new', 'replace']),
    /** For `new`: the new VM's name. */
    newVmName: kubeNameSchema.optional(),
    /** For `replace`: delete the VM's current volumes (else keep them). */
    deletePreviousVolumes: z.boolean().default(false),
  })
  .refine(v => v.mode === 'replace' || v.newVmName, {
    message: 'newVmName is required to restore into a new VM',
    path: ['newVmName'],
  });

/** What every new image is given, whatever its source. */
const imageFieldsSchema = z.object({
  name: kubeNameSchema.optional(),
  displayName: z.string().min(1).max(253),
  description: z.string().max(1000).optional(),
  storageClass: z.string().optional(),
});

/** POST /clusters/:cluster/namespaces/:ns/images: Harvester downloads it. */
export const imageCreateSchema = imageFieldsSchema.extend({
  url: z
    .string()
    .url()
    .refine(u => /^https?:\/\//.test(u), 'must be http(s)'),
  checksum: z.string().optional(),
  tags: z.array(z.string()).default([]),
});

/**
 * POST /clusters/:cluster/namespaces/:ns/images/upload?<these>: the body is
 * the file itself (`Content-Type: application/octet-stream`, its size in
 * `Content-Length`).
 */
export const imageUploadQuerySchema = imageFieldsSchema.extend({
  /** Comma-separated. */
  tags: csv,
  /** The file's name, kept on the image as Harvester's UI keeps it. */
  fileName: z.string().min(1).max(255).optional(),
});

/** POST /clusters/:cluster/namespaces/:ns/volumes */
export const volumeCreateSchema = z.object({
  name: kubeNameSchema,
  size: quantitySchema,
  storageClass: z.string().optional(),
  /** Make the volume from an image `<namespace>/<name>`. */
  image: z.string().optional(),
  volumeMode: z.enum(['Block', 'Filesystem']).default('Block'),
  accessMode: z
    .enum(['ReadWriteMany', 'ReadWriteOnce'])
    .default('ReadWriteMany'),
});

/** PATCH .../volumes/:name: only growing is allowed. */
export const volumeExpandSchema = z.object({ size: quantitySchema });

/** POST /clusters/:cluster/namespaces/:ns/networks */
export const networkCreateSchema = z.object({
  name: kubeNameSchema,
  vlan: z.number().int().min(1).max(4094),
  clusterNetwork: kubeNameSchema.default('mgmt'),
  description: z.string().max(1000).optional(),
});

/** PUT /clusters/:cluster/namespaces/:ns/quota; omitted means no limit. */
export const namespaceQuotaSchema = z.object({
  cpuCores: z.number().positive().max(100000).optional(),
  memory: quantitySchema.optional(),
  storage: quantitySchema.optional(),
  vmCount: z.number().int().min(0).max(100000).optional(),
});

/** POST /clusters/:cluster/hosts/:name/{cordon,uncordon,maintenance} */
export const hostMaintenanceSchema = z.object({ enable: z.boolean() });

/** PUT /clusters/:cluster/settings/:name */
export const settingUpdateSchema = z.object({
  /** The new value; null resets it to the default. */
  value: z
    .string()
    .max(64 * 1024)
    .nullable(),
});

/** GET /monitoring */
export const monitoringQuerySchema = z.object({
  cluster: csv,
  /** Range for Prometheus series, e.g. `1h`, `6h`, `24h`. */
  range: z.enum(['15m', '1h', '6h', '24h', '7d']).default('1h'),
  /** A host name or `<namespace>/<vm>` to chart. */
  target: z.string().optional(),
});
