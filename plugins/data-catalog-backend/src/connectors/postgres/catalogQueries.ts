/**
 * One bulk query per kind of catalog object, so that a database of ten
 * thousand tables costs a handful of round trips. Every query takes the
 * excluded schema names as $1.
 */

// Temporary schemas are per session and numbered, so they go by pattern.
const visibleSchema = (alias: string) => `${alias}.nspname <> ALL($1::text[])
  AND ${alias}.nspname NOT LIKE 'pg\\_temp\\_%'
  AND ${alias}.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`;

const catalogedRelkinds = `('r', 'p', 'v', 'm', 'f')`;

// Relations an extension installs (pg_stat_statements, PostGIS tables) are
// the extension's, not the database owner's data.
const notFromExtension = (alias: string) => `NOT EXISTS (
  SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass
    AND e.objid = ${alias}.oid AND e.deptype = 'e')`;

export const databaseQuery = `
SELECT d.datname AS name,
  shobj_description(d.oid, 'pg_database') AS comment,
  pg_database_size(d.oid)::float8 AS size_bytes
FROM pg_database d WHERE d.datname = current_database()`;

/** Every database the user may connect to, for an empty database list. */
export const connectableDatabasesQuery = `
SELECT datname AS name FROM pg_database
WHERE datallowconn AND NOT datistemplate
  AND has_database_privilege(oid, 'CONNECT')
ORDER BY datname`;

export const schemasQuery = `
SELECT n.nspname AS name, d.description AS comment
FROM pg_namespace n
LEFT JOIN pg_description d
  ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
WHERE ${visibleSchema('n')}
ORDER BY n.nspname`;

export const relationsQuery = `
SELECT c.oid::text AS id, n.nspname AS schema, c.relname AS name,
  c.relkind AS relkind, c.relispartition AS is_partition,
  d.description AS comment,
  CASE WHEN c.relkind <> 'v' THEN c.reltuples::float8 END AS reltuples,
  greatest(pg_stat_get_last_analyze_time(c.oid),
    pg_stat_get_last_autoanalyze_time(c.oid)) AS last_analyzed_at,
  CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS view_definition,
  pn.nspname AS parent_schema, pc.relname AS parent_name
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description d
  ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_class pc ON pc.oid = i.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
WHERE c.relkind IN ${catalogedRelkinds} AND ${visibleSchema('n')}
  AND ${notFromExtension('c')}
ORDER BY n.nspname, c.relname`;

/**
 * Sizes need every relation opened, the slowest part of a read of a large
 * database, so they come from a second connection in parallel.
 */
export const relationSizesQuery = `
SELECT c.oid::text AS id, pg_total_relation_size(c.oid)::float8 AS size_bytes
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm', 'p') AND ${visibleSchema('n')}`;

export const columnsQuery = `
SELECT a.attrelid::text AS table_id, a.attname AS name, a.attnum AS ordinal,
  format_type(a.atttypid, a.atttypmod) AS data_type,
  NOT a.attnotnull AS nullable,
  pg_get_expr(ad.adbin, ad.adrelid) AS default_value,
  d.description AS comment
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_description d
  ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ${catalogedRelkinds} AND ${visibleSchema('n')}
  AND ${notFromExtension('c')}`;

/**
 * One row per column of each primary and foreign key. Column names come
 * from scalar subqueries: they use the (attrelid, attnum) index where a
 * join would hash every table's attributes.
 */
export const keysQuery = `
SELECT con.conrelid::text AS table_id, con.contype AS type, con.conname AS constraint_name,
  (SELECT attname FROM pg_attribute
    WHERE attrelid = con.conrelid AND attnum = k.attnum) AS column_name,
  fn.nspname AS ref_schema, fc.relname AS ref_table,
  (SELECT attname FROM pg_attribute
    WHERE attrelid = con.confrelid AND attnum = k.ref_attnum) AS ref_column
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, coalesce(con.confkey, '{}'::int2[]))
  AS k(attnum, ref_attnum)
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'f') AND ${visibleSchema('n')}
  AND ${notFromExtension('c')}`;

/** The relations each view's rewrite rule depends on (view → reads). */
export const viewDependenciesQuery = `
SELECT DISTINCT vn.nspname AS view_schema, v.relname AS view_name,
  tn.nspname AS schema, t.relname AS name
FROM pg_rewrite r
JOIN pg_class v ON v.oid = r.ev_class AND v.relkind IN ('v', 'm')
JOIN pg_namespace vn ON vn.oid = v.relnamespace
JOIN pg_depend dep ON dep.classid = 'pg_rewrite'::regclass AND dep.objid = r.oid
  AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid <> v.oid
JOIN pg_class t ON t.oid = dep.refobjid AND t.relkind IN ${catalogedRelkinds}
JOIN pg_namespace tn ON tn.oid = t.relnamespace
WHERE ${visibleSchema('vn')} AND ${visibleSchema('tn')}
  AND ${notFromExtension('v')} AND ${notFromExtension('t')}
ORDER BY 1, 2, 3, 4`;

export const hasPgStatStatementsQuery = `
SELECT count(*)::int AS found FROM pg_extension WHERE extname = 'pg_stat_statements'`;

/**
 * Statements of the current database, one row per queryid: the same
 * statement run by several roles is summed and credited to its main user.
 */
export const statementsQuery = `
SELECT s.queryid::text AS query_id, min(s.query) AS query,
  sum(s.calls)::float8 AS calls, sum(s.total_exec_time)::float8 AS total_ms,
  sum(s.rows)::float8 AS rows,
  (array_agg(r.rolname ORDER BY s.calls DESC))[1] AS user_name
FROM pg_stat_statements s
LEFT JOIN pg_roles r ON r.oid = s.userid
WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND s.queryid IS NOT NULL
GROUP BY s.queryid`;

/** Counts for a connection test, without the cost of the full reads. */
export const countSchemasQuery = `
SELECT count(*)::int AS count FROM pg_namespace n WHERE ${visibleSchema('n')}`;

export const countRelationsQuery = (relkinds: string[]) => `
SELECT count(*)::int AS count
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN (${relkinds.map(kind => `'${kind}'`).join(', ')})
  AND ${visibleSchema('n')} AND ${notFromExtension('c')}`;

export const countStatementsQuery = `
SELECT count(*)::int AS count FROM pg_stat_statements
WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`;
