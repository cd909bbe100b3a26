import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type {
  ResourceProfile,
  TaskUsage,
} from '@internal/plugin-ai-ops-common';

/** One attempt of one task, as the orchestrator hands it to an executor. */
export type TaskLaunch = {
  /** Unique per attempt: `<runId>/<nodeId>/<attempt>`. */
  attemptId: string;
  runId: string;
  taskId: string;
  nodeId: string;
  attempt: number;
  workspace: string;
  /** Container image for executors that run containers. */
  image: string;
  /**
   * argv: the node type's command with its config applied; the executor
   * fills `{{inputs.x}}`, `{{outputs.x}}` and `{{tasks}}` (see
   * `fillPlaceholders`), here and in `env`, with what they are where it
   * runs the task (e.g. `file://` URIs of staged files).
   */
  command: string[];
  env: Record<string, string>;
  resources: ResourceProfile;
  timeoutSeconds?: number;
  /** Input name → URI of the upstream output connected to it. */
  inputs: Record<string, string>;
  /** Output name → the object store key and URI it must end up at. */
  outputs: Record<string, { key: string; uri: string }>;
};

/** How an attempt ended, reported once. */
export type TaskOutcome = {
  state: 'SUCCEEDED' | 'FAILED' | 'CANCELED';
  exitCode?: number;
  /** `runtime`, `timeout`, `data-validation`, `gate`: why it failed. */
  errorCode?: string;
  errorMessage?: string;
  usage: TaskUsage;
  /**
   * Where `usage` comes from: measured where the task ran, or the resource
   * profile's allocation for the wall time when nothing was measured.
   * Executors that always measure leave it out.
   */
  usageSource?: 'measured' | 'profile';
};

/** The usage of an attempt that never ran (not started, lost, canceled early). */
export const NO_USAGE: TaskUsage = Object.freeze({
  cpuSeconds: 0,
  peakMemoryBytes: 0,
  gpuHours: 0,
  wallSeconds: 0,
});

/** What an executor reports while an attempt runs. */
export type TaskObserver = {
  /** The attempt's process or pod started. */
  started(executorRef: string): void;
  /** A chunk of its output, in order. */
  log(chunk: string): void;
  /** It ended; called exactly once. */
  finished(outcome: TaskOutcome): void;
};

/**
 * Runs task attempts somewhere: child processes (local), Kubernetes Jobs,
 * or anything a module adds. The orchestrator owns states, retries and
 * queues; an executor only starts, reports and cancels, and ends an attempt
 * that outlives `timeoutSeconds` with the error code `timeout`.
 */
export interface TaskExecutor {
  readonly id: string;
  /** Attempts it runs at once; the orchestrator never hands it more. */
  readonly maxParallel: number;
  /** Resolves once the attempt was handed over; rejects when it could not be. */
  launch(task: TaskLaunch, observer: TaskObserver): Promise<void>;
  /** Ends the attempt (its observer then reports CANCELED); no-op when gone. */
  cancel(attemptId: string): Promise<void>;
}

export type AiOpsExecutorsExtensionPoint = {
  addExecutor(...executors: TaskExecutor[]): void;
};

/** Modules add executors; queues name the executor their tasks go to. */
export const aiOpsExecutorsExtensionPoint =
  createExtensionPoint<AiOpsExecutorsExtensionPoint>({
    id: 'ai-ops.executors',
  });
