import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { describeOnBothDatabases } from '@internal/testing';
import { createOrgTestApp, createPapTestApp } from './__testUtils__/papTestApp';

const bob = 'user:default/bob.lee';

describeOnBothDatabases('PAP /me/sign-ins', databases => {
  it.each(databases.eachSupportedId())(
    "records the caller's last login on %p",
    async databaseId => {
      const { app, stores } = await createOrgTestApp(databases, databaseId);
      const asBob = { Authorization: mockCredentials.user.header(bob) };

      await request(app).post('/me/sign-ins').expect(401);
      const before = Date.now();
      await request(app).post('/me/sign-ins').set(asBob).expect(204);
      const user = await stores.users.get(bob);
      expect(Date.parse(user.lastLoginAt!)).toBeGreaterThanOrEqual(
        before - 1000,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'is refused without authz.session.record on %p',
    async databaseId => {
      const { app } = await createPapTestApp(databases, databaseId, []);
      const refused = await request(app)
        .post('/me/sign-ins')
        .set({ Authorization: mockCredentials.user.header(bob) });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch('authz.session.record denied');
    },
  );
});
