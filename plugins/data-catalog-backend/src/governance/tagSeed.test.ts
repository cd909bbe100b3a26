import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { alice, governanceApps } from './__testUtils__/governanceTestApp';
import { seedDefaultTags } from './tagSeed';

describeOnBothDatabases('seedDefaultTags', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'seeds the default vocabulary once on %p',
    async databaseId => {
      const { app, knex } = await setUp(databaseId);
      const categories = await request(app)
        .get('/tag-categories')
        .set(alice)
        .expect(200);
      expect(
        categories.body.map((c: any) => [c.name, c.exclusive, c.tagCount]),
      ).toEqual([
        ['Access', false, 2],
        ['Domain', false, 4],
        ['Lifecycle', false, 2],
        ['PII', true, 3],
      ]);
      const tags = await request(app).get('/tags').set(alice).expect(200);
      const byName = Object.fromEntries(tags.body.map((t: any) => [t.name, t]));
      expect(Object.keys(byName).sort()).toEqual([
        'certified',
        'customer',
        'deprecated',
        'finance',
        'marketing',
        'pii-high',
        'pii-low',
        'pii-medium',
        'public',
        'restricted',
        'sales',
      ]);
      expect(byName['pii-medium']).toMatchObject({
        category: 'PII',
        piiLevel: 'medium',
        restricted: false,
        usageCount: 0,
      });
      expect(byName.restricted).toMatchObject({
        category: 'Access',
        piiLevel: 'none',
        restricted: true,
      });

      // Later starts neither duplicate nor bring back what admins removed.
      await request(app)
        .delete(`/tags/${byName.public.id}`)
        .set(alice)
        .expect(204);
      await seedDefaultTags(knex);
      const again = await request(app).get('/tags').set(alice).expect(200);
      expect(again.body).toHaveLength(10);
    },
  );
});
