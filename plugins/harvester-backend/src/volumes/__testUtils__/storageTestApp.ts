import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { portalRuleNames } from '@internal/plugin-authz-common';
import { HarvesterResourceType } from '@internal/plugin-harvester-common';
import express from 'express';
import { ClusterRegistry } from '../../clusters/ClusterRegistry';
import { TestCluster } from '../../__testUtils__/testCluster';
import {
  createTestApp,
  createTestContext,
  TestGrants,
} from '../../__testUtils__/testContext';
import { KubeObject } from '../../kube/KubeObject';
import { kubeConfigFor } from '../../kube/kubeConfigFor';
import { createKubeRequester } from '../../kube/kubeRequest';
import { KindKey, kindPath } from '../../kube/resourceKinds';
import { HarvesterContext } from '../../service/HarvesterContext';

/** A CONDITIONAL decision: one portal rule with its values. */
export function resourceCondition(
  resourceType: HarvesterResourceType,
  rule: keyof typeof portalRuleNames,
  values: string[],
): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'harvester',
    resourceType,
    conditions: {
      rule: portalRuleNames[rule],
      resourceType,
      params: { values },
    },
  };
}

/** One area's router over `registry`, with its context (auditor mock). */
export async function areaTestApp(
  createRouter: (context: HarvesterContext) => Promise<express.Router>,
  registry: ClusterRegistry,
  grants: TestGrants,
) {
  const context = createTestContext({ registry, grants });
  return { app: createTestApp(await createRouter(context)), context };
}

/**
 * Writes `status` through the status subresource (PVCs, volume snapshots,
 * templates), as their controllers would, and waits for the cache.
 */
export async function writeStatus(
  cluster: TestCluster,
  kind: KindKey,
  name: string,
  status: object,
): Promise<KubeObject> {
  const request = createKubeRequester(
    kubeConfigFor(cluster.definition, cluster.token),
    cluster.definition.name,
  );
  const written: KubeObject = await request({
    method: 'PATCH',
    path: `${kindPath(kind, cluster.namespace, name)}/status`,
    body: { status },
    contentType: 'application/merge-patch+json',
  });
  await cluster.cached(
    kind,
    cluster.namespace,
    name,
    o => o?.metadata.resourceVersion === written.metadata.resourceVersion,
  );
  return written;
}

/** An image in the state its conditions give (images have no status subresource). */
export function imageFixture(
  cluster: TestCluster,
  name: string,
  options: {
    displayName?: string;
    imported?: 'True' | 'False' | 'Unknown';
    progress?: number;
    message?: string;
    size?: number;
    labels?: Record<string, string>;
  } = {},
) {
  return cluster.client.create('image', {
    metadata: { name, namespace: cluster.namespace, labels: options.labels },
    spec: {
      displayName: options.displayName ?? name,
      sourceType: 'download',
      url: `https://images.example/${name}.qcow2`,
    },
    status: {
      progress: options.progress,
      size: options.size,
      storageClassName: `longhorn-${name}`,
      conditions: options.imported
        ? [
            {
              type: 'Imported',
              status: options.imported,
              message: options.message,
            },
          ]
        : [],
    },
  });
}
