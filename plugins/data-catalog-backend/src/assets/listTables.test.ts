import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  DATA_CATALOG_TABLE_RESOURCE_TYPE,
  DataAssetSummary,
} from '@internal/plugin-data-catalog-common';
import { describeOnBothDatabases } from '@internal/testing';
import { Knex } from 'knex';
import request from 'supertest';
import { asUser, TestGrants } from '../__testUtils__/testContext';
import { createAssetsTestApp } from './__testUtils__/assetsTestApp';
import {
  insertDoc,
  insertSource,
  insertTable,
  insertTag,
  tagAsset,
} from './__testUtils__/assetFixtures';
import { dayKey } from './assetUsage';

const READ = 'data-catalog.table.read';
const words = ['delta', 'alpha', 'echo', 'bravo', 'charlie', 'golf', 'foxtrot'];
const base = Date.parse('2026-11-01T00:00:00Z');

/**
 * 21 tables (7 names × 3 schemas, so names repeat and the ref breaks ties)
 * over two sources, with some nulls in every sortable value.
 */
async function seed(knex: Knex) {
  await insertSource(knex, {
    id: 'sales',
    owner: 'group:default/sales',
    domain: 'commerce',
  });
  await insertSource(knex, {
    id: 'hr',
    owner: 'group:default/hr',
    platform: 'mysql',
  });
  const finance = await insertTag(knex, 'finance');
  const refs: string[] = [];
  let i = 0;
  for (const schema of ['s1', 's2', 's3']) {
    for (const name of words) {
      i += 1;
      const ref = await insertTable(knex, {
        sourceId: i % 3 === 0 ? 'hr' : 'sales',
        schema,
        name,
        kind: i % 5 === 0 ? 'view' : 'table',
        rowEstimate: i % 4 === 0 ? undefined : (i * 37) % 11,
        sizeBytes: i % 6 === 0 ? undefined : i * 100,
        lastModifiedAt:
          i % 2 === 0 ? new Date(base + (i % 7) * 3_600_000) : undefined,
        changedAt: new Date(base - i * 60_000),
      });
      refs.push(ref);
      if (i % 3 === 1) {
        await knex('quality_scores').insert({
          entity_ref: ref,
          score: ((i * 13) % 5) * 10,
          measured_at: new Date(base),
        });
      }
      if (i % 4 === 1) {
        await knex('asset_views').insert([
          { entity_ref: ref, day: dayKey(0), views: i % 3 },
          { entity_ref: ref, day: dayKey(40), views: 50 },
        ]);
      }
    }
  }
  await knex('assets').insert({
    ...(await knex('assets').where('entity_ref', refs[0]).first()),
    entity_ref: 'resource:sales/app.s1',
    kind: 'schema',
    name: 'alpha-schema',
  });
  await insertDoc(knex, refs[1], '', {
    description: 'Monthly REVENUE per region',
    owner: 'group:default/finance',
    domain: 'money',
  });
  await knex('assets')
    .where('entity_ref', refs[2])
    .update({ comment: 'Revenue forecast' });
  await tagAsset(knex, refs[3], '', finance);
  await tagAsset(knex, refs[4], 'amount', finance);
  return refs;
}

describeOnBothDatabases('GET /tables', databases => {
  async function setUp(
    databaseId: TestDatabaseId,
    grants: TestGrants = { [READ]: true },
  ) {
    const { app, seeded: refs } = await createAssetsTestApp(
      databases,
      databaseId,
      grants,
      context => seed(context.knex),
    );
    const list = (query: Record<string, string | number>) =>
      request(app).get('/tables').query(query).set(asUser());
    return { app, refs, list };
  }

  const sortKey: Record<string, (t: DataAssetSummary) => string | number> = {
    name: t => t.name,
    quality: t => t.qualityScore ?? -1,
    updated: t => Date.parse(t.lastUpdatedAt!),
    views: t => t.views30d,
    rows: t => t.rowEstimate ?? -1,
    size: t => t.sizeBytes ?? -1,
  };

  it.each(databases.eachSupportedId())(
    'walks every sort in pages: all rows, once, in order, %p',
    async databaseId => {
      const { refs, list } = await setUp(databaseId);
      for (const sort of Object.keys(sortKey)) {
        for (const order of ['asc', 'desc']) {
          const seen: DataAssetSummary[] = [];
          let cursor: string | undefined;
          do {
            const res = await list({
              sort,
              order,
              limit: 4,
              ...(cursor ? { cursor } : {}),
            });
            expect(res.status).toBe(200);
            expect(res.body.totalCount).toBe(21);
            seen.push(...res.body.items);
            cursor = res.body.nextCursor;
          } while (cursor);
          const label = `${sort} ${order}`;
          expect({ label, refs: seen.map(t => t.entityRef).sort() }).toEqual({
            label,
            refs: [...refs].sort(),
          });
          const keys = seen.map(sortKey[sort]);
          const direction = order === 'asc' ? 1 : -1;
          const sorted = [...keys].sort((a, b) => {
            if (a === b) return 0;
            return (a < b ? -1 : 1) * direction;
          });
          expect({ label, keys }).toEqual({ label, keys: sorted });
        }
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'summarises docs, tags, quality, usage and the source, %p',
    async databaseId => {
      const { refs, list } = await setUp(databaseId);
      const res = await list({ q: 'revenue per' });
      expect(res.body.items).toEqual([
        expect.objectContaining({
          entityRef: refs[1],
          platform: 'postgresql',
          kind: 'table',
          name: 'alpha',
          qualifiedName: 'app.s1.alpha',
          description: 'Monthly REVENUE per region',
          owner: 'group:default/finance',
          domain: 'money',
          columnCount: 0,
          views30d: 0,
          queryCount: 0,
        }),
      ]);
      const first = (await list({ q: 'app.s1.delta' })).body.items[0];
      expect(first).toMatchObject({
        owner: 'group:default/sales',
        domain: 'commerce',
        qualityScore: 30,
        views30d: 1,
        rowEstimate: 4,
        sizeBytes: 100,
        lastUpdatedAt: new Date(base - 60_000).toISOString(),
      });
      const tagged = (await list({ tag: 'finance' })).body.items;
      expect(
        tagged.find((t: DataAssetSummary) => t.entityRef === refs[3]).tags,
      ).toEqual([
        expect.objectContaining({ name: 'finance', category: 'general' }),
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'applies every filter, %p',
    async databaseId => {
      const { refs, list } = await setUp(databaseId);
      const found = async (query: Record<string, string | number>) => {
        const res = await list({ ...query, limit: 500 });
        expect(res.body.totalCount).toBe(res.body.items.length);
        return res.body.items
          .map((t: DataAssetSummary) => refs.indexOf(t.entityRef))
          .sort((a: number, b: number) => a - b);
      };
      expect(await found({ q: 'REVENUE' })).toEqual([1, 2]);
      expect(await found({ q: '100%' })).toEqual([]);
      expect(await found({ source: 'hr' })).toEqual([2, 5, 8, 11, 14, 17, 20]);
      expect(await found({ platform: 'mysql' })).toEqual([
        2, 5, 8, 11, 14, 17, 20,
      ]);
      expect(await found({ kind: 'view' })).toEqual([4, 9, 14, 19]);
      expect(await found({ tag: 'finance' })).toEqual([3, 4]);
      expect(await found({ owner: 'group:default/finance' })).toEqual([1]);
      expect(await found({ owner: 'group:default/hr' })).toEqual([
        2, 5, 8, 11, 14, 17, 20,
      ]);
      expect(await found({ domain: 'money' })).toEqual([1]);
      expect(await found({ minQuality: 30 })).toEqual([0, 12, 15]);
      expect(await found({ source: 'sales', kind: 'view', q: 'ECHO' })).toEqual(
        [9],
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'lists only what a conditional decision allows, %p',
    async databaseId => {
      const decision: PolicyDecision = {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'data-catalog',
        resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
        conditions: {
          anyOf: [
            {
              rule: 'HAS_TAG',
              resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
              params: { values: ['finance'] },
            },
            {
              allOf: [
                {
                  rule: 'IN_NAMESPACE',
                  resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
                  params: { values: ['hr'] },
                },
                {
                  not: {
                    rule: 'HAS_OWNER',
                    resourceType: DATA_CATALOG_TABLE_RESOURCE_TYPE,
                    params: { values: ['group:default/hr'] },
                  },
                },
              ],
            },
          ],
        },
      };
      const { refs, list } = await setUp(databaseId, { [READ]: decision });
      const res = await list({ limit: 1 });
      expect(res.body.totalCount).toBe(2);
      const second = await list({ limit: 1, cursor: res.body.nextCursor });
      expect(
        [...res.body.items, ...second.body.items]
          .map((t: DataAssetSummary) => t.entityRef)
          .sort(),
      ).toEqual([refs[3], refs[4]].sort());
      expect(second.body.nextCursor).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 401, 403 and 400, %p',
    async databaseId => {
      const { app, list } = await setUp(databaseId);
      const { list: denied } = await setUp(databaseId, {});
      expect((await request(app).get('/tables')).status).toBe(401);
      expect((await denied({})).status).toBe(403);
      const bad = await list({ sort: 'colour' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/sort/);
      expect((await list({ cursor: 'nonsense' })).status).toBe(400);
      const page = await list({ sort: 'rows', limit: 2 });
      const wrongSort = await list({
        sort: 'name',
        cursor: page.body.nextCursor,
      });
      expect(wrongSort.status).toBe(400);
      expect(wrongSort.body.error.message).toMatch(/another sort/);
    },
  );
});
