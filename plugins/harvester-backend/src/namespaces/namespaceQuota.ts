import { InputError } from '@backstage/errors';
import {
  NamespaceQuota,
  NamespaceSummary,
} from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { formatBytes, parseQuantity } from '../kube/quantity';

/** The core ResourceQuota the portal manages in each namespace. */
export const QUOTA_NAME = 'portal-quota';

/** Quota fields and the ResourceQuota `spec.hard` keys they set. */
const hardKeys = {
  cpuCores: 'limits.cpu',
  memoryBytes: 'limits.memory',
  storageBytes: 'requests.storage',
  vmCount: 'count/virtualmachines.kubevirt.io',
} as const satisfies Record<keyof NamespaceQuota, string>;

type QuotaField = keyof typeof hardKeys;

/** `namespaceQuotaSchema` after parsing: quantities still as written. */
export type QuotaRequest = {
  cpuCores?: number;
  memory?: string;
  storage?: string;
  vmCount?: number;
};

/** Request field names, for 400s that name what the caller sent. */
const requestFields: Record<QuotaField, keyof QuotaRequest> = {
  cpuCores: 'cpuCores',
  memoryBytes: 'memory',
  storageBytes: 'storage',
  vmCount: 'vmCount',
};

export function quotaOf(
  quota: KubeObject | undefined,
): NamespaceQuota | undefined {
  const hard: Record<string, string> = quota?.spec?.hard ?? {};
  const entries = Object.entries(hardKeys).flatMap(([field, key]) => {
    const value = parseQuantity(hard[key]);
    return value === undefined ? [] : [[field, value]];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** `spec.hard` for a request; empty when it limits nothing. */
export function hardLimitsOf(request: QuotaRequest): Record<string, string> {
  const values: Record<QuotaField, string | number | undefined> = {
    cpuCores: request.cpuCores,
    memoryBytes: request.memory,
    storageBytes: request.storage,
    vmCount: request.vmCount,
  };
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => [hardKeys[field as QuotaField], String(value)]),
  );
}

/** 400 naming the first field whose limit is below what the VMs use now. */
export function requireQuotaCoversUsage(
  request: QuotaRequest,
  current: Pick<NamespaceSummary, 'usage' | 'vmCount'>,
): void {
  const used: Record<QuotaField, number> = {
    cpuCores: current.usage.cpuCores,
    memoryBytes: current.usage.memoryBytes,
    storageBytes: current.usage.storageBytes,
    vmCount: current.vmCount,
  };
  const limits =
    quotaOf({
      metadata: { name: QUOTA_NAME },
      spec: { hard: hardLimitsOf(request) },
    }) ?? {};
  for (const [field, limit] of Object.entries(limits) as [
    QuotaField,
    number,
  ][]) {
    if (limit < used[field]) {
      const isBytes = field === 'memoryBytes' || field === 'storageBytes';
      const show = (n: number) => (isBytes ? formatBytes(n) : String(n));
      throw new InputError(
        `Invalid request: ${requestFields[field]}: ${show(
          limit,
        )} is below the ${show(used[field])} the namespace's VMs already use`,
      );
    }
  }
}
