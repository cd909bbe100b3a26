import { NotFoundError } from '@backstage/errors';
import {
  DiscussionReply,
  DiscussionThread,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { toBoolean, toColumnName, toIso } from './rows';
import { sortableId } from './sortableIds';

type Db = Knex | Knex.Transaction;
type Timestamp = Date | string | number;

type ThreadRow = {
  id: string;
  entity_ref: string;
  column_name: string;
  title: string;
  body: string;
  author: string;
  resolved: boolean | number;
  created_at: Timestamp;
};
type ReplyRow = {
  id: string;
  thread_id: string;
  body: string;
  author: string;
  created_at: Timestamp;
};

function replyFromRow(row: ReplyRow): DiscussionReply {
  return {
    id: row.id,
    threadId: row.thread_id,
    body: row.body,
    author: row.author,
    createdAt: toIso(row.created_at),
  };
}

/** Threads newest first, each with its replies oldest first. */
async function threadsWhere(
  db: Db,
  where: (q: Knex.QueryBuilder) => void,
): Promise<DiscussionThread[]> {
  const rows: ThreadRow[] = await db('discussion_threads')
    .modify(where)
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
  const replies: ReplyRow[] = rows.length
    ? await db('discussion_replies')
        .whereIn(
          'thread_id',
          rows.map(row => row.id),
        )
        .orderBy(['created_at', 'id'])
    : [];
  return rows.map(row => ({
    id: row.id,
    entityRef: row.entity_ref,
    ...(row.column_name ? { column: row.column_name } : {}),
    title: row.title,
    body: row.body,
    author: row.author,
    resolved: toBoolean(row.resolved),
    createdAt: toIso(row.created_at),
    replies: replies.filter(r => r.thread_id === row.id).map(replyFromRow),
  }));
}

/** A table's threads: of one column when named, else all of them. */
export function listThreads(
  db: Db,
  entityRef: string,
  column?: string,
): Promise<DiscussionThread[]> {
  return threadsWhere(db, q => {
    q.where('entity_ref', entityRef);
    if (column !== undefined) q.where('column_name', column);
  });
}

export async function getThread(db: Db, id: string): Promise<DiscussionThread> {
  const [thread] = await threadsWhere(db, q => q.where('id', id));
  if (!thread) throw new NotFoundError(`No discussion ${id}`);
  return thread;
}

export async function createThread(
  trx: Knex.Transaction,
  thread: {
    entityRef: string;
    column?: string;
    title: string;
    body: string;
    author: string;
  },
): Promise<DiscussionThread> {
  const id = sortableId();
  await trx('discussion_threads').insert({
    id,
    entity_ref: thread.entityRef,
    column_name: toColumnName(thread.column),
    title: thread.title,
    body: thread.body,
    author: thread.author,
    resolved: false,
    created_at: new Date(),
  });
  return getThread(trx, id);
}

export async function addReply(
  db: Db,
  reply: { threadId: string; body: string; author: string },
): Promise<DiscussionReply> {
  const row = {
    id: sortableId(),
    thread_id: reply.threadId,
    body: reply.body,
    author: reply.author,
    created_at: new Date(),
  };
  await db('discussion_replies').insert(row);
  return replyFromRow(row);
}

export async function setResolved(db: Db, id: string, resolved: boolean) {
  await db('discussion_threads').where('id', id).update({ resolved });
  return getThread(db, id);
}

/** With its replies (explicitly: SQLite may not enforce the cascade). */
export async function deleteThread(trx: Knex.Transaction, id: string) {
  await trx('discussion_replies').where('thread_id', id).delete();
  await trx('discussion_threads').where('id', id).delete();
}
