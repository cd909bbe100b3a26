/**
 * One information_schema query per kind of object for all the source's
 * databases at once; each takes the database names as its `IN (?)` list.
 */

// SEQUENCE (MariaDB) and temporary tables are not catalogued.
const tableTypes = `('BASE TABLE', 'SYSTEM VERSIONED')`;

export const visibleDatabasesQuery = `
SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA
WHERE SCHEMA_NAME NOT IN (?) ORDER BY SCHEMA_NAME`;

export const tablesQuery = `
SELECT TABLE_SCHEMA AS db, TABLE_NAME AS name, TABLE_TYPE AS type,
  TABLE_ROWS AS row_count, DATA_LENGTH + INDEX_LENGTH AS size_bytes,
  UPDATE_TIME AS updated_at, TABLE_COMMENT AS comment
FROM information_schema.TABLES
WHERE TABLE_SCHEMA IN (?) AND (TABLE_TYPE IN ${tableTypes} OR TABLE_TYPE = 'VIEW')
ORDER BY TABLE_SCHEMA, TABLE_NAME`;

export const partitionedTablesQuery = `
SELECT DISTINCT TABLE_SCHEMA AS db, TABLE_NAME AS name
FROM information_schema.PARTITIONS
WHERE TABLE_SCHEMA IN (?) AND PARTITION_NAME IS NOT NULL`;

export const columnsQuery = `
SELECT TABLE_SCHEMA AS db, TABLE_NAME AS table_name, COLUMN_NAME AS name,
  ORDINAL_POSITION AS ordinal, COLUMN_TYPE AS data_type,
  IS_NULLABLE AS is_nullable, COLUMN_DEFAULT AS default_value,
  COLUMN_COMMENT AS comment, EXTRA AS extra
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA IN (?)`;

export const keysQuery = `
SELECT k.TABLE_SCHEMA AS db, k.TABLE_NAME AS table_name,
  k.COLUMN_NAME AS column_name, k.CONSTRAINT_NAME AS constraint_name,
  c.CONSTRAINT_TYPE AS type, k.REFERENCED_TABLE_SCHEMA AS ref_db,
  k.REFERENCED_TABLE_NAME AS ref_table, k.REFERENCED_COLUMN_NAME AS ref_column
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.TABLE_CONSTRAINTS c
  ON c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND c.TABLE_SCHEMA = k.TABLE_SCHEMA
  AND c.TABLE_NAME = k.TABLE_NAME AND c.CONSTRAINT_NAME = k.CONSTRAINT_NAME
WHERE k.TABLE_SCHEMA IN (?) AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'FOREIGN KEY')`;

export const viewsQuery = `
SELECT TABLE_SCHEMA AS db, TABLE_NAME AS name, VIEW_DEFINITION AS definition
FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN (?)`;

/** MySQL 8.0.13+ has VIEW_TABLE_USAGE; MariaDB 10.x does not. */
export const hasViewTableUsageQuery = `
SELECT COUNT(*) AS found FROM information_schema.TABLES
WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'VIEW_TABLE_USAGE'`;

export const viewTableUsageQuery = `
SELECT VIEW_SCHEMA AS view_db, VIEW_NAME AS view_name,
  TABLE_SCHEMA AS db, TABLE_NAME AS name
FROM information_schema.VIEW_TABLE_USAGE WHERE VIEW_SCHEMA IN (?)`;

/**
 * Statement digests, one row per (schema the statement ran in, digest);
 * timers are in picoseconds.
 */
export const statementDigestsQuery = `
SELECT DIGEST AS digest, SCHEMA_NAME AS db, DIGEST_TEXT AS text,
  COUNT_STAR AS calls, SUM_TIMER_WAIT / 1000000000 AS total_ms,
  SUM_ROWS_SENT + SUM_ROWS_AFFECTED AS row_count
FROM performance_schema.events_statements_summary_by_digest
WHERE DIGEST IS NOT NULL AND DIGEST_TEXT IS NOT NULL`;

export const countStatementDigestsQuery = `
SELECT COUNT(*) AS count FROM performance_schema.events_statements_summary_by_digest`;

export const countTablesQuery = `
SELECT COUNT(*) AS count FROM information_schema.TABLES
WHERE TABLE_SCHEMA IN (?) AND TABLE_TYPE IN ${tableTypes}`;

export const countViewsQuery = `
SELECT COUNT(*) AS count FROM information_schema.TABLES
WHERE TABLE_SCHEMA IN (?) AND TABLE_TYPE = 'VIEW'`;
