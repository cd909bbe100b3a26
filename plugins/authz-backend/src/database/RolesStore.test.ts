import { describeOnBothDatabases } from '@internal/testing';
import {
  adminRef,
  createOrgTestDatabase,
  createTestRole,
  listDefaults,
} from './__testUtils__/papTestDatabase';

const document = {
  Version: '2012-10-17' as const,
  Statement: [{ Effect: 'Allow' as const, Action: '*', Resource: '*' }],
};

describeOnBothDatabases('RolesStore', databases => {
  async function setup(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await createOrgTestDatabase(databases, databaseId);
    await db.knex('authz_roles').insert({
      id: 'system-role',
      name: 'Platform Administrator',
      type: 'system',
      active: true,
      all_users: false,
      created_at: new Date(),
      updated_at: new Date(),
    });
    return db;
  }

  it.each(databases.eachSupportedId())(
    'creates roles and filters them by type and state on %p',
    async databaseId => {
      const { stores } = await setup(databaseId);
      const viewer = await stores.roles.create(adminRef, {
        name: 'Viewer',
        description: 'Reads things',
        active: false,
        allUsers: true,
      });
      expect(viewer).toMatchObject({
        type: 'custom',
        active: false,
        allUsers: true,
        policyIds: [],
        userCount: 0,
      });
      const list = (query: object) =>
        stores.roles
          .list({ ...listDefaults, ...query })
          .then(p => p.items.map(r => r.name));
      expect(await list({})).toEqual(['Platform Administrator', 'Viewer']);
      expect(await list({ type: 'system' })).toEqual([
        'Platform Administrator',
      ]);
      expect(await list({ type: 'custom', active: false })).toEqual(['Viewer']);
      expect(await list({ active: true })).toEqual(['Platform Administrator']);
      expect(await list({ q: 'reads' })).toEqual(['Viewer']);
      expect(await list({ sort: 'type', order: 'desc' })).toEqual([
        'Platform Administrator',
        'Viewer',
      ]);
      await expect(list({ sort: 'nope' })).rejects.toMatchObject({
        name: 'InputError',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'attaches and detaches holders and policies on %p',
    async databaseId => {
      const { stores, changes, revision } = await setup(databaseId);
      const role = await createTestRole(stores, 'Ops');
      const policy = await stores.policies.create(adminRef, {
        name: 'P',
        active: true,
        document,
      });
      const start = await revision();

      let after = await stores.roles.attachHolders(adminRef, role.id, [
        { kind: 'user', ref: 'user:default/alice.kim' },
        { kind: 'user', ref: 'user:default/alice.kim' },
        { kind: 'group', ref: 'group:default/guests' },
        { kind: 'department', ref: 'group:default/finance' },
      ]);
      expect(after).toMatchObject({
        userCount: 1,
        groupCount: 1,
        departmentCount: 1,
      });
      expect(await stores.roles.holders(role.id)).toEqual([
        {
          kind: 'department',
          ref: 'group:default/finance',
          displayName: 'finance',
        },
        { kind: 'group', ref: 'group:default/guests', displayName: 'Guests' },
        {
          kind: 'user',
          ref: 'user:default/alice.kim',
          displayName: 'Alice Kim',
        },
      ]);
      after = await stores.roles.detachHolders(adminRef, role.id, [
        { kind: 'group', ref: 'group:default/guests' },
      ]);
      expect(after.groupCount).toBe(0);

      after = await stores.roles.attachPolicies(adminRef, role.id, [
        policy.id,
        policy.id,
      ]);
      expect(after.policyIds).toEqual([policy.id]);
      expect((await stores.policies.get(policy.id)).roleIds).toEqual([role.id]);
      after = await stores.roles.detachPolicies(adminRef, role.id, [policy.id]);
      expect(after.policyIds).toEqual([]);

      expect(await revision()).toBe(start + 4);
      expect(changes.actions().slice(-4)).toEqual([
        'authz.role.attach-holders',
        'authz.role.detach-holders',
        'authz.role.attach-policies',
        'authz.role.detach-policies',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'updates and deletes custom roles but never system roles on %p',
    async databaseId => {
      const { stores, changes, revision, knex } = await setup(databaseId);
      const role = await createTestRole(stores, 'Ops');
      await stores.roles.attachHolders(adminRef, role.id, [
        { kind: 'user', ref: 'user:default/bob.lee' },
      ]);
      const start = await revision();
      const recorded = changes.changes.length;

      await expect(
        stores.roles.update(adminRef, role.id, {
          name: 'Platform Administrator',
        }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.roles.create(adminRef, {
          name: 'Ops',
          active: true,
          allUsers: false,
        }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.roles.delete(adminRef, 'system-role'),
      ).rejects.toMatchObject({
        name: 'ConflictError',
      });
      await expect(stores.roles.get('nope')).rejects.toMatchObject({
        name: 'NotFoundError',
      });
      await expect(
        stores.roles.attachPolicies(adminRef, role.id, ['nope']),
      ).rejects.toThrow('policyIds[0]: no policy nope');
      await expect(
        stores.roles.attachHolders(adminRef, 'nope', [
          { kind: 'user', ref: 'user:default/bob.lee' },
        ]),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      expect(await revision()).toBe(start);
      expect(changes.changes).toHaveLength(recorded);

      const updated = await stores.roles.update(adminRef, role.id, {
        name: 'Operators',
        active: false,
      });
      expect(updated).toMatchObject({
        name: 'Operators',
        active: false,
        allUsers: false,
      });
      const system = await stores.roles.update(adminRef, 'system-role', {
        description: 'All',
      });
      expect(system.description).toBe('All');

      await stores.roles.delete(adminRef, role.id);
      expect(
        await knex('authz_role_holders').where({ role_id: role.id }),
      ).toEqual([]);
      expect(await revision()).toBe(start + 3);
    },
  );
});
