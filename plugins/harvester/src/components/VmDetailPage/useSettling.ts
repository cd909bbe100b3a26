import { useEffect, useState } from 'react';
import type { VmState, VmSummary } from '@internal/plugin-harvester-common';
import { usePolling } from '@internal/portal-react';

const POLL_MS = 2000;
const GIVE_UP_MS = 120_000;
const transitional: VmState[] = [
  'Starting',
  'Stopping',
  'Migrating',
  'Provisioning',
  'Restoring',
];

/** A VM on its way to another state, which views follow until it settles. */
export function isTransitional(state: VmState): boolean {
  return transitional.includes(state);
}

type Watch = { state: VmState; host?: string; since: number; passed: boolean };

/**
 * After an action, reloads the VM every 2 s until it settles: out of any
 * transitional state and changed (another state or host, or it went
 * through a transition, as a restart does). Gives up after 2 minutes.
 */
export function useSettling(vm: VmSummary | undefined, reload: () => void) {
  const [watch, setWatch] = useState<Watch>();

  usePolling(
    watch !== undefined,
    () => {
      if (watch && Date.now() - watch.since > GIVE_UP_MS) {
        setWatch(undefined);
      } else {
        reload();
      }
    },
    POLL_MS,
  );

  useEffect(() => {
    if (!watch || !vm) return;
    if (isTransitional(vm.state)) {
      if (!watch.passed) setWatch({ ...watch, passed: true });
      return;
    }
    if (watch.passed || vm.state !== watch.state || vm.host !== watch.host) {
      setWatch(undefined);
    }
  }, [vm, watch]);

  return {
    settling: watch !== undefined,
    /** Starts watching from the VM as it is now. */
    start: () =>
      vm &&
      setWatch({
        state: vm.state,
        host: vm.host,
        since: Date.now(),
        passed: false,
      }),
  };
}
