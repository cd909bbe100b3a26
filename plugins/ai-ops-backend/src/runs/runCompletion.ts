import { FINAL_STATES } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { parseJsonColumn } from '../database/dbValues';
import { moveRow } from './stateWrites';

type Row = Record<string, any>;

/**
 * Marks every task downstream of `failedNode` that has not started as
 * SKIPPED; returns the ids of the tasks it moved.
 */
export async function skipDownstream(
  trx: Knex.Transaction,
  runId: string,
  failedNode: string,
): Promise<string[]> {
  const tasks: Row[] = await trx('tasks').where({ run_id: runId });
  const byNode = new Map(tasks.map(t => [t.node_id, t]));
  const skipped: string[] = [];
  const queue = [
    ...parseJsonColumn<string[]>(byNode.get(failedNode)?.downstream, []),
  ];
  const seen = new Set<string>();
  while (queue.length) {
    const node = queue.shift()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const task = byNode.get(node);
    if (!task) continue;
    if (task.state === 'PENDING') {
      await moveRow(trx, 'task', task, 'SKIPPED', {
        reason: `Upstream task ${failedNode} failed`,
        by: 'system',
      });
      skipped.push(task.id);
    }
    queue.push(...parseJsonColumn<string[]>(task.downstream, []));
  }
  return skipped;
}

/**
 * Ends the run once none of its tasks can change any more: CANCELED when
 * it was being stopped, FAILED (with the first failed task's cause) when a
 * task failed, SUCCEEDED otherwise. Returns the run row, moved or not.
 */
export async function finishRunIfDone(
  trx: Knex.Transaction,
  run: Row,
): Promise<Row> {
  if (FINAL_STATES.includes(run.state)) return run;
  const [{ open }] = await trx('tasks')
    .where({ run_id: run.id })
    .whereNotIn('state', FINAL_STATES)
    .count({ open: '*' });
  if (Number(open) > 0) return run;
  const tasks: Row[] = await trx('tasks')
    .where({ run_id: run.id })
    .orderBy('finished_at');
  const patch = { finished_at: new Date() };
  if (run.state === 'CANCELING') {
    return moveRow(trx, 'run', run, 'CANCELED', { by: 'system', patch });
  }
  const failed = tasks.find(
    t => t.state === 'FAILED' || t.state === 'CANCELED',
  );
  if (failed) {
    const message = `Task ${failed.node_id} ${
      failed.state === 'FAILED' ? 'failed' : 'was canceled'
    }${failed.error_message ? `: ${failed.error_message}` : ''}`;
    return moveRow(trx, 'run', run, 'FAILED', {
      by: 'system',
      reason: message,
      patch: {
        ...patch,
        failure_cause: failed.failure_cause ?? 'runtime',
        error_message: message,
      },
    });
  }
  return moveRow(trx, 'run', run, 'SUCCEEDED', { by: 'system', patch });
}
