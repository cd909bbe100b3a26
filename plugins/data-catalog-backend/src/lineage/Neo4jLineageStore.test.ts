import { requireServiceEnv } from '@internal/testing';
import neo4j, { Driver } from 'neo4j-driver';
import { lineageStoreCases } from './__testUtils__/lineageStoreCases';
import { Neo4jLineageStore } from './Neo4jLineageStore';

const requireEnv = (name: string) => requireServiceEnv('neo4j', name);

describe('Neo4jLineageStore', () => {
  jest.setTimeout(60_000);
  const options = {
    url: requireEnv('NEO4J_URI'),
    username: requireEnv('NEO4J_USER'),
    password: requireEnv('NEO4J_PASSWORD'),
  };
  // The database is shared: a per-run prefix keeps runs apart and makes
  // clean-up exact.
  const prefix = `resource:lineage-test-${process.pid}-${Date.now()}`;
  let store: Neo4jLineageStore;
  let admin: Driver;

  beforeAll(async () => {
    store = await Neo4jLineageStore.connect(options);
    admin = neo4j.driver(
      options.url,
      neo4j.auth.basic(options.username, options.password),
      { disableLosslessIntegers: true },
    );
  });

  afterAll(async () => {
    await admin?.executeQuery(
      'MATCH (n:Asset) WHERE n.ref STARTS WITH $prefix DETACH DELETE n',
      { prefix },
    );
    await admin?.close();
    await store?.close();
  });

  // eslint-disable-next-line jest/expect-expect -- the assertions are in the case
  it.each(lineageStoreCases.map((c, i) => [...c, i] as const))(
    '%s',
    async (_name, run, i) => {
      await run(store, ref => `${prefix}-${i}/${ref}`);
    },
  );

  it('leaves no node without edges behind', async () => {
    const [a, b] = [`${prefix}-prune/a`, `${prefix}-prune/b`];
    const edge = {
      from: { entityRef: a },
      to: { entityRef: b, column: 'x' },
      type: 'derives' as const,
      source: 'view' as const,
    };
    const nodes = async () => {
      const { records } = await admin.executeQuery(
        'MATCH (n:Asset) WHERE n.ref IN [$a, $b] RETURN count(n) AS n',
        { a, b },
      );
      return records[0].get('n');
    };
    await store.upsertEdges([edge]);
    expect(await nodes()).toBe(2);
    await store.removeEdges([edge]);
    expect(await nodes()).toBe(0);
    await store.upsertEdges([edge]);
    await store.replaceEdgesFrom('view', [a], []);
    expect(await nodes()).toBe(0);
  });

  it('creates the uniqueness constraint on (ref, column)', async () => {
    const { records } = await admin.executeQuery(
      `SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties
       WHERE name = 'data_catalog_asset_node'
       RETURN type, labelsOrTypes, properties`,
    );
    expect(records.map(r => r.toObject())).toEqual([
      {
        type: 'UNIQUENESS',
        labelsOrTypes: ['Asset'],
        properties: ['ref', 'column'],
      },
    ]);
  });
});
