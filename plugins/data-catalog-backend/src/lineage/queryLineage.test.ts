import { lineageFromQuery } from './queryLineage';

const reads = (text: string, dialect?: 'postgresql' | 'mysql') =>
  lineageFromQuery(text, dialect).reads;

describe('lineageFromQuery', () => {
  describe('reads', () => {
    it.each([
      ['SELECT * FROM orders', ['orders']],
      ['select o.id from Sales.Orders o where o.id = $1', ['sales.orders']],
      ['SELECT * FROM a, b AS bb, c cc', ['a', 'b', 'c']],
      [
        'SELECT * FROM a JOIN b ON a.id = b.id LEFT OUTER JOIN s.c USING (id) CROSS JOIN d',
        ['a', 'b', 's.c', 'd'],
      ],
      ['SELECT * FROM db.sch.t', ['db.sch.t']],
      ['SELECT * FROM a NATURAL JOIN b, c', ['a', 'b', 'c']],
      ['SELECT * FROM ONLY parent', ['parent']],
      ['SELECT * FROM (a JOIN b ON a.x = b.x) j, c', ['a', 'b', 'c']],
      [
        'SELECT * FROM (SELECT id FROM inner_t) AS sub, other WHERE sub.id = other.id',
        ['inner_t', 'other'],
      ],
      [
        'SELECT * FROM a WHERE id IN (SELECT a_id FROM b) AND EXISTS (SELECT 1 FROM c)',
        ['a', 'b', 'c'],
      ],
      ['SELECT coalesce((SELECT max(x) FROM m), 0)', ['m']],
      [
        'SELECT * FROM a UNION ALL SELECT * FROM b EXCEPT TABLE c',
        ['a', 'b', 'c'],
      ],
      ['TABLE archive.events', ['archive.events']],
      ['SELECT * FROM t1 x(a, b), t2', ['t1', 't2']],
      [
        'SELECT * FROM a, LATERAL (SELECT * FROM b WHERE b.a = a.id) l, LATERAL unnest(a.tags) tag',
        ['a', 'b'],
      ],
      ['SELECT * FROM a STRAIGHT_JOIN b ON a.id = b.id', ['a', 'b']],
    ])('%s', (text, expected) => {
      expect(reads(text)).toEqual(expected);
    });

    it('keeps the case and dots of quoted identifiers, both quotings', () => {
      expect(
        reads('SELECT * FROM "Sales"."Order Lines" JOIN public."x""y" ON true'),
      ).toEqual(['Sales.Order Lines', 'public.x"y']);
      expect(
        reads('SELECT * FROM `Shop`.`Orders` JOIN `a``b` ON 1', 'mysql'),
      ).toEqual(['Shop.Orders', 'a`b']);
      expect(reads('SELECT * FROM Shop."Orders"')).toEqual(['shop.Orders']);
    });

    it('leaves out CTE names but reads what CTEs read', () => {
      expect(
        reads(`WITH recent AS (SELECT * FROM orders WHERE ts > now()),
                    Big (id) AS MATERIALIZED (SELECT id FROM recent WHERE total > 100)
               SELECT * FROM big JOIN customers c ON c.id = big.id`),
      ).toEqual(['orders', 'customers']);
      expect(
        reads(`WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 9)
               SELECT sum(n) FROM t`),
      ).toEqual([]);
      // A qualified name is never a CTE.
      expect(reads('WITH t AS (SELECT 1) SELECT * FROM t, s.t')).toEqual([
        's.t',
      ]);
    });

    it('ignores FROM that is not a table list', () => {
      expect(
        reads(`SELECT extract(year FROM created), substring(name FROM 2 FOR 3),
                      trim(both 'x' FROM code), a IS DISTINCT FROM b,
                      a IS NOT DISTINCT FROM b
               FROM events`),
      ).toEqual(['events']);
    });

    it('skips table functions and MySQL dual', () => {
      expect(
        reads(
          'SELECT * FROM generate_series(1, 3) g, pg_catalog.pg_stat_activity',
        ),
      ).toEqual(['pg_catalog.pg_stat_activity']);
      expect(reads('SELECT 1 FROM dual', 'mysql')).toEqual([]);
      expect(reads('SELECT 1 FROM "dual"')).toEqual(['dual']);
    });

    it('ignores string literals and comments', () => {
      expect(
        reads(`-- FROM commented_line
               SELECT 'FROM fake_a', $$ FROM fake_b $$, $tag$ FROM fake_c $tag$,
                      E'it\\'s FROM fake_d' /* FROM fake_e /* nested */ FROM fake_f */
               FROM real_t`),
      ).toEqual(['real_t']);
      expect(
        reads(
          `SELECT 'it\\'s FROM fake_a', "FROM" # FROM fake_b
           FROM real_t /* FROM fake_c */`,
          'mysql',
        ),
      ).toEqual(['real_t']);
      // PostgreSQL: a backslash ends nothing in a plain string.
      expect(reads("SELECT 'C:\\' FROM real_t")).toEqual(['real_t']);
    });

    it('reads the USING of MERGE and DELETE, not a join column list', () => {
      expect(reads('DELETE FROM a USING b, c WHERE a.id = b.id')).toEqual([
        'b',
        'c',
      ]);
      expect(reads('SELECT * FROM a JOIN b USING (id)')).toEqual(['a', 'b']);
    });
  });

  describe('writes', () => {
    it.each([
      ['INSERT INTO sales.orders (id) VALUES ($1)', ['sales.orders'], []],
      ['INSERT INTO t SELECT * FROM s', ['t'], ['s']],
      ['INSERT IGNORE INTO `t` SELECT * FROM `s`', ['t'], ['s']],
      ['REPLACE INTO kv (k, v) VALUES (?, ?)', ['kv'], []],
      ['UPDATE ONLY t SET x = s.x FROM s WHERE s.id = t.id', ['t'], ['s']],
      ['UPDATE a JOIN b ON a.id = b.id SET a.x = b.x', ['a'], ['b']],
      ['UPDATE a, b SET a.x = b.x WHERE a.id = b.id', ['a'], ['b']],
      ['UPDATE t SET x = (SELECT max(y) FROM t)', ['t'], ['t']],
      ['DELETE FROM logs WHERE ts < now()', ['logs'], []],
      [
        'MERGE INTO dim d USING (SELECT * FROM staging) s ON d.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)',
        ['dim'],
        ['staging'],
      ],
      ['MERGE INTO dim USING staging s ON dim.id = s.id', ['dim'], ['staging']],
      [
        'CREATE TABLE IF NOT EXISTS daily AS SELECT * FROM events',
        ['daily'],
        ['events'],
      ],
      ['CREATE TEMP TABLE t AS TABLE src', ['t'], ['src']],
      ['CREATE TABLE t (a int) SELECT a FROM s', ['t'], ['s']],
      [
        'CREATE MATERIALIZED VIEW mv AS SELECT * FROM a JOIN b ON true',
        ['mv'],
        ['a', 'b'],
      ],
      ['CREATE OR REPLACE VIEW v (x) AS SELECT x FROM s', ['v'], ['s']],
      [
        'CREATE ALGORITHM = MERGE DEFINER = `u`@`%` SQL SECURITY DEFINER VIEW `V` AS SELECT * FROM t',
        ['V'],
        ['t'],
      ],
      [
        `WITH moved AS (DELETE FROM queue WHERE done RETURNING *)
         INSERT INTO archive SELECT * FROM moved`,
        ['queue', 'archive'],
        [],
      ],
      [
        `INSERT INTO totals WITH x AS (SELECT * FROM sales) SELECT sum(v) FROM x`,
        ['totals'],
        ['sales'],
      ],
      [
        `INSERT INTO t (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET id = excluded.id`,
        ['t'],
        [],
      ],
    ])('%s', (text, expectedWrites, expectedReads) => {
      expect(lineageFromQuery(text)).toEqual({
        writes: expectedWrites,
        reads: expectedReads,
      });
    });
  });

  describe('statements without lineage', () => {
    it.each([
      'CREATE TABLE t (id int REFERENCES other (id))',
      'CREATE INDEX i ON t (x)',
      'CREATE TABLE t PARTITION OF parent FOR VALUES IN (1)',
      "COPY t FROM '/tmp/file.csv'",
      'COPY t FROM stdin',
      'GRANT SELECT ON t TO role',
      'REVOKE ALL ON t FROM role',
      'EXPLAIN SELECT * FROM t',
      'SHOW COLUMNS FROM t',
      'TRUNCATE TABLE t',
      'CREATE FUNCTION f() RETURNS int AS $$ SELECT count(*) FROM t $$ LANGUAGE sql',
      'SET search_path TO public',
      '',
      '   -- only a comment',
    ])('%s', text => {
      expect(lineageFromQuery(text)).toEqual({ reads: [], writes: [] });
    });

    it('reads the query of COPY (query) TO', () => {
      expect(lineageFromQuery("COPY (SELECT * FROM t) TO '/tmp/x'")).toEqual({
        reads: ['t'],
        writes: [],
      });
    });
  });

  it('collects every statement of a script once, in order', () => {
    expect(
      lineageFromQuery(`INSERT INTO b SELECT * FROM a;
                        SELECT * FROM a; INSERT INTO c SELECT * FROM b;`),
    ).toEqual({ reads: ['a', 'b'], writes: ['b', 'c'] });
  });

  it('survives unterminated strings, comments and parentheses', () => {
    for (const text of [
      "SELECT * FROM t WHERE x = 'open",
      'SELECT * FROM t /* open',
      'SELECT * FROM (SELECT * FROM t',
      'SELECT * FROM "open',
      'SELECT $x$ open',
      'WITH x AS (',
      'INSERT INTO',
      'SELECT * FROM',
    ]) {
      expect(() => lineageFromQuery(text)).not.toThrow();
    }
    expect(reads('SELECT * FROM (SELECT * FROM t')).toEqual(['t']);
  });
});
