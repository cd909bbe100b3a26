import { Knex } from 'knex';
import { lockQueue, Move, moveRow } from './stateWrites';

type Row = Record<string, any>;

/** Task states that hold a slot of their queue. */
export const SLOT_STATES = ['RUNNING', 'CANCELING'];

/**
 * Moves a ready task to RUNNING only while its queue has a free slot,
 * counted across replicas: the count and the move are one transaction
 * under the queue's lock, so two backends dispatching at once cannot both
 * take the last slot. `'full'` when none is free; a 409 when another move
 * of the task won.
 */
export async function moveIntoQueueSlot(
  knex: Knex,
  task: Row,
  maxConcurrency: number,
  move: Move,
): Promise<Row | 'full'> {
  return knex.transaction(async trx => {
    await lockQueue(trx, task.queue);
    const [{ held }] = await trx('tasks')
      .where({ queue: task.queue })
      .whereIn('state', SLOT_STATES)
      .count({ held: '*' });
    if (Number(held) >= maxConcurrency) return 'full';
    return moveRow(trx, 'task', task, 'RUNNING', move);
  });
}
