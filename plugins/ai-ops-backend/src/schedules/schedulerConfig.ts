import { Config } from '@backstage/config';

export type SchedulerConfig = {
  /** How often due schedules are looked for (the scheduler task's cadence). */
  tickSeconds: number;
  /** A fire time older than this when its tick comes was missed. */
  graceSeconds: number;
  /** Missed fire times `catchUp: all` fires at most, the latest ones. */
  catchUpLimit: number;
};

/** `aiOps.scheduler`: tickSeconds 15, graceSeconds 60, catchUpLimit 10. */
export function readSchedulerConfig(config: Config): SchedulerConfig {
  const scheduler = config.getOptionalConfig('aiOps.scheduler');
  return {
    tickSeconds: scheduler?.getOptionalNumber('tickSeconds') ?? 15,
    graceSeconds: scheduler?.getOptionalNumber('graceSeconds') ?? 60,
    catchUpLimit: scheduler?.getOptionalNumber('catchUpLimit') ?? 10,
  };
}
