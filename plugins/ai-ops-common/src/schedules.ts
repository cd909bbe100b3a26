import { z } from 'zod';

/**
 * What a schedule does about fire times that passed while no backend was
 * running: `none` skips them, `latest` fires once for the whole gap,
 * `all` fires each of them (up to `aiOps.scheduler.catchUpLimit`).
 */
export const CATCH_UP_POLICIES = ['none', 'latest', 'all'] as const;
export type CatchUpPolicy = (typeof CATCH_UP_POLICIES)[number];

/** True for a time zone of the IANA database, e.g. `Europe/Berlin`. */
export function isIanaTimeZone(zone: string): boolean {
  try {
    return Boolean(
      new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions()
        .timeZone,
    );
  } catch {
    return false;
  }
}

/** Five fields: minute hour day-of-month month day-of-week. */
export const cronExpressionSchema = z
  .string()
  .trim()
  .max(200)
  .refine(
    cron => cron.split(/\s+/).length === 5,
    'Expected five fields: minute hour day-of-month month day-of-week',
  );

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaTimeZone, 'Expected an IANA time zone like Europe/Berlin');

const paramsSchema = z.record(z.string(), z.unknown());

/** `POST /workspaces/:ws/pipelines/:id/schedules`. */
export const createScheduleRequestSchema = z
  .object({
    name: z.string().min(1).max(100),
    cron: cronExpressionSchema,
    timezone: timeZoneSchema.default('UTC'),
    enabled: z.boolean().default(true),
    catchUp: z.enum(CATCH_UP_POLICIES).default('none'),
    /** Runs of this schedule unfinished at once; a fire beyond is skipped. */
    maxConcurrency: z.number().int().min(1).max(100).default(1),
    /** Run parameters each fire starts the pipeline with. */
    params: paramsSchema.default({}),
  })
  .strict();
export type CreateScheduleRequest = z.input<typeof createScheduleRequestSchema>;

/** `PATCH .../schedules/:scheduleId`: enable/disable or edit. */
export const updateScheduleRequestSchema = z
  .object({
    name: z.string().min(1).max(100),
    cron: cronExpressionSchema,
    timezone: timeZoneSchema,
    enabled: z.boolean(),
    catchUp: z.enum(CATCH_UP_POLICIES),
    maxConcurrency: z.number().int().min(1).max(100),
    params: paramsSchema,
  })
  .partial()
  .strict();
export type UpdateScheduleRequest = z.input<typeof updateScheduleRequestSchema>;

export type Schedule = {
  id: string;
  workspace: string;
  pipelineId: string;
  name: string;
  cron: string;
  timezone: string;
  enabled: boolean;
  catchUp: CatchUpPolicy;
  maxConcurrency: number;
  params: Record<string, unknown>;
  /** The next fire time (ISO), unset while disabled. */
  nextFireAt?: string;
  lastFiredAt?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/** `GET /workspaces/:ws/schedules`: each with its next few fire times. */
export type ScheduleWithUpcoming = Schedule & { upcoming: string[] };

export const SCHEDULE_FIRE_STATUSES = ['started', 'skipped', 'failed'] as const;
export type ScheduleFireStatus = (typeof SCHEDULE_FIRE_STATUSES)[number];

/** What the scheduler decided at one fire time of a schedule. */
export type ScheduleFire = {
  scheduleId: string;
  fireTime: string;
  status: ScheduleFireStatus;
  reason?: string;
  runId?: string;
  decidedAt: string;
};

/** `GET .../schedules/:id/fires`: a page of fires, newest first. */
export const listScheduleFiresQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export type ScheduleFirePage = {
  items: ScheduleFire[];
  totalCount: number;
  /** The `offset` of the next page, when there is one. */
  nextOffset?: number;
};

/**
 * Events that start pipelines: a new dataset version now; drift, alert and
 * feedback events come with the monitoring issues and are accepted already.
 */
export const TRIGGER_EVENT_TYPES = [
  'dataset-version',
  'drift',
  'alert',
  'feedback',
] as const;
export type TriggerEventType = (typeof TRIGGER_EVENT_TYPES)[number];

/** `POST /workspaces/:ws/pipelines/:id/triggers`. */
export const createTriggerRequestSchema = z
  .object({
    eventType: z.enum(TRIGGER_EVENT_TYPES),
    /**
     * The event's fields that must match (string equality), e.g.
     * `{ datasetId }` or `{ dataset: 'sales' }`; empty matches every event
     * of the type in the workspace.
     */
    filter: z
      .record(z.string().min(1).max(63), z.string().max(255))
      .default({}),
    params: paramsSchema.default({}),
    enabled: z.boolean().default(true),
  })
  .strict();
export type CreateTriggerRequest = z.input<typeof createTriggerRequestSchema>;

export const updateTriggerRequestSchema = z
  .object({ enabled: z.boolean() })
  .strict();

export type Trigger = {
  id: string;
  workspace: string;
  pipelineId: string;
  eventType: TriggerEventType;
  filter: Record<string, string>;
  params: Record<string, unknown>;
  enabled: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};
