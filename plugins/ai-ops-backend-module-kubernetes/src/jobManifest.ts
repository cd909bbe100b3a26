import { BUILT_IN_TASKS_IMAGE } from '@internal/plugin-ai-ops-common';
import {
  fillPlaceholders,
  TaskLaunch,
  unfilledPlaceholders,
} from '@internal/plugin-ai-ops-node';
import { V1Job } from '@kubernetes/client-node';
import { createHash } from 'node:crypto';

export const LABELS = {
  run: 'ai-ops.platform-portal.dev/run',
  task: 'ai-ops.platform-portal.dev/task',
  node: 'ai-ops.platform-portal.dev/node',
  attempt: 'ai-ops.platform-portal.dev/attempt',
};
export const ATTEMPT_ANNOTATION = 'ai-ops.platform-portal.dev/attempt-id';

/** Where the built-in task programs are in the task image. */
export const CONTAINER_TASKS_DIR = '/tasks';

/** The Job's one container. */
export const TASK_CONTAINER = 'task';

/**
 * The container's termination message file: the built-in task programs
 * write their measured usage there (`AI_OPS_USAGE_REPORT`) at exit.
 */
export const TERMINATION_MESSAGE_PATH = '/dev/termination-log';

/**
 * A DNS-1123 name per attempt, the same every time: a cancel (or a second
 * launch) finds the Job by it.
 */
export function jobNameOf(
  attemptId: string,
  nodeId: string,
  attempt: number,
): string {
  const hash = createHash('sha256')
    .update(attemptId)
    .digest('hex')
    .slice(0, 10);
  const node = nodeId
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 30)
    .replace(/^-+|-+$/g, '');
  return `aiops-${hash}-${node || 'task'}-${attempt}`
    .slice(0, 63)
    .replace(/-+$/, '');
}

export type JobOptions = {
  namespace: string;
  /** Replaces the built-in image for built-in tasks. */
  tasksImage?: string;
  serviceAccountName?: string;
};

/**
 * One attempt as a batch/v1 Job: one container with the task's image,
 * argv and env (placeholders filled: inputs and outputs stay object store
 * URIs, `{{tasks}}` is `/tasks`), the profile's CPU, memory and
 * `nvidia.com/gpu`, the timeout as `activeDeadlineSeconds`, and no retries
 * of its own (`backoffLimit: 0`): the orchestrator retries. The task
 * reports its usage through the termination message.
 */
export function jobManifest(task: TaskLaunch, options: JobOptions): V1Job {
  const values = {
    inputs: task.inputs,
    outputs: Object.fromEntries(
      Object.entries(task.outputs).map(([name, o]) => [name, o.uri]),
    ),
    tasks: CONTAINER_TASKS_DIR,
  };
  const command = fillPlaceholders(task.command, values);
  const env: Record<string, string> = {
    AI_OPS_WORKSPACE: task.workspace,
    AI_OPS_RUN_ID: task.runId,
    AI_OPS_TASK_ID: task.taskId,
    AI_OPS_NODE_ID: task.nodeId,
    AI_OPS_ATTEMPT: String(task.attempt),
    AI_OPS_USAGE_REPORT: TERMINATION_MESSAGE_PATH,
  };
  for (const [name, value] of Object.entries(task.env)) {
    env[name] = fillPlaceholders([value], values)[0];
  }
  const unfilled = unfilledPlaceholders([...command, ...Object.values(env)]);
  if (unfilled.length) throw new Error(`Unfilled ${unfilled.join(', ')}`);

  const { resources } = task;
  const quantities: Record<string, string> = {
    cpu: String(resources.cpu),
    memory: `${resources.memoryMiB}Mi`,
  };
  const limits = {
    ...quantities,
    ...(resources.gpu > 0 && { 'nvidia.com/gpu': String(resources.gpu) }),
  };
  const labels = {
    [LABELS.run]: task.runId,
    [LABELS.task]: task.taskId,
    [LABELS.node]: task.nodeId.slice(0, 63),
    [LABELS.attempt]: String(task.attempt),
  };
  const image =
    options.tasksImage && task.image === BUILT_IN_TASKS_IMAGE
      ? options.tasksImage
      : task.image;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: jobNameOf(task.attemptId, task.nodeId, task.attempt),
      namespace: options.namespace,
      labels,
      annotations: { [ATTEMPT_ANNOTATION]: task.attemptId },
    },
    spec: {
      backoffLimit: 0,
      ...(task.timeoutSeconds && {
        activeDeadlineSeconds: task.timeoutSeconds,
      }),
      ttlSecondsAfterFinished: 3600,
      template: {
        metadata: { labels },
        spec: {
          restartPolicy: 'Never',
          ...(options.serviceAccountName && {
            serviceAccountName: options.serviceAccountName,
          }),
          containers: [
            {
              name: TASK_CONTAINER,
              image,
              command,
              env: Object.entries(env).map(([name, value]) => ({
                name,
                value,
              })),
              resources: { requests: quantities, limits },
              terminationMessagePath: TERMINATION_MESSAGE_PATH,
              // A task that wrote no report leaves its log tail instead.
              terminationMessagePolicy: 'FallbackToLogsOnError',
            },
          ],
        },
      },
    },
  };
}
