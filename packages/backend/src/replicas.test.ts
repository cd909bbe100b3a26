import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { Replica, startReplica } from './testing/startReplica';
import {
  PROBE_CADENCE_SECONDS,
  PROBE_RUNS_TABLE,
} from './testing/scheduleProbePlugin';
import { requirePostgresConnectionString } from '@internal/testing';

jest.setTimeout(300_000);

const connectionString = requirePostgresConnectionString();
const prefix = `replicas_${process.pid}_`;

async function guestToken(replica: Replica): Promise<string> {
  const response = await fetch(`${replica.baseUrl}/api/auth/guest/refresh`, {
    method: 'POST',
  });
  expect(response.status).toBe(200);
  return (await response.json()).backstageIdentity.token;
}

describe('two backend replicas on one PostgreSQL', () => {
  let replicas: Replica[] = [];
  let probeDb: Knex;

  beforeAll(async () => {
    // One at a time, so the second replica's migrations run against an
    // already-migrated database the way a rolling deploy does.
    replicas.push(
      await startReplica({
        port: 7117,
        databaseConnection: connectionString,
        databasePrefix: prefix,
      }),
    );
    replicas.push(
      await startReplica({
        port: 7118,
        databaseConnection: connectionString,
        databasePrefix: prefix,
      }),
    );
    probeDb = knexFactory({
      client: 'pg',
      connection: `${connectionString}/${prefix}schedule-probe`,
    });
  });

  afterAll(async () => {
    await Promise.all(replicas.map(replica => replica.stop()));
    await probeDb?.destroy();
    const admin = knexFactory({ client: 'pg', connection: connectionString });
    const { rows } = await admin.raw(
      'select datname from pg_database where datname like ?',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await admin.raw('drop database if exists ?? with (force)', [datname]);
    }
    await admin.destroy();
    replicas = [];
  });

  it('runs a scheduled task once per cadence across replicas', async () => {
    const windowStart = new Date();
    const windowSeconds = 24;
    await new Promise(r => setTimeout(r, windowSeconds * 1000));

    const runs: { replica: string; started_at: Date }[] = await probeDb(
      PROBE_RUNS_TABLE,
    )
      .where('started_at', '>=', windowStart)
      .orderBy('started_at');
    const expected = windowSeconds / PROBE_CADENCE_SECONDS;
    expect(runs.length).toBeGreaterThanOrEqual(Math.floor(expected * 0.6));
    expect(runs.length).toBeLessThanOrEqual(Math.ceil(expected) + 1);
    // Two replicas racing for the same run would start it twice within one
    // cadence; the scheduler's lock must leave at least most of a cadence
    // between consecutive starts.
    for (let i = 1; i < runs.length; i++) {
      const gap =
        new Date(runs[i].started_at).getTime() -
        new Date(runs[i - 1].started_at).getTime();
      expect(gap).toBeGreaterThanOrEqual(PROBE_CADENCE_SECONDS * 1000 * 0.75);
    }
  });

  it('reads through one replica what was written through the other', async () => {
    const [writer, reader] = replicas;
    const dir = mkdtempSync(join(tmpdir(), 'replica-test-'));
    const file = join(dir, 'catalog-info.yaml');
    const name = `replica-probe-${process.pid}`;
    writeFileSync(
      file,
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        `  name: ${name}`,
        'spec:',
        '  type: service',
        '  lifecycle: experimental',
        '  owner: group:default/platform-team',
      ].join('\n'),
    );

    const writeToken = await guestToken(writer);
    const created = await fetch(`${writer.baseUrl}/api/catalog/locations`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${writeToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ type: 'file', target: file }),
    });
    expect(created.status).toBe(201);

    const readToken = await guestToken(reader);
    const deadline = Date.now() + 60_000;
    let entity: { spec?: { owner?: string } } | undefined;
    while (!entity && Date.now() < deadline) {
      const response = await fetch(
        `${reader.baseUrl}/api/catalog/entities/by-name/component/default/${name}`,
        { headers: { authorization: `Bearer ${readToken}` } },
      );
      if (response.ok) entity = await response.json();
      else await new Promise(r => setTimeout(r, 1000));
    }
    expect(entity?.spec?.owner).toBe('group:default/platform-team');
  });

  it('a policy change written through one replica governs decisions on the other', async () => {
    const [writer, reader] = replicas;
    const permission = `platform-portal.replica-probe-${process.pid}`;
    const token = await guestToken(writer);
    const headers = {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    };
    const decide = async () => {
      const response = await fetch(
        `${reader.baseUrl}/api/permission/authorize`,
        {
          method: 'POST',
          headers,
          body: JSON.stringify({
            items: [
              {
                id: '1',
                permission: { type: 'basic', name: permission, attributes: {} },
              },
            ],
          }),
        },
      );
      return (await response.json()).items[0].result;
    };
    // The guest is a bootstrap administrator: allowed until the deny lands.
    expect(await decide()).toBe('ALLOW');

    const api = (path: string, body: unknown) =>
      fetch(`${writer.baseUrl}/api/authz${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      }).then(async r => ({ status: r.status, body: await r.json() }));
    const policy = await api('/policies', {
      name: `DenyReplicaProbe${process.pid}`,
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: permission, Resource: '*' }],
      },
    });
    expect(policy.status).toBe(201);
    const role = await api('/roles', { name: `Replica probe ${process.pid}` });
    expect(role.status).toBe(201);
    expect(
      (
        await api(`/roles/${role.body.id}/policies/attach`, {
          policyIds: [policy.body.id],
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api(`/roles/${role.body.id}/holders/attach`, {
          holders: [{ kind: 'user', ref: 'user:default/guest' }],
        })
      ).status,
    ).toBe(200);

    const deadline = Date.now() + 30_000;
    let result = await decide();
    while (result !== 'DENY' && Date.now() < deadline) {
      await new Promise(r => setTimeout(r, 250));
      result = await decide();
    }
    expect(result).toBe('DENY');
  });
});
