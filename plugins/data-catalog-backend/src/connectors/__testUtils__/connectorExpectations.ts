import {
  ConnectionStep,
  ConnectionStepName,
} from '@internal/plugin-data-catalog-common';

/** A column as a snapshot reports it; `extra` adds keys, comments, defaults. */
export const column = (
  name: string,
  ordinal: number,
  dataType: string,
  nullable: boolean,
  extra: object = {},
) => ({ name, ordinal, dataType, nullable, isPrimaryKey: false, ...extra });

const stepOrder: ConnectionStepName[] = [
  'connect',
  'databases',
  'schemas',
  'tables',
  'views',
  'queries',
];

function expectedStatus(index: number, failedAt: number) {
  if (index < failedAt) return 'ok';
  return index === failedAt ? 'failed' : 'skipped';
}

/** Each step with its status, to compare with `stoppedAt`. */
export function statuses(steps: ConnectionStep[]) {
  return steps.map(s => [s.step, s.status]);
}

/**
 * The statuses of a test that stopped at `failed`: the steps before it
 * passed and the rest were skipped.
 */
export function stoppedAt(failed: ConnectionStepName) {
  const at = stepOrder.indexOf(failed);
  return stepOrder.map((step, index) => [step, expectedStatus(index, at)]);
}

/** The error of the failed step. */
export function failure(steps: ConnectionStep[]) {
  return steps.find(s => s.status === 'failed')?.detail;
}
