import { AssetDoc } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { recordActivity } from '../governance/activity';
import { updateDoc } from '../governance/docsStore';
import { GovernanceChanges } from '../governance/governanceTransaction';
import { assignTags } from '../governance/tagAssignment';
import { resolveTags } from '../governance/tagsStore';
import { describeTarget, TableTarget } from '../governance/tableTargets';
import { DemoTableContent } from './demoGovernanceSchema';
import { atPath, DemoTables } from './demoTables';

type Target = { table: TableTarget; column?: string; path: string };

const verbs = { 'doc-edit': 'Documented', tag: 'Tagged' };

/** The activity entry of a change to a table or column: what changed. */
async function recordChange(
  trx: Knex.Transaction,
  { table, column }: Target,
  type: keyof typeof verbs,
  what: string,
  actor: string,
) {
  await recordActivity(trx, {
    type,
    entityRef: table.entityRef,
    actor,
    summary: `${verbs[type]} ${describeTarget(table, column)}: ${what}`,
  });
}

async function writeDoc(
  trx: Knex.Transaction,
  target: Target,
  doc: AssetDoc | undefined,
  actor: string,
) {
  if (!doc) return;
  await atPath(`${target.path}.doc`, async () => {
    const { changes } = await updateDoc(trx, {
      entityRef: target.table.entityRef,
      column: target.column,
      patch: doc,
      actor,
    });
    if (changes.length === 0) return;
    const fields = changes.map(c => c.field).join(', ');
    await recordChange(trx, target, 'doc-edit', fields, actor);
  });
}

async function writeTags(
  trx: Knex.Transaction,
  target: Target,
  names: string[],
  actor: string,
) {
  if (names.length === 0) return;
  const path = `${target.path}.tags`;
  const add = await resolveTags(trx, path, names);
  await atPath(path, async () => {
    const { before, after } = await assignTags(trx, {
      entityRef: target.table.entityRef,
      column: target.column,
      add,
      remove: [],
      actor,
    });
    const added = after.filter(t => !before.some(b => b.id === t.id));
    if (added.length === 0) return;
    const tags = added.map(t => `+${t.name}`).join(' ');
    await recordChange(trx, target, 'tag', tags, actor);
  });
}

/**
 * One table's documentation and tags, and its columns'. Documentation
 * first and the table's tags before its columns': the tag policy checks
 * each step, and PII on a column needs the table's owner and restricted
 * tag to be there already.
 */
export async function writeDemoTable(
  trx: Knex.Transaction,
  changes: GovernanceChanges,
  tables: DemoTables,
  name: string,
  content: DemoTableContent,
  actor: string,
): Promise<void> {
  const path = `tables.${name}`;
  const table = tables.table(path, name);
  const columns = Object.entries(content.columns).map(([column, value]) => {
    const columnPath = `${path}.columns.${column}`;
    tables.column(columnPath, table, column);
    return { target: { table, column, path: columnPath }, value };
  });
  await writeDoc(trx, { table, path }, content.doc, actor);
  for (const { target, value } of columns) {
    await writeDoc(trx, target, value.doc, actor);
  }
  await writeTags(trx, { table, path }, content.tags, actor);
  for (const { target, value } of columns) {
    await writeTags(trx, target, value.tags, actor);
  }
  changes.table(table.entityRef, { entity: true });
  changes.vocabulary ||= [content, ...Object.values(content.columns)].some(
    c => c.tags.length > 0,
  );
}
