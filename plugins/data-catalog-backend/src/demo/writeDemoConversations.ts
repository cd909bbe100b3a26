import { Knex } from 'knex';
import { recordActivity } from '../governance/activity';
import {
  addReply,
  createThread,
  setResolved,
} from '../governance/discussionsStore';
import { addFavorite } from '../governance/favoritesStore';
import { describeTarget } from '../governance/tableTargets';
import { DemoDiscussion, DemoGovernance } from './demoGovernanceSchema';
import { DemoTables } from './demoTables';

/** A discussion thread with its replies, resolved when the content says. */
export async function writeDemoDiscussion(
  trx: Knex.Transaction,
  tables: DemoTables,
  discussion: DemoDiscussion,
  path: string,
): Promise<void> {
  const { table, column } = tables.node(path, discussion);
  const thread = await createThread(trx, {
    entityRef: table.entityRef,
    column,
    title: discussion.title,
    body: discussion.body,
    author: discussion.author,
  });
  await recordActivity(trx, {
    type: 'discussion',
    entityRef: table.entityRef,
    actor: discussion.author,
    summary: `New discussion on ${describeTarget(table, column)}: ${
      discussion.title
    }`,
  });
  for (const reply of discussion.replies) {
    await addReply(trx, { threadId: thread.id, ...reply });
  }
  if (discussion.resolved) await setResolved(trx, thread.id, true);
}

/** People's favourite tables; returns how many were added. */
export async function writeDemoFavorites(
  trx: Knex.Transaction,
  tables: DemoTables,
  favorites: DemoGovernance['favorites'],
): Promise<number> {
  let added = 0;
  for (const [i, { user, tables: names }] of favorites.entries()) {
    for (const [j, name] of names.entries()) {
      const table = tables.table(`favorites[${i}].tables[${j}]`, name);
      await addFavorite(trx, user, table.entityRef);
      added += 1;
    }
  }
  return added;
}
