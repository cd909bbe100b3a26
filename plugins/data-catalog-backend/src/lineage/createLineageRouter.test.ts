import { describeOnBothDatabases } from '@internal/testing';
import {
  LineageEdgeInput,
  LineageNode,
} from '@internal/plugin-data-catalog-common';
import request from 'supertest';
import { asUser } from '../__testUtils__/testContext';
import { asPlugin, createLineageTestApp } from './__testUtils__/lineageTestApp';

const orders = 'resource:sales/orders';
const clean = 'resource:sales/orders-clean';
const salaries = 'resource:hr/salaries';
const pipeline = 'component:default/etl-pipeline';
const model = 'resource:default/churn-model';

const edge = (
  from: LineageNode,
  to: LineageNode,
  source: LineageEdgeInput['source'] = 'manual',
): LineageEdgeInput => ({ from, to, type: 'derives', source });
const read = (ref: string) => `data-catalog.table.read ${ref}`;
const update = (ref: string) => `data-catalog.table.update ${ref}`;
const shape = (edges: LineageEdgeInput[]) =>
  edges.map(({ from, to, type, source }) => ({ from, to, type, source }));

describeOnBothDatabases('lineage routes', databases => {
  it.each(databases.eachSupportedId())(
    'authenticates every route and validates input on %p',
    async databaseId => {
      const { app } = await createLineageTestApp(databases, databaseId);
      const body = {
        edges: [edge({ entityRef: orders }, { entityRef: clean })],
      };
      await request(app).get(`/lineage?entityRef=${orders}`).expect(401);
      await request(app).post('/lineage/edges').send(body).expect(401);
      await request(app).delete('/lineage/edges').send(body).expect(401);

      const missing = await request(app)
        .get('/lineage')
        .set(asUser())
        .expect(400);
      expect(missing.body.error.message).toMatch(/entityRef/);
      const sideways = await request(app)
        .get(`/lineage?entityRef=${pipeline}&direction=sideways`)
        .set(asUser())
        .expect(400);
      expect(sideways.body.error.message).toMatch(/direction/);
      const tooMany = await request(app)
        .post('/lineage/edges')
        .set(asUser())
        .send({ edges: Array(1001).fill(body.edges[0]) })
        .expect(400);
      expect(tooMany.body.error.message).toMatch(/edges/);
      const badType = await request(app)
        .delete('/lineage/edges')
        .set(asUser())
        .send({ edges: [{ ...body.edges[0], type: 'feeds' }] })
        .expect(400);
      expect(badType.body.error.message).toMatch(/edges\[0\]\.type/);
      await request(app)
        .post('/lineage/edges')
        .set(asUser())
        .send({ edges: [] })
        .expect(400);
    },
  );

  it.each(databases.eachSupportedId())(
    'needs read on the asked table and hides edges to unreadable tables on %p',
    async databaseId => {
      const { app, context } = await createLineageTestApp(
        databases,
        databaseId,
        [read(orders), read(clean)],
      );
      const visible = [
        edge(
          { entityRef: orders, column: 'id' },
          { entityRef: clean, column: 'id' },
          'view',
        ),
        edge({ entityRef: pipeline }, { entityRef: clean }, 'pipeline'),
        edge({ entityRef: clean }, { entityRef: model }, 'pipeline'),
      ];
      const secret = edge(
        { entityRef: salaries },
        { entityRef: clean },
        'query',
      );
      const secretToModel = edge(
        { entityRef: salaries },
        { entityRef: model },
        'pipeline',
      );
      await context.lineage.upsertEdges([...visible, secret, secretToModel]);

      const both = await request(app)
        .get(`/lineage?entityRef=${clean}`)
        .set(asUser())
        .expect(200);
      expect(both.body.node).toEqual({ entityRef: clean });
      expect(shape(both.body.upstream)).toEqual([visible[1], visible[0]]);
      expect(shape(both.body.downstream)).toEqual([visible[2]]);

      const up = await request(app)
        .get(`/lineage?entityRef=${clean}&column=id&direction=up`)
        .set(asUser())
        .expect(200);
      expect(up.body.node).toEqual({ entityRef: clean, column: 'id' });
      expect(shape(up.body.upstream)).toEqual([visible[0]]);
      expect(up.body.downstream).toEqual([]);

      const denied = await request(app)
        .get(`/lineage?entityRef=${salaries}`)
        .set(asUser())
        .expect(403);
      expect(denied.body.error.message).toMatch(
        /data-catalog\.table\.read denied/,
      );

      // Another plugin's node needs sign-in only; its table edges are filtered.
      const ofModel = await request(app)
        .get(`/lineage?entityRef=${model}`)
        .set(asUser())
        .expect(200);
      expect(shape(ofModel.body.upstream)).toEqual([visible[2]]);
    },
  );

  it.each(databases.eachSupportedId())(
    'lets users write manual edges on tables they may update, audited, on %p',
    async databaseId => {
      const { app, context } = await createLineageTestApp(
        databases,
        databaseId,
        [update(orders), update(clean)],
      );
      const mine = edge({ entityRef: orders }, { entityRef: clean });
      const toModel = edge({ entityRef: clean }, { entityRef: model });
      await request(app)
        .post('/lineage/edges')
        .set(asUser())
        .send({ edges: [mine, toModel] })
        .expect(204);
      expect(
        shape(await context.lineage.downstream({ entityRef: orders })),
      ).toEqual([mine]);
      expect(
        shape(await context.lineage.downstream({ entityRef: clean })),
      ).toEqual([toModel]);
      expect(context.auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'lineage-update',
          meta: {
            action: 'add',
            edgeCount: 2,
            entityRefCount: 3,
            entityRefs: [orders, clean, model],
          },
        }),
      );
      const [added] = (context.auditor.createEvent as jest.Mock).mock.results;
      expect((await added.value).success).toHaveBeenCalled();

      await request(app)
        .delete('/lineage/edges')
        .set(asUser())
        .send({ edges: [mine] })
        .expect(204);
      expect(await context.lineage.downstream({ entityRef: orders })).toEqual(
        [],
      );
      expect(
        shape(await context.lineage.downstream({ entityRef: clean })),
      ).toEqual([toModel]);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses users other sources, tables they may not update, and foreign lineage on %p',
    async databaseId => {
      const { app, context } = await createLineageTestApp(
        databases,
        databaseId,
        [update(orders), read(salaries)],
      );
      const post = (edges: LineageEdgeInput[]) =>
        request(app)
          .post('/lineage/edges')
          .set(asUser())
          .send({ edges })
          .expect(403);

      const viewEdge = await post([
        edge({ entityRef: orders }, { entityRef: orders, column: 'x' }, 'view'),
      ]);
      expect(viewEdge.body.error.message).toBe(
        'edges[0].source: users write only manual edges, not view',
      );
      const noUpdate = await post([
        edge({ entityRef: orders }, { entityRef: clean }),
        edge({ entityRef: salaries }, { entityRef: orders }),
      ]);
      expect(noUpdate.body.error.message).toBe(
        `data-catalog.table.update denied on ${salaries}, ${clean}`,
      );
      const foreign = await post([
        edge({ entityRef: pipeline }, { entityRef: model }),
      ]);
      expect(foreign.body.error.message).toMatch(
        /edges\[0\]: .* touches no data-catalog table/,
      );
      await request(app)
        .delete('/lineage/edges')
        .set(asUser())
        .send({ edges: [edge({ entityRef: salaries }, { entityRef: orders })] })
        .expect(403);

      expect(await context.lineage.downstream({ entityRef: orders })).toEqual(
        [],
      );
      expect(await context.lineage.downstream({ entityRef: salaries })).toEqual(
        [],
      );
      const failed = (context.auditor.createEvent as jest.Mock).mock.results;
      expect(failed).toHaveLength(4);
      for (const { value } of failed) {
        expect((await value).fail).toHaveBeenCalled();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'lets other plugins write any source and read every edge on %p',
    async databaseId => {
      const { app, context } = await createLineageTestApp(
        databases,
        databaseId,
      );
      const edges = [
        edge({ entityRef: pipeline }, { entityRef: model }, 'pipeline'),
        edge({ entityRef: salaries }, { entityRef: model }, 'scaffolder'),
      ];
      await request(app)
        .post('/lineage/edges')
        .set(asPlugin())
        .send({ edges })
        .expect(204);
      const answer = await request(app)
        .get(`/lineage?entityRef=${model}&direction=up`)
        .set(asPlugin())
        .expect(200);
      expect(shape(answer.body.upstream)).toEqual(edges);
      // A user without grants sees the pipeline edge only.
      const user = await request(app)
        .get(`/lineage?entityRef=${model}`)
        .set(asUser())
        .expect(200);
      expect(shape(user.body.upstream)).toEqual([edges[0]]);
      await request(app)
        .delete('/lineage/edges')
        .set(asPlugin())
        .send({ edges })
        .expect(204);
      expect(await context.lineage.upstream({ entityRef: model })).toEqual([]);
    },
  );
});
