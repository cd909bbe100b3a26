import { createPortalTestDatabases } from '@internal/testing';
import {
  createPapTestDatabase,
  insertOrgFixture,
} from './__testUtils__/papTestDatabase';

jest.setTimeout(60_000);

const admin = 'user:default/admin';
const listDefaults = { order: 'asc' as const, offset: 0, limit: 50 };

describe('GroupsStore', () => {
  const databases = createPortalTestDatabases();

  async function setup(databaseId: Parameters<typeof databases.init>[0]) {
    const db = await createPapTestDatabase(databases, databaseId);
    await insertOrgFixture(db.knex);
    return db;
  }

  it.each(databases.eachSupportedId())(
    'lists groups with their aggregates on %p',
    async databaseId => {
      const { stores } = await setup(databaseId);
      const role = await stores.roles.create(admin, {
        name: 'R',
        active: true,
        allUsers: false,
      });
      await stores.roles.attachHolders(admin, role.id, [
        { kind: 'group', ref: 'group:default/platform-team' },
      ]);

      const page = await stores.groups.list(listDefaults);
      expect(page.totalCount).toBe(2);
      expect(page.items).toEqual([
        expect.objectContaining({
          ref: 'group:default/guests',
          memberRefs: ['user:default/bob.lee'],
          memberCount: 1,
          roleCount: 0,
          source: 'local',
        }),
        expect.objectContaining({
          ref: 'group:default/platform-team',
          departmentRef: 'group:default/engineering',
          memberCount: 1,
          roleIds: [role.id],
          roleCount: 1,
          source: 'catalog',
        }),
      ]);
      expect(
        (
          await stores.groups.list({ ...listDefaults, q: 'platform' })
        ).items.map(g => g.name),
      ).toEqual(['platform-team']);
      expect(
        (
          await stores.groups.list({
            ...listDefaults,
            departmentRef: 'group:default/engineering',
          })
        ).totalCount,
      ).toBe(1);
      expect(
        (
          await stores.groups.list({
            ...listDefaults,
            sort: 'title',
            order: 'desc',
          })
        ).items.map(g => g.name),
      ).toEqual(['platform-team', 'guests']);
      await expect(
        stores.groups.list({ ...listDefaults, sort: 'memberRefs' }),
      ).rejects.toMatchObject({ name: 'InputError' });
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, edits members of and deletes local groups on %p',
    async databaseId => {
      const { stores, changes, revision, knex } = await setup(databaseId);
      const start = await revision();
      const group = await stores.groups.create(admin, {
        name: 'reviewers',
        title: 'Reviewers',
      });
      expect(group).toMatchObject({
        ref: 'group:default/reviewers',
        memberCount: 0,
      });

      await stores.groups.update(admin, group.ref, {
        description: 'Code reviewers',
      });
      let after = await stores.groups.setMembers(admin, group.ref, [
        'user:default/alice.kim',
        'user:default/bob.lee',
      ]);
      expect(after.memberRefs).toEqual([
        'user:default/alice.kim',
        'user:default/bob.lee',
      ]);
      after = await stores.groups.setMembers(admin, group.ref, [
        'user:default/bob.lee',
      ]);
      expect(after.memberRefs).toEqual(['user:default/bob.lee']);
      after = await stores.groups.addMember(
        admin,
        group.ref,
        'user:default/alice.kim',
      );
      expect(after.memberCount).toBe(2);
      after = await stores.groups.removeMember(
        admin,
        group.ref,
        'user:default/bob.lee',
      );
      expect(after.memberRefs).toEqual(['user:default/alice.kim']);

      const role = await stores.roles.create(admin, {
        name: 'R',
        active: true,
        allUsers: false,
      });
      await stores.roles.attachHolders(admin, role.id, [
        { kind: 'group', ref: group.ref },
      ]);
      await stores.groups.delete(admin, group.ref);
      await expect(stores.groups.get(group.ref)).rejects.toMatchObject({
        name: 'NotFoundError',
      });
      expect(
        await knex('authz_role_holders').where({ holder_ref: group.ref }),
      ).toEqual([]);
      expect(
        await knex('authz_group_members').where({ group_ref: group.ref }),
      ).toEqual([]);

      expect(await revision()).toBe(start + 9);
      expect(changes.actions()).toEqual([
        'authz.group.create',
        'authz.group.update',
        'authz.group.set-members',
        'authz.group.set-members',
        'authz.group.add-member',
        'authz.group.remove-member',
        'authz.role.create',
        'authz.role.attach-holders',
        'authz.group.delete',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad changes without changing anything on %p',
    async databaseId => {
      const { stores, changes, revision } = await setup(databaseId);
      const start = await revision();
      await expect(
        stores.groups.create(admin, { name: 'guests' }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
      });
      // Groups and departments share the group: ref space.
      await expect(
        stores.groups.create(admin, { name: 'finance' }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
      });
      await expect(
        stores.groups.setMembers(admin, 'group:default/guests', [
          'user:default/alice.kim',
          'user:default/nobody',
        ]),
      ).rejects.toThrow('memberRefs[1]: no user user:default/nobody');
      await expect(
        stores.groups.addMember(
          admin,
          'group:default/platform-team',
          'user:default/bob.lee',
        ),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.groups.removeMember(
          admin,
          'group:default/guests',
          'user:default/alice.kim',
        ),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      await expect(
        stores.groups.delete(admin, 'group:default/platform-team'),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.groups.update(admin, 'group:default/none', {}),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
      });
      expect(await revision()).toBe(start);
      expect(changes.changes).toEqual([]);
      expect(
        (await stores.groups.get('group:default/guests')).memberRefs,
      ).toEqual(['user:default/bob.lee']);
    },
  );
});
