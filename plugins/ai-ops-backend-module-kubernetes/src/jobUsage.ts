import {
  TaskUsage,
  taskUsageReportSchema,
} from '@internal/plugin-ai-ops-common';
import { TaskLaunch, TaskOutcome } from '@internal/plugin-ai-ops-node';
import { V1Job, V1Pod } from '@kubernetes/client-node';
import { TASK_CONTAINER } from './jobManifest';

/** The task container's status in the Job's pod. */
export function taskContainerOf(pod: V1Pod | undefined) {
  return pod?.status?.containerStatuses?.find(c => c.name === TASK_CONTAINER);
}

/**
 * The usage the task reported in its termination message, or undefined
 * when there is none or it is not a report (with
 * `FallbackToLogsOnError` a failed task's message may be its log tail).
 */
export function reportedUsageOf(pod: V1Pod | undefined) {
  const message = taskContainerOf(pod)?.state?.terminated?.message;
  if (!message) return undefined;
  try {
    const parsed = taskUsageReportSchema.safeParse(JSON.parse(message));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The attempt's usage over the Job's run time (`startTime` →
 * `completionTime`): CPU seconds and peak memory as the task measured them
 * in its cgroup, or the profile's CPU × wall time and memory when it
 * reported nothing. GPU hours are always the profile's GPUs × wall time:
 * no GPU metrics are read.
 */
export function usageOf(
  task: TaskLaunch,
  job: V1Job | undefined,
  pod: V1Pod | undefined,
  startedAt: number,
): Pick<TaskOutcome, 'usage' | 'usageSource'> {
  const start = job?.status?.startTime
    ? new Date(job.status.startTime).getTime()
    : startedAt;
  const end = job?.status?.completionTime
    ? new Date(job.status.completionTime).getTime()
    : Date.now();
  const wallSeconds = Math.max(0, (end - start) / 1000);
  const gpuHours = (task.resources.gpu * wallSeconds) / 3600;
  const reported = reportedUsageOf(pod);
  const usage: TaskUsage = reported
    ? {
        cpuSeconds: reported.cpuSeconds,
        peakMemoryBytes: reported.peakMemoryBytes,
        gpuHours,
        wallSeconds,
      }
    : {
        cpuSeconds: task.resources.cpu * wallSeconds,
        peakMemoryBytes: task.resources.memoryMiB * 1024 * 1024,
        gpuHours,
        wallSeconds,
      };
  return { usage, usageSource: reported ? 'measured' : 'profile' };
}
