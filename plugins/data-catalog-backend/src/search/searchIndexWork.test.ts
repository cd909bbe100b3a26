import { TestDatabaseId } from '@backstage/backend-test-utils';
import { describeOnBothDatabases } from '@internal/testing';
import { Knex } from 'knex';
import { createTestContext } from '../__testUtils__/testContext';
import {
  documentAsset,
  insertSource,
  insertTable,
  insertTerm,
  tagAsset,
} from './__testUtils__/searchFixtures';
import { refreshSearchDocuments } from './searchDocuments';
import { syncSearchIndex } from './searchIndexWork';

async function documents(knex: Knex) {
  const rows: { doc_key: string; text: string; tags: string }[] = await knex(
    'search_documents',
  )
    .select('doc_key', 'text', 'tags')
    .orderBy('doc_key');
  return rows;
}

const keys = async (knex: Knex) => (await documents(knex)).map(d => d.doc_key);
const docOf = async (knex: Knex, key: string) =>
  (await documents(knex)).find(d => d.doc_key === key);

describeOnBothDatabases('search index maintenance', databases => {
  async function setup(databaseId: TestDatabaseId) {
    const { knex } = await createTestContext(databases, databaseId);
    await insertSource(knex, { id: 'dw', owner: 'group:default/data' });
    const orders = await insertTable(knex, {
      sourceId: 'dw',
      name: 'orders',
      columns: [{ name: 'id' }],
    });
    const users = await insertTable(knex, { sourceId: 'dw', name: 'users' });
    return { knex, orders, users };
  }

  it.each(databases.eachSupportedId())(
    'refreshes the documents of the given tables only (%p)',
    async databaseId => {
      const { knex, orders, users } = await setup(databaseId);
      await refreshSearchDocuments(knex, [orders]);
      expect(await keys(knex)).toEqual([
        `column:${orders}#id`,
        `table:${orders}`,
      ]);

      await documentAsset(knex, orders, { description: 'Paid orders' });
      await documentAsset(knex, orders, { column: 'id', description: 'Key' });
      await tagAsset(knex, orders, 'finance');
      await refreshSearchDocuments(knex, [orders, users]);
      expect(await docOf(knex, `table:${orders}`)).toMatchObject({
        text: 'Paid orders',
        tags: expect.stringContaining('finance'),
      });
      expect((await docOf(knex, `column:${orders}#id`))?.text).toBe('Key');
      expect(await keys(knex)).toContain(`table:${users}`);

      // A dropped table (its columns go with it) loses its documents.
      await knex('assets').where({ entity_ref: orders }).delete();
      await refreshSearchDocuments(knex, [orders]);
      expect(await keys(knex)).toEqual([`table:${users}`]);
    },
  );

  it.each(databases.eachSupportedId())(
    'repairs what writers did not refresh: new, changed, documented, dropped, aged (%p)',
    async databaseId => {
      const { knex, orders, users } = await setup(databaseId);
      await insertTerm(knex, {
        id: 't1',
        name: 'Order',
        definition: 'A purchase',
        status: 'approved',
      });
      // An empty index is built in one go.
      expect(await syncSearchIndex(knex)).toBe(2);
      expect(await keys(knex)).toEqual([
        `column:${orders}#id`,
        `table:${orders}`,
        `table:${users}`,
        'term:t1',
      ]);
      expect(await syncSearchIndex(knex)).toBe(0);

      const later = new Date(Date.now() + 60_000);
      await knex('assets')
        .where({ entity_ref: orders })
        .update({ comment: 'Changed in the source', changed_at: later });
      await documentAsset(knex, users, { description: 'People' }, later);
      const shipments = await insertTable(knex, {
        sourceId: 'dw',
        name: 'shipments',
      });
      await knex('glossary_terms')
        .where({ id: 't1' })
        .update({ status: 'draft' });
      expect(await syncSearchIndex(knex)).toBe(3);
      expect((await docOf(knex, `table:${orders}`))?.text).toBe(
        'Changed in the source',
      );
      expect((await docOf(knex, `table:${users}`))?.text).toBe('People');
      expect(await keys(knex)).toContain(`table:${shipments}`);
      expect(await keys(knex)).not.toContain('term:t1');

      await knex('assets').where({ entity_ref: shipments }).delete();
      await knex('search_documents')
        .where({ doc_key: `table:${users}` })
        .update({ indexed_at: new Date(Date.now() - 2 * 86_400_000) });
      expect(await syncSearchIndex(knex)).toBe(2);
      expect(await keys(knex)).not.toContain(`table:${shipments}`);

      // A new source owner reaches every table of the source.
      await knex('sources')
        .where({ id: 'dw' })
        .update({ owner: 'group:default/platform', updated_at: later });
      expect(await syncSearchIndex(knex)).toBe(2);
      const owners = await knex('search_documents')
        .where({ entity_ref: orders })
        .pluck('owner');
      expect(owners).toEqual([
        'group:default/platform',
        'group:default/platform',
      ]);
    },
  );
});
