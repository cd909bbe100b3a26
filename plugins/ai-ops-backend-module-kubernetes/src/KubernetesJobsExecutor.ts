import { LoggerService } from '@backstage/backend-plugin-api';
import { errorCodeOfExit, TaskUsage } from '@internal/plugin-ai-ops-common';
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
} from '@kubernetes/client-node';
import { jobManifest, JobOptions, jobNameOf } from './jobManifest';

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
 * log and exit code when there is a pod. Canceling deletes the Job with
 * `propagationPolicy: Background`, which also removes its pods.
 *
 * Usage is what the attempt was given: the profile's CPU and memory for
 * the Job's run time (the cluster's metrics are not read).
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
    try {
      await this.batch.createNamespacedJob({ namespace, body });
    } catch (error) {
      // Created by an earlier launch of this attempt: follow that one.
      if ((error as { code?: number }).code !== 409) throw error;
    }
    const watched: Watched = { name, canceled: false };
    this.watched.set(task.attemptId, watched);
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
    const usage = this.usageOf(task, job, startedAt);
    if (watched.canceled)
      return { state: 'CANCELED', usage, errorMessage: 'Canceled' };
    if (!job) {
      return {
        state: 'FAILED',
        usage,
        errorCode: 'runtime',
        errorMessage: `Job ${watched.name} was deleted`,
      };
    }
    if (conditionOf(job, 'Complete'))
      return { state: 'SUCCEEDED', exitCode: 0, usage };
    const failed = conditionOf(job, 'Failed');
    if (!failed) return undefined;
    if (failed.reason === 'DeadlineExceeded') {
      return {
        state: 'FAILED',
        usage,
        errorCode: 'timeout',
        errorMessage: `Timed out after ${task.timeoutSeconds} s`,
      };
    }
    const exitCode = await this.exitCodeOf(watched.name).catch(() => undefined);
    const errorCode = errorCodeOfExit(exitCode);
    return {
      state: 'FAILED',
      exitCode,
      usage,
      errorCode,
      errorMessage:
        failed.message ||
        failed.reason ||
        (exitCode !== undefined
          ? `Exited with code ${exitCode}`
          : 'Job failed'),
    };
  }

  private usageOf(
    task: TaskLaunch,
    job: V1Job | undefined,
    startedAt: number,
  ): TaskUsage {
    const start = job?.status?.startTime
      ? new Date(job.status.startTime).getTime()
      : startedAt;
    const end = job?.status?.completionTime
      ? new Date(job.status.completionTime).getTime()
      : Date.now();
    const wallSeconds = Math.max(0, (end - start) / 1000);
    return {
      cpuSeconds: task.resources.cpu * wallSeconds,
      peakMemoryBytes: task.resources.memoryMiB * 1024 * 1024,
      gpuHours: (task.resources.gpu * wallSeconds) / 3600,
      wallSeconds,
    };
  }

  private async podsOf(jobName: string) {
    const pods = await this.core.listNamespacedPod({
      namespace: this.options.namespace,
      labelSelector: `job-name=${jobName}`,
    });
    return pods.items;
  }

  private async podLog(jobName: string): Promise<string | undefined> {
    const [pod] = await this.podsOf(jobName);
    if (!pod?.metadata?.name) return undefined;
    return this.core.readNamespacedPodLog({
      name: pod.metadata.name,
      namespace: this.options.namespace,
    });
  }

  private async exitCodeOf(jobName: string): Promise<number | undefined> {
    const [pod] = await this.podsOf(jobName);
    return pod?.status?.containerStatuses?.[0]?.state?.terminated?.exitCode;
  }
}
