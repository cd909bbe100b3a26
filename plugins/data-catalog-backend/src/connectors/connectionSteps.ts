import {
  ConnectionStep,
  ConnectionStepName,
} from '@internal/plugin-data-catalog-common';

/** What one step found; `skipped` reports an optional feature as absent. */
export type StepOutcome = {
  count?: number;
  detail?: string;
  skipped?: boolean;
};

export type StepCheck = [ConnectionStepName, () => Promise<StepOutcome | void>];

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a connection test's steps in order, timing each. The first failure
 * is reported with its error and every later step is skipped, so the user
 * sees where the connection broke rather than a cascade of errors.
 */
export async function runConnectionSteps(
  checks: StepCheck[],
): Promise<ConnectionStep[]> {
  const steps: ConnectionStep[] = [];
  let failed: ConnectionStepName | undefined;
  for (const [step, check] of checks) {
    if (failed) {
      steps.push({
        step,
        status: 'skipped',
        durationMs: 0,
        detail: `not run: '${failed}' failed`,
      });
      continue;
    }
    const started = performance.now();
    try {
      const outcome = (await check()) ?? {};
      steps.push({
        step,
        status: outcome.skipped ? 'skipped' : 'ok',
        durationMs: Math.round(performance.now() - started),
        ...(outcome.count !== undefined && { count: outcome.count }),
        ...(outcome.detail !== undefined && { detail: outcome.detail }),
      });
    } catch (error) {
      failed = step;
      steps.push({
        step,
        status: 'failed',
        durationMs: Math.round(performance.now() - started),
        detail: errorMessage(error),
      });
    }
  }
  return steps;
}
