import { createPortalTestDatabases } from '@internal/testing';
import { createPapTestDatabase } from './__testUtils__/papTestDatabase';

jest.setTimeout(60_000);

describe('PapWriter', () => {
  const databases = createPortalTestDatabases();

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
        await trx('authz_groups').insert({
          ref: 'group:default/a',
          name: 'a',
          source: 'local',
        });
        await record({
          action: 'authz.group.create',
          targetKind: 'group',
          targetRef: 'group:default/a',
        });
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
          await trx('authz_groups').insert({
            ref: 'group:default/b',
            name: 'b',
            source: 'local',
          });
          await record({
            action: 'authz.group.create',
            targetKind: 'group',
            targetRef: 'group:default/b',
          });
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
