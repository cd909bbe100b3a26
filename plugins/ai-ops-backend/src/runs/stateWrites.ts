import { ConflictError } from '@backstage/errors';
import { RunState, StateChange } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { parseJsonColumn } from '../database/dbValues';
import { checkMove, historyEntry } from './runTransitions';

type Db = Knex | Knex.Transaction;
type Row = Record<string, any>;

export type Move = {
  reason?: string;
  by?: string;
  /** Other columns to set with the state. */
  patch?: Record<string, unknown>;
  at?: Date;
};

/**
 * Moves a run or task row to `to`: the transition is checked, the history
 * appended, and the write only lands while the row is still in the state it
 * was read in (a concurrent move makes it a 409). Returns the new row.
 */
export async function moveRow(
  db: Db,
  kind: 'run' | 'task',
  row: Row,
  to: RunState,
  move: Move = {},
): Promise<Row> {
  checkMove(kind, row.state, to);
  const at = move.at ?? new Date();
  const history = parseJsonColumn<StateChange[]>(row.state_history, []);
  history.push(historyEntry(to, at, move.reason, move.by));
  const changes = {
    ...move.patch,
    state: to,
    state_history: JSON.stringify(history),
  };
  const updated = await db(kind === 'run' ? 'runs' : 'tasks')
    .where({ id: row.id, state: row.state })
    .update(changes);
  if (updated !== 1) {
    throw new ConflictError(`The ${kind} ${row.id} changed meanwhile`);
  }
  return { ...row, ...changes };
}

/**
 * Locks the rows a query reads until the transaction ends, where the
 * database can (SQLite runs one transaction at a time anyway). Lock a run
 * before its tasks, everywhere, so that two transactions never wait for
 * each other.
 */
export function lockingRead<Q extends Knex.QueryBuilder>(
  trx: Knex.Transaction,
  query: Q,
): Q {
  return isPostgres(trx) ? (query.forUpdate() as Q) : query;
}

/** Namespaces this plugin's advisory locks (the 4 bytes 'AIOQ'). */
const QUEUE_LOCK_CLASS = 0x41494f51;

/**
 * Holds a queue's lock until the transaction ends: a transaction-scoped
 * advisory lock on PostgreSQL (queues live in config, not in a table);
 * SQLite runs one transaction at a time anyway. Take it before any row
 * lock.
 */
export async function lockQueue(
  trx: Knex.Transaction,
  queue: string,
): Promise<void> {
  if (!isPostgres(trx)) return;
  await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [
    QUEUE_LOCK_CLASS,
    queue,
  ]);
}

function isPostgres(db: Db): boolean {
  const client = db.client.config.client;
  return client === 'pg' || client === 'postgresql';
}

/** Reads a row inside a transaction, locking it where the database can. */
export async function lockRow(
  trx: Knex.Transaction,
  table: 'runs' | 'tasks',
  id: string,
): Promise<Row | undefined> {
  return lockingRead(trx, trx(table).where({ id })).first();
}
