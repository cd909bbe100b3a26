import { NotFoundError } from '@backstage/errors';
import { Schedule, ScheduleFirePage } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { isUuid } from '../database/idOrName';
import { isUniqueViolation } from '../database/insertUnique';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { toSchedule, toScheduleFire } from './scheduleRows';

export type ScheduleFields = Pick<
  Schedule,
  | 'name'
  | 'cron'
  | 'timezone'
  | 'enabled'
  | 'catchUp'
  | 'maxConcurrency'
  | 'params'
> & {
  /** Unset while disabled. */
  nextFireAt: Date | null;
};

/** A schedule due for a tick, with the stored next fire time as read. */
export type DueSchedule = {
  schedule: Schedule;
  workspaceId: string;
  /** The column's raw value: the tick's compare-and-set compares it. */
  storedNextFireAt: unknown;
};

/** The fires one tick decided for a schedule. */
export type FireRecord = {
  fireTime: Date;
  status: 'started' | 'skipped';
  reason?: string;
};

/** Schedules of pipelines and the record of their fires. */
export class ScheduleStore {
  constructor(private readonly knex: Knex) {}

  async list(
    workspace: WorkspaceRow,
    pipelineId?: string,
  ): Promise<Schedule[]> {
    const query = this.knex('schedules')
      .where('workspace_id', workspace.id)
      .orderBy(['pipeline_id', 'name', 'id']);
    if (pipelineId) query.where('pipeline_id', pipelineId);
    return (await query).map(row => toSchedule(row, workspace.name));
  }

  /** The pipeline's schedule, or a 404 naming it. */
  async require(
    workspace: WorkspaceRow,
    pipelineId: string,
    id: string,
  ): Promise<Schedule> {
    const row =
      isUuid(id) &&
      (await this.knex('schedules')
        .where({ id, workspace_id: workspace.id, pipeline_id: pipelineId })
        .first());
    if (!row) throw new NotFoundError(`No schedule ${id} of this pipeline`);
    return toSchedule(row, workspace.name);
  }

  async create(
    workspace: WorkspaceRow,
    pipelineId: string,
    fields: ScheduleFields,
    actor: string,
  ): Promise<Schedule> {
    const now = new Date();
    const id = randomUUID();
    await this.knex('schedules').insert({
      id,
      workspace_id: workspace.id,
      pipeline_id: pipelineId,
      ...this.columns(fields),
      created_by: actor,
      created_at: now,
      updated_at: now,
    });
    return this.require(workspace, pipelineId, id);
  }

  async update(
    workspace: WorkspaceRow,
    schedule: Schedule,
    fields: ScheduleFields,
  ): Promise<Schedule> {
    await this.knex('schedules')
      .where('id', schedule.id)
      .update({ ...this.columns(fields), updated_at: new Date() });
    return this.require(workspace, schedule.pipelineId, schedule.id);
  }

  async delete(schedule: Schedule): Promise<void> {
    await this.knex.transaction(async tx => {
      await tx('schedule_fires').where('schedule_id', schedule.id).delete();
      await tx('schedules').where('id', schedule.id).delete();
    });
  }

  /** Enabled schedules whose next fire time has come. */
  async due(now: Date): Promise<DueSchedule[]> {
    const rows = await this.knex('schedules as s')
      .join('workspaces as w', 'w.id', 's.workspace_id')
      .where('s.enabled', true)
      .where('s.next_fire_at', '<=', now)
      .select('s.*', { workspace: 'w.name' })
      .orderBy('s.next_fire_at');
    return rows.map(row => ({
      schedule: toSchedule(row, row.workspace),
      workspaceId: row.workspace_id,
      storedNextFireAt: row.next_fire_at,
    }));
  }

  /**
   * Records a tick's decisions and moves the schedule on, in one
   * transaction; false when another tick (another replica) got there
   * first: the next fire time moved, or the fires exist already.
   */
  async claimFires(
    due: DueSchedule,
    fires: FireRecord[],
    nextFireAt: Date,
  ): Promise<boolean> {
    const now = new Date();
    try {
      return await this.knex.transaction(async tx => {
        const moved = await tx('schedules')
          .where('id', due.schedule.id)
          .where('next_fire_at', due.storedNextFireAt as Knex.Value)
          .update({
            next_fire_at: nextFireAt,
            ...(fires.some(f => f.status === 'started') && {
              last_fired_at: now,
            }),
          });
        if (moved === 0) return false;
        if (fires.length > 0) {
          await tx('schedule_fires').insert(
            fires.map(fire => ({
              schedule_id: due.schedule.id,
              fire_time: fire.fireTime,
              status: fire.status,
              reason: fire.reason ?? null,
              decided_at: now,
            })),
          );
        }
        return true;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** A fire outside the ticks (fired now by hand). */
  async recordFire(scheduleId: string, fire: FireRecord): Promise<void> {
    await this.knex('schedule_fires').insert({
      schedule_id: scheduleId,
      fire_time: fire.fireTime,
      status: fire.status,
      reason: fire.reason ?? null,
      decided_at: new Date(),
    });
  }

  /** What became of a started fire: its run, or why it did not start. */
  async settleFire(
    scheduleId: string,
    fireTime: Date,
    outcome: { runId: string } | { error: string },
  ): Promise<void> {
    await this.knex('schedule_fires')
      .where({ schedule_id: scheduleId, fire_time: fireTime })
      .update(
        'runId' in outcome
          ? { run_id: outcome.runId }
          : { status: 'failed', reason: outcome.error.slice(0, 1000) },
      );
  }

  /** A page of the schedule's fires, newest first. */
  async fires(
    scheduleId: string,
    page = { limit: 100, offset: 0 },
  ): Promise<ScheduleFirePage> {
    const fires = this.knex('schedule_fires').where('schedule_id', scheduleId);
    const [rows, [{ count }]] = await Promise.all([
      fires
        .clone()
        .orderBy('fire_time', 'desc')
        .limit(page.limit)
        .offset(page.offset),
      fires.clone().count({ count: '*' }),
    ]);
    const totalCount = Number(count);
    const next = page.offset + rows.length;
    return {
      items: rows.map(toScheduleFire),
      totalCount,
      nextOffset: next < totalCount ? next : undefined,
    };
  }

  private columns(fields: ScheduleFields) {
    return {
      name: fields.name,
      cron: fields.cron,
      timezone: fields.timezone,
      enabled: fields.enabled,
      catch_up: fields.catchUp,
      max_concurrency: fields.maxConcurrency,
      params: JSON.stringify(fields.params),
      next_fire_at: fields.nextFireAt,
    };
  }
}
