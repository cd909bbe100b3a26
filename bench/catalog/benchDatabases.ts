import knexFactory, { Knex } from 'knex';

/** The PostgreSQL of scripts/services (PGHOST, PGPORT, PGUSER, PGPASSWORD). */
export function pgConnection(database: string) {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value)
      throw new Error(`${name} is not set: run through bench/catalog/run`);
    return value;
  };
  return {
    host: env('PGHOST'),
    port: Number(env('PGPORT')),
    user: env('PGUSER'),
    password: env('PGPASSWORD'),
    database,
  };
}

export function connect(database: string, pool = 4): Knex {
  return knexFactory({
    client: 'pg',
    connection: pgConnection(database),
    pool: { min: 0, max: pool },
  });
}

/**
 * Throw-away databases named after the run; `dropAll` removes every one
 * created, also after a failure.
 */
export class BenchDatabases {
  private readonly admin = connect('postgres', 1);
  private readonly created: string[] = [];
  private readonly open: Knex[] = [];

  async create(
    purpose: string,
    pool = 4,
  ): Promise<{ name: string; knex: Knex }> {
    const name = `bench_catalog_${purpose}_${process.pid}`;
    await this.admin.raw(`DROP DATABASE IF EXISTS ${name}`);
    await this.admin.raw(`CREATE DATABASE ${name}`);
    this.created.push(name);
    const knex = connect(name, pool);
    this.open.push(knex);
    return { name, knex };
  }

  async dropAll(): Promise<void> {
    await Promise.all(this.open.map(knex => knex.destroy()));
    for (const name of this.created) {
      await this.admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    await this.admin.destroy();
  }
}
