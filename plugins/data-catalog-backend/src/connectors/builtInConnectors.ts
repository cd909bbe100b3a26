import { DataSourceConnector } from '@internal/plugin-data-catalog-node';
import { MysqlConnector } from './mysql/MysqlConnector';
import { PostgresConnector } from './postgres/PostgresConnector';
import { SqliteConnector } from './sqlite/SqliteConnector';

/** The connectors the data-catalog backend ships; modules add others. */
export function builtInConnectors(): DataSourceConnector[] {
  return [new PostgresConnector(), new MysqlConnector(), new SqliteConnector()];
}
