import request from 'supertest';
import { describeOnBothDatabases } from '@internal/testing';
import { asAdmin, createOrgTestApp } from './__testUtils__/papTestApp';

const bob = 'user:default/bob.lee';

describeOnBothDatabases('PAP /users/import', databases => {
  it.each(databases.eachSupportedId())(
    'imports users from CSV with a report per row on %p',
    async databaseId => {
      const { app, stores, revision } = await createOrgTestApp(
        databases,
        databaseId,
      );
      const start = await revision();
      const csv = [
        'name,displayName,email,department,groups,status',
        'carol.park,Carol Park,carol@acme.example,finance,guests,',
        'bob.lee,Robert Lee,,,,disabled',
        'dave.choi,Dave,not-an-email,,,',
        'carol.park,Carol again,,,,',
        'erin.jung,Erin,,group:default/nope,,',
        'frank.han,"Han, Frank",,,guests;group:default/nope,',
        '',
        'grace.yoon,Grace,,infrastructure,,active',
        'alice.kim,Alice,,,,',
        'henry.lim,Henry',
      ].join('\n');
      const response = await request(app)
        .post('/users/import')
        .set(asAdmin)
        .set('Content-Type', 'text/csv')
        .send(csv)
        .expect(200);
      expect(response.body.rows).toEqual([
        { row: 2, name: 'carol.park', status: 'created' },
        { row: 3, name: 'bob.lee', status: 'updated' },
        {
          row: 4,
          name: 'dave.choi',
          status: 'invalid',
          message: expect.stringMatching(/^email: /),
        },
        {
          row: 5,
          name: 'carol.park',
          status: 'skipped',
          message: 'duplicate of row 2',
        },
        {
          row: 6,
          name: 'erin.jung',
          status: 'invalid',
          message: 'departmentRef: no department group:default/nope',
        },
        {
          row: 7,
          name: 'frank.han',
          status: 'invalid',
          message: 'groupRefs[1]: no group group:default/nope',
        },
        { row: 9, name: 'grace.yoon', status: 'created' },
        {
          row: 10,
          name: 'alice.kim',
          status: 'skipped',
          message: 'user:default/alice.kim comes from the catalog',
        },
        {
          row: 11,
          name: 'henry.lim',
          status: 'invalid',
          message: 'expected 6 fields, found 2',
        },
      ]);
      expect(response.body.summary).toEqual({
        created: 2,
        updated: 1,
        skipped: 2,
        invalid: 4,
      });
      expect(await stores.users.get('user:default/carol.park')).toMatchObject({
        departmentRef: 'group:default/finance',
        groupRefs: ['group:default/guests'],
      });
      expect((await stores.users.get(bob)).status).toBe('disabled');
      await expect(
        stores.users.get('user:default/frank.han'),
      ).rejects.toThrow();
      expect(await revision()).toBe(start + 1);

      const wrongType = await request(app)
        .post('/users/import')
        .set(asAdmin)
        .send({ csv })
        .expect(400);
      expect(wrongType.body.error.message).toMatch(/^body: expected CSV text/);
      const badHeader = await request(app)
        .post('/users/import')
        .set(asAdmin)
        .set('Content-Type', 'text/csv')
        .send('name,password\nx,y')
        .expect(400);
      expect(badHeader.body.error.message).toMatch(/unknown column "password"/);
      expect(await revision()).toBe(start + 1);
    },
  );
});
