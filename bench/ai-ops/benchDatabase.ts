import { Knex } from 'knex';
import { connect } from '../catalog/benchDatabases';

/** A throw-away PostgreSQL database for one benchmark run. */
export async function withBenchDatabase<T>(
  work: (knex: Knex) => Promise<T>,
): Promise<T> {
  const admin = connect('postgres', 1);
  const name = `bench_ai_ops_${process.pid}`;
  await admin.raw(`DROP DATABASE IF EXISTS ${name}`);
  await admin.raw(`CREATE DATABASE ${name}`);
  const knex = connect(name, 8);
  try {
    return await work(knex);
  } finally {
    await knex.destroy();
    await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.destroy();
  }
}
