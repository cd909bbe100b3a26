import {
  ArtifactSummary,
  FailureCause,
  RunProgress,
  RunState,
  RunSummary,
  StateChange,
  TaskSummary,
  TriggerType,
} from '@internal/plugin-ai-ops-common';
import {
  optionalText,
  parseJsonColumn,
  toIso,
  toIsoOrUndefined,
} from '../database/dbValues';

type Row = Record<string, any>;

export const EMPTY_PROGRESS: RunProgress = {
  total: 0,
  succeeded: 0,
  failed: 0,
  running: 0,
  skipped: 0,
  canceled: 0,
};

/** Adds one (state, count) pair of a run's tasks to its progress. */
export function addToProgress(
  progress: RunProgress,
  state: RunState,
  count: number,
): RunProgress {
  const key = (
    {
      SUCCEEDED: 'succeeded',
      FAILED: 'failed',
      RUNNING: 'running',
      CANCELING: 'running',
      SKIPPED: 'skipped',
      CANCELED: 'canceled',
    } as Partial<Record<RunState, keyof RunProgress>>
  )[state];
  return {
    ...progress,
    total: progress.total + count,
    ...(key && { [key]: progress[key] + count }),
  };
}

export function toRunSummary(
  row: Row,
  workspace: string,
  progress: RunProgress = EMPTY_PROGRESS,
): RunSummary {
  return {
    id: row.id,
    workspace,
    pipelineId: row.pipeline_id,
    ...(row.pipeline_name && { pipelineName: row.pipeline_name }),
    pipelineVersion: Number(row.pipeline_version),
    runNumber: Number(row.run_number),
    state: row.state,
    trigger: row.trigger_type as TriggerType,
    initiator: row.initiator,
    ...(row.schedule_id && { scheduleId: row.schedule_id }),
    ...(row.api_key_id && { apiKeyId: row.api_key_id }),
    queue: row.queue,
    priority: Number(row.priority),
    ...(row.failure_cause && {
      failureCause: row.failure_cause as FailureCause,
    }),
    ...(row.error_message && { errorMessage: row.error_message }),
    ...(row.rerun_of && { rerunOf: row.rerun_of }),
    createdAt: toIso(row.created_at),
    startedAt: toIsoOrUndefined(row.started_at),
    finishedAt: toIsoOrUndefined(row.finished_at),
    progress,
    usage: {
      cpuSeconds: Number(row.cpu_seconds),
      peakMemoryBytes: Number(row.peak_memory_bytes),
      gpuHours: Number(row.gpu_hours),
    },
    cost: Number(row.cost),
  };
}

export function toTaskSummary(row: Row): TaskSummary {
  const started = row.started_at ? Date.parse(toIso(row.started_at)) : 0;
  const finished = row.finished_at ? Date.parse(toIso(row.finished_at)) : 0;
  return {
    id: row.id,
    runId: row.run_id,
    nodeId: row.node_id,
    nodeType: row.node_type,
    ...(row.label && { label: row.label }),
    upstream: parseJsonColumn<string[]>(row.upstream, []),
    state: row.state,
    stateHistory: parseJsonColumn<StateChange[]>(row.state_history, []),
    attempt: Number(row.attempt),
    maxAttempts: Number(row.max_attempts),
    nextAttemptAt: toIsoOrUndefined(row.next_attempt_at),
    executor: row.executor,
    executorRef: optionalText(row.executor_ref),
    resourceProfile: row.resource_profile,
    queue: row.queue,
    startedAt: toIsoOrUndefined(row.started_at),
    finishedAt: toIsoOrUndefined(row.finished_at),
    ...(row.exit_code !== null && { exitCode: Number(row.exit_code) }),
    errorCode: optionalText(row.error_code),
    errorMessage: optionalText(row.error_message),
    failureCause: optionalText(row.failure_cause) as FailureCause | undefined,
    logUri: optionalText(row.log_uri),
    usage: {
      cpuSeconds: Number(row.cpu_seconds),
      peakMemoryBytes: Number(row.peak_memory_bytes),
      gpuHours: Number(row.gpu_hours),
      wallSeconds: started && finished ? (finished - started) / 1000 : 0,
    },
    ...(row.usage_source && {
      usageSource: row.usage_source as TaskSummary['usageSource'],
    }),
    cost: Number(row.cost),
  };
}

export function toArtifactSummary(row: Row): ArtifactSummary {
  return {
    id: row.id,
    runId: row.run_id,
    taskId: optionalText(row.task_id),
    nodeId: optionalText(row.node_id),
    name: row.name,
    uri: row.uri,
    size: Number(row.size),
    mediaType: optionalText(row.media_type),
    metadata: parseJsonColumn<Record<string, unknown>>(row.metadata, {}),
    createdAt: toIso(row.created_at),
  };
}
