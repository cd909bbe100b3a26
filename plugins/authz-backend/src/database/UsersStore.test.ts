import { describeOnBothDatabases } from '@internal/testing';
import {
  adminRef,
  createOrgTestDatabase,
  createTestRole,
  listDefaults,
} from './__testUtils__/papTestDatabase';

describeOnBothDatabases('UsersStore', databases => {
  it.each(databases.eachSupportedId())(
    'lists with search, filters, sort and paging on %p',
    async databaseId => {
      const { stores } = await createOrgTestDatabase(databases, databaseId);
      const users = stores.users;

      const all = await users.list(listDefaults);
      expect(all.totalCount).toBe(2);
      expect(all.items.map(u => u.ref)).toEqual([
        'user:default/alice.kim',
        'user:default/bob.lee',
      ]);
      expect(all.items[0]).toMatchObject({
        displayName: 'Alice Kim',
        groupRefs: ['group:default/platform-team'],
        roleIds: [],
        source: 'catalog',
        status: 'active',
      });

      expect(
        (await users.list({ ...listDefaults, q: 'BOB' })).items.map(
          u => u.name,
        ),
      ).toEqual(['bob.lee']);
      expect(
        (await users.list({ ...listDefaults, q: 'acme.example' })).totalCount,
      ).toBe(2);
      expect((await users.list({ ...listDefaults, q: '%' })).totalCount).toBe(
        0,
      );

      const page = await users.list({
        ...listDefaults,
        sort: 'name',
        order: 'desc',
        limit: 1,
      });
      expect(page).toMatchObject({
        totalCount: 2,
        items: [{ name: 'bob.lee' }],
      });
      const next = await users.list({
        ...listDefaults,
        sort: 'name',
        order: 'desc',
        limit: 1,
        offset: 1,
      });
      expect(next.items.map(u => u.name)).toEqual(['alice.kim']);

      // departmentRef includes the departments below it.
      expect(
        (
          await users.list({
            ...listDefaults,
            departmentRef: 'group:default/engineering',
          })
        ).totalCount,
      ).toBe(2);
      expect(
        (
          await users.list({
            ...listDefaults,
            departmentRef: 'group:default/infrastructure',
          })
        ).items.map(u => u.name),
      ).toEqual(['bob.lee']);
      expect(
        (
          await users.list({
            ...listDefaults,
            groupRef: 'group:default/platform-team',
          })
        ).items.map(u => u.name),
      ).toEqual(['alice.kim']);

      await stores.users.update(adminRef, 'user:default/bob.lee', {
        status: 'disabled',
      });
      expect(
        (await users.list({ ...listDefaults, status: 'disabled' })).items.map(
          u => u.name,
        ),
      ).toEqual(['bob.lee']);

      const role = await createTestRole(stores);
      await stores.roles.attachHolders(adminRef, role.id, [
        { kind: 'user', ref: 'user:default/alice.kim' },
      ]);
      expect(
        (await users.list({ ...listDefaults, roleId: role.id })).items.map(
          u => u.name,
        ),
      ).toEqual(['alice.kim']);

      await expect(
        users.list({ ...listDefaults, sort: 'password' }),
      ).rejects.toThrow(/^sort: unknown field "password"/);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, updates and deletes local users, recording each change, on %p',
    async databaseId => {
      const { stores, changes, revision } = await createOrgTestDatabase(
        databases,
        databaseId,
      );
      const start = await revision();

      const carol = await stores.users.create(adminRef, {
        name: 'carol.park',
        displayName: 'Carol Park',
        email: 'carol@acme.example',
        status: 'active',
        departmentRef: 'group:default/finance',
        groupRefs: ['group:default/guests'],
      });
      expect(carol).toMatchObject({
        ref: 'user:default/carol.park',
        source: 'local',
        departmentRef: 'group:default/finance',
        groupRefs: ['group:default/guests'],
      });
      expect(await revision()).toBe(start + 1);

      const updated = await stores.users.update(adminRef, carol.ref, {
        displayName: 'Carol P.',
        departmentRef: null,
      });
      expect(updated.displayName).toBe('Carol P.');
      expect(updated.departmentRef).toBeUndefined();

      await stores.users.delete(adminRef, carol.ref);
      await expect(stores.users.get(carol.ref)).rejects.toMatchObject({
        name: 'NotFoundError',
      });
      expect(await revision()).toBe(start + 3);
      expect(changes.actions()).toEqual([
        'authz.user.create',
        'authz.user.update',
        'authz.user.delete',
      ]);
      expect(changes.changes[1]).toMatchObject({
        actor: adminRef,
        targetKind: 'user',
        targetRef: carol.ref,
        before: expect.objectContaining({ displayName: 'Carol Park' }),
        after: expect.objectContaining({ displayName: 'Carol P.' }),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad changes without changing anything on %p',
    async databaseId => {
      const { stores, changes, revision } = await createOrgTestDatabase(
        databases,
        databaseId,
      );
      const start = await revision();
      const base = { status: 'active' as const, groupRefs: [] };

      await expect(
        stores.users.create(adminRef, { ...base, name: 'bob.lee' }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.users.create(adminRef, {
          ...base,
          name: 'x',
          departmentRef: 'group:default/nope',
        }),
      ).rejects.toThrow('departmentRef: no department group:default/nope');
      await expect(
        stores.users.create(adminRef, {
          ...base,
          name: 'x',
          groupRefs: ['group:default/guests', 'group:default/nope'],
        }),
      ).rejects.toThrow('groupRefs[1]: no group group:default/nope');
      await expect(
        stores.users.create(adminRef, {
          ...base,
          name: 'x',
          groupRefs: ['group:default/platform-team'],
        }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.users.update(adminRef, 'user:default/alice.kim', {
          email: 'a@b.c',
        }),
      ).rejects.toThrow(/^email: .* comes from the catalog/);
      await expect(
        stores.users.delete(adminRef, 'user:default/alice.kim'),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.users.update(adminRef, 'user:default/nobody', {
          status: 'active',
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });

      expect(await revision()).toBe(start);
      expect(changes.changes).toEqual([]);
      expect((await stores.users.list(listDefaults)).totalCount).toBe(2);

      // The catalog does not own the status.
      const alice = await stores.users.update(
        adminRef,
        'user:default/alice.kim',
        {
          status: 'disabled',
        },
      );
      expect(alice.status).toBe('disabled');
    },
  );

  it.each(databases.eachSupportedId())(
    'notes sign-ins without moving the revision on %p',
    async databaseId => {
      const { stores, changes, revision } = await createOrgTestDatabase(
        databases,
        databaseId,
      );
      const start = await revision();
      const at = new Date('2026-11-27T10:00:00.000Z');
      await stores.users.touchLastLogin('user:default/alice.kim', at);
      await stores.users.touchLastLogin('user:default/nobody', at);
      expect(
        (await stores.users.get('user:default/alice.kim')).lastLoginAt,
      ).toBe('2026-11-27T10:00:00.000Z');
      expect(await revision()).toBe(start);
      expect(changes.changes).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists the users of a department subtree on %p',
    async databaseId => {
      const { stores } = await createOrgTestDatabase(databases, databaseId);
      expect(
        (await stores.users.inDepartment('group:default/engineering')).map(
          u => u.name,
        ),
      ).toEqual(['alice.kim', 'bob.lee']);
      expect(await stores.users.inDepartment('group:default/finance')).toEqual(
        [],
      );
    },
  );
});
