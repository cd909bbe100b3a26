import { aiOpsDatasetUpdatePermission } from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { auditTrail } from '../../__testUtils__/auditTrail';
import { asUser } from '../../__testUtils__/testContext';
import { csv, dataDirectory, rowsOf, writeFiles } from '../__testUtils__/dataFiles';
import { dataTestApp } from '../__testUtils__/dataTestApp';

const alice = asUser('user:default/alice');
const SALES = '/workspaces/ml/datasets/sales';

const day = (shift = 0) =>
  csv(['store', 'amount', 'region'], rowsOf(50, i => [i, 100 + i + shift, ['north', 'south'][i % 2]]));

describeOnBothDatabases('dataset version routes', databases => {
  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    const test = await dataTestApp(databases, databaseId);
    const directory = await dataDirectory();
    await writeFiles(directory, {
      'sales/2026-01-01.csv': day(),
      'sales/2026-01-02.csv': day(500),
      'parts/region=north/day=1/a.csv': day(),
      'parts/region=south/day=1/a.csv': day(),
    });
    const files = await request(test.app)
      .post('/workspaces/ml/connections')
      .set(alice)
      .send({ name: 'files', type: 'file', config: { directory } })
      .expect(201);
    await request(test.app)
      .post('/workspaces/ml/datasets')
      .set(alice)
      .send({ name: 'sales', format: 'csv', connectionId: files.body.id })
      .expect(201);
    return { ...test, directory };
  }

  it.each(databases.eachSupportedId())(
    'registers versions read from files, publishing each, on %p',
    async databaseId => {
      const { app, grants, directory, published, context } = await setUp(databaseId);
      const uri = `file://${directory}/sales/2026-01-01.csv`;
      await request(app).post(`${SALES}/versions`).send({ uri }).expect(401);
      delete grants[aiOpsDatasetUpdatePermission.name];
      await request(app).post(`${SALES}/versions`).set(alice).send({ uri }).expect(403);
      grants[aiOpsDatasetUpdatePermission.name] = true;
      await request(app).post('/workspaces/ml/datasets/none/versions').set(alice).send({ uri }).expect(404);
      const neither = await request(app).post(`${SALES}/versions`).set(alice).send({}).expect(400);
      expect(neither.body.error.message).toContain('uri: Give exactly one of uri and path');
      const http = await request(app).post(`${SALES}/versions`).set(alice).send({ uri: 'http://x/y.csv' }).expect(400);
      expect(http.body.error.message).toContain('uri: Expected a file:// or s3:// URI');

      const first = await request(app).post(`${SALES}/versions`).set(alice).send({ uri }).expect(201);
      expect(first.body).toMatchObject({
        version: 1,
        storageUri: uri,
        hash: `sha256:${createHash('sha256').update(day()).digest('hex')}`,
        sizeBytes: Buffer.byteLength(day()),
        rowCount: 50,
        files: 1,
        schema: [
          { name: 'store', type: 'integer', nullable: false },
          { name: 'amount', type: 'integer', nullable: false },
          { name: 'region', type: 'string', nullable: false },
        ],
        partitions: [],
        createdBy: 'user:default/alice',
      });
      const second = await request(app)
        .post(`${SALES}/versions`)
        .set(alice)
        .send({ uri: `file://${directory}/parts/` })
        .expect(201);
      expect(second.body).toMatchObject({
        version: 2,
        rowCount: 100,
        files: 2,
        partitionKeys: ['region', 'day'],
        partitions: [
          { path: 'region=north/day=1', values: { region: 'north', day: '1' }, rowCount: 50 },
          { path: 'region=south/day=1', values: { region: 'south', day: '1' }, rowCount: 50 },
        ],
      });

      const outside = await request(app)
        .post(`${SALES}/versions`)
        .set(alice)
        .send({ uri: 'file:///etc/passwd' })
        .expect(400);
      expect(outside.body.error.message).toContain("outside the connection's directory");
      await request(app)
        .post(`${SALES}/versions`)
        .set(alice)
        .send({ uri: `file://${directory}/sales/none.csv` })
        .expect(404);
      const s3 = await request(app)
        .post(`${SALES}/versions`)
        .set(alice)
        .send({ uri: 's3://bucket/sales.csv' })
        .expect(400);
      expect(s3.body.error.message).toContain("cannot be read through the dataset's file connection 'files'");

      const list = await request(app).get(`${SALES}/versions`).set(alice).expect(200);
      expect(list.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      await request(app).get(`${SALES}/versions/1`).set(alice).expect(200);
      await request(app).get(`${SALES}/versions/9`).set(alice).expect(404);
      await request(app).get(`${SALES}/versions/zero`).set(alice).expect(400);
      expect((await request(app).get(SALES).set(alice)).body.latestVersion).toBe(2);

      expect(published.filter(e => e.topic === 'ai-ops.dataset.version-created').map(e => e.eventPayload)).toEqual([
        { workspace: 'ml', datasetId: first.body.datasetId, dataset: 'sales', version: 1, storageUri: uri },
        expect.objectContaining({ version: 2, storageUri: `file://${directory}/parts/` }),
      ]);
      const registered = (await auditTrail(context.auditor)).filter(
        e => e.eventId === 'ai-ops.dataset.version.register',
      );
      expect(registered.map(e => e.failed)).toEqual([false, false, true, true, true]);
    },
  );

  it.each(databases.eachSupportedId())(
    "registers objects of the workspace's part of the object store, on %p",
    async databaseId => {
      const { app, context } = await setUp(databaseId);
      await request(app)
        .post('/workspaces/ml/datasets')
        .set(alice)
        .send({ name: 'events', format: 'jsonl' })
        .expect(201);
      const content = '{"a":1}\n{"a":2}\n';
      const { uri } = await context.objectStore.put('workspaces/ml/uploads/events.jsonl', content);
      await context.objectStore.put('workspaces/forecasting/secret.jsonl', content);
      const EVENTS = '/workspaces/ml/datasets/events/versions';

      const byPath = await request(app).post(EVENTS).set(alice).send({ path: 'uploads/events.jsonl' }).expect(201);
      expect(byPath.body).toMatchObject({ storageUri: uri, rowCount: 2 });
      const byUri = await request(app).post(EVENTS).set(alice).send({ uri }).expect(201);
      expect(byUri.body).toMatchObject({ version: 2, hash: byPath.body.hash });

      const otherWorkspace = uri.replace('/ml/uploads/events.jsonl', '/forecasting/secret.jsonl');
      const stepOut = uri.replace('/ml/uploads/events.jsonl', '/ml/../forecasting/secret.jsonl');
      for (const denied of [otherWorkspace, stepOut]) {
        const answer = await request(app).post(EVENTS).set(alice).send({ uri: denied }).expect(400);
        expect(answer.body.error.message).toContain("is not in workspace 'ml'");
      }
      await request(app).post(EVENTS).set(alice).send({ path: '../forecasting/secret.jsonl' }).expect(400);
      await request(app).post(EVENTS).set(alice).send({ path: 'uploads/none.jsonl' }).expect(404);
    },
  );

  it.each(databases.eachSupportedId())(
    'validates a version on its data against a baseline and keeps the reports, on %p',
    async databaseId => {
      const { app, directory, context } = await setUp(databaseId);
      for (const file of ['2026-01-01', '2026-01-02']) {
        await request(app)
          .post(`${SALES}/versions`)
          .set(alice)
          .send({ uri: `file://${directory}/sales/${file}.csv` })
          .expect(201);
      }
      const plain = await request(app).post(`${SALES}/versions/1/validate`).set(alice).send({}).expect(201);
      expect(plain.body).toMatchObject({ version: 1, status: 'pass', rowCount: 50, duplicateRows: 0 });
      expect(plain.body.baselineVersion).toBeUndefined();

      const drift = await request(app)
        .post(`${SALES}/versions/2/validate`)
        .set(alice)
        .send({ baselineVersion: 1, ranges: { amount: { max: 200 } } })
        .expect(201);
      expect(drift.body).toMatchObject({ version: 2, baselineVersion: 1, status: 'fail' });
      const check = (name: string, column: string) =>
        drift.body.checks.find((c: { check: string; column?: string }) => c.check === name && c.column === column);
      expect(check('distribution', 'amount')).toMatchObject({ status: 'fail', metric: 'psi' });
      expect(check('distribution', 'region')).toMatchObject({ status: 'pass', value: 0 });
      expect(check('range', 'amount')).toMatchObject({ status: 'fail', value: 50 });
      expect(drift.body.columns.find((c: { name: string }) => c.name === 'amount')).toMatchObject({
        min: 600,
        max: 649,
        mean: 624.5,
      });

      const badBaseline = await request(app)
        .post(`${SALES}/versions/2/validate`)
        .set(alice)
        .send({ baselineVersion: 7 })
        .expect(400);
      expect(badBaseline.body.error.message).toContain("baselineVersion: dataset 'sales' has no version 7");
      const badThreshold = await request(app)
        .post(`${SALES}/versions/2/validate`)
        .set(alice)
        .send({ thresholds: { psi: { warn: 0.5, fail: 0.1 } } })
        .expect(400);
      expect(badThreshold.body.error.message).toContain('thresholds.psi.warn');
      await request(app).post(`${SALES}/versions/3/validate`).set(alice).send({}).expect(404);

      const reports = await request(app).get(`${SALES}/versions/2/reports`).set(alice).expect(200);
      expect(reports.body.items).toHaveLength(1);
      expect(reports.body.items[0]).toEqual(drift.body);
      expect(
        (await auditTrail(context.auditor))
          .filter(e => e.eventId === 'ai-ops.dataset.version.validate')
          .map(e => e.succeeded),
      ).toEqual([
        { reportId: plain.body.id, status: 'pass' },
        { reportId: drift.body.id, status: 'fail' },
      ]);
    },
  );
});
