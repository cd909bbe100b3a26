import {
  CatchUpPolicy,
  Schedule,
  ScheduleFire,
  ScheduleFireStatus,
  Trigger,
  TriggerEventType,
} from '@internal/plugin-ai-ops-common';
import {
  optionalText,
  parseJsonColumn,
  toIso,
  toIsoOrUndefined,
} from '../database/dbValues';

type Row = Record<string, unknown>;

export function toSchedule(row: Row, workspace: string): Schedule {
  return {
    id: String(row.id),
    workspace,
    pipelineId: String(row.pipeline_id),
    name: String(row.name),
    cron: String(row.cron),
    timezone: String(row.timezone),
    enabled: Boolean(row.enabled),
    catchUp: row.catch_up as CatchUpPolicy,
    maxConcurrency: Number(row.max_concurrency),
    params: parseJsonColumn(row.params, {}),
    nextFireAt: toIsoOrUndefined(row.next_fire_at),
    lastFiredAt: toIsoOrUndefined(row.last_fired_at),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

export function toScheduleFire(row: Row): ScheduleFire {
  return {
    scheduleId: String(row.schedule_id),
    fireTime: toIso(row.fire_time),
    status: row.status as ScheduleFireStatus,
    reason: optionalText(row.reason),
    runId: optionalText(row.run_id),
    decidedAt: toIso(row.decided_at),
  };
}

export function toTrigger(row: Row, workspace: string): Trigger {
  return {
    id: String(row.id),
    workspace,
    pipelineId: String(row.pipeline_id),
    eventType: row.event_type as TriggerEventType,
    filter: parseJsonColumn(row.filter, {}),
    params: parseJsonColumn(row.params, {}),
    enabled: Boolean(row.enabled),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
