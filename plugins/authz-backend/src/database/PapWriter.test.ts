import { Knex } from 'knex';
import { describeOnBothDatabases } from '@internal/testing';
import { createPapTestDatabase } from './__testUtils__/papTestDatabase';
import { RecordChange } from './PapWriter';

/** What a store does to create a group: the row and its recorded change. */
async function createGroup(
  trx: Knex.Transaction,
  record: RecordChange,
  name: string,
) {
  const ref = `group:default/${name}`;
  await trx('authz_groups').insert({ ref, name, source: 'local' });
  await record({
    action: 'authz.group.create',
    targetKind: 'group',
    targetRef: ref,
  });
}

describeOnBothDatabases('PapWriter', databases => {
  it.each(databases.eachSupportedId())(
    'records changes and moves the revision once per commit, on %p',
    async databaseId => {
      const { knex, changes, stores, revision } = await createPapTestDatabase(
        databases,
        databaseId,
      );
      const committed: number[] = [];
      stores.writer.onCommitted(r => committed.push(r));
      const start = await revision();

      await stores.writer.write('user:default/admin', async (trx, record) => {
        await createGroup(trx, record, 'a');
        await record({
          action: 'authz.group.update',
          targetKind: 'group',
          targetRef: 'group:default/a',
        });
      });

      expect(await revision()).toBe(start + 1);
      expect(committed).toEqual([start + 1]);
      expect(changes.changes).toEqual([
        expect.objectContaining({
          actor: 'user:default/admin',
          action: 'authz.group.create',
          result: 'succeeded',
          pluginId: 'authz',
        }),
        expect.objectContaining({ action: 'authz.group.update' }),
      ]);

      await stores.writer.write('user:default/admin', async trx => {
        await trx('authz_groups').where({ ref: 'group:default/a' }).first();
      });
      expect(await revision()).toBe(start + 1);

      await expect(
        stores.writer.write('user:default/admin', async (trx, record) => {
          await createGroup(trx, record, 'b');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await revision()).toBe(start + 1);
      expect(changes.changes).toHaveLength(2);
      expect(
        await knex('authz_groups').where({ ref: 'group:default/b' }),
      ).toEqual([]);
      expect(committed).toEqual([start + 1]);
    },
  );
});
