import { z } from 'zod';

/** Every state a run or a task can be in. */
export const RUN_STATES = [
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'SKIPPED',
  'CANCELING',
  'CANCELED',
  'PAUSED',
] as const;
export type RunState = (typeof RUN_STATES)[number];
/** Tasks share the run states (a task is never PAUSED itself). */
export type TaskState = RunState;

/** States nothing moves out of. */
export const FINAL_STATES: readonly RunState[] = [
  'SUCCEEDED',
  'FAILED',
  'SKIPPED',
  'CANCELED',
];

/** One entry of a run's or task's `stateHistory`. */
export type StateChange = {
  state: RunState;
  /** ISO timestamp. */
  at: string;
  reason?: string;
  /** Who caused it: a user ref, `system`, or `executor:<id>`. */
  by?: string;
};

/** Why a run or task failed, kept apart on purpose. */
export const FAILURE_CAUSES = ['runtime', 'data-validation', 'gate'] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

/**
 * The exit code by which a task program says "the data is invalid" (BSD
 * `EX_DATAERR`): such a failure is `data-validation`, not `runtime`, and
 * is not retried.
 */
export const DATA_VALIDATION_EXIT_CODE = 65;
/** The exit code by which a gate node says "the condition is not met". */
export const GATE_EXIT_CODE = 66;

/** The error code a failed attempt's exit code stands for. */
export function errorCodeOfExit(
  exitCode: number | null | undefined,
): 'data-validation' | 'gate' | 'runtime' {
  if (exitCode === DATA_VALIDATION_EXIT_CODE) return 'data-validation';
  if (exitCode === GATE_EXIT_CODE) return 'gate';
  return 'runtime';
}

export const TRIGGER_TYPES = ['manual', 'schedule', 'event', 'api'] as const;
export type TriggerType = (typeof TRIGGER_TYPES)[number];

/** CPU, memory and GPU a task asks for; named in `aiOps.resourceProfiles`. */
export type ResourceProfile = {
  name: string;
  /** Cores, fractions allowed. */
  cpu: number;
  memoryMiB: number;
  /** Whole GPUs. */
  gpu: number;
};

/** What one task attempt used, as its executor measured it. */
export type TaskUsage = {
  cpuSeconds: number;
  peakMemoryBytes: number;
  /** The profile's GPUs × wall hours. */
  gpuHours: number;
  wallSeconds: number;
};

/** A queue tasks wait in before an executor runs them. */
export type QueueSummary = {
  name: string;
  executor: string;
  /** Tasks of this queue running at once. */
  maxConcurrency: number;
  /** Higher goes first when several queues have ready tasks. */
  priority: number;
};

/** Task counts by state, for progress bars. */
export type RunProgress = {
  total: number;
  succeeded: number;
  failed: number;
  running: number;
  skipped: number;
  canceled: number;
};

export type RunSummary = {
  id: string;
  workspace: string;
  pipelineId: string;
  pipelineName?: string;
  pipelineVersion: number;
  /** 1, 2, 3… per pipeline. */
  runNumber: number;
  state: RunState;
  trigger: TriggerType;
  initiator: string;
  scheduleId?: string;
  /** The API key an `api` trigger came with. */
  apiKeyId?: string;
  queue: string;
  priority: number;
  failureCause?: FailureCause;
  errorMessage?: string;
  rerunOf?: string;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  progress: RunProgress;
  usage: Omit<TaskUsage, 'wallSeconds'>;
  cost: number;
};

export type TaskSummary = {
  id: string;
  runId: string;
  nodeId: string;
  nodeType: string;
  label?: string;
  /** Node ids this task waits for. */
  upstream: string[];
  state: TaskState;
  stateHistory: StateChange[];
  attempt: number;
  maxAttempts: number;
  nextAttemptAt?: string;
  executor: string;
  executorRef?: string;
  resourceProfile: string;
  queue: string;
  startedAt?: string;
  finishedAt?: string;
  exitCode?: number;
  /** `runtime`, `timeout`, `data-validation`, `gate`, `lost`… */
  errorCode?: string;
  errorMessage?: string;
  failureCause?: FailureCause;
  logUri?: string;
  usage: TaskUsage;
  /**
   * `profile`: the usage (of some attempt) is the resource profile's
   * allocation × wall time, nothing was measured; GPU hours always are.
   */
  usageSource?: 'measured' | 'profile';
  cost: number;
};

export type RunDetail = RunSummary & {
  params: Record<string, unknown>;
  stateHistory: StateChange[];
  tasks: TaskSummary[];
};

export type ArtifactSummary = {
  id: string;
  runId: string;
  taskId?: string;
  nodeId?: string;
  name: string;
  uri: string;
  size: number;
  mediaType?: string;
  metadata: Record<string, unknown>;
  createdAt: string;
};

export type RunPage = { items: RunSummary[]; nextCursor?: string };

/** What the SSE streams carry (`event: run` / `event: task`). */
export type RunStreamEvent =
  | { type: 'run'; run: RunSummary }
  | { type: 'task'; runId: string; task: TaskSummary };

const stateList = z
  .string()
  .transform(value => value.split(',').filter(Boolean))
  .pipe(z.array(z.enum(RUN_STATES)).min(1));

export const listRunsQuerySchema = z
  .object({
    /** One state or several, comma-separated. */
    state: stateList.optional(),
    pipeline: z.string().uuid().optional(),
    trigger: z.enum(TRIGGER_TYPES).optional(),
    initiator: z.string().max(300).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** An opaque cursor from the previous page. */
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type ListRunsQuery = z.infer<typeof listRunsQuerySchema>;

const runParams = z.record(z.string(), z.unknown());
const queueName = z.string().min(1).max(63);

/** `POST /workspaces/:ws/pipelines/:id/runs`. */
export const startRunRequestSchema = z
  .object({
    version: z.number().int().min(1).optional(),
    params: runParams.optional(),
    queue: queueName.optional(),
  })
  .strict();
export type StartRunRequest = z.infer<typeof startRunRequestSchema>;

/** `POST /workspaces/:ws/runs` (the `api` trigger). */
export const apiRunRequestSchema = startRunRequestSchema.extend({
  pipelineId: z.string().uuid(),
});
export type ApiRunRequest = z.infer<typeof apiRunRequestSchema>;

/** `POST .../runs/:id/stop|pause|resume|rerun|rerun-failed`. */
export const runActionRequestSchema = z
  .object({ reason: z.string().max(500).optional() })
  .strict();

export const followLogsQuerySchema = z
  .object({ follow: z.enum(['true', 'false']).optional() })
  .strict();
