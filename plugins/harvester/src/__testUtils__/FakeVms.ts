import { ConflictError, InputError } from '@backstage/errors';
import {
  parseHarvesterRef,
  stringifyHarvesterRef,
  VmAction,
  VmState,
  VmSummary,
} from '@internal/plugin-harvester-common';
import type { HarvesterVmsApi } from '../api/HarvesterApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { FakeClusters } from './FakeClusters';
import {
  clone,
  findOr404,
  listPage,
  refuseDuplicate,
  removeOr404,
} from './fakeHelpers';

/** Where an action leaves a VM: a state on the way, then the final one. */
const outcomes: Record<
  VmAction,
  { via?: VmState; to: VmState; from: VmState[] }
> = {
  start: { via: 'Starting', to: 'Running', from: ['Stopped', 'Error'] },
  stop: {
    via: 'Stopping',
    to: 'Stopped',
    from: ['Running', 'Paused', 'Error'],
  },
  restart: { via: 'Starting', to: 'Running', from: ['Running'] },
  pause: { to: 'Paused', from: ['Running'] },
  unpause: { to: 'Running', from: ['Paused'] },
  migrate: { via: 'Migrating', to: 'Running', from: ['Running'] },
  'abort-migration': { to: 'Running', from: ['Migrating'] },
};

/**
 * VMs of the in-memory fake. Actions refuse states the server refuses
 * (409) and pass through the state on the way for one read, so a page
 * that polls sees the VM settle.
 */
export class FakeVms extends FakeClusters implements HarvesterVmsApi {
  templates = clone(fixtures.templates);
  keyPairs = clone(fixtures.keyPairs);
  backups = clone(fixtures.backups);
  /** Final states still to come, by VM ref, after `readsLeft` more reads. */
  settling = new Map<
    string,
    { final: Partial<VmSummary>; readsLeft: number }
  >();

  /** Lists are computed on each call here: nothing to start early. */
  prefetchVms(_query: T.VmListQuery) {}

  async listVms(query: T.VmListQuery) {
    this.#settleAll();
    return listPage(
      this.vms,
      query,
      vm =>
        (!query.state?.length || query.state.includes(vm.state)) &&
        (!query.host?.length || query.host.includes(vm.host ?? '')),
    );
  }

  async getVm(ref: T.NamespacedRef) {
    this.#settle(ref);
    const vm = findOr404(this.vms, ref);
    return clone({
      ...vm,
      ...fixtures.vmDetailExtras(vm),
      backups: this.backups.filter(
        b =>
          b.cluster === vm.cluster &&
          b.namespace === vm.namespace &&
          b.sourceVm === vm.name,
      ),
      events: this.events.filter(e => e.object.endsWith(`/${vm.name}`)),
    });
  }

  async createVm(target: T.NamespaceTarget, request: T.VmCreateRequest) {
    const ref = { ...target, name: request.name };
    const manifest = {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name: request.name, namespace: target.namespace },
      spec: { runStrategy: request.runStrategy ?? 'RerunOnFailure' },
    };
    if (request.dryRun) {
      return { vm: clone(this.#newVm(ref, request)), created: false, manifest };
    }
    refuseDuplicate(this.vms, ref);
    const vm = this.#newVm(ref, request);
    this.vms.push(vm);
    return { vm: clone(vm), created: true };
  }

  async cloneVm(ref: T.NamespacedRef, request: T.VmCloneRequest) {
    const source = findOr404(this.vms, ref);
    const target = {
      ...ref,
      namespace: request.namespace ?? ref.namespace,
      name: request.name,
    };
    refuseDuplicate(this.vms, target);
    const copy: VmSummary = {
      ...clone(source),
      ...target,
      uid: `uid-${stringifyHarvesterRef(target)}`,
      state:
        request.runStrategy === 'Halted' || !request.runStrategy
          ? 'Stopped'
          : 'Starting',
      host: undefined,
      ipAddresses: [],
    };
    this.vms.push(copy);
    return { vm: clone(copy), created: true };
  }

  async runVmAction(
    ref: T.NamespacedRef,
    action: VmAction,
    request: T.VmActionRequest = {},
  ) {
    const vm = findOr404(this.vms, ref);
    const outcome = outcomes[action];
    if (!outcome.from.includes(vm.state)) {
      throw new ConflictError(
        `cannot ${action} ${vm.name} while it is ${vm.state}`,
      );
    }
    const final: Partial<VmSummary> = { state: outcome.to };
    if (action === 'migrate') {
      final.host =
        request.targetHost ??
        this.hosts.find(h => h.cluster === vm.cluster && h.name !== vm.host)
          ?.name;
    }
    if (action === 'stop') final.host = undefined;
    if (outcome.via) {
      vm.state = outcome.via;
      this.settling.set(stringifyHarvesterRef(vm), { final, readsLeft: 1 });
    } else {
      Object.assign(vm, final);
    }
    return {
      ok: true,
      message: `${action} ${vm.name}`,
      target: stringifyHarvesterRef(vm),
    };
  }

  async getVmDeletePlan(
    ref: T.NamespacedRef,
    options: { removeVolumes: boolean },
  ) {
    const vm = findOr404(this.vms, ref);
    const claims = this.volumes
      .filter(
        v =>
          v.cluster === vm.cluster &&
          v.namespace === vm.namespace &&
          v.attachedVm === vm.name,
      )
      .map(v => v.name);
    return {
      vm: stringifyHarvesterRef(vm),
      volumesDeleted: options.removeVolumes ? claims : [],
      volumesKept: options.removeVolumes ? [] : claims,
    };
  }

  async deleteVm(
    ref: T.NamespacedRef,
    options: { removeVolumes: boolean; confirm: string },
  ) {
    if (options.confirm !== ref.name)
      throw new InputError('confirm: must repeat the VM name');
    const plan = await this.getVmDeletePlan(ref, options);
    removeOr404(this.vms, ref);
    this.volumes = this.volumes.filter(
      v =>
        !(
          v.cluster === ref.cluster &&
          v.namespace === ref.namespace &&
          plan.volumesDeleted.includes(v.name)
        ),
    );
    return options.removeVolumes
      ? {
          ok: true,
          message: `volumes deleted: ${
            plan.volumesDeleted.join(', ') || 'none'
          }`,
        }
      : {
          ok: true,
          message: `volumes kept: ${plan.volumesKept.join(', ') || 'none'}`,
        };
  }

  async runBulkVmAction(request: T.VmBulkActionRequest) {
    const results = [];
    for (const vm of request.vms) {
      const ref = parseHarvesterRef(vm) as T.NamespacedRef;
      try {
        const result =
          request.action === 'delete'
            ? await this.deleteVm(ref, {
                removeVolumes: request.removeVolumes ?? false,
                confirm: ref.name,
              })
            : await this.runVmAction(ref, request.action);
        results.push({ ...result, vm });
      } catch (e) {
        results.push({ vm, ok: false, message: (e as Error).message });
      }
    }
    return { results };
  }

  async listTemplates(query: { cluster?: string; namespace?: string }) {
    return clone(
      this.templates.filter(
        t =>
          (!query.cluster || t.cluster === query.cluster) &&
          (!query.namespace || t.namespace === query.namespace),
      ),
    );
  }

  async listKeyPairs(query: { cluster?: string; namespace?: string }) {
    return clone(
      this.keyPairs.filter(
        k =>
          (!query.cluster || k.cluster === query.cluster) &&
          (!query.namespace || k.namespace === query.namespace),
      ),
    );
  }

  #newVm(ref: T.NamespacedRef, request: T.VmCreateRequest): VmSummary {
    return {
      ...ref,
      uid: `uid-${stringifyHarvesterRef(ref)}`,
      state: request.runStrategy === 'Halted' ? 'Stopped' : 'Starting',
      runStrategy: request.runStrategy ?? 'RerunOnFailure',
      ipAddresses: [],
      cpuCores: request.cpuCores ?? 1,
      memoryBytes: fixtures.GiB,
      storageBytes: 10 * fixtures.GiB,
      owner: request.owner ?? 'user:default/tester',
      tags: request.tags ?? [],
      labels: request.labels ?? {},
      entityRef: `resource:${ref.cluster}/${ref.namespace}.${ref.name}`,
      createdAt: fixtures.now,
    };
  }

  #settle(ref: T.NamespacedRef) {
    const key = stringifyHarvesterRef(ref);
    const pending = this.settling.get(key);
    if (!pending) return;
    if (pending.readsLeft > 0) {
      pending.readsLeft -= 1;
      return;
    }
    this.settling.delete(key);
    Object.assign(findOr404(this.vms, ref), pending.final);
  }

  #settleAll() {
    for (const key of [...this.settling.keys()]) {
      this.#settle(parseHarvesterRef(key) as T.NamespacedRef);
    }
  }
}
