import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { LineageStore } from './LineageStore';
import { Neo4jLineageStore } from './Neo4jLineageStore';
import { SqlLineageStore } from './SqlLineageStore';

/**
 * The store `dataCatalog.lineage.store` names: `sql` (default, the plugin's
 * database) or `neo4j` (`dataCatalog.lineage.neo4j.{url, username,
 * password, database?}`).
 */
export async function createLineageStore(options: {
  config: Config;
  knex: Knex;
  logger: LoggerService;
}): Promise<LineageStore> {
  const { config, knex, logger } = options;
  const kind = config.getOptionalString('dataCatalog.lineage.store') ?? 'sql';
  if (kind === 'sql') {
    return new SqlLineageStore(knex);
  }
  if (kind === 'neo4j') {
    const neo4j = config.getConfig('dataCatalog.lineage.neo4j');
    const store = await Neo4jLineageStore.connect({
      url: neo4j.getString('url'),
      username: neo4j.getString('username'),
      password: neo4j.getString('password'),
      database: neo4j.getOptionalString('database'),
    });
    logger.info(`Lineage graph in Neo4j at ${neo4j.getString('url')}`);
    return store;
  }
  throw new Error(
    `dataCatalog.lineage.store must be 'sql' or 'neo4j', not '${kind}'`,
  );
}
