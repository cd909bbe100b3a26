import { FailureCause } from '@internal/plugin-ai-ops-common';
import { ObjectStore, TaskOutcome } from '@internal/plugin-ai-ops-node';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { parseJsonColumn } from '../database/dbValues';
import { costOf } from '../costs/costOf';
import { ExecutionConfig, profileOf } from './executionConfig';
import { finishRunIfDone, skipDownstream } from './runCompletion';
import { lockRow, moveRow } from './stateWrites';

type Row = Record<string, any>;

/** What changed, for events after the transaction commits. */
export type OutcomeEffects = {
  runId: string;
  workspaceId: string;
  changedTasks: string[];
  runState?: string;
  /** When a retry is due, for a timer. */
  retryAt?: Date;
  cost: number;
};

const MEDIA_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.log': 'text/plain',
  '.html': 'text/html',
  '.png': 'image/png',
};

export function causeOf(errorCode?: string): FailureCause {
  if (errorCode === 'data-validation' || errorCode === 'gate') return errorCode;
  return 'runtime';
}

/**
 * Applies how an attempt ended, in one transaction: usage and cost on the
 * task and run; SUCCEEDED records the outputs as artifacts and unblocks
 * downstream tasks; a runtime failure with attempts left waits for a retry
 * (backoff × multiplier^(attempt-1)), any other failure skips everything
 * downstream; the run ends when nothing of it can change any more. A stale
 * report (another attempt, or a task already ended) changes nothing.
 */
export async function applyOutcome(
  knex: Knex,
  store: ObjectStore,
  config: ExecutionConfig,
  taskId: string,
  attempt: number,
  outcome: TaskOutcome,
): Promise<OutcomeEffects | undefined> {
  return knex.transaction(async trx => {
    // The run first, then the task: the order every writer locks in.
    const found = await trx('tasks').where({ id: taskId }).first('run_id');
    if (!found) return undefined;
    const run = (await lockRow(trx, 'runs', found.run_id))!;
    const task = await lockRow(trx, 'tasks', taskId);
    if (!task || Number(task.attempt) !== attempt) return undefined;
    if (task.state !== 'RUNNING' && task.state !== 'CANCELING')
      return undefined;
    const now = new Date();
    const profile = profileOf(config, task.resource_profile);
    const { gpuHours, cost } = costOf(outcome.usage, profile, config.prices);
    const usage = {
      cpu_seconds: Number(task.cpu_seconds) + outcome.usage.cpuSeconds,
      peak_memory_bytes: Math.max(
        Number(task.peak_memory_bytes),
        outcome.usage.peakMemoryBytes,
      ),
      gpu_hours: Number(task.gpu_hours) + gpuHours,
      cost: Number(task.cost) + cost,
      usage_source: usageSourceOf(task.usage_source, outcome.usageSource),
    };
    const ended = {
      ...usage,
      finished_at: now,
      exit_code: outcome.exitCode ?? null,
      error_code: outcome.errorCode ?? null,
      error_message: outcome.errorMessage ?? null,
    };
    const effects: OutcomeEffects = {
      runId: run.id,
      workspaceId: run.workspace_id,
      changedTasks: [task.id],
      cost,
    };
    const by = `executor:${task.executor}`;

    if (outcome.state === 'SUCCEEDED') {
      await moveRow(trx, 'task', task, 'SUCCEEDED', { by, patch: ended });
      await recordArtifacts(trx, store, task, now);
      const downstream = parseJsonColumn<string[]>(task.downstream, []);
      if (downstream.length) {
        await trx('tasks')
          .where({ run_id: run.id })
          .whereIn('node_id', downstream)
          .decrement('blocked_by', 1);
      }
    } else if (outcome.state === 'FAILED') {
      const cause = causeOf(outcome.errorCode);
      const retry =
        cause === 'runtime' &&
        task.state === 'RUNNING' &&
        run.state !== 'CANCELING' &&
        attempt < Number(task.max_attempts);
      if (retry) {
        const delay =
          Number(task.backoff_seconds) *
          Number(task.backoff_multiplier) ** (attempt - 1);
        effects.retryAt = new Date(now.getTime() + delay * 1000);
        await moveRow(trx, 'task', task, 'PENDING', {
          by,
          reason: `Attempt ${attempt} failed (${
            outcome.errorMessage ?? outcome.errorCode
          }); retry in ${delay} s`,
          patch: { ...ended, next_attempt_at: effects.retryAt },
        });
      } else {
        await moveRow(trx, 'task', task, 'FAILED', {
          by,
          reason: outcome.errorMessage,
          patch: { ...ended, failure_cause: cause },
        });
        effects.changedTasks.push(
          ...(await skipDownstream(trx, run.id, task.node_id)),
        );
      }
    } else {
      await moveRow(trx, 'task', task, 'CANCELED', {
        by,
        reason: outcome.errorMessage,
        patch: ended,
      });
    }

    const runUsage = {
      cpu_seconds: Number(run.cpu_seconds) + outcome.usage.cpuSeconds,
      peak_memory_bytes: Math.max(
        Number(run.peak_memory_bytes),
        outcome.usage.peakMemoryBytes,
      ),
      gpu_hours: Number(run.gpu_hours) + gpuHours,
      cost: Number(run.cost) + cost,
    };
    await trx('runs').where({ id: run.id }).update(runUsage);
    // The run is locked: the row read above plus this update is what is stored.
    const finished = await finishRunIfDone(trx, { ...run, ...runUsage });
    effects.runState = finished.state;
    return effects;
  });
}

/** A task's usage sums its attempts': one estimate makes the sum one. */
function usageSourceOf(
  before: string | null,
  reported: TaskOutcome['usageSource'],
): string | null {
  if (before === 'profile' || reported === 'profile') return 'profile';
  return reported ?? before;
}

/** Each output the task wrote becomes an artifact of the run. */
async function recordArtifacts(
  trx: Knex.Transaction,
  store: ObjectStore,
  task: Row,
  now: Date,
) {
  const outputs = parseJsonColumn<Record<string, { uri: string }>>(
    task.outputs,
    {},
  );
  for (const [name, { uri }] of Object.entries(outputs)) {
    // An output the store cannot see (e.g. moved stores) is no artifact.
    const stat = await store.stat(uri).catch(() => undefined);
    if (!stat) continue;
    await trx('artifacts').insert({
      id: randomUUID(),
      run_id: task.run_id,
      task_id: task.id,
      node_id: task.node_id,
      name,
      uri,
      size: stat.size,
      media_type: MEDIA_TYPES[path.extname(name)] ?? 'application/octet-stream',
      metadata: JSON.stringify({ attempt: Number(task.attempt) }),
      created_at: now,
    });
  }
}
