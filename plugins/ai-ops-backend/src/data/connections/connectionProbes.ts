import {
  Connection,
  connectionConfigSchemas,
  ConnectionType,
} from '@internal/plugin-ai-ops-common';
import knexFactory from 'knex';
import fs from 'node:fs/promises';
import { Client as PgClient } from 'pg';
import { createConnection as createMysqlConnection } from 'mysql2/promise';
import { z } from 'zod';
import { s3Client } from './s3Client';
import { SecretReader } from './secrets';

/** How long connecting may take before the test fails. */
export const PROBE_TIMEOUT_MS = 10_000;

type Settings<T extends ConnectionType> = z.infer<
  (typeof connectionConfigSchemas)[T]
>;

// Each probe takes its type's settings; the table below pairs them.
type Probe = (settings: any, secret: string | undefined) => Promise<string>;

async function probePostgres(
  settings: Settings<'postgres'>,
  secret: string | undefined,
) {
  const client = new PgClient({
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: settings.user,
    // A function, so that pg never falls back on the backend's PGPASSWORD.
    password: async () => secret ?? '',
    ssl: settings.ssl ? { rejectUnauthorized: true } : false,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
  });
  try {
    await client.connect();
    const { rows } = await client.query('select version() as version');
    return `Connected: ${String(rows[0].version).split(',')[0]}`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function probeMysql(
  settings: Settings<'mysql'>,
  secret: string | undefined,
) {
  const client = await createMysqlConnection({
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: settings.user,
    password: secret,
    connectTimeout: PROBE_TIMEOUT_MS,
  });
  try {
    const [rows] = await client.query('select version() as version');
    return `Connected: ${(rows as { version: string }[])[0].version}`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function probeSqlite(settings: Settings<'sqlite'>) {
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: {
      filename: settings.path,
      // Read-only also means a missing file is an error, not a new one.
      options: { readonly: true },
    },
    useNullAsDefault: true,
    pool: { min: 0, max: 1 },
  });
  try {
    const [{ tables }] = await db('sqlite_master')
      .where('type', 'table')
      .count({ tables: '*' });
    return `Opened read-only: ${tables} tables`;
  } finally {
    await db.destroy();
  }
}

async function probeBucket(
  settings: Settings<'s3'>,
  secret: string | undefined,
) {
  const client = s3Client(settings, secret);
  if (!(await client.bucketExists(settings.bucket))) {
    throw new Error(`Bucket '${settings.bucket}' does not exist`);
  }
  return `Bucket '${settings.bucket}' exists`;
}

async function probeDirectory(settings: Settings<'file'>) {
  const stats = await fs.stat(settings.directory);
  if (!stats.isDirectory()) {
    throw new Error(`${settings.directory} is not a directory`);
  }
  const entries = await fs.readdir(settings.directory);
  return `Directory readable: ${entries.length} entries`;
}

async function probeHttp(
  settings: Settings<'http'>,
  secret: string | undefined,
) {
  const response = await fetch(settings.url, {
    method: 'HEAD',
    headers: secret ? { Authorization: `Bearer ${secret}` } : {},
    signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
  });
  const status = `HTTP ${response.status} ${response.statusText}`.trim();
  if (response.status >= 400) throw new Error(status);
  return status;
}

/**
 * Connects for real, per type: a query on databases, `bucketExists` on
 * MinIO/S3, reading the directory, `HEAD` on an HTTP API. Resolves to what
 * was found, throws what went wrong.
 */
const probes: Record<ConnectionType, Probe> = {
  postgres: probePostgres,
  mysql: probeMysql,
  sqlite: probeSqlite,
  s3: probeBucket,
  minio: probeBucket,
  file: probeDirectory,
  http: probeHttp,
};

export async function probeConnection(
  readSecret: SecretReader,
  connection: Connection,
): Promise<string> {
  const secret = connection.secretRef
    ? await readSecret(connection.secretRef)
    : undefined;
  return probes[connection.type](connection.config, secret);
}
