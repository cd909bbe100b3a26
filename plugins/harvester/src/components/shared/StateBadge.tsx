import type {
  HostState,
  ReadinessLevel,
  VmState,
} from '@internal/plugin-harvester-common';
import { Tone, ToneChip } from '@internal/portal-react';

export const vmStateTones: Record<VmState, Tone> = {
  Running: 'success',
  Stopped: 'neutral',
  Starting: 'info',
  Stopping: 'info',
  Paused: 'warning',
  Migrating: 'info',
  Provisioning: 'info',
  Restoring: 'info',
  Error: 'danger',
  Unknown: 'neutral',
};

/** A VM's state as a coloured badge; `message` (a problem) on hover. */
export function VmStateBadge(props: { state: VmState; message?: string }) {
  return (
    <ToneChip
      tone={vmStateTones[props.state] ?? 'neutral'}
      label={props.state}
      title={props.message}
    />
  );
}

export const hostStateTones: Record<HostState, Tone> = {
  Active: 'success',
  Cordoned: 'warning',
  Maintenance: 'warning',
  EnteringMaintenance: 'info',
  NotReady: 'danger',
  Unknown: 'neutral',
};

const hostStateLabels: Partial<Record<HostState, string>> = {
  EnteringMaintenance: 'Entering maintenance',
  NotReady: 'Not ready',
};

export function HostStateBadge(props: { state: HostState }) {
  return (
    <ToneChip
      tone={hostStateTones[props.state] ?? 'neutral'}
      label={hostStateLabels[props.state] ?? props.state}
    />
  );
}

export const readinessTones: Record<ReadinessLevel | 'unknown', Tone> = {
  production: 'success',
  test: 'info',
  below: 'danger',
  unknown: 'neutral',
};
