import { mockServices } from '@backstage/backend-test-utils';
import { TaskLaunch, TaskOutcome } from '@internal/plugin-ai-ops-node';
import { requireServiceEnv } from '@internal/testing';
import {
  BatchV1Api,
  CoreV1Api,
  KubeConfig,
  V1Job,
  V1Pod,
} from '@kubernetes/client-node';
import { KubernetesJobsExecutor } from './KubernetesJobsExecutor';
import { jobNameOf, LABELS } from './jobManifest';

jest.setTimeout(60_000);

/**
 * Against the real kube-apiserver of scripts/services. No controller or
 * kubelet runs there, so the test plays the Job controller: it writes the
 * Job's status subresource as the controller would, and the executor must
 * report what that status says.
 */
describe('KubernetesJobsExecutor', () => {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(requireServiceEnv('kubernetes', 'KUBECONFIG'));
  const batch = kubeConfig.makeApiClient(BatchV1Api);
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const namespace = `ai-ops-test-${process.pid}`;

  beforeAll(async () => {
    await core.createNamespace({ body: { metadata: { name: namespace } } });
    // No controller manager creates it, and pods need one.
    await core.createNamespacedServiceAccount({
      namespace,
      body: { metadata: { name: 'default' } },
    });
  });
  afterAll(async () => {
    await core.deleteNamespace({ name: namespace }).catch(() => undefined);
  });

  const executor = new KubernetesJobsExecutor({
    kubeConfig,
    namespace,
    tasksImage: 'registry.example/ai-ops-tasks:1',
    maxParallel: 5,
    pollIntervalMs: 100,
    logger: mockServices.logger.mock(),
  });

  let counter = 0;
  function launchOf(extra: Partial<TaskLaunch> = {}): TaskLaunch {
    const attempt = 1;
    const runId = `00000000-0000-4000-8000-${String(++counter).padStart(
      12,
      '0',
    )}`;
    return {
      attemptId: `${runId}/train/${attempt}`,
      runId,
      taskId: `10000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
      nodeId: 'train',
      attempt,
      workspace: 'ml',
      image: 'node:24-alpine',
      command: [
        'node',
        '{{tasks}}/train.mjs',
        '--input',
        'train={{inputs.train}}',
        '--output',
        'model={{outputs.model}}',
      ],
      env: { AI_OPS_OUTPUT_MODEL: '{{outputs.model}}' },
      resources: { name: 'gpu', cpu: 2, memoryMiB: 4096, gpu: 1 },
      timeoutSeconds: 600,
      inputs: { train: 's3://ai-ops/workspaces/ml/runs/r/split/outputs/train' },
      outputs: {
        model: {
          key: 'k',
          uri: 's3://ai-ops/workspaces/ml/runs/r/train/outputs/model',
        },
      },
      ...extra,
    };
  }

  function start(task: TaskLaunch) {
    const refs: string[] = [];
    const finished = new Promise<TaskOutcome>((resolve, reject) => {
      executor
        .launch(task, {
          started: ref => refs.push(ref),
          log: () => {},
          finished: resolve,
        })
        .catch(reject);
    });
    return { finished, refs };
  }

  async function waitForJob(name: string): Promise<V1Job> {
    for (let i = 0; i < 100; i++) {
      try {
        return await batch.readNamespacedJob({ name, namespace });
      } catch {
        await new Promise(r => setTimeout(r, 50));
      }
    }
    throw new Error(`No Job ${name}`);
  }

  /** What the Job controller writes when the Job ends. */
  async function controllerEnds(
    name: string,
    outcome: 'Complete' | 'Failed',
    reason = 'BackoffLimitExceeded',
  ) {
    const job = await waitForJob(name);
    const now = new Date();
    const started = new Date(now.getTime() - 90_000);
    const condition = (type: string, why: string) => ({
      type,
      status: 'True',
      reason: why,
      message: `${type} by the test`,
      lastProbeTime: now,
      lastTransitionTime: now,
    });
    job.status =
      outcome === 'Complete'
        ? {
            startTime: started,
            completionTime: now,
            succeeded: 1,
            conditions: [
              condition('SuccessCriteriaMet', 'CompletionsReached'),
              condition('Complete', 'CompletionsReached'),
            ],
          }
        : {
            startTime: started,
            failed: 1,
            conditions: [
              condition('FailureTarget', reason),
              condition('Failed', reason),
            ],
          };
    await batch.replaceNamespacedJobStatus({ name, namespace, body: job });
  }

  /**
   * What the Job controller and the kubelet write for the Job's pod: the
   * task container terminated with its exit code and termination message.
   */
  async function podTerminates(
    jobName: string,
    exitCode: number,
    message: string,
  ) {
    const pod: V1Pod = await core.createNamespacedPod({
      namespace,
      body: {
        metadata: { name: `${jobName}-x7k2p`, labels: { 'job-name': jobName } },
        spec: {
          restartPolicy: 'Never',
          containers: [{ name: 'task', image: 'node:24-alpine' }],
        },
      },
    });
    const now = new Date();
    pod.status = {
      phase: exitCode === 0 ? 'Succeeded' : 'Failed',
      containerStatuses: [
        {
          name: 'task',
          image: 'node:24-alpine',
          imageID: '',
          ready: false,
          restartCount: 0,
          state: {
            terminated: {
              exitCode,
              message,
              reason: exitCode === 0 ? 'Completed' : 'Error',
              startedAt: now,
              finishedAt: now,
            },
          },
        },
      ],
    };
    await core.replaceNamespacedPodStatus({
      name: pod.metadata!.name!,
      namespace,
      body: pod,
    });
  }

  it('creates a Job per attempt from the task and profile, and reports it complete', async () => {
    const task = launchOf();
    const { finished, refs } = start(task);
    const name = jobNameOf(task.attemptId, 'train', 1);
    const job = await waitForJob(name);
    expect(job.metadata?.labels).toMatchObject({
      [LABELS.run]: task.runId,
      [LABELS.task]: task.taskId,
      [LABELS.attempt]: '1',
    });
    expect(job.spec).toMatchObject({
      backoffLimit: 0,
      activeDeadlineSeconds: 600,
    });
    const container = job.spec!.template.spec!.containers[0];
    expect(container.image).toBe('registry.example/ai-ops-tasks:1');
    expect(container.command).toEqual([
      'node',
      '/tasks/train.mjs',
      '--input',
      'train=s3://ai-ops/workspaces/ml/runs/r/split/outputs/train',
      '--output',
      'model=s3://ai-ops/workspaces/ml/runs/r/train/outputs/model',
    ]);
    expect(container.resources?.limits).toEqual({
      cpu: '2',
      memory: '4Gi',
      'nvidia.com/gpu': '1',
    });
    expect(container.env).toContainEqual({
      name: 'AI_OPS_OUTPUT_MODEL',
      value: 's3://ai-ops/workspaces/ml/runs/r/train/outputs/model',
    });
    expect(container.env).toContainEqual({
      name: 'AI_OPS_USAGE_REPORT',
      value: '/dev/termination-log',
    });
    expect(container).toMatchObject({
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'FallbackToLogsOnError',
    });

    await controllerEnds(name, 'Complete');
    const outcome = await finished;
    expect(refs).toEqual([`${namespace}/${name}`]);
    // No pod, so no report: the profile's allocation.
    expect(outcome).toMatchObject({
      state: 'SUCCEEDED',
      exitCode: 0,
      usageSource: 'profile',
    });
    expect(outcome.usage.peakMemoryBytes).toBe(4096 * 1024 * 1024);
    expect(outcome.usage.wallSeconds).toBeCloseTo(90, 0);
    expect(outcome.usage.cpuSeconds).toBeCloseTo(180, 0);
    expect(outcome.usage.gpuHours).toBeCloseTo(90 / 3600, 3);
  });

  it("reports the usage the task measured from its pod's termination message", async () => {
    const task = launchOf();
    const { finished } = start(task);
    const name = jobNameOf(task.attemptId, 'train', 1);
    await waitForJob(name);
    await podTerminates(
      name,
      0,
      JSON.stringify({
        format: 'ai-ops-usage/1',
        cpuSeconds: 37.25,
        peakMemoryBytes: 734003200,
      }),
    );
    await controllerEnds(name, 'Complete');
    const outcome = await finished;
    expect(outcome).toMatchObject({
      state: 'SUCCEEDED',
      usageSource: 'measured',
      usage: { cpuSeconds: 37.25, peakMemoryBytes: 734003200 },
    });
    // No GPU metrics: the profile's GPU for the Job's run time.
    expect(outcome.usage.gpuHours).toBeCloseTo(90 / 3600, 3);
    expect(outcome.usage.wallSeconds).toBeCloseTo(90, 0);
  });

  it('falls back to the profile when the termination message is no report', async () => {
    const task = launchOf();
    const { finished } = start(task);
    const name = jobNameOf(task.attemptId, 'train', 1);
    await waitForJob(name);
    // FallbackToLogsOnError: a task that wrote nothing leaves its log tail.
    await podTerminates(name, 65, 'error: column "target" is missing\n');
    await controllerEnds(name, 'Failed');
    const outcome = await finished;
    expect(outcome).toMatchObject({
      state: 'FAILED',
      exitCode: 65,
      errorCode: 'data-validation',
      usageSource: 'profile',
    });
    // The profile's 2 CPUs and 4 GiB for the Job's run time.
    expect(outcome.usage.cpuSeconds).toBeCloseTo(
      2 * outcome.usage.wallSeconds,
      3,
    );
    expect(outcome.usage.peakMemoryBytes).toBe(4096 * 1024 * 1024);

    const wrongShape = launchOf();
    const second = start(wrongShape);
    const secondName = jobNameOf(wrongShape.attemptId, 'train', 1);
    await waitForJob(secondName);
    await podTerminates(
      secondName,
      0,
      JSON.stringify({ format: 'ai-ops-usage/1', cpuSeconds: -1 }),
    );
    await controllerEnds(secondName, 'Complete');
    expect(await second.finished).toMatchObject({
      usageSource: 'profile',
      usage: { cpuSeconds: expect.closeTo(180, 0) },
    });
  });

  it('reports failures, and a passed deadline as a timeout', async () => {
    const failing = launchOf();
    const failed = start(failing);
    await controllerEnds(jobNameOf(failing.attemptId, 'train', 1), 'Failed');
    expect(await failed.finished).toMatchObject({
      state: 'FAILED',
      errorCode: 'runtime',
    });

    const late = launchOf();
    const timedOut = start(late);
    await controllerEnds(
      jobNameOf(late.attemptId, 'train', 1),
      'Failed',
      'DeadlineExceeded',
    );
    expect(await timedOut.finished).toMatchObject({
      state: 'FAILED',
      errorCode: 'timeout',
    });
  });

  it('cancels by deleting the Job', async () => {
    const task = launchOf({
      resources: { name: 'small', cpu: 0.5, memoryMiB: 256, gpu: 0 },
      timeoutSeconds: undefined,
    });
    const { finished } = start(task);
    const name = jobNameOf(task.attemptId, 'train', 1);
    const job = await waitForJob(name);
    expect(job.spec!.template.spec!.containers[0].resources?.limits).toEqual({
      // The API server writes quantities in canonical form.
      cpu: '500m',
      memory: '256Mi',
    });
    expect(job.spec!.activeDeadlineSeconds).toBeUndefined();

    await executor.cancel(task.attemptId);
    expect(await finished).toMatchObject({ state: 'CANCELED' });
    // Background propagation: the Job is gone or being deleted.
    const left = await batch
      .readNamespacedJob({ name, namespace })
      .catch(() => undefined);
    expect(
      left === undefined || left.metadata?.deletionTimestamp !== undefined,
    ).toBe(true);
  });

  it('reports a Job deleted behind its back as a runtime failure', async () => {
    const task = launchOf();
    const { finished } = start(task);
    const name = jobNameOf(task.attemptId, 'train', 1);
    await waitForJob(name);
    await batch.deleteNamespacedJob({
      name,
      namespace,
      propagationPolicy: 'Background',
    });
    expect(await finished).toMatchObject({
      state: 'FAILED',
      errorCode: 'runtime',
      errorMessage: `Job ${name} was deleted`,
    });
  });
});
