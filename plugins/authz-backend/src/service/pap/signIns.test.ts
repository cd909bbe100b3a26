import { mockCredentials } from '@backstage/backend-test-utils';
import { createPortalTestDatabases } from '@internal/testing';
import request from 'supertest';
import { insertOrgFixture } from '../../database/__testUtils__/papTestDatabase';
import { createPapTestApp } from './__testUtils__/papTestApp';

jest.setTimeout(60_000);

const bob = 'user:default/bob.lee';

describe('PAP /me/sign-ins', () => {
  const databases = createPortalTestDatabases();

  it.each(databases.eachSupportedId())(
    "records the caller's last login on %p",
    async databaseId => {
      const { app, stores, knex } = await createPapTestApp(databases, databaseId);
      await insertOrgFixture(knex);
      const asBob = { Authorization: mockCredentials.user.header(bob) };

      await request(app).post('/me/sign-ins').expect(401);
      const before = Date.now();
      await request(app).post('/me/sign-ins').set(asBob).expect(204);
      const user = await stores.users.get(bob);
      expect(Date.parse(user.lastLoginAt!)).toBeGreaterThanOrEqual(before - 1000);
    },
  );

  it.each(databases.eachSupportedId())(
    'is refused without authz.session.record on %p',
    async databaseId => {
      const { app } = await createPapTestApp(databases, databaseId, []);
      await request(app)
        .post('/me/sign-ins')
        .set({ Authorization: mockCredentials.user.header(bob) })
        .expect(403);
    },
  );
});
