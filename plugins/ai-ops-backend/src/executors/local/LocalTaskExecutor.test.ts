import { mockServices } from '@backstage/backend-test-utils';
import { TaskLaunch, TaskOutcome } from '@internal/plugin-ai-ops-node';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalObjectStore } from '../../storage/LocalObjectStore';
import { LocalTaskExecutor } from './LocalTaskExecutor';

jest.setTimeout(30_000);

const node = process.execPath;

function launchOf(
  command: string[],
  extra: Partial<TaskLaunch> = {},
): TaskLaunch {
  return {
    attemptId: `run-1/${Math.random().toString(36).slice(2)}/1`,
    runId: 'run-1',
    taskId: 'task-1',
    nodeId: 'train',
    attempt: 1,
    workspace: 'ml',
    image: 'node:24-alpine',
    command,
    env: {},
    resources: { name: 'small', cpu: 1, memoryMiB: 512, gpu: 0 },
    inputs: {},
    outputs: {},
    ...extra,
  };
}

async function setUp() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ai-ops-exec-'));
  const store = new LocalObjectStore(root);
  const executor = new LocalTaskExecutor(
    4,
    store,
    mockServices.logger.mock(),
    root,
  );
  return { store, executor, root };
}

/** Launches and collects what the executor reports until it finishes. */
async function run(executor: LocalTaskExecutor, task: TaskLaunch) {
  const logs: string[] = [];
  let executorRef: string | undefined;
  const outcome = await new Promise<TaskOutcome>((resolve, reject) => {
    executor
      .launch(task, {
        started: ref => {
          executorRef = ref;
        },
        log: chunk => logs.push(chunk),
        finished: resolve,
      })
      .catch(reject);
  });
  return { outcome, log: logs.join(''), executorRef };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('LocalTaskExecutor', () => {
  it('runs a real process and captures stdout and stderr in order', async () => {
    const { executor } = await setUp();
    const { outcome, log, executorRef } = await run(
      executor,
      launchOf([
        node,
        '-e',
        "console.log('one'); console.error('two'); console.log('three')",
      ]),
    );
    expect(outcome).toMatchObject({ state: 'SUCCEEDED', exitCode: 0 });
    expect(log).toBe('one\ntwo\nthree\n');
    expect(executorRef).toMatch(/:\d+$/);
  });

  it('measures CPU seconds and peak memory of the process group', async () => {
    const { executor } = await setUp();
    // Busy until the process itself has used 0.7 s of CPU.
    const busy = `const a = Buffer.alloc(150 * 1024 * 1024, 1); while (process.cpuUsage().user + process.cpuUsage().system < 700000) a[0]++;`;
    const { outcome } = await run(executor, launchOf([node, '-e', busy]));
    expect(outcome.state).toBe('SUCCEEDED');
    expect(outcome.usage.cpuSeconds).toBeGreaterThanOrEqual(0.69);
    expect(outcome.usage.cpuSeconds).toBeLessThan(5);
    expect(outcome.usage.peakMemoryBytes).toBeGreaterThan(150 * 1024 * 1024);
    expect(outcome.usage.wallSeconds).toBeGreaterThan(0.6);
  });

  it('tells data-validation and gate failures from runtime failures', async () => {
    const { executor } = await setUp();
    const exit = (code: number) =>
      run(executor, launchOf([node, '-e', `process.exit(${code})`]));
    expect((await exit(65)).outcome).toMatchObject({
      state: 'FAILED',
      exitCode: 65,
      errorCode: 'data-validation',
    });
    expect((await exit(66)).outcome).toMatchObject({
      state: 'FAILED',
      errorCode: 'gate',
    });
    expect((await exit(3)).outcome).toMatchObject({
      state: 'FAILED',
      exitCode: 3,
      errorCode: 'runtime',
      errorMessage: 'Exited with code 3',
    });
  });

  it('reports a command that cannot start as a runtime failure', async () => {
    const { executor } = await setUp();
    const { outcome } = await run(executor, launchOf(['/no/such/program']));
    expect(outcome).toMatchObject({ state: 'FAILED', errorCode: 'runtime' });
    expect(outcome.errorMessage).toContain('ENOENT');
  });

  it('cancels the whole process group', async () => {
    const { executor } = await setUp();
    const task = launchOf(['sh', '-c', 'sleep 60 & echo $!; wait']);
    const logs: string[] = [];
    const finished = new Promise<TaskOutcome>(resolve =>
      executor.launch(task, {
        started: () => {},
        log: c => logs.push(c),
        finished: resolve,
      }),
    );
    await waitFor(() => /\d+/.test(logs.join('')));
    const grandchild = Number(logs.join('').trim());
    expect(isAlive(grandchild)).toBe(true);

    await executor.cancel(task.attemptId);
    expect(await finished).toMatchObject({ state: 'CANCELED' });
    await waitFor(() => !isAlive(grandchild));
  });

  it('ends an attempt that outlives its timeout', async () => {
    const { executor } = await setUp();
    const { outcome } = await run(
      executor,
      launchOf([node, '-e', 'setTimeout(() => {}, 60000)'], {
        timeoutSeconds: 1,
      }),
    );
    expect(outcome).toMatchObject({ state: 'FAILED', errorCode: 'timeout' });
    expect(outcome.usage.wallSeconds).toBeLessThan(5);
  });

  it('stages inputs, uploads outputs and fills their placeholders', async () => {
    const { executor, store, root } = await setUp();
    const input = await store.put(
      'workspaces/ml/runs/r0/ingest/outputs/data',
      'a,b\n1,2\n',
    );
    const outputKey = 'workspaces/ml/runs/run-1/train/outputs/model';
    const script = `const fs = require('fs'); const { fileURLToPath: f } = require('url'); const [, data, model, tasks] = process.argv; fs.writeFileSync(f(model), fs.readFileSync(f(data), 'utf8').toUpperCase() + process.env.SECRET_OF_BACKEND + '|' + process.env.AI_OPS_NODE_ID + '|' + require('path').basename(tasks) + '|' + (process.env.AI_OPS_OUTPUT_MODEL === model))`;
    process.env.SECRET_OF_BACKEND = 'leaked';
    try {
      const { outcome, log } = await run(
        executor,
        launchOf(
          [
            node,
            '-e',
            script,
            '{{inputs.data}}',
            '{{outputs.model}}',
            '{{tasks}}',
          ],
          {
            env: { AI_OPS_OUTPUT_MODEL: '{{outputs.model}}' },
            inputs: { data: input.uri },
            outputs: {
              model: { key: outputKey, uri: store.uriFor(outputKey) },
            },
          },
        ),
      );
      expect({ ...outcome, log }).toMatchObject({ state: 'SUCCEEDED' });
    } finally {
      delete process.env.SECRET_OF_BACKEND;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of await store.get(store.uriFor(outputKey)))
      chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe(
      `A,B\n1,2\nundefined|train|${path.basename(root)}|true`,
    );
  });

  it('refuses a command with placeholders nothing fills', async () => {
    const { executor } = await setUp();
    const { outcome } = await run(
      executor,
      launchOf([node, '{{inputs.missing}}']),
    );
    expect(outcome).toMatchObject({ state: 'FAILED', errorCode: 'runtime' });
    expect(outcome.errorMessage).toContain('{{inputs.missing}}');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise(r => setTimeout(r, 50));
  }
}
