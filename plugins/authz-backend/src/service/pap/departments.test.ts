import request from 'supertest';
import { describeOnBothDatabases } from '@internal/testing';
import {
  asAdmin,
  createOrgTestApp,
  expectAuthErrors,
  expectSignInToRead,
  inPath,
} from './__testUtils__/papTestApp';

const engineering = inPath('group:default/engineering');

describeOnBothDatabases('PAP /departments', databases => {
  it.each(databases.eachSupportedId())(
    'authenticates and authorizes every route on %p',
    async databaseId => {
      const { app, revision } = await createOrgTestApp(databases, databaseId, [
        'authz.department.read',
      ]);
      const start = await revision();
      await expectSignInToRead(app, [
        '/departments',
        `/departments/${engineering}`,
      ]);
      await expectAuthErrors(app, 'authz.department.manage', [
        ['post', '/departments'],
        ['patch', `/departments/${engineering}`],
        ['post', `/departments/${engineering}/move`],
        ['delete', `/departments/${engineering}`],
      ]);
      expect(await revision()).toBe(start);
    },
  );

  it.each(databases.eachSupportedId())(
    'serves the tree and a department with its members on %p',
    async databaseId => {
      const { app } = await createOrgTestApp(databases, databaseId);
      const list = await request(app)
        .get('/departments')
        .set(asAdmin)
        .expect(200);
      expect(list.body.totalCount).toBe(4);
      expect(list.body.items[1]).toMatchObject({
        ref: 'group:default/engineering',
        parentRef: 'group:default/acme',
        path: ['group:default/acme', 'group:default/engineering'],
        memberCount: 2,
      });
      expect(
        list.body.tree[0].children.map((c: { name: string }) => c.name),
      ).toEqual(['engineering', 'finance']);
      const one = await request(app)
        .get(`/departments/${engineering}`)
        .set(asAdmin)
        .expect(200);
      expect(one.body.members.map((m: { name: string }) => m.name)).toEqual([
        'alice.kim',
        'bob.lee',
      ]);
      await request(app)
        .get(`/departments/${inPath('group:default/nope')}`)
        .set(asAdmin)
        .expect(404);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, moves and deletes departments on %p',
    async databaseId => {
      const { app, revision, changes } = await createOrgTestApp(
        databases,
        databaseId,
      );
      const start = await revision();
      const ops = await request(app)
        .post('/departments')
        .set(asAdmin)
        .send({ name: 'operations', parentRef: 'group:default/acme' })
        .expect(201);
      expect(ops.body).toMatchObject({ position: 2 });
      const noc = await request(app)
        .post('/departments')
        .set(asAdmin)
        .send({ name: 'noc', parentRef: ops.body.ref })
        .expect(201);
      const opsPath = inPath(ops.body.ref);

      const recorded = changes.changes.length;
      const underOwnChild = await request(app)
        .post(`/departments/${opsPath}/move`)
        .set(asAdmin)
        .send({ parentRef: noc.body.ref, position: 0 })
        .expect(400);
      expect(underOwnChild.body.error.message).toMatch(
        /^parentRef: cannot move/,
      );
      const badPosition = await request(app)
        .post(`/departments/${opsPath}/move`)
        .set(asAdmin)
        .send({ parentRef: null, position: -1 })
        .expect(400);
      expect(badPosition.body.error.message).toMatch(/position: /);
      const hasChildren = await request(app)
        .delete(`/departments/${opsPath}`)
        .set(asAdmin)
        .expect(409);
      expect(hasChildren.body.error.message).toMatch(/sub-departments/);
      expect(changes.changes).toHaveLength(recorded);

      const moved = await request(app)
        .post(`/departments/${opsPath}/move`)
        .set(asAdmin)
        .send({ parentRef: null, position: 0 })
        .expect(200);
      expect(moved.body).toMatchObject({ position: 0, path: [ops.body.ref] });
      await request(app)
        .patch(`/departments/${opsPath}`)
        .set(asAdmin)
        .send({ title: 'Operations' })
        .expect(200);
      await request(app)
        .delete(`/departments/${inPath(noc.body.ref)}`)
        .set(asAdmin)
        .expect(204);
      await request(app)
        .delete(`/departments/${opsPath}`)
        .set(asAdmin)
        .expect(204);
      await request(app)
        .patch(`/departments/${engineering}`)
        .set(asAdmin)
        .send({ title: 'Eng' })
        .expect(409);
      expect(await revision()).toBe(start + 6);
    },
  );
});
