import { describeOnBothDatabases } from '@internal/testing';
import {
  adminRef,
  createOrgTestDatabase,
  createTestRole,
} from './__testUtils__/papTestDatabase';

describeOnBothDatabases('DepartmentsStore', databases => {
  it.each(databases.eachSupportedId())(
    'lists the tree with paths, member counts and roles on %p',
    async databaseId => {
      const { stores } = await createOrgTestDatabase(databases, databaseId);
      const role = await createTestRole(stores);
      await stores.roles.attachHolders(adminRef, role.id, [
        { kind: 'department', ref: 'group:default/engineering' },
      ]);
      const { items, tree } = await stores.departments.list();
      expect(items.map(d => [d.ref, d.position, d.memberCount])).toEqual([
        ['group:default/acme', 0, 2],
        ['group:default/engineering', 0, 2],
        ['group:default/infrastructure', 0, 1],
        ['group:default/finance', 1, 0],
      ]);
      expect(items[2]).toMatchObject({
        parentRef: 'group:default/engineering',
        path: [
          'group:default/acme',
          'group:default/engineering',
          'group:default/infrastructure',
        ],
      });
      expect(items[1].roleIds).toEqual([role.id]);
      expect(tree).toHaveLength(1);
      expect(tree[0].children.map(c => c.name)).toEqual([
        'engineering',
        'finance',
      ]);
      expect(tree[0].children[0].children[0]).toMatchObject({
        name: 'infrastructure',
        children: [],
      });
      await expect(
        stores.departments.get('group:default/nope'),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, moves, reorders and deletes local departments on %p',
    async databaseId => {
      const { stores, changes, revision } = await createOrgTestDatabase(
        databases,
        databaseId,
      );
      const start = await revision();
      const ops = await stores.departments.create(adminRef, {
        name: 'operations',
        title: 'Operations',
        parentRef: 'group:default/acme',
      });
      expect(ops).toMatchObject({
        position: 2,
        path: ['group:default/acme', ops.ref],
      });
      const noc = await stores.departments.create(adminRef, {
        name: 'noc',
        parentRef: ops.ref,
      });
      const lab = await stores.departments.create(adminRef, { name: 'lab' });
      expect(lab).toMatchObject({ parentRef: undefined, position: 1 });

      // Reorder: operations first among acme's children.
      await stores.departments.move(adminRef, ops.ref, {
        parentRef: 'group:default/acme',
        position: 0,
      });
      const siblings = (await stores.departments.list()).items.filter(
        d => d.parentRef === 'group:default/acme',
      );
      expect(siblings.map(d => [d.name, d.position])).toEqual([
        ['operations', 0],
        ['engineering', 1],
        ['finance', 2],
      ]);

      // Move a subtree under a root; positions past the end are clamped.
      const moved = await stores.departments.move(adminRef, ops.ref, {
        parentRef: lab.ref,
        position: 9,
      });
      expect(moved).toMatchObject({
        parentRef: lab.ref,
        position: 0,
        path: [lab.ref, ops.ref],
      });
      expect((await stores.departments.get(noc.ref)).path).toEqual([
        lab.ref,
        ops.ref,
        noc.ref,
      ]);
      expect(
        (await stores.departments.list()).items
          .filter(d => d.parentRef === 'group:default/acme')
          .map(d => [d.name, d.position]),
      ).toEqual([
        ['engineering', 0],
        ['finance', 1],
      ]);

      await stores.departments.update(adminRef, noc.ref, {
        title: 'Network Operations',
      });
      await stores.departments.delete(adminRef, noc.ref);
      await expect(stores.departments.get(noc.ref)).rejects.toMatchObject({
        name: 'NotFoundError',
      });

      expect(await revision()).toBe(start + 7);
      expect(changes.actions()).toEqual([
        'authz.department.create',
        'authz.department.create',
        'authz.department.create',
        'authz.department.move',
        'authz.department.move',
        'authz.department.update',
        'authz.department.delete',
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
      const ops = await stores.departments.create(adminRef, {
        name: 'operations',
      });
      const noc = await stores.departments.create(adminRef, {
        name: 'noc',
        parentRef: ops.ref,
      });
      const start = await revision();
      const recorded = changes.changes.length;

      await expect(
        stores.departments.move(adminRef, ops.ref, {
          parentRef: noc.ref,
          position: 0,
        }),
      ).rejects.toThrow(
        /^parentRef: cannot move group:default\/operations under itself/,
      );
      await expect(
        stores.departments.move(adminRef, ops.ref, {
          parentRef: ops.ref,
          position: 0,
        }),
      ).rejects.toMatchObject({ name: 'InputError' });
      await expect(
        stores.departments.move(adminRef, ops.ref, {
          parentRef: 'group:default/nope',
          position: 0,
        }),
      ).rejects.toThrow('parentRef: no department group:default/nope');
      await expect(
        stores.departments.delete(adminRef, ops.ref),
      ).rejects.toMatchObject({
        name: 'ConflictError',
      });
      await expect(
        stores.departments.create(adminRef, { name: 'guests' }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.departments.move(adminRef, 'group:default/finance', {
          parentRef: null,
          position: 0,
        }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        stores.departments.update(adminRef, 'group:default/acme', {
          title: 'x',
        }),
      ).rejects.toMatchObject({ name: 'ConflictError' });

      expect(await revision()).toBe(start);
      expect(changes.changes).toHaveLength(recorded);
      expect((await stores.departments.get(noc.ref)).parentRef).toBe(ops.ref);
    },
  );
});
