import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { requireServiceEnv } from '@internal/testing';
import knexFactory from 'knex';
import { createLineageStore } from './createLineageStore';
import { Neo4jLineageStore } from './Neo4jLineageStore';
import { SqlLineageStore } from './SqlLineageStore';

describe('createLineageStore', () => {
  // Never connected: the SQL store only keeps the client.
  const knex = knexFactory({ client: 'pg' });
  const logger = mockServices.logger.mock();
  const create = (lineage?: object) =>
    createLineageStore({
      config: new ConfigReader({ dataCatalog: { lineage } }),
      knex,
      logger,
    });

  afterAll(() => knex.destroy());

  it('keeps the graph in the plugin database by default', async () => {
    expect(await create()).toBeInstanceOf(SqlLineageStore);
    expect(await create({ store: 'sql' })).toBeInstanceOf(SqlLineageStore);
  });

  it('connects to Neo4j when configured', async () => {
    const store = await create({
      store: 'neo4j',
      neo4j: {
        url: requireServiceEnv('neo4j', 'NEO4J_URI'),
        username: requireServiceEnv('neo4j', 'NEO4J_USER'),
        password: requireServiceEnv('neo4j', 'NEO4J_PASSWORD'),
      },
    });
    try {
      expect(store).toBeInstanceOf(Neo4jLineageStore);
      expect(await store.upstream({ entityRef: 'resource:none/none' })).toEqual(
        [],
      );
    } finally {
      await store.close?.();
    }
  });

  it('fails start-up on a wrong password or missing settings', async () => {
    await expect(
      create({
        store: 'neo4j',
        neo4j: {
          url: requireServiceEnv('neo4j', 'NEO4J_URI'),
          username: 'neo4j',
          password: 'wrong',
        },
      }),
    ).rejects.toThrow(/auth/i);
    await expect(create({ store: 'neo4j' })).rejects.toThrow(
      /dataCatalog\.lineage\.neo4j/,
    );
  });

  it('names the allowed stores for an unknown one', async () => {
    await expect(create({ store: 'graph' })).rejects.toThrow(
      "dataCatalog.lineage.store must be 'sql' or 'neo4j', not 'graph'",
    );
  });
});
