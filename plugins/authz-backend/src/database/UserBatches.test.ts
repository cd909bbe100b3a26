import { describeOnBothDatabases } from '@internal/testing';
import {
  adminRef,
  createOrgTestDatabase,
  createTestRole,
} from './__testUtils__/papTestDatabase';

describeOnBothDatabases('UserBatches', databases => {
  it.each(databases.eachSupportedId())(
    'applies a bulk action in one transaction with a result per user on %p',
    async databaseId => {
      const { stores, changes, revision } = await createOrgTestDatabase(
        databases,
        databaseId,
      );
      const start = await revision();
      const results = await stores.userBatches.bulk(adminRef, {
        action: 'disable',
        refs: [
          'user:default/alice.kim',
          'user:default/bob.lee',
          'user:default/nobody',
        ],
      });
      expect(results).toEqual([
        { ref: 'user:default/alice.kim', status: 'succeeded' },
        { ref: 'user:default/bob.lee', status: 'succeeded' },
        {
          ref: 'user:default/nobody',
          status: 'failed',
          message: 'No user user:default/nobody',
        },
      ]);
      expect((await stores.users.get('user:default/alice.kim')).status).toBe(
        'disabled',
      );
      expect(await revision()).toBe(start + 1);
      expect(changes.actions()).toEqual([
        'authz.user.update',
        'authz.user.update',
      ]);

      const deleted = await stores.userBatches.bulk(adminRef, {
        action: 'delete',
        refs: ['user:default/alice.kim', 'user:default/bob.lee'],
      });
      expect(deleted.map(r => r.status)).toEqual(['failed', 'succeeded']);
      expect(deleted[0].message).toMatch(/comes from the catalog/);
    },
  );

  it.each(databases.eachSupportedId())(
    'attaches and detaches a role for many users on %p',
    async databaseId => {
      const { stores } = await createOrgTestDatabase(databases, databaseId);
      const role = await createTestRole(stores);
      const refs = ['user:default/alice.kim', 'user:default/bob.lee'];
      await stores.userBatches.bulk(adminRef, {
        action: 'attachRole',
        roleId: role.id,
        refs,
      });
      expect((await stores.roles.get(role.id)).userCount).toBe(2);
      await stores.userBatches.bulk(adminRef, {
        action: 'detachRole',
        roleId: role.id,
        refs: [refs[0]],
      });
      expect((await stores.users.get(refs[1])).roleIds).toEqual([role.id]);
      expect((await stores.users.get(refs[0])).roleIds).toEqual([]);
      await expect(
        stores.userBatches.bulk(adminRef, {
          action: 'attachRole',
          roleId: 'nope',
          refs,
        }),
      ).rejects.toThrow('roleId: no role nope');
    },
  );

  it.each(databases.eachSupportedId())(
    'imports rows: creates, updates, skips and reports invalid ones on %p',
    async databaseId => {
      const { stores, changes, revision } = await createOrgTestDatabase(
        databases,
        databaseId,
      );
      const start = await revision();
      const outcomes = await stores.userBatches.importUsers(adminRef, [
        {
          row: 2,
          name: 'carol.park',
          email: 'carol@acme.example',
          departmentRef: 'group:default/finance',
          groupRefs: ['group:default/guests'],
        },
        {
          row: 3,
          name: 'bob.lee',
          displayName: 'Robert Lee',
          status: 'disabled',
        },
        { row: 4, name: 'alice.kim', displayName: 'Alice' },
        { row: 5, name: 'dave.choi', departmentRef: 'group:default/nope' },
        {
          row: 6,
          name: 'bob.lee',
          displayName: 'Robert Lee',
          status: 'disabled',
        },
      ]);
      expect(outcomes).toEqual([
        { row: 2, name: 'carol.park', status: 'created' },
        { row: 3, name: 'bob.lee', status: 'updated' },
        {
          row: 4,
          name: 'alice.kim',
          status: 'skipped',
          message: 'user:default/alice.kim comes from the catalog',
        },
        {
          row: 5,
          name: 'dave.choi',
          status: 'invalid',
          message: 'departmentRef: no department group:default/nope',
        },
        { row: 6, name: 'bob.lee', status: 'skipped', message: 'no changes' },
      ]);
      expect(await stores.users.get('user:default/carol.park')).toMatchObject({
        status: 'active',
        groupRefs: ['group:default/guests'],
      });
      expect(await stores.users.get('user:default/bob.lee')).toMatchObject({
        displayName: 'Robert Lee',
        status: 'disabled',
        groupRefs: ['group:default/guests'],
      });
      await expect(
        stores.users.get('user:default/dave.choi'),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
      });
      expect(await revision()).toBe(start + 1);
      expect(changes.actions()).toEqual([
        'authz.user.create',
        'authz.user.update',
      ]);
    },
  );
});
