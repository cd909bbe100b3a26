import { TableKey } from '@internal/plugin-data-catalog-node';
import { lineageFromQuery } from '../lineage/queryLineage';
import { SqlDialect } from '../lineage/sqlTokens';

/** Where unqualified names are looked up, like a search_path. */
export type NameScope = {
  /** Only tables of this database; all databases when absent (MySQL). */
  database?: string;
  defaultSchemas: string[];
};

export function tableKeyId(key: TableKey): string {
  return JSON.stringify([key.database, key.schema, key.name]);
}

/**
 * Resolves the table names a SQL text mentions (the lineage area's
 * scanner: FROM/JOIN/INTO/UPDATE…, CTEs and literals left out) against a
 * snapshot's tables.
 */
export class TableIndex {
  private readonly byName = new Map<string, TableKey[]>();

  constructor(tables: TableKey[], private readonly dialect: SqlDialect) {
    for (const { database, schema, name } of tables) {
      const list = this.byName.get(name.toLowerCase()) ?? [];
      list.push({ database, schema, name });
      this.byName.set(name.toLowerCase(), list);
    }
  }

  /** The tables `sql` writes or reads, each once, writes first. */
  resolve(sql: string, scope: NameScope): TableKey[] {
    const { reads, writes } = lineageFromQuery(sql, this.dialect);
    const found = new Map<string, TableKey>();
    for (const name of [...writes, ...reads]) {
      const table = this.resolveName(name.split('.'), scope);
      if (table) found.set(tableKeyId(table), table);
    }
    return [...found.values()];
  }

  /**
   * Names come folded the PostgreSQL way (unquoted parts lower-cased), so
   * an exact match wins; MySQL and SQLite compare names without case, which
   * is the fallback.
   */
  private resolveName(parts: string[], scope: NameScope) {
    if (parts.length > 3) return undefined;
    const [name, schema, database] = [...parts].reverse();
    const inScope = (this.byName.get(name.toLowerCase()) ?? []).filter(
      table => !scope.database || table.database === scope.database,
    );
    // Unqualified: the first default schema holding the name wins.
    const candidates = schema
      ? inScope
      : scope.defaultSchemas.flatMap(s => inScope.filter(t => t.schema === s));
    const same = (a: string, b: string, exact: boolean) =>
      exact ? a === b : a.toLowerCase() === b.toLowerCase();
    const matches = (table: TableKey, exact: boolean) =>
      same(name, table.name, exact) &&
      (!schema || same(schema, table.schema, exact)) &&
      (!database || same(database, table.database, exact));
    return (
      candidates.find(table => matches(table, true)) ??
      candidates.find(table => matches(table, false))
    );
  }
}
