import { isError } from '@backstage/errors';
import {
  NO_USAGE,
  TaskExecutor,
  TaskLaunch,
  TaskObserver,
  TaskOutcome,
} from '@internal/plugin-ai-ops-node';
import { StagingContext } from '../data/staging/stageVersionAsCsv';
import { datasetInputOf } from './datasetInput';
import { DATASET_INPUT } from './datasetNodes';

/** How an attempt ends whose dataset could not be staged. */
function stagingOutcome(error: unknown, canceled: boolean): TaskOutcome {
  if (canceled) return { state: 'CANCELED', usage: NO_USAGE };
  // Bad or changed data is a 400 (InputError); anything else is the platform's.
  const invalid = isError(error) && error.name === 'InputError';
  return {
    state: 'FAILED',
    errorCode: invalid ? 'data-validation' : 'runtime',
    errorMessage: `Could not stage the dataset version as CSV: ${
      isError(error) ? error.message : String(error)
    }`,
    usage: NO_USAGE,
  };
}

/**
 * Hands an executor's `data.load` attempts their dataset version as one
 * CSV object of the AI-Ops object store (datasetInputOf), which every
 * executor can give a task: the local one downloads or reads it in place,
 * a Kubernetes pod reads it from the store. Staging is part of the
 * attempt: it writes to the attempt's log, can be canceled (and so timed
 * out), and a failure ends the attempt with its cause.
 */
export class DatasetStagingExecutor implements TaskExecutor {
  private readonly staging = new Map<string, AbortController>();

  constructor(
    private readonly executor: TaskExecutor,
    private readonly context: StagingContext,
  ) {}

  get id() {
    return this.executor.id;
  }

  get maxParallel() {
    return this.executor.maxParallel;
  }

  async launch(task: TaskLaunch, observer: TaskObserver): Promise<void> {
    if (!task.inputs[DATASET_INPUT]) {
      await this.executor.launch(task, observer);
      return;
    }
    const controller = new AbortController();
    this.staging.set(task.attemptId, controller);
    let input: string;
    try {
      input = await datasetInputOf(
        this.context,
        task,
        line => observer.log(line),
        controller.signal,
      );
    } catch (error) {
      observer.finished(stagingOutcome(error, controller.signal.aborted));
      return;
    } finally {
      this.staging.delete(task.attemptId);
    }
    if (controller.signal.aborted) {
      observer.finished(stagingOutcome(undefined, true));
      return;
    }
    await this.executor.launch(
      { ...task, inputs: { ...task.inputs, [DATASET_INPUT]: input } },
      observer,
    );
  }

  async cancel(attemptId: string): Promise<void> {
    const staging = this.staging.get(attemptId);
    if (staging) {
      staging.abort();
      return;
    }
    await this.executor.cancel(attemptId);
  }
}

/** The context's executors, each handing `data.load` tasks a CSV object. */
export function withDatasetStaging(
  context: StagingContext & { executors: Map<string, TaskExecutor> },
): Map<string, TaskExecutor> {
  return new Map(
    [...context.executors].map(([id, executor]) => [
      id,
      new DatasetStagingExecutor(executor, context),
    ]),
  );
}
