import { describeOnBothDatabases } from '@internal/testing';
import {
  adminRef,
  createOrgTestDatabase,
  createTestRole,
  listDefaults,
} from './__testUtils__/papTestDatabase';

describeOnBothDatabases('GroupsStore', databases => {
  it.each(databases.eachSupportedId())(
    'lists groups with their aggregates on %p',
    async databaseId => {
      const { stores } = await createOrgTestDatabase(databases, databaseId);
      const role = await createTestRole(stores);
      await stores.roles.attachHolders(adminRef, role.id, [
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
      const { stores, changes, revision, knex } = await createOrgTestDatabase(
        databases,
        databaseId,
      );
      const start = await revision();
      const group = await stores.groups.create(adminRef, {
        name: 'reviewers',
        title: 'Reviewers',
      });
      expect(group).toMatchObject({
        ref: 'group:default/reviewers',
        memberCount: 0,
      });

      await stores.groups.update(adminRef, group.ref, {
        description: 'Code reviewers',
      });
      let after = await stores.groups.setMembers(adminRef, group.ref, [
        'user:default/alice.kim',
        'user:default/bob.lee',
      ]);
      expect(after.memberRefs).toEqual([
        'user:default/alice.kim',
        'user:default/bob.lee',
      ]);
      after = await stores.groups.setMembers(adminRef, group.ref, [
        'user:default/bob.lee',
      ]);
      expect(after.memberRefs).toEqual(['user:default/bob.lee']);
      after = await stores.groups.addMember(
        adminRef,
        group.ref,
        'user:default/alice.kim',
      );
      expect(after.memberCount).toBe(2);
      after = await stores.groups.removeMember(
        adminRef,
        group.ref,
        'user:default/bob.lee',
      );
      expect(after.memberRefs).toEqual(['user:default/alice.kim']);

      const role = await createTestRole(stores);
      await stores.roles.attachHolders(adminRef, role.id, [
        { kind: 'group', ref: group.ref },
      ]);
      await stores.groups.delete(adminRef, group.ref);
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
      const { stores, changes, revision } = await createOrgTestDatabase(
        databases,
        databaseId,
      );
      const start = await revision();
      await expect(
        stores.groups.create(adminRef, { name: 'guests' }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
      });
      // Groups and departments share the group: ref space.
      await expect(
        stores.groups.create(adminRef, { name: 'finance' }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
      });
      await expect(
        stores.groups.setMembers(adminRef, 'group:default/guests', [
          'user:default/alice.kim',
          'user:default/nobody',
        ]),
      ).rejects.toThrow('memberRefs[1]: no user user:default/nobody');
      await expect(
        stores.groups.addMember(
          adminRef,
          'group:default/platform-team',
          'user:default/bob.lee',
        ),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.groups.removeMember(
          adminRef,
          'group:default/guests',
          'user:default/alice.kim',
        ),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      await expect(
        stores.groups.delete(adminRef, 'group:default/platform-team'),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.groups.update(adminRef, 'group:default/none', {}),
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
