import { LoggerService } from '@backstage/backend-plugin-api';
import { errorCodeOfExit } from '@internal/plugin-ai-ops-common';
import {
  TaskExecutor,
  TaskLaunch,
  TaskObserver,
  TaskOutcome,
} from '@internal/plugin-ai-ops-node';
import {
  BatchV1Api,
  CoreV1Api,
  KubeConfig,
  V1Job,
  V1Pod,
} from '@kubernetes/client-node';
import { jobManifest, JobOptions, jobNameOf } from './jobManifest';
import { taskContainerOf, usageOf } from './jobUsage';

export type KubernetesJobsExecutorOptions = JobOptions & {
  kubeConfig: KubeConfig;
  maxParallel: number;
  pollIntervalMs: number;
  logger: LoggerService;
};

type Watched = {
  name: string;
  canceled: boolean;
  timer?: NodeJS.Timeout;
  /** Reads the Job's status now instead of at the next poll. */
  checkNow?: () => void;
};

const isNotFound = (error: unknown) =>
  (error as { code?: number }).code === 404;

function conditionOf(job: V1Job, type: string) {
  return job.status?.conditions?.find(
    c => c.type === type && c.status === 'True',
  );
}

/**
 * Runs each attempt as a batch/v1 Job and follows it by reading its status
 * until a `Complete` or `Failed` condition appears; then reads its pod's
 * log, exit code and reported usage when there is a pod. Canceling deletes
 * the Job with `propagationPolicy: Background`, which also removes its pods.
 *
 * Usage is what the task measured in its cgroup and wrote to its
 * termination message; without one, what the attempt was given (see
 * `usageOf`).
 */
export class KubernetesJobsExecutor implements TaskExecutor {
  readonly id = 'kubernetes';
  readonly maxParallel: number;
  private readonly batch: BatchV1Api;
  private readonly core: CoreV1Api;
  private readonly watched = new Map<string, Watched>();

  constructor(private readonly options: KubernetesJobsExecutorOptions) {
    this.maxParallel = options.maxParallel;
    this.batch = options.kubeConfig.makeApiClient(BatchV1Api);
    this.core = options.kubeConfig.makeApiClient(CoreV1Api);
  }

  async launch(task: TaskLaunch, observer: TaskObserver): Promise<void> {
    const body = jobManifest(task, this.options);
    const name = body.metadata!.name!;
    const { namespace } = this.options;
    // Known before the Job is created, so a cancel meanwhile is not lost.
    const watched: Watched = { name, canceled: false };
    this.watched.set(task.attemptId, watched);
    try {
      await this.batch.createNamespacedJob({ namespace, body });
    } catch (error) {
      // Created by an earlier launch of this attempt: follow that one.
      if ((error as { code?: number }).code !== 409) {
        this.watched.delete(task.attemptId);
        throw error;
      }
    }
    // Canceled while it was being created: delete what was just created.
    if (watched.canceled) await this.cancel(task.attemptId);
    observer.started(`${namespace}/${name}`);
    const startedAt = Date.now();
    const poll = async () => {
      const outcome = await this.outcomeOf(task, watched, startedAt).catch(
        error => {
          this.options.logger.warn(`Could not read Job ${name}: ${error}`);
          return undefined;
        },
      );
      if (!outcome) {
        watched.timer = setTimeout(poll, this.options.pollIntervalMs);
        return;
      }
      this.watched.delete(task.attemptId);
      if (outcome.state !== 'CANCELED') {
        const log = await this.podLog(name).catch(() => undefined);
        if (log) observer.log(log);
      }
      observer.finished(outcome);
    };
    watched.checkNow = () => {
      clearTimeout(watched.timer);
      poll();
    };
    watched.timer = setTimeout(poll, this.options.pollIntervalMs);
  }

  async cancel(attemptId: string): Promise<void> {
    const watched = this.watched.get(attemptId);
    const [runId, nodeId, attempt] = attemptId.split('/');
    const name =
      watched?.name ?? jobNameOf(attemptId, nodeId ?? runId, Number(attempt));
    if (watched) watched.canceled = true;
    try {
      await this.batch.deleteNamespacedJob({
        name,
        namespace: this.options.namespace,
        propagationPolicy: 'Background',
      });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    watched?.checkNow?.();
  }

  /** How the Job ended, or undefined while it runs. */
  private async outcomeOf(
    task: TaskLaunch,
    watched: Watched,
    startedAt: number,
  ): Promise<TaskOutcome | undefined> {
    let job: V1Job | undefined;
    try {
      job = await this.batch.readNamespacedJob({
        name: watched.name,
        namespace: this.options.namespace,
      });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    const ended = (
      outcome: Omit<TaskOutcome, 'usage'>,
      pod?: V1Pod,
    ): TaskOutcome => ({ ...outcome, ...usageOf(task, job, pod, startedAt) });
    if (watched.canceled)
      return ended({ state: 'CANCELED', errorMessage: 'Canceled' });
    if (!job) {
      return ended({
        state: 'FAILED',
        errorCode: 'runtime',
        errorMessage: `Job ${watched.name} was deleted`,
      });
    }
    const failed = conditionOf(job, 'Failed');
    if (!failed && !conditionOf(job, 'Complete')) return undefined;
    const pod = await this.podOf(watched.name).catch(() => undefined);
    if (!failed) return ended({ state: 'SUCCEEDED', exitCode: 0 }, pod);
    if (failed.reason === 'DeadlineExceeded') {
      return ended(
        {
          state: 'FAILED',
          errorCode: 'timeout',
          errorMessage: `Timed out after ${task.timeoutSeconds} s`,
        },
        pod,
      );
    }
    const exitCode = taskContainerOf(pod)?.state?.terminated?.exitCode;
    const errorCode = errorCodeOfExit(exitCode);
    return ended(
      {
        state: 'FAILED',
        exitCode,
        errorCode,
        errorMessage:
          failed.message ||
          failed.reason ||
          (exitCode !== undefined
            ? `Exited with code ${exitCode}`
            : 'Job failed'),
      },
      pod,
    );
  }

  /** The Job's pod (`backoffLimit: 0`: at most one). */
  private async podOf(jobName: string): Promise<V1Pod | undefined> {
    const pods = await this.core.listNamespacedPod({
      namespace: this.options.namespace,
      labelSelector: `job-name=${jobName}`,
    });
    return pods.items[0];
  }

  private async podLog(jobName: string): Promise<string | undefined> {
    const pod = await this.podOf(jobName);
    if (!pod?.metadata?.name) return undefined;
    return this.core.readNamespacedPodLog({
      name: pod.metadata.name,
      namespace: this.options.namespace,
    });
  }
}
