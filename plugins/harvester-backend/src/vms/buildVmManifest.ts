import { createHash } from 'node:crypto';
import { InputError } from '@backstage/errors';
import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
  RunStrategy,
  VmCreateRequest,
} from '@internal/plugin-harvester-common';
import {
  VirtualMachine,
  VmSpec,
  VmTemplateSpec,
  VolumeClaimTemplate,
} from '../kube/types/kubevirt';
import { applyCloudInit } from './applyCloudInit';
import { ResolvedVmSources, TemplateVm } from './resolveVmSources';
import { claimNameFor, diskParts } from './vmDisks';
import { networkParts } from './vmNetworks';
import { volumeClaimTemplatesOf } from './vmSpecFacts';

/** Value of `harvesterhci.io/creator` on VMs the portal creates. */
export const PORTAL_CREATOR = 'platform-portal';
/** Where Harvester's UI keeps a VM's description. */
export const DESCRIPTION_ANNOTATION = 'field.cattle.io/description';
// Harvester's UI preselects the smallest size; a template brings its own.
const DEFAULT_CPU_CORES = 1;
const DEFAULT_MEMORY = '2Gi';

/** Label values hold at most 63 characters: a hex sha256 prefix fits. */
export function idempotencyLabelValue(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 63);
}

/** Tags `key` / `key=value` as Harvester's `tag.harvesterhci.io/<key>` labels. */
export function tagLabels(tags: string[]): Record<string, string> {
  return Object.fromEntries(
    tags.map(tag => {
      const [key, ...value] = tag.split('=');
      return [`${HARVESTER_LABELS.tagPrefix}${key}`, value.join('=')];
    }),
  );
}

export type VmManifestInput = {
  namespace: string;
  request: VmCreateRequest;
  sources: ResolvedVmSources;
  owner: string;
  createdBy: string;
  /** Request fields the caller set, rather than left to schema defaults. */
  explicit: { networks: boolean; rootDiskSize: boolean };
};

type Base = {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  spec: VmSpec;
  claims: VolumeClaimTemplate[];
};

/** The template's VM with fresh PVC names, so two VMs never share disks. */
function fromTemplate(input: VmManifestInput, template: TemplateVm): Base {
  const { request, explicit } = input;
  const spec: VmSpec = structuredClone(template.spec);
  const volumes = spec.template.spec.volumes ?? [];
  const claims = volumeClaimTemplatesOf(template).map((claim, i) => {
    const volume = volumes.find(
      v => v.persistentVolumeClaim?.claimName === claim.metadata.name,
    );
    const renamed = structuredClone(claim);
    renamed.metadata.name = claimNameFor(
      request.name,
      volume?.name ?? `disk-${i}`,
    );
    if (volume?.persistentVolumeClaim) {
      volume.persistentVolumeClaim.claimName = renamed.metadata.name;
    }
    if (i === 0 && explicit.rootDiskSize) {
      renamed.spec.resources = { requests: { storage: request.rootDiskSize } };
    }
    return renamed;
  });
  return {
    labels: { ...template.metadata?.labels },
    annotations: { ...template.metadata?.annotations },
    spec,
    claims,
  };
}

function fromImage(input: VmManifestInput): Base {
  const { request, sources } = input;
  const boot = diskParts(request.name, {
    name: 'disk-0',
    size: request.rootDiskSize,
    image: sources.bootImage,
    bus: 'virtio',
    type: 'disk',
    bootOrder: 1,
  });
  const podSpec: VmTemplateSpec = {
    domain: { devices: { disks: [boot.device], interfaces: [] } },
    networks: [],
    volumes: [boot.volume],
    evictionStrategy: 'LiveMigrate',
  };
  return {
    labels: {},
    annotations: {},
    spec: { template: { spec: podSpec } },
    claims: [boot.claim],
  };
}

function applySize(
  podSpec: VmTemplateSpec,
  cpuCores?: number,
  memory?: string,
) {
  const domain = podSpec.domain;
  const limits = { ...domain.resources?.limits };
  if (cpuCores !== undefined) {
    domain.cpu = { cores: cpuCores, sockets: 1, threads: 1 };
    limits.cpu = String(cpuCores);
  }
  if (memory !== undefined) {
    domain.memory = { guest: memory };
    limits.memory = memory;
  }
  domain.resources = { ...domain.resources, limits };
}

function addDisks(
  input: VmManifestInput,
  podSpec: VmTemplateSpec,
  claims: VolumeClaimTemplate[],
) {
  const volumes = (podSpec.volumes ??= []);
  const disks = (podSpec.domain.devices.disks ??= []);
  input.request.disks.forEach((disk, i) => {
    if (volumes.some(v => v.name === disk.name)) {
      throw new InputError(
        `Invalid request: disks[${i}].name: the VM already has a disk "${disk.name}"`,
      );
    }
    const parts = diskParts(input.request.name, {
      ...disk,
      image: input.sources.diskImages[i],
    });
    claims.push(parts.claim);
    disks.push(parts.device);
    volumes.push(parts.volume);
  });
}

/**
 * Makes a VM spec (a template's, a clone's source's) this VM's: its
 * hostname, Harvester's `vmName` label and its run strategy, which
 * replaces the deprecated `running`.
 */
export function nameVmSpec(
  spec: VmSpec,
  name: string,
  runStrategy: RunStrategy,
): VmSpec {
  const named: VmSpec = { ...spec, runStrategy };
  delete named.running;
  named.template.spec.hostname = name;
  named.template.metadata = {
    ...named.template.metadata,
    labels: {
      ...named.template.metadata?.labels,
      [HARVESTER_LABELS.vmName]: name,
    },
  };
  return named;
}

/** The VirtualMachine a create request makes, with Harvester's conventions. */
export function buildVmManifest(input: VmManifestInput): VirtualMachine {
  const { request, sources, namespace } = input;
  const template = sources.template;
  const base = template ? fromTemplate(input, template.vm) : fromImage(input);
  const podSpec = base.spec.template.spec;

  applySize(
    podSpec,
    request.cpuCores ?? (template ? undefined : DEFAULT_CPU_CORES),
    request.memory ?? (template ? undefined : DEFAULT_MEMORY),
  );
  addDisks(input, podSpec, base.claims);
  if (!template || input.explicit.networks || !podSpec.networks?.length) {
    const parts = networkParts(sources.networks, request.networks);
    podSpec.domain.devices.interfaces = parts.interfaces;
    podSpec.networks = parts.networks;
  }
  applyCloudInit(podSpec, request, sources.sshPublicKeys);
  const spec = nameVmSpec(base.spec, request.name, request.runStrategy);

  const optional = (key: string, value: string | undefined) =>
    value ? { [key]: value } : {};
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: {
      name: request.name,
      namespace,
      labels: {
        ...base.labels,
        ...request.labels,
        ...tagLabels(request.tags),
        [HARVESTER_LABELS.creator]: PORTAL_CREATOR,
        ...optional(
          HARVESTER_ANNOTATIONS.idempotencyKey,
          request.idempotencyKey &&
            idempotencyLabelValue(request.idempotencyKey),
        ),
      },
      annotations: {
        ...base.annotations,
        [HARVESTER_LABELS.volumeClaimTemplates]: JSON.stringify(base.claims),
        [HARVESTER_ANNOTATIONS.owner]: input.owner,
        [HARVESTER_ANNOTATIONS.createdBy]: input.createdBy,
        ...optional(DESCRIPTION_ANNOTATION, request.description),
        ...optional(HARVESTER_LABELS.templateVersion, template?.versionId),
        ...optional(
          HARVESTER_LABELS.sshNames,
          sources.keyPairs.length
            ? JSON.stringify(sources.keyPairs)
            : undefined,
        ),
      },
    },
    spec,
  };
}
