import { ConflictError } from '@backstage/errors';
import {
  RunState,
  StateChange,
  TaskState,
} from '@internal/plugin-ai-ops-common';

/** Every move a run may make; anything else is a bug or a stale request. */
const RUN_TRANSITIONS: Record<RunState, RunState[]> = {
  PENDING: ['RUNNING', 'CANCELING', 'CANCELED', 'FAILED'],
  RUNNING: ['SUCCEEDED', 'FAILED', 'PAUSED', 'CANCELING'],
  PAUSED: ['RUNNING', 'CANCELING', 'SUCCEEDED', 'FAILED'],
  CANCELING: ['CANCELED'],
  SUCCEEDED: [],
  FAILED: [],
  SKIPPED: [],
  CANCELED: [],
};

/** Every move a task may make (RUNNING → PENDING is a retry). */
const TASK_TRANSITIONS: Record<TaskState, TaskState[]> = {
  PENDING: ['RUNNING', 'SKIPPED', 'CANCELED', 'FAILED'],
  RUNNING: ['SUCCEEDED', 'FAILED', 'PENDING', 'CANCELING', 'CANCELED'],
  // An attempt may finish for real before the cancel reaches it.
  CANCELING: ['CANCELED', 'SUCCEEDED', 'FAILED'],
  PAUSED: [],
  SUCCEEDED: [],
  FAILED: [],
  SKIPPED: [],
  CANCELED: [],
};

export function canMove(
  kind: 'run' | 'task',
  from: RunState,
  to: RunState,
): boolean {
  return (kind === 'run' ? RUN_TRANSITIONS : TASK_TRANSITIONS)[from].includes(
    to,
  );
}

/** The one check of every state change: a 409 naming both states. */
export function checkMove(
  kind: 'run' | 'task',
  from: RunState,
  to: RunState,
): void {
  if (!canMove(kind, from, to)) {
    throw new ConflictError(`A ${kind} cannot go from ${from} to ${to}`);
  }
}

/** States a run or task in which nothing of it has ended yet. */
export const ACTIVE_RUN_STATES: RunState[] = [
  'PENDING',
  'RUNNING',
  'PAUSED',
  'CANCELING',
];

export function historyEntry(
  state: RunState,
  at: Date,
  reason?: string,
  by?: string,
): StateChange {
  return {
    state,
    at: at.toISOString(),
    ...(reason && { reason }),
    ...(by && { by }),
  };
}
