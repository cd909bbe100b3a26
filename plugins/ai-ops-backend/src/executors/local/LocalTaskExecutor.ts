import {
  LoggerService,
  resolvePackagePath,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { errorCodeOfExit, TaskUsage } from '@internal/plugin-ai-ops-common';
import {
  fillPlaceholders,
  NO_USAGE,
  ObjectStore,
  TaskExecutor,
  TaskLaunch,
  TaskObserver,
  TaskOutcome,
  unfilledPlaceholders,
} from '@internal/plugin-ai-ops-node';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LogTail } from './LogTail';
import { ProcessGroupMeter } from './ProcessGroupMeter';
import { StagedFiles, stageInputs, uploadOutputs } from './stagedFiles';

type Exit = {
  exitCode: number | null;
  signal: string | null;
  usage: Promise<TaskUsage>;
};
type Attempt = { pid: number; ending?: 'canceled' | 'timeout' };

/** Variables of the backend a task may see; nothing else (no secrets). */
const INHERITED_ENV = ['PATH', 'HOME', 'LANG', 'TZ', 'NODE_EXTRA_CA_CERTS'];
const KILL_GRACE_MS = 3000;

function failureOf(exitCode: number | null, signal: string | null) {
  const errorCode = errorCodeOfExit(exitCode);
  const messages = {
    'data-validation': `The data is invalid (exit code ${exitCode})`,
    gate: `The gate did not pass (exit code ${exitCode})`,
    runtime: signal ? `Killed by ${signal}` : `Exited with code ${exitCode}`,
  };
  return { errorCode, errorMessage: messages[errorCode] };
}

/**
 * The embedded executor: every attempt is a child process of the backend,
 * leader of its own process group, with a working directory of its own.
 * No shell is involved unless the command itself is one (`shell` nodes).
 */
export class LocalTaskExecutor implements TaskExecutor {
  readonly id = 'local';
  private readonly attempts = new Map<string, Attempt>();
  private readonly meter = new ProcessGroupMeter();

  constructor(
    readonly maxParallel: number,
    private readonly store: ObjectStore,
    private readonly logger: LoggerService,
    private readonly tasksDir = resolvePackagePath(
      '@internal/plugin-ai-ops-backend',
      'tasks',
    ),
  ) {}

  /** `aiOps.executors.local.maxParallel` (default: the number of CPUs). */
  static fromConfig(
    config: RootConfigService,
    logger: LoggerService,
    store: ObjectStore,
  ): LocalTaskExecutor {
    const maxParallel =
      config.getOptionalNumber('aiOps.executors.local.maxParallel') ??
      os.availableParallelism();
    return new LocalTaskExecutor(maxParallel, store, logger);
  }

  async launch(task: TaskLaunch, observer: TaskObserver): Promise<void> {
    const baseDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ai-ops-task-'));
    const workDir = path.join(baseDir, 'work');
    const logFile = path.join(baseDir, 'output.log');
    const finish = async (outcome: TaskOutcome) => {
      this.attempts.delete(task.attemptId);
      // Usage here is always measured (in the process group).
      observer.finished({ ...outcome, usageSource: 'measured' });
      await fs.rm(baseDir, { recursive: true, force: true });
    };

    let files: StagedFiles;
    let argv: string[];
    let env: Record<string, string>;
    try {
      await fs.mkdir(workDir);
      files = await stageInputs(task, this.store, workDir);
      const values = {
        inputs: files.inputs,
        outputs: files.outputs,
        tasks: this.tasksDir,
      };
      argv = fillPlaceholders(task.command, values);
      env = this.envOf(task, workDir, values);
      const unfilled = unfilledPlaceholders([...argv, ...Object.values(env)]);
      if (unfilled.length) throw new Error(`Unfilled ${unfilled.join(', ')}`);
    } catch (error) {
      await finish({
        state: 'FAILED',
        errorCode: 'runtime',
        errorMessage: `Could not prepare the task: ${(error as Error).message}`,
        usage: NO_USAGE,
      });
      return;
    }

    const log = await fs.open(logFile, 'a');
    const child = spawn(argv[0], argv.slice(1), {
      cwd: workDir,
      detached: true,
      stdio: ['ignore', log.fd, log.fd],
      env,
    });
    const tail = new LogTail(logFile, chunk => observer.log(chunk));

    child.once('error', async error => {
      if (child.pid !== undefined) return; // reported by 'exit'
      await tail.close();
      await finish({
        state: 'FAILED',
        errorCode: 'runtime',
        errorMessage: `Could not start ${argv[0]}: ${error.message}`,
        usage: NO_USAGE,
      });
    });
    // Listened to before anything is awaited: a short task may be gone by then.
    const exit = new Promise<Exit>(resolve =>
      child.once('exit', (exitCode, signal) =>
        resolve({ exitCode, signal, usage: this.meter.exited(child.pid!) }),
      ),
    );
    if (child.pid !== undefined) this.meter.start(child.pid);
    await log.close();
    if (child.pid === undefined) return;

    const pid = child.pid;
    const attempt: Attempt = { pid };
    this.attempts.set(task.attemptId, attempt);
    observer.started(`${os.hostname()}:${pid}`);
    const timer = task.timeoutSeconds
      ? setTimeout(() => {
          attempt.ending ??= 'timeout';
          this.killGroup(pid);
        }, task.timeoutSeconds * 1000)
      : undefined;

    this.report(exit, attempt, timer, task, files, tail, finish).catch(error =>
      this.logger.error(`Could not report ${task.attemptId}: ${error}`),
    );
  }

  /** Waits for the process to end and reports how it ended. */
  private async report(
    exit: Promise<Exit>,
    attempt: Attempt,
    timer: NodeJS.Timeout | undefined,
    task: TaskLaunch,
    files: StagedFiles,
    tail: LogTail,
    finish: (outcome: TaskOutcome) => Promise<void>,
  ) {
    const { exitCode, signal, usage: measured } = await exit;
    clearTimeout(timer);
    const usage = await measured;
    await tail.close();
    if (attempt.ending === 'canceled') {
      await finish({ state: 'CANCELED', usage, errorMessage: 'Canceled' });
    } else if (attempt.ending === 'timeout') {
      await finish({
        state: 'FAILED',
        usage,
        errorCode: 'timeout',
        errorMessage: `Timed out after ${task.timeoutSeconds} s`,
      });
    } else if (exitCode === 0) {
      try {
        await uploadOutputs(task, files, this.store);
        await finish({ state: 'SUCCEEDED', exitCode, usage });
      } catch (error) {
        await finish({
          state: 'FAILED',
          exitCode,
          usage,
          errorCode: 'runtime',
          errorMessage: `Could not store the outputs: ${
            (error as Error).message
          }`,
        });
      }
    } else {
      await finish({
        state: 'FAILED',
        exitCode: exitCode ?? undefined,
        usage,
        ...failureOf(exitCode, signal),
      });
    }
  }

  async cancel(attemptId: string): Promise<void> {
    const attempt = this.attempts.get(attemptId);
    if (!attempt) return;
    attempt.ending ??= 'canceled';
    this.killGroup(attempt.pid);
  }

  /** SIGTERM to the whole group, SIGKILL for what is left after a grace. */
  private killGroup(pid: number) {
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-pid, name);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') {
          this.logger.warn(
            `Could not signal task process group ${pid}: ${error}`,
          );
        }
      }
    };
    signal('SIGTERM');
    setTimeout(() => signal('SIGKILL'), KILL_GRACE_MS).unref();
  }

  /** The task's own variables, with placeholders filled as in argv. */
  private envOf(
    task: TaskLaunch,
    workDir: string,
    values: Parameters<typeof fillPlaceholders>[1],
  ): Record<string, string> {
    const env: Record<string, string> = {};
    for (const name of INHERITED_ENV) {
      if (process.env[name]) env[name] = process.env[name]!;
    }
    Object.assign(env, {
      TMPDIR: workDir,
      AI_OPS_WORKSPACE: task.workspace,
      AI_OPS_RUN_ID: task.runId,
      AI_OPS_TASK_ID: task.taskId,
      AI_OPS_NODE_ID: task.nodeId,
      AI_OPS_ATTEMPT: String(task.attempt),
    });
    for (const [name, value] of Object.entries(task.env)) {
      env[name] = fillPlaceholders([value], values)[0];
    }
    return env;
  }
}
