import { KubeApiError } from '../kube/KubeApiError';
import { KubeObject } from '../kube/KubeObject';
import {
  ClusterState,
  SimulationContext,
  timestamp,
} from './SimulationContext';

const LAUNCHER_IMAGE = 'registry.suse.com/suse/sles/15.6/virt-launcher:1.4.1';

const createdBy = (pod: KubeObject) =>
  pod.metadata.labels?.['kubevirt.io/created-by'];

/** Pods need the namespace's default ServiceAccount, which kube-controller-manager makes. */
async function ensureServiceAccount(
  ctx: SimulationContext,
  namespace: string,
  known: Set<string>,
) {
  if (known.has(namespace)) return;
  try {
    await ctx.api.create('serviceAccount', {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'default', namespace },
    });
  } catch (error) {
    if (!(error instanceof KubeApiError && error.code === 409)) throw error;
  }
  known.add(namespace);
}

function launcherPodFor(vmi: KubeObject, nodeName: string): KubeObject {
  const { name, namespace, uid } = vmi.metadata;
  const resources = vmi.spec?.domain?.resources ?? {};
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: '',
      generateName: `virt-launcher-${name}-`,
      namespace,
      labels: {
        'kubevirt.io': 'virt-launcher',
        'kubevirt.io/created-by': uid!,
        'kubevirt.io/domain': name,
        'vm.kubevirt.io/name': name,
        'harvesterhci.io/vmName': name,
      },
      ownerReferences: [
        {
          apiVersion: 'kubevirt.io/v1',
          kind: 'VirtualMachineInstance',
          name,
          uid: uid!,
          controller: true,
        },
      ],
    },
    spec: {
      nodeName,
      automountServiceAccountToken: false,
      containers: [
        {
          name: 'compute',
          image: LAUNCHER_IMAGE,
          resources: {
            ...(resources.requests ? { requests: resources.requests } : {}),
            ...(resources.limits ? { limits: resources.limits } : {}),
          },
        },
      ],
    },
  };
}

/**
 * One virt-launcher pod per running VMI, on the VMI's node (moved after a
 * migration); pods of VMIs that are gone or stopped are deleted, since no
 * garbage collector runs on a bare API server.
 */
export async function reconcileLauncherPods(
  ctx: SimulationContext,
  state: ClusterState,
  knownServiceAccounts: Set<string>,
): Promise<void> {
  const running = state.vmis.filter(
    v => v.status?.phase === 'Running' && v.status?.nodeName,
  );
  const keep = new Set<string>();
  for (const vmi of running) {
    const nodeName = vmi.status.nodeName;
    const pods = state.pods.filter(p => createdBy(p) === vmi.metadata.uid);
    const current = pods.find(p => p.spec?.nodeName === nodeName);
    if (current) {
      keep.add(current.metadata.uid!);
      continue;
    }
    const namespace = vmi.metadata.namespace!;
    await ensureServiceAccount(ctx, namespace, knownServiceAccounts);
    const pod = await ctx.api
      .create('pod', launcherPodFor(vmi, nodeName))
      .catch(error => {
        // The namespace was recreated without its service account: make it again.
        if (error instanceof KubeApiError && error.code === 403) {
          knownServiceAccounts.delete(namespace);
        }
        throw error;
      });
    await ctx.api.patchStatus('pod', namespace, pod.metadata.name, {
      phase: 'Running',
      podIP: vmi.status.interfaces?.[0]?.ipAddress,
      startTime: timestamp(),
      conditions: [
        { type: 'Ready', status: 'True', lastTransitionTime: timestamp() },
      ],
    });
  }
  for (const pod of state.pods) {
    if (!keep.has(pod.metadata.uid!)) {
      await ctx.api.delete('pod', pod.metadata.namespace, pod.metadata.name, {
        gracePeriodSeconds: 0,
      });
    }
  }
}
