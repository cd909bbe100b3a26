import { aiOpsConnectionUpdatePermission } from '@internal/plugin-ai-ops-common';
import {
  describeOnBothDatabases,
  requirePostgresConnectionString,
  requireServiceEnv,
} from '@internal/testing';
import knexFactory from 'knex';
import { Client } from 'minio';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { asUser } from '../../__testUtils__/testContext';
import { auditTrail } from '../../__testUtils__/auditTrail';
import { dataDirectory } from '../__testUtils__/dataFiles';
import { dataTestApp } from '../__testUtils__/dataTestApp';

const alice = asUser('user:default/alice');
const BASE = '/workspaces/ml/connections';

const postgres = new URL(requirePostgresConnectionString());
const minioEndpoint = requireServiceEnv('minio', 'MINIO_ENDPOINT');
const minioUser = requireServiceEnv('minio', 'MINIO_ROOT_USER');
const minioPassword = requireServiceEnv('minio', 'MINIO_ROOT_PASSWORD');
const mariadb = {
  host: requireServiceEnv('mariadb', 'MARIADB_HOST'),
  port: Number(requireServiceEnv('mariadb', 'MARIADB_PORT')),
  user: requireServiceEnv('mariadb', 'MARIADB_USER'),
  password: requireServiceEnv('mariadb', 'MARIADB_PASSWORD'),
};
const SECRETS = {
  pg: decodeURIComponent(postgres.password),
  minio: minioPassword,
  maria: mariadb.password,
  token: 'tok-123',
};

describeOnBothDatabases('connection routes', databases => {
  const bucket = `ai-ops-conn-${Date.now()}`;
  const minio = new Client({
    endPoint: new URL(minioEndpoint).hostname,
    port: Number(new URL(minioEndpoint).port),
    useSSL: false,
    accessKey: minioUser,
    secretKey: minioPassword,
  });
  let server: http.Server;
  let httpUrl: string;
  const seenAuthorization: (string | undefined)[] = [];

  beforeAll(async () => {
    await minio.makeBucket(bucket);
    server = http.createServer((req, res) => {
      seenAuthorization.push(req.headers.authorization);
      res.statusCode = req.url === '/health' ? 200 : 404;
      res.end();
    });
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
    httpUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await minio.removeBucket(bucket).catch(() => {});
    await new Promise(done => server.close(done));
  });

  const setUp = (id: Parameters<typeof databases.init>[0]) =>
    dataTestApp(databases, id, { aiOps: { secrets: SECRETS } });

  it.each(databases.eachSupportedId())(
    'creates, reads, edits and deletes connections, audited, on %p',
    async databaseId => {
      const { app, context, grants } = await setUp(databaseId);
      const body = {
        name: 'warehouse',
        type: 'postgres',
        config: { host: postgres.hostname, port: Number(postgres.port), database: 'postgres', user: postgres.username },
        secretRef: 'pg',
      };
      await request(app).post(BASE).send(body).expect(401);
      delete grants[aiOpsConnectionUpdatePermission.name];
      await request(app).post(BASE).set(alice).send(body).expect(403);
      grants[aiOpsConnectionUpdatePermission.name] = true;
      await request(app).post('/workspaces/none/connections').set(alice).send(body).expect(404);

      const badPort = await request(app)
        .post(BASE)
        .set(alice)
        .send({ ...body, config: { ...body.config, port: 'x' } })
        .expect(400);
      expect(badPort.body.error.message).toContain('config.port');
      const password = await request(app)
        .post(BASE)
        .set(alice)
        .send({ ...body, config: { ...body.config, password: 'p' } })
        .expect(400);
      expect(password.body.error.message).toMatch(/config.*password/);
      const unknownSecret = await request(app)
        .post(BASE)
        .set(alice)
        .send({ ...body, secretRef: 'nope' })
        .expect(400);
      expect(unknownSecret.body.error.message).toContain(
        "secretRef: no secret named 'nope'",
      );

      const created = await request(app).post(BASE).set(alice).send(body).expect(201);
      expect(created.body).toMatchObject({
        name: 'warehouse',
        title: 'warehouse',
        type: 'postgres',
        secretRef: 'pg',
        owner: 'user:default/alice',
        status: 'untested',
        workspace: 'ml',
      });
      await request(app).post(BASE).set(alice).send(body).expect(409);

      const list = await request(app).get(BASE).set(alice).expect(200);
      expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(['warehouse']);
      await request(app).get(`${BASE}/warehouse`).set(alice).expect(200);
      await request(app).get(`${BASE}/${created.body.id}`).set(alice).expect(200);
      await request(app).get(`${BASE}/nothing`).set(alice).expect(404);
      await request(app).get('/workspaces/forecasting/connections/warehouse').set(alice).expect(404);

      const patched = await request(app)
        .patch(`${BASE}/warehouse`)
        .set(alice)
        .send({ title: 'Warehouse', config: { host: 'db', database: 'dw', user: 'me' } })
        .expect(200);
      expect(patched.body).toMatchObject({
        title: 'Warehouse',
        config: { host: 'db', port: 5432, database: 'dw', user: 'me', ssl: false },
      });
      const badPatch = await request(app)
        .patch(`${BASE}/warehouse`)
        .set(alice)
        .send({ config: { host: 'db' } })
        .expect(400);
      expect(badPatch.body.error.message).toContain('config.database');

      await request(app).delete(`${BASE}/warehouse`).set(alice).expect(204);
      await request(app).get(`${BASE}/warehouse`).set(alice).expect(404);

      const trail = await auditTrail(context.auditor);
      expect(trail.map(e => [e.eventId, e.failed])).toEqual([
        ['ai-ops.connection.create', false],
        ['ai-ops.connection.create', true],
        ['ai-ops.connection.update', false],
        ['ai-ops.connection.delete', false],
      ]);
      expect(trail[2].meta).toMatchObject({ before: { title: 'warehouse' } });
      expect(trail[2].succeeded).toMatchObject({ after: { title: 'Warehouse' } });
    },
  );

  it.each(databases.eachSupportedId())(
    'tests each type of connection for real and keeps the status, on %p',
    async databaseId => {
      const { app, context } = await setUp(databaseId);
      const directory = await dataDirectory();
      const sqliteFile = path.join(directory, 'local.sqlite');
      const sqlite = knexFactory({
        client: 'better-sqlite3',
        connection: { filename: sqliteFile },
        useNullAsDefault: true,
      });
      await sqlite.schema.createTable('points', t => t.integer('x'));
      await sqlite.destroy();

      const connections: [string, object, string, RegExp][] = [
        ['pg', { type: 'postgres', config: { host: postgres.hostname, port: Number(postgres.port), database: 'postgres', user: postgres.username }, secretRef: 'pg' }, 'ok', /^Connected: PostgreSQL 15/],
        ['pg-wrong-password', { type: 'postgres', config: { host: postgres.hostname, port: Number(postgres.port), database: 'postgres', user: postgres.username }, secretRef: 'token' }, 'failed', /password authentication failed/],
        ['pg-no-secret', { type: 'postgres', config: { host: postgres.hostname, port: Number(postgres.port), database: 'postgres', user: postgres.username } }, 'failed', /password|SASL/],
        ['maria', { type: 'mysql', config: { host: mariadb.host, port: mariadb.port, database: 'mysql', user: mariadb.user }, secretRef: 'maria' }, 'ok', /^Connected: 10\.11.*MariaDB/],
        ['lite', { type: 'sqlite', config: { path: sqliteFile } }, 'ok', /^Opened read-only: 1 tables$/],
        ['lite-missing', { type: 'sqlite', config: { path: `${directory}/none.sqlite` } }, 'failed', /unable to open/],
        ['bucket', { type: 'minio', config: { endpoint: minioEndpoint, bucket, accessKey: minioUser }, secretRef: 'minio' }, 'ok', new RegExp(`Bucket '${bucket}' exists`)],
        ['no-bucket', { type: 's3', config: { endpoint: minioEndpoint, bucket: `${bucket}-none`, accessKey: minioUser }, secretRef: 'minio' }, 'failed', /does not exist/],
        ['bad-key', { type: 's3', config: { endpoint: minioEndpoint, bucket, accessKey: minioUser }, secretRef: 'token' }, 'failed', /signature/i],
        ['dir', { type: 'file', config: { directory } }, 'ok', /^Directory readable: 1 entries$/],
        ['no-dir', { type: 'file', config: { directory: `${directory}/none` } }, 'failed', /ENOENT/],
        ['api', { type: 'http', config: { url: `${httpUrl}/health` }, secretRef: 'token' }, 'ok', /^HTTP 200 OK$/],
        ['api-404', { type: 'http', config: { url: `${httpUrl}/missing` } }, 'failed', /^HTTP 404 Not Found$/],
      ];
      for (const [name, body, status, message] of connections) {
        await request(app).post(BASE).set(alice).send({ name, ...body }).expect(201);
        const tested = await request(app).post(`${BASE}/${name}/test`).set(alice).expect(200);
        expect([name, tested.body.result.status]).toEqual([name, status]);
        expect(tested.body.result.message).toMatch(message);
        const stored = await request(app).get(`${BASE}/${name}`).set(alice).expect(200);
        expect(stored.body).toMatchObject({ status, statusMessage: tested.body.result.message });
        expect(stored.body.lastTestedAt).toBe(tested.body.result.testedAt);
      }
      expect(seenAuthorization).toContain('Bearer tok-123');

      // A changed config needs a new test.
      const changed = await request(app)
        .patch(`${BASE}/dir`)
        .set(alice)
        .send({ config: { directory: `${directory}/other` } })
        .expect(200);
      expect(changed.body).toMatchObject({ status: 'untested' });
      expect(changed.body.lastTestedAt).toBeUndefined();

      // No secret value is ever answered or audited.
      const everything = JSON.stringify([
        (await request(app).get(BASE).set(alice)).body,
        await auditTrail(context.auditor),
      ]);
      // The test services' passwords contain their user names, which are
      // shown on purpose; the token is the secret that is nothing else.
      expect(everything.includes(SECRETS.token)).toBe(false);
    },
  );
});
