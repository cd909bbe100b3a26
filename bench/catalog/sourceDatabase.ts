import { Knex } from 'knex';
import { vocabulary } from './searchCorpus';

const pgArray = (values: string[]) =>
  `ARRAY[${values.map(v => `'${v}'`).join(', ')}]`;

/**
 * The source the ingestion reads: `tables` tables of 20 columns each in 20
 * schemas, every tenth with a foreign key to the table before it, every
 * fifth commented, and a view over every twentieth. DO blocks of 500
 * tables, so the DDL runs server-side without a round trip per statement
 * (and no transaction holds more locks than the server has).
 */
export async function generateSourceDatabase(knex: Knex, tables: number) {
  for (let s = 0; s < 20; s++) await knex.raw(`CREATE SCHEMA dom_${s}`);
  for (let from = 0; from < tables; from += 500) {
    await knex.raw(ddlBlock(from, Math.min(tables, from + 500) - 1));
  }
}

function ddlBlock(from: number, to: number): string {
  const v = vocabulary;
  return `
DO $$
DECLARE
  entities text[] := ${pgArray(v.entities)};
  suffixes text[] := ${pgArray(v.suffixes)};
  entity text; other text; schema text; name text; previous text;
BEGIN
  FOR i IN ${Math.max(0, from - 1)}..${to} LOOP
    entity := entities[1 + (i * 7) % 20];
    other := entities[1 + (i * 11 + 3) % 20];
    IF other = entity THEN other := 'parent'; END IF;
    schema := 'dom_' || (i % 20);
    name := entity || '_' || suffixes[1 + (i / 20) % 10] || '_' || i;
    -- The table before the block exists already: only its name is needed.
    IF i >= ${from} THEN
      EXECUTE format(
        'CREATE TABLE %I.%I (id bigint PRIMARY KEY, %I bigint %s, %I text,
          created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz,
          status text, amount numeric(12, 2), quantity integer, name text,
          email text, phone text, country char(2), currency char(3), region text,
          note text, payload jsonb, is_active boolean, version integer, score real,
          source_system text)',
        schema, name, other || '_id',
        CASE WHEN i % 10 = 0 AND previous IS NOT NULL
          THEN 'REFERENCES ' || previous || ' (id)' ELSE '' END,
        entity || '_code');
      IF i % 5 = 0 THEN
        EXECUTE format('COMMENT ON TABLE %I.%I IS %L', schema, name,
          initcap(entity) || ' records of the ' || schema || ' domain');
      END IF;
      IF i % 20 = 0 THEN
        EXECUTE format('CREATE VIEW %I.%I AS SELECT id, status, amount FROM %I.%I',
          schema, 'v_' || name, schema, name);
      END IF;
    END IF;
    previous := format('%I.%I', schema, name);
  END LOOP;
END $$`;
}
