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

type StepCheck = [ConnectionStepName, () => Promise<StepOutcome | void>];

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a connection test's steps in order, timing each. The first failure
 * is reported with its error and every later step is skipped, so the user
 * sees where the connection broke rather than a cascade of errors.
 */
async function runConnectionSteps(
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

/**
 * What a connection test counts, through whatever the connect step opened.
 * Each count throws to fail its step; `databases` also checks that every
 * database the source names is there.
 */
export type ConnectionProbe = {
  databases(): Promise<number>;
  schemas(): Promise<number>;
  tables(): Promise<number>;
  views(): Promise<number>;
  /** Query history is optional: where it is off, the step is skipped. */
  queries(): Promise<StepOutcome>;
  close(): Promise<void>;
};

/**
 * The connection test of every built-in connector: `connect` opens the
 * probe, the later steps count through it, and it is closed at the end
 * whichever step failed, so a test never leaves a connection open.
 */
export async function testConnectionWith(
  connect: () => Promise<ConnectionProbe>,
): Promise<ConnectionStep[]> {
  let probe: ConnectionProbe | undefined;
  const counted =
    (count: (opened: ConnectionProbe) => Promise<number>) => async () => ({
      count: await count(probe!),
    });
  try {
    return await runConnectionSteps([
      [
        'connect',
        async () => {
          probe = await connect();
        },
      ],
      ['databases', counted(p => p.databases())],
      ['schemas', counted(p => p.schemas())],
      ['tables', counted(p => p.tables())],
      ['views', counted(p => p.views())],
      ['queries', () => probe!.queries()],
    ]);
  } finally {
    await probe?.close().catch(() => {});
  }
}
