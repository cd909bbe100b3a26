import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { RunLauncher } from '../runs/RunLauncher';
import { findWorkspaceByName } from '../tenancy/workspaceRows';
import { CronSchedule } from './cronSchedule';
import { launchFire } from './launchFire';
import { planFires } from './planFires';
import { SchedulerConfig } from './schedulerConfig';
import { DueSchedule, FireRecord, ScheduleStore } from './ScheduleStore';

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/**
 * One pass over the schedules whose time has come: applies each one's
 * catch-up policy and max concurrency, claims the fires together with the
 * next fire time (so racing ticks fire each time once), then starts the
 * runs. A fire is claimed before its run starts: a crash in between loses
 * that fire rather than starting it twice.
 */
export class ScheduleTicker {
  private readonly store: ScheduleStore;

  constructor(
    private readonly deps: {
      knex: Knex;
      launcher: RunLauncher;
      logger: LoggerService;
      config: SchedulerConfig;
    },
  ) {
    this.store = new ScheduleStore(deps.knex);
  }

  async tick(now: Date = new Date()): Promise<void> {
    for (const due of await this.store.due(now)) {
      try {
        await this.fire(due, now);
      } catch (error) {
        this.deps.logger.error(
          `Schedule ${due.schedule.id} of pipeline ${
            due.schedule.pipelineId
          } could not fire: ${messageOf(error)}`,
        );
      }
    }
  }

  private async fire(due: DueSchedule, now: Date) {
    const { schedule } = due;
    const { launcher, config } = this.deps;
    const cron = CronSchedule.parse(schedule.cron, schedule.timezone);
    const plan = planFires(
      schedule.catchUp,
      cron.dueBetween(
        new Date(schedule.nextFireAt!),
        now,
        schedule.catchUp === 'all' ? config.catchUpLimit : 1,
      ),
      now,
      config.graceSeconds * 1000,
    );
    let active = plan.some(decision => decision.start)
      ? await launcher.countActive(
          due.workspaceId,
          schedule.pipelineId,
          schedule.id,
        )
      : 0;
    const fires: FireRecord[] = plan.map(({ fireTime, start, reason }) => {
      if (start && active >= schedule.maxConcurrency) {
        return {
          fireTime,
          status: 'skipped',
          reason: `max concurrency ${schedule.maxConcurrency} reached (${active} runs active)`,
        };
      }
      if (start) active += 1;
      return { fireTime, status: start ? 'started' : 'skipped', reason };
    });
    if (!(await this.store.claimFires(due, fires, cron.nextAfter(now)))) {
      return;
    }
    const workspace = await findWorkspaceByName(
      this.deps.knex,
      schedule.workspace,
    );
    for (const fire of fires.filter(f => f.status === 'started')) {
      await launchFire(
        this.store,
        launcher,
        workspace!,
        schedule,
        fire.fireTime,
      ).catch(error =>
        this.deps.logger.warn(
          `Schedule ${
            schedule.id
          } fired at ${fire.fireTime.toISOString()} but its run did not start: ${messageOf(
            error,
          )}`,
        ),
      );
    }
  }
}
