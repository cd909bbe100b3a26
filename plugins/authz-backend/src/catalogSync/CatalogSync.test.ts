import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { describeOnBothDatabases } from '@internal/testing';
import {
  adminRef,
  createPapTestDatabase,
  createTestRole,
} from '../database/__testUtils__/papTestDatabase';
import { demoOrgEntities } from './__testUtils__/demoOrg';
import { CatalogSync } from './CatalogSync';

describeOnBothDatabases('CatalogSync', databases => {
  async function setup(
    databaseId: Parameters<typeof databases.init>[0],
    catalog = catalogServiceMock({ entities: demoOrgEntities() }),
  ) {
    const db = await createPapTestDatabase(databases, databaseId);
    const sync = (source = catalog) =>
      new CatalogSync({
        catalog: source,
        auth: mockServices.auth(),
        writer: db.stores.writer,
        logger: mockServices.logger.mock(),
      }).run();
    return { ...db, sync };
  }

  it.each(databases.eachSupportedId())(
    'mirrors the demo org on %p',
    async databaseId => {
      const { stores, changes, revision, sync } = await setup(databaseId);
      const start = await revision();
      const counts = await sync();
      expect(counts).toEqual({
        departments: { created: 6, updated: 0, deleted: 0 },
        groups: { created: 7, updated: 0, deleted: 0 },
        users: { created: 11, updated: 0, deleted: 0 },
        memberships: { added: 11, removed: 0 },
      });
      expect(await revision()).toBe(start + 1);
      expect(changes.changes).toEqual([
        expect.objectContaining({
          action: 'authz.catalog.sync',
          actor: 'plugin:authz',
          after: counts,
        }),
      ]);

      const { items } = await stores.departments.list();
      expect(items.map(d => [d.name, d.parentRef, d.position])).toEqual([
        ['acme', undefined, 0],
        ['engineering', 'group:default/acme', 0],
        ['infrastructure', 'group:default/engineering', 0],
        ['data-and-ai', 'group:default/acme', 1],
        ['security', 'group:default/acme', 2],
        ['finance', 'group:default/acme', 3],
      ]);
      expect(items[0]).toMatchObject({
        title: 'Acme Corp',
        memberCount: 11,
        source: 'catalog',
      });
      expect(await stores.groups.get('group:default/sre-team')).toMatchObject({
        title: 'SRE',
        departmentRef: 'group:default/infrastructure',
        memberRefs: ['user:default/carol.park'],
        source: 'catalog',
      });
      expect(await stores.users.get('user:default/carol.park')).toMatchObject({
        displayName: 'Carol Park',
        email: 'carol.park@acme.example',
        status: 'active',
        departmentRef: 'group:default/infrastructure',
        groupRefs: ['group:default/sre-team'],
        source: 'catalog',
      });
      const data = await stores.pdpData.load();
      expect(data.departmentAncestors['group:default/sre-team']).toEqual([
        'group:default/infrastructure',
        'group:default/engineering',
        'group:default/acme',
      ]);

      // Nothing new: no change recorded, the revision stays.
      const again = await sync();
      expect(again.users).toEqual({ created: 0, updated: 0, deleted: 0 });
      expect(await revision()).toBe(start + 1);
      expect(changes.changes).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps local state and removes what the catalog dropped on %p',
    async databaseId => {
      const entities = demoOrgEntities();
      const { stores, sync, knex } = await setup(databaseId);
      await sync();
      const role = await createTestRole(stores);
      await stores.roles.attachHolders(adminRef, role.id, [
        { kind: 'user', ref: 'user:default/alice.kim' },
        { kind: 'user', ref: 'user:default/jack.oh' },
      ]);
      await stores.users.update(adminRef, 'user:default/alice.kim', {
        status: 'disabled',
      });
      await stores.users.touchLastLogin(
        'user:default/alice.kim',
        new Date('2026-11-01T00:00:00Z'),
      );
      await stores.users.create(adminRef, {
        name: 'local.user',
        status: 'active',
        groupRefs: [],
      });

      const changed = entities
        .filter(
          e =>
            e.metadata.name !== 'jack.oh' &&
            e.metadata.name !== 'finance-analytics',
        )
        .map(e =>
          e.metadata.name === 'alice.kim'
            ? {
                ...e,
                spec: {
                  ...e.spec,
                  profile: { displayName: 'Alice K.' },
                  memberOf: ['sre-team'],
                },
              }
            : e,
        );
      const counts = await sync(catalogServiceMock({ entities: changed }));
      expect(counts).toMatchObject({
        groups: { deleted: 1 },
        users: { updated: 1, deleted: 1 },
        // jack.oh's membership went with jack.oh.
        memberships: { added: 1, removed: 1 },
      });
      expect(await stores.users.get('user:default/alice.kim')).toMatchObject({
        displayName: 'Alice K.',
        email: undefined,
        status: 'disabled',
        lastLoginAt: '2026-11-01T00:00:00.000Z',
        roleIds: [role.id],
        groupRefs: ['group:default/sre-team'],
        departmentRef: 'group:default/infrastructure',
      });
      await expect(
        stores.users.get('user:default/jack.oh'),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
      });
      await expect(
        stores.groups.get('group:default/finance-analytics'),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
      });
      expect((await stores.users.get('user:default/local.user')).source).toBe(
        'local',
      );
      // A holder survives its principal leaving the catalog for a while.
      expect(
        await knex('authz_role_holders').where({
          holder_ref: 'user:default/jack.oh',
        }),
      ).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'changes nothing when the catalog read fails or comes back empty on %p',
    async databaseId => {
      const entities = demoOrgEntities();
      const { stores, sync, revision, changes } = await setup(databaseId);
      await sync();
      const before = await stores.pdpData.load();
      const start = await revision();

      const failing = catalogServiceMock.mock({
        async *streamEntities() {
          yield entities.slice(0, 3);
          throw new Error('catalog unavailable');
        },
      });
      await expect(sync(failing)).rejects.toThrow('catalog unavailable');
      expect(await revision()).toBe(start);

      const empty = await sync(catalogServiceMock({ entities: [] }));
      expect(empty.users.deleted).toBe(0);
      expect(await revision()).toBe(start);
      expect(await stores.pdpData.load()).toEqual(before);
      expect(changes.changes).toHaveLength(1);
    },
  );
});
