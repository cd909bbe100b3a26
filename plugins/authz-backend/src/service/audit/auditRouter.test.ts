import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { change, decision } from '../../audit/__testUtils__/auditFixtures';
import { createAuditTestApp, userAuth } from './__testUtils__/auditTestApp';

jest.setTimeout(60_000);

const read = 'authz.audit.read';
const configure = 'authz.audit.configure';

describe('createAuditRouter', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('answers 401 without credentials and 403 without the permission', async () => {
    const { app } = await createAuditTestApp(databases, []);
    for (const path of [
      '/entries',
      '/entries/x',
      '/stats',
      '/export',
      '/settings',
      '/cookie',
      '/stream',
    ]) {
      const response = await request(app).get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 401 });
    }
    expect(
      (await request(app).put('/settings').send({ retentionDays: 5 })).status,
    ).toBe(401);

    const denied = await request(app).get('/entries').set(userAuth);
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBe('authz.audit.read denied');
  });

  it('lists, filters and pages entries and returns one with all its detail', async () => {
    const { app, store } = await createAuditTestApp(databases, [read]);
    const allowed = decision({ time: '2026-03-10T10:00:00.000Z' });
    const denied = decision({
      time: '2026-03-10T11:00:00.000Z',
      result: 'DENY',
    });
    await store.recordDecisions([allowed, denied]);
    const recorded = await store.recordChangeNow(change());

    const all = await request(app).get('/entries').set(userAuth);
    expect(all.status).toBe(200);
    expect(all.body.totalCount).toBe(3);
    expect(all.body.items.map((e: { id: string }) => e.id)).toEqual([
      recorded.id,
      denied.id,
      allowed.id,
    ]);

    const filtered = await request(app)
      .get('/entries')
      .query({ result: 'DENY', principal: 'user:default/ali*', limit: 1 })
      .set(userAuth);
    expect(filtered.body).toEqual({
      items: [{ kind: 'decision', ...denied }],
      totalCount: 1,
    });

    const one = await request(app).get(`/entries/${recorded.id}`).set(userAuth);
    expect(one.body).toEqual({
      ...recorded,
      before: { active: false },
      after: { active: true },
    });
    const missing = await request(app)
      .get('/entries/no-such-entry')
      .set(userAuth);
    expect(missing.status).toBe(404);
    expect(missing.body.error.name).toBe('NotFoundError');
  });

  it('answers 400 naming the bad field', async () => {
    const { app } = await createAuditTestApp(databases, [read, configure]);
    const cases: Array<[string, Record<string, string>, string]> = [
      ['/entries', { from: 'yesterday' }, 'from: Invalid ISO datetime'],
      ['/entries', { limit: '0' }, 'limit: '],
      ['/entries', { kind: 'login' }, 'kind: '],
      ['/stats', { bucket: 'week' }, 'bucket: '],
      [
        '/stats',
        { from: '2026-03-10T00:00:00Z', to: '2026-03-01T00:00:00Z' },
        'from: must not be after to',
      ],
      ['/export', { format: 'xml' }, 'format: '],
      ['/stream', { to: 'soon' }, 'to: Invalid ISO datetime'],
    ];
    for (const [path, query, message] of cases) {
      const response = await request(app).get(path).query(query).set(userAuth);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body.error.message).toContain(message);
    }
  });

  it('computes stats for a given or the default period', async () => {
    const { app, store } = await createAuditTestApp(databases, [read]);
    await store.recordDecisions([
      decision({ time: new Date().toISOString() }),
      decision({ time: new Date().toISOString(), result: 'DENY' }),
    ]);

    const lastDay = await request(app)
      .get('/stats')
      .query({ bucket: 'hour' })
      .set(userAuth);
    expect(lastDay.status).toBe(200);
    expect(lastDay.body).toMatchObject({ total: 2, allowed: 1, denied: 1 });
    expect(lastDay.body.trend).toHaveLength(25);

    const period = await request(app)
      .get('/stats')
      .query({ from: '2026-01-01T00:00:00Z', to: '2026-01-03T00:00:00Z' })
      .set(userAuth);
    expect(period.body).toMatchObject({ total: 0 });
    expect(
      period.body.trend.map((b: { bucketStart: string }) => b.bucketStart),
    ).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
    ]);
  });

  it('exports the matching entries as a CSV download', async () => {
    const { app, store } = await createAuditTestApp(databases, [read]);
    const quoted = decision({
      time: '2026-03-10T10:00:00.000Z',
      summary: 'Denied by "Deny, all"\nsecond line',
      result: 'DENY',
    });
    const formula = decision({
      time: '2026-03-10T09:00:00.000Z',
      resourceRef: '=HYPERLINK("x")',
    });
    await store.recordDecisions([quoted, formula]);
    const recorded = await store.recordChangeNow(change());

    const response = await request(app)
      .get('/export')
      .query({ kind: 'decision' })
      .set(userAuth);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="authz-audit-[0-9TZ-]+\.csv"$/,
    );
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe(
      'id,kind,time,principal,permission,resourceType,resourceRef,result,summary,reasons,revision,latencyMs,engine,pluginId,before,after',
    );
    expect(lines[1]).toBe(
      [
        quoted.id,
        'decision',
        quoted.time,
        quoted.principal,
        quoted.permission,
        quoted.resourceType,
        quoted.resourceRef,
        'DENY',
        '"Denied by ""Deny, all""\nsecond line"',
        `"${JSON.stringify(quoted.reasons).replace(/"/g, '""')}"`,
        '7',
        '0.42',
        'wasm',
        '',
        '',
        '',
      ].join(','),
    );
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"")",ALLOW,`);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(response.text).not.toContain(recorded.id);

    const changes = await request(app)
      .get('/export')
      .query({ kind: 'change' })
      .set(userAuth);
    expect(changes.text.split('\r\n')[1]).toBe(
      `${recorded.id},change,${recorded.time},user:default/admin,authz.policy.update,policy,policy:CatalogReaders,succeeded,,,,,,authz,"{""active"":false}","{""active"":true}"`,
    );
  });

  it('exports the matching entries as JSON, newest first', async () => {
    const { app, store } = await createAuditTestApp(databases, [read]);
    const batch = Array.from({ length: 1500 }, (_, i) =>
      decision({
        time: new Date(Date.UTC(2026, 2, 10) + i * 1000).toISOString(),
      }),
    );
    await store.recordDecisions(batch);

    const response = await request(app)
      .get('/export')
      .query({ format: 'json', from: batch[500].time })
      .set(userAuth);
    expect(response.headers['content-type']).toBe(
      'application/json; charset=utf-8',
    );
    expect(response.headers['content-disposition']).toMatch(/\.json"$/);
    const exported = JSON.parse(response.text);
    expect(exported).toHaveLength(1000);
    expect(exported[0]).toEqual({ kind: 'decision', ...batch[1499] });
    expect(exported[999]).toEqual({ kind: 'decision', ...batch[500] });

    const empty = await request(app)
      .get('/export')
      .query({ format: 'json', principal: 'user:default/nobody' })
      .set(userAuth);
    expect(JSON.parse(empty.text)).toEqual([]);
  });

  it('reads the settings and updates them only with the configure permission', async () => {
    const readOnly = await createAuditTestApp(databases, [read]);
    expect(
      (await request(readOnly.app).get('/settings').set(userAuth)).body,
    ).toEqual({
      retentionDays: 90,
    });
    const forbidden = await request(readOnly.app)
      .put('/settings')
      .set(userAuth)
      .send({ retentionDays: 30 });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.message).toBe('authz.audit.configure denied');

    const { app, store } = await createAuditTestApp(databases, [
      read,
      configure,
    ]);
    const bad = await request(app)
      .put('/settings')
      .set(userAuth)
      .send({ retentionDays: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('retentionDays: ');
    const extra = await request(app)
      .put('/settings')
      .set(userAuth)
      .send({ retentionDays: 30, keep: 'all' });
    expect(extra.status).toBe(400);
    expect((await store.query({ offset: 0, limit: 10 })).totalCount).toBe(0);
    expect(await store.settings()).toEqual({ retentionDays: 90 });

    const saved = await request(app)
      .put('/settings')
      .set(userAuth)
      .send({ retentionDays: 30 });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ retentionDays: 30 });
    expect((await request(app).get('/settings').set(userAuth)).body).toEqual({
      retentionDays: 30,
    });
    const [recorded] = (await store.query({ offset: 0, limit: 10 })).items;
    expect(recorded).toMatchObject({
      actor: 'user:default/mock',
      action: 'authz.audit.configure',
      before: { retentionDays: 90 },
      after: { retentionDays: 30 },
    });
  });

  it('issues the user cookie the event stream needs', async () => {
    const { app } = await createAuditTestApp(databases, [read]);
    const response = await request(app).get('/cookie').set(userAuth);
    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']).toEqual([
      mockCredentials.limitedUser.cookie(),
    ]);
    expect(Date.parse(response.body.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('takes decision batches from services only, all or nothing', async () => {
    const { app, store } = await createAuditTestApp(databases, []);
    const service = { Authorization: mockCredentials.service.header() };
    const items = [decision(), decision({ result: 'CONDITIONAL' })];
    const postAsService = (batch: object[]) =>
      request(app).post('/decisions').set(service).send({ items: batch });

    expect((await request(app).post('/decisions').send({ items })).status).toBe(
      401,
    );
    const user = await request(app)
      .post('/decisions')
      .set(userAuth)
      .send({ items });
    expect(user.status).toBe(403);
    expect(user.body.error.message).toBe(
      "This endpoint does not allow 'user' credentials",
    );

    const badItem = await postAsService([
      items[0],
      { ...items[1], time: 'now' },
    ]);
    expect(badItem.status).toBe(400);
    expect(badItem.body.error.message).toContain(
      'items[1].time: Invalid ISO datetime',
    );
    const empty = await postAsService([]);
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('items: ');
    expect((await store.query({ offset: 0, limit: 10 })).totalCount).toBe(0);

    const stored = await postAsService(items);
    expect(stored.status).toBe(201);
    expect(stored.body).toEqual({ stored: 2 });
    const again = await postAsService(items);
    expect(again.body).toEqual({ stored: 0 });
    expect(await store.get(items[1].id)).toEqual({
      kind: 'decision',
      ...items[1],
    });
  });
});
