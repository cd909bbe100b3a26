import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PermissionCondition,
  PermissionCriteria,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  DATA_CATALOG_SOURCE_RESOURCE_TYPE,
  DATA_CATALOG_TABLE_RESOURCE_TYPE,
} from '@internal/plugin-data-catalog-common';
import { describeOnBothDatabases } from '@internal/testing';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';
import {
  insertColumns,
  insertDoc,
  insertSource,
  insertTable,
  insertTag,
  tagAsset,
} from './__testUtils__/assetFixtures';
import { loadSourceResources, loadTableResources } from './assetResources';
import {
  sourceConditionsFilter,
  sourceRuleset,
  tableConditionsFilter,
  tableRuleset,
} from './permissionRules';

const cond = (rule: string, values: string[]): PermissionCondition => ({
  rule,
  resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
  params: { values },
});
const conditional = (
  conditions: PermissionCriteria<PermissionCondition>,
  resourceType = DATA_CATALOG_TABLE_RESOURCE_TYPE,
): PolicyDecision => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'data-catalog',
  resourceType,
  conditions,
});

/** t1..t5 over two sources; see each case for who matches. */
async function seed(knex: Knex) {
  await insertSource(knex, { id: 'sales', owner: 'group:default/a' });
  await insertSource(knex, { id: 'finance', owner: 'group:default/b' });
  const t1 = await insertTable(knex, { sourceId: 'sales', name: 't1' });
  const t2 = await insertTable(knex, { sourceId: 'sales', name: 't2' });
  await insertDoc(knex, t2, '', { owner: 'group:default/c' });
  const t3 = await insertTable(knex, { sourceId: 'finance', name: 't3' });
  const t4 = await insertTable(knex, { sourceId: 'finance', name: 't4' });
  await insertColumns(knex, t4, [{ name: 'email' }]);
  const t5 = await insertTable(knex, { sourceId: 'finance', name: 't5' });
  // A column doc with an owner must not change the table's owner.
  await insertDoc(knex, t5, 'x', { owner: 'group:default/a' });
  await tagAsset(knex, t3, '', await insertTag(knex, 'ledger'));
  await tagAsset(
    knex,
    t4,
    'email',
    await insertTag(knex, 'pii', { piiLevel: 'high' }),
  );
  return { t1, t2, t3, t4, t5 };
}

describeOnBothDatabases('data-catalog permission rules', databases => {
  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await applyDatabaseMigrations(knex);
    return { knex, refs: await seed(knex) };
  }

  const cases: [string, PermissionCriteria<PermissionCondition>, string[]][] = [
    ['owner from the source', cond('HAS_OWNER', ['group:default/a']), ['t1']],
    ['documented owner wins', cond('HAS_OWNER', ['GROUP:default/C']), ['t2']],
    ['table tag', cond('HAS_TAG', ['ledger']), ['t3']],
    ['column tag', cond('HAS_TAG', ['PII']), ['t4']],
    ['namespace', cond('IN_NAMESPACE', ['finance']), ['t3', 't4', 't5']],
    ['no values', cond('HAS_TAG', []), []],
    [
      'allOf with not',
      {
        allOf: [
          cond('IN_NAMESPACE', ['finance']),
          { not: cond('HAS_TAG', ['pii']) },
        ],
      },
      ['t3', 't5'],
    ],
    [
      'anyOf with nested allOf',
      {
        anyOf: [
          cond('HAS_TAG', ['ledger']),
          {
            allOf: [
              cond('IN_NAMESPACE', ['sales']),
              { not: cond('HAS_OWNER', ['group:default/a']) },
            ],
          },
        ],
      },
      ['t2', 't3'],
    ],
    [
      'not anyOf',
      {
        not: {
          anyOf: [
            cond('HAS_TAG', ['ledger', 'pii']),
            cond('IN_NAMESPACE', ['sales']),
          ],
        },
      },
      ['t5'],
    ],
  ];

  it.each(databases.eachSupportedId())(
    'filters tables in SQL exactly as the rules apply in memory, %p',
    async databaseId => {
      const { knex, refs } = await setUp(databaseId);
      const all = Object.values(refs);
      const resources = await loadTableResources(knex, all);
      const authorize = createConditionAuthorizer(tableRuleset);
      const nameOf = (ref: string) => ref.replace(/^.*\.public\./, '');
      for (const [label, conditions, expected] of cases) {
        const decision = conditional(conditions);
        const sql: string[] = await knex('assets')
          .where(tableConditionsFilter(decision))
          .pluck('entity_ref');
        const inMemory = all.filter((_, i) =>
          authorize(decision, resources[i]),
        );
        expect({ label, sql: sql.map(nameOf).sort() }).toEqual({
          label,
          sql: expected,
        });
        expect({ label, inMemory: inMemory.map(nameOf).sort() }).toEqual({
          label,
          inMemory: expected,
        });
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'lets ALLOW through, DENY nothing, and refuses foreign conditions, %p',
    async databaseId => {
      const { knex } = await setUp(databaseId);
      const count = async (decision: PolicyDecision) =>
        (await knex('assets').where(tableConditionsFilter(decision))).length;
      expect(await count({ result: AuthorizeResult.ALLOW })).toBe(5);
      expect(await count({ result: AuthorizeResult.DENY })).toBe(0);
      expect(() =>
        tableConditionsFilter(
          conditional(
            cond('HAS_OWNER', ['x']),
            DATA_CATALOG_SOURCE_RESOURCE_TYPE,
          ),
        )(knex('assets')),
      ).toThrow(/cannot filter/);
      expect(() =>
        tableConditionsFilter(conditional(cond('IS_ENTITY_OWNER', ['x'])))(
          knex('assets'),
        ),
      ).toThrow(/Unexpected permission rule/);
    },
  );

  it.each(databases.eachSupportedId())(
    'loads table resources in the order asked, unknown refs undefined, %p',
    async databaseId => {
      const { knex, refs } = await setUp(databaseId);
      const resources = await loadTableResources(knex, [
        refs.t4,
        'resource:nope/x',
        refs.t2,
      ]);
      expect(resources).toEqual([
        {
          entityRef: refs.t4,
          sourceId: 'finance',
          owner: 'group:default/b',
          tags: ['pii'],
        },
        undefined,
        {
          entityRef: refs.t2,
          sourceId: 'sales',
          owner: 'group:default/c',
          tags: [],
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'filters and loads sources with the same rules, %p',
    async databaseId => {
      const { knex } = await setUp(databaseId);
      const sourceCond = (rule: string, values: string[]) => ({
        rule,
        resourceType: DATA_CATALOG_SOURCE_RESOURCE_TYPE,
        params: { values },
      });
      const resources = await loadSourceResources(knex, [
        'resource:finance/finance',
        'resource:sales/sales',
        'resource:other/other',
        'resource:sales/not-the-source',
      ]);
      expect(resources).toEqual([
        {
          entityRef: 'resource:finance/finance',
          id: 'finance',
          owner: 'group:default/b',
        },
        {
          entityRef: 'resource:sales/sales',
          id: 'sales',
          owner: 'group:default/a',
        },
        undefined,
        undefined,
      ]);
      const authorize = createConditionAuthorizer(sourceRuleset);
      for (const [conditions, expected] of [
        [sourceCond('HAS_OWNER', ['group:default/b']), ['finance']],
        [sourceCond('IN_NAMESPACE', ['SALES']), ['sales']],
        [{ not: sourceCond('IN_NAMESPACE', ['sales']) }, ['finance']],
      ] as const) {
        const decision = conditional(
          conditions as PermissionCriteria<PermissionCondition>,
          DATA_CATALOG_SOURCE_RESOURCE_TYPE,
        );
        const sql = await knex('sources')
          .where(sourceConditionsFilter(decision))
          .pluck('id');
        expect(sql).toEqual(expected);
        expect(
          resources.filter(r => r && authorize(decision, r)).map(r => r!.id),
        ).toEqual(expected);
      }
      expect(() =>
        sourceConditionsFilter(
          conditional(
            sourceCond('HAS_TAG', ['x']),
            DATA_CATALOG_SOURCE_RESOURCE_TYPE,
          ),
        )(knex('sources')),
      ).toThrow(/Unexpected permission rule/);
    },
  );
});
