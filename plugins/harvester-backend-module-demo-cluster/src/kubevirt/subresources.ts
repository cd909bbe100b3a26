import { KubeApiError, conflict, notFound } from '../kube/KubeApiError';
import { Condition, KubeObject, withCondition } from '../kube/KubeObject';
import { KubeResources } from '../kube/KubeResources';
import {
  instanceFor,
  isFinal,
  isPaused,
  runStrategyOf,
} from './virtualMachines';

export type KubevirtSubresource = {
  resource: 'virtualmachines' | 'virtualmachineinstances';
  namespace: string;
  name: string;
  action: string;
};

const GROUP = 'kubevirt.io';

async function requireVm(api: KubeResources, namespace: string, name: string) {
  const vm = await api.get('vm', namespace, name);
  if (!vm) throw notFound('virtualmachines', name, GROUP);
  return vm;
}

const isActive = (vmi: KubeObject | undefined): vmi is KubeObject =>
  !!vmi && !isFinal(vmi);

async function start(api: KubeResources, vm: KubeObject, vmi?: KubeObject) {
  const { namespace, name } = vm.metadata;
  if (isActive(vmi) && vmi.status?.phase)
    throw conflict('VM is already running');
  const strategy = runStrategyOf(vm);
  if (strategy === 'Always' || strategy === 'Once') {
    throw conflict(`${strategy} does not support manual start requests`);
  }
  if (strategy === 'Halted') {
    await api.patch('vm', namespace, name, {
      spec: { runStrategy: 'Always', running: null },
    });
    return;
  }
  await api.patchStatus('vm', namespace, name, {
    stateChangeRequests: [{ action: 'Start' }],
  });
}

async function stop(api: KubeResources, vm: KubeObject, vmi?: KubeObject) {
  const { namespace, name } = vm.metadata;
  const strategy = runStrategyOf(vm);
  if (strategy === 'Always' || strategy === 'RerunOnFailure') {
    await api.patch('vm', namespace, name, {
      spec: { runStrategy: 'Halted', running: null },
    });
    return;
  }
  if (!isActive(vmi)) throw conflict('VM is not running');
  if (strategy === 'Halted') {
    // A VMI left over from before the VM was halted: stop it now.
    await api.delete('vmi', namespace, name);
    return;
  }
  await api.patchStatus('vm', namespace, name, {
    stateChangeRequests: [{ action: 'Stop', uid: vmi.metadata.uid }],
  });
}

/** KubeVirt stops and starts the VMI: a new VMI (new uid) replaces the old one. */
async function restart(api: KubeResources, vm: KubeObject, vmi?: KubeObject) {
  if (runStrategyOf(vm) === 'Halted') {
    throw conflict('Halted does not support manual restart requests');
  }
  if (!isActive(vmi)) throw conflict('VM is not running');
  const { namespace, name } = vm.metadata;
  await api.delete('vmi', namespace, name);
  try {
    await api.create('vmi', instanceFor(vm));
  } catch (error) {
    // The VM's controller was quicker to recreate it.
    if (!(error instanceof KubeApiError && error.code === 409)) throw error;
  }
}

async function migrate(api: KubeResources, vm: KubeObject, vmi?: KubeObject) {
  if (!isActive(vmi) || vmi.status?.phase !== 'Running') {
    throw conflict('VM is not running');
  }
  await api.create('migration', {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachineInstanceMigration',
    metadata: {
      generateName: 'kubevirt-migrate-vm-',
      name: '',
      namespace: vm.metadata.namespace,
    },
    spec: { vmiName: vm.metadata.name },
  });
}

/** Sets or clears the Paused condition on the VMI and on its VM, as virt-handler does. */
async function setPaused(api: KubeResources, vmi: KubeObject, paused: boolean) {
  const { namespace, name } = vmi.metadata;
  const now = new Date().toISOString();
  const pausedCondition: Condition = {
    type: 'Paused',
    status: 'True',
    reason: 'PausedByUser',
    message: 'VMI was paused by user',
  };
  const update = (conditions: Condition[] | undefined) =>
    paused
      ? withCondition(conditions, pausedCondition, now)
      : (conditions ?? []).filter(c => c.type !== 'Paused');
  await api.patchStatus('vmi', namespace, name, {
    conditions: update(vmi.status?.conditions),
  });
  const vm = await api.get('vm', namespace, name);
  if (vm) {
    await api.patchStatus('vm', namespace, name, {
      printableStatus: paused ? 'Paused' : 'Running',
      conditions: update(vm.status?.conditions),
    });
  }
}

async function pause(api: KubeResources, vmi: KubeObject, paused: boolean) {
  if (vmi.status?.phase !== 'Running') throw conflict('VMI is not running');
  if (paused && isPaused(vmi)) throw conflict('VMI is already paused');
  if (!paused && !isPaused(vmi)) throw conflict('VMI is not paused');
  await setPaused(api, vmi, paused);
}

const vmActions = { start, stop, restart, migrate };

/** The API with its writes turned into no-ops, for `dryRun`: checks run, nothing changes. */
function dryRunOf(api: KubeResources): KubeResources {
  return {
    list: (kind, options) => api.list(kind, options),
    get: (kind, namespace, name) => api.get(kind, namespace, name),
    create: async (_kind, object) => object,
    replace: async (_kind, object) => object,
    patch: async (_kind, namespace, name) => ({
      metadata: { namespace, name },
    }),
    patchStatus: async (_kind, namespace, name) => ({
      metadata: { namespace, name },
    }),
    delete: async () => undefined,
  };
}

/**
 * What KubeVirt's virt-api does for `PUT /apis/subresources.kubevirt.io/v1/
 * namespaces/{ns}/{virtualmachines|virtualmachineinstances}/{name}/{action}`,
 * written through the Kubernetes API. With `dryRun` it only checks.
 */
export async function runKubevirtSubresource(
  api: KubeResources,
  target: KubevirtSubresource,
  options: { dryRun?: boolean } = {},
): Promise<void> {
  const { resource, namespace, name, action } = target;
  const writer = options.dryRun ? dryRunOf(api) : api;
  if (resource === 'virtualmachines' && action in vmActions) {
    const vm = await requireVm(api, namespace, name);
    const vmi = await api.get('vmi', namespace, name);
    await vmActions[action as keyof typeof vmActions](writer, vm, vmi);
    return;
  }
  if (
    resource === 'virtualmachineinstances' &&
    (action === 'pause' || action === 'unpause')
  ) {
    const vmi = await api.get('vmi', namespace, name);
    if (!vmi) throw notFound('virtualmachineinstances', name, GROUP);
    await pause(writer, vmi, action === 'pause');
    return;
  }
  throw new KubeApiError(
    404,
    'the server could not find the requested resource',
  );
}
