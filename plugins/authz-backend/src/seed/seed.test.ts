import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { describeOnBothDatabases } from '@internal/testing';
import {
  createPapTestDatabase,
  listDefaults,
} from '../database/__testUtils__/papTestDatabase';
import {
  administratorRoleName,
  applyBootstrapAdministrators,
  readBootstrapAdministrators,
} from './bootstrapAdministrators';
import { seedDefaultModel } from './seedDefaultModel';
import { defaultSeedModelPath, loadSeedModel } from './seedModel';

describeOnBothDatabases('seed', databases => {
  const mockDir = createMockDirectory();

  it.each(databases.eachSupportedId())(
    'inserts the default model once on %p',
    async databaseId => {
      const { stores, changes, revision } = await createPapTestDatabase(
        databases,
        databaseId,
      );
      const model = await loadSeedModel(defaultSeedModelPath());
      const start = await revision();

      expect(await seedDefaultModel(stores.writer, model)).toBe(true);
      expect(await revision()).toBe(start + 1);
      expect(changes.changes.every(c => c.actor === 'plugin:authz')).toBe(true);

      const roles = (await stores.roles.list(listDefaults)).items;
      const policies = (await stores.policies.list(listDefaults)).items;
      const policyId = (name: string) =>
        policies.find(p => p.name === name)?.id;
      expect(
        roles.map(r => [
          r.name,
          r.type,
          r.allUsers,
          r.groupCount,
          r.departmentCount,
        ]),
      ).toEqual([
        ['AI-Ops Administrator', 'custom', false, 2, 0],
        ['AI-Ops Workspace Member', 'custom', true, 0, 0],
        ['Catalog Owner Editor', 'custom', false, 0, 1],
        ['Data Steward', 'custom', false, 1, 0],
        [administratorRoleName, 'system', false, 0, 0],
        ['Portal Reader', 'system', true, 0, 0],
        ['VM Owner', 'custom', false, 0, 1],
        ['Virtualization Operator', 'custom', false, 2, 0],
      ]);
      const role = (name: string) => roles.find(r => r.name === name)!;
      const reader = role('Portal Reader');
      expect(reader.policyIds.sort()).toEqual(
        [
          policyId('PortalReadAccess'),
          policyId('HarvesterReadAccess'),
          policyId('PortalSelfService'),
          policyId('DenyFinanceToInfra'),
        ].sort(),
      );
      expect(
        await stores.roles.holders(role('Catalog Owner Editor').id),
      ).toEqual([{ kind: 'department', ref: 'group:default/engineering' }]);
      expect(role('Virtualization Operator').policyIds).toEqual([
        policyId('VirtualizationOperations'),
      ]);
      expect(role('VM Owner').policyIds).toEqual([
        policyId('VmOwnerSelfService'),
      ]);
      expect(role('AI-Ops Workspace Member').policyIds).toEqual([
        policyId('AiOpsWorkspaceMembers'),
      ]);
      expect(role('AI-Ops Administrator').policyIds).toEqual([
        policyId('AiOpsAdministration'),
      ]);
      expect(policies.map(p => [p.name, p.version])).toEqual([
        ['AdministratorAccess', 1],
        ['AiOpsAdministration', 1],
        ['AiOpsWorkspaceMembers', 1],
        ['CatalogOwnerEdit', 1],
        ['DataGovernance', 1],
        ['DataOwnerStewardship', 1],
        ['DenyFinanceToInfra', 1],
        ['HarvesterReadAccess', 1],
        ['PortalReadAccess', 1],
        ['PortalSelfService', 1],
        ['VirtualizationOperations', 1],
        ['VmOwnerSelfService', 1],
      ]);
      expect(
        await stores.policies.versions(policyId('CatalogOwnerEdit')!),
      ).toHaveLength(1);

      const data = await stores.pdpData.load();
      expect(data.allUsersRoles.sort()).toEqual(
        [reader.id, role('AI-Ops Workspace Member').id].sort(),
      );
      const operator = role('Virtualization Operator').id;
      const aiOpsAdmin = role('AI-Ops Administrator').id;
      expect(data.roleBindings).toEqual({
        'group:default/engineering': expect.arrayContaining([
          role('Catalog Owner Editor').id,
          role('VM Owner').id,
        ]),
        'group:default/data-engineering': [role('Data Steward').id],
        'group:default/virtualization-team': [operator],
        'group:default/sre-team': [operator],
        'group:default/platform-team': [aiOpsAdmin],
        'group:default/ml-platform': [aiOpsAdmin],
      });

      expect(await seedDefaultModel(stores.writer, model)).toBe(false);
      expect(await revision()).toBe(start + 1);
    },
  );

  it('rejects a seed file naming the bad field', async () => {
    const policy =
      '{ name: P, document: { Version: "2012-10-17", Statement: [{ Effect: Maybe, Action: "*", Resource: "*" }] } }';
    mockDir.setContent({
      'bad-effect.yaml': `policies: [${policy}]\nroles: []\n`,
      'unknown-policy.yaml': `policies: []\nroles: [{ name: R, type: custom, policies: [Q] }]\n`,
    });
    await expect(
      loadSeedModel(mockDir.resolve('bad-effect.yaml')),
    ).rejects.toThrow(
      /bad-effect\.yaml: policies\[0\]\.document\.Statement\[0\]\.Effect: Invalid option/,
    );
    await expect(
      loadSeedModel(mockDir.resolve('unknown-policy.yaml')),
    ).rejects.toThrow('roles[0].policies[0]: no policy named Q in the file');
  });

  it.each(databases.eachSupportedId())(
    'attaches the bootstrap administrators on every start on %p',
    async databaseId => {
      const { stores, knex, revision } = await createPapTestDatabase(
        databases,
        databaseId,
      );
      await seedDefaultModel(
        stores.writer,
        await loadSeedModel(defaultSeedModelPath()),
      );
      await knex('authz_departments').insert({
        ref: 'group:default/security',
        name: 'security',
        position: 0,
        source: 'catalog',
      });
      const config = mockServices.rootConfig({
        data: {
          authz: {
            bootstrap: {
              administrators: [
                'user:default/alice.kim',
                'group:default/platform-team',
                'group:default/security',
              ],
            },
          },
        },
      });
      const refs = readBootstrapAdministrators(config);
      expect(await applyBootstrapAdministrators(stores.writer, refs)).toEqual([
        { kind: 'user', ref: 'user:default/alice.kim' },
        { kind: 'group', ref: 'group:default/platform-team' },
        { kind: 'department', ref: 'group:default/security' },
      ]);
      const afterFirst = await revision();
      expect(
        await applyBootstrapAdministrators(stores.writer, refs.slice(1)),
      ).toEqual([]);
      expect(await revision()).toBe(afterFirst);
      const admin = (
        await stores.roles.list({ ...listDefaults, q: administratorRoleName })
      ).items[0];
      expect(admin).toMatchObject({
        userCount: 1,
        groupCount: 1,
        departmentCount: 1,
      });

      expect(readBootstrapAdministrators(mockServices.rootConfig())).toEqual(
        [],
      );
      expect(() =>
        readBootstrapAdministrators(
          mockServices.rootConfig({
            data: {
              authz: {
                bootstrap: { administrators: ['user:default/a', 'alice'] },
              },
            },
          }),
        ),
      ).toThrow(/^Invalid config authz\.bootstrap\.administrators\[1\]/);
    },
  );
});
