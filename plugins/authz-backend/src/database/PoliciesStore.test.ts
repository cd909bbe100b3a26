import { describeOnBothDatabases } from '@internal/testing';
import {
  adminRef,
  createPapTestDatabase,
  createTestRole,
  listDefaults,
} from './__testUtils__/papTestDatabase';

const editor = 'user:default/editor';
const allowAll = {
  Version: '2012-10-17' as const,
  Statement: [{ Effect: 'Allow' as const, Action: '*', Resource: '*' }],
};
const denyHarvester = {
  Version: '2012-10-17' as const,
  Statement: [
    {
      Sid: 'NoVms',
      Effect: 'Deny' as const,
      Action: 'harvester.*',
      Resource: '*',
    },
  ],
};

describeOnBothDatabases('PoliciesStore', databases => {
  it.each(databases.eachSupportedId())(
    'versions every change and keeps the history on %p',
    async databaseId => {
      const { stores, changes, revision } = await createPapTestDatabase(
        databases,
        databaseId,
      );
      const start = await revision();
      const created = await stores.policies.create(adminRef, {
        name: 'Everything',
        active: true,
        document: allowAll,
      });
      expect(created).toMatchObject({
        version: 1,
        updatedBy: adminRef,
        roleIds: [],
        document: allowAll,
      });

      const updated = await stores.policies.update(editor, created.id, {
        document: denyHarvester,
      });
      expect(updated).toMatchObject({
        version: 2,
        updatedBy: editor,
        document: denyHarvester,
      });
      const renamed = await stores.policies.update(adminRef, created.id, {
        name: 'NoVms',
        active: false,
      });
      expect(renamed).toMatchObject({
        version: 3,
        name: 'NoVms',
        active: false,
      });

      const versions = await stores.policies.versions(created.id);
      expect(versions.map(v => [v.version, v.changedBy, v.active])).toEqual([
        [3, adminRef, false],
        [2, editor, true],
        [1, adminRef, true],
      ]);
      expect(versions[2].document).toEqual(allowAll);
      expect(versions[1].document).toEqual(denyHarvester);

      expect(await revision()).toBe(start + 3);
      expect(changes.actions()).toEqual([
        'authz.policy.create',
        'authz.policy.update',
        'authz.policy.update',
      ]);
      expect(changes.changes[1]).toMatchObject({
        before: expect.objectContaining({ version: 1 }),
        after: expect.objectContaining({ version: 2 }),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'lists, exports and deletes policies on %p',
    async databaseId => {
      const { stores } = await createPapTestDatabase(databases, databaseId);
      const a = await stores.policies.create(adminRef, {
        name: 'A',
        description: 'all',
        active: true,
        document: allowAll,
      });
      const b = await stores.policies.create(adminRef, {
        name: 'B',
        active: false,
        document: denyHarvester,
      });

      const names = (query: object) =>
        stores.policies
          .list({ ...listDefaults, ...query })
          .then(p => p.items.map(x => x.name));
      expect(await names({})).toEqual(['A', 'B']);
      expect(await names({ active: false })).toEqual(['B']);
      expect(await names({ q: 'ALL' })).toEqual(['A']);
      expect(await names({ sort: 'name', order: 'desc', limit: 1 })).toEqual([
        'B',
      ]);
      await expect(names({ sort: 'document' })).rejects.toMatchObject({
        name: 'InputError',
      });

      expect((await stores.policies.export()).map(p => p.name)).toEqual([
        'A',
        'B',
      ]);
      expect((await stores.policies.export([b.id])).map(p => p.name)).toEqual([
        'B',
      ]);
      await expect(
        stores.policies.export([b.id, 'nope']),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
      });

      const role = await createTestRole(stores);
      await stores.roles.attachPolicies(adminRef, role.id, [a.id]);
      await expect(
        stores.policies.delete(adminRef, a.id),
      ).rejects.toMatchObject({
        name: 'ConflictError',
      });
      await expect(
        stores.policies.create(adminRef, {
          name: 'A',
          active: true,
          document: allowAll,
        }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.policies.update(adminRef, b.id, { name: 'A' }),
      ).rejects.toMatchObject({
        name: 'ConflictError',
      });
      await stores.roles.detachPolicies(adminRef, role.id, [a.id]);
      await stores.policies.delete(adminRef, a.id);
      await expect(stores.policies.get(a.id)).rejects.toMatchObject({
        name: 'NotFoundError',
      });
      await expect(stores.policies.versions(a.id)).rejects.toMatchObject({
        name: 'NotFoundError',
      });
    },
  );
});
