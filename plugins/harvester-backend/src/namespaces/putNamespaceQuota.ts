import {
  NamespaceQuota,
  NamespaceSummary,
} from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { KubeObject } from '../kube/KubeObject';
import { HarvesterContext } from '../service/HarvesterContext';
import { auditChange } from '../service/auditChange';
import {
  hardLimitsOf,
  QUOTA_NAME,
  quotaOf,
  QuotaRequest,
  requireQuotaCoversUsage,
} from './namespaceQuota';

/**
 * Creates, replaces or (when nothing is limited) deletes the namespace's
 * `portal-quota` ResourceQuota; 400 naming the field when a limit is
 * below what the namespace's VMs already take. Resolves to the new quota.
 */
export async function putNamespaceQuota(
  context: Pick<HarvesterContext, 'auditor'>,
  req: Request,
  handle: ClusterHandle,
  current: NamespaceSummary,
  request: QuotaRequest,
): Promise<NamespaceQuota | undefined> {
  requireQuotaCoversUsage(request, current);
  const namespace = current.name;
  const hard = hardLimitsOf(request);
  return auditChange(
    context,
    req,
    'namespace-quota',
    { cluster: handle.name, name: namespace, before: current.quota ?? null },
    async () => {
      const client = handle.clientFor(req);
      const existing = await client.get('resourceQuota', namespace, QUOTA_NAME);
      let written: KubeObject | undefined;
      if (!Object.keys(hard).length) {
        if (existing)
          await client.delete('resourceQuota', namespace, QUOTA_NAME);
      } else if (existing) {
        written = await client.replace('resourceQuota', {
          ...existing,
          spec: { ...existing.spec, hard },
        });
      } else {
        written = await client.create('resourceQuota', {
          apiVersion: 'v1',
          kind: 'ResourceQuota',
          metadata: { name: QUOTA_NAME, namespace },
          spec: { hard },
        });
      }
      const quota = quotaOf(written);
      return { result: quota, meta: { after: quota ?? null } };
    },
  );
}
