import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { asUser } from '../__testUtils__/testContext';
import {
  MANAGE,
  ownerCondition,
  READ,
  sourceBody,
  sourceRequest,
  sourcesApps,
} from './__testUtils__/sourcesApp';

describeOnBothDatabases('sources routes access', databases => {
  const setUp = sourcesApps(databases);

  it.each(databases.eachSupportedId())(
    'answers 401 without a user and 403 without the permission, %p',
    async databaseId => {
      const { app } = await setUp(databaseId, {});
      expect((await request(app).get('/sources')).status).toBe(401);
      expect(
        (await request(app).post('/sources').send(sourceBody())).status,
      ).toBe(401);
      expect((await request(app).get('/sources').set(asUser())).status).toBe(
        403,
      );
      const create = await request(app)
        .post('/sources')
        .set(asUser())
        .send(sourceBody());
      expect(create.status).toBe(403);
      expect(create.body.error.message).toContain(MANAGE);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists only the sources a conditional decision allows, and refuses creation under one, %p',
    async databaseId => {
      const { app, store } = await setUp(databaseId, {
        [READ]: ownerCondition('group:default/data-team'),
        [MANAGE]: ownerCondition('group:default/data-team'),
      });
      const make = (id: string, owner: string) =>
        store.create(sourceRequest({ id, owner }), 'user:default/alice');
      await make('mine', 'group:default/data-team');
      await make('theirs', 'group:default/finance');

      const listed = await request(app).get('/sources').set(asUser());
      expect(listed.body.totalCount).toBe(1);
      expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([
        'mine',
      ]);
      const create = await request(app)
        .post('/sources')
        .set(asUser())
        .send(sourceBody({ id: 'new' }));
      expect(create.status).toBe(403);
      expect(create.body.error.message).toContain('conditionally');
    },
  );
});
