import neo4j from 'neo4j-driver';
import { requireServiceEnv } from '../requireServiceEnv';

const requireEnv = (name: string) => requireServiceEnv('neo4j', name);

describe('neo4j service', () => {
  const driver = neo4j.driver(
    requireEnv('NEO4J_URI'),
    neo4j.auth.basic(requireEnv('NEO4J_USER'), requireEnv('NEO4J_PASSWORD')),
  );
  // A per-run marker keeps parallel runs apart and makes clean-up exact.
  const run = `smoke-test-${process.pid}-${Date.now()}`;

  afterAll(async () => {
    await driver
      .executeQuery('MATCH (n:SmokeTest {run: $run}) DETACH DELETE n', { run })
      .catch(() => undefined);
    await driver.close();
  });

  it('stores and reads back a relationship between two nodes', async () => {
    await driver.executeQuery(
      `MERGE (a:SmokeTest {run: $run, name: 'catalog'})
       MERGE (b:SmokeTest {run: $run, name: 'search'})
       MERGE (a)-[:DEPENDS_ON]->(b)`,
      { run },
    );

    const { records } = await driver.executeQuery(
      `MATCH (a:SmokeTest {run: $run})-[r:DEPENDS_ON]->(b:SmokeTest {run: $run})
       RETURN a.name AS from, type(r) AS type, b.name AS to`,
      { run },
    );
    expect(records.map(record => record.toObject())).toEqual([
      { from: 'catalog', type: 'DEPENDS_ON', to: 'search' },
    ]);
  });
});
