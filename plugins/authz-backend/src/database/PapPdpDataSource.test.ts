import { normalizePolicyDocument } from '@internal/plugin-authz-common';
import { describeOnBothDatabases } from '@internal/testing';
import {
  adminRef,
  createOrgTestDatabase,
} from './__testUtils__/papTestDatabase';

describeOnBothDatabases('PapPdpDataSource', databases => {
  it.each(databases.eachSupportedId())(
    'builds the PDP data from active roles and policies on %p',
    async databaseId => {
      const { stores } = await createOrgTestDatabase(databases, databaseId);
      await stores.users.update(adminRef, 'user:default/bob.lee', {
        status: 'disabled',
      });

      const allow = await stores.policies.create(adminRef, {
        name: 'Read',
        active: true,
        document: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['catalog.entity.read'],
              Resource: 'catalog-entity',
              Condition: {
                StringEquals: {
                  'portal:ResourceOwner': '${portal:PrincipalOwnershipRefs}',
                  'portal:PrincipalDepartment': 'group:default/engineering',
                },
              },
            },
          ],
        },
      });
      const inactivePolicy = await stores.policies.create(adminRef, {
        name: 'Off',
        active: false,
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }],
        },
      });
      const everyone = await stores.roles.create(adminRef, {
        name: 'Everyone',
        active: true,
        allUsers: true,
      });
      const team = await stores.roles.create(adminRef, {
        name: 'Team',
        active: true,
        allUsers: false,
      });
      const off = await stores.roles.create(adminRef, {
        name: 'Off',
        active: false,
        allUsers: true,
      });
      await stores.roles.attachPolicies(adminRef, everyone.id, [
        allow.id,
        inactivePolicy.id,
      ]);
      await stores.roles.attachHolders(adminRef, team.id, [
        { kind: 'group', ref: 'group:default/platform-team' },
        { kind: 'department', ref: 'group:default/finance' },
        { kind: 'user', ref: 'user:default/bob.lee' },
      ]);
      await stores.roles.attachHolders(adminRef, off.id, [
        { kind: 'user', ref: 'user:default/bob.lee' },
      ]);

      const data = await stores.pdpData.load();
      expect(data.revision).toBe(await stores.pdpData.revision());
      expect(data.users).toEqual({
        'user:default/alice.kim': {
          status: 'active',
          groups: ['group:default/platform-team'],
          department: 'group:default/engineering',
        },
        'user:default/bob.lee': {
          status: 'disabled',
          groups: ['group:default/guests'],
          department: 'group:default/infrastructure',
        },
      });
      expect(data.departmentAncestors).toEqual({
        'group:default/acme': ['group:default/acme'],
        'group:default/engineering': [
          'group:default/engineering',
          'group:default/acme',
        ],
        'group:default/finance': [
          'group:default/finance',
          'group:default/acme',
        ],
        'group:default/infrastructure': [
          'group:default/infrastructure',
          'group:default/engineering',
          'group:default/acme',
        ],
        'group:default/platform-team': [
          'group:default/engineering',
          'group:default/acme',
        ],
      });
      expect(data.roleBindings).toEqual({
        'group:default/finance': [team.id],
        'group:default/platform-team': [team.id],
        'user:default/bob.lee': [team.id],
      });
      expect(data.allUsersRoles).toEqual([everyone.id]);
      expect(data.roles).toEqual({
        [everyone.id]: { name: 'Everyone', policies: [allow.id] },
        [team.id]: { name: 'Team', policies: [] },
      });
      expect(Object.keys(data.policies)).toEqual([allow.id]);
      expect(data.policies[allow.id]).toEqual({
        name: 'Read',
        statements: normalizePolicyDocument(allow.document),
      });
      expect(data.policies[allow.id].statements[0]).toMatchObject({
        principalConditions: [
          {
            operator: 'StringEquals',
            key: 'portal:PrincipalDepartment',
            values: ['group:default/engineering'],
          },
        ],
        resourceConditions: [
          {
            operator: 'StringEquals',
            key: 'portal:ResourceOwner',
            values: ['${portal:PrincipalOwnershipRefs}'],
          },
        ],
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'loads in a fixed number of queries on %p',
    async databaseId => {
      const { stores, knex } = await createOrgTestDatabase(
        databases,
        databaseId,
      );
      let queries = 0;
      const count = () => {
        queries += 1;
      };
      knex.on('query', count);
      await stores.pdpData.load();
      const small = queries;
      await knex('authz_users').insert(
        Array.from({ length: 30 }, (_, i) => ({
          ref: `user:default/u${i}`,
          name: `u${i}`,
          status: 'active',
          source: 'local',
          created_at: new Date(),
          updated_at: new Date(),
        })),
      );
      queries = 0;
      await stores.pdpData.load();
      knex.off('query', count);
      expect(queries).toBe(small);
      expect(queries).toBeLessThan(15);
    },
  );
});
